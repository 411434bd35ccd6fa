"""`sidedoor skills`: find skills, technologies, tools and certifications in text."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

import click

from sidedoor.cli._context import app, emit_json, emit_jsonl

if TYPE_CHECKING:
    from sidedoor.language.skills import SkillExtractor, SkillMention

REQUIRED_WORDS = {True: "required", False: "nice to have", None: ""}


@click.group()
def skills() -> None:
    """Find skills in job descriptions and résumés."""


@skills.command()
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--json", "as_json", is_flag=True, help="Print the mentions as one JSON object.")
@click.option(
    "--jsonl",
    "as_jsonl",
    is_flag=True,
    help="Batch: each input line is a JSON string (one text); one JSON object out per line.",
)
@click.option("--rebuild-index", is_flag=True, help="Rebuild the cached skill index first.")
@click.pass_context
def extract(ctx: click.Context, file: TextIO, as_json: bool, as_jsonl: bool,
            rebuild_index: bool) -> None:
    """Skills, knowledge, technologies, tools and certifications in FILE (default: stdin).

    Each mention has exact character offsets, its kind, the O*NET or ESCO entry it is
    normalised to, and whether the text marks it required or nice to have. With --jsonl,
    every input line gives one output line, in order: {"input", "skills"} or, for a line
    that is not a JSON string, {"input", "error"}.
    """
    if as_json and as_jsonl:
        raise click.UsageError("Use either --json or --jsonl, not both.")
    extractor = _extractor(ctx, rebuild_index)
    if as_jsonl:
        _batch(extractor, file)
        return
    text = file.read()
    mentions = extractor.extract_skills(text)
    if as_json:
        emit_json({"input": text, "skills": [mention_json(m) for m in mentions]})
        return
    _print_mentions(mentions)


def mention_json(mention: SkillMention) -> dict[str, Any]:
    """The stable JSON shape of one mention (see docs/skills.md)."""
    return mention.model_dump(mode="json")


def _extractor(ctx: click.Context, rebuild: bool) -> SkillExtractor:
    from sidedoor.language.skills import skill_extractor

    return skill_extractor(app(ctx).settings.resolved_knowledge_dir, rebuild=rebuild)


def _batch(extractor: SkillExtractor, file: TextIO) -> None:
    for number, line in enumerate(file, start=1):
        raw = line.rstrip("\n").rstrip("\r")
        try:
            text = json.loads(raw)
        except json.JSONDecodeError as exc:
            emit_jsonl({"input": raw, "error": f"line {number}: not JSON ({exc.msg})"})
            continue
        if not isinstance(text, str):
            emit_jsonl({"input": text, "error": f"line {number}: expected a JSON string, "
                                                f"got {type(text).__name__}"})
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            emit_jsonl({"input": raw, "error": f"line {number}: the string is not valid "
                                              "Unicode (lone surrogate escape)"})
            continue
        mentions = extractor.extract_skills(text)
        emit_jsonl({"input": text, "skills": [mention_json(m) for m in mentions]})
        if number % 256 == 0:
            sys.stdout.flush()


def _print_mentions(mentions: list[SkillMention]) -> None:
    if not mentions:
        click.echo("No skills found.")
        return
    width = max(len(m.text.replace("\n", " ")) for m in mentions)
    for m in mentions:
        shown = m.text.replace("\n", " ")
        normalised = f"{m.label} [{m.id}]" if m.id else "(not in O*NET/ESCO)"
        flag = REQUIRED_WORDS[m.required]
        click.echo(f"{m.start:>5}-{m.end:<5} {m.kind:<13} {shown:<{min(width, 40)}}  "
                   f"{normalised}{'  · ' + flag if flag else ''}")
