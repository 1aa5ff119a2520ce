"""Indic scripts folded onto Devanagari, so the intent classifier reads a word the same in every
script it is written in.

Why: the Unicode blocks of Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and
Malayalam follow Devanagari's layout letter for letter (all inherit ISCII's order), and these
languages share many words of one origin: "question" is प्रश्न (Hindi), প্রশ্ন (Bengali), ప్రశ్న
(Telugu), પ્રશ્ન (Gujarati). Moving each of these code points to the same offset in the
Devanagari block is a crude transliteration that makes those spellings one, so what the model
learned from Hindi wording reaches languages it never read. Measured on held-out languages
(BENCHMARKS.md, intent, "Indic scripts folded onto Devanagari").

Sinhala (U+0D80-) is left alone: its block does not follow that layout. One code point becomes
one code point, so character offsets (a window's span) are the same before and after.
"""

from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

FIRST, END = 0x0980, 0x0D80  # Bengali .. Malayalam, eight blocks of 128 code points
DEVANAGARI = 0x0900

_TABLE = {cp: DEVANAGARI + (cp & 0x7F) for cp in range(FIRST, END)}
_ANY = re.compile(f"[{chr(FIRST)}-{chr(END - 1)}]")  # str.translate walks every character (~0.1 us each)
_ANY_RE2 = f"[\\x{{{FIRST:04X}}}-\\x{{{END - 1:04X}}}]"  # the same class for Arrow's regex engine


def fold_indic(text: str) -> str:
    """`text` with every Bengali..Malayalam code point moved to Devanagari's block."""
    if text.isascii() or _ANY.search(text) is None:
        return text
    return text.translate(_TABLE)


def fold_indic_array(values) -> pa.Array:
    """`fold_indic` over a string array (nulls read as empty text), without leaving Arrow when no
    value holds those scripts: one regex pass instead of a trip through Python for every value."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    values = (values if isinstance(values, pa.Array) else pa.array(values, pa.string())).cast(pa.string()).fill_null("")
    if not len(values) or not pc.any(pc.match_substring_regex(values, _ANY_RE2)).as_py():
        return values
    return pa.array([fold_indic(w) for w in values.to_pylist()], pa.string())

