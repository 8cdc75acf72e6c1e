"""The Specifications tab driven like a user: section editing with undo, exports, template, menus."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget

sys.path.insert(0, str(Path(__file__).parent))
from documents_support import SPECIAL, add_engagement, body_texts, seed_requirements  # noqa: E402

from consultdesk.domain.spec_sections import SECTION_ORDER, SectionKey
from consultdesk.ui.tabs import TABS


@pytest.fixture
def specs(qtbot, data_dir: Path, asker):
    """The main window on a workspace with one engagement and a few requirements, Specifications tab shown."""
    from consultdesk.app import open_main_window
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(data_dir)
    eid = add_engagement(ws)
    seed_requirements(ws, eid, 4)
    with ws.store.transaction():
        ws.repos.rows.insert("interviews", {"engagement_id": eid, "title": "首次访谈", "stressed": "重点"})
    ws.close()
    win = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(win)
    index = [spec.object_name for spec in TABS].index("specsTab")
    win.tabs.setCurrentIndex(index)  # also makes the specs undo stack the active one
    tab = win.findChild(QWidget, "specsTab")
    win.ctx.selection.set_client(win.ctx.repos.clients.list_clients()[0].id)
    assert win.ctx.selection.engagement_id == eid
    yield win, tab, eid
    win.close()


def _stored(win, eid: int, key: SectionKey) -> str:
    return win.ctx.repos.spec_sections.for_engagement(eid)[key]


def test_typing_persists_at_once_and_undo_restores(specs, qtbot) -> None:
    win, tab, eid = specs
    page = tab.sections_page
    page.show_section(SectionKey.GOALS)
    editor = tab.findChild(QPlainTextEdit, "section-goals")
    assert page.stack.currentWidget() is editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Cut time-outs")
    page.flush()  # the typing pause (400 ms) elapsed
    assert _stored(win, eid, SectionKey.GOALS) == "Cut time-outs"
    qtbot.keyClicks(editor, " below 5 %")
    qtbot.waitUntil(lambda: _stored(win, eid, SectionKey.GOALS) == "Cut time-outs below 5 %", timeout=3000)

    win.undo_action.trigger()  # one focus = one undo step: back to nothing at all
    assert _stored(win, eid, SectionKey.GOALS) == ""
    assert editor.toPlainText() == ""
    win.redo_action.trigger()
    assert _stored(win, eid, SectionKey.GOALS) == "Cut time-outs below 5 %"
    assert editor.toPlainText() == "Cut time-outs below 5 %"


def test_sections_follow_the_engagement(specs, qtbot) -> None:
    win, tab, eid = specs
    editor = tab.findChild(QPlainTextEdit, "section-background")
    editor.setFocus()
    editor.insertPlainText(SPECIAL)  # as an input method would (keyClicks only types ASCII)
    other = win.ctx.repos.rows.insert  # a second engagement of the same client, made through the store
    with win.ctx.store.transaction():
        second = other("engagements", {"client_id": win.ctx.selection.client_id, "title": "Second"})
    win.ctx.selection.set_engagement(second)  # switching flushes what was typed for the first one
    assert _stored(win, eid, SectionKey.BACKGROUND) == SPECIAL
    assert editor.toPlainText() == ""
    win.ctx.selection.set_engagement(eid)
    assert editor.toPlainText() == SPECIAL


def test_export_spec_from_button_uses_typed_text_and_offers_open(specs, qtbot, asker, tmp_path: Path) -> None:
    win, tab, eid = specs
    sections = tab.sections_page.section_list
    row = SECTION_ORDER.index(SectionKey.CHANGE_RULES)
    rect = sections.visualItemRect(sections.item(row))  # "Change rules", clicked like a user
    qtbot.mouseClick(sections.viewport(), Qt.LeftButton, pos=rect.center())
    editor = tab.findChild(QPlainTextEdit, "section-change_rules")
    assert tab.sections_page.stack.currentWidget() is editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Small changes assessed within 24 h")
    target = tmp_path / "out.docx"
    asker.queue(str(target), "Close")
    qtbot.mouseClick(tab.findChild(QPushButton, "exportSpecButton"), Qt.LeftButton)
    assert target.is_file()
    texts = body_texts(docx.Document(str(target)))
    assert "Small changes assessed within 24 h" in texts  # typed text was flushed before building
    assert any(t.endswith("REQ-001  Requirement 1") for t in texts)
    kinds = [kind for kind, _title, _text in asker.asked]
    assert kinds == ["save_file", "choose"]
    assert asker.asked[0][2].endswith("家长端 App 稳定性优化 - Requirements Specification.docx")
    assert str(target) in asker.asked[1][2]


def test_locked_target_offers_another_name(specs, qtbot, asker, tmp_path: Path) -> None:
    win, tab, _eid = specs
    blocked = tmp_path / "spec.docx"
    blocked.mkdir()  # cannot be replaced, like a file held open by Word
    second = tmp_path / "spec (2).docx"
    asker.queue(str(blocked), str(second), "Close")
    assert tab.export("spec") == second
    kinds = [kind for kind, _t, _x in asker.asked]
    assert kinds == ["save_file", "warn", "save_file", "choose"]
    assert "another name" in asker.asked[1][2]
    assert blocked.is_dir() and second.is_file()


@pytest.mark.parametrize("phase", ["building", "writing"])
def test_cancel_in_progress_leaves_nothing(specs, asker, tmp_path: Path, monkeypatch, phase: str) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from consultdesk.ui.specs.export_runner import BUILD_SHARE

    win, tab, _eid = specs
    seen: list[int] = []

    def cancelled(dialog) -> bool:  # the user presses Cancel during the chosen phase
        seen.append(dialog.value())
        return phase == "building" or dialog.value() >= BUILD_SHARE

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancelled)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "spec.docx").write_bytes(b"previous export")
    asker.queue(str(folder / "spec.docx"))
    assert tab.export("spec") is None
    assert [p.name for p in folder.iterdir()] == ["spec.docx"]
    assert (folder / "spec.docx").read_bytes() == b"previous export"
    assert seen and (phase == "building" or seen[-1] >= BUILD_SHARE)
    assert [k for k, _t, _x in asker.asked] == ["save_file"]  # no "Open?" after a cancel


def test_language_and_remembered_template(specs, asker, tmp_path: Path) -> None:
    win, tab, _eid = specs
    panel = tab.export_panel
    template = tmp_path / "company.docx"
    bare = docx.Document()
    for style in list(bare.styles.element):
        if style.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId") == "TableGrid":
            bare.styles.element.remove(style)
    bare.save(str(template))
    asker.queue(str(template))
    panel.choose_template_button.click()
    assert panel.template_label.text() == "company.docx"
    assert win.ctx.settings.value("documents/template") == str(template)
    panel.set_language("zh_CN")
    assert win.ctx.settings.value("documents/language") == "zh_CN"
    target = tmp_path / "中文.docx"
    asker.queue(str(target), "Close")
    assert tab.export("spec") == target
    assert "需求规格说明书" in body_texts(docx.Document(str(target)))
    panel.default_template_button.click()
    assert panel.template() is None and not panel.default_template_button.isEnabled()


def test_summary_and_missing_subjects(specs, asker, tmp_path: Path) -> None:
    win, tab, _eid = specs
    target = tmp_path / "summary.docx"
    asker.queue(str(target), "Close")
    assert tab.export("summary") == target
    assert "重点" in body_texts(docx.Document(str(target)))
    # no diagnosis / dispute case in this engagement yet: a warning, no file dialog
    before = len(asker.asked)
    assert tab.export("diagnosis") is None and tab.export("dispute") is None
    assert [k for k, _t, _x in asker.asked[before:]] == ["warn", "warn"]


def test_file_export_menu_has_the_four_documents(specs, asker, tmp_path: Path) -> None:
    win, tab, _eid = specs
    file_menu = win.menuBar().actions()[0].menu()
    export_menu = next(a.menu() for a in file_menu.actions()
                       if a.menu() is not None and a.menu().objectName() == "exportMenu")
    names = [a.objectName() for a in export_menu.actions()]
    assert names == ["exportSpecAction", "exportSummaryAction", "exportDiagnosisAction", "exportDisputeAction"]
    assert file_menu.actions()[-1] is win.quit_action  # Quit stays last
    assert tab.export_actions["spec"].shortcut().toString() == "Ctrl+Shift+E"
    target = tmp_path / "menu.docx"
    asker.queue(str(target), "Close")
    tab.export_actions["spec"].trigger()
    assert target.is_file()


def test_no_engagement_disables_exports(specs) -> None:
    win, tab, _eid = specs
    win.ctx.selection.set_engagement(None)
    assert not tab.export_actions["spec"].isEnabled()
    assert not tab.findChild(QPushButton, "exportSpecButton").isEnabled()
    assert not tab.sections_page.stack.isEnabled()


def test_slow_export_shows_progress_quick_one_does_not(specs, asker, tmp_path: Path, monkeypatch) -> None:
    import time

    from PySide6.QtWidgets import QProgressDialog

    from consultdesk.export import spec_document
    from consultdesk.ui.specs import export_runner

    win, tab, _eid = specs
    visible: list[bool] = []
    real_check = QProgressDialog.wasCanceled
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: visible.append(self.isVisible()) or real_check(self))
    # The threshold, not the machine's speed, decides: work shorter than it never shows the dialog.
    monkeypatch.setattr(export_runner, "SHOW_AFTER_MS", 60_000)
    asker.queue(str(tmp_path / "quick.docx"), "Close")
    assert tab.export("spec") is not None
    assert visible and not any(visible)

    real_build = spec_document.build

    def slow_build(request):
        for step in range(8):  # 0.8 s of work reported in steps, like a big specification
            time.sleep(0.1)
            request.progress(step, 8)
        return real_build(request)

    monkeypatch.setattr(spec_document, "build", slow_build)
    monkeypatch.setattr(export_runner, "SHOW_AFTER_MS", 300)
    visible.clear()
    asker.queue(str(tmp_path / "slow.docx"), "Close")
    assert tab.export("spec") is not None
    assert any(visible), "a progress dialog with Cancel appears after ~0.5 s"
    assert not win.findChild(QProgressDialog, "exportProgress") or not win.findChild(
        QProgressDialog, "exportProgress").isVisible()


def _png(color: str = "#2F5496"):
    from PySide6.QtGui import QColor, QImage

    image = QImage(200, 120, QImage.Format_RGB32)
    image.fill(QColor(color))
    return image


def test_screenshot_pasted_into_a_section_goes_into_the_document(specs, qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    win, tab, eid = specs
    page = tab.sections_page
    row = SECTION_ORDER.index(SectionKey.DELIVERY_STANDARDS)
    qtbot.mouseClick(page.section_list.viewport(), Qt.LeftButton,
                     pos=page.section_list.visualItemRect(page.section_list.item(row)).center())
    strip = page.samples
    assert strip.objectName() == "sectionSamples" and strip.key is SectionKey.DELIVERY_STANDARDS
    QGuiApplication.clipboard().setImage(_png())
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key_V, Qt.ControlModifier)
    assert strip.count() == 1
    samples = win.ctx.repos.spec_sections.samples(eid)
    assert [s.section for s in samples] == ["delivery_standards"]
    win.ctx.undo_stack("specs").undo()  # Edit ▸ Undo takes it out again
    assert strip.count() == 0 and win.ctx.repos.spec_sections.samples(eid) == []
    win.ctx.undo_stack("specs").redo()
    assert strip.count() == 1


def test_picture_file_dropped_on_a_section(specs, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    win, tab, eid = specs
    picture = tmp_path / "login screen.png"
    _png("#C00000").save(str(picture))
    text_file = tmp_path / "notes.txt"
    text_file.write_text("no picture")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    strip = tab.sections_page.samples
    strip.drop_mime(mime)  # drops are tested with synthetic mime data (QDrag.exec blocks)
    assert [s.name for s in win.ctx.repos.spec_sections.samples(eid)] == ["login screen.png"]
    item = strip.item(0)
    item.setText("Login screen after the fix")  # the caption, edited in place
    assert win.ctx.repos.spec_sections.samples(eid)[0].caption == "Login screen after the fix"


def test_also_as_pdf_when_a_converter_exists_else_said_plainly(specs, asker, tmp_path: Path) -> None:
    win, tab, eid = specs
    panel = tab.export_panel
    if panel.pdf_converter is None:
        assert not panel.pdf_check.isEnabled() and "LibreOffice or Microsoft Word" in panel.pdf_note.text()
        return
    panel.pdf_check.setChecked(True)
    target = tmp_path / "spec.docx"
    asker.queue(str(target), "Close")
    tab.export("spec")
    assert target.is_file() and target.with_suffix(".pdf").is_file()
    assert target.with_suffix(".pdf").read_bytes()[:5] == b"%PDF-"
