"""consultdesk export spec|summary|diagnosis|dispute: exit codes, names, languages; PDF text via soffice."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from documents_support import SPECIAL, add_engagement, body_texts, seed_requirements  # noqa: E402

CLIENT, ENGAGEMENT = "华信教育科技有限公司", "家长端 App 稳定性优化"


@pytest.fixture
def filled(data_dir: Path) -> Path:
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(data_dir)
    eid = add_engagement(ws, CLIENT, ENGAGEMENT)
    seed_requirements(ws, eid, 6, title="需求 {i} " + SPECIAL)
    with ws.store.transaction():
        ws.repos.rows.insert("interviews", {"engagement_id": eid, "title": "首次访谈", "held_on": "2026-09-03",
                                            "stressed": "登录失败率", "to_confirm": "峰值口径"})
    ws.close()
    return data_dir


def _export(cli, data_dir: Path, kind: str, out: Path, *extra: str):
    return cli("export", kind, "--client", CLIENT, "--engagement", ENGAGEMENT, "--out", str(out), *extra,
               data_dir=data_dir)


def test_export_spec_exit_0_english_by_default(cli, filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "spec.docx"
    code, stdout, stderr = _export(cli, filled, "spec", out)
    assert (code, stderr) == (0, "")
    assert "spec.docx" in stdout
    texts = body_texts(docx.Document(str(out)))
    assert "Requirements Specification" in texts
    assert any(t.endswith("需求 1 " + SPECIAL) for t in texts)


def test_export_spec_in_chinese_with_template(cli, filled: Path, tmp_path: Path) -> None:
    template = tmp_path / "company.docx"
    docx.Document().save(str(template))
    out = tmp_path / "规格.docx"
    code, _out, stderr = _export(cli, filled, "spec", out, "--lang", "zh_CN", "--template", str(template))
    assert (code, stderr) == (0, "")
    assert "需求规格说明书" in body_texts(docx.Document(str(out)))


def test_export_summary_latest_and_by_title(cli, filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.docx"
    assert _export(cli, filled, "summary", out)[0] == 0
    assert "登录失败率" in body_texts(docx.Document(str(out)))
    assert _export(cli, filled, "summary", out, "--interview", "首次访谈")[0] == 0
    code, _o, stderr = _export(cli, filled, "summary", out, "--interview", "No such meeting")
    assert code == 1 and 'no meeting "No such meeting"' in stderr


@pytest.mark.parametrize("kind", ["diagnosis", "dispute"])
def test_missing_subject_is_one_sentence_exit_1(cli, filled: Path, tmp_path: Path, kind: str) -> None:
    code, _o, stderr = _export(cli, filled, kind, tmp_path / "x.docx")
    assert code == 1
    assert stderr.count("\n") == 1 and "Traceback" not in stderr
    assert not (tmp_path / "x.docx").exists()


def test_unknown_names_and_bad_target_exit_1(cli, filled: Path, tmp_path: Path) -> None:
    code, _o, stderr = cli("export", "spec", "--client", "Nobody", "--engagement", ENGAGEMENT, "--out",
                           str(tmp_path / "a.docx"), data_dir=filled)
    assert code == 1 and "Nobody" in stderr
    code, _o, stderr = cli("export", "spec", "--client", CLIENT, "--engagement", "Nothing", "--out",
                           str(tmp_path / "a.docx"), data_dir=filled)
    assert code == 1 and "Nothing" in stderr
    assert _export(cli, filled, "spec", tmp_path / "a.pdf")[0] == 1
    code, _o, stderr = _export(cli, filled, "spec", tmp_path / "missing-folder" / "a.docx")
    assert code == 1 and "does not exist" in stderr
    code, _o, stderr = _export(cli, filled, "spec", tmp_path / "a.docx", "--template", str(tmp_path / "none.docx"))
    assert code == 1 and "template" in stderr


def test_export_refuses_a_broken_workspace_with_exit_2(cli, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "consultdesk.sqlite").write_bytes(b"this is not a database at all" * 10)
    code, _o, stderr = cli("export", "spec", "--client", "A", "--engagement", "B", "--out",
                           str(tmp_path / "a.docx"), data_dir=broken)
    assert code == 2 and stderr


def test_failed_export_keeps_the_previous_file(cli, filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "spec.docx"
    out.write_bytes(b"signed copy")
    code, _o, _e = cli("export", "spec", "--client", CLIENT, "--engagement", "Nothing", "--out", str(out),
                       data_dir=filled)
    assert code == 1 and out.read_bytes() == b"signed copy"


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice/poppler not installed")
@pytest.mark.parametrize("lang, expected", [
    ("zh_CN", ["需求规格说明书", "目录", "1 需求描述", "2 需求清单", "立即处理", "签字确认", "第 2 页，共"]),
    ("en", ["Requirements Specification", "Contents", "1 Requirement description", "Do now", "Sign-off",
            "Page 2 of"]),
])
def test_pdf_text_of_spec(cli, filled: Path, tmp_path: Path, lang: str, expected: list[str]) -> None:
    out = tmp_path / f"spec-{lang}.docx"
    assert _export(cli, filled, "spec", out, "--lang", lang)[0] == 0
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(out.with_suffix(".pdf")), "-"], check=True,
                          capture_output=True, text=True).stdout
    normalised = " ".join(text.split())
    for phrase in expected:
        assert " ".join(phrase.split()) in normalised, phrase
    assert "REQ-001" in text and "需求 1" in text


def test_diagnosis_and_dispute_of_the_demo_in_a_fresh_process(demo_dir: Path, tmp_path: Path) -> None:
    """A real `consultdesk export diagnosis` has no QApplication: it makes an off-screen one itself."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    for kind in ("diagnosis", "dispute"):
        out = tmp_path / f"{kind}.docx"
        result = subprocess.run(
            [sys.executable, "-m", "consultdesk", "--data-dir", str(demo_dir), "export", kind, "--client", CLIENT,
             "--engagement", ENGAGEMENT, "--out", str(out), "--lang", "zh_CN"],
            capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        document = docx.Document(str(out))
        if kind == "diagnosis":
            assert len(document.inline_shapes) == 1  # the fishbone, drawn with Qt off-screen
        assert "家长端 App 稳定性优化" in "".join(body_texts(document))


def test_global_lang_option_reaches_the_document(cli, filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "spec.docx"
    code, _o, err = cli("--lang", "zh_CN", "export", "spec", "--client", CLIENT, "--engagement", ENGAGEMENT,
                        "--out", str(out), data_dir=filled)
    assert code == 0, err
    assert "需求规格说明书" in body_texts(docx.Document(str(out)))
