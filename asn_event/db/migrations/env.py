"""Alembic environment: the engine comes from the caller (asn_event.db.migrate), never from a file."""

from __future__ import annotations

from alembic import context

from asn_event.db.models import Base, include_in_autogenerate

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        raise RuntimeError("asn_event migrations run through asn_event.db.migrate, which passes the engine")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
            compare_type=True,
            include_name=include_in_autogenerate,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
