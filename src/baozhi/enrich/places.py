"""Places: China's provinces, cities and counties by name (with their ending, or a city's short
name where it is not an ordinary word: 金昌 yes, 合作 no), and a town or township named
after its county, resolved to the administrative hierarchy with jionlp's gazetteer
(永昌县水源镇 -> 甘肃省金昌市永昌县水源镇)."""
from __future__ import annotations

import re
from functools import lru_cache

from .spans import Mention, jionlp, tag

_TOWN = re.compile(r"([\u4e00-\u9fff]{2,3}(?:镇|乡|街道))")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, str | None, str | None]]:
    """name as printed -> (province, city, county)."""
    jio = jionlp()
    if jio is None:         # the nlp extra is not installed
        return {}
    names: dict[str, tuple[str, str | None, str | None]] = {}
    for prov, pv in jio.china_location_loader(detail=False).items():
        names.setdefault(prov, (prov, None, None))
        for city, cv in pv.items():
            if city.startswith("_"):
                continue
            names.setdefault(city, (prov, city, None))
            alias = cv.get("_alias")
            for a in [alias] if isinstance(alias, str) else alias or []:
                # a short name only where it is no ordinary word (合作 is a city's name too)
                if len(a) >= 2 and (tag(a) in (None, "ns", "nr", "nz")):
                    names.setdefault(a, (prov, city, None))
            for county in cv:
                if not county.startswith("_") and len(county) >= 3:
                    names.setdefault(county, (prov, city, county))
    return names


@lru_cache(maxsize=1)
def _lengths() -> dict[str, tuple[int, ...]]:
    """For each first character, the lengths of the names that start with it, longest first."""
    by_first: dict[str, set[int]] = {}
    for name in _gazetteer():
        by_first.setdefault(name[0], set()).add(len(name))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()}


def _matches(text: str, names: dict) -> list[tuple[int, int]]:
    """Every gazetteer name in the text, longest first at each place, left to right (set
    look-ups: a pattern of three thousand names is slow to run)."""
    lengths = _lengths()
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


def find(paragraphs: list[str]) -> list[dict]:
    names = _gazetteer()
    if not names:
        return []
    places: dict[str, dict] = {}
    for k, text in enumerate(paragraphs):
        for a, b in _matches(text, names):
            prov, city, county = names[text[a:b]]
            end = b
            town = _TOWN.match(text, end) if county else None
            if town and tag(town.group(1)) is None:
                end = town.end()
            printed = text[a:end]
            parts = [prov, city, county, town.group(1) if town and end == town.end() else None]
            full = "".join(dict.fromkeys(p for p in parts if p))
            p = places.setdefault(full, {"name": printed, "full": full, "province": prov, "city": city,
                                         "county": county, "town": parts[3], "mentions": []})
            p["mentions"].append(Mention(k, a, end).to_dict())
    return list(places.values())
