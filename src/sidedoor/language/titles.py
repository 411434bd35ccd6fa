"""Job title -> O*NET-SOC occupations, with scores and the reasons for them.

    coder = TitleCoder.from_knowledge_dir(settings.resolved_knowledge_dir)
    result = coder.code("Sr. Backend Eng II")
    result.matches[0].code, result.matches[0].score, result.matches[0].matched_title

How a title is scored (details in docs/title-coding.md):

1. :func:`~sidedoor.language.normalize.clean_title` drops noise (levels, pay, shifts,
   locations, requisition numbers) and splits the title into segments; the first segment whose
   head word is the head of some O*NET title names the job, the rest add weak evidence.
2. Unknown words are corrected against the index vocabulary (rapidfuzz), census inversions
   ("Clerk, payroll") are turned around, and the head word is found.
3. The query's word + character TF-IDF vector is compared with every title row in one sparse
   product; an occupation scores its best row (:mod:`sidedoor.language.title_index`), plus a
   small prior for occupations that employ more people, plus (when given) how well a job
   description matches the occupation's description and tasks.
4. Two rules: an exact title that O*NET lists under several occupations is a tie, which
   employment decides (``TIE_PRIOR_WEIGHT``); a title row the query is only a part of
   ("Technical Platform Engineer" for "platform engineer") is discounted when something broader
   matched too (``PART_FACTOR``).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from sidedoor.language.corpus import KINDS
from sidedoor.language.normalize import (
    STOP_WORDS,
    CleanTitle,
    clean_title,
    head_of,
    title_tokens,
)
from sidedoor.language.title_index import (
    TitleIndex,
    content_key,
    load_or_build,
    profile_features,
)

if TYPE_CHECKING:
    from sidedoor.language.embeddings import SemanticScorer

POOL_WEIGHT = 0.8  # similarity to all of an occupation's titles pooled together
PROFILE_WEIGHT = 0.3  # similarity to the occupation's description and tasks
PRIOR_WEIGHT = 0.12  # employment prior: breaks near-ties toward common occupations
# An exact title that O*NET lists under several occupations is a tie: each of them loses this
# weight times its employment-prior shortfall against the largest of them ("Site Reliability
# Engineer": Software Developers, not Validation Engineers).
TIE_PRIOR_WEIGHT = 1.5
# A title row with every word of the query and more ("Technical Platform Engineer" for
# "platform engineer") scores this much of its similarity, when something broader matched too.
PART_FACTOR = 0.7
SEMANTIC_WEIGHT = 0.3  # MiniLM similarity to the occupation's title (only with --semantic)
SECONDARY_WEIGHT = 0.3  # evidence weight of words outside the job-naming segment
CONTEXT_WEIGHT = 0.8  # weight of job-description similarity when a context is given
FUZZY_CUTOFF = 88.0  # rapidfuzz ratio needed to correct an unknown word (of 5+ letters)
# Scores are divided by the sum of the weights, so a title that matches everywhere scores ~1.
SCORE_SCALE = 1.0 + POOL_WEIGHT + PROFILE_WEIGHT + PRIOR_WEIGHT
CHUNK = 256  # queries scored per sparse product (bounds memory: CHUNK x rows floats)
DEFAULT_LIMIT = 10


@dataclass(slots=True)  # not frozen: batches make hundreds of thousands of these
class Match:
    """One candidate occupation for a title, and why it scored."""

    code: str
    title: str
    soc_code: str
    score: float
    matched_title: str  # the O*NET title row that scored best
    matched_kind: str  # title | alternate | short | reported
    words: list[str]  # query words shared with that title, most telling first
    head_match: bool  # the query's head word is that title's head word
    context: float | None = None  # similarity of the context text, when one was given


@dataclass(slots=True)
class TitleResult:
    """What one input title was read as, and its ranked occupations."""

    input: str
    query: str  # the words that were scored (after cleaning and expansion)
    head: str | None
    removed: list[str] = field(default_factory=list)  # noise dropped from the input
    corrected: dict[str, str] = field(default_factory=dict)  # typo -> vocabulary word
    secondary: list[str] = field(default_factory=list)  # weak-evidence segments
    matches: list[Match] = field(default_factory=list)


@dataclass
class _Query:
    raw: str
    tokens: list[str]
    head: str | None
    features: dict[str, float]
    clean: CleanTitle
    corrected: dict[str, str]
    secondary: list[str]
    key: str = ""  # content words, in order (see title_index.content_key)


class TitleCoder:
    """Scores job titles against a :class:`TitleIndex`. Cheap to call, thread-compatible."""

    def __init__(self, index: TitleIndex, semantic: SemanticScorer | None = None) -> None:
        self.index = index
        self.semantic = semantic
        vocab = [t for t in index.words.vocab if " " not in t and not t.startswith("^")]
        self._by_initial: dict[str, list[str]] = {}
        for word in vocab:
            self._by_initial.setdefault(word[0], []).append(word)
        self._known = frozenset(vocab)
        self._correct = lru_cache(maxsize=65536)(self._correct_uncached)
        # Titles O*NET lists under several occupations: an exact match there is a tie.
        keys = index.doc_key
        repeated = {key for key, n in Counter(keys).items() if n > 1}
        listed: dict[str, set[int]] = {}
        for key, occ in zip(keys, index.doc_occ.tolist(), strict=True):
            if key in repeated:
                listed.setdefault(key, set()).add(occ)
        self._ties = {key: sorted(occs) for key, occs in listed.items() if len(occs) > 1}
        # For the part-of-a-title rule (rows that hold a word: the word's row of matrix_t).
        self._titles = frozenset(keys)
        self._doc_len = index.doc_len.tolist()
        self._own_title = (index.doc_kind == 0).tolist()
        self._part_rows = lru_cache(maxsize=65536)(self._part_rows_uncached)

    @classmethod
    def from_knowledge_dir(cls, knowledge_dir: Path, *, semantic: bool = False) -> TitleCoder:
        """Load the cached index for the installed store (building it the first time).

        ``semantic=True`` adds MiniLM similarity (the optional ``semantic`` extra; raises
        :class:`~sidedoor.language.embeddings.SemanticUnavailable` without it).
        """
        index = load_or_build(knowledge_dir)
        scorer = None
        if semantic:
            from sidedoor.language.embeddings import SemanticScorer, semantic_cache_file

            release = index.key.rsplit(":", 1)[0]
            scorer = SemanticScorer.for_index(
                index.occ_titles, semantic_cache_file(knowledge_dir, release)
            )
        return cls(index, scorer)

    # ------------------------------------------------------------ query preparation

    def _correct_uncached(self, token: str) -> str | None:
        if len(token) < 5 or not token.isalpha():
            return None
        found = process.extractOne(
            token, self._by_initial.get(token[0], []), scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF,
        )
        return str(found[0]) if found else None

    def _tokens(self, text: str, corrected: dict[str, str]) -> list[str]:
        out = []
        for tok in title_tokens(text):
            if tok not in self._known and tok not in STOP_WORDS:
                fixed = self._correct(tok)
                if fixed:
                    corrected[tok] = fixed
                    tok = fixed
            out.append(tok)
        return out

    def _prepare(self, raw: str) -> _Query:
        clean = clean_title(raw)
        corrected: dict[str, str] = {}
        heads = self.index.heads
        candidates: list[tuple[list[str], str | None, int]] = []
        for seg in clean.segments:
            parts = [p for p in (self._tokens(x, corrected) for x in seg.text.split(",")) if p]
            if not parts:
                continue
            head: str | None = head_of(parts[0])
            if len(parts) > 1 and head in heads and all(head_of(p) not in heads for p in parts[1:]):
                # Census inversion: "clerk, payroll" -> "payroll clerk".
                tokens = [t for p in parts[1:] for t in p] + parts[0]
            else:
                tokens = [t for p in parts for t in p]
                if len(parts) == 1:
                    head = head_of(tokens)
            # Prefer segments whose head word heads some O*NET title; brackets and "@ ..." last.
            rank = 0 if head in heads else 1 if any(t in heads for t in tokens) else 2
            candidates.append((tokens, head, rank + (3 if seg.secondary else 0)))
        if not candidates:
            return _Query(raw, [], None, {}, clean, corrected, [])
        best = min(range(len(candidates)), key=lambda k: (candidates[k][2], k))
        tokens, head, _ = candidates[best]
        feats: dict[str, float] = dict(_word_feats(tokens, head))
        secondary = []
        for k, (other, _h, _r) in enumerate(candidates):
            if k == best:
                continue
            secondary.append(" ".join(other))
            for t in other:
                if t not in STOP_WORDS and t not in feats:
                    feats[t] = SECONDARY_WEIGHT
        return _Query(raw, tokens, head, feats, clean, corrected, secondary,
                      content_key(tokens))

    # ------------------------------------------------------------ scoring

    def code(self, title: str, *, context: str | None = None,
             limit: int = DEFAULT_LIMIT) -> TitleResult:
        """Rank occupations for one title; `context` is an optional job description."""
        return self.code_many([title], context=context, limit=limit)[0]

    def code_many(self, titles: Sequence[str], *, context: str | None = None,
                  limit: int = DEFAULT_LIMIT, explain: bool = True) -> list[TitleResult]:
        """Rank occupations for many titles at once (vectorised in chunks of CHUNK)."""
        results: list[TitleResult] = []
        ctx_scores = self._context_scores(context) if context else None
        for start in range(0, len(titles), CHUNK):
            chunk = [self._prepare(t) for t in titles[start : start + CHUNK]]
            results.extend(self._score_chunk(chunk, ctx_scores, limit, explain))
        return results

    def _context_scores(self, context: str) -> np.ndarray:
        vec = self.index.profile_vocab.transform([profile_features(context)])
        sims = np.asarray((vec @ self.index.profiles_t).toarray()).ravel().astype(np.float32)
        # Relative to the best-matching occupation: a description's raw cosine depends on its
        # length and wording far more than on which occupation it describes.
        top = float(sims.max()) if sims.size else 0.0
        return sims / top if top > 0 else sims

    def _score_chunk(self, queries: list[_Query], ctx: np.ndarray | None, limit: int,
                     explain: bool) -> list[TitleResult]:
        index = self.index
        n_occ = len(index.codes)
        joined, words = index.query_matrices(
            [qq.features for qq in queries], [qq.tokens for qq in queries]
        )
        doc_scores = (joined @ index.matrix_t).tocsr()
        if PART_FACTOR < 1.0:
            doc_scores = self._discount_parts(queries, doc_scores)
        occ = _best_per_occupation(doc_scores, index.doc_occ, index.doc_weight, n_occ)
        tie_gap = self._tie_gaps(queries, occ)
        occ += POOL_WEIGHT * (words @ index.occ_words_t).toarray()
        if PROFILE_WEIGHT:
            prof = index.profile_vocab.transform(
                {t: 1.0 for t in qq.tokens if t not in STOP_WORDS} for qq in queries
            )
            occ += PROFILE_WEIGHT * (prof @ index.profiles_t).toarray()
        occ += PRIOR_WEIGHT * index.prior
        for row, tied, gap in tie_gap:
            occ[row, tied] -= TIE_PRIOR_WEIGHT * gap
        scale = SCORE_SCALE
        if self.semantic is not None:
            texts = [" ".join(qq.tokens) or qq.raw for qq in queries]
            occ += SEMANTIC_WEIGHT * self.semantic.scores(texts)
            scale += SEMANTIC_WEIGHT
        if ctx is not None:
            occ += CONTEXT_WEIGHT * ctx
        occ /= scale
        k = min(max(limit, 1), n_occ)
        top = np.argpartition(-occ, k - 1, axis=1)[:, :k]
        top_scores = np.take_along_axis(occ, top, axis=1)
        order = np.argsort(-top_scores, axis=1, kind="stable")
        top = np.take_along_axis(top, order, axis=1)
        top_scores = np.round(np.take_along_axis(top_scores, order, axis=1), 4)
        out = []
        for row, (qq, occ_ids, scores) in enumerate(
            zip(queries, top.tolist(), top_scores.tolist(), strict=True)
        ):
            if explain:
                lo, hi = doc_scores.indptr[row], doc_scores.indptr[row + 1]
                row_docs, row_vals = doc_scores.indices[lo:hi], doc_scores.data[lo:hi]
                matches = [
                    self._explained(qq, o, score, row_docs, row_vals, ctx)
                    for o, score in zip(occ_ids, scores, strict=True)
                ]
            else:
                matches = [
                    Match(index.codes[o], index.occ_titles[o], index.socs[o], score, "", "", [],
                          False)
                    for o, score in zip(occ_ids, scores, strict=True)
                ]
            out.append(
                TitleResult(
                    input=qq.raw, query=" ".join(qq.tokens), head=qq.head,
                    removed=qq.clean.removed, corrected=qq.corrected,
                    secondary=qq.secondary, matches=matches,
                )
            )
        return out

    def _discount_parts(self, queries: list[_Query],
                        doc_scores: sparse.csr_matrix) -> sparse.csr_matrix:
        """Rows that hold every word of the query and more ("Technical Platform Engineer" for
        "platform engineer"): the query is only a part of them; scaled by PART_FACTOR in place.
        """
        doc_scores.sort_indices()
        ptr, idx, data = doc_scores.indptr, doc_scores.indices, doc_scores.data
        for i, qq in enumerate(queries):
            rows = self._part_rows(qq.key)
            if rows is None:
                continue
            lo, hi = ptr[i], ptr[i + 1]
            pos = lo + np.searchsorted(idx[lo:hi], rows)
            pos = pos[(pos < hi) & (idx[np.minimum(pos, len(idx) - 1)] == rows)]
            data[pos] *= PART_FACTOR
        return doc_scores

    def _part_rows_uncached(self, key: str) -> np.ndarray | None:
        """The rows (sorted) a query is only a part of, by its content words; or None."""
        # Words no title has cannot be part of one: they are left out of the comparison.
        vocab = self.index.words.vocab
        words = [w for w in dict.fromkeys(key.split()) if w in vocab]
        if not words or not self._broader_matched(words):
            return None
        ptr, idx = self.index.matrix_t.indptr, self.index.matrix_t.indices
        rarest = min((idx[ptr[vocab[w]] : ptr[vocab[w] + 1]] for w in words), key=len)
        wanted, n = set(words), len(words)
        keys, doc_len, own_title = self.index.doc_key, self._doc_len, self._own_title
        # An occupation's own title is its broadest name, even with a qualifier after a comma
        # ("Substitute Teachers, Short-Term"): never discounted.
        rows = [r for r in rarest.tolist() if doc_len[r] > n and not own_title[r]
                and wanted.issubset(keys[r].split())]
        return np.sort(np.array(rows, dtype=np.int64)) if rows else None

    def _broader_matched(self, words: list[str]) -> bool:
        """Whether some title is the query's exact title, or two or more of its words in the
        same order ("software engineer" for "platform software engineer"); for queries of over
        six words, only pairs of words are tried."""
        if " ".join(words) in self._titles:
            return True
        sizes = range(2, len(words)) if len(words) <= 6 else (2,)
        return any(
            " ".join(sub) in self._titles
            for n in sizes for sub in itertools.combinations(words, n)
        )

    def _tie_gaps(self, queries: list[_Query], best: np.ndarray
                  ) -> list[tuple[int, list[int], np.ndarray]]:
        """Exact titles listed under several occupations: the same best-title score for all of
        them (in place), and each one's employment shortfall against the largest of them."""
        out = []
        prior = self.index.prior
        for row, qq in enumerate(queries):
            tied = self._ties.get(qq.key)
            if tied is not None:
                best[row, tied] = best[row, tied].max()  # "QA Engineer", a short title, too
                out.append((row, tied, prior[tied].max() - prior[tied]))
        return out

    def _explained(self, qq: _Query, o: int, score: float, row_docs: np.ndarray,
                   row_vals: np.ndarray, ctx: np.ndarray | None) -> Match:
        index = self.index
        lo = int(index.occ_start[o])
        hi = int(index.occ_start[o + 1]) if o + 1 < len(index.occ_start) else len(index.doc_text)
        mask = (row_docs >= lo) & (row_docs < hi)
        best = int(row_docs[mask][np.argmax(row_vals[mask])]) if mask.any() else lo
        matched = index.doc_text[best]
        doc_tokens = title_tokens(matched)
        shared = {t for t in qq.tokens if t in doc_tokens and t not in STOP_WORDS}
        idf, vocab = index.words.idf, index.words.vocab
        words = sorted(shared, key=lambda t: -float(idf[vocab[t]]) if t in vocab else 0.0)
        return Match(
            code=index.codes[o], title=index.occ_titles[o], soc_code=index.socs[o],
            score=score, matched_title=matched,
            matched_kind=KINDS[int(index.doc_kind[best])], words=words,
            head_match=qq.head is not None and qq.head == head_of(doc_tokens),
            context=None if ctx is None else round(float(ctx[o]), 4),
        )


def _best_per_occupation(doc_scores: sparse.csr_matrix, doc_occ: np.ndarray,
                         doc_weight: np.ndarray, n_occ: int) -> np.ndarray:
    """For each query row, the best weighted row score of each occupation (dense b x n_occ).

    Works on the sparse product directly: nonzeros are grouped by (query, occupation) and
    reduced with ``np.maximum.reduceat``; no dense (queries x rows) array is made.
    """
    n_rows = doc_scores.shape[0]
    out = np.zeros((n_rows, n_occ), dtype=np.float32)
    if doc_scores.nnz == 0:
        return out
    doc_scores.sort_indices()  # rows are sorted by occupation, so keys come out sorted
    row_of = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(doc_scores.indptr))
    cols = doc_scores.indices
    keys = row_of * n_occ + doc_occ[cols]
    vals = doc_scores.data * doc_weight[cols]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    out.ravel()[keys[starts]] = np.maximum.reduceat(vals, starts)
    return out


def _word_feats(tokens: list[str], head: str | None) -> dict[str, float]:
    from sidedoor.language.title_index import word_features

    return {k: float(v) for k, v in word_features(tokens, head).items()}
