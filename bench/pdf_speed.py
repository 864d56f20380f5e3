#!/usr/bin/env python3
"""PDF parsing throughput on one core: pages/s and peak memory, beside pdfium's own share.

    python bench/pdf_speed.py [--rounds 5] [--pages 20]

Sets: the real e-paper pages (tests/data/pages/, and ../shared/pages/ where present), and,
where reportlab is installed, pages written by tests/typeset.py in the Founder style and the
Identity-H style (each character a text object of its own, as the real page has it). Each page
is parsed whole (`baozhi.parse_pdf`: open, text layer, reading order, layout) from its file, in
process, so the figure is the library's own speed. "pdfium alone" is what pdfium takes to load
each page and its text layer with nothing read from them: the floor under any reader built on
it (on the real page, pdfium interprets the outline of every glyph of its embedded CFF fonts,
twice). Rates are the median of the rounds.
"""
import argparse
import glob
import os
import resource
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

import baozhi  # noqa: E402


def _pdfium_alone(path: str) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        for k in range(len(doc)):
            page = doc[k]
            page.get_textpage().close()
            page.close()
    finally:
        doc.close()


def _rate(fn, files: list[str], rounds: int) -> float:
    fn(files[0])        # imports and first-call set-up, untimed
    rates = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for f in files:
            fn(f)
        rates.append(len(files) / (time.perf_counter() - t0))
    return statistics.median(rates)


def _typeset(out: str, n: int, **style) -> list[str]:
    import typeset

    saved = dict(typeset.STYLE)
    typeset.STYLE.update(style)
    try:
        stems = typeset.generate(n, out, seed=21, dense=True)
    finally:
        typeset.STYLE.update(saved)
    return [os.path.join(out, s + ".pdf") for s in stems]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pages", type=int, default=20, help="typeset pages a style")
    args = ap.parse_args()
    real = sorted(glob.glob(os.path.join(ROOT, "tests", "data", "pages", "*.pdf")))
    names = {os.path.basename(p) for p in real}
    real += sorted(p for p in glob.glob(os.path.join(ROOT, "..", "shared", "pages", "*.pdf"))
                   if os.path.basename(p) not in names)
    sets = [("real e-paper pages", real)]
    tmp = tempfile.TemporaryDirectory()
    try:
        import reportlab  # noqa: F401 (whether the typesetter can run)
        sets.append(("Founder-style (typeset --founder --dense)",
                     _typeset(os.path.join(tmp.name, "founder"), args.pages, founder=True)))
        sets.append(("Identity-H (typeset --identity-h --dense)",
                     _typeset(os.path.join(tmp.name, "identity"), args.pages, identity=True)))
    except ImportError:
        print("reportlab missing: the real pages only")
    print("| pages | n | baozhi pages/s | pdfium alone pages/s | baozhi ms/page | of which pdfium |")
    print("|---|---|---|---|---|---|")
    for name, files in sets:
        ours = _rate(baozhi.parse_pdf, files, args.rounds)
        floor = _rate(_pdfium_alone, files, args.rounds)
        print(f"| {name} | {len(files)} | {ours:.1f} | {floor:.1f} | {1000 / ours:.1f} | {1000 / floor:.1f} |")
    tmp.cleanup()
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
