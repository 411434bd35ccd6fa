"""Certifications and licences, found by hand-written patterns.

Two layers: a table of named credentials (PMP, CPA, CDL Class A, OSHA 30, AWS Certified ...),
and a general shape, "<name> certification|certificate|licence|endorsement", for the ones the
table lacks ("TIPS certification", "forklift certification"). "BLS" is Basic Life Support only
with life-support words nearby, never the Bureau of Labor Statistics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidedoor.language.skill_text import Token, words

_CERTS: list[tuple[str, str, str]] = [
    # (regex, slug, label)
    (r"PMP", "pmp", "Project Management Professional (PMP)"),
    (r"CAPM", "capm", "Certified Associate in Project Management (CAPM)"),
    (r"CPA", "cpa", "Certified Public Accountant (CPA)"),
    (r"CMA", "cma", "CMA certification"),
    (r"CFA", "cfa", "Chartered Financial Analyst (CFA)"),
    (r"CFP", "cfp", "Certified Financial Planner (CFP)"),
    (r"CIS(?:SP|M|A)", "isc2-isaca", "Information security certification (CISSP/CISM/CISA)"),
    (r"CEH|OSCP", "security-offensive", "Ethical hacking certification (CEH/OSCP)"),
    (r"CompTIA(?: (?:A\+|Network\+|Security\+|Linux\+|Cloud\+|CySA\+))?", "comptia",
     "CompTIA certification"),
    (r"CC(?:NA|NP|IE)", "cisco", "Cisco certification (CCNA/CCNP/CCIE)"),
    (r"AWS Certified(?: [A-Z][A-Za-z]*(?:[ -][A-Z][A-Za-z]*){0,3})?", "aws-certified",
     "AWS Certified"),
    (r"Microsoft Certified(?: [A-Z][A-Za-z]*(?:[ :-]+[A-Z][A-Za-z]*){0,4})?|AZ-\d{3}",
     "microsoft-certified", "Microsoft Certified"),
    (r"Google Cloud Certified(?: [A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,3})?", "gcp-certified",
     "Google Cloud Certified"),
    (r"CKAD?", "cka", "Certified Kubernetes Administrator/Developer (CKA/CKAD)"),
    (r"Certified Scrum ?Master|CSM|PSM ?I{0,3}", "scrum-master", "Scrum Master certification"),
    (r"(?:Lean )?Six Sigma(?: (?:Yellow|Green|Black) Belt)?", "six-sigma", "Six Sigma"),
    (r"ITIL(?: v?\d| Foundation)?", "itil", "ITIL certification"),
    (r"SHRM-(?:CP|SCP)|S?PHR", "hr-certification", "HR certification (SHRM/PHR)"),
    (r"Series \d{1,2}", "finra-series", "FINRA Series licence"),
    (r"(?:RN|Registered Nurse) licen[sc]e|RN licensure", "rn-licence",
     "Registered Nurse (RN) licence"),
    (r"(?:LPN|LVN) licen[sc]e", "lpn-licence", "Licensed Practical Nurse (LPN/LVN) licence"),
    (r"ACLS", "acls", "Advanced Cardiovascular Life Support (ACLS)"),
    (r"PALS", "pals", "Pediatric Advanced Life Support (PALS)"),
    (r"NRP|TNCC", "nrp-tncc", "Neonatal/trauma nursing certification"),
    (r"BLS", "bls", "Basic Life Support (BLS)"),
    (r"CPR(?: certification| certified)?", "cpr", "CPR certification"),
    (r"CNA", "cna", "Certified Nursing Assistant (CNA)"),
    (r"EMT(?:-[BP]| Basic| Paramedic)?", "emt", "Emergency Medical Technician (EMT)"),
    (r"CDL(?:[ -](?:Class )?[ABC]\b)?|Class [ABC] CDL|[Cc]ommercial [Dd]river'?s [Ll]icen[sc]e",
     "cdl", "Commercial Driver's License (CDL)"),
    (r"[Hh]az[Mm]at endorsement|HAZMAT endorsement", "hazmat", "HAZMAT endorsement"),
    (r"OSHA[ -]?(?:10|30)(?:[ -][Hh]our)?", "osha", "OSHA 10/30-hour card"),
    (r"[Ff]orklift (?:certification|certified|licen[sc]e|operator certification)",
     "forklift", "Forklift operator certification"),
    (r"ServSafe(?: (?:Manager|Food Handler))?", "servsafe", "ServSafe"),
    (r"TIPS certifi(?:cation|ed)", "tips", "TIPS alcohol server certification"),
    (r"[Ff]ood [Hh]andler'?s? (?:card|permit|certificate|certification)", "food-handler",
     "Food handler card"),
    (r"AWS D1\.\d|AWS [Cc]ertified [Ww]elder|[Cc]ertified [Ww]elder", "aws-welding",
     "Welding certification (AWS D1.x)"),
    (r"(?:[Jj]ourneyman|[Mm]aster) (?:[Ee]lectrician|[Pp]lumber|[Ee]lectrical|[Pp]lumbing)?"
     r" ?licen[sc]e", "trade-licence", "Journeyman/master trade licence"),
    (r"EPA (?:Section )?608(?: [Cc]ertification)?", "epa-608", "EPA Section 608"),
    (r"ASE(?: [Cc]ertifi(?:cation|ed))", "ase", "ASE certification"),
    (r"NCCER", "nccer", "NCCER credential"),
    (r"Notary Public", "notary", "Notary Public commission"),
    (r"CPC|CCS|RHIT|RHIA", "coding-credential", "Medical coding credential"),
    (r"CPhT|PTCB", "cpht", "Certified Pharmacy Technician (CPhT)"),
    (r"TEFL|TESOL|CELTA", "tefl", "English teaching certificate (TEFL/TESOL/CELTA)"),
    (r"[Tt]eaching (?:certificate|certification|licen[sc]e|credential)", "teaching",
     "Teaching certificate"),
    (r"[Dd]river'?s licen[sc]e", "drivers-licence", "Driver's licence"),
]

_PATTERN = re.compile(
    "|".join(f"(?P<c{i}>(?<![\\w-])(?:{rx})(?![\\w+#]))" for i, (rx, _, _) in enumerate(_CERTS))
)

# Words around "BLS" that mean life support; words that mean the statistics bureau.
_LIFE_SUPPORT = re.compile(
    r"ACLS|PALS|CPR|AHA|American Heart|[Cc]ertif|card|[Ll]ife [Ss]upport|[Rr]equired|"
    r"[Cc]urrent|[Vv]alid|[Nn]urs|[Pp]atient|EMT|[Ll]icen"
)
_BUREAU = re.compile(r"Labor Statistics|Bureau|statistic|data|survey|report|wage", re.I)

_CERT_TAIL = re.compile(r"[ -](?:[Cc]ertifi(?:cation|cate|ed)|[Ll]icen[sc](?:e|ure)|[Cc]ard)\b")

CERT_WORDS = words("""
certification certifications certificate certificates licence license licences licenses
licensure endorsement credential credentials
""")
_NOT_NAMES = words("""
a an the valid current active required relevant professional any all and or with of your
state industry appropriate applicable recognized recognised equivalent same this these such
other related necessary preferred must have has is are be possess hold holding obtain
obtained maintain up-to-date good clean for in on to from within as certification
certificate license licence
""")


@dataclass(frozen=True)
class CertHit:
    start: int
    end: int
    slug: str | None
    label: str


# First words of the table's credentials (as tokens, lower case): the table's regex is tried
# only where one stands.
_TRIGGERS = words("""
pmp capm cpa cma cfa cfp cissp cism cisa ceh oscp comptia ccna ccnp ccie aws microsoft
google cka ckad certified csm psm psmi psmii psmiii lean six itil shrm-cp shrm-scp phr sphr series
rn registered lpn lvn acls pals nrp tncc bls cpr cna emt emt-b emt-p cdl class commercial
hazmat osha osha-10 osha-30 osha10 osha30 forklift servsafe tips food journeyman master epa
ase nccer notary cpc ccs rhit rhia cpht ptcb tefl tesol celta teaching driver's drivers
driver az shrm
""")


def find_certifications(text: str, tokens: list[Token]) -> list[CertHit]:
    """Named credentials from the table, then the general "<name> certification" shape."""
    hits: list[CertHit] = []
    lows = [t.text.lower() for t in tokens]
    done = 0  # where the last credential ends: the next one starts after it
    for tok, low in zip(tokens, lows, strict=True):
        # a credential starts at a word (its regex's lookbehind), and at one of the table's
        # first words: the table's regex is tried only there, not at every character
        if low not in _TRIGGERS or tok.start < done:
            continue
        m = _PATTERN.match(text, tok.start)
        if m is None:
            continue
        done = m.end()
        assert m.lastgroup is not None
        _, slug, label = _CERTS[int(m.lastgroup[1:])]
        if slug == "bls" and not _is_life_support(text, m.start(), m.end()):
            continue
        end = m.end()
        if tail := _CERT_TAIL.match(text, end):
            end = tail.end()
        hits.append(CertHit(m.start(), end, slug, label))
    covered = [(h.start, h.end) for h in hits]
    for i, tok in enumerate(tokens):
        if lows[i] not in CERT_WORDS:
            continue
        j = i
        while j > 0 and i - j < 3:
            prev = tokens[j - 1]
            if not prev.is_word or prev.text.lower() in _NOT_NAMES or prev.text[:1].isdigit():
                break
            j -= 1
        if j == i:
            continue
        start, end = tokens[j].start, tok.end
        if any(s <= start < e or s < end <= e for s, e in covered):
            continue
        name = text[start:end]
        hits.append(CertHit(start, end, None, name))
    return hits


def _is_life_support(text: str, start: int, end: int) -> bool:
    around = text[max(0, start - 80) : end + 80]
    before = text[max(0, start - 5) : start].lower()
    after = text[end : end + 20]
    if before.endswith(("the ", "of ", "(")) and _BUREAU.search(around):
        return False
    if _BUREAU.search(after) or "Labor Statistics" in around:
        return False
    return bool(_LIFE_SUPPORT.search(around.replace("BLS", "")))
