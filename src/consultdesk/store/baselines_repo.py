"""Baselines and sign-offs: frozen content, what changed since, and the document status they imply."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any, Iterable

from consultdesk.domain.baseline import (
    Baseline,
    IncludedChange,
    changed_codes,
    changed_codes_by_index,
    content_hash,
    diff_content,
    freeze,
    parse_content,
    removed_codes,
    requirements_by_code,
    spec_content,
)
from consultdesk.domain.change_coverage import EMPTY_CONTENT, Coverage, PendingVersion, coverage
from consultdesk.domain.change_requests import ChangeRequest
from consultdesk.domain.requirements import CONTENT_FIELDS
from consultdesk.domain.spec_status import DocStatus, FieldChange, Revision, SignOffRecord, SpecStatus
from consultdesk.store.database import Store
from consultdesk.store.seals import seal

_REQ_COLUMNS = ", ".join(f'"{name}"' for name in ("id", *CONTENT_FIELDS))


class BaselinesRepo:
    def __init__(self, store: Store, repos: Any = None) -> None:
        self._store = store
        self._repos = repos
        # (baseline id, sha256) -> parsed content. Baselines never change, but an id can come back after an
        # engagement is deleted, so the hash is part of the key.
        self._parsed: dict[tuple[int, str], dict[str, Any]] = {}
        self._indexed: dict[tuple[int, str], dict[str, Any]] = {}  # same key: requirements by code

    # -- reading baselines -------------------------------------------------------------------------
    def _signoffs(self, baseline_ids: list[int]) -> dict[int, list[SignOffRecord]]:
        out: dict[int, list[SignOffRecord]] = {i: [] for i in baseline_ids}
        if baseline_ids:
            marks = ", ".join("?" * len(baseline_ids))
            for r in self._store.query(
                f"select * from signoffs where baseline_id in ({marks}) order by signed_at, id", baseline_ids
            ):
                out[r["baseline_id"]].append(SignOffRecord(r["signer"], r["side"], r["meaning"], r["signed_at"], r["comment"]))
        return out

    def _from_rows(self, rows: list[dict[str, Any]]) -> list[Baseline]:
        signoffs = self._signoffs([r["id"] for r in rows])
        return [
            Baseline(
                id=r["id"],
                engagement_id=r["engagement_id"],
                version=r["version"],
                created_at=r["created_at"],
                sha256=r["sha256"],
                content=r["content"],
                change_requests=tuple(
                    IncludedChange(c.get("id"), c.get("code", ""), c.get("title", ""))
                    for c in json.loads(r["change_requests"] or "[]")
                ),
                signoffs=tuple(signoffs[r["id"]]),
            )
            for r in rows
        ]

    def for_engagement(self, engagement_id: int) -> list[Baseline]:
        """All baselines of an engagement, oldest first."""
        rows = self._store.query("select * from baselines where engagement_id = ? order by version", [engagement_id])
        return self._from_rows(rows)

    def latest(self, engagement_id: int) -> Baseline | None:
        rows = self._store.query(
            "select * from baselines where engagement_id = ? order by version desc limit 1", [engagement_id]
        )
        return self._from_rows(rows)[0] if rows else None

    def get(self, baseline_id: int) -> Baseline | None:
        rows = self._store.query("select * from baselines where id = ?", [baseline_id])
        return self._from_rows(rows)[0] if rows else None

    def next_version(self, engagement_id: int) -> int:
        return int(self._store.scalar(
            "select coalesce(max(version), 0) + 1 from baselines where engagement_id = ?", [engagement_id]
        ))

    def parsed(self, baseline: Baseline) -> dict[str, Any]:
        key = (baseline.id, baseline.sha256)
        if key not in self._parsed:
            self._parsed[key] = parse_content(baseline.content)
        return self._parsed[key]

    # -- the current specification -----------------------------------------------------------------
    def current_rows(self, engagement_id: int) -> list[dict[str, Any]]:
        """The requirements' content fields as plain rows (plus id), in board order."""
        cursor = self._store.conn.execute(
            f"select {_REQ_COLUMNS} from requirements where engagement_id = ? order by seq", [engagement_id]
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _sections(self, engagement_id: int) -> dict[str, str]:
        rows = self._store.query("select key, text from spec_sections where engagement_id = ?", [engagement_id])
        return {r["key"]: r["text"] for r in rows}

    def current_content(self, engagement_id: int) -> dict[str, Any]:
        return spec_content(self.current_rows(engagement_id), self._sections(engagement_id))

    def freeze_current(self, engagement_id: int) -> tuple[str, str, int]:
        """(canonical JSON, SHA-256, number of requirements) of the specification as it is now."""
        rows = self.current_rows(engagement_id)
        text, sha = freeze(rows, self._sections(engagement_id))
        return text, sha, len(rows)

    # -- changed since sign-off --------------------------------------------------------------------
    def changed_requirement_ids(self, engagement_id: int) -> set[int]:
        """Ids of requirements added or edited since the latest baseline (empty when there is none).

        Removed requirements have no id any more; diff() reports them.
        """
        latest = self.latest(engagement_id)
        if latest is None:
            return set()
        rows = self.current_rows(engagement_id)
        codes = changed_codes(self.parsed(latest), rows)
        return {row["id"] for row in rows if row["code"] in codes}

    def changed_among(self, engagement_id: int, requirement_ids: Iterable[int]) -> set[int]:
        """Which of *requirement_ids* (of this engagement) are added or edited since the latest baseline:
        the same answer as changed_requirement_ids, for just the rows an edit touched. The frozen content
        is read and indexed once per baseline, so this costs a few small queries."""
        ids = list(requirement_ids)
        latest = self._store.conn.execute(
            "select id, sha256 from baselines where engagement_id = ? order by version desc limit 1",
            [engagement_id]).fetchone() if ids else None
        if latest is None:
            return set()
        key = (latest[0], latest[1])
        index = self._indexed.get(key)
        if index is None:
            baseline = self.get(latest[0])
            assert baseline is not None
            index = self._indexed[key] = requirements_by_code(self.parsed(baseline))
        marks = ", ".join("?" * len(ids))
        cursor = self._store.conn.execute(
            f"select {_REQ_COLUMNS} from requirements where engagement_id = ? and id in ({marks})",
            [engagement_id, *ids])
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        codes = changed_codes_by_index(index, rows)
        return {row["id"] for row in rows if row["code"] in codes}

    def removed_codes(self, engagement_id: int) -> list[str]:
        latest = self.latest(engagement_id)
        if latest is None:
            return []
        return removed_codes(self.parsed(latest), (r["code"] for r in self.current_rows(engagement_id)))

    def _candidates(self, engagement_id: int, baselines: list[Baseline], since: int, until: int | None) -> list[ChangeRequest]:
        """The approved/implemented requests that may cover changes after baseline v*since*: those contained
        in a baseline after v*since* (up to v*until*), plus, when *until* is None (comparing with the current
        content), those no baseline contains yet. A request already contained in v*since* or earlier covers
        nothing new."""
        if self._repos is None:
            return []
        version_of = {c.change_request_id: b.version for b in baselines for c in b.change_requests}
        crs: list[ChangeRequest] = []
        for cr in self._repos.change_requests.for_engagement(engagement_id):
            version = version_of.get(cr.id)
            if cr.covers and (until is None if version is None else since < version <= (until or version)):
                crs.append(cr)
        return crs

    def _covered_diff(self, old: dict[str, Any], new: dict[str, Any],
                      candidates: list[ChangeRequest]) -> tuple[list[FieldChange], Coverage]:
        old_codes = {r["code"] for r in old["requirements"]}
        added = [r["code"] for r in new["requirements"] if r["code"] not in old_codes]
        bare = diff_content(old, new)
        cover = coverage(candidates, (c.code for c in bare if c.code), added)
        return [replace(c, change_request=cover.covering.get(c.code or c.field, "")) for c in bare], cover

    def _diff(self, engagement_id: int, baselines: list[Baseline], old_baseline: Baseline,
              new_baseline: Baseline | None) -> list[FieldChange]:
        old = self.parsed(old_baseline)
        new = self.parsed(new_baseline) if new_baseline else self.current_content(engagement_id)
        until = new_baseline.version if new_baseline else None
        candidates = self._candidates(engagement_id, baselines, old_baseline.version, until)
        return self._covered_diff(old, new, candidates)[0]

    def pending(self, engagement_id: int) -> PendingVersion:
        """The next version as signing now would record it: its changes since the latest baseline (with
        the request covering each), the approved requests it contains, and those it leaves out because
        none of their changes are in it."""
        baselines = self.for_engagement(engagement_id)
        latest = baselines[-1] if baselines else None
        old = self.parsed(latest) if latest else EMPTY_CONTENT
        candidates = self._candidates(engagement_id, baselines, latest.version if latest else 0, None)
        changes, cover = self._covered_diff(old, self.current_content(engagement_id), candidates)
        contained = {cr.id for cr in cover.contained}
        return PendingVersion(
            (latest.version if latest else 0) + 1, latest.version if latest else None,
            tuple(changes) if latest else (), cover.contained,
            tuple(cr for cr in candidates if cr.id not in contained))

    def diff(self, engagement_id: int, baseline: Baseline | None = None) -> list[FieldChange]:
        """Field-by-field changes of the current specification against *baseline* (default: latest)."""
        baselines = self.for_engagement(engagement_id)
        baseline = baseline or (baselines[-1] if baselines else None)
        if baseline is None:
            return []
        return self._diff(engagement_id, baselines, baseline, None)

    def spec_status(self, engagement_id: int) -> SpecStatus:
        """Signed vN when nothing changed since the latest baseline (with the changes vN brought over
        v(N-1)); otherwise the draft of v(N+1) with the changes made since vN."""
        baselines = self.for_engagement(engagement_id)
        if not baselines:
            return SpecStatus()
        latest = baselines[-1]
        revisions = tuple(Revision(b.version, b.created_at, b.sha256, b.summary(),
                                   tuple((r.signer, r.meaning) for r in b.signoffs),
                                   len(self.parsed(b).get("requirements", ())))
                          for b in baselines)
        _, sha, _ = self.freeze_current(engagement_id)
        if sha == latest.sha256:
            previous = baselines[-2] if len(baselines) > 1 else None
            changes = tuple(self._diff(engagement_id, baselines, previous, latest)) if previous else ()
            return SpecStatus(DocStatus.SIGNED, latest.version, latest.sha256, latest.signoffs, revisions,
                              previous.version if previous else None, changes)
        return SpecStatus(
            DocStatus.DRAFT,
            latest.version + 1,
            revisions=revisions,
            changes_since_version=latest.version,
            changes_since=tuple(self._diff(engagement_id, baselines, latest, None)),
        )

    # -- writing (append only; called by ops inside their transaction) --------------------------------
    def insert_baseline(
        self, engagement_id: int, version: int, created_at: str, content: str, sha256: str,
        included: list[IncludedChange],
    ) -> int:
        crs = json.dumps(
            [{"id": c.change_request_id, "code": c.code, "title": c.title} for c in included], ensure_ascii=False
        )
        cursor = self._store.conn.execute(
            "insert into baselines (engagement_id, version, created_at, content, sha256, change_requests)"
            " values (?, ?, ?, ?, ?, ?)",
            [engagement_id, version, created_at, content, sha256, crs],
        )
        row_id = cursor.lastrowid
        assert row_id is not None  # set by the INSERT just run
        seal(self._store, "baselines", row_id)
        return row_id

    def insert_signoff(self, baseline_id: int, record: SignOffRecord) -> int:
        cursor = self._store.conn.execute(
            "insert into signoffs (baseline_id, signer, side, meaning, signed_at, comment) values (?, ?, ?, ?, ?, ?)",
            [baseline_id, record.signer, record.side, record.meaning, record.signed_at, record.comment],
        )
        row_id = cursor.lastrowid
        assert row_id is not None  # set by the INSERT just run
        seal(self._store, "signoffs", row_id)
        return row_id

    # -- integrity -----------------------------------------------------------------------------------
    def verify(self) -> list[str]:
        """Baselines and sign-offs that no longer match their hash or the hash-chained history, as sentences.

        The content hash catches an edited content; the history (itself hash-chained and checked) catches
        content and hash rewritten together, an edited sign-off, and rows inserted behind the app's back.
        """
        problems = []
        recorded: dict[int, set[str]] = {}  # baseline id -> "vN sha" written to the history when it was created
        for h in self._store.query("select entity_id, new from history where entity = 'baseline' and action = 'create'"):
            recorded.setdefault(h["entity_id"], set()).add(h["new"])
        signed: dict[int, set[tuple[str, str]]] = {}  # sign-off id -> (meaning, "vN signer (side)")
        for h in self._store.query("select entity_id, field, new from history where entity = 'signoff' and action = 'sign'"):
            signed.setdefault(h["entity_id"], set()).add((h["field"], h["new"]))
        where = ("of engagement \"{engagement}\" (client \"{client}\")")
        for r in self._store.query(
            """
            select b.id, b.version, b.content, b.sha256, e.title as engagement, c.name as client
            from baselines b join engagements e on e.id = b.engagement_id join clients c on c.id = e.client_id
            order by c.name, e.title, b.version
            """
        ):
            name = f"Baseline v{r['version']} " + where.format(**r)
            if content_hash(r["content"]) != r["sha256"]:
                problems.append(f"{name} has been altered: its content no longer matches its SHA-256.")
            elif r["id"] not in recorded:
                problems.append(f"{name} is not recorded in the history: it was not created by ConsultDesk.")
            elif f"v{r['version']} {r['sha256']}" not in recorded[r["id"]]:
                problems.append(
                    f"{name} has been altered: its SHA-256 differs from the one recorded in the history when it "
                    "was signed.")
        for r in self._store.query(
            """
            select s.id, s.signer, s.side, s.meaning, b.version, e.title as engagement, c.name as client
            from signoffs s join baselines b on b.id = s.baseline_id join engagements e on e.id = b.engagement_id
            join clients c on c.id = e.client_id order by c.name, e.title, b.version, s.id
            """
        ):
            entry = (r["meaning"], f"v{r['version']} {r['signer']} ({r['side']})")
            if entry not in signed.get(r["id"], set()):
                problems.append(
                    f"The sign-off by \"{r['signer']}\" on baseline v{r['version']} " + where.format(**r)
                    + " does not match the history: it was altered or added outside ConsultDesk.")
        return problems


def check_baselines(workspace: Any) -> list[str]:
    """For `consultdesk check`: recompute every baseline's hash from its stored content."""
    return BaselinesRepo(workspace.store).verify()
