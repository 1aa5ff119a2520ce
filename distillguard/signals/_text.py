"""Small vectorized helpers shared by the detectors (Arrow compute kernels + numpy, no per-row Python).

Regexes run in RE2 (pyarrow.compute): linear time, Unicode aware. Note RE2's `\\b` is ASCII-only, so
patterns for Cyrillic or CJK text do not use it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Detectors read at most this many leading characters of a text: bounds the cost of a huge prompt
# (per row, so one-at-a-time scoring equals batch scoring). Attack instructions sit near the start
# or are repeated; a 2 MB pasted document does not need to be scanned in full.
MAX_CHARS = 20_000


def column(table: pa.Table, name: str, type_: pa.DataType) -> pa.Array:
    """The column as one contiguous array; all-null when the table lacks it (missing fields)."""
    if name in table.column_names:
        col = table.column(name)
        arr = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
        if not arr.type.equals(type_):
            arr = pc.cast(arr, type_, safe=False)
        return arr
    return pa.nulls(len(table), type_)


def text(table: pa.Table, name: str, max_chars: int = MAX_CHARS) -> pa.Array:
    """A string column with nulls as "" and cut to `max_chars` characters."""
    arr = pc.fill_null(column(table, name, pa.string()), "")
    return pc.utf8_slice_codeunits(arr, 0, max_chars)


def numbers(table: pa.Table, name: str, fill: float = 0.0) -> np.ndarray:
    """A numeric column as float64 numpy with nulls as `fill`."""
    arr = column(table, name, pa.float64())
    return pc.fill_null(arr, fill).to_numpy(zero_copy_only=False).astype(np.float64)


def flags(table: pa.Table, name: str) -> np.ndarray:
    """A boolean column as numpy bool with nulls as False."""
    arr = column(table, name, pa.bool_())
    return pc.fill_null(arr, False).to_numpy(zero_copy_only=False).astype(bool)


# Latin and Cyrillic word characters. Not `[\p{L}\p{N}_]`: RE2 compiles a full Unicode class
# under case folding in milliseconds, paid on every call (pyarrow does not cache compiled
# regexes), which made one-exchange online scoring 10x slower. The cues' stems are Latin/Cyrillic.
_WORD_CHAR = "[a-z0-9_\u00c0-\u024f\u0400-\u04ff]"


def unicode_words(pattern: str) -> str:
    """RE2's `\\w` is ASCII-only; cue patterns mean "a Latin or Cyrillic word character"."""
    return pattern.replace(r"\w", _WORD_CHAR)


def lower(texts: pa.Array) -> pa.Array:
    """Unicode lower case. Matching lower-cased text with lower-case patterns, case-sensitively,
    compiles ~8x faster in RE2 than `ignore_case` (which expands every class under case folding);
    compilation is paid on every call, so this is what keeps one-exchange online scoring cheap."""
    return pc.utf8_lower(texts)


def matches(texts: pa.Array, pattern: str, ignore_case: bool = True) -> np.ndarray:
    """RE2 search per row -> numpy bool (`\\w` = a Latin/Cyrillic letter, see unicode_words).

    With ignore_case=False, pass `lower(texts)` and a pattern without upper-case literals."""
    if len(texts) == 0:
        return np.zeros(0, dtype=bool)
    hit = pc.match_substring_regex(texts, unicode_words(pattern), ignore_case=ignore_case)
    return pc.fill_null(hit, False).to_numpy(zero_copy_only=False).astype(bool)


def count(texts: pa.Array, pattern: str, ignore_case: bool = True) -> np.ndarray:
    """Count of non-overlapping matches per row -> numpy int64 (see `matches` on ignore_case)."""
    if len(texts) == 0:
        return np.zeros(0, dtype=np.int64)
    n = pc.count_substring_regex(texts, unicode_words(pattern), ignore_case=ignore_case)
    return pc.fill_null(n, 0).to_numpy(zero_copy_only=False).astype(np.int64)


def lengths(texts: pa.Array) -> np.ndarray:
    """Characters per row -> numpy int64."""
    if len(texts) == 0:
        return np.zeros(0, dtype=np.int64)
    return pc.fill_null(pc.utf8_length(texts), 0).to_numpy(zero_copy_only=False).astype(np.int64)


def cue_score(texts: pa.Array, cues: Sequence[tuple[str, float]]) -> np.ndarray:
    """Noisy-OR of weighted cues: 1 - prod(1 - w) over the cues whose regex matches the row.

    One strong cue (w=0.9) is enough to cross 0.5; weak cues (w=0.3) only count together.
    Matching is case-insensitive (the text is lower-cased; cue patterns are written in lower case).
    """
    keep = np.ones(len(texts), dtype=np.float64)
    if len(texts) == 0:
        return keep.astype(np.float32)
    low = lower(texts)
    for pattern, weight in cues:
        keep *= np.where(matches(low, pattern, ignore_case=False), 1.0 - weight, 1.0)
    return (1.0 - keep).astype(np.float32)


def alternation(phrases: Sequence[str]) -> str:
    """`(?:a|b|c)` from regex fragments."""
    return "(?:" + "|".join(phrases) + ")"


def output(columns: dict[str, pa.DataType], values: dict[str, object]) -> pa.Table:
    """The detector's output table with exactly the declared columns and types, in order."""
    arrays = []
    for name, type_ in columns.items():
        v = values[name]
        if isinstance(v, np.ndarray):
            v = np.clip(np.nan_to_num(v.astype(np.float64), nan=0.0), 0.0, 1.0) if pa.types.is_floating(type_) else v
        arrays.append(pa.array(v, type=type_))
    return pa.Table.from_arrays(arrays, schema=pa.schema(list(columns.items())))
