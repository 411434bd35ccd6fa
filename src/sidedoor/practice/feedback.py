"""Feedback on one answer: an overall 0-100 score, its breakdown, insights that point at the
words, and one or two concrete suggestions.

    engine = FeedbackEngine()
    fb = engine.feedback("Tell me about a time you led…", answer_text)
    fb.score, fb.breakdown["delivery"].score, fb.insights.fillers.spans

The score is a weighted mean of seven components, each 0-100 and each explained by insights:

=============  ======  =========================================================
component      weight  measures
=============  ======  =========================================================
content        0.30    talking points covered (STAR for behavioural questions)
specificity    0.15    numbers, scale, named tools and systems, concrete outcomes
delivery       0.15    fillers, hedges and restarts per 100 words
length         0.15    speaking time against the range for this kind of question
ownership      0.10    what *you* did ("I …" actions), for questions about your work
relevance      0.10    the question's key words (or related ones) taken up
terms          0.05    the role's terms used, when the question names some
=============  ======  =========================================================

A component that does not apply (no question given, no terms, a motivation question's
ownership) has weight 0 and the others are scaled up. Built from principles and the hand-rated
answers in benchmarks/practice/ (rated before this scorer was written), never fitted to
held-out data. The engine is pure: no I/O, no printing, no global state.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from sidedoor.practice import content, delivery
from sidedoor.practice.models import (
    Component,
    Feedback,
    Insights,
    Length,
    Mark,
    Question,
    QuestionKind,
    Rate,
    Relevance,
    Repetition,
    Specificity,
    TalkingPoint,
    Terms,
)
from sidedoor.practice.text import Token, tokenize, words

WORDS_PER_MINUTE = 140  # conversational speaking rate (130-150 wpm)
WEIGHTS: dict[str, float] = {
    "content": 0.30, "specificity": 0.15, "delivery": 0.15, "length": 0.15,
    "ownership": 0.10, "relevance": 0.10, "terms": 0.05,
}
#: Good speaking time in seconds for each kind of question.
RANGES: dict[str, tuple[int, int]] = {
    "behavioral": (45, 150), "situational": (30, 120), "background": (45, 120),
    "motivation": (20, 90), "weakness": (30, 100), "technical": (30, 120), "role": (30, 120),
    "gap": (30, 100), "transition": (30, 110), "general": (30, 120),
}
SCORER = "deterministic"

_POINT_HINTS: dict[str, str] = {
    "situation": "set the scene in one sentence: where you were, when, what was at stake",
    "task": "say what you had to achieve, or what your role was",
    "action": "say what you did yourself: 'I …' with the steps you took",
    "result": "end with the result, in numbers if you can ('pages fell from 30 to 6 a week')",
    "lessons": "close with what you learned or would do differently",
    "experience": "say what you have done: role, years, where",
    "skills": "name the skills or tools you bring",
    "outcome": "mention an achievement with a number (scale, time saved, growth)",
    "goals": "say what you want next and why",
    "fit": "connect it to this role or company specifically",
    "weakness": "name a real weakness plainly",
    "improvement": "say what you are doing about it",
}


class FeedbackEngine:
    """Scores answers. Cheap to build; ``feedback`` takes well under 100 ms per answer."""

    def __init__(self, words_per_minute: int = WORDS_PER_MINUTE) -> None:
        self.words_per_minute = words_per_minute

    def for_question(self, question: Question, answer: str, *,
                     organisations: Sequence[str] = ()) -> Feedback:
        """Feedback on an answer to a generated question (its kind, points and terms).
        ``organisations``: names from the person's profile (employers), not tools."""
        return self.feedback(question.text, answer, kind=question.kind, terms=question.terms,
                             points=question.talking_points or None,
                             organisations=organisations)

    def feedback(self, question: str, answer: str, *, kind: QuestionKind | None = None,
                 terms: Sequence[str] = (), points: Sequence[str] | None = None,
                 organisations: Sequence[str] = ()) -> Feedback:
        """Feedback on ``answer`` to ``question`` (which may be empty). Names in
        ``organisations`` (the person's employers) are not counted as named tools."""
        kind = kind or content.classify(question)
        lower = same_length_lower(answer)
        tokens = tokenize(answer)
        ws = words(tokens)
        n_words = len(ws)
        insights = self._insights(question, answer, lower, tokens, ws, kind, terms, points,
                                  organisations)
        components = self._components(insights, kind, bool(question.strip()), bool(terms),
                                      points)
        total = sum(c.score * c.weight for c in components.values()) if n_words else 0.0
        lo = RANGES[kind][0]
        if insights.length.seconds < lo / 2:
            # Under half the usual minimum an answer cannot be complete, however clean.
            total *= 0.5 + insights.length.seconds / lo
        if n_words < 12:
            total = min(total, 15 + 1.5 * n_words)  # a few words cannot be a good answer
        feedback = Feedback(score=round(total), kind=kind, breakdown=components,
                            insights=insights, suggestions=[], scorer=SCORER)
        feedback.suggestions = suggestions(feedback)
        return feedback

    # ------------------------------------------------------------------ insights

    def _insights(self, question: str, answer: str, lower: str, tokens: list[Token],
                  ws: list[Token], kind: QuestionKind, terms: Sequence[str],
                  points: Sequence[str] | None, organisations: Sequence[str] = ()
                  ) -> Insights:
        n = max(1, len(ws))
        fillers = delivery.find_fillers(answer, tokens)
        hedges = delivery.find_hedges(answer, lower, fillers)
        restarts = delivery.find_restarts(answer, ws)
        term_uses = content.find_terms(answer, lower, terms)
        term_words = frozenset(w for t in terms for w in t.lower().split())
        repeated = delivery.find_repeated(answer, ws, term_words)
        own = content.actions(answer, tokens)
        numbers, scale = content.numbers_and_scale(answer, tokens)
        outcomes = content.outcomes(lower, answer)
        expected = list(points) if points else list(content.EXPECTED[kind])
        covered = content.talking_points(lower, answer, expected, own, outcomes, numbers)
        score, keys, matched = content.relevance(question, lower)
        seconds = round(len(ws) * 60 / self.words_per_minute, 1)
        lo, hi = RANGES[kind]
        verdict = "short" if seconds < lo else "long" if seconds > hi else "ok"
        return Insights(
            fillers=_rate(fillers, n),
            hedges=_rate(hedges, n),
            repetition=Repetition(overused=repeated, restarts=_rate(restarts, n)),
            talking_points=[TalkingPoint(name=k, covered=bool(v), spans=v)
                            for k, v in covered.items()],
            terms=Terms(used=[u for u in term_uses if u.spans],
                        unused=[u.term for u in term_uses if not u.spans]),
            specificity=Specificity(
                numbers=numbers, scale=scale,
                tools=_not_organisations(content.named_things(answer, tokens, terms),
                                         lower, organisations),
                outcomes=outcomes, cliches=content.cliches(lower, answer)),
            ownership=own,
            length=Length(words=len(ws), seconds=seconds,
                          words_per_minute=self.words_per_minute,
                          range_seconds=(lo, hi), verdict=verdict),
            relevance=Relevance(score=round(score, 2), question_words=keys, matched=matched),
        )

    # ------------------------------------------------------------------ components

    def _components(self, ins: Insights, kind: QuestionKind, has_question: bool,
                    has_terms: bool, points: Sequence[str] | None) -> dict[str, Component]:
        weights = dict(WEIGHTS)
        if not has_question:
            weights["relevance"] = 0.0
        if not has_terms:
            weights["terms"] = 0.0
        if kind not in content.OWNED_KINDS:
            weights["ownership"] = 0.0
        total = sum(weights.values())
        scores = {
            "content": _content_score(ins, kind, points),
            "specificity": _specificity_score(ins.specificity),
            "delivery": _delivery_score(ins),
            "length": _length_score(ins.length),
            "ownership": _ownership_score(ins),
            "relevance": 100.0 * ins.relevance.score,
            "terms": _terms_score(ins.terms),
        }
        return {name: Component(score=round(scores[name], 1), weight=round(w / total, 3))
                for name, w in weights.items()}


def same_length_lower(text: str) -> str:
    """Lower case with plain apostrophes, keeping every offset (unlike str.lower on 'İ')."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower.replace("\u2019", "'")


def _rate(marks: list[Mark], n_words: int) -> Rate:
    by_word = Counter(m.label for m in marks)
    return Rate(count=len(marks), per_100_words=round(100.0 * len(marks) / n_words, 2),
                by_word=dict(by_word.most_common()), spans=marks)


def _content_score(ins: Insights, kind: QuestionKind, points: Sequence[str] | None) -> float:
    weights = content.EXPECTED[kind]
    if points:
        weights = {p: weights.get(p, 1.0 / len(points)) for p in points}
    total = sum(weights.values()) or 1.0
    got = sum(weights.get(tp.name, 0.0) * _coverage(tp) for tp in ins.talking_points)
    return 100.0 * got / total


def _coverage(tp: TalkingPoint) -> float:
    """One cue covers a point mostly; a second confirms it."""
    return 0.0 if not tp.spans else 0.8 if len(tp.spans) == 1 else 1.0


def _specificity_score(spec: Specificity) -> float:
    evidence = (1.0 * min(len(spec.numbers), 5) + 0.6 * min(len(spec.scale), 4)
                + 0.5 * min(len(spec.tools), 5) + 0.5 * min(len(spec.outcomes), 4))
    score = 100.0 * (1.0 - math.exp(-evidence / 3.5))
    return max(0.0, score - 15.0 * len(spec.cliches))


def _delivery_score(ins: Insights) -> float:
    load = (ins.fillers.per_100_words + 0.6 * ins.hedges.per_100_words
            + 0.8 * ins.repetition.restarts.per_100_words)
    return 100.0 * math.exp(-load / 8.0)


def _length_score(length: Length) -> float:
    lo, hi = length.range_seconds
    if length.seconds < lo:
        return 100.0 * math.pow(length.seconds / lo, 1.3)
    if length.seconds > hi:
        return 100.0 * max(0.5, 1.0 - 0.5 * (length.seconds - hi) / hi)
    return 100.0


def _ownership_score(ins: Insights) -> float:
    own = ins.ownership
    mine, ours = len(own.i_actions), len(own.we_actions)
    if mine == 0 and ours == 0:
        return 15.0
    return 100.0 * min(1.0, (mine + 0.3 * ours) / 3.0)


def _terms_score(terms: Terms) -> float:
    total = len(terms.used) + len(terms.unused)
    return 100.0 if total == 0 else 100.0 * min(1.0, len(terms.used) / min(total, 3))


# ------------------------------------------------------------------ suggestions


def suggestions(fb: Feedback, limit: int = 2) -> list[str]:
    """One or two concrete suggestions: the costliest problem with what was said, and the
    costliest with how it was said when delivery lost points too (else the next costliest)."""
    losses = sorted(((c.weight * (100.0 - c.score), name) for name, c in fb.breakdown.items()
                     if c.weight > 0), reverse=True)
    picked = [(loss, name) for loss, name in losses if loss >= 2.0]
    delivery = [p for p in picked if p[1] == "delivery"]
    if delivery and delivery[0][0] >= 5.0 and delivery[0] not in picked[:limit]:
        picked = [*picked[: limit - 1], delivery[0]]
    out: list[str] = []
    for _, name in picked:
        if len(out) >= limit:
            break
        text = _suggest(name, fb)
        if text:
            out.append(text)
    return out


def _suggest(name: str, fb: Feedback) -> str | None:
    ins = fb.insights
    if name == "content":
        missing = [tp.name for tp in ins.talking_points if not tp.covered]
        if not missing:
            return None
        hints = "; ".join(_POINT_HINTS.get(m, m) for m in missing[:2])
        return f"Cover the missing talking points ({', '.join(missing)}): {hints}."
    if name == "specificity":
        if ins.specificity.cliches:
            c = ins.specificity.cliches[0].text
            return f"Replace '{c}' with a short example that shows it, with a number in it."
        return ("Make it concrete: add a number (how many, how much, how long) and name the "
                "tool, system or organisation.")
    if name == "delivery":
        f, h = ins.fillers, ins.hedges
        if f.per_100_words >= h.per_100_words and f.count:
            top = ", ".join(f"'{w}' ×{c}" for w, c in list(f.by_word.items())[:3])
            return (f"Cut the fillers: {top} ({f.per_100_words:g} per 100 words). Pause "
                    "silently instead, and slow down at the start of each point.")
        if h.count:
            top = ", ".join(f"'{w}'" for w in list(h.by_word)[:3])
            return f"Drop the hedges ({top}): state what you did and what happened plainly."
        return "Avoid restarting sentences: pause, then say the sentence once."
    if name == "length":
        lo, hi = ins.length.range_seconds
        secs = ins.length.seconds
        if ins.length.verdict == "short":
            return (f"Say more: about {secs:g} s spoken, where {lo}-{hi} s is usual for this "
                    "question; add what you did and how it turned out.")
        if ins.length.verdict == "long":
            return (f"Tighten it: about {secs:g} s spoken, over the usual {lo}-{hi} s; keep "
                    "one example and its result.")
        return None
    if name == "ownership":
        own = ins.ownership
        if own.we_actions and len(own.we_actions) > len(own.i_actions):
            example = own.we_actions[0].text
            return (f"Say what you did: {len(own.we_actions)} 'we' actions and "
                    f"{len(own.i_actions)} 'I' actions. Where it was you, say it: "
                    f"'{example}' → 'I{example[2:]}'.")
        return "Say what you did yourself, step by step: 'I …'."
    if name == "relevance":
        term_words = {w for t in ins.terms.unused for w in t.lower().split()}
        missing = sorted((w for w in ins.relevance.question_words
                          if w not in ins.relevance.matched),
                         key=lambda w: (w not in term_words, -len(w)))
        if missing:
            return f"Answer the question asked: it is about '{missing[0]}', which the answer " \
                   "does not address."
        return None
    if name == "terms" and ins.terms.unused:
        return f"Use the role's language where it is true: {', '.join(ins.terms.unused[:3])}."
    return None


def _not_organisations(marks: list[Mark], lower: str, organisations: Sequence[str]
                       ) -> list[Mark]:
    """``marks`` less those starting inside a mention of one of ``organisations`` (whole
    words, any case): an employer's name says where, not with what."""
    spans: list[tuple[int, int]] = []
    for name in organisations:
        norm = " ".join(name.lower().split())
        if len(norm) < 2:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in norm.split()) + r"(?!\w)"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, lower)]
    if not spans:
        return marks
    return [m for m in marks if not any(s <= m.start < e for s, e in spans)]
