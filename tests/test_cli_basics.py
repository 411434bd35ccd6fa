"""The CLI's shell: fast help, layered settings, attribution, friendly errors, no network."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_socket import SocketConnectBlockedError

HEAVY = ("sqlalchemy", "pydantic", "rich", "numpy", "rapidfuzz", "alembic", "sidedoor.knowledge")


def test_help_imports_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "from sidedoor.cli import cli\n"
        "try:\n"
        "    cli.main(['--help'], prog_name='sidedoor')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print([m for m in sys.modules if m.split('.')[0] in {HEAVY!r} or m in {HEAVY!r}])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "Commands:" in out
    assert out.strip().splitlines()[-1] == "[]"


def test_version_and_module_entry_point() -> None:
    from sidedoor import __version__

    out = subprocess.run(
        [sys.executable, "-m", "sidedoor", "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert __version__ in out


def test_config_show_layers(home: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    home.mkdir(parents=True)
    (home / "config.toml").write_text('knowledge_dir = "/from/file"\ndownload_timeout = 5\n')
    monkeypatch.setenv("SIDEDOOR_DOWNLOAD_TIMEOUT", "7")
    result = run_cli("config", "show", "--json")
    assert result.exit_code == 0, result.output
    settings = {s["name"]: s for s in json.loads(result.stdout)["settings"]}
    assert settings["home"] == {**settings["home"], "value": str(home), "source": "env"}
    assert (settings["knowledge_dir"]["value"], settings["knowledge_dir"]["source"]) == (
        "/from/file",
        "file",
    )
    assert (settings["download_timeout"]["value"], settings["download_timeout"]["source"]) == (
        7.0,
        "env",
    )
    assert settings["store_url"]["source"] == "default"
    assert all(s["help"] for s in settings.values())

    flagged = run_cli("--home", str(home / "other"), "config", "show", "--json")
    views = {s["name"]: s for s in json.loads(flagged.stdout)["settings"]}
    assert (views["home"]["value"], views["home"]["source"]) == (str(home / "other"), "flag")


def test_bad_config_file_is_one_clear_line(home: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    home.mkdir(parents=True)
    (home / "config.toml").write_text("colour = 'blue'\n")
    result = run_cli("config", "show")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ")
    assert "unknown setting(s) colour" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

    (home / "config.toml").write_text("download_timeout = 'soon'\n")
    result = run_cli("config", "show")
    assert result.exit_code == 1 and "download_timeout" in result.stderr


def test_about_shows_onet_attribution(installed_home: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    from sidedoor.licences import ONET_ATTRIBUTION

    text = run_cli("about").output
    assert "O*NET 29.3" in text and "installed: 29.3" in text
    assert " ".join(ONET_ATTRIBUTION.split()) in " ".join(text.split())
    data = json.loads(run_cli("about", "--json").stdout)
    assert data["data_installed"] is True
    assert {d["name"]: d["installed_version"] for d in data["data"]} == {
        "onet": "29.3",
        "esco": "1.2.0",
        "oews": "May 2025",
    }


def test_about_without_data_says_how_to_install(home: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("about")
    assert result.exit_code == 0
    assert "not installed (run `sidedoor data install`)" in result.output


def test_readme_carries_the_onet_attribution() -> None:
    from sidedoor.licences import ONET_ATTRIBUTION

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert " ".join(ONET_ATTRIBUTION.split()) in " ".join(readme.replace("> ", "").split())


def test_network_guard_blocks_outside_connections() -> None:
    with pytest.raises(SocketConnectBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def _unshare_works() -> bool:
    exe = shutil.which("unshare")
    if exe is None:
        return False
    return subprocess.run([exe, "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs `unshare -n` (root or user namespaces)")
def test_commands_work_without_network(installed_home: Path, knowledge_dir: Path) -> None:
    env = {**os.environ, "SIDEDOOR_KNOWLEDGE_DIR": str(knowledge_dir)}
    for args in (
        ["data", "status", "--json"],
        ["occupations", "show", "15-1252.00", "--json"],
        ["occupations", "search", "nurse"],
        ["about"],
        ["config", "show"],
        ["export"],
    ):
        done = subprocess.run(
            ["unshare", "-n", sys.executable, "-m", "sidedoor", *args],
            capture_output=True,
            text=True,
            env=env,
        )
        assert done.returncode == 0, (args, done.stderr)
