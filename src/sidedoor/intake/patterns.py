"""The analysers' regular expressions, compiled once and kept between runs.

Importing the analysers compiles about 800 patterns, many of them long word lists: close to a
second of CPU, paid by every command that reads a message (and, for a big import, before its
workers can start). CPython compiles a pattern in two steps: parsing and code generation in
Python (`re._parser`, `re._compiler`: nearly all of that second), then `_sre.compile`, which
builds the pattern object from the generated code at once. `kept_patterns` keeps the
arguments of that last step, per pattern and flags, in the user's cache folder, and, while the
analysers are imported, hands a pattern it has seen before straight to `_sre.compile`: the
very pattern object a fresh compile would give.

Safe by construction: the cache is keyed by the exact Python build (its code format is
CPython's own, which the interpreter validates again when it builds the pattern), anything
unexpected (another Python, a missing or damaged file, a pattern not seen before) falls back
to the normal compile, and a file is only ever replaced whole. The cache holds nothing but the
program's own patterns.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: the arguments of `_sre.compile`, per (pattern, flags)
Kept = dict[tuple[str, int], tuple[Any, ...]]

_LOCK = threading.Lock()


def cache_path() -> Path | None:
    """Where the patterns are kept: the user's directory's cache (``SIDEDOOR_HOME`` if set),
    else the platform's cache folder, one file per version of sidedoor and Python build."""
    home = os.environ.get("SIDEDOOR_HOME")
    try:
        import platformdirs

        folder = Path(home) / "cache" if home else Path(platformdirs.user_cache_dir("sidedoor"))
    except Exception:  # no cache folder: no cache
        return None
    from sidedoor import __version__

    tag = f"{sys.implementation.name}-{sys.hexversion:x}-{sys.implementation.cache_tag}"
    return folder / f"patterns-{__version__}-{tag}.marshal"


def _supported() -> bool:
    compiler = getattr(re, "_compiler", None)
    return (
        sys.implementation.name == "cpython"
        and compiler is not None
        and callable(getattr(compiler, "compile", None))
        and getattr(compiler, "_sre", None) is not None
    )


@contextmanager
def kept_patterns(path: Path | None = None) -> Iterator[None]:
    """Within the block, patterns compiled in an earlier run are rebuilt from ``path``
    (default `cache_path`); the others are compiled as usual and kept there afterwards. Only
    one block at a time changes how patterns are compiled (another thread's block just runs)."""
    path = cache_path() if path is None else path
    if path is None or not _supported() or not _LOCK.acquire(blocking=False):
        yield
        return
    compiler = re._compiler  # type: ignore[attr-defined]
    real_compile, real_sre = compiler.compile, compiler._sre
    kept = _load(path)
    used: Kept = {}

    owner = threading.get_ident()

    def compile_kept(pattern: Any, flags: int = 0) -> Any:
        if threading.get_ident() != owner:  # another thread's pattern: as usual, not kept
            return real_compile(pattern, flags)
        key = (pattern, flags)
        if isinstance(pattern, str) and key in kept:
            try:
                made = real_sre.compile(*kept[key])
                used[key] = kept[key]
                return made
            except Exception:  # damaged or from elsewhere: compile it afresh
                pass
        recorder = _Recorder(real_sre, owner)
        compiler._sre = recorder
        try:
            made = real_compile(pattern, flags)
        finally:
            compiler._sre = real_sre
        if isinstance(pattern, str) and recorder.args is not None:
            used[key] = recorder.args
        return made

    compiler.compile = compile_kept
    try:
        yield
    finally:
        compiler.compile = real_compile
        _LOCK.release()
    if used.keys() - kept.keys():
        _save(path, {**kept, **used})


class _Recorder:
    """`_sre` as `re._compiler` sees it, noting the arguments of the pattern it builds for the
    block's own thread (another thread compiling meanwhile goes through it unnoted)."""

    def __init__(self, sre: Any, owner: int) -> None:
        self._sre = sre
        self._owner = owner
        self.args: tuple[Any, ...] | None = None

    def compile(
        self, pattern: str, flags: int, code: list[int], groups: int,
        groupindex: dict[str, int], indexgroup: tuple[str | None, ...],
    ) -> Any:
        made = self._sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
        if threading.get_ident() != self._owner:
            return made
        # plain values (the opcodes are an int subclass, which marshal does not write)
        self.args = (
            pattern, int(flags), [int(c) for c in code], int(groups),
            {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup),
        )
        return made

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sre, name)


def _load(path: Path) -> Kept:
    try:
        data = marshal.loads(path.read_bytes())
    except Exception:  # none yet, or unreadable: compile as usual
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        key: args
        for key, args in data.items()
        if isinstance(key, tuple) and len(key) == 2 and isinstance(args, tuple) and len(args) == 6
    }


def _save(path: Path, kept: Kept) -> None:
    """Replace the file whole (another process reads either the old file or the new one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        spare = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        spare.write_bytes(marshal.dumps(kept))
        os.replace(spare, path)
    except (OSError, ValueError):  # a read-only cache folder: compile as usual next time
        pass
