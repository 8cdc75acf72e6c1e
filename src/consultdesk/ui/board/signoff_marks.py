"""Which requirements changed since the latest sign-off, kept up to date once per change notice.

The board and the requirements list both show the mark. Diffing a whole engagement against its
baseline costs ~70 ms at 5,000 requirements, so it is done once when an engagement is first shown and
after that only for the rows a change touched; both views read the same answer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.ui.common.bus_follow import follow_bus

# A change touching more rows than this (an import, a big undo) is cheaper to diff whole.
_INCREMENTAL_LIMIT = 400

def shared_marks(ctx: AppContext) -> "SignoffMarks":
    """The one tracker of a context. Made before a view connects its own change handler, its handler
    runs first, so views reading it during a notice see the notice's result."""
    marks = ctx.bus.findChild(SignoffMarks, "signoffMarks")
    return marks if marks is not None else SignoffMarks(ctx)


class SignoffMarks(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx.bus)  # lives as long as the context's bus, and is found through it
        self.setObjectName("signoffMarks")
        self.ctx = ctx
        self._by_engagement: dict[int, set[int]] = {}
        self.follower = follow_bus(ctx, self, ("baselines", "engagements", "requirements"), self._on_changed)

    def ids(self, engagement_id: int | None) -> set[int]:
        """Ids of the engagement's requirements added or edited since its latest baseline."""
        if engagement_id is None:
            return set()
        known = self._by_engagement.get(engagement_id)
        if known is None:
            if len(self._by_engagement) > 4:  # only the few engagements being looked at are kept
                self._by_engagement.clear()
            known = self._by_engagement[engagement_id] = self.ctx.repos.baselines.changed_requirement_ids(
                engagement_id)
        return known

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("baselines", "engagements"):
            self._by_engagement.clear()
            return
        if not changes.touches("requirements") or not self._by_engagement:
            return
        touched = changes.ids("requirements")
        if not touched or len(touched) > _INCREMENTAL_LIMIT:
            self._by_engagement.clear()
            return
        baselines = self.ctx.repos.baselines
        for engagement_id, known in self._by_engagement.items():
            # A touched row may have left this engagement or been deleted: it is marked only if found.
            self._by_engagement[engagement_id] = (known - touched) | baselines.changed_among(engagement_id, touched)
