"""Organisations by the endings their names have (集团, 有限公司, 局, 政府, …) and the words before
them: 甘肃能源化工投资集团, 聚合电力工程设计（北京）股份有限公司, 市工信局, 永昌县政府. A short form
is linked to the full name when the article shows it: named as such (以下简称“…”), or made of
the full name's characters in order, with its first two together and its last (甘肃能化集团,
金昌经开区)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..names import data_words
from . import lexical
from .people import COUNTRY_CHARS, title_spans, title_words
from .places import _AID_TEAM, _SIDE as _PLACE_SIDE
from .spans import Mention, common_word, tag, window_tokens

# Words that cannot stand inside a name: they join the clause around it (在金昌经开区投资).
_STOP_TAGS = ("v", "p", "c", "u", "r", "d", "m", "q", "t", "x", "y", "e", "o", "w", "ul", "uj", "ad", "l", "i")
# A word jieba does not know may have swallowed the function word before a name (如金宏翔).
_LEAD = frozenset("如像在由与和及对向赴到从被把将为是")
_STOP_WORDS = frozenset("""在 由 与 和 及 对 向 赴 到 为 是 将 把 被 从 了 的 等 以及 会同 联合 组织 推动 开展 召开 举行
会见 走进 深入 督促 引导 支持 推荐 培育 全市 全省 全国 我市 我省 我县 记者 本报 近日 日前 今年 去年 各 各类 多家
如 像 例如 比如 其中 包括 有关 相关 该 本 其 这 那 每 一 两 多
""".split())
# A lone 市/县/区/省 before the ending is the local government's own short form (市工信局).
_LOCAL = frozenset("市县区省州镇乡村")
# An ending alone is no name, nor are words that merely end like one (社会, 部分, 内部, 机会).
_NOT_ORGS = frozenset("""社会 部分 内部 外部 全部 东部 西部 南部 北部 中部 干部 机会 大会 座谈会 推进会 发布会 协商会
招聘会 会议 工作会 展会 博览会 运动会 晚会 聚会 理事会 交流会 动员会 现场会 总会 学习会 专题会 各部 局部 底部 顶部 头部
本部 基层 窗口 格局 布局 结局 当局 大局 开局 全局 新局 大院 庭院 影院 剧院 书院 商院 住院 医院 学院 法院 中心 重心 核心
信心 耐心 细心 用心 热心 暖心 舒心 小区 社区 园区 景区 地区 城区 山区 矿区 片区 街区 辖区 区域
部署 签署 机会 入会 开会 都会 到会 与会 办会 全会 例会
""".split())


# Meetings, groups of people and parts, which end like organisations but are none (动员大会, 党员干部).
_NOT_ORG_ENDINGS = tuple("""大会 会议 座谈会 推进会 发布会 协商会 招聘会 工作会 展会 博览会 运动会 晚会 聚会 交流会 动员会
现场会 学习会 专题会 例会 年会 峰会 论坛会 干部 部分 内部 全部 外部 基层 委员 班子""".split())
# ...which no name runs on into (…应急管理局 / 干部, 火神山医院 / 全部), bar 大会, which ends 全国人民代表大会.
_NOT_CARRIED = tuple(e for e in _NOT_ORG_ENDINGS if e != "大会")


@lru_cache(maxsize=1)
def suffixes() -> tuple[str, ...]:
    return tuple(sorted(set(data_words("org_suffixes.txt")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _ending() -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, suffixes())) + ")")


def _start(text: str, end: int, suffix_at: int, toks: list[tuple[int, int]]) -> int | None:
    """Where the name that ends at `end` begins: back over the words before its ending while
    they are names and nouns, not verbs, prepositions or numbers; None if nothing is left."""
    # from the start of the word that holds the ending (分公司, 监管局), unless that word is a
    # verb that merely ends like one (部署)
    holder = next(((a, b) for a, b in toks if a <= suffix_at < b), None)
    if holder:
        t = tag(text[holder[0]:holder[1]])
        w = text[holder[0]:holder[1]]
        if t in _STOP_TAGS or w in _NOT_ORGS or (end - suffix_at == 1 and t not in (None, "n", "nt", "nz", "ns", "j")):
            return None
    start = holder[0] if holder else suffix_at
    for a, b in reversed(toks):
        if b > start:
            continue
        w = text[a:b]
        # A one-character verb between a name and a noun belongs to the name (中铁建发展集团).
        inner_verb = len(w) == 1 and tag(w) == "v" and a > 0 and tag(_word_before(toks, a, text)) in (None, "n", "nt", "nz", "ns", "j")
        ordinal = re.fullmatch(r"第[一二三四五六七八九十\d]+", w) is not None      # 第二人民医院
        if b != start or w in _STOP_WORDS or (tag(w) in _STOP_TAGS and not inner_verb and not ordinal) \
                or not re.fullmatch(r"[\u4e00-\u9fff（）()]+", w):
            break
        lead = max((i for i, c in enumerate(w) if c in _LEAD), default=-1) if tag(w) is None else -1
        if lead >= 0:
            start = a + lead + 1    # 魏华从市: an unknown word that holds a function word ends there
            break
        start = a
        if suffix_at - start > 22:
            return None
    return start


def _word_before(toks, a: int, text: str) -> str:
    return next((text[x:y] for x, y in toks if y == a), "")


def _title_follows(text: str, at: int) -> bool:
    return text.startswith(title_words(), at)


# Bodies named by their level alone (the city's party committee) or by their kind alone (人大,
# 政协, 人民法院, 社区医院: RULES.md, no gold lists one): no name, a reference.
_BARE = frozenset("市委 县委 省委 区委 州委 镇委 乡委 党委 党组 党支部 党总支 市政府 县政府 省政府 区政府 镇政府 乡政府 "
                  "政府 党委政府 市委市政府 县委县政府 省委省政府 区委区政府 市委和市政府 县委和县政府 省委和省政府 "
                  "有关部门 本报 该公司 公司 集团 医院 学校 方舱医院 人大 政协 人民政协 纪委监委 人民法院 人民检察院 社区医院 "
                  "领导小组".split())
# A party committee named by its level alone (乡党委, as 市委 alone: RULES.md), or by its
# body's kind alone (院党委, 局党组: the hospital's, the bureau's); a department so named
# (省财政厅, 市工信局) is one, as both gold sets have it.
_LEVEL_DEPARTMENT = re.compile(r"[省市县区乡镇]党委|[院校所局厂][党纪](?:委|组|总支|支部)")
# Pairs of countries by their one-character short names (美俄, 中非 in 中非关系, 美俄军): LAC
# takes them for organisations; they are none.
_COUNTRY_PAIR = re.compile(f"[{COUNTRY_CHARS}]{{2,3}}军?")
# A generation (90后), or a name with a sign in it (区委+乡镇街道党): none.
_NO_NAME = re.compile(r"\d+后|.*[+＋|/／].*")
# Where LAC stops a name short, the words after it that carry it on to its ending (世卫 / 组织,
# 国务院 / 联防联控机制): parts of speech that may stand inside a name.
_INNER = ("n", "vn", "nz", "v", "ORG", "LOC", "j", "an")
# ...and the endings that close such a name: the list's, and the words a task force or an
# international body ends in.
_CARRY_MORE = ("机制", "组织", "小组", "领导小组", "工作组", "指挥部", "联盟", "专班")


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(title_words())


def _carry() -> tuple[str, ...]:
    return suffixes() + _CARRY_MORE


# What a firm's or an institution's name ends in where LAC tags the whole a place.
_FIRM_ENDINGS = ("集团", "公司", "医院", "大学", "学院", "银行", "协会", "商会", "联合会", "研究院", "研究所",
                 "电视台", "报社", "军分区")
# One name of LAC's that holds a place, 同 or 跟 (with) and an organisation: 中国同世卫组织.
_WITH = re.compile(r"(.{2,6}?)[同跟](.{2,})")
# A body named by its kind and a count or 某 (一家政公司, 某医院): no name.
_BY_KIND = re.compile(r"[一两几某](?:家|个|所|支|座)")


# Words after an ending that carry a name on (九三学社中央, 民建中央, 国务院总部): no overrun.
_NAME_GOES_ON = ("中央", "总部", "总社", "分社", "分会")


def _overrun(w, after) -> int:
    """How many characters of the next word an organisation of LAC's (`w`) runs on into
    after its ending: 美国布鲁金斯学会军控 (军控 a word of its own), 美国布鲁金斯学会军 / 控
    (军控 made with the word `after`); 0 for a name that ends as one or runs into no word."""
    if w.text.endswith(_carry()) or w.text.endswith(_NAME_GOES_ON):
        return 0
    for over in (1, 2, 3):
        if len(w.text) - over >= 3 and w.text[:-over].endswith(_carry()):
            tail = w.text[-over:]
            if (over > 1 and common_word(tail)) or (after is not None and common_word(tail + after.text)):
                return over
    return 0


def _country_cut(text: str, start: int, end: int) -> int:
    """How many characters before LAC's organisation at `start`:`end` begin a country's name
    that runs on into it (几内 / 亚政府: LAC reads 几内 as a number, 几内亚 is the country); 0 if
    none."""
    from .places import _countries

    return next((n for n in range(1, min(4, start) + 1) for size in range(n + 1, min(n + 8, end - start + n) + 1)
                 if text[start - n:start - n + size] in _countries()), 0)


def _name_before(text: str, at: int, known, longest: int = 6) -> int:
    """The length of the longest name of two to `longest` characters that ends at `at` and that
    `known` (a test of a name) accepts (美国 / 国防部, 广州市 / 越秀区); 0 where none does."""
    return next((n for n in range(min(longest, at), 1, -1) if known(text[at - n:at])), 0)


def _is_place(name: str) -> bool:
    from .places import _abroad, _gazetteer

    return name in ("我国", "中方") or name in _abroad() or name in _gazetteer()


# Nouns that make an organisation's short name a kind of body (中资机构, 外资企业).
_KIND_NOUNS = frozenset("机构 企业 企业家 背景".split())


# A court's division LAC cuts after its first character (最高人民法院民 / 二庭: 民二庭, the second
# civil division): the court is the organisation (RULES.md: a department gives its parent).
_COURT_DIVISION = re.compile(r"(.{2,}(?:法院|检察院))[民刑行]")
_DIVISION = re.compile(r"[一二三四五六七八九十]+庭")
# The short names of the highest court and procuratorate, which LAC reads as words (最高 / 法).
_SHORT_NAMES = re.compile(r"最高[法检](?![官律规典定院])")


# jieba's parts of speech of the general vocabulary (no name, no organisation, no short form)
_ORDINARY_TAGS = frozenset("n v vn a an ad d m".split())


def _ordinary(name: str) -> bool:
    """Whether a short organisation of LAC's (three characters or fewer) is a word of the
    general vocabulary with no organisation's ending: 东风 (乘着“新基建”的东风), 邮政 (邮政快递业),
    好帮手, 保育员, 运达 (LAC read each as an organisation in the gold's tuning articles; those
    of the gold's organisations that are such words, 时代 and 明镜, LAC did not find). A
    paper's or a site's name (卫报, 人民网) and a village's (竹园村) are names."""
    return len(name) <= 3 and tag(name) in _ORDINARY_TAGS and not name.endswith(suffixes() + _MEDIA_ENDINGS + ("村",))


_MEDIA_ENDINGS = ("报", "网", "台", "刊")     # (卫报, 人民网: a paper, a site)


def _listed(text: str, at: int) -> bool:
    """Whether the organisation at `at` (a word of LAC's) stands in a list with another of
    LAC's (申通、韵达、中通、德邦、宅急送): a brand that is an ordinary word (宅急送) is a name there."""
    words = lexical.analyse(text)
    k = lexical.index(text)[0].get(at)
    return k is not None and any(0 <= j < len(words) and words[j].tag == "ORG" and
                                 words[(j + k) // 2].text in ("、", "和", "与", "及") for j in (k - 2, k + 2))


def _model_orgs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each organisation LAC finds in the text, carried on over the words
    after it to an organisation's ending where LAC cut it short, and the organisation named
    in a title before its title word (湖北 / 省委书记 -> 湖北省委)."""
    words = lexical.analyse(text)
    out: list[tuple[int, int]] = []
    for k, w in enumerate(words):
        if w.tag == "LOC" and w.text.endswith(_FIRM_ENDINGS) and len(w.text) > 4:
            out.append((w.start, w.end))    # 陕西省宝鸡市宝钛集团/LOC: a firm its place heads
            continue
        if w.tag == "ORG" and k + 1 < len(words) and words[k + 1].text in _KIND_NOUNS and \
                words[k + 1].start == w.end and not w.text.endswith(_carry()):
            continue        # 中资 / 机构: organisations by kind, no name
        # (a name of three characters or fewer is whole: 非盟 / 和 / 非洲疾控中心 are two)
        if w.tag == "ORG" and k + 2 < len(words) and words[k + 1].text in ("与", "和") and \
                words[k + 2].tag == "ORG" and words[k + 2].text.endswith(_carry()) and len(w.text) > 3 and \
                not w.text.endswith(_carry()) and words[k + 1].start == w.end and words[k + 2].start == words[k + 1].end:
            out.append((w.start, words[k + 2].end))     # 国家航天局探月 / 与 / 航天工程中心: one name
            continue
        if w.tag == "ORG" and k + 1 < len(words) and words[k + 1].text[:1] in ("与", "和") and len(w.text) > 3 and \
                words[k + 1].text.endswith(_carry()) and not w.text.endswith(_carry()) and words[k + 1].start == w.end:
            out.append((w.start, words[k + 1].end))     # 中央党史 / 和文献研究院 (LAC's one word): one name
            continue
        court = _COURT_DIVISION.fullmatch(w.text) if w.tag == "ORG" else None
        if court and k + 1 < len(words) and words[k + 1].start == w.end and _DIVISION.match(words[k + 1].text):
            out.append((w.start, w.start + len(court.group(1))))    # 最高人民法院民 / 二庭: the court
            continue
        if w.tag == "ORG" and _BY_KIND.search(w.text):
            continue        # 普陀区一家政公司: a body by kind (a housekeeping firm), no name
        if w.tag == "ORG":
            end, j = w.end, k + 1
            start = w.start - _country_cut(text, w.start, w.end)     # 几内 / 亚政府: 几内亚政府
            joined = _WITH.match(w.text)
            if joined and _is_place(joined.group(1)) and tag(w.text[len(joined.group(1)):][:2]) is None:
                # (not 中国同济大学: 同济 is a word)
                start += len(joined.group(1)) + 1       # 中国 / 同 / 世卫组织: the place is none of it
            over = _overrun(w, words[k + 1] if k + 1 < len(words) and words[k + 1].start == w.end else None)
            if over:
                out.append((start, w.end - over))   # 美国布鲁金斯学会 / 军控, …学会军 / 控: the next word
                continue
            if k and words[k - 1].tag == "LOC" and words[k - 1].end == w.start and not w.text.startswith(("市", "省", "县", "区")):
                start = words[k - 1].start      # 陕西省宝鸡市 / 宝钛集团: the place heads the name
            cut_short = not w.text.endswith(_carry())
            while j < len(words) and j <= k + 3 and words[j].tag in _INNER and words[j].start == words[j - 1].end:
                x = words[j]
                if x.text.endswith(_titles()) or x.text.endswith(_NOT_CARRIED):
                    break       # 中共中央政治局 / 常委: a title, not more of the name; …应急管理局 / 干部: a person
                if (x.tag in ("n", "nz", "j", "ORG") and x.text.endswith(_carry()) and x.text != "组织") or (
                        cut_short and x.text == "组织"):
                    end = x.end     # (国务院 / 联防联控机制; 世卫 / 组织, but not 市政府 / 组织 (v))
                    break
                if x.tag == "v" or x.text in _OWNED_BY:
                    break       # 国务院 / 决策 / 部署, 公安部 / 承办: the clause goes on; 中国船舶集团
                    # / 旗下 / 上海外高桥造船有限公司: two organisations, one owning the other
                j += 1
            if text[start:end] not in _ERAS:
                out.append((start, end))
        elif w.tag == "LOC" and k + 1 < len(words) and words[k + 1].start == w.end:
            m = _LEVEL_BODY.match(words[k + 1].text)
            if m:
                out.append((w.start, w.end + len(m.group(1))))
    return out


# Words of an era or a slogan that the model tags as an organisation (新时代 in 习近平新时代中国
# 特色社会主义思想, 9 articles of 40 pages laid out from the corpus): none, unless an ending
# follows (新时代文明实践中心, carried on above).
_ERAS = frozenset("新时代 新征程 新阶段 新时期 新常态 新起点 新发展阶段 新纪元 新格局".split())

_LEVEL_BODY = re.compile(r"((?:省|市|县|区|州|自治区)?(?:委|政府|人大常委会|政协))(?:书记|副书记|常委|委员|主席|副主席|省长|市长|县长|区长|秘书长)")


# Posts whose title word holds the last character of the body they head: 智利卫生部长 heads
# 智利卫生部, 国防部长 国防部 (the gold of 66 real articles names the body so).
_HEADS_IN_TITLE = {"部长": "部", "局长": "局", "厅长": "厅", "署长": "署"}
# What a title's head starting so names no body: a reference (该院, 集团应急领导小组: the group's own).
_NO_HEAD = ("该", "本", "其", "这", "那", "此", "各", "集团", "公司", "医院", "学校")
# What title_words() puts before a post (people.title_words: 副, 常务副, 第一, 执行 + the post).
_POST_QUALIFIER = re.compile(r"^(?:常务副|副|第一|执行)")
# Words that qualify a post, between the body's name and the title word (名誉会长, 常务副主任).
_QUALIFIED = re.compile(r"(?:副|常务|名誉|荣誉|首席|执行|代理|候补|特邀|高级|资深|第一)+$")


def _title_heads(text: str) -> list[tuple[int, int]]:
    """(start, end) of the organisation heading each title of a person LAC names: the title
    (people.title_spans, the chain read back from the name) without its title word and the
    words that qualify it, where what is left ends as an organisation does: 天津市律师协会会长
    -> 天津市律师协会, 全日本华侨华人联合会名誉会长 -> 全日本华侨华人联合会, 智利卫生部长 ->
    智利卫生部 (RULES.md: organisations named inside a title count). LAC alone cuts many such
    names short (日本华侨华人联合会) or leaves them untagged (澳大利亚 / 广西 / 联谊会)."""
    out = []
    for w in lexical.analyse(text):
        if w.tag != "PER":
            continue
        for a, b in title_spans(text, w.start) or ():
            title = text[a:b]
            # (the shortest title word: 党工委书记 is one, and would leave 鱼梁洲经济开发区 / 党工委书记)
            word = next((t for t in reversed(_titles()) if title.endswith(t)), None)
            if word is None or len(word) >= len(title) or (a and text[a - 1] in "和与及"):
                continue    # (山西省林业和 / 草原局…: the chain stopped inside the body's name)
            head = b - len(word)
            if text[a] in "原前":
                a += 1      # 原湖北省卫健委主任: a former post of the body's
            qualified = _QUALIFIED.search(text, a, head)
            end = qualified.start() if qualified else head
            post = _POST_QUALIFIER.sub("", word)
            if end == head and post in _HEADS_IN_TITLE and not text[a:end].endswith(_HEADS_IN_TITLE[post]):
                end += 1    # 智利卫生 / 部长: the body's last character is the title word's first
            name = text[a:end]
            if len(name) < 3 or not name.endswith(_carry()) or name.startswith(_NO_HEAD) or _unit_by_work(name) or (
                    _SUB_UNIT_ALONE.search(name) and not _SUB_UNIT.fullmatch(name)):
                continue    # 集团应急领导小组, 动植物保护处: a unit of a body not named
            out.append((a, end))
    return out


def _unit_by_work(name: str) -> bool:
    """Whether a name is a unit called by its work alone (司法所, 民政所, 环境所, 检验科): what
    every town or body has, no name (巴集乡民政所, with its place, is one)."""
    return len(name) <= 4 and name[-1] in "处所科站队股室" and common_word(name[:-1])


def find(paragraphs: list[str], headlines: int = 0) -> list[dict]:
    """Each organisation named in the texts: {"name", "short_for", "mentions": [{"paragraph",
    "start", "end"}]} (character offsets into `paragraphs[paragraph]`). `headlines`: how many
    of the first texts are the article's headlines (title and subtitles), where LAC's reading
    is least sure (`_headline_only`)."""
    if lexical.available():
        return _headline_only(_find_with_model(paragraphs), headlines)
    return _find_by_rules(paragraphs)


def _headline_only(orgs: list[dict], headlines: int) -> list[dict]:
    """The organisations, less those named only in the headlines with no organisation's
    ending, where the body names none that holds them: a headline is telegraphic, and LAC reads
    an organisation into its clipped phrases (陇电外 / 送区域扩大, where the body reads 陇电外送;
    美施压墨 / 重启工厂). A name the story is about is named again in its body (华为 in the
    headline, 华为公司 below)."""
    if not headlines:
        return orgs
    body = [o["name"] for o in orgs if any(m["paragraph"] >= headlines for m in o["mentions"])]
    return [o for o in orgs if any(m["paragraph"] >= headlines for m in o["mentions"])
            or o["name"].endswith(_carry() + _HEADLINE_ENDINGS) or _SHORT_NAMES.fullmatch(o["name"])
            or any(o["name"] in b for b in body)]


# (more endings a name in a headline may have: 中共中央, 老挝人革党中央, 解放军, 中央指导组, 武汉常青
# 街道, and short forms: 中科大, 华中师大, 央行)
_HEADLINE_ENDINGS = ("中央", "军", "组", "街道", "社区", "村", "大", "行")


# A body named by its level and a department (区委组织部, 社区居委会): a reference, no name.
_GENERIC = re.compile(r"(?:[省市县区州镇乡村]委|[省市县区镇乡]政府|社区|村|街道)?(?:组织部|宣传部|统战部|办公室|居委会|村委会|"
                      r"管委会|融媒体中心|医疗队|党支部|党委|党总支|党工委)|(?:乡镇|社区)?卫生院|社区卫生服务中心")
# A body every organisation has, after its name (中铁建发展集团党委委员): the organisation is
# the one named (RULES.md).
_SUB_BODY = re.compile(r"(?:党委|党组|党总支|党支部|纪委|办公室|工会|理事会)$")
# ...but a party branch set up on a building project is the project's, and a project no body.
_PROJECT_BRANCH = re.compile(r".*项目(?:临时)?党(?:支部|委|总支)")
# A department named by its function after its organisation's name (国家发改委社会司,
# 宝钛集团物资处, 火神山医院护理部): the organisation is the parent (RULES.md, the review).
_SUB_ENDINGS = r"(?:司|处|科|护理部|事业部|市场部|办公室|大队)"
# (the parent runs to the last ending before the department: 北京大学第一医院 / 重症医学科)
_SUB_UNIT = re.compile(r"(.{2,}(?:部|委|局|署|院|集团|公司|医院|大学))[\u4e00-\u9fff、与和]{0,10}?" + _SUB_ENDINGS)
# ...and a unit of a centre named by its work (孝感市疾控中心检验检测所, 福建省疾病预防控制中心传染
# 病防治所): the centre. (A research institute, 非洲疾控中心公共卫生研究所, is an institution of its
# own, as is one of an academy, 中国科学院武汉病毒研究所.)
_CENTRE_UNIT = re.compile(r"(.{2,}中心)[\u4e00-\u9fff]{1,6}?(?<!研究)所")
# Offices of the State Council and of the Party's centre are bodies of their own, not
# departments (国务院新闻办公室, 国务院台湾事务办公室, 中央网络安全和信息化委员会办公室).
_STATE_OFFICE = re.compile(r"(?:国务院|中共中央|中央)[\u4e00-\u9fff]{1,12}办公室")
# ...and such a department with no parent named before it (动植物保护处): no organisation's name.
_SUB_UNIT_ALONE = re.compile(_SUB_ENDINGS + "$")
# ...and a bureau of a ministry or a commission (公安部交通管理局, 公安部交管局, 国家卫健委疾控局:
# RULES.md's fifth set, as a 司): the parent to the last 部, 委 or 委员会 before the bureau's
# name (中央军委政治工作部宣传局 -> 中央军委政治工作部; …管委会港口局 -> …管委会, not 管委).
_MINISTRY_BUREAU = re.compile(r"(.{2,}(?:部|委员会|委会|委(?![会员])))[^\W\d_和与及]{2,10}局")
# A meeting or a session is an event, no organisation (全国人大三次会议, 党中央全会): the meetings
# of _NOT_ORG_ENDINGS, less 大会, which ends 全国人民代表大会 too.
_SESSION = tuple(e for e in _NOT_ORG_ENDINGS if e.endswith(("会", "会议")) and e != "大会") + ("全会", "研讨会")
# A firm's name with its seat in brackets (今麦郎食品（成都）有限公司, 医渡云（北京）技术有限公司), which
# LAC cuts at the bracket: the name runs on to its ending.
_SEATED_FIRM = re.compile(r"[\u4e00-\u9fff]{0,8}[（(][\u4e00-\u9fff]{2,6}[）)][\u4e00-\u9fff]{0,8}?(?:有限责任公司|有限公司|公司)")
# ...and the departments of a hospital, an academy's divisions, a firm's project office
# (中日友好医院呼吸中心, 北京医院保健医疗部, 中国社会科学院学部, 万科物业蓝蝶苑项目部).
_DEPARTMENT = re.compile(r"(.{2,}?医院)[\u4e00-\u9fff]{2,8}?(?:中心|医疗部|病区|门诊部)|(.{2,}?院)学部|"
                         r"(.{2,}?(?:公司|物业|集团))[\u4e00-\u9fff]{1,8}?项目部")
_TEAM = re.compile(r"(.*?)(?:(?:支援|援助|驰援|赴)[\u4e00-\u9fff]{2,8}?)?(?:医疗队|医疗组|救援队|工作队|专家组)")
# An ethnic group (回族, 维吾尔族, 哈萨克族), which LAC reads as an organisation where it stands
# alone (回族姑娘, a person's record: 满族，中共党员): a people, no body.
_PEOPLE_GROUP = re.compile(r"[\u4e00-\u9fff]{1,4}族")


def _no_body(name: str) -> bool:
    """Words LAC reads as an organisation that name none: the nation's name (中华, of 中华民族,
    中华文化), an amount (8794 / 万立方米), an era with a character after it (新时代党 / 的建设), a
    country's party by no name (中国党和政府: the Party and the government of China), a
    preposition and a numeral (从一个垫子)."""
    return name == "中华" or tag(name) == "m" or any(name.startswith(e) and len(name) == len(e) + 1 for e in _ERAS) \
        or (name.endswith("党") and _is_place(name[:-1])) or _PREPOSITION_NUMBER.fullmatch(name) is not None


_PREPOSITION_NUMBER = re.compile(r"[从在向对于把被到][一二两三四五六七八九十]")


# Bodies named by the building they sit in (the rules' 白宫 and its like), which LAC reads as
# places; and continents, which LAC at times reads as organisations.
_SEATS = frozenset("白宫 克里姆林宫 五角大楼 爱丽舍宫".split())
_CONTINENTS = frozenset("非洲 亚洲 欧洲 美洲 拉美 大洋洲 北美 南美 中东".split())
# Words that set a body under another (中国船舶集团旗下上海外高桥造船有限公司): two names.
_OWNED_BY = frozenset("旗下 下属 所属 属下 麾下 直属".split())
# A country's mission abroad named by where it is (中国驻智利大使馆, 驻伊基克总领馆, printed in a
# list after the first): LAC tags the first and cuts the rest (驻 / 伊基克 / 总 / 领馆).
_MISSION = re.compile(r"([\u4e00-\u9fff]{2,5}?)?驻[\u4e00-\u9fff]{1,8}?(?:大使馆|总领事馆|总领馆|领事馆|使馆|代表处|代表团)")


# A side named by the country or place it plays for (中国队, 泰国队, 中国女足, 中国台北队): a team
# is an organisation (the gold's, RULES.md: bodies of people), its place no place.
_SIDE = re.compile(f"(?:{_PLACE_SIDE.pattern})(?![员伍长列形])")     # (the places stage's, less a member: 队员)


# A hospital's campus (院区) is part of its name (武汉大学人民医院东院区, 湖北省妇幼保健院光谷院 /
# 区 as LAC cuts it): RULES.md's fourth round lists the campus as the organisation.
_CAMPUS = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?院)?区")
# Two offices' short names printed as one (中办国办印发《意见》): the two organisations.
_TWO_OFFICES = re.compile(r"[\u4e00-\u9fff]办[\u4e00-\u9fff]办")
# A village or community heading a post through its party branch or committee (担任竹园村党支部
# 副书记, 是西坪村党支部书记): the village is the organisation (RULES.md, third round), whether or
# not its holder's name follows; its branch is dropped as _SUB_BODY's.
_VILLAGE_HEAD = re.compile(r"(?:村|社区)(党支部|党总支|党委|村委会|居委会)(?:常务)?副?(?:书记|主任)")


def _village_heads(text: str) -> list[tuple[int, int]]:
    """(start, end) of each village or community with its branch that heads a post: the
    village from the start of LAC's word that ends it (担任 / 竹园村 / 党支部 / 副书记)."""
    out = []
    for m in _VILLAGE_HEAD.finditer(text):
        village = lexical.word_ending(text, m.start(1))
        if village is not None and len(village.text) >= 3 and village.tag in ("LOC", "n", "nz", "ORG"):
            out.append((village.start, m.end(1)))
    return out


@lru_cache(maxsize=2)
def _listed_bodies(name: str) -> tuple[frozenset[str], tuple[int, ...], re.Pattern]:
    """The names of a list of data/ (`name`), their lengths, longest first, and a pattern of
    the characters they end in. (Looked up by their last character: a pattern of the names
    themselves took 4 ms a page.)"""
    names = frozenset(data_words(name))
    return names, tuple(sorted({len(n) for n in names}, reverse=True)), \
        re.compile("[" + "".join(sorted({n[-1] for n in names})) + "]")


def longest_ending(text: str, b: int, names, lengths: tuple[int, ...]) -> int:
    """The length of the longest of `names` (of `lengths`, longest first) that ends at `b` in
    `text`; 0 where none does."""
    return next((n for n in lengths if n <= b and text[b - n:b] in names), 0)


def _central_bodies() -> tuple[frozenset[str], tuple[int, ...], re.Pattern]:
    """data/state_bodies.txt as `_listed_bodies` reads it: China's central bodies, which LAC,
    trained before the State Council's 2018 reform, often misses (生态环境部, 农业农村部,
    市场监管总局)."""
    return _listed_bodies("state_bodies.txt")


def _in_book_title(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] stands inside 《…》 with more in the marks than it."""
    opened = text.rfind("《", 0, a)
    return opened >= 0 and text.rfind("》", opened, a) < 0 and text.find("》", b) >= 0 and \
        (opened + 1, text.find("》", b)) != (a, b)


def _international_bodies(text: str) -> list[tuple[int, int]]:
    """(start, end) of each international organisation of data/international_bodies.txt, the
    longest that ends at each place (联合国安理会, not 安理会), standing as words of their own
    (not 东盟 in 广东盟友, 联合国 in 联合 / 国家政务服务平台), outside a document's title
    (《联合国宪章》)."""
    names, lengths, last = _listed_bodies("international_bodies.txt")
    out = []
    for m in last.finditer(text):
        b = m.end()
        n = longest_ending(text, b, names, lengths)
        if n and lexical.word_at(text, b - n) is not None and lexical.word_ending(text, b) is not None and \
                not _in_book_title(text, b - n, b):
            out.append((b - n, b))
    return out


def _state_bodies(text: str) -> list[tuple[int, int]]:
    """(start, end) of each central body of `_central_bodies`, the longest that ends at each
    place, where it is not a department of its kind (农业农村部门, 教育部门) nor, for a short
    form, a local body's (省国资委, 市场监管总局 in 市市场监管总局); from the country printed
    before it (美国国防部, 俄罗斯外交部: another state's ministry of the same name)."""
    from .places import _abroad

    names, lengths, last = _central_bodies()
    out = []
    for m in last.finditer(text):
        b = m.end()
        if text.startswith("门", b):
            continue
        n = longest_ending(text, b, names, lengths)
        a = b - n
        if not n or (a and text[a - 1] in "省市县区州乡镇"):
            continue
        out.append((a - _name_before(text, a, _abroad().__contains__), b))
    return out


@lru_cache(maxsize=1)
def _local_department() -> tuple[frozenset[str], tuple[int, ...]]:
    """The names of data/departments.txt (what a local government's departments are called
    before their ending) and their lengths, longest first."""
    names = frozenset(data_words("departments.txt"))
    return names, tuple(sorted({len(n) for n in names}, reverse=True))


# A department's ending (厅, 局, 委, 委员会), not a member (委员) nor a department by kind (部门).
_DEPARTMENT_ENDING = re.compile(r"(?:委员会|[厅局委])(?![门员])")


@lru_cache(maxsize=1)
def _foreign_ministry() -> re.Pattern:
    """A ministry, an agency or an office of a foreign state: the country (not China: the
    places stage's pattern of countries) and what the ministry is of, up to 部 or 署 (文莱卫生部,
    缅甸国际合作部, 英国国家审计署)."""
    from .places import _country_pattern

    return re.compile("(?:" + _country_pattern().pattern + r")(?!族)"
                      r"[^\W\d_的是在向对与同给为了和及、，。]{1,10}?[部署](?![门分位队落件名])")


def _foreign_ministries(text: str) -> list[tuple[int, int]]:
    """(start, end) of each foreign state's ministry `_foreign_ministry` finds, where the
    ending is no word of its own (日本全部, 美国东部: 全部, 东部)."""
    return [m.span() for m in _foreign_ministry().finditer(text) if text[m.end() - 2:m.end()] not in _NOT_ORGS]


def _local_departments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each department of a local government named with its place (四川省生态
    环境厅, 广东广州市越秀区市场监管局: the places of the gazetteer right before it, down the
    chain) or its level alone (省生态环境厅, RULES.md: 省财政厅). One with neither (当地农业农村局,
    市县卫健局, 区县生态环境局) is a department by kind, no name."""
    from .places import _gazetteer

    names, lengths = _local_department()
    out = []
    for m in _DEPARTMENT_ENDING.finditer(text):
        s = m.start()
        n = longest_ending(text, s, names, lengths)
        if not n:
            continue
        a = first = s - n
        while k := _name_before(text, a, _gazetteer().__contains__, longest=9):
            a -= k      # (back over the chain: 广东 / 广州市 / 越秀区)
        if a == first and a and text[a - 1] in "省市县区州" and not (a > 1 and text[a - 2] in "省市县区州"):
            a -= 1      # 省生态环境厅, but not 区县生态环境局
        if a < first:
            out.append((a, m.end()))
    return out


def _listed_pair(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A name of LAC's that is listed bodies printed together (财政部与税务总局, 国家卫健委和国家
    中医药管理局, 中共中央国务院中央军委: central bodies of data/state_bodies.txt, or local
    departments with their place), joined by 和, 与, 及, 、 or nothing, as those bodies; any other
    as it is."""
    names, lengths, _ = _central_bodies()
    name = text[a:b]
    parts: list[tuple[int, int]] = []
    at = 0
    while at < len(name):
        if parts and name[at] in "和与及、":
            at += 1
        n = next((n for n in lengths if at + n <= len(name) and name[at:at + n] in names), 0)
        if not n:
            local = next((y for x, y in _local_departments(name[at:]) if x == 0), 0)
            if not local:
                return [(a, b)]
            n = local
        parts.append((a + at, a + at + n))
        at += n
    return parts if len(parts) >= 2 else [(a, b)]


# A photo's credit after the agency (新华社发, at the end of a caption): no mention in the text.
_PHOTO_CREDIT = re.compile(r"发(?:[（(]|$)")


def _campus_end(text: str, start: int, end: int) -> int:
    """Where a hospital's name at `start`:`end` ends with its campus, if one is printed right
    after it (…医院 / 东院区, …保健院光谷院 / 区: a second 院 before the 区, so not …医院 /
    区域医疗中心); else `end`."""
    if not text.endswith("院", 0, end):
        return end
    m = _CAMPUS.match(text, end)
    if m is None:
        return end
    if m.end() - end == 1:
        return m.end() if text.count("院", start, end) >= 2 else end
    return m.end() if text.endswith(("医院", "保健院"), 0, end) else end


def _teams(text: str) -> list[tuple[int, int]]:
    """(start, end) of each side a place names: the place right before 队 or 女足 (the longest
    name of the gazetteers that ends there, 中国台北 as the Olympics print it)."""
    from .places import _abroad, _gazetteer

    out = []
    for m in _SIDE.finditer(text):
        n = _name_before(text, m.start(), lambda p: p in _abroad() or p in _gazetteer() or p == "中国台北")
        if n:
            out.append((m.start() - n, m.end()))
    return out


def _missions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each mission `_MISSION` finds, from its country where one is printed
    before 驻 (法国驻武汉总领馆), else from 驻."""
    out = []
    for m in _MISSION.finditer(text):
        head = m.group(1)
        if head and not _is_place(head):
            # (the words before are no country: 、驻伊基克总领馆 in a list, 以及驻…)
            country = next((head[i:] for i in range(1, len(head) - 1) if _is_place(head[i:])), None)
            out.append((m.end(1) - len(country) if country else m.end(1), m.end()))
        else:
            out.append(m.span())
    return out


# A paper or magazine printed in 《》 (《金融时报》, 《卫报》): a publisher LAC does not tag.
_PUBLICATION = re.compile(r"《([\u4e00-\u9fff]{1,10}(?:日报|晚报|时报|早报|报|杂志|周刊|月刊|画报))》")


# What a task force, a leading group or a joint meeting ends in. Such a body is named by its
# whole task (中央应对疫情工作领导小组, 联合作战数据收集研判工作专班), verbs and all, which LAC does
# not read as one name.
_TASK_FORCE = ("领导小组", "工作专班", "专班", "联席会议", "指挥部", "指导组", "联防联控机制")
# (what ends such a name going back: punctuation, 的, prepositions, conjunctions, pronouns,
# adverbs, times and people)
_TASK_STOP = frozenset("w u p c r d xc TIME PER q m".split())
# (and the verbs that link a clause rather than name a task, 办公室是参与拟订疫情工作指挥部, or hold a
# meeting, 辽宁海事局召开联席会议)
_TASK_STOP_WORDS = frozenset("是 为 有 在 成为 作为 要 将 会 应 应当 必须 需要 召开 举行 主持 出席 参加".split())


# A list of names counted as firms or bodies (推荐恒信高分子、金拓锂电2家企业): each item a name.
_COUNTED_LIST = re.compile(r"((?:[\u4e00-\u9fffA-Za-z]{2,14}、)+[\u4e00-\u9fffA-Za-z]{2,10}?)"
                           r"(\d{1,2}|[两三四五六七八九十])家(?:企业|公司|银行|医院|单位|机构|高校)")


def _counted_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each item of a list of names that a count of firms or bodies closes
    (宇恒镍网、克胜阡耘、甘肃联凯3家企业: three firms LAC reads as a brand, a person and one
    firm), where the count is the list's length (or more, after 等); the first item from after
    the verb or the word that introduces the list (推荐 / 恒信高分子, 旗下 / 沈阳化工)."""
    out = []
    for m in _COUNTED_LIST.finditer(text):
        n = int(m.group(2)) if m.group(2).isdigit() else "零一两三四五六七八九十".index(m.group(2))
        items, pos = [], m.start(1)
        for item in m.group(1).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        more = text[items[-1][1] - 1] == "等"
        if more:
            items[-1] = (items[-1][0], items[-1][1] - 1)     # …、中国化工集团等7家企业: the list goes on
        if n < 2 or len(items) < n and not more:
            continue
        items = items[-n:]
        a, b = items[0]
        # (the first item as the pattern reads it may hold the words before the list)
        verb = max((w.end for w in lexical.analyse(text) if a <= w.start and w.end < b and (
                    w.tag in ("v", "p", "c", "d", "f", "r") or w.text in _OWNED_BY)), default=a)
        items[0] = (verb, b)
        if all(y - x >= 2 for x, y in items) and not any(_titles_at(text, x, y) for x, y in items):
            out += items
    return out


def _titles_at(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] ends in a title word (a list of posts, not of names)."""
    return text[a:b].endswith(_titles())


_TASK_FORCE_ENDING = re.compile("|".join(sorted(_TASK_FORCE, key=len, reverse=True)))


def _task_forces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each task force, leading group or joint meeting: back from its ending
    over the words of its task, to the clause's start or a function word; five characters at
    least (中央指导组), two before the ending."""
    # (where the text holds no such ending, as most do, no word is looked at: the loop over every
    # word took 5 ms a page)
    ends = {m.end(): m.group() for m in _TASK_FORCE_ENDING.finditer(text)}
    if not ends:
        return []
    words = lexical.analyse(text)
    out = []
    for k, w in enumerate(words):
        ending = ends.get(w.end)
        if ending is None:
            continue
        # (the ending may span LAC's words: 中央 / 指导 / 组): back from the word it starts in
        first = k
        while first > 0 and words[first].start > w.end - len(ending):
            first -= 1
        start, j = words[first].start, first - 1
        while j >= 0 and words[j].end == start and words[j].tag not in _TASK_STOP and \
                words[j].text not in _TASK_STOP_WORDS and start - words[j].start <= 30:
            start = words[j].start
            j -= 1
            if j > 0 and words[j].text == "的" and words[j - 1].tag in ("n", "vn", "nz") and \
                    "应对" in text[max(0, start - 16):start]:
                j -= 1      # 国务院应对新型冠状病毒感染的肺炎疫情联防联控机制: 的 inside the task's name
                start = words[j].end
        j += 1
        while j < k and (words[j].tag in ("v", "vn", "ad") or (words[j].tag == "a" and len(words[j].text) == 1)) \
                and words[j + 1].tag in ("ORG", "LOC", "n", "nz", "v", "a"):
            # (落实 / 好 / 中央…: a verb's one-character complement goes with it)
            # 认真 / 落实 / 中央应对…领导小组, 依托 / 国务院…, 参与 / 拟 / 订 / 疫情工作指挥部: the
            # verbs before it govern it
            start = words[j + 1].start
            j += 1
        if text[w.end - len(ending) - 1] in "一每各":
            continue        # 一行业一专班: a task force a trade, no name
        if ending == "联防联控机制" and not (lexical.word_at(text, start) and lexical.word_at(text, start).tag in ("ORG", "LOC")):
            continue        # 建立联防联控机制, 地方…联防联控机制: a mechanism, named only by its government
        if w.end - start >= 5 and w.end - start - len(ending) >= 2 and not text.startswith(("集团", "公司", "医院"), start):
            out.append((start, w.end))      # (集团应急领导小组: the group's own, no name)
    return out


def _find_with_model(paragraphs: list[str]) -> list[dict]:
    """Organisations LAC names, as `_model_orgs` carries them on, and those the endings find
    (`_find_by_rules`: 市工信局, 甘肃能化集团) where no name of LAC's covers them."""
    orgs: dict[str, dict] = {}
    for k, text in enumerate(paragraphs):
        spans = _model_orgs(text) + [(m.start(1), m.end(1)) for m in _PUBLICATION.finditer(text)] + \
            _task_forces(text) + _title_heads(text) + _missions(text) + \
            [(w.start, w.end) for w in lexical.analyse(text) if w.text in _SEATS] + \
            [m.span() for m in _SHORT_NAMES.finditer(text)] + _village_heads(text) + _state_bodies(text) + \
            _local_departments(text) + _foreign_ministries(text) + _international_bodies(text) + _counted_names(text)
        teams = _teams(text)
        # (a side LAC reads with the verb before it: 大胜 / 泰国队)
        spans = [(a, b) for a, b in spans if not any(b == y and a < x for x, y in teams)] + teams
        spans = [(a, _campus_end(text, a, b)) for a, b in spans]
        spans = [part for a, b in spans for part in _listed_pair(text, a, b)]
        spans = [(a, m.end() if (m := _SEATED_FIRM.match(text, b)) else b) for a, b in spans]
        spans += [(a + 2, b) for a, b in spans if _TWO_OFFICES.fullmatch(text[a:b])]
        spans = [(a, a + 2) if _TWO_OFFICES.fullmatch(text[a:b]) else (a, b) for a, b in spans]
        aid = [(m.start(1), m.end()) for m in _AID_TEAM.finditer(text)]
        for a, b in spans:
            if any(x <= a and b <= y for x, y in aid):
                continue        # 支援湖北医疗队: a team named by what it does, no name
            if any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans):
                continue        # (inside a longer name found here)
            name = text[a:b].strip("《》“”\"'（）() ")
            if name.endswith("组织") and name[:-2].endswith(suffixes()):
                name, b = name[:-2], b - 2      # 建设管理部 / 组织 (开展): a verb after the name
            if len(name) < 2 or name in _BARE or not re.search(r"[\u4e00-\u9fffA-Za-z]", name) \
                    or _GENERIC.fullmatch(name) or name in _titles() or text.startswith(_titles(), a) \
                    or text.startswith("记者", b) or _LEVEL_DEPARTMENT.fullmatch(name) or _PHOTO_CREDIT.match(text, b) \
                    or _COUNTRY_PAIR.fullmatch(name) or _NO_NAME.fullmatch(name) or _no_body(name):
                continue        # 区委组织部, 国务委员, 国务 (委员), 新华社 (记者 X 摄): no organisation
            if name.endswith(tuple(_HEADS_IN_TITLE)) and len(name) > 3:
                name, b = name[:-1], b - 1      # 德国卫生部长 (LAC's one word): the ministry
            if name.endswith("定点医院") and (len(name) == 4 or _is_place(name[:-4])):
                continue        # 武汉市定点医院: the city's designated hospitals, no name
            if _PROJECT_BRANCH.fullmatch(name):
                continue        # 河南永城天润城项目临时党支部: a project's, no organisation (RULES.md, fourth round)
            body = _SUB_BODY.sub("", name)
            if body != name and len(body) >= 3 and body.endswith(_carry() + ("社区", "村", "居委会")):
                # (凤栖园社区 / 党支部 书记: a community heading a title is the organisation,
                # RULES.md third round)
                name, b = body, a + len(body)     # 中铁建发展集团 / 党委 (委员): the organisation
            team = _TEAM.fullmatch(name)
            if team:
                # 北大人民医院医疗队: a team named by what it does; the organisation in it, if any
                if not (team.group(1) and team.group(1).endswith(_carry()) and len(team.group(1)) >= 3):
                    continue
                name, b = team.group(1), a + len(team.group(1))
            if re.search("各|有关|相关|若干", name):
                continue        # 广西各地市政府: bodies by kind, no name
            if name.endswith(_SESSION) and not name.endswith("联席会议"):
                continue        # 全国人大三次会议: a session, an event (a joint conference is a body)
            bureau = _MINISTRY_BUREAU.fullmatch(name)
            if bureau:
                name, b = bureau.group(1), a + len(bureau.group(1))     # 公安部 / 交通管理局
            unit = _SUB_UNIT.fullmatch(name) or _CENTRE_UNIT.fullmatch(name)
            if unit and not name.endswith("公司") and not _STATE_OFFICE.fullmatch(name):
                name, b = unit.group(1), a + len(unit.group(1))     # 交通运输部 / 综合规划司
            dept = _DEPARTMENT.fullmatch(name)
            if dept:
                parent = next(g for g in dept.groups() if g)
                name, b = parent, a + len(parent)       # 中日友好医院 / 呼吸中心
            if name in _CONTINENTS or (len(name) <= 6 and _is_place(name)) or _PEOPLE_GROUP.fullmatch(name):
                continue        # 非洲, 北马其顿: a continent, a country; 回族, 维吾尔族: a people; no organisation
            o = orgs.setdefault(name, {"name": name, "short_for": None, "mentions": []})
            o["mentions"].append(Mention(k, a, b).to_dict())
    for name in [n for n in orgs if _ordinary(n)]:
        # (a short form of a name the article gives is one: 国图 of 国家图书馆)
        if not any(other != name and _subsequence(name, other) for other in orgs) and not any(
                _listed(paragraphs[m["paragraph"]], m["start"]) for m in orgs[name]["mentions"]):
            del orgs[name]      # 东风, 邮政, 好帮手, 保育员: words of the general vocabulary
    _link_short_forms(orgs, paragraphs)
    return list(orgs.values())


def _find_by_rules(paragraphs: list[str]) -> list[dict]:
    orgs: dict[str, dict] = {}
    for k, text in enumerate(paragraphs):
        for m in _ending().finditer(text):
            if text.startswith(title_words(), m.start()):
                continue        # 党委书记: the ending is the head of a title
            if not m.start() or not "\u4e00" <= text[m.start() - 1] <= "\u9fff":
                continue        # nothing before the ending: no name
            toks = window_tokens(text, m.start() - 26, m.end() + 6)
            if m.end() not in {b for _, b in toks} and not _title_follows(text, m.end()):
                continue        # 有关部门, 奖励办法: the ending is inside a longer word (not 医保局局长)
            start = _start(text, m.end(), m.start(), toks)
            if start is None:
                continue
            name = text[start:m.end()]
            if start == m.start() or name in _NOT_ORGS or len(name) < 3:
                if not (len(name) >= 3 and name[0] in _LOCAL):
                    continue
            if name[0] in "的之" or re.search(r"[（(][^）)]*$", name) or name.endswith(_NOT_ORG_ENDINGS):
                continue
            o = orgs.setdefault(name, {"name": name, "short_for": None, "mentions": []})
            o["mentions"].append(Mention(k, start, m.end()).to_dict())
    # 全国政协秘书局 holds 全国政协 at the same place: the longer name is the one printed.
    spans = {(m["paragraph"], m["start"], m["end"]) for o in orgs.values() for m in o["mentions"]}
    for o in orgs.values():
        o["mentions"] = [m for m in o["mentions"] if not any(
            p == m["paragraph"] and a == m["start"] and b > m["end"] for p, a, b in spans)]
    orgs = {n: o for n, o in orgs.items() if o["mentions"]}
    _link_short_forms(orgs, paragraphs)
    return list(orgs.values())


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(c in it for c in short)


def _link_short_forms(orgs: dict[str, dict], paragraphs: list[str]) -> None:
    text = "".join(paragraphs)
    for m in re.finditer(r"([\u4e00-\u9fff（）]{4,30})[（(](?:以下)?简称[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?[）)]", text):
        full, short = m.group(1), m.group(2)
        for o in orgs.values():
            if o["name"] == short and full.endswith(o["name"][-2:]) is not None:
                target = next((n for n in orgs if full.endswith(n)), None)
                o["short_for"] = target or full
    names = sorted(orgs, key=len, reverse=True)
    for short in names:
        if orgs[short]["short_for"]:
            continue
        for full in names:
            if len(full) > len(short) + 1 and len(short) >= 4 and short[:2] in full \
                    and full[-1] == short[-1] and _subsequence(short, full):
                orgs[short]["short_for"] = full
                break
