"""JSON writer: the `baozhi.page/1` schema."""
from __future__ import annotations

import json

from ..model import Page


def dumps(page: Page, pretty: bool = True) -> str:
    if pretty:
        return json.dumps(page.to_dict(), ensure_ascii=False, indent=2)
    return json.dumps(page.to_dict(), ensure_ascii=False, separators=(",", ":"))
