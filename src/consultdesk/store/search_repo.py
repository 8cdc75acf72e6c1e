"""Workspace search: the query against the index, and `check` / rebuild of the index."""

from __future__ import annotations

import sqlite3
from typing import Any

from consultdesk.domain.search import SearchHit, SearchQuery, make_snippet
from consultdesk.domain.text_fold import fold
from consultdesk.store import search_ddl
from consultdesk.store.database import Store
from consultdesk.store.search_registry import BY_TABLE, ROWID_BASE, SearchSource, source_of_rowid

MIN_INDEXED = 3  # the trigram index finds words of three characters or more; shorter ones use LIKE
ARCHIVE_COLUMN = "archived_at"


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def trigram_query(words: list[str]) -> str:
    """An FTS5 query for documents holding every trigram of every word (the index keeps no positions,
    so the caller confirms the words themselves with LIKE)."""
    grams = dict.fromkeys(word[i:i + MIN_INDEXED] for word in words for i in range(len(word) - MIN_INDEXED + 1))
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


class SearchRepo:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._archive_columns: dict[str, bool] | None = None

    # --- the query ---------------------------------------------------------------------------------
    def matching_ids(self, query: SearchQuery) -> list[int]:
        """search_docs ids of the records every word of *query* occurs in, in registry order (clients,
        contacts, engagements, … then record id). Not by relevance: ranking every match of a common
        word costs ~0.2 s on a large workspace, and the panel groups hits by kind anyway.

        Words of three characters or more go to the trigram index, which finds candidates; a LIKE per
        word keeps the true ones (alone, for short words, a scan of search_docs that stops at the
        limit). Both sides are folded (NFKC + casefold), so substring tests are exact."""
        terms = fold(query.text).split()
        if not terms:
            return []
        long_terms = [t for t in terms if len(t) >= MIN_INDEXED]
        where: list[str] = []
        params: list[Any] = []
        if query.kinds is not None:
            kinds = sorted(query.kinds)
            where.append(f"d.kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        if query.engagement_id is not None:
            where.append("d.engagement_id = ?")
            params.append(query.engagement_id)
        likes = [_like(t) for t in terms]
        conn = self._store.conn
        # LIKE on the folded (lower-cased) text: exact substrings in any case; SQLite's LIKE scans
        # about 3x faster than instr(), which counts characters.
        filters = ["d.folded LIKE ? ESCAPE '\\'"] * len(likes) + where
        if not long_terms:
            sql = "SELECT d.id FROM search_docs d WHERE " + " AND ".join(filters) + " ORDER BY d.id LIMIT ?"
            ids = [row[0] for row in conn.execute(sql, [*likes, *params, query.limit])]
        else:
            sql = ("SELECT d.id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
                   "WHERE search_fts MATCH ?" + "".join(f" AND {f}" for f in filters) +
                   " ORDER BY search_fts.rowid LIMIT ?")
            ids = [row[0] for row in conn.execute(sql, [trigram_query(long_terms), *likes, *params, query.limit])]
        if search_ddl.has_waiting(conn):
            ids = sorted({*ids, *self._waiting_matches(terms, where, params)})[:query.limit]
        return ids

    def _waiting_matches(self, terms: list[str], where: list[str], params: list[Any]) -> list[int]:
        """Rows a program without ConsultDesk's code wrote, not folded and indexed yet (the next
        ConsultDesk transaction does it): compared here, in Python, the same way."""
        sql = "SELECT d.id, d.typed FROM search_docs d WHERE d.folded IS NULL" + "".join(f" AND {w}" for w in where)
        return [doc_id for doc_id, typed in self._store.conn.execute(sql, params)
                if all(term in fold(typed) for term in terms)]

    def search(self, query: SearchQuery) -> list[SearchHit]:
        ids = self.matching_ids(query)
        if not ids:
            return []
        docs = {row[0]: row[1:] for row in self._store.conn.execute(
            f"SELECT id, engagement_id, client_id FROM search_docs WHERE id IN ({', '.join('?' * len(ids))})", ids)}
        by_source: dict[str, list[int]] = {}
        for doc_id in ids:
            found = source_of_rowid(doc_id)
            if found is not None:
                by_source.setdefault(found[0].table, []).append(found[1])
        records: dict[int, tuple[str, list[tuple[str, str]]]] = {}
        for table, record_ids in by_source.items():
            records.update(self._records(BY_TABLE[table], record_ids))
        engagements, clients = self._owners({docs[i][0] for i in ids if docs[i][0] is not None},
                                            {docs[i][1] for i in ids if docs[i][1] is not None})
        words = query.words
        hits = []
        for doc_id in ids:
            if doc_id not in records:
                continue
            source, record_id = source_of_rowid(doc_id)  # type: ignore[misc]
            title, fields = records[doc_id]
            engagement_id, client_id = docs[doc_id]
            engagement = engagements.get(engagement_id) if engagement_id is not None else None
            if engagement is not None:
                client_id = engagement[1]
            client = clients.get(client_id) if client_id is not None else None
            if client is None and client_id is not None:
                client = self._owners(set(), {client_id})[1].get(client_id)
            snippet = make_snippet(fields, words)
            hits.append(SearchHit(
                kind=source.kind, table=source.table, record_id=record_id, title=title or "",
                snippet=snippet.text, highlights=snippet.highlights, field=snippet.field,
                client_id=client_id, client=client[0] if client else None,
                engagement_id=engagement_id, engagement=engagement[0] if engagement else None,
                archived=bool((engagement and engagement[2]) or (client and client[1])),
            ))
        return hits

    def _records(self, source: SearchSource, record_ids: list[int]) -> dict[int, tuple[str, list[tuple[str, str]]]]:
        columns = ", ".join(f'r."{c}"' for c in source.columns)
        sql = (f"SELECT r.id, {source.title.format(row='r')}, {columns} FROM {source.table} AS r "
               f"WHERE r.id IN ({', '.join('?' * len(record_ids))})")
        out = {}
        for row in self._store.conn.execute(sql, record_ids):
            fields = [(name, "" if value is None else str(value)) for name, value in zip(source.columns, row[2:], strict=True)]
            out[source.no * ROWID_BASE + row[0]] = (row[1], fields)
        return out

    def _has_archive(self, table: str) -> bool:
        # Archiving is a column another area adds; a workspace (or release) without it has nothing archived.
        if self._archive_columns is None:
            self._archive_columns = {}
        if table not in self._archive_columns:
            names = {row[1] for row in self._store.conn.execute(f"PRAGMA table_info({table})")}
            self._archive_columns[table] = ARCHIVE_COLUMN in names
        return self._archive_columns[table]

    def _archived_sql(self, table: str, alias: str) -> str:
        if not self._has_archive(table):
            return "0"
        return f"coalesce({alias}.{ARCHIVE_COLUMN}, '') <> ''"

    def _owners(
        self, engagement_ids: set[int], client_ids: set[int]
    ) -> tuple[dict[int, tuple[str, int, bool]], dict[int, tuple[str, bool]]]:
        """engagement id -> (title, client id, archived); client id -> (name, archived)."""
        engagements: dict[int, tuple[str, int, bool]] = {}
        if engagement_ids:
            ids = sorted(engagement_ids)
            for eid, title, cid, archived in self._store.conn.execute(
                    f"SELECT e.id, e.title, e.client_id, {self._archived_sql('engagements', 'e')} FROM engagements e "
                    f"WHERE e.id IN ({', '.join('?' * len(ids))})", ids):
                engagements[eid] = (title, cid, bool(archived))
        wanted = sorted(client_ids | {e[1] for e in engagements.values()})
        clients: dict[int, tuple[str, bool]] = {}
        if wanted:
            for cid, name, archived in self._store.conn.execute(
                    f"SELECT c.id, c.name, {self._archived_sql('clients', 'c')} FROM clients c "
                    f"WHERE c.id IN ({', '.join('?' * len(wanted))})", wanted):
                clients[cid] = (name, bool(archived))
        return engagements, clients

    # --- keeping it exact --------------------------------------------------------------------------
    def rebuild(self) -> int:
        """Re-create the index from the records (one transaction); returns how many records it holds."""
        with self._store.transaction():
            return search_ddl.rebuild(self._store.conn)

    def problems(self) -> list[dict[str, Any]]:
        return index_problems(self._store.conn)


def index_problems(conn: Any) -> list[dict[str, Any]]:
    """What `check` reports about the search index: triggers that differ from this release's registry,
    and records whose index row is missing, stale or left over. Each: {"kind", "message"}."""
    problems: list[dict[str, Any]] = []
    tables = search_ddl.existing_tables(conn)
    if "search_docs" not in tables:
        return [{"kind": "search_index", "message": "The search index is missing."}]
    expected = search_ddl.expected_triggers(tables)
    installed = search_ddl.installed_triggers(conn)
    wrong = sorted(name for name, sql in expected.items() if installed.get(name) != sql)
    extra = sorted(set(installed) - set(expected))
    if wrong or extra:
        names = ", ".join([*wrong, *extra][:5])
        problems.append({"kind": "search_index", "message":
                         f"The search index's triggers are missing or altered ({names}); "
                         "new edits may not be found."})
    indexed = {row[0]: row[1:] for row in conn.execute(
        "SELECT id, kind, engagement_id, client_id, typed, folded FROM search_docs")}
    missing = stale = 0
    examples: list[str] = []
    for source in search_ddl.active_sources(tables):
        for doc_id, kind, engagement_id, client_id, raw in conn.execute(search_ddl.expected_rows_sql(source)):
            row = indexed.pop(doc_id, None)
            if row is None:
                missing += 1
            elif row[:3] != (kind, engagement_id, client_id) or row[3:] not in ((raw, None), (None, fold(raw))):
                stale += 1
            else:
                continue
            if len(examples) < 3:
                examples.append(f"{source.table} {doc_id - source.no * ROWID_BASE}")
    left_over = len(indexed)
    if missing or stale or left_over:
        problems.append({"kind": "search_index", "message":
                         f"The search index is out of date: {missing} record(s) missing, {stale} stale, "
                         f"{left_over} left over (e.g. {', '.join(examples) or 'index rows of deleted records'}); "
                         "run `consultdesk check --repair-search` to rebuild it."})
    if search_ddl.has_waiting(conn):
        return problems  # rows not yet in the full-text index are searched through search_docs meanwhile
    outside = not conn.in_transaction
    try:
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append({"kind": "search_index", "message":
                         f"The full-text index does not match its records ({exc}); "
                         "run `consultdesk check --repair-search` to rebuild it."})
    finally:
        if outside and conn.in_transaction:
            conn.rollback()  # the check is a write statement that wrote nothing: leave no transaction open
    return problems


def check_search(workspace: Any) -> list[str]:
    return [problem["message"] for problem in index_problems(workspace.store.conn)]
