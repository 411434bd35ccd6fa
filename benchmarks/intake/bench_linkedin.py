"""Time parsing a generated LinkedIn export of N messages (default 5,000; target < 10 s).

    python benchmarks/intake/bench_linkedin.py [--messages 5000] [--keep export.zip] [--diverse]

The export mixes recruiter threads (with the user's replies), networking, sales pitches,
event invites, friends and group conversations, in the shape of a real messages.csv
(UTF-8 BOM, HTML entities, multi-line fields, draft columns) inside a ZIP. By default each
conversation opens with one of the first labelled set's 66 messages (so that timings stay
comparable between rounds), which repeats every text about thirty times; `--diverse` opens
each with a different message of all the labelled sets (longer, and harder negatives), as a
real inbox would, so that nothing is computed twice for the same text.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import time
import zipfile
from collections.abc import Iterator
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


def build_export(n_messages: int, seed: int = 7, *, diverse: bool = False) -> bytes:
    """The export; ``diverse``: each conversation opens with a different labelled message (all
    the sets, outreach and other messages in the first set's proportions) instead of one of the
    first set's 66 drawn again and again, so that no analysis is repeated on the same text."""
    from score import load_messages

    rng = random.Random(seed)
    texts = [m["text"] for m in load_messages()]
    draw = _diverse_draw(rng) if diverse else None
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    written = conv = 0
    while written < n_messages:
        conv += 1
        sender = f"Person {conv}"
        body = next(draw) if draw is not None else rng.choice(texts)
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


def _diverse_draw(rng: random.Random) -> Iterator[str]:
    """Labelled messages of every set, each once before any is used again, outreach drawn with
    the first set's share (35 of its 66 messages)."""
    from score import HELDOUT, load_heldout, load_messages

    first = load_messages()
    share = sum(bool(m["label"]["outreach"]) for m in first) / len(first)
    every = first + [m for n in sorted(HELDOUT) for m in load_heldout(n)]
    pools = [
        [m["text"] for m in every if bool(m["label"]["outreach"]) is kind] for kind in (True, False)
    ]
    while True:
        for pool in pools:
            rng.shuffle(pool)
        yes, no = iter(pools[0]), iter(pools[1])
        try:
            while True:
                yield next(yes) if rng.random() < share else next(no)
        except StopIteration:
            continue  # a pool is used up: both are shuffled again


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--diverse", action="store_true",
                        help="a different labelled message opens each conversation")
    args = parser.parse_args()
    from sidedoor.intake import parse_bytes

    data = build_export(args.messages, diverse=args.diverse)
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
