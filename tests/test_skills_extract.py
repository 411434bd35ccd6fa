"""Skills out of text: exact spans, normalisation, the known traps, batch CLI, the cache."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sidedoor.language import skill_index
from sidedoor.language.skills import SkillExtractor, SkillMention, skill_extractor

RunCli = Callable[..., Result]

POSTING = """Senior Data Engineer – Remote (US)

About us
We build the data platform behind 40 million grocery orders a year.

What you'll do
- Design, build and maintain streaming pipelines in Python and Scala
- Own our Airflow deployment on Kubernetes (k8s)
- Mentor junior engineers

Requirements
- 5+ years of experience with SQL and machine learning
- Strong communication skills and the ability to work independently

Nice to have
- Familiarity with Kafka
- German is a plus
"""


@pytest.fixture(scope="module")
def extractor(knowledge_dir: Path) -> SkillExtractor:
    return skill_extractor(knowledge_dir)


def texts(mentions: list[SkillMention], kind: str | None = None) -> list[str]:
    return [m.text for m in mentions if kind is None or m.kind == kind]


def find(mentions: list[SkillMention], text: str) -> SkillMention:
    hits = [m for m in mentions if m.text == text]
    assert hits, f"{text!r} not among {texts(mentions)}"
    return hits[0]


def test_spans_are_exact_offsets(extractor: SkillExtractor) -> None:
    mentions = extractor.extract_skills(POSTING)
    assert len(mentions) >= 12
    for m in mentions:
        assert POSTING[m.start : m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("Python SQL, and manage a team.\n-é(k8s)CDL")),
               max_size=120))
def test_spans_are_exact_on_any_text(extractor: SkillExtractor, text: str) -> None:
    for m in extractor.extract_skills(text):
        assert text[m.start : m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)


def test_technologies_are_normalised_to_onet_with_commodity_and_esco(
    extractor: SkillExtractor,
) -> None:
    python = find(extractor.extract_skills(POSTING), "Python")
    assert (python.kind, python.id, python.label) == (
        "technology", "onet:technology/Python", "Python")
    ids = [r.id for r in python.refs]
    assert any(i.startswith("unspsc:") for i in ids)  # its commodity class
    assert any(i.startswith("http://data.europa.eu/esco/skill/") for i in ids)
    k8s = find(extractor.extract_skills(POSTING), "k8s")
    assert k8s.label == "Kubernetes"


def test_generic_words_are_not_skills_alone(extractor: SkillExtractor) -> None:
    for text in (
        "We offer a generous pension scheme and a modern office design.",
        "Our science team works on matching donors to recipients.",
    ):
        found = {t.lower() for t in texts(extractor.extract_skills(text))}
        assert not found & {"scheme", "design", "science", "matching"}, found
    # ...but inside longer names they count, and "communication" alone is a skill.
    mentions = extractor.extract_skills("Graphic design and data science; good communication.")
    assert {"Graphic design", "data science"} <= set(texts(mentions))
    assert find(mentions, "communication").kind == "skill"


def test_python_the_language_is_not_python_the_snake(extractor: SkillExtractor) -> None:
    tech = extractor.extract_skills("Build backend services in Python and Django.")
    assert "Python" in texts(tech, "technology")
    for text in ("The zookeeper feeds the python and cleans the reptile enclosure.",
                 "Zookeepers care for reptiles, including ball pythons and a Burmese Python."):
        found = extractor.extract_skills(text)
        assert not [m for m in found if "python" in m.text.lower() and m.kind == "technology"]


def test_longest_match_wins(extractor: SkillExtractor) -> None:
    text = "Experience in project management, machine learning and patient care."
    mentions = extractor.extract_skills(text)
    for phrase in ("project management", "machine learning", "patient care"):
        find(mentions, phrase)
    assert not {"project", "management", "machine", "learning", "patient", "care"} & set(
        texts(mentions))


def test_verb_phrase_skills(extractor: SkillExtractor) -> None:
    text = ("You will manage a team of five, negotiate contracts with suppliers and work "
            "independently.")
    mentions = extractor.extract_skills(text)
    skills = texts(mentions, "skill")
    assert any(s.startswith("manage a team") for s in skills), skills
    assert any(s.startswith("negotiate contracts") for s in skills), skills
    assert "work independently" in skills
    negotiate = next(m for m in mentions if m.text.startswith("negotiate contracts"))
    assert negotiate.id  # normalised to an ESCO skill or an O*NET skill element


def test_skills_outside_tech(extractor: SkillExtractor) -> None:
    text = ("Nursing experience, welding and forklift operation, sales, Spanish, bookkeeping and "
            "phlebotomy; a CDL is required.")
    found = {t.lower() for t in texts(extractor.extract_skills(text))}
    for word in ("nursing", "welding", "forklift", "sales", "spanish", "bookkeeping",
                 "phlebotomy", "cdl"):
        assert any(word in f for f in found), (word, found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PMP certification preferred.", "PMP certification"),
        ("Active CPA license.", "CPA license"),
        ("Current RN license in Ohio.", "RN license"),
        ("AWS Certified Solutions Architect is a plus.", "AWS Certified Solutions Architect"),
        ("CDL Class A with a clean record.", "CDL Class A"),
        ("OSHA 30 card required.", "OSHA 30 card"),
        ("ACLS and BLS certification required.", "ACLS"),
        ("ACLS and BLS certification required.", "BLS certification"),
    ],
)
def test_certifications(extractor: SkillExtractor, text: str, expected: str) -> None:
    assert find(extractor.extract_skills(text), expected).kind == "certification"


def test_bls_the_bureau_is_not_a_certification(extractor: SkillExtractor) -> None:
    text = "Wages come from the Bureau of Labor Statistics (BLS) and BLS data on employment."
    assert not texts(extractor.extract_skills(text), "certification")


def test_required_and_nice_to_have(extractor: SkillExtractor) -> None:
    mentions = extractor.extract_skills(POSTING)
    assert find(mentions, "SQL").required is True
    assert find(mentions, "Kafka").required is False
    assert find(mentions, "German").required is False
    assert find(mentions, "Scala").required is None  # "What you'll do" does not say
    inline = extractor.extract_skills("Java is required; Go is a plus. Docker experience.")
    assert [(m.text, m.required) for m in inline if m.kind == "technology"] == [
        ("Java", True), ("Go", False), ("Docker", None)]


def test_a_position_lists_each_skill_once(extractor: SkillExtractor) -> None:
    from sidedoor.intake import parse_text

    text = ("Hi Terrence, we're hiring Regional CDL-A Drivers out of Gary, IN. A CDL-A and a clean"
            " record are all you need; Kafka is a plus.\n\nRequirements\n- Kafka\n- Valid CDL-A")
    (item,) = parse_text(text, skill_extractor=extractor.extract_skills).items
    (position,) = item.positions
    labels = [s.label for s in position.skills]
    assert labels.count("Commercial Driver's License (CDL)") == 1, labels
    assert len(labels) == len(set(labels))
    cdl = next(s for s in position.skills if s.kind == "certification")
    assert cdl.evidence is not None and cdl.evidence.text == "CDL-A"
    assert cdl.evidence.start == text.index("CDL-A")  # the first mention is the evidence
    kafka = next(s for s in position.skills if s.label == "Apache Kafka")
    assert kafka.required is True  # "a plus" once, then under "Requirements": required wins
    assert cdl.required is True  # unsaid twice, then under "Requirements"


def test_cli_extract_text_and_json(installed_home: Path, run_cli: RunCli) -> None:
    result = run_cli("skills", "extract", "-", input="Must have Python; Kafka is a plus.")
    assert result.exit_code == 0, result.output
    assert "Python" in result.stdout and "required" in result.stdout
    result = run_cli("skills", "extract", "--json", input="Must have Python.")
    data = json.loads(result.stdout)
    assert data["skills"][0] | {"refs": None} == {
        "start": 10, "end": 16, "text": "Python", "kind": "technology",
        "id": "onet:technology/Python", "label": "Python", "required": True, "refs": None}


def test_cli_jsonl_keeps_order_and_reports_bad_lines(installed_home: Path, run_cli: RunCli) -> None:
    lines = ['"Python and SQL"', "not json", "42", '"Nice to have: Kafka"', '""',
             '"\\ud800 lone surrogate"']
    result = run_cli("skills", "extract", "--jsonl", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert [o["input"] for o in out][:5] == ["Python and SQL", "not json", 42,
                                             "Nice to have: Kafka", ""]
    assert [s["text"] for s in out[0]["skills"]] == ["Python", "SQL"]
    assert "error" in out[1] and "error" in out[2]
    assert out[3]["skills"][0]["required"] is False
    assert out[4]["skills"] == []
    assert "error" in out[5]
    keys = {"start", "end", "text", "kind", "id", "label", "required"}
    assert keys <= set(out[0]["skills"][0])


def test_cli_without_data_says_what_to_do(home: Path, run_cli: RunCli) -> None:
    result = run_cli("skills", "extract", input="Python")
    assert result.exit_code == 1
    assert "sidedoor data install" in result.output


def test_index_is_cached_per_release_and_rebuilt_when_it_changes(
    knowledge_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skill_extractor(knowledge_dir)  # builds the cache if no test did yet
    cached = list((knowledge_dir / "cache").glob("skills-*.json"))
    assert len(cached) == 1 and "onet-29.3" in cached[0].name

    def no_build(db: sqlite3.Connection) -> skill_index.SkillIndex:
        raise AssertionError("the cached index should have been used")

    monkeypatch.setattr(skill_index, "build_index", no_build)
    assert skill_extractor(knowledge_dir).extract_skills("Python")

    # A new release in another folder: its own cache, built once.
    other = tmp_path / "knowledge"
    other.mkdir()
    shutil.copy(knowledge_dir / "knowledge.sqlite3", other / "knowledge.sqlite3")
    shutil.copytree(knowledge_dir / "cache", other / "cache")
    with sqlite3.connect(other / "knowledge.sqlite3") as db:
        db.execute("UPDATE meta SET value = 'test-release-2' WHERE key = 'release_key'")
    built: list[str] = []

    def fake_build(db: sqlite3.Connection) -> skill_index.SkillIndex:
        built.append(skill_index.release_key(db))
        return skill_index.SkillIndex(release_key=built[-1])

    monkeypatch.setattr(skill_index, "build_index", fake_build)
    assert skill_extractor(other).release_key == "test-release-2"
    assert skill_extractor(other).release_key == "test-release-2"
    assert built == ["test-release-2"]
    names = [p.name for p in (other / "cache").glob("skills-*.json")]
    assert names == [f"skills-test-release-2-v{skill_index.INDEX_VERSION}.json"]
