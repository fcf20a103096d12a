"""Files the colleges hand in: kept in the managed folder with size and SHA-256, a file recorded twice, bad files,
a kept copy moved away by hand, extensions, and the 概览 matrix against crafted deadlines."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import pytest
from sqlalchemy import insert, select

from tests.services.audit_events import event_count, history_tuples
from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.domain.errors import NotFoundError, ValidationError
from vocweek_desktop.services import audit, editions
from vocweek_desktop.services import submissions as service
from vocweek_desktop.store.models import RegistrationSubmission, Submission

REPORT_DEADLINE = dt.datetime(2024, 5, 23, 23, 59, 59)
REGISTRATION_DEADLINE = dt.datetime(2024, 5, 10, 18, 0)


def make_file(folder, name: str, content: str = "", *, mtime: dt.datetime | None = None):
    path = folder / name
    path.write_bytes((content or f"内容：{name}").encode("utf-8"))
    if mtime is not None:
        stamp = mtime.timestamp()
        os.utime(path, (stamp, stamp))
    return path


def kept_files(db) -> list[str]:
    folder = service.files_folder(db)
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def rows(db) -> list[Submission]:
    with db.transaction() as session:
        return list(session.scalars(select(Submission).order_by(Submission.id)))


@pytest.fixture
def incoming(tmp_path):
    folder = tmp_path / "收件箱"
    folder.mkdir()
    return folder


def test_a_file_is_kept_beside_the_database_with_its_size_and_hash(env, incoming):
    db = env.db
    source = make_file(incoming, "总结.docx", "我院职教周工作总结", mtime=dt.datetime(2024, 5, 20, 9, 30))
    record = service.record_submission(db, env.edition.id, env.smart.id, kinds.REPORT, source)

    assert service.files_folder(db) == db.path.parent / "vocweek-test.files"
    assert kept_files(db) == ["2024/智能制造学院/智能制造学院-工作总结报告.docx"]
    assert record.path.read_bytes() == source.read_bytes()
    assert source.exists()  # copied, not moved
    data = "我院职教周工作总结".encode()
    assert (record.size, record.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert record.received_at == dt.datetime(2024, 5, 20, 9, 30)  # the file's own time by default
    assert not record.late and not record.file_missing
    [row] = rows(db)
    assert (row.kind, row.file_name, row.stored_path, row.size, row.sha256, row.source) == (
        kinds.REPORT, "总结.docx", "2024/智能制造学院/智能制造学院-工作总结报告.docx", len(data), record.sha256, "file")
    [event] = history_tuples(db, "submission", row.id)
    assert event[1] == "create" and event[3] == "智能制造学院 工作总结报告：总结.docx"
    assert event[5]["sha256"] == record.sha256


def test_the_next_file_of_a_kind_gets_the_next_name(env, incoming):
    for name in ("照片1.jpg", "照片2.JPG", "视频.mp4"):
        service.record_submission(env.db, env.edition.id, env.auto.id, kinds.MEDIA, make_file(incoming, name))
    assert kept_files(env.db) == ["2024/汽车工程学院/汽车工程学院-新闻图片影像资料-2.jpg",
                                  "2024/汽车工程学院/汽车工程学院-新闻图片影像资料.jpg",
                                  "2024/汽车工程学院/汽车工程学院-新闻图片影像资料.mp4"]


def test_a_file_recorded_twice_is_recognised(env, incoming):
    db = env.db
    first = service.record_submission(db, env.edition.id, env.smart.id, kinds.REPORT,
                                      make_file(incoming, "总结.docx", "同一份总结"),
                                      received_at=dt.datetime(2024, 5, 21, 10, 0))
    events = event_count(db)
    renamed = make_file(incoming, "总结（再发一次）.docx", "同一份总结")
    with pytest.raises(service.DuplicateFile) as error:
        service.record_submission(db, env.edition.id, env.auto.id, kinds.REPORT, renamed)
    assert str(error.value) == "这个文件已经记录过：智能制造学院的工作总结报告“总结.docx”（收到于 5月21日 10:00）"
    assert error.value.existing.id == first.id
    assert len(rows(db)) == 1 and len(kept_files(db)) == 1 and event_count(db) == events


@pytest.mark.parametrize(("setup", "message"), [
    (lambda folder: folder / "没有这个文件.docx", "找不到文件“没有这个文件.docx”。"),
    (lambda folder: (folder / "照片").mkdir() or folder / "照片", "“照片”是一个文件夹，请选择其中的文件（或先压缩成一个 .zip 文件）。"),
    (lambda folder: (folder / "空.docx").write_bytes(b"") or folder / "空.docx", "“空.docx”是空文件（0 字节），没有记录。"),
])
def test_bad_files_are_refused_naming_them(env, incoming, setup, message):
    with pytest.raises(ValidationError) as error:
        service.record_submission(env.db, env.edition.id, env.smart.id, kinds.REPORT, setup(incoming))
    assert str(error.value) == message
    assert rows(env.db) == [] and kept_files(env.db) == []


def test_an_unknown_kind_is_refused_and_the_office_can_add_one(env, incoming):
    source = make_file(incoming, "活动视频.mp4")
    with pytest.raises(ValidationError, match="材料种类“活动视频”不认识，应为：附件1 活动信息表、工作总结报告、附件2 情况统计表、新闻图片影像资料"):
        service.record_submission(env.db, env.edition.id, env.smart.id, "活动视频", source)
    assert service.set_extra_kinds(env.db, env.edition.id, ["活动视频"])[-1] == "活动视频"
    record = service.record_submission(env.db, env.edition.id, env.smart.id, "活动视频", source)
    assert record.kind == "活动视频"
    assert service.record_submission(env.db, env.edition.id, env.auto.id, "总结",  # a unique part of a kind's name
                                     make_file(incoming, "b.docx")).kind == kinds.REPORT
    with pytest.raises(Exception, match="材料种类“活动视频”已有提交记录，不能删去"):
        service.set_extra_kinds(env.db, env.edition.id, [])


def test_a_file_naming_another_year_or_college_is_questioned(env, incoming):
    other_year = make_file(incoming, "2023年职教周总结.docx")
    with pytest.raises(service.FileNameMismatch, match="文件名“2023年职教周总结.docx”写的是 2023 年，而当前年度是 2024 年"):
        service.record_submission(env.db, env.edition.id, env.smart.id, kinds.REPORT, other_year)
    other_college = make_file(incoming, "汽车工程学院总结.docx")
    with pytest.raises(service.FileNameMismatch, match="写的是“汽车工程学院”，不是“智能制造学院”"):
        service.record_submission(env.db, env.edition.id, env.smart.id, kinds.REPORT, other_college)
    assert rows(env.db) == []
    service.record_submission(env.db, env.edition.id, env.smart.id, kinds.REPORT, other_year, check_name=False)
    assert len(rows(env.db)) == 1


def test_the_kept_copy_goes_when_the_database_refuses_the_row(env, incoming, monkeypatch):
    def refuse(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(audit, "record", refuse)
    with pytest.raises(RuntimeError):
        service.record_submission(env.db, env.edition.id, env.smart.id, kinds.REPORT, make_file(incoming, "a.docx"))
    assert rows(env.db) == [] and kept_files(env.db) == []


def test_a_kept_copy_moved_away_by_hand_is_reported_not_a_crash(env, incoming):
    db = env.db
    record = service.record_submission(db, env.edition.id, env.smart.id, kinds.REPORT,
                                       make_file(incoming, "总结.docx"), received_at=dt.datetime(2024, 5, 20))
    record.path.rename(incoming / "拿走了.docx")

    [listed] = service.list_submissions(db, env.edition.id, college_id=env.smart.id)
    assert listed.file_missing
    assert service.missing_files(db, env.edition.id) == [listed]
    matrix = service.submission_matrix(db, env.edition.id, now=dt.datetime(2024, 5, 24))
    cell = matrix.cell(env.smart.id, kinds.REPORT)
    assert (cell.state, cell.count, cell.missing_files) == (kinds.ON_TIME, 1, 1)
    assert matrix.missing_files == (listed,)
    with pytest.raises(NotFoundError) as error:
        service.submission_path(db, record.id)
    assert str(error.value).startswith("“总结.docx”已不在管理文件夹中（")
    assert service.delete_submission(db, record.id).id == record.id  # still deletable
    assert rows(db) == []


def test_deleting_a_record_removes_its_kept_copy(env, incoming):
    record = service.record_submission(env.db, env.edition.id, env.smart.id, kinds.REPORT,
                                       make_file(incoming, "总结.docx"))
    service.delete_submission(env.db, record.id)
    assert rows(env.db) == [] and kept_files(env.db) == []
    assert [e[1] for e in history_tuples(env.db, "submission", record.id)] == ["create", "delete"]
    with pytest.raises(NotFoundError, match="找不到这条提交记录"):
        service.delete_submission(env.db, record.id)


def test_extensions_need_a_reason_and_a_later_deadline(env):
    db, ed = env.db, env.edition.id
    with pytest.raises(ValidationError) as error:
        service.grant_extension(db, ed, env.smart.id, kinds.REPORT, dt.datetime(2024, 5, 20), " ")
    assert set(error.value.fields) == {"reason", "until"}
    assert error.value.fields["until"] == "延期后的截止时间（5月20日 00:00）应晚于原截止时间（5月23日 23:59）"
    granted = service.grant_extension(db, ed, env.smart.id, kinds.REPORT, dt.datetime(2024, 5, 26, 18, 0), "院长出差")
    assert granted.until == dt.datetime(2024, 5, 26, 18, 0)
    service.grant_extension(db, ed, env.smart.id, kinds.REPORT, dt.datetime(2024, 5, 27, 18, 0), "院长出差，再延一天")
    [cell] = [c for c in service.submission_matrix(db, ed, now=dt.datetime(2024, 5, 25)).rows[0].cells
              if c.kind == kinds.REPORT]
    assert cell.state == kinds.EXTENDED and cell.extension.until == dt.datetime(2024, 5, 27, 18, 0)
    assert service.remove_extension(db, ed, env.smart.id, kinds.REPORT)
    assert not service.remove_extension(db, ed, env.smart.id, kinds.REPORT)
    events = [e for e in audit.events(db, ed, entity="extension")]
    assert [e.action for e in sorted(events, key=lambda e: e.id)] == ["create", "update", "delete"]


def test_matrix_against_crafted_deadlines_and_extensions(env, incoming):
    """Each state of the matrix, from what was received when, the deadlines of each kind, and an extension."""
    db, ed = env.db, env.edition.id
    edition = editions.get_edition(db, ed)  # the notice's deadlines
    assert (edition.registration_deadline, edition.report_deadline) == (REGISTRATION_DEADLINE, REPORT_DEADLINE)
    with db.transaction() as session:  # 附件1 imports: 智能制造 on time, 汽车 late
        session.execute(insert(RegistrationSubmission), [
            {"edition_id": ed, "college_id": env.smart.id, "file_name": "附件1.xlsx",
             "received_at": dt.datetime(2024, 5, 10, 17, 0)},
            {"edition_id": ed, "college_id": env.auto.id, "file_name": "附件1.xlsx",
             "received_at": dt.datetime(2024, 5, 11, 9, 0)}])
    record = service.record_submission
    record(db, ed, env.smart.id, kinds.REPORT, make_file(incoming, "a.docx"), received_at=dt.datetime(2024, 5, 23, 20))
    record(db, ed, env.auto.id, kinds.REPORT, make_file(incoming, "b.docx"), received_at=dt.datetime(2024, 5, 25, 8))
    service.grant_extension(db, ed, env.auto.id, kinds.STATISTICS, dt.datetime(2024, 5, 26, 18, 0), "统计未完")
    service.grant_extension(db, ed, env.smart.id, kinds.STATISTICS, dt.datetime(2024, 5, 26, 18, 0), "统计未完")
    record(db, ed, env.smart.id, kinds.STATISTICS, make_file(incoming, "c.xlsx"),
           received_at=dt.datetime(2024, 5, 25, 10))  # after the deadline, within the extension

    def states(now):
        matrix = service.submission_matrix(db, ed, now=now)
        return {(row.name, cell.kind): cell.state for row in matrix.rows for cell in row.cells}, matrix

    before, _ = states(dt.datetime(2024, 5, 22, 12, 0))
    assert before[("智能制造学院", kinds.REGISTRATION)] == kinds.ON_TIME
    assert before[("汽车工程学院", kinds.REGISTRATION)] == kinds.LATE
    assert before[("智能制造学院", kinds.REPORT)] == kinds.ON_TIME
    assert before[("汽车工程学院", kinds.REPORT)] == kinds.LATE
    assert before[("汽车工程学院", kinds.STATISTICS)] == kinds.EXTENDED
    assert before[("智能制造学院", kinds.STATISTICS)] == kinds.ON_TIME
    assert before[("智能制造学院", kinds.MEDIA)] == kinds.MISSING

    after, matrix = states(dt.datetime(2024, 5, 27, 9, 0))
    assert after[("智能制造学院", kinds.MEDIA)] == kinds.OVERDUE
    assert after[("汽车工程学院", kinds.STATISTICS)] == kinds.OVERDUE  # the extension ran out too
    assert matrix.counts(kinds.REPORT) == {kinds.MISSING: 0, kinds.ON_TIME: 1, kinds.OVERDUE: 0, kinds.EXTENDED: 0,
                                           kinds.LATE: 1}
    smart = matrix.rows[0]
    assert smart.owed == (kinds.MEDIA,)
    assert smart.reminder.splitlines()[1] == "1. 新闻图片影像资料（截止 5月23日 23:59，已逾期，请尽快补交）"
    auto = matrix.rows[1]
    assert auto.owed == (kinds.STATISTICS, kinds.MEDIA)
    json_rows = service.matrix_rows(matrix)
    assert json_rows[1]["kinds"][kinds.STATISTICS]["extended_until"] == "2024-05-26 18:00:00"
    assert json_rows[0]["kinds"][kinds.REGISTRATION] == {
        "state": "已交", "first_received": "2024-05-10 17:00:00", "deadline": "2024-05-10 18:00:00",
        "extended_until": None, "files": 1, "missing_files": 0}


def test_a_college_with_kept_files_cannot_be_deleted(env, incoming):
    from vocweek_desktop.services import colleges

    service.record_submission(env.db, env.edition.id, env.smart.id, kinds.REPORT, make_file(incoming, "a.docx"))
    result = colleges.delete_colleges(env.db, [env.smart.id])
    assert result.done == () and "1 条材料提交记录" in result.refused[0][2]


def test_guess_from_a_file_name(env):
    found = service.guess(env.db, env.edition.id, "智造-2024职教周总结.docx")
    assert (found.college_id, found.kind, found.sure) == (env.smart.id, kinds.REPORT, True)
    unsure = service.guess(env.db, env.edition.id, "IMG_0001.jpg")
    assert (unsure.college_id, unsure.kind, unsure.sure) == (None, kinds.MEDIA, False)
    assert unsure.colleges == ((env.smart.id, "智能制造学院"), (env.auto.id, "汽车工程学院"))


def test_dropped_files_are_told_apart(env, tmp_path):
    from vocweek_desktop.services import activities_templates, publicity, statistics_templates

    db, ed = env.db, env.edition.id
    [stats] = statistics_templates.write_templates(db, ed, tmp_path / "附件2.xlsx", college_id=env.smart.id)
    [registration] = activities_templates.write_templates(db, ed, tmp_path / "附件1.xlsx", college_id=env.smart.id)
    listing = publicity.export_items(db, ed, tmp_path / "宣传.xlsx")
    other = tmp_path / "总结.docx"
    other.write_bytes(b"PK\x03\x04 not really")
    broken = tmp_path / "坏的.xlsx"
    broken.write_bytes(b"PK\x03\x04 broken")
    assert service.classify_file(stats) == service.ROUTE_STATISTICS
    assert service.classify_file(registration) == service.ROUTE_REGISTRATION
    assert service.classify_file(listing) == service.ROUTE_PUBLICITY
    assert service.classify_file(other) == service.ROUTE_FILE
    assert service.classify_file(broken) == service.ROUTE_UNREADABLE
    assert service.classify_file(tmp_path / "旧格式.xls") == service.ROUTE_UNREADABLE


def test_a_saved_copy_of_the_database_takes_the_kept_files_along(env, incoming, tmp_path):
    from vocweek_desktop.services.database import save_copy
    from vocweek_desktop.store.engine import open_database

    record = service.record_submission(env.db, env.edition.id, env.smart.id, kinds.REPORT,
                                       make_file(incoming, "总结.docx"))
    copy = save_copy(env.db, tmp_path / "副本" / "备份.sqlite3")
    assert (tmp_path / "副本" / "备份.files" / record.stored_path).read_bytes() == record.path.read_bytes()
    other = open_database(copy, create=False)
    try:
        assert service.missing_files(other, env.edition.id) == []
    finally:
        other.close()
