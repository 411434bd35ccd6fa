"""Agency or in-house, where no phrase says which: a recruiter signs for a company whose name
has no agency word ("Kestrel IT Partners", "Chalkline Education", "Hirewise"), and nothing in
the text says "my client" or "our team". The rules took such a sender to recruit for their own
company; about one in six of them is an agency that names no client ("a contract with one of
the Big 4 banks", "I'm partnered with a Series D cybersecurity company", "get you on our
books").

The decision is a logistic regression over what the message and the sender look like: the
sender's own title words ("Principal Consultant", "HR Executive"), the company name's first and
last words and how often and where the text names it, the word before each mention ("from",
"at", "join"), whether the e-mail's domain spells it, first-person and third-person speech, a
client or an unnamed employer, and the message's words. Its weights (`agency_model.json`) are
fitted by `benchmarks/intake/train_agency.py` on the labelled messages (our own writing, no
O*NET or ESCO data). A feature the file does not list weighs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sidedoor.intake.extract import fitted
from sidedoor.intake.extract.agency import speaks_for_employer
from sidedoor.intake.extract.company import domain_key, fold, strip_legal
from sidedoor.intake.models import Recruiter
from sidedoor.intake.textutil import literal_matches

#: when off, the rules' default stands (the sender recruits for their own company)
ENABLED = True
#: the trainer's: when a list, every sender weighed is recorded there as (features, company)
#: and the rules' default is kept, so it learns from what the rules alone give
RECORD: list[tuple[dict[str, float], str]] | None = None

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# the employer spoken of in the third person: "they're growing", "their platform team"
_THEY = re.compile(
    r"\b(?:they|they're|they’re|they've|they’ve|their|them|ils|leur|leurs|sie|ihr|ihre|ellos"
    r"|su equipo|sus|eles|deles|loro|zij|hun|de är|deras)\b",
    re.I,
)
_CLIENT = re.compile(
    r"\b(?:clients?|clientes?|client[ei]|klant(?:en)?|kunden?|mandant\w*|opdrachtgever\w*"
    r"|klient\w*|kund(?:er)?)\b",
    re.I,
)
# an employer described, not named: "a Series B fintech", "one of the Big 4 banks", "a leading
# insurer", "a well-funded startup"
_UNNAMED = re.compile(
    r"\b(?:an? (?:series [a-f]|pre-ipo|ftse|fortune|pe-backed|vc-backed|well[- ]funded|leading"
    r"|top|major|global|large|growing|fast[- ]growing|well[- ]known|renowned|reputed"
    r"|prestigious|boutique|tier[- ]1|big)\b|one of the (?:big|largest|leading|top|biggest"
    r"|fastest)\b)",
    re.I,
)
_CANDIDATE = re.compile(r"\b(?:candidates?|placements?|placed|on (?:our|my) books|temp(?:s|orary)?"
                        r"|locums?|supply|contractors?|umbrella|payroll)\b", re.I)


def features(text: str, out: Recruiter) -> dict[str, float]:
    """What the message and its sender look like, for the sender's company `out.company`."""
    assert out.company is not None
    feats: dict[str, float] = {}
    name = strip_legal(out.company).strip() or out.company
    words = [w.lower() for w in _WORD.findall(name)] or [name.lower()]
    feats[f"first:{words[0]}"] = 1.0
    feats[f"last:{words[-1]}"] = 1.0
    feats[f"name_words={min(len(words), 4)}"] = 1.0
    for word in set(_WORD.findall(fold(out.title or ""))):
        feats[f"title:{word}"] = 1.0
    if not out.title:
        feats["title_none"] = 1.0
    # where and how the text names the company
    folded, key = fold(text), fold(name)
    mentions = [at for at, _ in literal_matches(folded, key)]
    feats[f"mentions={min(len(mentions), 3)}"] = 1.0
    for at in mentions[:3]:
        before = _WORD.findall(folded[max(0, at - 30) : at])
        if before:
            feats[f"before:{before[-1]}"] = 1.0
        feats[f"where={min(3 * at // max(1, len(text)), 2)}"] = 1.0
    hosts = [h.lower() for h in _MAIL.findall(text)]
    if out.email:
        hosts.append(out.email.rsplit("@", 1)[-1].lower())
    name_key = domain_key(name)
    if name_key and any(name_key[:6] in domain_key(h.split(".")[0]) for h in hosts):
        feats["domain_spells"] = 1.0
    elif hosts:
        feats["domain_other"] = 1.0
    for flag, pattern in (("we", None), ("they", _THEY), ("client", _CLIENT),
                          ("unnamed", _UNNAMED), ("candidate", _CANDIDATE)):
        found = speaks_for_employer(text) if pattern is None else pattern.search(text)
        if found:
            feats[flag] = 1.0
    for word in {w for w in _WORD.findall(folded) if len(w) >= 3}:
        feats[f"w:{word}"] = 1.0
    return feats


@lru_cache(maxsize=1)
def weights() -> tuple[float, dict[str, float]]:
    """The bias and the weights fitted by `benchmarks/intake/train_agency.py`."""
    return fitted.load("agency_model.json")


def probability(feats: dict[str, float]) -> float:
    return fitted.probability(weights(), feats)


def is_agency(text: str, out: Recruiter) -> bool:
    """Whether the sender of `text`, who signs for `out.company` (a name with no agency word),
    more likely recruits for a client than for that company."""
    if RECORD is not None:
        assert out.company is not None
        RECORD.append((features(text, out), out.company))
        return False
    if not ENABLED or out.company is None:
        return False
    return probability(features(text, out)) > 0.5
