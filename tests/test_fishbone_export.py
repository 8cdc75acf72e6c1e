"""PNG/SVG export of the fishbone, the demo diagnoses, and text in many scripts (real Qt metrics)."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from consultdesk.domain.diagnosis import DEFAULT_BONES
from consultdesk.domain.fishbone_layout import overlapping_pairs
from consultdesk.ops import clients as client_ops
from consultdesk.ops import diagnosis as ops

MIXED = ["登录总是失败，连接池容量未评估", "🚀 deploy on Friday 🔥", "مشكلة في الاتصال بقاعدة البيانات", "שגיאה ביומן",
         "https://example.com/a/very/long/url/without/any/spaces/at/all/that/must/still/wrap", "短"]


@pytest.fixture
def diagnosis(ctx):
    client = client_ops.create_client(ctx, "Huaxin")
    engagement = client_ops.create_engagement(ctx, client, "Portal")
    return ops.create_diagnosis(ctx, engagement, "登录总是失败", DEFAULT_BONES, phenomenon="家长端 App 登录总是失败")


def grow(ctx, diagnosis, count, seed=3):
    rng = random.Random(seed)
    bones = [b.id for b in ctx.repos.diagnoses.bones(diagnosis)]
    made: list[tuple[int, int]] = []  # (cause, bone)
    for i in range(count):
        text = rng.choice(MIXED) + f" #{i}"
        if made and rng.random() < 0.6:
            parent, bone = rng.choice(made)
        else:
            parent, bone = None, rng.choice(bones)
        made.append((ops.add_cause(ctx, bone, parent, text), bone))


def test_300_causes_with_real_fonts_do_not_overlap(ctx, diagnosis):
    from consultdesk.render.fishbone_image import scene_for

    grow(ctx, diagnosis, 300)
    scene = scene_for(ctx.repos, diagnosis)
    assert len(scene.cause_items) == 300
    assert overlapping_pairs(scene.layout_result) == []
    rects = [i.sceneBoundingRect().adjusted(2.5, 2.5, -2.5, -2.5) for i in scene.node_items()]  # drop outline margin
    rects.sort(key=lambda r: r.left())
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if b.left() >= a.right():
                break
            assert not a.intersects(b), (a, b)
    tree = ctx.repos.diagnoses.tree(diagnosis)
    assert max(tree.depth(c.id) for c in tree.causes) >= 4


def test_png_export_has_expected_size_at_scale(ctx, diagnosis):
    from consultdesk.render.fishbone_image import render_diagnosis_png, scene_for

    grow(ctx, diagnosis, 12)
    rect = scene_for(ctx.repos, diagnosis).sceneRect()
    for scale in (1.0, 2.0):
        data = render_diagnosis_png(ctx.repos, diagnosis, scale)
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage.fromData(data, "PNG")
        assert abs(image.width() - rect.width() * scale) <= 1
        assert abs(image.height() - rect.height() * scale) <= 1
        # not blank: the spine (scene y = 0) is a dark line across the picture
        y = round(-rect.top() * scale)
        dark = sum(1 for x in range(0, image.width(), 3) if image.pixelColor(x, y).lightness() < 100)
        assert dark > 20


def test_svg_export_is_valid_xml_with_the_text(ctx, diagnosis, tmp_path):
    from consultdesk.render.fishbone_image import render_diagnosis_svg

    grow(ctx, diagnosis, 8)
    path = tmp_path / "fish.svg"
    render_diagnosis_svg(ctx.repos, diagnosis, path)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert float(root.get("width").rstrip("mpx")) > 100
    content = path.read_text(encoding="utf-8")
    assert "<path" in content or "<polyline" in content


def test_export_menu_actions_write_files(qtbot, ctx, diagnosis, asker, tmp_path):
    from consultdesk.ui.fishbone.tab import DiagnosisTab

    ctx.selection.set_client(ctx.repos.clients.list_clients()[0].id)
    tab = DiagnosisTab(ctx)
    qtbot.addWidget(tab)
    tab.tab_menu()
    grow(ctx, diagnosis, 5)
    asker.queue("3\u00d7", str(tmp_path / "a.png"))
    tab.menu_actions["png"].trigger()
    image = QImage(str(tmp_path / "a.png"))
    assert abs(image.width() - tab.scene.sceneRect().width() * 3) <= 1
    asker.queue(str(tmp_path / "a.svg"))
    tab.menu_actions["svg"].trigger()
    ET.parse(tmp_path / "a.svg")


def test_demo_diagnoses_load_and_render(demo_dir):
    from consultdesk.domain.diagnosis import CauseStatus, PlanTerm
    from consultdesk.render.fishbone_image import render_diagnosis_png
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        repo = ws.repos.diagnoses
        huaxin = ws.repos.clients.find_client("华信教育科技有限公司")
        portal = ws.repos.clients.find_engagement(huaxin.id, "家长端 App 稳定性优化") if huaxin else None
        all_diag = [d for c in ws.repos.clients.list_clients() for e in ws.repos.clients.engagements(c.id)
                    for d in repo.for_engagement(e.id)]
        assert len(all_diag) == 2
        zh = next(d for d in all_diag if "登录" in d.title)
        assert portal is not None
        assert zh.engagement_id == portal.id
        tree = repo.tree(zh.id)
        assert [b.title for b in tree.bones] == ["人员", "流程", "技术", "环境"]
        assert [c.text for c in tree.root_causes()] == ["连接池容量未评估"]
        statuses = {c.status for c in tree.causes}
        assert {CauseStatus.CONFIRMED, CauseStatus.RULED_OUT, CauseStatus.UNVERIFIED} <= statuses
        assert {p.term for p in repo.phases(zh.id)} == {PlanTerm.SHORT_TERM, PlanTerm.LONG_TERM}
        assert render_diagnosis_png(ws.repos, zh.id, 1.0)[:4] == b"\x89PNG"
    finally:
        ws.close()


def test_emoji_cjk_rtl_text_survives_svg_and_png(ctx, diagnosis, tmp_path):
    from consultdesk.render.fishbone_image import render_diagnosis_png, render_diagnosis_svg

    bone = ctx.repos.diagnoses.bones(diagnosis)[0].id
    texts = ["连接池容量未评估", "🚀 deploy on Friday", "مشكلة الاتصال", "שגיאה ביומן"]
    for text in texts:
        ops.add_cause(ctx, bone, None, text)
    path = tmp_path / "mixed.svg"
    render_diagnosis_svg(ctx.repos, diagnosis, path)
    content = path.read_text(encoding="utf-8")
    for text in [*texts, "家长端 App 登录总是失败"]:
        assert text.split()[-1] in content, text  # every script is written as text, not lost
    image = QImage.fromData(render_diagnosis_png(ctx.repos, diagnosis, 1.0), "PNG")
    assert not image.isNull() and image.width() > 200


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_export_into_a_missing_folder_warns_and_writes_nothing(qtbot, ctx, diagnosis, asker, tmp_path, kind):
    from consultdesk.ui.fishbone.tab import DiagnosisTab

    ctx.selection.set_client(ctx.repos.clients.list_clients()[0].id)
    tab = DiagnosisTab(ctx)
    qtbot.addWidget(tab)
    tab.tab_menu()
    grow(ctx, diagnosis, 3)
    target = tmp_path / "gone" / f"fishbone.{kind}"
    asker.queue(*(["2\u00d7"] if kind == "png" else []), str(target))
    tab.menu_actions[kind].trigger()
    warnings = [text for what, _title, text in asker.asked if what == "warn"]
    assert len(warnings) == 1 and "does not exist" in warnings[0]
    assert not [a for a in asker.asked if a[0] == "inform"]
    assert not target.exists() and not target.parent.exists()
