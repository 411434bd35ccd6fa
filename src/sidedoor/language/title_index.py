"""The title index: TF-IDF vectors over every O*NET title, built at run time, cached on disk.

One row ("document") per distinct normalised title of an occupation: the occupation's own title,
alternate titles, short titles and reported titles. Each row's vector joins two L2-normalised
TF-IDF parts, weighted so that a dot product is ``WORD_SHARE * cos_words + (1 - WORD_SHARE) *
cos_chars``:

* words: unigrams, adjacent bigrams and a ``^head`` feature for the head noun, so "sales
  engineer" and "software engineer" differ where it matters;
* characters: 3- and 4-grams of each word (with word boundaries), for typos and word forms.

Rows are sorted by occupation, so an occupation's best row is one ``np.maximum.reduceat``.
A second, occupation-level matrix ("profiles": description and task statements) serves the
optional context re-ranking.

Nothing here is committed: :func:`build_index` runs on the installed store, and
:func:`load_or_build` caches the arrays under ``<knowledge>/cache/`` keyed by the store's
release key and a hash of the code that shapes the index (:func:`code_fingerprint`); a
different key means a rebuild.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
import tempfile
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

from sidedoor.language.corpus import KINDS, TitleCorpus, load_corpus, read_release_key
from sidedoor.language.normalize import STOP_WORDS, fold, official_head, title_tokens

INDEX_VERSION = "2"  # bump when the cached arrays change shape or meaning
WORD_SHARE = 0.6
HEAD_WEIGHT = 1.0  # weight of the ^head feature relative to a unigram
CHAR_NS = (3, 4)
CHAR_MAX_DF = 0.002  # character n-grams in more than this share of rows are dropped
# Multipliers by kind of title (order of KINDS).
KIND_WEIGHTS: dict[str, float] = {"title": 1.0, "alternate": 1.0, "short": 0.97, "reported": 1.0}

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int32]


def word_features(tokens: list[str], head: str | None) -> dict[str, float]:
    """Unigrams, adjacent bigrams (stop words dropped) and the head feature."""
    content = [t for t in tokens if t not in STOP_WORDS]
    feats: dict[str, float] = dict.fromkeys(content, 1.0)
    for a, b in itertools.pairwise(content):
        feats[f"{a} {b}"] = 1.0
    if head:
        feats[f"^{head}"] = 1.0
    return feats


def content_key(tokens: list[str]) -> str:
    """The content words of a title, in order: two titles with the same key are the same title
    ("QA Engineer" and "Quality Assurance Engineer")."""
    return " ".join(t for t in tokens if t not in STOP_WORDS)


@lru_cache(maxsize=100_000)
def _word_grams(token: str) -> tuple[str, ...]:
    padded = f"<{token}>"
    return tuple(
        padded[i : i + n] for n in CHAR_NS for i in range(max(1, len(padded) - n + 1))
    )


def char_features(tokens: list[str]) -> dict[str, float]:
    """Character n-grams of each distinct content word, with '<' and '>' boundaries."""
    feats: dict[str, float] = {}
    for tok in dict.fromkeys(t for t in tokens if t not in STOP_WORDS):
        for gram in _word_grams(tok):
            feats[gram] = feats.get(gram, 0.0) + 1.0
    return feats


@dataclass
class Vectorizer:
    """A vocabulary with IDF weights; turns feature weights into L2-normalised rows.

    A feature value >= 1 is a term count (sublinear tf: 1 + log count); a value below 1 is an
    evidence weight used as is (words outside the job-naming part of a title).
    """

    vocab: dict[str, int]
    idf: FloatArray

    @classmethod
    def fit(
        cls, docs: list[dict[str, float]], *, max_df: float = 1.0, head_weight: float = 1.0
    ) -> Vectorizer:
        df: Counter[str] = Counter()
        for d in docs:
            df.update(d.keys())
        n = len(docs)
        terms = sorted(t for t, k in df.items() if k <= max_df * n)
        idf = np.array(
            [(math.log((n + 1) / (df[t] + 1)) + 1.0) * (head_weight if t[0] == "^" else 1.0)
             for t in terms],
            dtype=np.float32,
        )
        return cls({t: i for i, t in enumerate(terms)}, idf)

    def transform(self, docs: Iterable[dict[str, float]]) -> sparse.csr_matrix:
        vocab = self.vocab
        cols: list[int] = []
        vals: list[float] = []
        indptr = [0]
        for d in docs:
            for term, value in d.items():
                j = vocab.get(term)
                if j is not None:
                    cols.append(j)
                    vals.append(value)
            indptr.append(len(cols))
        col = np.array(cols, dtype=np.int32)
        val = np.array(vals, dtype=np.float32)
        ptr = np.array(indptr, dtype=np.int64)
        w = np.where(val >= 1.0, 1.0 + np.log(np.maximum(val, 1.0)), val) * self.idf[col]
        w = w.astype(np.float32)
        n = len(ptr) - 1
        if w.size:
            row_of = np.repeat(np.arange(n), np.diff(ptr))
            norms = np.sqrt(np.bincount(row_of, weights=w * w, minlength=n)).astype(np.float32)
            w /= np.maximum(norms[row_of], 1e-12)
        return sparse.csr_matrix((w, col, ptr), shape=(n, len(vocab)))


@dataclass
class TitleIndex:
    """Arrays the coder scores against; see the module docstring."""

    key: str
    codes: list[str]  # O*NET codes, sorted; occupation i
    occ_titles: list[str]
    socs: list[str]
    prior: FloatArray  # per occupation, log of its share of its SOC's employment, in [0, 1]
    doc_text: list[str]  # the title as O*NET writes it
    doc_kind: npt.NDArray[np.int8]  # index into KINDS
    doc_occ: IntArray  # occupation of each row (rows sorted by it)
    occ_start: IntArray  # first row of each occupation
    doc_weight: FloatArray
    doc_key: list[str]  # content words of the row, in order: what an exact match compares
    doc_len: npt.NDArray[np.int8]  # number of distinct content words of the row
    words: Vectorizer
    chars: Vectorizer
    matrix_t: sparse.csr_matrix  # (features x docs), words then chars
    occ_words_t: sparse.csr_matrix  # (word features x occupations): all titles pooled
    heads: frozenset[str]  # head words of all titles: what a job-naming segment contains
    profile_vocab: Vectorizer
    profiles_t: sparse.csr_matrix  # (profile vocab x occupations): description and tasks

    def query_matrices(
        self, word_feats: list[dict[str, float]], token_lists: list[list[str]]
    ) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        """(title-row features laid out like :attr:`matrix_t`, word features alone)."""
        w = self.words.transform(word_feats)
        c = self.chars.transform(char_features(t) for t in token_lists)
        joined = sparse.hstack(
            [w * math.sqrt(WORD_SHARE), c * math.sqrt(1.0 - WORD_SHARE)], format="csr"
        )
        return joined, w


def profile_features(text: str) -> dict[str, float]:
    """Word counts of a description, task list or job description (profile vocabulary)."""
    toks = [t for t in title_tokens(text, expand_cased=False) if t not in STOP_WORDS]
    return {k: float(v) for k, v in Counter(t for t in toks if len(t) > 2).items()}


def _pool(rows: sparse.csr_matrix, groups: IntArray, n_groups: int) -> sparse.csr_matrix:
    """Sum rows by group and L2-normalise: one pooled row per group."""
    pool = sparse.csr_matrix(
        (np.ones(len(groups), dtype=np.float32), (groups, np.arange(len(groups)))),
        shape=(n_groups, rows.shape[0]),
    )
    pooled = (pool @ rows).tocsr()
    norms = np.sqrt(np.asarray(pooled.multiply(pooled).sum(axis=1)).ravel())
    return sparse.csr_matrix(sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ pooled)


def build_index(corpus: TitleCorpus, exclude: Collection[str] = ()) -> TitleIndex:
    """Build the index from a corpus; titles in `exclude` (case-insensitive) are left out.

    Occupations' own titles are never excluded, so each occupation keeps at least one row.
    """
    excluded = {fold(t).strip() for t in exclude}
    occs = sorted(corpus.occupations, key=lambda o: o.code)
    occ_pos = {o.code: i for i, o in enumerate(occs)}
    seen: dict[tuple[int, str], int] = {}
    rows: list[tuple[int, str, int, list[str], str | None]] = []
    for rec in corpus.titles:
        i = occ_pos.get(rec.code)
        if i is None or (rec.kind != "title" and fold(rec.title).strip() in excluded):
            continue
        tokens = title_tokens(rec.title)
        if not tokens:
            continue
        dedup = (i, " ".join(tokens))
        if dedup in seen:
            continue
        seen[dedup] = len(rows)
        rows.append((i, rec.title, KINDS.index(rec.kind), tokens, official_head(rec.title)))
    rows.sort(key=lambda r: (r[0], r[2]))
    word_docs = [word_features(r[3], r[4]) for r in rows]
    char_docs = [char_features(r[3]) for r in rows]
    words = Vectorizer.fit(word_docs, head_weight=HEAD_WEIGHT)
    chars = Vectorizer.fit(char_docs, max_df=CHAR_MAX_DF)
    w = words.transform(word_docs)
    c = chars.transform(char_docs)
    matrix = sparse.hstack(
        [w * math.sqrt(WORD_SHARE), c * math.sqrt(1.0 - WORD_SHARE)], format="csr"
    )
    doc_occ = np.array([r[0] for r in rows], dtype=np.int32)
    occ_start = np.searchsorted(doc_occ, np.arange(len(occs))).astype(np.int32)
    emp = np.array(
        [corpus.employment.get(o.soc_code, 0) for o in occs], dtype=np.float64
    )
    known = emp[emp > 0]
    fill = float(np.median(known)) if known.size else 1.0
    emp = np.where(emp > 0, emp, fill)
    # OEWS counts a SOC; O*NET splits some SOCs into several occupations (17-2112.02
    # Validation Engineers is one of four under 17-2112): shared evenly, for want of better.
    per_soc = Counter(o.soc_code for o in occs)
    shares = np.array([per_soc[o.soc_code] for o in occs], dtype=np.float64)
    prior = (np.log1p(emp / shares) / np.log1p(emp.max())).astype(np.float32)
    keys = [content_key(r[3]) for r in rows]
    kinds = np.array([r[2] for r in rows], dtype=np.int8)
    kind_w = np.array([KIND_WEIGHTS[k] for k in KINDS], dtype=np.float32)
    profile_docs = [
        profile_features(" ".join(
            [o.title, o.description, *corpus.tasks.get(o.code, []),
             *corpus.tools.get(o.code, [])]
        ))
        for o in occs
    ]
    profile_vocab = Vectorizer.fit(profile_docs)
    return TitleIndex(
        key=f"{corpus.release_key}:{code_fingerprint()}",
        codes=[o.code for o in occs],
        occ_titles=[o.title for o in occs],
        socs=[o.soc_code for o in occs],
        prior=prior,
        doc_text=[r[1] for r in rows],
        doc_kind=kinds,
        doc_occ=doc_occ,
        occ_start=occ_start,
        doc_weight=kind_w[kinds],
        doc_key=keys,
        doc_len=np.array([min(len(set(k.split())), 127) for k in keys], dtype=np.int8),
        words=words,
        chars=chars,
        matrix_t=matrix.T.tocsr(),
        occ_words_t=_pool(w, doc_occ, len(occs)).T.tocsr(),
        heads=frozenset(r[4] for r in rows if r[4]),
        profile_vocab=profile_vocab,
        profiles_t=profile_vocab.transform(profile_docs).T.tocsr(),
    )


# ---------------------------------------------------------------- on-disk cache


def cache_file(knowledge_dir: Path, release_key: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in release_key)
    return Path(knowledge_dir) / "cache" / f"titles-{safe}-v{INDEX_VERSION}.npz"


def _csr_arrays(prefix: str, m: sparse.csr_matrix) -> dict[str, Any]:
    return {
        f"{prefix}_data": m.data, f"{prefix}_indices": m.indices,
        f"{prefix}_indptr": m.indptr, f"{prefix}_shape": np.array(m.shape, dtype=np.int64),
    }


def _csr_from(prefix: str, z: Any) -> sparse.csr_matrix:
    return sparse.csr_matrix(
        (z[f"{prefix}_data"], z[f"{prefix}_indices"], z[f"{prefix}_indptr"]),
        shape=(int(z[f"{prefix}_shape"][0]), int(z[f"{prefix}_shape"][1])),
    )


def save_index(index: TitleIndex, path: Path) -> None:
    """Write the index atomically (temp file + rename) so a crash never leaves half a cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "key": index.key, "codes": index.codes, "occ_titles": index.occ_titles,
        "socs": index.socs, "doc_text": index.doc_text, "heads": sorted(index.heads),
        "doc_key": index.doc_key,
    }
    arrays: dict[str, Any] = {
        "meta": np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
        "prior": index.prior,
        "doc_len": index.doc_len, "doc_kind": index.doc_kind, "doc_occ": index.doc_occ,
        "occ_start": index.occ_start, "doc_weight": index.doc_weight,
        "words_terms": np.array(list(index.words.vocab), dtype=np.str_),
        "words_idf": index.words.idf,
        "chars_terms": np.array(list(index.chars.vocab), dtype=np.str_),
        "chars_idf": index.chars.idf,
        "profile_terms": np.array(list(index.profile_vocab.vocab), dtype=np.str_),
        "profile_idf": index.profile_vocab.idf,
        **_csr_arrays("matrix_t", index.matrix_t),
        **_csr_arrays("profiles_t", index.profiles_t),
        **_csr_arrays("occ_words_t", index.occ_words_t),
    }
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".titles-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _vectorizer(z: Any, prefix: str) -> Vectorizer:
    terms: list[str] = z[f"{prefix}_terms"].tolist()
    return Vectorizer(dict(zip(terms, range(len(terms)), strict=True)), z[f"{prefix}_idf"])


def load_index(path: Path) -> TitleIndex:
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(z["meta"].tobytes().decode())
        return TitleIndex(
            key=meta["key"], codes=meta["codes"], occ_titles=meta["occ_titles"],
            socs=meta["socs"], prior=z["prior"],
            doc_text=meta["doc_text"], doc_kind=z["doc_kind"], doc_occ=z["doc_occ"],
            occ_start=z["occ_start"], doc_weight=z["doc_weight"], doc_key=meta["doc_key"],
            doc_len=z["doc_len"], words=_vectorizer(z, "words"),
            chars=_vectorizer(z, "chars"), matrix_t=_csr_from("matrix_t", z),
            heads=frozenset(meta["heads"]), profile_vocab=_vectorizer(z, "profile"),
            profiles_t=_csr_from("profiles_t", z),
            occ_words_t=_csr_from("occ_words_t", z),
        )


def code_fingerprint() -> str:
    """A hash of the code that shapes the index, so a changed rule invalidates old caches."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for module in ("normalize.py", "title_words.py", "title_index.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()[:12]


def load_or_build(knowledge_dir: Path) -> TitleIndex:
    """The cached index for the installed release; built and cached when missing or stale."""
    release_key = read_release_key(knowledge_dir)
    path = cache_file(knowledge_dir, release_key)
    expected = f"{release_key}:{code_fingerprint()}"
    if path.is_file():
        try:
            index: TitleIndex | None = load_index(path)
        except (OSError, ValueError, KeyError):
            index = None  # a damaged cache is derived data: rebuild it
        if index is not None and index.key == expected:
            return index
    index = build_index(load_corpus(knowledge_dir))
    index.key = expected
    save_index(index, path)
    for stale in path.parent.glob("titles-*.npz"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return index
