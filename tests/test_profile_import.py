"""Profile import: the same person as a JSON Resume, a PDF résumé, a DOCX résumé and a
LinkedIn export gives the same facts; enrichment adds occupations and implied skills."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from sidedoor.profile.errors import ProfileImportError
from sidedoor.profile.importers import import_paths
from sidedoor.profile.models import ImportedProfile

FIXTURES = Path(__file__).parent / "fixtures" / "profile"
LINKEDIN = FIXTURES / "linkedin"


def _docx(text: str, path: Path) -> Path:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>"
                    for line in text.splitlines())
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                   f'<w:document xmlns:w="{ns}"><w:body>{paras}</w:body></w:document>')
    return path


def _linkedin_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for f in LINKEDIN.iterdir():
            z.write(f, f"Basic_LinkedInDataExport_01-04-2026/{f.name}")
    return path


@pytest.fixture
def forms(tmp_path: Path) -> dict[str, ImportedProfile]:
    return {
        "json_resume": import_paths([FIXTURES / "resume.json"]),
        "pdf": import_paths([FIXTURES / "resume.pdf"]),
        "docx": import_paths([_docx((FIXTURES / "resume.txt").read_text(encoding="utf-8"),
                                    tmp_path / "resume.docx")]),
        "linkedin_folder": import_paths([LINKEDIN]),
        "linkedin_zip": import_paths([_linkedin_zip(tmp_path / "export.zip")]),
        "linkedin_csvs": import_paths(sorted(LINKEDIN.glob("*.csv"))),
    }


def test_every_form_gives_the_same_facts(forms: dict[str, ImportedProfile]) -> None:
    facts = {name: p.facts() for name, p in forms.items()}
    reference = facts["json_resume"]
    for name, got in facts.items():
        assert got == reference, name
    assert reference["name"] == "priya raman"
    assert reference["postal_code"] == "97214"
    assert len(reference["work"]) == 3
    assert ("senior software engineer", "cascade freight systems", "2021-03", None) in \
        reference["work"]
    assert reference["education"] == [("university of oregon", "bachelor of science",
                                       "computer science", "2015")]
    assert len(reference["certifications"]) == 2
    assert "postgresql" in reference["skills"] and len(reference["skills"]) == 8


def test_formats_are_recorded(forms: dict[str, ImportedProfile]) -> None:
    assert forms["pdf"].source_format == "pdf"
    assert forms["docx"].source_format == "docx"
    assert forms["linkedin_zip"].source_format == "linkedin"
    assert forms["pdf"].resume_text and "Cascade Freight Systems" in forms["pdf"].resume_text


def test_current_job_is_the_one_without_an_end(forms: dict[str, ImportedProfile]) -> None:
    for p in forms.values():
        current = [w for w in p.work if w.is_current]
        assert [w.employer for w in current] == ["Cascade Freight Systems"]


def test_resume_text_variants() -> None:
    from sidedoor.profile.resume_text import parse_resume_text

    text = ("Sam Ortiz\nsam@example.com\n\nWork Experience\nAcme Corp\nData Analyst\n"
            "01/2020 - Present\n- Built dashboards\nGlobex Inc\nJunior Analyst\n2018 – 2019\n"
            "\nEducation\nState College\nBA in Economics, 2017\n\nSkills\nSQL; Tableau | R\n")
    p = parse_resume_text(text, "t.txt")
    assert [(w.title, w.employer, w.start, w.end) for w in p.work] == [
        ("Data Analyst", "Acme Corp", "2020-01", None),
        ("Junior Analyst", "Globex Inc", "2018", "2019")]
    assert p.work[0].description == "• Built dashboards"
    assert [(e.institution, e.degree, e.area, e.end) for e in p.education] == [
        ("State College", "BA", "Economics", "2017")]
    assert [s.label for s in p.skills] == ["SQL", "Tableau", "R"]


def test_unreadable_inputs_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "resume.json"
    bad.write_text('{"not": "a resume"}', encoding="utf-8")
    with pytest.raises(ProfileImportError, match="not a JSON Resume"):
        import_paths([bad])
    empty = tmp_path / "export"
    empty.mkdir()
    with pytest.raises(ProfileImportError, match="none of LinkedIn"):
        import_paths([empty])
    with pytest.raises(ProfileImportError, match="does not read"):
        import_paths([shutil.copy(FIXTURES / "resume.json", tmp_path / "resume.xls")])


def test_enrich_codes_titles_and_adds_implied_skills(knowledge_dir: Path) -> None:
    from sidedoor.profile.enrich import enrich

    p = import_paths([FIXTURES / "resume.json"])
    assert enrich(p, knowledge_dir) == []
    codes = {w.title: w.occupation_code for w in p.work}
    assert all(code and code.startswith("15-") for code in codes.values())
    inferred = [s for s in p.skills if s.source == "inferred"]
    assert inferred and all(s.source_ref and s.source_ref.startswith("O*NET ") and
                            "importance" in s.source_ref for s in inferred)
    declared = {s.label: s for s in p.skills if s.source == "resume"}
    assert declared["Python"].kind == "technology"
    assert p.facts() == import_paths([FIXTURES / "resume.pdf"]).facts()  # facts unchanged


def test_enrich_without_data_says_so(tmp_path: Path) -> None:
    from sidedoor.profile.enrich import enrich

    p = import_paths([FIXTURES / "resume.json"])
    notes = enrich(p, tmp_path)
    assert "No knowledge data installed" in notes[0]
    assert all(w.occupation_code is None for w in p.work)
