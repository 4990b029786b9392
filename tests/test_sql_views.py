"""The views of sql/views.sql and the tag names of sql/tag_names.sql, on a
warehouse built by `cables run` from the bundled sample: each view is
checked against the same figures computed in Python from the base tables."""

from collections import Counter, defaultdict

import duckdb
import pytest

from etl.parse.tags import tag_kind

VIEWS = ("cable_overview", "reference_graph", "reference_degree", "tag_dimension", "posts")


@pytest.fixture(scope="module")
def con(sample_warehouse):
    with duckdb.connect(str(sample_warehouse / "warehouse" / "cables.duckdb"), read_only=True) as con:
        yield con


def rows(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def test_views_and_their_columns_are_documented(con):
    comments = dict(rows(con, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"))
    for view in VIEWS:
        assert comments.get(view), view
        columns = rows(con, f"SELECT column_name, comment FROM duckdb_columns() WHERE table_name = '{view}'")
        assert columns, view
        assert all(comment for _, comment in columns), (view, [c for c, comment in columns if not comment])


def test_cable_overview_aggregates_tags_recipients_and_paragraphs(con):
    tags, to, info = defaultdict(list), defaultdict(list), defaultdict(list)
    for cable_id, tag in rows(con, "SELECT cable_id, tag FROM tags ORDER BY cable_id, position"):
        tags[cable_id].append(tag)
    for cable_id, kind, name in rows(con, "SELECT cable_id, kind, name FROM recipients ORDER BY cable_id, position"):
        (to if kind == "TO" else info)[cable_id].append(name)
    paragraphs = Counter(cable_id for (cable_id,) in rows(con, "SELECT cable_id FROM paragraphs"))
    cables = dict(rows(con, "SELECT cable_id, subject FROM cables"))

    overview = rows(
        con,
        "SELECT cable_id, subject, tags, to_recipients, info_recipients, paragraph_count FROM cable_overview",
    )
    assert len(overview) == len(cables)
    for cable_id, subject, view_tags, view_to, view_info, paragraph_count in overview:
        assert subject == cables[cable_id]
        assert view_tags == tags[cable_id], cable_id
        assert view_to == to[cable_id], cable_id
        assert view_info == info[cable_id], cable_id
        assert paragraph_count == paragraphs[cable_id], cable_id
    # The sample exercises the interesting cases, not only empty aggregates.
    assert any(info.values()) and any(paragraphs.values())
    assert any(cable_id not in paragraphs for cable_id in cables)


def test_reference_graph_keeps_only_edges_between_loaded_cables(con):
    created = dict(rows(con, "SELECT cable_id, created FROM cables"))
    references = rows(con, "SELECT cable_id, referenced_id, label FROM cable_references WHERE referenced_id IS NOT NULL")
    expected = sorted((a, b, label, created[a], created[b]) for a, b, label in references if b in created)
    graph = rows(
        con,
        "SELECT cable_id, referenced_id, label, created, referenced_created FROM reference_graph "
        "ORDER BY ALL",
    )
    assert graph == expected
    assert graph, "the sample has references between its own cables"
    assert len(references) > len(graph), "and references to cables it does not hold"


def test_reference_degree_counts_both_directions(con):
    ids = {cable_id for (cable_id,) in rows(con, "SELECT cable_id FROM cables")}
    references = rows(con, "SELECT cable_id, referenced_id FROM cable_references WHERE referenced_id IS NOT NULL")
    in_degree = Counter(b for a, b in references if b in ids)
    out_degree = Counter(a for a, b in references if b in ids)
    unresolved = Counter(a for a, b in references if b not in ids)
    degree = {r[0]: r[1:] for r in rows(con, "SELECT * FROM reference_degree")}
    assert set(degree) == ids
    for cable_id in ids:
        assert degree[cable_id] == (in_degree[cable_id], out_degree[cable_id], unresolved[cable_id]), cable_id


def test_tag_dimension_counts_cables_and_names_known_tags(con):
    names = {(tag, kind): name for tag, kind, name in rows(con, "SELECT tag, kind, name FROM tag_names")}
    cables = Counter((tag, kind) for tag, kind in rows(con, "SELECT tag, kind FROM tags"))
    dimension = {(tag, kind): (name, n) for tag, kind, name, n in rows(con, "SELECT tag, kind, name, cables FROM tag_dimension")}
    assert set(dimension) == set(cables)
    for key, (name, n) in dimension.items():
        assert n == cables[key], key
        assert name == names.get(key), key
    assert dimension[("PREL", "subject")][0] == "External political relations"
    assert dimension[("KIPR", "program")][0] == "Intellectual property rights"
    assert dimension[("CH", "geo")][0] == "China"


def test_tag_names_use_the_kind_the_parser_gives_each_tag(con):
    """A name filed under another kind than the parser's would never show."""
    entries = rows(con, "SELECT tag, kind FROM tag_names")
    assert len(entries) > 100
    assert [(tag, kind) for tag, kind in entries if tag_kind(tag) != kind] == []


def test_posts_count_cables_by_year_and_level(con):
    cables = rows(con, "SELECT station, origin, year(created), classification_level FROM cables")
    expected = defaultdict(Counter)
    for station, origin, year, level in cables:
        expected[(station, origin, year)][level] += 1
    posts = rows(con, "SELECT station, origin, year, cables, unclassified, confidential, secret, top_secret FROM posts")
    assert len(posts) == len(expected)
    for station, origin, year, n, unclassified, confidential, secret, top_secret in posts:
        levels = expected[(station, origin, year)]
        assert n == sum(levels.values())
        assert (unclassified, confidential, secret, top_secret) == (
            levels["UNCLASSIFIED"], levels["CONFIDENTIAL"], levels["SECRET"], levels["TOP SECRET"]
        )
    assert sum(p[3] for p in posts) == len(cables)
