"""Workspace search on 50,000 searchable records, against bare FTS5/LIKE queries in the same run.

    python bench/bench_search.py

  keystroke      SearchRepo.search (query, owners, titles, snippets: everything the results panel shows)
                 for each prefix while typing Chinese and English queries; the bare baseline is the index
                 query alone (FTS5 MATCH for words of 3+ characters, a substring scan of search_docs for
                 shorter ones)
  write cost     inserting 30,000 requirements with the search triggers, and with them dropped; the
                 whole fill including the commit (when the full-text index is written)
  index size     pages of search_docs + search_fts (dbstat) against the whole file
  process        `consultdesk-cli search` against `consultdesk-cli list` (median of 5 runs each)

Targets: ≤ 30 ms per keystroke (judged on the process's CPU time, best of 3: a shared machine's wall
time mostly measures the neighbours; wall time is printed too); `search` as a process ≤ 1.5 × `list`.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KEYSTROKE_TARGET_MS, PROCESS_TARGET = 30.0, 1.5
CLIENTS, ENGAGEMENTS, REQUIREMENTS, INTERVIEWS, ANSWERS, CAUSES, ITEMS = 20, 5, 300, 5, 20, 50, 40
ZH = ("家长端", "登录超时", "验证码", "签到", "高峰期", "支付接口", "卡顿", "教师端", "批量导出", "报表", "数据中台",
      "库存", "拣货单", "波次", "延迟", "客户投诉", "权限", "审批流程", "消息推送", "稳定性", "接口", "性能")
EN = ("pick", "list", "wave", "release", "login", "timeout", "export", "report", "latency", "warehouse",
      "inventory", "approval", "dashboard", "sync", "API", "Ｗｅｃｈａｔ", "ＡＰＰ", "portal", "batch", "shift")
TYPED = ("家长端 登录超时", "pick list", "ＡＰＰ 卡顿", "zq", "审批流程 export")


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(ZH) + rng.choice(("", "，", "的", " "))
                    if rng.random() < 0.6 else rng.choice(EN) for _ in range(words))


def populate(ws, with_index: bool = True) -> tuple[int, float]:
    """Fill the workspace through plain SQL in one transaction (the triggers fire as for any writer);
    returns the number of searchable records, the seconds the requirements' inserts took, and the
    seconds of the whole transaction (the full-text index is written at its commit)."""
    rng = random.Random(7)
    conn = ws.store.conn
    if not with_index:
        triggers = "select name from sqlite_master where type='trigger' and name like 'search_src_%'"
        for (name,) in conn.execute(triggers).fetchall():
            conn.execute(f"drop trigger {name}")
    req_seconds = 0.0
    start_all = time.perf_counter()
    with ws.store.transaction():
        for c in range(CLIENTS):
            client = conn.execute("insert into clients(name, background) values (?, ?)",
                                  [f"客户 {c} Client", _text(rng, 12)]).lastrowid
            for e in range(ENGAGEMENTS):
                eng = conn.execute("insert into engagements(client_id, title, notes) values (?,?,?)",
                                   [client, f"项目 {c}-{e} {rng.choice(EN)}", _text(rng, 8)]).lastrowid
                rows = [(eng, i, f"REQ-{i:03d}", _text(rng, 4), _text(rng, 14), _text(rng, 6), _text(rng, 3))
                        for i in range(1, REQUIREMENTS + 1)]
                start = time.perf_counter()
                conn.executemany("insert into requirements(engagement_id, seq, code, title, description, acceptance,"
                                 " tag) values (?,?,?,?,?,?,?)", rows)
                req_seconds += time.perf_counter() - start
                for _ in range(INTERVIEWS):
                    interview = conn.execute("insert into interviews(engagement_id, title, notes) values (?,?,?)",
                                             [eng, "访谈 " + rng.choice(ZH), _text(rng, 10)]).lastrowid
                    conn.executemany("insert into interview_answers(interview_id, question_key, answer) values (?,?,?)",
                                     [(interview, f"q.{k}", _text(rng, 12)) for k in range(ANSWERS)])
                diagnosis = conn.execute("insert into diagnoses(engagement_id, title, phenomenon) values (?,?,?)",
                                         [eng, _text(rng, 3), _text(rng, 10)]).lastrowid
                bones = [conn.execute("insert into diagnosis_bones(diagnosis_id, position, title) values (?,?,?)",
                                      [diagnosis, b, rng.choice(ZH)]).lastrowid for b in range(5)]
                conn.executemany("insert into diagnosis_causes(bone_id, position, text, verification_method) values (?,?,?,?)",
                                 [(bones[k % 5], k, _text(rng, 5), _text(rng, 6)) for k in range(CAUSES - 5)])
                case = conn.execute("insert into dispute_cases(engagement_id, title, report) values (?,?,?)",
                                    [eng, _text(rng, 3), _text(rng, 6)]).lastrowid
                conn.executemany("insert into evidence_items(case_id, kind, title, description) values (?,?,?,?)",
                                 [(case, "raw_data", _text(rng, 3), _text(rng, 10)) for _ in range(ITEMS - 1)])
    total = time.perf_counter() - start_all  # with the flush into the full-text index at commit
    count = conn.execute("select count(*) from search_docs").fetchone()[0] if with_index else 0
    return count, req_seconds, total


def keystrokes(ws) -> None:
    from consultdesk.domain.search import SearchQuery
    from consultdesk.domain.text_fold import fold
    from consultdesk.store.search_repo import trigram_query

    conn = ws.store.conn
    ours, bare, cpu, worst = [], [], [], ("", 0.0)
    for typed in TYPED:
        for end in range(1, len(typed) + 1):
            prefix = typed[:end]
            if not prefix.strip() or prefix.endswith(" "):
                continue
            # Best of 3: the machine the bench runs on may be shared; the best run is the code's own cost.
            ours_s = cpu_s = 1e9
            for _ in range(3):
                start, start_cpu = time.perf_counter(), time.process_time()
                ws.repos.search.search(SearchQuery(prefix, limit=60))
                ours_s = min(ours_s, time.perf_counter() - start)
                cpu_s = min(cpu_s, time.process_time() - start_cpu)
            cpu.append(cpu_s)
            words = fold(prefix).split()
            long_words = [w for w in words if len(w) >= 3]
            bare_s = 1e9
            for _ in range(3):
                start = time.perf_counter()
                if long_words:
                    conn.execute("select rowid from search_fts where search_fts match ? limit 60",
                                 [trigram_query(long_words)]).fetchall()
                else:
                    conn.execute("select id from search_docs where folded like ? limit 60",
                                 [f"%{words[0]}%"]).fetchall()
                bare_s = min(bare_s, time.perf_counter() - start)
            ours.append(ours_s)
            bare.append(bare_s)
            if ours_s > worst[1]:
                worst = (prefix, ours_s)
    ratio = statistics.median(o / max(b, 1e-6) for o, b in zip(ours, bare, strict=True))
    print(f"keystroke      median {statistics.median(ours) * 1000:6.1f} ms, worst {worst[1] * 1000:6.1f} ms "
          f"({worst[0]!r}; cpu {max(cpu) * 1000:.1f} ms); bare median {statistics.median(bare) * 1000:5.1f} ms; "
          f"ratio (median) {ratio:.1f}x "
          f"over {len(ours)} keystrokes  {'PASS' if max(cpu) * 1000 <= KEYSTROKE_TARGET_MS else 'FAIL'} "
          f"(target ≤ {KEYSTROKE_TARGET_MS:.0f} ms of CPU: wall time on a shared machine also counts waiting)")


def index_size(ws) -> None:
    conn = ws.store.conn
    total = conn.execute("select sum(pgsize) from dbstat").fetchone()[0]
    index_pages = "select sum(pgsize) from dbstat where name like 'search%' or name like 'sqlite_autoindex_search%'"
    index = conn.execute(index_pages).fetchone()[0]
    print(f"index size     {index / 2**20:6.1f} MB of {total / 2**20:6.1f} MB on disk ({index / total:.0%})")


def process(folder: Path) -> bool:
    cli = str(Path(sys.executable).with_name("consultdesk-cli"))

    def median_run(*args: str) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([cli, "--data-dir", str(folder), *args], check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    listing = median_run("list", "--json")
    search = median_run("search", "家长端 登录", "--json")
    ratio = search / listing
    print(f"process        search {search:.2f} s, list {listing:.2f} s: {ratio:.2f}x  "
          f"{'PASS' if ratio <= PROCESS_TARGET else 'FAIL'} (target ≤ {PROCESS_TARGET}x)")
    return ratio <= PROCESS_TARGET


def main() -> int:
    from consultdesk.store.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        plain = open_workspace(Path(tmp) / "plain")
        _none, plain_s, plain_total = populate(plain, with_index=False)
        plain.close()
        folder = Path(tmp) / "ws"
        ws = open_workspace(folder)
        count, indexed_s, indexed_total = populate(ws)
        print(f"records        {count:,} searchable records")
        print(f"write cost     inserts of {REQUIREMENTS * CLIENTS * ENGAGEMENTS:,} requirements {indexed_s:.2f} s with "
              f"the index's triggers, {plain_s:.2f} s without ({indexed_s / plain_s:.1f}x); the whole fill with "
              f"its commit {indexed_total:.2f} s against {plain_total:.2f} s ({indexed_total / plain_total:.1f}x)")
        keystrokes(ws)
        index_size(ws)
        start = time.perf_counter()
        ws.repos.search.rebuild()
        print(f"rebuild        {time.perf_counter() - start:.2f} s for the whole index")
        ws.close()
        ok = process(folder)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
