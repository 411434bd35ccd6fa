"""Reading ZIP members within limits on member count, total size and compression ratio."""

from __future__ import annotations

import io
import zipfile

from sidedoor.intake.errors import MalformedInput, UnsafeArchive
from sidedoor.intake.readers.base import Limits


def open_zip(data: bytes, path: str | None, limits: Limits) -> zipfile.ZipFile:
    """Open `data` as a ZIP after checking its directory against `limits`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise MalformedInput(f"not a readable ZIP archive ({exc})", path=path) from exc
    if len(infos) > limits.zip_max_members:
        raise UnsafeArchive(
            f"archive has {len(infos)} members (limit {limits.zip_max_members})", path=path
        )
    total = sum(info.file_size for info in infos)
    if total > limits.zip_max_total:
        raise UnsafeArchive(
            f"archive unpacks to {total:,} bytes (limit {limits.zip_max_total:,})", path=path
        )
    return archive


def read_member(
    archive: zipfile.ZipFile, name: str, path: str | None, limits: Limits, max_bytes: int
) -> bytes:
    """Read one member, refusing members that are too big or compress suspiciously well."""
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise MalformedInput(f"archive has no member {name!r}", path=path) from exc
    if info.file_size > max_bytes:
        raise UnsafeArchive(
            f"{name} unpacks to {info.file_size:,} bytes (limit {max_bytes:,})", path=path
        )
    if (
        info.compress_size
        and info.file_size / info.compress_size > limits.zip_max_ratio
        and (info.file_size > 1_000_000)
    ):
        raise UnsafeArchive(
            f"{name} compresses {info.file_size / info.compress_size:.0f}:1 "
            f"(limit {limits.zip_max_ratio:.0f}:1): refusing a possible zip bomb",
            path=path,
        )
    try:
        with archive.open(info) as fh:
            out = fh.read(max_bytes + 1)
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise MalformedInput(f"cannot read {name} from the archive ({exc})", path=path) from exc
    if len(out) > max_bytes:
        raise UnsafeArchive(f"{name} is larger than its directory says", path=path)
    return out
