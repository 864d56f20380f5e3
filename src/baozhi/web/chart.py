"""A chart of one measure over time as inline SVG, drawn on the server: no script, no
library, nothing fetched (the reader's Content-Security-Policy allows none)."""
from __future__ import annotations

import datetime as dt
from html import escape


def _day(s: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10])
    except (TypeError, ValueError):
        return None


def _label(v: float) -> str:
    """An axis value as people write it: 1.2亿, 3,400万, 12.5."""
    a = abs(v)
    if a >= 1e8:
        return f"{v / 1e8:.4g}亿"
    if a >= 1e4:
        return f"{v / 1e4:.4g}万"
    return f"{v:.4g}"


def line_chart(points: list[dict], unit: str, width: int = 560, height: int = 240) -> str:
    """An SVG line chart of `points` ({date: ISO, value, text, uid}), dates across, values up,
    each point a link to its article with the figure as printed in its tooltip. `unit` labels
    the vertical axis. Sizes in CSS pixels (the SVG scales to its box). Empty string for
    fewer than one dated point."""
    pts = [(d, p) for p in points if (d := _day(p.get("date") or "")) is not None and p.get("value") is not None]
    if not pts:
        return ""
    pts.sort(key=lambda t: t[0])
    left, right, top, bottom = 64, 16, 30, 34
    d0, d1 = pts[0][0], pts[-1][0]
    span = max((d1 - d0).days, 1)
    values = [p["value"] for _, p in pts]
    lo, hi = min(0.0, min(values)), max(values)
    if hi == lo:
        hi = lo + 1
    x = lambda d: left + (width - left - right) * ((d - d0).days / span if len(pts) > 1 else 0.5)
    y = lambda v: top + (height - top - bottom) * (1 - (v - lo) / (hi - lo))
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(unit)}"'
           f' xmlns="http://www.w3.org/2000/svg">']
    for k in range(5):      # value grid and labels
        v = lo + (hi - lo) * k / 4
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" class="grid"/>'
                   f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{escape(_label(v))}</text>')
    out.append(f'<text x="{left}" y="{top - 14}" text-anchor="start" class="unit">{escape(unit)}</text>')
    ticks = sorted({d0, d1, *(pts[len(pts) * k // 4][0] for k in range(1, 4))})
    for d in ticks:
        # (the first label starts at its date, the last ends there: neither is cut by the edge)
        anchor = "start" if d == ticks[0] and len(ticks) > 1 else "end" if d == ticks[-1] and len(ticks) > 1 else "middle"
        out.append(f'<text x="{x(d):.1f}" y="{height - 12}" text-anchor="{anchor}">{d.isoformat()}</text>')
    if len(pts) > 1:
        out.append('<polyline class="series" fill="none" points="'
                   + " ".join(f"{x(d):.1f},{y(p['value']):.1f}" for d, p in pts) + '"/>')
    for d, p in pts:
        out.append(f'<a href="/a/{escape(p["uid"] or "")}"><circle cx="{x(d):.1f}" cy="{y(p["value"]):.1f}" r="4">'
                   f'<title>{escape(d.isoformat())} {escape(p.get("text") or "")}</title></circle></a>')
    out.append("</svg>")
    return "".join(out)
