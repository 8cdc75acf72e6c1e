"""zh_CN is kept complete: every translatable text of the shipped code is extracted by lupdate and has a
finished translation, every text of the parts files reaches the shipped .ts, plural texts have their form."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import consultdesk
from consultdesk.paths import resource

PACKAGE = Path(consultdesk.__file__).parent
ROOT = Path(__file__).resolve().parent.parent
PARTS_DIR = ROOT / "resources" / "i18n" / "parts"
# Every package that produces text a user reads: lupdate must read all of them (a refusal raised in ops/
# or a rule sentence of domain/ reaches a message box as it is).
USER_TEXT_PACKAGES = ("domain", "ops", "ui", "export", "transfer", "cli_commands", "store")


def _tool(name: str) -> str | None:
    local = Path(sys.executable).parent / f"pyside6-{name}"
    return str(local) if local.exists() else shutil.which(f"pyside6-{name}")


def _python_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[:2] != ("ui", "forms"))


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (finished translation or "", is a plural message)."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            text = "".join(translation.itertext()).strip()  # plural messages keep their text in <numerusform>
            key = (context.findtext("name") or "", message.findtext("source") or "")
            out[key] = (text if done else "", message.get("numerus") == "yes")
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[str, bool]]:
    """What lupdate extracts from the shipped code and forms, now."""
    lupdate = _tool("lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not available")
    sources = [str(p) for p in _python_sources()] + [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run([lupdate, "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    return _messages(fresh)


@pytest.fixture(scope="module")
def shipped() -> dict[tuple[str, str], tuple[str, bool]]:
    return _messages(resource("i18n", "consultdesk_zh_CN.ts"))


def _parts() -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, parts file name)."""
    out = {}
    for path in sorted(PARTS_DIR.glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, translation in messages.items():
                out[(context, source)] = (translation, path.name)
    return out


def test_shipped_translation_files_exist() -> None:
    assert resource("i18n", "consultdesk_zh_CN.ts").is_file()
    assert resource("i18n", "consultdesk_zh_CN.qm").stat().st_size > 1000


def test_lupdate_reads_every_package_that_produces_user_text(extracted) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    read = {Path(p).resolve().relative_to((ROOT / "src" / "consultdesk").resolve()).parts[0]
            for p in update_translations.sources() if p.endswith(".py")}
    assert set(USER_TEXT_PACKAGES) <= read
    contexts = {context for context, _source in extracted}
    assert {"domain", "ops", "store"} <= contexts  # the non-GUI layers' sentences are extracted


def test_every_extracted_text_is_translated(extracted, shipped) -> None:
    missing = [key for key in extracted if not shipped.get(key, ("", False))[0]]
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:10]}"


def test_no_text_is_filed_without_a_context(extracted) -> None:
    # A text lands in the empty context when it is passed through a helper named tr(): the app translates
    # it in another context and finds nothing. Write QCoreApplication.translate("Context", "text").
    assert [source for context, source in extracted if not context] == []


def test_every_parts_text_reaches_the_shipped_translation(shipped) -> None:
    """A parts text the .ts lacks was never extracted (a helper lupdate cannot see, another context, a
    text the code no longer has) and shows in English."""
    lost = [f"{name}: [{context}] {source}" for (context, source), (_text, name) in _parts().items()
            if not shipped.get((context, source), ("", False))[0]]
    assert lost == [], f"{len(lost)} parts texts not in the shipped .ts, e.g. {lost[:10]}"


def test_the_shipped_translation_is_the_one_the_parts_give(shipped) -> None:
    """A translation changed in a parts file (a new name, a new mnemonic) replaces the old one in the .ts,
    and no two parts files give one text two translations."""
    stale = [f"{name}: [{context}] {source}: {shipped[(context, source)][0]!r} != {text!r}"
             for (context, source), (text, name) in _parts().items()
             if (context, source) in shipped and shipped[(context, source)][0] not in ("", text)]
    assert stale == [], stale[:10]
    given: dict[tuple[str, str], set[str]] = {}
    for path in sorted(PARTS_DIR.glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, text in messages.items():
                given.setdefault((context, source), set()).add(text)
    assert {key: texts for key, texts in given.items() if len(texts) > 1} == {}


def _literal_calls(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, source) of every translate / QT_TRANSLATE_NOOP / self.tr call with literal texts."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and all(literal[:2]):
                    found.append((child.lineno, args[0].value, args[1].value))  # type: ignore[attr-defined]
                elif (name == "tr" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                      and func.value.id == "self" and args and literal[0]):
                    found.append((child.lineno, cls, args[0].value))  # type: ignore[attr-defined]
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_literal_translation_call_is_extracted(extracted) -> None:
    """lupdate's Python parser silently drops some calls (a plural count written as an expression such as
    len(ids)); such a text is never translated."""
    dropped = [f"{path.relative_to(PACKAGE)}:{line} [{context}] {source}"
               for path in _python_sources() for line, context, source in _literal_calls(path)
               if (context, source) not in extracted]
    assert dropped == [], dropped


def test_no_helper_hides_texts_from_lupdate() -> None:
    """tr("text") / _tr("text") helpers: lupdate misses or mis-files what they translate."""
    hidden = []
    for path in _python_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "_tr")
                    and node.args and isinstance(node.args[0], ast.Constant)):
                hidden.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert hidden == []


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%n|%\d|%s|\{\w+\}", text))


def test_translations_keep_the_placeholders(shipped) -> None:
    wrong = [(context, source, text) for (context, source), (text, _plural) in shipped.items()
             if text and _placeholders(source) != _placeholders(text)]
    assert wrong == []


def test_every_counted_text_is_a_plural_message(shipped) -> None:
    """A text showing a count %n has its plural form filled (Chinese has one form)."""
    counted = {key: value for key, value in shipped.items() if "%n" in key[1]}
    assert counted
    assert [key for key, (text, plural) in counted.items() if not plural or not text] == []


def test_plural_and_domain_texts_are_found_in_the_shipped_translation(qapp) -> None:
    # Looked up in a translator that is not installed: installing one would retranslate every live window.
    from PySide6.QtCore import QTranslator

    from consultdesk.domain import evidence as rules

    translator = QTranslator()
    assert translator.load(str(resource("i18n", "consultdesk_zh_CN.qm")))
    assert translator.translate("TransferActions", "Imported %n requirement(s).", "", 5) == "已导入 %n 条需求。"
    assert translator.translate("ops", "Import %n requirements", "", 2).startswith("导入 %n ")
    assert translator.translate("domain", rules.RESOLVED_NEEDS_ROOT_CAUSE).startswith("标记为已解决之前")


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
