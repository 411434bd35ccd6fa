"""Download a release archive (O*NET's text zip, an ESCO CSV package) into a cache folder.

Downloads go to ``<name>.part`` and are renamed only when complete and a valid zip, so the
cache never holds half a file. A cached archive is reused unless ``force`` is given.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sidedoor import __version__
from sidedoor.errors import DataSourceError
from sidedoor.knowledge.progress import NoProgress, Progress

CHUNK = 1 << 20
SCHEMES = ("http", "https", "file")
HINT = (
    "Check the address and your connection, or download the file yourself and run "
    "`sidedoor data install --from FOLDER_OR_ZIP` (see docs/data.md)."
)


@dataclass(frozen=True)
class Downloaded:
    path: Path
    url: str
    sha256: str
    bytes: int
    reused: bool


def file_name(url: str) -> str:
    """The archive's file name, from the URL's path ('download.zip' if it has none)."""
    name = Path(urllib.parse.unquote(urllib.parse.urlparse(url).path)).name
    return name if name and name not in (".", "..") else "download.zip"


def download(
    url: str,
    folder: Path,
    *,
    timeout: float,
    progress: Progress | None = None,
    force: bool = False,
) -> Downloaded:
    """Fetch ``url`` into ``folder`` (or reuse the copy there); DataSourceError on failure."""
    scheme = urllib.parse.urlparse(url).scheme.lower()
    if scheme not in SCHEMES:
        raise DataSourceError(f"Cannot download {url!r}: use an http(s):// or file:// URL.")
    target = folder / file_name(url)
    if target.is_file() and not force and zipfile.is_zipfile(target):
        return Downloaded(target, url, _sha256(target), target.stat().st_size, reused=True)
    folder.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    try:
        sha256, size = _fetch(url, part, timeout, progress or NoProgress())
        if not zipfile.is_zipfile(part):
            raise DataSourceError(f"{url} did not return a zip archive.", hint=HINT)
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return Downloaded(target, url, sha256, size, reused=False)


def _fetch(url: str, part: Path, timeout: float, progress: Progress) -> tuple[str, int]:
    request = urllib.request.Request(url, headers={"User-Agent": f"sidedoor/{__version__}"})
    digest = hashlib.sha256()
    size = 0
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, open(part, "wb") as out:
            expected = int(response.headers.get("Content-Length") or 0) or None
            progress.start(f"download {file_name(url)}", expected)
            while chunk := response.read(CHUNK):
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                progress.advance(len(chunk))
            progress.finish()
    except urllib.error.HTTPError as exc:
        raise DataSourceError(f"Downloading {url} failed: HTTP {exc.code} {exc.reason}.",
                              hint=HINT) from None
    except urllib.error.URLError as exc:
        raise DataSourceError(f"Cannot download {url}: {exc.reason}.", hint=HINT) from None
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise DataSourceError(f"Downloading {url} failed: {exc}.", hint=HINT) from None
    if expected is not None and size != expected:
        raise DataSourceError(
            f"Downloading {url} stopped after {size:,} of {expected:,} bytes.", hint=HINT
        )
    return digest.hexdigest(), size


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
