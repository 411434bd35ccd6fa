"""Turning O*NET task statements into question phrases.

"Design, develop and modify software systems, using scientific analysis…" becomes
``past`` "designed, developed and modified software systems" and ``gerund`` "designing,
developing and modifying software systems": the leading verbs (the statement's coordinated
first verbs) are inflected, and the object is cut at a natural boundary to stay short.
"""

from __future__ import annotations

import re

from sidedoor.practice.content import past as past_regular
from sidedoor.practice.lexicon import IRREGULAR_PAST

_MORE_IRREGULAR = {
    "oversee": "oversaw", "undertake": "undertook", "withdraw": "withdrew", "understand":
    "understood", "lay": "laid", "pay": "paid", "seek": "sought", "feed": "fed", "grow": "grew",
    "know": "knew", "dig": "dug", "shoot": "shot", "sweep": "swept", "hang": "hung",
    "wear": "wore", "bend": "bent", "lend": "lent", "spread": "spread", "shut": "shut",
    "forecast": "forecast", "broadcast": "broadcast", "bid": "bid", "fit": "fitted",
    "light": "lit", "freeze": "froze", "strike": "struck", "stick": "stuck", "weave": "wove",
    "sling": "slung", "grind": "ground", "wind": "wound", "mislead": "misled",
    "input": "input", "output": "output", "upset": "upset", "reset": "reset", "proofread":
    "proofread", "rewrite": "rewrote", "overdo": "overdid", "redo": "redid", "remake": "remade",
}
#: Two-syllable verbs stressed on the last syllable double their final consonant.
_DOUBLE_FINAL = ("fer", "mit", "pel", "trol", "cur", "gin", "bed", "pel", "ship", "quip")
_NO_DOUBLE = frozenset({"develop", "edit", "visit", "limit", "credit", "audit", "budget",
                        "target", "monitor", "deposit", "market", "offer", "deliver", "consider",
                        "order", "enter", "gather", "cater", "filter", "render", "suffer",
                        "alter", "answer", "wander", "cover", "recover", "discover", "tutor",
                        "pilot", "benefit", "inhabit", "exhibit", "prohibit", "solicit",
                        "elicit", "orbit", "vomit", "cancel", "label", "model", "travel",
                        "signal", "level", "total", "fuel", "channel", "panel", "tunnel"})
_CUT_AT = re.compile(
    r",? (?:such as|including|in order to|so as to|to ensure|to determine|to identify|to "
    r"maintain|to provide|to meet|to improve|to make|to assess|to evaluate|to obtain|using|"
    r"according to|based on|in accordance with|that|which|for use|as needed|as required|"
    r"as necessary|as appropriate|as directed|when necessary|if necessary|where necessary|"
    r"regarding|following)\b"
    r"|[;:(]"
)
_LEADING_VERB_LIST = re.compile(r"^([A-Za-z-]+)((?:(?:,| and| or|, and|, or) [a-z-]+)*)\b")


def inflect_past(verb: str) -> str:
    v = verb.lower()
    if v in _MORE_IRREGULAR:
        return _MORE_IRREGULAR[v]
    if v in IRREGULAR_PAST:
        return IRREGULAR_PAST[v]
    if _doubles(v):
        return v + v[-1] + "ed"
    return past_regular(v)


def inflect_gerund(verb: str) -> str:
    v = verb.lower()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        return v[:-1] + "ing"
    if _doubles(v):
        return v + v[-1] + "ing"
    return v + "ing"


def _doubles(v: str) -> bool:
    if v in _NO_DOUBLE or len(v) < 3:
        return False
    vowels = "aeiou"
    cvc = v[-1] not in vowels + "wxy" and v[-2] in vowels and v[-3] not in vowels
    if not cvc:
        return False
    syllables = len(re.findall(r"[aeiouy]+", v))
    return syllables == 1 or v.endswith(_DOUBLE_FINAL)


def shorten(statement: str, max_words: int = 14) -> str:
    """The task without its trailing purpose/means clauses, at most ``max_words`` words."""
    text = statement.strip().rstrip(".")
    for cut in _CUT_AT.finditer(text):
        if len(text[: cut.start()].split()) >= 2:
            text = text[: cut.start()]
            break
    parts = text.split()
    if len(parts) > max_words:
        head = " ".join(parts[:max_words])
        comma = head.rfind(",")
        text = head[:comma] if comma > len(head) // 2 else head
    return _trim(text)


def _trim(text: str) -> str:
    text = text.strip(" ,")
    while True:
        trimmed = _DANGLING.sub("", text).strip(" ,")
        if trimmed == text:
            return text
        text = trimmed


_DANGLING = re.compile(r"\s+(?:and|or|of|the|a|an|to|for|with|in|on|by|from|so|at|as|into|"
                       r"such|other|their|its|his|her|new)$", re.IGNORECASE)
_JOINERS = r"(, and|, or|,| and| or)"


def task_phrases(statement: str, verbs: frozenset[str]) -> tuple[str, str]:
    """(past, gerund) phrases of a task statement; ``verbs`` are known task verbs (lower case),
    used to tell a list of verbs ("Design, develop and modify") from a list of objects."""
    text = shorten(statement)
    match = _LEADING_VERB_LIST.match(text)
    if not match:
        return _lower_first(text), _lower_first(text)
    first = match.group(1)
    rest = text[match.end(1):]
    lead = [first]
    consumed = 0
    for m in re.finditer(_JOINERS + r" ([a-z-]+)", rest):
        if m.start() != consumed or m.group(2) not in verbs:
            break
        lead.append(m.group(1) + " " + m.group(2))
        consumed = m.end()
    tail = rest[consumed:]
    # A second predicate ("…, and refer calls…", "… or oversee testing") ends the phrase.
    purpose = re.search(r" to ([a-z-]+)\b", tail)
    if purpose and purpose.group(1) in verbs and len(tail[: purpose.start()].split()) >= 2:
        tail = tail[: purpose.start()]  # "… drawers to test their operation": drop the purpose
    for m in re.finditer(r"(?=" + _JOINERS + r" ([a-z-]+) ([a-z-]+))", tail):
        if m.group(2) in verbs and m.group(3) not in {"of", "and", "or", "to"} and not (
                m.group(2).endswith(("s", "ing", "ed"))):
            tail = tail[: m.start()]
            break
    past_words = [_inflect_piece(p, inflect_past) for p in lead]
    gerund_words = [_inflect_piece(p, inflect_gerund) for p in lead]
    return _trim("".join(past_words) + tail), _trim("".join(gerund_words) + tail)


def _inflect_piece(piece: str, fn: object) -> str:
    assert callable(fn)
    m = re.match(r"^((?:, and|, or|,| and| or) )?(.+)$", piece)
    assert m is not None
    joiner, word = m.group(1) or "", m.group(2)
    if "-" in word:  # "Set-up" / "re-evaluate": inflect the last part
        head, _, last = word.rpartition("-")
        return joiner + head.lower() + "-" + str(fn(last))
    return joiner + str(fn(word))


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text  # an acronym
    return text[:1].lower() + text[1:]
