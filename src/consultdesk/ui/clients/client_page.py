"""The client form (forms/client_form.ui). A new client exists once its name is typed and confirmed."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.clients import validate_name
from consultdesk.domain.names import name_key
from consultdesk.ops import clients as ops
from consultdesk.ops.errors import OpError
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.common.field_binder import FieldBinder
from consultdesk.ui.common.refusal import say_refusal
from consultdesk.ui.forms.ui_client_form import Ui_ClientForm


class ClientPage(QWidget):
    client_created = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_ClientForm()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        self.client_id: int | None = None
        self.follower = follow_bus(ctx, self, ("clients",), self._on_changed)
        self.binder = FieldBinder(self.follower.own(self._commit), self)
        f = self.form
        self.binder.bind("name", f.clientName, self._name_problem, f.clientNameError)
        for field, widget in (("industry", f.clientIndustry), ("size", f.clientSize), ("tech_level", f.clientTechLevel),
                              ("background", f.clientBackground), ("history", f.clientHistory)):
            self.binder.bind(field, widget)
        self.show_client(None)

    def _name_problem(self, name: Any) -> str | None:
        return self.tr("A client needs a name.") if validate_name(str(name)) else None

    def start_new(self) -> None:
        """Empty form in "new client" mode, name focused: type, Enter, done."""
        self.show_client(None)
        self._set_fields_enabled(True)
        self.form.clientName.setFocus()

    def show_client(self, client_id: int | None) -> None:
        self.binder.flush()
        self.client_id = client_id
        client = self.ctx.repos.clients.get_client(client_id) if client_id is not None else None
        self.binder.load(asdict(client) if client else {})
        self._set_fields_enabled(client is not None)

    def _set_fields_enabled(self, has_client: bool) -> None:
        # Only the name can be typed before the client exists; the rest needs a stored client.
        f = self.form
        for widget in (f.clientIndustry, f.clientSize, f.clientTechLevel, f.clientBackground, f.clientHistory):
            widget.setEnabled(has_client)

    def _same_name_elsewhere(self, name: str) -> str | None:
        """Another client's name that differs from *name* only in case, width or spacing (or not at all)."""
        key = name_key(name)
        return next((c.name for c in self.ctx.repos.clients.list_clients()
                     if c.id != self.client_id and name_key(c.name) == key), None)

    def _duplicate_confirmed(self, name: str) -> bool:
        current = self.ctx.repos.clients.get_client(self.client_id) if self.client_id is not None else None
        if current is not None and current.name == name:
            return True  # leaving the field without a change
        other = self._same_name_elsewhere(name)
        if other is None:
            return True
        return bool(self.ctx.asker.confirm(self, self.tr("Duplicate client name"), self.tr(
            "There is already a client named “%1”. Keep a second client named “%2”?").replace(
            "%1", other).replace("%2", name)))

    def _commit(self, field: str, value: Any, session: object) -> str | None:
        if field == "name" and not self._duplicate_confirmed(str(value)):
            return self.tr("Not stored: another client has this name.")
        try:
            if self.client_id is None:
                if field != "name":
                    return None
                self.client_id = ops.create_client(self.ctx, value, initiator=self)
                self._set_fields_enabled(True)
                self.client_created.emit(self.client_id)
                return None
            ops.update_client(self.ctx, self.client_id, {field: value}, initiator=self, merge_session=session)
        except OpError as exc:
            say_refusal(self.ctx, exc)
        return None

    def _on_changed(self, _changes: Changes) -> None:
        if self.client_id is None:
            return
        client = self.ctx.repos.clients.get_client(self.client_id)
        if client is None:  # deleted (or its creation undone)
            self.show_client(None)
        else:
            self.binder.load(asdict(client))

    def flush(self) -> None:
        self.binder.flush()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        super().changeEvent(event)
