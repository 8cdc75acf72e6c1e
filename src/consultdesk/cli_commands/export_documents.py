"""consultdesk export spec|summary|diagnosis|dispute --client C --engagement E --out F.docx [--lang].

Dispatches through export.request.DOCUMENT_BUILDERS, so the GUI and the CLI build the same document.
The document language defaults to English here (a batch job has no UI language to follow).
Exit codes: 0 written; 1 unknown client/engagement/meeting, unusable template or target; 2 workspace.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, Callable, Sequence

from consultdesk.cli_commands.common import CommandFailed, find_engagement, workspace_for

KIND_NAMES = {"spec": "specification", "summary": "requirement summary", "diagnosis": "diagnosis report",
              "dispute": "dispute minutes", "minutes": "meeting minutes", "status": "status report",
              "acceptance": "acceptance record"}


def pick(items: Sequence[Any], key: str | None, what: str, engagement: str) -> Any:
    """An item (with .id and .title) by id or exact title; the latest when key is None."""
    if not items:
        raise CommandFailed(f'The engagement "{engagement}" has no {what} yet.')
    if key is None or key == "":
        return items[-1]
    for item in items:
        if str(item.id) == str(key) or getattr(item, "title", None) == key:
            return item
    raise CommandFailed(f'The engagement "{engagement}" has no {what} "{key}".')


def _selection(kind: str, args: Any, repos: Any, engagement: Any) -> dict[str, Any]:
    """The meeting / diagnosis / case a document is about, as DocumentRequest fields."""
    lookups: dict[str, tuple[str, str, Callable[[int], Sequence[Any]]]] = {
        "summary": ("interview_id", "meeting", lambda eid: repos.interviews.for_engagement(eid)),
        "diagnosis": ("diagnosis_id", "diagnosis", lambda eid: repos.diagnoses.for_engagement(eid)),
        "dispute": ("case_id", "dispute case", lambda eid: repos.evidence.cases(eid)),
    }
    if kind not in lookups:
        return {}
    field, what, listing = lookups[kind]
    key = {"summary": args.interview, "diagnosis": args.diagnosis, "dispute": args.case}[kind]
    return {field: pick(listing(engagement.id), key, what, engagement.title).id}


def run(args: Any) -> int:
    from consultdesk.export.docx_base import TemplateError
    from consultdesk.export.request import DOCUMENT_BUILDERS, DocumentRequest
    from consultdesk.export.save import SaveError, save_document

    kind = args.kind
    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        raise CommandFailed(f"The target must be a .docx file, not {out.name}.")
    if args.template is not None and not Path(args.template).is_file():
        raise CommandFailed(f"The template {args.template} does not exist.")
    if kind == "diagnosis":
        from consultdesk.render.gui_app import ensure_gui_app

        ensure_gui_app()  # the fishbone picture is drawn with Qt
    extra: dict[str, Any] = {"meeting": args.meeting} if kind == "minutes" else {}
    builder = importlib.import_module(DOCUMENT_BUILDERS[kind])  # a missing builder is a broken install
    with workspace_for(args, writing=False) as workspace:
        repos = workspace.repos
        engagement = find_engagement(repos, args.client, args.engagement)
        request = DocumentRequest(
            repos=repos, engagement_id=engagement.id, lang=args.lang or "en",
            template=Path(args.template) if args.template else None,
            **_selection(kind, args, repos, engagement), **extra,
        )
        try:
            document = builder.build(request)
        except TemplateError as exc:
            raise CommandFailed(str(exc)) from None
        except ValueError as exc:  # builders say what is missing in one sentence
            raise CommandFailed(str(exc)) from None
        from consultdesk.export.anchor import stamp

        stamp(document, repos, request.lang, f"the {KIND_NAMES[kind]} {out.name}")
    try:
        save_document(document, out)
    except SaveError as exc:
        raise CommandFailed(exc.message) from None
    print(f"Wrote the {KIND_NAMES[kind]} to {out}.")
    return 0
