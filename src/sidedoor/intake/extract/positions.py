"""One message often names several roles: find each, with the part of the text about it."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from sidedoor.intake.extract.locations import names_place
from sidedoor.intake.extract.recruiter import after_sign_off
from sidedoor.intake.extract.title import HEADS, TitleSpan, find_titles

_CJK_LETTER = r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
_BULLET = re.compile(
    # (">> Lead Process Engineer", "1- Senior Accountant", "1/ Bridge System Engineer")
    r"^[ \t]*(?:[-*•·▪◦–—]|>{1,2}|\d{1,2}[.)/-]|[a-h][.)]|\(\d{1,2}\)|\([a-h]\)|#\d"
    # an emoji as the marker: "🕹️ **Gameplay Programmer**", "🎨 Technical Artist", "1️⃣ …"
    # "■ Technical Superintendent", "► Store Manager", "→ SRE": a shape or arrow as the marker
    # (with a skin tone or a joined sequence: "💆🏽‍♀️ Spa Manager")
    # (a circled number: Japanese "① ゲームプランナー")
    r"|[\u2190-\u21ff\u2460-\u2473\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]"
    r"[\U0001f3fb-\U0001f3ff]?\ufe0f?"
    r"(?:\u200d[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)*|\d\ufe0f?\u20e3)"
    r"\s+(?:\*\*|__)?"
    # Chinese, Japanese and Korean items, their text right after the marker:
    # "①決済基盤エンジニア", "■ポジション1：AML/KYC アナリスト", "【1】アンダーライター",
    # "１．グランドハンドリングスタッフ"
    r"|^[ \t]*(?:[\u2460-\u2473\u25a0-\u25ff]|【\d{1,2}】|[\d０-９]{1,2}[．.、)）])[ \t]*"
    rf"(?={_CJK_LETTER})"
    # "### 🧠 Founding ML Engineer": a Markdown heading with an emoji
    r"|^[ \t]*#{1,6}[ \t]*[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]+(?:\*\*|__)?"
    # "### 1️⃣ MLOps Engineer", "**1. Fleet Data Analyst**", "## 2) …": a numbered Markdown heading
    # or a bold number (the keycap emoji is the digit, U+FE0F, U+20E3)
    # ("*1) Medical Writer*": a single star's emphasis, as mail clients write bold)
    r"|^[ \t]*(?:#{1,6}[ \t]*|\*\*|__|\*)(?:\d{1,2}(?:\ufe0f?\u20e3|[.)])|[a-h][.)])[ \t]*"
    r"(?:\*\*|__)?"
    # "| 1 | Head of Risk Analytics | VP / SVP | 18,000 – 22,000 |": a numbered table row; a
    # row whose first cell is the role ("| Captain A320 | EUR 11,500 |")
    r"|^[ \t]*\|[ \t]*\d{1,2}[ \t]*\|[ \t]*|^[ \t]*\|[ \t]*(?=[^\W\d_])"
    # "Role 1: …", "**Role 2: …**" (Markdown bold)
    r"|^[ \t]*(?:\*\*|__)?(?:role|position|opening|vacancy|job)\s?(?:\d{1,2}|[a-d]|one|two"
    r"|three|four)?\s?[:.)\-–]\s*",
    re.I,
)
# matched at a list item's text (after its marker): no "^", which would only match where the
# whole text or a line starts ("1) Position: Claims Adjuster")
_LABEL = re.compile(
    r"\s*(?:role|position|job title|title|opening|vacancy|stelle|job)\s*\d*\s*[:\-–]\s*"
    r"|\s*(?:ポジション|職種|職位|포지션)\s*[\d０-９]*\s*[:：]\s*",
    re.I,
)
_TRIGGER = re.compile(
    # (non-native English drops the "for": "Now we are looking Director of Sales")
    r"(?:hiring|looking for|(?:are|is|am) looking|recruiting(?: for)?|seeking|searching for"
    r"|search for|role|position"
    # "**We're hiring at Wattle.io 🌼 - Senior Frontend Engineer**"
    r"|hiring\b[^\n]{0,40}?\s[-–—:|]"
    r"|opportunity|opening|vacancy|(?:position|role|post|vacancy) of|apply for"
    # Spanish, Portuguese, French, Italian: "buscamos una", "vaga de", "poste de", "un(e)"
    r"|buscamos(?: an?| una?)?|contratamos(?: una?)?|procuramos(?: uma?)?|recrutons(?: une?)?"
    r"|(?:estamos |t[ôo] )?(?:buscando|procurando|contratando)(?: (?:um|uma|una?))?"
    r"|recherchons(?: une?)?|cerchiamo(?: una?)?|(?:puesto|cargo|vaga|vacante|poste|posición"
    r"|posição|ruolo) (?:(?:é|es|est|è|[\w-]+ [\w-]+|[\w-]+) )?(?:de|d'|di)"
    r"|\b(?:una?|uma?|une|un\(e\)|una?\(o\)"
    r"|un\(a\))"
    r"|job title|title|for an?|as an?|as the|as our|join (?:us|the team|them) as|need(?:s)? an?"
    # a text's "Got 3 wks work as forklift driver", "urgent requirment FMCG Sales Executive",
    # "got forklift operator shifts at a big DC"
    r"|(?:work|job|shifts?) as|requi?re?ments? (?:of|for)?|\bgot(?: an?| some)?"
    # French "une mission de préparateur de commandes"
    r"|mission (?:de|d'|d’)"
    # "I'm hiring our **Founding ML Engineer**"; German "die Funktion des …", "Position als"
    r"|(?:hiring|recruiting|looking for|seeking|to hire) (?:our|their|a new|the)(?: first)?"
    r"|(?:funktion|position|stelle|rolle) (?:des|der|als|eines|einer)"
    r"|(?:wir )?suchen (?:wir )?(?:eine?n?)?|\ban?"
    # Polish "na stanowisko", "poszukujemy", "zatrudnimy"
    r"|stanowisk\w*|poszukujemy|szukamy|zatrudnimy"
    # Danish, Norwegian, Swedish "vi søger en erfaren Projektleder", "söker en"
    r"|(?:søger|søker|söker|trenger|behøver|behöver)(?: (?:en|et|ett))?(?: (?:erfaren|erfarne"
    r"|erfarna|ny|nye|ny|flere))?"
    # Norwegian "vi rekrutterer for tiden avdelingsleder", Swedish "rekryterar nu en"
    r"|(?:rekrutterer|rekryterar|ansetter|ansætter|anställer)(?: (?:nå|nu|for tiden|just nu))?"
    r"(?: (?:en|et|ett|ei))?(?: (?:erfaren|erfarne|erfarna|ny|nye))?"
    # Norwegian "Vi ser etter en", Danish "leder efter en", Swedish "letar efter en"
    r"|(?:ser etter|leder efter|letar efter)(?: (?:en|et|ett))?(?: (?:erfaren|erfarne|erfarna|ny))?"
    # "find an experienced Aerostructures Stress Engineer"; Dutch "zoeken we een", "op zoek naar"
    r"|\ban? (?:experienced|seasoned|talented|skilled|qualified|strong|motivated|driven)"
    r"|(?:zoeken|zoekt)(?: (?:we|wij))?(?: een)?(?: ervaren)?|op zoek naar(?: een)?(?: ervaren)?"
    # Norwegian and Swedish "om stillingen som regnskapsfører", Dutch "de functie van/als"
    r"|(?:stillingen|stilling|rollen|tjänsten|tjensten|jobben) som"
    r"|(?:functie|vacature) (?:van|als))"
    r"\s*:?\s*$",
    re.I,
)
# ("working with X on a Senior Data Engineer hire", "… search"; not an agency's "Executive
# Search")
_ROLE_AFTER = re.compile(
    r"(?<!Executive)\s(?:role|position|opening|vacancy|job|opportunity|hire|search|mandate"
    r"|appointment|assignment|spot"
    # Hungarian "minőségügyi mérnök pozíciójával", "… pozícióra"
    r"|pozíció\w*)\b",
    re.I,
)
_PLURAL_TRIGGER = re.compile(
    r"(?:hiring|recruiting|looking for|seeking|need|needs|require|requires|wanted|short on"
    r"|suchen|gezocht|zoeken(?: we| wij)?(?: per direct)?"
    # Norwegian, Danish, Swedish "Vi trenger elektrikere", "Vi søker sveisere"
    r"|trenger|behøver|behöver|søker|søger|söker|rekrutterer|ansetter|ansætter|anställer"
    r"|(?:openings?|positions?|vacanc(?:y|ies)|roles?|jobs?|work|contract|shifts?) for)"
    # ("hiring of 4 additional Deputy Sheriffs", "hiring up to 12 Probationary Firefighters")
    r"\s(?:\w+\s){0,3}$",
    re.I,
)
# "Need 4 x commercial plumbers", "Need 2nd fix carpenters": a plural role a text message wants,
# right after the verb (not "my team is hiring two engineers, know anyone?": a referral ask)
_PLURAL_NEED = re.compile(
    r"\b(?i:need|needs|require|requires|short on)\s"
    r"(?:\d{1,3}\s?x\s|(?!(?:at|with|for|in|on|by|of|from|the|our|their)\s)[a-z0-9]+\s){0,2}$"
)
# "Track Operatives needed", "limo driver needed": the role with its want after it
_PLURAL_WANTED = re.compile(r"[ \t]+(?:needed|wanted|required|gezocht)\b", re.I)
# "Service Plumbers earning $85k–$130k", "Our Service Plumbers are making $85k": the role with
# its pay after it
_PLURAL_PAID = re.compile(
    r"[ \t]+(?:are[ \t]+)?(?:earning|making|paid|on)[ \t]+(?:up[ \t]+to[ \t]+)?[$£€]", re.I
)
_NOT_TARGET = re.compile(
    r"(?:\byou'?re\b|\byou are\b|\byour\b|\byou were\b|\bworked as\b|\bcurrently an?\b|\bI'?m"
    r" (?:an?|the|one of the)\b|\bI am (?:an?|the|one of the)\b|\bI work as\b|\bmy (?:role|title)\b"
    r"|\b(?:soy|sou|je suis|sono|ik ben)(?: (?:el|la|o|a|le|l'|il|de|un|una|um|uma|une))?\b"
    r"|\bmy name is\b|\breport(?:ing|s)? (?:in)?to\b|\bwork(?:ing)? (?:closely )?with\b"
    r"|\bpartner(?:ing)? with\b|\balongside\b|\bsupport(?:ing)?\b"
    r"|\bwith (?:the|our|their|its)\b|\bmanaged by\b|\bled by\b"
    # "a first call with Pieter, our Head of …"; Vietnamese and Indonesian "I am": "Em là Linh,
    # HR Business Partner", "Saya Dimas, Recruiter"
    r"|\bwith [A-Z][\w-]+, (?:our|the|their)(?=\s*$)|\b(?:em|mình|tôi|anh|chị) là\b|\bsaya\b"
    # "I'm Nate, co-founder & CTO at …", "this is Dana, Head of People": the writer's own title
    r"|\b(?:I'?m|I am|this is|it'?s) (?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+){0,2},"
    # (a dash ends the clause: "bumping this back up your inbox — any thoughts on the …")
    r")[^.:;!?\n—–]{0,30}$",
    re.I,
)
_NOT_TITLES = re.compile(
    # ("Jeg er Talent Partner": the writer's own, after a Danish "I am")
    r"^(?:hiring manager|line manager|(?:.*\s)?talent partner|account manager"
    r"|recruitment consultant"
    r"|recruiter|"
    r"technical recruiter|senior recruiter|talent acquisition\b.*|.*\brecruiter(?:in)?|.*\bsourcer"
    r"|.*\bheadhunter|.*personalberater(?:in)?|.*personalreferent(?:in)?|.*\brekrut\w*"
    # Russian and Ukrainian: "Менеджер по подбору персонала", "рекрутер", "HR-менеджер"
    r"|.*\b(?:по|з) (?:подбору|підбору)\b.*|.*рекрутер\w*|hr-менеджер\w*)$",
    re.I,
)
# one-word titles that are verbs too, and what follows them in a duty ("Lead the squad")
_VERB_TITLES = frozenset(
    [
        "partner", "lead", "mentor", "architect", "engineer", "head", "coach", "model", "design",
        "support", "advise", "consult", "manage", "direct", "chair", "host", "pilot", "drive",
        "own",
    ]
)  # fmt: skip
_DUTY = re.compile(r"\s+(?:with|on|across|closely|the|our|a|an|and|new|key|all|up)\b")
_MULTI_CUE = re.compile(
    r"\b(?:roles|positions|openings|vacancies|both|as well as|also (?:hiring|have|looking)|another"
    r"|a couple of|several"
    # a count of roles, not of anything else ("with the ICB and two acute trusts")
    r"|(?:two|three|four)(?=\s?:|\s(?:[\w-]+\s){0,2}?(?:roles?|positions?|openings?|vacanc\w+"
    r"|jobs?|opportunit\w+|posts?|hires?|reqs?|requisitions?|seats?|of (?:them|these|those))\b))\b",
    re.I,
)


# "… Foreman is $44/hr, and the Journeyman Plumber opening is $36/hr. Both come with …": the
# next sentence speaks of the roles together
_BOTH_NEXT = re.compile(r"\s*(?:Both|All (?:three|four)|Each of them|The two)\b")
# a role's pay right after it, twice in one sentence: "Cariste (13,50 €/h) et Préparateur de
# commandes (12,20 €/h)", "CNA $24/hr and LPN $34/hr", "(75-85 k$) et un Analyste (65-72 k$)"
# (and a list item's own pay: "🔨 Carpenters (formwork) – $48/hr")
_PAY_MARK = re.compile(
    r"[$£€₹]\s?\d"
    r"|\d(?:[\d.,]*\d)?\s?(?:k\s?[$€£]|[$€£]|/\s?(?:h|hr|hour|day)\b|p/?h\b|zł|kr\b)"
)


# "we're looking for a Product Designer and a UX Researcher": two roles, each with its article
_ARTICLE_JOIN = re.compile(
    r"\b(?:hiring|looking for|seeking|recruiting|searching for|need|needs)\s(?:an?|one)\s[^.!?]*?"
    r"(?:\band|&|\bplus|,|\bas well as)\s(?:also\s)?(?:an?|one)\s(?-i:[A-Z])",
    re.I,
)


_JOINS = (" and a", ", a", " plus a", " as well as a", " & a", " one ")


def _joins_articles(sentence: str) -> bool:
    """A cheap look for what _ARTICLE_JOIN needs: "and a", ", an", "plus one"…"""
    low = sentence.lower()
    return any(join in low for join in _JOINS)


# A line after a list of roles that speaks about all of them, not the last one only.
_COLLECTIVE = re.compile(
    r"^\W*(?:all\b|both\b|each\b|every\b|these\b|those\b|the (?:roles|positions|jobs)\b|any\b"
    r"|either\b|neither\b|they\b|we\b|our\b|please\b|let me\b|would\b|are you\b|interested\b"
    r"|happy\b|benefits\b|perks\b|what\b|about\b|if\b|i\b|i'm\b|thanks\b|regards\b|best\b)",
    re.I,
)


@dataclass
class Segment:
    title: TitleSpan | None
    start: int
    end: int
    # other spans about this position only (the subject line that names it)
    extra: list[tuple[int, int]] = field(default_factory=list)


def split_positions(
    text: str,
    regions: list[tuple[int, int]],
    exclude: list[tuple[int, int]],
    subject: tuple[int, int] | None = None,
) -> list[Segment]:
    """The positions in `text` (only within `regions`, never inside `exclude`), one segment each.

    Several roles come from a list (one item per role, with its continuation lines) or from
    one sentence naming several titles; the subject line is not a list item, but when it names
    one of the roles it belongs to that role alone.
    """
    body = [r for r in regions if r != subject]
    if body:  # the sender's own title under "Kind regards," is no role
        signed = after_sign_off(text, body[-1][0], body[-1][1])
        if signed is not None:
            exclude = [*exclude, (signed, body[-1][1])]
    segments = _dedupe(_distinguished(text, _list_items(text, body, exclude)))
    if len({words_key(s.title.text) for s in segments if s.title}) < 2:
        segments = _prose_list(text, body, exclude)
    if len(segments) >= 2:
        if subject:
            _attach_subject(text, segments, subject)
        return segments
    best = best_title(text, regions, exclude, subject) or labelled_title(
        text, regions, exclude, subject
    )
    lo = min((s for s, _ in regions), default=0)
    hi = max((e for _, e in regions), default=len(text))
    return [Segment(best, lo, hi)]


def _attach_subject(text: str, segments: list[Segment], subject: tuple[int, int]) -> None:
    """A subject naming exactly one of the roles is about that role (its pay, place…)."""
    titles = find_titles(text, *subject)
    if not titles:
        return
    named = words_key(titles[0].text)
    owners = [
        s
        for s in segments
        if s.title and (named == words_key(s.title.text) or words_key(s.title.text).endswith(named))
    ]
    if len(owners) == 1:
        owners[0].extra.append(subject)


def words_key(title: str) -> str:
    """Lower-case words and digits only: "Engineering Manager, Platform" -> "engineering
    manager platform" (titles and names compared as written words)."""
    return _NOT_WORD_CHARS.sub(" ", title.lower()).strip()


_NOT_WORD_CHARS = re.compile(r"[\W_]+")  # (letters of every script: Korean titles differ too)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:  # noqa: SIM110 - a plain loop: called per line, any() is slower
        if s <= pos < e:
            return True
    return False


def _lines(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in regions:
        pos = start
        while pos < end:
            nl = text.find("\n", pos, end)
            stop = end if nl < 0 else nl
            out.append((pos, stop))
            pos = stop + 1
    return out


def _list_items(
    text: str, regions: list[tuple[int, int]], exclude: list[tuple[int, int]]
) -> list[Segment]:
    lines = _lines(text, regions)
    heads: list[tuple[int, re.Match[str], TitleSpan]] = []  # (line index, marker, title)
    for idx, (s, e) in enumerate(lines):
        if _inside(s, exclude):
            continue
        found = _item_title(text, s, e)
        if found:
            heads.append((idx, *found))
    if heads:
        heads = _with_siblings(text, lines, heads, exclude)
    out: list[Segment] = []
    continued = False
    for n, (idx, marker, title) in enumerate(heads):
        s, e = lines[idx]
        last = n + 1 == len(heads)
        stop = heads[n + 1][0] if not last else len(lines)
        seg_end = e
        for ns, ne in lines[idx + 1 : stop]:
            nxt = text[ns:ne]
            if ns != seg_end + 1 or not nxt.strip() or _inside(ns, exclude):
                break
            bullet = _BULLET.match(nxt)
            if bullet and _kind(bullet.group(0)) == _kind(marker.group(0)):
                break  # a list item of the same kind that is no role: the list goes on
            if last and (_COLLECTIVE.match(nxt) or not (continued or bullet)):
                break  # after the last role: text about all of them
            seg_end = ne
            continued = True
        out.append(Segment(title, s, seg_end))
    return out


def _with_siblings(
    text: str,
    lines: list[tuple[int, int]],
    heads: list[tuple[int, re.Match[str], TitleSpan]],
    exclude: list[tuple[int, int]],
) -> list[tuple[int, re.Match[str], TitleSpan]]:
    """The roles' list items whose titles no job noun vouches for, beside those it does: an
    item of the same list, marked the same way and written the same way ("- Projetista Elétrico
    — R$ 7.000/mês" under "- Engenheiro de Projetos — R$ 12 mil/mês"; "2) Redattore Senior"
    with "1) Social Media Manager"; "## Compositor" after "## 2D Animator"). Every item of the
    list must read so: a list of requirements or benefits that holds a job title ("• BSN
    graduate with valid PRC license", "• Salary: SAR 7,000/month") is no list of roles."""
    line_shapes = [_shape(text[s:e]) for s, e in lines]
    shapes = {line_shapes[idx] for idx, _, _ in heads} - {None}
    have = {idx for idx, _, _ in heads}
    found: dict[int, tuple[re.Match[str], TitleSpan]] = {}
    for idx, (s, e) in enumerate(lines):
        if idx in have or _inside(s, exclude):
            continue
        shape = line_shapes[idx]
        if shape is not None and shape in shapes:
            sibling = _sibling_title(text, s, e, shape)
            if sibling is not None:
                found[idx] = sibling
    out = list(heads)
    runs: dict[int, list[int]] = {}  # (a list's items, read once for all of them)
    for idx, (marker, title) in found.items():
        if idx not in runs:
            for i in (items := _run(text, lines, line_shapes, idx)):
                runs[i] = items
        run = runs[idx]
        if (
            len(run) <= _MOST_ROLES  # (a long list is of something else, and costly to read)
            and any(i in have for i in run)
            and all(i in have or i in found for i in run)
        ):
            out.append((idx, marker, title))
    return sorted(out, key=lambda head: head[0])


def _sibling_title(
    text: str, s: int, e: int, shape: str
) -> tuple[re.Match[str], TitleSpan] | None:
    marker = _SIBLING_MARK.match(text, s, e)
    assert marker is not None  # (a line with a shape has its marker)
    label = _LABEL.match(text, marker.end(), e)
    found = _SIBLING_TITLE.match(text, label.end() if label else marker.end(), e)
    if found is None or (found.group("rest") == "" and shape[0] not in "N#"):
        return None  # a bullet's role carries its particulars ("— R$ 7.000/mês")
    title = found.group("title")
    words = title.lower().split()
    if (
        _NOT_TITLES.match(title)
        # (Chinese, Japanese and Korean have no capitals: "2. 基金營運主任")
        or not (title[0].isupper() or title[0].isdigit() or re.match(_CJK_LETTER, title))
        or words[0].isdigit()  # "• 401(k) with match": a number, not "2D Animator"
        or any(w in _NOT_SIBLING_WORDS for w in words)
        or words[0] in _FIELD_LABELS
    ):
        return None
    return marker, TitleSpan(found.start("title"), found.end("title"), title)


def _run(
    text: str, lines: list[tuple[int, int]], shapes: list[str | None], idx: int
) -> list[int]:
    """The items of the list line `idx` is an item of (`shapes`: each line's): numbered items
    counting on (other lines between), headings of its level with no higher heading between,
    bullets line after line."""
    shape = shapes[idx]
    assert shape is not None

    def number(i: int) -> int:
        found = _SIBLING_MARK.match(text, lines[i][0], lines[i][1])
        assert found is not None
        return int(found.group("number"))

    items = [idx]
    for step in (-1, 1):
        i, last = idx + step, idx
        while 0 <= i < len(lines):
            found = shapes[i]
            if found == shape:
                if shape[0] == "N" and number(i) != number(last) + step:
                    break
                items.append(i)
                last = i
            elif shape[0] == "#" and found and found[0] == "#" and len(found) < len(shape):
                break  # a higher heading ends the section
            elif shape[0] not in "N#":
                break  # bullets follow one another
            i += step
    return sorted(items)


# the most items a list of roles read whole may have
_MOST_ROLES = 12


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# words no role's title in a list has: a requirement's or a sentence's ("DHA license or DHA
# eligibility", "1-3 yrs in technical support"), and the labels of a role's particulars
_NOT_SIBLING_WORDS = _word_set(
    "with or in on at to for from the a an is are be your our you we us my years yrs year"
    " experience license licence degree required preferred plus salary salario salário"
    " stipendio gehalt lønn lön location ubicación localização sede standort"
)
_FIELD_LABELS = _word_set(
    "salary pay rate location shift start contract hours benefits package bonus remote hybrid"
    " schedule duration visa notice"
)


# a list item's marker, and the shape two items of one list share: "N." or "N)" for numbers,
# "#" per level for Markdown headings, the character for bullets
_SIBLING_MARK = re.compile(
    r"[ \t]*(?:(?P<hashes>#{1,6})[ \t]+|(?P<number>\d{1,2})(?P<stop>[.)])[ \t]+"
    r"|(?P<bullet>[-*•·▪◦–—►■→])[ \t]+)(?:\*\*|__)?"
)
# the title a sibling item starts with: words up to its particulars ("— R$ 7.000/mês", " (PJ)")
# or the line's end (not a colon's: "• Lean Manager: PLN 20–24k" is a role's pay, in a list of
# particulars); no sentence ("- Full relocation support is provided.")
_SIBLING_TITLE = re.compile(
    r"(?P<title>[^\W_](?:[\w'’&+#/.-]*)(?:[ ](?:[\w'’&+#/.-]+)){0,5}?)(?:\*\*|__)?"
    r"(?P<rest>[ \t]*(?:[-–—→|·][ \t]|\(|[$£€₹])[^\n]*|[ \t]*$)"
)


def _shape(line: str) -> str | None:
    found = _SIBLING_MARK.match(line)
    if found is None:
        return None
    if found.group("hashes"):
        return found.group("hashes")
    if found.group("number"):
        return "N" + found.group("stop")
    return found.group("bullet")


def _kind(marker: str) -> str:
    marker = re.sub(r"^(?:\*\*|__)", "", marker.strip()).strip()
    if not marker:
        return "heading"
    if marker[0].isdigit() or marker[0] in "(#":
        return "number"
    if marker[0].isalpha():
        return "letter" if len(marker) <= 2 else "label"
    return marker[0]


_TERMS_LEAD = re.compile(
    r"(?i:freelance|temporary|part[- ]time|full[- ]time|fixed[- ]term|permanent|perm|remote"
    r"|(?P<titled>contract|interim))[ \t]+"
)


# one or two capitalised words between a list item's title and a dash, a colon, a bracket or
# the line's end ("1) Spawacz MIG/MAG (135/136) – 42–48 zł/h")
_ITEM_TITLE_MORE = re.compile(
    # ("• Artista 3D (props)": a digit's dimension too; "- Diseñador UI → $2.200.000": an arrow)
    r"((?:[ ](?:\.?[A-Z][\w+#./-]*|\d[A-Z]\b)){1,2})(?=[ ]?[-–—:·•→][ ]|[ ]\(|[ \t]*\||[ \t]*$)"
)


def _item_title(text: str, s: int, e: int) -> tuple[re.Match[str], TitleSpan] | None:
    """The title a list line or short heading line starts with, if it does."""
    line = text[s:e]
    marker = _BULLET.match(line) or _heading(line) or _bare_heading(text, s, e)
    if not marker:
        return None
    body_start = s + marker.end()
    label = _LABEL.match(text, body_start, e)
    if label:
        body_start = label.end()
    titles = [
        t
        for t in find_titles(text, body_start, e)
        if not _NOT_TITLES.match(t.text)
        # ("🔨 Carpenters (formwork or fit-out) – $48/hr": a plural item with its pay)
        and (not t.plural or _PAY_MARK.search(text, t.end, e))
    ]
    if not titles or (
        titles[0].start - body_start > 4
        and not (text[body_start : titles[0].start].isupper() and text[s:e].isupper())
        # "1. Freelance Art Director – €550/day": the terms before the title
        and not _TERMS_LEAD.fullmatch(text, body_start, titles[0].start)
    ):
        return None
    title = titles[0]
    terms = _TERMS_LEAD.fullmatch(text, body_start, title.start)
    if terms and terms.group("titled") and " " not in title.text:
        # "1. Contract Manager – Hard Services", "Interim Manager": the title's own word
        title = TitleSpan(body_start, title.end, text[body_start : title.end], title.plural,
                          title.romance)
    lead = text[body_start : title.start]
    if lead.strip() and lead.isupper() and text[title.end : e].strip(" *_:") == "":
        # "CONTRACT ADMINISTRATOR": a heading in capitals is a title whole
        start = body_start + len(lead) - len(lead.lstrip())
        title = TitleSpan(start, title.end, text[start : title.end], title.plural, title.romance)
    if _signature_job_line(text, title, len(text)):
        return None  # "Morag Fairlie (she/her)\nHead of Talent Acquisition – Risk & Compliance"
    rest = text[title.end : e]
    more = _ITEM_TITLE_MORE.match(rest)
    capitals = _CAPITALS_TAIL.fullmatch(rest)
    if (
        capitals
        and text[title.start : title.end].isupper()
        and not names_place(capitals.group(1))
        # ("SVETSARE SÖKES": the title and "wanted")
        and capitals.group(1).strip().lower() not in _WANTED
    ):
        # "1. PROJECT ENGINEER OIL & GAS": a line in capitals is the title whole
        end = title.end + capitals.end(1)
        title = TitleSpan(title.start, end, text[title.start : end], title.plural, title.romance)
        rest = ""
    elif more and names_place(more.group(1).strip()):
        rest = text[title.end + more.end(1) : e]  # "1) Data Engineer Berlin – €70k": a place
    elif more:  # "2️⃣ Tech Lead Mobile – Flutter": the capitalised words before the dash are its
        end = title.end + more.end(1)
        title = TitleSpan(title.start, end, text[title.start : end], title.plural, title.romance)
        rest = text[end:e]
    run = _CJK_RUN.match(rest)
    if run and re.search(f"{_CJK_LETTER}$", title.text):
        # "1. 投資組合經理助理": the job noun's whole word (its assistant), as Chinese and Japanese
        # write a title without spaces
        end = title.end + run.end()
        title = TitleSpan(title.start, end, text[title.start : end], title.plural, title.romance)
        rest = text[end:e]
    if _DUTY.match(rest) and title.text.lower() in _VERB_TITLES:
        return None  # "- Partner with underwriters on rate adequacy": a duty, not a role
    if rest and not re.match(
        # ("Product Owner para el squad de Pagos": Spanish, French, Italian, German "for")
        r"^(?:\*\*|__|\*)?\s*(?:$|[-–—:,(（|/·•→]|\.{3,}|at\b|@|in\b|with\b|for\b|para\b|pour\b|per\b"
        r"|für\b|im\b|bei\b|–|\(|based|remote|hybrid"
        r"|on-?site|\d"
        # "| Científico de Datos Sr.  | $70,000 …": an abbreviation's stop, then a cell's end
        r"|\.[ \t]*(?:$|[-–—:,(|/])"
        r"|[$£€₹])",
        rest,
        re.I,
    ):
        return None
    return marker, title


_CJK_RUN = re.compile(rf"(?:{_CJK_LETTER}|[・ー])+")
_WANTED = frozenset(["sökes", "søkes", "søges", "gesucht", "wanted", "needed", "required"])
# the rest of a list line in capitals: "OIL & GAS" of "1. PROJECT ENGINEER OIL & GAS"
_CAPITALS_TAIL = re.compile(
    r"[ ]((?:[A-Z][A-Z0-9&/.-]*)(?:[ ](?:[A-Z][A-Z0-9&/.-]*|&)){0,3})[ :*_]*"
)


def _heading(line: str) -> re.Match[str] | None:
    # A short line that starts with a title and carries the role's particulars
    # ("Staff Engineer – Remote, $200k", "**Staff Engineer** – $200k").
    mark = _PARTICULARS_MARK.search(line)
    # (a longer line when its particulars start near the title: "Associate Veterinarian —
    # $130,000–$160,000 base + production bonus, $25,000 sign-on bonus, …")
    if mark is None or len(line) > (200 if mark.start() < 60 else 120):
        return None
    return _HEADING_START.match(line)


# (a price list's dotted leader: "MASTER ............ USD 9,000")
_PARTICULARS_MARK = re.compile(r"\s(?:[-–—|]|@)\s|:\s|\(|\s\.{3,}\s")
_HEADING_START = re.compile(r"^\s*(?:\*\*|__)?")


_FIELD_AFTER_COMMA = re.compile(r"[A-Z][\w&/-]*(?: (?:&|and|of|[A-Z][\w&/-]*)){0,3}")


def _bare_heading(text: str, s: int, e: int) -> re.Match[str] | None:
    """A line that is a title and nothing else, with the role's particulars on the lines under
    it ("Hospital Manager\n$75,000 - $88,000 + bonus"): a heading without a marker."""
    line = text[s:e]
    # ("### Frontend Engineer": a Markdown heading's marks are no part of it)
    # ("--- Senior Merchandiser ---", "== Allocator ==": a heading's rules neither)
    bare = line.strip().lstrip("#").strip().strip("*_").rstrip(":").strip().strip("-=~—–").strip()
    if (
        not bare[:1].isupper()
        or len(bare) > 60
        or len(bare.split()) > 6
        or any(c in bare for c in ".!?;$£€")
        or e >= len(text)
        or not text[e + 1 : e + 80].split("\n")[0].strip()
    ):
        return None
    titles = find_titles(text, s, e)
    if len(titles) != 1 or titles[0].plural:
        return None
    # the title alone, or with its speciality after a comma ("Senior Manager, Regulatory Affairs")
    if titles[0].text != bare and not (
        bare.startswith(titles[0].text + ", ")
        and _FIELD_AFTER_COMMA.fullmatch(bare[len(titles[0].text) + 2 :])
    ) and not (
        # "TEAM LEAD ORDER-TO-CASH": a heading in capitals, its speciality after the job noun
        bare.isupper()
        and (bare.startswith(titles[0].text + " ") or bare.endswith(" " + titles[0].text))
        and len(bare.split()) <= 5
    ):
        return None
    return re.match(r"^\s*(?:\*\*|__)?", line)


def _two_pays(text: str, start: int, end: int) -> bool:
    """Two amounts in a sentence, each its own (a range is one)."""
    if len(_PAY_MARK.findall(text, start, end)) < 2:
        return False
    from sidedoor.intake.extract.pay import find_pay

    return len([m for m in find_pay(text, start, end) if not m.extra]) >= 2


def _prose_list(
    text: str, regions: list[tuple[int, int]], exclude: list[tuple[int, int]]
) -> list[Segment]:
    for start, end in regions:
        for sentence in re.finditer(r"[^.!?\n]+(?:[.!?]|$)", text[start:end]):
            s, e = start + sentence.start(), start + sentence.end()
            if _inside(s, exclude) or not (
                _MULTI_CUE.search(sentence.group(0))
                or _two_pays(text, s, e)
                or (_joins_articles(sentence.group(0)) and _ARTICLE_JOIN.search(sentence.group(0)))
                or _BOTH_NEXT.match(text, e)
            ):
                continue
            titles = [t for t in find_titles(text, s, e) if _target(text, t, s) and not t.plural]
            if len({words_key(t.text) for t in titles}) >= 2:
                return _dedupe(
                    [
                        Segment(t, t.start, _prose_end(text, t, titles[i + 1 :], e))
                        for i, t in enumerate(titles)
                    ]
                )
    return []


def _prose_end(text: str, title: TitleSpan, later: list[TitleSpan], limit: int) -> int:
    """A role named in a sentence owns the words up to the next role (or the next clause)."""
    if later:
        cut = re.search(
            r"\s(?:and|or|&|as well as)\s*(?:an?\s)?$|[,;]\s*(?:an?\s)?$",
            text[title.end : later[0].start],
        )
        return title.end + (cut.start() if cut else later[0].start - title.end)
    # (not a decimal comma: "Préparateur de commandes (12,20 €/h), sur site")
    clause = _CLAUSE_AFTER.search(text, title.end, limit)
    return clause.start() if clause else limit


_CLAUSE_AFTER = re.compile(r"(?<!\d),|,(?!\d)|;|\s(?:both|all|each)\b")


def _target(text: str, title: TitleSpan, floor: int = 0) -> bool:
    before = text[max(floor, title.start - 40) : title.start]
    if _BODY_AFTER.match(text, title.end) or _REPORTS_TO.search(before):
        return False  # "on the Executive Committee", "reporting directly to the CEO"
    return not _NOT_TITLES.match(title.text) and not _not_target(
        before, bool(_ROLE_AFTER.match(text, title.end))
    )


# a title that names a body of people or the role's boss, not a role
_BODY_AFTER = re.compile(r"\s+(?:Committee|Board|Council|Team|Suite)\b")
_REPORTS_TO = re.compile(
    r"\breport(?:s|ing)?\s+(?:directly\s+|straight\s+)?(?:in)?to\s+(?:the|our|a|an|their)\s+$",
    re.I,
)


_HIRING_VERB = re.compile(
    r"\b(?:hiring|hire|looking for|seeking|recruiting|searching for|need|needs|suchen|suche)\b",
    re.I,
)


def _not_target(before: str, role_after: bool = False) -> bool:
    """The title is the writer's or the reader's ("I'm a Recruiter", "your role as…"), unless
    a hiring verb stands between ("I'm a recruiter at Hays hiring an Account Executive"), or
    the title is of a role the sender works on ("working with Acme on a QC Microbiologist
    role": `role_after`, not "working with the Data Engineer")."""
    match = _NOT_TARGET.search(before)
    return (
        match is not None
        and not _HIRING_VERB.search(match.group(0))
        and not _OUR_ROLE.search(match.group(0))
        and not (role_after and _ON_A_ROLE.search(match.group(0)))
        # "you are matching to our Site Reliability Engineer position": the role offered
        and not (role_after and _OUR_BEFORE.search(before))
    )


_OUR_BEFORE = re.compile(r"\b(?:our|this)\s$", re.I)


# "working with Acme on a …", "partnering with X for an …": the sender's work, on a role
_ON_A_ROLE = re.compile(
    r"^(?:work(?:ing)?|partner(?:ing)?|support(?:ing)?)\b.*\s(?:on|for) (?:a|an|the|their|its)"
    r" (?:[\w-]+ )?$",
    re.I,
)


# "you are suitable for our position Senior .NET Developer": the role named is the one offered
_OUR_ROLE = re.compile(
    r"\b(?:our|the|this|a|an) (?:open )?(?:position|role|vacancy|opening)(?: (?:of|as|for))?"
    r"\s*:?\s*$",
    re.I,
)


# what follows a title behind a dash on its list line, up to a bar, a bracket or another dash
_ITEM_TAIL = re.compile(
    r"[ \t]*[-–—][ \t]*([^|\n(\[–—]{2,40}?)(?=[ \t]*(?:[|(\[]|[-–—] |$))", re.M
)


def _distinguished(text: str, segments: list[Segment]) -> list[Segment]:
    """List items with one title, told apart by what follows the dash ("Travel RN – Med/Surg",
    "Travel RN – Labor & Delivery"): that is part of each one's title (two roles, not one)."""
    by_key: dict[str, list[tuple[Segment, TitleSpan]]] = {}
    for seg in segments:
        if seg.title:
            by_key.setdefault(words_key(seg.title.text), []).append((seg, seg.title))
    for group in by_key.values():
        if len(group) < 2:
            continue
        ends = [_item_tail_end(text, title) for _, title in group]
        pairs = zip(group, ends, strict=True)
        tails = {text[t.end : e].strip(" -–—").lower() for (_, t), e in pairs if e}
        if all(ends) and len(tails) == len(group):
            for (seg, t), end in zip(group, ends, strict=True):
                assert end is not None
                seg.title = TitleSpan(t.start, end, text[t.start : end], t.plural, t.romance)
    return segments


def _item_tail_end(text: str, title: TitleSpan) -> int | None:
    """Where the words behind a dash after a list item's title end, when they are no place and
    have no digits ("– Med/Surg |"); else None."""
    line_end = text.find("\n", title.end)
    m = _ITEM_TAIL.match(text, title.end, len(text) if line_end < 0 else line_end)
    if m is None or any(c.isdigit() for c in m.group(1)) or names_place(m.group(1)):
        return None
    return m.end(1)


def _dedupe(segments: list[Segment]) -> list[Segment]:
    seen: set[str] = set()
    out = []
    for seg in segments:
        key = words_key(seg.title.text) if seg.title else ""
        if key in seen:
            continue
        seen.add(key)
        out.append(seg)
    return out


# "Position: Claims Handler", "▶ 포지션: 백엔드 개발 팀장 (팀원 8명)", "Θέση: …": a role's name
# under a label, in any language, read when no job noun we know names the role
_TITLE_LABEL = re.compile(
    r"(?im)^[ \t]*(?:[-*•·▪◦–—>▶►■◆◇【]\s*)?(?:\*\*)?(?:position|role|job title|job|vacancy|rolle"
    r"|stelle|poste|intitulé du poste|puesto|cargo|vaga|posizione|ruolo|functie|vacature"
    r"|stilling|tjänst|stanowisko|pozice|pozícia|pozicija|pozíció|θέση|포지션|직무|職種"
    r"|rola|rôle|rol"  # (Polish "Rola: Konsultant SAP FI/CO", French "Rôle :", Dutch "Rol:")
    # (Icelandic "Starfsheiti: Bókari", "Starf: …")
    r"|starfsheiti|starf|stillingstittel|stillingsbetegnelse|stellenbezeichnung|jobtitel"
    # (Japanese "◆お仕事：英文事務", "【職種】生産技術エンジニア", "募集職種：";
    # Korean "모집 분야:")
    r"|ポジション|职位|職位|vị trí|posisi|お仕事|募集職種|모집 ?분야)(?:\*\*)?[ \t]*(?:[:：]|】)"
    r"[ \t]*(?:\*\*)?"
    r"(?P<value>[^\n]{2,90}?)(?:\*\*)?[ \t]*$"
)
# a subject that opens with a label or an offer word: "Θέση Υπεύθυνος Μισθοδοσίας – Ολυμπία
# Τρόφιμα", "Nabídka – Specialista likvidace – Brno", "Offer: …"
_SUBJECT_LABEL = re.compile(
    r"(?i)[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?:position|role|vacancy|job offer|offer|stelle"
    r"|stellenangebot|angebot|poste|offre|puesto|oferta|vaga|posizione|offerta|vacature"
    r"|stilling|tjänst|stanowisko|oferta pracy|pozice|nabídka|nabídka práce|ponuka|θέση"
    r"|προσφορά|포지션|제안)(?:[ \t]*[:：–—-][ \t]*|[ \t]+)"
)
_LABEL_VALUE_END = re.compile(r"[ \t]+(?:[(–—|@]|-[ \t]|at[ \t]|in[ \t])|,[ \t]|[ \t]*[(（]")


def labelled_title(
    text: str,
    regions: list[tuple[int, int]],
    exclude: list[tuple[int, int]],
    subject: tuple[int, int] | None = None,
) -> TitleSpan | None:
    """A role named under a label ("Position: X") or after a subject's label or offer word,
    when no job noun we know names it: the label's value, up to a bracket, a dash or a comma
    (what follows is the team size, the company or the place)."""
    spans = [r for r in regions if r != subject]
    for start, end in spans:
        for m in _TITLE_LABEL.finditer(text, start, end):
            if _inside(m.start(), exclude):
                continue
            found = _label_value(text, m.start("value"), m.end("value"))
            if found:
                return found
    if subject:
        opener = _SUBJECT_LABEL.match(text, subject[0], subject[1])
        if opener:
            return _label_value(text, opener.end(), subject[1])
    return None


def _label_value(text: str, start: int, end: int) -> TitleSpan | None:
    cut = _LABEL_VALUE_END.search(text, start, end)
    stop = cut.start() if cut else end
    value = text[start:stop].strip(" \t*_:–—-")
    words = value.split()
    if not 1 <= len(words) <= 7 or any(ch.isdigit() for ch in value) or "?" in value:
        return None
    begin = text.index(value, start)
    return TitleSpan(begin, begin + len(value), value)


def heading_title(text: str, max_lines: int = 12) -> TitleSpan | None:
    """A posting's title: the first short line, near the top, that begins with a job title."""
    pos = 0
    for _ in range(max_lines):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if 0 < len(line.strip()) <= 80:
            titles = find_titles(text, pos, end)
            lead = len(line) - len(line.lstrip())
            if (
                titles
                and titles[0].start - pos <= lead + 2
                and not titles[0].plural
                and not _NOT_TITLES.match(titles[0].text)
            ):
                return titles[0]
        if end >= len(text):
            break
        pos = end + 1
    return None


_DASH_AFTER = re.compile(r"[ \t]+[-–—|][ \t]")  # a title line's particulars follow a dash
_RANK_FIRST = re.compile(r"^\d+(?:st|nd|rd|th)?\s+")
# a recruiting job offered: "our Talent Acquisition Coordinator opening", "the Talent
# Acquisition Lead role", "We are looking for a Talent Acquisition Partner to own hiring"
_OFFERED_BEFORE = re.compile(
    r"(?:looking for|hiring|seeking|recruiting|to hire|to find) (?:an?|our|a new)\s*$", re.I
)


def _recruiting_role(text: str, title: TitleSpan) -> bool:
    """A recruiter's title offered as the role, not the writer's own: a role word after it or a
    hiring verb before it."""
    return bool(
        re.match(r"[ \t]+(?:role|opening|position|vacancy|job)\b", text[title.end :], re.I)
        or _OFFERED_BEFORE.search(text, max(0, title.start - 30), title.start)
    )


# between a title in the text's own language and its English gloss: "Työnjohtaja / Site
# Supervisor", "Kierownik Magazynu – Stryków / Warehouse Manager role", "a Putkiasentaja
# (plumber)"
_GLOSS_GAP = re.compile(r"[ \t]*\(|[^\n/()]{0,30}[ \t]/[ \t]*")


def _glosses(text: str, found: list[tuple[int, int, list[TitleSpan]]]) -> set[int]:
    """Where the English titles start that translate the title just before them, written in
    the text's own language: the writer names the role in that language and glosses it."""
    out: set[int] = set()
    for _, _, titles in found:
        for first, then in itertools.pairwise(titles):
            if first.romance and not then.romance and _GLOSS_GAP.fullmatch(
                text, first.end, then.start
            ):
                out.add(then.start)
    return out


def best_title(
    text: str,
    regions: list[tuple[int, int]],
    exclude: list[tuple[int, int]],
    subject: tuple[int, int] | None = None,
) -> TitleSpan | None:
    """The title a single-role message or posting is about, scored by where and how it appears."""
    best: tuple[float, TitleSpan] | None = None
    scored: list[tuple[float, TitleSpan]] = []
    spans = ([subject] if subject else []) + regions
    found = [(start, end, find_titles(text, start, end)) for start, end in spans]
    # a Spanish / Portuguese / French title gives way to an English one ("Jefe de Planta" in the
    # subject, "a Plant Manager" in the body), not when the text has no English title at all
    # (the sender's own "Tech Recruiter" under the name is no English title of the role)
    # (nor is the writer's own "je suis Vincent, cofondateur et CTO")
    glosses = _glosses(text, found)
    english = any(
        not t.romance
        and t.start not in glosses
        and "recruit" not in t.text.lower()
        and not _NOT_TITLES.match(t.text)
        and not _signature_job_line(text, t, e)
        and not _inside(t.start, exclude)
        and not _not_target(text[max(s, t.start - 45) : t.start])
        and not _company_name(text, t.text)  # "Kompetanse Partner AS" signing
        for s, e, titles in found
        for t in titles
    )
    signed = _signed_titles(text, exclude)
    for start, end, titles in found:
        for title in titles:
            in_subject = subject is not None and subject[0] <= title.start < subject[1]
            if _inside(title.start, exclude) or (
                _NOT_TITLES.match(title.text)
                # ("Subject: Account Manager – freight brokerage": the role, not the writer's)
                and not (in_subject and title.text.lower().endswith("account manager"))
                and not _recruiting_role(text, title)
            ):
                continue
            if _company_name(text, title.text):
                continue  # "A Pannon Executive tanácsadójaként" with "Pannon Executive Kft."
            if _COLLEAGUE_NAMED.match(text, title.end):
                continue  # "Our Dean of Admission, Chris Olsen, mentioned you": a colleague's
            if _WRITER_AFTER.match(text, title.end):
                continue  # "派遣コーディネーターの石井です": the writer's own title and name
            if (
                _NAME_HERE.match(text, title.end)
                or _TITLE_OF_HERE.match(text, title.end)
                or _DASH_SIGNED.match(text, text.rfind("\n", 0, title.start) + 1)
            ):
                continue  # "Dev here, cofounder/CTO", "— Dev": the writer's name
            subject_title = subject is not None and subject[0] <= title.start < subject[1]
            before = _MARKUP_END.sub("", text[max(start, title.start - 45) : title.start])
            if (
                title.plural
                and not _PLURAL_TRIGGER.search(before)
                and not _PLURAL_WANTED.match(text, title.end)
                and not _PLURAL_PAID.match(text, title.end)
            ):
                continue
            score = 0.0
            if subject and subject[0] <= title.start < subject[1]:
                score += 3
            if _TRIGGER.search(before):
                score += 3
            elif (title.plural and _PLURAL_NEED.search(before)) or _PLURAL_WANTED.match(
                text, title.end
            ):
                score += 2  # "Need 4 x commercial plumbers for …", "limo driver needed for …"
            elif _ROLE_AFTER.match(text, title.end) and not (
                subject and subject[0] <= title.start < subject[1]
            ):
                score += 3  # "our Gameplay Programmer position" (a subject has its own bonus)
            line_start = text.rfind("\n", 0, title.start) + 1
            line_end = text.find("\n", title.end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if len(title.text) >= 0.5 * len(line.strip()) or (
                title.start - line_start <= 2
                # ("Head of Structured Credit – Banque Saint-Clair, Paris. 4 days in office …")
                and (len(line) < 100 or _DASH_AFTER.match(text, title.end))
            ):
                score += 2
            # (a rank's digits first: "2nd Engineer")
            if _RANK_FIRST.sub("", title.text)[:1].isupper() or _CJK_START.match(title.text):
                score += 1  # (Chinese, Japanese and Korean have no capitals)
            if _CJK_TRIGGER.search(text, max(start, title.start - 6), title.start):
                score += 3  # "担任大模型算法专家", "在招聘 量化研究员"
            if _not_target(before, bool(_ROLE_AFTER.match(text, title.end))):
                score -= 5
            if title.romance and english:
                score -= 2.5
            if _signature_job_line(text, title, end) or (
                _NAME_DASH_LINE.match(text, line_start)
                and title.start > line_start
                and len(line.strip()) <= 60
                and (line_end < 0 or not text[line_end:].strip())  # the message's last line
            ):
                score -= 4  # "Capt. Rao\nCrewing Manager" at the end: the writer's own title
                # ("Lucía — Consultora Pampa RRHH": a name, a dash, the writer's title)
            elif signed and words_key(title.text) in signed:
                score -= 4  # "As Head of Talent at X …" and "Head of Talent" under the name
            if _GENDER_MARK.match(text, title.end) and not subject_title:
                score += 2  # "Teamleiter Disposition (m/w/d)": the title as advertised
            score -= (title.start - start) / 100_000
            scored.append((score, title))
            if best is None or score > best[0]:
                best = (score, title)
    if best is None or best[0] < 0.9:
        return None
    # "Backend Engineer role at X" in the subject, "join X as a Senior Backend Engineer" in the
    # body: the fuller form of the same title, scored about as well, is the title
    short = words_key(best[1].text)
    if short.endswith(" tech"):  # "Service Tech" in the subject, "HVAC Service Technician"
        short = short[:-4] + "technician"
    fuller = [
        (len(t.text), t) for s, t in scored
        if (
            s >= best[0] - 3
            and (
                words_key(t.text).endswith(" " + short)  # "Senior Backend Engineer"
                # "Founding engineer" in the subject, "Founding Full-Stack Engineer" in the body
                or _inserted_words(short, words_key(t.text))
                or (
                    words_key(t.text).startswith(short + " ")
                    and (  # "Systems Engineer III"
                        _LEVEL_AFTER.fullmatch(words_key(t.text)[len(short) + 1 :])
                        # "Teamleitung Disposition (m/w/d)": a gendered title is written whole
                        or _GENDER_MARK.match(text, t.end)
                    )
                )
            )
        )
        # "ICU RN": "ICU Registered Nurse"; "QC Micro Analyst": "QC Microbiology Analyst";
        # "Quant dev role": "Quantitative Developer": the same title written out, wherever
        or (s > 0 and (_spells_out(best[1].text, t.text) or _abbreviates(text, best[1], t.text)))
    ]
    if not fuller and _ACRONYM.fullmatch(best[1].text):
        # "RN opportunity" in the subject, "looking for a Charge Nurse" in the body: the bare
        # acronym names the kind of job, the body's title (whose head it abbreviates) the job
        letter = best[1].text[-1].lower()
        fuller = [
            (len(t.text), t) for s, t in scored
            if s >= best[0] - 3
            and " " in t.text
            and t.text.split()[-1][:1].lower() == letter
            and not (subject and subject[0] <= t.start < subject[1])
            and _TRIGGER.search(text, max(0, t.start - 45), t.start)
        ]
    chosen = max(fuller, key=lambda lt: lt[0])[1] if fuller else best[1]
    return _with_specialty(text, chosen)


def _inserted_words(short: str, long: str) -> bool:
    """`long` is `short` with words inserted before its last (its head): "founding full stack
    engineer" of "founding engineer"."""
    a, b = short.split(), long.split()
    if len(a) < 2 or len(b) <= len(a) or a[-1] != b[-1] or a[0] != b[0]:
        return False
    rest = iter(b)
    return all(word in rest for word in a)


def _company_name(text: str, name: str) -> bool:
    """The words are a company's name: somewhere the text writes them with a legal form."""
    from sidedoor.intake.extract.company import LEGAL_FORM

    at = text.find(name)
    while at >= 0:
        words = text[at + len(name) : at + len(name) + 30].split("\n")[0].split()
        if any(LEGAL_FORM.fullmatch(" " + " ".join(words[:k])) for k in (1, 2, 3)):
            return True
        at = text.find(name, at + 1)
    return False


_WRITER_AFTER = re.compile(
    r"の[\u3040-\u30ff\u4e00-\u9fff]{1,6}(?:です|と申します)|[ ]?[\uac00-\ud7a3]{2,4}입니다"
    r"|をしております|を務めて"
    # a signature's "人材コーディネーター　森田 恵": the title, a full-width space, the name
    r"|　[\u4e00-\u9fff]{1,4}[ 　]?[\u3040-\u30ff\u4e00-\u9fff]{1,4}(?=\n|$)"
)
_CJK_START = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_CJK_TRIGGER = re.compile(
    r"(?:担任|擔任|在招聘?|招聘|招募|诚聘|誠聘|急招|加入|募集ポジション|ポジション|職種|职位|職位|岗位"
    r"|포지션|[【「『])[】」』:：\s]*$"
)
_MARKUP_END = re.compile(r"[*_]{2}\s*$")
_NAME_HERE = re.compile(r" here[,.!]")
# "Founder of Paddock Sense here.": the writer's own post
_TITLE_OF_HERE = re.compile(r" (?:of|at) (?:[A-Z][\w&'’.-]*[ ]){1,4}here[,.!]")
_COLLEAGUE_NAMED = re.compile(r",\s[A-Z][a-z]+\s[A-Z][a-z'’-]+,\s[a-z]")
# ("Aoife | Harcourt Executive": a name, a bar, the writer's firm)
_NAME_DASH_LINE = re.compile(r"[ \t]*[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+)? [—–|] ")
_DASH_SIGNED = re.compile(r"[ \t]*[—–-][ \t]?[A-Z][\w'’-]*[ \t]*(?:\n|$)")


def _signed_titles(text: str, exclude: list[tuple[int, int]]) -> set[str]:
    """The titles written in the excluded spans that follow the body (a signature's "Head of
    Talent Acquisition"), as word keys, with their head-noun prefix ("head of talent")."""
    out: set[str] = set()
    for start, end in exclude:
        if end - start > 400 or start == 0:
            continue
        for title in find_titles(text, start, end):
            out.add(words_key(title.text))
    return out


_GENDER_MARK = re.compile(r"[ ]?\((?:[mwfdxhMWFDXH])(?:[/|][mwfdxhMWFDXH*]){1,2}\)")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_WORD_RUN = re.compile(r"[^\s,;:|()]+")


# words of a title written short otherwise than by their first letters: "Ops Manager",
# "Sr PM", "Ag Loan Officer", "Mktg Mgr"
_SHORT_FOR: dict[str, tuple[str, ...]] = {
    "sr": ("senior",),
    "snr": ("senior",),
    "jr": ("junior",),
    "jnr": ("junior",),
    "ops": ("operations", "operational"),
    "ag": ("agricultural", "agriculture"),
    "mgr": ("manager",),
    "mktg": ("marketing",),
    "mfg": ("manufacturing",),
    "eng": ("engineer", "engineering"),
    "asst": ("assistant",),
    "acct": ("account", "accountant", "accounting"),
    "biz": ("business",),
    "svc": ("service", "services"),
}


def _abbreviates(text: str, short: TitleSpan, long: str) -> bool:
    """The words written from ``short`` on ("QC Micro Analyst role", "Quant dev role") are
    ``long``'s words, some cut short or as initials ("QC Microbiology Analyst", "Quantitative
    Developer"), covering all of ``short``."""
    words = long.split()
    line_end = text.find("\n", short.start)
    stop = min(short.start + 80, len(text) if line_end < 0 else line_end)
    i, cut, reached = 0, False, short.start
    for match in _WORD_RUN.finditer(text, short.start, stop):
        if i == len(words):
            break
        token, low, word = match.group(0), match.group(0).lower(), words[i].lower()
        if low == word:
            i += 1
        elif (len(token) >= 3 and word.startswith(low) and token.isalpha()) or (
            word in _SHORT_FOR.get(low.rstrip("."), ())
        ):
            i, cut = i + 1, True
        elif _ACRONYM.fullmatch(token) and "".join(w[:1] for w in words[i : i + len(token)]) == (
            token
        ):
            i, cut = i + len(token), True
        else:
            return False
        reached = match.end()
    return cut and i == len(words) and reached >= short.end


_LEVEL_AFTER = re.compile(r"i{1,3}|iv|v|[1-5]|senior|sr|junior|jr|lead|principal|staff")


def _spells_out(short: str, long: str) -> bool:
    """``long`` is ``short`` with its capitalised abbreviations written out: "M&E Officer" /
    "Monitoring & Evaluation Officer", "ICU RN" / "ICU Registered Nurse"."""
    # ("Director of F&B" / "Director of Food & Beverage": the small words are skipped in both)
    have = [w for w in short.split() if w.lower() not in {"&", "and", "of"}]
    words = [w for w in long.split() if w.lower() not in {"&", "and", "of"}]
    i = 0
    for token in have:
        if i < len(words) and words[i].lower() == token.lower():
            i += 1
            continue
        letters = token.replace("&", "")
        grade = ""
        if letters[-1:].isdigit():  # "CNM2" / "Clinical Nurse Manager 2": a grade after it
            letters, grade = letters[:-1], letters[-1]
        if not (token.isupper() and 2 <= len(letters) <= 4 and letters.isalpha()):
            return False
        spelled = words[i : i + len(letters)]
        if "".join(w[:1].upper() for w in spelled) != letters:
            return False
        i += len(letters)
        if grade:
            if i >= len(words) or words[i] != grade:
                return False
            i += 1
    return i == len(words) and len(words) > len(have)


_NAME_LINE = re.compile(
    r"(?:(?i:dr|mr|mrs|ms|capt|prof|eng|ing|sr|sra)\.?\s)?(?:[A-ZÀ-Ý][\w'’-]*\.?\s?){1,4}"
    r"(?:\((?i:she|he|they|ze|xe)/\w+\))?"  # "Morag Fairlie (she/her)"
)


# "Head of Talent Acquisition – Risk & Compliance": the writer's team after the title
_UNIT_AFTER = re.compile(r"\s[–—|-]\s|,\s")
# a name and the comma before the writer's post on a signature line: "Yann Berthoud, "
_NAME_THEN = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){1,3},\s")


def _signature_job_line(text: str, title: TitleSpan, end: int) -> bool:
    """The title is a line of its own under a name line, with at most two lines after it before
    the end of the message: the writer's job in a signature with no sign-off ("Capt. Rao /
    Crewing Manager / Oceanic Crewing")."""
    line_start = text.rfind("\n", 0, title.start) + 1
    line_end = text.find("\n", title.end)
    line_end = len(text) if line_end < 0 or line_end > end else line_end
    rest = text[title.end : line_end]
    lead = text[line_start : title.start]
    if (
        lead.strip()
        and text.count("\n", line_end, end) <= 2
        and _NAME_THEN.fullmatch(lead.lstrip("—–-~ "))
        and (len(rest.strip(" ,.|")) <= 3 or _UNIT_AFTER.match(rest))
    ):
        return True  # "Yann Berthoud, CTO & Co-founder" closing the message: the writer's
    if lead.strip() or (len(rest.strip(" ,.|")) > 3 and not _UNIT_AFTER.match(rest)):
        return False
    if line_start < 2 or text.count("\n", line_end, end) > 2:
        return False
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    previous = previous.lstrip("—–-~ ")  # "— Priya Raman"
    return 0 < len(previous) <= 32 and _NAME_LINE.fullmatch(previous) is not None


# "Data Scientist Vision", "Embedded Software Engineer Radar": a capitalised word after the head
# noun that names the speciality, part of the title when the text writes the two together twice
# (subject and body); "Senior Engineer London" written once is a title and a place
# (a compound whole, "Mid-Market"; two words where the text writes them twice with the
# title: "Team Lead Customer Care")
_SPECIALTY_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-Za-zÀ-ÿ][a-zà-ÿ]+)?"
_SPECIALTY = re.compile(rf" ({_SPECIALTY_WORD})(?=$|[\s,.:;)(–—|]|-(?![A-Za-z]))")
_SPECIALTY_TWO = re.compile(
    rf" ({_SPECIALTY_WORD} {_SPECIALTY_WORD})(?=$|[\s,.:;)(–—|]|-(?![A-Za-z]))"
)
_NOT_SPECIALTY = frozenset(
    re.findall(
        r"\w+",
        "Remote Hybrid Onsite Role Position Job Opportunity Vacancy Opening Contract Permanent"
        " Interim Temporary Freelance Needed Wanted Required Urgent At In For With And Or The Of",
    )
)


# "a Senior Consultant Energy Transition for our Utrecht office": capitalised words between the
# head noun and "for our / in the / to join …" name the speciality, written once as well
_SPECIALTY_BEFORE_OUR = re.compile(
    r"((?: [A-ZÀ-Ý][a-zà-ÿ]{2,}){1,3})(?= (?:for|in|at|within|on|to join) (?:our|the|their)\b)"
)


def _with_specialty(text: str, title: TitleSpan) -> TitleSpan:
    if title.plural:
        return title
    before_our = _SPECIALTY_BEFORE_OUR.match(text, title.end)
    if before_our is not None:
        words = before_our.group(1).split()
        from sidedoor.intake.extract.company import is_city, place_like

        tail = " ".join(words)
        if not (
            any(w in _NOT_SPECIALTY or w.lower() in HEADS for w in words)
            or is_city(tail)
            or place_like(tail)
        ):
            return TitleSpan(title.start, before_our.end(), f"{title.text} {tail}",
                             romance=title.romance)
    two = _SPECIALTY_TWO.match(text, title.end)
    if (
        two is not None
        and not any(w in _NOT_SPECIALTY or w.lower() in HEADS for w in two.group(1).split())
        and text.count(text[title.start : two.end()]) >= 2
    ):
        match: re.Match[str] | None = two
    else:
        match = _SPECIALTY.match(text, title.end)
    if match is None or match.group(1) in _NOT_SPECIALTY:
        return title
    longer = text[title.start : match.end()]
    if text.count(longer) < 2:
        return title
    return TitleSpan(
        title.start, match.end(), f"{title.text} {match.group(1)}", romance=title.romance
    )


# "Operations Manager - Last Mile", "Engineering Manager, Carrier Platform", "AVP - Treasury
# Operations", "Registered Nurse - CVICU opening": a team or speciality written after the title
# behind a dash or a comma, up to where the phrase ends (a line end, a bar or bracket, another
# dash, punctuation, or a word that goes on the sentence: "… into their London team")
_TAIL = re.compile(
    # (" / " ends it: "Legal Counsel – Investment Funds / Luxembourg")
    r"(?: [-–—] |, )((?:[A-Z][\w&+'’./-]*)(?: (?:&|and|of|[A-Z][\w&+'’./-]*)){0,3})"
    r"(?=$|\n| ?[|(→]| [-–—] | / |[,.;:!?]|\*\*|__| (?:at|in|for|with|into|to|on|within|based"
    r"|opening|role|position|vacancy|job|req|hire|search|mandate)\b)"
)
#: what follows a title behind a dash or comma and is no speciality of it: where and how the job
#: is done, how urgent it is, a region, a market ("Big Four", "Tier-1")
_NOT_TAIL = frozenset(
    re.findall(
        r"[\w-]+",
        """remote hybrid onsite on-site full-time part-time fulltime parttime contract permanent
        temporary temp freelance interim locum nights days weekends weekend nightshift urgent
        immediate new hot opening vacancy role position job jobs opportunity hiring confidential
        exclusive maternity cover fixed term ftc hourly salary reminder update follow re fwd
        apply now today start relocation visa sponsorship emea apac uk us usa eu dach latam mena
        gcc anz cee nordics benelux global worldwide international europe asia africa americas
        big four tier-1 tier-2 tier tier1 north south east west central greater metro area
        region remote-first wfh office shift shifts rotational fifo dido nhs walk mall centre
        center street road square plaza airport station campus branch store hub depot terminal""",
    )
)
NOT_TAIL_WORDS = _NOT_TAIL


def specialty_tail(text: str, title: TitleSpan, limit: int) -> tuple[int, str] | None:
    """The team or speciality written right after ``title`` ("- Last Mile", ", Platform"), as
    (the offset where it ends, the separator and words as written), when it reads as one: no
    job noun (a second role), no place, no work arrangement or market word, no digits. Whether
    it is the title's or the company's ("Backend Engineer - Lumen Health") is the caller's to
    decide."""
    match = _TAIL.match(text, title.end, min(limit, title.end + 70))
    if match is None or title.plural:
        return None
    tail = match.group(1).rstrip(".")
    words = tail.split()
    if words[-1].lower() in {"&", "and", "of", "/"} or any(c.isdigit() or c in "/+" for c in tail):
        return None  # "…, Go/Postgres": the stack, not a team
    lowered = [w.lower().strip("'’.,") for w in words]
    if any(w in _NOT_TAIL or w in HEADS for w in lowered):
        return None
    from sidedoor.intake.extract.agency import is_agency_name
    from sidedoor.intake.extract.company import LEGAL_FORM, is_city, place_like

    if is_city(tail) or place_like(tail) or LEGAL_FORM.search(" " + tail) or is_agency_name(tail):
        return None
    end = match.start(1) + len(tail)
    return end, text[title.end : end]
