"""Indic scripts folded onto Devanagari, so the text classifiers read a word the same in every
script it is written in.

Why: the Unicode blocks of Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and
Malayalam follow Devanagari's layout letter for letter (all inherit ISCII's order), and these
languages share many words of one origin: "question" is प्रश्न (Hindi), প্রশ্ন (Bengali), ప్రశ్న
(Telugu), પ્રશ્ન (Gujarati), ಪ್ರಶ್ನೆ (Kannada). Moving each of these code points to the same
offset in the Devanagari block is a crude transliteration that makes those spellings one, so what
the models learned from Hindi and Nepali wording reaches languages they never read. Measured on
the held-out languages (BENCHMARKS.md, intent, "Indic scripts folded onto Devanagari").

Sinhala (U+0D80-) is left alone: its block does not follow that layout.

Two forms of one mapping: `fold_indic` for Python strings (the static stage's tokens) and
`fold_indic_utf8` for a UTF-8 byte buffer (the n-gram stage's features); a test checks they agree.
"""

from __future__ import annotations

import numpy as np

FIRST, END = 0x0980, 0x0D80  # Bengali .. Malayalam, eight blocks of 128 code points
DEVANAGARI = 0x0900

_TABLE = {cp: DEVANAGARI + (cp & 0x7F) for cp in range(FIRST, END)}


def fold_indic(text: str) -> str:
    """`text` with every Bengali..Malayalam code point moved to Devanagari's block."""
    return text.translate(_TABLE)


def fold_indic_utf8(buf: np.ndarray) -> None:
    """Fold, in place, a UTF-8 byte buffer held in an unsigned integer array (one byte an entry).

    Those code points are three bytes E0 xx yy with xx in A6..B5 (two values of xx per block), and
    their Devanagari counterparts are E0 A4 yy / E0 A5 yy: only the middle byte changes, so the
    length of the buffer does not."""
    if len(buf) < 3:
        return
    lead = np.flatnonzero(buf[:-1] == 0xE0)
    middle = buf[lead + 1]
    indic = (middle >= 0xA6) & (middle <= 0xB5)
    buf[lead[indic] + 1] = 0xA4 | (middle[indic] & 1)
