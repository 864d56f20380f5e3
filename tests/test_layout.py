"""Layout decisions on small pages written for one rule each."""
import baozhi

BODY_A = """　　本报讯（记者王丽）3月28日，全市安全生
产工作会议召开，总结去年工作，安排部署今
年任务。
　　会议指出，去年全市未发生较大以上生产
安全事故，事故起数和死亡人数实现双下降。"""

BODY_B = """　　近日，市民在龙首公园
赏花游玩。随着气温回升，
公园内桃花、杏花竞相开
放，吸引不少市民踏青。"""


def test_headline_after_body():
    page = baozhi.parse_text(BODY_A + "\n我市召开安全生产工作会议\n" + BODY_B.replace("近日", "昨日") +
                             "\n龙首公园游人如织\n")
    a, b = page.articles
    assert a.title == "我市召开安全生产工作会议" and a.dateline == "本报讯（记者王丽）"
    assert b.title == "龙首公园游人如织"
    assert len(a.paragraphs) == 2


def test_headline_before_body():
    page = baozhi.parse_text("我市召开安全生产工作会议\n" + BODY_A + "\n龙首公园游人如织\n" + BODY_B)
    a, b = page.articles
    assert a.title == "我市召开安全生产工作会议"
    assert b.title == "龙首公园游人如织"


def test_kicker_title_subtitle_and_byline():
    page = baozhi.parse_text("聚焦春耕生产\n各地抢抓农时忙春耕\n农机手田间作业忙\n记者 李强 王丽\n"
                             + BODY_B)
    (a,) = page.articles
    # (two short lines under a kicker with no cue are a title's two decks: in the corpus of
    # real articles 33 headlines so, 2 kicker-title-subtitle runs)
    assert a.title == "各地抢抓农时忙春耕 农机手田间作业忙" and a.subtitles == ["聚焦春耕生产"]
    assert a.authors == ["李强", "王丽"]


def test_photo_caption_with_credit():
    page = baozhi.parse_text(BODY_A + "\n我市召开安全生产工作会议\n" + """　　近日，市民
在龙首公园赏
花游玩。记者
张宏斌 摄""")
    photo = page.articles[-1]
    assert photo.kind == "photo" and photo.authors == ["张宏斌"]
    assert photo.paragraphs == ["近日，市民在龙首公园赏花游玩。"]


def test_furniture_goes_to_edition():
    page = baozhi.parse_text("2024年3月18日 星期一\n第1版：要闻\n" + BODY_A + "\n责任编辑：王芳  版式设计：李娜\n")
    assert page.edition.date == "2024-03-18"
    assert page.edition.page_number == "1" and page.edition.section == "要闻"
    (a,) = page.articles
    assert all("责任编辑" not in p for p in a.paragraphs)
    assert any(u["text"].startswith("责任编辑") for u in page.unassigned)


def test_jump_markers_fill_continuations():
    page = baozhi.parse_text(BODY_A + "（下转第3版）\n")
    (a,) = page.articles
    assert a.continued_to == "3"
    assert "下转" not in "".join(a.paragraphs)
    page = baozhi.parse_text("（上接第1版）\n" + BODY_A)
    assert page.articles[0].continued_from == "1"


def test_blank_lines_crlf_and_leading_spaces_change_nothing():
    plain = baozhi.parse_text(BODY_A + "\n我市召开安全生产工作会议\n").to_dict()["articles"]
    noisy = "\r\n\r\n".join(" " + ln for ln in (BODY_A + "\n我市召开安全生产工作会议").split("\n"))
    got = baozhi.parse_text(noisy).to_dict()["articles"]
    assert [(a["title"], a["paragraphs"]) for a in got] == [(a["title"], a["paragraphs"]) for a in plain]


def test_column_width_changes_between_articles_without_headline():
    wide = BODY_A
    narrow = """　　本报讯（记者李强）近日，
市民在龙首公园赏花游
玩，吸引不少市民踏青。"""
    page = baozhi.parse_text(wide + "\n" + narrow)
    assert len(page.articles) == 2


def test_masthead_and_lone_section_name_are_furniture():
    page = baozhi.parse_text("金昌日报\n2024年3月18日 星期一\n要闻\n" + BODY_A + "\n我市召开安全生产工作会议\n")
    assert (page.edition.newspaper, page.edition.section) == ("金昌日报", "要闻")
    (a,) = page.articles
    assert a.title == "我市召开安全生产工作会议" and a.subtitles == []


def test_page_round_trips_through_its_json():
    from baozhi.model import Page
    d = baozhi.parse_text(BODY_A + "\n我市召开安全生产工作会议\n").to_dict()
    assert Page.from_dict(d).to_dict() == d
