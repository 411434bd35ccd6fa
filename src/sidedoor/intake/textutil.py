"""Decoding bytes, cleaning text and hashing content, shared by every reader."""

from __future__ import annotations

import bisect
import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode `data` and say how: BOM, then UTF-8, then mixed UTF-8/cp1252 lines, then a guess.

    Never fails: the last resort is cp1252 with undefined bytes read as latin-1, which maps
    every byte. The returned name is recorded in `Source.encoding`.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    guess = _guess(data)
    if guess is not None:
        return guess
    return _cp1252(data), "cp1252"


def _decode_mixed(data: bytes) -> str | None:
    """Lines that are valid UTF-8 (with some non-ASCII) beside lines that are not: decode each."""
    lines = data.split(b"\n")
    good_non_ascii = 0
    out: list[str] = []
    for line in lines:
        try:
            text = line.decode("utf-8")
            if not line.isascii():
                good_non_ascii += 1
        except UnicodeDecodeError:
            text = _cp1252(line)
        out.append(text)
    return "\n".join(out) if good_non_ascii else None


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in {"utf_8", "ascii"}:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined read as latin-1
        return "".join(
            chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in data
        )


_CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def clean_text(text: str) -> str:
    """NFC, Unix newlines, no control characters, no runs of blanks, at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def normalise_for_hash(text: str) -> str:
    if text.isascii():  # NFKC is the identity and casefold() is lower() on ASCII
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_id(*parts: str | None) -> str:
    """A stable id: sha256 of the normalised parts joined by a separator."""
    joined = "\x1f".join(normalise_for_hash(p or "") for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=8)
def lower_in_place(text: str) -> str | None:
    """`text.lower()` with every offset kept, or None where no lowering keeps them. Turkish "İ"
    lowers to an "i" and a combining dot; it is read as a plain "I" ("İzmir", "İK")."""
    low = text.lower()
    if len(low) != len(text):
        low = text.replace("İ", "I").lower()
    return low if len(low) == len(text) else None


def lowered(text: str) -> str:
    """`text.lower()` when lowering keeps every offset (nearly always), else `text` itself."""
    low = lower_in_place(text)
    return text if low is None else low


class Lower:
    """A case-insensitive pattern, run on the lower-cased text with a case-sensitive compile
    (two to three times faster than `re.I` in CPython's engine). Spans index the original text;
    group values are lower case, so callers slice the original text for values they keep."""

    __slots__ = ("any", "low")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if re.search(r"[A-Z]", re.sub(r"\\.|\(\?P[<=]", "", pattern)):
            raise ValueError(f"Lower() needs a lower-case pattern: {pattern[:60]!r}")
        self.low = re.compile(word_led(pattern), flags)
        self.any = re.compile(word_led(pattern), flags | re.IGNORECASE)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        low = lowered(text)
        return (self.low, low) if low is not text else (self.any, text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, haystack = self._pick(text)
        return pattern.search(haystack, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, haystack = self._pick(text)
        return pattern.match(haystack, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pattern, haystack = self._pick(text)
        return pattern.finditer(haystack, pos, endpos)


_Tree = dict[str, "_Tree"]


def longest_of(words: Iterable[str]) -> str:
    """An expression matching the longest of ``words`` that starts where it is tried: the
    words as a tree of their letters, so a position costs a few comparisons, not one per
    word."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: _Tree) -> str:
        options = [re.escape(char) + branch(rest) for char, rest in sorted(node.items()) if char]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return branch(tree)


def alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` ("a|b(c|d)" → ["a", "b(c|d)"]), or None
    where its brackets do not balance."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" first in the class is one of its characters: "[]|]", "[^]]"
            i += 2 if pattern.startswith("^]", i + 1) else int(pattern.startswith("]", i + 1))
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    out.append(pattern[start:])
    return out


def word_led(pattern: str) -> str:
    r"""``pattern`` with its runs of word-boundary-led alternatives joined under one boundary:
    "\bA|\bB|C" → "\b(?:A|B)|C", and "\b(?:\bA|\bB)" → "\b(?:A|B)". It matches what
    ``pattern`` matches, with the same spans: the alternatives keep their order. CPython's
    engine tries every alternative at every position; the boundary checked once first rules
    out most positions (inside words) for the whole run, and an alternative that then starts
    with a letter is ruled out by one comparison. On a cue of a few hundred alternatives this
    is five times faster. Patterns with inline flags are left as they are."""
    if pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return pattern
    alts = alternatives(pattern)
    if alts is None:
        return pattern
    if len(alts) == 1:
        inner = alternatives(pattern[5:-1]) if pattern.startswith(r"\b(?:") else None
        if inner is None or not pattern.endswith(")") or len(inner) < 2:
            return pattern
        return r"\b(?:" + "|".join(a.removeprefix(r"\b") for a in inner) + ")"
    runs: list[tuple[bool, list[str]]] = []
    for alt in alts:
        led = alt.startswith(r"\b")
        if runs and runs[-1][0] == led:
            runs[-1][1].append(alt)
        else:
            runs.append((led, [alt]))
    return "|".join(
        r"\b(?:" + "|".join(a[2:] for a in run) + ")" if led and len(run) > 1 else "|".join(run)
        for led, run in runs
    )


class WordSpots:
    """Where each of a fixed set of substrings starts in a text, all found in one pass (for
    gates that ask "is one of these words in this part of the text?" many times a text)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        # at each position, the longest word starting there ...
        self._scan = re.compile(f"(?=({longest_of(self.words)}))")
        # ... and with it the shorter ones it begins with, which start there too
        self._heads = {
            word: tuple(word[:i] for i in range(1, len(word) + 1) if word[:i] in self.words)
            for word in self.words
        }
        # the last texts' spots (a text is asked about several times; thread-safe)
        self.spots = lru_cache(maxsize=8)(self._spots)

    def _spots(self, text: str) -> dict[str, list[int]]:
        """Each word found in ``text`` -> where it starts, in order."""
        known: dict[str, list[int]] = {}
        for match in self._scan.finditer(text):
            at = match.start()
            for word in self._heads[match.group(1)]:
                known.setdefault(word, []).append(at)
        return known

    def inside(self, text: str, start: int, end: int) -> set[str]:
        """The words inside text[start:end] (as `str.find` in that span would find them)."""
        found = set()
        for word, places in self.spots(text).items():
            i = bisect.bisect_left(places, start)
            if i < len(places) and places[i] + len(word) <= end:
                found.add(word)
        return found


def literal_matches(
    text: str,
    literal: str,
    before: re.Pattern[str] | None = None,
    after: re.Pattern[str] | None = None,
    pos: int = 0,
    endpos: int | None = None,
) -> Iterator[tuple[int, re.Match[str] | None]]:
    r"""The matches, left to right and not overlapping, of what would be the pattern ``before``
    + the escaped ``literal`` + ``after``: (where the literal starts, ``after``'s match).
    ``before`` is a zero-width assertion (a lookbehind: "(?<![\w&])"), tried where the literal
    starts; ``after`` is matched where it ends. Patterns built around a name compile anew for
    nearly every message (the re module keeps 512 and a batch has thousands of names, which
    also push the fixed patterns out of that cache); this finds the same matches with the
    two fixed patterns and `str.find`."""
    if not literal:
        return
    end = len(text) if endpos is None else endpos
    at = text.find(literal, pos, end)
    while at >= 0:
        tail = None
        if (before is None or before.match(text, at)) and (
            after is None or (tail := after.match(text, at + len(literal), end)) is not None
        ):
            yield at, tail
            stop = tail.end() if tail is not None else at + len(literal)
            at = text.find(literal, max(stop, at + 1), end)
            continue
        at = text.find(literal, at + 1, end)


# a name standing whole, for `literal_matches`: no letter, digit or "&" just before or after it
# ("Vektor" of "Vektor HR", not of "Vektoria")
# one closing line of a letter, in the languages recruiters write in ("Kind regards",
# "Cordialement", "S pozdravem", "Venlig hilsen", "Terima kasih"); a line may hold two joined by
# a slash ("Mit freundlichen Grüßen / Best regards"): see `SIGN_OFF`
ONE_SIGN_OFF = (
    r"(?i:(?:with\s)?(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes)|thanks(?: again)?"
    r"|thank you|thanks (?:&|and) (?:best |kind |warm )?regards"
    r"|many thanks|cheers|best|all the best|sincerely|yours sincerely|yours truly|talk soon"
    r"|speak soon|looking forward to hearing from you"
    r"|mit (?:freundlichen|besten|herzlichen|lieben|vielen) gr(?:ü|ue)(?:ß|ss)en"
    r"|freundliche gr(?:ü|ue)(?:ß|ss)e"
    r"|(?:viele|beste|liebe|herzliche) gr(?:ü|ue)(?:ß|ss)e|(?:bien |très )?cordialement"
    r"|bien à vous|sincères salutations|au plaisir"
    r"|meilleures salutations|saludos(?: cordiales)?|un (?:cordial )?saludo|atentamente"
    r"|(?:um )?abraço|abraços|atenciosamente|cumprimentos|com os melhores cumprimentos"
    r"|met vriendelijke groet(?:en)?|(?:hartelijke )?groet(?:en|jes)?"
    r"|(?:serdecznie )?pozdrawiam(?: serdecznie| ciepło)?|z poważaniem|z wyrazami szacunku"
    r"|s pozdravem|s pozdravom|(?:s )?přátelským pozdravem|üdvözlettel|cu stimă|cu drag"
    r"|(?:med )?vänlig(?:a)? hälsning(?:ar)?|hälsningar|(?:med )?venlig hilsen"
    r"|(?:med )?vennlig hilsen|mvh|ystävällisin terveisin|terveisin|saygılarımla"
    r"|cordiali saluti|distinti saluti|saluti|un saluto|με εκτίμηση|terima kasih|salam"
    r"|trân trọng|ngā mihi)"
)
SIGN_OFF = re.compile(rf"{ONE_SIGN_OFF}(?:\s*/\s*{ONE_SIGN_OFF})?\s*[,.!]?")

NAME_START = re.compile(r"(?<![\w&])")
NAME_END = re.compile(r"(?![\w&])")
# what may follow a signer's name on its line: a Singapore recruiter's registration number
# ("Tan Mei Xuan (Reg No. R1987654)", "(EA Reg. No. R22110456)"), pronouns ("(she/her)")
AFTER_NAME = re.compile(
    r"\s*\((?:(?:EA\s)?Reg(?:istration)?\.?\s?No\.?:?\s?\w+|[a-z]+/[a-z]+(?:/[a-z]+)?)\)\s*$"
    # a nurse recruiter's or an accountant's letters: "Carla Mendes, BSN, RN", ", SHRM-CP"
    r"|(?-i:(?:,\s?(?:[A-Z]{2,5}(?:-[A-Z]{2,3})?|Ph\.?D\.?|M\.?D\.?|MSc|BSc))+)\s*$",
    re.IGNORECASE,
)


def minus_spans(
    spans: list[tuple[int, int]], holes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """What is left of ``spans`` (in order) once the ``holes`` are cut out of them."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        pos = start
        for s, e in sorted(h for h in holes if h[0] < end and start < h[1]):
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < end:
            out.append((pos, end))
    return out
