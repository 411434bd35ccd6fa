"""`sidedoor profile …`: import a résumé, show and edit the profile, the current job,
aspirations and deal-breakers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from sidedoor.cli._context import app, emit_json

CURRENT_PROMPTS = ("title", "employer", "location", "workplace", "remote_days", "base_pay",
                   "currency", "bonus_percent", "equity_grant", "equity_vesting_years",
                   "retirement_match", "health_premium", "pto_days", "commute_mode",
                   "commute_minutes")


@click.group("profile")
def profile() -> None:
    """Your profile: résumé, current job (the comparison's baseline), aspirations,
    deal-breakers."""


@profile.command("import")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--replace", is_flag=True, help="Overwrite stored fields that differ.")
@click.option("--no-enrich", is_flag=True,
              help="Skip occupation coding and occupation-implied skills.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def import_cmd(ctx: click.Context, paths: tuple[Path, ...], replace: bool, no_enrich: bool,
               as_json: bool) -> None:
    """Import a JSON Resume, a PDF/DOCX/text résumé, or a LinkedIn export (the ZIP, its
    folder, or its CSV files)."""
    from sidedoor.profile.enrich import enrich
    from sidedoor.profile.importers import import_paths
    from sidedoor.profile.repository import save_import
    from sidedoor.store import Store

    settings = app(ctx).settings
    imported = import_paths(list(paths))
    notes = [] if no_enrich else enrich(imported, settings.resolved_knowledge_dir)
    with Store.from_settings(settings) as store:
        report = save_import(store, imported, replace=replace)
    report.notes += notes
    if as_json:
        emit_json(report.model_dump(mode="json"))
        return
    click.echo(f"Imported {report.source} ({report.source_format}): "
               f"{'new profile' if report.created else 'profile updated'}; "
               f"{report.jobs_added} jobs added, {report.jobs_updated} updated, "
               f"{report.skills_added} skills added.")
    for field, value in report.kept.items():
        click.echo(f"kept your {field} ({value!r}); --replace to overwrite it", err=True)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)


def _load(ctx: click.Context) -> Any:
    from sidedoor.profile.repository import load_profile
    from sidedoor.store import Store

    with Store.from_settings(app(ctx).settings) as store:
        return load_profile(store)


@profile.command("show")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def show_cmd(ctx: click.Context, as_json: bool) -> None:
    """Your profile as stored, with each skill's provenance."""
    from sidedoor.profile.dealbreakers import describe

    view = _load(ctx)
    if as_json:
        emit_json(view.model_dump(mode="json"))
        return
    click.echo(f"{view.name}" + (f" — {view.headline}" if view.headline else ""))
    click.echo(f"Home: {view.location or '—'} {view.postal_code or ''}".rstrip())
    job = view.current_job
    if job:
        click.echo(f"Current job: {job.title}" + (f" at {job.employer}" if job.employer else "")
                   + (f" ({job.occupation_code})" if job.occupation_code else ""))
        set_fields = job.model_dump(exclude={"id", "title", "employer", "benefits",
                                             "occupation_code"}, exclude_none=True)
        for key, value in set_fields.items():
            click.echo(f"  {key}: {value}")
    click.echo("Jobs:")
    for w in view.work:
        click.echo(f"  {w.start or '?'} – {w.end or 'now'}  {w.title}"
                   + (f", {w.employer}" if w.employer else ""))
    if view.education:
        click.echo("Education:")
        for e in view.education:
            click.echo(f"  {e.degree or ''} {e.area or ''} — {e.institution} {e.end or ''}")
    click.echo("Aspirations: " + ("; ".join(view.aspirations) or "—"))
    click.echo("Deal-breakers:")
    for d in view.deal_breakers:
        click.echo(f"  {d.text}  → {describe(d)}")
    click.echo("Skills:")
    for s in view.skills:
        click.echo(f"  {s.label} [{s.kind}] — {s.source}: {s.source_ref or ''}")


@profile.command("dump")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of YAML.")
@click.pass_context
def dump_cmd(ctx: click.Context, as_json: bool) -> None:
    """The editable part of your profile as YAML (edit it, then `profile edit FILE`)."""
    from sidedoor.profile.document import dump_document
    from sidedoor.profile.errors import NoProfile

    try:
        view = _load(ctx)
    except NoProfile:
        view = None
    doc = dump_document(view)
    if as_json:
        emit_json(doc)
        return
    import yaml

    click.echo(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), nl=False)


@profile.command("edit")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def edit_cmd(ctx: click.Context, path: Path) -> None:
    """Apply a YAML or JSON document (the shape `profile dump` writes); only the keys in it
    change."""
    from sidedoor.profile.document import apply_document, read_document
    from sidedoor.store import Store

    doc = read_document(path)
    settings = app(ctx).settings
    with Store.from_settings(settings) as store:
        changed = apply_document(store, doc)
        _code_current_job(store, settings)
    click.echo("Updated: " + (", ".join(changed) or "nothing"))


def _code_current_job(store: Any, settings: Any) -> None:
    from sidedoor.profile.enrich import code_current_job

    code = code_current_job(store, settings.resolved_knowledge_dir)
    if code:
        click.echo(f"Current job coded to O*NET {code} (change it with "
                   f"`sidedoor profile current occupation_code=CODE`).")


@profile.command("current")
@click.argument("assignments", nargs=-1)
@click.option("--prompt", "interactive", is_flag=True, help="Ask for each field in turn.")
@click.pass_context
def current_cmd(ctx: click.Context, assignments: tuple[str, ...], interactive: bool) -> None:
    """Show or set the current job: `profile current base_pay=150000 pto_days=20
    commute_mode=transit location=97214`. Without arguments, shows it."""
    from sidedoor.profile.document import CURRENT_EDITABLE, apply_document
    from sidedoor.store import Store

    values: dict[str, Any] = {}
    for a in assignments:
        key, sep, raw = a.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in CURRENT_EDITABLE:
            raise click.BadParameter(f"{a!r}: use KEY=VALUE with a key among "
                                     f"{', '.join(CURRENT_EDITABLE)}.")
        values[key] = _value(key, raw.strip())
    if interactive:
        view = _current_or_none(ctx)
        for key in CURRENT_PROMPTS:
            old = getattr(view, key, None) if view else None
            answer = click.prompt(key.replace("_", " "), default="" if old is None else str(old),
                                  show_default=old is not None)
            if answer != ("" if old is None else str(old)):
                values[key] = _value(key, answer)
    if values:
        settings = app(ctx).settings
        with Store.from_settings(settings) as store:
            apply_document(store, {"current_job": values})
            _code_current_job(store, settings)
    view = _current_or_none(ctx)
    if view is None:
        click.echo("No current job yet: `sidedoor profile current title='…' base_pay=…`.")
        return
    for key, value in view.model_dump(exclude={"id"}, exclude_none=True).items():
        click.echo(f"{key}: {value}")


def _current_or_none(ctx: click.Context) -> Any:
    from sidedoor.profile.errors import NoProfile

    try:
        return _load(ctx).current_job
    except NoProfile:
        return None


def _value(key: str, raw: str) -> Any:
    """A typed value for a CurrentJob field: numbers for money and counts ('150k' too),
    yes/no for flags, text for the rest."""
    from sidedoor.compare.offer import money
    from sidedoor.profile.models import CurrentJob

    if raw == "":
        return None
    annotation = str(CurrentJob.model_fields[key].annotation)
    if "bool" in annotation:
        if raw.lower() in ("yes", "true", "y", "1"):
            return True
        if raw.lower() in ("no", "false", "n", "0"):
            return False
        raise click.BadParameter(f"{key}: {raw!r} is not yes or no.")
    if "float" in annotation:
        value = money(raw)
        if value is None:
            raise click.BadParameter(f"{key}: {raw!r} is not a number.")
        return value
    return raw


def _list_command(name: str, field: str, help_text: str) -> click.Command:
    @click.command(name, help=help_text)
    @click.option("--add", "added", multiple=True, help="Add one (repeat for more).")
    @click.option("--remove", "removed", multiple=True, type=int,
                  help="Remove by number (as listed).")
    @click.option("--clear", is_flag=True, help="Remove all.")
    @click.pass_context
    def command(ctx: click.Context, added: tuple[str, ...], removed: tuple[int, ...],
                clear: bool) -> None:
        from sidedoor.profile.dealbreakers import describe, parse_deal_breaker
        from sidedoor.profile.errors import NoProfile
        from sidedoor.profile.repository import update_profile
        from sidedoor.store import Store

        try:
            view = _load(ctx)
            items = [d.text for d in view.deal_breakers] if field == "deal_breakers" \
                else list(view.aspirations)
        except NoProfile:
            items = []
        if clear:
            items = []
        items = [x for i, x in enumerate(items, 1) if i not in set(removed)] + list(added)
        if added or removed or clear:
            value: list[Any] = items if field == "aspirations" else [
                parse_deal_breaker(x).model_dump() for x in items]
            with Store.from_settings(app(ctx).settings) as store:
                update_profile(store, {field: value})
        for i, text in enumerate(items, 1):
            extra = f"  → {describe(parse_deal_breaker(text))}" if field == "deal_breakers" \
                else ""
            click.echo(f"{i}. {text}{extra}")
        if not items:
            click.echo("none")

    return command


profile.add_command(_list_command(
    "aspirations", "aspirations", "What you want more of (titles, industries, growth…)."))
profile.add_command(_list_command(
    "deal-breakers", "deal_breakers",
    'Hard no\'s in plain words ("no relocation", "at least 2 remote days", "base ≥ 150k", '
    '"no on-call"), shown with the rule sidedoor reads.'))
