"""The editor's dialogs (forms in ui/): add booths (one, or a row of n with a gap), 自动编号, the plaza's settings and
the map's paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.forms.ui_add_booths_dialog import Ui_AddBoothsDialog
from vocweek_desktop.gui.forms.ui_auto_number_dialog import Ui_AutoNumberDialog
from vocweek_desktop.gui.forms.ui_map_dialog import Ui_MapDialog
from vocweek_desktop.gui.forms.ui_plaza_dialog import Ui_PlazaDialog
from vocweek_desktop.services import layout
from vocweek_desktop.services.layout import PlazaRecord


class AddBoothsDialog(QDialog):
    """添加展位…: how many, in a row or a column, the gap, the size, the kind, the number prefix."""

    def __init__(self, parent: QWidget | None = None, prefix: str = "A"):
        super().__init__(parent)
        self.ui = Ui_AddBoothsDialog()
        self.ui.setupUi(self)
        self.ui.direction_combo.addItem(self.tr("横向一排"), True)
        self.ui.direction_combo.addItem(self.tr("纵向一列"), False)
        for kind in geometry.BOOTH_KINDS:
            self.ui.kind_combo.addItem(kind)
        self.ui.prefix_edit.setText(prefix)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def values(self) -> dict[str, object]:
        """count, horizontal, gap, width, depth, kind, prefix."""
        ui = self.ui
        return {"count": ui.count_spin.value(), "horizontal": bool(ui.direction_combo.currentData()),
                "gap": ui.gap_spin.value(), "width": ui.width_spin.value(), "depth": ui.depth_spin.value(),
                "kind": ui.kind_combo.currentText(), "prefix": ui.prefix_edit.text().strip()}


class AutoNumberDialog(QDialog):
    """自动编号: prefix, start, digits, rows or columns; shows the first and last number."""

    def __init__(self, count: int, parent: QWidget | None = None, prefix: str = "A"):
        super().__init__(parent)
        self.ui = Ui_AutoNumberDialog()
        self.ui.setupUi(self)
        self.count = count
        self.ui.order_combo.addItem(self.tr("按行（从上到下，每行从左到右）"), False)
        self.ui.order_combo.addItem(self.tr("按列（从左到右，每列从上到下）"), True)
        self.ui.prefix_edit.setText(prefix)
        for signal in (self.ui.prefix_edit.textChanged, self.ui.start_spin.valueChanged, self.ui.digits_spin.valueChanged):
            signal.connect(self._preview)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._preview()

    def _preview(self, *_args) -> None:
        values = self.values()
        numbers = geometry.number_labels(self.count, values["prefix"], values["start"], values["width"])
        self.ui.preview_label.setText(self.tr("{0} 个展位：{1} … {2}").format(self.count, numbers[0], numbers[-1])
                                      if numbers else "")

    def values(self) -> dict[str, object]:
        """prefix, start, width, by_columns."""
        ui = self.ui
        return {"prefix": ui.prefix_edit.text().strip(), "start": ui.start_spin.value(),
                "width": ui.digits_spin.value(), "by_columns": bool(ui.order_combo.currentData())}


class PlazaDialog(QDialog):
    """场地设置: name, size, grid, north arrow, background picture and its placement."""

    def __init__(self, plaza: PlazaRecord | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlazaDialog()
        self.ui.setupUi(self)
        ui = self.ui
        #: The picture chosen: None (unchanged), b"" (removed) or the new file's bytes.
        self.picture: bytes | None = None
        self.picture_name = ""
        if plaza is not None:
            ui.name_edit.setText(plaza.name)
            ui.width_spin.setValue(plaza.width)
            ui.depth_spin.setValue(plaza.depth)
            ui.grid_spin.setValue(plaza.grid)
            ui.north_check.setChecked(plaza.north is not None)
            ui.north_spin.setValue(plaza.north or 0)
            ui.background_label.setText(plaza.background_name or self.tr("（无）"))
            ui.scale_spin.setValue(plaza.background_scale)
            ui.offset_x_spin.setValue(plaza.background_x)
            ui.offset_y_spin.setValue(plaza.background_y)
            ui.opacity_spin.setValue(plaza.background_opacity)
        else:
            ui.north_check.setChecked(True)
            ui.scale_spin.setValue(0.05)
            ui.opacity_spin.setValue(0.5)
        ui.north_spin.setEnabled(ui.north_check.isChecked())
        ui.north_check.toggled.connect(ui.north_spin.setEnabled)
        ui.choose_background_button.clicked.connect(self.choose_background)
        ui.clear_background_button.clicked.connect(self.clear_background)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def choose_background(self) -> None:
        """Pick a picture file (refused at once when it is not a picture or has over 50 megapixels)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择底图"), settings.last_folder() or str(Path.home()),
                                              self.tr("图片 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)"))
        if not name:
            return
        settings.remember_folder(name)
        self.use_picture(Path(name))

    def use_picture(self, path: Path) -> bool:
        """Take ``path`` as the background when it is a usable picture; else say why under the form."""
        try:
            self.picture = layout.read_background(path)
        except VocWeekError as error:
            self.ui.error_label.setText(str(error))
            return False
        self.picture_name = path.name
        self.ui.background_label.setText(path.name)
        self.ui.error_label.setText("")
        return True

    def clear_background(self) -> None:
        """No background picture."""
        self.picture, self.picture_name = b"", ""
        self.ui.background_label.setText(self.tr("（无）"))

    def values(self) -> dict[str, object]:
        """The plaza's values as ``update_plaza`` takes them."""
        ui = self.ui
        return {"name": ui.name_edit.text().strip(), "width": ui.width_spin.value(), "depth": ui.depth_spin.value(),
                "grid": ui.grid_spin.value(), "north": ui.north_spin.value() if ui.north_check.isChecked() else None,
                "background_scale": ui.scale_spin.value(), "background_x": ui.offset_x_spin.value(),
                "background_y": ui.offset_y_spin.value(), "background_opacity": ui.opacity_spin.value()}


class MapDialog(QDialog):
    """导出位置分布图: PDF or PNG, A4 or A3, portrait or landscape, the PNG's resolution; the scale each choice gives
    for a plaza of ``plaza_size`` (width, depth m)."""

    def __init__(self, parent: QWidget | None = None, plaza_size: tuple[float, float] | None = None):
        super().__init__(parent)
        self.ui = Ui_MapDialog()
        self.ui.setupUi(self)
        self.plaza_size = plaza_size
        ui = self.ui
        ui.format_combo.addItem("PDF", ".pdf")
        ui.format_combo.addItem(self.tr("PNG 图片"), ".png")
        ui.paper_combo.addItems(["A4", "A3"])
        ui.format_combo.currentIndexChanged.connect(self._format_changed)
        ui.paper_combo.currentIndexChanged.connect(self._show_scale)
        ui.portrait_check.toggled.connect(self._show_scale)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._format_changed()
        self._show_scale()

    def _format_changed(self, *_args) -> None:
        self.ui.dpi_spin.setEnabled(self.ui.format_combo.currentData() == ".png")

    def _show_scale(self, *_args) -> None:
        """Which scale this paper gives, so that A3 is chosen before the map is written when A4 is too small."""
        if self.plaza_size is None:
            self.ui.scale_label.hide()
            return
        from vocweek_desktop.services.layout_map import scale_on

        width, depth = self.plaza_size
        scale = scale_on(width, depth, self.ui.paper_combo.currentText(), portrait=self.ui.portrait_check.isChecked())
        self.ui.scale_label.setText(self.tr("比例尺 1:{0}（图上 1 厘米 = {1:g} 米）").format(scale, scale / 100))

    def values(self) -> dict[str, object]:
        """suffix, paper, portrait, dpi."""
        ui = self.ui
        return {"suffix": ui.format_combo.currentData(), "paper": ui.paper_combo.currentText(),
                "portrait": ui.portrait_check.isChecked(), "dpi": ui.dpi_spin.value()}
