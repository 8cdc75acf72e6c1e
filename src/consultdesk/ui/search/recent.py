"""The last searches, kept in the settings (most recent first)."""

from __future__ import annotations

from typing import Any

KEY = "search/recent"
KEEP = 10


def recent_searches(settings: Any) -> list[str]:
    if settings is None:
        return []
    value = settings.value(KEY) or []
    if isinstance(value, str):  # QSettings gives back a one-item list as a plain string
        value = [value]
    return [str(v) for v in value if str(v).strip()][:KEEP]


def remember(settings: Any, text: str) -> None:
    text = text.strip()
    if settings is None or not text:
        return
    kept = [text, *(t for t in recent_searches(settings) if t != text)][:KEEP]
    settings.setValue(KEY, kept)
