"""The overview's tiles: what each shows (from the status document) and the widget itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from consultdesk.domain.change_requests import format_duration
from consultdesk.domain.satisfaction import DIMENSIONS
from consultdesk.ui.followup.labels import DIMENSION_NAMES, label

TILES = ("requirements", "baseline", "change_requests", "actions", "causes", "meetings", "satisfaction")
TITLES = {
    "requirements": str(QT_TRANSLATE_NOOP("OverviewTiles", "Requirements")),
    "baseline": str(QT_TRANSLATE_NOOP("OverviewTiles", "Signed specification")),
    "change_requests": str(QT_TRANSLATE_NOOP("OverviewTiles", "Change requests")),
    "actions": str(QT_TRANSLATE_NOOP("OverviewTiles", "Action items")),
    "causes": str(QT_TRANSLATE_NOOP("OverviewTiles", "Causes")),
    "meetings": str(QT_TRANSLATE_NOOP("OverviewTiles", "Meetings")),
    "satisfaction": str(QT_TRANSLATE_NOOP("OverviewTiles", "Satisfaction")),
}
FLAG_NAMES = {
    "actions_overdue": str(QT_TRANSLATE_NOOP("OverviewTiles", "overdue actions")),
    "change_requests_overdue": str(QT_TRANSLATE_NOOP("OverviewTiles", "change requests past 24 h")),
    "minutes_overdue": str(QT_TRANSLATE_NOOP("OverviewTiles", "minutes not sent")),
    "satisfaction_below_4": str(QT_TRANSLATE_NOOP("OverviewTiles", "satisfaction under 4")),
    "unverified_causes": str(QT_TRANSLATE_NOOP("OverviewTiles", "unverified causes")),
}
STATUS_NAMES = {
    "proposed": str(QT_TRANSLATE_NOOP("OverviewTiles", "proposed")),
    "to_confirm": str(QT_TRANSLATE_NOOP("OverviewTiles", "to confirm")),
    "confirmed": str(QT_TRANSLATE_NOOP("OverviewTiles", "confirmed")),
    "rejected": str(QT_TRANSLATE_NOOP("OverviewTiles", "rejected")),
    "in_progress": str(QT_TRANSLATE_NOOP("OverviewTiles", "in progress")),
    "done": str(QT_TRANSLATE_NOOP("OverviewTiles", "done")),
}


def _fill(text: str, *values: Any) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def flag_names(keys: list[str]) -> str:
    return QCoreApplication.translate(
            "OverviewTiles", ", ").join(QCoreApplication.translate("OverviewTiles", FLAG_NAMES[k]) for k in keys) or "✓"


def _deadline(left: Any) -> str:
    """The nearest assessment deadline of a small change, as a second line."""
    if left is None:
        return ""
    if left.total_seconds() < 0:
        return "\n" + _fill(QCoreApplication.translate("OverviewTiles", "the oldest is %1 late"), format_duration(left))
    return "\n" + _fill(QCoreApplication.translate("OverviewTiles", "next deadline in %1"), format_duration(left))


def tile_texts(s: dict[str, Any], extra: dict[str, Any]) -> dict[str, tuple[str, str, bool]]:
    """key -> (big value, detail line(s), needs attention)."""
    r, b, cr, a, c, m, sat = (s[k] for k in ("requirements", "baseline", "change_requests", "actions", "causes",
                                             "meetings", "satisfaction"))
    q = r["quadrants"]
    statuses = " · ".join(f"{QCoreApplication.translate('OverviewTiles', STATUS_NAMES.get(k, k))} {n}"
                          for k, n in r["status"].items())
    trend = extra.get("trend", [])
    scores = " · ".join(f"{label(DIMENSION_NAMES, d)} {sat['scores'][d] if sat['scores'][d] is not None else '–'}"
                        for d in DIMENSIONS)
    averages = []
    for quarter in trend[-4:]:  # the last four quarters: average of the four scores
        given = [v for v in quarter.values() if v is not None]
        averages.append(f"{sum(given) / len(given):.1f}" if given else "–")
    sparks = (_fill(QCoreApplication.translate("OverviewTiles", "trend: %1"), " → ".join(averages))
              if len(averages) > 1 else "")
    quadrants = _fill(QCoreApplication.translate("OverviewTiles", "do now %1 · plan %2 · quick %3 · park %4"),
                      q["do_now"], q["plan"], q["quick"], q["park"])
    if b["version"] is None:
        version, signed = "–", QCoreApplication.translate("OverviewTiles", "not signed yet")
    else:
        version = _fill(QCoreApplication.translate("OverviewTiles", "v%1"), b["version"])
        signed = _fill(QCoreApplication.translate("OverviewTiles", "%1 changed since sign-off"), b["changed_since"])
        if not b["signed"]:
            signed += "\n" + QCoreApplication.translate("OverviewTiles", "not signed")
    roots_without_remedy = extra.get("roots_without_remedy", 0)
    return {
        "requirements": (str(r["total"]), quadrants + ("\n" + statuses if statuses else ""), False),
        "baseline": (version, signed, b["changed_since"] > 0),
        "change_requests": (str(cr["open"]), _fill(QCoreApplication.translate(
            "OverviewTiles", "open · %1 past the 24 h assessment"), cr["overdue"]) + _deadline(extra.get("cr_deadline")),
            cr["overdue"] > 0),
        "actions": (str(a["open"]), _fill(QCoreApplication.translate("OverviewTiles", "open · %1 overdue"), a["overdue"]),
                    a["overdue"] > 0),
        "causes": (str(c["total"]), _fill(QCoreApplication.translate(
            "OverviewTiles", "%1 unverified · %2 root causes · %3 without remedy"), c["unverified"], c["root"],
            roots_without_remedy), c["unverified"] > 0 or roots_without_remedy > 0),
        "meetings": (m["last"] or "–", _fill(QCoreApplication.translate(
            "OverviewTiles", "last meeting · %1 held · minutes due %2"), m["held"], m["minutes_due"]),
            m["minutes_due"] > 0),
        "satisfaction": (sat["period"] or "–", (scores + ("\n" + sparks if sparks else "")) if sat["period"]
                         else QCoreApplication.translate("OverviewTiles", "no review yet"), bool(sat["below_4"])),
    }


class Tile(QPushButton):
    """A large button: title, a big number, a detail line; red when it needs attention."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile-{key}")
        self.setMinimumSize(220, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.value.setObjectName(f"tileValue-{key}")
        self.value.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.detail = QLabel(self)
        self.detail.setObjectName(f"tileDetail-{key}")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.value, self.detail):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.alarm = False
        self.retranslate()

    def show_values(self, value: str, detail: str, alarm: bool) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        if alarm != self.alarm or not self.styleSheet():
            self.alarm = alarm
            colour = "#c62828" if alarm else "#9e9e9e"
            self.setStyleSheet(f"Tile {{ text-align: left; border: 2px solid {colour}; border-radius: 6px; }}")
            # No colour unless alarmed: the palette's text colour then, readable on light and dark desktops.
            self.value.setStyleSheet("font-size: 22pt; font-weight: bold;" + (" color: #c62828;" if alarm else ""))

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("OverviewTiles", TITLES[self.key]))
        self.setAccessibleName(QCoreApplication.translate("OverviewTiles", TITLES[self.key]))
