"""What still refers to a row: found from the schema's foreign keys, so new tables are covered by themselves."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.store.models import Base


def _labels() -> dict[str, str]:
    return {mapper.local_table.name: getattr(mapper.class_, "__label__", "") or mapper.local_table.name
            for mapper in Base.registry.mappers}


def count_dependents(session: Session, table_name: str, row_id: int) -> list[tuple[str, int]]:
    """(Chinese label, count) for every table with rows whose foreign key points at ``table_name`` row ``row_id``."""
    labels = _labels()
    found: list[tuple[str, int]] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name and fk.ondelete not in ("CASCADE",):
                count = session.scalar(select(func.count()).select_from(table).where(fk.parent == row_id))
                if count:
                    found.append((labels.get(table.name, table.name), count))
    return found


def describe(found: list[tuple[str, int]]) -> str:
    """'3 条活动、1 条外出申请'"""
    return "、".join(msg.DEPENDENT_ITEM.format(count=count, label=label) for label, count in found)
