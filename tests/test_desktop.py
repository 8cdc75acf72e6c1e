"""Desktop behaviour: the first window fits the screen, the UI language follows the display language,
fixed-width text uses the system's fixed font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QFontInfo

import consultdesk
from consultdesk.ui.i18n import normalise, preferred_language
from consultdesk.ui.window_size import PREFERRED, initial_size


def test_initial_size_shrinks_to_a_small_screen() -> None:
    # 1920x1080 at 150 %: 1280x720 logical pixels, minus a task bar
    laptop = initial_size(QSize(1280, 680))
    assert laptop.height() <= 680 * 0.9 and laptop.width() <= 1280
    assert initial_size(QSize(2560, 1400)) == PREFERRED


def test_first_window_fits_the_screen(window) -> None:
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.frameGeometry().center())


def test_language_follows_the_display_language_preference() -> None:
    assert preferred_language(["zh-Hans-CN", "en-US"]) == "zh_CN"
    assert preferred_language(["en-GB", "zh-CN"]) == "en"
    assert preferred_language(["de-DE", "zh-TW", "en"]) == "zh_CN"  # first *supported* one
    assert preferred_language(["fr-FR"]) == "en"
    assert preferred_language([]) == "en"
    assert normalise("zh-CN") == "zh_CN" and normalise("en_US") == "en"


def test_no_linux_only_font_alias_in_the_sources() -> None:
    package = Path(consultdesk.__file__).parent
    offenders = [p.name for p in package.rglob("*.py") if 'QFont("monospace")' in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_hash_column_uses_the_system_fixed_font(qapp) -> None:
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    from consultdesk.ui.baselines.models import BaselinesModel

    model = BaselinesModel()
    model.set_items([SimpleNamespace(sha256="ab" * 32, id=1)])
    font = model.data(model.index(0, BaselinesModel.SHA), Qt.FontRole)
    assert font == QFontDatabase.systemFont(QFontDatabase.FixedFont)
    assert QFontInfo(font).fixedPitch()


def test_gui_smoke_test_flag_paints_once_in_chinese_and_quits(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    gui = Path(sys.executable).parent / "consultdesk"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(gui), "--data-dir", str(tmp_path / "ws"), "--lang", "zh_CN", "--smoke-test"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout
    assert "consultdesk_zh_CN.qm" in result.stdout and "qtbase_zh_CN.qm" in result.stdout  # ours and Qt's own
    assert ", FTS5 trigram" in result.stdout  # the workspace search's full-text index works
    assert "Traceback" not in result.stderr
