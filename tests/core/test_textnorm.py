"""The French/Arabic normaliser shared by the search index and the search box."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.textnorm import fts_query, index_text, normalise, tokens


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Fès", "fes"),
        ("FÈS", "fes"),
        ("Béni Mellal", "beni mellal"),
        ("Aïn Sebaâ", "ain sebaa"),
        ("cœur", "coeur"),
        ("Lætitia", "laetitia"),
        ("L'Oriental", "l oriental"),
        ("Tanger-Tétouan", "tanger tetouan"),
        ("ﬁnance", "finance"),
        ("  plusieurs   espaces ", "plusieurs espaces"),
    ],
)
def test_french_ignores_case_accents_and_ligatures(typed: str, expected: str) -> None:
    assert normalise(typed) == expected


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("مَدِينَة", "مدينه"),  # harakat, taa marbuta
        ("الـــدار", "الدار"),  # tatweel
        ("أكادير", "اكادير"),  # alef with hamza above
        ("إفران", "افران"),  # alef with hamza below
        ("آسفي", "اسفي"),  # alef madda
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("فاس\u200f", "فاس"),  # right-to-left mark
        ("١٢٣", "123"),  # Arabic-Indic digits
    ],
)
def test_arabic_ignores_harakat_tatweel_and_letter_variants(variant: str, plain: str) -> None:
    assert normalise(variant) == normalise(plain) == plain


def test_arabic_words_are_also_indexed_without_the_article() -> None:
    assert set(index_text("الدار البيضاء").split()) >= {"الدار", "البيضاء", "دار", "بيضاء"}


def test_words_are_quoted_and_only_the_word_being_typed_is_a_prefix() -> None:
    assert fts_query("Casa Anfa") == '"casa" "anfa"*'
    assert fts_query("3 pièces 7") == '"3" "pieces" "7"*'


def test_a_trailing_space_means_the_last_word_is_finished() -> None:
    assert fts_query("casa ") == '"casa"'


@pytest.mark.parametrize(
    "hostile",
    ['"', "*", "NEAR(", "a AND OR NOT b", "'; DROP TABLE units; --", "col:val", "^start", "(((("],
)
def test_query_syntax_typed_by_a_visitor_is_plain_text(hostile: str) -> None:
    query = fts_query(hostile)
    assert query is None or all(t.startswith('"') for t in query.split())


def test_nothing_searchable_gives_no_query() -> None:
    assert fts_query("😀 !!! \u200f") is None
    assert tokens("") == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def test_normalised_text_is_words_of_letters_and_digits() -> None:
    words_seen: list[str] = []

    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def each_text(text: str) -> None:
        for word in normalise(text).split():
            assert all(ch.isalnum() for ch in word), word
            assert '"' not in word
            words_seen.append(word)

    each_text()
    # A normaliser that returned "" for everything would pass the loop above.
    assert len(words_seen) >= 100, words_seen
