"""zh_CN is kept complete: every translatable string in the shipped code has a finished translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import consultdesk
from consultdesk.paths import resource

PACKAGE = Path(consultdesk.__file__).parent


def _tool(name: str) -> str | None:
    local = Path(sys.executable).parent / f"pyside6-{name}"
    return str(local) if local.exists() else shutil.which(f"pyside6-{name}")


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            text = "".join(translation.itertext())  # plural messages keep their text in <numerusform>
            out[(context.findtext("name"), message.findtext("source"))] = text if done else ""
    return out


def test_shipped_translation_files_exist() -> None:
    assert resource("i18n", "consultdesk_zh_CN.ts").is_file()
    assert resource("i18n", "consultdesk_zh_CN.qm").stat().st_size > 1000


def test_every_source_string_is_translated(tmp_path: Path) -> None:
    lupdate = _tool("lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not available")
    sources = [str(p) for p in PACKAGE.rglob("*.py") if "forms" not in p.relative_to(PACKAGE).parts[:2]]
    sources += [str(p) for p in (PACKAGE / "forms").glob("*.ui")] if (PACKAGE / "forms").is_dir() else []
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    shipped = _messages(resource("i18n", "consultdesk_zh_CN.ts"))
    missing = [key for key in _messages(fresh) if not shipped.get(key, "").strip()]
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:10]}"


def test_language_switches_live(window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    assert window.tabs.tabText(0) == "Clients"
    window.set_language("zh_CN")  # Qt delivers LanguageChange to the widgets as posted events
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "客户")
    assert window.undo_action.text().startswith("撤销")
    name_label = window.findChild(QLabel, "nameLabel")
    assert name_label.text().startswith("名称")  # a Designer form retranslates too
    titles = [action.text() for action in window.menuBar().actions()]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in title) for title in titles), titles  # every menu
    window.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Clients")
    assert name_label.text() == "&Name"
