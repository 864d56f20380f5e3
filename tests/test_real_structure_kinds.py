"""Kinds of real article structure the layout stages must read right in a text dump, each
found on pages laid out from the corpus of real articles (tests/realistic.py) and kept here
as a small page of real lines: crosshead pairs, column tags, notes under a story, indented
crossheads, a wrapped line opening on ——, the decks of a title, spread credits."""
import os
import random

import baozhi
import simulate
from baozhi.layout import bylines

HERE = os.path.dirname(os.path.abspath(__file__))


def _dump(paras, width, indent=""):
    """Paragraphs set in a column `width` cells wide by tests/simulate.py's typesetter (closing
    marks hang, lines justified), one printed line a line as a dump gives them: a first line
    short by its indent, the indent kept as `indent` or dropped."""
    rng = random.Random(width)
    out = []
    for p in paras:
        lines = simulate.typeset(p, width, rng)
        out += [indent + lines[0]] + lines[1:]
    return out


LEAD = ["不同舞台艺术有不同的创作规律和创作周期，音乐、曲艺类作品由于相对“短平快”的特征，成为目前此次疫情防控宣传的主要舞台艺术类型。",
        "中国音乐家协会开展“全国优秀‘战疫’公益歌曲展播”活动，在学习强国上开辟专栏，至今已推送歌曲154首。"]
MORE = ["在内容上，这些作品或讴歌疫情防控一线的英雄，或科普防疫知识，发挥了重要作用。",
        "其中，音乐作品长于抒情，因此赞颂一线医护人员及解放军战士、民警、工程人员等奉献者的歌曲在作品中占比较高。"]
OTHER = ["作为新时代的法典，民法典草案紧扣时代脉搏，回应时代需求，体现时代特征。",
         "在整个法律体系中，民法与广大人民群众的生产生活关系最为密切，被誉为社会生活的百科全书。"]


def _text(lines):
    return "\n".join(lines) + "\n"


def test_a_crosshead_pair_stays_in_its_article():
    """反应迅速 / 音乐、曲艺类作品为主力 between two paragraphs of one column: two paragraphs
    of the article (GOLD.md), not a kicker and a title opening a new one."""
    lines = ["凝心聚力战疫情（艺文观察）"] + _dump(LEAD, 15) + ["反应迅速", "音乐、曲艺类作品为主力"] + _dump(MORE, 15)
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    a = page.articles[0]
    assert a.title == "凝心聚力战疫情（艺文观察）"
    assert "反应迅速" in a.paragraphs and "音乐、曲艺类作品为主力" in a.paragraphs


def test_a_title_with_a_column_tag_is_never_a_crosshead():
    """Same column width on both sides, the line fits it: only the column's tag says that
    民法典标注制度文明新高度（人民时评） opens a story of its own."""
    lines = ["为全面小康筑牢法治根基"] + _dump(LEAD, 15) + ["民法典标注制度文明新高度（人民时评）"] + _dump(OTHER, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["为全面小康筑牢法治根基", "民法典标注制度文明新高度（人民时评）"]
    assert page.articles[1].paragraphs[0].startswith("作为新时代的法典")


def test_notes_under_a_story_close_it():
    """制图：蔡华伟 and 仲崇亮摄（影像中国） under a story are its lines, not the kicker and
    title of the next story."""
    title = "民法典标注制度文明新高度 为全面小康筑牢法治根基"     # wider than the column
    lines = (["凝心聚力战疫情"] + _dump(LEAD, 15) + ["制图：蔡华伟", title] + _dump(OTHER, 15)
             + ["仲崇亮摄（影像中国）"])
    page = baozhi.parse_text(_text(lines))
    first, second = page.articles
    assert first.paragraphs[-1] == "制图：蔡华伟"
    assert second.title == title and second.subtitles == []
    assert second.paragraphs[-1] == "仲崇亮摄（影像中国）"


def test_indented_crossheads_where_the_page_keeps_indents():
    """科学 / 立法 / a wrapped crosshead, each indented as the paragraphs are: paragraphs of
    the story, which goes on after them."""
    crossheads = ["科学", "立法", "法律是治国之重器，良法是善治之前提"]
    lines = (["法治筑坦途 全面奔小康(两会热议)"] + _dump(LEAD, 14, "　　") + _dump(crossheads, 14, "　　")
             + _dump(MORE, 14, "　　"))
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[2:5] == crossheads


def test_a_wrapped_line_opening_with_a_dash_continues_its_paragraph():
    """阿什罕——平坦的草原上崛起的山包，苏木——乡镇，那林高勒——细长的河，嘎查——村。 wraps so
    that a line opens on ——: the paragraph goes on (issue 9), no subtitle starts there."""
    para = "姚远一遍遍读这个名字。阿什罕——平坦的草原上崛起的山包，苏木——乡镇，那林高勒——细长的河，嘎查——村。她终于念顺了，弄懂了。"
    lines = ["信任的力量"] + _dump(LEAD, 16) + _dump([para], 16) + _dump(MORE, 16)
    assert any(ln.startswith("——") for ln in lines)
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    assert para in page.articles[0].paragraphs


def test_the_decks_of_a_title():
    """Two even decks, on one line with a gap or on two lines, are one title; the other line
    of the headline is its kicker or subtitle (GOLD.md)."""
    page = baozhi.parse_text(_text(["优化融资对接机制 提高金融服务质效", "金昌以高质量金融服务助力发展"] + _dump(OTHER, 15)))
    assert page.articles[0].title == "优化融资对接机制 提高金融服务质效"
    assert page.articles[0].subtitles == ["金昌以高质量金融服务助力发展"]
    page = baozhi.parse_text(_text(["辽宁关爱支援湖北医护人员家属——", "你们逆行而上", "我们全面保障"] + _dump(OTHER, 15)))
    assert page.articles[0].title == "你们逆行而上 我们全面保障"
    assert page.articles[0].subtitles == ["辽宁关爱支援湖北医护人员家属——"]


def test_a_note_in_brackets_ends_its_paragraph():
    """A note whose closing bracket stands on a short last line ends there: the headline under
    it is the next story's, not the note's last words."""
    note = "（原文刊载于巴基斯坦《每日邮报》，原题为《中国抗击新冠病毒袭击》，本报记者张慧中编译）"
    lines = (["打赢疫情防控阻击战"] + _dump(LEAD, 14) + _dump([note], 14)
             + ["民法典标注制度文明新高度（人民时评）"] + _dump(OTHER, 14))
    assert lines[lines.index("民法典标注制度文明新高度（人民时评）") - 1].endswith("）")
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["打赢疫情防控阻击战", "民法典标注制度文明新高度（人民时评）"]
    assert page.articles[0].paragraphs[-1] == note


def test_a_photo_credit_spread_over_several_spaces():
    assert bylines.credit("本报记者  李  舸摄") == (0, ["李舸"])
    assert bylines.credit("本报记者  周  輖摄")[1] == ["周輖"]
    assert bylines.credit("记者 张三 李四 摄")[1] == ["张三", "李四"]


def test_a_headlined_picture_report_in_a_dump():
    """A caption closed by its photographer's credit under a headline of its own: in a text
    dump, where no picture is seen, an article whose last paragraph is the credit as printed
    (as all such items in the corpus of real articles); with no headline, a photo."""
    caption = "2月16日，在江苏省南京市，参赛选手在团体追逐比赛中。当日，全国场地自行车冠军赛在南京落幕。"
    lines = _dump(OTHER, 15) + ["团体追逐（动感2020）"] + _dump([caption], 15) + ["新华社记者  李  颖摄"]
    page = baozhi.parse_text(_text(["民法典标注制度文明新高度（人民时评）"] + lines))
    report = page.articles[-1]
    assert report.title == "团体追逐（动感2020）" and report.kind == "article"
    assert report.paragraphs == [caption, "新华社记者李颖摄"]
    page = baozhi.parse_text(_text(_dump([caption], 15) + ["新华社记者  李  颖摄"]))
    assert page.articles[0].kind == "photo" and page.articles[0].authors == ["李颖"]


def test_centred_headlines():
    """Headlines centred with leading spaces, as a layout-keeping extraction gives them: the
    spaces are not a paragraph's indent, the line is no paragraph's first line."""
    for indent in ("", "    "):
        lines = (["          凝心聚力战疫情（艺文观察）"] + _dump(LEAD, 15, indent) + ["          反应迅速"]
                 + _dump(MORE, 15, indent) + ["        民法典标注制度文明新高度（人民时评）"] + _dump(OTHER, 15, indent))
        page = baozhi.parse_text(_text(lines))
        assert [a.title for a in page.articles] == ["凝心聚力战疫情（艺文观察）", "民法典标注制度文明新高度（人民时评）"]
        assert page.articles[0].paragraphs == LEAD + ["反应迅速"] + MORE
        assert page.articles[1].paragraphs == OTHER


def test_a_letter_spaced_headline():
    """国 际 回 声: a headline in large type with a space between every two characters (as
    an extraction may give it) is the title 国际回声, its roles read as for any headline."""
    page = baozhi.parse_text(_text(["国 际 回 声", "——各国人士积极评价中国抗疫"] + _dump(OTHER, 15)))
    assert page.articles[0].title == "国际回声"
    assert page.articles[0].subtitles == ["——各国人士积极评价中国抗疫"]
    page = baozhi.parse_text(_text(["优 化 融 资 对 接 机 制 提 高 金 融 服 务 质 效（人民时评）"] + _dump(OTHER, 15)))
    assert page.articles[0].title == "优化融资对接机制提高金融服务质效（人民时评）"


def test_a_writers_note_closes_its_story():
    """（执笔：丁晋清） under a story's last paragraph is its closing note (a paragraph, as the
    corpus has all 17 of them), not a line of the headline under it."""
    lines = (["凝心聚力战疫情（艺文观察）"] + _dump(LEAD, 18) + ["（执笔：丁晋清）", "提高科学思维能力",
                                                          "打赢疫情防控阻击战（人民要论）"] + _dump(OTHER, 18))
    page = baozhi.parse_text(_text(lines))
    # (the corpus prints the second title in two decks, 提高科学思维能力  打赢疫情防控阻击战（人民要论）)
    assert [a.title for a in page.articles] == ["凝心聚力战疫情（艺文观察）", "提高科学思维能力 打赢疫情防控阻击战（人民要论）"]
    assert page.articles[1].subtitles == []
    assert page.articles[0].paragraphs[-1] == "（执笔：丁晋清）"
    assert page.articles[1].paragraphs == OTHER


MUSIC = LEAD + MORE
LAW = OTHER + ["民法典草案共7编、1260条，各编依次为总则、物权、合同、人格权、婚姻家庭、继承、侵权责任，以及附则。",
               "编纂民法典，就是要对现行的民事法律规范进行编订纂修，对已经不适应现实情况的规定进行修改完善。"]


def test_a_headline_between_two_stories_of_one_width():
    """Nothing in its shape tells 民法典标注制度文明新高度 from a crosshead: same column on both
    sides, a line that fits it. The words do: the text after it shares none of the story
    before it (cohesion.py), so it opens a story; a crosshead inside one story does not."""
    lines = ["凝心聚力战疫情"] + _dump(MUSIC, 15) + ["民法典标注制度文明新高度"] + _dump(LAW, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "民法典标注制度文明新高度"]
    lines = ["凝心聚力战疫情"] + _dump(LEAD, 15) + ["内容丰富"] + _dump(MORE, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情"]


def test_a_byline_signing_a_section():
    """本报记者  周飞亚 between two sections of one story, in its column: a section's signature
    inside a composite article, kept as printed, not the start of another story."""
    lines = ["凝心聚力战疫情（艺文观察）"] + _dump(LEAD, 15) + ["本报记者  周飞亚"] + _dump(MORE, 15)
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs == LEAD + ["本报记者周飞亚"] + MORE


def test_a_dump_wrapped_by_a_count_of_characters():
    """Some converters break lines every N characters, digits and Latin letters counted whole,
    so full lines agree in characters, not cells: such a page is measured in characters (40
    bundled real pages wrapped so, no indents, first lines full), and a page set in cells is
    not taken for one."""
    import realistic
    from baozhi import evaluate
    from baozhi.layout.lines import measure
    from baozhi.model import Line

    def wrap(text, n):
        out, cur = [], ""
        for ch in text:
            if len(cur) >= n and ch not in "，。、；：！？）》”’」』…":
                out.append(cur)
                cur = ""
            cur += ch
        return out + ([cur] if cur else [])

    rng = random.Random(5)
    rows, by_chars = [], 0
    for arts in realistic.load_pages(realistic.BUNDLED):
        n, lines = rng.randint(14, 22), []
        for a in arts:
            p = realistic.printed(a)
            lines += [t for t, _ in p["heads"]] + [ln for para in p["paragraphs"] for ln in wrap(para, n)]
            lines += wrap(p["credit"], n) if p["credit"] else []
        by_chars += measure([Line(k + 1, t) for k, t in enumerate(lines)]).__name__ == "_chars"
        rows.append(evaluate.score_page({"articles": [realistic.gold_of(a) for a in arts]},
                                        baozhi.parse_text(_text(lines)).to_dict()))
    assert by_chars >= 30, by_chars
    assert sum(r["seg_f1"] for r in rows) / len(rows) >= 0.54       # measured 0.562 (0.537 in cells)
    text, _ = realistic.text_page(realistic.load_pages(realistic.BUNDLED)[0], random.Random(1))
    assert measure([Line(k + 1, t) for k, t in enumerate(text.splitlines()) if t.strip()]).__name__ != "_chars"

def test_a_crosshead_signed_by_its_writer_stays_in_its_article():
    """经济长期向好不会变 / 杨伟民 between two bodies of one column: a section of a composite
    article (its heading and writer), paragraphs of it both, not a headline and byline."""
    intro = ["受疫情等因素影响，我国一些企业生产经营面临困难。如何有序组织复工复产？怎样应对疫情带来的冲击？"
             "针对企业的扶持政策如何落细落实？本期民主政治版邀请部分全国政协委员和民营企业家，听听企业是如何应对冲击的。"]
    one = ["目前，新冠肺炎疫情的防控进入关键期。从宏观看，我国经济正处在转方式、调结构、换动力的攻关期，疫情无疑增加了转、调、换的难度。",
           "（作者为全国政协常委、经济委员会副主任）"]
    two = ["当前，稳定中国经济增长基本面的核心是稳定产业链。产业链一旦受到冲击，再恢复的时间长、代价大，甚至会影响经济发展的基本面。"]
    lines = (["降低疫情冲击 稳定企业发展（议政建言）"] + _dump(intro, 12) + ["经济长期向好不会变", "杨伟民"]
             + _dump(one, 12) + ["稳经济关键是稳产业链", "葛红林"] + _dump(two, 12))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["降低疫情冲击 稳定企业发展（议政建言）"]
    paras = page.articles[0].paragraphs
    for p in ("经济长期向好不会变", "杨伟民", "稳经济关键是稳产业链", "葛红林"):
        assert p in paras
    assert paras.index("杨伟民") == paras.index("经济长期向好不会变") + 1


def test_a_picture_credit_closes_its_story():
    """On a page whose headlines follow their bodies, 疫情防控不获全胜决不轻言成功 closes a
    commentary and the picture report under it ends on 秦廷富摄（影像中国）: the line between
    them is the commentary's title, never a crosshead joining the two."""
    comment = ["行百里者半九十。越是在最吃劲的时候，越要有一鼓作气的决心，越要有攻坚克难的毅力。以更坚定的信心、更顽强的意志，"
               "持续作战、英勇奋战，把党中央各项决策部署抓实抓细抓落地，我们就一定能全面打赢疫情防控这场人民战争、总体战、阻击战。"]
    report = ["连日来，重庆市北碚区采取主动上门、现场办公、驻点服务等方式，在做好疫情防控的同时，及时解决外贸企业生产经营中面临的问题，"
              "保障企业用工需求，协助尽快复工复产，按时完成出口订单。",
              "图为2月25日，在北碚区某机电公司生产线上，一名员工在打磨齿轮。"]
    lines = (_dump(comment, 16) + ["疫情防控不获全胜决不轻言成功"] + _dump(report, 16) + ["秦廷富摄（影像中国）",
             "出口订单赶制忙"] + _dump(OTHER, 16) + ["民法典标注制度文明新高度"])
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["疫情防控不获全胜决不轻言成功", "出口订单赶制忙", "民法典标注制度文明新高度"]
    assert page.articles[1].paragraphs[-1] == "秦廷富摄（影像中国）"


def test_a_story_opening_on_short_lines_of_dialogue():
    """“老易，体温量了没？” / “一大早一家人都量过了，蛮正常。”: paragraphs of one or two lines
    show only first lines, short by the indent the dump dropped, so the opening reads two
    cells narrower than the column; it is still the story's opening, not a story of its own."""
    paras = ["“老易，体温量了没？”", "“一大早一家人都量过了，蛮正常。”", "“那就好。你要的菜送来了。好好休息，保重身体。”",
             "7日上午，湖北大冶市金牛镇金畈村支书骆传发走进易家湾，来到居家隔离的老易家楼下。这次送去的肉食、蔬菜、"
             "米面等日常生活用品，都是骆传发代买的。",
             "老易一家在武汉生活，去年底返回老家过年。6天前，老易母亲确诊新冠肺炎，其余6口人就地居家隔离。"]
    lines = ["乡情就是一服暖心药（来自疫情防控一线的报道）"] + _dump(paras, 15) + ["民法典标注制度文明新高度"] + _dump(OTHER, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["乡情就是一服暖心药（来自疫情防控一线的报道）", "民法典标注制度文明新高度"]
    got = page.articles[0].paragraphs
    assert "".join(got) == "".join(paras) and got[-2:] == paras[-2:]


FUJIAN = ["“互联网+”背景下，生产生活和社会治理方式深度变化，催生一批新业态和新模式。随着疫情防控转为常态化，应进一步加强对数字经济的运用。",
          "以新基建与传统基建融合为突破口，加大重点项目投资，促进物理空间与虚拟空间的双向连接流通。"]
ANHUI = ["城市就业压力增大，不少进城务工人员选择返乡。进城务工人员经历了工业化、信息化、城镇化的洗礼，返乡后无疑是乡村振兴的生力军。",
         "建议加大乡村振兴推进力度，特别是要优化政策环境，在就业政策、社保政策以及基层组织建设等方面给予大力支持。"]


def test_a_kicker_ending_on_a_colon():
    """福建省政协主席崔玉英委员： over 加快数字经济发展运用: the speaker of a quoted title is
    its kicker (102 corpus kickers end on a colon), not a one-line paragraph of the story above."""
    lines = (["福建省政协主席崔玉英委员：", "加快数字经济发展运用"] + _dump(FUJIAN, 14)
             + ["安徽省政协主席张昌尔委员：", "吸引进城务工人员返乡"] + _dump(ANHUI, 14))
    page = baozhi.parse_text(_text(lines))
    assert [(a.title, a.subtitles) for a in page.articles] == [
        ("加快数字经济发展运用", ["福建省政协主席崔玉英委员："]), ("吸引进城务工人员返乡", ["安徽省政协主席张昌尔委员："])]
    assert page.articles[0].paragraphs == FUJIAN


def test_numbered_crossheads_between_short_sections():
    """三、步骤安排 / （一）申请揭榜 between sections too short to measure their column: a
    numbered heading is a section's, never a headline (354 in the corpus, no numbered title)."""
    lines = (["关于发布疫情防控科技攻关项目榜单的通知"] + _dump(FUJIAN[:1], 14) + ["三、步骤安排", "（一）申请揭榜"]
             + _dump(ANHUI[:1], 14) + ["（二）组织评审"] + _dump(FUJIAN[1:], 14))
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    paras = page.articles[0].paragraphs
    assert paras[1:3] == ["三、步骤安排", "（一）申请揭榜"] and "（二）组织评审" in paras


def _set_lines(rows, x0=50.0, top=100.0):
    """Lines as a PDF reader gives them: (text, type size in points, indent in cells) a row,
    set one under another from x0; width in points is the text's cells times the size."""
    from baozhi import cjk
    from baozhi.model import Line
    out, y = [], top
    for n, (text, size, indent) in enumerate(rows, 1):
        x = x0 + indent * size
        out.append(Line(n, text, 1, (x, y, x + cjk.cells(text) * size, y + size), size, indent=indent))
        y += size * 1.5
    return out


def _set_body(paras, width, size=10.0):
    rows = []
    for p in paras:
        lines = simulate.typeset(p, width, random.Random(width))
        rows += [(lines[0], size, 2.0)] + [(ln, size, 0.0) for ln in lines[1:]]
    return rows


def test_a_section_credit_inside_a_composite_pdf_article():
    """（本报记者 王锦涛整理） signs one speaker's section; the next section opens on a
    crosshead in body type, with no headline over it: the article goes on (97 of the corpus's
    107 credits inside an article are followed so), the credit a paragraph as printed."""
    from baozhi.model import Page
    from baozhi.pipeline import run
    rows = ([("坚定信心迎挑战 乘势而上谱新篇", 24.0, 0.0)] + _set_body(FUJIAN, 14)
            + [("（本报记者 王锦涛整理）", 10.0, 0.0), ("“六稳”“六保”要确保", 10.0, 0.0)]
            + _set_body(ANHUI, 14) + [("（本报记者 李昌禹整理）", 10.0, 0.0)])
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert [a.title for a in page.articles] == ["坚定信心迎挑战 乘势而上谱新篇"]
    a = page.articles[0]
    assert "（本报记者王锦涛整理）" in a.paragraphs and "“六稳”“六保”要确保" in a.paragraphs
    assert a.paragraphs[-1] == ANHUI[-1] and a.authors == ["李昌禹"]


def test_a_writers_signature_under_a_crosshead():
    """莫  言（中国作协副主席） under 众志筑长城, between two sections of one column: a writer's
    signature (a name spread by justification, who they are in brackets), not a column tag
    closing a headline; the pair is a section of the composite article."""
    assert bylines.signature("莫  言（中国作协副主席）") == ["莫言"]
    assert bylines.signature("曹文轩（北京大学中文系教授）") == ["曹文轩"]
    assert bylines.signature("民法典标注制度文明新高度（人民时评）") is None
    assert bylines.signature("花的祝福（新时代之光）") is None
    lines = (["同舟共济 众志成城（我们的心声）"] + _dump(LEAD, 15) + ["众志筑长城", "莫  言（中国作协副主席）"]
             + _dump(MORE, 15))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["同舟共济 众志成城（我们的心声）"]
    assert "众志筑长城" in page.articles[0].paragraphs


def test_crossheads_set_in_parallel():
    """创新形式 服务大众 / 回归本体 启迪思想: two headings of one shape (two words of four) between
    bodies of one column are a story's crossheads, even where the sections' words differ so
    much that the cohesion test alone would read a new story."""
    lines = (["云观展：开启公共文化新空间"] + _dump(LEAD, 15) + ["创新形式 服务大众"] + _dump(OTHER, 15)
             + ["回归本体 启迪思想"] + _dump(MORE, 15))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["云观展：开启公共文化新空间"]
    paras = [p.replace(" ", "") for p in page.articles[0].paragraphs]
    assert "创新形式服务大众" in paras and "回归本体启迪思想" in paras


def test_a_photo_credit_closing_on_its_agency():
    """张梓望  李秀婷  黄锦辉摄影报道（影像中国）: the agency in brackets after the credit is
    not a column tag; the names are the photographers."""
    assert bylines.credit("张梓望  李秀婷  黄锦辉摄影报道（影像中国）") == (0, ["张梓望", "李秀婷", "黄锦辉"])
    assert bylines.credit("任  超摄（新华社发）") == (0, ["任超"])


def test_an_article_of_a_rule_is_not_a_headline():
    """第十一条  检举控告人… opens a paragraph of a rule on its number: two short words with a
    gap, but not the two decks of a title."""
    from baozhi.layout.cues import deck_line
    assert not deck_line("第十一条  检举控告") and not deck_line("第一章  总  则")
    assert deck_line("创新形式 服务大众")


def test_a_flush_headline_on_a_page_that_indents_paragraphs():
    """Where every paragraph is indented, 陪 着 孩 子 ， 在 家 动 起 来 flush with the column's
    edge between two bodies of one width is a headline, even between two stories of one
    subject: a crosshead set as a paragraph keeps its indent."""
    lines = (_dump(LEAD, 15, "　　") + ["陪 着 孩 子 ， 在 家 动 起 来"] + _dump(MORE, 15, "　　")
             + ["凝心聚力战疫情"])
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["陪着孩子，在家动起来", "凝心聚力战疫情"]
    assert page.articles[0].paragraphs == LEAD and page.articles[1].paragraphs == MORE


def test_a_numbered_paragraph_is_not_a_bracketed_note():
    """（六）支持和配合人大依法开展预算审查监督。 opens on a bracket that closes at once: a
    numbered paragraph, not a note closing the story, so the headline after it on a page
    whose headlines follow their bodies stays a headline."""
    title = "关于2019年中央和地方预算执行情况与2020年中央和地方预算草案的报告（摘要）"
    lines = _dump(LEAD, 13) + ["（六）支持和配合人大依", "法开展预算审查监督。", title]
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == [title]
    assert page.articles[0].paragraphs[-1] == "（六）支持和配合人大依法开展预算审查监督。"


def test_a_crosshead_over_a_section_too_short_to_measure():
    """An unnumbered crosshead (风景也是生产力) over a
    section of one short paragraph: the section shows no full line, but its lines fit the
    column of the body above, so the crosshead stays in the story."""
    short = ["生态区的风景也是生产力。"]
    lines = ["凝心聚力战疫情"] + _dump(LEAD, 15) + ["风景也是生产力"] + _dump(short, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情"]
    assert page.articles[0].paragraphs == LEAD + ["风景也是生产力"] + short


def test_a_title_over_its_subtitle_between_two_stories():
    """蹚出新路子 书写新篇章 / ——习近平总书记山西考察纪实 between two bodies of one column and
    one subject: a title with its ——subtitle is a headline, never a crosshead pair."""
    lines = (["凝心聚力战疫情"] + _dump(LEAD, 15) + ["蹚出新路子 书写新篇章", "——习近平总书记山西考察纪实"]
             + _dump(MORE, 15))
    page = baozhi.parse_text(_text(lines))
    assert [(a.title, a.subtitles) for a in page.articles] == [
        ("凝心聚力战疫情", []), ("蹚出新路子 书写新篇章", ["——习近平总书记山西考察纪实"])]


def test_a_letter_spaced_line_between_two_stories():
    """西 瓜 丰 收 了 between two bodies of one column and one subject: a line letter-spaced
    short of the column is large type, a headline; a crosshead spread by justification fills
    the column."""
    lines = (["凝心聚力战疫情"] + _dump(LEAD, 15) + ["西 瓜 丰 收 了"] + _dump(MORE, 15))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "西瓜丰收了"]


def test_headline_lines_that_wrap_inside_a_quotation_or_date_a_speech():
    """“抗疫就是打仗， / 阵地决不能丢”（应收尽收 刻不容缓）: a quotation left open wraps, one
    title; （2020年5月18日，北京） under a speech's title dates it and is never the title."""
    page = baozhi.parse_text(_text(["武汉东荆街十八家社区书记周建秋：", "“抗疫就是打仗，", "阵地决不能丢”（应收尽收 刻不容缓）"]
                                   + _dump(LEAD, 15)))
    assert page.articles[0].title == "“抗疫就是打仗，阵地决不能丢”（应收尽收 刻不容缓）"
    assert page.articles[0].subtitles == ["武汉东荆街十八家社区书记周建秋："]
    page = baozhi.parse_text(_text(["团结合作战胜疫情 共同构建人类卫生健康共同体", "——在第73届世界卫生大会视频会议开幕式上的致辞",
                                    "（2020年5月18日，北京）"] + _dump(LEAD, 15)))
    assert page.articles[0].title == "团结合作战胜疫情 共同构建人类卫生健康共同体"


def test_a_first_line_spread_by_justification():
    """…临三峡大坝，景色秀美。 then 2 月 13 日 ， 记 者 来 到: a line spread by justification
    to a first line's width (two cells short of the column) opens a paragraph."""
    lines = ["凝心聚力战疫情", "许家冲，被称为三峡坝区库", "首移民第一村。村里一栋", "栋白色小楼依山而建，俯",
             "临三峡大坝，景色秀美。", "2 月 13 日 ， 记 者 来 到", "许家冲，整个村庄十分静", "谧，似乎能听得到脚下长",
             "江的涛声。"]
    page = baozhi.parse_text(_text(lines))
    paras = page.articles[0].paragraphs
    assert paras[-2].endswith("景色秀美。") and paras[-1].startswith("2月13日，记者来到")


def test_a_sentence_closed_by_a_reference_in_brackets():
    """…下降的为2个。（见图7）（见表2） ends its sentence; a headline's column tag after ！ does
    not make the headline a sentence."""
    from baozhi import cjk
    assert cjk.ends_closed("为2个。（见图7）（见表2）") and cjk.ends_closed("0.7%。（见图6）")
    assert not cjk.ends_closed("这一仗，我们必定赢！（应收尽收 刻不容缓）")


def test_a_dump_with_blank_lines_between_paragraphs():
    """Some exports part paragraphs and headline blocks by a blank line and set every first
    line full (no indent, none dropped): a blank line then opens a paragraph and nothing else
    does, and two short runs parted by blank lines (协调生产 / 一家口罩厂里的新面孔) are read
    together, a crosshead pair between two sections of one story."""
    def block(paras, w=16):
        out = []
        for p in paras:
            out += simulate.typeset(p, w, random.Random(w), indent=0.0) + [""]
        return out
    lines = (["凝心聚力战疫情", ""] + block(LEAD) + ["反应迅速", "", "音乐、曲艺类作品为主力", ""] + block(MORE)
             + ["民法典标注制度文明新高度", ""] + block(OTHER))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "民法典标注制度文明新高度"]
    assert page.articles[0].paragraphs == LEAD + ["反应迅速", "音乐、曲艺类作品为主力"] + MORE
    assert page.articles[1].paragraphs == OTHER
    # a section opening on a paragraph of two lines, the next one's first line ending on a comma
    lines = ["协调生产", "", "一家口罩厂里的新面孔", "", "升欣（上海）纺织品科技有限公司的厂房里，最近", "来了不少新面孔。", "",
             "这家位于上海市金山区张堰镇的企业，主产口罩，", "医用、民用都有。春节以来，工厂的灯光就没熄灭", "过。", "",
             "张堰镇副镇长沈毅是新面孔中的一个，从大年三十", "开始，他每天都到厂里来“打卡”；任务就是为口", "罩厂生产解决问题。", "",
             "沈毅立刻向组织反映，张堰镇党委号召全镇党员们", "来志愿帮工。", ""]
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    assert [p[:4] for p in page.articles[0].paragraphs] == ["升欣（上", "这家位于", "张堰镇副", "沈毅立刻"]


def test_a_long_headline_whose_last_word_runs_over():
    """牢 固 树 立 绿 水 青 山 就 是 金 山 银 山 / 理 念: a long headline whose last word runs
    onto a line of its own is one title, not a title and a subtitle."""
    page = baozhi.parse_text(_text(["          牢 固 树 立 绿 水 青 山 就 是 金 山 银 山", "               理 念"] + _dump(LEAD, 15)))
    assert page.articles[0].title == "牢固树立绿水青山就是金山银山理念" and page.articles[0].subtitles == []


def test_paragraphs_that_open_on_a_dash():
    """——辽宁、山西、江西、云南等地，专门对机关… : a list whose items open on a dash, each item's
    first line filling the column; paragraphs of the story, not ——subtitles."""
    items = ["——辽宁、山西、江西、云南等地，专门对机关党组织和党员、干部在应对疫情中发挥作用提出要求。",
             "——上海、山东、福建、陕西等地，通过发公开信、倡议书等形式，呼吁党员干部冲锋在前。"]
    lines = ["凝心聚力战疫情"] + _dump(LEAD, 15) + _dump(items, 15) + _dump(MORE, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情"]
    assert page.articles[0].paragraphs == LEAD + items + MORE


def test_a_spread_dateline_wrapping_inside_a_name():
    """本报讯（记者孙 / 建 国 ） 今 年 ， 永 昌: a dateline that wraps inside the reporter's
    name, its second line spread by justification, runs on (the spread line is no paragraph's
    opening); and 本 报 讯 （ 记 者 王 丽 通 讯 员 is a dateline, not a writer's signature."""
    lines = ["永昌县新增高标准农田5万亩", "本报讯（记者孙", "建 国 ） 今 年 ， 永 昌", "县计划新建和改造提", "升高标准农田5万亩，",
             "目前已完成招标工作，", "各标段陆续进场施工。"]
    page = baozhi.parse_text(_text(lines))
    a = page.articles[0]
    assert a.authors == ["孙建国"] and a.dateline.replace(" ", "") == "本报讯（记者孙建国）"
    assert bylines.signature("本 报 讯 （ 记 者 王 丽 通 讯 员") is None


def test_an_attribution_with_the_speakers_title():
    """——杨洋委员（云南省卫健委主任） under a speaker's words closes them, a paragraph of the
    story; it is never a headline."""
    quote = ["“要把防控措施落实到每一个社区、每一个村庄，织密织牢防控网。”"]
    lines = ["凝心聚力战疫情"] + _dump(LEAD, 15) + _dump(quote, 15) + ["——杨洋委员（云南省卫健委主任）"] + _dump(MORE, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情"]
    assert "——杨洋委员（云南省卫健委主任）" in page.articles[0].paragraphs


def test_a_headline_wrapped_inside_a_word():
    """中共中央致电祝贺越南共产党成 / 立 90 周 年: the second line goes on with the word the
    first broke (成立, a pair the page's own text uses), one title; 团中央举办网上主题团日活动 /
    让青春为祖国绽放 part between two phrases and stay kicker and title."""
    body = ["越南共产党成立90周年之际，中共中央致电越南共产党中央委员会表示热烈祝贺。"] + LEAD
    page = baozhi.parse_text(_text(["中共中央致电祝贺越南共产党成", "立 90 周 年"] + _dump(body, 15)))
    assert page.articles[0].title.replace(" ", "") == "中共中央致电祝贺越南共产党成立90周年"
    page = baozhi.parse_text(_text(["团中央举办网上主题团日活动", "让青春为祖国绽放"] + _dump(LEAD, 15)))
    assert (page.articles[0].title, page.articles[0].subtitles) == ("让青春为祖国绽放", ["团中央举办网上主题团日活动"])


def test_a_header_item_read_far_from_the_date_line():
    """A PDF header set across a wide page: reading order may put the section's name (经济)
    among the columns; on the date line's baseline it is still page furniture, never a
    headline."""
    from baozhi.model import Page
    from baozhi.pipeline import run
    rows = [("2020年5月26日 星期三", 9.0, 0.0), ("坚决维护国家安全 保障香港长治久安", 26.0, 0.0)] + _set_body(FUJIAN, 14)
    lines = _set_lines(rows, top=100.0)
    header_y = lines[0].bbox[1]
    from baozhi.model import Line
    mid = len(lines) // 2
    lines.insert(mid, Line(0, "经济", 1, (506.0, header_y, 524.0, header_y + 9.0), 9.0))
    lines = [ln._replace(index=k) for k, ln in enumerate(lines, 1)]
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=lines))
    assert [a.title for a in page.articles] == ["坚决维护国家安全 保障香港长治久安"]
    assert page.edition.section == "经济"


def test_a_summary_over_the_dateline_paragraph_in_a_pdf():
    """当前全国疫情防控形势总体是好的… under the headline, then 新华社北京5月14日电 … with no
    headline between: the story's summary over its dateline paragraph, one article; a brief
    that opens on its own dateline stays an item of its own."""
    from baozhi.model import Page
    from baozhi.pipeline import run
    summary = ["当前全国疫情防控形势总体是好的，同时境外疫情形势严峻复杂，国内防范疫情反弹任务仍然艰巨繁重。"]
    lead = ["新华社北京5月14日电  中共中央政治局常务委员会5月14日召开会议，分析国内外新冠肺炎疫情防控形势。"] + FUJIAN
    rows = [("中共中央政治局常务委员会召开会议", 24.0, 0.0)] + _set_body(summary, 14) + _set_body(lead, 14)
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert [a.title for a in page.articles] == ["中共中央政治局常务委员会召开会议"]
    assert page.articles[0].dateline.replace(" ", "") == "新华社北京5月14日电"
    briefs = ["本报讯 城区三所学校昨日复课，师生分批入校。"] * 1 + ["本报讯 县医院新门诊楼投入使用，新增床位二百张。"]
    rows = [("简讯", 24.0, 0.0)] + _set_body(briefs[:1], 14) + _set_body(briefs[1:], 14)
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert len(page.articles) == 2



def test_a_staff_credit_wrapped_inside_its_name():
    """版式设计：蔡 / 华伟 at a story's foot, the name cut by the column: one note, the story's
    last paragraph as the corpus keeps it (版式设计 alone under a story is in 136 of its
    articles; beside 责任编辑 on the page's footer line it is furniture); 华伟 is no byline
    and no headline."""
    lines = ["凝心聚力战疫情（艺文观察）"] + _dump(LEAD, 15) + ["版式设计：蔡", "华伟"]
    page = baozhi.parse_text(_text(lines))
    assert [a.authors for a in page.articles] == [[]]
    assert page.articles[0].paragraphs[-1] == "版式设计：蔡华伟" and page.unassigned == []
    page = baozhi.parse_text(_text(lines[:-2] + ["责任编辑：王芳  版式设计：李娜"]))
    assert [u["text"] for u in page.unassigned] == ["责任编辑：王芳  版式设计：李娜"]


def test_a_dispatch_credit_under_an_unpunctuated_list():
    """A list of names (副秘书长：潘立刚 张裔炯 …) ends without punctuation; the credit line
    under it, （新华社北京5月19日电）, is still the story's foot credit, its dateline. (A line of
    names only in brackets there may be the list's own: it stays a line of text.)"""
    from baozhi.layout.lines import features
    from baozhi.model import Edition, Line
    texts = ["秘书长：李斌（女）", "副秘书长：潘立刚 张裔炯 蒋作君 朱", "永新 邓宗良 刘家强 舒启明 李惠",
             "东（回族） 张道宏 李世杰", "（新华社北京5月19日电）", "（张道宏 李世杰）"]
    feats = features([Line(index=k, text=t) for k, t in enumerate(texts)], Edition())
    assert feats[4].kind == "footcredit" and feats[4].foot == (1, "（新华社北京5月19日电）")
    assert feats[3].kind is None


def test_a_note_in_brackets_after_the_last_sentence():
    """…主要动力源。（统计公报 / 见第五、六、七版）: the note after the sentence's end closes the
    paragraph; the story does not run open into the headline under it and become one itself.
    (The lines as a page laid out from the corpus gave them; headlines after their stories.)"""
    lines = _dump(LEAD, 15, "　　") + ["            凝心聚力战疫情（艺文观察）"] + [
        '　　本报北京 2 月 28 日电',
        '（记者陆娅楠）国家统计',
        '局28日发布《中华人民共',
        '和国2019年国民经济和社',
        '会发展统计公报》显示，',
        '初步核算，2019年我国国',
        '内生产总值990865亿元，',
        '比上年增长6.1%。其中，',
        '第一产业增加值 70467 亿',
        '元，增长3.1%；第二产业',
        '增加值386165亿元，增长',
        '5.7% ；第三产业增加值',
        '534233亿元，增长6.9%。',
        '　　据介绍，2019年我国',
        '国内生产总值稳居世界第',
        '二位；人均国内生产总值',
        '按 年 平 均 汇 率 折 算 达 到',
        '10276美元，首次突破1万',
        '美元，与高收入国家差距',
        '进一步缩小。2019年，我',
        '国国内生产总值比上年增',
        '长6.1%；对世界经济增长',
        '贡献率达 30% 左右，持续',
        '成为推动世界经济增长的',
        '主要动力源。（统计公报',
        '见第五、六、七版）',
        '          去年我国经济总量990865亿元',
        '              人均GDP达10276美元',
    ]
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 2 and page.articles[0].title == "凝心聚力战疫情（艺文观察）"
    # (which of its two lines is the title the dump cannot say: both are in the article)
    assert {page.articles[-1].title, *page.articles[-1].subtitles} == {"去年我国经济总量990865亿元", "人均GDP达10276美元"}
    assert page.articles[-1].paragraphs[-1].endswith("（统计公报见第五、六、七版）")


def test_cohesion_reads_past_a_short_first_section():
    """全国规上工业企业复工率逐步提高 over a body of four lines, then a crosshead (●疫情改变不了…)
    and the rest of its story: four lines are too few words to tell one story from two, so
    the words after a headline candidate are read on through the sections that follow it, up
    to cohesion's window (dev text pages laid out from the corpus: seg_f1 0.804 -> 0.826 on
    one set of 150, -0.001 to +0.003 on four others)."""
    from baozhi.layout.cohesion import WINDOW
    from baozhi.layout.crossheads import _ahead
    from baozhi.layout.units import Unit
    units = [Unit("body", list(range(0, 60))), Unit("head", [60]), Unit("body", list(range(61, 65))),
             Unit("head", [65, 66]), Unit("body", list(range(67, 200))), Unit("head", [200])]
    got = _ahead(units, 2)
    assert got[:4] == [61, 62, 63, 64] and 65 not in got and 67 in got
    assert WINDOW <= len(got) < WINDOW + 133
    assert _ahead(units, 5) == []


def test_a_figure_that_did_not_fit_before_a_hanging_mark():
    """达1020公里，入境口岸达9个， in a column of 14 cells: 13.5 cells with its comma, short by
    the half cell a figure left. The column it shows may be 14 (the next word did not fit),
    so the closed full line after it does not end the paragraph (a real page's paragraph was
    cut there and its rest read as a headline)."""
    from baozhi.layout.blocks import _Walker, new_page
    from baozhi.layout.lines import features
    from baozhi.model import Edition, Line
    texts = ["　　广西壮族自治区的边境线长", "达1020公里，入境口岸达9个，", "防范陆地边境疫情输入压力较大。",
             "广西壮族自治区卫生健康委副主", "任、党组成员庞军介绍，广西在", "入境筛查环节严格落实健康申报、",
             "体温检测以及医学巡查。"]
    new_page()
    feats = features([Line(index=k, text=t) for k, t in enumerate(texts)], Edition())
    para, _ = _Walker(feats, False).take_paragraph(0, None)
    assert para == list(range(len(texts)))


def test_a_short_deck_is_not_a_byline():
    """路通了 / 人气旺了（总书记来过我们家） under a story's last sentence: 路 is a surname, but a
    name never ends on a particle (了, 的, 吗 …), and 人气旺了 with its column's tag is no
    writer's signature. The two lines are the next story's headline, not its author."""
    from baozhi.names import is_name
    assert not is_name("路通了") and is_name("路遥")
    assert bylines.signature("人气旺了（总书记来过我们家）") is None
    assert bylines.signature("铁  凝（中国作协主席）") == ["铁凝"]
    lines = ["凝心聚力战疫情"] + _dump(MUSIC, 15) + ["路通了", "人气旺了（总书记来过我们家）"] + _dump(LAW, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.authors for a in page.articles] == [[], []]
    assert page.articles[1].title == "路通了 人气旺了（总书记来过我们家）"     # (the corpus's title, in two decks)


def test_a_pdf_story_does_not_end_on_a_heading():
    """文旅部推出在线公共文化和旅游服务（链接） in body type after the story's last sentence, then
    a body set to another width that opens on its own dateline: a box under the story (or a
    composite story's next section), not a new story, since no story ends on a heading."""
    from baozhi.model import Page
    from baozhi.pipeline import run
    box = ["本报北京2月3日电（记者郑海鸥）" + ANHUI[0]] + ANHUI[1:]
    rows = ([("坚定信心迎挑战 乘势而上谱新篇", 24.0, 0.0)] + _set_body(FUJIAN, 14)
            + [("文旅部推出在线公共文化和旅游服务（链接）", 10.0, 0.0)] + _set_body(box, 12))
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert [a.title for a in page.articles] == ["坚定信心迎挑战 乘势而上谱新篇"]
    a = page.articles[0]
    assert "文旅部推出在线公共文化和旅游服务（链接）" in a.paragraphs and a.paragraphs[-1] == ANHUI[-1]


def test_a_pdf_note_under_a_closed_story():
    """本期统筹：杨烁壁 in body type under a story its credit has closed, then the next
    headline: the note is the story's last line as printed, not an untitled story."""
    from baozhi.model import Page
    from baozhi.pipeline import run
    rows = ([("坚定信心迎挑战 乘势而上谱新篇", 24.0, 0.0)] + _set_body(FUJIAN, 14)
            + [("（本报记者 王锦涛整理）", 10.0, 0.0), ("本期统筹：杨烁壁", 10.0, 2.0),
               ("为全面小康筑牢法治根基", 24.0, 0.0)] + _set_body(ANHUI, 14))
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert [a.title for a in page.articles] == ["坚定信心迎挑战 乘势而上谱新篇", "为全面小康筑牢法治根基"]
    assert page.articles[0].paragraphs[-1] == "本期统筹：杨烁壁" and page.articles[0].authors == ["王锦涛"]


def test_a_line_holding_a_full_stop_is_running_text():
    """沈阳也为武汉送去了130吨东北大白菜。每天从沈 / 阳北至广州东的Z12次列车都搭载着特殊的“乘客”——:
    the second line runs past the column (a dash the typesetter would not break) and ends as a
    kicker does, but the first holds the end of one sentence and the start of the next, which
    4 of the corpus's 4,085 headlines do: a paragraph, not a kicker over a title."""
    head = ["沈阳也为武汉送去了130吨东北大白菜。每天从沈", "阳北至广州东的Z12次列车都搭载着特殊的“乘客”——"]
    rest = "大白菜。自1月26日起，沈阳车辆段的干部职工利用后半夜时间，冒着零下20摄氏度的严寒，在客车整备库里将大白菜装车。"
    lines = ["确保战“疫”物资运输一路畅通"] + _dump(LEAD, 22) + head + simulate.typeset(rest, 22, random.Random(1)) \
        + _dump(MORE, 22)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["确保战“疫”物资运输一路畅通"]
    assert any(p.startswith("沈阳也为武汉送去了130吨东北大白菜。") for p in page.articles[0].paragraphs)


def test_a_kicker_over_two_decks_is_a_headline_unless_set_in_parallel():
    """中国美术馆—— / 转化线下展览 / 优化信息资源 between two bodies: a kicker over a title in two
    decks, the commonest shape of a headline, opens a story even where the words run on across
    it. Set in parallel, each section's speaker over two decks with the reporter's byline
    under it (陈静瑜代表—— / 立足本职 / 建言医卫 / 本报记者 姚雪青), such headings are a
    composite story's crossheads."""
    lines = ["凝心聚力战疫情"] + _dump(LEAD, 15) + ["中国美术馆——", "转化线下展览", "优化信息资源"] + _dump(MORE, 15)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "转化线下展览 优化信息资源"]
    lines = (["代表委员履职故事"] + _dump(LEAD, 15) + ["陈静瑜代表——", "立足本职", "建言医卫", "本报记者 姚雪青"]
             + _dump(MORE, 15) + ["马海军委员——", "聚焦立法", "守护生态", "本报记者 姜 峰"] + _dump(OTHER, 15))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["代表委员履职故事"]


def test_a_speakers_section_after_a_credit():
    """发言席: each speaker's words under a line naming them (江苏省人大常委会副主任陈震宁代表：),
    each section signed by a credit. After one credit, a body that opens on the next speaker's
    line is the composite article's next section, not an untitled story."""
    from baozhi.model import Page
    from baozhi.pipeline import run
    rows = ([("发言席", 24.0, 0.0), ("浙江省政协主席葛慧君委员：", 10.0, 2.0)] + _set_body(FUJIAN, 14)
            + [("（本报记者 孟祥夫整理）", 10.0, 2.0), ("江苏省人大常委会副主任陈震宁代表：", 10.0, 2.0)]
            + _set_body(ANHUI, 14) + [("（本报记者 李龙伊整理）", 10.0, 2.0)])
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert [a.title for a in page.articles] == ["发言席"]
    assert "江苏省人大常委会副主任陈震宁代表：" in page.articles[0].paragraphs
    assert page.articles[0].paragraphs[-1] == ANHUI[-1]


def test_a_second_dateline_with_no_headline_over_it():
    """外交部、国台办： / 在世卫大会炒作涉台提案问题不得人心: the foreign ministry's answer under the
    first dateline, then 本报北京5月19日电（记者程龙） and the Taiwan office's, with no headline
    between: one story of two sources (no untitled article of the corpus opens on a dateline;
    78 hold a second one inside), its dateline the first."""
    from baozhi.model import Page
    from baozhi.pipeline import run
    first = ["新华社北京5月19日电（记者温馨）" + FUJIAN[0]] + FUJIAN[1:]
    second = ["本报北京5月19日电（记者程龙）" + ANHUI[0]] + ANHUI[1:]
    rows = ([("外交部、国台办：", 14.0, 0.0), ("在世卫大会炒作涉台提案问题不得人心", 24.0, 0.0)]
            + _set_body(first, 14) + _set_body(second, 14))
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert [a.title for a in page.articles] == ["在世卫大会炒作涉台提案问题不得人心"]
    a = page.articles[0]
    assert a.dateline == "新华社北京5月19日电（记者温馨）" and a.authors == ["温馨"]
    assert a.paragraphs[-1] == ANHUI[-1] and any(p.startswith("本报北京5月19日电") for p in a.paragraphs)
    # ...but under a briefs box's heading each dispatch is an item, and a local paper's 本报讯
    # with no headline over it opens an untitled item anywhere
    briefs = ["本报北京5月19日电 城区三所学校昨日复课，师生分批入校。", "本报北京5月19日电 县医院新门诊楼投入使用，新增床位二百张。"]
    rows = [("简讯", 24.0, 0.0)] + _set_body(briefs[:1], 14) + _set_body(briefs[1:], 14)
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert len(page.articles) == 2
    rows = [("在世卫大会炒作涉台提案问题不得人心", 24.0, 0.0)] + _set_body(first, 14) \
        + _set_body(["本报讯（记者程龙）" + ANHUI[0]] + ANHUI[1:], 14)
    page = run(Page(source={"path": "<test>", "format": "pdf", "page": 1}, lines=_set_lines(rows)))
    assert [a.title for a in page.articles] == ["在世卫大会炒作涉台提案问题不得人心", None]


def test_a_spread_credit_of_two_names_wrapped_inside_its_last_word():
    """朱 佩 娴 霍 亚 平 摄 影 报 / 道 under a picture report's caption: letter-spaced, two names
    run together once the gaps are closed, and wrapped inside 摄影报道. Both lines are the
    credit (its photographers 朱佩娴 and 霍亚平); 道 is no headline."""
    assert bylines.credit("朱 佩 娴 霍 亚 平 摄 影 报道") == (0, ["朱佩娴", "霍亚平"])
    # ...and the agency after a credit is spread with it: 邵 丹 摄 （ 人 民 视 / 觉）
    assert bylines.credit("邵 丹 摄 （ 人 民 视觉）") == (0, ["邵丹"])
    caption = "5月26日，在河南省西华县的高标准麦田里，联合收割机、秸秆打捆机、拖拉机等各种农机设备轰鸣阵阵，麦香飘荡。"
    lines = ["凝心聚力战疫情"] + _dump(LEAD, 15) + _dump([caption], 15) + ["朱 佩 娴 霍 亚 平 摄 影 报", "道", "麦 收"] \
        + ["民法典标注制度文明新高度"] + _dump(LAW, 15)
    page = baozhi.parse_text(_text(lines))
    assert "道" not in [a.title for a in page.articles]
    assert any(a.authors == ["朱佩娴", "霍亚平"] for a in page.articles)


def test_a_picture_credit_indented_as_a_paragraph_ends_its_report():
    """  新华社发 indented as a paragraph under a picture's caption, then the report's title
    (headlines after their stories): the credit ends the report; its title is not read on
    into the credit's paragraph, nor the next story into the report."""
    caption = ["2月26日，在武汉协和医院西院区病房，北京市属医院医疗队队员蔡卫敏为患者送上一朵小花。"]
    lines = (_dump(LEAD, 13, "  ") + ["人民军队为人民（人民论坛）"] + _dump(caption, 13, "  ") + ["  新华社发", "送你一朵小花"]
             + _dump(LAW, 13, "  ") + ["民法典标注制度文明新高度"])
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["人民军队为人民（人民论坛）", "送你一朵小花", "民法典标注制度文明新高度"]
    assert page.articles[1].paragraphs[-1] == "新华社发"


def test_a_summary_that_runs_open_into_the_dateline():
    """A story's summary set over its dateline paragraph, its last sentence without a stop
    (…在应对危机中掌握工作主动 / 权、打好发展主动仗 / 本报北京5月22日电 …): it runs open
    into the dateline as a headline would, but it holds a full stop with text after it, so
    it is the story's text, not a headline of twelve lines."""
    summary = LAW[2] + LAW[3].rstrip("。")
    lines = (["凝心聚力战疫情"] + _dump(LEAD, 15, "  ") + ["民法典标注制度文明新高度"] + _dump([summary], 15, "  ")
             + _dump(["本报北京5月22日电  " + OTHER[0]] + OTHER[1:], 15, "  "))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "民法典标注制度文明新高度"]
    assert page.articles[1].paragraphs[0] == summary


def test_a_line_short_by_the_character_its_next_line_took_along():
    """整个文旅行业按下了暂停键： / 各大景区谢客、节庆活动取 / 消、旅游客运暂停、文博场馆: the
    second line is a cell short of the column because 消 went down with the 、 that may not
    open a line; read from it alone the column is too narrow for the lines after it, but the
    paragraph runs on (a real page's paragraph was cut there and its rest read as a headline)."""
    from baozhi.layout.blocks import _Walker, new_page
    from baozhi.layout.lines import features
    from baozhi.model import Edition, Line
    texts = ["  一场突如其来的疫情，为", "整个文旅行业按下了暂停键：", "各大景区谢客、节庆活动取", "消、旅游客运暂停、文博场馆",
             "关门、电影院线停业……这个", "关乎“诗与远方”的行业，承", "受着巨大的压力。"]
    new_page()
    feats = features([Line(index=k, text=t) for k, t in enumerate(texts)], Edition())
    para, _ = _Walker(feats, False).take_paragraph(0, None)
    assert para == list(range(len(texts)))


def test_a_verse_closing_a_picture_report():
    """这正是： / 刺绣好技艺， / 传承又创收。 / … / 曹  一图  燕  陆文 under a picture report: the
    colon line is no kicker over a title (the line under it stops on a comma), and the verse,
    every line of it stopping on a mark, is set to no column of its own: the report's closing
    lines, not an untitled story."""
    verse = ["这正是：", "刺绣好技艺，", "传承又创收。", "针线出精品，", "拓宽致富路。", "曹  一图  燕  陆文"]
    lines = ["图片报道"] + _dump(LEAD, 16) + verse + ["民法典标注制度文明新高度（人民时评）"] + _dump(LAW, 16)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["图片报道", "民法典标注制度文明新高度（人民时评）"]
    assert page.articles[0].paragraphs[-1].replace(" ", "") == "曹一图燕陆文"


def test_a_writers_signature_wrapped_inside_its_brackets():
    """吴义勤（中国作协书记 / 处书记） under a piece's heading: the signature wraps inside its
    brackets; both lines are the signature, and 处书记） is no headline."""
    lines = ["凝心聚力战疫情", "吴义勤（中国作协书记", "处书记）"] + _dump(LEAD, 12)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情"]
    assert page.articles[0].authors == ["吴义勤"]


def test_two_decks_a_little_short_of_the_column():
    """紧扣两大环节 狠抓落实力度 (12 cells) under a story's last sentence in a column of 14: two
    decks with one gap between them, not a justified line of the paragraph, even within two
    cells of the column's width."""
    lines = ["凝心聚力战疫情"] + _dump(LEAD, 14) + ["紧扣两大环节 狠抓落实力度", "北京7万名干部下沉一线全力战疫"] + _dump(LAW, 14)
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 2
    assert {page.articles[1].title, *page.articles[1].subtitles} == {"紧扣两大环节 狠抓落实力度", "北京7万名干部下沉一线全力战疫"}


def test_a_notices_date_under_its_signature():
    """人民日报社人事局 / 2020年2月12日 closing a notice: a bare date under its signature is the
    notice's last paragraph (26 such in the corpus), not the page's date line; a date with
    its weekday stays furniture."""
    from baozhi.layout.lines import features
    from baozhi.model import Edition, Line
    texts = ["人民日报社将按照公开、平等、竞争、择优的原则组织招聘。", "人民日报社人事局", "2020年2月12日",
             "2020年2月12日 星期三"]
    feats = features([Line(index=k, text=t) for k, t in enumerate(texts)], Edition())
    assert [f.kind for f in feats[2:]] == [None, "furniture"]
    assert features([Line(index=0, text="2020年2月12日")], Edition())[0].kind == "furniture"


def test_a_columns_opening_note_is_a_box_label():
    """开栏的话 over the editor's words that open a new column (12 in the corpus, 引子 6): the
    article's first paragraph, as 编者按 is, never a headline of its own."""
    lines = ["代表委员履职故事", "开栏的话"] + _dump(LEAD, 15, "  ") + ["  " + MORE[0]]
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["代表委员履职故事"]
    assert page.articles[0].paragraphs[0] == "开栏的话"


def test_a_tagged_title_that_fits_the_column_above():
    """扶贫干部当起快递小哥（扶贫印记） after a story set in 15 cells, fitting that column, with
    the next story's text set in 19 under it: a headline, not a line of the story above going
    on (that reading holds only where the next line is in the same column)."""
    lines = (["凝心聚力战疫情"] + _dump(LEAD, 15) + ["扶贫干部当起快递小哥（扶贫印记）"] + _dump(LAW, 19))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "扶贫干部当起快递小哥（扶贫印记）"]


def test_the_title_under_a_kicker_ending_on_a_dash():
    """忙建设、强保障、守岗位，他们主动请战奔赴一线—— / 战“疫”，湖北退伍老兵有作为 over a
    story: the line under a kicker that ends on a dash is its title, even where its width
    would let it open a paragraph."""
    # (the lines as a page laid out from the corpus gave them)
    lines = [
        '忙建设、强保障、守岗位，他们主动请战奔赴一线——',
        '战“疫”，湖北退伍老兵有作为',
        '“ 不 用 记 住 名 字 ， 我 们 就 是 几 个 老',
        '兵！”',
        '新冠肺炎疫情防控期间，湖北武汉市',
        '东 湖 高 新 区 豹 澥 街 道 5 名 退 役 老 兵 主 动 要',
        '求 参 与 街 道 防 疫 工 作 ， 负 责 街 道 3 个 公 共',
        '厕所、 6 个地埋站、 2 个隔离区的卫生消',
        '毒。有人问他们的名字，这些老兵这样回',
        '答。',
        '面对疫情防控压力大、任务重、人员',
    ]
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["战“疫”，湖北退伍老兵有作为"]
    assert page.articles[0].paragraphs[0].startswith("“不用记住名字")


def test_a_design_note_under_a_picture_credit():
    """李明发摄（人民视觉） closing a story's picture, then 版式设计：郭 祥 汪哲平 and the next
    headline: the note is the story's last line as the corpus keeps it, not an untitled body
    that the next headline would take."""
    caption = "图为学生们正在学习制作木版年画。"
    lines = (["在传承创新中焕发新生机新活力（深聚焦）"] + _dump(LEAD, 15, "  ") + _dump([caption], 15, "  ")
             + ["李明发摄（人民视觉）", "版式设计：郭 祥 汪哲平", "民法典标注制度文明新高度（人民时评）"] + _dump(LAW, 15, "  "))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["在传承创新中焕发新生机新活力（深聚焦）", "民法典标注制度文明新高度（人民时评）"]
    assert page.articles[0].paragraphs[-1].replace(" ", "") == "版式设计：郭祥汪哲平"


def test_a_heading_pair_of_short_words_is_no_byline():
    """严格 / 执法 between two sections (科学 / 立法, 公正 / 司法 …): 严 and 公 are surnames, but a
    lone short word with another short open line under it is a heading pair, not the
    author of a commentary (常钦 alone between two paragraphs still is)."""
    lines = ["法治筑坦途 全面奔小康（两会热议）"] + _dump(LEAD, 15, "  ") + ["严格", "执法"] + _dump(MORE, 15, "  ")
    page = baozhi.parse_text(_text(lines))
    assert all(a.authors == [] for a in page.articles)


def test_a_reference_on_a_line_of_its_own():
    """…电力、热力、燃气及水生产和供应业增长7.0%。 / （见图11）: the reference to a figure, set
    on a line of its own after the sentence's end, is the paragraph's last line, not a
    headline over the next paragraph."""
    lines = ["凝心聚力战疫情"] + _dump(LEAD[:1], 15, "  ") + ["（见图11）"] + _dump(LEAD[1:] + MORE, 15, "  ")
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情"]
    assert page.articles[0].paragraphs[0].endswith("。（见图11）")


def test_a_readers_letter_signed_with_place_and_name():
    """广东广州市 袁斗成 under a reader's letter: the letter's last line (16 such in the corpus
    against 3 headlines of that shape), not the title of what follows."""
    lines = (["建议"] + _dump(LEAD, 15, "  ") + ["广东广州市 袁斗成", "民法典标注制度文明新高度（人民时评）"]
             + _dump(LAW, 15, "  "))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["建议", "民法典标注制度文明新高度（人民时评）"]
    assert page.articles[0].paragraphs[-1].replace(" ", "") == "广东广州市袁斗成"


# A dump re-wrapped by a converter at a count of characters, every line full (the first line
# of a paragraph too) and justification spaces here and there: real lines of 风雨无阻向前进
# (人民日报 2020-05-18, page 3) as such a dump gives them.
REWRAPPED = [
    "“要把人民群众生命安全和身体健康放在第一位，制定", "周密方案，组织各方力量开展防控，采取切 实有效  措施，",
    "坚决遏制疫情蔓延势头。”", "——习近平", "2020，岁在庚子。", "“封城！”",
    "2020年1月23日上午10时，农历除夕前最后一个工作日，", "武汉成了一场战役的中心。",
    "管控一座千万级人口城市的人员流动，世所未见。又值", "阖家团圆的传统佳节，更显不同寻常。",
    "习近平总书记于1月22日亲自作出这一战略决策，他强", "调：“作出这一决策，需要巨大政治勇气，但该出手时",
    "必须出手，否则当断不断、反受其乱。”", "1月20日，正 在云南考察调研  的习 近平总书记对新冠肺",
    "炎疫情作出重要指示，“要把人民群众生命安全和身体", "健康放在第一位，制定周密方案，组织各方力量开展防",
    "控，采取切实有效措施，坚决遏制疫情蔓延势头”。", "人民至上！这是中国共产党的使命担当，是习近平总书",
    "记念兹在兹的执政信条，也是举国上下同疫魔较量的动", "力源泉。",
    "“人民生命重于泰山！只要是为了人民的生命负责，那", "么什么代价、什么后果都要担当。”习近平总书记的话", "掷地有声。",
    "隆冬，正 是病毒易于传播的 时节 。春节，正是春运开足", "马力的当口期。此时一场始料未   及的疫情突袭“九省通",
    "衢”的武汉。", "时间，回拨到元旦前夕。", "这个春节 来得早。武汉东湖之畔， 万盏花灯流光溢彩；",
    "城中闹市，煨汤擂台赛升腾人间烟火。", "然而，就在这欢乐祥和之中，一个看不见、摸不着的“", "恶魔”悄然而至。",
    "2019年12月底， 湖北省中西医结合医院。", "“有一家3口，出现相同症状。一般不会3人同时得一样",
    "的病，除非是传染病。” 经历过非典救治的呼吸与重症", "医学科主任张继先心里一紧。",
    "习近平总书记亲自指挥，亲自部署。党政军民学总动员、", "东西南北中齐发动。",
    "——习近平总书记向各级党组织和广大党员干部发出号", "令：“不忘初心、牢记使命”，“让党旗在防控疫情斗",
    "争第一线高高飘扬”。", "——中共中央印发《关于加强党的领导、为打赢疫  情防", "控阻击战提供坚强政治保证的通知》。",
    "——习近平主席向全军发出号令：“闻令而动，勇挑重", "担，敢打硬仗，积极支援地方疫情防控。”",
    "960多万平方公里的土地上，460多万个基层党组织筑起", "坚实堡 垒。红 色党旗，绿  色军装，白衣战袍，传递胜利", "希望。",
]


def test_full_first_lines_of_a_rewrapped_dump_open_paragraphs():
    """Where a page's paragraphs open on full lines (no indent, not even its room), a full
    line after a sentence's end opens a paragraph, whether two lines follow or one; it is not
    a headline because it is not two cells short (习近平总书记于1月22日…他强 / 调：…). A list
    item opening on —— closes on the next line as well as running on (——中共中央印发《… /
    …的通知》。)."""
    page = baozhi.parse_text(_text(["风雨无阻向前进"] + REWRAPPED))
    assert [a.title for a in page.articles] == ["风雨无阻向前进"]
    starts = [p[:8] for p in page.articles[0].paragraphs]
    for first in ("习近平总书记于1", "然而，就在这欢乐", "——中共中央印发", "——习近平主席向"):
        assert first in starts



def test_a_story_reads_on_into_a_narrower_column():
    """A re-wrapped dump (tests/data/rewrapped_page.txt: the first four stories of 人民日报
    2020-02-04, page 3, as a converter wrapped them at a count of characters, every first line
    full) sets 过激反应无助于合作抗击疫情 in 17 characters, then reads it on in 12:
    诺佐指出，实施旅行禁令可 opens a paragraph there after a sentence's end. The story goes on
    (its words run on); the line is not a headline over a new story."""
    with open(os.path.join(HERE, "data", "rewrapped_page.txt"), encoding="utf-8") as f:
        page = baozhi.parse_text(f.read())
    story = [a for a in page.articles if a.title == "过激反应无助于合作抗击疫情"]
    assert len(story) == 1
    starts = [p[:6] for p in story[0].paragraphs]
    assert "诺佐指出，实" in starts and "传染病学家朱" in starts
    assert not any((a.title or "").startswith("诺佐指出") for a in page.articles)



# The foot of one story and the whole of the next on a page that sets its headlines after
# their bodies (real lines of 大芦古民居 and 花的祝福, 人民日报 2020-02, as
# tests/realistic.py lays them out): a chart's credit under the first story, then its title.
NOTE_THEN_TITLE = [
    "离开大芦，最为感慨",
    "的是在子孙不断繁衍分居",
    "的情况下，一幢老宅为何",
    "能躲过无数次天灾人祸，",
    "原 样 不 动 完 好 保 存 四 百",
    "年？何以进一步延续到将",
    "所有祖屋都能一概维护留",
    "存？其中可能会找到区位",
    "环境、经济条件、分配方",
    "式等诸多客观因素，但最",
    "重要的原因，或许在于劳",
    "氏家族的集体荣誉感以及",
    "族群内部的规范约束力。",
    "如 果 没 有 强 大 的 内 在 动",
    "力 ， 如 果 不 是 刻 意 地 保",
    "护，不可能保留至今。",
    "制图：郭 祥",
    "大芦古民居（神州观览）",
    "从甘南藏族自治州采",
    "访回来，那个偏远而美丽",
    "的高原留在我脑海里最深",
    "的印象，是到处盛开的一",
    "簇簇、一蓬蓬令人心醉且",
    "目不暇接的鲜花，甚至后",
    "来在我梦乡里出现的，居",
    "然也还是那一片片花的海",
    "洋——我清晰地记得，在",
    "到访过的那一间间宽敞、",
    "整洁的农家屋子里，在那",
    "幽 静 而 安 详 的 村 落 小 道",
    "旁 ， 在 那 一 座 座 乡 情 浓",
    "郁、古朴而又现代的乡村",
    "小广场上，在高原伟岸的",
    "绿色坡地上，在清澈的小",
    "溪边，在幽深的山谷里，",
    "那些花儿摇曳多姿、芬芳",
    "四溢。",
    "在我的记忆里，还没",
    "有一个乡村给我留下过如",
    "此鲜花烂漫的印象，更不",
    "会想象到，那居然是来自",
    "甘南乡村的印象。",
    "以往，我从未涉足过",
    "甘南那片美丽的土地。出",
    "发之前，我曾通过相关资",
    "料了解那里的山川风貌和",
    "风土人情，但也还是难以",
    "排 除 对 于 贫 困 落 后 的 想",
    "象。",
    "然而，这一切在我来",
    "到这片土地之后，完全被",
    "改变。",
    "这是个和谐相处、生",
    "态 宜 居 、 生 活 富 裕 的 村",
    "落。在这里，农家的户外",
    "墙角、小院落里，甚至楼",
    "道边，到处是花团锦簇，",
    "香气袭人。我走进一户张",
    "姓农民家中，两层楼房，",
    "估约三百平方米，有五六",
    "个大房间，窗明几净，电",
    "视、冰箱、空调等家用电",
    "器，一应俱全。满脸喜气",
    "的媳妇正准备做午饭，她",
    "从厨房出来招呼我们。她",
    "的孩子去学校了，丈夫和",
    "婆婆在城里打工。草场退",
    "了，国家每年都有补贴。",
    "我 用 手 指 了 指 走 廊 、 房",
    "间、客厅，还有小院子的",
    "四周，问她为什么要在家",
    "里种这么多鲜艳的花。她",
    "笑了，说：“为什么不种",
    "呢？这花多喜气啊，还香",
    "得很，日子好过了，不就",
    "是应该这样吗？”",
    "如果说，在这里对于",
    "农家的鲜花我算是初识的",
    "话，那么在另一处，对于",
    "农民如此喜爱鲜花、遍植",
    "鲜 花 ， 我 才 真 正 开 了 眼",
    "界。那个村子坐落在溪水",
    "畔的坡地，大片大片的万",
    "寿菊、波斯菊，形成赤、",
    "橙、黄、蓝、绿、紫的花",
    "的海洋，那真是一个壮观",
    "的花海世界！我忍不住拿",
    "出手机拍照留影。对于我",
    "来说，以鲜花为背景的照",
    "片一向很少，但这一次我",
    "有些情不自禁，不，是被",
    "这花海感动、陶醉、融化",
    "了。",
    "在 一 户 户 农 家 庭 院",
    "里，一束束红艳欲滴的蜀",
    "葵、鸡冠花，伫立着，怒",
    "放 相 迎 ； 在 农 家 的 阳 台",
    "上、走廊上，一盆盆天竺",
    "葵、四季海棠、金光菊开",
    "得正欢。其实，在甘南，",
    "从 农 家 庭 院 到 原 野 和 山",
    "谷，我的视线里从来就不",
    "缺少花的倩影，成片的紫",
    "色和白色的野藓花，一蓬",
    "蓬晶莹的玛瑙珠，一束束",
    "娇艳的箭叶花，一簇簇色",
    "彩斑斓的格桑花……争相",
    "斗艳。",
    "又走进一个村子。一",
    "户户整洁干净、错落有致",
    "的农家庭院里，依旧是花",
    "团锦簇，芳香四溢。在村",
    "民王定业二百多平方米的",
    "新房子里，老王告诉我，",
    "去年家里仅民宿这一项收",
    "入就上万元，这是过去想",
    "都不敢想的事。如今城里",
    "人 过 周 末 就 喜 欢 到 乡 下",
    "来，吃农家土菜，体验良",
    "好的生态环境。现在，全",
    "村有条件的都兴搞“乡村",
    "旅游”。我没再问他，为",
    "什么也要在家里到处种上",
    "这么多的花草。事实上，",
    "在用花朵装饰的每一个角",
    "落里，我仿佛看到处处涌",
    "动的希望与祝福。",
    "这个村子的变化当然",
    "不是一夜之间发生的。在",
    "这里驻村两年负责帮扶的",
    "干部，说起近几年的往事",
    "如数家珍。譬如当年如何",
    "将高山上的村民搬迁到村",
    "里，譬如村委会干部们开",
    "会到深夜，研究如何改变",
    "村容村貌，修路挖渠搞旅",
    "游 ， 兴 办 养 殖 合 作 产",
    "业……一桩桩、一件件，",
    "脱贫致富就是这样一路干",
    "起来的。",
    "从村里出来，沿着弯",
    "曲的公路行驶不一会儿，",
    "在公路旁边，我看到一幢",
    "幢造型优美、风格现代的",
    "建筑正在拔地而起，那是",
    "镇上兴建起的“全域旅游",
    "培训基地”“乡村振兴大",
    "讲堂”。那一刻，我看到",
    "的 是 这 里 积 蓄 的 蓬 勃 力",
    "量！",
    "毫无疑问，脱贫只是",
    "甘南藏族自治州起步奋进",
    "的第一步，梦想早已落实",
    "在行动上。而那些深深烙",
    "印在我心里的美丽鲜花，",
    "仿佛是提前向我透露着，",
    "那美丽的高原将迎来花香",
    "浓郁的明天。",
    "天空湛蓝，白云梦幻",
    "般环绕着高原上连绵起伏",
    "的山峦，成群的羊儿、马",
    "儿、牦牛点缀在高原的坡",
    "地上。从四面八方飘来的",
    "阵 阵 花 香 ， 早 已 漫 山 遍",
    "野，弥漫着一片祝福。",
    "花的祝福（新时代之光）",
]


def test_a_chart_credit_closes_its_story_before_the_title_after_it():
    """制图：郭 祥 on a line of its own after a sentence's end is the story's last line; the
    line after it (大芦古民居（神州观览）, as wide as the column) is that story's headline, not
    a line of a paragraph that the credit would open."""
    page = baozhi.parse_text(_text(NOTE_THEN_TITLE))
    assert [a.title for a in page.articles] == ["大芦古民居（神州观览）", "花的祝福（新时代之光）"]
    first, second = page.articles
    assert first.paragraphs[-1] == "制图：郭祥"
    assert second.paragraphs[0].startswith("从甘南藏族自治州采访回来")



# Two stories of one column width on a page that centres its headlines after their bodies,
# as a layout-keeping extraction gives them (real articles of 人民日报 2020-02-13, page 17, as
# tests/realistic.py lays them out).
CENTRED_AFTER = [
    "新华社伦敦 2 月 11 日电（记者于",
    "佳欣、王慧慧）英国国家统计局11日",
    "发布的数据显示，去年英国对中国出",
    "口 商 品 约 264 亿 英 镑 （ 约 合 342 亿 美",
    "元），创历史新高。",
    "数据显示，去年英国商品出口总",
    "额为3720.35亿英镑（约合4821.20亿",
    "美元），对华出口占7%。中国成为英",
    "国第三大出口市场，仅次于美国和德",
    "国。",
    "英中贸易协会负责人卢墨雪（英",
    "文名马修·劳斯）说，这一数据显示",
    "出更紧密的对华贸易关系让英国经济",
    "受益匪浅。",
    "“中国目前正在经历‘战疫’的",
    "关键阶段，但这些数字提醒我们两国",
    "长期合作的巨大潜力不会改变。”卢",
    "墨雪说。",
    "卢墨雪说，英国对华出口在一系",
    "列领域保持稳健增长，包括零售、科",
    "技、健康等行业，这将有利于两国互",
    "利 共 赢 ， 并 为 英 国 创 造 更 多 工 作 机",
    "会。",
    "            2019年英国对中国商品出口创新高",
    "近日，强风暴“西娅拉”袭击欧",
    "洲多国。强风伴随着强降雨，不仅导",
    "致大面积交通和电力中断，还引发洪",
    "水并造成人员伤亡，给欧洲民众的出",
    "行与生活带来极大不便。据法国《费",
    "加罗报》报道，截至 2 月 11 日，本轮",
    "风暴已造成法国、德国、波兰、捷克",
    "等国共7人死亡。",
    "风暴登陆后，英国于9日发布200",
    "多条洪水警报，当地警方将此次风暴",
    "列为“重大事件”。 2 万多户家庭因",
    "暴风雨断电，部分地区还遭遇暴风雪",
    "和大雪，交通网络受到严重破坏，航",
    "班、轮渡和火车被迫取消或延误。目",
    "前，英国仍有大约 180 条洪水警报未",
    "解除，暴风雪天气仍持续影响英国北",
    "部。北爱尔兰和苏格兰地区发布了暴",
    "风雪黄色警报，英格兰西北部则发布",
    "了冰雪警报。",
    "离开英国后，“西娅拉”向东进",
    "入欧洲大陆，对欧洲西海岸产生严重",
    "影响。 9 日晚，风暴登陆法国，法国",
    "北部、东部及南部科西嘉岛的42个省",
    "发布橙色预警。截至12日，科西嘉岛",
    "仍保持橙色预警，最高风速一度超过",
    "每 小 时 220 公 里 。 风 暴 过 境 导 致 法 国",
    "北部约13万户家庭停电，铁路大范围",
    "中断，多个航班被取消。法国内政部",
    "发布公告要求民众减少出行，尤其注",
    "意远离森林和海岸。截至目前，巴黎",
    "消防队已在巴黎市区和近郊三省进行",
    "超 过 300 次 救 灾 排 险 任 务 ， 涉 及 电 缆",
    "损坏、树木倒伏等事故。",
    "由于风暴袭击，欧洲其他国家的",
    "交通和供电也受到影响。据法新社报",
    "道，比利时沿海地区的风力发电厂全",
    "部关停。德国部分铁路运输暂停，长",
    "途电话服务等受到严重干扰，航空业",
    "也 遭 受 巨 大 损 失 。 法 兰 克 福 、 慕 尼",
    "黑、杜塞尔多夫、科隆等多地机场被",
    "迫取消 700 多趟航班。此外，奥地",
    "利、波兰等国共有近10万家庭断电，",
    "捷克则约有9.6万家庭断电，至少7架",
    "航班被取消，数十条铁路线遭封锁，",
    "多趟列车延误。",
    "据悉，“西娅拉”风暴的影响预",
    "计将持续至13日。英国气象局专家警",
    "告称：“尽管‘西娅拉’风暴正逐步",
    "平息，但并不意味着欧洲进入了气候",
    "平静期。”本周末英国将会迎来新的",
    "风 暴 ， 气 象 部 门 将 其 命 名 为 “ 丹 尼",
    "斯”，仍将带来大范围的强降雨和强",
    "风，但其强度相比“西娅拉”有所减",
    "弱。英国气象局已经发布了英格兰和",
    "威尔士大部分地区天气黄色预警。",
    "（本报巴黎2月12日电）",
    "          欧洲多国遭遇强风暴侵袭",
]


def test_a_headline_centred_beyond_its_column_is_no_crosshead():
    """2019年英国对中国商品出口创新高 is set in from the left by six cells and is fifteen wide:
    it ends past the 16-cell column, so it is centred over the page, not in the column as a
    crosshead would be. It is the headline of the story above it (headlines after bodies)."""
    page = baozhi.parse_text(_text(CENTRED_AFTER))
    assert [a.title for a in page.articles] == ["2019年英国对中国商品出口创新高", "欧洲多国遭遇强风暴侵袭"]
    assert page.articles[1].paragraphs[0].startswith("近日，强风暴")



def test_one_long_line_is_a_paragraph():
    """A page of a headline and one line of several hundred characters (an advertorial's text
    copied whole; real text of 北京海淀城市大脑, 人民日报 2020-05): no column is that wide, so the
    line is a paragraph, though it stops open and the page is too short to show its style."""
    text = '北京海淀（中关村科学城）城市大脑建设让生活更美好'
    body = '城市大脑是智慧城市的重要组成部分，是智慧城市中“智慧”的载体，是智慧城市所有相关建设内容的中枢。\u3000\u3000城市大脑的出现使城市运行更加智慧，提升了城市的运行效率，降低了城市的运行成本，让城市里的人们生活更美好、企业更好经营，让智慧化城市管理愿景成为了可能。\u3000\u3000科技在不同层面、多个节点赋能城市大脑\u3000\u3000新冠肺炎疫情发生后，城市大脑迅速进入实战状态，下沉到城市各个角落，服务于人们的生活。在海淀区某小区入口处，小区居民在摄像头前一站，听到“体温正常”提示音后，就能进入小区。这是人脸识别测温门禁，可以有效验证来访者信息，完成无接触测温，实现小区封闭式管理的同时，能大大提高通行效率。“五一”假期前，“京城之约”公园疫情防控系统迅速上线，应用于北京首批7家客流量较大的公园风景区。公园疫情防控系统不仅为游客提供了免费的网上预约平台，更有效帮助公园进行客流量控制与安全管理。北京健康宝、京心相助上的“绿码”，成为我们在疫情期间的通行证，而“绿码”背后就是'
    page = baozhi.parse_text(text + "\n" + body + "\n")
    assert [a.title for a in page.articles] == [text]
    assert len(page.articles[0].paragraphs) == 1
    assert page.articles[0].paragraphs[0].startswith("城市大脑是智慧城市的重要组成部分")



# The foot of a story told by several people, each section closed by who told it and who
# wrote it down, the page's design credit under the last, then the next story (real lines of
# 守护好山水 守望好日子 and 强化法律责任 落实最严保护, 人民日报 2020-01, as tests/realistic.py
# lays them out, headlines before their bodies).
TOLD_SECTIONS = [
    '我叫茅春苗，今年56岁，是浙江慈溪市',
    '横河镇龙南村的杨梅种植户，跟杨梅打交道',
    '20多年，经验全来自果园。',
    '浙江慈溪是杨梅荸荠种的原产地，为了',
    '保持品种优势，我们种植杨梅一直都采取生',
    '态栽培技术。2019年，我们从河北张家口运',
    '来40吨羊粪，把钾、钙含量高的向日葵秸秆',
    '作为草木灰原料，发酵成有机肥料作为过冬',
    '追肥。',
    '虽然有机肥的施用成本高，但市里有专',
    '门的有机肥补贴政策，为我们减轻了不少负',
    '担。施用了有机肥，我们镇的杨梅能提前近',
    '10天上市，而且硬度足、口味好、品质高。',
    '我有幸被国家林业和草原局聘任为第一',
    '批全国林草乡土专家，好经验我也想跟大家',
    '分享。我与慈溪的技术机构合作，制定了杨',
    '梅生态种植标准化模式图，平时谁家遇到种',
    '植难题，也都热情免费解答。',
    '因为杨梅上市期短，又不易保存，以前',
    '我们卖杨梅最远跑不出慈溪，有时杨梅销路',
    '不好就烂在了地里。后来，通过研发高温预',
    '冷、通风干燥、包装等技术，解决了杨梅储',
    '藏难题，延长杨梅储藏期10天以上。',
    '2014年，我瞅准了电商平台，邀请乡亲',
    '们一起合作，线下线上联动销售。去年，我',
    '们的市场辐射面由原来线下的长三角地区，',
    '扩展到近30个省、区、市，还包机直接卖到',
    '了 西 班 牙 等 国 。 鲜 销 农 产 品 做 电 商 必 须 要',
    '“高附加值 + 稀缺资源”，我们精品包装的',
    '杨梅刚好适合。',
    '以前发愁卖不动的杨梅，现在每年销售',
    '额就有 300 多万元，实实在在是“富了口',
    '袋”。我们相信，以后，生态种植会越来越',
    '红火。',
    '浙江慈溪市横河镇龙南村杨梅种植户茅',
    '春苗讲述',
    '本报记者 窦瀚洋整理',
    '保护好梯田 美景能生钱',
    '两个人、一匹马、一垄田，这就是我和',
    '老伴在梯田干活时的场面。这几年，就是靠',
    '着梯田搞生态旅游，我们家走上了致富路。',
    '我们老两口都年过六十了，家里还有个',
    '长期患病的女儿。2015年，因为日子过得困',
    '难，我们家成了建档立卡贫困户。',
    '我们龙脊梯田有2000多年的历史，还被',
    '列入了“全球重要农业文化遗产”。以前，',
    '这么好的资源，没有得到很好的开发和保护。',
    '这些地方，要么被撂荒，要么过度开发、产',
    '量低。这些年，村里和旅游公司签订了开发',
    '协议。旅游公司让村民负责种水稻、维护梯',
    '田景观，每年将门票收入按比例给村寨分红。',
    '也就是说，保护好梯田、种好稻谷，就能挣',
    '钱！',
    '那还等啥哩？我把自家的田都种了稻谷，',
    '把邻居闲置的田也种上了。现在，我们这的',
    '变化可大了，通过修坎筑埂、精耕细作，既',
    '得谷子又搞旅游，金山银山就在眼前。',
    '我家的稻田分布在西山韶乐、金佛顶等',
    '3 个景点区域，最高的稻田和寨子的落差有',
    '300 多 米 ， 有 些 地 方 坡 度 接 近 50 度 ， 视 线 很',
    '好。秋天的时候，满眼都是金灿灿的稻子，',
    '美得很，游人也多了。靠着 8 亩多田的年终',
    '分红，再加上红薯、百香果的收入，2017年，',
    '我 们 家 顺 利 脱 贫 摘 帽 。 去 年 ， 我 足 足 赚 了',
    '5.8万元！',
    '生态旅游办起来了，梯田里刨出了金疙',
    '瘩。外孙前不久刚退伍回来，今年我准备让',
    '他把房子装修一下，把农家乐搞起来，过了',
    '这阵子，咱也开门迎迎客。我们老两口还是',
    '打算继续管好梯田，靠我们这双手，保护好',
    '这些美丽的梯田！',
    '广西龙胜各族自治县龙脊镇大寨村潘应',
    '芳讲述',
    '本报记者 张云河整理',
    '山里开民宿 蹚出致富路',
    '去年，我们家开了民宿，游客来我家，',
    '最爱点的菜是腊肉和苗家鱼。新的一年，我',
    '有一个小愿望，就是把这两道菜做得更有特',
    '色，让更多人品尝到地道的苗家味。',
    '绿水青山就是金山银山。这句话，我们',
    '一家人体会最深。',
    '我今年67岁了，年轻时受过伤，没法干',
    '农 活 ， 家 里 只 能 靠 妻 子 石 拔 二 苦 苦 支 撑 。',
    '2014年，村里把我家列为建档立卡贫困户。',
    '那时怎么也没想到，守着大山还能脱贫。',
    '也是在2014年，村里挨家挨户通知，说',
    '咱们十八洞村要发展旅游。2015年开春后，',
    '在扶贫干部的帮助下，我把屋子拾掇一番，',
    '农 家 乐 就 开 张 了 。 到 年 底 算 账 ， 竟 然 挣 了',
    '6000元！',
    '游客来吃饭，都爱和我们聊上几句。我',
    '们十八洞村有层层叠叠的大山、终年不息的',
    '山泉，还有云雾缭绕间的苗屋。原来，这些',
    '都是城里人眼中不可多得的美景。他们来到',
    '十八洞村，就是为了感受原生态的自然美，',
    '体验我们苗族的文化和生活。',
    '游客多了起来，保护生态环境的理念也',
    '慢慢被带进了村里。最明显的，就是垃圾不',
    '再随地乱扔了。整个村子干干净净，空气里',
    '都是草木清香。',
    '环境美起来，才能留得住客。守住十八',
    '洞村的山清水秀，也是为我们自己打开了脱',
    '贫致富的大门。2019年，村里成立的旅游公',
    '司正式运营。我们腾出6间房，办起了民宿，',
    '女儿们每天都会来帮忙。靠经营餐饮、住宿',
    '和销售农产品，这一年，我们家挣了4万元！',
    '湖南湘西土家族苗族自治州花垣县十八',
    '洞村村民杨秀富讲述',
    '本报记者 王云娜整理',
    '版式设计：蔡华伟',
    '新环保法施行五年——',
    '强化法律责任 落实最严保护',
    '2015年1月1日起施行的《中华人民共和',
    '国环境保护法》（以下简称新环保法），被',
    '称为“史上最严环保法”。它进一步明确了',
    '政府对环境保护的监督管理职责，完善了生',
    '态保护红线、污染物总量控制等制度，建立',
    '了按日连续计罚、限产停产等罚则。',
    '违法成本低，是我国环保领域法律法规',
    '长期存在的痼疾。修订后的环保法将强化法',
    '律责任、加大处罚力度作为重点，增设按日',
    '计罚、治安处罚，赋予环保部门查封、扣押',
    '的行政强制权，规定环保部门有权责令超标',
    '或超总量排污的企事业单位限制生产、停产',
    '整 治 等 内 容 。 因 此 ， 新 环 保 法 也 被 认 为 是',
    '“长出了铁齿钢牙”。',
    '新环保法立法亲历者之一、中国人民大',
    '学法学院周珂教授认为，新环保法的“牙齿”',
    '体现在三个方面：一是最严格的生态源头保',
    '护制度，二是最严格的环境损害赔偿制度，',
    '三是最严格的政府环境责任追究制度。',
    '具体来说，过去的环保法基本上采取末',
    '端控制。但新环保法转向了源头控制，本质',
    '上就是要预防和控制环境损害后果的发生。',
    '因此，就要依据环境承载力划出生态红线，',
    '再从这个总量的源头一步步设计下面的制度。',
    '在最严格的环境损害赔偿制度上，除了过去',
    '的民事赔偿救济之外，更主要的是立法要求',
    '将被损害的环境修复到原来的状态。如果造',
    '成的破坏已无法修复，那就要承受比一般民',
    '事赔偿更重的惩罚性赔偿。',
    '在周珂看来，最能体现“最严格”的标',
]


def test_told_by_lines_and_the_design_credit_close_their_story():
    """…潘应 / 芳讲述 and 本报记者 张云河整理 are the section's last paragraphs (the corpus keeps
    all 29 such), not a headline and a byline; 版式设计：蔡华伟 ends the story, so the kicker
    and title under it open the next one and are no crosshead pair."""
    page = baozhi.parse_text(_text(["守护好山水 守望好日子（小康路上·绿色力量）"] + TOLD_SECTIONS))
    assert [a.title for a in page.articles] == ["守护好山水 守望好日子（小康路上·绿色力量）",
                                                "强化法律责任 落实最严保护"]
    first = page.articles[0].paragraphs
    assert "广西龙胜各族自治县龙脊镇大寨村潘应芳讲述" in first and first[-1] == "版式设计：蔡华伟"
    assert any(p.startswith("本报记者") and p.endswith("张云河整理") for p in first)
    assert page.articles[1].paragraphs[0].startswith("2015年1月1日起施行")


def test_flush_crossheads_on_a_page_that_indents_its_paragraphs():
    """tests/data/flush_crossheads_page.txt (人民日报 2020-05-28, page 15, as a helper session laid
    it out in the manner of pdftotext: paragraphs indented by 　　, each section of the
    reporters' notes headed by a flush line and its reporter's name). No heading on the page
    is indented, so flush does not mean headline there: the sections stay one story, where
    the words run on across their headings."""
    with open(os.path.join(HERE, "data", "flush_crossheads_page.txt"), encoding="utf-8") as f:
        page = baozhi.parse_text(f.read())
    assert [a.title for a in page.articles] == ["我当记者跑两会(记者连线)", "中国五冶：复工达产 央企担当"]
    first = page.articles[0].paragraphs
    assert "人大代表心里装着人民" in first and "两会现场感知基层温度" in first



# A story set as a PDF's content stream gives it (body frames first, then the headline frame,
# a blank line between frames), the large-type title broken over two lines by its narrow frame
# (人民日报 2020-05-21, page 1, as a helper session laid it out).
NARROW_FRAME_TITLE = [
    '新华社北京5月20日电 国家主席习近',
    '平5月20日晚同缅甸总统温敏通电话。',
    '',
    '习近平指出，中国发生新冠肺炎疫情',
    '后，缅甸政府和社会各界向中方伸出',
    '援手。缅甸疫情牵动着我们的心。中',
    '方已向缅方捐赠多批抗疫物资，并派',
    '出两批医疗专家组同缅甸医护人员并',
    '肩战斗。这充分体现出两国人民同舟',
    '共济、守望相助的胞波情谊，深刻诠',
    '释了中缅同甘共苦的命运共同体精神。',
    '中方将根据缅方需要，继续提供坚定',
    '支持和力所能及的帮助。相信缅甸人',
    '民一定能最终战胜疫情。中方愿同包',
    '括缅甸在内的国际社会一道，继续支',
    '持世卫组织发挥领导作用，坚定维护',
    '国际公平正义和国际关系基本准则，',
    '携手打赢这场全球公共卫生保卫战。',
    '',
    '习近平强调，今年是中缅建交70周年。',
    '今年1月，我成功访问贵国，我们一',
    '致同意构建中缅命运共同体，开启中',
    '缅关系新时代。希望双方密切配合，',
    '把访问成果落到实处。双方要在做好',
    '疫情防控基础上，稳妥推进各领域交',
    '往合作，推动经济走廊项目取得积极',
    '进展。要用好两国边境联防联控机制，',
    '统筹维护边境和平安宁、疫情防控和',
    '复工复产。',
    '',
    '温敏表示，在你坚强领导下，中国政',
    '府和人民有效防控住疫情，全国经济',
    '社会生活全面复苏，缅方感到高兴。',
    '感谢中方向世卫组织和包括缅甸在内',
    '的其他国家抗击疫情提供支持和帮助。',
    '面对疫情，各国应加强合作，维护国',
    '际正义，维护每个国家的发展权利。',
    '缅中两国之间的良好合作，正是双方',
    '致力于构建缅中命运共同体的写照。',
    '缅方将继续坚定奉行一个中国政策。',
    '缅方愿同中方一道，认真落实习近平',
    '主席今年1月访缅成果，继续深化胞',
    '波情谊及各领域合作，推动缅中全面',
    '战略合作伙伴关系不断发展。',
    '',
    '习近平同缅甸总',
    '统温敏通电话',
]


def test_a_title_broken_inside_a_word_by_its_frame_is_one_title():
    """习近平同缅甸总 / 统温敏通电话: the break falls inside 总统 (the body says 缅甸总统温敏),
    and the second line is no longer than the first: one title, not a kicker over a title."""
    page = baozhi.parse_text(_text(NARROW_FRAME_TITLE))
    assert [(a.title, a.subtitles) for a in page.articles] == [("习近平同缅甸总统温敏通电话", [])]


def test_a_kicker_in_smaller_type_never_runs_on_into_its_title():
    """In a PDF the kicker 孙春兰率中央指导组指导督导 (14 pt) stands over the title
    加强武汉以外市州患者救治工作 (22 pt); the body says …指导督导加强武汉以外… (a real page of
    2020-02, typeset by tests/realistic.py), so the words meet across the break, but lines of
    two type sizes are two headlines: the title is the large one."""
    from types import SimpleNamespace
    from baozhi.layout.assemble import _headline
    from baozhi.layout.units import Unit
    feats = [SimpleNamespace(text="孙春兰率中央指导组指导督导"), SimpleNamespace(text="加强武汉以外市州患者救治工作")]
    lines = [SimpleNamespace(size=14.0), SimpleNamespace(size=22.0)]
    body = "中央指导组26日下午召开视频会议，指导督导加强武汉以外市州患者救治"     # the page's own words
    assert _headline(Unit("head", [0, 1]), feats, lines, body) == ("加强武汉以外市州患者救治工作", ["孙春兰率中央指导组指导督导"])



# A picture report closed by who supplied its picture, then the next story with its title and
# letter-spaced subtitle (real lines of 人民日报 2020-02-04 as tests/realistic.py lays them out).
SUPPLIED_PICTURE = [
    '图 片 报 道',
    '2月3日，肯尼亚华侨华人向武汉抗击',
    '疫情一线捐赠的医用物资搭乘南航航班从',
    '内罗毕起飞。这批医用物资包括口罩、防',
    '护服、手套等国内急需物资，主要由肯尼',
    '亚中华总商会和肯尼亚江苏商会联合发起',
    '组织。图为内罗毕各商会工作人员及志愿',
    '者正在装卸物资。',
    '肯尼亚中华总商会供图',
    '泰国联合用药治愈一例新型冠状病毒感染者',
    '治 疗 方 案 仍 需 验 证',
    '据新华社曼谷2月3日电（记者汪瑾、',
    '任芊）据泰国公共卫生部官网 2 日发布的',
    '消息称，一名新型冠状病毒感染者在泰国',
    '接受抗流感病毒药和抗艾滋病病毒药的联',
    '合用药后，48小时内病情转好，随后的新',
    '型冠状病毒检测结果为阴性。该患者的医',
    '疗团队强调，尚不能确定这种治疗方案适',
    '用于所有患者。',
    '据泰国媒体此前报道，这名70多岁的',
    '新型冠状病毒感染者来自中国武汉。曼谷',
    'Rajavithi 医院的医疗团队对其使用联合',
]


def test_a_supplied_by_credit_closes_its_picture_report():
    """肯尼亚中华总商会供图 under a caption is the picture report's last paragraph (the corpus
    keeps all 9 such lines as paragraphs), not a kicker over the next story's title."""
    page = baozhi.parse_text(_text(SUPPLIED_PICTURE))
    assert len(page.articles) == 2 and page.articles[0].title == "图片报道"
    assert page.articles[0].paragraphs[-1] == "肯尼亚中华总商会供图"
    second = page.articles[1]
    assert "泰国联合用药治愈一例新型冠状病毒感染者" in [second.title] + second.subtitles



# A page of written local news (tests/simulate.py, held-out articles, seed 3, page 89; its
# headlines after their bodies): an untitled 本报讯 item, then a 新华社 dispatch in a column of
# another width whose words are the item's (a town's trade figures).
UNTITLED_THEN_DISPATCH = [
    '\u3000\u3000本 报 讯 （ 记 者 贾 明 通 讯 员',
    '白雪）清晨七点半，永昌县城关',
    '镇北海子社区网格员刘玉梅已经',
    '走在入户走访的路上。“哪家老',
    '人需要帮忙代购，哪户水管漏了，',
    '我心里都有一本账。”她说。',
    '\u3000\u3000去年以来，永昌县把全县划',
    '分 为 426 个 网 格 ， 配 备 专 兼 职 网',
    '格员 860 名，建立“网格吹哨、',
    '部门报到”工作机制，累计收集',
    '解 决 群 众 诉 求 1.2 万 件 ， 办 结 率',
    '达到98.6%。',
    '\u3000\u3000县委政法委负责人介绍，下',
    '一步将依托大数据平台，推动网',
    '格事项“一网统管”，让群众的',
    '烦心事在家门口就能解决。',
    '永昌县推行网格化服务管理纪实',
    '“小网格”撬动基层“大治理”',
    '\u3000\u3000本 报 讯 （ 记 者 高 原 ） 走 进 桂 林',
    '路街道新华社区，新铺的沥青路面平',
    '整宽阔，楼道里的声控灯一踩就亮，',
    '墙面也重新粉刷一新。',
    '\u3000\u3000“以前一下雨，院子里全是积水，',
    '现在再也不用蹚水出门了。”68岁的',
    '居民李秀兰说。今年，金川区共改造',
    '老旧小区32个，惠及居民5600余户。',
    '\u3000\u3000街道负责人介绍，改造前，社区',
    '通过入户走访、议事会等方式征求意',
    '见1200多条，把加装电梯、增设停车',
    '位、建设口袋公园等群众最关心的事',
    '项纳入改造清单。',
    '老旧小区改造，居民满意吗？',
    '——来自金川区桂林路街道的调查',
    '\u3000\u3000本 报 讯 （ 记 者 蒋 琳 ） 记 者',
    '从市市场监管局获悉，今年上半',
    '年 ， 全 市 新 登 记 各 类 市 场 主 体',
    '8600户，同比增长13.4%。截至6',
    '月 底 ， 全 市 实 有 市 场 主 体 达 到',
    '7.86万户。',
    '\u3000\u3000其中，新登记企业1920户，',
    '增长 18.7% ；新登记个体工商户',
    '6580 户 ， 增 长 11.9% 。 新 登 记 市',
    '场 主 体 中 ， 第 三 产 业 占 比 达 到',
    '84.2% ， 批 发 零 售 、 住 宿 餐 饮 、',
    '信息技术服务等行业增长较快。',
    '\u3000\u3000新 华 社 兰 州 4 月 18 日 电 （ 记 者 张 文',
    '博 ） 记 者 从 兰 州 海 关 获 悉 ， 今 年 一 季',
    '度 ， 甘 肃 省 货 物 贸 易 进 出 口 总 值 达 到',
    '153.6 亿元，同比增长 8.1% 。其中，出',
    '口48.2亿元，增长12.5%；进口105.4亿',
    '元，增长6.2%。',
    '\u3000\u3000从贸易伙伴看，甘肃对“一带一路”',
    '共建国家进出口98.7亿元，增长10.3%，',
    '占同期外贸总值的 64.3% 。镍、钴、锂',
    '电池材料等产品出口保持较快增长。',
    '全省一季度外贸进出口增长8.1%',
]


def test_a_dispatch_in_a_new_column_is_no_run_on_of_the_story_above():
    """新 华 社 兰 州 4 月 18 日 电… opens a body in a column of another width: a story of its
    own, though its words run on from the untitled item above (both are trade figures)."""
    page = baozhi.parse_text(_text(UNTITLED_THEN_DISPATCH))
    assert [a.title for a in page.articles] == ["“小网格”撬动基层“大治理”", "老旧小区改造，居民满意吗？", None,
                                                "全省一季度外贸进出口增长8.1%"]


def test_who_presided_is_the_subtitle_under_a_meeting_title():
    """全国政协召开双周协商座谈会 / 围绕“加快推进工业互联网建设”协商议政 汪洋主持 (人民日报
    2020-05-01): a line ending on who presided is the subtitle, the meeting the title, though
    a kicker over a title is the commoner pair of two lines."""
    para = ("本报北京4月30日电（记者易舒冉）十三届全国政协第35次双周协商座谈会30日在京召开。"
            "中共中央政治局常委、全国政协主席汪洋主持会议。")
    lines = ["全国政协召开双周协商座谈会", "围绕“加快推进工业互联网建设”协商议政 汪洋主持"] + _dump([para], 16)
    page = baozhi.parse_text(_text(lines))
    assert page.articles[0].title == "全国政协召开双周协商座谈会"
    assert page.articles[0].subtitles == ["围绕“加快推进工业互联网建设”协商议政 汪洋主持"]


def test_two_decks_beside_a_kicker_are_one_title():
    """王晨强调 / 加大全民普法力度 / 积极营造良好法治环境 (人民日报 2020-05-13), the title's two decks
    on lines of their own under a kicker that says so: one title, as printed; likewise two
    short decks over a ——subtitle."""
    para = ("本报北京5月12日电  中共中央政治局委员、中国法学会会长王晨12日在京出席由中国法学会、司法部、"
            "共青团中央共同举办的“2020年青年普法志愿者法治文化基层行”电视电话会议并讲话。")
    page = baozhi.parse_text(_text(["王晨强调", "加大全民普法力度", "积极营造良好法治环境"] + _dump([para], 16)))
    assert page.articles[0].title == "加大全民普法力度 积极营造良好法治环境"
    assert page.articles[0].subtitles == ["王晨强调"]
    page = baozhi.parse_text(_text(["沧海横流显本色", "战“疫”一线党旗红",
                                    "——全国各领域基层党组织和广大党员奋力打好疫情防控阻击战"] + _dump([para], 16)))
    assert page.articles[0].title == "沧海横流显本色 战“疫”一线党旗红"


def test_a_headline_centred_as_the_pages_headlines_are():
    """A dump that parts paragraphs by blank lines and centres every headline in its column
    sets its crossheads flush (人民日报 2020-05-03, page 7, as a helper session laid it out:
    洞天福地 / 如画织金 centred between two stories of tourism, 一城 古与今的交汇 flush). A
    heading between two bodies centred as the page's first headline is is a headline, even
    where the two stories share their words; a flush one stays a crosshead."""
    def centred(h, w):
        return " " * (2 * ((w - len(h)) // 2)) + h

    def block(paras, w=16):
        out = []
        for p in paras:
            out += simulate.typeset(p, w, random.Random(w), indent=0.0) + [""]
        return out
    lines = ([centred("凝心聚力战疫情", 16), ""] + block(LEAD[:1]) + ["反应迅速", ""] + block(LEAD[1:])
             + [centred("歌声传递力量", 16), ""] + block(MORE))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "歌声传递力量"]
    assert page.articles[0].paragraphs == LEAD[:1] + ["反应迅速"] + LEAD[1:]
    assert page.articles[1].paragraphs == MORE


def test_a_crosshead_on_a_page_whose_blank_lines_part_its_blocks():
    """Some exports set a blank line over every headline block and under it, and nowhere
    else (helper sessions' justified and pdftotext-like styles). A heading between two
    bodies with no blank line over or under it is then a crosshead, even where the story
    goes on in a column of another width after it, and a body with no blank line over it
    goes on with the one before; a blank line over a heading opens a story."""
    lines = (["凝心聚力战疫情（艺文观察）", ""] + _dump(LEAD, 15) + ["反应迅速"] + _dump(MORE, 19)
             + ["", "民法典标注制度文明新高度（人民时评）", ""] + _dump(OTHER, 17) + ["", "合作共赢（国际论坛）", ""]
             + _dump(OTHER[::-1], 16))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情（艺文观察）", "民法典标注制度文明新高度（人民时评）", "合作共赢（国际论坛）"]
    assert page.articles[0].paragraphs == LEAD + ["反应迅速"] + MORE
    # a story going on in a column of another width, with no heading and no blank line
    lines = (["凝心聚力战疫情（艺文观察）", ""] + _dump(LEAD, 15) + _dump(OTHER, 19)
             + ["", "合作共赢（国际论坛）", ""] + _dump(MORE, 16) + ["", "民法典标注制度文明新高度（人民时评）", ""]
             + _dump(OTHER[::-1], 17))
    page = baozhi.parse_text(_text(lines))
    assert [a.paragraphs for a in page.articles] == [LEAD + OTHER, MORE, OTHER[::-1]]


def test_a_title_wrapped_before_its_column_tag():
    """在家就医，困难群众享 / 便利（一线探民生）: a narrow frame breaks the title a word before
    its column's tag (人民日报 2020-05-12, page 12, as a helper session laid it out in content-
    stream order). A tag after a word or two closes the title they end: one title, under
    its kicker."""
    lines = ["新疆组建千余支流动医疗队上门诊疗", "在家就医，困难群众享", "便利（一线探民生）"] + _dump(LEAD, 15)
    page = baozhi.parse_text(_text(lines))
    a = page.articles[0]
    assert a.title == "在家就医，困难群众享便利（一线探民生）"
    assert a.subtitles == ["新疆组建千余支流动医疗队上门诊疗"]


def test_a_column_tag_on_a_line_of_its_own():
    """A narrow frame puts the title's column tag on a line of its own (数字经济蓬勃发展 /
    （统筹抓好改革发展稳定各项工作）, 人民日报 2020-05-16, page 6, as a helper session laid it
    out in content-stream order): it closes the title. A line in brackets that dates a
    document stays its subtitle."""
    lines = ["数字经济蓬勃发展", "（统筹抓好改革发展稳定各项工作）"] + _dump(LEAD, 15)
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "数字经济蓬勃发展（统筹抓好改革发展稳定各项工作）" and a.subtitles == []
    lines = ["中国人民政治协商会议第十三届全国委员会第三次会议政治决议",
             "（2020年5月27日政协第十三届全国委员会第三次会议通过）"] + _dump(LEAD, 15)
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "中国人民政治协商会议第十三届全国委员会第三次会议政治决议"
    assert a.subtitles == ["（2020年5月27日政协第十三届全国委员会第三次会议通过）"]


def test_a_section_heading_in_two_runs_signed_by_its_reporter():
    """A blank-line dump of a composite story whose sections each open on a figure's summary,
    a crosshead and the section's reporter (1—3月湖北省共支出社会救助金44.5亿元， / 覆盖37519人 /
    “爱心礼包”加固底线 / 本报记者 程远州: 人民日报 2020-05-15, page 19, as a helper session laid it
    out): the two runs are read together, and with the byline under them they sign a section
    of the story, not a new story."""
    def block(paras, w=16):
        out = []
        for p in paras:
            out += simulate.typeset(p, w, random.Random(w), indent=0.0) + [""]
        return out
    lines = (["凝心聚力战疫情", ""] + block(LEAD) + ["全国已推送战疫公益歌曲", "154首", "", "音乐作品占比较高", "",
                                                   "本报记者 程远州", ""] + block(MORE))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情"]
    assert page.articles[0].paragraphs[-len(MORE):] == MORE


def test_a_footer_and_its_blank_line_inside_a_paragraph():
    """A page footer read between two columns of an article, with the blank line a page or
    column break leaves after it (人民日报 2020-05-04, page 2, as a helper session laid it
    out: …产值近 / 　第2版 / (blank) / 10亿元，…): the footer fills the edition and the blank line
    under it parts nothing, so the paragraph runs on."""
    lines = (["人民日报　　2020年5月4日　星期一　　第2版", "", "　　　　海上又是丰收季", ""]
             + ["　　近日，福建省宁德市霞浦县迎来海带收获季，工人驾驶着舢板驶向养殖区",
                "收割海带。这是海带养殖户一年之中最辛苦忙碌的时候。收割、晾晒，海面上",
                "船来船往，一派繁忙景象。",
                "　　作为中国海带之乡，霞浦全县养殖海带8.4万亩，产量16.3万吨，产值近",
                "　　　　　　　　　　　　　　　第2版", "",
                "10亿元，海带养殖已成为当地群众增收致富的支柱产业。", "",
                "　　　　驰援湖北的精锐力量", ""] + _dump(LEAD, 34, "　　"))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["海上又是丰收季", "驰援湖北的精锐力量"]
    assert page.articles[0].paragraphs[-1] == "作为中国海带之乡，霞浦全县养殖海带8.4万亩，产量16.3万吨，产值近10亿元，海带养殖已成为当地群众增收致富的支柱产业。"


def test_a_headline_wrapped_over_many_lines_of_a_narrow_column():
    """A copy of a mobile e-paper wraps a kicker, a title in three decks and a subtitle to a
    column of a dozen characters (人民日报 2020-05-01, page 1, as a helper session laid it
    out): eight headline lines over one story, which the line walker reads as two runs. They
    are one headline: every line of it is the story's, none left over in `unassigned`."""
    heads = ["习近平给郑州圆方集团职工", "回信勉励广大劳动群众", "弘扬劳动精神", "克服艰难险阻",
             "在平凡岗位上续写不平凡的", "故事", "向全国各族劳动群众致以节", "日的问候"]
    lines = ["习近平同捷克总统泽曼通电", "话"] + _dump(OTHER, 12, "  ") + [""] + heads + _dump(LEAD, 12, "  ")
    page = baozhi.parse_text(_text(lines))
    assert [a.paragraphs for a in page.articles] == [OTHER, LEAD]
    a = page.articles[1]
    assert sorted("".join([a.title] + a.subtitles).replace(" ", "")) == sorted("".join(heads))
    assert not [u for u in page.unassigned if u["role"] == "headline"]


def test_a_title_in_decks_between_its_kicker_and_subtitle():
    """Each deck of a title on a line of its own between a kicker and a subtitle (人民日报
    2020-05-01, page 1, in a narrow column): the decks together are the title."""
    heads = ["李克强主持召开中央应对新冠肺炎疫情工作领导小组会议", "部署突出重点落实常态化防控措施", "周密做好“五一”",
             "假期防控工作", "有力保障经济社会秩序有序恢复", "王沪宁出席"]
    page = baozhi.parse_text(_text(heads + _dump(LEAD, 15)))
    a = page.articles[0]
    assert a.title.replace(" ", "") == "部署突出重点落实常态化防控措施周密做好“五一”假期防控工作有力保障经济社会秩序有序恢复"
    assert a.subtitles == ["李克强主持召开中央应对新冠肺炎疫情工作领导小组会议", "王沪宁出席"]


def test_stories_of_one_topic_parted_by_blank_lines_in_an_export():
    """A word processor's export sets each paragraph on one line, a headline on its own line,
    and a blank line only between stories (人民日报 2020-05-10, page 6, as a helper session
    laid it out). Two stories of one topic share their words, but the blank line over the
    second headline parts them; a crosshead with none over it stays in its story."""
    lines = (["人民日报", "2020年5月10日　星期日　第6版", "", "凝心聚力战疫情"] + LEAD[:1] + ["反应迅速"] + LEAD[1:]
             + ["", "歌声传递力量"] + MORE + ["", "民法典标注制度文明新高度"] + OTHER)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "歌声传递力量", "民法典标注制度文明新高度"]
    assert page.articles[0].paragraphs == LEAD[:1] + ["反应迅速"] + LEAD[1:]


def test_titles_wrapped_by_the_column_of_their_story():
    """A copy of a mobile e-paper sets every headline in its story's own narrow column, so a
    long title breaks wherever the column ends (外逃职务犯罪嫌疑人钱建芬 / 回国投案; 人民日报 May
    2020 pages as a helper session laid them out): on a page whose headline lines never pass
    their column and often fill it, a line that fills it runs on into the next. (Half the
    pages of that style leave a blank line under each headline, as here.)"""
    lines = (["外逃职务犯罪嫌疑人钱建芬", "回国投案", ""] + _dump(LEAD, 12, "  ")
             + ["全国政协领导同志分别参加", "全国政协十三届三次会议分", "组讨论", ""] + _dump(MORE, 12, "  ")
             + ["中印尼政党举行抗疫经验视", "频交流会", ""] + _dump(OTHER, 12, "  ")
             + ["数字化展览带来文化新体验", ""] + _dump(LEAD[::-1], 12, "  "))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["外逃职务犯罪嫌疑人钱建芬回国投案", "全国政协领导同志分别参加全国政协十三届三次会议分组讨论",
                                               "中印尼政党举行抗疫经验视频交流会", "数字化展览带来文化新体验"]


def test_a_web_copys_source_line_is_furniture():
    """A copy of the paper's web edition closes the page on its source,
    （来源：人民日报 2020年02月11日 第02版） (as a helper session laid February pages out): page
    furniture that fills the edition, not the last paragraph of the last story."""
    lines = ["再接再厉 英勇斗争", ""] + LEAD + ["", "（来源：人民日报 2020年02月11日 第02版）"]
    page = baozhi.parse_text(_text(lines))
    assert page.articles[0].paragraphs == LEAD
    assert (page.edition.newspaper, page.edition.date, page.edition.page_number) == ("人民日报", "2020-02-11", "02")


# A page in an OCR-like style (人民日报 2020-05-19, page 10, as a helper session laid it out).
OCR_PAGE = ["旅游市场稳步回暖(统筹抓好改革发展稳定各项工作)", "今年5月19日是第十个“中", "国旅游日”。 随着 气温升高，",
            "在做好常态化疫情防控的前", "提下，旅游业也在逐步升温:", "群众出游意愿提升、旅游惠", "民措施多、预约游览更安全,",
            "人们的旅游热情正在释放。", "", "    有序恢复 提质升级（快评）", "“宅家过后你第一件事想做什么?”",
            "不少网友的回答是“我 要去旅游” 。", "随着疫情防控形势向好,人们开", "始走出家门,享受旅游的快乐；",
            "在做好常态化疫情防控的前提下，", "旅游企业积 极复工复产， 旅游市", "场正稳步回暖。",
            "线上旅游热情提升，一些景区借", "助云服务为公众带来新体验。", "“VR游”“直播游”“云观景”，",
            "数字文旅产品吸引更多游客参与。", "线下旅游逐渐恢复，优化服务保", "障安全。乡村游、民宿游、周边",
            "游,特色旅游线路受到游客欢迎；", "景点采取预约、限流等方式有序", "开放,大数据客流预警引导游客",
            "理性出行……疫情防控也在倒逼", "景区智慧化建设加速。", "旅游市场有序恢复，消费提质升",
            "级。旅游企业只有练好内功、创", "新服务,才能更好满足群众美好", "生活和精 神文化需求 ,给人们带",
            "来更好的“诗和远方”。"]


def test_a_tagged_headline_set_in_by_a_few_spaces():
    """An OCR-like dump sets a headline in by a few spaces, too few to read as centred, and
    indents no paragraph (人民日报 2020-05-19, page 10, as a helper session laid it out): a
    set-in line closing on a column's tag is a headline there, not a paragraph's first."""
    lines = ["              " + OCR_PAGE[0]] + OCR_PAGE[1:]
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["旅游市场稳步回暖(统筹抓好改革发展稳定各项工作)", "有序恢复 提质升级（快评）"]


def test_headlines_set_in_do_not_make_a_page_that_indents():
    """The same OCR-like page with both headlines set in by two cells: on a page of thirty
    lines two set-in lines would make it read as one that marks its paragraphs by indent,
    where a flush line opens no paragraph. A set-in line half as wide again as the lines
    under it is a headline's, and does not count."""
    lines = ["    " + OCR_PAGE[0]] + OCR_PAGE[1:]
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["旅游市场稳步回暖(统筹抓好改革发展稳定各项工作)", "有序恢复 提质升级（快评）"]
    assert page.articles[0].paragraphs[0].startswith("今年5月19日")


def test_a_paragraph_going_on_past_a_closed_first_line():
    """A pdftotext-like dump indents every paragraph by 　　 (人民日报 2020-05-13, page 19, as a
    helper session laid it out): a paragraph whose first line closes on a quotation
    (　　“门店到家服务真的很方便。”) goes on in a flush line that fills the column
    (张晓芳说，去超市采购，往往需要大包 / …) and closes on a sentence's end: one paragraph,
    not a headline over the rest."""
    lines = ["线上随时下单 门店随时送货（消费视窗）", "　　所谓门店到家服务，是指一些实体", "商场、超市面向周边社区、线上线下融",
             "合开展的“送货上门”服务。从形式上", "看，门店到家是一种网上购物方式，但", "又不同于一般电商平台。",
             "　　“门店到家服务真的很方便。” ", "张晓芳说，去超市采购，往往需要大包", "小包往回拎，“比如大米，一包20斤的",
             "大米从超市扛回家，对我来说并不容易；", "现在只需在手机上点两下，门店就直接", "送货上门，再也不用自己大包小包往家",
             "扛了。”", "　　送货快、能够解决应急需求，是门", "店到家服务的主要优势。前不久，张晓", "芳一个人在家带孩子，临近饭点，才发",
             "现宝宝常吃的奶粉没有了。"]
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["线上随时下单 门店随时送货（消费视窗）"]
    assert [p[:6] for p in page.articles[0].paragraphs] == ["所谓门店到家", "“门店到家服", "送货快、能够"]


def test_a_letter_spaced_title_whose_tag_is_spread_too():
    """守 望 相 助 / 携 手 前 行 （ 大 使 随 笔 ）: a title in two decks, each letter-spaced, the
    column's tag spread with them (人民日报 2020-02-11, page 3, as a helper session laid it
    out): the spaces go, and the two decks are one title."""
    lines = ["守 望 相 助", "携 手 前 行 （ 大 使 随 笔 ）"] + _dump(LEAD, 15)
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title.replace(" ", "") == "守望相助携手前行（大使随笔）" and a.subtitles == []


def test_a_long_title_wrapped_between_two_words():
    """王毅将赴德国出席第五十六届慕尼黑安全 / 会议并举行第五轮中德外交与安全战略对 / 话: a long title
    wrapped to its measure (人民日报 2020-02-13, page 3, as a helper session laid it out), the
    first break between two words of a name the story uses twice (慕尼黑安全会议). The words
    across the break, four characters found twice in the page's text, carry the line on; a
    kicker and its title meeting in a phrase the text uses once do not."""
    body = ["外交部发言人耿爽12日宣布：应慕尼黑安全会议主席伊申格尔和德国外长马斯邀请，国务委员兼外长王毅将于2月13日至15日"
            "赴德国出席第五十六届慕尼黑安全会议，之前还将同马斯共同举行第五轮中德外交与安全战略对话。"]
    lines = (["王毅将赴德国出席第五十六届慕尼黑安全", "会议并举行第五轮中德外交与安全战略对", "                话", ""]
             + simulate.typeset(body[0], 18, random.Random(18), indent=0.0) + [""])
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "王毅将赴德国出席第五十六届慕尼黑安全会议并举行第五轮中德外交与安全战略对话" and a.subtitles == []


def test_a_blank_line_paragraph_whose_first_line_closes():
    """Where blank lines part paragraphs, a block of lines is a paragraph even when its first
    line closes on a quotation's ！ (“我刚在西柿路一家药店买了口罩，要30元一只！ / 价格也太高了，
    你们快去查查吧。”…; 人民日报 2020-02-19, page 12, as a helper session laid it out), not
    a headline over the rest."""
    def block(paras, w=20):
        out = []
        for p in paras:
            out += simulate.typeset(p, w, random.Random(w), indent=0.0) + [""]
        return out
    quote = ["“我刚在西柿路一家药店买了口罩，要30元一只！价格也太高了，你们快去查查吧。”前不久，南京市民王女士就自己的遭遇"
             "在市场监管局12315热线中抱怨道。"]
    lines = (["凝心聚力战疫情", ""] + block(LEAD) + ["严查涨价", "", "一张30万元的罚单", "",
                                                 "“我刚在西柿路一家药店买了口罩，要30元一只！", "价格也太高了，你们快去查查吧。”前不久，南京",
                                                 "市民王女士就自己的遭遇在市场监管局12315热线", "中抱怨道。", ""] + block(MORE))
    page = baozhi.parse_text(_text(lines))
    assert all(not (a.title or "").startswith("“我刚在") for a in page.articles)
    assert any(quote[0] in a.paragraphs for a in page.articles)


def test_a_place_over_its_title_is_the_titles_first_deck():
    """浙江 / 产销对接齐发力（…）: a place of two or three characters over a longer line is the
    title's first deck, broken at its gap (人民日报 2020-02-05, page 4, a column of such
    reports); 山东法院 over its title, four characters, stays a kicker, as the corpus has it."""
    body = _dump(LEAD, 15)
    lines = ["浙江", "产销对接齐发力（统筹抓好改革发展稳定各项工作）"] + body
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "浙江 产销对接齐发力（统筹抓好改革发展稳定各项工作）" and a.subtitles == []
    lines = ["山东法院", "网上“面对面”审案解纠纷"] + body
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "网上“面对面”审案解纠纷" and a.subtitles == ["山东法院"]


LETTER = ["你好！在中国抗击新冠肺炎疫情的关键时刻，你和夫人领导的基金会慷慨解囊，你给我写信表示支持，我对此表示赞赏。",
          "我也期待国际社会加强协调，为维护人类健康福祉而一起努力。"]


def test_a_letters_signature_and_date_close_it():
    """中华人民共和国主席 习近平 / 2020年2月20日 under a letter: paragraphs of its article (as
    GOLD.md keeps every printed line), never a headline; the letter's source under the date,
    （新华社北京2月22日电） wrapped, is a paragraph of the story whose dispatch opens under it."""
    lines = (["习近平给比尔·盖茨回信"] + _dump(LETTER, 15, "　　")
             + ["中华人民共和国主席 习近平", "2020年2月20日", "（新华社北京2月22", "日电）"]
             + _dump(["新华社北京2月22日电 国家主席习近平2月20日给美国盖茨基金会联席主席比尔·盖茨回信，感谢他和盖茨基金会对中国防控新冠肺炎疫情工作的支持。",
                      "习近平在回信中说，在中国抗击新冠肺炎疫情的关键时刻，你和夫人领导的基金会慷慨解囊，你给我写信表示支持，我对此表示赞赏。"], 15, "　　"))
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    a = page.articles[0]
    assert a.title == "习近平给比尔·盖茨回信"
    assert [p.replace(" ", "") for p in a.paragraphs[2:5]] == ["中华人民共和国主席习近平", "2020年2月20日",
                                                             "（新华社北京2月22日电）"]
    assert a.paragraphs[5].startswith("新华社北京2月22日电")


def test_a_notices_signature_over_its_date_is_no_headline():
    """国务院应对新型冠状病毒 / 感染肺炎疫情联防联控机制 / 2020年2月21日 under a notice, the next
    story's headline under them: the signer and the date end the notice."""
    lines = (["关于印发企事业单位复工复产疫情防控措施指南的通知"] + _dump(LEAD, 15, "　　")
             + ["国务院应对新型冠状病毒", "感染肺炎疫情联防联控机制", "2020年2月21日",
                "民法典标注制度文明新高度"] + _dump(OTHER, 15, "　　"))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["关于印发企事业单位复工复产疫情防控措施指南的通知", "民法典标注制度文明新高度"]
    assert page.articles[0].paragraphs[-1] == "2020年2月21日"


def test_a_short_line_over_a_tagged_deck_is_the_titles_first_deck():
    """公安民警 / 用忠诚担当守护平安（来自疫情防控一线的报道）: over a title's deck that ends on
    its column's tag, a line of eight characters or fewer is the first deck (corpus 389 titles,
    12 kickers); a longer line is a kicker (167 to 5), and a mail address is neither."""
    body = _dump(LEAD, 15)
    a = baozhi.parse_text(_text(["公安民警", "用忠诚担当守护平安（来自疫情防控一线的报道）"] + body)).articles[0]
    assert a.title == "公安民警 用忠诚担当守护平安（来自疫情防控一线的报道）" and a.subtitles == []
    a = baozhi.parse_text(_text(["中南医院4名医护人员治愈后主动返岗", "“抢回被耽误的时间”（来自疫情防控一线的报道）"]
                                + body)).articles[0]
    assert a.title == "“抢回被耽误的时间”（来自疫情防控一线的报道）"
    assert a.subtitles == ["中南医院4名医护人员治愈后主动返岗"]


def test_a_one_story_page_whose_only_blank_line_sets_its_headline_apart():
    """A dump that parts its blocks by blank lines (pdftotext's way) and shows one only
    between the page's header and its first headline holds one story: a heading further down
    with no blank line over it is a section's crosshead (a composite feature, 凝心聚力 稳住经济基本盘
    with its 交通先行… sections), however its words change. Without the blank line the same
    lines are two stories (test_a_headline_between_two_stories_of_one_width)."""
    text = ["凝心聚力战疫情"] + _dump(MUSIC, 15) + ["民法典标注制度文明新高度"] + _dump(LAW, 15)
    page = baozhi.parse_text(_text(["2020年5月21日 星期四 第10版 经济", ""] + text))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情"]
    assert "民法典标注制度文明新高度" in page.articles[0].paragraphs
    page = baozhi.parse_text(_text(["2020年5月21日 星期四 第10版 经济"] + text))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情", "民法典标注制度文明新高度"]


def test_a_first_line_parted_by_a_justification_space_is_no_title_in_decks():
    """中国商务部数据 显示,今年一季 under a headline, an OCR's space in the middle: two halves of
    one length, but a deck holds no comma (1 of the corpus's 332 two-deck titles), so the
    line opens the body rather than joining the headline."""
    from baozhi.layout.cues import decks
    assert decks("优化融资对接机制", "提高金融服务质效") and not decks("中国商务部数据", "显示,今年一季")
    lines = ["共建一带一路 推动区域发展", "中国商务部数据 显示,今年一季", "度,中国企业对52个“一带一路”",
             "相关国家非金融类直接投资达42", "亿美元，同比增长11.7%。面对", "新冠肺炎疫情严峻考验，中国与",
             "沿线国家守望相助。"]
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "共建一带一路 推动区域发展" and a.subtitles == []
    assert a.paragraphs[0].startswith("中国商务部数据")


def test_a_line_set_in_three_cells_is_centred():
    """我国建立自主技术的气象事业“芯片” / 靠它，天气预报更靠谱 set in by four and six spaces
    over a body set flush (an OCR-like copy of 人民日报 2020-05-06, page 12): six spaces, three
    cells, are past any paragraph's indent, so the second line is the headline's, centred
    under the first, not the first line of a story of its own."""
    page = baozhi.parse_text(OCR_CENTRED)
    a = next(a for a in page.articles if a.paragraphs and a.paragraphs[0].startswith("阴晴雨雪"))
    assert {a.title, *a.subtitles} == {"我国建立自主技术的气象事业“芯片”", "靠它，天气预报更靠谱"}
    assert not any(x.title == "靠它，天气预报更靠谱" for x in page.articles if x is not a)


OCR_CENTRED = """\
（套）瓷器、金银器、铜器、竹
木漆器等。清理出的船体属于我
国古代三大船型的“福船”类型，
是重 要的宋代船体标本。 刘庆柱
说,这艘船所代表的水下考古放
到世界水下 考古史上 都是独 一无
二的，从打捞沉船开始，就采用
了多学科结合的研究方法，考古
与展示同时进行。“我们把这艘
沉船当做 一个聚落单元来做,想
知道船上都装了什么东西，去哪
里，船员是如何生活的，通过它
可以了解宋代高度发展的陶瓷手
工业和繁荣的海洋贸易。这种考
古方法值得推广。”
国家文物局副局长宋新潮表示,
2019 年度重 要考古发 现众多，竞
争激烈，专家们对重要考古发现
的 学术意义取得比较统一的认识，
入围项目的选票结果相对集中。
每一项考古新发现都深化了我们
对于一个学术领域的认识,也为
我们提出了一个新的线索和需要
持续关注的研究方向。

    我国建立自主技术的气象事业“芯片”
      靠它，天气预报更靠谱
阴晴雨雪等天气预报信息，和我们
的日 常生活息息相关。我们每天看
到、听到的气象预测，主要来自
“数值天气预报”，这是基于数学、
物理学方法，利用高性能计算机客
观定量计算未来天气演变的科学技
术。在数值天气预报的基础上，预
报 员 们 再 根 据 自 己 的 经 验 做 出 判 断 ,
加以订正，就形成了我们获得的预
报信息。
2010年4月28日，中国气象局数值
预报中心成立 。经过10 年攻坚 ,我
国数值天气预报不 但 实现 了自主研
"""


def test_who_sat_in_is_the_subtitle_under_a_meetings_title():
    """解放军和武警部队代表团分组审议政府工作报告 / 许其亮张又侠参加审议: who sat in, like who
    presided (…汪洋主持), is the subtitle under the meeting's title, as the corpus has both
    such lines."""
    lines = ["解放军和武警部队代表团分组审议政府工作报告", "许其亮张又侠参加审议"] + _dump(LEAD, 15)
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "解放军和武警部队代表团分组审议政府工作报告" and a.subtitles == ["许其亮张又侠参加审议"]


def test_two_short_lines_under_a_kicker_are_the_titles_two_decks():
    """江苏仪征推行镇纪委委员挂钩联系制 / “娘家人”撑腰 / 监督有底气 (人民日报 2020-05-19,
    page 11): under a line with no cue, two short lines of unequal length are the title's two
    decks, not a title and its subtitle (corpus 33 to 2)."""
    lines = ["江苏仪征推行镇纪委委员挂钩联系制", "“娘家人”撑腰", "监督有底气"] + _dump(LEAD, 15)
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "“娘家人”撑腰 监督有底气" and a.subtitles == ["江苏仪征推行镇纪委委员挂钩联系制"]


def test_a_paragraph_runs_on_across_a_text_boxs_blank_line():
    """pdfminer writes each text box with a blank line under it, so a blank line may fall
    mid-sentence (…全国340多支医 / (blank) / 疗队、4.2万余名医务人员奔赴战…): the paragraph
    runs on across it where the line above fills the column open and the line under it is
    flush in that column; a blank line after a sentence's end still parts what it parts."""
    body = _dump(LEAD + MORE, 15, "　　")
    cut = 3     # inside the first paragraph: its third line is full and open
    assert not body[cut - 1].endswith("。")
    lines = ["凝心聚力战疫情（艺文观察）"] + body[:cut] + [""] + body[cut:]
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["凝心聚力战疫情（艺文观察）"]
    assert page.articles[0].paragraphs == LEAD + MORE


def test_a_figure_drawn_apart_opens_its_paragraph():
    """pdfminer puts a PDF's digits, drawn as objects of their own, on a line of their own:
    这一点出发。 / 1957 / 年，毛泽东同 / 志在…: the figure and the text after it are one
    paragraph's first line, not a headline; under an open line a figure followed by its unit
    (自4月 / 12 / 日以来，) goes on with the sentence, and a lone digit over a heading (1 /
    盼从繁杂事务中抽身) or an address's tail under a note (126.com) is none of these."""
    lines = (["奋力开启计生协改革发展新征程(人民要论)", "　　早在上世纪50年代，毛泽东", "同志强调，我们作计划、办事、",
              "想问题，都要从我国有六亿人口", "这一点出发。", "1957", "年，毛泽东同", "志在最高国务会议第十一次（扩",
              "大）会议上提出，关于计划生育", "问题，“政府可能要设一个部门，", "或者设一个节育委员会，作为政",
              "府的机构”。"])
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["奋力开启计生协改革发展新征程(人民要论)"]
    assert page.articles[0].paragraphs[1].startswith("1957年，毛泽东同志在最高国务会议")


def test_a_web_copys_navigation_and_story_markers():
    """Copied from an e-paper site: a header with bars (人民日报 | 2020-05-22 | 第1版 | 要闻),
    a navigation line (返回目录　上一篇　下一篇) and a marker over each story (No.1, 【2】): the
    header and the navigation are furniture, and no marker is a line of its story's headline."""
    from baozhi.model import Edition
    from baozhi.layout import furniture
    ed = Edition()
    assert furniture.classify("人民日报 | 2020-05-22 | 第1版 | 要闻", ed) == "furniture"
    assert ed.date == "2020-05-22" and ed.page_number == "1" and ed.section == "要闻"
    assert furniture.classify("返回目录　　上一篇　　下一篇", Edition()) == "furniture"
    # (the page's editors in brackets at its foot too; a reporter's credit so bracketed is none)
    assert furniture.classify("（本版责编：杨博、曹娜）", Edition()) == "furniture"
    assert furniture.classify("（本报记者王明）", Edition()) is None
    lines = (["人民日报 | 2020-05-22 | 第1版 | 要闻", "返回目录　　上一篇　　下一篇", "", "No.1", "凝心聚力战疫情（艺文观察）"]
             + _dump(MUSIC, 15, "　　") + ["", "No.2", "民法典标注制度文明新高度（人民时评）"] + _dump(LAW, 15, "　　"))
    page = baozhi.parse_text(_text(lines))
    assert [(a.title, a.subtitles) for a in page.articles] == [("凝心聚力战疫情（艺文观察）", []),
                                                               ("民法典标注制度文明新高度（人民时评）", [])]


def test_a_title_broken_by_a_narrow_frame():
    """A Founder page sets a long title in a narrow frame, four characters a line (中智农产 /
    品贸易稳 / …): two lines of one length in a run of three say a frame broke them, so a
    line of four characters runs on into the next where the characters across the break
    are a word of the story's text (农产品), as longer lines already do."""
    body = ["　　中国和智利农产品贸易稳中有升。今年一季度，中智农产品贸易额同比增长。",
            "　　智利是中国在南美洲的重要农产品贸易伙伴，农产品贸易稳中有升，樱桃等产品深受欢迎。"]
    lines = ["中智农产", "品贸易稳", "中有升"] + _dump([p.strip("　") for p in body], 15, "　　")
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "中智农产品贸易稳中有升" and a.subtitles == []


def test_a_line_ending_on_a_clauses_comma_is_no_headline():
    """No headline line of the corpus's 5,700 ends on ，、or ；. Under a dateline set on a line
    of its own (新华社北京5月21日电 / （记者成欣）, a Founder page as pdftotext gives it), the
    flush lines 外交部发言人赵立坚21日说， / 中方坚决反对美售台武器， / 已向美方提出严正交涉。 are
    the story's first paragraph, not a headline over an untitled story."""
    lines = ["外交部发言人——", "坚决反对美售台武器", "已向美方提出严正交涉", "　　新华社北京5月21日电", "（记者成欣）",
             "外交部发言人赵立坚21日说，", "中方坚决反对美售台武器，", "已向美方提出严正交涉。", "　　当日例行记者会上，有",
             "记者问：美国政府已告知国", "会可能将向台湾出售总价值", "1.8亿美元的先进鱼雷。中", "方对此有何评论？",
             "　　赵立坚说，中方坚决反", "对美售台武器，已向美方提", "出严正交涉。"]
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    a = page.articles[0]
    assert a.title == "坚决反对美售台武器 已向美方提出严正交涉"
    assert a.paragraphs[0] == "外交部发言人赵立坚21日说，中方坚决反对美售台武器，已向美方提出严正交涉。"


def test_a_story_markers_headline_set_in_is_no_paragraph():
    """【1】 / (five spaces) 全军和武警部队实战化演练有序进行 / 东西南北中 练兵不放松（记者探营）: under
    a web copy's story marker the story's headline follows, though its kicker is set in by
    the spaces that indent a paragraph elsewhere on the page."""
    lines = (["人民日报 2020年05月17日 第06版：要闻", "", "【1】", "     全军和武警部队实战化演练有序进行",
              "东西南北中 练兵不放松（记者探营）", ""] + _dump(MUSIC, 20, "　　"))
    a = baozhi.parse_text(_text(lines)).articles[0]
    assert a.title == "东西南北中 练兵不放松（记者探营）" and a.subtitles == ["全军和武警部队实战化演练有序进行"]
    assert a.paragraphs == MUSIC


def test_the_text_under_a_dateline_set_on_lines_of_its_own():
    """本报北京5月19日电 / （记者曲哲涵） set on lines of their own (a Founder page as pdftotext
    gives it), the story's first lines under them set wider than its column: the story's text,
    not a headline over an untitled story."""
    lines = ["中国政府提名金立群为亚投行第二任行长中方候选人", "　　本报北京5月19日电", "（记者曲哲涵）",
             "5月19日，中国财政部部", "长刘昆作为亚洲基础设施", "投资银行（亚投行）中国", "理事，正式提名亚投行现",
             "任行长金立群为亚投行第", "二任行长中方候选人。", "　　根据亚投行章程，亚", "投行行长选举遵循公开、",
             "透明、择优的程序，新行", "长将于2021年1月就任。"]
    page = baozhi.parse_text(_text(lines))
    assert len(page.articles) == 1
    a = page.articles[0]
    assert a.dateline == "本报北京5月19日电（记者曲哲涵）" and a.authors == ["曲哲涵"]
    assert a.paragraphs[0].startswith("5月19日，中国财政部部长刘昆") and a.paragraphs[0].endswith("中方候选人。")


def test_a_heading_over_a_summarys_bullet_is_no_crosshead():
    """习近平会见柬埔寨首相洪森 after its story (headlines after their bodies), then ■ 要在党中央
    集中统一领导下，始终把… : a summary's long bullet opens a story (or follows its 核心阅读),
    never goes on inside one, so the heading between is no crosshead, whatever the words."""
    # (two stories of one vocabulary, so that their words do not tell them apart)
    first = ["习近平强调，要在党中央集中统一领导下，始终把人民群众生命安全和身体健康放在第一位，依法防控。",
             "习近平指出，当前，疫情防控正处于关键时期，依法科学有序防控至关重要，要坚持依法防控。",
             "杨洁篪、王毅、何立峰等参加会见。"]
    second = ["■要在党中央集中统一领导下，始终把人民群众生命安全和身体健康放在第一位，全面提高依法防控、依法治理能力。",
              "■当前，疫情防控正处于关键时期，依法科学有序防控至关重要。疫情防控越是到最吃劲的时候，越要坚持依法防控。",
              "新华社北京2月5日电 中共中央总书记、国家主席习近平5日主持召开中央全面依法治国委员会第三次会议并发表重要讲话。"]
    lines = (_dump(first, 17, "　　") + ["习近平会见柬埔寨首相洪森"] + _dump(second, 17, "　　")
             + ["全面提高依法防控依法治理能力"])
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["习近平会见柬埔寨首相洪森", "全面提高依法防控依法治理能力"]


def test_a_told_by_line_and_its_writer_wrapped_by_the_column():
    """四川凉山彝族自治州普格 / 县大槽乡解拉莫村阿子尔哈讲 / 述 / 本报记者王明峰、通讯员 / 王旭阳整理
    under a section of a story told by several people: the column parts 讲 / 述 and the
    writer's line over two lines; they still close the section and part nothing."""
    told = ["我们家世代居住在四川省普格县大槽乡解拉莫村，村子海拔2500多米，山高路远、交通不便。",
            "今年春节，一家人团圆的日子，心里暖暖的。"]
    more = ["我们村地处高黎贡山深处，过去出村要走好几天的山路，如今公路修到了家门口。",
            "去年全家搬进了新房，日子一天比一天好。"]
    lines = (["我家的脱贫故事（决战脱贫攻坚）"] + _dump(told, 13, "　　")
             + ["四川凉山彝族自治州普格", "县大槽乡解拉莫村阿子尔哈讲", "述", "本报记者王明峰、通讯员", "王旭阳整理"]
             + _dump(more, 13, "　　"))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["我家的脱贫故事（决战脱贫攻坚）"]
    paras = page.articles[0].paragraphs
    assert "四川凉山彝族自治州普格县大槽乡解拉莫村阿子尔哈讲述" in paras and "本报记者王明峰、通讯员王旭阳整理" in paras


def test_summary_lines_under_a_title_stay_over_their_dateline():
    """湖北突发公共卫生事件应急响应下调为二级, then two summary lines set in as paragraphs
    (将继续坚持党政主要负责人直 / 接指挥疫情防控的工作机制, 推进复工复产复市复学常态化 / 精准管理),
    then the dateline: in a dump that keeps its indents the second summary line, over the
    dateline, is no headline of a story of its own (a story ends on a sentence's end)."""
    first = ["“五一”假期首日全国旅游市场总体运行平稳，全国A级旅游景区开放8498家，约占总数的70%。",
             "各地景区严格落实游客流量不超过最大承载量30%的要求，未发现大规模人员聚集情况。"]
    second = ["本报武汉5月1日电（记者吴君）湖北省新冠肺炎疫情防控工作指挥部5月1日召开新闻发布会宣布：自5月2日零时起，湖北省突发公共卫生事件应急响应级别由一级响应调整为二级响应。",
              "降低应急响应级别后，湖北省将继续坚持党政主要负责人直接指挥疫情防控的工作机制。"]
    lines = (["        国内旅游收入近百亿元"] + _dump(first, 15, "　　")
             + ["                湖北突发公共卫生事件应急响应下调为二级",
                "　　将继续坚持党政主要负责人直", "接指挥疫情防控的工作机制",
                "　　推进复工复产复市复学常态化", "精准管理"] + _dump(second, 15, "　　"))
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["国内旅游收入近百亿元", "湖北突发公共卫生事件应急响应下调为二级"]
    a = page.articles[1]
    assert a.paragraphs[:2] == ["将继续坚持党政主要负责人直接指挥疫情防控的工作机制", "推进复工复产复市复学常态化精准管理"]


def test_section_headings_set_in_parallel_but_for_a_character():
    """A feature in three sections, each under its speaker's line and two decks: 脱贫户晏昌平扩大
    养蚕规模 / 产业扶对头 致富不发愁, 种粮大户李玉成拓宽经营门路 / 粮食链条长 收入稳当当, 村支书
    管益泉抓实环卫整治 / 补短板动真格 乡村更宜居. The shapes (12, 5, 5), (13, 5, 5) and (12, 6, 5)
    differ by a character: headings set in parallel all the same, so crossheads of one story,
    though each section's words are its own."""
    sections = [
        (["脱贫户晏昌平扩大养蚕规模", "产业扶对头 致富不发愁"],
         ["时已入夏，但清晨的秦岭深处，仍透着丝丝寒意。晏昌平起个大早，趁妻子徐德美做早饭的工夫，他已上山采完桑叶，用竹篓背回了家。",
          "“凌晨下小雨，打湿了桑叶，蚕直接吃会生病。”晏昌平配好消毒液，把桑叶泡5分钟，捞出来烘干后，才轻轻撒在蚕簸里，“这些‘宝贝疙瘩’得精心伺候，今年的好收成，还靠它！”",
          "晏昌平忙着，徐德美也不得闲。室内温度低，她生起炉火，给春蚕取暖，“太冷蚕儿长不好，太热桑叶枯得快，22度最好！”"]),
        (["种粮大户李玉成拓宽经营门路", "粮食链条长 收入稳当当"],
         ["5月13日一大早，黑龙江桦川县玉成合作社理事长李玉成就在田头忙开了。一望无际的水田里，农机手操纵着插秧机来回穿梭，社员王连发和几个弟兄在后头查看栽插深度。",
          "往年李玉成都会上五常市选购种子，今年不便外出，他过完年就跟熟悉的商家通过视频、电话早早订好了种子化肥，一点也没耽误。"]),
        (["村支书管益泉抓实环卫整治", "补短板动真格 乡村更宜居"],
         ["干净的道路，整齐的房屋，开阔的长廊，彩绘的文化墙……走进山东青岛市即墨区蓝村镇管家屋子村，几位老人在党建文化广场悠然自得地舞着太极扇。",
          "管家屋子村紧邻蓝村火车站，共有村民435人，其中60岁以上的老人70余人，是典型老村。",
          "这些年，虽然生活条件改善，很多人仍保留了烧柴做饭的习惯，家门口堆满柴草，加之垃圾随手扔，一进村，脏、乱、差的印象扑面而来。"]),
    ]
    lines = ["致富靠双手，小康重实干"] + _dump(["小康不小康，关键看老乡。奔向全面小康的路上，乡亲们还有哪些新期盼，记者深入乡村一线，聆听乡亲们的心声。"], 18)
    for heads, body in sections:
        lines += heads + _dump(body, 18)
    page = baozhi.parse_text(_text(lines))
    assert [a.title for a in page.articles] == ["致富靠双手，小康重实干"]
    paras = ["".join(p.split()) for p in page.articles[0].paragraphs]
    assert "种粮大户李玉成拓宽经营门路" in paras and "补短板动真格乡村更宜居" in paras

