"""The one atomic-write helper: a failure never leaves a half-written file under the target's name."""

from __future__ import annotations

import pytest

from vocweek_desktop import files


def test_write_replaces_target_in_one_step(tmp_path):
    target = tmp_path / "out" / "a.txt"
    files.write_text(target, "第一版")
    files.write_text(target, "第二版")
    assert target.read_text(encoding="utf-8") == "第二版"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.txt"]


def test_failure_inside_block_keeps_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.atomic_path(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("crash while writing")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]


def test_exclusive_refuses_an_existing_target(tmp_path):
    target = tmp_path / "x.lock"
    files.write_text(target, "mine", exclusive=True)
    with pytest.raises(FileExistsError):
        files.write_text(target, "theirs", exclusive=True)
    assert target.read_text(encoding="utf-8") == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["x.lock"]


def test_refused_write_gives_a_chinese_message_naming_the_file(tmp_path, monkeypatch):
    # A read-only folder or a file open in Excel on Windows: the final move is refused.
    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(files.FileWriteError) as caught:
        files.write_text(tmp_path / "报表.xlsx", "x")
    assert "报表.xlsx" in str(caught.value) and "没有写入权限" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_is_named(tmp_path):
    (tmp_path / "a.pdf").mkdir()
    with pytest.raises(files.FileWriteError) as caught:
        files.write_text(tmp_path / "a.pdf", "x")
    assert "文件夹" in str(caught.value)


def test_os_error_is_described_in_chinese(tmp_path):
    import errno

    assert files.describe_os_error(OSError(errno.ENOSPC, "No space")) == "磁盘空间不足"
    assert "写入权限" in files.describe_os_error(PermissionError(errno.EACCES, "denied"))
    assert files.describe_os_error(NotADirectoryError(errno.ENOTDIR, "Not a directory")) == "路径中应为文件夹的地方是一个文件"


def test_a_file_where_a_folder_should_be_is_said_in_chinese(tmp_path):
    (tmp_path / "导出").write_text("x", encoding="utf-8")
    with pytest.raises(files.FileWriteError) as caught:
        files.write_text(tmp_path / "导出" / "a.xlsx", "x")
    assert "Not a directory" not in str(caught.value) and "文件夹" in str(caught.value)


def test_a_name_becomes_a_file_name_every_system_accepts():
    from vocweek_desktop.files import safe_file_name

    assert safe_file_name('学生处/团委:*?"<>|\\甲\t', "部门") == "学生处_团委________甲_"
    assert safe_file_name(" ..后勤处. ", "部门") == "后勤处"
    assert safe_file_name(" . ", "部门") == "部门"
