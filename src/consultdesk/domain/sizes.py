"""File sizes as people read them (1.5 MB), for lists of attachments and for the leftovers `check` names."""

from __future__ import annotations


def human_size(size: int, byte_unit: str = "B") -> str:
    value = float(size)
    for unit in (byte_unit, "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == byte_unit else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} {byte_unit}"
