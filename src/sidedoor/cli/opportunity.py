"""`sidedoor opportunity set ID key=value…`: what-ifs and learned facts, with history."""

from __future__ import annotations

import click

from sidedoor.cli._context import app, emit_json


@click.group("opportunity")
def opportunity() -> None:
    """What you learn about an opportunity (or want to try): updates its comparison."""


@opportunity.command("set")
@click.argument("opportunity_id", type=int)
@click.argument("assignments", nargs=-1, required=True)
@click.option("--position", type=int, default=None,
              help="Apply to one position (1 = first); default: the whole opportunity.")
@click.option("--learned", is_flag=True,
              help="A fact you learned (from the recruiter), not a what-if.")
@click.option("--note", default=None, help="Where it came from or why.")
@click.option("--json", "as_json", is_flag=True, help="What was recorded and the new verdict.")
@click.pass_context
def set_cmd(ctx: click.Context, opportunity_id: int, assignments: tuple[str, ...],
            position: int | None, learned: bool, note: str | None, as_json: bool) -> None:
    """Record KEY=VALUE facts, e.g. `bonus=15% base=150k-170k office_days=2 on_call=no`.
    An empty value (`bonus=`) goes back to what the posting says. `sidedoor opportunity keys`
    lists the keys. Earlier values are kept (`sidedoor opportunity history ID`)."""
    from sidedoor.cli.compare import without_cyclic_gc

    with without_cyclic_gc():
        from sidedoor.compare import whatif
        from sidedoor.compare.service import compare_target
        from sidedoor.opportunities.read import get_with
        from sidedoor.store import Store

        parsed = [whatif.parse_assignment(a) for a in assignments]
        settings = app(ctx).settings
        with Store.from_settings(settings) as store:
            with store.connect() as conn:
                detail = get_with(conn, opportunity_id)
            position_id = None
            if position is not None:
                if not 1 <= position <= len(detail.positions):
                    raise click.BadParameter(f"#{opportunity_id} has {len(detail.positions)} "
                                             "position(s).", param_hint="--position")
                position_id = detail.positions[position - 1].id
            rows = whatif.record(store, opportunity_id, position_id, parsed, learned=learned,
                                 note=note)
        report = compare_target(settings, str(opportunity_id), position=position)
        if as_json:
            emit_json({"recorded": [{"key": r.key, "value": r.value, "what_if": r.is_what_if,
                                     "position_id": r.position_id,
                                     "recorded_at": r.recorded_at.isoformat()} for r in rows],
                       "verdict": report.verdict.model_dump(mode="json")})
            return
    kind = "learned" if learned else "what-if"
    for r in rows:
        shown = "cleared" if r.value is None else r.value
        click.echo(f"#{opportunity_id}: {r.key} = {shown} ({kind})")
    click.echo(f"Verdict now — {report.verdict.headline}")


@opportunity.command("history")
@click.argument("opportunity_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def history_cmd(ctx: click.Context, opportunity_id: int, as_json: bool) -> None:
    """Every what-if and learned fact of an opportunity, oldest first."""
    from sidedoor.compare import whatif
    from sidedoor.opportunities.read import get_with
    from sidedoor.store import Store

    with Store.from_settings(app(ctx).settings) as store, store.connect() as conn:
        get_with(conn, opportunity_id)  # OpportunityNotFound with a hint
        rows = whatif.history(conn, opportunity_id)
    if as_json:
        emit_json([{"key": r.key, "value": r.value, "what_if": r.is_what_if, "note": r.note,
                    "position_id": r.position_id, "recorded_at": r.recorded_at.isoformat()}
                   for r in rows])
        return
    if not rows:
        click.echo(f"#{opportunity_id}: no what-ifs or learned facts yet.")
    for r in rows:
        kind = "what-if" if r.is_what_if else "learned"
        click.echo(f"{r.recorded_at:%Y-%m-%d %H:%M}  {r.key} = "
                   f"{'cleared' if r.value is None else r.value}  ({kind})"
                   + (f"  — {r.note}" if r.note else ""))


@opportunity.command("keys")
def keys_cmd() -> None:
    """The keys `opportunity set` understands."""
    from sidedoor.compare.whatif import KEYS

    for name, key in KEYS.items():
        click.echo(f"{name:18} {key.help}")
