"""Time parsing a generated LinkedIn export of N messages (default 5,000; target < 10 s).

    python benchmarks/intake/bench_linkedin.py [--messages 5000] [--keep export.zip]

The export mixes recruiter threads (with the user's replies), networking, sales pitches,
event invites, friends and group conversations, in the shape of a real messages.csv
(UTF-8 BOM, HTML entities, multi-line fields, draft columns) inside a ZIP.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sidedoor.intake.readers.linkedin import COLUMNS as LINKEDIN_COLUMNS  # noqa: E402

OWNER = "Alex Morgan"
COLUMNS = list(LINKEDIN_COLUMNS)  # the columns the reader knows, newest export layout
REPLIES = [
    "Thanks &amp; happy to chat - what's the salary range?",
    "Not looking right now, but keep me in mind.",
    "Sounds interesting.\nCould you send the JD?",
    "Sure, Thursday 2pm works.",
]


def build_export(n_messages: int, seed: int = 7) -> bytes:
    from score import load_messages

    rng = random.Random(seed)
    texts = [m["text"] for m in load_messages()]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    written = conv = 0
    while written < n_messages:
        conv += 1
        sender = f"Person {conv}"
        body = rng.choice(texts)
        subject = ""
        if body.startswith("Subject:"):
            first, _, body = body.partition("\n")
            subject = first[8:].strip()
        group = conv % 17 == 0
        to = OWNER + (", Sam Lee, Priya Shah" if group else "")
        for turn in range(rng.randint(1, 4)):
            mine = turn % 2 == 1
            content = (
                rng.choice(REPLIES)
                if mine
                else (body if turn == 0 else "Following up on my note below - any thoughts?")
            )
            writer.writerow(
                [
                    f"2-{conv:08x}",
                    "Group chat" if group else "",
                    OWNER if mine else sender,
                    f"https://www.linkedin.com/in/p{conv}",
                    sender if mine else to,
                    "",
                    f"2024-{1 + conv % 12:02d}-{1 + turn + conv % 20:02d} 10:{turn:02d}:00 UTC",
                    subject if turn == 0 else "",
                    content.replace("&", "&amp;") if turn == 0 else content,
                    "INBOX",
                    "",
                    "No",
                    "No",
                ]
            )
            written += 1
            if written >= n_messages:
                break
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Basic_LinkedInDataExport/messages.csv", "\ufeff" + out.getvalue())
        zf.writestr("Basic_LinkedInDataExport/Profile.csv", "First Name,Last Name\nAlex,Morgan\n")
    return buf.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    from sidedoor.intake import parse_bytes

    data = build_export(args.messages)
    if args.keep:
        args.keep.write_bytes(data)
    parse_bytes(build_export(50), name="warm-up.zip")  # imports and regex compilation
    start, cpu = time.perf_counter(), time.process_time()
    result = parse_bytes(data, name="export.zip")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    outreach = sum(i.is_recruiter_outreach for i in result.items)
    print(
        f"{args.messages} messages, {len(result.items)} conversations ({outreach} recruiter) "
        f"parsed in {elapsed:.2f} s wall, {cpu:.2f} s CPU ({args.messages / elapsed:.0f}"
        f" messages/s); "
        f"errors: {len(result.errors)}"
    )
    return 0 if elapsed < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
