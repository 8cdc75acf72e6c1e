"""`status` and `export minutes|status|acceptance` as real processes of the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CLI = Path(sys.executable).parent / "consultdesk-cli"
CLIENT, ENGAGEMENT = "华信教育科技有限公司", "家长端 App 稳定性优化"


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([str(CLI), "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("followup-cli") / "ws"
    assert run(data_dir, "demo").returncode == 0
    return data_dir


def test_status_json_has_the_documented_shape(demo: Path) -> None:
    result = run(demo, "status", "--client", CLIENT, "--engagement", ENGAGEMENT, "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert set(status) == {"client", "engagement", "requirements", "baseline", "change_requests", "actions", "causes",
                           "meetings", "satisfaction"}
    assert (status["client"], status["engagement"]) == (CLIENT, ENGAGEMENT)
    assert set(status["requirements"]) == {"total", "quadrants", "status"}
    assert set(status["requirements"]["quadrants"]) == {"do_now", "plan", "quick", "park"}
    assert sum(status["requirements"]["quadrants"].values()) == status["requirements"]["total"] == 25
    assert set(status["baseline"]) == {"version", "signed", "changed_since"}
    assert set(status["change_requests"]) == set(status["actions"]) == {"open", "overdue"}
    assert set(status["causes"]) == {"total", "unverified", "root"}
    assert set(status["meetings"]) == {"held", "last", "minutes_due"}
    assert set(status["satisfaction"]) == {"period", "scores", "below_4", "open_reviews"}
    assert set(status["satisfaction"]["scores"]) == {"speed", "quality", "clarity", "solving"}
    # The demo's dates are relative to the day it was made: some actions overdue, not all.
    assert 0 < status["actions"]["overdue"] < status["actions"]["open"]
    assert status["meetings"]["held"] >= 6 and status["meetings"]["last"] is not None
    assert status["satisfaction"]["period"] is not None and status["satisfaction"]["open_reviews"] == 1


def test_status_text_and_unknown_names(demo: Path) -> None:
    text = run(demo, "status", "--client", CLIENT, "--engagement", ENGAGEMENT)
    assert text.returncode == 0 and "Actions:" in text.stdout and "Meetings:" in text.stdout
    unknown = run(demo, "status", "--client", "Nobody", "--engagement", ENGAGEMENT)
    assert unknown.returncode == 1 and "Nobody" in unknown.stderr and unknown.stdout == ""
    missing = run(demo.parent / "not-a-workspace" / "x", "status", "--client", CLIENT, "--engagement", ENGAGEMENT)
    assert missing.returncode in (1, 2)


@pytest.mark.parametrize("kind", ["minutes", "status", "acceptance"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_export_followup_documents(demo: Path, tmp_path: Path, kind: str, lang: str) -> None:
    from docx import Document

    out = tmp_path / f"{kind}-{lang}.docx"
    result = run(demo, "export", kind, "--client", CLIENT, "--engagement", ENGAGEMENT, "--out", str(out), "--lang", lang)
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    titles = {"minutes": ("Meeting minutes", "会议纪要"), "acceptance": ("Acceptance record", "验收记录"),
              "status": ("Status report", "项目进展报告")}[kind]
    assert titles[0 if lang == "en" else 1] in text


def test_export_minutes_of_a_chosen_meeting_has_decisions_and_actions_tables(demo: Path, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "kickoff.docx"
    result = run(demo, "export", "minutes", "--client", CLIENT, "--engagement", ENGAGEMENT, "--out", str(out),
                 "--meeting", "项目启动会", "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    doc = Document(str(out))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    assert "每周三 14:00 召开项目例会，纪要 24 小时内发出" in cells  # a decision of the kick-off
    assert "整理访谈记录并发出需求摘要" in cells  # one of its action items
    assert "签名" in cells  # the confirmation table
    assert any("已由 李敏" in p.text for p in doc.paragraphs)
    bad = run(demo, "export", "minutes", "--client", CLIENT, "--engagement", ENGAGEMENT, "--out", str(out),
              "--meeting", "99")
    assert bad.returncode == 1 and "99" in bad.stderr
