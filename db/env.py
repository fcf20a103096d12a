"""Alembic environment: migrations run on the connection that store/migrate.py hands in."""

from alembic import context

from vocweek_desktop.store.models import Base, load_all

load_all()  # every table, also those of tabs the window imports on first use
config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run on the given connection (foreign keys OFF, already in a transaction), or on a URL for autogenerate."""
    connection = config.attributes.get("connection")
    if connection is None:
        from vocweek_desktop.store.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url").removeprefix("sqlite:///"), foreign_keys=False)
        with engine.connect() as connection, connection.begin():
            _configure_and_run(connection)
        return
    _configure_and_run(connection)


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
