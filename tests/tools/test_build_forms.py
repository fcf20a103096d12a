"""The committed forms in gui/forms/ are exactly what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

import shutil

from vocweek_desktop import paths
from vocweek_desktop.tools import build_forms


def test_every_form_is_current():
    ui_files = build_forms.ui_files()
    assert ui_files, "no Designer forms found in ui/"
    missing = [f.name for f in ui_files if not build_forms.form_path(f).is_file()]
    assert missing == [], f"forms never generated: {missing}"
    stale = build_forms.check()
    assert stale == [], (f"forms differ from ui/: {stale}; "
                         "run `uv run python -m vocweek_desktop.tools.build_forms` and commit the result")


def test_check_reports_an_edited_form(tmp_path):
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    ui_dir.mkdir()
    source = build_forms.ui_files()[0]
    shutil.copy(source, ui_dir / source.name)
    assert build_forms.build(ui_dir, forms_dir) == [forms_dir / f"ui_{source.stem}.py"]
    assert build_forms.check(ui_dir, forms_dir) == []
    assert build_forms.build(ui_dir, forms_dir) == []  # stable: nothing rewritten the second time

    generated = forms_dir / f"ui_{source.stem}.py"
    generated.write_text(generated.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    assert build_forms.check(ui_dir, forms_dir) == [source.name]
    generated.unlink()
    assert build_forms.check(ui_dir, forms_dir) == [source.name]


def test_generator_version_line_is_normalised():
    one = "## Form generated from reading UI file 'x.ui'\n##\n## Created by: Qt User Interface Compiler version 6.11.3\n"
    two = one.replace("6.11.3", "6.9.0").replace("\n", "\r\n")
    assert build_forms.normalise(one) == build_forms.normalise(two)
    assert "6.11.3" not in build_forms.normalise(one)
    assert "reading UI file 'x.ui'" in build_forms.normalise(one)


def test_forms_are_found_in_the_checkout():
    assert build_forms.ui_files() == sorted(paths.ui_dir().glob("*.ui"))
