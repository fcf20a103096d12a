"""The 证书 section of the 评奖打分 tab: the template editor (paper, font, issue date, fields, seal box, pictures),
the printer offsets, the PDF itself as preview, and the files it prints: certificates, calibration page, register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QHeaderView, QSizePolicy, QTableWidgetItem

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.file_dialogs import ask_save_path, save_file
from vocweek_desktop.gui.tabs.awards.section import CERTIFICATES, Section
from vocweek_desktop.gui.widgets.pdf_preview import PdfPreview
from vocweek_desktop.gui.widgets.wheel_guard import guard_wheel
from vocweek_desktop.services import certificates

FIELD_COLUMNS = ("label", "text", "x", "y", "width", "height", "size", "min_size", "align", "on_overlay")
PREVIEW_DELAY_MS = 300


class CertificatesSection(Section):
    """The certificates page: edits the template, keeps the printers' offsets, previews and prints."""

    def __init__(self, tab):
        super().__init__(tab)
        self.template: certificates.TemplateRecord | None = None
        self._loading = False
        self._sized = False
        self.preview = PdfPreview(self.ui.preview_widget)
        self.preview.setMinimumWidth(360)
        self.ui.preview_holder.addWidget(self.preview)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        #: The preview no longer shows what would be printed (rendered again when the page is next shown).
        self.preview_stale = True
        self._setup()

    def _setup(self) -> None:
        ui = self.ui
        for name in rules.PAPERS:
            ui.paper_combo.addItem(name, name)
        from vocweek_desktop.io.pdf.fonts import available_body_fonts

        for font in available_body_fonts():
            ui.font_combo.addItem(font.label, font.key)
        table = ui.fields_table
        table.setColumnCount(len(FIELD_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr("栏目"), self.tr("文字"), "x", "y", self.tr("宽"), self.tr("高"),
                                         self.tr("字号"), self.tr("最小字号"), self.tr("对齐"), self.tr("套打")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        ui.paper_combo.currentIndexChanged.connect(self._on_paper_changed)
        ui.issue_date_check.toggled.connect(ui.issue_date_edit.setEnabled)
        ui.apply_template_button.clicked.connect(lambda: self.apply_template())
        ui.reset_template_button.clicked.connect(self.reset_template)
        ui.background_button.clicked.connect(lambda: self.choose_picture("background"))
        ui.seal_button.clicked.connect(lambda: self.choose_picture("seal"))
        ui.clear_background_button.clicked.connect(lambda: self.set_picture("background", None))
        ui.clear_seal_button.clicked.connect(lambda: self.set_picture("seal", None))
        ui.mode_blank_radio.toggled.connect(self._schedule_preview)
        ui.offset_x_spin.valueChanged.connect(self._schedule_preview)
        ui.offset_y_spin.valueChanged.connect(self._schedule_preview)
        ui.printer_combo.currentTextChanged.connect(self._on_printer_changed)
        ui.save_offset_button.clicked.connect(self.save_offset)
        ui.print_button.clicked.connect(lambda: self.print_certificates())
        ui.calibration_button.clicked.connect(lambda: self.print_calibration())
        ui.register_button.clicked.connect(lambda: self.export_register())
        ui.refresh_preview_button.clicked.connect(self.refresh_preview)
        # Rolling the wheel down the panel must not change the offset, paper or a box it passes over.
        self._wheel_guard = guard_wheel(ui.cert_scroll)

    def clear(self) -> None:
        """Nothing to preview (no edition)."""
        self.preview.set_message(self.tr("没有可预览的证书"))

    def shown(self) -> None:
        """The page came into view: size its splitter once, render the preview when stale."""
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_splitter)
        if self.preview_stale:
            self._schedule_preview()

    def _size_splitter(self) -> None:
        """The template's settings as wide as they need (no sideways scrolling on a laptop), the rest to the
        preview, which scales its pages; measured once the page is shown and laid out."""
        scroll, splitter = self.ui.cert_scroll, self.ui.cert_splitter
        total = sum(splitter.sizes())
        needed = (scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                  + 2 * scroll.frameWidth())
        left = min(max(splitter.sizes()[0], needed), total - self.preview.minimumWidth())
        if left > splitter.sizes()[0]:
            splitter.setSizes([left, total - left])

    # ------------------------------------------------------------------------------------------- template

    def show_template(self) -> None:
        """Fill the editor with the edition's template, pictures and printers."""
        template = certificates.get_template(self.db, self.edition_id)
        self.template = template
        ui = self.ui
        self._loading = True
        try:
            ui.paper_combo.setCurrentIndex(max(0, ui.paper_combo.findData(template.paper)))
            ui.paper_width_spin.setValue(template.width)
            ui.paper_height_spin.setValue(template.height)
            self._on_paper_changed()
            ui.font_combo.setCurrentIndex(max(0, ui.font_combo.findData(template.font)))
            ui.issue_date_check.setChecked(template.issue_date is not None)
            ui.issue_date_edit.setEnabled(template.issue_date is not None)
            day = template.issue_date or dt.date.today()
            ui.issue_date_edit.setDate(QDate(day.year, day.month, day.day))
            table = ui.fields_table
            table.setRowCount(len(template.fields))
            for row, field in enumerate(template.fields):
                for column, key in enumerate(FIELD_COLUMNS):
                    value = getattr(field, key)
                    if key == "align":
                        combo = QComboBox()
                        for code, label in rules.ALIGNMENTS.items():
                            combo.addItem(label, code)
                        combo.setCurrentIndex(combo.findData(value))
                        table.setCellWidget(row, column, combo)
                        continue
                    if key == "on_overlay":
                        box = QCheckBox()
                        box.setChecked(bool(value))
                        box.setToolTip(self.tr("套打时打印这一栏（预印好的证书纸上已有的文字不要勾选）"))
                        table.setCellWidget(row, column, box)
                        continue
                    item = QTableWidgetItem(f"{value:g}" if isinstance(value, float) else str(value))
                    if key == "label":
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    table.setItem(row, column, item)
            table.resizeRowsToContents()
            table.setFixedHeight(table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(
                table.rowCount())) + 2 * table.frameWidth() + 2)
            x, y, w, h = template.seal_box
            ui.seal_x_spin.setValue(x)
            ui.seal_y_spin.setValue(y)
            ui.seal_width_spin.setValue(w)
            ui.seal_height_spin.setValue(h)
            pictures = [self.tr("背景：{0}").format(template.background_name or self.tr("无")),
                        self.tr("印章：{0}").format(template.seal_name or self.tr("无"))]
            ui.pictures_label.setText("；".join(pictures))
            ui.clear_background_button.setEnabled(template.has_background)
            ui.clear_seal_button.setEnabled(template.has_seal)
            stored = certificates.printers(self.db, self.edition_id)
            name, offset_x, offset_y = certificates.printer_offset(self.db, self.edition_id)
            from PySide6.QtPrintSupport import QPrinterInfo

            names = list(dict.fromkeys([*stored, *QPrinterInfo.availablePrinterNames()]))
            ui.printer_combo.clear()
            ui.printer_combo.addItems(names)
            ui.printer_combo.setEditText(name)
            ui.offset_x_spin.setValue(offset_x)
            ui.offset_y_spin.setValue(offset_y)
            self._wheel_guard.cover()  # the alignment boxes just made
        finally:
            self._loading = False

    def _on_paper_changed(self, *_args) -> None:
        custom = self.ui.paper_combo.currentData() == "自定义"
        self.ui.paper_width_spin.setEnabled(custom)
        self.ui.paper_height_spin.setEnabled(custom)
        size = rules.PAPERS.get(self.ui.paper_combo.currentData() or "")
        if size is not None and not self._loading:
            self.ui.paper_width_spin.setValue(size[0])
            self.ui.paper_height_spin.setValue(size[1])

    def template_values(self) -> dict[str, object]:
        """What the template editor shows, as update_template takes it."""
        ui = self.ui
        table = ui.fields_table
        fields = []
        for row, field in enumerate(self.template.fields if self.template else ()):
            values: dict[str, object] = {"key": field.key}
            for column, key in enumerate(FIELD_COLUMNS):
                if key == "label":
                    continue
                if key == "align":
                    values[key] = table.cellWidget(row, column).currentData()
                elif key == "on_overlay":
                    values[key] = table.cellWidget(row, column).isChecked()
                else:
                    item = table.item(row, column)
                    values[key] = item.text() if item is not None else ""
            fields.append(values)
        date = ui.issue_date_edit.date()
        return {"paper": ui.paper_combo.currentData(), "width": ui.paper_width_spin.value(),
                "height": ui.paper_height_spin.value(), "font": ui.font_combo.currentData(),
                "issue_date": dt.date(date.year(), date.month(), date.day()) if ui.issue_date_check.isChecked()
                else None,
                "seal_box": (ui.seal_x_spin.value(), ui.seal_y_spin.value(), ui.seal_width_spin.value(),
                             ui.seal_height_spin.value()),
                "fields": fields}

    def apply_template(self) -> bool:
        """保存模板: the editor's values checked by the service (a box off the paper is refused, naming the field);
        a new paper size moves the boxes in proportion when asked."""
        values = self.template_values()
        old = self.template
        rescale = (self.ui.rescale_check.isChecked() and old is not None
                   and (values["width"], values["height"]) != (old.width, old.height))
        if rescale:  # the boxes typed are those of the old paper: move them all
            values = {key: value for key, value in values.items() if key not in ("fields", "seal_box")}
        try:
            certificates.update_template(self.db, self.edition_id, values, rescale=rescale)
        except VocWeekError as error:
            self.warn(self.tr("证书模板"), error)
            return False
        self.tab.status_message.emit(self.tr("证书模板已保存"))
        self.show_template()
        self._schedule_preview()
        return True

    def reset_template(self) -> None:
        """恢复默认模板 (the pictures stay)."""
        certificates.reset_template(self.db, self.edition_id)
        self.show_template()
        self._schedule_preview()

    def choose_picture(self, which: str) -> bool:
        """背景图片… / 印章图片…: pick a picture file to keep in the database."""
        name, _ = QFileDialog.getOpenFileName(self.tab, certificates.PICTURES[which],
                                              settings.last_folder() or str(Path.home()),
                                              self.tr("图片 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff);;所有文件 (*)"))
        if not name:
            return False
        settings.remember_folder(name)
        return self.set_picture(which, name)

    def set_picture(self, which: str, path: str | Path | None) -> bool:
        """Keep (or, with None, remove) the background or seal picture; a file that is not a picture is refused."""
        try:
            certificates.set_picture(self.db, self.edition_id, which, path)
        except VocWeekError as error:
            self.warn(certificates.PICTURES[which], error)
            return False
        self.show_template()
        self._schedule_preview()
        return True

    # ------------------------------------------------------------------------------------------- printer

    def mode(self) -> str:
        """blank or overlay, as the radio buttons say."""
        return "blank" if self.ui.mode_blank_radio.isChecked() else "overlay"

    def offset(self) -> tuple[float, float]:
        """The offset in the spin boxes (mm)."""
        return self.ui.offset_x_spin.value(), self.ui.offset_y_spin.value()

    def _on_printer_changed(self, name: str) -> None:
        if self._loading or self.db is None or self.edition_id is None:
            return
        stored = certificates.printers(self.db, self.edition_id)
        if name in stored:
            self.ui.offset_x_spin.setValue(stored[name][0])
            self.ui.offset_y_spin.setValue(stored[name][1])

    def save_offset(self) -> None:
        """保存偏移: the offset for the printer named, which becomes the current printer."""
        name = self.ui.printer_combo.currentText().strip() or msg.CERT_PRINTER_DEFAULT
        try:
            certificates.set_printer_offset(self.db, self.edition_id, name, *self.offset())
        except VocWeekError as error:
            self.warn(self.tr("打印机偏移"), error)
            return
        self.tab.status_message.emit(self.tr("已保存“{0}”的偏移 X {1:+g}、Y {2:+g} 毫米").format(name, *self.offset()))

    # ------------------------------------------------------------------------------------------- preview and files

    def _schedule_preview(self, *_args) -> None:
        if self._loading:
            return
        self.preview_stale = True
        if self.tab.isVisible() and self.ui.sections.currentIndex() == CERTIFICATES:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the certificates as they would be printed now (mode, offset) and show that PDF."""
        self.preview_stale = False
        if self.db is None or self.edition_id is None:
            return
        try:
            out = certificates.print_certificates(self.db, self.edition_id, preview=True, mode=self.mode(),
                                                  offset=self.offset())
        except VocWeekError as error:
            self.preview.set_message(str(error))
            self.ui.cert_notes_label.setText("")
            return
        self.preview.set_pdf(out.pdf)
        notes = [self.tr("预览 {0} 页：{1}").format(len(out.recipients), "、".join(
            f"{r.college}（{r.number_text}{'' if r.issued else self.tr('，预计编号')}）" for r in out.recipients))]
        if out.draft:
            notes.append(self.tr("结果尚未确认：证书带“样稿”水印。"))
        if self.mode() == "overlay":
            notes.append(self.tr("套打：背景只在预览中显示，不会打印；只打印勾选了“套打”的栏目。"))
        notes.extend(out.flags)
        self.ui.cert_notes_label.setText("\n".join(notes))

    def print_certificates(self, path: str | Path | None = None) -> Path | None:
        """导出证书 PDF…: one page per college awarded, in rank order (issued and recorded once confirmed)."""
        if path is None:
            year = self.view.year if self.view else ""
            path = ask_save_path(self.tab, self.tr("导出证书 PDF"), self.tr("{0}年荣誉证书.pdf").format(year),
                                 self.tr("PDF 文件 (*.pdf)"), ".pdf")
            if path is None:
                return None
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings.remember_folder(path)
        try:
            out = certificates.print_certificates(self.db, self.edition_id, path, mode=self.mode(),
                                                  offset=self.offset())
        except (VocWeekError, OSError) as error:
            self.warn(self.tr("导出证书"), error)
            return None
        parts = [self.tr("已导出 {0} 页证书到 {1}").format(len(out.recipients), path)]
        if out.draft:
            parts.append(self.tr("（样稿：结果尚未确认）"))
        if out.issued:
            parts.append(self.tr("发证 {0} 张").format(len(out.issued)))
        if out.reissued:
            parts.append(self.tr("补打 {0} 张").format(len(out.reissued)))
        self.tab.status_message.emit("，".join(parts))
        self.ui.cert_notes_label.setText("\n".join(["，".join(parts), *out.flags]))
        return path

    def print_calibration(self, path: str | Path | None = None) -> Path | None:
        """校准页…: the calibration page with the offset in the spin boxes."""
        name = self.ui.printer_combo.currentText().strip()

        def write(target: Path) -> None:
            certificates.print_calibration(self.db, self.edition_id, target, offset=self.offset(), printer=name)

        if path is not None:
            write(Path(path))
            return Path(path)
        return save_file(self.tab, self.tr("导出校准页"), self.tr("证书打印校准页.pdf"), self.tr("PDF 文件 (*.pdf)"),
                         ".pdf", write, failed_title=self.tr("导出校准页"))

    def export_register(self, path: str | Path | None = None) -> Path | None:
        """发证登记表…: the certificates issued, to Excel."""
        def write(target: Path) -> None:
            certificates.export_register(self.db, self.edition_id, target)

        if path is not None:
            write(Path(path))
            return Path(path)
        year = self.view.year if self.view else ""
        return save_file(self.tab, self.tr("导出发证登记表"), self.tr("{0}年荣誉证书发证登记表.xlsx").format(year),
                         self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx", write, failed_title=self.tr("导出发证登记表"))
