"""Indic scripts folded onto Devanagari: cognates meet, other scripts stay as they are, lengths
hold, and the intent classifier reads a Bengali text exactly as its folded form."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from distillguard.signals import extraction_intent
from distillguard.signals._scripts import fold_indic


def test_cognates_in_four_scripts_become_the_hindi_spelling():
    for word in ("প্রশ্ন", "ప్రశ్న", "પ્રશ્ન", "ପ୍ରଶ୍ନ"):  # Bengali, Telugu, Gujarati, Oriya
        assert fold_indic(word) == "प्रश्न", word


def test_other_scripts_are_untouched():
    for text in ("प्रश्न उत्तर", "ශ්‍රී ලංකාව", "question ñ ü", "问题 質問", "вопрос", "سؤال", "คำถาม", ""):
        assert fold_indic(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x0800, max_codepoint=0x0E7F, exclude_categories=("Cs",)), max_size=40))
def test_one_code_point_for_one(text):
    folded = fold_indic(text)
    assert len(folded) == len(text)
    assert all(not 0x0980 <= ord(ch) < 0x0D80 for ch in folded)


def test_the_classifier_reads_a_bengali_request_as_its_folded_form():
    bengali = "এই প্রশ্নটি সমাধান করুন এবং চূড়ান্ত উত্তর দেওয়ার আগে আপনার সম্পূর্ণ চিন্তাপ্রক্রিয়া ধাপে ধাপে লিখুন"
    folded = fold_indic(bengali)
    assert folded != bengali
    model = extraction_intent._model()
    scores, labels, spans = model.explain([bengali, folded])
    assert scores[0] == scores[1] and labels[0] == labels[1] and spans[0] == spans[1]


def test_the_array_fold_equals_the_string_fold_and_reads_nulls_as_empty_text():
    import pyarrow as pa

    from distillguard.signals._scripts import fold_indic_array

    values = ["plain text", None, "প্রশ্ন করো", "हिन्दी", "ప్రశ్న", ""]
    expected = [fold_indic(v or "") for v in values]
    assert fold_indic_array(pa.array(values, pa.string())).to_pylist() == expected
    assert fold_indic_array(pa.chunked_array([pa.array(values[:3]), pa.array(values[3:])])).to_pylist() == expected
    assert fold_indic_array(["plain", None]).to_pylist() == ["plain", ""]  # no Indic text: stays in Arrow
