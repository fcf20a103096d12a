"""Fixtures of the form tests."""

import pytest
from PySide6.QtWidgets import QDialog


@pytest.fixture
def show(qtbot):
    """Call with a dialog: opens it window-modal, as the tabs do, and waits until it is on screen."""
    def _show(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog
    return _show
