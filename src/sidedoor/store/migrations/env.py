"""Alembic environment for the user's store.

At run time sidedoor passes an open connection in ``config.attributes["connection"]``
(see ``sidedoor.store.migrate``). Developers can also run the ``alembic`` command with
``-c src/sidedoor/store/migrations/alembic.ini -x url=sqlite:///scratch.sqlite3`` to write a
new migration with ``--autogenerate`` (docs/store.md).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from sidedoor.store.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        transaction_per_migration=True,
        # SQLite gets real transactional DDL from the engine's BEGIN hook (store/db.py).
        transactional_ddl=True,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    if context.is_offline_mode():
        raise SystemExit("sidedoor migrations run online only (against a database).")
    connection = context.config.attributes.get("connection")
    if isinstance(connection, Connection):
        _run(connection)
        return
    from sidedoor.store.db import create_store_engine

    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("Give the database: alembic ... -x url=sqlite:///scratch.sqlite3")
    engine = create_store_engine(url)
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


_main()
