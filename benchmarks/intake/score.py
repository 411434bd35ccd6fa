"""Score intake on the labelled set: outreach detection and field accuracy.

    python benchmarks/intake/score.py            # dev and held-out test figures
    python benchmarks/intake/score.py --verbose  # plus every miss

The labelled set (benchmarks/intake/labelled/) was written before the extractors were tuned.
Every third message and posting (by position) is the held-out test part: tune on dev only.
`labelled/heldout2_*.txt` is a second held-out part (all test), written after the first round
of tuning and before the second, `labelled/heldout3_*.txt` a third (all test), written
before the third, and `labelled/heldout4_*.txt` a fourth, written after the third and never
tuned on, and `labelled/heldout5_*.txt` a fifth, written before round 4's code changes (styles
unlike the others: terse InMails, long agency mails with signatures and disclaimers, forwarded
mails, non-native English, company only in an e-mail domain, names with digits, dots and
ampersands, lower-case brands), and `labelled/heldout6_*.txt` a sixth, written before round 5's
code changes (pay in many currencies and number groupings, forwarded mails), and
`labelled/heldout7_*.txt` with `labelled/postings7/` a seventh, written for round 6 by a
colleague who had not seen the extractors (new countries, industries, company styles, and job
pages with real-page noise), then used for tuning, and `labelled/heldout8_*.txt` with
`labelled/postings8/` an eighth, by a second such colleague, round 6's blind check, and
`labelled/heldout9_*.txt` a ninth (the hiring company), by a third, and
`labelled/heldout10_*.txt` a tenth, by a fourth, `labelled/heldout11_*.txt` an eleventh, by
a fifth, `labelled/heldout12_*.txt` a twelfth, by a sixth, and `labelled/heldout13_*.txt` a
thirteenth, by a seventh, round 7's `labelled/heldout14_*.txt` to `heldout25_*.txt`, by
twelve more, round 8's `heldout26` to `heldout39` and round 9's `heldout40` to `heldout51` and
round 10's `heldout52` to `heldout69`, round 11's `heldout70` to `heldout123` and
round 12's `heldout124` to `heldout171` and round 13's `heldout172` to `heldout187` and the
later rounds' sets up to `heldout496`, by many more (see `HELDOUT` for when each was scored
and tuned on);
heldout2's labels also carry office days, locations, remote-from, pay basis, company size and
the recruiter's company and profile URL ("extra fields").
Messages are scored twice: as pasted text, and as conversations of a LinkedIn messages.csv
built from them (with the user's replies added to some), which is how recruiter-conversation
precision and recall are measured.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "labelled"
FIELDS = ("title", "company", "workplace", "pay_min", "pay_max", "currency", "period")
EXTRA_FIELDS = ("office_days", "locations", "remote_from", "basis", "company_size")
RECRUITER_FIELDS = ("recruiter_company", "recruiter_profile_url")
PARTS_1_4 = frozenset({"test", "test2", "test3", "test4"})


def _read_blocks(pattern: str) -> list[dict[str, Any]]:
    out = []
    for path in sorted(LABELLED.glob(pattern)):
        for block in re.split(r"^=== ", path.read_text("utf-8"), flags=re.M)[1:]:
            head, _, body = block.partition("\n")
            mid, _, label = head.partition("|")
            out.append({"id": mid.strip(), "label": json.loads(label), "text": body.strip()})
    return out


def load_messages() -> list[dict[str, Any]]:
    """The first labelled set (dev and held-out test, every third item); the LinkedIn bench
    draws its messages from this set only, so its timing stays comparable."""
    out = _read_blocks("messages_*.txt")
    for i, msg in enumerate(out):
        msg["split"] = "test" if i % 3 == 2 else "dev"
    return out


# Held-out parts 2–25 (every item is test, split "testN"): who wrote each and when it was scored.
HELDOUT: dict[int, str] = {
    2: (
        'The second held-out set: every item is test.'
    ),
    3: (
        'The third held-out set (round 3: industries, countries and ways of naming the company '
        "not covered before, written before round 3's code changes): every item is test."
    ),
    4: (
        "The fourth held-out set, written after round 3's code changes and scored once, never "
        "tuned on (round 3 saw held-out 3's misses, so held-out 4 is its blind check)."
    ),
    5: (
        "The fifth held-out set, written before round 4's code changes and scored with the code"
        ' as received before any of them (its blind figure).'
    ),
    6: (
        "The sixth held-out set, written before round 5's code changes (pay written the way "
        'many countries write it: spaces, dots and apostrophes as thousands separators, Indian '
        'grouping, local currency signs; forwarded mails) and scored with the code as received '
        'first.'
    ),
    7: (
        'The seventh held-out set, written for round 6 by a colleague who had not seen the '
        "extractors' code (new countries, industries and ways of naming the company), and "
        'scored with the code as it was before round 6 first.'
    ),
    8: (
        'The eighth held-out set, written during round 6 by a second colleague who had not seen'
        ' the extractors (realistic market mix), scored before and after round 6 without its '
        "misses being read: round 6's blind check."
    ),
    9: (
        'The ninth held-out set (30 messages, aimed at the hiring company), by a third '
        "colleague who had not seen the extractors: scored blind before and after round 6's "
        'last company wave, never tuned on.'
    ),
    10: (
        'The tenth held-out set (30 messages), by a fourth colleague who had not seen the '
        "extractors: scored blind before and after round 6's fourth company wave."
    ),
    11: (
        'The eleventh held-out set (30 messages), by a fifth colleague who had not seen the '
        "extractors: scored blind before and after round 6's fifth company wave; not tuned on."
    ),
    12: (
        'The twelfth held-out set (30 messages), by a sixth colleague who had not seen the '
        "extractors: scored blind before and after round 6's sixth company wave; not tuned on."
    ),
    13: (
        'The thirteenth held-out set (30 messages, every field), by a seventh colleague who had'
        " not seen the extractors: scored blind before and after round 6's last fields wave; "
        'not tuned on.'
    ),
    14: (
        'The fourteenth held-out set (40 messages, aimed at the hiring company, every field '
        'labelled), by an eighth colleague who had not seen the extractors: scored blind with '
        "the code as round 6 left it, then round 7's development set."
    ),
    15: (
        'The fifteenth held-out set (30 messages, every field), by a ninth colleague who had '
        "not seen the extractors: scored blind before and after round 7's first waves, then "
        "round 7's second development set."
    ),
    16: (
        'The sixteenth held-out set (30 messages, every field), by a tenth colleague who had '
        "not seen the extractors: scored blind before and after round 7's second wave, then "
        "round 7's third development set."
    ),
    17: (
        'The seventeenth held-out set (30 messages, every field), by an eleventh colleague who '
        "had not seen the extractors: scored blind before and after round 7's third wave, then "
        "round 7's fourth development set."
    ),
    18: (
        'The eighteenth held-out set (30 messages, every field), by a twelfth colleague who had '
        "not seen the extractors: scored blind before and after round 7's fourth wave, then "
        "(with 19) round 7's fifth development set."
    ),
    19: (
        'The nineteenth held-out set (30 messages, every field), by a thirteenth colleague who '
        "had not seen the extractors: scored blind before and after round 7's fourth wave, then "
        "(with 18) round 7's fifth development set."
    ),
    20: (
        'The twentieth held-out set (30 messages, every field), by a fourteenth colleague who '
        "had not seen the extractors: scored blind before and after round 7's fifth wave, then "
        "(with 21) round 7's sixth development set."
    ),
    21: (
        'The twenty-first held-out set (30 messages, every field), by a fifteenth colleague '
        "who had not seen the extractors: scored blind before and after round 7's fifth wave, "
        "then (with 20) round 7's sixth development set."
    ),
    22: (
        'The twenty-second held-out set (30 messages, every field), by a sixteenth colleague '
        "who had not seen the extractors: scored blind before and after round 7's sixth wave, "
        "then (with 23) round 7's seventh development set."
    ),
    23: (
        'The twenty-third held-out set (30 messages, every field), by a seventeenth colleague '
        "who had not seen the extractors: scored blind before and after round 7's sixth wave, "
        "then (with 22) round 7's seventh development set."
    ),
    24: (
        'The twenty-fourth held-out set (30 messages, every field), by an eighteenth colleague '
        "who had not seen the extractors: scored blind before and after round 7's seventh wave; "
        "its misses read for the last (agency) fix."
    ),
    25: (
        'The twenty-fifth held-out set (30 messages, every field), by a nineteenth colleague '
        "who had not seen the extractors: scored blind before and after round 7's seventh wave; "
        "its agency misses fixed in the last wave."
    ),
    26: (
        'The twenty-sixth held-out set (30 messages, every field), by a twentieth colleague '
        "who had not seen the extractors: scored blind on round 7's code, then round 8's "
        "development set."
    ),
    27: (
        'The twenty-seventh held-out set (30 messages, every field), by a twenty-first colleague '
        "who had not seen the extractors: scored blind on round 7's code, then round 8's "
        "development set."
    ),
    28: (
        'The twenty-eighth held-out set (30 messages, every field), by a twenty-second colleague '
        "who had not seen the extractors: scored blind on round 7's code, then round 8's "
        "development set."
    ),
    29: (
        'The twenty-ninth held-out set (30 messages, every field), by a twenty-third colleague '
        "who had not seen the extractors: scored blind on round 7's code, then round 8's "
        "development set."
    ),
    30: (
        'The thirtieth held-out set (30 messages, every field), by a twenty-fourth colleague '
        "who had not seen the extractors: scored blind on round 7's code, then (its misses "
        "read) with 26-29 round 8's development set."
    ),
    31: (
        'The thirty-first held-out set (30 messages, every field), by a twenty-fifth colleague '
        "who had not seen the extractors: scored blind on round 7's code and after round 8's "
        "first wave, then round 8's second development set."
    ),
    32: (
        'The thirty-second held-out set (30 messages, every field), by a twenty-sixth colleague '
        "who had not seen the extractors: scored blind on round 7's code and after round 8's "
        "first wave, then round 8's second development set."
    ),
    33: (
        'The thirty-third held-out set (30 messages, every field), by a twenty-seventh '
        "colleague who had not seen the extractors: scored blind on round 7's code and after "
        "round 8's first wave, then round 8's second development set."
    ),
    34: (
        'The thirty-fourth held-out set (30 messages, every field), by a twenty-eighth '
        "colleague who had not seen the extractors: scored blind on round 7's code and after "
        "round 8's second wave, then round 8's third development set."
    ),
    35: (
        'The thirty-fifth held-out set (30 messages, every field), by a twenty-ninth '
        "colleague who had not seen the extractors: scored blind on round 7's code and after "
        "round 8's second wave, then round 8's third development set."
    ),
    36: (
        'The thirty-sixth held-out set (30 messages, every field), by a thirtieth colleague '
        "who had not seen the extractors: scored blind on round 7's code and after round 8's "
        "second wave, then round 8's third development set."
    ),
    37: (
        'The thirty-seventh held-out set (30 messages, every field), by a thirty-first '
        "colleague who had not seen the extractors: round 8's final blind check, then round "
        "9's development set."
    ),
    38: (
        'The thirty-eighth held-out set (30 messages, every field), by a thirty-second '
        "colleague who had not seen the extractors: round 8's final blind check, then round "
        "9's development set."
    ),
    39: (
        'The thirty-ninth held-out set (30 messages, every field), by a thirty-third '
        "colleague who had not seen the extractors: round 8's final blind check, then round "
        "9's development set."
    ),
    40: (
        'The fortieth held-out set (30 messages, every field), by a thirty-fourth colleague '
        "who had not seen the extractors: scored blind on round 8's code and after round 9's "
        "first wave, then round 9's second development set."
    ),
    41: (
        'The forty-first held-out set (30 messages, every field), by a thirty-fifth colleague '
        "who had not seen the extractors: scored blind on round 8's code and after round 9's "
        "first wave, then round 9's second development set."
    ),
    42: (
        'The forty-second held-out set (30 messages, every field), by a thirty-sixth colleague '
        "who had not seen the extractors: scored blind on round 8's code and after round 9's "
        "first wave, then round 9's second development set."
    ),
    43: (
        'The forty-third held-out set (30 messages, every field), by a thirty-seventh colleague '
        "who had not seen the extractors: scored blind on round 8's code and after round 9's "
        "first wave, then round 9's second development set."
    ),
    44: (
        'The forty-fourth held-out set (30 messages, every field), by a thirty-eighth colleague '
        "who had not seen the extractors: scored blind on round 8's code and after round 9's "
        "first wave, then round 9's second development set."
    ),
    45: (
        'The forty-fifth held-out set (30 messages, every field), by a thirty-ninth colleague '
        "who had not seen the extractors: scored blind on round 8's code and after round 9's "
        "first wave, then round 9's second development set."
    ),
    46: (
        'The forty-sixth held-out set (30 messages, every field), by a fortieth colleague '
        "who had not seen the extractors: round 9's final blind check (scored on the first "
        "wave's code and after the second), its misses unread."
    ),
    47: (
        'The forty-seventh held-out set (30 messages, every field), by a forty-first colleague '
        "who had not seen the extractors: round 9's final blind check (scored on the first "
        "wave's code and after the second), its misses unread."
    ),
    48: (
        'The forty-eighth held-out set (30 messages, every field), by a forty-second colleague '
        "who had not seen the extractors: round 9's final blind check (scored on the first "
        "wave's code and after the second), its misses unread."
    ),
    49: (
        'The forty-ninth held-out set (30 messages, every field), by a forty-third colleague '
        "who had not seen the extractors: round 9's final blind check (scored on the first "
        "wave's code and after the second), its misses unread."
    ),
    50: (
        'The fiftieth held-out set (30 messages, every field), by a forty-fourth colleague '
        "who had not seen the extractors: round 9's final blind check (scored on the first "
        "wave's code and after the second), its misses unread."
    ),
    51: (
        'The fifty-first held-out set (30 messages, every field), by a forty-fifth colleague '
        "who had not seen the extractors: round 9's final blind check (scored on the first "
        "wave's code and after the second), its misses unread."
    ),
    52: (
        "The fifty-second held-out set (30 messages, every field), by a forty-sixth colleague "
        "who had not seen the extractors: round 10's first blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    53: (
        "The fifty-third held-out set (30 messages, every field), by a forty-seventh colleague "
        "who had not seen the extractors: round 10's first blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    54: (
        "The fifty-fourth held-out set (30 messages, every field), by a forty-eighth colleague "
        "who had not seen the extractors: round 10's first blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    55: (
        "The fifty-fifth held-out set (30 messages, every field), by a forty-ninth colleague "
        "who had not seen the extractors: round 10's first blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    56: (
        "The fifty-sixth held-out set (30 messages, every field), by a fiftieth colleague who "
        "had not seen the extractors: round 10's first blind check (scored on round 9's code "
        "and on the first wave's), then read and tuned on."
    ),
    57: (
        "The fifty-seventh held-out set (30 messages, every field), by a fifty-first colleague "
        "who had not seen the extractors: round 10's first blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    58: (
        "The fifty-eighth held-out set (30 messages, every field), by a fifty-second colleague "
        "who had not seen the extractors: round 10's second blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    59: (
        "The fifty-ninth held-out set (30 messages, every field), by a fifty-third colleague "
        "who had not seen the extractors: round 10's second blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    60: (
        "The sixtieth held-out set (30 messages, every field), by a fifty-fourth colleague who "
        "had not seen the extractors: round 10's second blind check (scored on round 9's code "
        "and on the first wave's), then read and tuned on."
    ),
    61: (
        "The sixty-first held-out set (30 messages, every field), by a fifty-fifth colleague "
        "who had not seen the extractors: round 10's second blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    62: (
        "The sixty-second held-out set (30 messages, every field), by a fifty-sixth colleague "
        "who had not seen the extractors: round 10's second blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    63: (
        "The sixty-third held-out set (30 messages, every field), by a fifty-seventh colleague "
        "who had not seen the extractors: round 10's second blind check (scored on round 9's "
        "code and on the first wave's), then read and tuned on."
    ),
    64: (
        "The sixty-fourth held-out set (30 messages, every field), by a fifty-eighth colleague "
        "who had not seen the extractors: round 10's final blind check (scored on round 9's "
        "code and on round 10's final code), then read and tuned on in round 11."
    ),
    65: (
        "The sixty-fifth held-out set (30 messages, every field), by a fifty-ninth colleague "
        "who had not seen the extractors: round 10's final blind check (scored on round 9's "
        "code and on round 10's final code), then read and tuned on in round 11."
    ),
    66: (
        "The sixty-sixth held-out set (30 messages, every field), by a sixtieth colleague who "
        "had not seen the extractors: round 10's final blind check (scored on round 9's code "
        "and on round 10's final code), then read and tuned on in round 11."
    ),
    67: (
        "The sixty-seventh held-out set (30 messages, every field), by a sixty-first colleague "
        "who had not seen the extractors: round 10's final blind check (scored on round 9's "
        "code and on round 10's final code), then read and tuned on in round 11."
    ),
    68: (
        "The sixty-eighth held-out set (30 messages, every field), by a sixty-second colleague "
        "who had not seen the extractors: round 10's final blind check (scored on round 9's "
        "code and on round 10's final code), then read and tuned on in round 11."
    ),
    69: (
        "The sixty-ninth held-out set (30 messages, every field), by a sixty-third colleague "
        "who had not seen the extractors: round 10's final blind check (scored on round 9's "
        "code and on round 10's final code), then read and tuned on in round 11."
    ),
    70: (
        "The seventieth held-out set (30 messages, every field), by a sixty-fourth colleague "
        "who had not seen the extractors: round 11's first blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    71: (
        "The seventy-first held-out set (30 messages, every field), by a sixty-fifth colleague "
        "who had not seen the extractors: round 11's first blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    72: (
        "The seventy-second held-out set (30 messages, every field), by a sixty-sixth colleague "
        "who had not seen the extractors: round 11's first blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    73: (
        "The seventy-third held-out set (30 messages, every field), by a sixty-seventh colleague "
        "who had not seen the extractors: round 11's first blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    74: (
        "The seventy-fourth held-out set (30 messages, every field), by a sixty-eighth colleague "
        "who had not seen the extractors: round 11's first blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    75: (
        "The seventy-fifth held-out set (30 messages, every field), by a sixty-ninth colleague "
        "who had not seen the extractors: round 11's first blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    76: (
        "The seventy-sixth held-out set (30 messages, every field), by a seventieth colleague "
        "who had not seen the extractors: round 11's first blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    77: (
        "The seventy-seventh held-out set (30 messages, every field), by a seventy-first colleague "
        "who had not seen the extractors: round 11's first blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    86: (
        "The eighty-sixth held-out set (30 messages, every field), by a seventy-second colleague "
        "who had not seen the extractors: round 11's second blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    87: (
        "The eighty-seventh held-out set (30 messages, every field), by a seventy-third colleague "
        "who had not seen the extractors: round 11's second blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    88: (
        "The eighty-eighth held-out set (30 messages, every field), by a seventy-fourth colleague "
        "who had not seen the extractors: round 11's second blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    89: (
        "The eighty-ninth held-out set (30 messages, every field), by a seventy-fifth colleague "
        "who had not seen the extractors: round 11's second blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    90: (
        "The ninetieth held-out set (30 messages, every field), by a seventy-sixth colleague "
        "who had not seen the extractors: round 11's second blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    91: (
        "The ninety-first held-out set (30 messages, every field), by a seventy-seventh colleague "
        "who had not seen the extractors: round 11's second blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    92: (
        "The ninety-second held-out set (30 messages, every field), by a seventy-eighth colleague "
        "who had not seen the extractors: round 11's second blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    93: (
        "The ninety-third held-out set (30 messages, every field), by a seventy-ninth colleague "
        "who had not seen the extractors: round 11's second blind check (scored on round 10's "
        "code and on the first wave's), then read and tuned on."
    ),
    78: (
        "The seventy-eighth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    79: (
        "The seventy-ninth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    80: (
        "The eightieth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    81: (
        "The eighty-first held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    82: (
        "The eighty-second held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    83: (
        "The eighty-third held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    84: (
        "The eighty-fourth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    85: (
        "The eighty-fifth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    94: (
        "The ninety-fourth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    95: (
        "The ninety-fifth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    96: (
        "The ninety-sixth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    97: (
        "The ninety-seventh held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    98: (
        "The ninety-eighth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    99: (
        "The ninety-ninth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's third blind check (scored on round 10's code and "
        "on the second wave's), then read and tuned on."
    ),
    100: (
        "The hundredth held-out set (30 messages, every field), by another colleague who had "
        "not seen the extractors: round 11's fourth blind check (scored on round 10's code and "
        "on the third wave's), then read and tuned on."
    ),
    101: (
        "The hundred-and-first held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fourth blind check (scored on round 10's "
        "code and on the third wave's), then read and tuned on."
    ),
    102: (
        "The hundred-and-second held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fourth blind check (scored on round 10's "
        "code and on the third wave's), then read and tuned on."
    ),
    103: (
        "The hundred-and-third held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fourth blind check (scored on round 10's "
        "code and on the third wave's), then read and tuned on."
    ),
    104: (
        "The hundred-and-fourth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fourth blind check (scored on round 10's "
        "code and on the third wave's), then read and tuned on."
    ),
    105: (
        "The hundred-and-fifth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fourth blind check (scored on round 10's "
        "code and on the third wave's), then read and tuned on."
    ),
    106: (
        "The hundred-and-sixth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fourth blind check (scored on round 10's "
        "code and on the third wave's), then read and tuned on."
    ),
    107: (
        "The hundred-and-seventh held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fourth blind check (scored on round 10's "
        "code and on the third wave's), then read and tuned on."
    ),
    108: (
        "The hundred-and-eighth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fifth blind check (scored on round 10's "
        "code and on the fourth wave's), then read and tuned on."
    ),
    109: (
        "The hundred-and-ninth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fifth blind check (scored on round 10's "
        "code and on the fourth wave's), then read and tuned on."
    ),
    110: (
        "The hundred-and-tenth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fifth blind check (scored on round 10's "
        "code and on the fourth wave's), then read and tuned on."
    ),
    111: (
        "The hundred-and-eleventh held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fifth blind check (scored on round 10's "
        "code and on the fourth wave's), then read and tuned on."
    ),
    112: (
        "The hundred-and-twelfth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fifth blind check (scored on round 10's "
        "code and on the fourth wave's), then read and tuned on."
    ),
    113: (
        "The hundred-and-thirteenth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fifth blind check (scored on round 10's "
        "code and on the fourth wave's), then read and tuned on."
    ),
    114: (
        "The hundred-and-fourteenth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fifth blind check (scored on round 10's "
        "code and on the fourth wave's), then read and tuned on."
    ),
    115: (
        "The hundred-and-fifteenth held-out set (30 messages, every field), by another colleague "
        "who had not seen the extractors: round 11's fifth blind check (scored on round 10's "
        "code and on the fourth wave's), then read and tuned on."
    ),
    116: (
        "The hundred-and-sixteenth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 11's final blind check (scored on "
        "round 10's code and on round 11's final code, its misses unread then); read and "
        "tuned on in round 12."
    ),
    117: (
        "The hundred-and-seventeenth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 11's final blind check (scored on "
        "round 10's code and on round 11's final code, its misses unread then); read and "
        "tuned on in round 12."
    ),
    118: (
        "The hundred-and-eighteenth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 11's final blind check (scored on "
        "round 10's code and on round 11's final code, its misses unread then); read and "
        "tuned on in round 12."
    ),
    119: (
        "The hundred-and-nineteenth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 11's final blind check (scored on "
        "round 10's code and on round 11's final code, its misses unread then); read and "
        "tuned on in round 12."
    ),
    120: (
        "The hundred-and-twentieth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 11's final blind check (scored on "
        "round 10's code and on round 11's final code, its misses unread then); read and "
        "tuned on in round 12."
    ),
    121: (
        "The hundred-and-twenty-first held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 11's final blind check (scored on "
        "round 10's code and on round 11's final code, its misses unread then); read and "
        "tuned on in round 12."
    ),
    122: (
        "The hundred-and-twenty-second held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 11's final blind check (scored on "
        "round 10's code and on round 11's final code, its misses unread then); read and "
        "tuned on in round 12."
    ),
    123: (
        "The hundred-and-twenty-third held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 11's final blind check (scored on "
        "round 10's code and on round 11's final code, its misses unread then); read and "
        "tuned on in round 12."
    ),
    124: (
        "The hundred-and-twenty-fourth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's first blind check (scored on "
        "round 11's final code before anything was read), then read and tuned on."
    ),
    125: (
        "The hundred-and-twenty-fifth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's first blind check (scored on "
        "round 11's final code before anything was read), then read and tuned on."
    ),
    126: (
        "The hundred-and-twenty-sixth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's first blind check (scored on "
        "round 11's final code before anything was read), then read and tuned on."
    ),
    127: (
        "The hundred-and-twenty-seventh held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's first blind check (scored on "
        "round 11's final code before anything was read), then read and tuned on."
    ),
    128: (
        "The hundred-and-twenty-eighth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's first blind check (scored on "
        "round 11's final code before anything was read), then read and tuned on."
    ),
    129: (
        "The hundred-and-twenty-ninth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's first blind check (scored on "
        "round 11's final code before anything was read), then read and tuned on."
    ),
    130: (
        "The hundred-and-thirtieth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's first blind check (scored on "
        "round 11's final code before anything was read), then read and tuned on."
    ),
    131: (
        "The hundred-and-thirty-first held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's first blind check (scored on "
        "round 11's final code before anything was read), then read and tuned on."
    ),
    132: (
        "The hundred-and-thirty-second held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's second blind check (scored on "
        "round 11's final code and on round 12's first wave, unread), then read and tuned on."
    ),
    133: (
        "The hundred-and-thirty-third held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's second blind check (scored on "
        "round 11's final code and on round 12's first wave, unread), then read and tuned on."
    ),
    134: (
        "The hundred-and-thirty-fourth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's second blind check (scored on "
        "round 11's final code and on round 12's first wave, unread), then read and tuned on."
    ),
    135: (
        "The hundred-and-thirty-fifth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's second blind check (scored on "
        "round 11's final code and on round 12's first wave, unread), then read and tuned on."
    ),
    136: (
        "The hundred-and-thirty-sixth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's second blind check (scored on "
        "round 11's final code and on round 12's first wave, unread), then read and tuned on."
    ),
    137: (
        "The hundred-and-thirty-seventh held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's second blind check (scored on "
        "round 11's final code and on round 12's first wave, unread), then read and tuned on."
    ),
    138: (
        "The hundred-and-thirty-eighth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's second blind check (scored on "
        "round 11's final code and on round 12's first wave, unread), then read and tuned on."
    ),
    139: (
        "The hundred-and-thirty-ninth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's second blind check (scored on "
        "round 11's final code and on round 12's first wave, unread), then read and tuned on."
    ),
    140: (
        "The hundred-and-fortieth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's third blind check (scored on "
        "round 11's final code and on round 12's second wave, unread), then read and tuned on."
    ),
    141: (
        "The hundred-and-forty-first held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's third blind check (scored on "
        "round 11's final code and on round 12's second wave, unread), then read and tuned on."
    ),
    142: (
        "The hundred-and-forty-second held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's third blind check (scored on "
        "round 11's final code and on round 12's second wave, unread), then read and tuned on."
    ),
    143: (
        "The hundred-and-forty-third held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's third blind check (scored on "
        "round 11's final code and on round 12's second wave, unread), then read and tuned on."
    ),
    144: (
        "The hundred-and-forty-fourth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's third blind check (scored on "
        "round 11's final code and on round 12's second wave, unread), then read and tuned on."
    ),
    145: (
        "The hundred-and-forty-fifth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's third blind check (scored on "
        "round 11's final code and on round 12's second wave, unread), then read and tuned on."
    ),
    146: (
        "The hundred-and-forty-sixth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's third blind check (scored on "
        "round 11's final code and on round 12's second wave, unread), then read and tuned on."
    ),
    147: (
        "The hundred-and-forty-seventh held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's third blind check (scored on "
        "round 11's final code and on round 12's second wave, unread), then read and tuned on."
    ),
    148: (
        "The hundred-and-forty-eighth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fourth blind check (scored on "
        "round 11's final code and on round 12's third wave, unread), then read and tuned on."
    ),
    149: (
        "The hundred-and-forty-ninth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fourth blind check (scored on "
        "round 11's final code and on round 12's third wave, unread), then read and tuned on."
    ),
    150: (
        "The hundred-and-fiftieth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fourth blind check (scored on "
        "round 11's final code and on round 12's third wave, unread), then read and tuned on."
    ),
    151: (
        "The hundred-and-fifty-first held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fourth blind check (scored on "
        "round 11's final code and on round 12's third wave, unread), then read and tuned on."
    ),
    152: (
        "The hundred-and-fifty-second held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fourth blind check (scored on "
        "round 11's final code and on round 12's third wave, unread), then read and tuned on."
    ),
    153: (
        "The hundred-and-fifty-third held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fourth blind check (scored on "
        "round 11's final code and on round 12's third wave, unread), then read and tuned on."
    ),
    154: (
        "The hundred-and-fifty-fourth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fourth blind check (scored on "
        "round 11's final code and on round 12's third wave, unread), then read and tuned on."
    ),
    155: (
        "The hundred-and-fifty-fifth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fourth blind check (scored on "
        "round 11's final code and on round 12's third wave, unread), then read and tuned on."
    ),
    156: (
        "The hundred-and-fifty-sixth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fifth blind check (scored on "
        "round 11's final code and on round 12's fourth wave, unread), then read and tuned on."
    ),
    157: (
        "The hundred-and-fifty-seventh held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fifth blind check (scored on "
        "round 11's final code and on round 12's fourth wave, unread), then read and tuned on."
    ),
    158: (
        "The hundred-and-fifty-eighth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fifth blind check (scored on "
        "round 11's final code and on round 12's fourth wave, unread), then read and tuned on."
    ),
    159: (
        "The hundred-and-fifty-ninth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fifth blind check (scored on "
        "round 11's final code and on round 12's fourth wave, unread), then read and tuned on."
    ),
    160: (
        "The hundred-and-sixtieth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fifth blind check (scored on "
        "round 11's final code and on round 12's fourth wave, unread), then read and tuned on."
    ),
    161: (
        "The hundred-and-sixty-first held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fifth blind check (scored on "
        "round 11's final code and on round 12's fourth wave, unread), then read and tuned on."
    ),
    162: (
        "The hundred-and-sixty-second held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fifth blind check (scored on "
        "round 11's final code and on round 12's fourth wave, unread), then read and tuned on."
    ),
    163: (
        "The hundred-and-sixty-third held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's fifth blind check (scored on "
        "round 11's final code and on round 12's fourth wave, unread), then read and tuned on."
    ),
    164: (
        "The hundred-and-sixty-fourth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's final blind check (scored on "
        "round 11's and round 12's final code, and again on round 13's), its misses unread."
    ),
    165: (
        "The hundred-and-sixty-fifth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's final blind check (scored on "
        "round 11's and round 12's final code, and again on round 13's), its misses unread."
    ),
    166: (
        "The hundred-and-sixty-sixth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's final blind check (scored on "
        "round 11's and round 12's final code, and again on round 13's), its misses unread."
    ),
    167: (
        "The hundred-and-sixty-seventh held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's final blind check (scored on "
        "round 11's and round 12's final code, and again on round 13's), its misses unread."
    ),
    168: (
        "The hundred-and-sixty-eighth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's final blind check (scored on "
        "round 11's and round 12's final code, and again on round 13's), its misses unread."
    ),
    169: (
        "The hundred-and-sixty-ninth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's final blind check (scored on "
        "round 11's and round 12's final code, and again on round 13's), its misses unread "
        "but n01, read and fixed in round 13."
    ),
    170: (
        "The hundred-and-seventieth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's final blind check (scored on "
        "round 11's and round 12's final code, and again on round 13's), its misses unread."
    ),
    171: (
        "The hundred-and-seventy-first held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 12's final blind check (scored on "
        "round 11's and round 12's final code, and again on round 13's), its misses unread."
    ),
    172: (
        "The hundred-and-seventy-second held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's first blind check (scored on "
        "round 12's final code, unread), then read and tuned on."
    ),
    173: (
        "The hundred-and-seventy-third held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's first blind check (scored on "
        "round 12's final code, unread), then read and tuned on."
    ),
    174: (
        "The hundred-and-seventy-fourth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's first blind check (scored on "
        "round 12's final code, unread), then read and tuned on."
    ),
    175: (
        "The hundred-and-seventy-fifth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's first blind check (scored on "
        "round 12's final code, unread), then read and tuned on."
    ),
    176: (
        "The hundred-and-seventy-sixth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's first blind check (scored on "
        "round 12's final code, unread), then read and tuned on."
    ),
    177: (
        "The hundred-and-seventy-seventh held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's first blind check (scored on "
        "round 12's final code, unread), then read and tuned on."
    ),
    178: (
        "The hundred-and-seventy-eighth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's first blind check (scored on "
        "round 12's final code, unread), then read and tuned on."
    ),
    179: (
        "The hundred-and-seventy-ninth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's first blind check (scored on "
        "round 12's final code, unread), then read and tuned on."
    ),
    180: (
        "The hundred-and-eightieth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's final blind check (scored on "
        "round 12's final code and on round 13's final code), its misses unread."
    ),
    181: (
        "The hundred-and-eighty-first held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's final blind check (scored on "
        "round 12's final code and on round 13's final code), its misses unread."
    ),
    182: (
        "The hundred-and-eighty-second held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's final blind check (scored on "
        "round 12's final code and on round 13's final code), its misses unread."
    ),
    183: (
        "The hundred-and-eighty-third held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's final blind check (scored on "
        "round 12's final code and on round 13's final code), its misses unread."
    ),
    184: (
        "The hundred-and-eighty-fourth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's final blind check (scored on "
        "round 12's final code and on round 13's final code), its misses unread."
    ),
    185: (
        "The hundred-and-eighty-fifth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's final blind check (scored on "
        "round 12's final code and on round 13's final code), its misses unread."
    ),
    186: (
        "The hundred-and-eighty-sixth held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's final blind check (scored on "
        "round 12's final code and on round 13's final code), its misses unread."
    ),
    187: (
        "The hundred-and-eighty-seventh held-out set (30 messages, every field), by another "
        "colleague who had not seen the extractors: round 13's final blind check (scored on "
        "round 12's final code and on round 13's final code), its misses unread."
    ),
    188: (
        "Held-out set 188 (30 messages, every field; the Americas), by a colleague who had "
        "not seen the extractors: a development set of round 15 (scored blind on round 14's "
        "final code, then read and tuned on)."
    ),
    189: (
        "Held-out set 189 (30 messages, every field; the Americas), by a colleague who had "
        "not seen the extractors: round 15's final blind check (scored on round 14's final "
        "code and on round 15's), its misses unread."
    ),
    190: (
        "Held-out set 190 (30 messages, every field; Europe, many in the local language), by "
        "a colleague who had not seen the extractors: a development set of round 15 (scored "
        "blind on round 14's final code, then read and tuned on)."
    ),
    191: (
        "Held-out set 191 (30 messages, every field; Europe, many in the local language), by "
        "a colleague who had not seen the extractors: round 15's final blind check (scored on"
        " round 14's final code and on round 15's), its misses unread."
    ),
    192: (
        "Held-out set 192 (30 messages, every field; Asia-Pacific, the Middle East and "
        "Africa), by a colleague who had not seen the extractors: a development set of round "
        "15 (scored blind on round 14's final code, then read and tuned on)."
    ),
    193: (
        "Held-out set 193 (30 messages, every field; Asia-Pacific, the Middle East and "
        "Africa), by a colleague who had not seen the extractors: round 15's final blind "
        "check (scored on round 14's final code and on round 15's), its misses unread."
    ),
    194: (
        "Held-out set 194 (30 messages, every field; the Americas), by a colleague who had not "
        "seen the extractors: a development set of round 16 (scored blind on round 15's final "
        "code, then read and tuned on)."
    ),
    195: (
        "Held-out set 195 (30 messages, every field; the Americas), by a colleague who had not "
        "seen the extractors: round 16's final blind check (scored on round 15's final code and"
        " on round 16's), its misses unread."
    ),
    196: (
        "Held-out set 196 (30 messages, every field; Europe, many in the local language), by a "
        "colleague who had not seen the extractors: a development set of round 16 (scored blind"
        " on round 15's final code, then read and tuned on)."
    ),
    197: (
        "Held-out set 197 (30 messages, every field; Europe, many in the local language), by a "
        "colleague who had not seen the extractors: round 16's final blind check (scored on "
        "round 15's final code and on round 16's), its misses unread."
    ),
    198: (
        "Held-out set 198 (30 messages, every field; Asia-Pacific, the Middle East and Africa),"
        " by a colleague who had not seen the extractors: a development set of round 16 (scored"
        " blind on round 15's final code, then read and tuned on)."
    ),
    199: (
        "Held-out set 199 (30 messages, every field; Asia-Pacific, the Middle East and Africa),"
        " by a colleague who had not seen the extractors: round 16's final blind check (scored "
        "on round 15's final code and on round 16's), its misses unread."
    ),
    200: (
        "Held-out set 200 (30 messages, every field; careers outside software, worldwide), by a"
        " colleague who had not seen the extractors: a development set of round 16 (scored "
        "blind on round 15's final code, then read and tuned on)."
    ),
    201: (
        "Held-out set 201 (30 messages, every field; careers outside software, worldwide), by a"
        " colleague who had not seen the extractors: round 16's final blind check (scored on "
        "round 15's final code and on round 16's), its misses unread."
    ),
    202: (
        "Held-out set 202 (30 messages, every field; the forms an inbox holds, worldwide), by a"
        " colleague who had not seen the extractors: a development set of round 16 (scored "
        "blind on round 15's final code, then read and tuned on)."
    ),
    203: (
        "Held-out set 203 (30 messages, every field; the forms an inbox holds, worldwide), by a"
        " colleague who had not seen the extractors: round 16's final blind check (scored on "
        "round 15's final code and on round 16's), its misses unread."
    ),
    204: (
        "Held-out set 204 (30 messages, every field; Germany, Austria, Switzerland, the Benelux"
        " and the Nordics, half in the local language), by a colleague who had not seen the "
        "extractors: a development set of round 16 (scored blind on round 15's final code, then"
        " read and tuned on)."
    ),
    205: (
        "Held-out set 205 (30 messages, every field; South and South-East Asia, the Gulf and "
        "Africa), by a colleague who had not seen the extractors: a development set of round 16"
        " (scored blind on round 15's final code, then read and tuned on)."
    ),
    206: (
        "Held-out set 206 (30 messages, every field; the US, Canada, the UK, Ireland, Australia"
        " and New Zealand), by a colleague who had not seen the extractors: a development set "
        "of round 16 (scored blind on round 15's final code, then read and tuned on)."
    ),
    207: (
        "Held-out set 207 (30 messages, every field; Latin America, Spain and Portugal, mostly "
        "in Spanish and Portuguese), by a colleague who had not seen the extractors: a "
        "development set of round 16 (scored blind on round 15's final code, then read and "
        "tuned on)."
    ),
    208: (
        "Held-out set 208 (30 messages, every field; worldwide, in the formatting mail clients "
        "and LinkedIn produce), by a colleague who had not seen the extractors: a development "
        "set of round 16 (scored blind on round 15's final code, then read and tuned on)."
    ),
    209: (
        "Held-out set 209 (30 messages, every field; an ordinary month's inbox worldwide, a third "
        "in the local language), by a colleague who had not seen the extractors: a development "
        "set of round 16 (scored blind on round 16's code at 3f07573, then read and tuned on)."
    ),
    210: (
        "Held-out set 210 (30 messages, every field; an ordinary month's inbox worldwide, a third "
        "in the local language), by a colleague who had not seen the extractors: round 16's last "
        "blind check (scored on round 15's final code and on round 16's), its misses unread."
    ),
    211: (
        'Held-out set 211 (30 messages, every field; US healthcare, pharma and biotech), by a '
        "colleague who had not seen the extractors: round 17's first final check (scored once "
        "on round 16's final code and on round 17's at f375e8e, its misses unread), then read "
        'and tuned on for the second final check.'
    ),
    212: (
        'Held-out set 212 (30 messages, every field; Australia and New Zealand: mining, '
        "construction, government), by a colleague who had not seen the extractors: round 17's "
        "first final check (scored once on round 16's final code and on round 17's at f375e8e, "
        'its misses unread), then read and tuned on for the second final check.'
    ),
    213: (
        'Held-out set 213 (30 messages, every field; Germany, Austria and Switzerland, in '
        "German and English), by a colleague who had not seen the extractors: round 17's first "
        "final check (scored once on round 16's final code and on round 17's at f375e8e, its "
        'misses unread), then read and tuned on for the second final check.'
    ),
    214: (
        'Held-out set 214 (30 messages, every field; India and South-East Asia: IT services, '
        'startups, capability centres), by a colleague who had not seen the extractors: round '
        "17's first final check (scored once on round 16's final code and on round 17's at "
        'f375e8e, its misses unread), then read and tuned on for the second final check.'
    ),
    215: (
        'Held-out set 215 (30 messages, every field; the UK and Ireland: public sector, legal, '
        "finance, charities), by a colleague who had not seen the extractors: round 17's first "
        "final check (scored once on round 16's final code and on round 17's at f375e8e, its "
        'misses unread), then read and tuned on for the second final check.'
    ),
    216: (
        'Held-out set 216 (30 messages, every field; Latin America, in Spanish, Portuguese and '
        "English), by a colleague who had not seen the extractors: round 17's first final check"
        " (scored once on round 16's final code and on round 17's at f375e8e, its misses "
        'unread), then read and tuned on for the second final check.'
    ),
    217: (
        'Held-out set 217 (30 messages, every field; France, Belgium, the Netherlands, '
        'Luxembourg and Italy, in their languages), by a colleague who had not seen the '
        "extractors: round 17's first final check (scored once on round 16's final code and on "
        "round 17's at f375e8e, its misses unread), then read and tuned on for the second final"
        ' check.'
    ),
    218: (
        'Held-out set 218 (30 messages, every field; the US and Canada outside tech: sales, '
        'trades, hospitality, warehouses), by a colleague who had not seen the extractors: '
        "round 17's first final check (scored once on round 16's final code and on round 17's "
        'at f375e8e, its misses unread), then read and tuned on for the second final check.'
    ),
    219: (
        'Held-out set 219 (30 messages, every field; the Middle East and Africa), by a '
        'colleague who had not seen the extractors: a development set of round 17 (scored blind'
        " on round 16's final code and on round 17's code as it then stood, then read and tuned"
        ' on).'
    ),
    220: (
        'Held-out set 220 (30 messages, every field; Japan, Korea, China, Taiwan and Hong Kong,'
        ' much in the local language), by a colleague who had not seen the extractors: a '
        "development set of round 17 (scored blind on round 16's final code and on round 17's "
        'code as it then stood, then read and tuned on).'
    ),
    221: (
        'Held-out set 221 (30 messages, every field; Central and Eastern Europe, Turkey and '
        'Israel, in their languages), by a colleague who had not seen the extractors: a '
        "development set of round 17 (scored blind on round 16's final code and on round 17's "
        'code as it then stood, then read and tuned on).'
    ),
    222: (
        'Held-out set 222 (30 messages, every field; worldwide, in the hardest realistic '
        'formats), by a colleague who had not seen the extractors: a development set of round '
        "17 (scored blind on round 16's final code and on round 17's code as it then stood, "
        'then read and tuned on).'
    ),
    223: (
        'Held-out set 223 (30 messages, every field; English-speaking markets), by a colleague '
        "who had not seen the extractors: round 17's second final check (scored once on round "
        "16's final code and on round 17's at 85f09ed, its misses unread), then read and tuned "
        'on for the third.'
    ),
    224: (
        'Held-out set 224 (30 messages, every field; continental Europe, half in the local '
        "language), by a colleague who had not seen the extractors: round 17's second final "
        "check (scored once on round 16's final code and on round 17's at 85f09ed, its misses "
        'unread), then read and tuned on for the third.'
    ),
    225: (
        'Held-out set 225 (30 messages, every field; Latin America, Africa and the Middle '
        "East), by a colleague who had not seen the extractors: round 17's second final check "
        "(scored once on round 16's final code and on round 17's at 85f09ed, its misses "
        'unread), then read and tuned on for the third.'
    ),
    226: (
        'Held-out set 226 (30 messages, every field; Asia-Pacific), by a colleague who had not '
        "seen the extractors: round 17's second final check (scored once on round 16's final "
        "code and on round 17's at 85f09ed, its misses unread), then read and tuned on for the "
        'third.'
    ),
    227: (
        "Held-out set 227 (30 messages, every field; an ordinary month's inbox in the US, UK, "
        'Germany, France, Spain and India, a quarter in German, French or Spanish), by a '
        "colleague who had not seen the extractors: round 17's third, last final check (scored "
        "once on round 16's final code and on round 17's at 54f43f7), its misses unread."
    ),
    228: (
        'Held-out set 228 (30 messages, every field; healthcare, education and public-sector '
        "jobs worldwide), by a colleague who had not seen the extractors: round 17's third, "
        "last final check (scored once on round 16's final code and on round 17's at 54f43f7), "
        'its misses unread.'
    ),
    229: (
        'Held-out set 229 (30 messages, every field; software, data and product jobs anywhere, '
        'a fifth in the local language), by a colleague who had not seen the extractors: round '
        "17's third, last final check (scored once on round 16's final code and on round 17's "
        'at 54f43f7), its misses unread.'
    ),
    230: (
        'Held-out set 230 (30 messages, every field; blue-collar, logistics, hospitality, '
        'retail and manufacturing jobs worldwide), by a colleague who had not seen the '
        "extractors: round 17's third, last final check (scored once on round 16's final code "
        "and on round 17's at 54f43f7), its misses unread."
    ),
    231: (
        'Held-out set 231 (30 messages, every field; the US and Canada: tech, finance, '
        'insurance, consulting, some in Québec French), by a colleague who had not seen the '
        "extractors: a development set of round 18 (scored blind on round 17's final code, then "
        'read and tuned on).'
    ),
    232: (
        'Held-out set 232 (30 messages, every field; the UK and Ireland: engineering, '
        'construction, energy, rail, utilities, defence), by a colleague who had not seen the '
        "extractors: a development set of round 18 (scored blind on round 17's final code, then "
        'read and tuned on).'
    ),
    233: (
        'Held-out set 233 (30 messages, every field; Germany, Austria, Switzerland and the '
        'Netherlands, half in German or Dutch), by a colleague who had not seen the extractors: '
        "a development set of round 18 (scored blind on round 17's final code, then read and "
        'tuned on).'
    ),
    234: (
        'Held-out set 234 (30 messages, every field; India, Singapore, Malaysia and the '
        'Philippines: BPO, IT services, banking, pharma), by a colleague who had not seen the '
        "extractors: a development set of round 18 (scored blind on round 17's final code, then "
        'read and tuned on).'
    ),
    235: (
        'Held-out set 235 (30 messages, every field; Spain, Portugal and Latin America, mostly '
        'in Spanish and Portuguese), by a colleague who had not seen the extractors: a '
        "development set of round 18 (scored blind on round 17's final code, then read and "
        'tuned on).'
    ),
    236: (
        'Held-out set 236 (30 messages, every field; France, Belgium, Romandie and Italy, '
        'mostly in French and Italian), by a colleague who had not seen the extractors: a '
        "development set of round 18 (scored blind on round 17's final code, then read and "
        'tuned on).'
    ),
    237: (
        'Held-out set 237 (30 messages, every field; the Nordics, Poland and Czechia, a third '
        'in their languages), by a colleague who had not seen the extractors: a development set '
        "of round 18 (scored blind on round 17's final code, then read and tuned on)."
    ),
    238: (
        'Held-out set 238 (30 messages, every field; Australia, New Zealand and South Africa: '
        'healthcare, trades, mining, government), by a colleague who had not seen the '
        "extractors: a development set of round 18 (scored blind on round 17's final code, then "
        'read and tuned on).'
    ),
    239: (
        "Held-out set 239 (30 messages, every field; an ordinary month's inbox anywhere, a "
        'third in the local language), by a colleague who had not seen the extractors: round '
        "18's first final check (scored once on round 17's final code and on round 18's at "
        'b565540, its misses unread), then read and tuned on for the second.'
    ),
    240: (
        'Held-out set 240 (30 messages, every field; the US: healthcare, government, education, '
        'skilled trades, nonprofits), by a colleague who had not seen the extractors: round '
        "18's first final check (scored once on round 17's final code and on round 18's at "
        'b565540, its misses unread), then read and tuned on for the second.'
    ),
    241: (
        'Held-out set 241 (30 messages, every field; continental Europe, half in the local '
        'language: manufacturing, logistics, energy), by a colleague who had not seen the '
        "extractors: round 18's first final check (scored once on round 17's final code and on "
        "round 18's at b565540, its misses unread), then read and tuned on for the second."
    ),
    242: (
        'Held-out set 242 (30 messages, every field; Asia-Pacific, some in Japanese, Korean, '
        'Chinese, Vietnamese and Indonesian), by a colleague who had not seen the extractors: '
        "round 18's first final check (scored once on round 17's final code and on round 18's "
        'at b565540, its misses unread), then read and tuned on for the second.'
    ),
    243: (
        'Held-out set 243 (30 messages, every field; the Middle East, Africa and Latin America, '
        'in English and local languages), by a colleague who had not seen the extractors: round '
        "18's first and second final checks (scored on round 17's final code, on round 18's at "
        'b565540 and at a5e8465, its misses unread), then read and tuned on for the third.'
    ),
    244: (
        'Held-out set 244 (30 messages, every field; software, data and product jobs in the '
        "hardest realistic formats), by a colleague who had not seen the extractors: round 18's "
        "first and second final checks (scored on round 17's final code, on round 18's at "
        'b565540 and at a5e8465, its misses unread), then read and tuned on for the third.'
    ),
    245: (
        'Held-out set 245 (30 messages, every field; sales, marketing, finance, legal and HR '
        'jobs in English-speaking markets), by a colleague who had not seen the extractors: '
        "round 18's first and second final checks (scored on round 17's final code, on round "
        "18's at b565540 and at a5e8465, its misses unread), then read and tuned on for the "
        'third.'
    ),
    246: (
        'Held-out set 246 (30 messages, every field; hospitality, retail, care, warehouse, '
        'driving and factory jobs, many text-message notes), by a colleague who had not seen '
        "the extractors: round 18's first and second final checks (scored on round 17's final "
        "code, on round 18's at b565540 and at a5e8465, its misses unread), then read and tuned "
        'on for the third.'
    ),
    247: (
        "Held-out set 247 (30 messages, every field; an ordinary month's inbox in the US, UK, "
        'Germany, India and Brazil, some in German and Portuguese), by a colleague who had not '
        "seen the extractors: round 18's third final check (scored on round 17's final code and "
        "on round 18's at c7256b8, its misses unread), then round 19's first development set."
    ),
    248: (
        'Held-out set 248 (30 messages, every field; trades, logistics, hospitality and care '
        'jobs in Australia, Canada, Ireland, Spain and Poland, many short notes), by a '
        "colleague who had not seen the extractors: round 18's third final check (scored on "
        "round 17's final code and on round 18's at c7256b8, its misses unread), then round 19's "
        'first development set.'
    ),
    249: (
        'Held-out set 249 (30 messages, every field; finance, engineering, science and public '
        'jobs in France, Italy, the Netherlands, Switzerland, Japan and Singapore, a third in '
        "their languages), by a colleague who had not seen the extractors: round 18's third "
        "final check (scored on round 17's final code and on round 18's at c7256b8, its misses "
        "unread), then round 19's first development set."
    ),
    250: (
        'Held-out set 250 (30 messages, every field; tech, data, design and product jobs in '
        "messy realistic formats), by a colleague who had not seen the extractors: round 18's "
        "third final check (scored on round 17's final code and on round 18's at c7256b8, its "
        "misses unread), then round 19's first development set."
    ),
    251: (
        'Held-out set 251 (30 messages, every field; US and Canadian healthcare and life '
        "sciences), by a colleague who had not seen the extractors: round 19's first final "
        "check (scored on round 18's final code and on round 19's at dcc3f10, its misses "
        'unread), then read and tuned on in wave 2.'
    ),
    252: (
        'Held-out set 252 (30 messages, every field; US and Canadian healthcare, some Québec '
        "French), by a colleague who had not seen the extractors: round 19's first final check "
        "(scored on round 18's final code and on round 19's at dcc3f10, its misses unread), "
        'then read and tuned on in wave 2.'
    ),
    253: (
        'Held-out set 253 (30 messages, every field; India and Southeast Asia: IT services, '
        'BPO, banking, manufacturing), by a colleague who had not seen the extractors: round '
        "19's first final check (scored on round 18's final code and on round 19's at dcc3f10, "
        'its misses unread), then read and tuned on in wave 2.'
    ),
    254: (
        'Held-out set 254 (30 messages, every field; India and Southeast Asia, many WhatsApp-'
        "style texts), by a colleague who had not seen the extractors: round 19's first final "
        "check (scored on round 18's final code and on round 19's at dcc3f10, its misses "
        'unread), then read and tuned on in wave 2.'
    ),
    255: (
        'Held-out set 255 (30 messages, every field; UK and Ireland: trades, public sector, '
        'law, accountancy, teaching), by a colleague who had not seen the extractors: round '
        "19's first final check (scored on round 18's final code and on round 19's at dcc3f10, "
        'its misses unread), then read and tuned on in wave 2.'
    ),
    256: (
        'Held-out set 256 (30 messages, every field; UK and Ireland: trades, retail, insurance,'
        " teaching), by a colleague who had not seen the extractors: round 19's first final "
        "check (scored on round 18's final code and on round 19's at dcc3f10, its misses "
        'unread), then read and tuned on in wave 2.'
    ),
    257: (
        'Held-out set 257 (30 messages, every field; Germany, Austria, Switzerland, the Benelux'
        ' and the Nordics, many in their languages), by a colleague who had not seen the '
        "extractors: round 19's second final check (scored on round 18's final code and on "
        "round 19's at dcc3f10 and 49bda8b, its misses unread), then read and tuned on in wave "
        '3.'
    ),
    258: (
        'Held-out set 258 (30 messages, every field; Germany, the Benelux and the Nordics, many'
        " in their languages), by a colleague who had not seen the extractors: round 19's "
        "second final check (scored on round 18's final code and on round 19's at dcc3f10 and "
        '49bda8b, its misses unread), then read and tuned on in wave 3.'
    ),
    259: (
        'Held-out set 259 (30 messages, every field; Iberia, France, Italy and Latin America, '
        'mostly in Spanish, Portuguese, French and Italian), by a colleague who had not seen '
        "the extractors: round 19's second final check (scored on round 18's final code and on "
        "round 19's at dcc3f10 and 49bda8b, its misses unread), then read and tuned on in wave "
        '3.'
    ),
    260: (
        'Held-out set 260 (30 messages, every field; Iberia, France, Italy and Latin America, '
        "mostly in their languages), by a colleague who had not seen the extractors: round 19's"
        " second final check (scored on round 18's final code and on round 19's at dcc3f10 and "
        '49bda8b, its misses unread), then read and tuned on in wave 3.'
    ),
    261: (
        'Held-out set 261 (30 messages, every field; Australia, New Zealand, South Africa and '
        'the Gulf: mining, hospitality, aviation, many texts), by a colleague who had not seen '
        "the extractors: round 19's second final check (scored on round 18's final code and on "
        "round 19's at dcc3f10 and 49bda8b, its misses unread), then read and tuned on in wave "
        '3.'
    ),
    262: (
        'Held-out set 262 (30 messages, every field; Australia, New Zealand, South Africa and '
        "the Gulf, many texts), by a colleague who had not seen the extractors: round 19's "
        "second final check (scored on round 18's final code and on round 19's at dcc3f10 and "
        '49bda8b, its misses unread), then read and tuned on in wave 3.'
    ),
    263: (
        'Held-out set 263 (30 messages, every field; US and Canada outside tech: trucking, '
        'retail, trades, plants, many casual texts), by a colleague who had not seen the '
        "extractors: round 19's third final check (scored on round 18's final code and on round"
        " 19's at dcc3f10, 49bda8b and 9b321c8, its misses unread), then read and tuned on in "
        'wave 4.'
    ),
    264: (
        'Held-out set 264 (30 messages, every field; US and Canada outside tech, many casual '
        "texts), by a colleague who had not seen the extractors: round 19's third final check "
        "(scored on round 18's final code and on round 19's at dcc3f10, 49bda8b and 9b321c8, "
        'its misses unread), then read and tuned on in wave 4.'
    ),
    265: (
        'Held-out set 265 (30 messages, every field; software, data, product and fintech roles '
        "worldwide), by a colleague who had not seen the extractors: round 19's third final "
        "check (scored on round 18's final code and on round 19's at dcc3f10, 49bda8b and "
        '9b321c8, its misses unread), then read and tuned on in wave 4.'
    ),
    266: (
        'Held-out set 266 (30 messages, every field; software, data, product and fintech roles '
        'worldwide, some in German, Polish or Portuguese), by a colleague who had not seen the '
        "extractors: round 19's third final check (scored on round 18's final code and on round"
        " 19's at dcc3f10, 49bda8b and 9b321c8, its misses unread), then read and tuned on in "
        'wave 4.'
    ),
    267: (
        'Held-out set 267 (30 messages, every field; healthcare, education, hospitality, public'
        ' sector and NGOs in Europe, Africa, the Middle East and Latin America), by a colleague'
        " who had not seen the extractors: round 19's third final check (scored on round 18's "
        "final code and on round 19's at dcc3f10, 49bda8b and 9b321c8, its misses unread), then"
        ' read and tuned on in wave 4.'
    ),
    268: (
        'Held-out set 268 (30 messages, every field; healthcare, education, hospitality and '
        'NGOs, in English, French, Spanish and Portuguese), by a colleague who had not seen the'
        " extractors: round 19's third final check (scored on round 18's final code and on "
        "round 19's at dcc3f10, 49bda8b and 9b321c8, its misses unread), then read and tuned on"
        ' in wave 4.'
    ),
    269: (
        'Held-out set 269 (30 messages, every field; everyday jobs across many countries, many '
        'casual notes, some in Spanish, French, German or Portuguese), by a colleague who had '
        "not seen the extractors: round 19's fourth final check (scored on round 18's final "
        "code and on round 19's at 9b321c8 and a645cf3, its misses unread), then read and tuned"
        ' on in wave 5.'
    ),
    270: (
        'Held-out set 270 (30 messages, every field; everyday jobs across many countries, many '
        "casual notes), by a colleague who had not seen the extractors: round 19's fourth final"
        " check (scored on round 18's final code and on round 19's at 9b321c8 and a645cf3, its "
        'misses unread), then read and tuned on in wave 5.'
    ),
    271: (
        'Held-out set 271 (30 messages, every field; professional and senior roles across many '
        'countries, some in Dutch, Swedish, German or Japanese), by a colleague who had not '
        "seen the extractors: round 19's fourth final check (scored on round 18's final code "
        "and on round 19's at 9b321c8 and a645cf3, its misses unread), then read and tuned on "
        'in wave 5.'
    ),
    272: (
        'Held-out set 272 (30 messages, every field; professional and senior roles across many '
        "countries), by a colleague who had not seen the extractors: round 19's fourth final "
        "check (scored on round 18's final code and on round 19's at 9b321c8 and a645cf3, its "
        'misses unread), then read and tuned on in wave 5.'
    ),
    273: (
        'Held-out set 273 (30 messages, every field; technology and engineering roles in messy '
        'formats: forwards, quoted replies, InMails, texts), by a colleague who had not seen '
        "the extractors: round 19's fourth final check (scored on round 18's final code and on "
        "round 19's at 9b321c8 and a645cf3, its misses unread), then read and tuned on in wave "
        '5.'
    ),
    274: (
        'Held-out set 274 (30 messages, every field; technology and engineering roles in messy '
        'formats, remote contractors), by a colleague who had not seen the extractors: round '
        "19's fourth final check (scored on round 18's final code and on round 19's at 9b321c8 "
        'and a645cf3, its misses unread), then read and tuned on in wave 5.'
    ),
    275: (
        'Held-out set 275 (30 messages, every field; an ordinary inbox in one month, anywhere '
        "in the world), by a colleague who had not seen the extractors: round 19's fifth final "
        "check (scored on round 18's final code and on round 19's at a645cf3 and d17f2d5), its "
        'misses unread.'
    ),
    276: (
        'Held-out set 276 (30 messages, every field; an ordinary inbox in one month, anywhere '
        "in the world), by a colleague who had not seen the extractors: round 19's fifth final "
        "check (scored on round 18's final code and on round 19's at a645cf3 and d17f2d5), its "
        'misses unread.'
    ),
    277: (
        'Held-out set 277 (30 messages, every field; blue-collar and frontline work worldwide, '
        'many texts, some in local languages), by a colleague who had not seen the extractors: '
        "round 19's fifth final check (scored on round 18's final code and on round 19's at "
        'a645cf3 and d17f2d5), its misses unread.'
    ),
    278: (
        'Held-out set 278 (30 messages, every field; blue-collar and frontline work worldwide, '
        'many texts, some in local languages), by a colleague who had not seen the extractors: '
        "round 19's fifth final check (scored on round 18's final code and on round 19's at "
        'a645cf3 and d17f2d5), its misses unread.'
    ),
    279: (
        'Held-out set 279 (30 messages, every field; white-collar office and knowledge work '
        'worldwide, some in local languages), by a colleague who had not seen the extractors: '
        "round 19's fifth final check (scored on round 18's final code and on round 19's at "
        'a645cf3 and d17f2d5), its misses unread.'
    ),
    280: (
        'Held-out set 280 (30 messages, every field; white-collar office and knowledge work '
        'worldwide, some in local languages), by a colleague who had not seen the extractors: '
        "round 19's fifth final check (scored on round 18's final code and on round 19's at "
        'a645cf3 and d17f2d5), its misses unread.'
    ),
    281: (
        'Held-out set 281 (30 messages, every field; US tech and startups, founders and '
        "agencies), by a colleague who had not seen the extractors: round 20's first "
        "development set (scored once, unread, on round 19's final code 97462f7 and with the "
        'retrained ranker 6c2f999), then read and tuned on.'
    ),
    282: (
        'Held-out set 282 (30 messages, every field; UK and Ireland professional services), '
        "by a colleague who had not seen the extractors: round 20's first development set "
        "(scored once, unread, on round 19's final code 97462f7 and with the retrained ranker "
        '6c2f999), then read and tuned on.'
    ),
    283: (
        'Held-out set 283 (30 messages, every field; Germany, Austria and Switzerland, mostly '
        "in German), by a colleague who had not seen the extractors: round 20's first "
        "development set (scored once, unread, on round 19's final code 97462f7 and with the "
        'retrained ranker 6c2f999), then read and tuned on.'
    ),
    284: (
        'Held-out set 284 (30 messages, every field; France, Belgium, Luxembourg and Québec, '
        "mostly in French), by a colleague who had not seen the extractors: round 20's first "
        "development set (scored once, unread, on round 19's final code 97462f7 and with the "
        'retrained ranker 6c2f999), then read and tuned on.'
    ),
    285: (
        'Held-out set 285 (30 messages, every field; Iberia and Latin America in Spanish and '
        "Portuguese), by a colleague who had not seen the extractors: round 20's first "
        "development set (scored once, unread, on round 19's final code 97462f7 and with the "
        'retrained ranker 6c2f999), then read and tuned on.'
    ),
    286: (
        'Held-out set 286 (30 messages, every field; India and South-East Asia, many texts), '
        "by a colleague who had not seen the extractors: round 20's first development set "
        "(scored once, unread, on round 19's final code 97462f7 and with the retrained ranker "
        '6c2f999), then read and tuned on.'
    ),
    287: (
        'Held-out set 287 (30 messages, every field; healthcare worldwide), by a colleague '
        "who had not seen the extractors: round 20's first final check (scored on round 19's "
        'final code and at 1e40737, its misses unread), then read and tuned on in the second '
        'wave.'
    ),
    288: (
        'Held-out set 288 (30 messages, every field; logistics, manufacturing, construction '
        "and trades), by a colleague who had not seen the extractors: round 20's first final "
        "check (scored on round 19's final code and at 1e40737, its misses unread), then read "
        'and tuned on in the second wave.'
    ),
    289: (
        'Held-out set 289 (30 messages, every field; retail, hospitality, customer service '
        "and facilities), by a colleague who had not seen the extractors: round 20's first "
        "final check (scored on round 19's final code and at 1e40737, its misses unread), "
        'then read and tuned on in the second wave.'
    ),
    290: (
        'Held-out set 290 (30 messages, every field; public sector, education, NGOs and '
        "research), by a colleague who had not seen the extractors: round 20's first final "
        "check (scored on round 19's final code and at 1e40737, its misses unread), then read "
        'and tuned on in the second wave.'
    ),
    291: (
        'Held-out set 291 (30 messages, every field; sales, marketing and executive search), '
        "by a colleague who had not seen the extractors: round 20's first final check (scored "
        "on round 19's final code and at 1e40737, its misses unread), then read and tuned on "
        'in the second wave.'
    ),
    292: (
        'Held-out set 292 (30 messages, every field; messy formats: forwards, quoted replies, '
        'HTML, Nordic, Dutch, Polish and Italian), by a colleague who had not seen the '
        "extractors: round 20's first final check (scored on round 19's final code and at "
        '1e40737, its misses unread), then read and tuned on in the second wave.'
    ),
    293: (
        'Held-out set 293 (30 messages, every field; Central and Eastern Europe), by a '
        "colleague who had not seen the extractors: round 20's second final check (scored on "
        "round 19's final code and at b5f5b14, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    294: (
        'Held-out set 294 (30 messages, every field; the Middle East and North Africa), by a '
        "colleague who had not seen the extractors: round 20's second final check (scored on "
        "round 19's final code and at b5f5b14, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    295: (
        'Held-out set 295 (30 messages, every field; Japan, Korea, China, Taiwan and Hong '
        'Kong, many in their languages), by a colleague who had not seen the extractors: '
        "round 20's second final check (scored on round 19's final code and at b5f5b14, its "
        'misses unread), then read and tuned on in the third wave.'
    ),
    296: (
        'Held-out set 296 (30 messages, every field; Africa), by a colleague who had not seen '
        "the extractors: round 20's second final check (scored on round 19's final code and "
        'at b5f5b14, its misses unread), then read and tuned on in the third wave.'
    ),
    297: (
        'Held-out set 297 (30 messages, every field; US outside tech: insurance, government '
        "contractors, utilities), by a colleague who had not seen the extractors: round 20's "
        "second final check (scored on round 19's final code and at b5f5b14, its misses "
        'unread), then read and tuned on in the third wave.'
    ),
    298: (
        'Held-out set 298 (30 messages, every field; creative industries and media), by a '
        "colleague who had not seen the extractors: round 20's second final check (scored on "
        "round 19's final code and at b5f5b14, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    299: (
        'Held-out set 299 (30 messages, every field; Australia and New Zealand), by a '
        "colleague who had not seen the extractors: round 20's second final check (scored on "
        "round 19's final code and at b5f5b14, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    300: (
        'Held-out set 300 (30 messages, every field; Canada, English and French), by a '
        "colleague who had not seen the extractors: round 20's second final check (scored on "
        "round 19's final code and at b5f5b14, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    301: (
        'Held-out set 301 (30 messages, every field; finance and quantitative roles), by a '
        "colleague who had not seen the extractors: round 20's second final check (scored on "
        "round 19's final code and at b5f5b14, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    302: (
        'Held-out set 302 (30 messages, every field; energy and engineering), by a colleague '
        "who had not seen the extractors: round 20's second final check (scored on round 19's "
        'final code and at b5f5b14, its misses unread), then read and tuned on in the third '
        'wave.'
    ),
    303: (
        'Held-out set 303 (30 messages, every field; pharma, biotech and life sciences), by a '
        "colleague who had not seen the extractors: round 20's second final check (scored on "
        "round 19's final code and at b5f5b14, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    304: (
        'Held-out set 304 (30 messages, every field; very short messages in several '
        "languages), by a colleague who had not seen the extractors: round 20's second final "
        "check (scored on round 19's final code and at b5f5b14, its misses unread), then read "
        'and tuned on in the third wave.'
    ),
    305: (
        'Held-out set 305 (30 messages, every field; the Nordics, mostly in their languages), '
        "by a colleague who had not seen the extractors: round 20's third final check (scored "
        "on round 19's final code and at 5b7b941, its misses unread), then read, tuned on and "
        'trained on in the fourth wave.'
    ),
    306: (
        'Held-out set 306 (30 messages, every field; the Netherlands and Belgium, mostly in '
        "Dutch), by a colleague who had not seen the extractors: round 20's third final check "
        "(scored on round 19's final code and at 5b7b941, its misses unread), then read, "
        'tuned on and trained on in the fourth wave.'
    ),
    307: (
        'Held-out set 307 (30 messages, every field; Italy, mostly in Italian), by a '
        "colleague who had not seen the extractors: round 20's third final check (scored on "
        "round 19's final code and at 5b7b941, its misses unread), then read, tuned on and "
        'trained on in the fourth wave.'
    ),
    308: (
        'Held-out set 308 (30 messages, every field; US healthcare systems and biotech), by a '
        "colleague who had not seen the extractors: round 20's third final check (scored on "
        "round 19's final code and at 5b7b941, its misses unread), then read, tuned on and "
        'trained on in the fourth wave.'
    ),
    309: (
        'Held-out set 309 (30 messages, every field; UK tech and startups), by a colleague '
        "who had not seen the extractors: round 20's third final check (scored on round 19's "
        'final code and at 5b7b941, its misses unread), then read, tuned on and trained on in '
        'the fourth wave.'
    ),
    310: (
        'Held-out set 310 (30 messages, every field; India: IT services, startups, GCCs), by '
        "a colleague who had not seen the extractors: round 20's third final check (scored on "
        "round 19's final code and at 5b7b941, its misses unread), then read, tuned on and "
        'trained on in the fourth wave.'
    ),
    311: (
        'Held-out set 311 (30 messages, every field; Latin America tech, nearshore and '
        "local), by a colleague who had not seen the extractors: round 20's third final check "
        "(scored on round 19's final code and at 5b7b941, its misses unread), then read, "
        'tuned on and trained on in the fourth wave.'
    ),
    312: (
        'Held-out set 312 (30 messages, every field; DACH engineering, automotive and energy, '
        "in German), by a colleague who had not seen the extractors: round 20's third final "
        "check (scored on round 19's final code and at 5b7b941, its misses unread), then "
        'read, tuned on and trained on in the fourth wave.'
    ),
    313: (
        'Held-out set 313 (30 messages, every field; global remote roles), by a colleague who '
        "had not seen the extractors: round 20's third final check (scored on round 19's "
        'final code and at 5b7b941, its misses unread), then read, tuned on and trained on in '
        'the fourth wave.'
    ),
    314: (
        'Held-out set 314 (30 messages, every field; cruise, yachts, airlines, airports and '
        "hotels), by a colleague who had not seen the extractors: round 20's third final "
        "check (scored on round 19's final code and at 5b7b941, its misses unread), then "
        'read, tuned on and trained on in the fourth wave.'
    ),
    315: (
        'Held-out set 315 (30 messages, every field; education worldwide), by a colleague who '
        "had not seen the extractors: round 20's third final check (scored on round 19's "
        'final code and at 5b7b941, its misses unread), then read, tuned on and trained on in '
        'the fourth wave.'
    ),
    316: (
        'Held-out set 316 (30 messages, every field; long threads with quoted history), by a '
        "colleague who had not seen the extractors: round 20's third final check (scored on "
        "round 19's final code and at 5b7b941, its misses unread), then read, tuned on and "
        'trained on in the fourth wave.'
    ),
    317: (
        'Held-out set 317 (30 messages, every field; the Nordics, mostly in their languages),'
        " by a colleague who had not seen the extractors: round 20's last final check (scored on"
        " round 19's final code and on round 20's final code, its misses unread), then read and"
        " tuned on in round 21's first wave."
    ),
    318: (
        'Held-out set 318 (30 messages, every field; the Netherlands and Flanders, mostly in'
        " Dutch), by a colleague who had not seen the extractors: round 20's last final check"
        " (scored on round 19's final code and on round 20's final code, its misses unread),"
        " then read and tuned on in round 21's first wave."
    ),
    319: (
        'Held-out set 319 (30 messages, every field; Italy and Spain, mostly in their'
        " languages), by a colleague who had not seen the extractors: round 20's last final"
        " check (scored on round 19's final code and on round 20's final code, its misses"
        " unread), then read and tuned on in round 21's first wave."
    ),
    320: (
        'Held-out set 320 (30 messages, every field; maritime and aviation crews), by a'
        " colleague who had not seen the extractors: round 20's last final check (scored on"
        " round 19's final code and on round 20's final code, its misses unread), then read and"
        " tuned on in round 21's first wave."
    ),
    321: (
        'Held-out set 321 (30 messages, every field; education and academia worldwide), by a'
        " colleague who had not seen the extractors: round 20's last final check (scored on"
        " round 19's final code and on round 20's final code, its misses unread), then read and"
        " tuned on in round 21's first wave."
    ),
    322: (
        'Held-out set 322 (30 messages, every field; long threads with quoted history), by a'
        " colleague who had not seen the extractors: round 20's last final check (scored on"
        " round 19's final code and on round 20's final code, its misses unread), then read and"
        " tuned on in round 21's first wave."
    ),
    323: (
        'Held-out set 323 (30 messages, every field; the United States, mixed), by a colleague'
        " who had not seen the extractors: round 20's last final check (scored on round 19's"
        " final code and on round 20's final code, its misses unread), then read and tuned on in"
        " round 21's first wave."
    ),
    324: (
        'Held-out set 324 (30 messages, every field; the United Kingdom, mixed), by a colleague'
        " who had not seen the extractors: round 20's last final check (scored on round 19's"
        " final code and on round 20's final code, its misses unread), then read and tuned on in"
        " round 21's first wave."
    ),
    325: (
        'Held-out set 325 (30 messages, every field; India and the Gulf), by a colleague who'
        " had not seen the extractors: round 20's last final check (scored on round 19's final"
        " code and on round 20's final code, its misses unread), then read and tuned on in round"
        " 21's first wave."
    ),
    326: (
        'Held-out set 326 (30 messages, every field; Germany, Austria and Switzerland, mostly'
        " in German), by a colleague who had not seen the extractors: round 20's last final"
        " check (scored on round 19's final code and on round 20's final code, its misses"
        " unread), then read and tuned on in round 21's first wave."
    ),
    327: (
        'Held-out set 327 (30 messages, every field; France, Belgium, Romandie and Québec,'
        " mostly in French), by a colleague who had not seen the extractors: round 20's last"
        " final check (scored on round 19's final code and on round 20's final code, its misses"
        " unread), then read and tuned on in round 21's first wave."
    ),
    328: (
        'Held-out set 328 (30 messages, every field; Latin America and Brazil, in Spanish and'
        " Portuguese), by a colleague who had not seen the extractors: round 20's last final"
        " check (scored on round 19's final code and on round 20's final code, its misses"
        " unread), then read and tuned on in round 21's first wave."
    ),
    329: (
        'Held-out set 329 (30 messages, every field; United States healthcare: nurses, travel'
        ' nursing, allied health, physicians), by a colleague who had not seen the extractors:'
        " round 21's first final check (scored on round 20's final code and at 295d3c9, its"
        ' misses unread), then read and tuned on in the second wave.'
    ),
    330: (
        'Held-out set 330 (30 messages, every field; Germany, Austria and Switzerland, mostly'
        " in German), by a colleague who had not seen the extractors: round 21's first final"
        " check (scored on round 20's final code and at 295d3c9, its misses unread), then read"
        ' and tuned on in the second wave.'
    ),
    331: (
        'Held-out set 331 (30 messages, every field; India: IT services, BPO, banking; LPA and'
        " CTC), by a colleague who had not seen the extractors: round 21's first final check"
        " (scored on round 20's final code and at 295d3c9, its misses unread), then read and"
        ' tuned on in the second wave.'
    ),
    332: (
        'Held-out set 332 (30 messages, every field; the United Kingdom public sector and'
        " charities), by a colleague who had not seen the extractors: round 21's first final"
        " check (scored on round 20's final code and at 295d3c9, its misses unread), then read"
        ' and tuned on in the second wave.'
    ),
    333: (
        'Held-out set 333 (30 messages, every field; Australia and New Zealand: mining,'
        ' construction, trades, healthcare), by a colleague who had not seen the extractors:'
        " round 21's first final check (scored on round 20's final code and at 295d3c9, its"
        ' misses unread), then read and tuned on in the second wave.'
    ),
    334: (
        'Held-out set 334 (30 messages, every field; Spain and Latin America, in Spanish), by a'
        " colleague who had not seen the extractors: round 21's first final check (scored on"
        " round 20's final code and at 295d3c9, its misses unread), then read and tuned on in"
        ' the second wave.'
    ),
    335: (
        'Held-out set 335 (30 messages, every field; Japan and South Korea, in Japanese, Korean'
        " and English), by a colleague who had not seen the extractors: round 21's first final"
        " check (scored on round 20's final code and at 295d3c9, its misses unread), then read"
        ' and tuned on in the second wave.'
    ),
    336: (
        'Held-out set 336 (30 messages, every field; Canada, in English and Québec French), by'
        " a colleague who had not seen the extractors: round 21's first final check (scored on"
        " round 20's final code and at 295d3c9, its misses unread), then read and tuned on in"
        ' the second wave.'
    ),
    337: (
        'Held-out set 337 (30 messages, every field; United States finance and legal), by a'
        " colleague who had not seen the extractors: round 21's first final check (scored on"
        " round 20's final code and at 295d3c9, its misses unread), then read and tuned on in"
        ' the second wave.'
    ),
    338: (
        'Held-out set 338 (30 messages, every field; the Middle East: hospitality,'
        ' construction, oil and gas, banking), by a colleague who had not seen the extractors:'
        " round 21's first final check (scored on round 20's final code and at 295d3c9, its"
        ' misses unread), then read and tuned on in the second wave.'
    ),
    339: (
        'Held-out set 339 (30 messages, every field; Poland, Czechia, Slovakia, Romania and'
        ' Hungary, in their languages and English), by a colleague who had not seen the'
        " extractors: round 21's first final check (scored on round 20's final code and at"
        ' 295d3c9, its misses unread), then read and tuned on in the second wave.'
    ),
    340: (
        'Held-out set 340 (30 messages, every field; Africa: Nigeria, Kenya, South Africa,'
        " Ghana, Egypt, Morocco), by a colleague who had not seen the extractors: round 21's"
        " first final check (scored on round 20's final code and at 295d3c9, its misses unread),"
        ' then read and tuned on in the second wave.'
    ),
    341: (
        'Held-out set 341 (30 messages, every field; United States tech startups and big tech,'
        " terse InMails), by a colleague who had not seen the extractors: round 21's second"
        " final check (scored on round 20's final code and at 860d38e, its misses unread), then"
        ' read and tuned on in the third wave.'
    ),
    342: (
        'Held-out set 342 (30 messages, every field; Italy, mostly in Italian), by a colleague'
        " who had not seen the extractors: round 21's second final check (scored on round 20's"
        ' final code and at 860d38e, its misses unread), then read and tuned on in the third'
        ' wave.'
    ),
    343: (
        'Held-out set 343 (30 messages, every field; the Netherlands and Belgium, in Dutch,'
        " Flemish and English), by a colleague who had not seen the extractors: round 21's"
        " second final check (scored on round 20's final code and at 860d38e, its misses"
        ' unread), then read and tuned on in the third wave.'
    ),
    344: (
        'Held-out set 344 (30 messages, every field; the Nordics, in their languages and'
        " English), by a colleague who had not seen the extractors: round 21's second final"
        " check (scored on round 20's final code and at 860d38e, its misses unread), then read"
        ' and tuned on in the third wave.'
    ),
    345: (
        'Held-out set 345 (30 messages, every field; logistics, warehousing and driving in the'
        " US, UK and EU), by a colleague who had not seen the extractors: round 21's second"
        " final check (scored on round 20's final code and at 860d38e, its misses unread), then"
        ' read and tuned on in the third wave.'
    ),
    346: (
        'Held-out set 346 (30 messages, every field; education worldwide: schools,'
        ' universities, edtech, tutoring), by a colleague who had not seen the extractors: round'
        " 21's second final check (scored on round 20's final code and at 860d38e, its misses"
        ' unread), then read and tuned on in the third wave.'
    ),
    347: (
        'Held-out set 347 (30 messages, every field; Brazil and Portugal, in Portuguese), by a'
        " colleague who had not seen the extractors: round 21's second final check (scored on"
        " round 20's final code and at 860d38e, its misses unread), then read and tuned on in"
        ' the third wave.'
    ),
    348: (
        'Held-out set 348 (30 messages, every field; France, in French), by a colleague who had'
        " not seen the extractors: round 21's second final check (scored on round 20's final"
        ' code and at 860d38e, its misses unread), then read and tuned on in the third wave.'
    ),
    349: (
        'Held-out set 349 (30 messages, every field; Southeast Asia: Singapore, Malaysia, the'
        ' Philippines, Indonesia, Vietnam, Thailand), by a colleague who had not seen the'
        " extractors: round 21's second final check (scored on round 20's final code and at"
        ' 860d38e, its misses unread), then read and tuned on in the third wave.'
    ),
    350: (
        'Held-out set 350 (30 messages, every field; energy, utilities and oil and gas'
        " worldwide), by a colleague who had not seen the extractors: round 21's second final"
        " check (scored on round 20's final code and at 860d38e, its misses unread), then read"
        ' and tuned on in the third wave.'
    ),
    351: (
        'Held-out set 351 (30 messages, every field; creative, media and marketing worldwide),'
        " by a colleague who had not seen the extractors: round 21's second final check (scored"
        " on round 20's final code and at 860d38e, its misses unread), then read and tuned on in"
        ' the third wave.'
    ),
    352: (
        'Held-out set 352 (30 messages, every field; hospitality, retail and food service'
        " worldwide), by a colleague who had not seen the extractors: round 21's second final"
        " check (scored on round 20's final code and at 860d38e, its misses unread), then read"
        ' and tuned on in the third wave.'
    ),
    353: (
        'Held-out set 353 (30 messages, every field; Turkey, Greece and Israel, in Turkish,'
        " Greek, Hebrew and English), by a colleague who had not seen the extractors: round 21's"
        " third final check (scored on round 20's final code and at bc91936, its misses unread),"
        ' then read and tuned on in the fourth wave.'
    ),
    354: (
        'Held-out set 354 (30 messages, every field; mainland China, Taiwan and Hong Kong, in'
        " Chinese and English), by a colleague who had not seen the extractors: round 21's third"
        " final check (scored on round 20's final code and at bc91936, its misses unread), then"
        ' read and tuned on in the fourth wave.'
    ),
    355: (
        'Held-out set 355 (30 messages, every field; United States government contracting,'
        ' defence and skilled trades), by a colleague who had not seen the extractors: round'
        " 21's third final check (scored on round 20's final code and at bc91936, its misses"
        ' unread), then read and tuned on in the fourth wave.'
    ),
    356: (
        'Held-out set 356 (30 messages, every field; Ireland, Scotland and Wales), by a'
        " colleague who had not seen the extractors: round 21's third final check (scored on"
        " round 20's final code and at bc91936, its misses unread), then read and tuned on in"
        ' the fourth wave.'
    ),
    357: (
        'Held-out set 357 (30 messages, every field; agriculture, food processing and'
        " horticulture worldwide), by a colleague who had not seen the extractors: round 21's"
        " third final check (scored on round 20's final code and at bc91936, its misses unread),"
        ' then read and tuned on in the fourth wave.'
    ),
    358: (
        'Held-out set 358 (30 messages, every field; healthcare outside the United States), by'
        " a colleague who had not seen the extractors: round 21's third final check (scored on"
        " round 20's final code and at bc91936, its misses unread), then read and tuned on in"
        ' the fourth wave.'
    ),
    359: (
        'Held-out set 359 (30 messages, every field; legal, consulting and Big Four firms'
        ' across Europe, in five languages), by a colleague who had not seen the extractors:'
        " round 21's third final check (scored on round 20's final code and at bc91936, its"
        ' misses unread), then read and tuned on in the fourth wave.'
    ),
    360: (
        'Held-out set 360 (30 messages, every field; aviation, maritime and rail worldwide), by'
        " a colleague who had not seen the extractors: round 21's third final check (scored on"
        " round 20's final code and at bc91936, its misses unread), then read and tuned on in"
        ' the fourth wave.'
    ),
    361: (
        'Held-out set 361 (30 messages, every field; SaaS and tech sales across Europe, the'
        " Middle East and Africa), by a colleague who had not seen the extractors: round 21's"
        " third final check (scored on round 20's final code and at bc91936, its misses unread),"
        ' then read and tuned on in the fourth wave.'
    ),
    362: (
        'Held-out set 362 (30 messages, every field; temporary, seasonal and gig work'
        " worldwide, short texts), by a colleague who had not seen the extractors: round 21's"
        " third final check (scored on round 20's final code and at bc91936, its misses unread),"
        ' then read and tuned on in the fourth wave.'
    ),
    363: (
        'Held-out set 363 (30 messages, every field; science, research and biotech), by a'
        " colleague who had not seen the extractors: round 21's third final check (scored on"
        " round 20's final code and at bc91936, its misses unread), then read and tuned on in"
        ' the fourth wave.'
    ),
    364: (
        'Held-out set 364 (30 messages, every field; Pakistan, Bangladesh, Sri Lanka, Nepal and'
        " recruitment for the Gulf), by a colleague who had not seen the extractors: round 21's"
        " third final check (scored on round 20's final code and at bc91936, its misses unread),"
        ' then read and tuned on in the fourth wave.'
    ),
    365: (
        'Held-out set 365 (30 messages, every field; United States retail, hospitality and'
        ' customer service, short texts), by a colleague who had not seen the extractors: round'
        " 21's fourth final check (scored on round 20's final code and at 25c558c, its misses"
        ' unread), then read and tuned on in the fifth wave.'
    ),
    366: (
        'Held-out set 366 (30 messages, every field; Mexico, Central America and the Caribbean,'
        " in Spanish and English), by a colleague who had not seen the extractors: round 21's"
        " fourth final check (scored on round 20's final code and at 25c558c, its misses"
        ' unread), then read and tuned on in the fifth wave.'
    ),
    367: (
        'Held-out set 367 (30 messages, every field; German tech startups and scale-ups, in'
        " English and German), by a colleague who had not seen the extractors: round 21's fourth"
        " final check (scored on round 20's final code and at 25c558c, its misses unread), then"
        ' read and tuned on in the fifth wave.'
    ),
    368: (
        'Held-out set 368 (30 messages, every field; Australian healthcare and education), by a'
        " colleague who had not seen the extractors: round 21's fourth final check (scored on"
        " round 20's final code and at 25c558c, its misses unread), then read and tuned on in"
        ' the fifth wave.'
    ),
    369: (
        'Held-out set 369 (30 messages, every field; the French public sector and healthcare,'
        " in French), by a colleague who had not seen the extractors: round 21's fourth final"
        " check (scored on round 20's final code and at 25c558c, its misses unread), then read"
        ' and tuned on in the fifth wave.'
    ),
    370: (
        'Held-out set 370 (30 messages, every field; tech and finance in the UAE and Saudi'
        ' Arabia, in English and Arabic), by a colleague who had not seen the extractors: round'
        " 21's fourth final check (scored on round 20's final code and at 25c558c, its misses"
        ' unread), then read and tuned on in the fifth wave.'
    ),
    371: (
        'Held-out set 371 (30 messages, every field; Nordic industry and energy, in Swedish,'
        ' Norwegian, Finnish and English), by a colleague who had not seen the extractors: round'
        " 21's fourth final check (scored on round 20's final code and at 25c558c, its misses"
        ' unread), then read and tuned on in the fifth wave.'
    ),
    372: (
        'Held-out set 372 (30 messages, every field; UK legal, finance and insurance), by a'
        " colleague who had not seen the extractors: round 21's fourth final check (scored on"
        " round 20's final code and at 25c558c, its misses unread), then read and tuned on in"
        ' the fifth wave.'
    ),
    373: (
        'Held-out set 373 (30 messages, every field; India manufacturing, pharma and field'
        " sales), by a colleague who had not seen the extractors: round 21's fourth final check"
        " (scored on round 20's final code and at 25c558c, its misses unread), then read and"
        ' tuned on in the fifth wave.'
    ),
    374: (
        'Held-out set 374 (30 messages, every field; Poland and the Baltics, in Polish,'
        ' Lithuanian, Latvian, Estonian and English), by a colleague who had not seen the'
        " extractors: round 21's fourth final check (scored on round 20's final code and at"
        ' 25c558c, its misses unread), then read and tuned on in the fifth wave.'
    ),
    375: (
        'Held-out set 375 (30 messages, every field; global companies and startups in Japan and'
        " South Korea, in English), by a colleague who had not seen the extractors: round 21's"
        " fourth final check (scored on round 20's final code and at 25c558c, its misses"
        ' unread), then read and tuned on in the fifth wave.'
    ),
    376: (
        'Held-out set 376 (30 messages, every field; Spain and Portugal hospitality, tourism'
        ' and construction, in four languages), by a colleague who had not seen the extractors:'
        " round 21's fourth final check (scored on round 20's final code and at 25c558c, its"
        ' misses unread), then read and tuned on in the fifth wave.'
    ),
    377: (
        'Held-out set 377 (30 messages, every field; United States and Canada tech and product '
        "roles, long threads), by a colleague who had not seen the extractors: round 21's last "
        "final check (scored on round 20's final code and at 1f27211, its misses unread), then "
        "read and tuned on in round 22's first wave."
    ),
    378: (
        'Held-out set 378 (30 messages, every field; Latin America tech and finance, in '
        'Spanish, Portuguese and English), by a colleague who had not seen the extractors: '
        "round 21's last final check (scored on round 20's final code and at 1f27211, its "
        "misses unread), then read and tuned on in round 22's first wave."
    ),
    379: (
        'Held-out set 379 (30 messages, every field; the United Kingdom private sector outside '
        "London), by a colleague who had not seen the extractors: round 21's last final check "
        "(scored on round 20's final code and at 1f27211, its misses unread), then read and "
        "tuned on in round 22's first wave."
    ),
    380: (
        'Held-out set 380 (30 messages, every field; Italy and Spain tech and industry, in '
        "Italian and Spanish), by a colleague who had not seen the extractors: round 21's last "
        "final check (scored on round 20's final code and at 1f27211, its misses unread), then "
        "read and tuned on in round 22's first wave."
    ),
    381: (
        'Held-out set 381 (30 messages, every field; Indonesia, Malaysia and the Philippines, '
        'in their languages and English), by a colleague who had not seen the extractors: round '
        "21's last final check (scored on round 20's final code and at 1f27211, its misses "
        "unread), then read and tuned on in round 22's first wave."
    ),
    382: (
        'Held-out set 382 (30 messages, every field; Denmark, Iceland and Finland, in their '
        "languages and English), by a colleague who had not seen the extractors: round 21's "
        "last final check (scored on round 20's final code and at 1f27211, its misses unread), "
        "then read and tuned on in round 22's first wave."
    ),
    383: (
        'Held-out set 383 (30 messages, every field; Germany, Austria and Switzerland skilled '
        'trades and healthcare, in German), by a colleague who had not seen the extractors: '
        "round 21's last final check (scored on round 20's final code and at 1f27211, its "
        "misses unread), then read and tuned on in round 22's first wave."
    ),
    384: (
        'Held-out set 384 (30 messages, every field; Southern and Eastern Africa and the Indian '
        "Ocean), by a colleague who had not seen the extractors: round 21's last final check "
        "(scored on round 20's final code and at 1f27211, its misses unread), then read and "
        "tuned on in round 22's first wave."
    ),
    385: (
        'Held-out set 385 (30 messages, every field; Belgium, Luxembourg and Switzerland, in '
        "French), by a colleague who had not seen the extractors: round 21's last final check "
        "(scored on round 20's final code and at 1f27211, its misses unread), then read and "
        "tuned on in round 22's first wave."
    ),
    386: (
        'Held-out set 386 (30 messages, every field; nonprofits, international organisations '
        "and development work), by a colleague who had not seen the extractors: round 21's last "
        "final check (scored on round 20's final code and at 1f27211, its misses unread), then "
        "read and tuned on in round 22's first wave."
    ),
    387: (
        'Held-out set 387 (30 messages, every field; construction, engineering and architecture '
        "worldwide), by a colleague who had not seen the extractors: round 21's last final "
        "check (scored on round 20's final code and at 1f27211, its misses unread), then read "
        "and tuned on in round 22's first wave."
    ),
    388: (
        'Held-out set 388 (30 messages, every field; executive search across industries and '
        "countries), by a colleague who had not seen the extractors: round 21's last final "
        "check (scored on round 20's final code and at 1f27211, its misses unread), then read "
        "and tuned on in round 22's first wave."
    ),
    389: (
        'Held-out set 389 (30 messages, every field; United States healthcare: nursing, travel '
        'contracts, allied health and hospital administration), by a colleague who had not seen '
        "the extractors: round 22's first final check (scored on round 21's final code and at "
        'cb0ea47, its misses unread), then read and tuned on in the second wave.'
    ),
    390: (
        'Held-out set 390 (30 messages, every field; United Kingdom tech and fintech), by a '
        "colleague who had not seen the extractors: round 22's first final check (scored on "
        "round 21's final code and at cb0ea47, its misses unread), then read and tuned on in "
        'the second wave.'
    ),
    391: (
        'Held-out set 391 (30 messages, every field; India IT services, product companies and '
        "startups), by a colleague who had not seen the extractors: round 22's first final "
        "check (scored on round 21's final code and at cb0ea47, its misses unread), then read "
        'and tuned on in the second wave.'
    ),
    392: (
        'Held-out set 392 (30 messages, every field; Canada: public sector, utilities, banks '
        'and tech, some Québec French), by a colleague who had not seen the extractors: round '
        "22's first final check (scored on round 21's final code and at cb0ea47, its misses "
        'unread), then read and tuned on in the second wave.'
    ),
    393: (
        'Held-out set 393 (30 messages, every field; Australia and New Zealand mining, trades, '
        "rosters and construction), by a colleague who had not seen the extractors: round 22's "
        "first final check (scored on round 21's final code and at cb0ea47, its misses unread), "
        'then read and tuned on in the second wave.'
    ),
    394: (
        'Held-out set 394 (30 messages, every field; United States finance, banking, asset '
        "management and insurance), by a colleague who had not seen the extractors: round 22's "
        "first final check (scored on round 21's final code and at cb0ea47, its misses unread), "
        'then read and tuned on in the second wave.'
    ),
    395: (
        'Held-out set 395 (30 messages, every field; German corporates and the Mittelstand, in '
        "German and English), by a colleague who had not seen the extractors: round 22's first "
        "final check (scored on round 21's final code and at cb0ea47, its misses unread), then "
        'read and tuned on in the second wave.'
    ),
    396: (
        'Held-out set 396 (30 messages, every field; Netherlands tech, logistics and ports, in '
        "Dutch and English), by a colleague who had not seen the extractors: round 22's first "
        "final check (scored on round 21's final code and at cb0ea47, its misses unread), then "
        'read and tuned on in the second wave.'
    ),
    397: (
        'Held-out set 397 (30 messages, every field; Brazil and Portugal, in Portuguese), by a '
        "colleague who had not seen the extractors: round 22's first final check (scored on "
        "round 21's final code and at cb0ea47, its misses unread), then read and tuned on in "
        'the second wave.'
    ),
    398: (
        'Held-out set 398 (30 messages, every field; Singapore and Hong Kong banking, trading '
        "and wealth management), by a colleague who had not seen the extractors: round 22's "
        "first final check (scored on round 21's final code and at cb0ea47, its misses unread), "
        'then read and tuned on in the second wave.'
    ),
    399: (
        'Held-out set 399 (30 messages, every field; United States manufacturing, plants, '
        'supply chain and warehouses), by a colleague who had not seen the extractors: round '
        "22's first final check (scored on round 21's final code and at cb0ea47, its misses "
        'unread), then read and tuned on in the second wave.'
    ),
    400: (
        'Held-out set 400 (30 messages, every field; Ireland and UK pharma, medtech and life '
        "sciences manufacturing), by a colleague who had not seen the extractors: round 22's "
        "first final check (scored on round 21's final code and at cb0ea47, its misses unread), "
        'then read and tuned on in the second wave.'
    ),
    401: (
        'Held-out set 401 (30 messages, every field; French tech startups and scale-ups, in '
        "French), by a colleague who had not seen the extractors: round 22's second final check "
        "(scored on round 21's final code and at 8b44101, its misses unread), then read and "
        'tuned on in the third wave.'
    ),
    402: (
        'Held-out set 402 (30 messages, every field; remote-first global startups: AI, crypto '
        "and developer tools), by a colleague who had not seen the extractors: round 22's "
        "second final check (scored on round 21's final code and at 8b44101, its misses "
        'unread), then read and tuned on in the third wave.'
    ),
    403: (
        'Held-out set 403 (30 messages, every field; United States education and higher '
        "education), by a colleague who had not seen the extractors: round 22's second final "
        "check (scored on round 21's final code and at 8b44101, its misses unread), then read "
        'and tuned on in the third wave.'
    ),
    404: (
        'Held-out set 404 (30 messages, every field; South Africa, Nigeria and Kenya across '
        "industries), by a colleague who had not seen the extractors: round 22's second final "
        "check (scored on round 21's final code and at 8b44101, its misses unread), then read "
        'and tuned on in the third wave.'
    ),
    405: (
        'Held-out set 405 (30 messages, every field; Japan and South Korea, in Japanese, Korean '
        "and English), by a colleague who had not seen the extractors: round 22's second final "
        "check (scored on round 21's final code and at 8b44101, its misses unread), then read "
        'and tuned on in the third wave.'
    ),
    406: (
        'Held-out set 406 (30 messages, every field; Sweden and Norway tech and industry, in '
        'Swedish, Norwegian and English), by a colleague who had not seen the extractors: round '
        "22's second final check (scored on round 21's final code and at 8b44101, its misses "
        'unread), then read and tuned on in the third wave.'
    ),
    407: (
        'Held-out set 407 (30 messages, every field; Gulf states and Egypt hospitality, '
        'construction and facilities, some Arabic), by a colleague who had not seen the '
        "extractors: round 22's second final check (scored on round 21's final code and at "
        '8b44101, its misses unread), then read and tuned on in the third wave.'
    ),
    408: (
        'Held-out set 408 (30 messages, every field; United States government, defense and '
        "security-cleared roles), by a colleague who had not seen the extractors: round 22's "
        "second final check (scored on round 21's final code and at 8b44101, its misses "
        'unread), then read and tuned on in the third wave.'
    ),
    409: (
        'Held-out set 409 (30 messages, every field; UK and European IT contracting: day rates, '
        "IR35, freelance), by a colleague who had not seen the extractors: round 22's second "
        "final check (scored on round 21's final code and at 8b44101, its misses unread), then "
        'read and tuned on in the third wave.'
    ),
    410: (
        'Held-out set 410 (30 messages, every field; sales and marketing in US and UK SaaS), by '
        "a colleague who had not seen the extractors: round 22's second final check (scored on "
        "round 21's final code and at 8b44101, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    411: (
        'Held-out set 411 (30 messages, every field; data science, ML and analytics worldwide), '
        "by a colleague who had not seen the extractors: round 22's second final check (scored "
        "on round 21's final code and at 8b44101, its misses unread), then read and tuned on in "
        'the third wave.'
    ),
    412: (
        'Held-out set 412 (30 messages, every field; Eastern Europe IT outsourcing and product '
        'companies, in English and local languages), by a colleague who had not seen the '
        "extractors: round 22's second final check (scored on round 21's final code and at "
        '8b44101, its misses unread), then read and tuned on in the third wave.'
    ),
    413: (
        'Held-out set 413 (30 messages, every field; United States startups and big tech: '
        'software, product and design), by a colleague who had not seen the extractors: round '
        "22's third final check (scored on round 21's final code and at 6fce5d5, its misses "
        'unread), then read and tuned on in the fourth wave.'
    ),
    414: (
        'Held-out set 414 (30 messages, every field; Italy, in Italian: manufacturing, fashion '
        "and banking), by a colleague who had not seen the extractors: round 22's third final "
        "check (scored on round 21's final code and at 6fce5d5, its misses unread), then read "
        'and tuned on in the fourth wave.'
    ),
    415: (
        'Held-out set 415 (30 messages, every field; Spain and Latin America, in Spanish: tech, '
        "retail and industry), by a colleague who had not seen the extractors: round 22's third "
        "final check (scored on round 21's final code and at 6fce5d5, its misses unread), then "
        'read and tuned on in the fourth wave.'
    ),
    416: (
        'Held-out set 416 (30 messages, every field; UK public sector, NHS, councils and '
        "charities), by a colleague who had not seen the extractors: round 22's third final "
        "check (scored on round 21's final code and at 6fce5d5, its misses unread), then read "
        'and tuned on in the fourth wave.'
    ),
    417: (
        'Held-out set 417 (30 messages, every field; United States trades, logistics and '
        "drivers), by a colleague who had not seen the extractors: round 22's third final check "
        "(scored on round 21's final code and at 6fce5d5, its misses unread), then read and "
        'tuned on in the fourth wave.'
    ),
    418: (
        'Held-out set 418 (30 messages, every field; Switzerland and Austria finance, pharma '
        'and engineering, in German, French and English), by a colleague who had not seen the '
        "extractors: round 22's third final check (scored on round 21's final code and at "
        '6fce5d5, its misses unread), then read and tuned on in the fourth wave.'
    ),
    419: (
        'Held-out set 419 (30 messages, every field; the Philippines, Vietnam and Thailand: '
        'BPO, tech and manufacturing), by a colleague who had not seen the extractors: round '
        "22's third final check (scored on round 21's final code and at 6fce5d5, its misses "
        'unread), then read and tuned on in the fourth wave.'
    ),
    420: (
        'Held-out set 420 (30 messages, every field; Australia corporate, government and tech), '
        "by a colleague who had not seen the extractors: round 22's third final check (scored "
        "on round 21's final code and at 6fce5d5, its misses unread), then read and tuned on in "
        'the fourth wave.'
    ),
    421: (
        'Held-out set 421 (30 messages, every field; consulting, accounting and law firms in '
        "the US and UK), by a colleague who had not seen the extractors: round 22's third final "
        "check (scored on round 21's final code and at 6fce5d5, its misses unread), then read "
        'and tuned on in the fourth wave.'
    ),
    422: (
        'Held-out set 422 (30 messages, every field; France outside tech: industry, retail, '
        'banking and hospitality, in French), by a colleague who had not seen the extractors: '
        "round 22's third final check (scored on round 21's final code and at 6fce5d5, its "
        'misses unread), then read and tuned on in the fourth wave.'
    ),
    423: (
        'Held-out set 423 (30 messages, every field; Poland and the Czech Republic, in Polish, '
        "Czech and English), by a colleague who had not seen the extractors: round 22's third "
        "final check (scored on round 21's final code and at 6fce5d5, its misses unread), then "
        'read and tuned on in the fourth wave.'
    ),
    424: (
        'Held-out set 424 (30 messages, every field; retail, hospitality and restaurant '
        'management in the US, UK and Canada), by a colleague who had not seen the extractors: '
        "round 22's third final check (scored on round 21's final code and at 6fce5d5, its "
        'misses unread), then read and tuned on in the fourth wave.'
    ),
    425: (
        'Held-out set 425 (30 messages, every field; gaming, media, film and music worldwide), '
        "by a colleague who had not seen the extractors: round 22's fourth final check (scored "
        "on round 21's final code and at 757c09a, its misses unread), then read and tuned on in "
        'the fifth wave.'
    ),
    426: (
        'Held-out set 426 (30 messages, every field; Turkey, Greece, Cyprus and Israel tech, in '
        'Turkish, Greek, Hebrew and English), by a colleague who had not seen the extractors: '
        "round 22's fourth final check (scored on round 21's final code and at 757c09a, its "
        'misses unread), then read and tuned on in the fifth wave.'
    ),
    427: (
        'Held-out set 427 (30 messages, every field; healthcare in Canada, Australia and the '
        "Gulf), by a colleague who had not seen the extractors: round 22's fourth final check "
        "(scored on round 21's final code and at 757c09a, its misses unread), then read and "
        'tuned on in the fifth wave.'
    ),
    428: (
        'Held-out set 428 (30 messages, every field; the energy transition: solar, wind, '
        'batteries, hydrogen and grid), by a colleague who had not seen the extractors: round '
        "22's fourth final check (scored on round 21's final code and at 757c09a, its misses "
        'unread), then read and tuned on in the fifth wave.'
    ),
    429: (
        'Held-out set 429 (30 messages, every field; China, Taiwan and Hong Kong, in Chinese '
        "and English), by a colleague who had not seen the extractors: round 22's fourth final "
        "check (scored on round 21's final code and at 757c09a, its misses unread), then read "
        'and tuned on in the fifth wave.'
    ),
    430: (
        'Held-out set 430 (30 messages, every field; executive and board searches), by a '
        "colleague who had not seen the extractors: round 22's fourth final check (scored on "
        "round 21's final code and at 757c09a, its misses unread), then read and tuned on in "
        'the fifth wave.'
    ),
    431: (
        'Held-out set 431 (30 messages, every field; cybersecurity, cloud and infrastructure in '
        "the US, UK, EU and India), by a colleague who had not seen the extractors: round 22's "
        "fourth final check (scored on round 21's final code and at 757c09a, its misses "
        'unread), then read and tuned on in the fifth wave.'
    ),
    432: (
        'Held-out set 432 (30 messages, every field; Belgium and the Netherlands, in Dutch, '
        "French and English), by a colleague who had not seen the extractors: round 22's fourth "
        "final check (scored on round 21's final code and at 757c09a, its misses unread), then "
        'read and tuned on in the fifth wave.'
    ),
    433: (
        'Held-out set 433 (30 messages, every field; Latin America remote contracting for US '
        'companies, in English, Spanish and Portuguese), by a colleague who had not seen the '
        "extractors: round 22's fourth final check (scored on round 21's final code and at "
        '757c09a, its misses unread), then read and tuned on in the fifth wave.'
    ),
    434: (
        'Held-out set 434 (30 messages, every field; hourly and shift work in the UK, US, '
        "Ireland and Germany), by a colleague who had not seen the extractors: round 22's "
        "fourth final check (scored on round 21's final code and at 757c09a, its misses "
        'unread), then read and tuned on in the fifth wave.'
    ),
    435: (
        'Held-out set 435 (30 messages, every field; Saudi Arabia, Qatar, Kuwait and Oman '
        'engineering and oil and gas), by a colleague who had not seen the extractors: round '
        "22's fourth final check (scored on round 21's final code and at 757c09a, its misses "
        'unread), then read and tuned on in the fifth wave.'
    ),
    436: (
        'Held-out set 436 (30 messages, every field; academia and research institutes '
        "worldwide), by a colleague who had not seen the extractors: round 22's fourth final "
        "check (scored on round 21's final code and at 757c09a, its misses unread), then read "
        'and tuned on in the fifth wave.'
    ),
    437: (
        'Held-out set 437 (30 messages, every field; United States healthcare and biotech '
        "corporate roles), by a colleague who had not seen the extractors: round 22's last final "
        "check (scored on round 21's final code and at 02e87da, its misses unread; not trained "
        "on: the company ranker's weights are round 20's), read for regressions in round 23."
    ),
    438: (
        'Held-out set 438 (30 messages, every field; India outside tech: banking, pharma, FMCG '
        "sales and manufacturing), by a colleague who had not seen the extractors: round 22's "
        "last final check (scored on round 21's final code and at 02e87da, its misses unread; not "
        "trained on: the company ranker's weights are round 20's), read for regressions in round "
        '23.'
    ),
    439: (
        'Held-out set 439 (30 messages, every field; Germany and the Netherlands IT and '
        'engineering consultancies, in German, Dutch and English), by a colleague who had not '
        "seen the extractors: round 22's last final check (scored on round 21's final code and at "
        "02e87da, its misses unread; not trained on: the company ranker's weights are round "
        "20's), read for regressions in round 23."
    ),
    440: (
        'Held-out set 440 (30 messages, every field; United Kingdom and Ireland hospitality, '
        'retail head office and facilities), by a colleague who had not seen the extractors: '
        "round 22's last final check (scored on round 21's final code and at 02e87da, its misses "
        "unread; not trained on: the company ranker's weights are round 20's), read for "
        'regressions in round 23.'
    ),
    441: (
        'Held-out set 441 (30 messages, every field; Mexico, Colombia, Chile and Peru corporate '
        "and industry, in Spanish), by a colleague who had not seen the extractors: round 22's "
        "last final check (scored on round 21's final code and at 02e87da, its misses unread; not "
        "trained on: the company ranker's weights are round 20's), read for regressions in round "
        '23.'
    ),
    442: (
        'Held-out set 442 (30 messages, every field; Canada and United States insurance and '
        "accounting firms), by a colleague who had not seen the extractors: round 22's last final "
        "check (scored on round 21's final code and at 02e87da, its misses unread; not trained "
        "on: the company ranker's weights are round 20's), read for regressions in round 23."
    ),
    443: (
        'Held-out set 443 (30 messages, every field; Singapore, Malaysia and Indonesia tech and '
        "e-commerce), by a colleague who had not seen the extractors: round 22's last final check "
        "(scored on round 21's final code and at 02e87da, its misses unread; not trained on: the "
        "company ranker's weights are round 20's), read for regressions in round 23."
    ),
    444: (
        'Held-out set 444 (30 messages, every field; Nordic and Baltic countries, in Swedish, '
        'Danish, Finnish, Estonian and English), by a colleague who had not seen the extractors: '
        "round 22's last final check (scored on round 21's final code and at 02e87da, its misses "
        "unread; not trained on: the company ranker's weights are round 20's), read for "
        'regressions in round 23.'
    ),
    445: (
        'Held-out set 445 (30 messages, every field; construction, property and real estate in '
        'the UK, Australia, the US and the Gulf), by a colleague who had not seen the extractors: '
        "round 22's last final check (scored on round 21's final code and at 02e87da, its misses "
        "unread; not trained on: the company ranker's weights are round 20's), read for "
        'regressions in round 23.'
    ),
    446: (
        'Held-out set 446 (30 messages, every field; product, design and UX at startups and '
        "agencies worldwide), by a colleague who had not seen the extractors: round 22's last "
        "final check (scored on round 21's final code and at 02e87da, its misses unread; not "
        "trained on: the company ranker's weights are round 20's), read for regressions in round "
        '23.'
    ),
    447: (
        'Held-out set 447 (30 messages, every field; logistics, shipping, aviation and transport '
        'in Europe and Asia, in English, German and French), by a colleague who had not seen the '
        "extractors: round 22's last final check (scored on round 21's final code and at 02e87da, "
        "its misses unread; not trained on: the company ranker's weights are round 20's), read "
        'for regressions in round 23.'
    ),
    448: (
        'Held-out set 448 (30 messages, every field; short LinkedIn InMails and text messages of '
        "every kind), by a colleague who had not seen the extractors: round 22's last final check "
        "(scored on round 21's final code and at 02e87da, its misses unread; not trained on: the "
        "company ranker's weights are round 20's), read for regressions in round 23."
    ),
    449: (
        'Held-out set 449 (30 messages, every field; healthcare, life sciences, pharma and '
        'clinical roles in the United States, Canada (some in Québec French), Ireland and '
        "Australia), by a colleague who had not seen the extractors: one of round 23's "
        "development sets (scored on round 22's final code, f5dfa30), read and tuned on in its "
        'first wave.'
    ),
    450: (
        'Held-out set 450 (30 messages, every field; healthcare, life sciences, pharma and '
        'clinical roles in the United States, Canada (some in Québec French), Ireland and '
        "Australia), by a colleague who had not seen the extractors: one of round 23's "
        "development sets (scored on round 22's final code, f5dfa30), read and tuned on in its "
        'first wave.'
    ),
    451: (
        'Held-out set 451 (30 messages, every field; healthcare, life sciences, pharma and '
        'clinical roles in the United States, Canada (some in Québec French), Ireland and '
        "Australia), by a colleague who had not seen the extractors: one of round 23's "
        "development sets (scored on round 22's final code, f5dfa30), read and tuned on in its "
        'first wave.'
    ),
    452: (
        'Held-out set 452 (30 messages, every field; construction, skilled trades, logistics and '
        'warehousing in Germany, Austria, the Netherlands, Poland, Denmark and Finland, in their '
        'languages and English), by a colleague who had not seen the extractors: one of round '
        "23's development sets (scored on round 22's final code, f5dfa30), read and tuned on in "
        'its first wave.'
    ),
    453: (
        'Held-out set 453 (30 messages, every field; construction, skilled trades, logistics and '
        'warehousing in Germany, Austria, the Netherlands, Poland, Denmark and Finland, in their '
        'languages and English), by a colleague who had not seen the extractors: one of round '
        "23's development sets (scored on round 22's final code, f5dfa30), read and tuned on in "
        'its first wave.'
    ),
    454: (
        'Held-out set 454 (30 messages, every field; construction, skilled trades, logistics and '
        'warehousing in Germany, Austria, the Netherlands, Poland, Denmark and Finland, in their '
        'languages and English), by a colleague who had not seen the extractors: one of round '
        "23's development sets (scored on round 22's final code, f5dfa30), read and tuned on in "
        'its first wave.'
    ),
    455: (
        'Held-out set 455 (30 messages, every field; banking, insurance, accounting, legal and '
        'compliance in the UK, Singapore, Hong Kong, the UAE and Luxembourg), by a colleague who '
        "had not seen the extractors: one of round 23's development sets (scored on round 22's "
        'final code, f5dfa30), read and tuned on in its first wave.'
    ),
    456: (
        'Held-out set 456 (30 messages, every field; banking, insurance, accounting, legal and '
        'compliance in the UK, Singapore, Hong Kong, the UAE and Luxembourg), by a colleague who '
        "had not seen the extractors: one of round 23's development sets (scored on round 22's "
        'final code, f5dfa30), read and tuned on in its first wave.'
    ),
    457: (
        'Held-out set 457 (30 messages, every field; banking, insurance, accounting, legal and '
        'compliance in the UK, Singapore, Hong Kong, the UAE and Luxembourg), by a colleague who '
        "had not seen the extractors: one of round 23's development sets (scored on round 22's "
        'final code, f5dfa30), read and tuned on in its first wave.'
    ),
    458: (
        'Held-out set 458 (30 messages, every field; software, product, data and IT operations in '
        'India, Brazil, Mexico, Argentina and Spain, in Portuguese, Spanish and English), by a '
        "colleague who had not seen the extractors: one of round 23's development sets (scored on "
        "round 22's final code, f5dfa30), read and tuned on in its first wave."
    ),
    459: (
        'Held-out set 459 (30 messages, every field; software, product, data and IT operations in '
        'India, Brazil, Mexico, Argentina and Spain, in Portuguese, Spanish and English), by a '
        "colleague who had not seen the extractors: one of round 23's development sets (scored on "
        "round 22's final code, f5dfa30), read and tuned on in its first wave."
    ),
    460: (
        'Held-out set 460 (30 messages, every field; software, product, data and IT operations in '
        'India, Brazil, Mexico, Argentina and Spain, in Portuguese, Spanish and English), by a '
        "colleague who had not seen the extractors: one of round 23's development sets (scored on "
        "round 22's final code, f5dfa30), read and tuned on in its first wave."
    ),
    461: (
        'Held-out set 461 (30 messages, every field; hospitality, retail, food, consumer brands '
        'and fashion in France, Italy, Portugal, Greece and Japan, in their languages and '
        "English), by a colleague who had not seen the extractors: round 23's first final check "
        "(scored on round 22's final code and at 8eef61c, its misses unread), then read and tuned "
        'on in its second wave.'
    ),
    462: (
        'Held-out set 462 (30 messages, every field; hospitality, retail, food, consumer brands '
        'and fashion in France, Italy, Portugal, Greece and Japan, in their languages and '
        "English), by a colleague who had not seen the extractors: round 23's first final check "
        "(scored on round 22's final code and at 8eef61c, its misses unread), then read and tuned "
        'on in its second wave.'
    ),
    463: (
        'Held-out set 463 (30 messages, every field; hospitality, retail, food, consumer brands '
        'and fashion in France, Italy, Portugal, Greece and Japan, in their languages and '
        "English), by a colleague who had not seen the extractors: round 23's first final check "
        "(scored on round 22's final code and at 8eef61c, its misses unread), then read and tuned "
        'on in its second wave.'
    ),
    464: (
        'Held-out set 464 (30 messages, every field; public sector, schools, universities and '
        'charities in the United States, the UK, New Zealand and South Africa), by a colleague '
        "who had not seen the extractors: round 23's first final check (scored on round 22's "
        'final code and at 8eef61c, its misses unread), then read and tuned on in its second '
        'wave.'
    ),
    465: (
        'Held-out set 465 (30 messages, every field; public sector, schools, universities and '
        'charities in the United States, the UK, New Zealand and South Africa), by a colleague '
        "who had not seen the extractors: round 23's first final check (scored on round 22's "
        'final code and at 8eef61c, its misses unread), then read and tuned on in its second '
        'wave.'
    ),
    466: (
        'Held-out set 466 (30 messages, every field; public sector, schools, universities and '
        'charities in the United States, the UK, New Zealand and South Africa), by a colleague '
        "who had not seen the extractors: round 23's first final check (scored on round 22's "
        'final code and at 8eef61c, its misses unread), then read and tuned on in its second '
        'wave.'
    ),
    467: (
        'Held-out set 467 (30 messages, every field; manufacturing, energy, mining, engineering '
        'and field service in Kenya, Nigeria, Turkey, Saudi Arabia, South Korea and Chile, some '
        'in Turkish, Korean and Spanish), by a colleague who had not seen the extractors: round '
        "23's first final check (scored on round 22's final code and at 8eef61c, its misses "
        'unread), then read and tuned on in its second wave.'
    ),
    468: (
        'Held-out set 468 (30 messages, every field; manufacturing, energy, mining, engineering '
        'and field service in Kenya, Nigeria, Turkey, Saudi Arabia, South Korea and Chile, some '
        'in Turkish, Korean and Spanish), by a colleague who had not seen the extractors: round '
        "23's first final check (scored on round 22's final code and at 8eef61c, its misses "
        'unread), then read and tuned on in its second wave.'
    ),
    469: (
        'Held-out set 469 (30 messages, every field; manufacturing, energy, mining, engineering '
        'and field service in Kenya, Nigeria, Turkey, Saudi Arabia, South Korea and Chile, some '
        'in Turkish, Korean and Spanish), by a colleague who had not seen the extractors: round '
        "23's first final check (scored on round 22's final code and at 8eef61c, its misses "
        'unread), then read and tuned on in its second wave.'
    ),
    470: (
        'Held-out set 470 (30 messages, every field; sales, marketing, HR, design and creative '
        'roles worldwide, some in Swedish, Czech, Vietnamese and Indonesian), by a colleague who '
        "had not seen the extractors: round 23's first final check (scored on round 22's final "
        'code and at 8eef61c, its misses unread), then read and tuned on in its second wave.'
    ),
    471: (
        'Held-out set 471 (30 messages, every field; sales, marketing, HR, design and creative '
        'roles worldwide, some in Swedish, Czech, Vietnamese and Indonesian), by a colleague who '
        "had not seen the extractors: round 23's first final check (scored on round 22's final "
        'code and at 8eef61c, its misses unread), then read and tuned on in its second wave.'
    ),
    472: (
        'Held-out set 472 (30 messages, every field; sales, marketing, HR, design and creative '
        'roles worldwide, some in Swedish, Czech, Vietnamese and Indonesian), by a colleague who '
        "had not seen the extractors: round 23's first final check (scored on round 22's final "
        'code and at 8eef61c, its misses unread), then read and tuned on in its second wave.'
    ),
    473: (
        'Held-out set 473 (30 messages, every field; aviation, maritime, shipping, travel and '
        'tourism in Norway, Greece, Egypt, the Philippines and Canada, some in Norwegian, Greek '
        "and Tagalog-English), by a colleague who had not seen the extractors: round 23's second "
        "final check (scored on round 22's final code, at 8eef61c and at e360437, its misses "
        'unread), then read and tuned on in its third wave.'
    ),
    474: (
        'Held-out set 474 (30 messages, every field; aviation, maritime, shipping, travel and '
        'tourism in Norway, Greece, Egypt, the Philippines and Canada, some in Norwegian, Greek '
        "and Tagalog-English), by a colleague who had not seen the extractors: round 23's second "
        "final check (scored on round 22's final code, at 8eef61c and at e360437, its misses "
        'unread), then read and tuned on in its third wave.'
    ),
    475: (
        'Held-out set 475 (30 messages, every field; aviation, maritime, shipping, travel and '
        'tourism in Norway, Greece, Egypt, the Philippines and Canada, some in Norwegian, Greek '
        "and Tagalog-English), by a colleague who had not seen the extractors: round 23's second "
        "final check (scored on round 22's final code, at 8eef61c and at e360437, its misses "
        'unread), then read and tuned on in its third wave.'
    ),
    476: (
        'Held-out set 476 (30 messages, every field; agriculture, food production, environment '
        'and utilities in New Zealand, Ireland, Romania, Hungary and Thailand, some in Romanian, '
        "Hungarian and Thai-English), by a colleague who had not seen the extractors: round 23's "
        "second final check (scored on round 22's final code, at 8eef61c and at e360437, its "
        'misses unread), then read and tuned on in its third wave.'
    ),
    477: (
        'Held-out set 477 (30 messages, every field; agriculture, food production, environment '
        'and utilities in New Zealand, Ireland, Romania, Hungary and Thailand, some in Romanian, '
        "Hungarian and Thai-English), by a colleague who had not seen the extractors: round 23's "
        "second final check (scored on round 22's final code, at 8eef61c and at e360437, its "
        'misses unread), then read and tuned on in its third wave.'
    ),
    478: (
        'Held-out set 478 (30 messages, every field; agriculture, food production, environment '
        'and utilities in New Zealand, Ireland, Romania, Hungary and Thailand, some in Romanian, '
        "Hungarian and Thai-English), by a colleague who had not seen the extractors: round 23's "
        "second final check (scored on round 22's final code, at 8eef61c and at e360437, its "
        'misses unread), then read and tuned on in its third wave.'
    ),
    479: (
        'Held-out set 479 (30 messages, every field; cybersecurity, telecoms, semiconductors and '
        'defence in Israel, Taiwan, Germany, the United States and Estonia, some in German and '
        "Chinese), by a colleague who had not seen the extractors: round 23's second final check "
        "(scored on round 22's final code, at 8eef61c and at e360437, its misses unread), then "
        'read and tuned on in its third wave.'
    ),
    480: (
        'Held-out set 480 (30 messages, every field; cybersecurity, telecoms, semiconductors and '
        'defence in Israel, Taiwan, Germany, the United States and Estonia, some in German and '
        "Chinese), by a colleague who had not seen the extractors: round 23's second final check "
        "(scored on round 22's final code, at 8eef61c and at e360437, its misses unread), then "
        'read and tuned on in its third wave.'
    ),
    481: (
        'Held-out set 481 (30 messages, every field; cybersecurity, telecoms, semiconductors and '
        'defence in Israel, Taiwan, Germany, the United States and Estonia, some in German and '
        "Chinese), by a colleague who had not seen the extractors: round 23's second final check "
        "(scored on round 22's final code, at 8eef61c and at e360437, its misses unread), then "
        'read and tuned on in its third wave.'
    ),
    482: (
        'Held-out set 482 (30 messages, every field; real estate, property management, facilities '
        'and architecture in the UAE, Qatar, Malaysia, Colombia and the UK, some in '
        'Arabic-English, Malay and Spanish), by a colleague who had not seen the extractors: '
        "round 23's second final check (scored on round 22's final code, at 8eef61c and at "
        'e360437, its misses unread), then read and tuned on in its third wave.'
    ),
    483: (
        'Held-out set 483 (30 messages, every field; real estate, property management, facilities '
        'and architecture in the UAE, Qatar, Malaysia, Colombia and the UK, some in '
        'Arabic-English, Malay and Spanish), by a colleague who had not seen the extractors: '
        "round 23's second final check (scored on round 22's final code, at 8eef61c and at "
        'e360437, its misses unread), then read and tuned on in its third wave.'
    ),
    484: (
        'Held-out set 484 (30 messages, every field; real estate, property management, facilities '
        'and architecture in the UAE, Qatar, Malaysia, Colombia and the UK, some in '
        'Arabic-English, Malay and Spanish), by a colleague who had not seen the extractors: '
        "round 23's second final check (scored on round 22's final code, at 8eef61c and at "
        'e360437, its misses unread), then read and tuned on in its third wave.'
    ),
    485: (
        'Held-out set 485 (30 messages, every field; pharmacy, dentistry, veterinary and allied '
        'health in the UK, South Africa, Malaysia, Belgium (in French and Dutch) and Switzerland '
        "(in German and French)), by a colleague who had not seen the extractors: round 23's last "
        "final check (scored on round 22's final code, at e360437 and at 7453ed1, its misses "
        "unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    486: (
        'Held-out set 486 (30 messages, every field; pharmacy, dentistry, veterinary and allied '
        'health in the UK, South Africa, Malaysia, Belgium (in French and Dutch) and Switzerland '
        "(in German and French)), by a colleague who had not seen the extractors: round 23's last "
        "final check (scored on round 22's final code, at e360437 and at 7453ed1, its misses "
        "unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    487: (
        'Held-out set 487 (30 messages, every field; pharmacy, dentistry, veterinary and allied '
        'health in the UK, South Africa, Malaysia, Belgium (in French and Dutch) and Switzerland '
        "(in German and French)), by a colleague who had not seen the extractors: round 23's last "
        "final check (scored on round 22's final code, at e360437 and at 7453ed1, its misses "
        "unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    488: (
        'Held-out set 488 (30 messages, every field; automotive, aerospace and industrial '
        'engineering in the United States, Mexico, the Czech Republic, Slovakia and Japan, some '
        'in Spanish, Czech, Slovak and Japanese), by a colleague who had not seen the extractors: '
        "round 23's last final check (scored on round 22's final code, at e360437 and at 7453ed1, "
        "its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    489: (
        'Held-out set 489 (30 messages, every field; automotive, aerospace and industrial '
        'engineering in the United States, Mexico, the Czech Republic, Slovakia and Japan, some '
        'in Spanish, Czech, Slovak and Japanese), by a colleague who had not seen the extractors: '
        "round 23's last final check (scored on round 22's final code, at e360437 and at 7453ed1, "
        "its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    490: (
        'Held-out set 490 (30 messages, every field; automotive, aerospace and industrial '
        'engineering in the United States, Mexico, the Czech Republic, Slovakia and Japan, some '
        'in Spanish, Czech, Slovak and Japanese), by a colleague who had not seen the extractors: '
        "round 23's last final check (scored on round 22's final code, at e360437 and at 7453ed1, "
        "its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    491: (
        'Held-out set 491 (30 messages, every field; customer support, operations, administration '
        'and office roles in the Philippines, India, Poland, Portugal and Ireland, some in Polish '
        "and Portuguese), by a colleague who had not seen the extractors: round 23's last final "
        "check (scored on round 22's final code, at e360437 and at 7453ed1, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    492: (
        'Held-out set 492 (30 messages, every field; customer support, operations, administration '
        'and office roles in the Philippines, India, Poland, Portugal and Ireland, some in Polish '
        "and Portuguese), by a colleague who had not seen the extractors: round 23's last final "
        "check (scored on round 22's final code, at e360437 and at 7453ed1, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    493: (
        'Held-out set 493 (30 messages, every field; customer support, operations, administration '
        'and office roles in the Philippines, India, Poland, Portugal and Ireland, some in Polish '
        "and Portuguese), by a colleague who had not seen the extractors: round 23's last final "
        "check (scored on round 22's final code, at e360437 and at 7453ed1, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    494: (
        'Held-out set 494 (30 messages, every field; media, publishing, journalism, film and '
        'music in the United States, France, Germany, Brazil and Nigeria, some in French, German '
        "and Portuguese), by a colleague who had not seen the extractors: round 23's last final "
        "check (scored on round 22's final code, at e360437 and at 7453ed1, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    495: (
        'Held-out set 495 (30 messages, every field; media, publishing, journalism, film and '
        'music in the United States, France, Germany, Brazil and Nigeria, some in French, German '
        "and Portuguese), by a colleague who had not seen the extractors: round 23's last final "
        "check (scored on round 22's final code, at e360437 and at 7453ed1, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    496: (
        'Held-out set 496 (30 messages, every field; media, publishing, journalism, film and '
        'music in the United States, France, Germany, Brazil and Nigeria, some in French, German '
        "and Portuguese), by a colleague who had not seen the extractors: round 23's last final "
        "check (scored on round 22's final code, at e360437 and at 7453ed1, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    497: (
        'Held-out set 497 (30 messages, every field; nonprofit, NGO, international development '
        'and humanitarian roles in Kenya, Ethiopia, Switzerland (Geneva), Bangladesh and Jordan, '
        'some in French and Arabic-English), by a colleague who had not seen the extractors: '
        "round 24's development set: scored blind on round 23's final code (3feb047) first, then "
        'read and tuned on in round 24; not trained on by the company ranker (its weights are '
        "round 20's)."
    ),
    498: (
        'Held-out set 498 (30 messages, every field; nonprofit, NGO, international development '
        'and humanitarian roles in Kenya, Ethiopia, Switzerland (Geneva), Bangladesh and Jordan, '
        'some in French and Arabic-English), by a colleague who had not seen the extractors: '
        "round 24's development set: scored blind on round 23's final code (3feb047) first, then "
        'read and tuned on in round 24; not trained on by the company ranker (its weights are '
        "round 20's)."
    ),
    499: (
        'Held-out set 499 (30 messages, every field; nonprofit, NGO, international development '
        'and humanitarian roles in Kenya, Ethiopia, Switzerland (Geneva), Bangladesh and Jordan, '
        'some in French and Arabic-English), by a colleague who had not seen the extractors: '
        "round 24's development set: scored blind on round 23's final code (3feb047) first, then "
        'read and tuned on in round 24; not trained on by the company ranker (its weights are '
        "round 20's)."
    ),
    500: (
        'Held-out set 500 (30 messages, every field; retail banking, fintech and payments in '
        'Nigeria, Vietnam, Poland, Mexico and Sweden, some in Vietnamese, Polish, Spanish and '
        "Swedish), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    501: (
        'Held-out set 501 (30 messages, every field; retail banking, fintech and payments in '
        'Nigeria, Vietnam, Poland, Mexico and Sweden, some in Vietnamese, Polish, Spanish and '
        "Swedish), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    502: (
        'Held-out set 502 (30 messages, every field; retail banking, fintech and payments in '
        'Nigeria, Vietnam, Poland, Mexico and Sweden, some in Vietnamese, Polish, Spanish and '
        "Swedish), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    503: (
        'Held-out set 503 (30 messages, every field; gaming, e-sports, animation and VFX studios '
        'in Canada, South Korea, Finland, Ukraine and Australia, some in Korean, Finnish and '
        "Ukrainian), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    504: (
        'Held-out set 504 (30 messages, every field; gaming, e-sports, animation and VFX studios '
        'in Canada, South Korea, Finland, Ukraine and Australia, some in Korean, Finnish and '
        "Ukrainian), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    505: (
        'Held-out set 505 (30 messages, every field; gaming, e-sports, animation and VFX studios '
        'in Canada, South Korea, Finland, Ukraine and Australia, some in Korean, Finnish and '
        "Ukrainian), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    506: (
        'Held-out set 506 (30 messages, every field; mining, oil and gas, chemicals and heavy '
        'industry in Australia, Canada, Norway, Kazakhstan and Peru, some in Spanish, Russian and '
        "Norwegian), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    507: (
        'Held-out set 507 (30 messages, every field; mining, oil and gas, chemicals and heavy '
        'industry in Australia, Canada, Norway, Kazakhstan and Peru, some in Spanish, Russian and '
        "Norwegian), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    508: (
        'Held-out set 508 (30 messages, every field; mining, oil and gas, chemicals and heavy '
        'industry in Australia, Canada, Norway, Kazakhstan and Peru, some in Spanish, Russian and '
        "Norwegian), by a colleague who had not seen the extractors: round 24's development set: "
        "scored blind on round 23's final code (3feb047) first, then read and tuned on in round "
        "24; not trained on by the company ranker (its weights are round 20's)."
    ),
    509: (
        'Held-out set 509 (30 messages, every field; legal, consulting, audit and tax in Germany, '
        'Switzerland, the Netherlands, Italy and Canada, some in German, Dutch and Italian), by a '
        "colleague who had not seen the extractors: round 24's final check (scored on round 23's "
        "final code, 3feb047, and on round 24's, e8d0ff6, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    510: (
        'Held-out set 510 (30 messages, every field; legal, consulting, audit and tax in Germany, '
        'Switzerland, the Netherlands, Italy and Canada, some in German, Dutch and Italian), by a '
        "colleague who had not seen the extractors: round 24's final check (scored on round 23's "
        "final code, 3feb047, and on round 24's, e8d0ff6, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    511: (
        'Held-out set 511 (30 messages, every field; legal, consulting, audit and tax in Germany, '
        'Switzerland, the Netherlands, Italy and Canada, some in German, Dutch and Italian), by a '
        "colleague who had not seen the extractors: round 24's final check (scored on round 23's "
        "final code, 3feb047, and on round 24's, e8d0ff6, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    518: (
        'Held-out set 518 (30 messages, every field; research, biotech, data science and academia '
        'in France, Japan, Singapore, Israel and the United States, some in French and Japanese), '
        "by a colleague who had not seen the extractors: round 24's final check (scored on round "
        "23's final code, 3feb047, and on round 24's, e8d0ff6, its misses unread; never trained "
        "on: train_company.py's HOLD_OUT)."
    ),
    519: (
        'Held-out set 519 (30 messages, every field; research, biotech, data science and academia '
        'in France, Japan, Singapore, Israel and the United States, some in French and Japanese), '
        "by a colleague who had not seen the extractors: round 24's final check (scored on round "
        "23's final code, 3feb047, and on round 24's, e8d0ff6, its misses unread; never trained "
        "on: train_company.py's HOLD_OUT)."
    ),
    520: (
        'Held-out set 520 (30 messages, every field; research, biotech, data science and academia '
        'in France, Japan, Singapore, Israel and the United States, some in French and Japanese), '
        "by a colleague who had not seen the extractors: round 24's final check (scored on round "
        "23's final code, 3feb047, and on round 24's, e8d0ff6, its misses unread; never trained "
        "on: train_company.py's HOLD_OUT)."
    ),
    512: (
        'Held-out set 512 (30 messages, every field; nursing, elder care, social work and public '
        'health in the UK, Ireland, Canada, the Philippines and Norway, some in Norwegian and '
        'Tagalog-English), by a colleague who had not seen the extractors: scored unread on round '
        "24's final code (26b0e2f), then read: round 25's development sets."
    ),
    513: (
        'Held-out set 513 (30 messages, every field; nursing, elder care, social work and public '
        'health in the UK, Ireland, Canada, the Philippines and Norway, some in Norwegian and '
        'Tagalog-English), by a colleague who had not seen the extractors: scored unread on round '
        "24's final code (26b0e2f), then read: round 25's development sets."
    ),
    514: (
        'Held-out set 514 (30 messages, every field; nursing, elder care, social work and public '
        'health in the UK, Ireland, Canada, the Philippines and Norway, some in Norwegian and '
        'Tagalog-English), by a colleague who had not seen the extractors: scored unread on round '
        "24's final code (26b0e2f), then read: round 25's development sets."
    ),
    515: (
        'Held-out set 515 (30 messages, every field; e-commerce, supply chain, procurement and '
        'transport in the United States, Mexico, Brazil, Turkey and India, some in Spanish, '
        'Portuguese and Turkish), by a colleague who had not seen the extractors: scored unread '
        "on round 24's final code (26b0e2f), then read: round 25's development sets."
    ),
    516: (
        'Held-out set 516 (30 messages, every field; e-commerce, supply chain, procurement and '
        'transport in the United States, Mexico, Brazil, Turkey and India, some in Spanish, '
        'Portuguese and Turkish), by a colleague who had not seen the extractors: scored unread '
        "on round 24's final code (26b0e2f), then read: round 25's development sets."
    ),
    517: (
        'Held-out set 517 (30 messages, every field; e-commerce, supply chain, procurement and '
        'transport in the United States, Mexico, Brazil, Turkey and India, some in Spanish, '
        'Portuguese and Turkish), by a colleague who had not seen the extractors: scored unread '
        "on round 24's final code (26b0e2f), then read: round 25's development sets."
    ),
    521: (
        'Held-out set 521 (30 messages, every field; insurance, actuarial, risk, wealth '
        'management and private banking in Switzerland, Singapore, South Africa, Canada and '
        'Bermuda, some in German and French), by a colleague who had not seen the extractors: '
        "round 25's final check (scored on round 24's final code, 26b0e2f, and on round 25's, its "
        "misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    522: (
        'Held-out set 522 (30 messages, every field; insurance, actuarial, risk, wealth '
        'management and private banking in Switzerland, Singapore, South Africa, Canada and '
        'Bermuda, some in German and French), by a colleague who had not seen the extractors: '
        "round 25's final check (scored on round 24's final code, 26b0e2f, and on round 25's, its "
        "misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    523: (
        'Held-out set 523 (30 messages, every field; insurance, actuarial, risk, wealth '
        'management and private banking in Switzerland, Singapore, South Africa, Canada and '
        'Bermuda, some in German and French), by a colleague who had not seen the extractors: '
        "round 25's final check (scored on round 24's final code, 26b0e2f, and on round 25's, its "
        "misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    524: (
        'Held-out set 524 (30 messages, every field; hotels, restaurants, cruise lines, events '
        'and travel in Spain, Thailand, the UAE, Croatia and the Caribbean, some in Spanish and '
        "Croatian), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    525: (
        'Held-out set 525 (30 messages, every field; hotels, restaurants, cruise lines, events '
        'and travel in Spain, Thailand, the UAE, Croatia and the Caribbean, some in Spanish and '
        "Croatian), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    526: (
        'Held-out set 526 (30 messages, every field; hotels, restaurants, cruise lines, events '
        'and travel in Spain, Thailand, the UAE, Croatia and the Caribbean, some in Spanish and '
        "Croatian), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    527: (
        'Held-out set 527 (30 messages, every field; cloud, SRE, ML engineering, security and '
        'developer tools in Germany, Poland, Romania, Portugal and Israel, some in German, Polish '
        "and Romanian), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    528: (
        'Held-out set 528 (30 messages, every field; cloud, SRE, ML engineering, security and '
        'developer tools in Germany, Poland, Romania, Portugal and Israel, some in German, Polish '
        "and Romanian), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    529: (
        'Held-out set 529 (30 messages, every field; cloud, SRE, ML engineering, security and '
        'developer tools in Germany, Poland, Romania, Portugal and Israel, some in German, Polish '
        "and Romanian), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    530: (
        'Held-out set 530 (30 messages, every field; teaching, early years, higher education, '
        'tutoring and edtech in the UK, the UAE, China, Chile and Australia, some in Spanish and '
        "Chinese-English), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    531: (
        'Held-out set 531 (30 messages, every field; teaching, early years, higher education, '
        'tutoring and edtech in the UK, the UAE, China, Chile and Australia, some in Spanish and '
        "Chinese-English), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    532: (
        'Held-out set 532 (30 messages, every field; teaching, early years, higher education, '
        'tutoring and edtech in the UK, the UAE, China, Chile and Australia, some in Spanish and '
        "Chinese-English), by a colleague who had not seen the extractors: round 25's final check "
        "(scored on round 24's final code, 26b0e2f, and on round 25's, its misses unread; never "
        "trained on: train_company.py's HOLD_OUT)."
    ),
    533: (
        'Held-out set 533 (30 messages, every field; marketing, advertising, PR, content, social '
        'media and broadcast media in the United States, the UK, South Africa, Indonesia, '
        'Argentina and Brazil, some in Indonesian, Spanish and Portuguese), by a colleague who '
        "had not seen the extractors: round 26's development sets (scored blind on round 25's "
        'final code, 547ba8a, then read).'
    ),
    534: (
        'Held-out set 534 (30 messages, every field; marketing, advertising, PR, content, social '
        'media and broadcast media in the United States, the UK, South Africa, Indonesia, '
        'Argentina and Brazil, some in Indonesian, Spanish and Portuguese), by a colleague who '
        "had not seen the extractors: round 26's development sets (scored blind on round 25's "
        'final code, 547ba8a, then read).'
    ),
    535: (
        'Held-out set 535 (30 messages, every field; marketing, advertising, PR, content, social '
        'media and broadcast media in the United States, the UK, South Africa, Indonesia, '
        'Argentina and Brazil, some in Indonesian, Spanish and Portuguese), by a colleague who '
        "had not seen the extractors: round 26's development sets (scored blind on round 25's "
        'final code, 547ba8a, then read).'
    ),
    536: (
        'Held-out set 536 (30 messages, every field; agriculture, agritech, food and beverage '
        'manufacturing and food safety in New Zealand, Kenya, the Netherlands, Italy, Vietnam and '
        'the US Midwest, some in Dutch and Italian), by a colleague who had not seen the '
        "extractors: round 26's development sets (scored blind on round 25's final code, 547ba8a, "
        'then read).'
    ),
    537: (
        'Held-out set 537 (30 messages, every field; agriculture, agritech, food and beverage '
        'manufacturing and food safety in New Zealand, Kenya, the Netherlands, Italy, Vietnam and '
        'the US Midwest, some in Dutch and Italian), by a colleague who had not seen the '
        "extractors: round 26's development sets (scored blind on round 25's final code, 547ba8a, "
        'then read).'
    ),
    538: (
        'Held-out set 538 (30 messages, every field; agriculture, agritech, food and beverage '
        'manufacturing and food safety in New Zealand, Kenya, the Netherlands, Italy, Vietnam and '
        'the US Midwest, some in Dutch and Italian), by a colleague who had not seen the '
        "extractors: round 26's development sets (scored blind on round 25's final code, 547ba8a, "
        'then read).'
    ),
    539: (
        'Held-out set 539 (30 messages, every field; renewable energy, utilities and the '
        'electricity grid in Denmark, Spain, Texas, India, Chile and Morocco, some in Danish, '
        "Spanish and French), by a colleague who had not seen the extractors: round 26's final "
        "check (scored on round 25's final code, 547ba8a, and on round 26's, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    540: (
        'Held-out set 540 (30 messages, every field; renewable energy, utilities and the '
        'electricity grid in Denmark, Spain, Texas, India, Chile and Morocco, some in Danish, '
        "Spanish and French), by a colleague who had not seen the extractors: round 26's final "
        "check (scored on round 25's final code, 547ba8a, and on round 26's, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    541: (
        'Held-out set 541 (30 messages, every field; renewable energy, utilities and the '
        'electricity grid in Denmark, Spain, Texas, India, Chile and Morocco, some in Danish, '
        "Spanish and French), by a colleague who had not seen the extractors: round 26's final "
        "check (scored on round 25's final code, 547ba8a, and on round 26's, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    542: (
        'Held-out set 542 (30 messages, every field; defence, aerospace, government contracting '
        'and the public sector in the United States, the UK, France, Australia, Canada and the '
        'Czech Republic, some in French and Czech), by a colleague who had not seen the '
        "extractors: round 26's final check (scored on round 25's final code, 547ba8a, and on "
        "round 26's, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    543: (
        'Held-out set 543 (30 messages, every field; defence, aerospace, government contracting '
        'and the public sector in the United States, the UK, France, Australia, Canada and the '
        'Czech Republic, some in French and Czech), by a colleague who had not seen the '
        "extractors: round 26's final check (scored on round 25's final code, 547ba8a, and on "
        "round 26's, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    544: (
        'Held-out set 544 (30 messages, every field; defence, aerospace, government contracting '
        'and the public sector in the United States, the UK, France, Australia, Canada and the '
        'Czech Republic, some in French and Czech), by a colleague who had not seen the '
        "extractors: round 26's final check (scored on round 25's final code, 547ba8a, and on "
        "round 26's, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    545: (
        'Held-out set 545 (30 messages, every field; automotive, electric vehicles and battery '
        'manufacturing in Hungary, Poland, South Korea, Georgia and Tennessee in the United '
        'States, and Mexico, some in Hungarian, Polish, Korean and Spanish), by a colleague who '
        "had not seen the extractors: round 26's second development sets (scored blind on round "
        "26's first-wave code, 055d577, and round 25's, then read)."
    ),
    546: (
        'Held-out set 546 (30 messages, every field; automotive, electric vehicles and battery '
        'manufacturing in Hungary, Poland, South Korea, Georgia and Tennessee in the United '
        'States, and Mexico, some in Hungarian, Polish, Korean and Spanish), by a colleague who '
        "had not seen the extractors: round 26's second development sets (scored blind on round "
        "26's first-wave code, 055d577, and round 25's, then read)."
    ),
    547: (
        'Held-out set 547 (30 messages, every field; automotive, electric vehicles and battery '
        'manufacturing in Hungary, Poland, South Korea, Georgia and Tennessee in the United '
        'States, and Mexico, some in Hungarian, Polish, Korean and Spanish), by a colleague who '
        "had not seen the extractors: round 26's second development sets (scored blind on round "
        "26's first-wave code, 055d577, and round 25's, then read)."
    ),
    548: (
        'Held-out set 548 (30 messages, every field; SaaS sales, customer success, solutions '
        'consulting and revenue operations in Ireland, the Netherlands, Israel, Singapore, '
        'Germany and Canada, some in Dutch and German), by a colleague who had not seen the '
        "extractors: round 26's second development sets (scored blind on round 26's first-wave "
        "code, 055d577, and round 25's, then read)."
    ),
    549: (
        'Held-out set 549 (30 messages, every field; SaaS sales, customer success, solutions '
        'consulting and revenue operations in Ireland, the Netherlands, Israel, Singapore, '
        'Germany and Canada, some in Dutch and German), by a colleague who had not seen the '
        "extractors: round 26's second development sets (scored blind on round 26's first-wave "
        "code, 055d577, and round 25's, then read)."
    ),
    550: (
        'Held-out set 550 (30 messages, every field; SaaS sales, customer success, solutions '
        'consulting and revenue operations in Ireland, the Netherlands, Israel, Singapore, '
        'Germany and Canada, some in Dutch and German), by a colleague who had not seen the '
        "extractors: round 26's second development sets (scored blind on round 26's first-wave "
        "code, 055d577, and round 25's, then read)."
    ),
    551: (
        'Held-out set 551 (30 messages, every field; pharmacy, hospital administration, medical '
        'devices sales and healthcare operations in the Philippines, Malaysia, Saudi Arabia, '
        'Egypt and Portugal, some in Tagalog-English, Malay, Arabic and Portuguese), by a '
        "colleague who had not seen the extractors: round 26's second final check (scored on "
        "round 25's code, 547ba8a, round 26's first-wave code, 055d577, and its final code, its "
        "misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    552: (
        'Held-out set 552 (30 messages, every field; pharmacy, hospital administration, medical '
        'devices sales and healthcare operations in the Philippines, Malaysia, Saudi Arabia, '
        'Egypt and Portugal, some in Tagalog-English, Malay, Arabic and Portuguese), by a '
        "colleague who had not seen the extractors: round 26's second final check (scored on "
        "round 25's code, 547ba8a, round 26's first-wave code, 055d577, and its final code, its "
        "misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    553: (
        'Held-out set 553 (30 messages, every field; pharmacy, hospital administration, medical '
        'devices sales and healthcare operations in the Philippines, Malaysia, Saudi Arabia, '
        'Egypt and Portugal, some in Tagalog-English, Malay, Arabic and Portuguese), by a '
        "colleague who had not seen the extractors: round 26's second final check (scored on "
        "round 25's code, 547ba8a, round 26's first-wave code, 055d577, and its final code, its "
        "misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    554: (
        'Held-out set 554 (30 messages, every field; airports, ground operations, freight '
        'forwarding, customs brokerage and logistics in the UAE, Qatar, Turkey, Kenya, Greece and '
        'Colombia, some in Turkish, Greek and Spanish), by a colleague who had not seen the '
        "extractors: round 26's second final check (scored on round 25's code, 547ba8a, round "
        "26's first-wave code, 055d577, and its final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    555: (
        'Held-out set 555 (30 messages, every field; airports, ground operations, freight '
        'forwarding, customs brokerage and logistics in the UAE, Qatar, Turkey, Kenya, Greece and '
        'Colombia, some in Turkish, Greek and Spanish), by a colleague who had not seen the '
        "extractors: round 26's second final check (scored on round 25's code, 547ba8a, round "
        "26's first-wave code, 055d577, and its final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    556: (
        'Held-out set 556 (30 messages, every field; airports, ground operations, freight '
        'forwarding, customs brokerage and logistics in the UAE, Qatar, Turkey, Kenya, Greece and '
        'Colombia, some in Turkish, Greek and Spanish), by a colleague who had not seen the '
        "extractors: round 26's second final check (scored on round 25's code, 547ba8a, round "
        "26's first-wave code, 055d577, and its final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    557: (
        'Held-out set 557 (30 messages, every field; architecture, interior design, real estate, '
        'property management and facilities management in the UK, the Netherlands, Singapore, '
        'Australia and Saudi Arabia, some in Dutch and Arabic-English), by a colleague who had '
        "not seen the extractors: round 27's development sets (scored unread on round 26's code, "
        "7e8ba46; the validation that chose the title-tail model's training sets; then "
        'read).'
    ),
    558: (
        'Held-out set 558 (30 messages, every field; architecture, interior design, real estate, '
        'property management and facilities management in the UK, the Netherlands, Singapore, '
        'Australia and Saudi Arabia, some in Dutch and Arabic-English), by a colleague who had '
        "not seen the extractors: round 27's development sets (scored unread on round 26's code, "
        "7e8ba46; the validation that chose the title-tail model's training sets; then "
        'read).'
    ),
    559: (
        'Held-out set 559 (30 messages, every field; architecture, interior design, real estate, '
        'property management and facilities management in the UK, the Netherlands, Singapore, '
        'Australia and Saudi Arabia, some in Dutch and Arabic-English), by a colleague who had '
        "not seen the extractors: round 27's development sets (scored unread on round 26's code, "
        "7e8ba46; the validation that chose the title-tail model's training sets; then "
        'read).'
    ),
    560: (
        'Held-out set 560 (30 messages, every field; security guarding, cleaning, hospitality '
        'staffing, drivers, warehouse and factory shift work in the United States, Germany, '
        'Poland, Romania and South Africa, some in German, Polish and Romanian), by a colleague '
        "who had not seen the extractors: round 27's development sets (scored unread on round "
        "26's code, 7e8ba46; the validation that chose the title-tail model's training sets; then "
        'read).'
    ),
    561: (
        'Held-out set 561 (30 messages, every field; security guarding, cleaning, hospitality '
        'staffing, drivers, warehouse and factory shift work in the United States, Germany, '
        'Poland, Romania and South Africa, some in German, Polish and Romanian), by a colleague '
        "who had not seen the extractors: round 27's development sets (scored unread on round "
        "26's code, 7e8ba46; the validation that chose the title-tail model's training sets; then "
        'read).'
    ),
    562: (
        'Held-out set 562 (30 messages, every field; security guarding, cleaning, hospitality '
        'staffing, drivers, warehouse and factory shift work in the United States, Germany, '
        'Poland, Romania and South Africa, some in German, Polish and Romanian), by a colleague '
        "who had not seen the extractors: round 27's development sets (scored unread on round "
        "26's code, 7e8ba46; the validation that chose the title-tail model's training sets; then "
        'read).'
    ),
    563: (
        'Held-out set 563 (30 messages, every field; finance operations, accounting, FP&A, '
        'treasury, payroll and shared-services centres in India, the Philippines, Ireland, the '
        'Czech Republic, Brazil and Canada, some in Czech, Portuguese and Québec French), by a '
        "colleague who had not seen the extractors: round 27's final check (scored on round 26's "
        "code, 7e8ba46, and round 27's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    564: (
        'Held-out set 564 (30 messages, every field; finance operations, accounting, FP&A, '
        'treasury, payroll and shared-services centres in India, the Philippines, Ireland, the '
        'Czech Republic, Brazil and Canada, some in Czech, Portuguese and Québec French), by a '
        "colleague who had not seen the extractors: round 27's final check (scored on round 26's "
        "code, 7e8ba46, and round 27's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    565: (
        'Held-out set 565 (30 messages, every field; finance operations, accounting, FP&A, '
        'treasury, payroll and shared-services centres in India, the Philippines, Ireland, the '
        'Czech Republic, Brazil and Canada, some in Czech, Portuguese and Québec French), by a '
        "colleague who had not seen the extractors: round 27's final check (scored on round 26's "
        "code, 7e8ba46, and round 27's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    566: (
        'Held-out set 566 (30 messages, every field; science and engineering R&D (chemistry, '
        'materials, semiconductors, medical devices, robotics) in Germany, Switzerland, Japan, '
        'Taiwan, Israel and the United States, some in German, Japanese and Chinese), by a '
        "colleague who had not seen the extractors: round 27's final check (scored on round 26's "
        "code, 7e8ba46, and round 27's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    567: (
        'Held-out set 567 (30 messages, every field; science and engineering R&D (chemistry, '
        'materials, semiconductors, medical devices, robotics) in Germany, Switzerland, Japan, '
        'Taiwan, Israel and the United States, some in German, Japanese and Chinese), by a '
        "colleague who had not seen the extractors: round 27's final check (scored on round 26's "
        "code, 7e8ba46, and round 27's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    568: (
        'Held-out set 568 (30 messages, every field; science and engineering R&D (chemistry, '
        'materials, semiconductors, medical devices, robotics) in Germany, Switzerland, Japan, '
        'Taiwan, Israel and the United States, some in German, Japanese and Chinese), by a '
        "colleague who had not seen the extractors: round 27's final check (scored on round 26's "
        "code, 7e8ba46, and round 27's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    569: (
        'Held-out set 569 (30 messages, every field; energy and the public sector (oil and gas, '
        'renewables, utilities, grid operators, government, defence suppliers) in Norway, the '
        'UK, Canada, Nigeria, the UAE and Brazil, some in Norwegian and Portuguese), by a '
        "colleague who had not seen the extractors: round 28's development set (scored blind on "
        "round 27's final code, ccba9d6, then read)."
    ),
    570: (
        'Held-out set 570 (30 messages, every field; energy and the public sector (oil and gas, '
        'renewables, utilities, grid operators, government, defence suppliers) in Norway, the '
        'UK, Canada, Nigeria, the UAE and Brazil, some in Norwegian and Portuguese), by a '
        "colleague who had not seen the extractors: round 28's development set (scored blind on "
        "round 27's final code, ccba9d6, then read)."
    ),
    571: (
        'Held-out set 571 (30 messages, every field; energy and the public sector (oil and gas, '
        'renewables, utilities, grid operators, government, defence suppliers) in Norway, the '
        'UK, Canada, Nigeria, the UAE and Brazil, some in Norwegian and Portuguese), by a '
        "colleague who had not seen the extractors: round 28's development set (scored blind on "
        "round 27's final code, ccba9d6, then read)."
    ),
    572: (
        'Held-out set 572 (30 messages, every field; media, marketing, advertising, design, '
        'publishing, film and TV production and games in France, Spain, Italy, Mexico, '
        'Argentina and the United States, some in French, Spanish and Italian), by a colleague '
        "who had not seen the extractors: round 28's development set (scored blind on round "
        "27's final code, ccba9d6, then read)."
    ),
    573: (
        'Held-out set 573 (30 messages, every field; media, marketing, advertising, design, '
        'publishing, film and TV production and games in France, Spain, Italy, Mexico, '
        'Argentina and the United States, some in French, Spanish and Italian), by a colleague '
        "who had not seen the extractors: round 28's development set (scored blind on round "
        "27's final code, ccba9d6, then read)."
    ),
    574: (
        'Held-out set 574 (30 messages, every field; media, marketing, advertising, design, '
        'publishing, film and TV production and games in France, Spain, Italy, Mexico, '
        'Argentina and the United States, some in French, Spanish and Italian), by a colleague '
        "who had not seen the extractors: round 28's development set (scored blind on round "
        "27's final code, ccba9d6, then read)."
    ),
    575: (
        'Held-out set 575 (30 messages, every field; healthcare, pharma and clinical research '
        'in Germany, Austria, the Netherlands, Sweden, Poland and Ireland, some in German, '
        "Dutch, Swedish and Polish), by a colleague who had not seen the extractors: round 28's "
        "final check (scored on round 27's code, ccba9d6, and round 28's final code, its misses "
        "unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    576: (
        'Held-out set 576 (30 messages, every field; healthcare, pharma and clinical research '
        'in Germany, Austria, the Netherlands, Sweden, Poland and Ireland, some in German, '
        "Dutch, Swedish and Polish), by a colleague who had not seen the extractors: round 28's "
        "final check (scored on round 27's code, ccba9d6, and round 28's final code, its misses "
        "unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    577: (
        'Held-out set 577 (30 messages, every field; healthcare, pharma and clinical research '
        'in Germany, Austria, the Netherlands, Sweden, Poland and Ireland, some in German, '
        "Dutch, Swedish and Polish), by a colleague who had not seen the extractors: round 28's "
        "final check (scored on round 27's code, ccba9d6, and round 28's final code, its misses "
        "unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    578: (
        'Held-out set 578 (30 messages, every field; software, cloud, data, cybersecurity and '
        'IT services in India, Vietnam, South Korea, Japan, Israel, Romania, the UK and the '
        'United States, messy formats, some in Korean, Japanese, Vietnamese and Romanian), by a '
        "colleague who had not seen the extractors: round 28's final check (scored on round "
        "27's code, ccba9d6, and round 28's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    579: (
        'Held-out set 579 (30 messages, every field; software, cloud, data, cybersecurity and '
        'IT services in India, Vietnam, South Korea, Japan, Israel, Romania, the UK and the '
        'United States, messy formats, some in Korean, Japanese, Vietnamese and Romanian), by a '
        "colleague who had not seen the extractors: round 28's final check (scored on round "
        "27's code, ccba9d6, and round 28's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    580: (
        'Held-out set 580 (30 messages, every field; software, cloud, data, cybersecurity and '
        'IT services in India, Vietnam, South Korea, Japan, Israel, Romania, the UK and the '
        'United States, messy formats, some in Korean, Japanese, Vietnamese and Romanian), by a '
        "colleague who had not seen the extractors: round 28's final check (scored on round "
        "27's code, ccba9d6, and round 28's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    581: (
        'Held-out set 581 (30 messages, every field; logistics, supply chain, aviation, maritime '
        'and warehousing in Singapore, Malaysia, the Philippines, Australia, New Zealand, South '
        'Africa and the Netherlands, some in Malay, Tagalog, Afrikaans and Dutch), by a colleague'
        " who had not seen the extractors: round 29's development set (scored blind on round 28's"
        ' final code, 9daaac6, then read).'
    ),
    582: (
        'Held-out set 582 (30 messages, every field; logistics, supply chain, aviation, maritime '
        'and warehousing in Singapore, Malaysia, the Philippines, Australia, New Zealand, South '
        'Africa and the Netherlands, some in Malay, Tagalog, Afrikaans and Dutch), by a colleague'
        " who had not seen the extractors: round 29's development set (scored blind on round 28's"
        ' final code, 9daaac6, then read).'
    ),
    583: (
        'Held-out set 583 (30 messages, every field; logistics, supply chain, aviation, maritime '
        'and warehousing in Singapore, Malaysia, the Philippines, Australia, New Zealand, South '
        'Africa and the Netherlands, some in Malay, Tagalog, Afrikaans and Dutch), by a colleague'
        " who had not seen the extractors: round 29's development set (scored blind on round 28's"
        ' final code, 9daaac6, then read).'
    ),
    584: (
        'Held-out set 584 (30 messages, every field; retail, hospitality, construction, skilled '
        'trades and facilities management in Turkey, Greece, Portugal, the Czech Republic, '
        'Denmark, Ireland and the United States, some in Turkish, Greek, Portuguese, Czech and '
        "Danish), by a colleague who had not seen the extractors: round 29's development set "
        "(scored blind on round 28's final code, 9daaac6, then read)."
    ),
    585: (
        'Held-out set 585 (30 messages, every field; retail, hospitality, construction, skilled '
        'trades and facilities management in Turkey, Greece, Portugal, the Czech Republic, '
        'Denmark, Ireland and the United States, some in Turkish, Greek, Portuguese, Czech and '
        "Danish), by a colleague who had not seen the extractors: round 29's development set "
        "(scored blind on round 28's final code, 9daaac6, then read)."
    ),
    586: (
        'Held-out set 586 (30 messages, every field; retail, hospitality, construction, skilled '
        'trades and facilities management in Turkey, Greece, Portugal, the Czech Republic, '
        'Denmark, Ireland and the United States, some in Turkish, Greek, Portuguese, Czech and '
        "Danish), by a colleague who had not seen the extractors: round 29's development set "
        "(scored blind on round 28's final code, 9daaac6, then read)."
    ),
    587: (
        'Held-out set 587 (30 messages, every field; education, law, management consulting, HR '
        'and insurance in Switzerland, Belgium, Finland, Chile, Colombia, Canada and the UK, some'
        ' in French, German, Finnish and Spanish), by a colleague who had not seen the '
        "extractors: round 29's final check (scored on round 28's code, 9daaac6, and round 29's "
        "final code, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    588: (
        'Held-out set 588 (30 messages, every field; education, law, management consulting, HR '
        'and insurance in Switzerland, Belgium, Finland, Chile, Colombia, Canada and the UK, some'
        ' in French, German, Finnish and Spanish), by a colleague who had not seen the '
        "extractors: round 29's final check (scored on round 28's code, 9daaac6, and round 29's "
        "final code, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    589: (
        'Held-out set 589 (30 messages, every field; education, law, management consulting, HR '
        'and insurance in Switzerland, Belgium, Finland, Chile, Colombia, Canada and the UK, some'
        ' in French, German, Finnish and Spanish), by a colleague who had not seen the '
        "extractors: round 29's final check (scored on round 28's code, 9daaac6, and round 29's "
        "final code, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    590: (
        'Held-out set 590 (30 messages, every field; manufacturing, automotive, electronics, '
        'engineering, quality and maintenance in Mexico, China, Taiwan, Thailand, Indonesia, '
        'Saudi Arabia, Egypt and the United States, some in Spanish, Chinese, Thai, Indonesian '
        "and Arabic), by a colleague who had not seen the extractors: round 29's final check "
        "(scored on round 28's code, 9daaac6, and round 29's final code, its misses unread; never"
        " trained on: train_company.py's HOLD_OUT)."
    ),
    591: (
        'Held-out set 591 (30 messages, every field; manufacturing, automotive, electronics, '
        'engineering, quality and maintenance in Mexico, China, Taiwan, Thailand, Indonesia, '
        'Saudi Arabia, Egypt and the United States, some in Spanish, Chinese, Thai, Indonesian '
        "and Arabic), by a colleague who had not seen the extractors: round 29's final check "
        "(scored on round 28's code, 9daaac6, and round 29's final code, its misses unread; never"
        " trained on: train_company.py's HOLD_OUT)."
    ),
    592: (
        'Held-out set 592 (30 messages, every field; manufacturing, automotive, electronics, '
        'engineering, quality and maintenance in Mexico, China, Taiwan, Thailand, Indonesia, '
        'Saudi Arabia, Egypt and the United States, some in Spanish, Chinese, Thai, Indonesian '
        "and Arabic), by a colleague who had not seen the extractors: round 29's final check "
        "(scored on round 28's code, 9daaac6, and round 29's final code, its misses unread; never"
        " trained on: train_company.py's HOLD_OUT)."
    ),
    593: (
        'Held-out set 593 (30 messages, every field; agriculture, food processing, dairy, wine '
        'and horticulture in Italy, Hungary, Romania, Poland, New Zealand and Kenya, some in '
        'Italian, Hungarian, Romanian and Polish), by a colleague who had not seen the '
        "extractors: round 29's second-wave development set (scored blind on round 28's final "
        "code, 9daaac6, and round 29's first-wave code, 4a28644, then read)."
    ),
    594: (
        'Held-out set 594 (30 messages, every field; agriculture, food processing, dairy, wine '
        'and horticulture in Italy, Hungary, Romania, Poland, New Zealand and Kenya, some in '
        'Italian, Hungarian, Romanian and Polish), by a colleague who had not seen the '
        "extractors: round 29's second-wave development set (scored blind on round 28's final "
        "code, 9daaac6, and round 29's first-wave code, 4a28644, then read)."
    ),
    595: (
        'Held-out set 595 (30 messages, every field; banking, fintech, payments, insurance '
        'operations and accounting in Japan, South Korea, Vietnam, Hong Kong, Singapore and '
        'Australia, some in Japanese, Korean and Vietnamese), by a colleague who had not seen the'
        " extractors: round 29's second-wave development set (scored blind on round 28's final "
        "code, 9daaac6, and round 29's first-wave code, 4a28644, then read)."
    ),
    596: (
        'Held-out set 596 (30 messages, every field; banking, fintech, payments, insurance '
        'operations and accounting in Japan, South Korea, Vietnam, Hong Kong, Singapore and '
        'Australia, some in Japanese, Korean and Vietnamese), by a colleague who had not seen the'
        " extractors: round 29's second-wave development set (scored blind on round 28's final "
        "code, 9daaac6, and round 29's first-wave code, 4a28644, then read)."
    ),
    597: (
        'Held-out set 597 (30 messages, every field; non-profits, NGOs, government, public '
        'health, education programmes and call centres in Kenya, Nigeria, Ghana, India, Pakistan,'
        ' Bangladesh and the UK, some in Swahili, Hinglish and Roman Urdu), by a colleague who '
        "had not seen the extractors: round 29's second-wave development set (scored blind on "
        "round 28's final code, 9daaac6, and round 29's first-wave code, 4a28644, then read)."
    ),
    598: (
        'Held-out set 598 (30 messages, every field; non-profits, NGOs, government, public '
        'health, education programmes and call centres in Kenya, Nigeria, Ghana, India, Pakistan,'
        ' Bangladesh and the UK, some in Swahili, Hinglish and Roman Urdu), by a colleague who '
        "had not seen the extractors: round 29's second-wave development set (scored blind on "
        "round 28's final code, 9daaac6, and round 29's first-wave code, 4a28644, then read)."
    ),
    599: (
        'Held-out set 599 (30 messages, every field; real estate, property management, '
        'architecture, interior design and B2B sales in Israel, Brazil, Portugal, Sweden, Norway,'
        ' Iceland and Canada, some in Hebrew, Portuguese, Swedish, Norwegian and Icelandic), by a'
        " colleague who had not seen the extractors: round 29's second-wave development set "
        "(scored blind on round 28's final code, 9daaac6, and round 29's first-wave code, "
        '4a28644, then read).'
    ),
    600: (
        'Held-out set 600 (30 messages, every field; real estate, property management, '
        'architecture, interior design and B2B sales in Israel, Brazil, Portugal, Sweden, Norway,'
        ' Iceland and Canada, some in Hebrew, Portuguese, Swedish, Norwegian and Icelandic), by a'
        " colleague who had not seen the extractors: round 29's second-wave development set "
        "(scored blind on round 28's final code, 9daaac6, and round 29's first-wave code, "
        '4a28644, then read).'
    ),
    601: (
        'Held-out set 601 (30 messages, every field; energy, utilities, mining, oil & gas and '
        'renewables in Canada, Norway, Chile, Peru, Nigeria, Kazakhstan and Australia, some in '
        'French, Norwegian, Spanish and Russian), by a colleague who had not seen the extractors: '
        "round 30's development set (scored blind on round 29's final code, e8d3274, then read)."
    ),
    602: (
        'Held-out set 602 (30 messages, every field; energy, utilities, mining, oil & gas and '
        'renewables in Canada, Norway, Chile, Peru, Nigeria, Kazakhstan and Australia, some in '
        'French, Norwegian, Spanish and Russian), by a colleague who had not seen the extractors: '
        "round 30's development set (scored blind on round 29's final code, e8d3274, then read)."
    ),
    603: (
        'Held-out set 603 (30 messages, every field; energy, utilities, mining, oil & gas and '
        'renewables in Canada, Norway, Chile, Peru, Nigeria, Kazakhstan and Australia, some in '
        'French, Norwegian, Spanish and Russian), by a colleague who had not seen the extractors: '
        "round 30's development set (scored blind on round 29's final code, e8d3274, then read)."
    ),
    604: (
        'Held-out set 604 (30 messages, every field; media, marketing, advertising, gaming and '
        'e-commerce in France, Italy, Brazil, Argentina, Spain, Ukraine and Ireland, some in '
        'French, Italian, Portuguese, Spanish and Ukrainian), by a colleague who had not seen the '
        "extractors: round 30's development set (scored blind on round 29's final code, e8d3274, "
        'then read).'
    ),
    605: (
        'Held-out set 605 (30 messages, every field; media, marketing, advertising, gaming and '
        'e-commerce in France, Italy, Brazil, Argentina, Spain, Ukraine and Ireland, some in '
        'French, Italian, Portuguese, Spanish and Ukrainian), by a colleague who had not seen the '
        "extractors: round 30's development set (scored blind on round 29's final code, e8d3274, "
        'then read).'
    ),
    606: (
        'Held-out set 606 (30 messages, every field; media, marketing, advertising, gaming and '
        'e-commerce in France, Italy, Brazil, Argentina, Spain, Ukraine and Ireland, some in '
        'French, Italian, Portuguese, Spanish and Ukrainian), by a colleague who had not seen the '
        "extractors: round 30's development set (scored blind on round 29's final code, e8d3274, "
        'then read).'
    ),
    607: (
        'Held-out set 607 (30 messages, every field; the public sector, NGOs, research institutes, '
        'universities and hospitals in the UK, the United States, Germany, the Netherlands, India, '
        'Australia and France, some in German, Dutch and French), by a colleague who had not seen '
        "the extractors: round 30's final check (scored on round 29's code, e8d3274, and round 30's"
        " final code, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    608: (
        'Held-out set 608 (30 messages, every field; the public sector, NGOs, research institutes, '
        'universities and hospitals in the UK, the United States, Germany, the Netherlands, India, '
        'Australia and France, some in German, Dutch and French), by a colleague who had not seen '
        "the extractors: round 30's final check (scored on round 29's code, e8d3274, and round 30's"
        " final code, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    609: (
        'Held-out set 609 (30 messages, every field; the public sector, NGOs, research institutes, '
        'universities and hospitals in the UK, the United States, Germany, the Netherlands, India, '
        'Australia and France, some in German, Dutch and French), by a colleague who had not seen '
        "the extractors: round 30's final check (scored on round 29's code, e8d3274, and round 30's"
        " final code, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    610: (
        'Held-out set 610 (30 messages, every field; banking, accounting, insurance, fintech and '
        'real estate in Hong Kong, Taiwan, Vietnam, Poland, Hungary, Croatia, Serbia and the United'
        ' Arab Emirates, some in Chinese, Vietnamese, Polish, Hungarian, Croatian and Serbian), by '
        "a colleague who had not seen the extractors: round 30's final check (scored on round 29's "
        "code, e8d3274, and round 30's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    611: (
        'Held-out set 611 (30 messages, every field; banking, accounting, insurance, fintech and '
        'real estate in Hong Kong, Taiwan, Vietnam, Poland, Hungary, Croatia, Serbia and the United'
        ' Arab Emirates, some in Chinese, Vietnamese, Polish, Hungarian, Croatian and Serbian), by '
        "a colleague who had not seen the extractors: round 30's final check (scored on round 29's "
        "code, e8d3274, and round 30's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    612: (
        'Held-out set 612 (30 messages, every field; banking, accounting, insurance, fintech and '
        'real estate in Hong Kong, Taiwan, Vietnam, Poland, Hungary, Croatia, Serbia and the United'
        ' Arab Emirates, some in Chinese, Vietnamese, Polish, Hungarian, Croatian and Serbian), by '
        "a colleague who had not seen the extractors: round 30's final check (scored on round 29's "
        "code, e8d3274, and round 30's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    613: (
        'Held-out set 613 (30 messages, every field; airlines, rail and public transit, logistics '
        'hubs, security services and facility cleaning in Austria, Switzerland, Belgium, Spain, '
        'Mexico, Japan and South Korea, some in German, French, Dutch, Spanish, Japanese and '
        "Korean), by a colleague who had not seen the extractors: round 30's second-wave "
        "development set (scored blind on round 29's final code, e8d3274, and round 30's first-wave"
        ' code, 633fe2d, then read).'
    ),
    614: (
        'Held-out set 614 (30 messages, every field; airlines, rail and public transit, logistics '
        'hubs, security services and facility cleaning in Austria, Switzerland, Belgium, Spain, '
        'Mexico, Japan and South Korea, some in German, French, Dutch, Spanish, Japanese and '
        "Korean), by a colleague who had not seen the extractors: round 30's second-wave "
        "development set (scored blind on round 29's final code, e8d3274, and round 30's first-wave"
        ' code, 633fe2d, then read).'
    ),
    615: (
        'Held-out set 615 (30 messages, every field; airlines, rail and public transit, logistics '
        'hubs, security services and facility cleaning in Austria, Switzerland, Belgium, Spain, '
        'Mexico, Japan and South Korea, some in German, French, Dutch, Spanish, Japanese and '
        "Korean), by a colleague who had not seen the extractors: round 30's second-wave "
        "development set (scored blind on round 29's final code, e8d3274, and round 30's first-wave"
        ' code, 633fe2d, then read).'
    ),
    616: (
        'Held-out set 616 (30 messages, every field; biotech, chemicals, pharmaceutical '
        'manufacturing, laboratories and food science in India, Bangladesh, Sri Lanka, Egypt, '
        'Morocco, Israel, Finland and Estonia, some in Hindi, Bengali, Arabic, French, Hebrew, '
        "Finnish and Estonian), by a colleague who had not seen the extractors: round 30's second-"
        "wave development set (scored blind on round 29's final code, e8d3274, and round 30's "
        'first-wave code, 633fe2d, then read).'
    ),
    617: (
        'Held-out set 617 (30 messages, every field; biotech, chemicals, pharmaceutical '
        'manufacturing, laboratories and food science in India, Bangladesh, Sri Lanka, Egypt, '
        'Morocco, Israel, Finland and Estonia, some in Hindi, Bengali, Arabic, French, Hebrew, '
        "Finnish and Estonian), by a colleague who had not seen the extractors: round 30's second-"
        "wave development set (scored blind on round 29's final code, e8d3274, and round 30's "
        'first-wave code, 633fe2d, then read).'
    ),
    618: (
        'Held-out set 618 (30 messages, every field; biotech, chemicals, pharmaceutical '
        'manufacturing, laboratories and food science in India, Bangladesh, Sri Lanka, Egypt, '
        'Morocco, Israel, Finland and Estonia, some in Hindi, Bengali, Arabic, French, Hebrew, '
        "Finnish and Estonian), by a colleague who had not seen the extractors: round 30's second-"
        "wave development set (scored blind on round 29's final code, e8d3274, and round 30's "
        'first-wave code, 633fe2d, then read).'
    ),
    619: (
        'Held-out set 619 (30 messages, every field; government departments, local councils, '
        'charities, universities, research councils, public hospitals and schools in the UK, the '
        'United States, Canada, Ireland, New Zealand, Belgium and Switzerland, some in French and '
        "German), by a colleague who had not seen the extractors: round 30's second-wave "
        "development set (scored blind on round 29's final code, e8d3274, and round 30's first-wave"
        ' code, 633fe2d, then read).'
    ),
    620: (
        'Held-out set 620 (30 messages, every field; government departments, local councils, '
        'charities, universities, research councils, public hospitals and schools in the UK, the '
        'United States, Canada, Ireland, New Zealand, Belgium and Switzerland, some in French and '
        "German), by a colleague who had not seen the extractors: round 30's second-wave "
        "development set (scored blind on round 29's final code, e8d3274, and round 30's first-wave"
        ' code, 633fe2d, then read).'
    ),
    621: (
        'Held-out set 621 (30 messages, every field; government departments, local councils, '
        'charities, universities, research councils, public hospitals and schools in the UK, the '
        'United States, Canada, Ireland, New Zealand, Belgium and Switzerland, some in French and '
        "German), by a colleague who had not seen the extractors: round 30's second-wave "
        "development set (scored blind on round 29's final code, e8d3274, and round 30's first-wave"
        ' code, 633fe2d, then read).'
    ),
    622: (
        'Held-out set 622 (30 messages, every field; retail banking, corporate finance, audit, '
        'insurance, payments and property in Singapore, Taiwan, Macau, Slovenia, Slovakia, '
        'Bulgaria, Bosnia and Herzegovina, Montenegro and Qatar, some in Chinese, Slovenian, '
        'Slovak, Bulgarian, Bosnian and Montenegrin), by a colleague who had not seen the '
        "extractors: round 30's second-wave development set (scored blind on round 29's final code,"
        " e8d3274, and round 30's first-wave code, 633fe2d, then read)."
    ),
    623: (
        'Held-out set 623 (30 messages, every field; retail banking, corporate finance, audit, '
        'insurance, payments and property in Singapore, Taiwan, Macau, Slovenia, Slovakia, '
        'Bulgaria, Bosnia and Herzegovina, Montenegro and Qatar, some in Chinese, Slovenian, '
        'Slovak, Bulgarian, Bosnian and Montenegrin), by a colleague who had not seen the '
        "extractors: round 30's second-wave development set (scored blind on round 29's final code,"
        " e8d3274, and round 30's first-wave code, 633fe2d, then read)."
    ),
    624: (
        'Held-out set 624 (30 messages, every field; retail banking, corporate finance, audit, '
        'insurance, payments and property in Singapore, Taiwan, Macau, Slovenia, Slovakia, '
        'Bulgaria, Bosnia and Herzegovina, Montenegro and Qatar, some in Chinese, Slovenian, '
        'Slovak, Bulgarian, Bosnian and Montenegrin), by a colleague who had not seen the '
        "extractors: round 30's second-wave development set (scored blind on round 29's final code,"
        " e8d3274, and round 30's first-wave code, 633fe2d, then read)."
    ),
    625: (
        'Held-out set 625 (30 messages, every field; contact centres, BPO, shared services, claims '
        'handling, back-office finance and IT support in India, the Philippines, Malaysia, South '
        'Africa, Egypt and Poland, some in Hindi, Tagalog, Malay, Polish and Arabic), by a '
        "colleague who had not seen the extractors: round 31's development set (scored blind on "
        "round 30's final code, b3c88a6, then read)."
    ),
    626: (
        'Held-out set 626 (30 messages, every field; contact centres, BPO, shared services, claims '
        'handling, back-office finance and IT support in India, the Philippines, Malaysia, South '
        'Africa, Egypt and Poland, some in Hindi, Tagalog, Malay, Polish and Arabic), by a '
        "colleague who had not seen the extractors: round 31's development set (scored blind on "
        "round 30's final code, b3c88a6, then read)."
    ),
    627: (
        'Held-out set 627 (30 messages, every field; hospitals, nursing, care homes, allied health,'
        ' GP practices and locum agencies in the UK, Ireland, Australia, New Zealand, Canada, the '
        'United Arab Emirates and Saudi Arabia, some in Arabic and French), by a colleague who had '
        "not seen the extractors: round 31's development set (scored blind on round 30's final "
        'code, b3c88a6, then read).'
    ),
    628: (
        'Held-out set 628 (30 messages, every field; hospitals, nursing, care homes, allied health,'
        ' GP practices and locum agencies in the UK, Ireland, Australia, New Zealand, Canada, the '
        'United Arab Emirates and Saudi Arabia, some in Arabic and French), by a colleague who had '
        "not seen the extractors: round 31's development set (scored blind on round 30's final "
        'code, b3c88a6, then read).'
    ),
    629: (
        'Held-out set 629 (30 messages, every field; law firms, accounting and audit, tax advisory,'
        ' management consulting, corporate legal and compliance in France, Belgium, Switzerland, '
        'Luxembourg, Austria and the Netherlands, in French, German, Dutch and English), by a '
        "colleague who had not seen the extractors: round 31's development set (scored blind on "
        "round 30's final code, b3c88a6, then read)."
    ),
    630: (
        'Held-out set 630 (30 messages, every field; law firms, accounting and audit, tax advisory,'
        ' management consulting, corporate legal and compliance in France, Belgium, Switzerland, '
        'Luxembourg, Austria and the Netherlands, in French, German, Dutch and English), by a '
        "colleague who had not seen the extractors: round 31's development set (scored blind on "
        "round 30's final code, b3c88a6, then read)."
    ),
    631: (
        'Held-out set 631 (30 messages, every field; government agencies, city and county '
        'governments, universities, state hospitals, NGOs and foundations in the United States, '
        'Canada, Germany, Sweden, Denmark and Norway, some in German, Swedish, Danish, Norwegian '
        "and French), by a colleague who had not seen the extractors: round 31's final check "
        "(scored on round 30's final code, b3c88a6, and round 31's final code, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    632: (
        'Held-out set 632 (30 messages, every field; government agencies, city and county '
        'governments, universities, state hospitals, NGOs and foundations in the United States, '
        'Canada, Germany, Sweden, Denmark and Norway, some in German, Swedish, Danish, Norwegian '
        "and French), by a colleague who had not seen the extractors: round 31's final check "
        "(scored on round 30's final code, b3c88a6, and round 31's final code, its misses unread; "
        "never trained on: train_company.py's HOLD_OUT)."
    ),
    633: (
        'Held-out set 633 (30 messages, every field; tech start-ups, SaaS, fintech, e-commerce and '
        'software outsourcing in Mexico, Colombia, Argentina, Spain, Portugal, Poland and Romania, '
        'some in Spanish, Portuguese, Polish and Romanian), by a colleague who had not seen the '
        "extractors: round 31's final check (scored on round 30's final code, b3c88a6, and round "
        "31's final code, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    634: (
        'Held-out set 634 (30 messages, every field; tech start-ups, SaaS, fintech, e-commerce and '
        'software outsourcing in Mexico, Colombia, Argentina, Spain, Portugal, Poland and Romania, '
        'some in Spanish, Portuguese, Polish and Romanian), by a colleague who had not seen the '
        "extractors: round 31's final check (scored on round 30's final code, b3c88a6, and round "
        "31's final code, its misses unread; never trained on: train_company.py's HOLD_OUT)."
    ),
    635: (
        'Held-out set 635 (30 messages, every field; factories, warehouses, retail chains, hotels, '
        'restaurants, trucking and trades in Turkey, Greece, Italy, Czechia, Hungary and Japan, '
        'some in Turkish, Greek, Italian, Czech, Hungarian and Japanese), by a colleague who had '
        "not seen the extractors: round 31's final check (scored on round 30's final code, b3c88a6,"
        " and round 31's final code, its misses unread; never trained on: train_company.py's "
        'HOLD_OUT).'
    ),
    636: (
        'Held-out set 636 (30 messages, every field; factories, warehouses, retail chains, hotels, '
        'restaurants, trucking and trades in Turkey, Greece, Italy, Czechia, Hungary and Japan, '
        'some in Turkish, Greek, Italian, Czech, Hungarian and Japanese), by a colleague who had '
        "not seen the extractors: round 31's final check (scored on round 30's final code, b3c88a6,"
        " and round 31's final code, its misses unread; never trained on: train_company.py's "
        'HOLD_OUT).'
    ),
    637: (
        'Held-out set 637 (30 messages, every field; retail chains, consumer goods, '
        'e-commerce operations and distribution centres in the United Kingdom, Ireland, the '
        'Netherlands, Belgium, Germany and Denmark, some in Dutch, German and Danish), by a '
        "colleague who had not seen the extractors: round 32's development set (scored blind "
        "on round 31's final code, 270a2be, then read)."
    ),
    638: (
        'Held-out set 638 (30 messages, every field; retail chains, consumer goods, '
        'e-commerce operations and distribution centres in the United Kingdom, Ireland, the '
        'Netherlands, Belgium, Germany and Denmark, some in Dutch, German and Danish), by a '
        "colleague who had not seen the extractors: round 32's development set (scored blind "
        "on round 31's final code, 270a2be, then read)."
    ),
    639: (
        'Held-out set 639 (30 messages, every field; schools, school districts and academy '
        'trusts, universities, councils, state and federal agencies, police, fire services '
        'and libraries in the United States, the United Kingdom, Australia, New Zealand and '
        'Canada, a few in Canadian French), by a colleague who had not seen the extractors: '
        "round 32's development set (scored blind on round 31's final code, 270a2be, then "
        'read).'
    ),
    640: (
        'Held-out set 640 (30 messages, every field; schools, school districts and academy '
        'trusts, universities, councils, state and federal agencies, police, fire services '
        'and libraries in the United States, the United Kingdom, Australia, New Zealand and '
        'Canada, a few in Canadian French), by a colleague who had not seen the extractors: '
        "round 32's development set (scored blind on round 31's final code, 270a2be, then "
        'read).'
    ),
    641: (
        'Held-out set 641 (30 messages, every field; banking, insurance, asset management, '
        'payments and compliance in Singapore, Hong Kong, Japan, India, the United Arab '
        'Emirates, Switzerland and the United States, some in Japanese, Hong Kong Chinese and'
        " Swiss German), by a colleague who had not seen the extractors: round 32's "
        "development set (scored blind on round 31's final code, 270a2be, then read)."
    ),
    642: (
        'Held-out set 642 (30 messages, every field; banking, insurance, asset management, '
        'payments and compliance in Singapore, Hong Kong, Japan, India, the United Arab '
        'Emirates, Switzerland and the United States, some in Japanese, Hong Kong Chinese and'
        " Swiss German), by a colleague who had not seen the extractors: round 32's "
        "development set (scored blind on round 31's final code, 270a2be, then read)."
    ),
    643: (
        'Held-out set 643 (30 messages, every field; engineering, construction, automotive '
        'suppliers, aerospace and rail in Germany, France, Italy, Spain, the United States, '
        'Canada and Mexico, some in German, French, Italian and Spanish), by a colleague who '
        "had not seen the extractors: round 32's final check (scored on round 31's final "
        "code, 270a2be, and round 32's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    644: (
        'Held-out set 644 (30 messages, every field; engineering, construction, automotive '
        'suppliers, aerospace and rail in Germany, France, Italy, Spain, the United States, '
        'Canada and Mexico, some in German, French, Italian and Spanish), by a colleague who '
        "had not seen the extractors: round 32's final check (scored on round 31's final "
        "code, 270a2be, and round 32's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    645: (
        'Held-out set 645 (30 messages, every field; public health services, hospitals, NGOs '
        'and development organisations, telecoms and utilities in Kenya, Nigeria, Ghana, '
        'South Africa, Morocco, Egypt and France, some in French and Arabic), by a colleague '
        "who had not seen the extractors: round 32's final check (scored on round 31's final "
        "code, 270a2be, and round 32's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    646: (
        'Held-out set 646 (30 messages, every field; public health services, hospitals, NGOs '
        'and development organisations, telecoms and utilities in Kenya, Nigeria, Ghana, '
        'South Africa, Morocco, Egypt and France, some in French and Arabic), by a colleague '
        "who had not seen the extractors: round 32's final check (scored on round 31's final "
        "code, 270a2be, and round 32's final code, its misses unread; never trained on: "
        "train_company.py's HOLD_OUT)."
    ),
    647: (
        'Held-out set 647 (30 messages, every field; hotels and resorts, cruise lines, '
        'airlines and airports, travel agencies, events and restaurants in the UAE, Qatar, '
        'Thailand, Indonesia, Vietnam, the Maldives, Greece, Croatia and Mexico, some in '
        'Spanish, Greek, Croatian, Thai and Indonesian), by a colleague who had not seen the '
        "extractors: round 32's final check (scored on round 31's final code, 270a2be, and "
        "round 32's final code, its misses unread; never trained on: train_company.py's "
        'HOLD_OUT).'
    ),
    648: (
        'Held-out set 648 (30 messages, every field; hotels and resorts, cruise lines, '
        'airlines and airports, travel agencies, events and restaurants in the UAE, Qatar, '
        'Thailand, Indonesia, Vietnam, the Maldives, Greece, Croatia and Mexico, some in '
        'Spanish, Greek, Croatian, Thai and Indonesian), by a colleague who had not seen the '
        "extractors: round 32's final check (scored on round 31's final code, 270a2be, and "
        "round 32's final code, its misses unread; never trained on: train_company.py's "
        'HOLD_OUT).'
    ),
}


def load_heldout(n: int) -> list[dict[str, Any]]:
    """Held-out part ``n`` (see `HELDOUT`): every item is test, in split ``test{n}``."""
    out = _read_blocks(f"heldout{n}_*.txt")
    for msg in out:
        msg["split"] = f"test{n}"
    return out


def load_postings() -> list[dict[str, Any]]:
    """Postings p01–p16 (every third one is test), q01–q12 (held-out 7's pages, test7),
    v01–v15 (held-out 8's, test8), w01–w15 (round 15's, written blind, test189) and round 16's
    blind pages: postings10 (its final check, test195) and postings11 (development, test194)."""
    out = []
    for name, split_of in (
        ("postings", lambda i: "test" if i % 3 == 2 else "dev"),
        ("postings7", lambda i: "test7"),
        ("postings8", lambda i: "test8"),
        ("postings9", lambda i: "test189"),  # round 15's pages, scored with its final check
        ("postings10", lambda i: "test195"),  # round 16's final-check pages
        ("postings11", lambda i: "test194"),  # round 16's development pages
    ):
        labels = [
            json.loads(line)
            for line in (LABELLED / f"{name}.jsonl").read_text("utf-8").splitlines()
            if line.strip()
        ]
        for i, label in enumerate(labels):
            label["split"] = split_of(i)
            label["html"] = (LABELLED / name / f"{label['id']}.html").read_text("utf-8")
        out.extend(labels)
    return out


def strip_jsonld(html: str) -> str:
    """The same page with its JSON-LD and microdata attributes removed: visible text only."""
    html = re.sub(r"<script[^>]*ld\+json[^>]*>.*?</script>", "", html, flags=re.S | re.I)
    return re.sub(r"\s(?:itemscope|itemtype|itemprop)(?:=\"[^\"]*\")?", "", html)


# legal forms at the end of a name (S.p.A., S.A., K.K., (Pty), Sp. z o.o., AG, AB, B.V. …)
_LEGAL_TAIL = re.compile(
    r"(?:[\s,]+(?:\(pty\)|pty|s\.\s?p\.\s?a|spa|s\.\s?a|s\.\s?l|s\.\s?r\.\s?l|srl|k\.\s?k"
    r"|g\.\s?k|sp\.\s?z\s?o\.\s?o|ag|ab|b\.\s?v|bv|n\.\s?v|nv|sdn\.?\s?bhd|bhd|pte|pvt|co|tbk"
    # (Nordic, German non-profit, Czech, Hungarian and Turkish forms too)
    r"|berhad|as|a/s|asa|oyj?|aps|ggmbh|s\.\s?r\.\s?o|a\.\s?s|kft|zrt|a\.\s?ş"
    # (round 30: Peru's "S.A.C.", "S.A.A.")
    r"|s\.\s?a\.\s?c|s\.\s?a\.\s?a|sac|saa|d\.\s?o\.\s?o|oü"
    # (round 31: the Gulf's "W.L.L." and "Q.P.S.C.", Croatia's "d.d.", Ireland's "DAC", Iceland's
    # "ehf.", Luxembourg's "S.à r.l.", Greece's "Α.Ν.Ε.")
    r"|w\.\s?l\.\s?l|q\.\s?p\.\s?s\.\s?c|d\.\s?d|dac|ehf|s\.\s?à\s?r\.\s?l|α\.\s?ν\.\s?ε)\.?)+\s*$"
)
# a legal form before the name: Indonesia's "PT Kopi Senja Nusantara", "株式会社ミナトゲームス"
# (round 30: Kazakh, Russian and Ukrainian forms before a quoted name: "ТОО «Дала ВЭС»", "АО
# «Жетісу Энерго»", "ТОВ «…»")
_LEGAL_HEAD = re.compile(
    r"^(?:pt\.?\s|cv\.?\s|株式会社\s?|(?:тоо|ооо|оао|пао|зао|ао|тов|пат|ат)\s)"
)


def norm(text: Any) -> str:
    text = str(text or "").lower()
    text = re.sub(r"\((?:m|w|f|d|x|h)(?:/(?:m|w|f|d|x|h))+\)", "", text)
    # a Spanish, Portuguese or French feminine ending beside the masculine one: "Jefe/a de
    # Recepción", "Engenheiro(a) de Dados" are the role's title without it (round 19: the
    # labelling brief drops gender tags; some writers keep these)
    text = re.sub(
        r"(?<=\w)(?:/(?:a|o|as|os|ra|ora)|\((?:a|o|as|os|e|ère|euse|rice|trice|ra|ora)\))(?=\W|$)",
        "",
        text,
    )
    text = re.sub(r"\b(?:inc|incorporated|ltd|limited|llc|llp|gmbh|se|plc|corp)\b\.?", "", text)
    # Japanese, Chinese and Korean legal forms, before or after the name (round 20: "トワダ化学
    # 株式会社" and "トワダ化学" are one company, as "Acme GmbH" and "Acme" are)
    text = re.sub(
        r"株式会社|有限会社|合同会社|股份有限公司|有限责任公司|有限公司|주식회사|[(（][株주][)）]",
        "",
        text,
    )
    text = _LEGAL_TAIL.sub("", text.strip(" ,."))
    text = _LEGAL_HEAD.sub("", text.strip())
    # a group's formal name is the company's: "Jumeirah Group", "VNG Corporation", "OCP Group"
    text = re.sub(r"\s(?:group|corporation|holdings?)\W*$", "", text.strip())
    # letters of every script count (a Greek or Korean title is compared, not emptied); accents
    # are dropped ("Ingénieur" and "Ingenieur" are one title)
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return re.sub(r"[\W_]+", " ", text).strip()


_NOT_INITIAL = frozenset(
    {"of", "and", "the", "for", "de", "du", "des", "la", "le", "et", "für", "und"}
)


def _initials_of(short: str, long_norm: str) -> bool:
    """`short` is written in capitals and spells the initials of the other name's words."""
    letters = short.strip()
    words = [w for w in long_norm.split() if w not in _NOT_INITIAL]
    return (
        2 <= len(letters) <= 6
        and letters.isalpha()
        and letters.isupper()
        and len(words) == len(letters)
        and all(w[:1] == c.lower() for w, c in zip(words, letters, strict=True))
    )


def same(field: str, want: Any, got: Any) -> bool:
    if field in {"pay_min", "pay_max"}:
        if want is None or got is None:
            return want is None and got is None
        return abs(float(want) - float(got)) <= 0.01 * abs(float(want))
    if field == "office_days":
        return (want is None and got is None) or (
            want is not None and got is not None and float(want) == float(got)
        )
    if field == "locations":
        return {norm(w) for w in want} == {norm(str(g).split(",")[0]) for g in got or []}
    if field == "remote_from":
        return {norm(w) for w in want} == {norm(g) for g in got or []}
    if field in {"title", "company", "company_size", "recruiter_company"}:
        a, b = norm(want), norm(got)
        if field != "title":
            # (round 30) "The City of Calgary" is "City of Calgary"; "UCD" is "University
            # College Dublin" (the writer's short or long form of one name)
            a, b = a.removeprefix("the "), b.removeprefix("the ")
            if a and b and (_initials_of(str(want), b) or _initials_of(str(got), a)):
                return True
        if not a or not b:
            return a == b
        return a == b or (min(len(a), len(b)) >= 0.8 * max(len(a), len(b)) and (a in b or b in a))
    return want == got


def predicted(position: dict[str, Any]) -> dict[str, Any]:
    pay = position["pay"]
    return {
        "title": position["title"],
        "company": position["company"],
        "workplace": position["workplace"],
        "pay_min": pay["min"],
        "pay_max": pay["max"],
        "currency": pay["currency"] if pay["disclosed"] else None,
        "period": pay["period"] if pay["disclosed"] else None,
        "benefits": [b["name"] for b in position["benefits"]],
        "office_days": position["office_days_per_week"],
        "locations": position["locations"],
        "remote_from": position["remote_from"],
        "basis": pay["basis"] if pay["disclosed"] else None,
        "company_size": position["company_size"],
    }


class Tally:
    def __init__(self) -> None:
        self.right: dict[str, int] = {f: 0 for f in FIELDS}
        self.total = 0
        # extra fields, scored only where the label has them: field -> [right, total]
        self.extra: dict[str, list[int]] = {f: [0, 0] for f in (*EXTRA_FIELDS, *RECRUITER_FIELDS)}
        self.benefits_found = self.benefits_total = 0
        self.positions_found = self.positions_total = 0
        self.misses: list[str] = []

    def add(self, ident: str, wants: list[dict[str, Any]], gots: list[dict[str, Any]]) -> None:
        pool = list(gots)
        for want in wants:
            self.positions_total += 1
            self.total += 1
            match = max(pool, key=lambda g: _title_score(want["title"], g["title"]), default=None)
            if match is not None and (
                _title_score(want["title"], match["title"]) > 0 or len(wants) == 1
            ):
                pool.remove(match)
                self.positions_found += (
                    1 if same("title", want["title"], match["title"]) or len(wants) == 1 else 0
                )
            else:
                match = None
            for field in FIELDS:
                got = match[field] if match else None
                if match is not None and same(field, want[field], got):
                    self.right[field] += 1
                else:
                    self.misses.append(f"{ident} {field}: want {want[field]!r} got {got!r}")
            for field in EXTRA_FIELDS:
                if field not in want:
                    continue
                got = match[field] if match else None
                self.extra[field][1] += 1
                if match is not None and same(field, want[field], got):
                    self.extra[field][0] += 1
                else:
                    self.misses.append(f"{ident} {field}: want {want[field]!r} got {got!r}")
            wanted = set(want["benefits"])
            found = wanted & set(match["benefits"] if match else [])
            self.benefits_total += len(wanted)
            self.benefits_found += len(found)
            if wanted - found:
                self.misses.append(f"{ident} benefits missed: {sorted(wanted - found)}")

    def add_recruiter(self, ident: str, label: dict[str, Any], recruiter: dict[str, Any]) -> None:
        for field in RECRUITER_FIELDS:
            if field not in label:
                continue
            got = recruiter[field.removeprefix("recruiter_")]
            self.extra[field][1] += 1
            if same(field, label[field], got):
                self.extra[field][0] += 1
            else:
                self.misses.append(f"{ident} {field}: want {label[field]!r} got {got!r}")

    def extra_row(self, name: str) -> str | None:
        if not any(total for _, total in self.extra.values()):
            return None
        cells = [
            f"{100 * right / total:.0f}% ({right}/{total})" if total else "-"
            for right, total in self.extra.values()
        ]
        return f"| {name} | " + " | ".join(cells) + " |"

    def row(self, name: str) -> str:
        cells = [f"{100 * self.right[f] / self.total:.0f}%" if self.total else "-" for f in FIELDS]
        ben = (
            f"{100 * self.benefits_found / self.benefits_total:.0f}%"
            if self.benefits_total
            else "-"
        )
        pos = (
            f"{100 * self.positions_found / self.positions_total:.0f}%"
            if self.positions_total
            else "-"
        )
        return f"| {name} | {self.total} | " + " | ".join(cells) + f" | {ben} | {pos} |"


def _title_score(want: str, got: str | None) -> float:
    a, b = set(norm(want).split()), set(norm(got).split())
    return len(a & b) / len(a | b) if a and b else 0.0


def linkedin_csv(messages: list[dict[str, Any]]) -> bytes:
    """A messages.csv in which every labelled message is one conversation with the user."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "CONVERSATION ID",
            "CONVERSATION TITLE",
            "FROM",
            "SENDER PROFILE URL",
            "TO",
            "RECIPIENT PROFILE URLS",
            "DATE",
            "SUBJECT",
            "CONTENT",
            "FOLDER",
        ]
    )
    for i, msg in enumerate(messages):
        conv = f"conv-{msg['id']}"
        sender = f"Sender {msg['id']}"
        text = msg["text"]
        subject = ""
        if text.startswith("Subject:"):
            first, _, text = text.partition("\n")
            subject = first[8:].strip()
        writer.writerow(
            [
                conv,
                "",
                sender,
                f"https://www.linkedin.com/in/s-{msg['id']}",
                "Alex Morgan",
                "https://www.linkedin.com/in/alex",
                f"2025-03-{1 + i % 28:02d} 09:00:00 UTC",
                subject,
                text.replace("\n", "<br>"),
                "INBOX",
            ]
        )
        if i % 4 == 0:
            writer.writerow(
                [
                    conv,
                    "",
                    "Alex Morgan",
                    "https://www.linkedin.com/in/alex",
                    sender,
                    "",
                    f"2025-03-{1 + i % 28:02d} 18:30:00 UTC",
                    "",
                    "Thanks - let me think about it.",
                    "INBOX",
                ]
            )
    return out.getvalue().encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    from sidedoor.intake import parse_bytes

    messages = (
        load_messages()
        + [m for n in HELDOUT for m in load_heldout(n)]
    )
    postings = load_postings()
    report: list[str] = []
    held_out = Tally()  # the round-1 and round-2 held-out parts together
    held_out_4 = Tally()  # the held-out parts of rounds 1-4 (comparable with round 3's row)
    held_out_5 = Tally()  # the held-out parts of rounds 1-5 (comparable with round 4's row)
    held_out_6 = Tally()  # the held-out parts of rounds 1-6 (comparable with round 5's row)
    held_out_7 = Tally()  # the held-out parts 1-7 (what round 6 could see)
    held_out_all = Tally()  # all the held-out parts
    for split in ("dev", "test", *(f"test{n}" for n in sorted(HELDOUT))):
        subset = [m for m in messages if m["split"] == split]
        if not subset:
            continue  # a set registered but not in this checkout
        correct = 0
        tally = Tally()
        wrong: list[str] = []
        for msg in subset:
            item = parse_bytes(msg["text"].encode(), name=f"{msg['id']}.txt").items[0]
            if item.is_recruiter_outreach == msg["label"]["outreach"]:
                correct += 1
            else:
                wrong.append(
                    f"{msg['id']} outreach: want {msg['label']['outreach']} got"
                    f" {item.is_recruiter_outreach} ({item.confidence})"
                    f" cues={[c.name for c in item.cues]}"
                )
            if msg["label"]["outreach"]:
                tally.add(
                    msg["id"],
                    msg["label"]["positions"],
                    [predicted(p.model_dump()) for p in item.positions],
                )
                tally.add_recruiter(msg["id"], msg["label"], item.recruiter.model_dump())
                for combined in (
                    ([held_out] if split in {"test", "test2"} else [])
                    + ([held_out_all] if split != "dev" else [])
                    + ([held_out_4] if split in PARTS_1_4 else [])
                    + ([held_out_5] if split in {*PARTS_1_4, "test5"} else [])
                    + ([held_out_6] if split in {*PARTS_1_4, "test5", "test6"} else [])
                    + ([held_out_7] if split in {*PARTS_1_4, "test5", "test6", "test7"} else [])
                ):
                    combined.add(
                        msg["id"],
                        msg["label"]["positions"],
                        [predicted(p.model_dump()) for p in item.positions],
                    )
        report.append(
            f"## messages ({split}): outreach accuracy {correct}/{len(subset)} ="
            f" {correct / len(subset):.2f}"
        )
        report.append(_table({"recruiter messages": tally}))
        extra = tally.extra_row("recruiter messages")
        if extra:
            head = "| set | " + " | ".join((*EXTRA_FIELDS, *RECRUITER_FIELDS)) + " |"
            rule = "|" + "---|" * (len(EXTRA_FIELDS) + len(RECRUITER_FIELDS) + 1)
            report.append("\n".join([head, rule, extra]) + "\n")
        if args.verbose:
            report.extend(f"    {w}" for w in wrong + tally.misses)
        # LinkedIn path: precision / recall of recruiter conversations
        result = parse_bytes(linkedin_csv(subset), name="messages.csv")
        by_conv = {i.source.conversation_id: i for i in result.items}
        tp = fp = fn = 0
        for msg in subset:
            got = by_conv[f"conv-{msg['id']}"].is_recruiter_outreach
            want = msg["label"]["outreach"]
            tp += got and want
            fp += got and not want
            fn += want and not got
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        report.append(
            f"LinkedIn conversations ({split}, {len(subset)}): precision {precision:.2f}, recall"
            f" {recall:.2f}\n"
        )
        if split not in {"dev", "test", "test7", "test8", "test189", "test194", "test195"}:
            continue
        with_ld, without = Tally(), Tally()
        for post in (p for p in postings if p["split"] == split):
            for tally_, html in ((with_ld, post["html"]), (without, strip_jsonld(post["html"]))):
                item = parse_bytes(html.encode(), name=f"{post['id']}.html").items[0]
                want = {k: post[k] for k in (*FIELDS, "benefits")}
                tally_.add(post["id"], [want], [predicted(p.model_dump()) for p in item.positions])
        report.append(f"## postings ({split})")
        report.append(_table({"with JSON-LD": with_ld, "visible text only": without}))
        if args.verbose:
            report.extend(f"    with-ld {m}" for m in with_ld.misses)
            report.extend(f"    text-only {m}" for m in without.misses)
    report.append("## messages, held-out parts together")
    report.append(
        _table(
            {
                "test + test2": held_out,
                "test … test4": held_out_4,
                "test … test5": held_out_5,
                "test … test6": held_out_6,
                "test … test7": held_out_7,
                f"test … test{max(HELDOUT)}": held_out_all,
            }
        )
    )
    print("\n".join(report))
    return 0


def _table(tallies: dict[str, Tally]) -> str:
    head = "| set | positions | " + " | ".join(FIELDS) + " | benefits recall | positions recall |"
    rule = "|" + "---|" * (len(FIELDS) + 4)
    return "\n".join([head, rule, *(t.row(name) for name, t in tallies.items())]) + "\n"


if __name__ == "__main__":
    sys.exit(main())
