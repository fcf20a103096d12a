"""Regenerate vocweek_desktop/gui/forms/ui_*.py from ui/*.ui with pyside6-uic, or check that they are current.

    python -m vocweek_desktop.tools.build_forms          # regenerate every form
    python -m vocweek_desktop.tools.build_forms check    # list forms that differ from a fresh generation (exit 1)

The generator writes its Qt version into the header; that line is normalised so that the output only
changes when a form changes.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from vocweek_desktop import paths

FORMS_DIR = Path(__file__).resolve().parent.parent / "gui" / "forms"
VERSION_LINE = re.compile(r"^(## Created by: Qt User Interface Compiler) version [^\r\n]*$", re.MULTILINE)
NORMALISED = r"\1 (pyside6-uic; version line normalised by vocweek_desktop.tools.build_forms)"


def uic_command() -> list[str]:
    """The command that runs pyside6-uic: the script next to the interpreter, else Qt's uic in the PySide6 package."""
    bin_dir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = bin_dir / name
        if candidate.is_file():
            return [str(candidate)]
    spec = importlib.util.find_spec("PySide6")  # where the package is, without loading Qt
    package = Path(spec.origin).resolve().parent if spec and spec.origin else bin_dir
    for candidate in (package / "Qt" / "libexec" / "uic", package / "uic.exe", package / "uic"):
        if candidate.is_file():
            return [str(candidate), "-g", "python"]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise FileNotFoundError("pyside6-uic not found next to the Python interpreter or in the PySide6 package")


def normalise(text: str) -> str:
    """The generated text with the version header line made stable and line endings unified."""
    return VERSION_LINE.sub(NORMALISED, text.replace("\r\n", "\n"))


def ui_files(ui_dir: Path | None = None) -> list[Path]:
    """Every Designer form, sorted."""
    return sorted((ui_dir or paths.ui_dir()).glob("*.ui"))


def form_path(ui_file: Path, forms_dir: Path = FORMS_DIR) -> Path:
    """Where the generated module of ``ui_file`` lives."""
    return forms_dir / f"ui_{ui_file.stem}.py"


def generate(ui_file: Path) -> str:
    """Run uic on ``ui_file`` and return the normalised Python source."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"ui_{ui_file.stem}.py"
        # Run from the form's folder with a bare file name: the header names the file, never a path.
        subprocess.run([*uic_command(), ui_file.name, "-o", str(out)], cwd=ui_file.parent, check=True,
                       env={**os.environ, "PYTHONUTF8": "1"})
        return normalise(out.read_text(encoding="utf-8"))


def build(ui_dir: Path | None = None, forms_dir: Path = FORMS_DIR) -> list[Path]:
    """Regenerate every form whose output changed; returns the files written."""
    written = []
    forms_dir.mkdir(parents=True, exist_ok=True)
    for ui_file in ui_files(ui_dir):
        target = form_path(ui_file, forms_dir)
        text = generate(ui_file)
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            written.append(target)
    return written


def check(ui_dir: Path | None = None, forms_dir: Path = FORMS_DIR) -> list[str]:
    """Names of the forms whose committed module is missing or differs from a fresh generation."""
    stale = []
    for ui_file in ui_files(ui_dir):
        target = form_path(ui_file, forms_dir)
        current = normalise(target.read_text(encoding="utf-8")) if target.is_file() else None
        if current != generate(ui_file):
            stale.append(ui_file.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build (default) or ``check``."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["check"]:
        stale = check()
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    if args:
        print(__doc__, file=sys.stderr)
        return 2
    for target in build():
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
