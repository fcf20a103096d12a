"""activities: stored pinyin sort keys of the text columns, filled for the rows already there

Revision ID: 0006_sort_keys
Revises: 0005_layout
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = '0006_sort_keys'
down_revision = '0005_layout'
branch_labels = None
depends_on = None

#: key column → the text column it orders, as the services fill them at this revision.
TEXT_KEYS = {"title_key": "title", "venue_key": "venue", "audience_key": "audience", "person_key": "person_in_charge",
             "description_key": "description"}
KEY_COLUMNS = (*TEXT_KEYS, "enterprises_key", "source_key")
SOURCE_LABELS = {"paste": "粘贴", "manual": "手工录入"}


def upgrade() -> None:
    # Plain ADD COLUMNs (no table is recreated); store/migrate.py runs this with foreign keys OFF all the same.
    with op.batch_alter_table('activities', schema=None) as batch_op:
        for name in KEY_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default='', nullable=False))
    _fill_keys(op.get_bind())


def _fill_keys(connection) -> None:
    """Every existing activity gets the keys the services would have written."""
    from vocweek_desktop.io.collation import sort_key

    names: dict[int, list[str]] = {}
    for activity_id, name in connection.execute(sa.text(
            "SELECT l.activity_id, e.name FROM activity_enterprises l JOIN enterprises e ON e.id = l.enterprise_id "
            "ORDER BY l.activity_id, e.id")):
        names.setdefault(activity_id, []).append(name)
    rows = connection.execute(sa.text(
        "SELECT id, " + ", ".join(TEXT_KEYS.values()) + ", source_kind, source_file FROM activities")).all()
    values = []
    for row in rows:
        activity_id, *texts, kind, file = row
        keys = {column: sort_key(text) for column, text in zip(TEXT_KEYS, texts, strict=True)}
        keys["enterprises_key"] = sort_key("、".join(names.get(activity_id, [])))
        keys["source_key"] = sort_key(file if kind == "import" else SOURCE_LABELS.get(kind, SOURCE_LABELS["manual"]))
        values.append({"id": activity_id, **keys})
    if values:
        assignments = ", ".join(f"{column} = :{column}" for column in KEY_COLUMNS)
        connection.execute(sa.text(f"UPDATE activities SET {assignments} WHERE id = :id"), values)


def downgrade() -> None:
    with op.batch_alter_table('activities', schema=None) as batch_op:
        for name in reversed(KEY_COLUMNS):
            batch_op.drop_column(name)
