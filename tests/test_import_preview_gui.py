"""The import corpus through the GUI: the preview says how a file was read and lets the user change the
sheet and header row; ignored columns, disagreeing quadrants, header-only files; dropped files; the blank
intake sheet; exports following the UI language; the notes field in the editor; duplicate client names."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import transfer_menu
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox, QWidget

CORPUS = Path(__file__).parent / "data" / "import_corpus"


@pytest.fixture
def board(qtbot, ctx):
    eid, _menu, actions = transfer_menu(qtbot, ctx, "需求调研")
    return ctx, eid, actions


def _preview(ctx, actions, path: Path, look) -> dict:
    """Open the preview on *path* through the menu; *look(dialog)* returns what to remember and whether to
    import (a (dict, bool) pair). Returns the dict; raises if the dialog never opened."""
    seen: dict = {}

    def fill(dialog) -> bool:
        result, accept = look(dialog)
        seen.update(result)
        seen["opened"] = True
        return accept

    ctx.asker.queue(str(path), fill)
    actions.import_action.trigger()
    assert seen.get("opened"), ctx.asker.asked[-1]
    return seen


def _texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _stored(ctx, eid) -> list:
    return ctx.repos.requirements.for_engagement(eid)


@pytest.mark.parametrize(("name", "shown"), [
    ("gbk_excel_zh.csv", "encoding GB18030 (GBK), separated by comma"),
    ("utf16_unicode_text.txt", "encoding UTF-16 LE, separated by tab"),
    ("utf16_no_bom.txt", "encoding UTF-16 LE, separated by tab"),
    ("semicolon_eu.csv", "encoding UTF-8, separated by semicolon"),
    ("standard_titled.xlsx", "sheet “评估表”, headers on row 2"),
])
def test_preview_shows_how_the_file_was_read_and_imports_it(board, name: str, shown: str) -> None:
    ctx, eid, actions = board
    seen = _preview(ctx, actions, CORPUS / name, lambda d: ({
        "info": d.file_label.text(), "button": d.import_button.text(), "enabled": d.import_button.isEnabled()}, True))
    assert shown in seen["info"]
    assert seen["enabled"] and seen["button"].startswith("Import ")
    assert len(_stored(ctx, eid)) in (2, 3)


def test_standard_sheet_lists_nothing_ignored_and_keeps_the_reasons(board) -> None:
    ctx, eid, actions = board

    def look(d):
        return {"mapping": d.mapping(), "ignored": d.ignored_label.isVisible() and d.ignored_label.text(),
                "notices": _texts(d.notice_list)}, True

    seen = _preview(ctx, actions, CORPUS / "gbk_excel_zh.csv", look)
    assert seen["mapping"] == {"code": 0, "description": 1, "type": 2, "value": 3, "urgency": 4, "notes": 6}
    assert seen["ignored"] is False and seen["notices"] == []
    assert [r.notes for r in _stored(ctx, eid)][0] == "第二迭代\n价值评分：提升客户工作效率\n紧急度评分：非当前核心问题"


def test_ignored_columns_and_disagreeing_quadrants_are_listed(board) -> None:
    ctx, eid, actions = board
    seen = _preview(ctx, actions, CORPUS / "variants_utf8.csv", lambda d: ({"ignored": d.ignored_label.text()}, False))
    assert seen["ignored"] == "Columns not imported: “负责人”"
    seen = _preview(ctx, actions, CORPUS / "quadrant_disagrees.csv", lambda d: ({
        "notices": _texts(d.notice_list), "visible": d.notice_list.isVisibleTo(d),
        "quadrant": d.combos[5].currentText(), "mapping": d.mapping()}, True))
    assert seen["quadrant"] == "(compared with the scores)" and 5 not in seen["mapping"].values()
    assert seen["visible"] and seen["notices"][0] == (
        'quadrant_disagrees.csv: row 2, column "优先级分类": "高价值、高紧急" disagrees with value 4 and urgency 3; '
        "imported by the scores as plan.")
    assert [r.quadrant.value for r in _stored(ctx, eid)] == ["plan", "do_now", "park"]


def test_the_sheet_and_the_header_row_can_be_changed(board) -> None:
    ctx, eid, actions = board

    def look(d):
        combo, spin = d.findChild(QComboBox, "importSheet"), d.findChild(QSpinBox, "importHeaderRow")
        out = {"sheets": [combo.itemText(i) for i in range(combo.count())], "sheet": combo.currentText(),
               "row": spin.value(), "dates": [d.mapping_table.item(r, 1).text() for r in range(d.mapping_table.rowCount())]}
        d.choose_sheet("说明")  # the cover sheet: no title column
        out["cover"] = (d.table.sheet, d.import_button.isEnabled(), d.summary_label.text())
        d.choose_sheet("需求列表")
        d.choose_header_row(2)  # a data row as the header: nothing sensible
        out["row2"] = (d.table.header_row, d.table.headers[0])
        d.choose_header_row(1)
        out["back"] = (d.table.header_row, d.import_button.text())
        return out, True

    seen = _preview(ctx, actions, CORPUS / "second_sheet_dates.xlsx", look)
    assert seen["sheets"] == ["说明", "需求列表"] and seen["sheet"] == "需求列表" and seen["row"] == 1
    assert "2026-07-01" in seen["dates"] and not any("T00:00" in t for t in seen["dates"])
    assert seen["cover"][0] == "说明" and not seen["cover"][1]
    assert "no column gives the requirement title" in seen["cover"][2] and "--map" not in seen["cover"][2]
    assert seen["row2"] == (2, "家长端加载超时")
    assert seen["back"] == (1, "Import 2 valid row(s)")
    assert [r.time_resources for r in _stored(ctx, eid)] == ["2026-07-01", "2026-09-30 18:00"]


def test_a_two_level_header_is_read_with_its_upper_row(board) -> None:
    ctx, eid, actions = board
    seen = _preview(ctx, actions, CORPUS / "two_level_header.xlsx", lambda d: ({
        "row": d.header_spin.value(), "mapping": d.mapping()}, True))
    assert seen["row"] == 3
    assert seen["mapping"] == {"code": 0, "title": 1, "description": 2, "value": 3, "urgency": 4, "notes": 5}
    assert [r.title for r in _stored(ctx, eid)] == ["批量导出报表", "修复支付卡顿"]


def test_a_header_only_file_says_so(board) -> None:
    ctx, eid, actions = board
    seen = _preview(ctx, actions, CORPUS / "header_only.csv", lambda d: ({
        "summary": d.summary_label.text(), "enabled": d.import_button.isEnabled()}, False))
    assert seen["summary"] == "0 rows to import: the file has a header row (row 1) but no requirement rows under it."
    assert not seen["enabled"]


@pytest.mark.parametrize(("name", "message"), [
    ("damaged_old_excel.xls", "damaged_old_excel.xls: the file is an Excel 97–2003 workbook (.xls) that cannot be read"),
    ("word_renamed.xlsx", "word_renamed.xlsx: the file is a Word document, not an Excel workbook"),
    ("unbalanced_quote.csv", 'unbalanced_quote.csv: line 3: a quote (") opens a cell that is not closed properly'),
])
def test_refused_files_are_explained_without_command_line_text(board, name: str, message: str) -> None:
    ctx, eid, actions = board
    ctx.asker.queue(str(CORPUS / name))
    actions.import_action.trigger()
    kind, _title, text = ctx.asker.asked[-1]
    assert kind == "warn" and text.startswith(message)
    assert "--" not in text and "Error" not in text
    assert _stored(ctx, eid) == []


def _show_tab(window, name: str) -> QWidget:
    page = window.findChild(QWidget, name)
    tabs = window.findChild(QWidget, "mainTabs")
    # The page itself, or the tab that holds it (a scroll area around it).
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.widget(i) is page or tabs.widget(i).isAncestorOf(page)))
    return page


def _drop(widget, mime: QMimeData) -> bool:
    """Drag *mime* onto *widget* and release, as the file manager does (Qt sends the drop to the widget
    that accepted the drag's entry). True when the drop was taken."""
    enter = QDragEnterEvent(QPoint(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    enter.setAccepted(False)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        QApplication.sendEvent(widget, QDragLeaveEvent())
        return False
    drop = QDropEvent(QPointF(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    drop.setAccepted(False)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def _files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_a_file_on_the_board_opens_the_preview(window, qtbot) -> None:
    from consultdesk.ops import clients

    ctx = window.ctx
    client = clients.create_client(ctx, "华信教育")
    eid = clients.create_engagement(ctx, client, "需求调研")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(eid)
    window.show()
    _show_tab(window, "boardTab")
    viewport = window.findChild(QWidget, "quadrantBoard").viewport()
    qtbot.waitUntil(viewport.isVisible)
    opened = []
    ctx.asker.queue(lambda d: opened.append(d.table.source) or True)
    assert _drop(viewport, _files(CORPUS / "standard_titled.xlsx"))
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ["standard_titled.xlsx"]
    assert len(ctx.repos.requirements.for_engagement(eid)) == 2
    asked = len(ctx.asker.asked)
    text = QMimeData()
    text.setText("not a file")
    for mime in (text, _files(CORPUS / "README.md"), _files(CORPUS / "gbk_excel_zh.csv", CORPUS / "semicolon_eu.csv")):
        _drop(viewport, mime)  # other drags are left to the board (which ignores them)
    qtbot.wait(50)
    assert len(ctx.asker.asked) == asked


def test_dropping_a_file_on_the_window_opens_the_preview_too(window, qtbot) -> None:
    from consultdesk.ops import clients

    ctx = window.ctx
    client = clients.create_client(ctx, "C")
    eid = clients.create_engagement(ctx, client, "E")
    window.show()
    _show_tab(window, "boardTab")
    _show_tab(window, "clientsTab")
    qtbot.waitUntil(window.isVisible)
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(eid)
    opened = []
    ctx.asker.queue(lambda d: opened.append(d.table.source) or False)
    assert _drop(window, _files(CORPUS / "semicolon_eu.csv"))
    qtbot.waitUntil(lambda: bool(opened) or len(ctx.asker.asked) > 0)
    assert ctx.asker.asked[-1][0] == "dialog", ctx.asker.asked
    assert opened == ["semicolon_eu.csv"]


def test_blank_intake_sheet_from_the_board_menu(board, tmp_path: Path) -> None:
    from consultdesk.transfer import read_table

    ctx, _eid, actions = board
    ctx.asker.queue(str(tmp_path / "现场填写"))
    actions.intake_action.trigger()
    path = tmp_path / "现场填写.xlsx"
    assert ctx.asker.asked[-1][0] == "inform" and str(path) in ctx.asker.asked[-1][2]
    table = read_table(path)
    assert table.header_row == 2 and table.sheets == ("需求优先级评估表", "填写说明 Instructions")


def test_export_follows_the_interface_language(board, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from PySide6.QtCore import QLocale

    from consultdesk.ops.requirements import create_requirement

    ctx, eid, actions = board
    create_requirement(ctx, eid, "修复支付接口卡顿", value=5, urgency=5, type="technical")
    # What switching the UI to Chinese does to the locale (without re-translating other tests' widgets).
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    try:
        ctx.asker.queue(str(tmp_path / "zh.xlsx"))
        actions.export_action.trigger()
    finally:
        QLocale.setDefault(QLocale(QLocale.English))
    rows = list(load_workbook(tmp_path / "zh.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:3] == ("编号", "标题", "描述") and rows[0][-1] == "象限"
    assert "技术型" in rows[1] and rows[1][-1] == "立即处理"
    ctx.asker.queue(str(tmp_path / "en.csv"))
    actions.export_action.trigger()
    assert (tmp_path / "en.csv").read_text(encoding="utf-8-sig").startswith("code,title,")


def test_notes_are_shown_and_edited_in_the_requirement_editor(qtbot, ctx) -> None:
    import shiboken6

    from consultdesk.ops import clients
    from consultdesk.ops.requirements import create_requirement
    from consultdesk.ui.board.editor import open_requirement_editor

    eid = clients.create_engagement(ctx, clients.create_client(ctx, "C"), "E")
    rid = create_requirement(ctx, eid, "导出", notes="价值评分：提升效率")
    editor = open_requirement_editor(ctx, rid, None)
    try:
        qtbot.waitExposed(editor)
        editor.activateWindow()
        notes = editor.form.reqNotes
        assert notes.toPlainText() == "价值评分：提升效率"
        assert editor.form.notesLabel.buddy() is notes
        notes.setFocus()
        notes.moveCursor(QTextCursor.End)
        qtbot.keyClicks(notes, "; next sprint")
        qtbot.waitUntil(lambda: ctx.repos.requirements.get(rid).notes == "价值评分：提升效率; next sprint")
    finally:
        if shiboken6.isValid(editor):
            editor.close()


def test_a_duplicate_client_name_is_questioned(window, qtbot) -> None:
    from consultdesk.ops import clients

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    clients.create_client(window.ctx, "Northwind Logistics Ltd")
    tab = _show_tab(window, "clientsTab")
    qtbot.mouseClick(tab.client_list.new_button, Qt.LeftButton)
    name = tab.client_page.form.clientName
    window.ctx.asker.queue(False)
    name.setFocus()
    qtbot.keyClicks(name, "northwind  logistics ltd")
    qtbot.keyClick(name, Qt.Key_Tab)
    kind, title, text = window.ctx.asker.asked[-1]
    assert (kind, title) == ("confirm", "Duplicate client name")
    assert "“Northwind Logistics Ltd”" in text
    assert [c.name for c in window.ctx.repos.clients.list_clients()] == ["Northwind Logistics Ltd"]
    window.ctx.asker.queue(True)
    name.setFocus()
    qtbot.keyClick(name, Qt.Key_Return)
    qtbot.keyClick(name, Qt.Key_Tab)
    names = [c.name for c in window.ctx.repos.clients.list_clients()]
    assert sorted(names) == ["Northwind Logistics Ltd", "northwind  logistics ltd"]
