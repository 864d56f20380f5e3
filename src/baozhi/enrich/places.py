"""Places: China's provinces, cities and counties by name (with their ending, or a city's short
name where it is not an ordinary word: 金昌 yes, 合作 no), and a town or township named
after its county, resolved to the administrative hierarchy with jionlp's gazetteer
(永昌县水源镇 -> 甘肃省金昌市永昌县水源镇)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexical
from .people import _any_title, _credited
from .spans import Mention, china_locations, jionlp, tag, world_locations

_TOWN = re.compile(r"([\u4e00-\u9fff]{2,3}(?:镇|乡|街道))")
_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,3}(?:村|社区))(?![委民])")


def _city_of(city: str | None) -> str | None:
    """A city of the gazetteer as a chain holds it: none for the 省直辖行政区划 under which the
    gazetteer lists the counties a province governs itself (新疆五家渠市 has no city)."""
    return None if city and "直辖" in city else city


def _aliases(entry: dict) -> list[str]:
    """The short names jionlp's gazetteer gives a province or a city (one, a list or none)."""
    alias = entry.get("_alias")
    return [alias] if isinstance(alias, str) else alias or []


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, str | None, str | None]]:
    """name as printed -> (province, city, county)."""
    if not china_locations():       # the nlp extra is not installed
        return {}
    names: dict[str, tuple[str, str | None, str | None]] = {}
    for prov, pv in china_locations().items():
        names.setdefault(prov, (prov, None, None))
        for a in _aliases(pv):
            names.setdefault(a, (prov, None, None))     # 湖北 -> 湖北省, 广西 -> 广西壮族自治区
        for city, cv in pv.items():
            if city.startswith("_"):
                continue
            names.setdefault(city, (prov, city, None))
            for a in _aliases(cv):
                # a short name only where it is no ordinary word (合作 is a city's name too;
                # such names are `_city_words`, read only where LAC reads a place)
                if len(a) >= 2 and (tag(a) in (None, "ns", "nr", "nz")):
                    names.setdefault(a, (prov, city, None))
            for county in cv:
                if not county.startswith("_") and len(county) >= 3:
                    names.setdefault(county, (prov, _city_of(city), county))
    # A county or city renamed or merged since (旬阳县, now 旬阳市; 巢湖市): a paper of its
    # day prints the name it had, and it is read as that, under the city it had.
    for old in _renamed():
        for name, level in ((old[1], old[:2] + (None,)), (old[2], old)):
            if name and len(name) >= 3 and name not in names:     # (not 城区, 郊区: many cities have one)
                names[name] = level
    return names


@lru_cache(maxsize=1)
def _renamed() -> dict[tuple[str, str | None, str], tuple[str, str | None, str]]:
    """(province, city, county) as they were -> as jionlp's gazetteer holds them now, for the
    counties renamed or moved since 2000 (jionlp's china_location_change.txt)."""
    out = {}
    for row in _dictionary("china_location_change.txt").splitlines():
        before, _, after = row.partition("=>")
        old, new = before.split("\t")[2:], after.split("\t")
        if len(old) == 6 and len(new) == 3 and all(new):
            key = (old[0], _city_of(old[2]), old[4])
            out.setdefault(key, (new[0], _city_of(new[1]), new[2]))
    return out


def _dictionary(name: str) -> str:
    """The text of one of jionlp's dictionary files ("" where it cannot be read)."""
    from pathlib import Path

    jio = jionlp()
    if jio is None:
        return ""
    try:
        return (Path(jio.__file__).parent / "dictionary" / name).read_text(encoding="utf-8")
    except OSError:
        return ""


@lru_cache(maxsize=1)
def _location_text() -> str:
    """jionlp's gazetteer file down to the village ("" where it cannot be read)."""
    return _dictionary("china_location.txt")


@lru_cache(maxsize=1)
def _towns() -> dict[tuple[str, str | None, str | None], dict[str, str]]:
    """(province, city, county) -> {a town, township or street as printed -> its name in the
    gazetteer}: jionlp's gazetteer down to the town (43,000 of them, read in 0.1 s on first
    use), each by its name and by its short form without the peoples of an ethnic township
    (果珠彝族乡 as 果珠乡, 厍东关彝族白族苗族乡 as 厍东关乡). A county the province governs
    itself has no city, as in `_gazetteer`."""
    towns: dict[tuple[str, str | None, str | None], dict[str, str]] = {}
    key: list[str | None] = [None, None, None]
    for depth, name in _LOCATION_LINE.findall(_location_text()):
        d = len(depth)
        if d == 3:
            by = towns.setdefault((key[0], _city_of(key[1]), key[2]), {})
            by.setdefault(name, name)
            by.setdefault(_PEOPLES.sub("", name), name)
        else:
            key[d:] = [name] + [None] * (2 - d)
    for old, new in _renamed().items():
        if new in towns:
            towns.setdefault(old, towns[new])
    return towns


@lru_cache(maxsize=1)
def _county_blocks() -> dict[tuple[str, str | None, str], tuple[int, int]]:
    """(province, city, county) -> where in the gazetteer's text the county's towns and
    villages are listed (the lines of provinces, cities and counties alone are matched: a
    few thousand, found in a pass over the text)."""
    data = _location_text()
    out: dict[tuple[str, str | None, str], tuple[int, int]] = {}
    key: list[str | None] = [None, None, None]
    last: tuple | None = None
    for m in _UPPER_LINE.finditer(data):
        if last is not None:
            out[last[0]] = (last[1], m.start())
            last = None
        d = len(m.group(1))
        key[d:] = [m.group(2)] + [None] * (2 - d)
        if d == 2:
            last = ((key[0], _city_of(key[1]), key[2]), m.end())
    if last is not None:
        out[last[0]] = (last[1], len(data))
    for old, new in _renamed().items():
        if new in out:
            out.setdefault(old, out[new])
    return out


# A line of the gazetteer above the towns: a province, a city or a county.
_UPPER_LINE = re.compile(r"^(\t{0,2})(?!\t)([^\t\r\n]+)", re.M)


@lru_cache(maxsize=256)
def _villages(county: tuple) -> dict[str, str | None]:
    """A county's villages and communities -> their town (None where two towns of the county
    hold a village of that name), read from the county's block of the gazetteer's text when
    first asked."""
    block = _county_blocks().get(county)
    if block is None:
        return {}
    out: dict[str, str | None] = {}
    town = None
    for line in _location_text()[block[0]:block[1]].split("\n"):
        name = line.strip()
        if not name:
            continue
        if line.startswith("\t\t\t\t"):
            if town:
                out[name] = town if out.get(name, town) == town else None
        elif line.startswith("\t\t\t"):
            town = name
    return out


def _village_in(text: str, at: int, county: tuple) -> tuple[int, str, str] | None:
    """(end, town, village) of a village or community of `county` printed at `at`, its town
    left out (荆州区 / 东升社区, 广河县 / 西坪村): the gazetteer's, where one town holds it."""
    m = _VILLAGE.match(text, at)
    if m is None:
        return None
    town = _villages(county).get(m.group(1))
    return (m.end(), town, m.group(1)) if town else None


# A line of jionlp's gazetteer down to the town: its depth (tabs) and its name (villages, four
# tabs deep, left out).
_LOCATION_LINE = re.compile(r"^(\t{0,3})(?!\t)([^\t\r\n]+)", re.M)
# The peoples in an ethnic township's name (果珠彝族乡).
_PEOPLES = re.compile("(?:(?:" + "|".join(sorted(
    """彝 白 苗 回 藏 维吾尔 蒙古 壮 布依 朝鲜 满 侗 瑶 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇
    柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京
    塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split(), key=len, reverse=True)) + ")族)+(?=[乡镇]$)")


def _town_after(text: str, at: int, county: tuple) -> tuple[int, str] | None:
    """(end, the gazetteer's name) of the town of `county` printed at `at`, the longest that
    fits; None where none is."""
    by = _towns().get(county)
    if not by:
        return None
    for n in range(min(12, len(text) - at), 1, -1):
        name = by.get(text[at:at + n])
        if name:
            return at + n, name
    return None


@lru_cache(maxsize=1)
def _city_words() -> dict[str, tuple[str, str | None, str | None]]:
    """Cities' short names that are ordinary words too (攀枝花 a flower, 合作 cooperation),
    which the gazetteer leaves out: a place only where LAC reads one (从攀枝花出发)."""
    names = _gazetteer()
    out: dict[str, tuple[str, str | None, str | None]] = {}
    for prov, pv in china_locations().items():
        for city, cv in pv.items():
            if city.startswith("_"):
                continue
            for a in _aliases(cv):
                if len(a) >= 2 and a not in names:
                    out.setdefault(a, (prov, city, None))
    return out


@lru_cache(maxsize=1)
def _county_words() -> dict[str, list[tuple[str, str | None, str]]]:
    """Counties' short names (郧西 of 郧西县, 长阳 of 长阳土家族自治县: jionlp's aliases), which
    the gazetteer leaves out (many are words too, or two counties' names) -> the chains of the
    counties that bear them."""
    out: dict[str, list[tuple[str, str | None, str]]] = {}
    for prov, pv in china_locations().items():
        for city, cv in pv.items():
            if city.startswith("_"):
                continue
            for county, v in cv.items():
                if county.startswith("_") or not isinstance(v, dict):
                    continue
                for a in _aliases(v):
                    # (only a name jieba knows as a place's: not a word of the language, 富裕,
                    # 清水, 惠民; nor a mountain's or a lake's name, 泰山, 东湖)
                    if len(a) >= 2 and a != county and tag(a) == "ns" and not a.endswith(_FEATURE_ENDINGS):
                        out.setdefault(a, []).append((prov, _city_of(city), county))
    return out


_FEATURE_ENDINGS = tuple("山湖河江海关岭峰池泉岛湾")


def _names_a_feature(text: str, b: int) -> bool:
    """Whether the place name ending at `b` names a river, a lake or a hill after it, LAC's
    word there its bank or foot (青州南阳 / 河畔: the 南阳河 of Qingzhou, no city; not 武汉 /
    江岸区, 广东省 / 海上风电)."""
    word = lexical.word_at(text, b)
    return word is not None and len(word.text) == 2 and word.text[0] in "河湖江溪山岭" and word.text[1] in "畔边岸滨谷脚" \
        and word.tag in ("n", "s", "f", "nz")


def _county_by_short_name(printed: str, context: list[tuple]) -> tuple[str, str | None, str] | None:
    """The county a short name printed alone names (LAC's place): the one county bearing it
    under a province or city the article names; None where the name is no county's, is a
    province's or a city's too, or the article names none of its province and city."""
    options = _county_words().get(printed)
    if not options or printed in _gazetteer() or printed in _city_words() or printed in _DYNASTIES:
        return None
    # (only under a province or city the article names: alone, such a name is as often a
    # mountain's, a lake's, a dynasty's or a word's, 泰山, 东湖, 西夏, 惠民, 中方)
    return _in_context(options, context)


_LENGTHS: dict[int, tuple[dict, dict[str, tuple[int, ...]]]] = {}


def _lengths(names: dict) -> dict[str, tuple[int, ...]]:
    """For each first character, the lengths of the names in `names` that start with it,
    longest first (kept for each table of names: they are built once a process)."""
    held = _LENGTHS.get(id(names))
    if held is None or held[0] is not names:
        by_first: dict[str, set[int]] = {}
        for name in names:
            by_first.setdefault(name[0], set()).add(len(name))
        held = _LENGTHS[id(names)] = (names, {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()})
    return held[1]


def _matches(text: str, names: dict) -> list[tuple[int, int]]:
    """Every name of `names` in the text, longest first at each place, left to right (set
    look-ups: a pattern of three thousand names is slow to run)."""
    lengths = _lengths(names)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        for n in lengths.get(text[i], ()):
            if text[i:i + n] in names:
                out.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return out


# Regions people name that no government holds, and continents (东北, 中东, 欧洲): no place
# in the sense of these rules (tests/data/entity_gold/RULES.md).
_REGIONS = frozenset("""东北 华北 华东 华南 华中 西北 西南 东南 东部 西部 中部 南方 北方 江南 江北 中原 关中 塞北 岭南 西域
中东 近东 远东 东南亚 东亚 南亚 中亚 西亚 北非 东非 西非 南非洲 拉美 拉丁美洲 北美 南美 北美洲 南美洲 中美洲 欧洲 亚洲 非洲
美洲 大洋洲 南极 北极 亚太 欧亚 东欧 西欧 南欧 北欧 中欧 海外 境外 国外 全球 世界 内地 大陆 沿海 黄淮 江淮 长三角 珠三角 京津冀
粤港澳大湾区 大湾区 长江经济带 澜湄 湄公河流域 江汉 江汉平原 汉江平原 两湖 三湘 荆楚""".split())
# Dynasties and kingdoms of the past, which are neither places nor dates (RULES.md, third
# round), though some share a county's short name (西夏 of 银川市西夏区).
_DYNASTIES = frozenset("夏 商 周 秦 汉 西汉 东汉 三国 魏 蜀 吴 晋 西晋 东晋 隋 唐 宋 北宋 南宋 辽 金 西夏 元 明 清".split())


@lru_cache(maxsize=1)
def _abroad() -> frozenset[str]:
    """Countries and their capitals and main cities (jionlp's world gazetteer)."""
    out: set[str] = set()
    for countries in world_locations().values():
        for country, info in countries.items():
            out.add(country)
            out.add(info.get("capital") or country)
            out.update(info.get("main_city") or [])
    return frozenset(_printed_forms(out))


def _printed_forms(names) -> set[str]:
    """The names, and each with ASCII brackets as the press prints them, full width: the
    gazetteer's 刚果(金) is printed 刚果（金）."""
    out = set(names)
    out.update(n.replace("(", "（").replace(")", "）") for n in names if "(" in n)
    return out


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The countries of jionlp's world gazetteer (no cities)."""
    return frozenset(_printed_forms(c for countries in world_locations().values() for c in countries))


# A team a place names (泰国队, 中国女足): an organisation (the gold's), the place no place.
_SIDE = re.compile(r"队|[男女](?:足|篮|排)")


def _pair_with_china(text: str, a: int, b: int) -> bool:
    """中非 names the Central African Republic, and China and Africa as a pair (中非合作论坛,
    中非命运共同体, 中喀、中非关系), as 中美 and 中俄 name two countries: a place only as 中非
    共和国 (in the gold's 150 articles, 中非 is five times the pair and never the country)."""
    return text[a:b] == "中非" and not text.startswith("共和国", b)


def _named_otherwise(text: str, a: int, b: int) -> bool:
    """Whether the place of LAC's or the world gazetteer's at `a`:`b` names something else by
    what follows it: China and Africa (_pair_with_china), a side (泰国队), an office of state
    (塔吉克斯坦外长)."""
    return _pair_with_china(text, a, b) or bool(_SIDE.match(text, b)) or bool(_STATE_POST.match(text, b))


def _demonyms(words, names: dict) -> list[tuple[int, int]]:
    """(start, end) of each place named as people's origin, X人 (河南人, 一名湖北人, 宜昌人,
    中国人): the place, as RULES.md counts a place however it is named. LAC reads X人 as one
    noun or X then 人; 人民, 人大 and 人士 are other words of LAC's."""
    out = []
    for k, w in enumerate(words):
        if w.text.endswith("人") and len(w.text) >= 3 and w.tag in ("n", "nz", "LOC"):
            a, b = w.start, w.end - 1
        elif k + 1 < len(words) and words[k + 1].text == "人" and words[k + 1].start == w.end:
            a, b = w.start, w.end
        else:
            continue
        place = w.text[:b - a]
        if place in names or place in _abroad():
            out.append((a, b))
    return out


def _in_title(words, k: int) -> bool:
    """Whether LAC's place word `k` opens a person's title (泰国外长敦, 湖北省委书记应勇): the
    words after it run, without a break, through a title word to a name."""
    from .people import _title_end

    j = k + 1
    while j < len(words) and j <= k + 5 and words[j].start == words[j - 1].end and words[j].tag != "PER":
        if words[j].tag in ("w", "v", "p", "c", "u") and words[j].text not in ("兼",):
            return False
        j += 1
    return j < len(words) and words[j].tag == "PER" and words[j].start == words[j - 1].end and \
        _title_end().search(words[j - 1].text) is not None


@lru_cache(maxsize=1)
def _abroad_names() -> dict[str, tuple]:
    """_abroad() as a name table for _matches (two characters or more)."""
    return {n: () for n in _abroad() if len(n) >= 2}


# The dateline's place, between the paper or agency and the day (本报万象2月21日电, 新华社
# 北京3月5日电), whatever LAC reads it as.
_DATELINE = re.compile(r"(?:本报|新华社|中新社|人民日报|新华网|央视网?|中国日报)([\u4e00-\u9fff]{2,6}?)"
                       r"(?:\d{1,2}月)?\d{1,2}日电")
# The offices of a state or a place a place heads (塔吉克斯坦外长, 美国驻以色列大使, 武汉市长): a
# place inside a title is none (RULES.md), whether or not the holder's name follows.
_STATE_POST = re.compile(r"(?:副)?(?:总统|总理|首相|外长|外交部长|防长|国防部长|国王|女王|议长|大使|总领事|领事|特使|"
                         r"省长|市长|县长|区长|州长|总督)")
# ...and the places that are part of a name by convention: 香港特别行政区 is printed 香港 (RULES.md).
_SAR = {"香港特别行政区": "香港", "澳门特别行政区": "澳门"}


# A team sent to help a place (解放军支援湖北医疗队): a description, the place a place.
# (the place may be a chain: 驰援十堰市竹溪县医疗队)
_AID_TEAM = re.compile(r"(?:支援|援助|驰援|增援|赴)([\u4e00-\u9fff]{2,10}?)(?:医疗队|医疗组|工作组|专家组|救援队|应急队)")


_LINE_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?:至|到|—|－)[\u4e00-\u9fff]{2,8}?(?:高速铁路|城际铁路|客运专线|高铁|铁路|"
                        r"高速公路|公路|航线)|[\u4e00-\u9fff]{2,4}(?:城际铁路|高速铁路|高铁|机场|火车站|高铁站)")


def _title_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _any_title().finditer(text)]


def _line_names(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE_NAME.finditer(text)]


def _dateline_place(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _DATELINE.finditer(text)]


def _aid_team_places(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _AID_TEAM.finditer(text)]


def _model_places(text: str) -> list[tuple[int, int]]:
    """(start, end) of each place LAC names in the text, less those that open a title or an
    organisation's name (陕西省宝鸡市 / 宝钛集团: the place heads the name)."""
    words = lexical.analyse(text)
    out = [(w.start, w.end) for k, w in enumerate(words) if w.tag == "LOC" and not _in_title(words, k)
           and not (k + 1 < len(words) and words[k + 1].tag == "ORG" and words[k + 1].start == w.end
                    and not words[k + 1].text.startswith(("市", "省", "县", "区")))]
    # Two places of LAC's side by side that the gazetteer knows as one, the second no place
    # alone: one place (甘肃省 / 和 / 政县: 和政县, cut where 和 reads as "and").
    names = _gazetteer()
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if a.tag == "LOC" and b.tag == "LOC" and a.end == b.start and _resolve_any(b.text, names) is None \
                and _resolve_any(a.text + b.text, names) is not None:
            # (and 上海 / 青浦, 宁夏 / 灵武: a county by its short name after its province)
            out = [(x, y) for x, y in out if not (a.start <= x < b.end)] + [(a.start, b.end)]
    return out


def _inside_names(text: str) -> list[tuple[int, int]]:
    """Where LAC reads an organisation or a person: a place inside one is part of its name
    (武汉大学, 湖北 in 湖北省委书记 stays a place: that is a title, not an organisation)."""
    # (and a "place" of LAC's that runs on into an organisation's ending: 陕西省宝鸡市宝钛集团)
    return [(w.start, w.end) for w in lexical.analyse(text) if w.tag in ("ORG", "PER")
            or (w.tag == "LOC" and len(w.text) >= 5 and w.text.endswith(_ORG_ENDINGS))]


# What the name of an event, a forum or an index ends in (中国工业经济运行形势分析论坛,
# 中国物流业景气指数, 中国国际进口博览会): a place at its head is part of the name (RULES.md).
_EVENT_ENDINGS = ("论坛", "指数", "博览会", "交易会", "展览会", "运动会", "奥运会", "冬奥会", "峰会", "大会", "年会",
                  "保卫战", "阻击战", "歼灭战")     # (武汉保卫战: a battle, RULES.md's events)


# A firm's seat in brackets inside its name (今麦郎食品（成都）有限公司): part of the name, no place.
_FIRM_SEAT = re.compile(r"[\u4e00-\u9fff][（(]([\u4e00-\u9fff]{2,6})[）)][\u4e00-\u9fff]{0,8}?(?:有限责任公司|有限公司|公司)")


# The title of a work in 《》 (《中国历代名人画像谱》) and a picture series after a photo credit
# (摄（影像中国）): a place in one is part of a name (RULES.md: products, works), no place.
_WORK_OR_SERIES = re.compile(r"《[^《》]{1,40}》|(?<=摄)[（(][^（）()]{2,8}[）)]")
# Set terms and slogans that hold 中国 and name no country (RULES.md, second round): 中国特色
# 社会主义, 中国梦, 美丽中国 and their like.
_SET_TERMS = re.compile(r"中国特色社会主义|中国梦|中国式现代化|(?:美丽|健康|平安|法治|数字|幸福)中国")


def _named_events(words) -> list[tuple[int, int]]:
    """(start, end) of each event or index name a place of LAC's heads: the place and the
    nouns right after it, up to the word that ends such a name, none of them a place or a
    function word. And 新中国 (the People's Republic as an era, 新中国成立以来): no place."""
    out = []
    for k, w in enumerate(words):
        if w.tag != "LOC":
            continue
        if w.text == "中国" and k and words[k - 1].text == "新" and words[k - 1].end == w.start:
            out.append((words[k - 1].start, w.end))
            continue
        j = k + 1
        while j < len(words) and j <= k + 8 and words[j].tag in ("n", "vn", "nz") and words[j].start == words[j - 1].end:
            if words[j].text.endswith(_EVENT_ENDINGS):
                out.append((w.start, words[j].end))
                break
            j += 1
    return out


_ORG_ENDINGS = ("集团", "公司", "医院", "大学", "学院", "银行", "中心", "协会", "研究院", "研究所")


def _resolve_any(printed: str, names: dict) -> tuple[str, str | None, str | None] | None:
    """The gazetteer's entry for a place as printed, or for the last of the names it is made
    of (湖南衡阳 -> 湖南省衡阳市), or for a county by its short name after its province or
    city (上海青浦 -> 上海市青浦区, 浙江嘉善 -> 浙江省嘉兴市嘉善县, 宁夏灵武)."""
    if printed in names:
        return names[printed]
    spans = _matches(printed, names)
    if spans and spans[-1][1] == len(printed) and spans[0][0] == 0:
        return names[printed[spans[-1][0]:]]
    for cut in range(2, len(printed) - 1):
        head = names.get(printed[:cut])
        if head is not None and head[2] is None:
            tail = printed[cut:]
            city = names.get(tail) or _city_words().get(tail)
            if city is not None and city[0] == head[0]:
                return city         # 湖南衡阳: the city (衡阳市) before a county of its name
            county = _county_short().get((head[0], head[1], tail))
            if county is not None:
                return county
    return None


@lru_cache(maxsize=1)
def _county_short() -> dict[tuple[str, str | None, str], tuple[str, str | None, str]]:
    """(province, city or None, a county's short name) -> the county, for the short names that
    are one county's alone within their province (青浦 in 上海市, 嘉善 in 浙江省): a county's name
    without 县, 区, 市 or 旗, two characters or more. Read only after its province or city,
    where a short name is no ordinary word (青浦 alone could be anything)."""
    out: dict[tuple[str, str | None, str], tuple[str, str | None, str] | None] = {}
    for chain in _counties():
        prov, _, county = chain
        if len(county) < 2 or county[-1] not in "县区市旗":
            continue
        # (a two-character county, 道县, by its whole name: after its province it is one,
        # alone it is too short to be sure of: 湖南道县)
        short = county if len(county) == 2 else county[:-1]
        for key in ((prov, chain[1], short), (prov, None, short)):
            out[key] = chain if key not in out else (out[key] if out[key] == chain else None)
    return {k: v for k, v in out.items() if v is not None}


_ZONE = re.compile(r"(?:新区|高新区|开发区|经开区|经济开发区|经济技术开发区|高新技术产业开发区|自贸区|保税区|试验区)$")


def _zone(text: str, a: int, b: int, names: dict, spans: list, zones: dict):
    """A development zone's full name (天津滨海高新区, 重庆 / 两江新区 -> 天津市滨海高新区,
    重庆市两江新区): the city printed at its head or right before it, or, for the zone printed
    alone, the full name the article gave it before. (full, the span of the city before it
    to fold in, or None); None for no zone."""
    printed = text[a:b]
    if not _ZONE.search(printed):
        return None
    head = _matches(printed, names)
    if head and head[0][0] == 0:
        r = names[printed[:head[0][1]]]
        rest = printed[head[0][1]:]
        chain: tuple = tuple(p for p in r if p)
        if r[1] is None:
            # a province at its head and a county's short name in the zone's (湖南宁乡经开区):
            # the zone is the county's city's (湖南省长沙市宁乡经开区)
            county = next((c for n in range(len(rest) - 1, 1, -1)
                           if (c := _county_short().get((r[0], None, rest[:n]))) is not None), None)
            if county is not None and county[1]:
                chain = (r[0], county[1])
        elif _ZONE.fullmatch(rest):
            rest = printed      # 邢台经济开发区: the city's name is the zone's own (河北省邢台市邢台经济开发区)
        full = _full_name(chain) + rest
        zones[printed[head[0][1]:]] = full
        return full, None
    before = next(((x, y) for x, y in spans if y == a), None)
    if before is not None:
        r = _resolve_any(text[before[0]:before[1]], names)
        if r:
            full = _full_name(r) + printed
            if _ZONE.fullmatch(printed) and (r[1] or r[2]):
                # 湖南宁乡 / 经开区, 邢台 / 经济开发区: a bare ending takes the name of the city or
                # county before it as its own, under the city (湖南省长沙市宁乡经开区)
                held = _matches(text[before[0]:before[1]], names)
                own = text[before[0] + held[0][1]:before[1]] if held and held[0][0] == 0 and \
                    held[0][1] < before[1] - before[0] else text[before[0]:before[1]]
                full = _full_name(r[:2]) + own + printed
            zones[printed] = full
            return full, before
    if printed in zones:
        return zones[printed], None
    return None


def _within(outer: str, inner: str, names: dict) -> bool:
    """Whether the place `inner` lies in the place `outer` (衡阳 in 湖南; 长安区 in 西安市, the
    one of the two 长安区 that is)."""
    o = _resolve_any(outer, names)
    if not o:
        return False
    return any(o[0] == i[0] and (o[1] is None or o[1] == i[1]) and (o[2] is None) and i != o
               for i in _alternatives().get(inner) or [_resolve_any(inner, names)] if i)


@lru_cache(maxsize=1)
def _counties() -> list[tuple[str, str | None, str]]:
    """Every county of jionlp's gazetteer as its chain (province, city or None, county)."""
    return [(prov, _city_of(city), county) for prov, pv in china_locations().items()
            for city, cv in pv.items() if not city.startswith("_")
            for county in cv if not county.startswith("_")]


@lru_cache(maxsize=1)
def _alternatives() -> dict[str, list[tuple[str, str | None, str]]]:
    """The county names two or more counties bear (长安区 in 西安市 and in 石家庄市, 青山区 in 武汉市
    and in 包头市, 朝阳区, 普陀区, …: thirty), each with all its chains; `_gazetteer` holds the
    first only."""
    by: dict[str, list[tuple[str, str | None, str]]] = {}
    for chain in _counties():
        if len(chain[2]) >= 3:
            by.setdefault(chain[2], []).append(chain)
    return {k: v for k, v in by.items() if len(v) > 1}


def _pick(printed: str, chain: tuple, before: tuple | None, context: list[tuple]) -> tuple:
    """The chain of a county name two counties bear: the one under the province or city printed
    right before it (陕西省西安市 / 长安区), else under a city, then a province, the article
    names (a story of 武汉 that says 青山区); else the gazetteer's first."""
    options = _alternatives().get(printed)
    if not options:
        return chain
    if before is not None:
        held = [c for c in options if c[0] == before[0] and (before[1] is None or c[1] == before[1])]
        if held:
            return held[0]
    return _in_context(options, context) or chain


def _in_context(options: list[tuple], context: list[tuple]) -> tuple | None:
    """The one chain of `options` under a city, else the one under a province, of those the
    article names (`_context`); None where none or several are."""
    for level in (1, 0):
        held = [c for c in options if any(x[level] == c[level] for x in context if x[level])]
        if len(held) == 1:
            return held[0]
    return None


def _context(paragraphs: list[str], names: dict) -> list[tuple]:
    """The chains of the provinces and cities an article prints (unambiguous names only)."""
    out = []
    for text in paragraphs:
        for a, b in _matches(text, names):
            chain = names[text[a:b]]
            if chain[2] is None and text[a:b] not in _alternatives():
                out.append(chain)
    return out


def find(paragraphs: list[str]) -> list[dict]:
    names = _gazetteer()
    if not names:
        return []
    model = lexical.available()
    places: dict[str, dict] = {}
    zones: dict[str, str] = {}      # a development zone as printed -> its full name, over the article
    # counties the article names inside an organisation's name or a title (芒康县 in 西藏昌都市
    # 芒康县木许乡党委书记): no place there, but their towns printed alone are theirs
    named_counties: list[tuple] = []
    context: list[tuple] | None = None      # the article's provinces and cities, read when first needed
    for k, text in enumerate(paragraphs):
        # (the names of events and indices a place heads are names it is inside too)
        named = _named_events(lexical.analyse(text)) if model else []
        taken = _inside_names(text) + named if model else []
        spans = _matches(text, names)
        line_names, title_spans = _line_names(text), _title_spans(text)
        named_counties += [r for a, b in spans if (r := names[text[a:b]])[2]]
        if model:
            # A gazetteer name LAC does not read as a place where it stands (黄淮南部 holds no
            # 淮南) or reads inside an organisation's name is none; a place LAC reads that only
            # the world gazetteer holds is one as printed (埃及, 开罗), unless it is a region.
            aid = _aid_team_places(text) + _dateline_place(text)
            events = named + [m.span() for m in _SET_TERMS.finditer(text)] + \
                [m.span() for m in _WORK_OR_SERIES.finditer(text)] + [m.span(1) for m in _FIRM_SEAT.finditer(text)]
            found = [(a, b) for a, b in _model_places(text) if not any(x <= a and b <= y for x, y in events)] + aid
            found += _demonyms(lexical.analyse(text), names)
            words = {(w.start, w.end) for w in lexical.analyse(text)}
            starts = {a for a, _ in words}
            ends = {b for _, b in words}
            # a country or a foreign city by jionlp's world gazetteer, where LAC's words meet
            # it and LAC read it as no name of something else (在万象会见: LAC's noun)
            for a, b in _matches(text, _abroad_names()):
                word = lexical.word_at(text, a)
                named = word is not None and word.end == b and word.tag == "PER"   # 布隆迪, 利兹 as LAC's names
                # a country at the head of a place of LAC's that no gazetteer holds (玻利维亚
                # 埃尔埃斯皮诺 / 公路): the country, the rest a place in it
                heads = word is not None and word.start == a and word.end > b and word.tag == "LOC" \
                    and text[a:b] in _countries() and _resolve_any(word.text, names) is None
                # (a country whose name goes on past LAC's place in brackets: 刚果 / （金）)
                qualified = word is not None and word.start == a and word.end < b and word.tag == "LOC" \
                    and text[b - 1] == "）"
                if a in starts and (b in ends or heads) and (named or not any(x <= a < y for x, y in taken)) \
                        and not any(x <= a < y for x, y in found if (x, y) != (word.start, word.end) or not (heads or qualified)) \
                        and not any(x <= a < y for x, y in events) and not _named_otherwise(text, a, b):
                    found = [(x, y) for x, y in found if (x, y) != (a, word.end)] if heads or qualified else found
                    found.append((a, b))
            spans = [(a, b) for a, b in spans if (a in starts or any(x <= a < y for x, y in aid))
                     and (not any(x <= a and b <= y for x, y in taken) or any(x <= a and b <= y for x, y in aid))
                     and any(x <= a and b <= y for x, y in found)
                     and not any(x == a and _NAMED_AFTER.fullmatch(text, b, y) for x, y in found)]
            # a place of LAC's that the gazetteer resolves whole over names it holds apart
            # (上海青浦: 上海 and a county's short name) is the one place
            for a, b in found:
                inner = [(x, y) for x, y in spans if a <= x and y <= b and (x, y) != (a, b)]
                if inner and _resolve_any(text[a:b], names) is not None:
                    spans = [(x, y) for x, y in spans if (x, y) not in inner] + [(a, b)]
            # (a town printed after its county is read with it: 永昌县 / 水源镇)
            reach = [(x, town.end() if (town := _TOWN.match(text, y)) and _resolve_any(text[x:y], names)[2] else y)
                     for x, y in spans]
            for a, b in found:
                printed = text[a:b]
                zone = _zone(text, a, b, names, spans, zones) if _ZONE.search(printed) else None
                if zone is not None:
                    # 天津滨海高新区, 重庆 / 两江新区: the zone with its city, the city no place alone
                    full, head = zone
                    first = head[0] if head else a
                    spans[:] = [(x, y) for x, y in spans if not (first <= x < b)]
                    reach = [(x, y) for x, y in reach if not (first <= x < b)]
                    _add(places, full, text[first:b], (None, None, None, None), k, first, b)
                    continue
                if printed.endswith(_ORG_ENDINGS):
                    continue        # 陕西省宝鸡市宝钛集团: an organisation LAC read as a place
                if any(x <= a < y for x, y in reach) or printed in _REGIONS or len(printed) < 2 \
                        or _named_otherwise(text, a, b) \
                        or any(x <= a and b <= y for x, y in line_names) \
                        or any(x < a < y for x, y in title_spans):
                    # (长敦: LAC's place in 外长敦, a name after a title)
                    continue
                if _resolve_any(printed, names) is not None:
                    spans.append((a, b))
                    continue
                city = _city_words().get(printed)
                if city is not None:
                    _add(places, _full_name(city), printed, (city[0], city[1], None, None),
                         k, a, b)
                    continue
                county = None if text.startswith(_FEATURE_ENDINGS, b) else _county_by_short_name(
                    printed, context if context is not None else (context := _context(paragraphs, names)))
                if county is not None:
                    # 郧西，秦巴山东麓: a county by its short name, where LAC reads a place (not 黄浦 of
                    # 黄浦江, a river named after it)
                    _add(places, _full_name(county), printed, (*county, None), k, a, b)
                    continue
                after = lexical.word_at(text, b) if text[b:b + 1] in ("省", "州") and text[a - 1:a] not in ("—", "－") else None
                if after is not None and len(after.text) == 1 and printed not in _abroad():
                    b += 1      # 阿达纳 / 省 (LAC's verb): the province, as printed (not the half
                    # of a name joined by a dash, 开伯尔—普什图 / 省)
                    printed = text[a:b]
                if printed not in _abroad() and not _foreign_division(text, a, b):
                    # A place of LAC's that neither gazetteer holds is most often no place at all
                    # (on the tuning third: none of 10 was; 泰康同济, 欧洲之星, 返津, 政县).
                    continue
                if _credited(text, a, b):
                    continue        # a reporter LAC read as a place
                _add(places, printed, printed, (None, None, None, None), k, a, b)
        # a place inside a line's or a facility's name (拉萨至林芝铁路, 雄安城际铁路), or one
        # that begins inside a title word (老挝外长沙伦赛: no 长沙): no place
        spans = sorted({(a, b) for a, b in spans if not any(x <= a and b <= y for x, y in line_names)
                        and not (model and _names_a_feature(text, b))
                        and not any(x < a < y for x, y in title_spans) and not _STATE_POST.match(text, b)})
        # 湖南衡阳, 广东省深圳市: a province or city printed right before a place in it is that
        # place's chain, no place of its own
        outer = {spans[i + 1][0]: _resolve_any(text[a:b], names) for i, (a, b) in enumerate(spans)
                 if i + 1 < len(spans) and spans[i + 1][0] == b and _within(text[a:b], text[b:spans[i + 1][1]], names)}
        spans = [(a, b) for a, b in spans if b not in outer]
        if model:
            spans = [(a, b) for a, b in spans if not _credited(text, a, b)]     # （记者辛阳、胡婧怡）
        for a, b in spans:
            prov, city, county = _pick(text[a:b], _resolve_any(text[a:b], names), outer.get(a),
                                       context if context is not None else (context := _context(paragraphs, names)))
            end = b
            # the town printed right after its county: by the gazetteer's name for it where it
            # knows the town (果珠乡 -> 果珠彝族乡), else as printed where it reads as a town
            official = _town_after(text, end, (prov, city, county)) if county else None
            town = None if official else (_TOWN.match(text, end) if county else None)
            village = None
            if official:
                end, town_name = official
            elif town and (tag(town.group(1)) or "ns").startswith("ns"):
                end, town_name = town.end(), town.group(1)      # (城关镇: jieba knows it, as a place)
            else:
                town_name = None
                # a village or community right after its county, the town left out: its town
                # by the gazetteer (荆州区东升社区 -> …荆州区东城街道东升社区)
                held = _village_in(text, end, (prov, city, county)) if county else None
                if held:
                    end, town_name, village = held[0], held[1], (held[0], held[2])
            # a village or community printed right after its town (平凤乡郎家村, 兴隆镇太平村):
            # the chain's last link (RULES.md: a division at any level, by its full chain)
            if village is None:
                village = _village_at(text, end) if town_name else None
            if village:
                end = village[0]
            printed = text[a:end]
            parts = [prov, city, county, town_name]
            if village:
                parts.append(village[1])
            _add(places, _full_name(parts), printed, (prov, city, county, town_name),
                 k, a, end)
    if model:
        _towns_alone(paragraphs, places, named_counties)
    return list(places.values())


# What makes a place's name the name of a community, a village or a street named after it
# (东营社区 of 城关镇, 长安路): LAC's place word that is a gazetteer name and one of these is no
# place of that name.
_NAMED_AFTER = re.compile(r"(?:社区|村|路|街|大街|大道)")
# The divisions of a foreign state as Chinese prints them (仰光省, 碧瑶市, 比奥比奥大区, 哈扎娜村).
_DIVISION_ENDINGS = ("省", "市", "州", "大区", "县", "村")


def _foreign_division(text: str, a: int, b: int) -> bool:
    """Whether a place of LAC's at `a`:`b` that neither gazetteer holds is a division of a
    foreign state: named as one (three characters or more, ending 省, 市, 州, 大区, 县 or 村),
    after a country other than China printed in the same clause, with no place of China's
    between (在荷兰北荷兰省斯洛特多普村; 缅甸分公司向仰光省…). RULES.md lists foreign cities and
    provinces as printed. (Alone, such a name is as often a street's or a facility's piece:
    东利市 of 东利市营胡同.)"""
    printed = text[a:b]
    if len(printed) >= 2 and not printed.endswith(_FEATURES_ABROAD) and _after_its_country(text, a) \
            and _name_ends(text, b):
        return True
    if len(printed) < 3 or not printed.endswith(_DIVISION_ENDINGS) or printed.startswith(("中国", "我国")):
        return False
    # (the last country before it, not a people's name, 蒙古族; and no place of China's
    # gazetteer between them: 赤道几内亚…在云南省金平县, a Chinese county the gazetteer holds
    # by its full name)
    if printed.endswith("城市") or printed in _GENERIC_DIVISIONS:
        return False        # 大城市, 联邦州, 建制村: divisions by kind
    country = None
    for m in _country_pattern().finditer(text, 0, a):
        if not text.startswith("族", m.end()):
            country = m
    # (in the same clause, or the clause after 在 and the country, which sets its scene: 在菲律宾，
    # 碧瑶市…; not 毕业于美国印第安纳大学，2015年来到青山村)
    if country is None:
        return False
    scene = text[country.end():a] in ("，", ",") and text.endswith("在", 0, country.start())
    return (scene or not _CLAUSE_BREAK.search(text, country.end(), a)) \
        and not _matches(text[country.end():a], _gazetteer())


# What ends the name of a feature, a building or a direction, not a city's (毕拉河, 西奈半岛,
# 迪拜塔, 洛杉矶港, 巴黎圣母院, 布鲁塞尔西南, 明尼苏达州北部).
_FEATURES_ABROAD = tuple("河 湖 江 海 山 岛 港 湾 塔 城 院 宫 寺 庙 部 东 西 南 北 岸 区 期 屯 渠 村 桥 馆 园 场 站 厂 峡 谷 堡 洲 根州".split())


def _name_ends(text: str, b: int) -> bool:
    """Whether a place's name ends at `b`: the text ends, or a mark (not a dash that joins two
    names: 北莱茵—威斯特法伦州) or a word that is no part of a name follows (not 吴哥 / 古迹,
    中马 / 友谊大桥, 柬华 / 理事总会, 密歇 / 根州)."""
    if b >= len(text):
        return True
    word = lexical.word_at(text, b)
    if word is None:
        return False
    return (word.tag == "w" and not word.text.startswith(("—", "－", "-", "·"))) or \
        word.tag in ("v", "p", "u", "c", "f", "d", "m", "TIME", "r", "q")


def _after_its_country(text: str, a: int) -> bool:
    """Whether LAC's place at `a` stands right after a country other than China, or in a list
    of LAC's places that does (韩国平昌, 美国洛杉矶、休斯敦和…): a city of that country, which
    RULES.md lists as printed though no gazetteer holds it."""
    country = None
    for m in _country_pattern().finditer(text, max(0, a - 40), a):
        country = m
    if country is None or _country_pattern().match(text, country.start()).end() > country.end():
        return False        # (印度 / 尼西亚: the country runs on past the place)
    at = country.end()
    while at < a:
        word = lexical.word_at(text, at)
        if word is None or not (word.tag == "LOC" or word.text in ("、", "和")) or word.end > a:
            return False
        at = word.end
    return True


_GENERIC_DIVISIONS = frozenset("联邦州 建制村 行政村 自然村 贫困村 中心村".split())
_CLAUSE_BREAK = re.compile("[，,。；;！!？?：:]")


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern:
    """The countries of the world gazetteer but China, longest first."""
    names = sorted((c for c in _countries() if c != "中国" and len(c) >= 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _full_name(chain) -> str:
    """A place's full name from the links of its chain, missing ones (None) left out and a link
    its parent repeats once (北京市, 北京市 -> 北京市)."""
    return "".join(dict.fromkeys(x for x in chain if x))


def _add(places: dict[str, dict], full: str, name: str, chain: tuple, k: int, start: int, end: int) -> None:
    """Record a mention of the place `full` (its full name), printed as `name` at `start`:`end`
    of text `k`; `chain` is (province, city, county, town), missing links None."""
    full = _SAR.get(full, full)
    p = places.setdefault(full, {"name": name, "full": full, "province": chain[0], "city": chain[1],
                                 "county": chain[2], "town": chain[3], "mentions": []})
    p["mentions"].append(Mention(k, start, end).to_dict())


def _village_at(text: str, at: int) -> tuple[int, str] | None:
    """(end, name) of a village or community printed at `at`, right after its town: a name
    ending in 村 or 社区 that is no ordinary word (农村), or that LAC reads as a place (张庄村,
    which jieba takes for a person's name)."""
    of = text.startswith("的", at)
    if of:
        at += 1         # 吕河镇的险滩村: the town's village, where LAC reads it as a place
    m = _VILLAGE.match(text, at)
    if m is None or m.group(1)[0] == "的":
        return None
    word = lexical.word_at(text, at) if lexical.available() else None
    if (not of and (tag(m.group(1)) or "ns").startswith("ns")) or (
            word is not None and word.start == at and word.tag == "LOC" and word.end == m.end()):
        return m.end(), m.group(1)
    return None


# What follows a place that heads a title: its body, if any, and the post (村党支部书记).
_HEADS_TITLE = re.compile(r"(?:党支部|党委|党总支|党工委|村委会|居委会|社区)?(?:副|常务副)?(?:书记|主任|委员|村长|镇长|乡长|主席)")


def _towns_alone(paragraphs: list[str], places: dict[str, dict], named: list[tuple] = ()) -> None:
    """Towns printed without their county, in an article that names the county (虞城县 …
    郑集乡张庄村), as a place or inside a name or a title (`named`: 芒康县木许乡党委书记 … 木许乡):
    each a place by its full chain, a village right after it its last link. Only the
    gazetteer's towns of those counties, where LAC's words meet them."""
    # (in the order the article names them: a set's order would change from run to run)
    counties = dict.fromkeys([(p["province"], p["city"], p["county"]) for p in places.values() if p["county"]]
                             + list(named))
    taken = {(m["paragraph"], m["start"]) for p in places.values() for m in p["mentions"]}
    covered = [(m["paragraph"], m["start"], m["end"]) for p in places.values() for m in p["mentions"]]
    for key in counties:
        by = _towns().get(key) or {}
        for k, text in enumerate(paragraphs):
            starts = set(lexical.index(text)[0])
            for printed, name in by.items():
                if not printed.endswith(("镇", "乡", "街道")) or len(printed) < 3:
                    continue
                for m in re.finditer(re.escape(printed), text):
                    at = m.start()
                    if at not in starts or (k, at) in taken or any(q == k and x <= at < y for q, x, y in covered):
                        continue
                    village = _village_at(text, m.end())
                    end = village[0] if village else m.end()
                    if _HEADS_TITLE.match(text, end):
                        continue    # 流水镇爱国村党支部书记: a place in a title is none
                    parts = (*key, name, village[1] if village else None)
                    _add(places, _full_name(parts), text[at:end], (*key, name), k, at, end)
                    taken.add((k, at))
            # ...and a village or community of the county printed alone, where LAC reads a
            # place (隔壁竹园村): by its town, the gazetteer's (one town holding that name)
            for w in lexical.analyse(text):
                town = _villages(key).get(w.text) if w.tag == "LOC" and w.text.endswith(("村", "社区")) \
                    and len(w.text) >= 3 else None     # (not 包村, a word too)
                if town and (k, w.start) not in taken and not any(q == k and x <= w.start < y for q, x, y in covered):
                    _add(places, _full_name((*key, town, w.text)), w.text, (*key, town),
                         k, w.start, w.end)
                    taken.add((k, w.start))
