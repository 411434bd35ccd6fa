"""`sidedoor data install` / `data status`: layouts, idempotence, atomicity, downloads.

The full install from ../shared/data happens once per session (conftest's knowledge_dir);
every other install here reads a tiny source folder cut from the shared data.
"""

from __future__ import annotations

import csv
import functools
import gzip
import http.server
import importlib.util
import io
import json
import re
import shutil
import sqlite3
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import Result

from sidedoor.errors import DataSourceError
from sidedoor.knowledge import oews, onet
from sidedoor.knowledge.install import install
from sidedoor.knowledge.store import open_knowledge, store_path
from sidedoor.licences import ONET_ATTRIBUTION

RunCli = Callable[..., Result]

CODES = ("15-1252.00", "29-1141.00", "25-2021.00", "13-1021.00", "55-1011.00")
SOCS = {"00-0000", "15-1252", "29-1141", "25-2021", "13-1020"}
ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ tiny sources


def _cut_onet(source: Path, target: Path) -> None:
    target.mkdir(parents=True)
    for name in onet.FILES.values():
        lines = (source / name).read_text(encoding="utf-8").splitlines(keepends=True)
        keep = lines[1:]
        if lines[0].startswith(onet.CODE):
            keep = [line for line in keep if line[:10] in CODES]
        (target / name).write_text(lines[0] + "".join(keep), encoding="utf-8")


def _cut_csv(
    source: Path,
    target: Path,
    keep: Callable[[dict[str, str]], bool],
    prefixes: tuple[str, ...] = (),
) -> None:
    """Copy the rows ``keep`` accepts (lines not starting with ``prefixes`` are skipped fast)."""
    raw = source.read_bytes()
    text = (gzip.decompress(raw) if source.suffix == ".gz" else raw).decode("utf-8-sig")
    header, _, body = text.partition("\n")
    if prefixes:
        body = "".join(line for line in body.splitlines(keepends=True) if line.startswith(prefixes))
    reader = csv.DictReader(io.StringIO(header + "\n" + body, newline=""))
    rows = [row for row in reader if keep(row)]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(reader.fieldnames or []), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    target.write_bytes(gzip.compress(data) if target.suffix == ".gz" else data)


def _cut_oews(source: Path, target: Path) -> None:
    target.mkdir(parents=True)
    _cut_csv(source / "oews_M2025_national.csv", target / "oews_M2025_national.csv",
             lambda r: r["OCC_CODE"] in SOCS)
    _cut_csv(source / "oews_M2025_state.csv.gz", target / "oews_M2025_state.csv.gz",
             lambda r: r["OCC_CODE"] in SOCS, ("01,", "06,"))
    _cut_csv(source / "oews_M2025_msa.csv.gz", target / "oews_M2025_msa.csv.gz",
             lambda r: r["OCC_CODE"] in SOCS, ("10180,", "0100001,"))


def _cut_esco(source: Path, target: Path) -> None:
    target.mkdir(parents=True)
    for path in sorted(source.glob("*.csv")):
        seen: list[int] = []

        def first_rows(_: dict[str, str], seen: list[int] = seen) -> bool:
            seen.append(1)
            return len(seen) <= 25

        _cut_csv(path, target / path.name, first_rows)


@pytest.fixture(scope="session")
def tiny_sources(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """A folder laid out like ../shared/data with five occupations and a few areas."""
    root = tmp_path_factory.mktemp("tiny-sources")
    _cut_onet(shared_data / "onet-29.3", root / "onet-29.3")
    _cut_esco(shared_data / "esco-1.2.0", root / "esco-1.2.0")
    _cut_oews(shared_data / "oews-2025", root / "oews-2025")
    return root


def _copy(tiny: Path, target: Path, *, esco: bool = True) -> Path:
    shutil.copytree(tiny, target)
    if not esco:
        shutil.rmtree(target / "esco-1.2.0")
    return target


def _meta(path: Path, key: str) -> str:
    with sqlite3.connect(path) as db:
        return str(db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0])


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".part")))


# ------------------------------------------------------------------ status of the full install


def test_status_counts_every_source(installed_home: Path, run_cli: RunCli) -> None:
    result = run_cli("data", "status", "--json")
    assert result.exit_code == 0, result.output
    status = json.loads(result.stdout)
    sources = {s["name"]: s for s in status["sources"]}
    assert status["release_key"] == "onet-29.3+esco-1.2.0+oews-2025"
    assert sources["onet"]["row_counts"]["occupations"] == 1016
    assert sources["onet"]["version"] == "29.3"
    assert sources["esco"]["row_counts"]["esco_skills"] == 13939
    assert sources["oews"]["version"] == "May 2025"
    assert sources["oews"]["row_counts"]["oews_areas"] > 500  # states, MSAs, non-metro areas
    assert sources["onet"]["attribution"] == ONET_ATTRIBUTION  # the text O*NET requires
    files = {f["name"]: f for f in sources["onet"]["files"]}
    skills = files["onet-29.3/Skills.txt"]
    assert len(skills["sha256"]) == 64 and skills["rows"] == 61530
    assert status["size_bytes"] > 1_000_000


def test_status_for_people(installed_home: Path, run_cli: RunCli) -> None:
    result = run_cli("data", "status")
    assert result.exit_code == 0
    assert "1,016 occupations" in result.stdout
    assert "13,939 skills" in result.stdout
    assert "May 2025" in result.stdout


def test_status_without_data_says_what_to_do(home: Path, run_cli: RunCli) -> None:
    result = run_cli("data", "status")
    assert result.exit_code == 1
    message = result.output.strip()
    assert "\n" not in message
    assert message.startswith("error: No knowledge data installed")
    assert "sidedoor data install" in message


def test_unreadable_store_says_how_to_rebuild(home: Path, run_cli: RunCli) -> None:
    target = store_path(home / "knowledge")
    target.parent.mkdir(parents=True)
    target.write_bytes(b"this is not a database" * 100)
    result = run_cli("data", "status")
    assert result.exit_code == 1
    assert "cannot be read" in result.output and "--force" in result.output


# ------------------------------------------------------------------ installs from folders


def test_install_from_folder_via_cli(
    home: Path, tiny_sources: Path, run_cli: RunCli, shared_data: Path
) -> None:
    result = run_cli("data", "install", "--from", str(tiny_sources))
    assert result.exit_code == 0, result.output
    assert re.search(r"Installed the knowledge store in \d+\.\d s", result.stdout)
    assert "onet-29.3+esco-1.2.0+oews-2025" in result.stdout
    shown = json.loads(run_cli("occupations", "show", "15-1252", "--json").stdout)
    assert shown["wages"]["annual"]["median"] == 135980
    status = json.loads(run_cli("data", "status", "--json").stdout)
    assert status["sources"][0]["row_counts"]["occupations"] == len(CODES)


def test_reinstalling_the_same_sources_does_nothing(tmp_path: Path, tiny_sources: Path) -> None:
    target = tmp_path / "knowledge"
    first = install(tiny_sources, target)
    assert first.installed
    before = store_path(target).stat()
    again = install(tiny_sources, target)
    assert not again.installed
    assert "installed already" in again.notes[0]
    after = store_path(target).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    forced = install(tiny_sources, target, force=True)
    assert forced.installed
    assert store_path(target).stat().st_ino != before.st_ino


def test_changed_sources_are_installed_again(tmp_path: Path, tiny_sources: Path) -> None:
    source = _copy(tiny_sources, tmp_path / "src")
    target = tmp_path / "knowledge"
    install(source, target)
    shutil.rmtree(source / "esco-1.2.0")
    report = install(source, target)
    assert report.installed
    assert report.release_key == "onet-29.3+oews-2025"
    assert any("ESCO was not installed" in note and "--esco" in note for note in report.notes)


def test_cli_reinstall_says_already_installed(
    home: Path, tiny_sources: Path, run_cli: RunCli
) -> None:
    run_cli("data", "install", "--from", str(tiny_sources))
    result = run_cli("data", "install", "--from", str(tiny_sources))
    assert result.exit_code == 0
    assert "Already installed" in result.stdout


# ------------------------------------------------------------------ atomicity and bad input


def test_damaged_file_leaves_previous_store_answering(tmp_path: Path, tiny_sources: Path) -> None:
    target = tmp_path / "knowledge"
    install(tiny_sources, target)
    installed_at = _meta(store_path(target), "installed_at")
    broken = _copy(tiny_sources, tmp_path / "broken")
    skills = broken / "onet-29.3" / "Skills.txt"
    lines = skills.read_text(encoding="utf-8").splitlines()
    lines[5] = "\t".join(lines[5].split("\t")[:4])  # a truncated row
    skills.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(DataSourceError, match=r"Skills\.txt, line 6"):
        install(broken, target, force=True)

    assert _leftovers(target) == []
    assert _meta(store_path(target), "installed_at") == installed_at
    with open_knowledge(target) as knowledge:
        assert knowledge.occupation("15-1252").title == "Software Developers"


def test_bad_number_names_file_and_line(tmp_path: Path, tiny_sources: Path) -> None:
    broken = _copy(tiny_sources, tmp_path / "broken")
    tasks = broken / "onet-29.3" / "Task Statements.txt"
    lines = tasks.read_text(encoding="utf-8").splitlines()
    cells = lines[3].split("\t")
    cells[2] = "twelve"  # Task ID
    lines[3] = "\t".join(cells)
    tasks.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataSourceError, match=r"Task Statements\.txt, line 4: 'twelve'"):
        install(broken, tmp_path / "knowledge")


def test_interrupted_install_keeps_previous_store(
    home: Path, tiny_sources: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli("data", "install", "--from", str(tiny_sources), "--esco",
                   str(tiny_sources / "esco-1.2.0")).exit_code == 0
    target = home / "knowledge"
    installed_at = _meta(store_path(target), "installed_at")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(onet, "_tasks", interrupted)
    result = run_cli("data", "install", "--from", str(tiny_sources), "--force")
    assert result.exit_code == 1
    assert "Interrupted" in result.output and "untouched" in result.output
    assert _leftovers(target) == []
    assert _meta(store_path(target), "installed_at") == installed_at
    assert run_cli("occupations", "show", "29-1141", "--json").exit_code == 0


def test_truncated_gzip_is_a_source_error(tmp_path: Path, tiny_sources: Path) -> None:
    broken = _copy(tiny_sources, tmp_path / "broken")
    state = broken / "oews-2025" / "oews_M2025_state.csv.gz"
    state.write_bytes(state.read_bytes()[:-40])
    with pytest.raises(DataSourceError, match=r"oews_M2025_state\.csv\.gz"):
        install(broken, tmp_path / "knowledge")
    assert _leftovers(tmp_path / "knowledge") == []


def test_missing_required_file_is_named(
    home: Path, tmp_path: Path, tiny_sources: Path, run_cli: RunCli
) -> None:
    broken = _copy(tiny_sources, tmp_path / "broken")
    (broken / "onet-29.3" / "Task Statements.txt").unlink()
    result = run_cli("data", "install", "--from", str(broken))
    assert result.exit_code == 1
    message = result.output.strip()
    assert "\n" not in message
    assert "'Task Statements.txt'" in message and "--from" in message


def test_missing_column_is_named(tmp_path: Path, tiny_sources: Path) -> None:
    broken = _copy(tiny_sources, tmp_path / "broken")
    zones = broken / "onet-29.3" / "Job Zones.txt"
    zones.write_text(zones.read_text(encoding="utf-8").replace("Job Zone", "Zone", 1),
                     encoding="utf-8")
    with pytest.raises(DataSourceError, match=r"Job Zones\.txt has no column 'Job Zone'"):
        install(broken, tmp_path / "knowledge")


def test_missing_folder(home: Path, run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("data", "install", "--from", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert "does not exist" in result.output and "onet-29.3" in result.output


def test_folder_without_onet(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataSourceError, match="No O\\*NET release"):
        install(tmp_path / "empty", tmp_path / "knowledge")


# ------------------------------------------------------------------ official layouts


def _onet_zip(tiny: Path, path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted((tiny / "onet-29.3").iterdir()):
            archive.write(file, f"db_29_3_text/{file.name}")
    return path


def test_official_onet_zip_layout(tmp_path: Path, tiny_sources: Path) -> None:
    source = tmp_path / "download"
    source.mkdir()
    _onet_zip(tiny_sources, source / "db_29_3_text.zip")
    shutil.copytree(tiny_sources / "oews-2025", source / "oews-2025")
    report = install(source, tmp_path / "knowledge")
    onet_source = report.sources[0]
    assert onet_source.version == "29.3"
    assert onet_source.origin.endswith("db_29_3_text.zip")
    assert onet_source.files[0].name == "db_29_3_text.zip" and onet_source.files[0].rows is None
    assert onet_source.row_counts["occupations"] == len(CODES)
    with open_knowledge(tmp_path / "knowledge") as knowledge:
        assert knowledge.search("registered nurse")[0].code == "29-1141.00"


def test_official_onet_extracted_folder(tmp_path: Path, tiny_sources: Path) -> None:
    source = tmp_path / "download"
    shutil.copytree(tiny_sources / "onet-29.3", source / "db_29_3_text")
    shutil.copytree(tiny_sources / "oews-2025", source / "oews-2025")
    report = install(source, tmp_path / "knowledge")
    assert report.release_key == "onet-29.3+oews-2025"
    assert report.sources[0].origin.endswith("db_29_3_text")


ESCO_SKILLS = (
    "\ufeffconceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,"
    "status,modifiedDate,scopeNote,definition,inScheme,description\n"
    "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s1,skill/competence,"
    'sector-specific,manage musical staff,"manage staff of music\ncoordinate musical staff",,'
    "released,2024-01-01,,,http://data.europa.eu/esco/concept-scheme/skills,"
    '"Assign and manage staff tasks,\nsuch as scoring."\n'
    "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s2,knowledge,cross-sector,"
    "Python (computer programming),Python,,released,2024-01-01,,,x,"
    "The techniques of software development in Python.\n"
)
ESCO_OCCUPATIONS = (
    "\ufeffconceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,"
    "modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n"
    "Occupation,http://data.europa.eu/esco/occupation/o1,2512,software developer,"
    '"software engineer\nprogrammer",,released,2024-01-01,,,,x,"Software developers '
    'implement software.",2512.4\n'
)
ESCO_ISCO = (
    "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description\n"
    "ISCOGroup,http://data.europa.eu/esco/isco/C2512,2512,Software developers,released,,x,"
    '"Software developers research,\nanalyse and evaluate requirements."\n'
)
ESCO_BROADER = (
    "conceptType,conceptUri,broaderType,broaderUri\n"
    "Occupation,http://data.europa.eu/esco/occupation/o1,ISCOGroup,"
    "http://data.europa.eu/esco/isco/C2512\n"
)


def _official_esco(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, body in (("skills_en.csv", ESCO_SKILLS), ("occupations_en.csv", ESCO_OCCUPATIONS),
                       ("ISCOGroups_en.csv", ESCO_ISCO),
                       ("broaderRelationsOccPillar_en.csv", ESCO_BROADER)):
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def test_official_esco_layout(tmp_path: Path, tiny_sources: Path) -> None:
    source = _copy(tiny_sources, tmp_path / "src", esco=False)
    package = _official_esco(tmp_path / "ESCO dataset - v1.2.0 - classification - en - csv")
    archive = tmp_path / "esco.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for file in package.iterdir():
            handle.write(file, f"{package.name}/{file.name}")
    report = install(source, tmp_path / "knowledge", esco=archive)
    assert report.release_key == "onet-29.3+esco-1.2.0+oews-2025"
    with sqlite3.connect(store_path(tmp_path / "knowledge")) as db:
        label, alts, text = db.execute(
            "SELECT preferred_label, alt_labels, text FROM esco_skills WHERE uri LIKE '%/s1'"
        ).fetchone()
        isco = db.execute("SELECT description FROM isco_groups").fetchone()[0]
        occupation = db.execute("SELECT preferred_label, code FROM esco_occupations").fetchone()
    assert label == "manage musical staff"
    assert alts.splitlines() == ["manage staff of music", "coordinate musical staff"]
    assert text.startswith("manage musical staff manage staff of music coordinate")
    assert "such as scoring." in text
    assert "\nanalyse" in isco
    assert occupation == ("software developer", "2512.4")


def test_esco_path_without_skills_is_refused(tmp_path: Path, tiny_sources: Path) -> None:
    (tmp_path / "not-esco").mkdir()
    with pytest.raises(DataSourceError, match="no ESCO skills file"):
        install(tiny_sources, tmp_path / "knowledge", esco=tmp_path / "not-esco")


# ------------------------------------------------------------------ download and bundled OEWS


@contextmanager
def _serve(folder: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _bundle_script() -> Callable[[list[str]], int]:
    spec = importlib.util.spec_from_file_location("bundle_oews", ROOT / "scripts" /
                                                  "bundle_oews.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    main: Callable[[list[str]], int] = module.main
    return main


def test_install_downloads_onet_and_uses_bundled_oews(
    home: Path, tmp_path: Path, tiny_sources: Path, run_cli: RunCli,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = tmp_path / "bundle"
    monkeypatch.setattr(oews, "bundle_dir", lambda: bundle)
    assert _bundle_script()([str(tiny_sources / "oews-2025")]) == 0  # a tiny bundle
    capsys.readouterr()
    served = tmp_path / "served"
    served.mkdir()
    _onet_zip(tiny_sources, served / "db_29_3_text.zip")
    with _serve(served) as base:
        monkeypatch.setenv("SIDEDOOR_ONET_URL", f"{base}/db_29_3_text.zip")
        result = run_cli("data", "install")
        again = run_cli("data", "install")
    assert result.exit_code == 0, result.output
    assert "ESCO was not installed" in result.stdout
    assert "Already installed" in again.stdout  # the cached archive, same checksums
    status = json.loads(run_cli("data", "status", "--json").stdout)
    onet_source, oews_source = status["sources"]
    assert onet_source["origin"] == f"{base}/db_29_3_text.zip"
    archive = served / "db_29_3_text.zip"
    assert onet_source["files"][0]["bytes"] == archive.stat().st_size
    assert len(onet_source["files"][0]["sha256"]) == 64
    assert oews_source["origin"].startswith("bundled with sidedoor")
    assert (home / "knowledge" / "downloads" / "db_29_3_text.zip").is_file()
    shown = json.loads(run_cli("occupations", "show", "15-1252", "--json").stdout)
    assert shown["wages"]["annual"]["median"] == 135980


def test_download_failure_leaves_nothing_behind(tmp_path: Path) -> None:
    from sidedoor.knowledge.download import download

    served = tmp_path / "served"
    served.mkdir()
    (served / "page.zip").write_text("<html>not a zip</html>")
    with _serve(served) as base:
        with pytest.raises(DataSourceError, match="did not return a zip"):
            download(f"{base}/page.zip", tmp_path / "cache", timeout=5)
        with pytest.raises(DataSourceError, match="HTTP 404"):
            download(f"{base}/missing.zip", tmp_path / "cache", timeout=5)
    assert _leftovers(tmp_path / "cache") == []


def test_download_from_file_url(tmp_path: Path, tiny_sources: Path) -> None:
    from sidedoor.knowledge.download import download

    archive = _onet_zip(tiny_sources, tmp_path / "db_29_3_text.zip")
    fetched = download(archive.as_uri(), tmp_path / "cache", timeout=5)
    assert fetched.path.read_bytes() == archive.read_bytes()
    assert not fetched.reused
    assert download(archive.as_uri(), tmp_path / "cache", timeout=5).reused


def test_bundled_oews_matches_the_bls_files(shared_data: Path) -> None:
    manifest = json.loads((oews.bundle_dir() / oews.BUNDLE_MANIFEST).read_text())
    assert manifest["version"] == "May 2025"
    assert "U.S. Bureau of Labor Statistics" in manifest["credit"]
    with open(shared_data / "oews-2025" / "oews_M2025_national.csv", encoding="utf-8") as f:
        national = {r["OCC_CODE"]: r for r in csv.DictReader(f)}
    text = gzip.decompress((oews.bundle_dir() / oews.BUNDLE_WAGES).read_bytes()).decode()
    header, _, body = text.partition("\n")
    national_lines = [line for line in body.splitlines() if line.startswith("99,")]
    bundled = {r["occ_code"]: r for r in csv.DictReader([header, *national_lines])}
    assert len(bundled) == len(national)
    for code in ("15-1252", "29-1141", "25-2021"):
        for column in ("A_MEDIAN", "H_MEDIAN", "A_PCT90", "TOT_EMP"):
            expected = national[code][column]
            got = bundled[code][column.lower()]
            assert (got == "" if expected == "-" else float(got) == float(expected))
