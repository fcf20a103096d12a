"""A PDF shown in the window as it was written: its pages rendered by pypdfium2 (io/pdf/raster.py), one after the
other in a scroll area, scaled to the view's width, with the page count. The certificate preview is the PDF itself,
not a second drawing of it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from vocweek_desktop.io.pdf.raster import page_count, render_page

PAGE_GAP = 12


class PdfPreview(QScrollArea):
    """Shows a PDF's pages (``set_pdf``); rerenders them at the width the view has."""

    #: At most this many pages are drawn (the rest are counted: a thousand certificates need not be rendered).
    max_pages = 30

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._pdf: bytes | None = None
        self._count = 0
        self.images: list[QImage] = []
        self._host = QWidget()
        self._host.setObjectName("pdfPreviewPages")
        self._layout = QVBoxLayout(self._host)
        self._layout.setSpacing(PAGE_GAP)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._host.setStyleSheet("#pdfPreviewPages { background: #8a8f96; }")
        self.setWidget(self._host)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: white;")
        self._layout.addWidget(self.message)
        self._labels: list[QLabel] = []
        self._rendered_width = 0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._rerender)

    @property
    def page_count(self) -> int:
        """Pages of the PDF shown (0: none)."""
        return self._count

    def set_message(self, text: str) -> None:
        """Show ``text`` instead of pages."""
        self._pdf, self._count = None, 0
        self._clear_pages()
        self.message.setText(text)
        self.message.show()

    def set_pdf(self, pdf: bytes) -> None:
        """Show the pages of ``pdf`` (bytes of a whole PDF file)."""
        self._pdf = pdf
        self._count = page_count(pdf)
        self.message.hide()
        self._render()

    def _page_width(self) -> int:
        return max(self.viewport().width() - 2 * PAGE_GAP, 200)

    def _clear_pages(self) -> None:
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        self.images = []

    def _render(self) -> None:
        self._clear_pages()
        if self._pdf is None:
            return
        width = self._page_width()
        self._rendered_width = width
        for index in range(min(self._count, self.max_pages)):
            page = render_page(self._pdf, index, width_px=round(width * self.devicePixelRatioF()))
            image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB32).copy()
            image.setDevicePixelRatio(self.devicePixelRatioF())
            self.images.append(image)
            label = QLabel()
            label.setObjectName(f"pdfPage{index + 1}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label.setToolTip(self.tr("第 {0} 页 / 共 {1} 页（{2:g}×{3:g} 毫米）").format(
                index + 1, self._count, round(page.width_mm, 1), round(page.height_mm, 1)))
            self._layout.addWidget(label)
            self._labels.append(label)
        if self._count > self.max_pages:
            self.message.setText(self.tr("……另有 {0} 页未显示（导出的 PDF 中都有）").format(self._count - self.max_pages))
            self.message.show()
            self._layout.removeWidget(self.message)
            self._layout.addWidget(self.message)

    def _rerender(self) -> None:
        if self._pdf is not None and abs(self._page_width() - self._rendered_width) > 8:
            self._render()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Render again at the new width, once the resizing has settled."""
        super().resizeEvent(event)
        self._resize_timer.start()
