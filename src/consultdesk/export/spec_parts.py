"""The signature-grade parts of the specification: document control, revision history, scope,
glossary, delivery standards, sign-off and "changes since vN".

Each function writes one part through a DocWriter; spec_document decides the order.
"""

from __future__ import annotations

import datetime
import difflib
from dataclasses import dataclass
from typing import Sequence

from consultdesk.domain.baseline import SECTION_FIELD_PREFIX
from consultdesk.domain.clients import Contact, CounterpartKind
from consultdesk.domain.requirements import Requirement
from consultdesk.domain.spec_sections import table_rows
from consultdesk.domain.spec_status import DocStatus, SignOffRecord, SpecStatus
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.labels import Labels


@dataclass(frozen=True)
class Signatory:
    role: str  # role.<key> label key
    name: str
    meaning: str  # approved | reviewed | authored
    record: SignOffRecord | None = None


def _first(contacts: Sequence[Contact], *kinds: CounterpartKind) -> Contact | None:
    for kind in kinds:
        for contact in contacts:
            if contact.kind is kind:
                return contact
    return None


def consultant_name(author: str, status: SpecStatus) -> str:
    if author:
        return author
    return next((s.signer for s in status.signoffs if s.side == "us"), "")


def signatories(contacts: Sequence[Contact], status: SpecStatus, author: str) -> list[Signatory]:
    """The change board who signs: client representative, consultant, technical owner (named from the
    engagement's contacts before anyone signs), then anyone else who signed. A sign-off is matched to a
    named signatory by name, else by side and meaning."""
    client = _first(contacts, CounterpartKind.DECISION_MAKER, CounterpartKind.BUSINESS_OWNER)
    technical = _first(contacts, CounterpartKind.TECHNICAL_OWNER)
    planned = [
        ("role.client_rep", client.name if client else "", "approved", "client"),
        ("role.consultant", consultant_name(author, status), "authored", "us"),
        ("role.technical_owner", technical.name if technical else "", "reviewed", "client"),
    ]
    unused = list(status.signoffs)
    matched: list[SignOffRecord | None] = []
    for _role, name, _meaning, _side in planned:  # by name first
        record = next((s for s in unused if name and s.signer.strip().lower() == name.strip().lower()), None)
        if record is not None:
            unused.remove(record)
        matched.append(record)
    for index, (_role, _name, meaning, side) in enumerate(planned):  # then by side and meaning
        if matched[index] is None:
            record = next((s for s in unused if s.side == side and (s.meaning == meaning or side == "us")), None)
            if record is not None:
                unused.remove(record)
                matched[index] = record
    out = [Signatory(role, record.signer if record else name, record.meaning if record else meaning, record)
           for (role, name, meaning, _side), record in zip(planned, matched, strict=False)]
    out += [Signatory("role.other", s.signer, s.meaning, s) for s in unused]
    return out


def document_control(w: DocWriter, L: Labels, status: SpecStatus, people: list[Signatory],
                     contacts: Sequence[Contact]) -> None:
    w.paragraph(L("doc_control"), "TOC Heading")
    author = next((p.name for p in people if p.role == "role.consultant"), "")
    reviewers = [p.name for p in people if p.name and p.role != "role.consultant"]
    distribution = [f"{c.name} ({c.role})" if c.role else c.name for c in contacts]
    if author and author not in [c.name for c in contacts]:
        distribution.append(f"{author} ({L('role.consultant')})")
    w.key_value_table([
        (L("author"), author or "—"),
        (L("reviewers"), "; ".join(reviewers) or "—"),
        (L("distribution"), "; ".join(distribution) or "—"),
        (L("status"), L(f"doc_status.{status.status.value}")),
        (L("version"), f"v{status.version or 1}"),
        (L("date"), datetime.date.today().isoformat()),
    ])


def revision_history(w: DocWriter, L: Labels, status: SpecStatus) -> None:
    w.paragraph(L("revision_history"), "TOC Heading")
    rows = []
    for r in status.revisions:
        changes = r.summary or (L("initial_baseline", count=r.requirements) if r.version == 1 else "—")
        signers = "\n".join(f"{name} ({L(f'meaning.{meaning}')})" for name, meaning in r.signers)
        rows.append([f"v{r.version}", L.date(r.created_at), changes, signers or "—", r.sha256[:16]])
    if rows:
        w.table([L("version"), L("date"), L("revision_summary"), L("signed_by"), L("sha256")], rows,
                widths=(1, 1, 3, 2, 1))
    else:
        w.paragraph(L("no_revisions"))
    if status.status is not DocStatus.SIGNED:
        w.paragraph(L("draft_note"), bold=True)


def scope(w: DocWriter, L: Labels, scope_in: str, scope_out: str, rejected: Sequence[Requirement],
          requirements_chapter: int) -> None:
    w.heading(L("scope"), 2)
    w.heading(L("scope_in"), 3)
    w.paragraphs(scope_in, empty=L("scope_in_intro", chapter=requirements_chapter))
    w.heading(L("scope_out"), 3)
    w.paragraphs(scope_out)
    if rejected:
        w.paragraph(L("out_of_scope_intro"), keep_next=True)
        rows = [[r.code, r.title, r.why.strip() or (L("not_core") if not r.is_core else "—")] for r in rejected]
        w.table([L("code"), L("title"), L("reason")], rows, widths=(1, 2, 3))
    elif not scope_out.strip():
        w.paragraph(L("none"))


def glossary(w: DocWriter, L: Labels, text: str) -> None:
    rows, rest = table_rows(text, 2)
    if rows:
        w.table([L("term"), L("meaning_of_term")], rows, widths=(1, 3))
    if rest:
        w.paragraphs("\n".join(rest))
    if not rows and not rest:
        w.paragraph(L("not_written"))


def delivery_standards(w: DocWriter, L: Labels, text: str) -> None:
    """Lines "figure | target | how measured" (or "figure: target") as a table; other lines as text."""
    rows, rest = table_rows(text, 3)
    if rows:
        w.table([L("standard_figure"), L("standard_target"), L("standard_measured")], rows, widths=(1.2, 3, 2))
    if rest:
        w.paragraphs("\n".join(rest))
    if not rows and not rest:
        w.paragraph(L("not_written"))


def signoff(w: DocWriter, L: Labels, status: SpecStatus, people: list[Signatory],
            chain_head: tuple[int, str] | None = None) -> None:
    """The signatories' table; beside each signature the baseline's SHA-256 and the history chain head
    this document is anchored to (export/anchor.py writes the same head into its properties and footer),
    so a signed copy names both the content and the point of the history it was issued at."""
    w.heading(L("signoff"), 2)
    w.paragraph(L("signoff_intro"), keep_next=True)
    signed = status.status is DocStatus.SIGNED and bool(status.sha256)
    # Five columns fit a portrait page without breaking inside a word: a signature is its date and
    # time (two lines) once signed, a line to sign on before; the hash and the head are shortened in the
    # rows (their full values are the lines above the table).
    sha = status.sha256[:8] + "…" if signed else ""
    head = f"#{chain_head[0]}·{chain_head[1][:12]}" if chain_head else ""  # as in the footer
    stamp = "\n".join(x for x in (sha, head) if x) or "—"
    rows = []
    for person in people:
        record = person.record
        when = record.signed_at.replace("T", "\n")[:16] if record else "_" * 8 + "\n" + L("not_signed")
        rows.append([L(person.role), person.name, L(f"meaning.{person.meaning}"), when,
                     stamp if record else "—"])
    # The full values come before the table and stay on its page: what is signed is read first.
    if signed:
        w.paragraph(L("content_hash", version=status.version, sha=status.sha256), keep_next=True)
    if chain_head:
        w.paragraph(L("chain_head_line", entry=chain_head[0], sha=chain_head[1]), keep_next=True)
    w.table([L("role"), L("name"), L("meaning"), L("time_signed"), L("sha_and_head") if head else L("sha256")], rows,
            widths=(1.2, 1.5, 1, 1.3, 1.6), keep_together=True)  # signatures never split over two pages


def _line_diff(old: str, new: str) -> tuple[str, str]:
    """(removed lines, added lines) between two texts, each line prefixed "− " / "+ "."""
    removed, added = [], []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if line.startswith("- "):
            removed.append("− " + line[2:])
        elif line.startswith("+ "):
            added.append("+ " + line[2:])
    return "\n".join(removed), "\n".join(added)


def changes_since(w: DocWriter, L: Labels, status: SpecStatus) -> None:
    w.heading(L("changes_since", version=status.changes_since_version), 1)
    rows = []
    for c in status.changes_since:
        title = c.title
        if c.field.startswith(SECTION_FIELD_PREFIX):  # a section: its heading, not its key
            title = field_label(L, c.field)
        old, new = c.old, c.new
        if "\n" in old or "\n" in new or c.field.startswith(SECTION_FIELD_PREFIX):
            old, new = _line_diff(old, new)
        rows.append([c.code or "—", title, field_label(L, c.field), old, new, _cr_text(L, c.change_request) or "—"])
    w.table([L("code"), L("title"), L("field"), L("old_value"), L("new_value"), L("change_request")], rows,
            widths=(1, 1.5, 1, 2, 2, 1))


def _cr_text(L: Labels, label: str) -> str:
    """"CR-002 (approved)" with the status in the document's language."""
    code, _, rest = label.partition(" (")
    status = rest.rstrip(")")
    return f"{code} ({L(f'cr_status.{status}')})" if status else label


def field_label(L: Labels, field: str) -> str:
    if not field:
        return L("added_or_removed")
    if field.startswith(SECTION_FIELD_PREFIX):  # an editable section of the specification
        key = field[len(SECTION_FIELD_PREFIX):]
        label = L(key)
        return label if label != key else key
    key = "acceptance_criteria" if field == "acceptance" else field
    label = L(key)
    return field if label == key else label

