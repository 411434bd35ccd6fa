"""Every input form intake reads, and every way a file can be bad."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from sidedoor.errors import SidedoorError
from sidedoor.intake import parse_bytes, parse_path
from sidedoor.intake.errors import FileTooLarge, MalformedInput, UnknownFormat, UnsafeArchive
from sidedoor.intake.readers.base import Limits
from sidedoor.intake.readers.replies import split_reply

FIX = Path(__file__).parent / "fixtures" / "intake"


def test_eml_splits_quote_and_signature_and_prefers_plain_text() -> None:
    result = parse_path(FIX / "us_tech_inmail.eml")
    (item,) = result.items
    (msg,) = item.messages
    assert item.source.format == "eml"
    assert msg.sender == "Jordan Lee" and msg.sender_email == "jordan.lee@hirewell.com"
    assert msg.date == "2025-03-04T14:05:00-05:00"
    assert msg.quoted is not None and "What's the salary range?" in msg.quoted
    assert "salary range" not in item.text  # the quoted reply is not analysed
    assert msg.signature is not None and msg.signature.startswith("Best,")
    assert "HTML version" not in item.text  # text/plain wins over text/html
    assert item.thread_key == "email:<msg-1@hirewell.com>"


def test_outlook_msg_is_read_without_extract_msg() -> None:
    (item,) = parse_path(FIX / "ca_trades_electrician.msg").items
    (msg,) = item.messages
    assert msg.subject == "Journeyman Electrician - Fort McMurray - $48-52/hr"
    assert msg.sender == "Dave Kowalski"
    assert msg.sender_email == "dave.kowalski@northline-energy.ca"
    assert msg.date == "2025-03-04T09:12:00-07:00"
    assert item.is_recruiter_outreach


def test_mbox_keeps_good_messages_when_one_is_bad() -> None:
    result = parse_path(FIX / "mailbox.mbox")
    assert result.many
    assert [i.source.index for i in result.items] == [0, 1]
    assert [i.is_recruiter_outreach for i in result.items] == [True, False]
    (error,) = result.errors
    assert error.index == 2 and "no e-mail headers" in error.message


def test_linkedin_csv_groups_conversations_and_finds_the_recruiter() -> None:
    result = parse_path(FIX / "linkedin_messages.csv")
    by_id = {i.source.conversation_id: i for i in result.items}
    assert set(by_id) == {"2-aaa", "2-bbb", "2-ccc", "2-eee"}  # the draft conversation is left out
    ramp = by_id["2-aaa"]
    assert ramp.is_recruiter_outreach
    assert [m.direction for m in ramp.messages] == ["inbound", "outbound"]
    assert "interview process" not in ramp.text  # the user's own reply is not analysed
    assert "I'm on the recruiting team" in ramp.text  # HTML entities decoded, <br> made newlines
    assert ramp.recruiter.profile_url == "https://www.linkedin.com/in/sarahkim"
    assert ramp.thread_key == "linkedin:2-aaa"
    assert not any(by_id[c].is_recruiter_outreach for c in ("2-bbb", "2-ccc", "2-eee"))
    assert by_id["2-ccc"].source.title == "Data friends"
    assert by_id["2-eee"].messages[0].attachments == ["deck.pdf"]


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_linkedin_zip_is_deterministic_across_imports() -> None:
    csv_bytes = (FIX / "linkedin_messages.csv").read_bytes()
    data = _zip({"Export/messages.csv": csv_bytes, "Export/Profile.csv": b"First Name\nAlex\n"})
    first = parse_bytes(data, name="export.zip")
    second = parse_bytes(data, name="export.zip")
    assert [i.model_dump() for i in first.items] == [i.model_dump() for i in second.items]
    assert first.items[0].source.format == "linkedin-zip"
    # the same conversation from the bare CSV has the same content id
    bare = parse_path(FIX / "linkedin_messages.csv")
    assert [i.id for i in bare.items] == [i.id for i in first.items]


def test_linkedin_column_names_vary_in_case_and_order() -> None:
    data = (
        "\ufeffcontent,FROM,Conversation_ID,date,TO\n"
        "\"Hi, I'm a recruiter at Hays. My client is hiring a Data Engineer, £70k, remote. Open to"
        ' a chat?",'
        "Kim,c1,2025-01-01 10:00:00 UTC,Alex\n"
    ).encode()
    (item,) = parse_bytes(data, name="messages.csv").items
    assert item.is_recruiter_outreach and item.positions[0].title == "Data Engineer"


def test_zip_bomb_is_refused() -> None:
    data = _zip({"messages.csv": b"CONVERSATION ID,FROM,CONTENT\n" + b"a" * 30_000_000})
    with pytest.raises(UnsafeArchive, match=r"zip bomb|limit"):
        parse_bytes(data, name="export.zip")
    many = _zip({f"f{i}.txt": b"x" for i in range(50)})
    with pytest.raises(UnsafeArchive, match="members"):
        parse_bytes(many, name="export.zip", limits=Limits(zip_max_members=10))


def test_zip_without_messages_csv_says_what_to_do() -> None:
    with pytest.raises(MalformedInput) as info:
        parse_bytes(_zip({"Profile.csv": b"a,b\n"}), name="export.zip")
    assert "messages.csv" in str(info.value) and "export" in info.value.hint


def test_html_posting_uses_jsonld_and_never_outputs_scripts() -> None:
    (item,) = parse_path(FIX / "de_nurse_posting.html").items
    assert "alert" not in item.model_dump_json() and "cookie" not in item.text
    assert "<script>" in item.text  # escaped text stays text: shown, never run
    (p,) = item.positions
    assert p.title == "Gesundheits- und Krankenpfleger Intensivstation"
    assert p.company == "Klinikum Nord" and p.company_size == "3200"
    assert (p.pay.min, p.pay.max, p.pay.currency, p.pay.period) == (4100, 4800, "EUR", "month")
    assert p.pay.annual_min == 49200 and p.employment_type == "full_time"
    assert p.date_posted == "2025-02-01" and p.valid_through == "2025-04-30"
    assert {"pto", "retirement_plan", "childcare"} <= {b.name for b in p.benefits}
    assert p.evidence["title"].start is not None  # the JSON-LD title was found in the visible text


def test_html_jsonld_bad_json_and_arrays() -> None:
    html = (
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Welder",}</script>'
        '<script type="application/ld+json">{not json</script><p>Welder needed.</p>'
    )
    (item,) = parse_bytes(html.encode(), name="p.html").items
    assert item.positions[0].title == "Welder"
    assert any("JSON-LD" in w for w in item.warnings)


def test_microdata_posting() -> None:
    html = (
        '<div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Line Cook</h1>'
        '<span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization">'
        '<span itemprop="name">Dishoom</span></span>'
        '<span itemprop="baseSalary" itemscope itemtype="http://schema.org/MonetaryAmount">'
        '<meta itemprop="currency" content="GBP"><span itemprop="value" itemscope '
        'itemtype="http://schema.org/QuantitativeValue"><span itemprop="value">13.50</span>'
        '<meta itemprop="unitText" content="HOUR"></span></span></div>'
    )
    (item,) = parse_bytes(html.encode(), name="p.html").items
    (p,) = item.positions
    assert (p.title, p.company, p.pay.min, p.pay.currency, p.pay.period) == (
        "Line Cook",
        "Dishoom",
        13.5,
        "GBP",
        "hour",
    )
    assert p.pay.annual_min == 28080


def test_pdf_and_docx_job_descriptions() -> None:
    (pdf,) = parse_path(FIX / "ca_accountant_jd.pdf").items
    p = pdf.positions[0]
    assert (
        pdf.kind == "posting" and p.title == "Senior Accountant" and p.company == "Maple Leaf Foods"
    )
    assert (p.pay.min, p.pay.max, p.pay.currency, p.workplace, p.office_days_per_week) == (
        85000,
        100000,
        "CAD",
        "hybrid",
        3,
    )
    (docx,) = parse_path(FIX / "au_nurse_jd.docx").items
    d = docx.positions[0]
    assert d.title == "Registered Nurse - Emergency Department" and d.workplace == "onsite"
    assert (d.pay.min, d.pay.max, d.pay.currency) == (85000, 105000, "AUD")
    assert (
        "• Shift penalties and paid overtime" in docx.text and "Location | Melbourne" in docx.text
    )


def test_feeds_csv_and_json_collect_item_errors() -> None:
    csv_result = parse_path(FIX / "jobspy.csv")
    first, nurse, remote = csv_result.items
    assert (first.positions[0].title, first.positions[0].company) == (
        "Data Engineer",
        "Acme Analytics",
    )
    assert (first.positions[0].pay.min, first.positions[0].pay.period) == (120000, "year")
    assert first.positions[0].industry == "Software" and first.positions[0].company_size == "51-200"
    assert nurse.positions[0].pay.period == "hour" and nurse.positions[0].workplace == "onsite"
    assert (
        remote.positions[0].workplace == "remote"
        and remote.positions[0].employment_type == "contract"
    )
    assert not remote.positions[0].pay.disclosed
    json_result = parse_path(FIX / "postings.json")
    assert [i.positions[0].company for i in json_result.items] == ["Stripe", "Shopify"]
    assert json_result.items[1].positions[0].remote_from == ["Canada"]
    assert "bad()" not in json_result.items[0].text
    assert [e.index for e in json_result.errors] == [2]


def test_encodings_are_detected_and_recorded() -> None:
    (item,) = parse_path(FIX / "uk_finance_contract_cp1252.txt").items
    assert item.source.encoding in {"cp1252", "windows-1252"}
    assert "£650" in item.text and "I’m" in item.text
    mixed = "Salary: £90k\n".encode() + "Bonus: 10% — £9k\n".encode("cp1252")
    (m,) = parse_bytes(mixed, name="m.txt").items
    assert m.source.encoding == "utf-8+cp1252" and "— £9k" in m.text
    bom = "\ufeffHi, I'm a recruiter at Hays.".encode("utf-16")
    (b,) = parse_bytes(bom, name="b.txt").items
    assert b.source.encoding == "utf-16" and b.text.startswith("Hi")


def test_bad_files_raise_typed_errors_naming_the_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(FileTooLarge) as info:
        parse_path(big, limits=Limits(max_bytes=1000))
    assert "big.txt" in str(info.value) and info.value.hint
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(UnknownFormat, match=r"blob\.bin"):
        parse_path(blob)
    with pytest.raises(MalformedInput, match="PDF"):
        parse_bytes(b"%PDF-1.4 garbage", name="x.pdf")
    evil = _zip({"word/document.xml": b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'})
    with pytest.raises(MalformedInput, match=r"entities"):
        parse_bytes(evil, name="x.docx")
    with pytest.raises(MalformedInput, match="empty"):
        parse_bytes(b"   \n", name="x.txt")
    with pytest.raises(SidedoorError, match=r"no such file"):
        parse_path(tmp_path / "missing.eml")


@pytest.mark.parametrize(
    ("text", "body", "quoted", "signature"),
    [
        ("Hi\n\nOn Mon, 3 Mar 2025, Jo <j@x.com> wrote:\n> old", "Hi", "On Mon", None),
        ("Hallo\n\nAm 03.03.2025 um 10:00 schrieb Jo:\n> alt", "Hallo", "Am 03", None),
        ("Text\n\n-----Original Message-----\nFrom: a", "Text", "-----Original", None),
        (
            "Text\n\nFrom: Jo Bloggs\nSent: Monday\nTo: me\nSubject: x\n\nold",
            "Text",
            "From: Jo",
            None,
        ),
        (
            "Role below.\n\n-- \nJo Bloggs\nRecruiter",
            "Role below.",
            None,
            "-- \nJo Bloggs\nRecruiter",
        ),
        ("Role below.\n\nSent from my iPhone", "Role below.", None, "Sent from my iPhone"),
        (
            "Role below.\n\nKind regards,\nJo Bloggs\nHays",
            "Role below.",
            None,
            "Kind regards,\nJo Bloggs\nHays",
        ),
        ("Inline\n> quoted line\nmy answer", "Inline\nmy answer", "> quoted", None),
    ],
)
def test_reply_splitter(text: str, body: str, quoted: str | None, signature: str | None) -> None:
    split = split_reply(text)
    assert split.body == body
    assert (split.quoted or "").startswith(quoted or "") and (quoted is None) == (
        split.quoted is None
    )
    assert split.signature == signature


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("件名：【MIRAVA】倉庫リーダー募集のご案内", "【MIRAVA】倉庫リーダー募集のご案内"),
        ("主题：诚邀您加入我们的团队", "诚邀您加入我们的团队"),
        ("제목: 물류 매니저 포지션 제안", "물류 매니저 포지션 제안"),
        ("Subject： full-width colon", "full-width colon"),
    ],
)
def test_pasted_text_subject_lines_in_cjk_languages(line: str, subject: str) -> None:
    item = parse_bytes(f"{line}\n\n本文です。\n".encode(), name="msg.txt").items[0]
    assert item.messages[0].subject == subject
    assert item.text.startswith(f"Subject: {subject}\n")


def test_a_line_that_only_begins_like_a_subject_label_stays_text() -> None:
    item = parse_bytes("件名なし：テスト\n\n本文".encode(), name="msg.txt").items[0]
    assert item.messages[0].subject is None
    assert item.text.startswith("件名なし：テスト")
