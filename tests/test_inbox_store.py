"""`sidedoor inbox add / list / show`: messages stored once, recruiters matched, opportunities
threaded, a bad item never losing the good ones — on a real SQLite store per test."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

FIX = Path(__file__).parent / "fixtures" / "intake"
Run = Callable[..., Any]
# Read once at import: the `home` fixture clears SIDEDOOR_* variables for each test.
PG_URL = os.environ.get("SIDEDOOR_TEST_PG_URL")

FIRST = """\
From: Dana Whitfield <dana.whitfield@northpeak-talent.com>
To: Alex Rivera <alex.rivera@example.com>
Subject: Senior Backend Engineer at Lumen Health - hybrid in Austin
Date: Mon, 03 Mar 2025 09:14:00 -0600
Message-ID: <first-1@northpeak-talent.com>
Content-Type: text/plain; charset="utf-8"

Hi Alex,

I'm a recruiter with Northpeak Talent. My client Lumen Health is hiring a Senior Backend
Engineer (Python) for their platform team: hybrid, 2 days a week in their Austin, TX office,
base $165,000-$190,000 plus RSUs.

Would you be open to a 15-minute call this week?

Best,
Dana Whitfield
Senior Technical Recruiter | Northpeak Talent
"""

FOLLOW_UP = """\
From: Dana Whitfield <dana.whitfield@northpeak-talent.com>
To: Alex Rivera <alex.rivera@example.com>
Subject: Re: Senior Backend Engineer at Lumen Health - hybrid in Austin
Date: Fri, 07 Mar 2025 10:02:00 -0600
Message-ID: <followup-2@northpeak-talent.com>
In-Reply-To: <first-1@northpeak-talent.com>
References: <first-1@northpeak-talent.com>
Content-Type: text/plain; charset="utf-8"

Hi Alex, just following up on my note below. The hiring manager confirmed 25 days PTO
and a 401(k) match of 4%. Any time for a quick chat next week?

Dana
"""

NUDGE = """\
From: Dana Whitfield <dana.whitfield@northpeak-talent.com>
To: Alex Rivera <alex.rivera@example.com>
Subject: Re: Senior Backend Engineer at Lumen Health - hybrid in Austin
Date: Tue, 11 Mar 2025 08:00:00 -0600
Message-ID: <nudge-3@northpeak-talent.com>
In-Reply-To: <followup-2@northpeak-talent.com>
References: <first-1@northpeak-talent.com> <followup-2@northpeak-talent.com>
Content-Type: text/plain; charset="utf-8"

Hi Alex, any thoughts?
"""

REPLY = """\
From: Alex Rivera <alex.rivera@example.com>
To: Dana Whitfield <dana.whitfield@northpeak-talent.com>
Subject: Re: Senior Backend Engineer at Lumen Health - hybrid in Austin
Date: Mon, 03 Mar 2025 18:40:00 -0600
Message-ID: <reply-9@example.com>
In-Reply-To: <first-1@northpeak-talent.com>
References: <first-1@northpeak-talent.com>
Content-Type: text/plain; charset="utf-8"

Thanks Dana, Thursday afternoon works for me.

Alex
"""

POSTING = """\
<!doctype html>
<html><head><title>Senior Backend Engineer - Lumen Health</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting",
 "title": "Senior Backend Engineer", "datePosted": "2025-03-01", "employmentType": "FULL_TIME",
 "hiringOrganization": {"@type": "Organization", "name": "Lumen Health"},
 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
   "addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}},
 "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type":
   "QuantitativeValue", "minValue": 165000, "maxValue": 190000, "unitText": "YEAR"}},
 "description": "Build Python services on AWS."}
</script></head>
<body><h1>Senior Backend Engineer</h1><p>Lumen Health is hiring in Austin, TX.</p>
<h2>Responsibilities</h2><ul><li>Build Python services on AWS</li></ul>
<h2>Requirements</h2><ul><li>5+ years of backend experience</li></ul></body></html>
"""


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, run_cli: Run) -> Run:
    from sidedoor.cli import COMMANDS

    monkeypatch.setitem(
        COMMANDS, "inbox", ("sidedoor.cli.inbox:inbox", "Recruiter messages and job postings.")
    )
    return run_cli


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def add(cli: Run, path: Path | str, *extra: str, input: str | None = None) -> dict[str, Any]:
    result = cli("inbox", "add", str(path), "--json", *extra, input=input)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def rows(home: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(home / "sidedoor.sqlite3")) as db:
        return list(db.execute(sql))


def count(home: Path, table: str) -> int:
    return int(rows(home, f"SELECT count(*) FROM {table}")[0][0])


def export_without_timestamp(cli: Run) -> list[str]:
    result = cli("export")
    assert result.exit_code == 0, result.output
    return [line for line in result.stdout.splitlines() if '"exported_at"' not in line]


def linkedin_zip(folder: Path) -> Path:
    target = folder / "Basic_LinkedInDataExport_03-2025.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Basic_LinkedInDataExport/messages.csv",
                    (FIX / "linkedin_messages.csv").read_bytes())
        zf.writestr("Basic_LinkedInDataExport/Profile.csv", "First Name,Last Name\nAlex,Morgan\n")
    return target


# ---------------------------------------------------------------- every format


@pytest.mark.parametrize(
    ("name", "opportunities", "titles"),
    [
        ("us_tech_inmail.eml", 1, ["Senior Backend Engineer"]),
        ("mailbox.mbox", 1, ["Senior Backend Engineer"]),
        ("ca_trades_electrician.msg", 1, ["Journeyman Electrician"]),
        ("linkedin_messages.csv", 1, ["Staff Software Engineer"]),
        ("de_nurse_posting.html", 1, ["Gesundheits- und Krankenpfleger"]),
        ("ca_accountant_jd.pdf", 1, ["Senior Accountant"]),
        ("au_nurse_jd.docx", 1, ["Registered Nurse"]),
        ("jobspy.csv", 3, ["Data Engineer", "Registered Nurse", "Senior Python Developer"]),
        ("postings.json", 2, ["Backend Engineer", "Site Reliability Engineer"]),
        ("in_it_lakh.txt", 1, ["Senior Java Developer"]),
    ],
)
def test_add_each_format(cli: Run, home: Path, name: str, opportunities: int,
                         titles: list[str]) -> None:
    data = add(cli, FIX / name)
    assert data["summary"]["added"] == opportunities
    assert len(data["new_opportunity_ids"]) == opportunities
    assert count(home, "opportunities") == opportunities
    stored = [t for (t,) in rows(home, "SELECT title FROM positions ORDER BY id")]
    for title in titles:
        assert any(s.startswith(title) for s in stored), (title, stored)
    assert count(home, "source_messages") >= opportunities
    listed = json.loads(cli("inbox", "list", "--json").stdout)
    assert len(listed) == opportunities


def test_add_linkedin_zip_keeps_every_message_and_one_opportunity(cli: Run, home: Path,
                                                                  tmp_path: Path) -> None:
    data = add(cli, linkedin_zip(tmp_path))
    assert data["summary"] == {"added": 1, "threaded": 0, "known": 0, "not_outreach": 3,
                               "error": 0}
    # 6 non-draft messages (the draft conversation is skipped by intake); none lost.
    assert count(home, "source_messages") == 6
    (opp,) = json.loads(cli("inbox", "list", "--json").stdout)
    assert (opp["recruiter"], opp["company"], opp["messages"]) == ("Sarah Kim", "Ramp", 2)
    roles = rows(home, "SELECT role FROM opportunity_messages ORDER BY message_id")
    assert roles == [("origin",), ("reply",)]
    profile = rows(home, "SELECT profile_url FROM recruiters")
    assert profile == [("https://www.linkedin.com/in/sarahkim",)]


def test_add_from_stdin_and_the_original_is_kept(cli: Run, home: Path) -> None:
    text = (FIX / "au_sales_ote.txt").read_text(encoding="utf-8")
    data = add(cli, "-", input=text)
    assert data["source"] == "<stdin>" and data["summary"]["added"] == 1
    raw, raw_type, channel = rows(home, "SELECT raw, raw_type, channel FROM source_messages")[0]
    assert raw.decode("utf-8") == text and raw_type == "text/plain" and channel == "text"


def test_not_outreach_is_stored_as_a_message_without_opportunity(cli: Run, home: Path) -> None:
    result = cli("inbox", "add", str(FIX / "sales_pitch.txt"))
    assert result.exit_code == 0, result.output
    assert "not outreach (stored as messages, no opportunity): 1" in result.stdout
    assert count(home, "source_messages") == 1 and count(home, "opportunities") == 0
    (headers,) = rows(home, "SELECT headers FROM source_messages")[0]
    assert json.loads(headers)["intake"]["is_recruiter_outreach"] is False


# ---------------------------------------------------------------- dedupe


def test_same_input_twice_leaves_the_store_unchanged(cli: Run, home: Path,
                                                     tmp_path: Path) -> None:
    export = linkedin_zip(tmp_path)
    for path in (export, FIX / "mailbox.mbox", FIX / "jobspy.csv", FIX / "multi_role.txt"):
        add(cli, path)
    before = export_without_timestamp(cli)
    for path in (export, FIX / "mailbox.mbox", FIX / "jobspy.csv", FIX / "multi_role.txt"):
        again = add(cli, path)
        assert again["summary"]["added"] == again["summary"]["threaded"] == 0
        assert again["summary"]["not_outreach"] == 0
        assert again["summary"]["known"] == len([i for i in again["items"]
                                                 if i["outcome"] != "error"])
    assert export_without_timestamp(cli) == before
    # The CSV inside the ZIP is the same export: adding it alone changes nothing either.
    add(cli, FIX / "linkedin_messages.csv")
    assert export_without_timestamp(cli) == before


def test_same_email_in_an_mbox_and_as_eml_is_one_message(cli: Run, home: Path,
                                                         tmp_path: Path) -> None:
    eml = write(tmp_path, "first.eml", FIRST)
    mbox = write(tmp_path, "box.mbox", "From dana@example.com Mon Mar  3 15:14:00 2025\n"
                 + FIRST + "\n")
    add(cli, eml)
    data = add(cli, mbox)
    assert data["summary"]["known"] == 1
    assert count(home, "source_messages") == 1


# ---------------------------------------------------------------- threading


def test_first_message_follow_up_and_posting_are_one_opportunity(cli: Run, home: Path,
                                                                 tmp_path: Path) -> None:
    first = add(cli, write(tmp_path, "first.eml", FIRST))
    follow = add(cli, write(tmp_path, "followup.eml", FOLLOW_UP))
    posting = add(cli, write(tmp_path, "posting.html", POSTING))
    (opp_id,) = first["new_opportunity_ids"]
    assert follow["items"][0] | {} == follow["items"][0]
    assert (follow["items"][0]["outcome"], follow["items"][0]["rule"]) == ("threaded",
                                                                           "same_thread")
    assert (posting["items"][0]["outcome"], posting["items"][0]["rule"]) == ("threaded",
                                                                             "company_title")
    assert follow["threaded_opportunity_ids"] == posting["threaded_opportunity_ids"] == [opp_id]
    assert count(home, "opportunities") == 1 and count(home, "positions") == 1
    detail = json.loads(cli("inbox", "show", str(opp_id), "--json").stdout)
    assert [m["role"] for m in detail["messages"]] == ["posting", "origin", "follow_up"]
    assert [m["channel"] for m in detail["messages"]] == ["posting", "email", "email"]
    (position,) = detail["positions"]
    # Gaps filled from the later messages; nothing the first message said was overwritten.
    names = [b["name"] for b in position["benefits"]]
    assert names[0] == "equity" and {"pto", "retirement_plan"} <= set(names)
    assert position["employment_type"] == "full_time"
    assert position["pay"] == {"min": 165000.0, "max": 190000.0, "currency": "USD",
                               "period": "year"}
    assert detail["recruiter"]["email"] == "dana.whitfield@northpeak-talent.com"
    assert count(home, "recruiters") == 1


def test_posting_first_then_recruiter_message_is_one_opportunity(cli: Run, home: Path,
                                                                 tmp_path: Path) -> None:
    add(cli, write(tmp_path, "posting.html", POSTING))
    data = add(cli, write(tmp_path, "first.eml", FIRST))
    assert data["items"][0]["outcome"] == "threaded"
    (opp,) = json.loads(cli("inbox", "list", "--json").stdout)
    assert opp["recruiter"] == "Dana Whitfield" and opp["messages"] == 2


def test_a_short_reply_in_the_thread_joins_the_opportunity(cli: Run, home: Path,
                                                           tmp_path: Path) -> None:
    add(cli, write(tmp_path, "first.eml", FIRST))
    data = add(cli, write(tmp_path, "nudge.eml", NUDGE))
    assert (data["items"][0]["outcome"], data["items"][0]["rule"]) == ("threaded",
                                                                       "same_thread")
    assert count(home, "opportunities") == 1 and count(home, "positions") == 1


def test_a_reply_imported_before_the_message_it_answers(cli: Run, home: Path,
                                                        tmp_path: Path) -> None:
    reply = write(tmp_path, "reply.eml", REPLY)
    first = write(tmp_path, "first.eml", FIRST)
    assert add(cli, reply)["summary"]["not_outreach"] == 1
    data = add(cli, first)
    assert data["summary"]["added"] == 1
    (opp,) = json.loads(cli("inbox", "list", "--json").stdout)
    assert opp["messages"] == 2  # the reply stored first joined the opportunity
    before = export_without_timestamp(cli)
    for path in (reply, first):
        assert add(cli, path)["summary"]["known"] == 1
    assert export_without_timestamp(cli) == before


def test_another_recruiter_or_a_late_message_is_a_new_opportunity(cli: Run, home: Path,
                                                                  tmp_path: Path) -> None:
    add(cli, write(tmp_path, "first.eml", FIRST))
    other = FIRST.replace("Dana Whitfield", "Sam Ortiz").replace(
        "dana.whitfield@northpeak-talent.com", "sam@talentbridge.example").replace(
        "first-1@", "other-1@").replace("Northpeak Talent", "TalentBridge")
    assert add(cli, write(tmp_path, "other.eml", other))["summary"]["added"] == 1
    late = FIRST.replace("Mon, 03 Mar 2025", "Mon, 01 Dec 2025").replace("first-1@", "late-1@")
    late = late.replace("Subject: Senior Backend Engineer at Lumen Health - hybrid in Austin",
                        "Subject: Senior Backend Engineer at Lumen Health (reopened)")
    assert add(cli, write(tmp_path, "late.eml", late))["summary"]["added"] == 1
    assert count(home, "opportunities") == 3
    # Dana's two approaches share one recruiter record.
    assert count(home, "recruiters") == 2


def test_linkedin_conversation_exported_again_with_new_messages(cli: Run, home: Path,
                                                                tmp_path: Path) -> None:
    base = (FIX / "linkedin_messages.csv").read_text(encoding="utf-8-sig")
    add(cli, write(tmp_path, "messages.csv", base))
    later = base.rstrip("\n") + (
        '\n2-aaa,,Sarah Kim,https://www.linkedin.com/in/sarahkim,Alex Morgan,'
        'https://www.linkedin.com/in/alexm,2025-03-03 08:00:00 UTC,,'
        '"Four rounds: recruiter screen, coding, system design, values. Free Thursday?",'
        'INBOX,,No,No\n'
    )
    data = add(cli, write(tmp_path, "messages-later.csv", later))
    threaded = [i for i in data["items"] if i["outcome"] == "threaded"]
    assert len(threaded) == 1 and threaded[0]["messages_added"] == 1
    assert threaded[0]["rule"] in {"same_message", "same_thread"}
    assert data["summary"]["known"] == 3
    (opp,) = json.loads(cli("inbox", "list", "--json").stdout)
    assert opp["messages"] == 3 and count(home, "positions") == 1


# ---------------------------------------------------------------- positions


def test_multi_role_message_gives_one_position_per_role(cli: Run, home: Path) -> None:
    data = add(cli, FIX / "multi_role.txt")
    (opp_id,) = data["new_opportunity_ids"]
    detail = json.loads(cli("inbox", "show", str(opp_id), "--json").stdout)
    titles = [p["title"] for p in detail["positions"]]
    assert titles == ["Senior Frontend Engineer", "Senior Backend Engineer", "DevOps Engineer"]
    pays = [(p["pay"]["min"], p["pay"]["max"]) for p in detail["positions"]]
    assert pays == [(140000.0, 165000.0), (150000.0, 175000.0), (145000.0, 170000.0)]
    for p in detail["positions"]:
        assert p["workplace"] == "remote"
        assert p["evidence"]["title"]["text"] == p["title"]
        assert p["pay_details"]["disclosed"] is True
        assert p["facts"]["remote_from"] == ["US"]


# ---------------------------------------------------------------- bad items


def test_bad_item_in_a_batch_keeps_the_good_ones(cli: Run, home: Path) -> None:
    result = cli("inbox", "add", str(FIX / "mailbox.mbox"), "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["summary"]["error"] == 1 and data["summary"]["added"] == 1
    (error,) = [i for i in data["items"] if i["outcome"] == "error"]
    assert error["index"] == 2 and "headers" in error["error"]
    assert count(home, "source_messages") == 2


def test_an_item_that_fails_to_store_is_rolled_back_alone(cli: Run, home: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from sidedoor.opportunities import ingest

    real = ingest.position_values

    def flaky(p: Any, item: Any, message_id: int) -> dict[str, Any]:
        values = real(p, item, message_id)
        if (p.title or "").startswith("Registered Nurse"):
            values["title"] = None  # positions.title is NOT NULL: the database refuses it
        return values

    monkeypatch.setattr(ingest, "position_values", flaky)
    result = cli("inbox", "add", str(FIX / "jobspy.csv"))
    assert result.exit_code == 0, result.output
    assert "errors: 1" in result.stdout and "item 1:" in result.stdout
    titles = [t for (t,) in rows(home, "SELECT title FROM positions ORDER BY id")]
    assert titles == ["Data Engineer", "Senior Python Developer"]
    # Nothing of the failed item is left behind, not even its message.
    assert count(home, "source_messages") == 2 and count(home, "opportunities") == 2
    monkeypatch.setattr(ingest, "position_values", real)
    again = add(cli, FIX / "jobspy.csv")
    assert again["summary"] == {"added": 1, "threaded": 0, "known": 2, "not_outreach": 0,
                                "error": 0}


def test_input_with_only_bad_items_exits_1(cli: Run, home: Path, tmp_path: Path) -> None:
    result = cli("inbox", "add", str(write(tmp_path, "feed.json", "[1, 2]")))
    assert result.exit_code == 1
    assert "errors: 2" in result.stdout


def test_unreadable_file_is_one_clear_error(cli: Run, home: Path, tmp_path: Path) -> None:
    result = cli("inbox", "add", str(tmp_path / "missing.eml"))
    assert result.exit_code != 0
    assert "missing.eml" in result.output


# ---------------------------------------------------------------- list and show


def test_list_newest_first_with_the_columns(cli: Run, home: Path, tmp_path: Path) -> None:
    add(cli, write(tmp_path, "first.eml", FIRST))
    add(cli, FIX / "multi_role.txt")  # no date: dated when imported, so newer
    listed = json.loads(cli("inbox", "list", "--json").stdout)
    assert [o["title"] for o in listed] == ["Senior Frontend Engineer", "Senior Backend Engineer"]
    newest, older = listed
    assert newest["titles"] == ["Senior Frontend Engineer", "Senior Backend Engineer",
                                "DevOps Engineer"]
    assert newest["pay"] == {"min": 140000.0, "max": 175000.0, "currency": "USD",
                             "period": "year"}
    assert older["company"] == "Lumen Health" and older["recruiter"] == "Dana Whitfield"
    assert older["stage"] == "new" and older["workplace"] == "hybrid"
    assert older["last_message_at"].startswith("2025-03-03T15:14:00")
    text = cli("inbox", "list").stdout
    assert "Lumen Health" in text and "USD 165,000–190,000 a year" in text


def test_list_hides_closed_opportunities_unless_all(cli: Run, home: Path,
                                                    tmp_path: Path) -> None:
    add(cli, write(tmp_path, "first.eml", FIRST))
    with closing(sqlite3.connect(home / "sidedoor.sqlite3")) as db, db:
        db.execute("UPDATE opportunities SET stage = 'declined'")
    assert json.loads(cli("inbox", "list", "--json").stdout) == []
    assert len(json.loads(cli("inbox", "list", "--all", "--json").stdout)) == 1
    assert "No opportunities yet" in cli("inbox", "list").stdout


def test_show_has_positions_evidence_messages_and_recruiter(cli: Run, home: Path,
                                                            tmp_path: Path) -> None:
    add(cli, write(tmp_path, "first.eml", FIRST))
    add(cli, write(tmp_path, "followup.eml", FOLLOW_UP))
    detail = json.loads(cli("inbox", "show", "1", "--json").stdout)
    assert detail["recruiter"]["name"] == "Dana Whitfield"
    assert detail["recruiter"]["agency"] == "Northpeak Talent"
    (position,) = detail["positions"]
    assert position["evidence"]["pay"]["text"] == "$165,000-$190,000"
    assert position["pay_details"]["equity"] == "RSUs"
    assert [m["sent_at"][:10] for m in detail["messages"]] == ["2025-03-03", "2025-03-07"]
    assert detail["messages"][0]["body"].startswith("Hi Alex")
    assert detail["next_action"] == "Would you be open to a 15-minute call this week?"
    text = cli("inbox", "show", "1").stdout
    for expected in ("#1 Senior Backend Engineer at Lumen Health", "Recruiter #1: Dana Whitfield",
                     '← "$165,000-$190,000"', "Messages (2)", "follow_up"):
        assert expected in text, expected


def test_show_unknown_id_says_what_to_do(cli: Run, home: Path) -> None:
    result = cli("inbox", "show", "42")
    assert result.exit_code == 1
    assert "No opportunity #42" in result.stderr and "sidedoor inbox list" in result.stderr


def test_occupations_are_coded_when_the_knowledge_store_is_installed(
    cli: Run, installed_home: Path
) -> None:
    data = add(cli, FIX / "ca_trades_electrician.msg")
    assert not any("No knowledge data" in n for n in data["notes"])
    codes = rows(installed_home, "SELECT occupation_code FROM positions")
    assert codes and all(code and code[:2] == "47" for (code,) in codes)  # construction trades
    candidates = rows(installed_home,
                      "SELECT value FROM opportunity_facts WHERE key = 'occupation_candidates'")
    assert len(json.loads(candidates[0][0])) >= 1


def test_without_knowledge_data_occupation_stays_null(cli: Run, home: Path) -> None:
    data = add(cli, FIX / "ca_trades_electrician.msg")
    assert any("sidedoor data install" in n for n in data["notes"])
    assert rows(home, "SELECT occupation_code FROM positions") == [(None,)]


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture
def pg_store_url(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh schema on the test server as the user's store (skipped without a server,
    except in CI, where a missing server fails)."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI is set but SIDEDOOR_TEST_PG_URL is not: PostgreSQL tests must run.")
        pytest.skip("SIDEDOOR_TEST_PG_URL is not set (bash scripts/start_postgres.sh prints one)")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"sidedoor_inbox_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={name}"})
    monkeypatch.setenv("SIDEDOOR_STORE_URL", url.render_as_string(hide_password=False))
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        admin.dispose()


@pytest.mark.postgres
def test_threading_and_dedupe_on_postgresql(cli: Run, pg_store_url: str,
                                            tmp_path: Path) -> None:
    inputs = [write(tmp_path, "first.eml", FIRST), write(tmp_path, "followup.eml", FOLLOW_UP),
              write(tmp_path, "posting.html", POSTING), linkedin_zip(tmp_path),
              FIX / "multi_role.txt"]
    for path in inputs:
        add(cli, path)
    before = export_without_timestamp(cli)
    for path in inputs:
        again = add(cli, path)
        assert again["summary"]["added"] == again["summary"]["threaded"] == 0
    assert export_without_timestamp(cli) == before
    listed = json.loads(cli("inbox", "list", "--json").stdout)
    assert sorted(o["messages"] for o in listed) == [1, 2, 3]
    lumen = next(o for o in listed if o["company"] == "Lumen Health")
    detail = json.loads(cli("inbox", "show", str(lumen["id"]), "--json").stdout)
    assert [m["role"] for m in detail["messages"]] == ["posting", "origin", "follow_up"]


# ---------------------------------------------------------------- batched writes


def _export_without_times(cli: Run) -> list[str]:
    """The store as `sidedoor export` writes it, less the times rows were written."""
    times = re.compile(r'"(?:created_at|updated_at|recorded_at|exported_at)": "[^"]*"')
    return [times.sub("", line) for line in export_without_timestamp(cli)]


@pytest.mark.parametrize("chunk", [200, 3])
def test_batched_writes_give_the_same_store_as_row_by_row(
    cli: Run, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """On SQLite new rows are written in batches with ids taken from the tables' sequences;
    the store must come out exactly as with one INSERT per row (the path other databases
    take), ids included, even after a row was deleted (the sequence is past the largest id),
    with small chunks as with large ones."""
    from sidedoor.opportunities import ingest

    inputs = [
        linkedin_zip(tmp_path), FIX / "mailbox.mbox", FIX / "jobspy.csv",
        FIX / "multi_role.txt", FIX / "lead_two_roles.eml", FIX / "au_sales_ote.txt",
        FIX / "sales_pitch.txt", write(tmp_path, "first.eml", FIRST),
        write(tmp_path, "posting.html", POSTING), write(tmp_path, "followup.eml", FOLLOW_UP),
    ]
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks" / "intake"))
    from bench_linkedin import build_export  # many threads, loose replies, shared messages

    generated = tmp_path / "generated_export.zip"
    generated.write_bytes(build_export(400))
    inputs.insert(2, generated)
    real = ingest._has_sequence_table
    batching = {"on": False}
    monkeypatch.setattr(ingest, "_has_sequence_table",
                        lambda conn: batching["on"] and real(conn))
    exports = []
    for batched in (False, True):
        batching["on"] = batched
        monkeypatch.setenv("SIDEDOOR_HOME", str(tmp_path / f"home-{batched}"))
        monkeypatch.setattr(ingest, "CHUNK", chunk)
        for i, path in enumerate(inputs):
            add(cli, path)
            if i == 1:  # the newest message and position go: their ids are not reused
                with closing(sqlite3.connect(tmp_path / f"home-{batched}" / "sidedoor.sqlite3")
                             ) as db, db:
                    db.execute("PRAGMA foreign_keys=ON")
                    db.execute("DELETE FROM positions WHERE id = (SELECT max(id) FROM positions)")
                    db.execute("DELETE FROM source_messages WHERE id ="
                               " (SELECT max(id) FROM source_messages)")
        exports.append(_export_without_times(cli))
    row_by_row, batched_export = exports
    assert len(row_by_row) > 100
    assert batched_export == row_by_row


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
@pytest.mark.parametrize("chunk", [200, 7])
def test_items_stored_while_workers_analyse_give_the_store_of_one_process(
    cli: Run, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """With workers, an export's items are stored as they come back, while the rest are
    analysed; the store must come out exactly as when everything is analysed first and
    stored afterwards (one process), and importing the export again must add nothing."""
    from sidedoor.opportunities import ingest

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks" / "intake"))
    from bench_linkedin import build_export  # many threads, loose replies, shared messages

    generated = tmp_path / "generated_export.zip"
    generated.write_bytes(build_export(1000))
    monkeypatch.setattr(ingest, "CHUNK", chunk)
    stored_while = {"runs": 0}
    real_add = ingest.Ingest.add

    def counting_add(self: ingest.Ingest, items: Any, **kwargs: Any) -> None:
        stored_while["runs"] += 1
        real_add(self, items, **kwargs)

    monkeypatch.setattr(ingest.Ingest, "add", counting_add)
    exports = []
    for jobs in ("1", "2"):
        monkeypatch.setenv("SIDEDOOR_HOME", str(tmp_path / f"home-{jobs}"))
        add(cli, FIX / "mailbox.mbox")
        stored_while["runs"] = 0
        add(cli, generated, "--jobs", jobs)
        runs = stored_while["runs"]
        stored = _export_without_times(cli)
        again = add(cli, generated, "--jobs", jobs)
        assert {item["outcome"] for item in again["items"]} == {"known"}
        assert _export_without_times(cli) == stored
        exports.append(stored)
        if jobs == "1":
            assert runs == 1  # analysed, then stored at once
        else:
            assert runs > 10  # stored in runs as the items came back
    one_process, two = exports
    assert len(one_process) > 1000
    assert two == one_process


def test_a_batch_stored_without_reading_what_the_store_drops_is_the_same_store(
    cli: Run, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`inbox add` parses a batch ``for_store`` (no recruiter, next step or dates read for a
    message that is no opportunity): the store must be the one a full parse gives."""
    from sidedoor.intake import pipeline

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks" / "intake"))
    from bench_linkedin import build_export

    generated = tmp_path / "generated_export.zip"
    generated.write_bytes(build_export(400))
    real = pipeline.parse_path
    asked: list[bool] = []

    def parse_path(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs["for_store"])
        if not brief:
            kwargs["for_store"] = False
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "parse_path", parse_path)
    exports = []
    for brief in (True, False):
        monkeypatch.setenv("SIDEDOOR_HOME", str(tmp_path / f"home-{brief}"))
        add(cli, FIX / "mailbox.mbox")
        report = add(cli, generated)
        assert {"added", "not_outreach"} <= {item["outcome"] for item in report["items"]}
        exports.append(_export_without_times(cli))
    assert asked == [True] * 4  # inbox add always parses for the store
    assert exports[0] == exports[1]
