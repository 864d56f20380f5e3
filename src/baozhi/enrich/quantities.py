"""Figures: value, unit and scale normalised (647.1亿元 -> 64,710,000,000 元; 25万支; 6.54%),
with the thing measured as printed before it in the clause (全市本外币存款余额), the period the
sentence gives (2023年) and the change it expresses (同比增长 6.54%)."""
from __future__ import annotations

import re
from decimal import Decimal

from .dates import _DATE
from .spans import Mention, tag, window_tokens

# (no 届, 第: ordinals are no figures; 年 only after a number that is no year: _QTY_YEAR)
_UNITS = ("亿千瓦时 万千瓦时 千瓦时 万千瓦 千瓦 兆瓦 亿立方米 万立方米 立方米 平方公里 平方米 公里 公顷 万亩 亩 吨 公斤 千克 "
          "亿美元 万美元 美元 亿元 万元 元 英镑 欧元 日元 卢布 港元 人次 万人次 万人 人 名 位 户 家 个 辆 座 件 项 次 支 台 套 所 "
          "张 场 天 个小时 小时 分钟 个月 周 岁 例 颗 袋 款 班 省份 大类 类 毫秒 ms 剂次 场次 微克/立方米 米 条 批 处 栋 间 头 只 "
          "株 棵 本 部 篇 期 % ％ ‰ 个百分点 年 "
          # (the common measure words and units of news text beyond those: a closed class)
          "枚 架 架次 艘 台次 份 盒 箱 包 瓶 双 副 把 根 块 片 粒 斤 克 毫克 升 毫升 度 摄氏度 ℃ 秒 倍 千米 厘米 毫米 "
          "平方千米 万平方米 趟 列 班次 车次 航班 层 所 座次 起 宗 单 笔 轮 届次 人份 "
          # (and those the 108 real articles of the entity gold printed: 386万册, 37圈, 18道, 3罐)
          "册 圈 道 罐 桶 顶 幅 首 "
          # (and those of the fourth round: 75周年, 9批次, 14亿人口, 1个多月)
          "周年 批次 人口 个多月 个多小时 吨级 "
          # (and those a new user's reading found missed: 未满18周岁, 下降80个基点)
          "周岁 个基点 基点").split()
# A unit said with 个 before it (8个小时, 3个月) is the unit itself.
_UNIT_NAMES = {"个小时": "小时", "个月": "月", "个多月": "月", "个多小时": "小时", "％": "%", "个基点": "基点"}
# A unit per another (5克/平方米, 70公里每小时) is one unit, as printed (RULES.md, fourth round).
_PER = r"(?:/|每)(?:小时|秒|分钟|天|日|年|平方米|立方米|公里|千米|米|人|吨|亩|公顷)"
# Units of time, which 每 after them does not divide (5年每天: every day of five years).
_TIMES = frozenset("年 月 周 天 日 小时 分钟 秒 岁".split())
# (the characters a unit opens with: 100米20层 is 100 米 and 20 层, not a result)
_UNIT_HEADS = re.escape("".join(sorted({u[0] for u in _UNITS if not u[0].isascii()})))
_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000), "百": Decimal(100)}
_CN = "零〇一二两三四五六七八九十百千万亿"
_QTY = re.compile(
    r"(?P<num>(?<![\d.,])\d++(?:,\d{3})*+(?:\.\d++)?|[" + _CN + r"]{1,8})(?P<over>多|余)?"
    r"(?P<scale>万亿|亿|万|千(?![米克瓦]))?(?P<approx>多|余)?"
    r"(?P<unit>(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?:" + _PER + r")?)"
    r"(?P<tenth>(?<=度)\d(?![\d.])|(?<=[米秒])\d\d(?![\d.万亿千百多余" + _UNIT_HEADS + r"]))?(?!宵)")
# (600余万户: 余 before the scale; 36.33千米: 千米 a unit, not 千 and 米; 36度5: 36.5 度, RULES.md;
# a result as sport prints it, 4米60, 7秒21: 4.6 米, 7.21 秒; 8日元宵节: 8日 and 元宵, no yen)
# A time as sport prints it, minutes before the seconds: 1分51秒32 is 111.32 秒.
_MINUTES = re.compile(r"(\d{1,3})分$")
_SHARED = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<scale>万亿|亿|万|千)?(?:个)?(?:和|至|到|—|－|-|~|、)$")
_CHANGE = re.compile(r"(?:同比|环比|比上年|较上年|较去年)?(?:增长|下降|提高|降低|减少|增加|上涨|下跌|回落|上升)(?:了)?$")
# Where the thing measured begins: after the clause start, a verb that introduces the figure,
# or the figure before it.
_MEASURE_CUT = re.compile(r"[，。；：、！？“”（）\s]|达到|达|为|是|完成|实现|突破|超过|累计|共计|共|约|有|占(?!地)|至|到|新增|"
                          r"发放|投放|签约|落地|惠及|建成|改造|清理|吸引|提供|接待|创造|带动|其中")


def _number(num: str) -> Decimal | None:
    if num[0].isdigit():
        return Decimal(num.replace(",", ""))
    try:
        import cn2an
    except ImportError:     # the nlp extra is not installed: Chinese numerals stay unread
        return None
    try:
        return Decimal(str(cn2an.cn2an(num, "smart")))
    except (ValueError, KeyError):
        return None


def _normalise(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """647.1 亿元 -> 64710000000 元: a scale inside the unit moves into the value."""
    for head, factor in (("亿", 100_000_000), ("万", 10_000)):
        if unit.startswith(head) and len(unit) > 1:
            return value * factor, unit[len(head):]
    return value, unit


def _plain(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def _measure(before: str, clause_start: int) -> str | None:
    """What the figure measures: the words right before it (全市本外币存款余额647.1亿元), or
    before the verb that introduces it (平均浓度为30微克), less a date or a trailing 的."""
    cuts = sorted([(x.start(), x.end()) for x in _MEASURE_CUT.finditer(before, clause_start)]
                  + [(x.start(), x.end()) for x in _QTY.finditer(before, clause_start)], key=lambda c: c[1])
    a = cuts[-1][1] if cuts else clause_start
    text = before[a:]
    if not text.strip() and cuts:
        prev = cuts[-2][1] if len(cuts) > 1 else clause_start
        text = before[prev:cuts[-1][0]]
    text = _DATE.sub("", text, count=1) if _DATE.match(text) else text
    text = text.strip().removesuffix("的")
    return text if 2 <= len(text) <= 20 else None


# Measure words that count things, which the noun after them names (2000多名医生, 3支医疗队).
_CLASSIFIERS = frozenset("名 位 个 家 所 座 台 辆 张 件 套 支 条 头 只 株 棵 本 部 篇 户 批 艘 架 间 栋".split())
# Parts of speech of the noun phrase a classifier counts (jieba's).
_NOUN_TAGS = ("n", "nz", "vn", "nt", "ns", "nr", "an", "j")


def _counted(text: str, end: int, unit: str) -> str | None:
    """What a figure with a measure word counts, where the noun follows it: 2000多名医生 ->
    医生, 3000多名卫生防疫人员 -> 卫生防疫人员 (jieba's nouns right after, eight characters at
    most); None where no noun follows (共有家医团队93个。)."""
    if unit not in _CLASSIFIERS:
        return None
    at = end
    for a, b in window_tokens(text, end, end + 10):
        if a != at or (tag(text[a:b]) or "n") not in _NOUN_TAGS or not re.fullmatch(r"[\u4e00-\u9fff]+", text[a:b]):
            break
        at = b
    return text[end:at] if 2 <= at - end <= 8 else None


# What makes the date after it a figure's base, not its period: 较2022年, 比2019年, 与去年.
_BASE = re.compile(r"[较比与同]$")
# ...and what makes it a founding or a birth, which no figure after it is of (创办于1872年，占地
# 面积34亩: the school's grounds today).
_FOUNDED = re.compile(r"(?:创办|成立|始建|建|创建|创立|出生|生)于$")


def find(paragraphs: list[str]) -> list[dict]:
    out: list[dict] = []
    for k, text in enumerate(paragraphs):
        last_measure: str | None = None
        for m in _QTY.finditer(text):
            if m.start() and re.match(r"[\dA-Za-z.第]", text[m.start() - 1]):
                continue        # inside a longer code or figure (PM2.5, 5G), or an ordinal (第二人民医院)
            if re.match(r"[民员才类工]", text[m.end():m.end() + 1]) and m.group("unit") == "人":
                continue        # 人民, 人员: a word, not people counted
            if text[m.start() - 1:m.start()] in ("数", "几", "上") or "几" in m.group("num") \
                    or re.match(r"[几来]", text[m.end("num"):m.end("num") + 1]):
                continue        # 数十人, 十几天, 上千名: vague amounts, no figures
            if m.group("unit") == "年" and (re.fullmatch(r"\d{4}", m.group("num")) or m.group("scale")
                                             or re.match(r"[月底初末代度级]", text[m.end():m.end() + 1])):
                continue        # 2020年, 2019年底: a year, no duration
            value = _number(m.group("num"))
            begin = m.start()
            if value is not None and m.group("tenth"):
                value += Decimal(m.group("tenth")) / 10 ** len(m.group("tenth"))     # 36度5: 36.5 度; 4米60
                minutes = _MINUTES.search(text, max(0, m.start() - 4), m.start()) if m.group("unit") == "秒" else None
                if minutes and (minutes.start() == 0 or not text[minutes.start() - 1].isdigit()):
                    value += 60 * int(minutes.group(1))
                    begin = minutes.start()
            if value is None or (not m.group("num")[0].isdigit() and value < 10 and not m.group("scale")):
                continue        # 一个, 两次, 一批: words, not figures
            scale = m.group("scale") or ""
            for ch in scale:
                value *= _SCALE[ch]
            value, unit = _normalise(value, m.group("unit"))
            unit = _UNIT_NAMES.get(unit, unit)
            end = m.end()
            if "每" in unit and unit.split("每")[0] in _TIMES:
                # 相当于近5年每天有…: five years, and every day in them; no unit per another
                end -= len(unit) - unit.index("每")
                unit = unit.split("每")[0]
            if text.endswith("零下", 0, m.start()):
                value = -value      # 零下10多摄氏度: below zero
            shared = _SHARED.search(text, max(0, m.start() - 14), m.start())
            first = None
            if shared and shared.end() == m.start() and (
                    not shared.group().startswith(shared.group("num") + "个") or m.group("unit").startswith("个")):
                # (28个、167095立方米: 28个 has a unit of its own; 1个和2.6个百分点 has not)
                # 1个和2.6个百分点, 3至5天: the number before the list takes this one's unit
                first = _number(shared.group("num"))
            opens = begin
            if first is not None:
                # (600亿至800亿欧元: the first number's own scale; 1.5至2万: the second's)
                for ch in shared.group("scale") or scale:
                    first *= _SCALE[ch]
                first, _ = _normalise(first, m.group("unit"))
                out[:] = [q for q in out if not (q["paragraph"] == k and q["start"] == shared.start())]
                said = shared.group("num") + (shared.group("scale") or "")
                out.append({"text": said, "value": _plain(first), "unit": unit,
                            **Mention(k, shared.start(), shared.start() + len(said)).to_dict(),
                            "measure": None, "period": None})
                # (the range stands where one figure would: what it measures and its change are
                # read before its first number, 增长1.5万至2万人)
                opens = shared.start()
            # (what comes before is read in a window: a measure or a change stands close before
            # its figure, and a paragraph of thousands of figures stays linear)
            before = text[max(0, m.start() - 80):opens]
            clause_start = max((x.end() for x in re.finditer(r"[，。；！？]", before)), default=0)
            change = _CHANGE.search(before, clause_start)
            item = {"text": text[begin:end], "value": _plain(value), "unit": unit,
                    **Mention(k, begin, end).to_dict()}
            if m.group("approx") or m.group("over"):
                item["approximate"] = True
            if change:
                item["change"] = change.group().rstrip("了")
                item["measure"] = last_measure
            else:
                item["measure"] = _counted(text, end, unit) or _measure(before, clause_start)
                last_measure = item["measure"] or last_measure
            far = max(0, m.start() - 200)
            sentence_start = max((x.end() for x in re.finditer(r"[。；！？]", text[far:m.start()])), default=0) + far
            # (the date nearest before it in its sentence: 2019年…，而2018年这一数字仅为3.42亿欧元)
            # (not a date the figure is compared with: 占比较2022年提高9.2个百分点, 比上年, 与2019年相比)
            period = next((d.group() for d in reversed(list(_DATE.finditer(text, sentence_start, m.start())))
                           if d.group() and not _BASE.search(text, max(0, d.start() - 1), d.start())
                           and not _FOUNDED.search(text, max(0, d.start() - 3), d.start())), None)
            item["period"] = period
            out.append(item)
    return out
