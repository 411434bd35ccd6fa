"""Finding and reading source files: folders or zip archives, tab- or comma-separated tables.

A :class:`SourceTree` is a folder or a zip archive; files are found in it by name, case
insensitively, at any depth up to three folders down (official packages wrap their files in
a folder). A :class:`Table` is one parsed file whose columns are read by name. Every failure
is a :class:`DataSourceError` naming the file and what to do.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import operator
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sidedoor.errors import DataSourceError
from sidedoor.knowledge.models import SourceFileInfo

if TYPE_CHECKING:
    from _csv import Reader

T = TypeVar("T")

MAX_DEPTH = 3
NULLS = frozenset({"", "n/a", "N/A"})

_RETRY = "Download that release again, or point `--from` at a complete copy (see docs/data.md)."


@dataclass(frozen=True)
class SourceFile:
    """A file in a folder, or a member of a zip archive."""

    display: str
    path: Path
    member: str | None = None

    @property
    def basename(self) -> str:
        return (self.member or self.path.name).rsplit("/", 1)[-1]

    def read_bytes(self) -> bytes:
        """The file's bytes as stored (still gzip-compressed for ``.gz`` files)."""
        try:
            if self.member is None:
                return self.path.read_bytes()
            with zipfile.ZipFile(self.path) as archive:
                return archive.read(self.member)
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise DataSourceError(f"Cannot read {self.display}: {exc}.", hint=_RETRY) from None

    def read_text(self) -> str:
        """The decoded text (gunzipped if needed, BOM dropped; cp1252 if not UTF-8)."""
        raw = self.read_bytes()
        if self.basename.lower().endswith(".gz"):
            try:
                raw = gzip.decompress(raw)
            except (OSError, EOFError, zlib.error) as exc:
                raise DataSourceError(
                    f"{self.display} is not a complete gzip file ({exc}).", hint=_RETRY
                ) from None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")

    @cached_property
    def digest(self) -> tuple[str, int]:
        """(sha256, size) of the bytes as stored; computed once."""
        data = self.read_bytes()
        return hashlib.sha256(data).hexdigest(), len(data)

    def info(self, rows: int | None = None) -> SourceFileInfo:
        sha256, size = self.digest
        return SourceFileInfo(name=self.display, sha256=sha256, bytes=size, rows=rows)


@dataclass
class SourceTree:
    """A folder or a zip archive holding a dataset's files."""

    root: Path
    _index: dict[str, list[SourceFile]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.root.exists():
            raise DataSourceError(f"{self.root} does not exist.")
        if self.root.is_dir():
            self._index_folder()
        elif zipfile.is_zipfile(self.root):
            self._index_zip()
        else:
            raise DataSourceError(
                f"{self.root} is neither a folder nor a zip archive.", hint=_RETRY
            )

    @property
    def is_archive(self) -> bool:
        return self.root.is_file()

    def _add(self, file: SourceFile) -> None:
        self._index.setdefault(file.basename.lower(), []).append(file)

    def _index_folder(self) -> None:
        def walk(folder: Path, depth: int) -> None:
            for entry in sorted(folder.iterdir()):
                if entry.is_dir() and depth < MAX_DEPTH:
                    walk(entry, depth + 1)
                elif entry.is_file():
                    rel = entry.relative_to(self.root.parent).as_posix()
                    self._add(SourceFile(rel, entry))

        walk(self.root, 0)

    def _index_zip(self) -> None:
        try:
            with zipfile.ZipFile(self.root) as archive:
                names = [i.filename for i in archive.infolist() if not i.is_dir()]
        except (OSError, zipfile.BadZipFile) as exc:
            raise DataSourceError(f"Cannot open {self.root}: {exc}.", hint=_RETRY) from None
        for name in names:
            if name.count("/") <= MAX_DEPTH and not name.startswith("__MACOSX/"):
                self._add(SourceFile(f"{self.root.name}:{name}", self.root, name))

    def find(self, *names: str) -> SourceFile | None:
        """The first of ``names`` present (case-insensitive); None if none is."""
        for name in names:
            found = self._index.get(name.lower())
            if found:
                return found[0]
        return None

    def match(self, pattern: str) -> SourceFile | None:
        """The first file whose name fully matches the regular expression (case-insensitive)."""
        regex = re.compile(pattern, re.IGNORECASE)
        for name in sorted(self._index):
            if regex.fullmatch(name):
                return self._index[name][0]
        return None

    def require(self, *names: str, what: str) -> SourceFile:
        """Like :meth:`find`, but a missing file is a DataSourceError naming it."""
        found = self.find(*names)
        if found is None:
            raise DataSourceError(
                f"{self.root} has no {' or '.join(repr(n) for n in names)} ({what}).",
                hint=_RETRY,
            )
        return found

    def archive_info(self) -> SourceFileInfo | None:
        """Checksum of the archive itself, when the tree is a zip."""
        if not self.is_archive:
            return None
        return SourceFile(self.root.name, self.root).info()


class Table:
    """One tabular file; columns are looked up by name and rows are streamed.

    ``count`` is the number of data rows once :meth:`convert` has run to the end.
    """

    def __init__(self, file: SourceFile, *, delimiter: str) -> None:
        self.file = file
        self.delimiter = delimiter
        self.count: int | None = None
        self._text = file.read_text()
        end = self._text.find("\n")
        first_line = self._text if end < 0 else self._text[:end]
        header = next(self._reader(io.StringIO(first_line)), None)
        if not header or not any(h.strip() for h in header):
            raise DataSourceError(f"{file.display} is empty.", hint=_RETRY)
        self.header = [h.strip() for h in header]
        self._positions = {name.lower(): i for i, name in enumerate(self.header)}

    def _reader(self, stream: io.StringIO) -> Reader:
        if self.delimiter == "\t":  # O*NET's text files quote nothing
            return csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE, strict=True)
        return csv.reader(stream, delimiter=self.delimiter, strict=True)

    @property
    def name(self) -> str:
        return self.file.display

    def has(self, column: str) -> bool:
        return column.lower() in self._positions

    def columns(self, names: Sequence[str]) -> list[int]:
        missing = [n for n in names if n.lower() not in self._positions]
        if missing:
            raise DataSourceError(
                f"{self.name} has no column {', '.join(repr(m) for m in missing)}; "
                "it is not the expected release or layout.",
                hint=_RETRY,
            )
        return [self._positions[n.lower()] for n in names]

    def convert(self, names: Sequence[str], fn: Callable[[Sequence[str]], T | None]) -> Iterator[T]:
        """Apply ``fn`` to the named cells of each row, streaming; None results are dropped.

        A row of the wrong width, a broken quote or a value ``fn`` rejects (ValueError) is a
        DataSourceError naming the file and row.
        """
        positions = self.columns(names)
        pick = operator.itemgetter(*positions) if len(positions) > 1 else None
        width = len(self.header)
        reader = self._reader(io.StringIO(self._text, newline=""))
        count = 0
        try:
            next(reader)
            for row in reader:
                if not row:
                    continue
                count += 1
                if len(row) != width:
                    raise ValueError(
                        f"{len(row)} fields where the header has {width}; "
                        "the file is damaged or truncated"
                    )
                item = fn(pick(row) if pick else (row[positions[0]],))
                if item is not None:
                    yield item
        except (ValueError, csv.Error) as exc:
            raise DataSourceError(
                f"{self.name}, line {reader.line_num}: {exc}.", hint=_RETRY
            ) from None
        self.count = count
        self._text = ""

    def info(self) -> SourceFileInfo:
        return self.file.info(rows=self.count)


def text(value: str) -> str | None:
    """A cell as text; publishers' empty markers (``n/a``, empty) are None."""
    value = value.strip()
    return None if value in NULLS else value


def number(value: str) -> float | None:
    """A cell as a float; None for empty markers. Anything else non-numeric is an error."""
    try:
        return float(value)
    except ValueError:
        pass
    value = value.strip()
    if value in NULLS:
        return None
    try:
        return float(value.replace(",", ""))
    except ValueError:
        raise ValueError(f"{value!r} is not a number") from None


def integer(value: str) -> int | None:
    result = number(value)
    return None if result is None else int(result)


def yes(value: str) -> int:
    """O*NET's Y/N flags as 1/0."""
    return 1 if value.strip().upper() == "Y" else 0
