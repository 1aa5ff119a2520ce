"""Indic scripts folded onto Devanagari: the string and byte forms agree, and what folds is what
the docstring says (cognates meet; other scripts, Devanagari and Sinhala stay as they are)."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from distillguard.signals import _hashed_ngrams, intent_static
from distillguard.signals._scripts import fold_indic, fold_indic_utf8


def _bytes_folded(text: str) -> str:
    buf = np.frombuffer(text.encode(), np.uint8).astype(np.uint64)
    fold_indic_utf8(buf)
    return bytes(buf.astype(np.uint8)).decode()


def test_cognates_in_four_scripts_become_the_hindi_spelling():
    hindi = "प्रश्न"
    for word in ("প্রশ্ন", "ప్రశ్న", "પ્રશ્ન", "ପ୍ରଶ୍ନ"):  # Bengali, Telugu, Gujarati, Oriya
        assert fold_indic(word) == hindi, word


def test_other_scripts_are_untouched():
    for text in ("प्रश्न उत्तर", "ශ්‍රී ලංකාව", "question ñ ü", "问题 質問", "вопрос", "سؤال", "คำถาม", ""):
        assert fold_indic(text) == text
        assert _bytes_folded(text) == text


_INDIC_AND_NEIGHBOURS = st.characters(min_codepoint=0x0800, max_codepoint=0x0E7F, exclude_categories=("Cs",))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(_INDIC_AND_NEIGHBOURS, st.characters(max_codepoint=0x07FF, exclude_categories=("Cs",)),
                                  st.characters(min_codepoint=0xE000, exclude_categories=("Cs",))), max_size=40))
def test_byte_form_equals_string_form(text):
    assert _bytes_folded(text) == fold_indic(text)


def test_both_stages_read_a_bengali_word_as_its_hindi_cognate():
    bengali = "প্রশ্নের উত্তর দাও"
    hindi = fold_indic(bengali)
    assert hindi != bengali
    assert intent_static.tokens(bengali) == intent_static.tokens(hindi)
    weights = np.random.default_rng(0).normal(size=2 * _hashed_ngrams.N_FEATURES)
    a, b = _hashed_ngrams.linear_scores(pa.array([bengali, hindi]), weights)
    assert a == b
