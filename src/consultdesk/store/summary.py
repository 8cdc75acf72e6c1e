"""The workspace at a glance, for `consultdesk list` (shape fixed by the automation surface)."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.requirements import HIGH_SCORE
from consultdesk.store.database import Store


def _quadrant_counts(store: Store, engagement_id: int) -> dict[str, int]:
    counts = {"do_now": 0, "plan": 0, "quick": 0, "park": 0}
    if "requirements" not in store.db.table_names():
        return counts
    rows = store.query(
        """
        select (value >= :high) as hv, (urgency >= :high) as hu, count(*) as n
        from requirements where engagement_id = :e group by hv, hu
        """,
        {"high": HIGH_SCORE, "e": engagement_id},
    )
    names = {(1, 1): "do_now", (1, 0): "plan", (0, 1): "quick", (0, 0): "park"}
    for row in rows:
        counts[names[(row["hv"], row["hu"])]] = row["n"]
    return counts


def _count(store: Store, table: str, engagement_id: int) -> int:
    if table not in store.db.table_names():
        return 0
    return int(store.scalar(f"select count(*) from [{table}] where engagement_id = ?", [engagement_id]))


def workspace_summary(store: Store) -> dict[str, Any]:
    clients = []
    for client in store.query("select id, name from clients where archived_at = '' order by name collate nocase, id"):
        engagements = []
        for engagement in store.query(
            "select id, title from engagements where client_id = ? and archived_at = '' order by id", [client["id"]]
        ):
            engagements.append(
                {
                    "name": engagement["title"],
                    "requirements": _count(store, "requirements", engagement["id"]),
                    "quadrants": _quadrant_counts(store, engagement["id"]),
                    "baselines": _count(store, "baselines", engagement["id"]),
                }
            )
        clients.append({"name": client["name"], "engagements": engagements})
    return {"clients": clients}
