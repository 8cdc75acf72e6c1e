"""Saying an operation's refusal once: a rule's refusal for a while in the status bar, a refused write
(already reported on bus.failed, which marks the workspace NOT SAVED) not again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from consultdesk.ops.errors import OpError, WriteFailed

if TYPE_CHECKING:
    from consultdesk.context import AppContext


def say_refusal(ctx: AppContext, error: OpError) -> None:
    if not isinstance(error, WriteFailed):
        ctx.bus.refused.emit(str(error))
