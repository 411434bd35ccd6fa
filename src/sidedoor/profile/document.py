"""The profile as one editable document (YAML or JSON): `profile dump` writes it,
`profile edit FILE` applies it. Only the keys present are changed.

    name, headline, email, phone, location, postal_code, country_code, summary: text
    aspirations: [text]              deal_breakers: [plain phrases]
    skills: [labels to add, source "manual"]
    current_job: {CurrentJob fields: title, employer, base_pay, bonus_percent, …}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sidedoor.profile.dealbreakers import parse_deal_breaker
from sidedoor.profile.errors import ProfileEditError
from sidedoor.profile.models import CurrentJob, ProfileView
from sidedoor.profile.repository import (
    PROFILE_FIELDS,
    add_manual_skills,
    set_current_job,
    update_profile,
)
from sidedoor.store import Store

KEYS = (*PROFILE_FIELDS, "aspirations", "deal_breakers", "skills", "current_job")
CURRENT_EDITABLE = tuple(f for f in CurrentJob.model_fields if f not in ("id",))


def dump_document(view: ProfileView | None) -> dict[str, Any]:
    if view is None:
        return {"name": "", "location": "", "postal_code": "", "aspirations": [],
                "deal_breakers": [], "current_job": {"title": "", "base_pay": None}}
    doc: dict[str, Any] = {f: getattr(view, f) for f in PROFILE_FIELDS}
    doc["aspirations"] = view.aspirations
    doc["deal_breakers"] = [d.text for d in view.deal_breakers]
    if view.current_job is not None:
        doc["current_job"] = view.current_job.model_dump(exclude={"id"}, exclude_none=True)
    return doc


def read_document(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8-sig")
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text)
        else:
            import yaml

            data = yaml.safe_load(text)
    except Exception as exc:  # json and yaml raise their own kinds
        raise ProfileEditError(f"{path} cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise ProfileEditError(f"{path} must hold a mapping of profile fields.")
    return data


def apply_document(store: Store, doc: dict[str, Any]) -> list[str]:
    """Apply the keys present; returns what changed, in words."""
    unknown = sorted(set(doc) - set(KEYS))
    if unknown:
        raise ProfileEditError(f"Unknown profile field(s): {', '.join(unknown)}.",
                               hint=f"Known: {', '.join(KEYS)}.")
    changed: list[str] = []
    values: dict[str, Any] = {k: doc[k] for k in PROFILE_FIELDS if k in doc}
    if "aspirations" in doc:
        values["aspirations"] = [str(a) for a in doc["aspirations"] or []]
    if "deal_breakers" in doc:
        values["deal_breakers"] = [parse_deal_breaker(str(t)).model_dump()
                                   for t in doc["deal_breakers"] or []]
    if values:
        update_profile(store, values)
        changed += sorted(values)
    if doc.get("current_job"):
        job = doc["current_job"]
        if not isinstance(job, dict):
            raise ProfileEditError("current_job must be a mapping of fields.")
        bad = sorted(set(job) - set(CURRENT_EDITABLE))
        if bad:
            raise ProfileEditError(f"Unknown current_job field(s): {', '.join(bad)}.",
                                   hint=f"Known: {', '.join(CURRENT_EDITABLE)}.")
        try:
            set_current_job(store, job)
        except ValidationError as exc:
            raise ProfileEditError(f"current_job: {exc.errors()[0]['msg']} "
                                   f"({'.'.join(map(str, exc.errors()[0]['loc']))}).") from None
        changed.append("current_job")
    if doc.get("skills"):
        added = add_manual_skills(store, [str(s) for s in doc["skills"]])
        changed.append(f"skills (+{added})")
    return changed
