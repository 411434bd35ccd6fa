"""Intake entry points: a file, bytes or text in; `ParseResult` (items + per-item errors) out."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sidedoor.intake.errors import FileTooLarge, IntakeError, MalformedInput, UnknownFormat
from sidedoor.intake.hooks import SkillExtractor, TitleCoder
from sidedoor.intake.models import ItemError, ParsedItem, ParseResult, Source
from sidedoor.intake.parallel import analyse_all, can_fork, read_apart
from sidedoor.intake.readers.base import Document, Limits
from sidedoor.intake.readers.detect import FORMATS, detect
from sidedoor.intake.textutil import clean_text, decode_bytes, sha256_bytes

MANY = frozenset({"mbox", "linkedin-zip", "linkedin-csv", "feed-csv", "feed-json"})
#: A batch input this big is read by another process while this one gets ready to analyse it
#: (`sidedoor.intake.parallel.read_apart`), when there are workers.
READ_APART_BYTES = 50_000


def parse_path(
    path: str | Path,
    *,
    fmt: str | None = None,
    limits: Limits | None = None,
    title_coder: TitleCoder | None = None,
    skill_extractor: SkillExtractor | None = None,
    workers: int = 1,
    meanwhile: Sequence[Callable[[], object]] = (),
    ready: Callable[[list[ParsedItem]], object] | None = None,
    for_store: bool = False,
) -> ParseResult:
    """Read and parse one file. Raises an `IntakeError` when the file as a whole is unusable.

    ``workers`` > 1 lets a batch of many items (an export, a feed, an mbox) be analysed by up
    to that many processes (`sidedoor.intake.parallel`); the result is the same. This process
    runs the ``meanwhile`` callables while they analyse, then hands ``ready`` the items in
    order as they are known, each once (neither is used without workers: then ``ready`` has
    had none of the items). ``for_store``: a batch's items are for the store, which keeps of
    an item that is no opportunity only its messages and verdict; what else such an item
    would hold is not read (`analyze.build_item`'s ``brief``)."""
    limits = limits or Limits()
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise FileTooLarge(
                f"{size:,} bytes is over the {limits.max_bytes:,}-byte limit", path=str(path)
            )
        with path.open("rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except FileNotFoundError as exc:
        raise IntakeError("no such file", path=str(path), hint="Check the path.") from exc
    except IsADirectoryError as exc:
        raise IntakeError("is a folder, not a file", path=str(path), hint="Pass one file.") from exc
    except PermissionError as exc:
        raise IntakeError(
            "cannot be read (permission denied)", path=str(path), hint="Check its permissions."
        ) from exc
    return parse_bytes(
        data,
        name=str(path),
        fmt=fmt,
        limits=limits,
        title_coder=title_coder,
        skill_extractor=skill_extractor,
        workers=workers,
        meanwhile=meanwhile,
        ready=ready,
        for_store=for_store,
    )


def parse_text(text: str, **kwargs: object) -> ParseResult:
    """Parse pasted text (one message or posting)."""
    return parse_bytes(text.encode("utf-8"), name=None, fmt="text", **kwargs)  # type: ignore[arg-type]


def parse_bytes(
    data: bytes,
    *,
    name: str | None = None,
    fmt: str | None = None,
    limits: Limits | None = None,
    title_coder: TitleCoder | None = None,
    skill_extractor: SkillExtractor | None = None,
    workers: int = 1,
    meanwhile: Sequence[Callable[[], object]] = (),
    ready: Callable[[list[ParsedItem]], object] | None = None,
    for_store: bool = False,
) -> ParseResult:
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise FileTooLarge(
            f"{len(data):,} bytes is over the {limits.max_bytes:,}-byte limit", path=name
        )
    if fmt is not None and fmt not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})", path=name)
    kind = fmt or detect(data, name)
    if kind is None:
        raise UnknownFormat("cannot tell what kind of file this is", path=name)
    digest = sha256_bytes(data)
    result = ParseResult(many=kind in MANY)
    # the workers of a big batch share the analysers (imported before they are forked) and do
    # without the language indexes: this process loads those meanwhile and codes every item's
    # positions (their occupations and skills) as the items come back
    title_load = getattr(title_coder, "load", None)
    skill_load = getattr(skill_extractor, "load", None)
    loads = [f for f in (title_load, skill_load) if f]
    before_fork = [_import_analysers, _load_places]
    if kind in MANY and workers > 1 and len(data) >= READ_APART_BYTES and can_fork():
        # a big batch: read in another process while this one imports the analysers and, in
        # the time reading takes beyond that, loads the title index (numpy and scipy with it);
        # the skill index is loaded while the workers analyse
        while_reading = [*before_fork, *([title_load] if title_load else [])]
        entries = read_apart(lambda: list(_documents(kind, data, name, limits)), while_reading)
        before_fork, loads = [], [skill_load] if skill_load else []
    else:
        entries = list(_documents(kind, data, name, limits))
    jobs = [
        (
            entry,
            Source(
                path=name,
                format=entry.format,
                index=entry.index if kind in MANY else None,
                sha256=digest,
                encoding=entry.encoding,
                url=entry.url,
                conversation_id=entry.conversation_id,
                title=entry.title,
            ),
        )
        for entry in entries
        if not isinstance(entry, ItemError)
    ]

    brief = for_store and kind in MANY

    def analyse(j: int) -> ParsedItem | ItemError:
        return _build(*jobs[j], limits, brief=brief)

    def code(outcomes: list[ParsedItem | ItemError]) -> list[ParsedItem | ItemError]:
        _prime_titles(outcomes, title_coder)
        return [_code(outcome, title_coder, skill_extractor) for outcome in outcomes]

    def items_ready(outcomes: list[ParsedItem | ItemError]) -> None:
        if ready is not None:
            ready([o for o in outcomes if isinstance(o, ParsedItem)])

    built = iter(analyse_all(len(jobs), analyse, workers=workers, prepare=before_fork,
                             meanwhile=[*loads, *meanwhile],
                             ready=items_ready if ready else None, finish=code))
    for entry in entries:  # reader errors keep their place among the items' own errors
        outcome = entry if isinstance(entry, ItemError) else next(built)
        if isinstance(outcome, ItemError):
            result.errors.append(outcome)
        else:
            result.items.append(outcome)
    if not result.items and result.errors and not result.many:
        first = result.errors[0]
        raise MalformedInput(first.message, path=name, hint=first.hint)
    return result


def prepare() -> None:
    """Import the analysers and load the cities now, so that both are in the user's cache
    folder for the next runs (`sidedoor data install` does this once it has built the store)."""
    _import_analysers()
    _load_places()


def _import_analysers() -> None:
    """Import the analysers (compiling their patterns takes most of a second, less with the
    patterns kept from an earlier run: `sidedoor.intake.patterns`); a batch does so before its
    workers are forked, so that they share them."""
    if "sidedoor.intake.analyze" in sys.modules:
        return
    from sidedoor.intake.patterns import kept_patterns

    with kept_patterns():
        import sidedoor.intake.analyze
        import sidedoor.intake.extract.company_rank
        import sidedoor.intake.fields  # noqa: F401


def _load_places() -> None:
    """The cities that tell places from companies (GeoNames, half a second the first time):
    loaded before a batch's workers are forked, so that they share them."""
    from sidedoor.intake.extract.company import load_places

    load_places()


def _build(
    entry: Document, source: Source, limits: Limits, *, brief: bool = False
) -> ParsedItem | ItemError:
    _import_analysers()
    from sidedoor.intake.analyze import build_item

    try:
        return build_item(entry, source, limits, brief=brief)
    except Exception as exc:  # one bad item never sinks the batch; a bug is reported as such
        return _failed(entry.index, exc)


def _code(
    outcome: ParsedItem | ItemError,
    title_coder: TitleCoder | None,
    skill_extractor: SkillExtractor | None,
) -> ParsedItem | ItemError:
    """The item with its positions' occupations and skills (`analyze.code_item`)."""
    if isinstance(outcome, ItemError) or (title_coder is None and skill_extractor is None):
        return outcome
    from sidedoor.intake.analyze import code_item

    try:
        return code_item(outcome, title_coder, skill_extractor)
    except Exception as exc:
        return _failed(outcome.source.index, exc)


def _prime_titles(outcomes: list[ParsedItem | ItemError], title_coder: TitleCoder | None) -> None:
    """The run's titles coded at once where the coder can (one vectorised product for them all
    costs about what one title alone does); `_code` then finds each one known. A failure here
    only leaves the titles to be coded one by one, each item's error its own."""
    prime = getattr(title_coder, "prime", None)
    if prime is None:
        return
    titles = [
        p.title for o in outcomes if isinstance(o, ParsedItem) for p in o.positions if p.title
    ]
    if titles:
        try:
            prime(titles)
        except Exception:  # each title is tried again on its own, in `_code`
            return


def _failed(index: int | None, exc: Exception) -> ItemError:
    internal = not isinstance(exc, IntakeError | ValueError | RecursionError)
    return ItemError(
        index=index,
        error="InternalError" if internal else type(exc).__name__,
        message=f"{type(exc).__name__}: {exc}" if internal else str(exc),
        hint="This is a bug in sidedoor; please report it with the file."
        if internal
        else getattr(exc, "hint", "") or "The item was skipped.",
    )


def _documents(
    kind: str, data: bytes, name: str | None, limits: Limits
) -> Iterable[Document | ItemError]:
    from sidedoor.intake.readers import documents, feeds, linkedin, mail
    from sidedoor.intake.readers.html import read_html
    from sidedoor.intake.readers.msg import read_msg

    if kind == "eml":
        return [mail.read_eml(data, name)]
    if kind == "mbox":
        return list(mail.read_mbox(data, name, limits))
    if kind == "msg":
        return [read_msg(data, name)]
    if kind == "linkedin-zip":
        return linkedin.read_linkedin_zip(data, name, limits)
    if kind == "linkedin-csv":
        return linkedin.read_linkedin_csv(data, name, limits)
    if kind == "feed-csv":
        return feeds.read_feed_csv(data, name, limits)
    if kind == "feed-json":
        return feeds.read_feed_json(data, name, limits)
    if kind == "pdf":
        return [documents.read_pdf(data, name, limits)]
    if kind == "docx":
        return [documents.read_docx(data, name, limits)]
    text, encoding = decode_bytes(data)
    if kind == "html":
        doc = read_html(text)
        doc.encoding = encoding
        return [doc]
    return [_text_document(text, encoding, name)]


# an HTML entity left in pasted text
_ENTITY = re.compile(r"&(?:amp|nbsp|lt|gt|quot|apos|#\d{1,5}|#x[0-9a-fA-F]{1,4});")


def _text_document(text: str, encoding: str, name: str | None) -> Document:
    import re

    from sidedoor.intake.readers.base import RawMessage
    from sidedoor.intake.readers.replies import forward_subject, split_message

    if _ENTITY.search(text):
        import html

        text = html.unescape(text)  # "Maple &amp; Loom" copied out of a web page's source
    cleaned = clean_text(text)
    if not cleaned:
        raise MalformedInput("the text is empty", path=name, hint="Paste the whole message.")
    subject = None
    first, _, rest = cleaned.partition("\n")
    # the subject line in the languages of a mail client: "Betreff:", "Objet :", "Ämne:",
    # Japanese "件名：", Chinese "主题：", Korean "제목:" (a full-width colon too) …
    label = re.match(
        r"(?i:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|ämne|temat|emne|aihe"
        # Czech, Slovak, Greek, Hungarian, Romanian, Turkish
        r"|předmět|predmet|θέμα|tárgy|subiect|konu"
        r"|件名|主题|主旨|제목)[ \t]?[:：]",
        first,
    )
    if label:
        subject, cleaned = first[label.end() :].strip() or None, rest.strip()
    split, forward = split_message(cleaned, subject)
    raw = RawMessage(
        body=split.body,
        quoted=split.quoted,
        signature=split.signature,
        subject=subject,
        direction="inbound",
    )
    if forward is not None:  # the forwarded message is the one to analyse
        raw.sender, raw.sender_email = forward.sender, forward.sender_email
        raw.subject = forward.subject or forward_subject(subject)
        raw.forwarded, raw.forward_note = True, forward.note or None
    return Document(kind="message", format="text", messages=[raw], encoding=encoding)
