"""`sidedoor profile current …` on a new home: the current job can be the first thing
recorded (the profile is created for it), and the document's name is used when it has one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def test_profile_current_on_a_new_home(home: Path, run_cli: Any) -> None:
    done = run_cli("profile", "current", "title=Backend Engineer", "employer=Fernbrook",
                   "base_pay=150000", "currency=USD")
    assert done.exit_code == 0, done.output
    assert "title: Backend Engineer" in done.output
    assert "employer: Fernbrook" in done.output
    shown = run_cli("profile", "show", "--json")
    assert shown.exit_code == 0, shown.output
    view = json.loads(shown.output)
    assert view["name"] == "Me"
    assert view["current_job"]["title"] == "Backend Engineer"
    assert view["current_job"]["base_pay"] == 150000
    # Setting it again updates the same job, on the same profile.
    again = run_cli("profile", "current", "pto_days=25")
    assert again.exit_code == 0, again.output
    view = json.loads(run_cli("profile", "show", "--json").output)
    assert view["current_job"]["title"] == "Backend Engineer"
    assert view["current_job"]["pto_days"] == 25


def test_document_with_a_job_and_a_name_creates_the_named_profile(home: Path) -> None:
    from sidedoor.profile.document import apply_document
    from sidedoor.profile.repository import load_profile
    from sidedoor.settings import load_settings
    from sidedoor.store import Store

    with Store.from_settings(load_settings()) as store:
        changed = apply_document(store, {"name": "Alex Morgan",
                                         "current_job": {"title": "Data Engineer"},
                                         "skills": ["Python"]})
        view = load_profile(store)
    assert "current_job" in changed and "name" in changed
    assert view.name == "Alex Morgan"
    assert view.current_job is not None and view.current_job.title == "Data Engineer"
    assert any(s.label == "Python" for s in view.skills)


def test_skills_alone_create_the_profile(home: Path) -> None:
    from sidedoor.profile.document import apply_document
    from sidedoor.profile.repository import load_profile
    from sidedoor.settings import load_settings
    from sidedoor.store import Store

    with Store.from_settings(load_settings()) as store:
        apply_document(store, {"skills": ["SQL"]})
        view = load_profile(store)
    assert view.name == "Me" and [s.label for s in view.skills] == ["SQL"]
