"""Small builders shared by the follow-up tests."""

from __future__ import annotations


def make_engagement(ctx, client: str = "华信教育", title: str = "家长端"):
    client_id = ctx.repos.rows.insert("clients", {"name": client})
    engagement_id = ctx.repos.rows.insert("engagements", {"client_id": client_id, "title": title})
    ctx.store.db.conn.commit()
    return engagement_id


def add_requirement(ctx, engagement_id: int, seq: int = 1, value: int = 5, urgency: int = 5, status: str = "proposed"):
    requirement_id = ctx.repos.rows.insert("requirements", {
        "engagement_id": engagement_id, "seq": seq, "code": f"REQ-{seq:03d}", "title": f"需求 {seq}",
        "value": value, "urgency": urgency, "status": status})
    ctx.store.db.conn.commit()
    return requirement_id
