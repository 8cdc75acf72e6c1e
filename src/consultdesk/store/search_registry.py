"""What the workspace search finds: one entry per table (declarative; the triggers, the rebuild and
`check` are all generated from this list by store/search_ddl.py).

Adding a searchable table is one SearchSource here (see docs/search.md):
- `no`: a number never used before and never reused — the index row of record *id* is no·10¹² + id;
- `kind`: one of domain.search.KINDS (what the user sees the hit as);
- `columns`: the columns a user types into (all of them: a field left out is a field never found);
- `title`: an SQL expression over the row `{row}` naming the hit;
- `engagement` / `client`: SQL expressions over `{row}` giving the owning engagement / client id
  (a record of an engagement gives only `engagement`; its client is read through the engagement);
- `watch`: further columns whose change re-computes the entry (the ones `engagement`/`client` read).
Tables not searched on purpose are listed in NOT_SEARCHED, so a new table has to be put in one list.
"""

from __future__ import annotations

from dataclasses import dataclass

from consultdesk.domain.requirement_filter import TEXT_FIELDS as REQUIREMENT_TEXT_FIELDS


@dataclass(frozen=True)
class SearchSource:
    no: int
    table: str
    kind: str
    columns: tuple[str, ...]
    title: str
    engagement: str | None = None
    client: str | None = None
    watch: tuple[str, ...] = ()


_CASE_ENG = "(SELECT engagement_id FROM dispute_cases WHERE id = {row}.case_id)"
_DIAG_ENG = "(SELECT engagement_id FROM diagnoses WHERE id = {row}.diagnosis_id)"
_BONE_ENG = ("(SELECT d.engagement_id FROM diagnosis_bones b JOIN diagnoses d ON d.id = b.diagnosis_id "
             "WHERE b.id = {row}.bone_id)")
_PHASE_ENG = ("(SELECT d.engagement_id FROM solution_phases p JOIN diagnoses d ON d.id = p.diagnosis_id "
              "WHERE p.id = {row}.phase_id)")
_ITEM_ENG = ("(SELECT c.engagement_id FROM evidence_items i JOIN dispute_cases c ON c.id = i.case_id "
             "WHERE i.id = {row}.item_id)")

SOURCES: tuple[SearchSource, ...] = (
    SearchSource(1, "clients", "client", ("name", "industry", "size", "tech_level", "background", "history"),
                 "{row}.name", client="{row}.id"),
    SearchSource(2, "contacts", "contact", ("name", "role", "phone", "email", "messaging", "notes"),
                 "{row}.name", client="{row}.client_id", watch=("client_id",)),
    SearchSource(3, "engagements", "engagement",
                 ("title", "budget_range", "expected_duration", "compatibility", "notes"),
                 "{row}.title", engagement="{row}.id", watch=("client_id",)),
    SearchSource(4, "interviews", "interview", ("title", "held_on", "participants", "notes", "stressed", "to_confirm"),
                 "{row}.title", engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(5, "interview_answers", "interview", ("answer",),
                 "(SELECT title FROM interviews WHERE id = {row}.interview_id)",
                 engagement="(SELECT engagement_id FROM interviews WHERE id = {row}.interview_id)",
                 watch=("interview_id",)),
    SearchSource(6, "visit_questions", "interview", ("question", "answer"),
                 "{row}.question", engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(7, "requirements", "requirement", REQUIREMENT_TEXT_FIELDS,
                 "{row}.code || ' ' || {row}.title", engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(8, "diagnoses", "diagnosis", ("title", "phenomenon", "impact", "scope", "impact_client", "impact_us"),
                 "{row}.title", engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(9, "diagnosis_bones", "diagnosis", ("title",),
                 "{row}.title", engagement=_DIAG_ENG, watch=("diagnosis_id",)),
    SearchSource(10, "diagnosis_causes", "cause", ("text", "verification_method", "verification_result"),
                 "{row}.text", engagement=_BONE_ENG, watch=("bone_id",)),
    SearchSource(11, "solution_phases", "diagnosis", ("title",),
                 "{row}.title", engagement=_DIAG_ENG, watch=("diagnosis_id",)),
    SearchSource(12, "solution_tasks", "diagnosis", ("title", "owner"),
                 "{row}.title", engagement=_PHASE_ENG, watch=("phase_id",)),
    SearchSource(13, "dispute_cases", "evidence_case",
                 ("title", "report", "metric", "period", "unit", "status_override_reason", "root_cause_text",
                  "conclusion"),
                 "{row}.title", engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(14, "evidence_items", "evidence_item",
                 ("title", "description", "source", "captured_at", "excerpt", "ref_document", "ref_section", "ref_url"),
                 "{row}.title", engagement=_CASE_ENG, watch=("case_id",)),
    SearchSource(15, "evidence_attachments", "evidence_item", ("name",),
                 "{row}.name", engagement=_ITEM_ENG, watch=("item_id",)),
    SearchSource(16, "evidence_reviewers", "evidence_case", ("name", "role", "remark"),
                 "{row}.name", engagement=_CASE_ENG, watch=("case_id",)),
    SearchSource(17, "evidence_meetings", "meeting",
                 ("held_on", "our_attendees", "client_attendees", "confirmed_facts"),
                 "(SELECT title FROM dispute_cases WHERE id = {row}.case_id) || coalesce(' · ' || nullif({row}.held_on, ''), '')",
                 engagement=_CASE_ENG, watch=("case_id",)),
    SearchSource(18, "evidence_actions", "action", ("who", "what", "due_on"),
                 "{row}.what", engagement=_CASE_ENG, watch=("case_id",)),
    SearchSource(19, "spec_sections", "section", ("text",),
                 "{row}.key", engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(20, "change_requests", "change_request",
                 ("code", "title", "description", "reason", "requested_by", "impact_schedule", "impact_cost",
                  "written_confirmation", "decided_by", "decision_note"),
                 "{row}.code || ' ' || {row}.title", engagement="{row}.engagement_id", watch=("engagement_id",)),
    # Delivery and review (the Follow-up tab).
    SearchSource(21, "meetings", "meeting",
                 ("title", "held_on", "our_attendees", "client_attendees", "agenda", "notes", "confirmed_by"),
                 "{row}.title || coalesce(' · ' || nullif({row}.held_on, ''), '')",
                 engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(22, "meeting_decisions", "meeting", ("text",),
                 "(SELECT title FROM meetings WHERE id = {row}.meeting_id)",
                 engagement="(SELECT engagement_id FROM meetings WHERE id = {row}.meeting_id)",
                 watch=("meeting_id",)),
    SearchSource(23, "action_items", "action", ("what", "owner", "due_on"),
                 "{row}.what", engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(24, "test_cases", "requirement", ("title", "steps", "expected"),
                 "(SELECT code FROM requirements WHERE id = {row}.requirement_id) || ' ' || {row}.title",
                 engagement="(SELECT engagement_id FROM requirements WHERE id = {row}.requirement_id)",
                 watch=("requirement_id",)),
    SearchSource(25, "test_runs", "requirement", ("witness", "run_on", "notes"),
                 "(SELECT title FROM test_cases WHERE id = {row}.test_case_id)",
                 engagement=("(SELECT r.engagement_id FROM test_cases t JOIN requirements r ON r.id = t.requirement_id "
                             "WHERE t.id = {row}.test_case_id)"),
                 watch=("test_case_id",)),
    SearchSource(26, "satisfaction_reviews", "satisfaction", ("period", "comments", "held_on"),
                 "{row}.period", engagement="{row}.engagement_id", watch=("engagement_id",)),
    SearchSource(27, "five_whys", "satisfaction",
                 ("why_1", "why_2", "why_3", "why_4", "why_5", "participants", "root_cause"),
                 "(SELECT period FROM satisfaction_reviews WHERE id = {row}.review_id) || ' · 5-Why'",
                 engagement="(SELECT engagement_id FROM satisfaction_reviews WHERE id = {row}.review_id)",
                 watch=("review_id",)),
    SearchSource(29, "spec_samples", "section", ("caption", "name"),
                 "coalesce(nullif({row}.caption, ''), {row}.name)", engagement="{row}.engagement_id",
                 watch=("engagement_id",)),
    # Lessons learnt are part of the review (复盘): found with the satisfaction reviews.
    SearchSource(28, "lessons", "satisfaction", ("text", "tags"),
                 "substr({row}.text, 1, 60)", engagement="{row}.engagement_id", watch=("engagement_id",)),
)

# Tables with nothing a user looks for by text: bookkeeping, frozen copies (a baseline's content repeats
# the requirements it froze), links between records, and the search index itself.
NOT_SEARCHED = frozenset({
    "history", "chain_head", "baselines", "signoffs", "change_request_requirements", "evidence_links",
    "search_docs", "search_meta", "search_dirty", "_sqlite_migrations",
})

BY_TABLE = {source.table: source for source in SOURCES}
ROWID_BASE = 10**12


def source_of_rowid(rowid: int) -> tuple[SearchSource, int] | None:
    number, record_id = divmod(rowid, ROWID_BASE)
    for source in SOURCES:
        if source.no == number:
            return source, record_id
    return None
