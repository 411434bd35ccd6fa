"""Doors, the recruiter's side: people indexed once, ranked for a position with matrices."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from sidedoor.doors import PositionIndex, Seeker, rank
from sidedoor.doors.people import PeopleIndex, rank_people

POSITION: dict[str, Any] = {
    "id": "1", "title": "Backend Engineer", "required": ["Python", "SQL", "Docker"],
    "nice_to_have": ["Kubernetes"], "job_zone": 4, "location": "Austin, TX",
    "workplace": "onsite",
}


def person(pid: str, skills: list[str], location: str | None = "Austin, TX",
           **fields: Any) -> dict[str, Any]:
    return {"id": pid, "name": pid.title(), "skills": skills, "location": location} | fields


def test_people_are_ranked_by_the_same_factors_as_positions() -> None:
    people = [
        person("all", ["python", "SQL", "Docker", "Kubernetes"], job_zone=4),
        person("some", ["Python"], job_zone=4),
        person("far", ["Python", "SQL", "Docker"], "Seattle, WA", job_zone=4),
        person("junior", ["Python", "SQL", "Docker"], job_zone=2),
        person("none", ["Cobol"], job_zone=4),
    ]
    index = PeopleIndex.build(people)
    result = rank_people(POSITION, index)
    order = [f.person for f in result.fits]
    assert order[0] == "all" and order[-1] == "none" and result.ranked == 5
    fits = {f.person: f for f in result.fits}
    assert fits["all"].matched_required == ["python", "SQL", "Docker"]
    assert fits["all"].matched_nice == ["Kubernetes"]
    assert fits["some"].missing_required == ["SQL", "Docker"]
    assert fits["far"].score < fits["all"].score
    assert any("they are in Seattle, WA" in r for r in fits["far"].reasons_against)
    assert any("over-qualified" not in r and "they are at 2" in r
               for r in fits["junior"].reasons_against)
    assert all("your" not in r for f in result.fits for r in f.reasons_for + f.reasons_against)
    assert len(rank_people(POSITION, index, limit=2).fits) == 2


def test_matrix_factors_equal_the_one_person_path() -> None:
    """The batched skills, job-zone and location factors are those `rank` gives each person
    as a seeker for the position alone (the per-person way this side used to work)."""
    people = [person(f"p{i}", ["Python", "SQL", "Docker", "Kubernetes", "Go"][: i % 6],
                     ["Austin, TX", "Houston, TX", "Denver, CO", None][i % 4],
                     job_zone=1 + i % 5) for i in range(40)]
    index = PeopleIndex.build(people)
    batched = {f.person: f.factors for f in rank_people(POSITION, index).fits}
    one = PositionIndex.build([POSITION])
    for p in people:
        seeker = Seeker(skills=p["skills"], location=p["location"], job_zone=p["job_zone"])
        alone = rank(seeker, one).fits[0].factors
        for name in ("skills", "job_zone", "location"):
            assert batched[p["id"]][name] == pytest.approx(alone[name], abs=1e-3), (p, name)


def test_ten_thousand_people_rank_with_matrices() -> None:
    skills = [f"skill{i}" for i in range(400)] + ["Python", "SQL", "Docker", "Kubernetes"]
    people = [person(f"p{i}", [skills[(i * 7 + k * 13) % len(skills)] for k in range(8)],
                     ["Austin, TX", "Dallas, TX", "Boston, MA"][i % 3], job_zone=1 + i % 5)
              for i in range(10_000)]
    index = PeopleIndex.build(people)
    start = time.perf_counter()
    result = rank_people(POSITION, index, limit=20)
    assert time.perf_counter() - start < 0.5
    assert result.ranked == 10_000 and len(result.fits) == 20
    scores = [f.score for f in result.fits]
    assert scores == sorted(scores, reverse=True)
    assert result.fits[0].matched_required  # the best have the required skills


@pytest.fixture(scope="module")
def engine(knowledge_dir: Path) -> Any:
    from sidedoor.pivot.engine import load_engine

    return load_engine(knowledge_dir)


def test_people_from_other_occupations_whose_skills_transfer(engine: Any) -> None:
    f = engine.features
    position = POSITION | {"occupation": "15-1252.00", "job_zone": None}
    people = [
        person("dev", ["Python"], occupation="15-1252.00"),
        person("scientist", ["Python", "SQL"], occupation="15-2051.00"),
        person("nurse", ["Patient care"], occupation="29-1141.00"),
        person("web", ["JavaScript", "React", "HTML", "Cascading Style Sheets CSS",
                       "Git", "jQuery"]),
        person("clinic", ["Epic Systems", "MEDITECH software", "Cerner Millennium",
                          "Electronic medical record EMR software"]),
        person("unknown", []),
    ]
    index = PeopleIndex.build(people, codes=f.codes, job_zones=f.job_zones, key=f.key)
    result = rank_people(position, index, engine=engine)
    fits = {fit.person: fit for fit in result.fits}
    assert fits["dev"].same_occupation and fits["dev"].factors["occupation"] == 1.0
    scientist = fits["scientist"]
    assert not scientist.same_occupation and scientist.occupation == "15-2051.00"
    assert scientist.factors["occupation"] > fits["nurse"].factors["occupation"]
    assert scientist.score > fits["nurse"].score
    assert "far from the position's occupation" in fits["nurse"].reasons_against
    web, clinic = fits["web"], fits["clinic"]  # no coded occupation: judged from skills
    assert web.factors["occupation"] > clinic.factors["occupation"]
    assert web.score > clinic.score
    assert any("judged from their skills" in r for r in web.reasons_for + web.reasons_against)
    assert fits["unknown"].factors["occupation"] == 0.5
    assert index.job_zone.tolist()[:3] == [int(f.job_zones[f.index[c]]) for c in (
        "15-1252.00", "15-2051.00", "29-1141.00")]
