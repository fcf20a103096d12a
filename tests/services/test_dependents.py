"""Dependents found from the live database's foreign keys, as the 学院 tab's delete relies on them."""

from __future__ import annotations

from vocweek_desktop.services import colleges, dependents

COLLEGE = {"name": "测试学院", "teacher_count": "12", "student_count": "300"}


def _exec(db, *statements: str | tuple[str, tuple]) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            if isinstance(statement, tuple):
                conn.exec_driver_sql(*statement)
            else:
                conn.exec_driver_sql(statement)


def test_table_unknown_to_the_models_blocks_delete_and_is_named(db, edition):
    college = colleges.add_college(db, edition.id, COLLEGE)
    _exec(db, "CREATE TABLE test_dep (id INTEGER PRIMARY KEY, college_id INTEGER REFERENCES colleges(id))",
          ("INSERT INTO test_dep (college_id) VALUES (?), (?)", (college.id, college.id)))

    (_id, _name, reason), = colleges.delete_colleges(db, [college.id]).refused

    assert "测试学院" in reason and "2 条test_dep" in reason
    with db.transaction() as session:
        assert dependents.count_dependents(session, "colleges", college.id) == [("test_dep", 2)]
    assert [c.id for c in colleges.list_colleges(db, edition.id)] == [college.id]


def test_cascading_and_unrelated_keys_do_not_block(db, edition):
    college = colleges.add_college(db, edition.id, COLLEGE)
    other = colleges.add_college(db, edition.id, {**COLLEGE, "name": "别的学院"})
    _exec(db,
          "CREATE TABLE goes_along (id INTEGER PRIMARY KEY,"
          " college_id INTEGER REFERENCES colleges(id) ON DELETE CASCADE)",
          "CREATE TABLE points_elsewhere (id INTEGER PRIMARY KEY, college_id INTEGER REFERENCES colleges(id))",
          ("INSERT INTO goes_along (college_id) VALUES (?)", (college.id,)),
          ("INSERT INTO points_elsewhere (college_id) VALUES (?)", (other.id,)))

    assert colleges.delete_colleges(db, [college.id]).done == (college.id,)

    assert [c.name for c in colleges.list_colleges(db, edition.id)] == ["别的学院"]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM goes_along").scalar() == 0


def test_live_keys_read_on_delete_actions_and_quoted_names(db, edition):
    _exec(db, 'CREATE TABLE "odd name" (id INTEGER PRIMARY KEY, "the college" INTEGER,'
              ' FOREIGN KEY ("the college") REFERENCES colleges (id) ON DELETE RESTRICT)')
    with db.transaction() as session:
        keys = {(fk.table, fk.column): fk for fk in dependents.live_foreign_keys(session)}

    assert keys[("odd name", "the college")].ondelete == "RESTRICT"
    assert keys[("colleges", "edition_id")].ondelete == "CASCADE"
    college = colleges.add_college(db, edition.id, COLLEGE)
    _exec(db, ('INSERT INTO "odd name" ("the college") VALUES (?)', (college.id,)))
    with db.transaction() as session:
        assert dependents.count_dependents(session, "colleges", college.id) == [("odd name", 1)]


def test_any_parent_table_is_covered(db, edition):
    # Everything the models hang on an edition cascades, so nothing blocks; a live table on departments does.
    with db.transaction() as session:
        assert dependents.count_dependents(session, "editions", edition.id) == []
    _exec(db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, department_id INTEGER REFERENCES departments(id))")
    from vocweek_desktop.services import organisation

    department = organisation.list_departments(db, edition.id)[0]
    _exec(db, ("INSERT INTO notes (department_id) VALUES (?)", (department.id,)))
    with db.transaction() as session:
        found = dependents.count_dependents(session, "departments", department.id)
    assert found == [("notes", 1)]
    assert dependents.describe([("部门", 2), ("notes", 1)]) == "2 条部门、1 条notes"
