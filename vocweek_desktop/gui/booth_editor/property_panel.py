"""The 展位布局 tab's property panel: the one selected booth or feature shown field by field, written back (one undo
step) as soon as a field is left or chosen.

A mixin of LayoutTab (gui/tabs/layout_tab.py): it uses the tab's ``ui``, ``scene``, ``colleges``, ``db`` and the
``_update`` of EditingMixin (booth_editor/editing.py).
"""

from __future__ import annotations

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.gui.booth_editor.items import COLOR_BY_COLLEGE, COLOR_BY_KIND, BoothItem
from vocweek_desktop.services.layout import Changes

ROTATION_LABELS = {0: "0°", 90: "90°", 180: "180°", 270: "270°"}


def _same(old: object, new: object) -> bool:
    """Equal, lengths to the millimetre (what the panel shows)."""
    if isinstance(old, float) or isinstance(new, float):
        return abs(float(old) - float(new)) < 0.0005
    return old == new


class PropertyPanelMixin:
    """The property panel: its fields set up, filled from the selection, applied to it."""

    def _setup_panel(self) -> None:
        ui = self.ui
        for rotation, label in ROTATION_LABELS.items():
            ui.rotation_combo.addItem(label, rotation)
        ui.color_combo.addItem(self.tr("按学院"), COLOR_BY_COLLEGE)
        ui.color_combo.addItem(self.tr("按类型"), COLOR_BY_KIND)
        for spin in (ui.x_spin, ui.y_spin, ui.width_spin, ui.depth_spin):
            spin.setDecimals(3)  # to the millimetre: a booth placed freely (Alt) is not rounded when the panel applies
        # Every field is written when it is left (Enter, Tab, or a click elsewhere — on another booth too) or chosen:
        # a note typed and left without Enter, or a 类型 or 用电 changed without 应用修改, was silently dropped.
        for field in (ui.number_edit, ui.notes_edit, ui.x_spin, ui.y_spin, ui.width_spin, ui.depth_spin,
                      ui.tables_spin, ui.chairs_spin):
            field.editingFinished.connect(self._field_finished)
        for combo in (ui.kind_combo, ui.rotation_combo):
            combo.activated.connect(self._field_finished)
        ui.power_check.clicked.connect(self._field_finished)
        ui.apply_button.clicked.connect(self.apply_properties)

    def _selected_shape(self):
        shapes = self.scene.selected_shapes()
        return shapes[0] if len(shapes) == 1 else None

    def _show_properties(self) -> None:
        ui = self.ui
        shape = self._selected_shape()
        count = len(self.scene.selected_shapes())
        ui.property_box.setEnabled(shape is not None)
        ui.apply_button.setEnabled(shape is not None)
        if shape is None:
            ui.selection_label.setText(self.tr("已选中 {0} 项（属性面板一次编辑一项）").format(count) if count
                                       else self.tr("没有选中展位。单击选中，Ctrl+单击多选，或在空白处拖出选框。"))
            self._clear_properties()
            return
        self._showing_record = True
        record = shape.record
        booth = isinstance(shape, BoothItem)
        ui.kind_combo.clear()
        if booth:
            ui.kind_combo.addItems(list(geometry.BOOTH_KINDS))
            ui.kind_combo.setCurrentText(record.kind)
            ui.number_edit.setText(record.number)
            college = next((c.name for c in self.colleges if c.id == record.college_id), None)
            ui.college_label.setText(college or self.tr("（未分配）"))
            ui.selection_label.setText(self.tr("展位 {0}").format(record.number))
        else:
            for key, label in geometry.FEATURE_KINDS.items():
                ui.kind_combo.addItem(label, key)
            ui.kind_combo.setCurrentIndex(list(geometry.FEATURE_KINDS).index(record.kind))
            ui.number_edit.setText(record.label)
            ui.college_label.setText("—")
            ui.selection_label.setText(self.tr("场地设施：{0}（展位号一栏为它的文字）").format(
                geometry.FEATURE_KINDS.get(record.kind, record.kind)))
        for widget in (ui.power_check, ui.tables_spin, ui.chairs_spin, ui.notes_edit):
            widget.setEnabled(booth)
        ui.x_spin.setValue(record.x)
        ui.y_spin.setValue(record.y)
        ui.width_spin.setValue(record.width)
        ui.depth_spin.setValue(record.depth)
        ui.rotation_combo.setCurrentIndex(ui.rotation_combo.findData(record.rotation))
        ui.power_check.setChecked(bool(getattr(record, "power", False)))
        ui.tables_spin.setValue(getattr(record, "tables", 0))
        ui.chairs_spin.setValue(getattr(record, "chairs", 0))
        ui.notes_edit.setText(getattr(record, "notes", ""))
        self._showing_record = False

    def _clear_properties(self) -> None:
        """Empty the (disabled) fields: not the values of whichever item was shown last, which a drag makes stale."""
        ui = self.ui
        self._showing_record = True
        ui.number_edit.clear()
        ui.college_label.clear()
        ui.kind_combo.clear()
        for spin in (ui.x_spin, ui.y_spin, ui.width_spin, ui.depth_spin, ui.tables_spin, ui.chairs_spin):
            spin.setValue(0)  # clamped to the field's range: 0.000 米, a width's 0.100 米, 0 张
        ui.rotation_combo.setCurrentIndex(0)
        ui.power_check.setChecked(False)
        ui.notes_edit.clear()
        self._showing_record = False

    def _field_finished(self, *_args) -> None:
        if not self._showing_record and self.ui.property_box.isEnabled():
            self.apply_properties()

    def focus_properties(self) -> None:
        """F2: to the number field of the property panel."""
        if self._selected_shape() is not None:
            self.ui.side_tabs.setCurrentWidget(self.ui.property_page)
            self.ui.number_edit.setFocus()
            self.ui.number_edit.selectAll()

    def panel_values(self) -> dict[str, object]:
        """What the property panel holds."""
        ui = self.ui
        return {"x": ui.x_spin.value(), "y": ui.y_spin.value(), "width": ui.width_spin.value(),
                "depth": ui.depth_spin.value(), "rotation": ui.rotation_combo.currentData(),
                "text": ui.number_edit.text().strip(), "kind": ui.kind_combo.currentText(),
                "feature_kind": ui.kind_combo.currentData(), "power": ui.power_check.isChecked(),
                "tables": ui.tables_spin.value(), "chairs": ui.chairs_spin.value(), "notes": ui.notes_edit.text()}

    def apply_properties(self) -> None:
        """Write the property panel into the selected booth or feature (one undo step)."""
        shape = self._selected_shape()
        if shape is None or self.db is None:
            return
        values = self.panel_values()
        common = {key: values[key] for key in ("x", "y", "width", "depth", "rotation")}
        if isinstance(shape, BoothItem):
            wanted = {**common, "number": values["text"], "kind": values["kind"], "power": values["power"],
                      "tables": values["tables"], "chairs": values["chairs"], "notes": values["notes"]}
            changed = {k: v for k, v in wanted.items() if not _same(getattr(shape.record, k), v)}
            changes = Changes({shape.item_id: changed}, {})
            label = shape.record.number
        else:
            wanted = {**common, "label": values["text"], "kind": values["feature_kind"]}
            changed = {k: v for k, v in wanted.items() if not _same(getattr(shape.record, k), v)}
            changes = Changes({}, {shape.item_id: changed})
            label = shape.record.label or geometry.FEATURE_KINDS.get(shape.record.kind, "")
        if not changed:
            return
        self._update(changes, self.tr("修改 {0}").format(label))
