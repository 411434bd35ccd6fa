"""The questions the user should ask them, from what the posting does not say.

Each comes with ``why`` (what is missing or vague) and, when the posting hedges ("competitive
salary"), the posting's own words as ``evidence``. Without a posting everything is unknown,
so the full list is returned.
"""

from __future__ import annotations

import re

from sidedoor.practice.models import AskThem
from sidedoor.practice.target import PostingFacts, PracticeTarget

#: SOC major groups (and a few codes) where on-call duty or shift work is common.
ON_CALL_GROUPS = ("15-", "29-", "31-", "33-", "17-", "49-", "51-", "53-", "11-3021", "11-9111",
                  "35-", "47-")
_TRAVEL_GROUPS = ("41-", "13-1111", "13-1161", "11-2022", "11-2021", "17-2199", "13-1081")


def _mentions(text: str, pattern: str) -> re.Match[str] | None:
    return re.search(pattern, text, re.IGNORECASE)


def ask_them(target: PracticeTarget) -> list[AskThem]:
    facts = target.posting or PostingFacts()
    known = target.posting is not None
    text = facts.text
    code = target.occupation_code or ""
    out: list[AskThem] = []

    def add(topic: str, question: str, why: str, evidence: str | None = None) -> None:
        out.append(AskThem(topic=topic, text=question, why=why, evidence=evidence))

    if not facts.pay_disclosed:
        why = (f"The posting only says '{facts.pay_phrase}'." if facts.pay_phrase
               else "The posting gives no pay range." if known else "No posting: pay unknown.")
        add("pay", "What is the base pay range for this role, and how are bonus and any equity "
            "structured?", why, facts.pay_phrase)
    elif not facts.bonus:
        add("bonus", "Is there a bonus on top of the base pay, and what has it paid out in the "
            "last two years?", "The posting states pay but no bonus.")
    if not facts.equity and not code.startswith(("25-", "29-", "31-", "33-", "43-")):
        add("equity", "Does the role include equity? If so: options or RSUs, how much, and on "
            "what vesting schedule?", "The posting does not mention equity." if known
            else "No posting: equity unknown.")
    if facts.workplace == "unknown":
        add("remote", "What is the remote and hybrid policy: how many days a week in the office, "
            "and who decides?", "The posting does not say where the work happens." if known
            else "No posting: workplace unknown.")
    elif facts.workplace == "hybrid" and facts.office_days is None:
        found = _mentions(text, r"\bhybrid\b[^.\n]{0,40}")
        add("remote", "How many days a week are expected in the office, and is that fixed or "
            "up to the team?", "The posting says hybrid without the number of office days.",
            found.group(0) if found else None)
    elif facts.workplace == "remote":
        add("remote", "Is it remote from anywhere, or within certain countries and time zones? "
            "How often would I travel to an office?", "Remote, but the limits are not stated.")
    if not _mentions(text, r"\bteam of \d+|\b\d+[- ](?:person|people|strong) team|\breport(?:s|"
                     r"ing)? (?:in)?to\b|\bmanager\b"):
        add("team", "How big is the team, who would I report to, and how is the work split?",
            "The posting does not describe the team or the reporting line." if known
            else "No posting: team unknown.")
    on_call = _mentions(text, r"\bon[- ]call\b|\bpager\b|\bshifts?\b|\brota\b|\bweekends?\b|"
                        r"\bnights?\b")
    if on_call and not _mentions(text, r"on[- ]call (?:allowance|pay|compensat)|shift "
                                 r"(?:allowance|differential|premium)"):
        add("on_call", "How often is on-call or shift work, and how is it compensated?",
            "The posting mentions it without saying how often or how it is paid.",
            on_call.group(0))
    elif not on_call and code.startswith(ON_CALL_GROUPS):
        add("on_call", "Is there an on-call rotation or shift work? How often, and how is it "
            "compensated?", "Common in this occupation; the posting does not say.")
    if _mentions(text, r"\bcontract\b|\bfixed[- ]term\b|\btemporary\b") or \
            facts.employment_type in {"contract", "temporary", "contract_to_hire"}:
        add("contract", "How long is the contract, and what are the chances of it becoming "
            "permanent?", "A contract role without its length or prospects stated.")
    if code.startswith(_TRAVEL_GROUPS) and not _mentions(text, r"\btravel\b"):
        add("travel", "How much travel does the role involve, and is it paid?",
            "Roles in this occupation often travel; the posting does not say.")
    if not _mentions(text, r"\binterview process\b|\binterview stages?\b|\brounds?\b|"
                     r"\btake[- ]home\b|\bstages?\b"):
        add("process", "What are the stages of the interview process, and what is the timeline "
            "to a decision?", "The posting does not describe the process.")
    if not _mentions(text, r"\bcareer (?:path|progression|growth|development)\b|\bpromotion\b|"
                     r"\bprogression\b"):
        add("growth", "What does progression look like from this role? What did the last "
            "person in it go on to?", "The posting says nothing about growth.")
    missing = {"health_insurance", "retirement_plan", "pto", "unlimited_pto"} - facts.benefits
    if len(missing) >= 3:
        add("benefits", "What are the benefits: health cover, retirement contributions and "
            "paid time off?", "The posting lists few or no benefits." if known
            else "No posting: benefits unknown.")
    add("why_open", "Why is this role open: is it new, or a replacement?",
        "Tells you about growth or turnover; postings rarely say.")
    add("success", "What would success look like in the first 90 days?",
        "Shows what they will measure you on.")
    return out
