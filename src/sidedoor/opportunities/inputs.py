"""Reading one input for storing: a file path or stdin bytes, parsed with the language hooks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sidedoor.intake.models import ParsedItem, ParseResult
from sidedoor.intake.readers.base import Limits
from sidedoor.opportunities.language import LanguageHooks


@dataclass
class ParsedInput:
    name: str
    result: ParseResult
    raw: bytes | None  # the input's bytes, for one-item formats (kept as the original)


def parse_input(
    file: str,
    *,
    stdin: bytes | None = None,
    fmt: str | None = None,
    limits: Limits | None = None,
    hooks: LanguageHooks | None = None,
    workers: int = 1,
    meanwhile: Sequence[Callable[[], object]] = (),
    ready: Callable[[list[ParsedItem]], object] | None = None,
) -> ParsedInput:
    """Parse FILE (or ``stdin`` when FILE is ``-``) for the store. Raises intake's errors for
    a bad input. ``workers`` > 1 lets a big batch be analysed by that many processes (same
    result), while this one runs the ``meanwhile`` callables and hands ``ready`` the items in
    order as they are known, if it forks any (`intake.parallel.analyse_all`). A batch's items
    that are no opportunity are parsed only as far as the store keeps them (``for_store``)."""
    from sidedoor.intake.pipeline import parse_bytes, parse_path

    limits = limits or Limits()
    hooks = hooks or LanguageHooks()
    coder, skills = hooks.title_coder, hooks.skill_extractor
    if file == "-":
        data = stdin or b""
        result = parse_bytes(data, name="<stdin>", fmt=fmt, limits=limits, title_coder=coder,
                             skill_extractor=skills, workers=workers, meanwhile=meanwhile,
                             ready=ready, for_store=True)
        return ParsedInput("<stdin>", result, data if not result.many else None)
    result = parse_path(file, fmt=fmt, limits=limits, title_coder=coder, skill_extractor=skills,
                        workers=workers, meanwhile=meanwhile, ready=ready, for_store=True)
    from sidedoor.opportunities.ingest import RAW_MAX_BYTES  # the store's modules: imported
    # while workers analyse a big batch (`meanwhile`), or now
    raw = None
    path = Path(file)
    if not result.many and path.stat().st_size <= RAW_MAX_BYTES:
        raw = path.read_bytes()
    return ParsedInput(file, result, raw)
