"""People and their official titles, as printed: 市委副书记、市长王方太 -> 王方太 [市委副书记, 市长].

A name is found where the text vouches for it: right after a title (the chain of titles before
it, each with its organisation, joined by 、), right before a speech verb (梅鹏程说), right before
a title that follows names (习近平总书记), or again later in the same article. Names are checked
against the surname list; the title words are the project's list in data/titles.txt.
Reporters named in the dateline or byline are authors, not people mentioned.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..names import PARTICLES, data_words, surnames
from . import lexical
from .spans import Mention, common_word, tag, word_end

_HAN = "\u4e00-\u9fff"
# Where a clause, and so a chain of titles, begins.
# (a closing bracket ends one too: （记者朱超）国务院副总理胡春华)
_CLAUSE = re.compile(r"[，。；：！？“”‘’）)\n]|(?<![A-Za-z])[\s]")
# What cannot be inside an organisation-and-title: verbs and links that join clauses.
# (Single characters only where no organisation or title holds them: not 经, 和, 同.)
_STOP = re.compile("会见|会谈|带队|陪同|出席|主持|参加|调研|考察|看望|慰问|前往|来到|到访|率队|一行|表示|指出|强调|"
                   "介绍|认为|要求|获悉|了解|以及|及|与|对|向|在|赴|由|据|被|将|把|了|"
                   r"[0-9０-９]+[年月日]|[年月日]")
_SPEECH = "说|表示|指出|强调|介绍|告诉记者|认为|坦言|透露|称|谈到|感慨|笑着说"
_AFTER_NAME_TITLES = ("总书记",)
_DOTS = "·•‧．・"
# Characters no given name is made of here: they begin titles and organisations (党委副书记).
_NOT_IN_NAME = set("副委党局长市县区省部厅处科员会书记主任总经董事镇乡村组我你他她它咱您")
# Characters that end no given name: particles (names.PARTICLES) and function words (高铁说,
# 呼军也, 禹诚的, 来过).
_NEVER_LAST = PARTICLES | frozenset("也就说都还又是被把")
_NOT_GIVEN = frozenset("大爷 大妈 大娘 大姐 大哥 师傅 老师 先生 女士 小姐 同志 老人 阿姨 奶奶 爷爷 一家 某某 某 老".split())
_REPORTER = re.compile("(?:记者|通讯员|实习生|见习记者|特约记者|摄影|编辑)$")
_CREDIT_LIST = re.compile(_REPORTER.pattern.removesuffix("$"))     # (anywhere before a list of names)
# Countries by their one-character short names (中美, 巴方, 中巴经济走廊), as the press prints them.
COUNTRY_CHARS = "中美俄日韩朝英法德意西葡荷比瑞奥加澳新印巴非欧亚拉越老柬泰缅菲马克塞喀赤"
# Characters that start the word after a two-character name (王钧会见, 陈华，).
_AFTER_TWO = set("会说带表指强出主参对一等在同陪介告作率向到来为和与及、，。；：！？”（）是也就将已把又还都")


@lru_cache(maxsize=1)
def title_words() -> tuple[str, ...]:
    base = set(data_words("titles.txt"))
    words = set(base)
    for w in base:
        words.update({"副" + w, "常务副" + w, "第一" + w, "执行" + w})
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_word_set() -> frozenset[str]:
    return frozenset(title_words())


@lru_cache(maxsize=1)
def _any_title() -> re.Pattern:
    return re.compile("|".join(map(re.escape, title_words())))


@lru_cache(maxsize=1)
def _title_end() -> re.Pattern:
    # A title ends in a title word; an organisation may stand before it, 原 (former) before all.
    return re.compile("(?:" + "|".join(map(re.escape, title_words())) + ")$")


def _titles_before(text: str, at: int) -> list[str]:
    """The chain of titles printed right before position `at` (市委常委、常务副市长)."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    # a list of titles is parted by 、, and by 兼 (国务委员兼外长王毅: both)
    parts = re.split("、|兼", text[start:at])
    titles: list[str] = []
    for part in reversed(parts):
        if not _title_end().search(part):
            break
        # The organisation runs back to the last verb, link or date before it.
        cut = max((m.end() for m in _STOP.finditer(part)), default=0)
        title = part[cut:].strip(" \u3000（(")
        if not title or not _title_end().search(title):
            break
        titles.append(title)
        if cut:
            break       # the chain began after a verb: 会见工信部电子科技委秘书长、…
    return titles[::-1]


def _name_at(text: str, at: int) -> str | None:
    """The name that starts at `at`: a surname and one or two given characters."""
    single, compound = surnames()
    s = text[at:at + 4]
    if len(s) >= 3 and s[:2] in compound:
        given = 2 if len(s) >= 4 and s[3] not in _AFTER_TWO and re.match(f"[{_HAN}]", s[3]) else 1
        name = s[:2 + given]
    elif s[:1] in single and len(s) >= 2 and re.match(f"[{_HAN}]{{2}}", s[:2]):
        n = 2 if len(s) < 3 or s[2] in _AFTER_TWO or not re.match(f"[{_HAN}]", s[2]) else 3
        n = word_end(text, at, n)
        if not re.fullmatch(f"[{_HAN}]+", s[:n]) or (n == 3 and s[2] in _NEVER_LAST):
            n = 2       # (主任医师高铁说, 当地专家呼军也: where jieba reads the name and the word after as one)
        name = s[:n]
    else:
        return None
    if _bad_given(name):
        return None
    return name


def _bad_given(name: str) -> bool:
    single, compound = surnames()
    given = name[2:] if name[:2] in compound else name[1:]
    return (given in _NOT_GIVEN or name[-2:] in _NOT_GIVEN or not 2 <= len(name) <= 4
            or any(c in _NOT_IN_NAME for c in given) or common_word(name) or name[-1] in _NEVER_LAST)


def _speaker_before(text: str, verb_at: int) -> tuple[str, int] | None:
    """The name right before a speech verb (梅鹏程说, 杨春花高兴地说): three characters, else two."""
    single, _ = surnames()
    how = re.search(f"[{_HAN}]{{2}}地$", text[max(0, verb_at - 3):verb_at])
    if how:
        verb_at -= len(how.group())
    for n in (3, 2):
        at = verb_at - n
        if at < 0:
            continue
        cand = text[at:verb_at]
        if not re.fullmatch(f"[{_HAN}]+", cand) or cand[0] not in single or _bad_given(cand):
            continue
        before = text[at - 1] if at else ""
        # The name must begin a word: after punctuation, a title or an organisation.
        if n == 3 or not before or not re.match(f"[{_HAN}]", before):
            return cand, at
    return None


# Characters that say something of a speech (都说, 也称), not the end of a name before it.
_NOT_GIVEN_CHAR = frozenset("都也还就又再却才便总只不要会想来去在所据听笑坦直接补曾先后常")


@lru_cache(maxsize=8)
def _names_read(article: str) -> frozenset[str]:
    """The names LAC reads whole in an article's texts (`article`: them joined by line feeds)."""
    return frozenset(w.text for t in article.split("\n") for w in lexical.analyse(t) if w.tag == "PER")


def _surname_taken(text: str, at: int) -> int | None:
    """The index of LAC's word that took the surname at `at` from the name after it and ends
    a job or title before it (钻工史 / 荣峰, 民警位 / 洪明: LAC reads the job and the surname as one
    word, and the given name alone as the person); None where there is no such word."""
    words = lexical.analyse(text)
    i = lexical.index(text)[1].get(at + 1)
    if i is None:
        return None
    w = words[i]
    if len(w.text) >= 3 and text[at] in surnames()[0] and _is_title(w.text[:-1]) and not _is_title(w.text) \
            and not common_word(w.text):
        return i
    return None


def _model_names(text: str, article: str = "") -> list[tuple[str, int]]:
    """(name, start) of each person LAC finds in the text, a foreign name's parts joined at its
    middle dot (阿齐兹·阿卜杜哈基莫夫), and a name LAC gave with a title character before it cut
    to the name the surname list vouches for. `article`: all the article's texts, where a name
    LAC cut is looked for whole."""
    words = lexical.analyse(text)
    out: list[tuple[str, int]] = []
    k = 0
    while k < len(words):
        w = words[k]
        if w.tag != "PER":
            k += 1
            continue
        start, end = w.start, w.end
        if end - start == 2 and k and words[k - 1].end == start and _surname_taken(text, start - 1) is not None:
            start -= 1      # 钻工史 / 荣峰, 民警位 / 洪明: LAC gave the surname to the job before it
        elif k >= 2 and _head_cut(words[k - 2], words[k - 1], w):
            start -= 1      # 院长 / 曾 / 小敏, 总统 / 拉 / 马福萨: the name's first character a word of its own
        while True:
            if k + 2 < len(words) and words[k + 1].text in _DOTS and words[k + 2].tag in ("PER", "nz", "LOC", "n"):
                end = words[k + 2].end      # 阿齐兹 · 阿卜杜哈基莫夫
                k += 2
            elif k + 1 < len(words) and words[k + 1].tag == "PER" and words[k + 1].start == end:
                if end - start == 1 and start and common_word(text[start - 1:end]):
                    start = end     # 劳动模 / 范 / 马天龙: the character ends the word before it
                end = words[k + 1].end      # 阿齐兹·阿卜杜哈基 / 莫夫, 清水 / 哲太郎: one name given in two
                k += 1
            else:
                break
        if end - start == 2 and text[start] in surnames()[0] and k + 1 < len(words) and \
                words[k + 1].start == end and len(words[k + 1].text) == 2 and words[k + 1].text[1] in "说称讲" \
                and words[k + 1].text[0] not in _NOT_GIVEN_CHAR:
            end += 1        # 李新 / 铸说: LAC left the given name's last character with the verb
        elif end - start == 2 and text[start] in surnames()[0] and k + 1 < len(words) and \
                words[k + 1].start == end and len(words[k + 1].text) == 1 and (
                    (words[k + 1].tag in ("a", "ad") and (article or text).count(text[start:end + 1]) >= 2)
                    or text[start:end + 1] in _names_read(article or text)):
            end += 1        # 黄团 / 新 (LAC's adverb) / 走过来 …, 黄团新 printed again; 魏凤 / 和, where
            # LAC reads 魏凤和 whole elsewhere in the article: the name is three
        if end - start >= 3 and text[end - 1] in _NEVER_LAST:
            end -= 1        # 曾光说, 进藤荣一说 (LAC's name with the word after it): no name ends so
        elif end - start == 3 and end + 3 <= len(text) and common_word(text[end - 1:end + 3]):
            end -= 1        # 刘伟深 / 有感触, 黄恒奋 / 不顾身: the last character opens an idiom (深有感触)
        elif end - start == 4 and text[start] in surnames()[0] and text[start:start + 2] not in surnames()[1] \
                and not any(c in _DOTS for c in text[start:end]) and text[end:end + 1] in ("是", "说", "称") \
                and common_word(text[end - 1:end + 1]):
            end -= 1        # 潘金彩如 / 是告诉, 季凯文如 / 是说: the last character and the verb make a word (如是)
        name = text[start:end]
        k += 1
        for tail in ("一行", "同志", "等人", "等"):
            if name.endswith(tail) and len(name) > len(tail) + 1:
                name = name[:-len(tail)]        # 王方太一行, as LAC may read it
        if not re.fullmatch(f"[{_HAN}·•‧．]{{2,}}", name) or name[-2:] in _NOT_GIVEN or name[1:] in _NOT_GIVEN \
                or (len(name) <= 3 and name[0] in "老小阿" and name[1:2] in surnames()[0]) or _known_place(name) \
                or _surname_and_post(name) \
                or (len(name) == 2 and name[1] == "方" and (name[0] not in surnames()[0] or name[0] in COUNTRY_CHARS)):
            continue        # 老方, 小李: a surname called so, no name; 布隆迪: a country; 马书记,
            # 时表示: a surname with a post or a verb; 喀方, 巴方, 韩方: a country's side
        out.append((name, start))
    return out


def _head_cut(title, head, name) -> bool:
    """Whether LAC read the first character of a name after a title as a word of its own:
    院长 / 曾 / 小敏 (曾 an adverb), 研究员 / 仝 / 小林, 总统 / 拉 / 马福萨, 总理 / 呼 / 日勒苏赫.
    The character is a surname before a given name of two, or, before a longer or a foreign
    name, no word that links a clause (请 / 王明, 对 / 本扬, 的 / 弗雷德里希: none)."""
    if not (len(head.text) == 1 and head.end == name.start and title.end == head.start
            and title.text.endswith(title_words()) and head.tag not in ("w", "PER", "m")) \
            or _title_end().search(title.text + head.text) and not _title_end().search(title.text[:-1] or " "):
        return False    # (总指挥 / 长 / 朱东亚: the character ends the title word, 总指挥长)
    if head.text in surnames()[0]:
        return len(name.text) == 2 and head.text not in "和与及同跟"     # (…总理和王毅: the conjunction)
    return head.tag in ("v", "f", "n", "a") and head.text not in _LINKING and len(name.text) >= 2


# One-character words that link a clause, which no name opens after a title (组长请王明).
_LINKING = frozenset("请让对向给被把和与说看派带陪叫问找帮替为跟同由经在是有将要会能去来到")


def _surname_and_post(name: str) -> bool:
    """A surname with a post or a speech verb after it (马书记, 时表示: RULES.md, people named by
    surname and title are none), which LAC may read as a name."""
    rest = name[2:] if name[:2] in surnames()[1] else name[1:]
    return len(rest) == 2 and (rest in _title_word_set() or re.fullmatch(_SPEECH, rest) is not None)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Countries and Chinese divisions by name (jionlp's gazetteers), which LAC may take for
    a foreign person's name."""
    from .spans import china_locations, world_locations

    names: set[str] = set()
    for country, info in world_locations().items():
        names.add(country)
        names.update(k for k in (info if isinstance(info, dict) else {}) if not k.startswith("_"))
    for prov, cities in china_locations().items():
        names.add(prov)
        names.update(c for c in cities if not c.startswith("_"))
    return frozenset(names)


def _known_place(name: str) -> bool:
    return name in _places()


# A credit: reporters named after 记者 (in a list parted by 、 and spaces), or names a credit
# verb follows (李英姿参与采写, 张武军摄).
_CREDIT_WORD = re.compile(r"(?:记者|通讯员|实习生|作者|摄影|摄|编辑|供稿)[\s\u3000]*$")
_CREDIT_VERB = re.compile(r"(?:参与采写|采写|摄影?报道|摄影?|报道|整理|供图|配图)$")



def _credited(text: str, at: int, end: int) -> bool:
    """Whether the name at text[at:end] stands in a credit, as a reporter, photographer or
    writer of the piece, not as a person it tells of: after 记者 (or 通讯员, 摄影…), directly or
    through a list of names (记者曲颂、李晓骁、郑彬), or before a credit verb, directly or through
    a list (陈晓霞、张旭航、李大勇参与采写; 张武军摄). Reads the clause around the name, at most
    60 characters each way, in pieces parted by 、 , and spaces."""
    start = max(at - 60, 0, *(m.end() for m in _CLAUSE_END.finditer(text, max(0, at - 60), at)))
    if start and text[start - 1] in "（(" and re.search(r"(?:电|讯|报道)[\s\u3000]*$", text[:start - 1]):
        return True     # 本报北京2月20日电（余建斌、赵金龙）: the dateline's reporters
    before = _LIST_SEP.split(text[start:at])
    if _CREDIT_WORD.search(before[-1]):
        return True
    if not before[-1]:
        for part in reversed(before[:-1]):
            if _CREDIT_WORD.search(part) or _CREDITED_NAME.search(part):
                return True
            if not _A_NAME.fullmatch(part):
                break
    stop = next((m.start() for m in _CLAUSE_END.finditer(text, end, end + 60)), min(len(text), end + 60))
    after = _LIST_SEP.split(text[end:stop])
    if _CREDIT_VERB.match(after[0]):
        return True
    if not after[0]:
        for part in after[1:]:
            if _NAME_CREDIT.match(part):
                return True
            if not _A_NAME.fullmatch(part):
                break
    return False


_CLAUSE_END = re.compile(r"[。；！？（(）)]")
_LIST_SEP = re.compile(r"[、，,\s\u3000]+")
_A_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_CREDITED_NAME = re.compile(r"(?:记者|通讯员|实习生|作者|摄影|编辑)[\u4e00-\u9fff·]{2,6}$")
_NAME_CREDIT = re.compile(r"[\u4e00-\u9fff·]{2,6}?(?:参与采写|采写|摄影?报道|摄影?|报道|整理|供图|配图)$")


# What a job ends in where no title list names it (钻工, 送货员, 小提琴演奏家, 主播), and
# what, ending so, says who a person is rather than what they do (RULES.md: no titles).
_JOB_ENDINGS = ("员", "师", "长", "工", "家", "手", "官", "主播", "干部", "代表", "成员", "领队",
                "负责人", "策划人", "创始人", "发言人", "代言人", "联系人", "责任人", "主持人", "带头人", "合伙人",
                "工人", "助理")      # (抽粪工人, 基层环卫工人: a job, RULES.md's fourth round; 所长助理)
_NOT_TITLES = frozenset("""村民 市民 居民 患者 病人 党员 学员 会员 老人 妻子 丈夫 家属 家长 大学生 学生 留学生 志愿者 华侨 华商
华人 侨胞 群众 游客 孩子 儿子 女儿 员工 职工 民工 农民工 农民 网友 粉丝 专家组 一家 人家 大家 国家 全家 厂家 商家
买家 卖家 店家 东家 老家 自家 酒家 船家 农家 娘家 作家们 对手 兄长 学长 师兄 师姐 队友 战友 工友""".split())
# Parts of speech a title chain is made of (organisation, place, nouns, 名誉, 二级, 第一); any
# other word (a verb, preposition, conjunction, 的, a number with its measure) ends it.
_CHAIN_TAGS = frozenset("n nz nw ORG LOC vn an j f s m".split())
# (not adjectives: 著名小提琴演奏家 is a 小提琴演奏家; a verb only where it makes a post's name:
# 中国驻智利大使, 世卫 / 组织 / 总干事 as LAC cuts it)
_CHAIN_VERBS = frozenset("驻 组织 派驻 援助 支援 驰援".split())
# ...and a post's place abroad or away as one word (驻华, 驻港, 驻村: 巴西驻华大使, 驻村第一书记)
_STATIONED = re.compile(r"驻[\u4e00-\u9fff]")
# ...and the words that qualify a post, whatever LAC tags them (副 / 首相, 常务 / 副 / 主任)
_CHAIN_WORDS = frozenset("副 副总 代 常务 名誉 荣誉 首席 执行 代理 候补 特邀 总 高级 资深 全 原 前 第一 一级 二级 三级 四级 临时 首批 "
                         "女 男".split())      # (西班牙 / 女 / 作家: LAC's adjective)


def _is_title(t: str) -> bool:
    return len(t) >= 2 and t not in _NOT_TITLES and not t.endswith(tuple(_NOT_TITLES)) and (
        _title_end().search(t) is not None or t.endswith(_JOB_ENDINGS))


def _titles_by_words(text: str, at: int) -> list[str] | None:
    """The chain of titles right before the name at `at`, read over LAC's words back from it:
    each title a run of nouns, organisations and places ending in a title word or a job's
    ending, the titles parted by 、 or 兼 (国务委员兼外长王毅), the chain ended by any other
    word (下午应约同英国首相约翰逊: 同 ends it; 56岁的社区民警: 的). None where LAC's words do not
    meet the name's start (the rules then read the chain)."""
    spans = title_spans(text, at)
    return None if spans is None else [text[a:b] for a, b in spans]


def title_spans(text: str, at: int) -> list[tuple[int, int]] | None:
    """(start, end) in `text` of each title of the chain `_titles_by_words` reads before the
    name at `at`, in printed order; None where LAC's words do not meet the name's start."""
    words = lexical.analyse(text)
    i = lexical.index(text)[1].get(at)
    if i is None:
        i = _surname_taken(text, at)
        if i is None:
            return None
    titles: list[tuple[int, int]] = []
    end = at
    start = at
    while i >= 0:
        w = words[i]
        if start < end and start == w.end and words[i + 1].tag in ("LOC", "PER") and _a_country(words[i + 1].text) \
                and _title_end().search(w.text) and _is_title(text[start:end]):
            # 主持人 / 塞尔维亚歌手: a title word before a country's title ends a title of its own
            titles.append((start, end))
            end = start
        if w.text in ("、", "兼"):
            if not _is_title(text[start:end]):
                return titles[::-1]
            titles.append((start, end))
            end = start = w.start
        elif w.tag in _CHAIN_TAGS or w.text in _CHAIN_WORDS or w.text in _CHAIN_VERBS or _STATIONED.fullmatch(w.text) or (
                w.tag == "PER" and start < end and _a_country(w.text)) or (
                w.tag == "w" and re.fullmatch(r"[（(][\u4e00-\u9fff]{2,8}[）)][\u4e00-\u9fff]*", w.text)):
            # (聚合电力工程设计（北京）股份有限公司: a place in brackets inside a company's name)
            if w.tag == "m" and not re.fullmatch(r"[一二三四五六七八九十\d]+(?:级|科|病区|室|组|车间|庭)?|第[一二三四五六七八九十\d]+批?|首批",
                                                 w.text):
                break       # a figure with its measure ends the chain; 二级, 第一, 一 (车间), 二庭, 第一批 do not
            start = w.start
            if end - start > 40:
                break
        elif len(w.text) == 1 and start < end and start == words[i + 1].start == w.end and \
                words[i + 1].text == w.text + "长" and w.text in _HEADS:
            # 环境 / 所 / 所长, 发展 / 处 / 处长 (LAC's 所 a particle, 处 an adverb): the body's head
            # before its head's title word, one body (环境所所长), not a title word alone
            start = w.start
        elif w.tag in ("v", "vn", "c") and i > 0 and words[i - 1].end == w.start and start < end and (
                words[i - 1].tag == "ORG" or words[i - 1].text.endswith(_org_endings())) and (
                w.tag != "c" or w.text in ("与", "和") or (w.text[0] in "与和" and w.text.endswith(_org_endings()))):
            # a verb or 与 inside a department's name, an organisation before it (生产一车间,
            # 感染一科, 产业政策与法规司; 中央党史 / 和文献研究院, LAC's one word): the chain
            # reads on through it
            start = w.start
        elif w.text in ("与", "和") and 0 < i < len(words) - 1 and start == words[i + 1].start == w.end and \
                words[i - 1].tag in ("n", "nz", "vn", "v") and words[i - 1].end == w.start and \
                (any(x.text.endswith(_org_endings() + ("科",)) for x in words[i + 1:] if x.end <= end)
                 or not _is_title(words[i - 1].text)):
            # 产业政策 / 与 / 法规司 (LAC's 与 a preposition), 呼吸 / 与 / 危重症 / 医学 / 科: one
            # department's name, its ending after the 与; 呼吸 / 与 / 危重症 / 医学 / 专家: one
            # field (not 记者 / 与 / 医生: two people)
            start = w.start
        elif w.tag == "a" and start < end and _after_body(words, i):
            start = w.start     # 最高人民法院审判委员会 / 副部级 / 专职 / 委员: the post's grade
        elif w.tag in ("v", "vn", "a") and 0 < i < len(words) - 1 and start == words[i + 1].start == w.end and \
                words[i + 1].tag not in ("LOC", "ORG", "PER", "m") and words[i - 1].end == w.start and \
                words[i - 1].tag in ("n", "nz", "LOC", "ORG", "j") and _names_a_body(text, w.start, end):
            # 疫情 / 应对 / 办公室, 工人 / 革新 / 党, 人民 / 解放 / 阵线: a verb inside the name of the
            # body the title is of, between nouns (not 会见 / 柬埔寨首相: a name after it)
            start = w.start
        elif w.tag in ("a", "d") and start == words[i + 1].start == w.end and (
                (w.tag == "a" and common_word(w.text + words[i + 1].text)) or w.text + words[i + 1].text in _title_word_set()):
            start = w.start     # 公共 / 事务 / 高级经理, 特别 / 助理: the adjective makes one word with the noun after it
        elif w.tag == "v" and start == end and w.text in _title_word_set():
            start = w.start     # 全国人大 / 代表 / 耿福能: LAC's verb (to represent) is the title word
        elif w.tag == "a" and start == end and len(w.text) == 1 and i > 0 and words[i - 1].end == w.start and \
                (cut := _title_end().search(words[i - 1].text + w.text)):
            start = w.start     # 总指挥 / 长 / 朱东亚: LAC cut the title word (总指挥长) before its end
            before = words[i - 1]
            if before.tag == "PER":
                # 汤加议 / 长 / 法卡法努阿 (LAC's name holds the title word's head): the title
                # word, and the place before it in that name (汤加议长)
                if not _known_place(before.text[:cut.start()]):
                    start = before.start + cut.start()
                    break
                start = before.start
                i -= 1
        elif len(w.text) == 1 and w.tag == "v" and w.text not in "是为有在同和与向对被把将让使给到来去说任当" and \
                start == words[i + 1].start == w.end and common_word(w.text + text[start]) and \
                tag(words[i + 1].text) is None:
            # 转 / 运工: LAC cut the job's word in two (转运 is a word, 运工 none; not 访 / 日本…)
            start = w.start
        else:
            break
        i -= 1
    if start < end:
        start = _listed_body_start(text, start, end)
    first = lexical.word_at(text, start) if start < end else None
    if first is not None and first.text in ("与", "和"):
        start += 1      # (the words before the 与 were no part of the department's name; 和美社区 keeps its 和)
    if _is_title(text[start:end]):
        titles.append((start, end))
    return titles[::-1]


def _listed_body_start(text: str, start: int, end: int) -> int:
    """Where the chain at `start`:`end` begins, taking in the head of a listed organisation
    (organizations' lists of central and international bodies) that LAC glued to the word
    before it: 回想世卫 / 组织 / 总干事 (LAC's verb) gives 世卫组织总干事, not 组织总干事."""
    from .organizations import _listed_bodies, longest_ending

    if not start or text[start - 1] not in _listed_characters():
        return start        # (most chains open after a mark or a word no listed name ends in)
    ends = lexical.index(text)[1]
    for name in ("international_bodies.txt", "state_bodies.txt"):
        names, lengths, last = _listed_bodies(name)
        for b in range(min(end, start + lengths[0]), start, -1):
            if b not in ends or not last.match(text, b - 1):
                continue
            # (the longest name ending at b: where it begins after `start`, so does any other)
            n = longest_ending(text, b, names, lengths)
            if n and b - n < start:
                return b - n
    return start


@lru_cache(maxsize=1)
def _listed_characters() -> frozenset[str]:
    """Every character of the listed organisations' names but their last."""
    from .organizations import _listed_bodies

    return frozenset(c for name in ("international_bodies.txt", "state_bodies.txt")
                     for n in _listed_bodies(name)[0] for c in n[:-1])


# The heads of bodies whose holder's title word is the head and 长: 处处长, 所所长, 科科长.
_HEADS = frozenset("处所科站队股厂室组")


def _a_country(word: str) -> bool:
    """Whether a word is a country's name (jionlp's world gazetteer): LAC reads some as names
    at the head of a title (多哥 / 总统, 苏里南 / 总统, 波黑 / 主席团成员)."""
    from .places import _countries

    return word in _countries()


def _after_body(words, i: int) -> bool:
    """Whether LAC's adjectives ending at word `i` (副部级, 专职) follow an organisation's name
    right before them: there they grade a post (…审判委员会副部级专职委员); elsewhere an
    adjective describes the person (著名小提琴演奏家) and ends the chain."""
    j = i
    while j > 0 and words[j].tag == "a" and words[j - 1].end == words[j].start:
        j -= 1
    return words[j].tag != "a" and (words[j].tag == "ORG" or words[j].text.endswith(_org_endings()))


def _names_a_body(text: str, start: int, end: int) -> bool:
    """Whether the title at `start`:`end` is a body's name and its post: what stands before
    the title word ends as an organisation's name does (…办公室, …党, …阵线, …联盟)."""
    word = _title_end().search(text, start, end)
    body = text[start:word.start()] if word else ""
    return len(body) >= 3 and body.endswith(_org_endings() + ("党", "阵线", "联盟", "运动", "小组", "室") + tuple(_HEADS))


@lru_cache(maxsize=1)
def _org_endings() -> tuple[str, ...]:
    from .organizations import suffixes

    return tuple(x for x in suffixes() if len(x) >= 2) + ("部", "委", "局", "院", "厅", "办", "司")


# What follows a name as a form of address (以习近平同志为核心, 王先生)
_HONORIFICS = ("同志", "先生", "女士", "老师", "师傅", "大爷", "大妈", "阿姨", "大姐", "大哥")


# What says that a person follows: an age (五十岁的于晓东, 58岁的黄团新) or a naming (名叫沈斌华).
_AGE_OR_CALLED = re.compile(r"(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:多)?岁的|名叫|名为|叫作|叫做)$")


def _name_lists(text: str, found: list[tuple[str, int]]) -> dict[int, str]:
    """The names that stand in a list parted by 、 with two or more names of LAC's (在主席台就座
    的还有：丁薛祥、刘鹤、许其亮、…): start -> the name, each vouched for by the others. The list
    is read from its first name of LAC's on (a list may open on titles: 大会主席团常务主席、执行
    主席王晨、曹建明…), and nearly every item from there must be one. An item LAC read short (许其 /
    亮, 白玛 / 赤林, 艾力 / 更·依明巴海) or from its middle (呼和 / 巴特尔) is the item whole; the
    last item before 等 (…、梅花等5位代表) is a name too."""
    starts = {at: name for name, at in found}
    ends = {at + len(name): at for name, at in found}
    out: dict[int, str] = {}
    for m in re.finditer(f"(?:[{_HAN}·]{{2,8}}、){{2,}}[{_HAN}·]{{2,8}}", text):
        items, pos = [], m.start()
        for item in m.group().split("、"):
            items.append((pos, item))
            pos += len(item) + 1
        # (the first item may hold the words before the list: 拥有 / 闫俊丞、郑明举、王京等)
        p, item = items[0]
        lead = next((a for a in range(p + 1, p + len(item) - 1) if a in starts and a + len(starts[a]) == p + len(item)), None)
        if lead is not None:
            items[0] = (lead, starts[lead])
        first = next((k for k, (p, _) in enumerate(items) if p in starts), None)
        if first is None or _CREDIT_LIST.search(text, max(0, m.start() - 8), items[first][0]):
            continue        # (（本报记者顾仲阳、高云才、…）: the reporters of a credit, no people)
        items = items[first:]
        names: dict[int, str] = {}
        for k, (p, item) in enumerate(items):
            last = k == len(items) - 1
            if last and "等" in item and 2 <= item.index("等") <= 4:
                item = item[:item.index("等")]      # …、梅花等5位代表
            elif last:
                if p in starts:
                    names[p] = starts[p]
                continue
            if p in starts:
                name = starts[p]
                rest = item[len(name):]
                whole = item.startswith(name) and not _any_title().search(rest) and (
                    len(item) <= 4 or (any(c in _DOTS for c in rest) and len(item) <= 12))
                names[p] = item if whole else name
            elif (p + len(item)) in ends and ends[p + len(item)] - p <= 2 and len(item) <= 5 and \
                    not _any_title().search(item):
                names[p] = item         # 呼和 / 巴特尔
            elif last and len(names) >= 3 and 2 <= len(item) <= 4 and not _any_title().search(item):
                names[p] = item
            elif 2 <= len(item) <= 3 and item[0] in surnames()[0] and not common_word(item) and \
                    not _any_title().search(item):
                names[p] = item         # …、刘鹤、许其亮、孙春兰…: LAC read no name there
        if sum(p in starts for p in names) >= 3 and len(names) >= len(items) - 1:
            out.update(names)
    return out


def _described(text: str, at: int) -> bool:
    """Whether the word right before `at` says who a person is (公司员工范强强, 居民明扬): a noun
    that names people (RULES.md's not-titles, or a word ending as people's do)."""
    word = lexical.word_ending(text, at)
    return word is not None and word.tag in ("n", "nz") and (
        word.text in _NOT_TITLES or word.text.endswith(("员", "民", "工", "者", "户", "人", "生", "士", "家", "长", "师")))


def _named_again(name: str, texts: list[str]) -> bool:
    """A name printed twice or more in the article, LAC reading a name at two of its mentions
    and at most of them (明扬, a resident the story follows; 武建荣, read a name at five of six):
    a phrase LAC took for a name once (周转金, 陈案) seldom is."""
    seen = read = 0
    for t in texts:
        for m in re.finditer(re.escape(name), t):
            seen += 1
            read += m.start() in lexical.index(t)[2]
    return seen >= 2 and read >= 2 and 2 * read > seen


def _word_inside(name: str) -> bool:
    """A candidate whose first or last two characters make an ordinary word (许多 in 许多多,
    周转 in 周转金, 锂电 in 金拓锂电): a phrase LAC took for a name, unless something vouches."""
    # (a place's name is no ordinary word: 武建 in 武建荣 is one, and the name a person's)
    return any(common_word(part) and tag(part) not in (None, "nr", "nrfg", "nrt", "ns")
               for part in {name[:2], name[-2:]} if len(name) > 2) or (len(name) == 2 and common_word(name))


# What says a post of the name before it (RULES.md, third round: offices given through 是,
# 担任, 当选 or 当了 are kept): 宋桂来是…护士, 谭泽勇当选楠木桥村党总支书记, 当了20年村支书.
_HOLDS = re.compile(r"是|担任|当选为?|出任|成为|成了|当了(?:[\d一二三四五六七八九十]+年)?")


# What may stand before a post said of a person: what it is of (…的) and a count (一名).
_QUALIFIES = re.compile(r"(?:.*的)?(?:一[名位个])?")
# What a person is of a group, no post (其美多吉是一个英雄群体的代表).
_OF_A_GROUP = frozenset("代表 成员 一员 典型 榜样 代言人 带头人".split())


def _title_predicate(text: str, end: int) -> str | None:
    """A title said of the name that ends at `end` (宋桂来是武汉儿童医院重症监护室护士。,
    谭泽勇当选楠木桥村党总支书记，): a verb of holding (`_HOLDS`) and a chain of titles that
    closes its clause."""
    verb = _HOLDS.match(text, end + 1 if text.startswith("，", end) else end)
    if verb is None:
        return None     # (马天龙，是西坪村党支部书记: the name's own clause goes on after a comma)
    stop = re.compile(r"[，。；！？,;]").search(text, verb.end(), verb.end() + 42)
    if stop is None:
        return None
    chain = _titles_by_words(text, stop.start())
    said = text[verb.end():stop.start()]
    if chain and said != "、".join(chain) and len(chain) == 1 and said.endswith(chain[0]) and \
            _QUALIFIES.fullmatch(said[:-len(chain[0])]) and chain[0] not in _OF_A_GROUP:
        return chain[0]     # 罗欣婷是服务组的医生, 谌磊是火神山医院的一名护士: the post after what qualifies it
    if not chain or said != "、".join(chain):
        return None     # (the clause is not the chain alone: 是全国最大的…)
    return chain[-1] if len(chain) == 1 else None


def _titles_over_comma(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The titles of a clause of titles alone before a comma that opens a name's chain
    (`spans`, title_spans's: 参与《条例》制定的浙江工商大学法学院党委书记、教授、博士生导师，浙江省
    人大常委会…委员骆梅英: the three before the comma are hers too; 浙江省人大代表，…董事长、总经理
    吴长鸿); [] where the clause holds anything else or the chain does not open on a comma."""
    if not spans or not text.endswith("，", 0, spans[0][0]):
        return []
    comma = spans[0][0] - 1
    prior = title_spans(text, comma) or []
    if not prior or (prior[0][0] and text[prior[0][0] - 1] not in "。！？；：“”\n的") or \
            "、".join(text[a:b] for a, b in prior) != text[prior[0][0]:comma]:
        return []
    return [text[a:b] for a, b in prior]


def _titles_as(text: str, end: int) -> list[str]:
    """The chain of titles of a clause 作为… that ends at `end`, right before the comma before a
    name (作为广西第一批援助湖北医疗队成员、广西江滨医院援助湖北医疗队队长，郑立…): the person is
    what the clause says; [] where the clause is not such a chain alone."""
    opening = text.rfind("作为", max(0, end - 60), end)
    if opening < 0 or re.search(r"[，。；！？：,;]", text[opening:end]):
        return []
    chain = _titles_by_words(text, end) or []
    return chain if chain and text[opening + 2:end] == "、".join(chain) else []


def _title_after(text: str, end: int) -> str | None:
    """A title printed right after a name (栗战书委员长, 钟南山院士): the longest title word
    that starts there."""
    m = _any_title().match(text, end)
    if m is None:
        return None
    word = lexical.word_at(text, end)
    if word is not None and word.tag not in ("n", "nz", "ORG", "nw"):
        return None     # 约翰逊代表… (a verb: represents), not a title after the name
    return m.group()


_COUNTED = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})[位名]")


def _title_after_list(text: str, start: int, end: int, listed: dict[int, str] | None = None) -> str | None:
    """The title printed after a list of names that the name at `start`:`end` stands in,
    shared by each (钟南山、李兰娟、乔杰、王辰等院士: each a 院士): the names LAC's, parted by 、,
    the last followed by 等 and a title word, counted or not (等5位代表; not 专家 or 学者, which
    say what the people are rather than what they hold: 史金波、黄润华等专家). `listed`: the
    names `_name_lists` read in the text, by start."""
    words = lexical.index(text)[0]
    at = end
    while text.startswith("、", at):
        if listed and at + 1 in listed:
            at += 1 + len(listed[at + 1])      # (a name of the list `_name_lists` read)
            continue
        k = words.get(at + 1)
        w = lexical.analyse(text)[k] if k is not None else None
        if w is None or w.tag != "PER":
            return None
        at = w.end
    if (at == end and not text.endswith("、", 0, start)) or not text.startswith("等", at):
        return None
    counted = _COUNTED.match(text, at + 1)      # 等5位代表: the names counted
    title = _title_after(text, counted.end() if counted else at + 1)
    return None if title in ("专家", "学者") else title


def _find_with_model(paragraphs: list[str], authors) -> list[dict]:
    """LAC's names with their title chains, and a name before a title that follows names where
    LAC took it for something else (习近平 as a proper noun before 总书记). A name that does not
    begin with a surname (a foreign one) needs what vouches for a name: a middle dot, a title
    before or after it, or a speech verb after it."""
    people: dict[str, dict] = {}
    by_rule: dict[tuple[int, int], str] = {}
    # the titles a name took from the name before it over 和 (…主任王檀和王健领衔: both lead,
    # the title may be the first's alone), given up where the article gives it posts of its own
    joined: dict[str, set[str]] = {}
    article = "\n".join(paragraphs)
    for k, text in enumerate(paragraphs):
        prev: tuple[int, list[str]] | None = None      # (end, titles of the chain) of the last name
        found = _model_names(text, article)
        starts = {at for _, at in found}
        inside = [(w.start, w.end) for w in lexical.analyse(text) if w.tag in ("ORG", "LOC")]
        for t in _AFTER_NAME_TITLES:
            for m in re.finditer(t, text):
                rule = _speaker_before(text, m.start())
                if rule and rule[1] not in starts and not any(a <= rule[1] < b for a, b in inside):
                    found.append(rule)      # 习近平 / 总书记, where LAC read a proper noun
                    by_rule[k, rule[1]] = rule[0]
        for m in _any_title().finditer(text):
            # a name right after a chain of titles, where LAC read none (巡视员 / 毕 / 开春)
            if m.end() in starts or any(a <= m.end() < b for a, b in inside) or any(
                    a < m.end() < a + len(n) for n, a in found):
                continue
            name = _name_at(text, m.end())
            first = lexical.word_at(text, m.end())
            ends = lexical.index(text)[1]
            if name and first is not None and first.tag in ("v", "n", "nz", "a", "vn") and m.end() + len(name) in ends \
                    and _titles_before(text, m.end()) and not _REPORTER.search(text[:m.start()]) \
                    and not _surname_and_post(name) and not (
                        len(first.text) >= 2 and common_word(first.text) and not re.match(_SPEECH, text[m.end() + len(name):])) \
                    and not (first.tag == "v" and first.text in ("来", "去", "到")):
                # (会见各州州长 / 时表示: a surname's character and a verb; 专家 / 路线 / 又, 老队员
                # / 申请 / 到: a word of the language after the title, no name unless one speaks;
                # 总书记 / 来 / 家里: a verb of coming, which is a rare surname too)
                found.append((name, m.end()))
                by_rule[k, m.end()] = name
                starts.add(m.end())
        found.sort(key=lambda f: f[1])
        # (a name of LAC's inside a longer one read after a title: 处长 / 应 / 云进 gives 应云进)
        found = [(n, a) for n, a in found if not any(b < a < b + len(m) for m, b in found)]
        listed = _name_lists(text, found)
        found = [(listed.get(at, name), at) for name, at in found if not any(
            p < at < p + len(n) for p, n in listed.items())] + \
            [(n, p) for p, n in listed.items() if p not in {at for _, at in found}]
        found.sort(key=lambda f: f[1])
        for name, at in found:
            if name in authors or _REPORTER.search(text[max(0, at - 8):at]) or _credited(text, at, at + len(name)):
                prev = None
                continue        # a reporter of the dateline, byline or a credit: an author
            spans = title_spans(text, at)
            titles = _titles_before(text, at) if spans is None else [text[a:b] for a, b in spans]
            if not titles and prev and at == prev[0] + 1 and text[prev[0]] in "、和及":
                # 全国政协副主席张庆黎、夏宝龙, 党员护士张欢和杨寿芬: the title is shared (RULES.md)
                titles = list(prev[1])
                if text[prev[0]] != "、":
                    joined.setdefault(name, set()).update(titles)
            if not titles and text.endswith("，", 0, at):
                titles = _titles_as(text, at - 1)     # 作为…医疗队队长，郑立…: the posts he speaks as
            if spans:
                titles = _titles_over_comma(text, spans) + titles
            after = _title_after(text, at + len(name)) or _title_predicate(text, at + len(name)) \
                or _title_after_list(text, at, at + len(name), listed)
            foreign = name[:1] not in surnames()[0] and name[:2] not in surnames()[1]
            speaks = re.match(f"(?:[{_HAN}]{{1,2}}地?)?(?:{_SPEECH})", text[at + len(name):])    # (高兴地说, 由衷表示)
            vouched = titles or after or any(c in _DOTS for c in name) or (k, at) in by_rule or at in listed \
                or _AGE_OR_CALLED.search(text, max(0, at - 8), at) or speaks \
                or text.startswith(_HONORIFICS, at + len(name)) or _described(text, at)
            if not vouched and (foreign or _word_inside(name) or not _named_again(name, paragraphs)):
                prev = None
                continue        # 喀方, 埃博拉; 许多多, 周转金: nothing vouches for a name
            if len(name) == 2 and name[0] == "阿" and not titles and not after:
                prev = None
                continue        # 阿峰: a given name called so (RULES.md: nicknames are none); 阿比 with his post stays
            if len(name) == 2 and tag(name) in ("v", "vn", "a", "ad", "an", "d", "n") and (k, at) not in by_rule and \
                    at not in listed and not speaks and not _named_again(name, paragraphs):
                prev = None
                continue        # 企业家 / 顾虑 / 多: a verb of the language, not a name
            p = people.setdefault(name, {"name": name, "titles": [], "mentions": []})
            for t in titles + ([after] if after else []):
                if t not in p["titles"]:
                    p["titles"].append(t)
            prev = (at + len(name), titles)
    for name, shared in joined.items():
        own = [t for t in people.get(name, {}).get("titles", []) if t not in shared]
        if own:
            people[name]["titles"] = own
    for name in list(people):
        # 约翰逊 after 鲍里斯·约翰逊: the same person, by the last part of the name
        full = next((n for n in people if n != name and re.split(f"[{_DOTS}]", n)[-1] == name), None)
        if full:
            for t in people.pop(name)["titles"]:
                if t not in people[full]["titles"]:
                    people[full]["titles"].append(t)
    for k, text in enumerate(paragraphs):       # every mention of a name the article has
        for name, p in people.items():
            for m in re.finditer(re.escape(name), text):
                mention = Mention(k, m.start(), m.end()).to_dict()
                if mention not in p["mentions"]:
                    p["mentions"].append(mention)
                    # (where LAC did not read the name, its titles are still printed before it)
                    if not _credited(text, m.start(), m.end()):
                        more = _titles_by_words(text, m.start())
                        for t in (_titles_before(text, m.start()) if more is None else more):
                            if t not in p["titles"]:
                                p["titles"].append(t)
    return [p for p in people.values() if p["mentions"]]


def find(paragraphs: list[str], authors: list[str] = ()) -> list[dict]:
    """People named in the texts (an article's title, subtitles, dateline, paragraphs), with
    their titles and where each mention stands ({"paragraph": index of the text, "start",
    "end"}). With the nlp extra, LAC's names (`_find_with_model`); without it, the rules alone."""
    if lexical.available():
        return _find_with_model(paragraphs, authors)
    return _find_by_rules(paragraphs, authors)


def _find_by_rules(paragraphs: list[str], authors: list[str] = ()) -> list[dict]:
    """People the text vouches for by rule: a name after a title, before a speech verb,
    before a title that follows names (the module's docstring)."""
    people: dict[str, dict] = {}

    def add(name: str, titles: list[str], k: int, at: int) -> None:
        if name in authors:
            return
        p = people.setdefault(name, {"name": name, "titles": [], "mentions": []})
        for t in titles:
            if t not in p["titles"]:
                p["titles"].append(t)
        m = Mention(k, at, at + len(name)).to_dict()
        if m not in p["mentions"]:
            p["mentions"].append(m)

    for k, text in enumerate(paragraphs):
        # 1. a name right after a title (or a chain of them)
        for m in _any_title().finditer(text):
            name = _name_at(text, m.end())
            if not name:
                continue
            titles = _titles_before(text, m.end())
            if titles and not _REPORTER.search(text[:m.start()]):
                add(name, titles, k, m.end())
        # 2. a name right before a speech verb
        for m in re.finditer(_SPEECH, text):
            found = _speaker_before(text, m.start())
            if found and not _REPORTER.search(text[:found[1]]):
                add(found[0], [], k, found[1])
        # 3. a name right before a title that follows it (习近平总书记)
        for t in _AFTER_NAME_TITLES:
            for m in re.finditer(t, text):
                found = _speaker_before(text, m.start())
                if found:
                    add(found[0], [t], k, found[1])
    # 4. later mentions of a name already known in the article
    for k, text in enumerate(paragraphs):
        for name in list(people):
            for m in re.finditer(re.escape(name), text):
                add(name, [], k, m.start())
    return [p for p in people.values()]
