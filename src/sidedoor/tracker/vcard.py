"""Recruiters as vCard 3.0 (RFC 2426), with ``vobject``.

Each card has FN and N (the last word of the name as the family name), UID
(``sidedoor-recruiter-<id>@localhost``), EMAIL, TEL, ORG (the agency, else the company
they recruit for), TITLE, URL (their profile) and a NOTE with where they are based, the
roles they brought and your notes about them.
"""

from __future__ import annotations

from collections.abc import Iterable

import vobject

from sidedoor.tracker.models import RecruiterCard


def vcard(card: RecruiterCard) -> str:
    """One recruiter's vCard text (CRLF line ends, folded as the standard asks)."""
    v = vobject.vCard()
    v.add("uid").value = f"sidedoor-recruiter-{card.id}@localhost"
    v.add("fn").value = card.name
    parts = card.name.split()
    family = parts[-1] if len(parts) > 1 else card.name
    given = " ".join(parts[:-1]) if len(parts) > 1 else ""
    v.add("n").value = vobject.vcard.Name(family=family, given=given)
    if card.email:
        email = v.add("email")
        email.value = card.email
        email.type_param = "INTERNET"
    if card.phone:
        tel = v.add("tel")
        tel.value = card.phone
        tel.type_param = "WORK"
    if card.organisation:
        v.add("org").value = [card.organisation]
    if card.title:
        v.add("title").value = card.title
    if card.profile_url:
        v.add("url").value = card.profile_url
    note = _note(card)
    if note:
        v.add("note").value = note
    return str(v.serialize())


def vcards(cards: Iterable[RecruiterCard]) -> str:
    """Several vCards, one after the other (a .vcf file)."""
    return "".join(vcard(c) for c in cards)


def _note(card: RecruiterCard) -> str:
    lines = []
    if card.agency and card.company:
        lines.append(f"Recruits for {card.company}")
    if card.location:
        lines.append(f"Based in {card.location}")
    for role in card.roles:
        titles = ", ".join(role.positions) or role.title
        lines.append(f"Role #{role.opportunity_id}: {titles}"
                     + (f" at {role.company}" if role.company else "") + f" ({role.stage})")
    if card.notes:
        lines.append(card.notes)
    return "\n".join(lines)
