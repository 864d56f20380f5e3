"""Joining column lines and removing justification spaces."""
import pytest

from baozhi import cjk


@pytest.mark.parametrize("raw, clean", [
    ("解 决 实 际 困 难", "解决实际困难"),
    ("3 月", "3月"),
    ("视 10093 人 次 ， 解 决", "视10093人次，解决"),
    ("占比 61.3%、排名全国第二", "占比61.3%、排名全国第二"),
    ("PM2.5 平均浓度", "PM2.5平均浓度"),
    ("建成 5G 基站", "建成5G基站"),
    ("接种 COVID-19 疫苗", "接种COVID-19疫苗"),
    ("“The Battery Show Europe”展会", "“The Battery Show Europe”展会"),
    ("让“Made in Jinchang”成为", "让“Made in Jinchang”成为"),
    ("　本报讯　日前", "本报讯日前"),
])
def test_normalise_spaces(raw, clean):
    assert cjk.normalise_spaces(raw) == clean


def test_join_lines_without_stray_spaces():
    assert cjk.join_lines(["环以北的白家嘴 2", "号蓄水池项目施工"]) == "环以北的白家嘴2号蓄水池项目施工"
    assert cjk.join_lines(["报告引用了“Global", "Vaccine Market Report”中"]) == \
        "报告引用了“Global Vaccine Market Report”中"
    assert cjk.join_lines(["年产21000吨", "电池"]) == "年产21000吨电池"


def test_cells_count_ascii_as_half():
    assert cjk.cells("人家庭分别捐赠价值2000元的助") == 14
    assert cjk.cells("源 253.2 亿 千 瓦 时") == 7.5
    assert cjk.cells("Show Europe") == 5.5      # the word space is printed, half a cell
