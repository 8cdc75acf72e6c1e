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
