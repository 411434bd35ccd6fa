"""Words out of task statements and titles, for the TF-IDF families of the pivot engine.

Deliberately small and deterministic: lower-case word tokens, a stop list, a light suffix
stripper (so "develops", "developing" and "developed" meet) and adjacent-word bigrams.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

WORD = re.compile(r"[a-z][a-z0-9+#]*(?:[.'][a-z0-9]+)*")

def _split(words: str) -> list[str]:
    return words.split()


STOP_WORDS = frozenset(_split(
    """
    a about above according across after against all also an and any are as at be been
    before being below between both but by can could do does during each either etc for
    from further had has have having how if in including into is it its itself may more
    most must no nor not of off on once only or other others otherwise out over own per
    same several should so some such than that the their them then there these they this
    those through to too under until up upon use used uses using various very via was well
    were what when where whether which while who whom why will with within without would
    related needed necessary appropriate specific general new other all listed separately
    """
))

# Words too common in titles to say anything about an occupation by themselves.
TITLE_STOP_WORDS = STOP_WORDS | frozenset(_split(
    "i ii iii iv senior junior jr sr lead chief assistant associate staff general specialist "
    "worker workers"
))


# Words the suffix rules would send to another word ("caring" -> "car").
EXCEPTIONS = {"caring": "care", "cared": "care", "using": "use", "used": "use",
              "data": "data", "news": "news", "series": "series", "species": "species"}


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A light English suffix stripper ("manages", "managed", "managing" -> "manag")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word in EXCEPTIONS:
        return EXCEPTIONS[word]
    base = word
    for suffix, repl in (("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"),
                         ("ies", "y"), ("ing", ""), ("ed", ""), ("ly", ""), ("s", "")):
        if word.endswith(suffix) and not (suffix == "s" and word.endswith(("ss", "us", "is"))):
            candidate = word[: len(word) - len(suffix)] + repl
            if len(candidate) >= 3:
                base = candidate
                if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] \
                        and base[-1] not in "lsz":
                    base = base[:-1]  # "planning" -> "plan"
            break
    if len(base) > 4 and base.endswith("e"):
        base = base[:-1]
    return base


def words(text: str, stop: frozenset[str] = STOP_WORDS) -> list[str]:
    """Stemmed content words of ``text`` in order."""
    return [stem(w) for w in WORD.findall(text.lower()) if w not in stop]


def terms(text: str, stop: frozenset[str] = STOP_WORDS, bigrams: bool = True) -> list[str]:
    """Unigrams and (optionally) adjacent bigrams ``"a_b"`` of the content words."""
    tokens = words(text, stop)
    if not bigrams:
        return tokens
    return tokens + [f"{a}_{b}" for a, b in itertools.pairwise(tokens)]


def all_terms(texts: Iterable[str], stop: frozenset[str] = STOP_WORDS,
              bigrams: bool = True) -> list[str]:
    out: list[str] = []
    for text in texts:
        out += terms(text, stop, bigrams)
    return out
