"""Shared fixtures: a fresh user directory per test, the knowledge store built once per session.

The network guard is pytest-socket, switched on for every test in pyproject.toml
(`--disable-socket`, loopback allowed for local servers); tests/test_network_guard.py proves
it bites.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("SIDEDOOR_TEST_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "onet-29.3").is_dir():
        pytest.fail(f"test data not found at {SHARED_DATA} (set SIDEDOOR_TEST_DATA)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def knowledge_dir(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """A knowledge store built once from ../shared/data and shared by the whole session."""
    from sidedoor.knowledge.install import install

    target = tmp_path_factory.mktemp("knowledge")
    install(shared_data, target)
    return target


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user directory, as on a new machine."""
    for key in list(os.environ):
        if key.startswith("SIDEDOOR_") and key != "SIDEDOOR_TEST_DATA":
            monkeypatch.delenv(key)
    path = tmp_path / "home"
    monkeypatch.setenv("SIDEDOOR_HOME", str(path))
    return path


@pytest.fixture
def installed_home(home: Path, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user directory whose settings point at the session's knowledge store."""
    monkeypatch.setenv("SIDEDOOR_KNOWLEDGE_DIR", str(knowledge_dir))
    return home


@pytest.fixture
def run_cli() -> Iterator[object]:
    """Run the CLI in-process: run_cli('occupations', 'show', CODE, input=None) -> Result."""
    from sidedoor.cli import cli

    runner = CliRunner()

    def _run(*args: str, input: str | bytes | None = None) -> Result:
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    yield _run
