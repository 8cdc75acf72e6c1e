"""Render a fishbone without a window: PNG (at a chosen scale) and SVG (QSvgGenerator).

Used by the tab's export menu and by the diagnosis report (export/diagnosis_document.py). Needs a
QGuiApplication; render.gui_app.ensure_gui_app() creates an offscreen one for headless callers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from consultdesk.export.save import write_atomic
from consultdesk.render.fishbone_scene import FishboneScene
from consultdesk.render.gui_app import ensure_gui_app

MAX_PIXELS = 120_000_000  # beyond this a PNG gets too big for a document; the scale is reduced


def scene_for(repos: Any, diagnosis_id: int) -> FishboneScene:
    ensure_gui_app()
    tree = repos.diagnoses.tree(diagnosis_id)
    if tree is None:
        raise LookupError(f"No diagnosis {diagnosis_id}")
    scene = FishboneScene()
    scene.show_tree(tree)
    return scene


def _plain(scene: FishboneScene) -> list[QGraphicsItem]:
    """Selection outlines are for the screen, not for exports."""
    selected = scene.selectedItems()
    scene.clearSelection()
    return selected


def scene_png(scene: FishboneScene, scale: float = 2.0) -> bytes:
    rect = scene.sceneRect()
    scale = max(0.1, float(scale))
    if rect.width() * rect.height() * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / max(1.0, rect.width() * rect.height())) ** 0.5
    size = QSize(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    selected = _plain(scene)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), rect, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    for item in selected:
        item.setSelected(True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub asks bytes for the format; PySide6 itself refuses bytes there and takes str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def scene_svg(scene: FishboneScene, title: str = "") -> bytes:
    """SVG bytes; rendered into memory so the file is written (and its failure reported) by write_atomic."""
    from PySide6.QtSvg import QSvgGenerator

    rect = scene.sceneRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    generator.setDescription("ConsultDesk fishbone diagram")
    selected = _plain(scene)
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    buffer.close()
    for item in selected:
        item.setSelected(True)
    return bytes(data.data())


def render_diagnosis_png(repos: Any, diagnosis_id: int, scale: float = 2.0) -> bytes:
    """PNG bytes of one diagnosis' fishbone (for the report and the export menu)."""
    return scene_png(scene_for(repos, diagnosis_id), scale)


def render_diagnosis_svg(repos: Any, diagnosis_id: int, path: Path | str) -> None:
    scene = scene_for(repos, diagnosis_id)
    write_atomic(Path(path), scene_svg(scene, scene.tree.diagnosis.title if scene.tree else ""))
