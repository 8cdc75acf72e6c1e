"""The desktop bundle: size on disk, archive size, and start to first paint against the installed app.

Needs a built bundle (make dist); without one it says so and exits 0 (make bench does not build it).
Start: `ConsultDesk --smoke-test` (the bundle) against `python -m consultdesk --smoke-test` (the
installed package), alternating on the same demo workspace so machine noise hits both alike; each
run is a fresh process, the time is spawn -> the process has painted its window and exited.
Targets: <= 150 MB unpacked, <= 60 MB .tar.gz, start ratio <= 1.2.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ConsultDesk"
RUNS = 9


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or "first paint" not in result.stdout:
        raise SystemExit(f"{command[0]} failed: {result.stdout}{result.stderr}")
    return elapsed


def main() -> int:
    gui = BUNDLE / ("ConsultDesk.exe" if sys.platform == "win32" else "ConsultDesk")
    if not gui.exists():
        print("no bundle in dist/ (run make dist first): skipped")
        return 0
    print(f"bundle unpacked: {size_mb(BUNDLE):.1f} MB (target <= 150)")
    for archive in sorted(BUNDLE.parent.glob("ConsultDesk-*.tar.gz")):
        print(f"{archive.name}: {archive.stat().st_size / 2**20:.1f} MB (target <= 60)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as temp:
        workspace = str(Path(temp) / "ws")
        subprocess.run([sys.executable, "-m", "consultdesk", "--data-dir", workspace, "demo"], env=env,
                       check=True, capture_output=True)
        installed = [sys.executable, "-m", "consultdesk", "--data-dir", workspace, "--lang", "en", "--smoke-test"]
        bundled = [str(gui), "--data-dir", workspace, "--lang", "en", "--smoke-test"]
        timed(installed, env), timed(bundled, env)  # warm the page cache for both alike
        python_times, bundle_times = [], []
        for _ in range(RUNS):
            python_times.append(timed(installed, env))
            bundle_times.append(timed(bundled, env))
    py, bu = statistics.median(python_times), statistics.median(bundle_times)
    print(f"start to first paint: python -m consultdesk {py:.3f} s, bundle {bu:.3f} s (medians of {RUNS})")
    print(f"ratio bundle / installed: {bu / py:.2f} (target <= 1.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
