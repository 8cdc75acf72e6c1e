"""UI samples of the shown section (sectionSamples): paste a screenshot (Ctrl+V) or drop picture
files; each is stored through ops.specs (undoable) and placed in the document with its caption
(double-click a sample to edit the caption; Delete removes it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from consultdesk.domain.spec_sections import SectionKey
from consultdesk.ops import specs as ops
from consultdesk.ops.errors import OpError


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub types the format as bytes, but PySide6 refuses bytes here at run time and takes only str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


class SamplesStrip(QListWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sectionSamples")
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(96, 72))
        self.setMaximumHeight(130)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)
        self.engagement_id: int | None = None
        self.key: SectionKey | None = None
        self.itemChanged.connect(self._caption_edited)
        self._loading = False

    def show_section(self, engagement_id: int | None, key: SectionKey | None) -> None:
        self.engagement_id, self.key = engagement_id, key
        self.reload()

    def reload(self) -> None:
        self._loading = True
        self.clear()
        if self.engagement_id is not None and self.key is not None:
            repo = self.ctx.repos.spec_sections
            for sample in repo.samples(self.engagement_id, self.key):
                pixmap = QPixmap()
                data = repo.sample_bytes(sample)
                if data:
                    pixmap.loadFromData(data)
                item = QListWidgetItem(QIcon(pixmap), sample.caption or sample.name)
                item.setData(Qt.ItemDataRole.UserRole, sample.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.addItem(item)
        self._loading = False

    # -- adding ------------------------------------------------------------------------------------
    def add(self, source: Any, name: str = "") -> int | None:
        if self.engagement_id is None or self.key is None:
            return None
        try:
            sample_id = ops.add_sample(self.ctx, self.engagement_id, self.key, source, name=name, initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("UI samples"), str(exc))
            return None
        self.reload()
        return sample_id

    def paste(self) -> int | None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            return None
        return self.add(png_bytes(image), "screenshot.png")

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            ops.remove_sample(self.ctx, self.currentItem().data(Qt.ItemDataRole.UserRole), initiator=self)
            self.reload()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.drop_mime(event.mimeData())
        event.acceptProposedAction()

    def drop_mime(self, mime: Any) -> None:
        """Dropped picture files, or a dropped image (from a browser or a screenshot tool)."""
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile():
                    self.add(url.toLocalFile())
        elif mime.hasImage():
            self.add(png_bytes(QImage(mime.imageData())), "screenshot.png")

    def _caption_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        try:
            ops.set_sample_caption(self.ctx, item.data(Qt.ItemDataRole.UserRole), item.text(), initiator=self)
        except OpError as exc:
            self.ctx.asker.warn(self, self.tr("UI samples"), str(exc))
