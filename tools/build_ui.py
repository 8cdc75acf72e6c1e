"""Compile forms/*.ui (Qt Designer) into src/consultdesk/ui/forms/ui_*.py with pyside6-uic.

The generated modules are committed so the package works without build-time tools; a test checks they
are current. Run after editing a form:  python tools/build_ui.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "src" / "consultdesk" / "ui" / "forms"


def uic_command() -> str:
    local = Path(sys.executable).parent / "pyside6-uic"
    return str(local) if local.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([uic_command(), "--from-imports", str(ui_file)], capture_output=True, text=True, check=True)
    return result.stdout


def target_for(ui_file: Path) -> Path:
    return TARGET / f"ui_{ui_file.stem}.py"


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Generated from /forms/*.ui by tools/build_ui.py; never edit by hand."""\n')
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
