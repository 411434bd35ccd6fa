"""The hiring company chosen among every name a message offers, by a learned linear ranker.

The rules of `company` find the company where a cue names it ("at X", "our client X", a
signature's company line). Text from new writers names it in ways no cue list holds ("Chez
Maison Verlaine, nous…", "the hiring manager at X approved…", "HR of X"), so the rules miss it or
take the wrong name. This module looks at every candidate instead: each capitalised run of the
text and its parts, the names the e-mail domains spell, the rules' own pick and the recruiter's
company, plus "no company named" (an undisclosed client). Each candidate gets plain features
(the words around it, where it stands, how often it comes, whether it is a place, a person, a
common phrase, an agency, the sender's domain…), a linear model scores them, and the best one
wins.

The weights (`company_rank.json`) are learned by `benchmarks/intake/train_company.py` from the
labelled messages of the intake benchmark (our own writing, no O*NET or ESCO data); the
features are computed here so that training and use share one definition.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from sidedoor.intake.extract.agency import is_agency_name
from sidedoor.intake.extract.company import (
    _CONNECT,
    _FREE_MAIL,
    _HR_TEAM_OF,
    _NAME,
    _SUBJECT_SKIP,
    ORG_WORDS,
    SECOND_LEVEL,
    STREET,
    _whole_place,
    common_words_only,
    describes_company,
    domain_key,
    fold,
    is_city,
    is_department,
    place_like,
    split_domain,
    strip_legal,
)
from sidedoor.intake.textutil import literal_matches

#: the candidate that stands for "the message names no hiring company"
NONE = ""
#: intake asks the ranker only when this is true (its trainer turns it off: it learns from
#: what the rules alone find)
ENABLED = True

# (a run may hold "for": "Swiss Institute for Alpine Hydrology"; the rules' names may not)
_RUN = re.compile(_NAME.replace("|el|pour|", "|el|for|pour|"))
_CONNECTOR = re.compile(rf"(?:{_CONNECT}|for)$")
_LONGEST = 7  # words of a candidate: "Department of Energy and Climate Resilience"
_MAIL = re.compile(r"[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)")
_URL = re.compile(r"\b(?:https?://)?(?:www\.|careers\.|jobs\.)(?P<host>[\w-]+)\.[a-z]{2,}")
_WORD = re.compile(r"[\w'’&.-]+")
_POSSESSIVE_END = re.compile(r"['’]s$")
# whole words of a folded name or title (found by `literal_matches`)
_AFTER_SPACE = re.compile(r"(?<!\S)")
_BEFORE_SPACE = re.compile(r"(?!\S)")
_AT_END = re.compile(r"$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*[-*•✅👉]*\s*)$")
_CLOSING = re.compile(
    r"^(?:best|regards|kind regards|best regards|warm regards|cheers|thanks|thank you|many thanks"
    r"|sincerely|saludos|cordialmente|un saludo|mit freundlichen grüßen|viele grüße|beste grüße"
    r"|cordiali saluti|bien cordialement|cordialement|met vriendelijke groet|groet|groeten"
    r"|groetjes|atenciosamente"
    r"|abraços|pozdrawiam|hälsningar|mvh|talk soon|speak soon)\b[\w ,!.]*$",
    re.I,
)
_UNDISCLOSED = re.compile(
    r"\b(?:our client|my client|a client|the client|confidential|undisclosed|stealth|a leading"
    r"|a well[- ]known|a top|a global|a fast[- ]growing|a major|an? (?:[\w-]+ ){0,3}"
    r"(?:company|firm|startup|bank|insurer|group|brand|retailer|manufacturer|provider))\b",
    re.I,
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|hola|olá|ola|bonjour|hallo|hoi|ciao|cześć|hej|dag|beste|liebe|lieber"
    r"|estimad[oa]|prezad[oa]|caro|cara|gentile|geachte|szanown\w+|salut|bom dia|buongiorno"
    r"|grüß gott|grüezi|guten tag|sehr geehrte\w*|dzień dobry|god dag|hei|labas|laba diena|sveiki"
    r"|γεια|merhaba|xin chào|halo|selamat \w+|namaste|kia ora|sawasdee|salam|ahoj|zdravo"
    r"|sæl|sæll|sælir|góðan dag|dobrý den|dobry den|dobrý deň"
    # Dutch "Goedemorgen Jelle", "Goedemiddag", "Goedenavond"; "Good morning Tom"
    r"|goede(?:morgen|middag|navond)|good (?:morning|afternoon|evening)"
    # Malay "Hai Cik Aisyah"; Afrikaans "Haai Pieter", "Goeiemiddag Johan", "Môre Gert"
    r"|hai|haai|goeie(?:môre|more|middag|naand)|goeie dag|môre)\b",
    re.I,
)
# a writer saying who they are and where from, in Dutch and Afrikaans: "Ik ben Fatima El Amrani
# van", "Ek is Riana Smit van", "dis Anneke van", "My naam is Elmarie Botha van"
_SELF_VAN = re.compile(
    r"\b(?:[Ii]k ben|[Ee]k is|[Dd]is|[Mm]y naam is|[Mm]ijn naam is|[Hh]ier is|[Mm]et)"
    r" ([A-Z][a-z]+(?: (?:[A-Z][a-z]+|El|el))?(?: [A-Z][a-z]+)?) van (?=[A-Z])"
)
_PEOPLE_LINE = re.compile(
    r"\b(?:recruit\w*|talent|sourc\w*|HR|human resources|people|hiring|headhunter|consultant"
    r"|partner|acquisition|resourcer|advisor|manager|director|lead|head)\b",
    re.I,
)
# words just before a candidate that the features name (the rest are "other")
BEFORE = (
    "at", "join", "joining", "for", "with", "client", "of", "by", "from", "chez", "bei", "para",
    "per", "pour", "presso", "em", "na", "w", "in", "to", "is", "the", "and", "here", "we",
    "on", "de", "di", "da", "en", "behalf", "team", "company", "partner", "partnered", "la",
    "le", "no", "do", "dla", "voor", "bij", "för", "på", "hos", "an", "a",
)
_PEOPLE_WORD = re.compile(
    r"(?:recruit\w*|recrut\w*|reclut\w*|talent|sourcer|hr|rh|rrhh|headhunter|consultant\w*"
    r"|berater\w*|personal\w*|hiring|acquisition|partner)$"
)
_APPOSITIVE = re.compile(
    r"\s?[,(–—-]\s?(?:the|a|an|una|un|une|uma|um|ein|eine|einem|el|la|le|o|our|nuestra|notre)"
    r"\s[^,.;\n]{0,60}?\b(?:company|startup|start-up|scale-?up|firm|group|business|provider"
    r"|platform|leader|manufacturer|retailer|bank|insurer|consultancy|brand|marketplace|airline"
    r"|chain|hospital|charity|non-?profit|organi[sz]ation|studio|operator|maker|developer|agency"
    r"|empresa|entreprise|unternehmen|azienda|firma|société|compañía|companhia|grupo|groupe"
    r"|fintech|insurtech|healthtech|edtech|network|university|school|institute|lab)\b",
    re.I,
)
ROLE_WORD = re.compile(
    r"\b(?:engineer|developer|manager|director|lead|head|analyst|designer|scientist|recruiter"
    r"|specialist|consultant|architect|officer|coordinator|associate|intern|nurse|technician"
    r"|ingenieur|ingeniero|engenheiro|ingénieur|gerente|responsable|leiter|teamleiter|partner"
    r"|advisor|executive|assistant|administrator|accountant|controller|programmer)s?\b",
    re.I,
)
_TIME_WORD = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|q[1-4])$",
    re.I,
)
AFTER = (
    "is", "are", "has", "'s", "’s", "(", ",", "-", "–", "|", "team", "in", "and", "we", "the",
    "for", "is hiring", "to", "has", "who", "which", "as", ".", ":", "on", "(nyse", "a",
)


@dataclass
class Candidate:
    name: str
    features: dict[str, float] = field(default_factory=dict)
    start: int | None = None  # where the text names it first (None: only a domain spells it)
    end: int | None = None


_fold = lru_cache(maxsize=8192)(fold)


@lru_cache(maxsize=8192)
def _norm(name: str) -> str:
    text = fold(strip_legal(name))
    text = re.sub(r"\b(?:inc|ltd|limited|llc|gmbh|plc|corp|corporation|s\.?a|ag|bv|nv)\b\.?",
                  "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _runs(text: str) -> Iterable[tuple[str, int]]:
    """Each capitalised run, its beginnings and its ends of up to seven words ("Hi Arjun" ->
    "Arjun", "Ninja Van to" -> "Ninja Van"; no connector at an edge), with the run's start."""
    for match in _RUN.finditer(text):
        words = match.group("name").split(" ")
        spans = {(0, len(words))} if len(words) <= _LONGEST else set()
        for cut in range(1, len(words)):
            if cut <= _LONGEST:
                spans.add((0, cut))
            if len(words) - cut <= _LONGEST:
                spans.add((cut, len(words)))
        joint = [_CONNECTOR.fullmatch(word) is not None for word in words]
        for i, j in sorted(spans):
            if joint[i] or joint[j - 1]:
                continue
            name = " ".join(words[i:j]).strip(".,'’")
            if len(name) >= 2:
                yield name, match.start()


def mail_hosts(text: str, email: str | None) -> list[str]:
    """The labels of the sender's and the text's mail and web hosts ("acme-robotics"), free
    mail left out, first seen first."""
    hosts = [m.group("host").lower() for m in _MAIL.finditer(text)]
    hosts += [m.group("host").lower() for m in _URL.finditer(text)]
    if email and "@" in email:
        hosts.insert(0, email.split("@", 1)[1].lower())
    out = []
    for host in hosts:
        label = host.split(".")[0]
        if label in {"www", "careers", "jobs", "mail"} and host.count(".") > 1:
            label = host.split(".")[1]
        if label not in _FREE_MAIL and label not in SECOND_LEVEL and label not in out:
            out.append(label)
    return out


@dataclass
class Context:
    """What the features of every candidate of one message look at."""

    text: str
    pick: str | None = None  # the rules' company (a candidate like the others)
    recruiter_company: str | None = None
    agency: bool | None = None
    recruiter_name: str | None = None
    email: str | None = None
    title: str | None = None


_DESCRIBING_WORDS = (
    "leading", "top ", "large", "major", "reputed", "renowned", "well-known", "prestigious",
    "global", "growing", "listed", "established",
)
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:an?|one of the|one of our)\s(?:(?:leading|top|large|largest|major|reputed|renowned"
    r"|well-known|prestigious|global|fast-growing|growing|listed|established)\s){1,2}$",
    re.I,
)
_LEADING_BEFORE = re.compile(
    r"\b(?:Leading|Top|Reputed|Renowned|Prestigious|Large|Major|Global)\s(?:[A-Z][a-z]+\s)?$"
)
_STOP_FIRST = frozenset(
    re.findall(
        r"\S+",
        "i we you they he she it our my your this that these those ihr ihre unser unsere wir sie"
        " currently now today also actually please thanks dear hi hello chez bei presso",
    )
)
_EVENT = re.compile(
    r"[a-z]Con\b|\b(?:Summit|Meetup|Expo|Hackathon|Conference|Conf|Webinar|CMMI|ISO|Level)\b"
    # "YC W24": a Y Combinator batch; "Outside IR35": a UK tax rule
    r"|^S[eé]ries? [A-F]$|^YC [SWF]\d{2}$|\bIR35\b"
)
_ORG_WORDS_ONLY = re.compile(
    r"(?:(?:Luxury|Boutique|Premium|Leading|Private)\s)?"
    r"(?:(?:Resort|Resorts|Spa|Hotel|Hotels|Group|Holdings|Partners|Solutions|Services|Systems"
    r"|Technologies|Consulting|International|Global|Company|Co|Labs|Studios|Health|Care)"
    r"(?:\s(?:&|and|of)\s|\s)?)+"
)
_NOTICE_WORD = re.compile(
    r"(?i:vacatures?|vacancy|vacancies|opportunity|opportunities|opportunité|oportunidad"
    r"|oportunidade|vagas?|vacantes?|stellenangebot|urgent|urgente|hiring|re|fwd?|wg|aw"
    r"|invitation|einladung|invitación|convite|invito"
    # Afrikaans "Geleentheid –", "Vakature:", Malay "Peluang Kerjaya –", "Jawatan Kosong:"
    r"|geleentheid|vakature|peluang|jawatan)(?:\s|$)"
)
_THE_ANAPHOR = re.compile(
    r"The (?:Authority|Company|Firm|Bank|Group|Business|Organi[sz]ation|Council|Trust|Ministry"
    r"|Agency|Client|Board|University|Hospital|Practice|Studio|Fund|Institute|Foundation)"
)
_OFFICER_OF = re.compile(
    r"(?:The\s)?(?:CEO|CFO|CTO|COO|CIO|CHRO|CMO|Head|Director|VP|Chair|Chairman|President|Manager"
    r"|Dean|Board|Founder)\s(?:of|at|de|da|do|di|du|von|bei)\s"
)


def candidates(ctx: Context) -> list[Candidate]:
    """Every candidate name of the message with its features, "no company" (`NONE`) first."""
    text = ctx.text
    lines = text.split("\n")
    sig_from = _signature_start(lines)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    sig_offset = offsets[sig_from]
    hosts = mail_hosts(text, ctx.email)
    sender_host = ctx.email.split("@", 1)[1].split(".")[0].lower() if ctx.email and "@" in (
        ctx.email) else None
    names: dict[str, set[str]] = {}

    def add(name: str, origin: str) -> None:
        name = _POSSESSIVE_END.sub("", name.strip(" .,;:'’\"“”"))  # "Sao Mai Labs's team"
        if len(name) < 2:
            return
        bare = strip_legal(name)
        if bare != name:  # "Falcon & Pearl Insurance PJSC": the name, with a legal form
            names.setdefault(bare, set()).update((origin, "legal"))
        else:
            names.setdefault(name, set()).add(origin)

    for name, _ in _runs(text):
        add(name, "run")
    host_of: dict[str, str] = {}
    for host in hosts:
        spelled = split_domain(host, text)
        host_of.setdefault(spelled, host)
        add(spelled, "domain")
    if ctx.pick:
        add(ctx.pick, "pick")
    if ctx.recruiter_company:
        add(ctx.recruiter_company, "recruiter")

    undisclosed = bool(_UNDISCLOSED.search(text))
    low = text.lower()
    described = any(word in low for word in _DESCRIBING_WORDS)  # spares a search per name
    person = {w.lower() for w in (ctx.recruiter_name or "").split()}
    greeting = next((line for line in lines if _GREETING.match(line.strip())), "")
    greeted = {w.lower().strip(",!") for w in greeting.split()[1:3]}
    rec_n = _norm(ctx.recruiter_company) if ctx.recruiter_company else ""
    title_n = fold(re.sub(r"\s*\([^()]*\)", "", ctx.title or "")).strip()
    title_words = len(title_n.split())
    host_keys = {h.replace("-", "") for h in hosts}
    sender_key = (sender_host or "").replace("-", "")
    first_line_end = offsets[1]
    subject = text.startswith("Subject:")
    spot_facts: dict[int, _Spot] = {}  # what depends only on where a name stands
    # the words the unit and board patterns need: a text without them spares their search
    hints = (_UNIT_HINT.search(text) is not None, _BOARD_HINT.search(text) is not None)

    def spot(at: int) -> _Spot:
        known = spot_facts.get(at)
        if known is None:
            known = spot_facts[at] = _Spot(text, at, hints)
        return known

    out = [Candidate(NONE, {
        "none": 1.0,
        "none_undisclosed": float(undisclosed),
        "none_agency": float(bool(ctx.agency)),
    })]
    # one candidate per normalised name ("Acme GmbH" and "Acme" are one), its first spelling
    # with every origin of all its spellings
    merged: dict[str, tuple[str, set[str]]] = {}
    for name, origins in names.items():
        key = _norm(name)
        if not key:
            continue
        spelled, known = merged.get(key, (name, set()))
        merged[key] = (spelled, known | origins)
    salute = _salutation(lines, offsets)
    # "Ek is Riana Smit van Weskus Bulk Terminale": the writer's name is no part of the firm's
    people_of: tuple[str, ...] = ()
    if " van " in text:
        people_of = tuple(m.group(1) + " van " for m in _SELF_VAN.finditer(text))
    for key, (name, origins) in merged.items():
        if people_of and name.startswith(people_of):
            continue
        facts = _name_facts(name)
        if facts and facts[0][0] == _NEVER:
            continue  # "Hi Arjun", "Thursday", "SGD 9": never a company, not worth its features
        spots = _spots(text, name, 6)
        if origins <= {"run"} and not spots:
            continue  # "US Eastern 1" of "US Eastern 11am": not a whole name of the text
        if _OFFICER_OF.match(name):
            continue  # "CFO of Qasira Foods": a person's post, not a name
        if salute is not None and spots and all(at == salute for at in spots):
            continue  # "Cher Monsieur Lefèvre,", "Poštovani Edine,": the greeting, any language
        if name.split(" ", 1)[0].lower() in _STOP_FIRST:
            continue  # "Ihr Profil", "Currently Sao Mai Labs": a sentence's words
        if _THE_ANAPHOR.fullmatch(name):
            continue  # "The Authority is building …": the employer named before, by a common noun
        if _EVENT.search(name):
            continue  # "PyCon AU", "GopherCon ID", "CMMI Level": an event, a rating
        if origins <= {"run"} and _ORG_WORDS_ONLY.fullmatch(name):
            continue  # "Resort & Spa" of "Qasr Al Nakheel Resort & Spa": no name of its own
        if _NOTICE_WORD.match(name):
            continue  # "Vacatures Brouwerij Vandeputte": a subject's word, then the name
        if (
            described
            and spots
            and all(_DESCRIBED_BEFORE.search(text, max(0, at - 40), at) for at in spots)
        ):
            continue  # "one of the leading Housing Finance NBFC": a description
        if (
            described
            and spots
            and all(_LEADING_BEFORE.search(text, max(0, at - 30), at) for at in spots)
        ):
            continue  # "Leading Private Sector Bank" (a subject's): a description
        if origins <= {"run"} and _team_of(name):
            continue  # "Gestión Humana de Hoteles": a company's HR team, named before it
        if origins <= {"run"} and spots and _not_a_name_at(
            text, name, [spot(s) for s in spots]
        ):
            continue  # "Department of Chemical Engineering", "6 Supramax bulk carriers"
        words = name.split()
        folded = _fold(name) if title_n else ""
        if title_n and len(words) > title_words and folded.endswith(" " + title_n):
            continue  # "TS/SCI Systems Engineer": the job's title with a word before it
        if (
            title_n
            and len(words) > title_words
            and any(literal_matches(folded, title_n, _AFTER_SPACE, _BEFORE_SPACE))
        ):
            continue  # "SPS-Programmierer & Inbetriebnahmetechniker", "Hiring Data Engineer …"
        if len(words) > 1 and title_n and any(
            literal_matches(title_n, folded, _AFTER_SPACE, _AT_END)
        ):
            continue  # "Alimentos y Bebidas" of "Gerente de Alimentos y Bebidas"
        f: dict[str, float] = {"bias": 1.0}
        f["recruiter"] = float(key == rec_n)
        f["recruiter_agency"] = float(key == rec_n and bool(ctx.agency))
        f["recruiter_inhouse"] = float(key == rec_n and ctx.agency is False)
        f["from_domain"] = float("domain" in origins)
        f["only_domain"] = float(origins == {"domain"})
        if "legal" in origins:
            f["legal"] = 1.0
        if hosts:
            dkey = domain_key(name)
            f["sender_domain"] = float(dkey == sender_key)
            f["any_domain"] = float(dkey in host_keys)
        f.update(facts)
        # the words of the name and around it as features of their own ("last=conseil",
        # "w1=opdrachtgever"), learned where enough training messages have them
        f["last=" + _fold(words[-1])] = 1.0
        if len(words) > 1:
            f["first=" + _fold(words[0])] = 1.0
        lowered = [w.lower() for w in words]
        f["person"] = float(bool(person) and any(w in person for w in lowered))
        f["greeted"] = float(any(w in greeted for w in lowered))
        f["in_title"] = float(bool(title_n) and folded in title_n)
        f["count"] = math.log1p(len(spots))
        cand = Candidate(name, f)
        if spots:
            size = len(name)
            first = spots[0]
            cand.start, cand.end = first, first + size
            f["first_pos"] = first / max(1, len(text))
            f["in_first_line"] = float(first < first_line_end)
            f["in_subject"] = float(subject and first < first_line_end)
            f["in_signature"] = float(spots[-1] >= sig_offset)  # spots are in text order
            f["only_signature"] = float(first >= sig_offset)
            facts_at = [spot(s) for s in spots]
            f["sentence_start"] = float(all(sp.sentence_start for sp in facts_at))
            f["whole_line"] = float(any(
                sp.sentence_start and not text[sp.at + size:sp.at + size + 60].split("\n")[0]
                .strip(" .,")
                for sp in facts_at))
            f["after_people_line"] = float(any(sp.people_line for sp in facts_at[:3]))
            for sp in facts_at[:3]:
                f[sp.b1] = 1.0
                if sp.b2:
                    f[sp.b2] = 1.0
                end = sp.at + size
                nxt = _next_token(text[end:end + 20].lower())
                f["a1_" + (nxt if nxt in AFTER else "other")] = 1.0
                if sp.people_before:
                    f["people_before"] = 1.0
                if _APPOSITIVE.match(text, end):
                    f["appositive"] = 1.0
                f[sp.w1] = 1.0
                if sp.w2:
                    f[sp.w2] = 1.0
                f["n1=" + _fold(nxt)] = 1.0
        else:
            f["not_in_text"] = 1.0
            at = text.lower().find(host_of.get(name, "\0"))
            if at >= 0:  # the evidence is the domain that spells it ("harbourline-freight")
                cand.start, cand.end = at, at + len(host_of[name])
        out.append(cand)
    return out


class _Spot:
    """The facts of one place of the text where a candidate stands that do not depend on the
    candidate (several candidates begin at one place: "Ninja Van", "Ninja"), computed once."""

    __slots__ = (
        "_board",
        "_text",
        "_unit",
        "at",
        "b1",
        "b2",
        "people_before",
        "people_line",
        "sentence_start",
        "w1",
        "w2",
    )

    def __init__(self, text: str, at: int, hints: tuple[bool, bool] = (True, True)) -> None:
        self.at = at
        self._text = text
        self.sentence_start = _SENTENCE_START.search(text, max(0, at - 6), at) is not None
        self.people_line = _PEOPLE_LINE.search(_line_before(text, at)) is not None
        before = _WORD.findall(text[max(0, at - 40):at].lower())
        prev = before[-1] if before else "^"
        self.b1 = "b1_" + (prev if prev in BEFORE else "other")
        self.w1 = "w1=" + _fold(prev)
        self.w2 = "w2=" + _fold(" ".join(before[-2:])) if len(before) >= 2 else ""
        self.b2 = ""
        if len(before) >= 2:
            pair = " ".join(before[-2:])
            if pair in _PAIRS:
                self.b2 = "b2_" + pair
        self.people_before = any(_PEOPLE_WORD.match(w) for w in before[-3:])
        self._unit: bool | None = None if hints[0] else False
        self._board: bool | None = None if hints[1] else False

    @property
    def unit_before(self) -> bool:
        if self._unit is None:
            at = self.at
            self._unit = _UNIT_BEFORE.search(self._text, max(0, at - 30), at) is not None
        return self._unit

    @property
    def board_before(self) -> bool:
        if self._board is None:
            at = self.at
            self._board = _BOARD_BEFORE.search(self._text, max(0, at - 40), at) is not None
        return self._board


# what comes before a unit's field, not a company: "Department of Chemical Engineering",
# "Facultad de Medicina", "School of Nursing"
_UNIT_BEFORE = re.compile(
    r"(?:Department|Dept\.?|Faculty|School|Division|Directorate|Chair|Departamento|Departament"
    r"|Département|Dipartimento|Facultad|Faculté|Facoltà|Faculdade|Fakultät|Lehrstuhl|Abteilung"
    r"|Escuela)\s(?:of|for|de|do|da|di|du|des|für|d['’])\s?(?:the\s)?$"
)
# a place the candidate's profile was seen, not an employer: "your profile on Jobsite",
# "found your CV via Workhub"
_BOARD_BEFORE = re.compile(
    r"\b(?:profile|cv|cvs|resume|résumé|posting|post|listing|ad|advert)\s(?:on|via|at|from|in)"
    r"\s$|\b(?:found|saw|spotted|noticed|came across)\s(?:you|your\s\w+)\s(?:on|via)\s$",
    re.I,
)
# what the two patterns above cannot match without (searched once a message; no word
# boundaries, so it finds at least what the patterns' windows find)
_UNIT_HINT = re.compile(
    r"Department|Dept|Faculty|School|Division|Directorate|Chair|Departament|Département"
    r"|Dipartimento|Facultad|Faculté|Facoltà|Faculdade|Fakultät|Lehrstuhl|Abteilung|Escuela"
)
_BOARD_HINT = re.compile(
    r"(?:profile|cv|cvs|resume|résumé|posting|post|listing|ad|advert|found|saw|spotted|noticed"
    r"|came across)\s",
    re.I,
)
# a count before a capitalised word and a noun: "a fleet of 6 Supramax bulk carriers"
_COUNTED = re.compile(r"\d{1,4}\s")
# words that follow a company's name as its verb or a joint, not a counted noun's head
_AFTER_NAME = frozenset(
    re.findall(
        r"\w+",
        "is are was were has have had and or in at on of for to the a an with from by as that"
        " which who will would can could may must should its",
    )
)


def not_a_name_here(text: str, name: str, spots: list[int] | None = None) -> bool:
    """The text writes the run only where it names no company: a unit's field after "Department
    of", a job board after "your profile on", a count with its noun ("6 Supramax bulk
    carriers"). ``spots``: where the text names it (`_spots`), when known."""
    spots = _spots(text, name, 6) if spots is None else spots
    if not spots:
        return False
    return _not_a_name_at(text, name, [_Spot(text, s) for s in spots])


def _not_a_name_at(text: str, name: str, spots: list[_Spot]) -> bool:
    """`not_a_name_here` on the (non-empty) facts of the name's places."""
    if all(sp.unit_before for sp in spots):
        return True
    if all(sp.board_before for sp in spots):
        return True
    if _COUNTED.match(name):
        size = len(name)
        after = [_WORD.match(text, sp.at + size + 1) for sp in spots]
        return all(
            text[sp.at + size : sp.at + size + 1] == " "
            and word is not None
            and word.group(0)[:1].islower()
            and word.group(0) not in _AFTER_NAME
            for sp, word in zip(spots, after, strict=True)
        )
    return False


_BRANDISH = re.compile(r"[a-z][A-Z]|\.(?:ai|io|com|co|app|net)$")


@lru_cache(maxsize=8192)
def _team_of(name: str) -> bool:
    """The name begins with a company's team and a joint: "Recursos Humanos de X"."""
    return _HR_TEAM_OF.match(name) is not None


# what a company's name never is: an amount ("CHF 140'000", "SGD 9"), a phone number
_AMOUNT = re.compile(r"^\W*(?:[A-Z]{3}|[$€£¥₹])\s?\d")


def plausible_name(name: str) -> bool:
    """Not an amount of money, nor mostly digits ("(330) 555-0182"), nor a bracketed aside
    ("(she/her)")."""
    letters = sum(c.isalpha() for c in name)
    return (
        not _AMOUNT.match(name)
        and not name.startswith("(")
        and letters >= 2
        and sum(c.isdigit() for c in name) <= letters
    )


_NEVER = "never"  # the fact that rules a name out before its features are computed
# a German noun in the genitive that describes an unnamed employer ("eines
# Familienunternehmens der Lebensmittelindustrie", "eines führenden Herstellers")
_GERMAN_DESCRIPTION = re.compile(
    r"\w*(?:unternehmens|herstellers|konzerns|anbieters|dienstleisters|händlers|betriebs"
    r"|zulieferers|marktführers)",
    re.I,
)
# contract words: Brazil's "PJ" and "CLT", France's "CDI", a US "C2C" or "W2" rate, "Freelance"
_CONTRACT_WORDS = frozenset(
    ["pj", "clt", "cdi", "cdd", "c2c", "c2h", "w2", "1099", "freelance", "freelancer", "fte", "ctc"]
)


@lru_cache(maxsize=8192)
def _name_facts(name: str) -> tuple[tuple[str, float], ...]:
    """The features of a name that do not depend on the message (names recur: "Hi", "Best")."""
    words = name.split()
    if STREET.match(name):
        return ((_NEVER, 1.0),)  # "Av" of "Av. de la Gare 10", "Rue de Carouge 48": an address
    if bool(_GREETING.match(name)) or any(_TIME_WORD.match(w) for w in words):
        return ((_NEVER, 1.0),)
    if any(w.lower() in _CONTRACT_WORDS for w in words):
        return ((_NEVER, 1.0),)  # "Alocação PJ", "Freelance SAP": how one is hired, not by whom
    if describes_company(name):
        return ((_NEVER, 1.0),)  # "Fortune 500 Insurance", "Polish": a description
    if all(w.lower().strip(",.:") in _SUBJECT_SKIP for w in words):
        return ((_NEVER, 1.0),)  # a subject's "Vertrauliche Anfrage", "Urgent Opening"
    if _GERMAN_DESCRIPTION.fullmatch(words[0]) or (
        len(words) > 2 and words[0].endswith("ung") and words[1] in {"von", "der", "des"}
    ):  # (or an action: "Einführung von SAP Analytics Cloud")
        return ((_NEVER, 1.0),)  # "im Auftrag eines … Familienunternehmens der …": described
    if not plausible_name(name):
        return ((_NEVER, 1.0),)
    facts = {
        "words1": len(words) == 1,
        "words2": len(words) == 2,
        "words3+": len(words) >= 3,
        "all_caps": name.isupper() and len(name) > 1,
        "digit": any(c.isdigit() for c in name),
        "org_word": bool(ORG_WORDS.search(name)),
        "agency_name": is_agency_name(name),
        "city": is_city(name),
        "place_whole": _whole_place(name),
        "place": place_like(name),
        "common": common_words_only(name),
        "department": is_department(name),
        "greeting_first": bool(_GREETING.match(name)),
        "role_word": bool(ROLE_WORD.search(name)),
        "time_word": any(_TIME_WORD.match(w) for w in words),
        "brandish": any(c.isdigit() for c in name) or bool(_BRANDISH.search(name)),
        "common_first": common_words_only(words[0]),
    }
    return tuple((k, float(v)) for k, v in facts.items() if v)


_HEADER_LINE = re.compile(r"[^\W\d_]{2,12} ?:")  # "Subject:", "Objet :", "Predmet:", "Asunto:"


def _salutation(lines: list[str], offsets: list[int]) -> int | None:
    """Where the greeting line starts: the message's first line (after its subject) when it
    is a few words ending in a comma, in whatever language ("Cher Monsieur Lefèvre,")."""
    seen = 0
    for i, line in enumerate(lines):
        bare = line.strip()
        if not bare:
            continue
        seen += 1
        if seen == 1 and _HEADER_LINE.match(bare):
            continue
        if (
            bare.endswith(",")
            and len(bare.split()) <= 4
            and not any(c.isdigit() for c in bare)
        ):
            return offsets[i] + len(line) - len(line.lstrip())
        return None
    return None


def _spots(text: str, name: str, most: int = 12) -> list[int]:
    """Where the text names `name` as a whole word (at most `most` places)."""
    out: list[int] = []
    at = text.find(name)
    while at >= 0 and len(out) < most:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            out.append(at)
        at = text.find(name, at + 1)
    return out


_PAIRS = frozenset([
    "client is", "behalf of", "manager at", "hr of", "work for", "working with", "here at",
    "we at", "us at", "team at", "role at", "position at", "opportunity at", "career at",
    "careers at", "recruiting for", "hiring for", "looking for", "partner with", "partnered with",
    "client,", "retained by", "join the", "part of", "role with", "position with", "engaged by",
    "recruiter at", "recruiter with", "acquisition at", "lead at", "partner at",
])


def _next_token(rest: str) -> str:
    rest = rest.lstrip(" ")
    if rest.startswith("is hiring"):
        return "is hiring"
    if rest.startswith("(nyse"):
        return "(nyse"
    if not rest:
        return "$"
    match = _WORD.match(rest)
    if match:
        return match.group(0)
    return rest[0]


def _line_before(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at)
    if start <= 0:
        return ""
    prev = text.rfind("\n", 0, start)
    return text[prev + 1:start]


def _signature_start(lines: list[str]) -> int:
    """The first line of the signature: after the last closing ("Best,", "Cordialement"), else
    the last three lines."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 15), -1):
        if _CLOSING.match(lines[i].strip()):
            return i + 1
    return max(0, len(lines) - 3)


# --- scoring ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    data = resources.files("sidedoor.intake.extract").joinpath("company_rank.json")
    loaded: dict[str, float] = json.loads(data.read_text("utf-8"))["weights"]
    return loaded


def score(candidate: Candidate, weights: dict[str, float] | None = None) -> float:
    w = _weights() if weights is None else weights
    return sum(w.get(name, 0.0) * value for name, value in candidate.features.items())


#: how much the best name must score above "no company named" to be taken (chosen on the
#: leave-one-set-out figures of train_company.py: names the rules found nothing for are
#: often undisclosed clients)
MARGIN = 0.5


def best(
    ctx: Context,
    weights: dict[str, float] | None = None,
    offered: list[Candidate] | None = None,
) -> Candidate | None:
    """The ranker's company (None: the message names none, or none clearly enough).
    `offered`: the candidates when already computed (else those of `ctx`)."""
    pool = candidates(ctx) if offered is None else offered
    scored = [(score(c, weights), c) for c in pool]
    none = next(s for s, c in scored if c.name == NONE)
    named = [(s, c) for s, c in scored if c.name != NONE]
    if not named:
        return None
    top_score, top = max(named, key=lambda sc: sc[0])
    return top if top_score - none > MARGIN else None
