"""Full-text search: the fts index built at publish time and the `search`
macro of sql/search.sql, on a warehouse built by `cables run` from the
bundled sample, in Python and through `cables sql` (read-only, offline)."""

import json
import re

import duckdb
import pytest

from conftest import run_cables
from etl.pipeline import fts

WORDS = ("piracy", "nuclear", "elections")


@pytest.fixture(scope="module")
def con(sample_warehouse):
    with duckdb.connect(str(sample_warehouse / "warehouse" / "cables.duckdb"), read_only=True) as con:
        con.execute(fts.load_sql())
        yield con


def search(con, query: str) -> list[tuple]:
    return con.execute("SELECT cable_id, number, score, snippet FROM search(?)", [query]).fetchall()


def paragraphs_with_stem_of(con, word: str) -> set[tuple]:
    """Found without the index: paragraphs holding a word with the same stem."""
    return set(con.execute(
        "SELECT cable_id, number FROM paragraphs WHERE list_contains("
        "list_transform(fts_main_paragraph_search.tokenize(text), lambda t: stem(t, 'porter')), stem(?, 'porter'))",
        [word],
    ).fetchall())


def test_the_index_covers_every_paragraph_and_its_input_copy_is_gone(con):
    (paragraphs,) = con.execute("SELECT count(*) FROM paragraphs").fetchone()
    (documents,) = con.execute("SELECT count(*) FROM fts_main_paragraph_search.docs").fetchone()
    assert documents == paragraphs > 0
    tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}
    assert "paragraph_search" not in tables


@pytest.mark.parametrize("word", WORDS)
def test_search_finds_exactly_the_paragraphs_with_the_word(con, word):
    expected = paragraphs_with_stem_of(con, word)
    assert expected, f"the sample has paragraphs about {word}"
    results = search(con, word)
    assert {(cable_id, number) for cable_id, number, _, _ in results} == expected
    assert len(results) == len(expected)


def test_paragraphs_without_number_are_found(con):
    # 07REYKJAVIK92 numbers none of its paragraphs: each opens with its marking
    assert ("07REYKJAVIK92", None) in {(cable_id, number) for cable_id, number, _, _ in search(con, "Hannigan")}
    (keys, distinct) = con.execute("SELECT count(name), count(DISTINCT name) FROM fts_main_paragraph_search.docs").fetchone()
    (paragraphs,) = con.execute("SELECT count(*) FROM paragraphs").fetchone()
    assert keys == distinct == paragraphs


def test_results_are_ranked_by_bm25_score(con):
    scores = [score for _, _, score, _ in search(con, "nuclear weapons program")]
    assert len(scores) > 1 and all(s > 0 for s in scores)
    assert scores == sorted(scores, reverse=True)


def test_a_query_of_several_words_matches_any_of_them(con):
    found = {(c, n) for c, n, _, _ in search(con, " ".join(WORDS))}
    assert found == set().union(*(paragraphs_with_stem_of(con, w) for w in WORDS))


def test_snippets_show_the_match_in_its_paragraph(con):
    texts = dict(((c, n), t) for c, n, t in con.execute("SELECT cable_id, number, text FROM paragraphs").fetchall())
    results = search(con, "Piracy")
    for cable_id, number, _, snippet in results:
        marked = re.findall(r"\*\*(\w+)\*\*", snippet)
        assert marked and all(m.lower().startswith("pirac") for m in marked), snippet
        plain = snippet.removeprefix("… ").removesuffix(" …").replace("**", "")
        assert plain in texts[(cable_id, number)]
        assert len(plain) <= 200
    assert any(s.startswith("… ") for *_, s in results), "long paragraphs are cut around the match"


@pytest.mark.parametrize("query", ["zyxwvutsrq", "", "   "])
def test_a_query_without_matches_returns_no_rows(con, query):
    assert search(con, query) == []


def test_search_works_in_cables_sql_read_only_and_offline(sample_warehouse, con, tmp_path):
    """With an empty HOME there is no extension cache: fts comes from site-packages."""
    sql = (
        "SELECT current_setting('autoinstall_known_extensions') AS autoinstall, "
        "current_setting('autoload_known_extensions') AS autoload, "
        "(SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'fts') AS fts_loaded, "
        "(SELECT count(*) FROM search('piracy')) AS hits"
    )
    result = run_cables("sql", "--warehouse", "warehouse", "-json", "-c", sql, cwd=sample_warehouse, env={"HOME": str(tmp_path)})
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert json.loads(result.stdout) == [
        {"autoinstall": False, "autoload": False, "fts_loaded": True, "hits": len(paragraphs_with_stem_of(con, "piracy"))}
    ]
    assert not (tmp_path / ".duckdb").exists()
