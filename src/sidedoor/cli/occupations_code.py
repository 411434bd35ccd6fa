"""`sidedoor occupations code`: job titles to O*NET-SOC occupations, with scores and reasons.

Batch interface (stable, documented in docs/title-coding.md): with ``--jsonl``, read one title
per line on stdin and write, per line and in order::

    {"input": "...", "matches": [{"code": "15-1252.00", "title": "...", "score": 0.93}, ...]}

with at least five matches, best first (a blank line gives ``"matches": []``).
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

import click

from sidedoor.cli._context import app, emit_json

if TYPE_CHECKING:
    from sidedoor.language.titles import TitleCoder, TitleResult

MIN_MATCHES = 5
BATCH = 1024  # stdin lines coded per call in --jsonl mode


@click.command("code")
@click.argument("title", nargs=-1)
@click.option("--context", "context_file", type=click.File("r", encoding="utf-8"),
              help="A job description (text file, '-' for stdin) used to sharpen the choice.")
@click.option("--limit", "-n", type=click.IntRange(MIN_MATCHES, 100), default=MIN_MATCHES,
              show_default=True, help="How many occupations to return (at least 5).")
@click.option("--json", "as_json", is_flag=True, help="Print the result, with reasons, as JSON.")
@click.option("--jsonl", "as_jsonl", is_flag=True,
              help="Batch: read one title per line on stdin, write one JSON object per line.")
@click.option("--semantic", is_flag=True,
              help="Add MiniLM semantic similarity (needs the 'semantic' extra; slower).")
@click.pass_context
def code(ctx: click.Context, title: tuple[str, ...], context_file: IO[str] | None, limit: int,
         as_json: bool, as_jsonl: bool, semantic: bool) -> None:
    """Code a job title to O*NET-SOC occupations, e.g. `sidedoor occupations code "Sr. SWE"`.

    Seniority, location, pay, shift and company noise is ignored; abbreviations (RN, SWE,
    CPA…) are expanded and typos corrected. Each match shows the O*NET title that matched
    and the words that decided it.
    """
    if as_jsonl and title:
        raise click.UsageError("--jsonl reads titles from stdin; give no TITLE with it.")
    if as_jsonl and as_json:
        raise click.UsageError("Use either --json or --jsonl.")
    if not as_jsonl and not " ".join(title).strip():
        raise click.UsageError('Give a job title, e.g. `sidedoor occupations code "Sr. SWE"`.')
    context = context_file.read() if context_file is not None else None
    coder = _coder(ctx, semantic)
    if as_jsonl:
        for line in _jsonl(coder, sys.stdin, limit, context):
            click.echo(line)
        return
    result = coder.code(" ".join(title), context=context, limit=limit)
    if as_json:
        emit_json(_full(result))
        return
    for line in _human(result):
        click.echo(line)


def _coder(ctx: click.Context, semantic: bool) -> TitleCoder:
    from sidedoor.language.titles import TitleCoder

    knowledge_dir = app(ctx).settings.resolved_knowledge_dir
    return TitleCoder.from_knowledge_dir(knowledge_dir, semantic=semantic)


def _jsonl(coder: TitleCoder, stream: IO[str], limit: int,
           context: str | None) -> Iterator[str]:
    """Code stdin in batches; one JSON line per input line, in input order."""
    # The loaded index is long-lived: keep the garbage collector from rescanning it while
    # a batch allocates results (about 10% faster on large batches).
    gc.freeze()
    batch: list[str] = []

    def flush() -> Iterator[str]:
        wanted = [t for t in batch if t.strip()]
        coded = iter(coder.code_many(wanted, context=context, limit=limit, explain=False))
        for text in batch:
            matches = (
                [{"code": m.code, "title": m.title, "score": round(float(m.score), 4)}
                 for m in next(coded).matches]
                if text.strip() else []
            )
            yield json.dumps({"input": text, "matches": matches}, ensure_ascii=False)
        batch.clear()

    for raw in stream:
        batch.append(raw.rstrip("\r\n"))
        if len(batch) >= BATCH:
            yield from flush()
    if batch:
        yield from flush()


def _full(result: TitleResult) -> dict[str, object]:
    return {
        "input": result.input,
        "read_as": {"query": result.query, "head": result.head, "removed": result.removed,
                    "corrected": result.corrected, "secondary": result.secondary},
        "matches": [
            {"code": m.code, "title": m.title, "soc_code": m.soc_code,
             "score": round(float(m.score), 4),
             "why": {"matched_title": m.matched_title, "matched_kind": m.matched_kind,
                     "words": m.words, "head_match": m.head_match, "context": m.context}}
            for m in result.matches
        ],
    }


def _human(result: TitleResult) -> Iterator[str]:
    """Plain lines: what the title was read as, then each match with its reasons."""
    read = f"Read as: {click.style(result.query or '(nothing)', bold=True)}"
    if result.head:
        read += f"  (head word: {result.head})"
    yield read
    if result.removed:
        yield f"Ignored: {', '.join(result.removed)}"
    if result.corrected:
        yield "Corrected: " + ", ".join(f"{a} → {b}" for a, b in result.corrected.items())
    if result.secondary:
        yield f"Also considered: {'; '.join(result.secondary)}"
    yield ""
    for rank, m in enumerate(result.matches, 1):
        yield f"{rank:2d}. {m.code}  {click.style(m.title, bold=True)}  score {m.score:.3f}"
        why = [f"matched {m.matched_kind} title “{m.matched_title}”"]
        if m.words:
            why.append(f"deciding words: {', '.join(m.words)}")
        if m.head_match:
            why.append("same head word")
        if m.context is not None:
            why.append(f"job description fit {m.context:.2f}")
        yield "    " + "; ".join(why)
