"""Appendices of the specification (traceability matrix, change-request register) and UI samples."""

from __future__ import annotations

from typing import Any, Sequence

from consultdesk.domain.spec_sections import SectionKey
from consultdesk.export.docx_base import DocWriter
from consultdesk.export.labels import Labels


def traceability(w: DocWriter, L: Labels, rows: Sequence[Any]) -> None:
    w.heading(L("appendix_trace"), 1, numbered=False)
    w.paragraph(L("trace_intro"), keep_next=True)
    cause, task = L("trace_cause_prefix"), L("trace_task_prefix")
    # An empty link reads "—" (nothing links there), not a cell left to fill in; columns are sized
    # from what they hold, so a column with no links stays narrow.
    table = [[r.code, r.title, r.source or "—", "\n".join(r.tests) or "—",
              "\n".join(f"{code}\n({L(f'cr_status.{status}')})" for code, status in r.change_requests) or "—",
              "\n".join([f"{cause}{c}" for c in r.causes] + [f"{task}{t}" for t in r.tasks]) or "—"] for r in rows]
    if table:
        w.table([L("code"), L("title"), L("trace_source"), L("trace_tests"), L("trace_crs"), L("trace_causes")],
                table)
    else:
        w.paragraph(L("none"))


def change_request_register(w: DocWriter, L: Labels, change_requests: Sequence[Any]) -> None:
    w.heading(L("appendix_cr"), 1, numbered=False)
    if not change_requests:
        w.paragraph(L("no_change_requests"))
        return
    rows = []
    for cr in change_requests:
        status = getattr(cr.status, "value", cr.status)
        size = getattr(cr.scope, "value", cr.scope)
        decision = cr.decision_note or (L(f"cr_status.{status}") if cr.decided_at else "—")
        decided = "\n".join(x for x in (cr.decided_by, L.date(cr.decided_at)) if x) or "—"
        rows.append([cr.code, cr.title, L(f"size.{size}"), L(f"cr_status.{status}"), decision, decided])
    w.table([L("code"), L("title"), L("cr_size"), L("status"), L("cr_decision"), L("cr_decided")], rows,
            widths=(1, 2, 1, 1, 2.2, 1.2))


class Samples:
    """Places the UI samples of each section after its text, numbering figures across the document."""

    def __init__(self, repo: Any, engagement_id: int, first_figure: int = 2) -> None:
        self._repo = repo
        self._by_section: dict[str, list[Any]] = {}
        reader = getattr(repo, "samples", None)
        if reader is not None:
            for sample in reader(engagement_id):
                self._by_section.setdefault(sample.section, []).append(sample)
        self.next_figure = first_figure

    def place(self, w: DocWriter, L: Labels, section: SectionKey) -> None:
        for sample in self._by_section.get(section.value, []):
            png = self._repo.sample_bytes(sample)
            if not png:
                continue
            caption = L("figure_n", n=self.next_figure, caption=sample.caption or sample.name)
            try:
                w.picture(png, picture_width_cm(png), caption)
            except Exception:  # noqa: BLE001 - an unreadable picture must not cost the whole document
                continue
            self.next_figure += 1


def picture_width_cm(data: bytes) -> float:
    """The text width, or narrower for a tall screenshot (so it fits a page)."""
    size = _image_size(data)
    if size is None:
        return 14.0
    width, height = size
    return max(4.0, min(16.0, 18.0 * width / max(1, height)))


def _image_size(data: bytes) -> tuple[int, int] | None:
    import struct

    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return struct.unpack(">II", data[16:24])
    if data[:2] == b"\xff\xd8":  # JPEG: walk the segments to the frame header
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker = data[i + 1]
            length = struct.unpack(">H", data[i + 2:i + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", data[i + 5:i + 9])
                return width, height
            i += 2 + length
    return None
