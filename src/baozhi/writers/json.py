"""JSON writer: the `baozhi.page/1` schema."""
from __future__ import annotations

import json


def dumps(page, pretty: bool = True) -> str:
    """A Page, or an Issue of pages."""
    if pretty:
        return json.dumps(page.to_dict(), ensure_ascii=False, indent=2)
    return json.dumps(page.to_dict(), ensure_ascii=False, separators=(",", ":"))
