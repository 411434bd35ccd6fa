"""The hiring company, agency vs in-house, company size and industry where stated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sidedoor.intake.extract.agency import is_agency_name
from sidedoor.intake.textutil import Lower, lowered


def _words(text: str) -> list[str]:
    return text.split()


# upper-case letters, accented ones too ("Škoda", "Ørsted", "Élysée")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# a capitalised word (or one with a digit first: "3M", "7-Eleven"), a lower-case brand with
# an inner capital ("iFood", "eBay") or with its web domain as its name ("monday.com"); a full
# stop belongs to a word only inside ("Node.js", "Booking.com") or after St/Mt ("St. Mary's")
_W = (
    rf"(?!I\b|I'|I’|We\b|You\b)(?:[{UPPER}0-9]|[a-z]{{1,2}}(?=[{UPPER}][a-z])"
    r"|[a-z][a-z0-9-]+(?=\.(?:com|io|ai|co|app|net)\b))"
    r"(?:[\w&'’+-]|\.(?=\w)|(?<=\bSt)\.|(?<=\bMt)\.)*"
)
# lower-case words inside names: "Bank of X", "Banco do Brasil", "Cassa di Risparmio", "van Oord"
_CONNECT = r"(?:&|of|and|the|für|de|del|della|di|do|da|dos|das|du|des|van|von|der|den|y|e)"
# legal forms that a capitalised-word run does not take in whole ("Sp. z o.o.", "(Pty) Ltd")
_LEGAL_SPACED = (
    r"(?:Sp\.[ ]z[ ]o\.[ ]?o\.?|\(Pty\)[ ]Ltd\.?|S\.[ ]?A\.[ ]de[ ]C\.[ ]?V\.?|Co\.,[ ]Ltd\.?)"
)
_NAME = (
    rf"(?P<name>{_W}(?:[ ]{_LEGAL_SPACED}(?!\w)"
    rf"|[ ](?:{_W}|{_CONNECT})(?=[ ]?{_W}|$|[ ,.;:!?\n)]))*)"
)
# a legal form at the end of a name: "GmbH", "S.p.A.", "K.K.", "Pty Ltd", "Sp. z o.o." …
LEGAL_FORM = re.compile(
    rf"[ ,](?:{_LEGAL_SPACED}|Pty\.?[ ]Ltd\.?|S\.[ ]?p\.[ ]?A\.?|SpA|S\.A\.?(?:S\.?)?|SAS|S\.L\.?"
    r"|S\.r\.l\.?|Srl|K\.K\.?|G\.K\.?|B\.V\.?|N\.V\.?|Inc\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP"
    r"|GmbH(?:[ ]&[ ]Co\.[ ]KG)?|AG|AB|SE|plc|PLC|Oy|A/S|ASA|Corp\.?|Corporation)$"
)
_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (
        6,
        re.compile(
            rf"(?:^|\n)\s*(?:Company|Employer|Organi[sz]ation|Hiring company|Client|Arbeitgeber"
            rf"|Unternehmen|Hiring organi[sz]ation)\s*[:\-–]\s*{_NAME}",
            re.I,
        ),
    ),
    (5, re.compile(rf"\bon behalf of (?:my client,? |our client,? )?{_NAME}")),
    (5, re.compile(rf"\b(?:[Mm]y|[Oo]ur) client,? {_NAME}")),
    # "partnering with Lumen Health, a 400-person…", "I'm working with Saltmarsh on a search"
    (
        5,
        re.compile(
            rf"(?P<lead>\b(?:[Pp]artner(?:ing|ed)?|[Ww]ork(?:ing)?|[Tt]eam(?:ing|ed)? up) with"
            rf"|\b(?:[Rr]ecruit(?:ing)?|[Hh]iring|[Ss]earch(?:ing)?) for|\b[Rr]epresent(?:ing)?"
            rf"|\b(?:[Ee]ngaged|[Rr]etained|[Mm]andated) by"
            rf"|\b(?:[Aa]ssist(?:ing)?|[Ss]upport(?:ing)?|[Hh]elp(?:ing)?)(?=\s[{UPPER}0-9]))"
            rf"\s(?:the\s)?{_NAME}"
            r"(?=(?:'s|’s)\s|,\s(?:a|an|the|who|which|one|one of)\s"
            r"|\s(?:on|to|who|as|in|for|with)\s)"
        ),
    ),
    # German: "Recruiterin am Universitätsklinikum Freiburg", "im Klinikum Nürnberg"
    (
        4,
        re.compile(
            rf"\b(?:am|im|an der|beim|bei der|vom|für das|für die)\s(?=(?:Universitätsklinikum"
            rf"|Uniklinikum|Universitätsklinik|Klinikum|Krankenhaus|Klinik|Kliniken|Universität"
            rf"|Hochschule|Städtischen|Evangelischen|Katholischen|Charité)\b){_NAME}"
        ),
    ),
    (
        4,
        re.compile(
            rf"\b(?:Recruiter(?:in)?|Personalreferent(?:in)?|HR[- ]Business[- ]Partner(?:in)?)"
            rf"\s(?:am|im|beim|bei(?: der| dem)?|an der)\s{_NAME}"
        ),
    ),
    (
        4,
        re.compile(
            rf"\b(?:role|position|opening|opportunity|vacancy|team|seat|job|roles|positions"
            rf"|openings)\s(?:at|with)\s{_NAME}"
        ),
    ),
    # "we're filling a Registered Nurse role in theatres at St Vincent's Hospital"
    (
        3,
        re.compile(
            r"\b(?:role|position|opening|vacancy|job)\s"
            rf"(?P<far>(?:in|on|within|for)\s[\w -]{{2,30}}?\s)(?:at|with)\s{_NAME}"
        ),
    ),
    (
        4,
        re.compile(
            rf"\b{_NAME}\s(?:is|are)\s(?:hiring|looking|growing|expanding|seeking|recruiting"
            rf"|building|scaling|opening)\b"
        ),
    ),
    (
        3,
        re.compile(
            rf"\b(?:[Jj]oin(?:ing)?|[Hh]ere at|[Ww]e at|[Tt]eam at|[Rr]ecruiting (?:for|at)"
            rf"|[Hh]iring (?:for|at))\s(?:the\s(?:[a-z]+\s)?team\sat\s)?{_NAME}"
        ),
    ),
    (3, re.compile(rf"(?:^|\n)About\s(?:us\s?[:\-–]\s?)?{_NAME}\s*\n")),
    (2, re.compile(rf"(?:^|\n)\s*{_NAME}\s+(?:is|are)\s(?:a|an|the|one of)\b")),
    (3, re.compile(rf"\b[Aa]t {_NAME}, (?:we|our)\b")),
    (3, re.compile(rf"\b(?:[Ww]e(?:'re| are)) {_NAME}, (?:a|an|the)\b")),
)
_TITLE_AT = re.compile(rf"\s*(?:at|@|bei)\s+{_NAME}")
_STOP = frozenset(
    _words(
        """
        i we you they he she it the our my your this that these those hi hello dear monday
        tuesday wednesday thursday friday saturday sunday january february march april may june
        july august september october november december linkedin remote hybrid onsite us uk eu a
        an if as senior junior role position team company client job opportunity please thanks
        best regards email phone mobile salary benefits location full part contract permanent
        google meet zoom teams calendly
        """
    )
)
_GENERIC = frozenset(
    _words(
        """
        fintech startup start-up scale-up scaleup remote hybrid onsite on-site contract
        permanent full-time part-time perm temp saas healthtech insurtech proptech edtech
        biotech healthcare confidential undisclosed stealth tbc tbd n/a various multiple global
        ai ml
        """
    )
)
_COUNT = r"~?\d{1,3}(?:[,.]\d{3})+\+?|~?\d+\+?"
_SIZE = re.compile(
    rf"(?<![\w.,])(?P<size>(?:{_COUNT})-(?:person|people|employee|strong|member|staff)"
    rf"|(?:{_COUNT})(?:\s?(?:-|–|to)\s?(?:{_COUNT}))?\s(?:employees|people|(?-i:staff)|team"
    r" members|colleagues|mitarbeiter(?:innen|\*innen|:innen|n|nde|nden)?|beschäftigten?)\b)"
    rf"|\bteam of (?P<team>{_COUNT})(?![\w.,])"
    r"|(?P<label>\b(?:seed[- ]stage|series [a-f]|pre-ipo|fortune \d{2,3}|ftse \d{2,3}|dax"
    r"|startup|start-up|scale-?up|sme|family[- ]owned|publicly traded|nasdaq-listed"
    rf"|nyse-listed)\b(?:\s(?:[\w-]+\s)?(?:of|with)\s(?:{_COUNT})(?![\w.,])"
    r"(?:\s(?:people|employees|staff))?)?)",
    re.I,
)
INDUSTRIES: dict[str, str] = {
    "fintech": r"fin-?tech|payments? (?:company|platform|startup)|neobank|digital bank",
    "banking": r"\bbank(?:ing)?\b|investment bank|hedge fund|asset manag\w+|trading firm|capital"
    r" markets|private equity",
    "insurance": r"\binsur(?:ance|tech|er)\b",
    "healthcare": r"hospital|health ?care|clinic|\w*klinik|\w*krankenhaus|nhs trust|medical"
    r" cent(?:er|re)|patient care",
    "biotech_pharma": r"biotech|pharma\w*|life sciences",
    "software": r"\bsaas\b|software (?:company|house|vendor)|b2b software|developer tools|cloud"
    r" platform",
    "ecommerce_retail": r"e-?commerce|online retail|\bretail(?:er)?\b|marketplace",
    "construction": r"construction|general contractor|commercial build|civil works",
    "manufacturing": r"manufactur\w+|factory|production plant",
    "energy": r"\benergy\b|oil (?:and|&) gas|renewables?|utilit(?:y|ies)|solar|wind farm|oilsands"
    r"|oil sands",
    "mining": r"\bmining\b|\bmine site\b",
    "logistics": r"logistics|supply chain|freight|shipping|warehous\w+",
    "education": r"\bschool\b|universit(?:y|ies)|education|edtech|college",
    "government": r"government|public sector|federal agency|council\b|civil service",
    "consulting": r"consultancy|consulting firm|professional services|big four|big 4",
    "media_gaming": r"\bmedia\b|gaming|game studio|entertainment|publishing",
    "telecom": r"telecom\w*|\btelco\b|mobile network",
    "automotive": r"automotive|\bcar maker\b|electric vehicles?|\bev\b",
    "aerospace_defense": r"aerospace|defen[cs]e",
    "real_estate": r"real estate|property (?:company|developer)|proptech",
    "hospitality": r"hospitality|hotel|restaurant",
    "legal": r"law firm|legal services",
    "cybersecurity": r"cyber ?security|infosec",
    "ai_ml": r"\bai\b (?:company|startup|lab)|machine learning (?:company|startup)|\bllm\b",
    "it_services": r"it services|outsourcing|it consulting|systems integrator|\bgcc\b|global"
    r" capability cent(?:er|re)",
    "saas_sales": r"\bsaas sales\b",
}
_INDUSTRY_RE = [(name, re.compile(p, re.I)) for name, p in INDUSTRIES.items()]
# Each industry phrase starts a word: the look-behind lets the engine skip the insides of
# words quickly (5x faster than trying every alternative at every position).
_INDUSTRY_ALL = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{p})" for name, p in INDUSTRIES.items()) + ")"
)


@dataclass
class Finding:
    value: str
    start: int
    end: int
    score: int = 0


_POSSESSIVE_NAMES = frozenset(["Children", "Women", "Men", "People", "Veterans", "Workers"])


_LEGAL_END = re.compile(rf"^(.+?[ ]{_LEGAL_SPACED})(?![\w])")


def clean_name(raw: str) -> str | None:
    legal = _LEGAL_END.match(raw)  # "Finova Sp. z o.o.": its full stops end no sentence
    name = legal.group(1) if legal else re.split(r"[.,;:!?]\s|\s[-–—|·•]\s", raw)[0]
    name = name.strip(" .,;:'’-–")
    name = re.sub(
        r"\s+(?:Talent Acquisition|Talent Team|Recruiting Team|Recruitment Team|HR Team|HR"
        r"|People Team|Careers)$",
        "",
        name,
    )
    # "Acme's payments team", "BHP's Western Australia Iron Ore"; not "Children's Hospital"
    for match in re.finditer(r"(\w+)(?:'s|’s)\b", name):
        if match.group(1) not in _POSSESSIVE_NAMES and not re.search(
            r"\b(?:St\.?|Saint)\s$", name[: match.start()]
        ):
            name = name[: match.start(1) + len(match.group(1))]
            break
    words = name.split()
    while words and re.fullmatch(_CONNECT, words[-1].lower()):
        words.pop()
    if not words or words[0].lower() in _STOP or len(" ".join(words)) < 2:
        return None
    joined = " ".join(words)
    if joined.lower() in _GENERIC or any(p.fullmatch(joined) for _, p in _INDUSTRY_RE):
        return None
    return joined


_FIRST_PERSON = re.compile(
    r"(?:\bI'?m|\bI am|\bwe'?re|\bwe are|\bI'?ve been|currently)\s(?:\w+\s)?$", re.I
)


# Words one of which must be in the (lower-cased) text for the pattern at the same index in
# _PATTERNS to match: a cheap pre-check; None = always run.
_VERB_GATE = ("is", "are")
_GATES: tuple[tuple[str, ...] | None, ...] = (
    ("company", "employer", "organi", "client", "arbeitgeber", "unternehmen"),
    ("behalf",),
    ("client",),
    (
        "partner",
        "work",
        "team",
        "recruit",
        "hiring",
        "search",
        "represent",
        "engaged",
        "retained",
        "mandated",
    ),
    (
        "klinik",
        "krankenhaus",
        "universit",
        "hochschule",
        "charité",
        "städtisch",
        "evangelisch",
        "katholisch",
    ),
    ("recruiter", "personalreferent", "business"),
    None,
    ("role", "position", "opening", "vacancy", "job"),
    _VERB_GATE,
    ("join", "here at", "we at", "team at", "recruiting ", "hiring "),
    ("about",),
    None,
    (", we", ", our"),
    ("we're", "we are", "we’re"),
)
# "… is hiring": the verb phrase is found first (fast), the name just before it.
_HIRING_VERB = Lower(
    r"(?:is|are)\s(?:hiring|looking|growing|expanding|seeking|recruiting|building|scaling"
    r"|opening)\b"
)


def _any_in(low: str, words: tuple[str, ...], start: int, end: int) -> bool:
    for word in words:  # noqa: SIM110 - a plain loop: any() with a generator is slower here
        if low.find(word, start, end) >= 0:
            return True
    return False


def _candidates(
    pattern: re.Pattern[str], text: str, start: int, end: int, verb_first: bool
) -> Iterator[re.Match[str]]:
    if not verb_first:
        yield from pattern.finditer(text, start, end)
        return
    for verb in _HIRING_VERB.finditer(text, start, end):
        match = pattern.search(text, max(start, verb.start() - 100), verb.end())
        if match:
            yield match


def find_company(
    text: str, start: int = 0, end: int | None = None, *, exclude: tuple[int, int] | None = None
) -> Finding | None:
    """The hiring company named in text[start:end] (highest-priority pattern, earliest)."""
    end = len(text) if end is None else end
    best: Finding | None = None
    low = lowered(text)
    for (score, pattern), gate in zip(_PATTERNS, _GATES, strict=True):
        if best is not None and score <= best.score:
            continue  # cannot win
        if gate is not None and not _any_in(low, gate, start, end):
            continue
        for match in _candidates(pattern, text, start, end, gate is _VERB_GATE):
            s = match.start("name")
            if exclude and exclude[0] <= s < exclude[1]:
                continue
            name = clean_name(match.group("name"))
            if name is None or (score < 6 and is_agency_name(name)):
                continue  # the recruiter's agency is not the hiring company
            if match.groupdict().get("far") and _is_place(name):
                continue  # "a role in theatres at Brisbane Airport"
            lead = match.groupdict().get("lead")
            if lead and re.search(r"\byou", text[max(start, match.start() - 25) : match.start()]):
                continue  # "your work with Kafka on…"
            if (
                lead
                and lead.lower().startswith("work")
                and not _FIRST_PERSON.search(text, max(start, match.start() - 20), match.start())
            ):
                continue
            if best is None or score > best.score:
                best = Finding(name, s, s + len(name), score)
            break
    return best


def _is_place(name: str) -> bool:
    from sidedoor.intake.extract.locations import find_locations

    return bool(find_locations(name))


def company_after_title(text: str, title_end: int, limit: int) -> Finding | None:
    """ "Senior Engineer at Stripe" / "Nurse – Charité": the company just after a title."""
    match = _TITLE_AT.match(text, title_end, min(limit, title_end + 80))
    if not match:
        return None
    name = clean_name(match.group("name"))
    if name is None:
        return None
    from sidedoor.intake.extract.locations import find_locations

    if find_locations(name):
        return None
    s = match.start("name")
    return Finding(name, s, s + len(name), 4)


_NEAR_SKIP = re.compile(
    r"^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|permanent|contract\w*|temporary"
    r"|festanstellung|vollzeit"
    r"|teilzeit|posted|apply|new|urgent|featured|sponsored|\d|[$£€₹]|up to|salary|job|jobs)\b",
    re.I,
)


def company_near_title(text: str, title_end: int) -> Finding | None:
    """A posting's company on the lines under its heading ("Infosys | 5-10 Yrs")."""
    from sidedoor.intake.extract.locations import find_locations

    line_end = text.find("\n", title_end)
    pos = len(text) if line_end < 0 else line_end + 1
    for _ in range(2):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        posted = re.search(rf"\b(?:[Pp]osted by|[Ee]mployer:?|[Cc]ompany:?)\s+{_NAME}", line)
        if posted:
            name = clean_name(posted.group("name"))
            if name:
                s = pos + posted.start("name")
                return Finding(name, s, s + len(name), 5)
        for chunk in re.finditer(r"[^|·•,–—]+", line):
            raw = chunk.group(0).strip()
            if (
                not raw
                or _NEAR_SKIP.match(raw)
                or not raw[0].isupper()
                or (raw.isupper() and len(raw) <= 3)
            ):
                continue
            places = find_locations(raw)
            if places:
                raw = raw[: places[0].start].strip()
                if not raw:
                    continue
            if re.search(r"\d", raw) or len(raw) > 60:
                continue
            name = clean_name(raw)
            if name and len(name.split()) <= 6:
                s = pos + chunk.start() + chunk.group(0).find(name)
                return Finding(name, s, s + len(name), 4)
            break
        pos = end + 1
        if pos >= len(text):
            break
    return None


def find_company_size(text: str, start: int = 0, end: int | None = None) -> Finding | None:
    end = len(text) if end is None else end
    for match in _SIZE.finditer(text, start, end):
        value = match.group("size") or match.group("team") or match.group("label")
        if value is None:
            continue
        following = text[match.end() : match.end() + 20].lower()
        if match.group("size") and re.match(r"^\s*(?:who|you|will|in your)", following):
            continue
        preceding = text[max(start, match.start() - 12) : match.start()].lower()
        if match.group("size") and re.search(r"\b(?:lead|manage|managing|leading)\s$", preceding):
            continue  # "you'll lead 12 people": a team the hire runs, not the company
        return Finding(match.group(0).strip(), match.start(), match.end())
    return None


def find_industry(text: str, start: int = 0, end: int | None = None) -> Finding | None:
    end = len(text) if end is None else end
    low = text.lower()
    if len(low) != len(text):
        return None
    match = _INDUSTRY_ALL.search(low, start, end)
    if match is None or match.lastgroup is None:
        return None
    return Finding(match.lastgroup, match.start(), match.end())


# words that make a subject-line part something other than a company name
_SUBJECT_SKIP = frozenset(
    _words(
        """
        opportunity opportunities role roles position positions job jobs vacancy vacancies opening
        openings urgent exciting new confidential hiring immediate start contract permanent perm
        remote hybrid onsite on-site interview quick question chat your you re fwd fw invitation
        """
    )
)


def company_in_subject(
    text: str, subject: tuple[int, int], title: tuple[int, int] | None = None
) -> Finding | None:
    """ "Subject: Logistics Planner - DHL Supply Chain - Łódź", "Nomura - Credit Risk Analyst":
    a part of a subject line split by dashes or bars that is a name and not the title, a place,
    an industry or pay. A last part needs two words (a lone last word is more often a town)."""
    from sidedoor.intake.extract.agency import is_agency_name
    from sidedoor.intake.extract.locations import find_locations
    from sidedoor.intake.extract.title import find_titles

    start, end = subject
    parts = [
        (m.start(), m.end())
        for m in re.finditer(r"[^|–—]+?(?=\s[-–—|]\s|\s?\|\s?|$)", text[start:end])
        if m.group(0).strip(" -")
    ]
    if len(parts) < 2:
        return None
    for index, (a, b) in enumerate(parts):
        a, b = start + a, start + b
        raw = text[a:b].strip(" -")
        if title and a <= title[0] < b:
            continue
        words = raw.split()
        if (
            not raw[:1].isupper()
            or re.search(r"\d|[$£€¥₹]", raw)
            or any(w.lower().strip(",.!?:") in _SUBJECT_SKIP | _GENERIC for w in words)
            or re.search(r"\w-(?:backed|funded|stage|based|led|owned|listed)\b", raw, re.I)
            or find_titles(raw)
            or find_locations(raw)
            or (index == len(parts) - 1 and len(words) < 2 and not LEGAL_FORM.search(" " + raw))
        ):
            continue
        name = clean_name(raw)
        if name is None or is_agency_name(name) or len(name.split()) > 5:
            continue
        if not all(w[:1].isupper() or re.fullmatch(_CONNECT, w) for w in name.split()):
            continue
        s = text.find(name, a, b + 1)
        return Finding(name, s, s + len(name), 1)
    return None


# a company's own careers site or job board page: "careers.hawkins.co.nz", "acme.com/careers",
# "jobs.lever.co/acme"
_CAREERS_URL = re.compile(
    r"(?<![\w.@/])(?:https?://)?(?:"
    r"(?:jobs\.lever\.co|(?:job-)?boards\.greenhouse\.io|jobs\.ashbyhq\.com|apply\.workable\.com"
    r"|jobs\.smartrecruiters\.com)/(?P<board>[\w-]{2,40})"
    r"|(?:careers|jobs|join|work|karriere|carreiras|empleo)\.(?P<sub>[a-z0-9-]{2,40})\.[a-z]{2,6}"
    r"|(?:www\.)?(?P<path>[a-z0-9-]{2,40})\.[a-z]{2,6}(?:\.[a-z]{2})?/(?:careers|jobs|karriere)\b"
    r")",
    re.I,
)
_URL_GATE = (
    "careers",
    "jobs",
    "join.",
    "work.",
    "karriere",
    "carreiras",
    "empleo.",
    "lever.co",
    "greenhouse.io",
    "ashbyhq",
    "workable",
)
_BOARD_HOSTS = frozenset(_words("linkedin indeed glassdoor seek reed totaljobs stepstone monster"))


def company_from_url(text: str, start: int = 0, end: int | None = None) -> Finding | None:
    """The company whose careers site or job-board page the text links to."""
    end = len(text) if end is None else end
    low = lowered(text)
    if not _any_in(low, _URL_GATE, start, end):
        return None
    for match in _CAREERS_URL.finditer(text, start, end):
        group = next(g for g in ("board", "sub", "path") if match.group(g))
        slug = match.group(group).lower()
        if slug in _BOARD_HOSTS or slug in {"www", "the", "apply"}:
            continue
        words = slug.replace("_", "-").split("-")
        name = " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in words if w)
        return Finding(name, match.start(group), match.end(group), 1)
    return None
