"""Helpers for the document tests: seed requirements quickly and read produced .docx files."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

SPECIAL = "A & B < C > D \"q\" 'a' 😀👍🏽 مرحبا بالعالم שלום 中文 1 < 2 && 3"
TYPES = ("business", "experience", "strategic", "technical")


def add_engagement(workspace: Any, client: str = "华信教育科技有限公司", title: str = "家长端 App 稳定性优化") -> int:
    rows = workspace.repos.rows
    with workspace.store.transaction():
        client_id = rows.insert("clients", {"name": client})
        return rows.insert("engagements", {"client_id": client_id, "title": title})


def seed_requirements(workspace: Any, engagement_id: int, count: int, title: str = "Requirement {i}",
                      **fields: Any) -> list[tuple[str, int, int]]:
    """count requirements with scores spread over all quadrants; returns (code, value, urgency)."""
    rows = workspace.repos.rows
    made = []
    with workspace.store.transaction():
        for i in range(1, count + 1):
            value, urgency = (i * 7) % 5 + 1, (i * 3) % 5 + 1
            code = f"REQ-{i:03d}"
            rows.insert("requirements", {
                "engagement_id": engagement_id, "seq": i, "code": code, "title": title.format(i=i),
                "value": value, "urgency": urgency, "type": TYPES[i % 4],
                "goal": f"goal {i}", "success_criteria": f"success {i}", "acceptance": f"accept {i}",
                "risks": f"risk {i}", **fields,
            })
            made.append((code, value, urgency))
    return made


def body_texts(doc: Any) -> list[str]:
    """Every paragraph text of the body in document order, table cells included."""
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in doc.element.body.iter(W + "p")]


def instr_texts(doc_or_part_xml: Any) -> list[str]:
    return [el.text or "" for el in doc_or_part_xml.iter(W + "instrText")]


def footer_instr(doc: Any) -> list[str]:
    found: list[str] = []
    for section in doc.sections:
        found += instr_texts(section.footer._element)
    return found


def docx_member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def first_diagnosis(ws: Any) -> Any:
    """The first diagnosis of any engagement of an open (demo) workspace."""
    repos = ws.repos
    return next(d for c in repos.clients.list_clients() for e in repos.clients.engagements(c.id)
                for d in repos.diagnoses.for_engagement(e.id))


def reread(document: Any) -> Any:
    """A built document saved and read back, as a client's Word would read it."""
    import io

    import docx

    buffer = io.BytesIO()
    document.save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))


def diagnosis_report_after(demo_dir: Path, edit: Any, lang: str = "en") -> tuple[Any, Any]:
    """The diagnosis report of the demo's first diagnosis after edit(workspace, diagnosis) (in one
    transaction); returns the document and what edit returned."""
    from consultdesk.export import diagnosis_document
    from consultdesk.export.request import DocumentRequest
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        diagnosis = first_diagnosis(ws)
        with ws.store.transaction():
            edited = edit(ws, diagnosis)
        request = DocumentRequest(ws.repos, diagnosis.engagement_id, lang, diagnosis_id=diagnosis.id)
        return diagnosis_document.build(request), edited
    finally:
        ws.close()


def engagement_with_interview(workspace: Any, count: int, raised: int, title: str = "Kick-off") -> tuple[int, int]:
    """A new engagement of `count` requirements, requirement number `raised` raised in an interview
    held 2026-03-02; returns (engagement id, interview id)."""
    eid = add_engagement(workspace)
    seed_requirements(workspace, eid, count)
    rows = workspace.repos.rows
    with workspace.store.transaction():
        interview = rows.insert("interviews", {"engagement_id": eid, "title": title, "held_on": "2026-03-02"})
        rows.update("requirements", raised, {"source_interview_id": interview})
    return eid, interview
