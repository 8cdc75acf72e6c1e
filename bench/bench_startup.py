"""Cold start: process start -> main window shown, on a workspace with 200 clients.

Compared with a bare PySide6 script (import QtWidgets, show an empty QMainWindow) measured in the same
run, alternating, so machine noise hits both alike. Target: ratio <= 3.
Each child prints "shown" from the first event-loop turn after show(); the parent times spawn -> that line.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
from consultdesk.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""

HEAVY = ("numpy", "matplotlib", "docx", "openpyxl")

# Same start, but "shown" only once every tab has been built (they are built after the first paint).
APP_ALL_TABS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
def poll():
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    if windows and all(p is not None for p in windows[0].tab_pages):
        print("shown", flush=True); app.quit()
    else:
        QTimer.singleShot(1, poll)
QTimer.singleShot(0, poll)
from consultdesk.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""

PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
QTimer.singleShot(0, lambda: (print(",".join(m for m in %r if m in sys.modules), flush=True), app.quit()))
from consultdesk.cli import main
main(["--data-dir", sys.argv[1], "--lang", "en"])
""" % (HEAVY,)


def make_workspace(root: Path) -> Path:
    from consultdesk.store.workspace import open_workspace

    workspace = open_workspace(root)
    with workspace.store.transaction():
        for n in range(200):
            client_id = workspace.repos.rows.insert("clients", {"name": f"Client {n:03d}", "industry": "Retail"})
            workspace.repos.rows.insert("engagements", {"client_id": client_id, "title": f"Engagement {n}"})
    workspace.close()
    return root


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its .pyc files, as after pip install
    return env


def time_child(code: str, *args: str) -> float:
    env = child_env()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if not line.startswith("shown"):
        raise RuntimeError(f"child did not show a window: {line!r}")
    return elapsed


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = make_workspace(Path(tmp) / "ws")
        time_child(BARE), time_child(APP, str(data_dir))  # warm the OS file cache for both
        bare, app, all_tabs = [], [], []
        for _ in range(RUNS):
            bare.append(time_child(BARE))
            app.append(time_child(APP, str(data_dir)))
            all_tabs.append(time_child(APP_ALL_TABS, str(data_dir)))
        env = child_env()
        loaded = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], capture_output=True, text=True,
                                env=env).stdout.strip()
    b, a = statistics.median(bare), statistics.median(app)
    print(f"{'case':<34}{'median s':>10}{'ratio':>8}")
    print(f"{'bare PySide6 QMainWindow':<34}{b:>10.3f}{1:>8.2f}")
    print(f"{'ConsultDesk, 200 clients':<34}{a:>10.3f}{a / b:>8.2f}   (target <= 3.00)")
    t = statistics.median(all_tabs)
    print(f"{'  ... and every tab built':<34}{t:>10.3f}{t / b:>8.2f}")
    print(f"heavy modules loaded at start: {loaded or 'none'}")
    return 0 if a / b <= 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
