"""Repos of one workspace, created on first use (one repo per aggregate, each in its own module)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from consultdesk.store.database import Store
from consultdesk.store.rows import RowStore


class Repos:
    def __init__(self, store: Store) -> None:
        self.store = store

    @cached_property
    def rows(self) -> RowStore:
        """Generic row access used by the generic undo commands (insert/update/delete with cascade)."""
        return RowStore(self.store)

    @cached_property
    def clients(self) -> Any:
        from consultdesk.store.clients_repo import ClientsRepo

        return ClientsRepo(self.store)

    @cached_property
    def interviews(self) -> Any:
        from consultdesk.store.interviews_repo import InterviewsRepo

        return InterviewsRepo(self.store)

    @cached_property
    def requirements(self) -> Any:
        from consultdesk.store.requirements_repo import RequirementsRepo

        return RequirementsRepo(self.store)

    @cached_property
    def requirements_import(self) -> Any:
        from consultdesk.store.requirements_import_repo import RequirementsImportRepo

        return RequirementsImportRepo(self.store)

    @cached_property
    def history(self) -> Any:
        from consultdesk.store.history_repo import HistoryRepo

        return HistoryRepo(self.store)

    @cached_property
    def spec_sections(self) -> Any:
        from consultdesk.store.spec_sections_repo import SpecSectionsRepo
        from consultdesk.store.workspace import ATTACHMENTS

        return SpecSectionsRepo(self.store, self.store.path.parent / ATTACHMENTS)

    @cached_property
    def trace(self) -> Any:
        from consultdesk.store.trace_repo import TraceRepo

        return TraceRepo(self)

    @cached_property
    def diagnoses(self) -> Any:
        from consultdesk.store.diagnosis_repo import DiagnosisRepo

        return DiagnosisRepo(self.store)

    @cached_property
    def baselines(self) -> Any:
        from consultdesk.store.baselines_repo import BaselinesRepo

        return BaselinesRepo(self.store, self)

    @cached_property
    def change_requests(self) -> Any:
        from consultdesk.store.change_requests_repo import ChangeRequestsRepo

        return ChangeRequestsRepo(self.store)

    @cached_property
    def search(self) -> Any:
        from consultdesk.store.search_repo import SearchRepo

        return SearchRepo(self.store)

    @cached_property
    def evidence(self) -> Any:
        from consultdesk.store.evidence_repo import EvidenceRepo
        from consultdesk.store.workspace import ATTACHMENTS

        return EvidenceRepo(self.store, self.store.path.parent / ATTACHMENTS)

    @cached_property
    def meetings(self) -> Any:
        from consultdesk.store.meetings_repo import MeetingsRepo

        return MeetingsRepo(self.store)

    @cached_property
    def actions(self) -> Any:
        from consultdesk.store.actions_repo import ActionsRepo

        return ActionsRepo(self.store)

    @cached_property
    def acceptance(self) -> Any:
        from consultdesk.store.acceptance_repo import AcceptanceRepo

        return AcceptanceRepo(self.store)

    @cached_property
    def satisfaction(self) -> Any:
        from consultdesk.store.satisfaction_repo import SatisfactionRepo

        return SatisfactionRepo(self.store)

    @cached_property
    def overview(self) -> Any:
        from consultdesk.store.overview_repo import OverviewRepo

        return OverviewRepo(self.store, self)
