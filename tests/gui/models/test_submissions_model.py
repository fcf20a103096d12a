"""The matrix model: columns follow the edition's kinds, owed cells sort first, cells copy as their state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.gui.models.submissions_model import SubmissionsMatrixModel
from vocweek_desktop.services import colleges, submissions


def test_columns_follow_the_kinds_and_owed_sorts_first(qtbot, db, edition, tmp_path):
    colleges.add_college(db, edition.id, {"name": "智能制造学院"})
    auto = colleges.add_college(db, edition.id, {"name": "汽车工程学院"})
    path = tmp_path / "总结.docx"
    path.write_text("x")
    submissions.record_submission(db, edition.id, auto.id, kinds.REPORT, path,
                                  received_at=dt.datetime(2024, 5, 20), check_name=False)
    model = SubmissionsMatrixModel()
    now = dt.datetime(2024, 5, 25)
    model.set_matrix(submissions.submission_matrix(db, edition.id, now=now))
    assert model.columnCount() == 6
    report = model.column_of(kinds.REPORT)
    model.sort(report, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(2)] == ["智能制造学院", "汽车工程学院"]  # 逾期 before 已交
    assert model.index(1, report).data(model.CopyRole) == "已交"
    submissions.set_extra_kinds(db, edition.id, ["活动视频"])
    model.set_matrix(submissions.submission_matrix(db, edition.id, now=now))
    assert model.headerData(5, Qt.Orientation.Horizontal) == "活动视频" and model.columnCount() == 7
    model.set_matrix(None)
    assert model.rowCount() == 0 and model.columnCount() == 2
