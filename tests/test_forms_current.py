"""The committed ui_*.py modules are what tools/build_ui.py makes from forms/*.ui (nobody hand-edits them)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import consultdesk

PACKAGE = Path(consultdesk.__file__).parent


def _code_lines(text: str) -> list[str]:
    # uic stamps its version in comments; compare only the code.
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_compiled_forms_match_designer_files() -> None:
    # Installed wheels carry forms/ inside the package; a source checkout has it at the top.
    folder = PACKAGE / "forms" if (PACKAGE / "forms").is_dir() else PACKAGE.parent.parent / "forms"
    forms = sorted(folder.glob("*.ui"))
    uic = Path(sys.executable).parent / "pyside6-uic"
    uic_cmd = str(uic) if uic.exists() else shutil.which("pyside6-uic")
    if not forms or uic_cmd is None:
        pytest.skip("no forms or no uic")
    for ui_file in forms:
        generated = PACKAGE / "ui" / "forms" / f"ui_{ui_file.stem}.py"
        assert generated.is_file(), f"{ui_file.name} was never compiled"
        fresh = subprocess.run([uic_cmd, "--from-imports", str(ui_file)], capture_output=True, text=True, check=True)
        assert _code_lines(fresh.stdout) == _code_lines(generated.read_text(encoding="utf-8")), ui_file.name
