"""Render the application icon from resources/icons/consultdesk.svg for every platform.

    python tools/make_icons.py OUT_DIR

writes OUT_DIR/png/<N>x<N>.png for 16…512 px (the Linux hicolor sizes), OUT_DIR/consultdesk.ico
(Windows, 16–256 px) and OUT_DIR/consultdesk.icns (macOS, 16–1024 px). Qt's QSvgRenderer draws
each size from the vector (small sizes stay crisp instead of being scaled down from one bitmap);
Pillow, which matplotlib already depends on, writes the .ico and .icns containers.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "consultdesk.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: Path, size: int) -> "QImage":  # noqa: F821 - PySide6 imported lazily
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def make_icons(out: Path, svg: Path = SVG) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    png_dir = out / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    rendered: dict[int, Path] = {}
    for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
        path = png_dir / f"{size}x{size}.png"
        if not render(svg, size).save(str(path), "PNG"):
            raise SystemExit(f"Cannot write {path}.")
        rendered[size] = path
    largest = Image.open(rendered[max(ICNS_SIZES)])
    ico = out / "consultdesk.ico"
    # Pillow builds each .ico entry from the given image; hand it the vector-rendered 256 px one.
    Image.open(rendered[256]).save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    icns = out / "consultdesk.icns"
    largest.save(icns, format="ICNS", append_images=[Image.open(rendered[s]) for s in ICNS_SIZES[:-1]])
    for size in set(rendered) - set(PNG_SIZES):
        rendered[size].unlink()  # only the hicolor sizes are shipped as PNG
    return {"png": png_dir, "ico": ico, "icns": icns}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--svg", type=Path, default=SVG)
    args = parser.parse_args(argv)
    made = make_icons(args.out, args.svg)
    print("Icons written:", ", ".join(str(p) for p in made.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
