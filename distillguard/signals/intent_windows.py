"""Windows of a prompt that the extraction-intent classifier scores one by one.

A request ("show every step of your reasoning", "rate the answer below from 1 to 10") is a
sentence or two; the task it wraps can be pages long. Scored as one bag of n-grams, a long text
piles up many weak cues of its language or domain until it looks like a request; scored window by
window, each window is as short as the training rows, and the prompt's score is its most telling
window, which is also the span an analyst reads as the reason.

Windows: the text is cut at line breaks and sentence ends (Latin, CJK, Devanagari, Arabic
punctuation), pieces are merged up to TARGET_CHARS, a piece longer than MAX_CHARS is cut into
MAX_CHARS chunks. Only the first HEAD_CHARS and last TAIL_CHARS characters are looked at
(instructions sit at either end of a long pasted task).
"""

from __future__ import annotations

import re

VERSION = "lines+sentences/240/320/head3000+tail1500"  # part of the model fingerprint
TARGET_CHARS = 240
MAX_CHARS = 320
HEAD_CHARS = 3000
TAIL_CHARS = 1500
MAX_WINDOWS = 40

_BREAK = re.compile(r"\n+|(?<=[.!?;:。！？；：।؟])\s+|(?<=[。！？；：])")


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the windows of `text` (none for blank text)."""
    n = len(text)
    if n <= TARGET_CHARS:
        return [(0, n)] if text.strip() else []
    if n > HEAD_CHARS + TAIL_CHARS:
        spans = _pieces(text, 0, HEAD_CHARS) + _pieces(text, n - TAIL_CHARS, n)
    else:
        spans = _pieces(text, 0, n)
    windows: list[tuple[int, int]] = []
    cur_a = cur_b = None
    for a, b in spans:
        if cur_a is not None and b - cur_a <= TARGET_CHARS:
            cur_b = b
            continue
        if cur_a is not None:
            windows.append((cur_a, cur_b))
        cur_a, cur_b = a, b
    if cur_a is not None:
        windows.append((cur_a, cur_b))
    windows = [w for w in windows if text[w[0]:w[1]].strip()]
    if len(windows) > MAX_WINDOWS:  # keep both ends: instructions open or close a prompt
        half = MAX_WINDOWS // 2
        windows = windows[:half] + windows[-half:]
    return windows


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _BREAK.finditer(text, start, end):
        if m.start() > pos:
            out.extend(_chunks(pos, m.start()))
        pos = m.end()
    if pos < end:
        out.extend(_chunks(pos, end))
    return out


def _chunks(a: int, b: int) -> list[tuple[int, int]]:
    return [(i, min(i + MAX_CHARS, b)) for i in range(a, b, MAX_CHARS)]
