"""CSV import of 5,000 requirements (target <= 2 s), against a bare csv.reader + sqlite executemany baseline.

    python bench/bench_import.py

Rows carry every field (Chinese and English text, scores, type, status). Measured in the same run:
  baseline   csv.reader + one executemany into a plain table (WAL, synchronous=FULL), one commit
  in-process read + map + check + undoable import through ops (one transaction) on a fresh workspace
  cli        `consultdesk import requirements` as a subprocess (Python + Qt start-up included)
"""

from __future__ import annotations

import csv
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 5000
TARGET_S = 2.0
HEADERS = ["code", "title", "description", "type", "value", "urgency", "cost", "status", "goal", "current_state",
           "success_criteria", "risks", "acceptance", "tag"]


def make_csv(path: Path) -> None:
    types = ["business", "体验型", "strategic", "技术型"]
    statuses = ["proposed", "待确认", "confirmed", "in_progress"]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(ROWS):
            writer.writerow([
                "", f"需求 {i}: cut parent-app load time-outs below 5 %",
                f"家长端 App 在高峰期加载超时,\n影响 {i % 97} 所学校; \"quoted\" text, with commas",
                types[i % 4], 1 + i % 5, 1 + (i // 5) % 5, "" if i % 3 else 1 + i % 5, statuses[i % 4],
                "降低超时率", "高峰期 8% 请求超时", "超时率 < 5 %", "依赖 CDN 供应商", "压测通过", f"tag{i % 7}",
            ])


def baseline(path: Path, folder: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(folder / "bare.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"create table r ({', '.join(f'c{i} text' for i in range(len(HEADERS)))})")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    with conn:
        conn.executemany(f"insert into r values ({', '.join('?' * len(HEADERS))})", rows)
    conn.close()
    return time.perf_counter() - start


def in_process(path: Path, folder: Path) -> float:
    from PySide6.QtCore import QCoreApplication

    from consultdesk.cli_commands.common import headless_context
    from consultdesk.ops import clients
    from consultdesk.ops.requirement_import import import_requirements
    from consultdesk.store.workspace import open_workspace
    from consultdesk.transfer import plan_import

    QCoreApplication.instance() or QCoreApplication([])
    workspace = open_workspace(folder / "ws")
    ctx = headless_context(workspace)
    engagement = clients.create_engagement(ctx, clients.create_client(ctx, "Bench"), "Import")
    start = time.perf_counter()
    plan = plan_import(path)
    assert not plan.problems, plan.problems[:3]
    ids = import_requirements(ctx, engagement, plan.rows)
    elapsed = time.perf_counter() - start
    assert len(ids) == ROWS
    workspace.close()
    return elapsed


def cli(path: Path, folder: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "consultdesk", "--data-dir", str(folder / "cli-ws"), "import", "requirements",
         str(path), "--client", "Bench", "--engagement", "CLI"], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stderr[-500:]
    return elapsed


def main() -> int:
    runs = {"baseline": [], "in-process": [], "cli": []}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "reqs.csv"
        make_csv(source)
        for attempt in range(3):
            folder = root / f"run{attempt}"
            folder.mkdir()
            runs["baseline"].append(baseline(source, folder))
            runs["in-process"].append(in_process(source, folder))
            runs["cli"].append(cli(source, folder))
        size_kb = source.stat().st_size // 1024
    base = statistics.median(runs["baseline"])
    print(f"CSV import, {ROWS} rows ({size_kb} KB), median of 3")
    print(f"{'path':<12}{'seconds':>10}{'x baseline':>12}{'target':>10}")
    ok = True
    for name, values in runs.items():
        median = statistics.median(values)
        target = f"<= {TARGET_S:g} s" if name != "baseline" else ""
        ok &= name == "baseline" or median <= TARGET_S
        print(f"{name:<12}{median:>10.3f}{median / base:>12.1f}{target:>10}")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
