"""tools/screenshots.py renders the tabs to PNG files of the asked size, light and dark."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

TOOL = Path(__file__).resolve().parent.parent / "tools" / "screenshots.py"


def test_screenshots_of_the_board_in_both_palettes(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(TOOL), str(tmp_path), "--tab", "boardTab", "--lang", "zh_CN",
                             "--size", "1366x768"], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    shots = {p.name: QImage(str(p)) for p in tmp_path.glob("*.png")}
    assert set(shots) == {"zh_CN-light-1366x768-boardTab.png", "zh_CN-dark-1366x768-boardTab.png"}
    for image in shots.values():
        assert (image.width(), image.height()) == (1366, 768)
    # The board's middle (an empty spot of the park quadrant) follows the palette.
    light, dark = (shots[f"zh_CN-{p}-1366x768-boardTab.png"] for p in ("light", "dark"))
    spot = (200, 560)
    assert QColor(light.pixel(*spot)).lightnessF() > 0.7
    assert QColor(dark.pixel(*spot)).lightnessF() < 0.35
