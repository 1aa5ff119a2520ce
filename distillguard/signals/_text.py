"""Small vectorized helpers shared by the detectors (Arrow compute kernels + numpy, no per-row Python).

Regexes run in RE2 (pyarrow.compute): linear time, Unicode aware. Note RE2's `\\b` is ASCII-only, so
patterns for Cyrillic or CJK text do not use it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.signals._batch_cache import data_key, shared

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
    """A string column with nulls as "" and cut to `max_chars` characters (shared within a batch)."""
    if name not in table.column_names:
        return pc.fill_null(pa.nulls(len(table), pa.string()), "")
    raw = table.column(name)

    def compute() -> pa.Array:
        arr = pc.fill_null(column(table, name, pa.string()), "")
        return pc.utf8_slice_codeunits(arr, 0, max_chars)

    return shared(("text", data_key(raw), max_chars), raw, compute)


def numbers(table: pa.Table, name: str, fill: float = 0.0) -> np.ndarray:
    """A numeric column as float64 numpy with nulls as `fill`."""
    arr = column(table, name, pa.float64())
    return pc.fill_null(arr, fill).to_numpy(zero_copy_only=False).astype(np.float64)


def tokens_returned(table: pa.Table, unknown: float) -> np.ndarray:
    """Per request, the tokens its answer returned: output tokens, else the max_tokens the request
    allowed (a log without usage), else `unknown`."""
    out_tokens = numbers(table, schema.OUTPUT_TOKENS)
    max_tokens = numbers(table, schema.MAX_TOKENS)
    return np.where(out_tokens > 0, out_tokens, np.where(max_tokens > 0, max_tokens, unknown))


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
    return shared(("lower", data_key(texts)), texts, lambda: pc.utf8_lower(texts))


def matches(texts: pa.Array, pattern: str, ignore_case: bool = True) -> np.ndarray:
    """RE2 search per row -> numpy bool (`\\w` = a Latin/Cyrillic letter, see unicode_words).

    With ignore_case=False, pass `lower(texts)` and a pattern without upper-case literals."""
    if len(texts) == 0:
        return np.zeros(0, dtype=bool)

    def compute() -> np.ndarray:
        hit = pc.match_substring_regex(texts, unicode_words(pattern), ignore_case=ignore_case)
        return _read_only(pc.fill_null(hit, False).to_numpy(zero_copy_only=False).astype(bool))

    return shared(("matches", data_key(texts), pattern, ignore_case), texts, compute)


def count(texts: pa.Array, pattern: str, ignore_case: bool = True) -> np.ndarray:
    """Count of non-overlapping matches per row -> numpy int64 (see `matches` on ignore_case)."""
    if len(texts) == 0:
        return np.zeros(0, dtype=np.int64)

    def compute() -> np.ndarray:
        n = pc.count_substring_regex(texts, unicode_words(pattern), ignore_case=ignore_case)
        return _read_only(pc.fill_null(n, 0).to_numpy(zero_copy_only=False).astype(np.int64))

    return shared(("count", data_key(texts), pattern, ignore_case), texts, compute)


def _read_only(a: np.ndarray) -> np.ndarray:
    """Results shared between detectors must not be modified in place by one of them."""
    a.flags.writeable = False
    return a


def lengths(texts: pa.Array) -> np.ndarray:
    """Characters per row -> numpy int64."""
    if len(texts) == 0:
        return np.zeros(0, dtype=np.int64)
    return pc.fill_null(pc.utf8_length(texts), 0).to_numpy(zero_copy_only=False).astype(np.int64)


# Batches smaller than this score every cue directly: the prefilter pays off through fewer RE2
# passes over many rows, while one-exchange online scoring is dominated by regex compilation.
PREFILTER_MIN_ROWS = 64
# A cue with a long gap (`.{0,40}`) between two large alternations is costly for RE2's DFA, and
# joined with other cues into one alternation it blows up the DFA state cache.
_GAP = re.compile(r"\.\{0,(\d+)\}\??")
_LONG_GAP = 30


def _top_level_segments(pattern: str) -> list[str] | None:
    """The parts of `pattern` between its top-level `.{0,N}` gaps, or None if the pattern has a
    top-level `|` or inline flags (then it cannot be cut). Each part is a regex that must match
    somewhere in any text the whole pattern matches (`\b`, `^`, `$` see the same text)."""
    parts, depth, in_class, i, last = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            if pattern[i + 1 : i + 2] == "?" and pattern[i + 2 : i + 3] != ":":
                return None  # inline flags or named groups: keep whole
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return None
        elif c == "." and depth == 0:
            gap = _GAP.match(pattern, i)
            if gap:
                parts.append(pattern[last:i])
                last = i = gap.end()
                continue
        i += 1
    parts.append(pattern[last:])
    return [p for p in parts if p]


def _is_heavy(pattern: str) -> bool:
    return any(int(n) >= _LONG_GAP for n in _GAP.findall(pattern))


@functools.lru_cache(maxsize=256)
def _prefilter(patterns: tuple[str, ...]) -> tuple[str | None, tuple[int, ...]]:
    """(prefilter regex, cues to run on every row instead).

    The prefilter is one alternation that matches every text that any of the other cues matches:
    light cues as they are, heavy cues (long gaps) replaced by their last top-level part (e.g. the
    object of a verb .{0,60} object cue), which every text the whole cue matches also matches.
    A heavy cue that cannot be cut runs on its own over all rows."""
    members, alone = [], []
    for i, p in enumerate(patterns):
        if not _is_heavy(p):
            members.append(p)
            continue
        parts = _top_level_segments(p)
        if parts:
            members.append(parts[-1])
        else:
            alone.append(i)
    return (alternation(["(?:" + m + ")" for m in members]) if members else None), tuple(alone)


def _match_now(texts: pa.Array, pattern: str) -> np.ndarray:
    hit = pc.match_substring_regex(texts, unicode_words(pattern), ignore_case=False)
    return pc.fill_null(hit, False).to_numpy(zero_copy_only=False).astype(bool)


def cue_score(texts: pa.Array, cues: Sequence[tuple[str, float]]) -> np.ndarray:
    """Noisy-OR of weighted cues: 1 - prod(1 - w) over the cues whose regex matches the row.

    One strong cue (w=0.9) is enough to cross 0.5; weak cues (w=0.3) only count together.
    Matching is case-insensitive (the text is lower-cased; cue patterns are written in lower case).
    """
    return cue_scores(texts, [cues])[0]


def cue_scores(texts: pa.Array, cue_sets: Sequence[Sequence[tuple[str, float]]]) -> list[np.ndarray]:
    """`cue_score` of each cue set, computed together (e.g. one set per capability label).

    Speed: most rows match no cue, and an RE2 pass costs about the same per row whatever the
    pattern, so on a batch one prefilter alternation over every cue (see `_prefilter`) is
    searched first, and the rows it hit are narrowed down group by group (`_narrow_down`) before
    single cues are tested. Exact: an unanchored alternation matches a text iff one of its members
    does (RE2 has no backreferences; inline flags stay inside each `(?:...)`), and each member
    matches every text its cue matches; each set's product is taken in its own cue order, as on
    small batches.
    """
    keeps = [np.ones(len(texts), dtype=np.float64) for _ in cue_sets]
    if len(texts) == 0:
        return [k.astype(np.float32) for k in keeps]
    low = lower(texts)
    if len(texts) < PREFILTER_MIN_ROWS:
        for keep, cues in zip(keeps, cue_sets):
            for pattern, weight in cues:
                keep *= np.where(matches(low, pattern, ignore_case=False), 1.0 - weight, 1.0)
        return [(1.0 - k).astype(np.float32) for k in keeps]
    flat = [cue for cues in cue_sets for cue in cues]
    patterns = tuple(p for p, _ in flat)
    prefilter, alone = _prefilter(patterns)
    hit = np.nonzero(matches(low, prefilter, ignore_case=False))[0] if prefilter is not None else np.zeros(0, np.int64)
    found = np.zeros((len(flat), len(hit)), dtype=bool)  # cue i matches hit row j
    if len(hit):
        members = [i for i in range(len(flat)) if i not in alone]
        _narrow_down(low.take(pa.array(hit)), np.arange(len(hit)), members, patterns, found)
    i = 0
    for keep, cues in zip(keeps, cue_sets):
        for pattern, weight in cues:  # in cue order, as on small batches
            if i in alone:
                keep *= np.where(matches(low, pattern, ignore_case=False), 1.0 - weight, 1.0)
            elif len(hit):
                keep[hit] *= np.where(found[i], 1.0 - weight, 1.0)
            i += 1
    return [(1.0 - k).astype(np.float32) for k in keeps]


# A group of at most this many cues is tested cue by cue; a larger one is halved first.
LEAF_CUES = 4


def _narrow_down(texts: pa.Array, rows: np.ndarray, members: list[int], patterns: tuple[str, ...],
                 found: np.ndarray) -> None:
    """found[i, rows] for the cues `members` on `texts` (the hit rows `rows`, in order).

    Each half of the group is searched as one alternation (its `_prefilter`), and only the rows
    it hits go on to that half's members: a text hit by the top prefilter usually matches a
    few cues of one language, so most halves drop most rows after one pass."""
    if not len(rows):
        return
    if len(members) <= LEAF_CUES:
        for i in members:
            found[i, rows] = _match_now(texts, patterns[i])
        return
    half = len(members) // 2
    for group in (members[:half], members[half:]):
        prefilter, _ = _prefilter(tuple(patterns[i] for i in group))  # (heavy cues that cannot be cut are not members)
        hit = np.flatnonzero(_match_now(texts, prefilter))
        if len(hit):
            _narrow_down(texts.take(pa.array(hit)) if len(hit) < len(texts) else texts, rows[hit], group, patterns, found)


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
