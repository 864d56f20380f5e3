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
def _gazetteer() -> tuple[dict[str, tuple[str, str | None, str | None]], re.Pattern | None]:
    """name as printed -> (province, city, county); and one pattern that finds them all."""
    jio = jionlp()
    if jio is None:         # the nlp extra is not installed
        return {}, None
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
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    return names, pattern


def find(paragraphs: list[str]) -> list[dict]:
    names, pattern = _gazetteer()
    if pattern is None:
        return []
    places: dict[str, dict] = {}
    for k, text in enumerate(paragraphs):
        for m in pattern.finditer(text):
            prov, city, county = names[m.group()]
            end = m.end()
            town = _TOWN.match(text, end) if county else None
            if town and tag(town.group(1)) is None:
                end = town.end()
            printed = text[m.start():end]
            parts = [prov, city, county, town.group(1) if town and end == town.end() else None]
            full = "".join(dict.fromkeys(p for p in parts if p))
            p = places.setdefault(full, {"name": printed, "full": full, "province": prov, "city": city,
                                         "county": county, "town": parts[3], "mentions": []})
            p["mentions"].append(Mention(k, m.start(), end).to_dict())
    return list(places.values())
