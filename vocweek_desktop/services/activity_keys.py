"""What an activity stores besides what was entered so that the registrations table sorts in SQL: the pinyin
sort keys of its text columns (``io/collation.py``), of its 来源 text, and of its 合作企业 list, written with the
text on every change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vocweek_desktop.io import collation
from vocweek_desktop.store.models import Activity, ActivityEnterprise, Enterprise

#: Text column → its stored sort key column (pinyin order, io/collation.py), written with the text on every change.
TEXT_SORT_KEYS = {"title": "title_key", "venue": "venue_key", "audience": "audience_key",
                  "person_in_charge": "person_key", "description": "description_key"}
#: The 来源 column's text for rows not imported from a file (an imported row shows its file's name).
SOURCE_LABELS = {"paste": "粘贴", "manual": "手工录入"}


def source_text(kind: str | None, file: str | None) -> str:
    """What the 来源 column shows: the file's name for an import, 粘贴 or 手工录入 otherwise (``activities._source`` in SQL)."""
    return (file or "") if kind == "import" else SOURCE_LABELS.get(kind or "manual", SOURCE_LABELS["manual"])


def sort_keys(values: Mapping[str, object]) -> dict[str, str]:
    """The stored sort keys of the text columns among ``values`` (and of 来源 when source_kind is given)."""
    keys = {column: collation.sort_key(values[field]) for field, column in TEXT_SORT_KEYS.items() if field in values}
    if "source_kind" in values:
        keys["source_key"] = collation.sort_key(source_text(values["source_kind"], values.get("source_file")))
    return keys


def enterprises_key(names: Iterable[str]) -> str:
    """The sort key of the 合作企业 column: the names as it lists them (by enterprise id), joined by 、."""
    return collation.sort_key("、".join(names))


def refresh_enterprise_keys(session: Session, activity_ids: Iterable[int]) -> None:
    """Write the enterprises sort key of these activities from their linked enterprises."""
    ids = list(activity_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        names: dict[int, list[str]] = {activity_id: [] for activity_id in chunk}
        for activity_id, name in session.execute(
                select(ActivityEnterprise.activity_id, Enterprise.name)
                .join(Enterprise, Enterprise.id == ActivityEnterprise.enterprise_id)
                .where(ActivityEnterprise.activity_id.in_(chunk))
                .order_by(ActivityEnterprise.activity_id, Enterprise.id)):
            names[activity_id].append(name)
        session.execute(update(Activity), [{"id": activity_id, "enterprises_key": enterprises_key(listed)}
                                           for activity_id, listed in names.items()])
