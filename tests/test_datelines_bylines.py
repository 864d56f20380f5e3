"""Datelines, bylines and photo credits, as e-paper dumps print them."""
import pytest

from baozhi.layout import bylines, datelines
from baozhi.layout.reflow import reflow


@pytest.mark.parametrize("lines, dateline, authors, first", [
    (["本报讯（记者周国华） 金昌开放大学"], "本报讯（记者周国华）", ["周国华"], "金昌开放大学"),
    (["本报讯 （记者李峰 见习记者张", "迈）日前，记者从"], "本报讯（记者李峰 见习记者张迈）", ["李峰", "张迈"], "日前，记者从"),
    (["每日甘肃网兰州讯（新甘肃·甘肃日", "报记者王占东）记者从"], "每日甘肃网兰州讯（新甘肃·甘肃日报记者王占东）",
     ["王占东"], "记者从"),
    (["本报北京1月18日电（记者杜一菲）记者从"], "本报北京1月18日电（记者杜一菲）", ["杜一菲"], "记者从"),
    (["新华社北京1月18日电 生态环境部"], "新华社北京1月18日电", [], "生态环境部"),
    (["本报讯（记者刘伟业 郭鑫） 3 月", "17日，市委"], "本报讯（记者刘伟业 郭鑫）", ["刘伟业", "郭鑫"], "3月17日，市委"),
    (["本 报 讯 （ 记 者 刘 伟 业 郭 鑫 ）", "3月17日"], "本报讯（记者刘伟业郭鑫）", ["刘伟业", "郭鑫"], "3月17日"),
    (["本报讯（记者王丽 通讯员陈刚）3月28日"], "本报讯（记者王丽 通讯员陈刚）", ["王丽", "陈刚"], "3月28日"),
])
def test_dateline_split_and_authors(lines, dateline, authors, first):
    body = reflow([lines], dateline=True)
    assert body.dateline.replace(" ", "") == dateline.replace(" ", "")
    assert body.authors == authors
    assert body.paragraphs[0] == first


@pytest.mark.parametrize("text", ["国网甘肃省电力公司有关负责人介", "电力公司获悉", "社区居民讯息", "陈华参加"])
def test_not_a_dateline(text):
    assert not datelines.starts_with_dateline(text)


def test_dateline_head_must_start_on_the_line():
    assert not datelines.starts_with_dateline("陈华参加", "本报讯（记者刘伟业 郭鑫）")
    assert not datelines.starts_with_dateline("甘肃出台措施支持民营经济发展", "本报讯（记者苏晴")
    assert datelines.starts_with_dateline("本报讯 （记者李峰 见习记者张", "迈）日前")
    assert datelines.starts_with_dateline("每日甘肃", "网兰州讯（新甘肃·甘肃日报记者宋振峰）")
    assert datelines.starts_with_dateline("新华社北京 1 月", "18日电生态环境部")
    assert not datelines.starts_with_dateline("记者从国网甘肃省", "电 力 公 司 获 悉 ，")


@pytest.mark.parametrize("line, names", [
    ("记者 莫亚红 李峰 屈冰", ["莫亚红", "李峰", "屈冰"]),
    ("本报记者 张三", ["张三"]),
    ("文/王晨", ["王晨"]),
    ("记者 许峰 通讯员 王海龙", ["许峰", "王海龙"]),
])
def test_bylines(line, names):
    assert bylines.byline(line) == names


def test_bare_byline_needs_a_surname():
    assert bylines.byline("常钦", bare=True) == ["常钦"]
    assert bylines.byline("陈华参加", bare=True) is None
    assert bylines.byline("常钦") is None


@pytest.mark.parametrize("text, names, rest", [
    ("……施工现 场 。 记者张宏斌 摄", ["张宏斌"], "……施工现 场 。"),
    ("市民踏青。 陈晓 摄影报道", ["陈晓"], "市民踏青。"),
    ("体验3D打印技术。本报记者 欧阳明 摄", ["欧阳明"], "体验3D打印技术。"),
    ("为 春 播 做 准 备 。 本 报 记者 李强 摄", ["李强"], "为 春 播 做 准 备 。"),
    ("市民赏花游玩。（张宏斌 摄）", ["张宏斌"], "市民赏花游玩。（"),
    ("游客前来观赏。本报记者 司马云 摄", ["司马云"], "游客前来观赏。"),
])
def test_photo_credit(text, names, rest):
    start, got = bylines.credit(text)
    assert got == names and text[:start].strip() == rest


def test_no_credit_in_body_text():
    assert bylines.credit("他们正在进行拍摄") is None


def test_letter_spaced_credit_over_lines_becomes_a_photo():
    import baozhi
    page = baozhi.parse_text("　　近日，市民在龙首公园\n赏花游玩。随着气温回升\n，公 园 内 游 人 如 织 。 陈\n晓 摄 影 报\n道\n")
    (photo,) = page.articles
    assert photo.kind == "photo" and photo.authors == ["陈晓"]
    assert photo.paragraphs[0].endswith("游人如织。")
