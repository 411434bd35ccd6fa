"""Every reader on random and mutated input: only typed errors, never a crash or a hang."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sidedoor.errors import SidedoorError
from sidedoor.intake import parse_bytes
from sidedoor.intake.readers.base import Limits
from sidedoor.intake.readers.detect import FORMATS

FIX = Path(__file__).parent / "fixtures" / "intake"
SAMPLES = sorted(p for p in FIX.iterdir() if p.is_file() and p.suffix != ".py")
LIMITS = Limits(max_bytes=200_000, max_text_chars=20_000, pdf_max_pages=5)
FUZZ = settings(
    max_examples=60, deadline=3000, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def _parse(data: bytes, name: str, fmt: str | None = None) -> None:
    try:
        result = parse_bytes(data, name=name, fmt=fmt, limits=LIMITS)
    except SidedoorError as exc:
        assert exc.hint is not None
        return
    assert not [e for e in result.errors if e.error == "InternalError"], result.errors
    for item in result.items:
        item.model_dump_json()
        for p in item.positions:
            for ev in p.evidence.values():
                if ev.start is not None:
                    assert item.text[ev.start : ev.end] == ev.text


@FUZZ
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(FORMATS))
def test_random_bytes_in_every_format(data: bytes, fmt: str) -> None:
    _parse(data, "fuzz", fmt)


@FUZZ
@given(text=st.text(max_size=2000))
def test_random_text(text: str) -> None:
    _parse(text.encode("utf-8", "surrogatepass"), "fuzz.txt")


@FUZZ
@given(
    sample=st.sampled_from(SAMPLES),
    cuts=st.lists(
        st.tuples(st.integers(0, 100_000), st.integers(0, 64), st.binary(max_size=16)), max_size=6
    ),
)
def test_mutated_samples(sample: Path, cuts: list[tuple[int, int, bytes]]) -> None:
    data = bytearray(sample.read_bytes())
    for pos, length, insert in cuts:
        pos %= max(1, len(data))
        data[pos : pos + length] = insert
    _parse(bytes(data), sample.name)


@FUZZ
@given(
    members=st.dictionaries(
        st.sampled_from(["messages.csv", "x/messages.csv", "word/document.xml", "a.txt"]),
        st.binary(max_size=2000),
        max_size=3,
    )
)
def test_random_zips(members: dict[str, bytes]) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    _parse(buf.getvalue(), "fuzz.zip")
