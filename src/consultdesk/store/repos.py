"""Repos of one workspace, created on first use (one repo per aggregate, each in its own module)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from consultdesk.store.database import Store
from consultdesk.store.rows import RowStore

if TYPE_CHECKING:
    from consultdesk.store.acceptance_repo import AcceptanceRepo
    from consultdesk.store.actions_repo import ActionsRepo
    from consultdesk.store.baselines_repo import BaselinesRepo
    from consultdesk.store.change_requests_repo import ChangeRequestsRepo
    from consultdesk.store.clients_repo import ClientsRepo
    from consultdesk.store.diagnosis_repo import DiagnosisRepo
    from consultdesk.store.evidence_repo import EvidenceRepo
    from consultdesk.store.history_repo import HistoryRepo
    from consultdesk.store.interviews_repo import InterviewsRepo
    from consultdesk.store.meetings_repo import MeetingsRepo
    from consultdesk.store.overview_repo import OverviewRepo
    from consultdesk.store.requirements_import_repo import RequirementsImportRepo
    from consultdesk.store.requirements_repo import RequirementsRepo
    from consultdesk.store.satisfaction_repo import SatisfactionRepo
    from consultdesk.store.search_repo import SearchRepo
    from consultdesk.store.spec_sections_repo import SpecSectionsRepo
    from consultdesk.store.trace_repo import TraceRepo


class Repos:
    def __init__(self, store: Store) -> None:
        self.store = store

    @cached_property
    def rows(self) -> RowStore:
        """Generic row access used by the generic undo commands (insert/update/delete with cascade)."""
        return RowStore(self.store)

    @cached_property
    def clients(self) -> ClientsRepo:
        from consultdesk.store.clients_repo import ClientsRepo

        return ClientsRepo(self.store)

    @cached_property
    def interviews(self) -> InterviewsRepo:
        from consultdesk.store.interviews_repo import InterviewsRepo

        return InterviewsRepo(self.store)

    @cached_property
    def requirements(self) -> RequirementsRepo:
        from consultdesk.store.requirements_repo import RequirementsRepo

        return RequirementsRepo(self.store)

    @cached_property
    def requirements_import(self) -> RequirementsImportRepo:
        from consultdesk.store.requirements_import_repo import RequirementsImportRepo

        return RequirementsImportRepo(self.store)

    @cached_property
    def history(self) -> HistoryRepo:
        from consultdesk.store.history_repo import HistoryRepo

        return HistoryRepo(self.store)

    @cached_property
    def spec_sections(self) -> SpecSectionsRepo:
        from consultdesk.store.spec_sections_repo import SpecSectionsRepo
        from consultdesk.store.workspace import ATTACHMENTS

        return SpecSectionsRepo(self.store, self.store.path.parent / ATTACHMENTS)

    @cached_property
    def trace(self) -> TraceRepo:
        from consultdesk.store.trace_repo import TraceRepo

        return TraceRepo(self)

    @cached_property
    def diagnoses(self) -> DiagnosisRepo:
        from consultdesk.store.diagnosis_repo import DiagnosisRepo

        return DiagnosisRepo(self.store)

    @cached_property
    def baselines(self) -> BaselinesRepo:
        from consultdesk.store.baselines_repo import BaselinesRepo

        return BaselinesRepo(self.store, self)

    @cached_property
    def change_requests(self) -> ChangeRequestsRepo:
        from consultdesk.store.change_requests_repo import ChangeRequestsRepo

        return ChangeRequestsRepo(self.store)

    @cached_property
    def search(self) -> SearchRepo:
        from consultdesk.store.search_repo import SearchRepo

        return SearchRepo(self.store)

    @cached_property
    def evidence(self) -> EvidenceRepo:
        from consultdesk.store.evidence_repo import EvidenceRepo
        from consultdesk.store.workspace import ATTACHMENTS

        return EvidenceRepo(self.store, self.store.path.parent / ATTACHMENTS)

    @cached_property
    def meetings(self) -> MeetingsRepo:
        from consultdesk.store.meetings_repo import MeetingsRepo

        return MeetingsRepo(self.store)

    @cached_property
    def actions(self) -> ActionsRepo:
        from consultdesk.store.actions_repo import ActionsRepo

        return ActionsRepo(self.store)

    @cached_property
    def acceptance(self) -> AcceptanceRepo:
        from consultdesk.store.acceptance_repo import AcceptanceRepo

        return AcceptanceRepo(self.store)

    @cached_property
    def satisfaction(self) -> SatisfactionRepo:
        from consultdesk.store.satisfaction_repo import SatisfactionRepo

        return SatisfactionRepo(self.store)

    @cached_property
    def overview(self) -> OverviewRepo:
        from consultdesk.store.overview_repo import OverviewRepo

        return OverviewRepo(self.store, self)
