"""The diagnosis says each thing once: the 6M preset renames bones by meaning (en and zh), and a cause is a
root cause by one flag that the form, the sheet, the diagram, the report and the CLI all read."""

from __future__ import annotations

import json
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QCoreApplication, Qt

from consultdesk.domain.diagnosis import DEFAULT_BONES
from consultdesk.ops import clients as client_ops
from consultdesk.ops import diagnosis as ops
from consultdesk.ui.fishbone.sheet_model import ROOT

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib does not add tests/ itself
CLI = Path(sys.executable).with_name("consultdesk-cli")


@pytest.fixture
def interface(ctx):
    """Switch the interface language; back to English while the workspace is still open (the widgets
    re-read it on the language change)."""
    from language_support import interface_language

    with ExitStack() as stack:
        yield lambda lang: stack.enter_context(interface_language(lang))


def _engagement(ctx) -> int:
    client = client_ops.create_client(ctx, "Huaxin")
    engagement = client_ops.create_engagement(ctx, client, "Portal")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    return engagement


@pytest.fixture
def make_tab(qtbot, ctx):
    """The Diagnosis tab; deleted before the workspace closes, so a later language change in another
    test cannot reach it."""
    import shiboken6

    from consultdesk.ui.fishbone.tab import DiagnosisTab

    made = []

    def make():
        widget = DiagnosisTab(ctx)
        made.append(widget)
        widget.resize(1280, 800)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    yield make
    for widget in made:
        shiboken6.delete(widget)


def _new_diagnosis_by_button(qtbot, tab, asker, title: str) -> int:
    asker.queue(title)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.diagnosis_id is not None
    return tab.diagnosis_id


def _causes_by_bone(ctx, diagnosis_id: int) -> dict[str, str]:
    tree = ctx.repos.diagnoses.tree(diagnosis_id)
    return {c.text: tree.bone(c.bone_id).title for c in tree.causes}


def _titles(ctx, diagnosis_id: int) -> list[str]:
    return [b.title for b in ctx.repos.diagnoses.bones(diagnosis_id)]


def _click_six_m(qtbot, tab) -> None:
    qtbot.mouseClick(tab.tools["sixm"], Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang, renamed, expected", [
    ("en", "Vendors", ["Vendors", "Method", "Machine", "Environment", "Man", "Material", "Measurement"]),
    ("zh_CN", "供应商", ["供应商", "法", "机", "环", "人", "料", "测"]),
])
def test_six_m_button_renames_by_meaning_and_keeps_a_renamed_bone(qtbot, ctx, asker, make_tab, interface, lang,
                                                                  renamed, expected):
    interface(lang)
    _engagement(ctx)
    tab = make_tab()
    diagnosis = _new_diagnosis_by_button(qtbot, tab, asker, "Login fails")
    defaults = _titles(ctx, diagnosis)
    assert defaults == [QCoreApplication.translate("DiagnosisTab", n) for n in DEFAULT_BONES]
    for title in defaults:
        ops.add_cause(ctx, next(b.id for b in ctx.repos.diagnoses.bones(diagnosis) if b.title == title), None,
                      f"cause on {DEFAULT_BONES[defaults.index(title)]}")
    ops.rename_bone(ctx, ctx.repos.diagnoses.bones(diagnosis)[0].id, renamed)
    steps = ctx.history.count()

    _click_six_m(qtbot, tab)

    assert _titles(ctx, diagnosis) == expected
    assert _causes_by_bone(ctx, diagnosis) == {
        "cause on People": renamed, "cause on Process": expected[1], "cause on Technology": expected[2],
        "cause on Environment": expected[3]}
    assert ctx.history.count() == steps + 1
    assert [tab.sheet_model.data(tab.sheet_model.index(r, 0)) for r in range(4)] == expected[:4]
    ctx.history.undo()  # one step back to the four bones as they were
    assert _titles(ctx, diagnosis) == [renamed, *defaults[1:]]
    _click_six_m(qtbot, tab)
    _click_six_m(qtbot, tab)  # a second time: nothing left to do, no empty undo step
    assert _titles(ctx, diagnosis) == expected and ctx.history.count() == steps + 1


def test_six_m_recognises_a_chinese_diagnosis_in_the_english_interface(qtbot, ctx, make_tab):
    engagement = _engagement(ctx)
    diagnosis = ops.create_diagnosis(ctx, engagement, "登录失败", ["人员", "流程", "技术", "环境"])
    ops.add_cause(ctx, ctx.repos.diagnoses.bones(diagnosis)[1].id, None, "发布流程缺少压测")
    tab = make_tab()
    _click_six_m(qtbot, tab)
    assert _titles(ctx, diagnosis) == ["Man", "Method", "Machine", "Environment", "Material", "Measurement"]
    assert _causes_by_bone(ctx, diagnosis) == {"发布流程缺少压测": "Method"}


def test_root_cause_is_one_flag_in_form_sheet_diagram_report_and_cli(qtbot, ctx, make_tab, tmp_path):
    engagement = _engagement(ctx)
    diagnosis = ops.create_diagnosis(ctx, engagement, "Login fails", DEFAULT_BONES)
    bone = ctx.repos.diagnoses.bones(diagnosis)[2].id
    direct = ops.add_cause(ctx, bone, None, "Connection pool exhausted")
    root = ops.add_cause(ctx, bone, direct, "Capacity never estimated")
    tab = make_tab()
    form = tab.detail.form
    # the form offers the one "root cause" box and no second "kind" field beside it
    assert not hasattr(form, "causeKind")
    tab.view.select(("cause", root))
    assert tab.detail.cause_id == root
    form.causeRoot.click()
    assert ctx.repos.diagnoses.cause(root).is_root and not ctx.repos.diagnoses.cause(direct).is_root
    model = tab.sheet_model
    rows = {model.rows[r].cause.id: model.data(model.index(r, ROOT), Qt.ItemDataRole.CheckStateRole)
            for r in range(model.rowCount())}
    assert rows == {direct: Qt.CheckState.Unchecked, root: Qt.CheckState.Checked}
    assert tab.scene.cause_items[root].is_root and not tab.scene.cause_items[direct].is_root

    out = tmp_path / "diagnosis.docx"
    base = [str(CLI), "--data-dir", str(ctx.workspace.root)]
    export = subprocess.run([*base, "export", "diagnosis", "--client", "Huaxin", "--engagement", "Portal",
                             "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert export.returncode == 0, export.stderr
    sheet = next(t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "Category")
    assert [c.text for c in sheet.rows[0].cells] == ["Category", "Cause", "Verification method", "Result", "Kind"]
    assert {r.cells[1].text.strip("\u3000\u21b3 "): r.cells[4].text for r in sheet.rows[1:]} == {
        "Connection pool exhausted": "Direct cause", "Capacity never estimated": "Root cause"}
    status = subprocess.run([*base, "status", "--client", "Huaxin", "--engagement", "Portal", "--json"],
                            capture_output=True, text=True, timeout=120)
    assert status.returncode == 0 and "Traceback" not in status.stderr
    assert json.loads(status.stdout)["causes"] == {"total": 2, "unverified": 2, "root": 1}
