"""Real article structure (issue 9): the five real pages that failed, each a kind of fault,
and accuracy gates on pages laid out again from real articles (tests/realistic.py).

The gates' floors are what the parser measured when they were pinned (README, "Accuracy and
speed"); they guard against regression and are far below issue 9's bar (seg_f1 0.97), which
is not met yet. Raise a floor when the parser improves; never lower one to pass."""
import json
import os

import pytest

import baozhi
import realistic
from baozhi import evaluate
from baozhi.layout import credits
from baozhi.layout.furniture import classify
from baozhi.model import Edition

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "data", "cases")
BUNDLED = os.path.join(HERE, "data", "real_articles.jsonl")


def _gold(stem):
    with open(os.path.join(CASES, stem + ".gold.json"), encoding="utf-8") as f:
        return json.load(f)


def _parse(path):
    got = baozhi.parse(path)
    return got, got.to_dict()


@pytest.mark.parametrize("stem", ["text-crosshead-split", "text-orientation-flip"])
def test_text_case_right(stem):
    """A wrapped crosshead and a box label stay paragraphs; a crosshead at the page's end and
    a foot credit do not flip the page's headline order; the credit gives the authors."""
    page, pred = _parse(os.path.join(CASES, stem + ".txt"))
    row = evaluate.score_page(_gold(stem), pred)
    for key in ("seg_f1", "title", "main_title", "authors", "dateline", "kind"):
        assert row[key] == 1.0, (key, row)
    assert row["para_f1"] >= 0.9 and row["cer"] <= 0.01, row
    covered = {n for a in page.articles for n in a.lines} | {u["line"] for u in page.unassigned}
    assert covered == {ln.index for ln in page.lines}      # nothing lost


@pytest.mark.parametrize("stem", ["pdf-crosshead-split", "pdf-footer-in-column-break",
                                  "pdf-trailing-credit-as-headline"])
def test_pdf_case_right(stem):
    """A body-size crosshead is a paragraph; the footer read between two columns cuts no
    paragraph; a foot credit split over two runs ends its story as dateline and authors; a
    line split by a wide justification gap is one line."""
    pytest.importorskip("pypdfium2")
    _, pred = _parse(os.path.join(CASES, stem + ".pdf"))
    row = evaluate.score_page(_gold(stem), pred)
    for key in ("seg_f1", "title", "main_title", "authors", "dateline", "kind"):
        assert row[key] == 1.0, (key, row)
    assert row["para_f1"] >= 0.88 and row["cer"] <= 0.01, row


def test_foot_credit_forms():
    assert credits.parse("（新华社北京1月3日电  记者梅世雄）") == ("（新华社北京1月3日电  记者梅世雄）", ["梅世雄"])
    assert credits.parse("（据新华社巴黎电 记者陈晨）") == ("（据新华社巴黎电 记者陈晨）", ["陈晨"])
    assert credits.parse("（本报伦敦1月19日电）") == ("（本报伦敦1月19日电）", [])
    assert credits.parse("（本报记者刘硕阳、范佳元、孙龙飞）") == (None, ["刘硕阳", "范佳元", "孙龙飞"])
    assert credits.parse("（综合本报记者曲哲涵、陆娅楠报道）") == (None, ["曲哲涵", "陆娅楠"])
    assert credits.parse("（陈玲玲 林娟）") == (None, ["陈玲玲", "林娟"])
    # letter-spaced by justification
    assert credits.parse("（ 新 华 社 北 京 5 月 22 日 电  记 者 齐 中 熙 ）")[1] == ["齐中熙"]
    # a note that is a sentence, a column tag, a jump: no credit
    assert credits.parse("（作者为瑞士驻华大使，本报记者敬宜采访整理）") is None
    assert credits.parse("（人民时评）") is None
    assert credits.parse("（下转第2版）") is None


BODY = ("　　近日，中央军委印发《关于坚决贯彻习主席重要指\n示的通知》，要求各级党组织和广大党员自觉用党\n"
        "中央、习主席决策指示统一思想和行动，坚决完成\n党和人民赋予军队的疫情防控任务。\n"
        "　　《通知》指出，各级党委要深刻学习领会习主席\n重要指示，充分认清军队承担疫情防控任务，是党\n"
        "和人民的信任重托。\n")


def test_foot_credit_ends_its_story_wrapped():
    text = ("习近平的扶贫故事\n" + BODY + "（新华社北京5月19日电  记者赵\n承、霍小光）\n"
            "另一篇新闻的标题\n　　本报讯（记者王明）这是另一篇新闻的第一段，说明\n"
            "情况，内容完整，到这里还没有结束，后面还有\n很多的文字。\n")
    page = baozhi.parse_text(text)
    a = page.articles[0]
    assert a.dateline.replace(" ", "") == "（新华社北京5月19日电记者赵承、霍小光）"
    assert a.authors == ["赵承", "霍小光"]
    assert all("新华社" not in p for p in a.paragraphs)
    assert page.articles[1].title == "另一篇新闻的标题"
    assert page.articles[1].dateline == "本报讯（记者王明）"


@pytest.mark.parametrize("line,field,value", [
    ("2011.5.24 星期二", "date", "2011-05-24"),
    ("2019年2月6日 第5版", "page_number", "5"),
    ("2020年5月23日　第2版", "date", "2020-05-23"),
    ("本版责编：刘洋", None, None),
    ("人民日报2020年2月5日", "date", "2020-02-05"),
    ("人民日报 2020年02月05日 第05版", "page_number", "05"),
    ("责任编辑：王 明", None, None),
    ("2020年5月21日 星期四  08  地方", "page_number", "8"),
    ("2020年5月21日 星期四  08  地方", "section", "地方"),
    ("07　经济", "page_number", "7"),
])
def test_furniture_forms(line, field, value):
    e = Edition()
    assert classify(line, e) == "furniture"
    if field:
        assert getattr(e, field) == value


def test_weekday_and_lunar_date_beside_furniture():
    from baozhi.layout.furniture import is_section
    assert is_section("星期三", Edition()) and is_section("农历庚子年正月十二", Edition())
    assert not is_section("正月十二", Edition())


def test_headline_roles_in_a_dump():
    """Kicker over title, subtitle under it with its dash, a column tag on the title."""
    page = baozhi.parse_text("中央军委印发《通知》——\n坚决贯彻习主席重要指示\n" + BODY)
    assert page.articles[0].title == "坚决贯彻习主席重要指示"
    page = baozhi.parse_text("为全面小康筑牢法治根基\n——代表委员畅谈全面依法治国\n" + BODY)
    assert page.articles[0].title == "为全面小康筑牢法治根基"
    page = baozhi.parse_text("把落实工作抓实抓细（人民论坛）\n各地各部门继续努力\n" + BODY)
    assert page.articles[0].title == "把落实工作抓实抓细（人民论坛）"
    assert page.articles[0].subtitles == ["各地各部门继续努力"]


def _gate(folder, floors):
    result = evaluate.score(folder, folder + "-pred")
    mean = result["mean"]
    low = {k: round(mean[k], 4) for k, v in floors.items() if k != "cer" and mean[k] < v}
    assert not low, (low, mean)
    assert mean["cer"] <= floors["cer"], mean


def _run(tmp_path, name, pages, seed, pdf, corpus, split="all", flat=False):
    folder = str(tmp_path / name)
    realistic.generate(pages, folder, seed, split, pdf, corpus, flat)
    os.makedirs(folder + "-pred")
    for stem in os.listdir(folder):
        if stem.endswith((".txt", ".pdf")):
            got = baozhi.parse(os.path.join(folder, stem))
            with open(os.path.join(folder + "-pred", stem[:-4] + ".json"), "w", encoding="utf-8") as f:
                json.dump(got.to_dict(), f, ensure_ascii=False)
    return folder


def test_bundled_real_text_pages_gate(tmp_path):
    """From a fresh clone: 60 text pages laid out from the 197 bundled real articles."""
    folder = _run(tmp_path, "text", 60, 21, False, BUNDLED)
    # authors: matched articles now include a few whose corpus gold leaves the authors empty
    # though the dateline names them (26 of 778 such articles in the corpus; GOLD.md takes the
    # names), hence 0.91 where 0.92 stood before the cohesion stage matched them.
    _gate(folder, {"seg_f1": 0.87, "main_title": 0.84, "para_f1": 0.93, "authors": 0.94,
                   "dateline": 0.95, "cer": 0.06})


def test_bundled_real_unwrapped_pages_gate(tmp_path):
    """From a fresh clone: 60 pages of unwrapped text (a paragraph a line, no column to
    measure) laid out from the bundled real articles. Measured 0.764 seg_f1 (0.542 before
    such pages were read as such)."""
    folder = _run(tmp_path, "flat", 60, 24, False, BUNDLED, flat=True)
    _gate(folder, {"seg_f1": 0.75, "main_title": 0.76, "para_f1": 0.88, "authors": 0.93,
                   "dateline": 0.94, "cer": 0.18})


def test_bundled_real_pdf_pages_gate(tmp_path):
    pytest.importorskip("pypdfium2")
    pytest.importorskip("reportlab")
    folder = _run(tmp_path, "pdf", 20, 22, True, BUNDLED)
    # (pages that would drop a long article are set again as a dense broadsheet: 5.2 articles
    # a page where 2.8 were kept before, so the set is harder than the one pinned earlier)
    _gate(folder, {"seg_f1": 0.97, "main_title": 0.95, "para_f1": 0.98, "authors": 0.98,
                   "dateline": 0.99, "cer": 0.002})


@pytest.mark.skipif(not os.path.isfile(realistic.CORPUS), reason="../shared/corpus not beside the repository")
def test_full_corpus_text_gate(tmp_path):
    """The held-out half of the corpus's real pages (never tuned on), when ../shared is there."""
    folder = _run(tmp_path, "corpus", 150, 11, False, realistic.CORPUS, "test")
    _gate(folder, {"seg_f1": 0.82, "main_title": 0.80, "para_f1": 0.89, "authors": 0.92,
                   "dateline": 0.95, "cer": 0.09})


def test_realistic_generator_keeps_real_structure():
    """The generated pages carry the structure real articles have: crossheads, kickers,
    subtitles, foot credits, furniture between two columns of an article."""
    seen = {"kicker": 0, "subtitle": 0, "credit": 0, "inside": 0, "after": 0, "before": 0}
    pages = realistic.load_pages(BUNDLED)
    import random
    rng = random.Random(3)
    for arts in pages:
        text, gold = realistic.text_page(arts, rng)
        seen[gold["layout"]["headlines"]] += 1
        seen["inside"] += gold["layout"]["furniture"] == "inside"
        seen["kicker"] += sum(1 for a in arts if a["kicker"])
        seen["subtitle"] += sum(1 for a in arts if a["subtitle"])
        seen["credit"] += sum(1 for a in arts if a["gold"].get("credit") and
                              "".join(a["gold"]["credit"].split())[:6] in "".join(text.split()))
    assert all(seen.values()), seen


def test_a_long_list_of_reporters_with_a_rarer_surname():
    assert credits.parse("（本报记者张洋、赵兵、刘新吾、巨云鹏、孟祥夫、李龙伊）")[1][3] == "巨云鹏"
    assert credits.parse("（本报记者禹丽敏、范昊天、龚相娟、李家鼎、姜峰、贾丰丰、田先进、魏薇、刘新吾、巨云鹏）")[1][-1] == "巨云鹏"


@pytest.mark.parametrize("line,page,section", [
    ("2020年5月25日 星期一 第8版 政治", "8", "政治"),
    ("13  生态", "13", "生态"),
])
def test_people_s_daily_page_names_are_furniture(line, page, section):
    """The page line of People's Daily's 政治 and 生态 pages (2020-05-25 p8, 2020-05-15 p13) is
    furniture and fills the edition, as 要闻's and 体育's do."""
    e = Edition()
    assert classify(line, e) == "furniture"
    assert (e.page_number, e.section) == (page, section)
