"""Start a built bundle the way a user's machine would and check that every part is really there.

    python packaging/smoke_test.py dist/ConsultDesk        (or dist/ConsultDesk.app on macOS)

The bundle is first copied to a folder whose path has a space and Chinese characters, and run from
an unrelated working directory with no Python environment variables: no Python is needed, and
nothing is found through the build machine's source tree or virtual environment. Off-screen:
  consultdesk-cli --version, demo, list --json, export spec --lang zh_CN (a chart inside, no missing
  glyph), export requirements (.xlsx), search (full-text, when the build has it), check,
  and the GUI to its first paint (--smoke-test).
Exit code 0 when all pass; each failure is printed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

TIMEOUT = 180  # the first chart builds matplotlib's font list


def executables(bundle: Path) -> tuple[Path, Path]:
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    suffix = ".exe" if sys.platform == "win32" else ""
    return folder / f"ConsultDesk{suffix}", folder / f"consultdesk-cli{suffix}"


def clean_environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "CONSULTDESK", "MPLCONFIGDIR", "QT_PLUGIN"))}
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p != venv_bin)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(home / "config")  # the GUI's recent list stays out of the real profile
    return env


class Smoke:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.gui, self.cli = executables(bundle)
        self.work = work
        self.env = clean_environment(work)
        self.failures: list[str] = []

    def run(self, exe: Path, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(exe), *args], cwd=self.work, env=self.env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=TIMEOUT)

    def expect(self, what: str, result: subprocess.CompletedProcess, code: int = 0) -> bool:
        problems = []
        if result.returncode != code:
            problems.append(f"exit code {result.returncode}, expected {code}")
        for bad in ("Traceback", "Glyph", "missing from font", "not available", "Failed to execute",
                    "Could not create collator", "incomplete"):
            if bad in result.stderr:
                problems.append(f"stderr mentions {bad!r}")
        ok = not problems
        print(f"{'ok ' if ok else 'FAIL'} {what}" + ("" if ok else f": {'; '.join(problems)}"))
        if not ok:
            print("  stdout:", result.stdout.strip()[:2000])
            print("  stderr:", result.stderr.strip()[:2000])
            self.failures.append(what)
        return ok

    def check(self, what: str, condition: bool, detail: str = "") -> None:
        print(f"{'ok ' if condition else 'FAIL'} {what}" + ("" if condition else f": {detail}"))
        if not condition:
            self.failures.append(what)

    def all(self, version: str | None) -> list[str]:
        ws = str(self.work / "workspace")
        result = self.run(self.cli, "--version")
        if self.expect("--version", result) and version:
            self.check("--version names the version", version in result.stdout, result.stdout)
        self.expect("demo", self.run(self.cli, "--data-dir", ws, "demo"))
        listing = self.run(self.cli, "--data-dir", ws, "list", "--json")
        if not self.expect("list --json", listing):
            return self.failures
        client, engagement = _busiest_engagement(json.loads(listing.stdout))
        spec = self.work / "out" / "规格说明.docx"
        spec.parent.mkdir(exist_ok=True)
        if self.expect("export spec --lang zh_CN", self.run(
                self.cli, "--data-dir", ws, "export", "spec", "--client", client, "--engagement", engagement,
                "--out", str(spec), "--lang", "zh_CN")):
            with zipfile.ZipFile(spec) as docx:
                names = docx.namelist()
                text = docx.read("word/document.xml").decode("utf-8")
            self.check("the specification holds the quadrant chart", any(n.startswith("word/media/") for n in names))
            self.check("the specification is in Chinese", "需求" in text)
        sheet = self.work / "out" / "requirements.xlsx"
        self.expect("export requirements .xlsx", self.run(
            self.cli, "--data-dir", ws, "export", "requirements", "--client", client, "--engagement", engagement,
            "--out", str(sheet)))
        if " search " in f" {self.run(self.cli, '--help').stdout} ":
            found = self.run(self.cli, "--data-dir", ws, "search", engagement[:3], "--json")
            if self.expect("search (SQLite full-text)", found):
                self.check("search finds the engagement", bool(json.loads(found.stdout).get("hits")), found.stdout)
        self.expect("check", self.run(self.cli, "--data-dir", ws, "check"))
        gui = self.run(self.gui, "--data-dir", ws, "--lang", "zh_CN", "--smoke-test")
        if self.expect("GUI to first paint", gui) and sys.platform != "win32":  # no stdout without a console
            self.check("GUI reports its first paint", "first paint" in gui.stdout, gui.stdout)
            for qm in ("consultdesk_zh_CN.qm", "qtbase_zh_CN.qm"):
                self.check(f"GUI loaded {qm}", qm in gui.stdout, gui.stdout)
            self.check("SQLite has FTS5 with the trigram tokenizer", ", FTS5 trigram" in gui.stdout, gui.stdout)
        return self.failures


def _busiest_engagement(listing: dict) -> tuple[str, str]:
    best = max(((c["name"], e["name"], e["requirements"]) for c in listing["clients"] for e in c["engagements"]),
               key=lambda item: item[2])
    return best[0], best[1]


def smoke_test(bundle: Path, version: str | None = None) -> int:
    bundle = Path(bundle).resolve()
    if version is None:
        try:
            import consultdesk

            version = consultdesk.__version__
        except ImportError:
            version = None
    with tempfile.TemporaryDirectory(prefix="consultdesk-smoke-") as temp:
        work = Path(temp)
        moved = work / "Program Files 测试" / bundle.name
        shutil.copytree(bundle, moved, symlinks=True)
        print(f"Smoke test of {bundle} (copied to {moved})")
        failures = Smoke(moved, work).all(version)
    if failures:
        print(f"{len(failures)} smoke check(s) failed: {', '.join(failures)}")
        return 1
    print("Bundle smoke test passed.")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raise SystemExit(smoke_test(Path(sys.argv[1])))
