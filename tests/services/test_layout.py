"""The layout services: every change one transaction with its audit events, undo through the returned values
restoring the exact database state, numbering, assignment, problems, copy forward and the demo plaza."""

from __future__ import annotations

import pytest

from tests.services.audit_events import event_count, history_tuples
from vocweek_desktop.domain.errors import ConflictError, ValidationError
from vocweek_desktop.domain.layout import BoothShape
from vocweek_desktop.services import colleges, editions, layout
from vocweek_desktop.services.layout import Changes


def state(db) -> dict[str, list[tuple]]:
    """Every row of the layout tables (ids included): what 'the exact database state' means for the layout."""
    with db.engine.connect() as connection:
        return {name: [tuple(row) for row in connection.exec_driver_sql(f"SELECT * FROM {name} ORDER BY id")]
                for name in ("layouts", "booths", "layout_features")}


def booth(number, x, y, **more):
    """A 3 m × 3 m booth's values."""
    return {"number": number, "x": x, "y": y, "width": 3, "depth": 3, **more}


@pytest.fixture
def plaza(env):
    """A 40 m × 30 m plaza for the env edition."""
    return layout.ensure_layout(env.db, env.edition.id, {"name": "东区科技广场", "width": 40, "depth": 30})


def test_a_plaza_is_made_once_and_its_changes_are_checked(env, plaza):
    db = env.db
    assert layout.ensure_layout(db, env.edition.id) == plaza
    layout.add_items(db, plaza.id, [booth("A01", 5, 5, width=6)])
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        layout.update_plaza(db, plaza.id, {"width": 4})
    assert caught.value.fields["width"] == "场地 4×30 米比展位（6×3 米）还小"
    with pytest.raises(ValidationError) as caught:
        layout.update_plaza(db, plaza.id, {"depth": "三十"})
    assert caught.value.fields == {"depth": "深(米)“三十”不是数字"}
    assert state(db) == before
    old, now = layout.update_plaza(db, plaza.id, {"width": 50, "grid": 1, "north": 370})
    assert (now.width, now.grid, now.north) == (50, 1, 10)
    assert old == {"width": 40, "grid": 0.5, "north": None}
    layout.update_plaza(db, plaza.id, old)
    assert state(db) == before


def test_add_delete_and_undo_restore_the_same_rows(env, plaza):
    db = env.db
    empty = state(db)
    added = layout.add_items(db, plaza.id, [booth("A01", 1.5, 1.5, college_id=env.smart.id), booth("A02", 4.5, 1.5)],
                             [{"kind": "stage", "label": "舞台", "x": 20, "y": 25, "width": 10, "depth": 4}])
    full = state(db)
    assert [b.number for b in added.booths] == ["A01", "A02"] and added.features[0].label == "舞台"
    gone = layout.delete_items(db, [b.id for b in added.booths], [added.features[0].id])
    assert state(db)["booths"] == [] and gone == added
    layout.restore_items(db, gone)
    assert state(db) == full
    layout.delete_items(db, [b.id for b in added.booths], [f.id for f in added.features])
    assert state(db) == {**empty, "layouts": full["layouts"]}
    # A new booth never takes a deleted one's id, so an undone deletion always finds its id free.
    again = layout.add_items(db, plaza.id, [booth("A09", 10, 10)])
    assert again.booths[0].id > max(b.id for b in added.booths)
    assert [e[1] for e in history_tuples(db, "booth", added.booths[0].id)] == ["create", "delete", "restore", "delete"]


def test_bad_values_write_nothing(env, plaza):
    db = env.db
    layout.add_items(db, plaza.id, [booth("A01", 1.5, 1.5)])
    before, events = state(db), event_count(db)
    with pytest.raises(ValidationError) as caught:
        layout.add_items(db, plaza.id, [booth("A02", 5, 5), booth("A03", "x", 5, width=0)])
    assert caught.value.fields == {"x": "X(米)“x”不是数字", "width": "宽(米)必须大于 0（填写的是 0）"}
    with pytest.raises(ConflictError, match="展位号“A01”已被占用"):
        layout.add_items(db, plaza.id, [booth("A01", 9, 9)])
    with pytest.raises(ConflictError, match="展位号“B01”已被占用"):
        layout.add_items(db, plaza.id, [booth("B01", 9, 9), booth("B01", 19, 9)])
    assert (state(db), event_count(db)) == (before, events)


def test_a_drag_of_many_is_one_update_and_its_undo_restores_the_state(env, plaza):
    db = env.db
    added = layout.add_items(db, plaza.id, [booth(f"A{i:02d}", 1.5 + 3 * i, 1.5) for i in range(5)])
    before, events = state(db), event_count(db)
    ids = [b.id for b in added.booths]
    old, now = layout.move_items(db, ids, [], 2.5, 10)
    assert [(b.x, b.y) for b in now.booths] == [(4.0 + 3 * i, 11.5) for i in range(5)]
    assert event_count(db) == events + 5  # one event per booth, in the one transaction
    layout.update_items(db, old)
    assert state(db) == before


def test_auto_number_in_reading_order_swaps_and_refuses_a_taken_number(env, plaza):
    db = env.db
    added = layout.add_items(db, plaza.id, [booth("x1", 10, 10), booth("x2", 4, 4), booth("x3", 4, 10),
                                            booth("x4", 10, 4), booth("A01", 30, 20)])
    ids = [b.id for b in added.booths[:4]]
    with pytest.raises(ConflictError, match="展位号“A01”已被占用"):
        layout.auto_number(db, ids, "A", 1, 2)
    old, now = layout.auto_number(db, ids, "B", 1, 2)
    assert {b.number: (b.x, b.y) for b in now.booths} == {"B01": (4, 4), "B02": (10, 4), "B03": (4, 10),
                                                          "B04": (10, 10)}
    # Numbering again in columns swaps numbers among the same booths: allowed.
    layout.auto_number(db, ids, "B", 1, 2, by_columns=True)
    numbers = {(b.x, b.y): b.number for b in layout.get_layout(db, env.edition.id).booths}
    assert (numbers[(4, 10)], numbers[(10, 4)]) == ("B02", "B03")


def test_assigning_a_college_blocks_its_deletion_and_problems_are_found(env, plaza):
    db = env.db
    added = layout.add_items(db, plaza.id, [booth("A01", 1.5, 1.5), booth("A02", 3, 1.5), booth("A03", 39, 10)])
    first, second, third = (b.id for b in added.booths)
    layout.assign_college(db, first, env.smart.id)
    layout.assign_college(db, second, env.smart.id)
    texts = [p.text for p in layout.check_layout(db, env.edition.id)]
    assert texts == ["展位 A01 与 A02 重叠", "展位 A03 超出场地范围", "智能制造学院有 2 个展位（A01、A02）",
                     "汽车工程学院还没有展位"]
    result = colleges.delete_colleges(db, [env.smart.id])
    assert result.done == () and "2 个展位" in result.refused[0][2]
    layout.unassign_college(db, env.edition.id, env.smart.id)
    assert {b.college_id for b in layout.get_layout(db, env.edition.id).booths} == {None}
    assert colleges.delete_colleges(db, [env.smart.id]).done == (env.smart.id,)
    other = editions.create_from_defaults(db, 2025)
    stranger = colleges.add_college(db, other.id, {"name": "别的学院"})
    with pytest.raises(ValidationError, match="学院不属于本年度"):
        layout.assign_college(db, third, stranger.id)


def test_copy_forward_matches_colleges_by_name_and_lists_the_unmatched(env, plaza):
    db = env.db
    layout.add_items(db, plaza.id, [booth("A01", 1.5, 1.5, college_id=env.smart.id),
                                    booth("A02", 4.5, 1.5, college_id=env.auto.id)],
                     [{"kind": "entrance", "label": "南门", "x": 20, "y": 29, "width": 6, "depth": 2}])
    new = editions.create_from_defaults(db, 2025)
    smart_2025 = colleges.add_college(db, new.id, {"name": "智能制造学院"})
    result = layout.copy_layout(db, env.edition.id, new.id)
    assert (result.booths, result.features, result.assigned) == (2, 1, 1)
    assert result.unmatched == ("A02：学院“汽车工程学院”在本年度找不到",)
    copied = layout.get_layout(db, new.id)
    assert copied.plaza.name == "东区科技广场" and (copied.plaza.width, copied.plaza.depth) == (40, 30)
    assert [(b.number, b.college_id) for b in copied.booths] == [("A01", smart_2025.id), ("A02", None)]
    with pytest.raises(ConflictError, match="已有 2 个展位"):
        layout.copy_layout(db, env.edition.id, new.id)
    assert layout.copy_layout(db, env.edition.id, new.id, replace=True).booths == 2
    assert len(layout.get_layout(db, new.id).booths) == 2


def test_showcase_booths_for_the_task_lists(env, plaza):
    layout.add_items(env.db, plaza.id, [booth("A10", 9, 1.5, power=True, tables=2, chairs=4, college_id=env.auto.id),
                                        booth("A2", 1.5, 1.5, notes="靠近电源")])
    rows = layout.showcase_booths(env.db, env.edition.id)
    assert [(r.number, r.college, r.power, r.tables, r.chairs, r.notes) for r in rows] == [
        ("A2", "", False, 0, 0, "靠近电源"), ("A10", "汽车工程学院", True, 2, 4, "")]


def test_the_demo_plaza_has_a_booth_for_every_college_and_no_problem(tmp_path):
    from vocweek_desktop.services.database import create_demo

    db = create_demo(tmp_path / "demo.sqlite3", with_layout=True)
    try:
        edition_id = editions.list_editions(db)[0].id
        data = layout.get_layout(db, edition_id)
        assigned = {b.college_id for b in data.booths if b.college_id is not None}
        assert assigned == {c.id for c in data.colleges} and len(data.features) >= 5
        assert data.problems() == []
        assert all(isinstance(b.shape(), BoothShape) for b in data.booths)
    finally:
        db.close()


def test_update_refuses_a_missing_booth(env, plaza):
    with pytest.raises(Exception, match="找不到这个展位"):
        layout.update_items(env.db, Changes({999: {"x": 1}}))


def test_a_background_must_be_a_picture_of_at_most_50_megapixels(env, plaza, tmp_path):
    import struct
    import zlib

    from PIL import Image

    from vocweek_desktop.io.pdf.images import ImageError

    good = tmp_path / "plan.png"
    Image.new("RGB", (40, 30), "white").save(good)
    data = bytearray(good.read_bytes())
    data[16:24] = struct.pack(">II", 10_000, 6_000)  # the header claims 60 megapixels
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    before = state(env.db)
    with pytest.raises(ImageError, match="6000 万像素"):
        layout.set_background(env.db, plaza.id, bytes(data), "航拍.png")
    with pytest.raises(ImageError, match="不是可用的图片"):
        layout.set_background(env.db, plaza.id, b"%PDF-1.4 not a picture", "平面图.pdf")
    assert state(env.db) == before
    assert layout.set_background(env.db, plaza.id, good.read_bytes(), "plan.png") == (None, "")
    assert layout.background_bytes(env.db, plaza.id) == good.read_bytes()
    assert layout.read_background(good) == good.read_bytes()
