"""Patterns kept between runs (`sidedoor.intake.patterns`) are the patterns a fresh compile
gives, and a missing, damaged or foreign cache only means compiling as usual."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from sidedoor.intake import patterns
from sidedoor.intake.patterns import kept_patterns

SOURCES = [
    (r"(?P<company>[A-Z][\w&]+(?: [A-Z][\w&]+){0,3}) is hiring", 0),
    (r"\b(?:salary|gehalt|salaire)\s*:?\s*(\d[\d.,]*)\s*(?:k|€|eur)?", re.I),
    (r"^(?:hi|hallo|bonjour)\b.*$", re.I | re.M),
    (r"(?<![\w-])(?:ingénieur(?:e)?|ingeniera?|Ingenieur(?:in)?)\b", 0),
    (r"(\d{1,2})(?:-| to )(\d{1,2}) days? (?:a|per) week", 0),
]
TEXTS = [
    "Northwind Freight is hiring a Senior Planner. Salary: 85k EUR, 2 to 3 days per week",
    "HALLO Jana\nGehalt 72.000 €\nbonjour\nIngénieure logiciel, ingeniera de datos",
    "no match at all here",
]


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # re's own in-process cache would answer instead
    return [re.compile(source, flags) for source, flags in SOURCES]


def _behaviour(compiled: list[re.Pattern[str]]) -> list[object]:
    out: list[object] = []
    for pattern in compiled:
        out.append((pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)))
        for text in TEXTS:
            out.append([(m.span(), m.groups()) for m in pattern.finditer(text)])
    return out


def test_kept_patterns_behave_as_freshly_compiled_ones(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    fresh = _behaviour(_compile_all())
    with kept_patterns(path):  # first run: compiled as usual, and kept
        first = _behaviour(_compile_all())
    kept = marshal.loads(path.read_bytes())
    assert {(source, int(flags)) for source, flags in SOURCES} <= set(kept)
    calls: list[str] = []
    real_parse = re._parser.parse  # type: ignore[attr-defined]

    def counting_parse(*args: object, **kwargs: object) -> object:
        calls.append("parse")
        return real_parse(*args, **kwargs)

    re._parser.parse = counting_parse  # type: ignore[attr-defined]
    try:
        with kept_patterns(path):  # next run: rebuilt from the file, nothing parsed
            second = _behaviour(_compile_all())
    finally:
        re._parser.parse = real_parse  # type: ignore[attr-defined]
    assert calls == []
    assert first == fresh and second == fresh
    assert re._compiler.compile.__name__ == "compile"  # type: ignore[attr-defined]


@pytest.mark.parametrize("damage", ["garbage", "wrong shape", "invalid code"])
def test_a_damaged_cache_means_compiling_as_usual(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "patterns.marshal"
    with kept_patterns(path):
        _compile_all()
    if damage == "garbage":
        path.write_bytes(b"\x00not marshal at all")
    elif damage == "wrong shape":
        path.write_bytes(marshal.dumps({"a": 1, ("x", 0): "y"}))
    else:  # code the regular-expression engine refuses: the interpreter validates it
        kept = marshal.loads(path.read_bytes())
        kept = {key: (a[0], a[1], [999999] * len(a[2]), *a[3:]) for key, a in kept.items()}
        path.write_bytes(marshal.dumps(kept))
    fresh = _behaviour(_compile_all())
    with kept_patterns(path):
        again = _behaviour(_compile_all())
    assert again == fresh
    # the file is whole again, and serves the next run
    assert {(source, int(flags)) for source, flags in SOURCES} <= set(
        marshal.loads(path.read_bytes())
    )


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder would be")
    fresh = _behaviour(_compile_all())
    with kept_patterns(blocker / "patterns.marshal"):
        assert _behaviour(_compile_all()) == fresh


def test_the_cache_is_per_version_and_python_build_in_the_users_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIDEDOOR_HOME", str(tmp_path))
    path = patterns.cache_path()
    assert path is not None and path.parent == tmp_path / "cache"
    from sidedoor import __version__

    assert __version__ in path.name and f"{__import__('sys').hexversion:x}" in path.name


def test_one_block_at_a_time_changes_how_patterns_compile(tmp_path: Path) -> None:
    with kept_patterns(tmp_path / "a.marshal"):
        patched = re._compiler.compile  # type: ignore[attr-defined]
        with kept_patterns(tmp_path / "b.marshal"):  # nested (or another thread's): runs as is
            assert re._compiler.compile is patched  # type: ignore[attr-defined]
            _compile_all()
        assert not (tmp_path / "b.marshal").exists()
    assert re._compiler.compile is not patched  # type: ignore[attr-defined]


def test_a_second_run_imports_the_analysers_without_parsing_their_patterns(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "SIDEDOOR_HOME": str(tmp_path)}
    run = (  # how many patterns are parsed while the analysers are imported, then one parse
        "import re._parser as p\n"
        "calls = []\n"
        "real = p.parse\n"
        "p.parse = lambda *a, **k: calls.append(1) or real(*a, **k)\n"
        "from sidedoor.intake.pipeline import prepare\n"
        "before = len(calls)\n"
        "prepare()\n"
        "from sidedoor.intake import parse_text\n"
        "item = parse_text('Hi Ana, Northwind Freight is hiring a Planner. 60k.').items[0]\n"
        "print(len(calls) - before, item.positions[0].title)\n"
    )

    def parsed() -> tuple[int, str]:
        out = subprocess.run([sys.executable, "-c", run], env=env, check=True, timeout=120,
                             capture_output=True, text=True).stdout.split()
        return int(out[0]), out[1]

    cold, title = parsed()
    kept = list((tmp_path / "cache").glob("patterns-*.marshal"))
    assert len(kept) == 1 and len(marshal.loads(kept[0].read_bytes())) > 500
    warm, title_again = parsed()
    assert title == title_again == "Planner"
    # the analysers' own patterns come from the cache; what is left is compiled at run time
    assert cold > 500 and warm < cold / 4


def test_patterns_another_thread_compiles_meanwhile_are_neither_kept_nor_mixed_up(
    tmp_path: Path,
) -> None:
    import threading

    path = tmp_path / "patterns.marshal"
    others = [f"(?:other|thread)\\s?{i}\\b" for i in range(200)]
    stop = threading.Event()

    def compile_others() -> None:
        while not stop.is_set():
            for source in others:
                re.purge()
                re.compile(source)

    worker = threading.Thread(target=compile_others)
    worker.start()
    try:
        with kept_patterns(path):
            for _ in range(20):
                _compile_all()
    finally:
        stop.set()
        worker.join()
    kept = marshal.loads(path.read_bytes())
    assert not any(source in others for source, _ in kept)
    assert all(args[0] == source for (source, _), args in kept.items())
    fresh = _behaviour(_compile_all())
    with kept_patterns(path):
        assert _behaviour(_compile_all()) == fresh
