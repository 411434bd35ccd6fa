"""Forwarded mail: the forwarded recruiter message is the one analysed, not the forwarder's note.
Gmail, Apple Mail, Thunderbird and Outlook forms, in pasted text and in .eml files."""

from __future__ import annotations

import csv
import html
import io
from email.message import EmailMessage

from sidedoor.intake import parse_bytes, parse_text
from sidedoor.intake.readers.replies import unwrap_forward

GMAIL = """Subject: Fwd: Warehouse Supervisor - Rotterdam

Hi Sam, you mentioned you were looking - forwarding this one.
Kees

---------- Forwarded message ---------
From: Anouk de Vries <anouk@harbourstaffing.nl>
Date: Thu, 6 Mar 2025 at 09:30
Subject: Warehouse Supervisor - Rotterdam
To: Kees Bakker <kees@example.nl>

Hi Sam,

I'm a recruiter with Harbour Staffing. Our client, a cold-chain logistics firm, is hiring a
Warehouse Supervisor at their Rotterdam port site, on-site with rotating shifts.
€3.900 - €4.400 gross per month plus shift allowance.

Can we have a quick call tomorrow?

Anouk de Vries
Harbour Staffing
"""


def test_gmail_forward_in_pasted_text_is_the_recruiters_message() -> None:
    (item,) = parse_text(GMAIL).items
    assert item.is_recruiter_outreach
    (msg,) = item.messages
    assert msg.forwarded and msg.forward_note is not None and "Kees" in msg.forward_note
    assert msg.sender == "Anouk de Vries" and msg.sender_email == "anouk@harbourstaffing.nl"
    assert msg.subject == "Warehouse Supervisor - Rotterdam"
    assert "forwarding this one" not in item.text  # the forwarder's note is not analysed
    assert item.recruiter.email == "anouk@harbourstaffing.nl"
    assert item.recruiter.company == "Harbour Staffing"
    (pos,) = item.positions
    assert pos.title == "Warehouse Supervisor"
    assert (pos.pay.min, pos.pay.max, pos.pay.currency, pos.pay.period) == (
        3900,
        4400,
        "EUR",
        "month",
    )


def _eml(body: str, subject: str, sender: str = "Chris Hale <chris@example.com>") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "sam@example.com"
    msg["Subject"] = subject
    msg["Date"] = "Fri, 7 Mar 2025 10:00:00 +0000"
    msg["Message-ID"] = "<fwd-1@example.com>"
    msg.set_content(body)
    return msg.as_bytes()


def test_apple_mail_forward_in_eml_names_the_forwarder() -> None:
    body = """Thought of you for this.

Begin forwarded message:

From: Mei Ling Tan <meiling.tan@straitsbank.com.sg>
Subject: Credit Risk Manager
Date: 5 March 2025 at 16:02:11 SGT
To: Chris Hale <chris@example.com>

Hello Sam,

I'm a Talent Acquisition Partner at Straits Bank. We're hiring a Credit Risk Manager in
Singapore, hybrid. S$11,000 - S$13,500 per month plus an annual bonus.

Would you be open to a conversation?

Mei Ling
"""
    (item,) = parse_bytes(_eml(body, "Fwd: Credit Risk Manager"), name="fwd.eml").items
    (msg,) = item.messages
    assert msg.forwarded and msg.forwarded_by == "Chris Hale"
    assert msg.sender_email == "meiling.tan@straitsbank.com.sg"
    assert msg.date == "2025-03-07T10:00:00+00:00"  # the inner date is not RFC 2822: kept
    assert item.is_recruiter_outreach
    (pos,) = item.positions
    assert pos.title == "Credit Risk Manager"
    assert (pos.pay.min, pos.pay.max, pos.pay.currency) == (11000, 13500, "SGD")


OUTLOOK = """Sending over - see below.

From: Olumide Adeyemi <olumide@lagosbridge.com>
Sent: Wednesday, March 5, 2025 2:14 PM
To: Ngozi Okafor <ngozi@example.com>
Subject: Head of Finance - Lagos

Dear Sam,

I'm a partner at Lagos Bridge Consulting. We're working with a leading fintech on a Head of
Finance appointment in Lagos, on-site. ₦45,000,000 - ₦55,000,000 per annum.

Kind regards,
Olumide Adeyemi
"""


def test_outlook_block_with_a_forwarding_note_or_fw_subject() -> None:
    (item,) = parse_text(OUTLOOK).items
    (msg,) = item.messages
    assert msg.forwarded and msg.sender == "Olumide Adeyemi"
    assert item.is_recruiter_outreach
    (pos,) = item.positions
    assert (pos.pay.min, pos.pay.max, pos.pay.currency, pos.pay.period) == (
        45_000_000,
        55_000_000,
        "NGN",
        "year",
    )
    # no note at all, but an "FW:" subject: still a forward
    bare = OUTLOOK.split("\n", 2)[2]
    forward = unwrap_forward(bare, "FW: Head of Finance - Lagos")
    assert forward is not None and forward.sender_email == "olumide@lagosbridge.com"
    assert forward.subject == "Head of Finance - Lagos"


def test_a_reply_is_not_a_forward() -> None:
    reply = OUTLOOK.replace("Sending over - see below.", "Thanks Olumide, I'll think about it.")
    assert unwrap_forward(reply, "RE: Head of Finance - Lagos") is None
    (item,) = parse_text("Subject: RE: Head of Finance - Lagos\n\n" + reply).items
    (msg,) = item.messages
    assert not msg.forwarded and msg.body.startswith("Thanks Olumide")
    assert msg.quoted is not None and "Lagos Bridge" in msg.quoted
    gmail_reply = "Sounds good.\n\nOn Tue, 4 Mar 2025 at 10:12, Ann <ann@x.com> wrote:\n> Hi"
    assert unwrap_forward(gmail_reply) is None


def test_forwarded_newsletter_is_still_not_outreach() -> None:
    text = """Fwd: worth a look?

-------- Forwarded Message --------
Subject: Data Summit Lisbon - last tickets
Date: Mon, 3 Mar 2025 08:00:00 +0000
From: Data Summit <hello@datasummit.pt>

Join 2 000 data people in Lisbon on 12 June. Tickets from €290. Register now -
unsubscribe at any time.
"""
    (item,) = parse_text(text).items
    (msg,) = item.messages
    assert msg.forwarded and msg.sender_email == "hello@datasummit.pt"
    assert not item.is_recruiter_outreach


def test_linkedin_message_holding_a_pasted_forward() -> None:
    content = html.escape(GMAIL.split("\n", 2)[2]).replace("\n", "<br>")
    rows = [
        ("CONVERSATION ID", "FROM", "SENDER PROFILE URL", "TO", "DATE", "SUBJECT", "CONTENT"),
        ("c1", "Kees Bakker", "https://www.linkedin.com/in/kees", "Sam Jones",
         "2025-03-06 10:00:00 UTC", "", content),
        ("c1", "Sam Jones", "https://www.linkedin.com/in/sam", "Kees Bakker",
         "2025-03-06 18:00:00 UTC", "", "Thanks Kees!"),
        # another conversation: Sam is the export's owner
        ("c2", "Sam Jones", "https://www.linkedin.com/in/sam", "Ria Patel",
         "2025-03-07 09:00:00 UTC", "", "Lunch on Friday?"),
    ]  # fmt: skip
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    item = parse_bytes(out.getvalue().encode(), name="messages.csv").items[0]
    msg, reply = item.messages
    assert msg.forwarded and msg.forwarded_by == "Kees Bakker" and not reply.forwarded
    assert msg.sender == "Anouk de Vries" and msg.sender_profile_url is None
    assert msg.direction == "inbound" and item.is_recruiter_outreach
    assert item.recruiter.name == "Anouk de Vries"
    assert item.recruiter.company == "Harbour Staffing"
