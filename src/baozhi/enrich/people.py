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
from importlib import resources

from ..names import surnames
from .spans import Mention, common_word, word_end

_HAN = "\u4e00-\u9fff"
# Where a clause, and so a chain of titles, begins.
_CLAUSE = re.compile(r"[，。；：！？“”‘’\n]|(?<![A-Za-z])[\s]")
# What cannot be inside an organisation-and-title: verbs and links that join clauses.
# (Single characters only where no organisation or title holds them: not 经, 和, 同.)
_STOP = re.compile("会见|会谈|带队|陪同|出席|主持|参加|调研|考察|看望|慰问|前往|来到|到访|率队|一行|表示|指出|强调|"
                   "介绍|认为|要求|获悉|了解|以及|及|与|对|向|在|赴|由|据|被|将|把|了|"
                   r"[0-9０-９]+[年月日]|[年月日]")
_SPEECH = "说|表示|指出|强调|介绍|告诉记者|认为|坦言|透露|称|谈到|感慨|笑着说"
_AFTER_NAME_TITLES = ("总书记",)
# Characters no given name is made of here: they begin titles and organisations (党委副书记).
_NOT_IN_NAME = set("副委党局长市县区省部厅处科员会书记主任总经董事镇乡村组")
_NOT_GIVEN = frozenset("大爷 大妈 大娘 大姐 大哥 师傅 老师 先生 女士 同志 老人 阿姨 奶奶 爷爷 一家 某某 某".split())
_REPORTER = re.compile("(?:记者|通讯员|实习生|见习记者|特约记者|摄影|编辑)$")
# Characters that start the word after a two-character name (王钧会见, 陈华，).
_AFTER_TWO = set("会说带表指强出主参对一等在同陪介告作率向到来为和与及、，。；：！？”（）是也就将已把又还都")


@lru_cache(maxsize=1)
def title_words() -> tuple[str, ...]:
    text = resources.files("baozhi").joinpath("data/titles.txt").read_text(encoding="utf-8")
    base = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    words = set(base)
    for w in base:
        words.update({"副" + w, "常务副" + w, "第一" + w, "执行" + w})
    return tuple(sorted(words, key=len, reverse=True))


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
    parts = text[start:at].split("、")
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
        if not re.fullmatch(f"[{_HAN}]+", s[:n]):
            n = 2
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
            or any(c in _NOT_IN_NAME for c in given) or common_word(name))


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


def find(paragraphs: list[str], authors: list[str] = ()) -> list[dict]:
    """People named in the paragraphs, with their titles and where each mention stands."""
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
