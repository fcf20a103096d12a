"""What still refers to a row: found from the live database's foreign keys, so new tables are covered by themselves.

The database itself is asked (``PRAGMA foreign_key_list`` on SQLite, the inspector elsewhere), not only the
models: a table added by a later migration, a plug-in or by hand is counted as soon as it exists, and what a
delete would really do (``ON DELETE CASCADE`` or not) is read from the schema the file actually has.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import column, func, inspect, select, table
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.store.models import Base


@dataclass(frozen=True)
class ForeignKey:
    """A single-column foreign key of the live schema."""

    table: str
    column: str
    referred_table: str
    referred_column: str | None  # None: the referred table's primary key
    ondelete: str | None


def _labels() -> dict[str, str]:
    return {mapper.local_table.name: getattr(mapper.class_, "__label__", "") or mapper.local_table.name
            for mapper in Base.registry.mappers}


def _units() -> dict[str, str]:
    """Label → the measure word its rows are counted with (条 by default, 个 for booths)."""
    return {getattr(mapper.class_, "__label__", "") or mapper.local_table.name: getattr(mapper.class_, "__unit__", "条")
            for mapper in Base.registry.mappers}


def _sqlite_foreign_keys(connection: Connection) -> list[ForeignKey]:
    names = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    ).scalars().all()
    found: list[ForeignKey] = []
    for name in names:
        groups: dict[int, list[tuple]] = {}
        for row in connection.exec_driver_sql("SELECT * FROM pragma_foreign_key_list(?)", (name,)):
            # id, seq, table, from, to, on_update, on_delete, match
            groups.setdefault(row[0], []).append(tuple(row))
        for rows in groups.values():
            if len(rows) == 1:
                _, _, referred, local, remote, _, on_delete, _ = rows[0]
                found.append(ForeignKey(name, local, referred, remote, on_delete))
    return found


def _inspected_foreign_keys(connection: Connection) -> list[ForeignKey]:
    inspector = inspect(connection)
    found: list[ForeignKey] = []
    for name in inspector.get_table_names():
        for fk in inspector.get_foreign_keys(name):
            if len(fk["constrained_columns"]) == 1:
                found.append(ForeignKey(name, fk["constrained_columns"][0], fk["referred_table"],
                                        fk["referred_columns"][0], (fk.get("options") or {}).get("ondelete")))
    return found


def live_foreign_keys(session: Session) -> list[ForeignKey]:
    """Every single-column foreign key the open database has, read from the database itself."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return _sqlite_foreign_keys(connection)
    return _inspected_foreign_keys(connection)


def count_dependents(session: Session, table_name: str, row_id: int) -> list[tuple[str, int]]:
    """(Chinese label, count) for every table with rows whose foreign key points at ``table_name`` row ``row_id``.

    Keys with ``ON DELETE CASCADE`` are skipped (those rows go with the parent). A table no model describes is
    named by its table name.
    """
    labels = _labels()
    counts: dict[str, int] = {}
    for fk in live_foreign_keys(session):
        if fk.referred_table != table_name or (fk.ondelete or "").upper() == "CASCADE":
            continue
        if fk.referred_column not in (None, "id"):  # points at another unique column, not at the row's id
            continue
        source = table(fk.table, column(fk.column))
        count = session.scalar(select(func.count()).select_from(source).where(source.c[fk.column] == row_id))
        if count:
            label = labels.get(fk.table, fk.table)
            counts[label] = counts.get(label, 0) + count
    return list(counts.items())


def describe(found: list[tuple[str, int]]) -> str:
    """'3 条活动、1 个展位'"""
    units = _units()
    return "、".join(msg.DEPENDENT_ITEM.format(count=count, unit=units.get(label, "条"), label=label)
                    for label, count in found)
