"""Workspace search index: exact after every kind of write (ops, undo/redo, cascades, plain sqlite3),
built for existing workspaces, checked and rebuilt; Chinese, short words, width and case folding."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultdesk.domain.search import SearchQuery
from consultdesk.ops import clients as client_ops
from consultdesk.ops import requirements as req_ops
from consultdesk.store.search_registry import NOT_SEARCHED, SOURCES
from consultdesk.store.search_repo import index_problems
from consultdesk.store.workspace import DB_NAME, open_workspace

REQ = frozenset({"requirement"})


def _titles(ctx, text: str, **query) -> list[str]:
    return [hit.title for hit in ctx.repos.search.search(SearchQuery(text, **query))]


def _exact(ctx) -> None:
    assert index_problems(ctx.store.conn) == []


@pytest.fixture
def engagement(ctx) -> int:
    client_id = client_ops.create_client(ctx, "华信教育")
    return client_ops.create_engagement(ctx, client_id, "家长端 App 稳定性优化")


def test_index_follows_ops_undo_and_redo(ctx, engagement) -> None:
    rid = req_ops.create_requirement(ctx, engagement, "修复支付接口卡顿", acceptance="家长端支付 3 秒内完成")
    _exact(ctx)
    assert _titles(ctx, "家长端支付", kinds=frozenset({"requirement"})) == ["REQ-001 修复支付接口卡顿"]
    req_ops.update_requirement(ctx, rid, {"acceptance": "教师端导出"})
    _exact(ctx)
    assert _titles(ctx, "家长端支付") == [] and _titles(ctx, "教师端导出") == ["REQ-001 修复支付接口卡顿"]
    board = ctx.undo_stack("board")
    board.undo()
    _exact(ctx)
    assert _titles(ctx, "家长端支付") == ["REQ-001 修复支付接口卡顿"]
    board.redo()
    _exact(ctx)
    req_ops.delete_requirements(ctx, [rid])
    _exact(ctx)
    assert _titles(ctx, "教师端导出") == []
    board.undo()
    _exact(ctx)
    assert _titles(ctx, "教师端导出") == ["REQ-001 修复支付接口卡顿"]


def test_cascade_delete_and_its_undo_keep_the_index_exact(ctx, engagement) -> None:
    client_id = ctx.repos.clients.get_engagement(engagement).client_id
    client_ops.create_contact(ctx, client_id, "王主任", notes="负责签到模块")
    for title in ("签到超时", "验证码收不到", "推送延迟"):
        req_ops.create_requirement(ctx, engagement, title)
    client_ops.delete_client(ctx, client_id)
    _exact(ctx)
    assert ctx.store.scalar("select count(*) from search_docs") == 0
    ctx.undo_stack("clients").undo()
    _exact(ctx)
    assert set(_titles(ctx, "签到")) == {"王主任", "REQ-001 签到超时"}


def test_a_plain_sqlite3_writer_keeps_the_index_exact(ctx, engagement, data_dir: Path) -> None:
    """The triggers are pure SQL: a session without ConsultDesk's code updates the index too."""
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("insert into requirements (engagement_id, seq, code, title, tag) values (?, 9, 'X-9', 'ＡＰＰ闪退', '性能')",
                 [engagement])
    conn.execute("insert into clients (name, background) values ('外部客户', 'Ｗｅｃｈａｔ 小程序')")
    conn.commit()
    conn.close()
    _exact(ctx)  # the rows are in search_docs, waiting for the full-text index
    assert _titles(ctx, "ＡＰＰ闪退") == ["X-9 ＡＰＰ闪退"] and _titles(ctx, "小程序") == ["外部客户"]
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("delete from clients where name = '外部客户'")
    conn.commit()
    conn.close()
    assert _titles(ctx, "小程序") == []
    client_ops.create_client(ctx, "下一个")  # ConsultDesk's next transaction indexes what waited
    assert not ctx.store.scalar("select count(*) from search_docs where folded is null")
    _exact(ctx)
    assert _titles(ctx, "app闪退") == ["X-9 ＡＰＰ闪退"]


def test_width_case_and_short_words(ctx, engagement) -> None:
    req_ops.create_requirement(ctx, engagement, "ＡＰＰ 登录优化", description="Login via WeChat")
    req_ops.create_requirement(ctx, engagement, "教师端 Web 导出", description="批量导出 Excel")
    assert _titles(ctx, "app", kinds=REQ) == ["REQ-001 ＡＰＰ 登录优化"]  # full width in the record, half in the query
    assert _titles(ctx, "ＷＥＣＨＡＴ", kinds=REQ) == ["REQ-001 ＡＰＰ 登录优化"]  # and the other way round, any case
    assert _titles(ctx, "登录") == ["REQ-001 ＡＰＰ 登录优化"]  # two characters: the LIKE path
    assert _titles(ctx, "导") == ["REQ-002 教师端 Web 导出"]
    assert _titles(ctx, "excel 导出") == ["REQ-002 教师端 Web 导出"]  # every word, mixed zh/en
    assert _titles(ctx, "excel 登录") == []
    assert _titles(ctx, '50% "x') == []  # LIKE and FTS5 syntax characters are only text
    req_ops.create_requirement(ctx, engagement, "第①阶段 Straße")
    assert _titles(ctx, "第1阶段 STRASSE") == ["REQ-003 第①阶段 Straße"]  # NFKC and case folding


def test_snippet_marks_the_words_as_typed(ctx, engagement) -> None:
    req_ops.create_requirement(ctx, engagement, "签到", risks="早高峰 ＡＰＰ 登录超时，验证码收不到")
    hit = ctx.repos.search.search(SearchQuery("app 超时"))[0]
    assert hit.field == "risks" and hit.client == "华信教育" and hit.engagement == "家长端 App 稳定性优化"
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked == ["ＡＰＰ", "超时"]


def test_filters_by_kind_and_engagement(ctx, engagement) -> None:
    client_id = ctx.repos.clients.get_engagement(engagement).client_id
    other = client_ops.create_engagement(ctx, client_id, "教师端改版")
    req_ops.create_requirement(ctx, engagement, "消息推送")
    req_ops.create_requirement(ctx, other, "消息推送延迟")
    client_ops.update_client(ctx, client_id, {"background": "消息推送平台"})
    assert len(_titles(ctx, "消息推送")) == 3
    assert _titles(ctx, "消息推送", kinds=frozenset({"client"})) == ["华信教育"]
    assert _titles(ctx, "消息推送", engagement_id=other) == ["REQ-001 消息推送延迟"]


def test_archived_engagements_are_found_and_marked(ctx, engagement) -> None:
    req_ops.create_requirement(ctx, engagement, "历史需求")
    assert [h.archived for h in ctx.repos.search.search(SearchQuery("历史需求"))] == [False]
    from consultdesk.ops.archive import archive_engagement

    archive_engagement(ctx, engagement)
    fresh = type(ctx.repos.search)(ctx.store)
    assert [h.archived for h in fresh.search(SearchQuery("历史需求"))] == [True]
    _exact(ctx)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from("aZ1 ,ＡｚＺ１！＂＇（）　￥①ﬁß家长端\n'%_\""), min_size=1, max_size=30))
def test_what_is_typed_is_found_in_either_width(ctx, text: str) -> None:
    """Any word of a text, typed in full or half width and any case, finds it (LIKE and FTS syntax
    characters are only text)."""
    client = client_ops.create_client(ctx, "F", background=text)
    for word in text.split():
        for typed in (word, unicodedata.normalize("NFKC", word).upper(), word.lower()):
            hits = ctx.repos.search.search(SearchQuery(typed, kinds=frozenset({"client"}), limit=500))
            assert client in {hit.record_id for hit in hits}, typed
    client_ops.delete_client(ctx, client)


def test_every_table_is_searched_or_listed_as_not_searched(workspace) -> None:
    tables = {r[0] for r in workspace.store.conn.execute(
        "select name from sqlite_master where type = 'table' and name not like 'search_fts%'")}
    assert tables - {s.table for s in SOURCES} - NOT_SEARCHED == set()


def test_check_reports_drift_and_rebuild_repairs_it(ctx, engagement) -> None:
    req_ops.create_requirement(ctx, engagement, "导出报表")
    conn = ctx.store.conn
    conn.execute("drop trigger search_src_requirements_au")
    conn.execute("update requirements set title = '导入报表'")
    conn.commit()
    problems = index_problems(conn)
    assert [p["kind"] for p in problems] == ["search_index", "search_index"]
    assert "search_src_requirements_au" in problems[0]["message"] and "1 stale" in problems[1]["message"]
    from consultdesk.ops.search import rebuild_index

    assert rebuild_index(ctx) == ctx.store.scalar("select count(*) from search_docs")
    _exact(ctx)
    assert _titles(ctx, "导入报表") == ["REQ-001 导入报表"]


def test_an_existing_workspace_gets_its_index_on_upgrade(data_dir: Path) -> None:
    from consultdesk.store import schema
    from consultdesk.store.database import APPLICATION_ID, connect

    data_dir.mkdir()
    db = connect(data_dir / DB_NAME)
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for migrations in schema.migration_sets()[:-1]:  # a release before the search index
        migrations.apply(db)
    db.execute("insert into clients(name, history) values ('老客户', '二期项目：数据中台')")
    db.conn.commit()
    db.close()
    ws = open_workspace(data_dir)
    try:
        assert [h.title for h in ws.repos.search.search(SearchQuery("数据中台"))] == ["老客户"]
        assert index_problems(ws.store.conn) == []
    finally:
        ws.close()
