"""The recruiter: name, e-mail, profile URL, phone, job title, agency or in-house, company."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidedoor.intake.extract.agency import agency_cue, inhouse_cue, is_agency_name
from sidedoor.intake.extract.company import LEGAL_FORM, UPPER, clean_name, company_from_url
from sidedoor.intake.models import Evidence, Recruiter
from sidedoor.intake.textutil import Lower


def _words(text: str) -> list[str]:
    return text.split()


EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PROFILE = re.compile(
    r"(?<![\w./])(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/(?P<slug>[\w%-]+)/?", re.I
)
PHONE = re.compile(
    r"(?<![\w])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]?\d{3,4}(?![\w])"
)
_RECRUITER_TITLE = re.compile(
    r"(?:recruit\w*|talent|sourc\w+|headhunt\w*|resourc\w+|staffing|hiring|principal consultant"
    r"|\bhr (?:manager|director|generalist|specialist|lead|officer|business partner|advisor)"
    r"|people (?:manager|operations|lead)"
    r"|senior consultant"
    r"|associate director|account manager|consultant|partner|personalberater\w*|people partner)",
    re.I,
)
_INTRO = re.compile(
    r"\b(?:I'?m|I am|[Mm]y name is|[Tt]his is|[Ii]t'?s|[Ii]ch bin|[Mm]ein Name ist)\s+"
    r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+){0,2})\b"
)
# capitalised words on one line ("Booking.com", "AT&T", "3M", "iFood", "monday.com")
_CO_WORD = (
    rf"(?:[{UPPER}0-9]|[a-z]{{1,2}}(?=[{UPPER}][a-z])|[a-z][a-z0-9-]+(?=\.(?:com|io|ai|co|app)\b))"
    r"[\w&.'’-]*"
)
_CO = rf"{_CO_WORD}(?:[ \t](?!I\b)(?:{_CO_WORD}|&))*"
_AT_COMPANY = re.compile(
    # "Talent Partner at X", "on the pilot recruitment team at X", "I lead talent for X's …"
    r"\b(?i:recruiter|recruiting|recruitment|talent acquisition|talent|sourcer|hr|people"
    r"|head of talent|founders?|cto|ceo|hiring manager)"
    r"(?i:\s(?:partner|specialist|lead|team|manager|advisor|adviser|officer|coordinator"
    r"|business partner))?\s(?:at|with|for|from)\s"
    rf"(?P<name>(?!I\b){_CO})"
    r"|\b(?:[Tt]his is|I'?m|I am) [A-Z][a-z]+ (?:from|with|at)"
    rf" (?P<name2>{_CO})"
    # "I'm with X", "I work for X"
    rf"|\b(?:I'?m|I’m|I am) with (?P<name3>(?!I\b){_CO})|\bI work (?:at|for) (?P<name4>{_CO})"
    # "Greetings from FALCON AVIATION SERVICES", "Greetings from Xpheno!"
    rf"|\b[Gg]reetings from (?P<name6>{_CO})"
    # "I'm a senior consultant at X", "I'm a Partner at X", "I'm a headhunter at X"
    r"|\b(?:I'?m|I’m|I am) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?i:consultant|headhunter|partner"
    r"|director|associate|manager|lead|specialist|advisor|adviser)\s(?:at|with|from)\s"
    rf"(?P<name7>(?!I\b){_CO})"
)
# Phrasings with a word that most texts lack, each run only when the text has it (a single
# alternation of them all took twice the time of the rest on the 5,000-message export):
_AT_TEAM = re.compile(
    # "I'm part of the recruitment team in Equinor", "the talent team of X"
    r"\b(?i:recruitment|recruiting|talent(?: acquisition)?|hiring|hr|people) team (?:in|of)"
    rf" (?P<name8>{_CO})"
    # "I'm on the Hexa Foods talent acquisition team" (no possessive)
    rf"|\b(?:on|in|from|with|of) the (?P<name10>{_CO}) (?i:talent|recruiting|recruitment|people|hr)"
    r"(?i: acquisition)? (?i:team|function)\b"
)
# "Brightline People here - …" at the start of a line
_HERE = re.compile(rf"(?:^|\n)(?P<name9>{_CO}) here\b(?=\s*[-–—,.!:])")
_GATED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_AT_TEAM, ("team", "function")),
    (_HERE, (" here",)),
)
_AT_GROUPS = ("name", "name2", "name3", "name4", "name6", "name7", "name8", "name9", "name10")
# "I'm recruiting for X", "we're hiring for X": X is the client, not the recruiter's company
_FOR_CLIENT = re.compile(
    r"(?i:\b(?:I'?m|I’m|I am|we'?re|we’re|we are|currently)\s(?:\w+\s)?(?:recruiting|hiring)\s"
    r"for\s)$"
)
# "from Square's recruiting team", "I'm with Vattenfall's talent acquisition team": the team
# phrase is found first (fast), then the capitalised run right before it
_POSSESSIVE_TEAM = Lower(
    r"(?:'s|’s)\s(?:talent|recruiting|recruitment|people|hr|hiring|ta)(?:\s(?:acquisition"
    r"|partner))?\s(?:team|function|department)\b"
)
_CO_BEFORE = re.compile(rf"(?<![\w&.'’-])(?!I\b|The\b|Our\b|My\b)(?P<name>{_CO})$")


def _is_place(name: str) -> bool:
    from sidedoor.intake.extract.locations import find_locations

    return bool(find_locations(name))


def _at_company(text: str) -> tuple[str, int] | None:
    """The sender's company as a recruiter names it: (raw name, its start), earliest first."""
    found = None
    match = None
    low = text.lower()
    patterns = [_AT_COMPANY] + [p for p, gate in _GATED if any(w in low for w in gate)]
    for pattern in patterns:
        for candidate in pattern.finditer(text):
            if match is not None and candidate.start() >= match.start():
                break
            group = next(g for g in _AT_GROUPS if candidate.groupdict().get(g))
            start = candidate.start(group)
            if group == "name" and _FOR_CLIENT.search(text, max(0, start - 40), start):
                continue
            if group == "name8" and _is_place(candidate.group(group)):
                continue  # "the recruitment team in London"
            if group == "name9" and len(candidate.group(group).split()) < 2:
                continue  # "Sam here - I'm a recruiter …": a person
            match, found = candidate, (candidate.group(group), start)  # the earliest so far
            break
    for team in _POSSESSIVE_TEAM.finditer(text, 0, match.start() if match else len(text)):
        window_start = max(0, team.start() - 80)
        before = _CO_BEFORE.search(text, window_start, team.start())
        if before:
            return before.group("name"), before.start("name")
    return found


_NAME_LINE = re.compile(
    r"^(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.|van|de|von|der|da)){0,3}$"
)
_GENERIC_DOMAINS = frozenset(
    _words(
        """
        gmail googlemail yahoo hotmail outlook live icloud me aol proton protonmail gmx web mail
        linkedin
        """
    )
)
_NOT_NAMES = frozenset(
    _words(
        """
        thanks regards best cheers hi hello dear sent team the recruiting talent acquisition
        sincerely
        """
    )
)


@dataclass
class Context:
    text: str
    sender: str | None = None
    sender_email: str | None = None
    sender_profile_url: str | None = None
    signature: tuple[int, int] | None = None
    owner_names: tuple[str, ...] = ()


def _ev(text: str, start: int, end: int) -> Evidence:
    return Evidence.span(text, start, end)


def _header(value: str) -> Evidence:
    return Evidence(start=None, end=None, text=value, origin="header")


def find_recruiter(ctx: Context, company_hint: str | None = None) -> Recruiter:
    text = ctx.text
    out = Recruiter()
    sig_start, sig_end = ctx.signature or (len(text), len(text))
    if ctx.sender and not _is_owner(ctx.sender, ctx.owner_names):
        out.name = ctx.sender
        out.evidence["name"] = _locate(text, ctx.sender) or _header(ctx.sender)
    if ctx.sender_email:
        out.email = ctx.sender_email.lower()
        out.evidence["email"] = _locate(text, ctx.sender_email) or _header(ctx.sender_email)
    if ctx.sender_profile_url:
        out.profile_url = ctx.sender_profile_url
        out.evidence["profile_url"] = _header(ctx.sender_profile_url)
    if out.name is None:
        _name_from_text(text, (sig_start, sig_end), out)
    if out.email is None:
        match = EMAIL.search(text, sig_start) or EMAIL.search(text)
        if match:
            out.email, out.evidence["email"] = match.group(0).lower(), _ev(text, *match.span())
    if out.profile_url is None:
        match = PROFILE.search(text, sig_start) or PROFILE.search(text)
        if match:
            out.profile_url = profile_url(match.group("slug"))
            out.evidence["profile_url"] = _ev(text, *match.span())
    match = PHONE.search(text, sig_start) if ctx.signature else None
    if match:
        out.phone, out.evidence["phone"] = match.group(0).strip(), _ev(text, *match.span())
    if ctx.signature:
        _title_and_company(text, sig_start, sig_end, out)
    if out.company is None:
        at = _at_company(text)
        if at:
            name = clean_name(_team_suffix(text, _words_limit(at[0])))
            if name:
                s = at[1]
                out.company, out.evidence["company"] = name, _ev(text, s, s + len(name))
    if out.company is None and ctx.signature:
        _legal_line(text, sig_start, sig_end, out)
    if out.company is None and agency_cue(text) is None:
        found = company_from_url(text)  # the company's own careers site
        if found:
            out.company, out.evidence["company"] = found.value, _ev(text, found.start, found.end)
    if out.company is None and out.email and "@" in out.email:
        domain = out.email.split("@", 1)[1].split(".")[0]
        if domain not in _GENERIC_DOMAINS:
            out.company = domain_name(domain)
            out.evidence["company"] = out.evidence["email"]
    _agency(text, out, company_hint)
    return out


# words a run-together domain often ends with: "anadolulogistics" -> "Anadolu Logistics"
_DOMAIN_TAIL = re.compile(
    r"(?<=[a-z]{3})(logistics|robotics|energy|energia|health|healthcare|group|labs|systems"
    r"|solutions|software|technologies|technology|tech|consulting|capital|partners|foods"
    r"|motors|pharma|bank|insurance|media|games|studios|networks|analytics|hotels|airlines"
    r"|airways|retail|foods|biologics|bio|medical|engineering|construction|digital|global"
    r"|industries|holdings|ventures|finance|financial|security|telecom|mobility|automotive"
    r"|aviation|shipping|marine|mining|power|solar|water|homes|properties|realty)$"
)


def domain_name(domain: str) -> str:
    """A company's name from its e-mail domain: "acme-robotics" -> "Acme Robotics",
    "anadolulogistics" -> "Anadolu Logistics", "ibm" -> "IBM"."""
    if len(domain) <= 3:
        return domain.upper()
    words: list[str] = []
    for part in domain.split("-"):
        tail = _DOMAIN_TAIL.search(part)
        words += [part[: tail.start()], tail.group(1)] if tail else [part]
    return " ".join(w.capitalize() for w in words if w)


def profile_url(slug: str) -> str:
    """The canonical form of a LinkedIn profile link ("linkedin.com/in/x/" in a signature)."""
    return f"https://www.linkedin.com/in/{slug}"


def _is_owner(name: str, owners: tuple[str, ...]) -> bool:
    return name.strip().lower() in {o.strip().lower() for o in owners}


def _locate(text: str, value: str) -> Evidence | None:
    index = text.find(value)
    return _ev(text, index, index + len(value)) if index >= 0 else None


def _name_from_text(text: str, sig: tuple[int, int], out: Recruiter) -> None:
    # The first name-like line after the sign-off, else "I'm Jane from …" in the body.
    if sig[0] < len(text):
        pos = sig[0]
        for line in text[sig[0] : sig[1]].split("\n")[1:4]:
            start = text.find(line, pos)
            pos = start + len(line)
            stripped = line.strip().rstrip(",")
            if (
                stripped
                and _NAME_LINE.match(stripped)
                and stripped.split()[0].lower() not in _NOT_NAMES
            ):
                out.name = stripped
                out.evidence["name"] = _ev(text, start, start + len(stripped))
                return
    match = _INTRO.search(text)
    if match and match.group("name").split()[0].lower() not in _NOT_NAMES | {
        "reaching",
        "looking",
        "writing",
        "hiring",
        "working",
    }:
        out.name = match.group("name")
        out.evidence["name"] = _ev(text, *match.span("name"))


def _words_limit(name: str, most: int = 6) -> str:
    return " ".join(name.split()[:most])


def _legal_line(text: str, start: int, end: int, out: Recruiter) -> None:
    """A signature line that is a name with a legal form ("Stonebridge Building Pty Ltd")."""
    pos = start
    for line in text[start:end].split("\n")[1:7]:
        line_start = text.find(line, pos)
        pos = line_start + len(line)
        stripped = line.strip()
        for part in re.split(r"\s*[|·•]\s*|\s+[-–—]\s+", stripped):
            if len(part) > 60 or EMAIL.search(part) or not LEGAL_FORM.search(" " + part.rstrip()):
                continue
            name = clean_name(part)
            if name and len(name.split()) >= 2:
                s = text.find(name, line_start)
                out.company = name
                out.evidence["company"] = _ev(text, s, s + len(name))
                return


_JOB_WORDS = re.compile(
    r"\b(?:recruiter|consultant|partner|manager|director|specialist|lead|head|officer|advisor"
    r"|adviser|associate|coordinator|sourcer|generalist|analyst|executive|founder|principal)\b",
    re.I,
)


def _company_line(line: str) -> bool:
    """A signature line that is a company's name with an agency word and no job title in it
    ("Northwave Recruitment", "Lexicon Legal Recruitment")."""
    stripped = line.strip()
    words = stripped.split()
    return (
        1 < len(words) <= 5
        and not re.search(r"[,|·•:@/]|\s[-–—]\s", stripped)
        and not re.match(r"(?i:talent|recruit\w*|hr|people|human)\b", stripped)
        and all(w[:1].isupper() or w == "&" for w in words)
        and is_agency_name(stripped)
        and not _JOB_WORDS.search(stripped)
    )


def _title_and_company(text: str, start: int, end: int, out: Recruiter) -> None:
    pos = start
    for line in text[start:end].split("\n")[1:7]:
        line_start = text.find(line, pos)
        pos = line_start + len(line)
        match = _RECRUITER_TITLE.search(line)
        if match is None or EMAIL.search(line) or len(line) > 90:
            continue
        if out.company is None and _company_line(line):
            name = clean_name(line.strip())
            if name:  # "Northwave Recruitment" alone on its line: the agency, not a job title
                s = text.find(name, line_start)
                out.company, out.evidence["company"] = name, _ev(text, s, s + len(name))
                continue
        parts = re.split(r"\s*,\s+|\s+(?:at|@|\||–|—|-)\s+|\s*\|\s*", line.strip(), maxsplit=1)
        out.title = parts[0].strip()
        out.evidence["title"] = _ev(text, line_start, line_start + len(parts[0]))
        rest = parts[1] if len(parts) > 1 else _next_line(text, pos)
        name = clean_name(_team_suffix(text, rest)) if rest else None
        if name and not EMAIL.search(name) and not PHONE.search(name):
            idx = text.find(name, line_start)
            out.company = name
            out.evidence["company"] = _ev(text, idx, idx + len(name)) if idx >= 0 else _header(name)
        return


_TEAM_SUFFIX = re.compile(
    r"\s+(?:Talent|Recruiting|HR|People)(?:\s(?:Acquisition|Team))?$|\s+(?:Talent|People|HR)"
    r" (?:Acquisition|Team)\b.*$"
)


def _team_suffix(text: str, raw: str) -> str:
    """ "Acme Talent Acquisition" is Acme's own team; "Northpeak Talent" is an agency's name,
    unless the text names the company without the suffix too ("we're hiring at Acme")."""
    match = _TEAM_SUFFIX.search(raw)
    if match is None:
        return raw
    base = raw[: match.start()].strip()
    suffix = match.group(0).split()
    if len(suffix) > 1 and suffix[1] in {"Acquisition", "Team"}:
        return base
    if base and re.search(rf"\b{re.escape(base)}\b(?!\s+{re.escape(suffix[0])})", text):
        return base
    return raw


def _next_line(text: str, pos: int) -> str | None:
    rest = text[pos:].lstrip("\n")
    line = rest.split("\n", 1)[0].strip()
    return line if line and len(line) < 60 else None


def _agency(text: str, out: Recruiter, company_hint: str | None) -> None:
    if out.company and is_agency_name(out.company):
        out.agency = True
        return
    cue = agency_cue(text)
    if cue:
        out.agency = True
        out.evidence["agency"] = _ev(text, *cue.span())
        return
    if out.company and company_hint and out.company.lower().split()[0] in company_hint.lower():
        out.agency = False
        return
    cue = inhouse_cue(text)
    if cue:
        out.agency = False
        out.evidence["agency"] = _ev(text, *cue.span())
    elif out.company and "company" in out.evidence and out.evidence["company"].origin == "text":
        out.agency = False  # a recruiter at a company that is not an agency recruits for it
