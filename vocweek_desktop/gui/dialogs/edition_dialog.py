"""STUB — owned by the edition-dialog helper, who replaces this file."""

from PySide6.QtWidgets import QDialog


class EditionDialog(QDialog):
    """活动周设置: edit every field of an edition (stub). ``edition_id`` None is not allowed."""

    def __init__(self, db, edition_id: int, parent=None):
        super().__init__(parent)


class NewEditionDialog(QDialog):
    """新建年度: a new edition from the notice's defaults or copied from an existing edition (stub).

    After ``exec()`` returns Accepted, ``created_edition_id`` holds the new edition's id.
    """

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.created_edition_id: int | None = None
