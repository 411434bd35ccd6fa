"""Wiring for callers (CLI, web, `evaluate`): build the comparison for a stored opportunity
or a file parsed on the fly, with the user's profile, the knowledge store and the places
cache. Heavy pieces load only when used."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sidedoor.compare.assumptions import from_settings
from sidedoor.compare.engine import CompareContext, compare
from sidedoor.compare.models import Comparison, Subject, WhatIf
from sidedoor.compare.offer import OfferTerms, offer_from_parsed, offer_from_record
from sidedoor.errors import SidedoorError
from sidedoor.places.routing import OsrmRouter

if TYPE_CHECKING:
    from sidedoor.settings import Settings
    from sidedoor.store import Store


class NothingToCompare(SidedoorError):
    """The input holds no position to compare."""

    hint = "Give an opportunity id (`sidedoor inbox list`) or a posting/message file."


def build_context(settings: Settings, stack: ExitStack, *, code_titles: bool = True
                  ) -> CompareContext:
    from sidedoor.knowledge.store import open_knowledge, store_path

    kdir = settings.resolved_knowledge_dir
    ctx = CompareContext(assumptions=from_settings(settings))
    router = OsrmRouter.from_settings(settings)  # None unless commute_routing_url is set
    ctx.router = router.route if router else None
    if not store_path(kdir).is_file():
        ctx.notes.append("No knowledge data installed: no market data and no place lookups "
                         "(run `sidedoor data install`).")
        return ctx
    ctx.knowledge = stack.enter_context(open_knowledge(kdir))
    from sidedoor.places.gazetteer import open_gazetteer

    ctx.gazetteer = stack.enter_context(open_gazetteer(kdir / "cache"))
    if code_titles:
        try:
            from sidedoor.opportunities.language import LazyTitleCoder

            ctx.title_coder = LazyTitleCoder(kdir, ctx.notes)
        except ImportError:  # the title coder is optional
            pass
    return ctx


def _profile(store: Store) -> Any:
    from sidedoor.profile.errors import NoProfile
    from sidedoor.profile.repository import load_profile

    try:
        return load_profile(store)
    except NoProfile:
        return None


def compare_target(settings: Settings, target: str, *, position: int | None = None,
                   store: Store | None = None) -> Comparison:
    """``target`` is an opportunity id in the store, or a file to parse on the fly.

    ``store``: an already open user store (evaluate, the web app); else one is opened."""
    from sidedoor.store import Store

    with ExitStack() as stack:
        if store is None:
            store = stack.enter_context(Store.from_settings(settings))
        ctx = build_context(settings, stack)
        path = Path(target)
        if target.strip().lstrip("#").isdigit() and not path.exists():
            terms, subject, what_ifs = _stored(store, int(target.strip().lstrip("#")), position)
        else:
            terms, subject = _parsed(path, position, ctx)
            what_ifs = []
        return compare(terms, _profile(store), ctx, subject=subject, what_ifs=what_ifs)


def _pick(count: int, position: int | None, where: str) -> int:
    index = (position or 1) - 1
    if count == 0:
        raise NothingToCompare(f"{where} has no position to compare.")
    if not 0 <= index < count:
        raise NothingToCompare(f"{where} has {count} position(s); --position {position} is "
                               "out of range.", hint=f"Use --position 1 to {count}.")
    return index


def _stored(store: Store, opportunity_id: int, position: int | None
            ) -> tuple[OfferTerms, Subject, list[WhatIf]]:
    from sidedoor.compare import whatif
    from sidedoor.opportunities.read import get_with

    with store.connect() as conn:
        detail = get_with(conn, opportunity_id)
        rows = whatif.history(conn, opportunity_id)
    index = _pick(len(detail.positions), position, f"Opportunity #{opportunity_id}")
    p = detail.positions[index]
    latest = whatif.latest(rows, p.id)
    terms = whatif.apply(offer_from_record(p), latest)
    subject = Subject(opportunity_id=opportunity_id, position_id=p.id, position_index=index + 1,
                      positions=len(detail.positions), title=p.title,
                      company=p.company or detail.company, source="store",
                      location=terms.locations[0] if terms.locations else None,
                      workplace=terms.workplace)
    what_ifs = [WhatIf(key=r.key, value=r.value, kind="what-if" if r.is_what_if else "learned",
                       recorded_at=r.recorded_at, note=r.note) for r in latest.values()
                if r.value is not None]
    return terms, subject, what_ifs


def _parsed(path: Path, position: int | None, ctx: CompareContext
            ) -> tuple[OfferTerms, Subject]:
    from sidedoor.intake import parse_path

    if not path.exists():
        raise NothingToCompare(f"{path} is neither an opportunity id nor a file.")
    result = parse_path(str(path), title_coder=ctx.title_coder)
    positions = [p for item in result.items for p in item.positions]
    index = _pick(len(positions), position, str(path))
    p = positions[index]
    terms = offer_from_parsed(p)
    subject = Subject(opportunity_id=None, position_id=None, position_index=index + 1,
                      positions=len(positions), title=terms.title, company=terms.company,
                      source=str(path), location=terms.locations[0] if terms.locations else None,
                      workplace=terms.workplace)
    return terms, subject
