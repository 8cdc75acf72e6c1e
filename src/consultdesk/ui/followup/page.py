"""What the Follow-up tab asks of each of its pages."""

from __future__ import annotations

from consultdesk.ui.tab_page import TabPage


class FollowUpPage(TabPage):
    """A page shows one engagement (set_engagement; the tab tells only the visible page at once and
    the others when they are shown) and may select one of its records (reveal, the table a search
    hit or a jump names)."""

    engagement_id: int | None = None
