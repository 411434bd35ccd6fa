"""Workplace (remote / hybrid / onsite), office days per week, remote-from, relocation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sidedoor.intake.models import Workplace
from sidedoor.intake.textutil import Lower, lowered

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "ein": 1,
    "einen": 1,
}
_N = (
    r"(?P<n>one|two|three|four|five|zwei|drei|vier|einen?|[1-5])"
    r"(?:\s?(?:-|–|to|or)\s?(?P<m>[1-5]|two|three|four|five))?"
)
_PLACE_WORDS_RE = r"(?:(?-i:[A-Z])[\w.&'’-]*,?\s){0,3}"  # "their Austin, TX office"
_OFFICE = (
    r"(?:office|on-?site|onsite|on site|in[- ]person|hq|site|studio|büro|campus|wfo|workplace"
    r"|premises)"
)
_OFFICE_DAYS: list[re.Pattern[str] | Lower] = [
    re.compile(
        rf"\b{_N}\s?(?:x\s?)?(?:days?|x)\s?(?:(?:a|per|/|each|every)\s?(?:week|wk|w)\b\s?)?"
        r"(?:(?:in|at|from|on|into|of)\s)?(?:(?:the|our|their|his|her|its|an?|client'?s?)\s)?"
        rf"{_PLACE_WORDS_RE}{_OFFICE}\b",
        re.I,
    ),
    Lower(rf"\b(?:in|at)\s(?:the|our)\s(?:office|hq|studio)\s{_N}\s?(?:days?|x|times)"),
    Lower(rf"\b(?:office|on-?site|onsite|in[- ]office)\s(?:for\s)?{_N}\s?(?:days?|x)"),
    Lower(rf"\b{_N}\s?(?:tage?|x)\s?(?:pro|die|in der)\s?woche\s?(?:im|vor)\s(?:büro|ort)"),
]
_HOME_DAYS = Lower(
    rf"\b{_N}\s?days?\s?(?:(?:a|per|/)\s?week\s?)?(?:from home|wfh|remote(?:ly)?|at home|home"
    rf" ?office|wfh)(?:\s(?:a|per)\sweek)?"
)
_DAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?)"
    r"(?<=[a-z])s?\.?"
)
_DAYS = rf"{_DAY}(?:\s?(?:-|–|to|through|thru)\s?{_DAY}|(?:\s?(?:/|,|&|and|, and)\s?{_DAY})+)"
_IN_OFFICE = (
    r"(?:in[- ](?:the\s)?office|on-?site|onsite|on site|in[- ]person|in the studio|wfo"
    r"|office days?(?:\sare)?:?)"
)
_WEEKDAYS = Lower(
    rf"\b{_IN_OFFICE}\s?(?:on\s)?(?:every\s)?\(?(?P<days>{_DAYS})"
    rf"|\b(?P<days2>{_DAYS})\)?\s?{_IN_OFFICE}"
)
_TIMES_A_WEEK = Lower(
    r"\b(?:in(?:to)? (?:the )?office|on-?site|onsite|on site|in[- ]person|come in)\s(?:just\s"
    r"|only\s)?(?P<t>once|twice|two times|three times|four times|thrice)\s(?:a|per|every)\s?week"
    r"|\b(?P<u>once|twice|two times|three times|four times|thrice)\s(?:a|per|every)\s?week\s"
    r"(?:in(?:to)? (?:the )?office|on-?site|onsite|on site|in[- ]person)"
)
_TIMES = {"once": 1, "twice": 2, "two times": 2, "three times": 3, "thrice": 3, "four times": 4}
_PERCENT = Lower(
    r"\b(?P<p>\d{1,3})\s?%\s?(?:of (?:the|your) time\s)?(?:(?P<office>in[- ](?:the\s)?office"
    r"|office|on-?site|onsite|in[- ]person)|(?P<home>remote|from home|wfh|home))\b"
)
_WEEKDAY_INDEX = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4}
_REMOTE = Lower(
    r"\b(?:fully[- ]remote|100\s?% remote|remote[- ]first|remote[- ]only|all[- ]remote|work from"
    r" anywhere"
    r"|work from home|\bwfh\b|telecommut\w*|remote(?:ly)?|distributed team|home[- ]based|mobiles"
    r" arbeiten"
    r"|100\s?% homeoffice|vollständig remote)\b"
)
_NOT_REMOTE = Lower(
    r"\b(?:not (?:a )?remote|no remote|non[- ]remote|isn'?t remote|not fully remote|no (?:option"
    r" for )?wfh"
    r"|kein homeoffice|remote stipend|remote (?:allowance|budget)|remote[- ]work (?:stipend"
    r"|allowance)"
    r"|remote sites?|remote monitoring|remote areas?|remote communities|remote patient)\b"
)
_HYBRID = Lower(
    r"\bhybrid\b|\bflexible working (?:pattern|model)|split between (?:home|the office)"
    r"|mix of (?:home|remote) and office|teilweise homeoffice|homeoffice möglich"
)
_WORK_AT = (
    r"(?:work(?:ing)?|work is|job is|role is|roles are|position is|based|located|you'll be"
    r"|you will be)\s(?:at|in|on|from|out of)\s(?:the|our|their|its|an?)\s(?:[\w.&'’-]+,?\s){0,3}?"
    r"(?:head office|headquarters|hq|offices?|site(?! reliability)|plant|mill|factory|store|shop"
    r"|branch|warehouse|hospital|clinic|campus|hotel|property|resort|depot|yard|mine|refinery"
    r"|rig|port|airport|base|lab|laboratory|kitchen|restaurant|facility|distribution cent(?:er"
    r"|re)|fulfil?ment cent(?:er|re)|works)"
)
_ONSITE = Lower(
    r"\b(?:on-?site|onsite|in[- ]office|office[- ]based|fully in (?:the )?office|in[- ]person|on"
    r" site|site[- ]based"
    r"|5 days (?:a week )?in (?:the )?office|vor ort|präsenz|hospital[- ]based|clinic[- ]based"
    r"|shop[- ]based"
    r"|workshop[- ]based|field[- ]based|field (?:position|role|job)|plant[- ]based role"
    # shift work and "work from office" are done on the premises
    r"|wfo|work(?:ing)? from (?:the )?office|(?:day|night|rotating|early|late|evening|weekend"
    r"|morning|afternoon|split) shifts?|shift work"
    r"|(?:hangar|yard|warehouse|factory|depot|store|kitchen|ward|lab)[- ]based"
    # "fully office work", "in-store", "both roles are in store", the place of work named
    r"|fully office|in-store|(?:is|are|be|based|working|work) in store(?! for)"
    rf"|{_WORK_AT}"
    # German, Spanish / Portuguese, French, Polish
    r"|auf (?:der |den )?baustellen?|im werk|presencial|en présentiel|sur site|stacjonarn\w*)\b"
)
# "based in Guadalajara" / "based at our Leeds depot": the role's place, so on site when nothing
# says remote or hybrid; not when the company, the writer or the reader is what is based there
_BASED = Lower(r"\bbased (?:in|at|out of) (?!home|remote)(?=\w)")
_BASED_NOT_ROLE = Lower(
    r"(?:\bi'?m|\bi am|\bwe'?re|\bwe|\byou'?re|\byou|\bwho(?:'s)?|\bwhich|\bthat|\bthey'?re"
    r"|\bthey|\bit'?s|\bit|compan(?:y|ies)|client|firm|agency|start-?up|scale-?up|unicorn"
    r"|business|group|\w*tech|bank|insurer|lender|consultancy|provider|manufacturer|retailer"
    r"|operator|brand|charity|non-?profit|university|publisher|chain|airline|subsidiary"
    r"|organi[sz]ation|team|must(?: be)?|should(?: be)?|needs? to be|ideally|preferably"
    r"|candidates?|applicants?|people|anyone|headquartered|family|ltd|inc|gmbh|plc|llc|ag)"
    r"(?:\s(?:is|are|also|mainly|mostly|primarily|all|be|been|still|now|currently|already"
    r"|both|itself))*\s?(?:\([^)]*\)\s?)?,?\s?$"
)
_REMOTE_FROM = re.compile(
    r"remote\s*(?:\(|-|–|—|,|:)?\s*(?:within|from|in|across|anywhere in)?\s*(?:the\s)?"
    r"(?P<a>[A-Z][\w.]*(?:[ /][A-Z][\w.]*){0,2})\s*(?:only|based|-based)?\)?"
    r"|(?:must|need to|should) (?:be|live|reside) (?:based |located )?in (?:the"
    r" )?(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
    r"|(?:candidates|applicants) (?:based )?in (?:the )?(?P<c>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
    r"|anywhere in (?:the )?(?P<d>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
    r"|\b(?P<e>US|UK|EU|EMEA|USA|Canada|Europe|India|Australia|Germany)[- ]based\b"
    r"|\((?P<f>US|UK|EU|EMEA|USA|Canada|Europe|India|Australia|Germany|North America|LATAM)(?:"
    r" only| time ?zones?)?\)",
    re.I,
)
_PLACE_WORDS = {
    "us": "US",
    "usa": "US",
    "u.s.": "US",
    "u.s": "US",
    "united states": "US",
    "america": "US",
    "north america": "North America",
    "uk": "UK",
    "united kingdom": "UK",
    "britain": "UK",
    "eu": "EU",
    "europe": "Europe",
    "emea": "EMEA",
    "canada": "Canada",
    "india": "India",
    "australia": "Australia",
    "germany": "Germany",
    "deutschland": "Germany",
    "latam": "LATAM",
    "ireland": "Ireland",
    "netherlands": "Netherlands",
    "spain": "Spain",
    "portugal": "Portugal",
    "france": "France",
    "poland": "Poland",
    "new zealand": "New Zealand",
    "mexico": "Mexico",
}
_RELOCATION_YES = Lower(
    r"relocation (?:assistance|support|package|bonus|allowance|help|is (?:provided|available"
    r"|offered|paid|covered))"
    r"|(?:will|can|happy to) (?:help (?:you )?)?(?:relocate|support relocation|cover relocation)"
    r"|relocation (?:provided|available|offered|paid)"
    r"|visa and relocation|umzugskosten"
)
_RELOCATION_NO = Lower(
    r"no relocation|relocation (?:is )?not (?:available|offered|provided|possible|supported)"
    r"|unable to (?:offer|provide) relocation"
    r"|cannot (?:offer|provide|support) relocation|must (?:already )?(?:live|be based|reside)"
    r" (?:within|in|near)"
)


@dataclass
class WorkplaceFinding:
    workplace: Workplace = "unknown"
    span: tuple[int, int] | None = None
    office_days: float | None = None
    office_span: tuple[int, int] | None = None
    remote_from: list[str] = field(default_factory=list)
    remote_from_span: tuple[int, int] | None = None
    relocation: bool | None = None
    relocation_span: tuple[int, int] | None = None


def _count(word: str | None) -> int | None:
    return _NUMBER_WORDS.get(word.lower()) if word else None


_NOT_REMOTE_PHRASE = Lower(
    r"\b(?:not (?:a )?remote|no remote|non[- ]remote|isn'?t remote|not fully remote)\b"
)


def find_workplace(text: str, start: int = 0, end: int | None = None) -> WorkplaceFinding:
    end = len(text) if end is None else end
    out = WorkplaceFinding()
    _office_days(text, start, end, out)
    hybrid = _HYBRID.search(text, start, end)
    if out.office_days is not None and out.office_days >= 5:
        out.workplace, out.span = "onsite", out.office_span
    elif out.office_days is not None or hybrid:
        out.workplace = "hybrid"
        out.span = hybrid.span() if hybrid else out.office_span
    else:
        remote = _remote(text, start, end)
        not_remote = _NOT_REMOTE_PHRASE.search(text, start, end)
        if remote and not not_remote:
            out.workplace, out.span = "remote", remote.span()
        else:
            found = _ONSITE.search(text, start, end) or not_remote or _based(text, start, end)
            if found:
                out.workplace, out.span = "onsite", found.span()
    if out.workplace == "remote":
        _remote_from(text[start:end], start, out)
    low = lowered(text)
    if low.find("relocat", start, end) >= 0 or low.find("must", start, end) >= 0:
        no = _RELOCATION_NO.search(text, start, end)
        yes = _RELOCATION_YES.search(text, start, end) if no is None else None
        if no:
            out.relocation, out.relocation_span = False, no.span()
        elif yes:
            out.relocation, out.relocation_span = True, yes.span()
    elif low.find("umzug", start, end) >= 0:
        yes = _RELOCATION_YES.search(text, start, end)
        if yes:
            out.relocation, out.relocation_span = True, yes.span()
    return out


def _based(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "First Officers based in Guadalajara", "the role is based in Leeds": the role's place."""
    if lowered(text).find("based ", start, end) < 0:
        return None
    for match in _BASED.finditer(text, start, end):
        clause = max(start, match.start() - 40)
        if _BASED_NOT_ROLE.search(text, clause, match.start()) is None:
            return match
    return None


def _remote(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first remote phrase that is not "remote stipend", "remote sites", "not remote"…"""
    for match in _REMOTE.finditer(text, start, end):
        blocker = _NOT_REMOTE.search(
            text, max(start, match.start() - 20), min(end, match.end() + 25)
        )
        if blocker is None or not (blocker.start() <= match.start() < blocker.end()):
            return match
    return None


def _office_days(text: str, start: int, end: int, out: WorkplaceFinding) -> None:
    """Days a week in the office: "3 days onsite", "2 from home", "Tue-Thu", "60% office"."""
    found: tuple[float, re.Match[str]] | None = None
    for pattern in _OFFICE_DAYS:
        match = pattern.search(text, start, end)
        if match:
            low, high = _count(match.group("n")), _count(match.group("m"))
            if low is not None:
                found = ((low + high) / 2 if high else float(low), match)
                break
    if found is None:
        match = _WEEKDAYS.search(text, start, end)
        days = _weekday_count(match.group("days") or match.group("days2")) if match else None
        if match and days:
            found = (float(days), match)
    if found is None:
        match = _TIMES_A_WEEK.search(text, start, end)
        if match:
            found = (float(_TIMES[(match.group("t") or match.group("u")).lower()]), match)
    if found is None and lowered(text).find("%", start, end) >= 0:
        match = _PERCENT.search(text, start, end)
        if match and 0 < int(match.group("p")) < 100:
            share = int(match.group("p")) / 100
            found = (5 * (share if match.group("office") else 1 - share), match)
    if found is None:
        match = _HOME_DAYS.search(text, start, end)
        home = _count(match.group("n")) if match else None
        if match and home is not None and home < 5:
            found = (float(5 - home), match)
    if found is not None:
        out.office_days = found[0]
        out.office_span = found[1].span()


def _weekday_count(spec: str) -> int | None:
    names = re.findall(r"[a-z]{2,}", spec.lower())
    index = [_WEEKDAY_INDEX[n[:2]] for n in names if n[:2] in _WEEKDAY_INDEX]
    if len(index) < 2:
        return None
    if re.search(r"-|–|\bto\b|through|thru", spec.lower()) and len(index) == 2:
        return index[1] - index[0] + 1 if index[1] >= index[0] else None
    return len(set(index))


def _remote_from(region: str, start: int, out: WorkplaceFinding) -> None:
    for match in _REMOTE_FROM.finditer(region):
        raw = next((g for g in match.groups() if g), None)
        if not raw:
            continue
        words = raw.strip(" .)").split()
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n]).lower().strip(".,")
            if key in _PLACE_WORDS:
                place = _PLACE_WORDS[key]
                if place not in out.remote_from:
                    out.remote_from.append(place)
                    out.remote_from_span = out.remote_from_span or (
                        start + match.start(),
                        start + match.end(),
                    )
                break
