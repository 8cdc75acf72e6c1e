"""Render every tab of the main window on the demo workspace to PNG files, to look at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR
        [--lang en zh_CN] [--size 1366x768 1920x1080] [--palette light dark] [--tab boardTab …]
        [--extra N] [--inner]

One file per language × palette × size × tab: OUT_DIR/<lang>-<palette>-<W>x<H>-<tab>.png. The style is
Fusion, so the light and dark palettes look the same on every machine. --extra N adds N requirements to
the demo engagement, spread over the board (a crowded board is worth looking at too). --inner also shows
every further page of the tabs inside a tab (…-<tab>-<inner objectName>-<n>.png).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory, QTabWidget, QWidget  # noqa: E402

SIZES = ("1366x768", "1920x1080")
LANGS = ("en", "zh_CN")
PALETTES = ("light", "dark")


def dark_palette() -> QPalette:
    """A plain dark palette (what a desktop in dark mode hands Qt), every role set."""
    palette = QPalette()
    base, window, text, mid = QColor("#1e1e1e"), QColor("#2b2b2b"), QColor("#e6e6e6"), QColor("#3c3c3c")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor("#262626"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3a3a"), QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9a9a9a"), QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: mid, QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"), QPalette.ColorRole.Light: QColor("#505050"),
        QPalette.ColorRole.Midlight: QColor("#464646"), QPalette.ColorRole.Mid: QColor("#6a6a6a"),
        QPalette.ColorRole.Dark: QColor("#151515"), QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#2f65ca"), QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#6ea8fe"), QPalette.ColorRole.LinkVisited: QColor("#b48efa"),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def add_requirements(ctx, count: int) -> None:
    """*count* more requirements in the selected engagement, spread over the 25 cells (one undo step)."""
    from consultdesk.ops import requirements as ops

    engagement = ctx.selection.engagement_id
    if engagement is None or count <= 0:
        return
    for i in range(count):
        ops.create_requirement(ctx, engagement, f"补充需求 {i + 1}：家长端消息推送与作业提醒优化",
                               value=1 + (i * 7) % 5, urgency=1 + (i * 3 + i // 5) % 5)


def settle(app: QApplication) -> None:
    for _ in range(3):  # deferred layouts and lazily built side panels
        app.processEvents()


def inner_pages(app: QApplication, window: QWidget, page: QWidget, stem: Path) -> list[Path]:
    """Every page but the first of each tab widget inside *page* (the first is on the tab's own shot)."""
    written = []
    for tabs in page.findChildren(QTabWidget):
        shown = tabs.currentIndex()
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            settle(app)
            path = stem.with_name(f"{stem.name}-{tabs.objectName() or 'tabs'}-{index}.png")
            window.grab().save(str(path))
            written.append(path)
        tabs.setCurrentIndex(shown)
    return written


def render(out: Path, langs: list[str], sizes: list[str], palettes: list[str], tabs: list[str] | None,
           extra: int, inner: bool = False) -> list[Path]:
    from consultdesk.app import open_main_window
    from consultdesk.demo import load_demo
    from consultdesk.store.workspace import open_workspace
    from consultdesk.ui.asker import ScriptedAsker
    from consultdesk.ui.tabs import TABS

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    light = app.style().standardPalette()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    names = tabs or [spec.object_name for spec in TABS]
    with tempfile.TemporaryDirectory(prefix="consultdesk-shots-") as temp:
        data_dir = Path(temp)
        workspace = open_workspace(data_dir)
        load_demo(workspace)
        workspace.close()
        for lang in langs:
            window = open_main_window(data_dir, lang=lang, asker=ScriptedAsker())
            window.ctx.ensure_selection()
            if extra and lang == langs[0]:
                add_requirements(window.ctx, extra)
            window.welcome.hide()
            for palette_name in palettes:
                app.setPalette(dark_palette() if palette_name == "dark" else light)
                for size in sizes:
                    width, height = (int(part) for part in size.split("x"))
                    window.resize(width, height)
                    for name in names:
                        page = window.findChild(QWidget, name)
                        window.tabs.setCurrentWidget(page)
                        settle(app)
                        path = out / f"{lang}-{palette_name}-{size}-{name}.png"
                        window.grab().save(str(path))
                        written.append(path)
                        if inner:
                            written += inner_pages(app, window, page, path.with_suffix(""))
            window.close()  # closes the workspace too: the next language opens it again
            window.deleteLater()  # a closed window must not retranslate against a closed database
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.setPalette(light)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", nargs="+", default=list(LANGS))
    parser.add_argument("--size", nargs="+", default=list(SIZES))
    parser.add_argument("--palette", nargs="+", default=list(PALETTES), choices=PALETTES)
    parser.add_argument("--tab", nargs="+", default=None, help="objectNames of the tabs (default: all)")
    parser.add_argument("--extra", type=int, default=0, help="requirements to add to the demo engagement")
    parser.add_argument("--inner", action="store_true", help="also every page of the tabs inside a tab")
    args = parser.parse_args(argv)
    written = render(args.out, args.lang, args.size, args.palette, args.tab, args.extra, args.inner)
    print(f"{len(written)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
