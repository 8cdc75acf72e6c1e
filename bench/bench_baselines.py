"""Baselines of 5,000 requirements: sign-off (serialise + hash + store, target <= 1 s) and the
changed-since-sign-off marks (target <= 100 ms), each against a bare baseline measured in the same run.

    python bench/bench_baselines.py

  bare sign-off   sqlite3 select * + json.dumps(sort_keys) + hashlib.sha256 + one insert + commit
  sign_off        ops.baselines.sign_off: canonical NFC JSON, SHA-256, baseline + sign-off + history rows
  bare marks      select * + json.loads of the stored baseline + a dict comparison per row
  changed ids     repos.baselines.changed_requirement_ids (what the board and the table call)
  diff            repos.baselines.diff (field-by-field, with covering change requests)
  spec_status     what the specification export asks for (re-hash of the current content + diff)
"""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROWS = 5000
RUNS = 5
SIGN_TARGET_S, MARKS_TARGET_S = 1.0, 0.1


def populate(ctx, engagement: int) -> None:
    with ctx.store.transaction():
        ctx.store.db.conn.executemany(
            "insert into requirements (engagement_id, seq, code, title, description, goal, current_state, value,"
            " urgency, type, status, risks, acceptance, tag) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (engagement, i, f"REQ-{i:04d}", f"需求 {i}: cut parent-app load time-outs below 5 %",
                 f"家长端 App 在高峰期加载超时, 影响 {i % 97} 所学校; Café", "降低超时率", "高峰期 8% 请求超时",
                 1 + i % 5, 1 + (i // 5) % 5, "business", "proposed", "依赖 CDN 供应商", "压测通过", f"tag{i % 7}")
                for i in range(1, ROWS + 1)
            ],
        )


def bare_signoff(db_path: Path) -> float:
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("create table if not exists bare (content text, sha text)")
    start = time.perf_counter()
    cursor = conn.execute("select * from requirements order by seq")
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    text = json.dumps({"requirements": rows}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with conn:
        conn.execute("insert into bare values (?, ?)", [text, sha])
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def bare_marks(db_path: Path) -> float:
    import sqlite3

    conn = sqlite3.connect(db_path)
    stored = conn.execute("select content from bare limit 1").fetchone()[0]
    start = time.perf_counter()
    old = {r["code"]: r for r in json.loads(stored)["requirements"]}
    cursor = conn.execute("select * from requirements order by seq")
    names = [d[0] for d in cursor.description]
    changed = {r[0] for r in cursor.fetchall() if old.get(r[names.index("code")]) != dict(zip(names, r, strict=True))}
    elapsed = time.perf_counter() - start
    conn.close()
    assert changed is not None
    return elapsed


def main() -> int:
    from PySide6.QtCore import QCoreApplication

    from consultdesk.cli_commands.common import headless_context
    from consultdesk.ops import baselines, clients
    from consultdesk.store.workspace import open_workspace

    QCoreApplication.instance() or QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-baselines-"))
    workspace = open_workspace(folder / "ws")
    ctx = headless_context(workspace)
    engagement = clients.create_engagement(ctx, clients.create_client(ctx, "Bench"), "Baselines")
    populate(ctx, engagement)
    db_path = workspace.store.path

    bare_sign, sign, bare_mark, marks, diffs, statuses = [], [], [], [], [], []
    for run in range(RUNS):
        bare_sign.append(bare_signoff(db_path))
        with ctx.store.transaction():
            ctx.store.db.execute("update requirements set title = title || '.' where seq = ?", [run + 1])
        start = time.perf_counter()
        baselines.sign_off(ctx, engagement, "Bench", "client", "approved")
        sign.append(time.perf_counter() - start)
    # A few edits after the last sign-off, as after a working day.
    with ctx.store.transaction():
        ctx.store.db.execute("update requirements set value = 1 + value % 5 where seq % 500 = 0")
    repo = ctx.repos.baselines
    repo._parsed.clear()
    for _ in range(RUNS):
        bare_mark.append(bare_marks(db_path))
        start = time.perf_counter()
        changed = repo.changed_requirement_ids(engagement)
        marks.append(time.perf_counter() - start)
        start = time.perf_counter()
        changes = repo.diff(engagement)
        diffs.append(time.perf_counter() - start)
        start = time.perf_counter()
        repo.spec_status(engagement)
        statuses.append(time.perf_counter() - start)
    assert len(changed) == ROWS // 500 and len(changes) == ROWS // 500, (len(changed), len(changes))
    workspace.close()

    med = statistics.median
    print(f"{'measure (5,000 requirements)':<34}{'median s':>10}{'x bare':>9}{'target s':>10}")
    rows = [
        ("bare select+json+sha256+insert", med(bare_sign), 1.0, None),
        ("sign_off (baseline vN)", med(sign), med(sign) / med(bare_sign), SIGN_TARGET_S),
        ("bare select+json.loads+compare", med(bare_mark), 1.0, None),
        ("changed_requirement_ids", med(marks), med(marks) / med(bare_mark), MARKS_TARGET_S),
        ("diff (field by field)", med(diffs), med(diffs) / med(bare_mark), None),
        ("spec_status (document status)", med(statuses), med(statuses) / med(bare_mark), None),
    ]
    for name, seconds, ratio, target in rows:
        print(f"{name:<34}{seconds:>10.4f}{ratio:>9.2f}{'' if target is None else f'{target:>10.2f}'}")
    ok = med(sign) <= SIGN_TARGET_S and med(marks) <= MARKS_TARGET_S
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
