"""Round 20: bare heads take their field; a dinner shift and a no-fee notice are no
counter-cues (messages in our own wording)."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.outreach import score
from sidedoor.intake.extract.title import find_titles


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a bare "Director" or "Head" is no title: the field after a comma or a dash is its part
        ("We're hiring a Director, Revenue Operations for our Denver office",
         "Director, Revenue Operations"),
        ("Subject: Head – Private Client Lending", "Head – Private Client Lending"),
        ("Opening for a Senior Director, Clinical Supply Chain at our Boston site",
         "Senior Director, Clinical Supply Chain"),
        # a teacher of a subject, as a school writes it
        ("We need a Teacher of Chemistry from January", "Teacher of Chemistry"),
        ("Teacher of English and Drama – maternity cover", "Teacher of English and Drama"),
    ],
)
def test_a_bare_head_takes_its_field(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_bare_head_does_not_take_a_place() -> None:
    # "Director, London": where the role is, not what it directs
    assert "Director, London" not in _titles("Interim Finance role: Director, London, 6 months")


def test_the_sender_s_own_bare_title_is_not_the_role() -> None:
    item = parse_checked(
        "Hi Maya, I'm Director, Talent at Fernhill Labs. We're hiring a Data Engineer in "
        "Leeds, £60k-£70k. Fancy a chat?"
    )
    assert [p.title for p in item.positions] == ["Data Engineer"]


def test_a_dinner_shift_is_no_night_out() -> None:
    note = ("Hey Rosa! We need a Line Cook for dinner service Wed-Sun. $20-23/hr plus tips. "
            "Can you come in Thursday at 2?")
    item = parse_checked(note)
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == ["Line Cook"]
    # a dinner between friends still counts against outreach
    names = {f.name for f in score("Dinner Friday? Long time no see lol")[2]}
    assert "friend_chat" in names


def test_a_tagalog_no_fee_notice_is_no_agency_s_terms() -> None:
    text = (
        "Hello po! May direct hiring po kami para sa Doha, Qatar.\n"
        "▪️ COOK – QAR 2,400/month\n▪️ KITCHEN HELPER – QAR 1,600/month\n"
        "Libre po ang accommodation. Pakisend lang ng CV.\n"
        "Bayanihan Overseas Manpower Inc.\nWALANG PLACEMENT FEE ✅"
    )
    assert "pitching_candidates" not in {f.name for f in score(text)[2]}
    # a seller's "with no placement fee" is still its terms
    seller = ("We place pre-vetted developers with product companies, from €45/hr, with no "
              "placement fee. Worth a call to fill your open role?")
    assert "pitching_candidates" in {f.name for f in score(seller)[2]}
