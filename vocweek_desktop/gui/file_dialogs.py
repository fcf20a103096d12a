"""Asking where to save a file: the last folder used is offered again, and the file ending is added when missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from vocweek_desktop.gui import settings


def ask_save_path(parent: QWidget | None, title: str, file_name: str, file_filter: str, suffix: str) -> Path | None:
    """The file the user chose to save to (ending in ``suffix``), or None when cancelled; its folder is remembered."""
    folder = settings.last_folder() or str(Path.home())
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.remember_folder(path)
    return path
