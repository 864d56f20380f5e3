"""The real sample page must come out exactly as its gold."""
import baozhi
from baozhi.evaluate import score_page

EXACT = ("seg_f1", "para_f1", "title", "authors", "dateline", "kind")


def test_sample_scores_perfect_by_reference(sample_path, sample_gold, reference):
    pred = baozhi.parse(sample_path).to_dict()
    row = reference.score_page(sample_gold, pred)
    for key in EXACT:
        assert row[key] == 1.0, (key, row)
    assert row["cer"] == 0.0


def test_sample_scores_perfect_by_our_scorer(sample_path, sample_gold):
    row = score_page(sample_gold, baozhi.parse(sample_path).to_dict())
    assert [row[k] for k in EXACT] == [1.0] * len(EXACT)
    assert row["cer"] == 0.0


def test_sample_structure(sample_path):
    page = baozhi.parse(sample_path)
    kinds = [a.kind for a in page.articles]
    assert kinds.count("photo") == 1 and len(kinds) == 8
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.authors == ["张宏斌"]
    assert photo.paragraphs[0].endswith("白家嘴2号蓄水池项目施工现场。")
    lead = page.articles[0]
    assert lead.title is None and lead.dateline == "本报讯（记者蒲瑞华）"
    assert lead.paragraphs[0].startswith("日前，市委副书记")
    finance = page.articles[-1]
    assert finance.authors == ["李峰", "张迈"]
    assert finance.lines[0] == 266 and finance.lines[-1] == 314
    # nothing silently dropped: every non-blank line is in an article or unassigned
    covered = {n for a in page.articles for n in a.lines} | {u["line"] for u in page.unassigned}
    assert covered == set(range(1, len(page.lines) + 1))


def test_json_schema_shape(sample_path):
    d = baozhi.parse(sample_path).to_dict()
    assert d["schema"] == "baozhi.page/1"
    assert set(d) == {"schema", "source", "edition", "articles", "unassigned"}
    a = d["articles"][4]
    assert a["id"] == "a5" and a["span"] == {"lines": [137, 185]}
    for key in ("kind", "title", "subtitles", "dateline", "authors", "paragraphs", "continued_from",
                "continued_to", "people", "organizations", "places", "dates", "quantities"):
        assert key in a


def _lines(path):
    from baozhi.readers.text import split_lines
    with open(path, encoding="utf-8") as f:
        return [ln.text for ln in split_lines(f.read())]


def test_sample_with_headlines_moved_before_their_bodies(sample_path, sample_gold, reference):
    """The same real page as other producers write it: headline block (and byline) first.
    The parser must decide the orientation from the page, not assume it."""
    lines = _lines(sample_path)
    out = []
    for a in sample_gold["articles"]:
        start, end = a["span"]["lines"]
        block = lines[start - 1:end]
        tops = {"".join(x.split()) for x in [a["title"] or "", *a["subtitles"]] if x}
        tops |= {"".join(a["authors"]), "记者" + "".join(a["authors"])}
        head = []
        while block and "".join(block[-1].split()) in tops:
            head.insert(0, block.pop())
        out += head + block
    assert out != lines
    pred = baozhi.parse_text("\n".join(out)).to_dict()
    row = reference.score_page(sample_gold, pred)
    assert [row[k] for k in EXACT] == [1.0] * len(EXACT), row


def test_sample_without_blank_lines_with_crlf(sample_path, sample_gold):
    lines = _lines(sample_path)
    row = score_page(sample_gold, baozhi.parse_text("\r\n".join(lines)).to_dict())
    assert [row[k] for k in EXACT] == [1.0] * len(EXACT), row
