"""Round 6 fixes made by the lead: mail without a declared charset, "to hire" after a partner."""

from __future__ import annotations

from sidedoor.intake.pipeline import parse_bytes


def test_mail_without_a_charset_keeps_its_non_ascii_text() -> None:
    raw = (
        "From: Sofie Lind <sofie@example.se>\n"
        "Subject: Platform Engineer in Göteborg\n"
        "\n"
        "Hej! We're hiring a Platform Engineer in Göteborg, hybrid.\n"
        "Lön: 52\u00a0000 – 60\u00a0000 kr per månad.\n"
    ).encode()
    item = parse_bytes(raw, name="paste.eml").items[0]
    assert "Göteborg" in item.text and "\ufffd" not in item.text
    pay = item.positions[0].pay
    assert (pay.min, pay.max, pay.currency, pay.period) == (52000, 60000, "SEK", "month")


def test_partner_hiring_for_a_client_is_still_the_role() -> None:
    text = (
        "Hi Sam, I'm a consultant partnering with Harbour Foods to hire a Supply Chain Planner"
        " in Leeds. Salary £42,000. Open to a chat?"
    )
    item = parse_bytes(text.encode(), name="m.txt").items[0]
    assert [p.title for p in item.positions] == ["Supply Chain Planner"]
