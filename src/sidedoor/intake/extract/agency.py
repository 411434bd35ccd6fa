"""Agency or in-house: known agency names, agency words in a name, and the phrases that say
which ("my client", "on behalf of" vs "our team", "here at")."""

from __future__ import annotations

import re

_AGENCY_NAMES = (
    "hays",
    "michael page",
    "page group",
    "pagegroup",
    "page personnel",
    "robert half",
    "randstad",
    "adecco",
    "reed",
    "harnham",
    "hydrogen",
    "teksystems",
    "kforce",
    "insight global",
    "aerotek",
    "manpower",
    "kelly services",
    "spencer ogden",
    "robert walters",
    "hudson",
    "korn ferry",
    "heidrick",
    "spencer stuart",
    "harvey nash",
    "nigel frank",
    "jefferson frank",
    "la fosse",
    "oliver bernard",
    "xcede",
    "hirewell",
    "motion recruitment",
    "cybercoders",
    "lorien",
    "sthree",
    "huxley",
    "computer futures",
    "modis",
    "akkodis",
    "allegis",
    "aston carter",
    "stanton house",
    "goodman masson",
    "morgan mckinley",
    "harrington starr",
    "selby jennings",
    "venquis",
    "amn healthcare",
    "cross country",
    "aya healthcare",
    "medacs",
    "sanctuary personnel",
    "teamlease",
    "abc consultants",
    "quess",
    "xpheno",
    "ciel hr",
    "talent international",
    "chandler macleod",
    "peoplebank",
    "six degrees",
    "sharp & carter",
    "procom",
    "summit search",
    "brunel",
    "airswift",
    "tradesmen international",
    "hays healthcare",
    "durlston",
    "franklin fitch",
    "trinity",
    "vanrath",
    "hamilton barnes",
    "orion",
    "gravitas",
    "twenty recruitment",
)
_AGENCY_WORDS = re.compile(
    r"\b(?:recruitment|recruiting|staffing|search|talent|resourcing|headhunt\w*|personnel|people"
    r" solutions"
    r"|executive search|personalberatung|personaldienstleist\w*|consultants)\b",
    re.I,
)
_AGENCY_CUES = re.compile(
    r"\b(?:my client|our client|a client of (?:mine|ours)|on behalf of|recruitment (?:agency"
    r"|consultancy|firm|consultant)"
    r"|executive search|headhunt(?:er|ing)?|staffing (?:agency|firm|partner)|i'?m a recruiter with|"
    r"(?:we|i) (?:specialise|specialize) in (?:placing|recruiting)|exclusively (?:retained"
    r"|partnered)|retained search"
    r"|one of (?:my|our) clients|several clients|various clients|my clients)\b",
    re.I,
)
_INHOUSE_CUES = re.compile(
    r"\b(?:talent acquisition (?:partner|team|lead|specialist|manager)?\s?(?:at|here|for)|internal"
    r" recruit\w*"
    r"|(?:our|my) (?:hiring )?team|join (?:us|our team)|we(?:'re| are) (?:hiring|growing|building"
    r"|looking|recruiting|after)"
    r"|here at|our (?:company|engineering|product|data|clinical|nursing)|in-house recruit\w*|we"
    r" at)\b",
    re.I,
)


def is_agency_name(name: str) -> bool:
    lowered = name.lower()
    return any(a in lowered for a in _AGENCY_NAMES) or bool(_AGENCY_WORDS.search(name))


def agency_cue(text: str) -> re.Match[str] | None:
    return _AGENCY_CUES.search(text)


def inhouse_cue(text: str) -> re.Match[str] | None:
    return _INHOUSE_CUES.search(text)
