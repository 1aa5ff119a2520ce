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


# Source code is material a request is about, never the request: a window of code alone read as a
# request for reasoning traces (gen_n, session 36: a class's "Why doesn't it work thx" under a
# pasted function, and an IDE vendor's fill-in-the-middle completions, 274 of 572 benign hits on a
# sample of its prompts, 13 of 1,008 campaign hits). Lines of program code are left out of the text
# a window is scored on (`prose`). Comments, prose, text literals, section markers, data schemas
# and configuration lines are kept: requests are written as specs too ("emit_per_step: [thought,
# tool, args, observation]", a YAML run config, a JSON output schema).
_KEYWORD = re.compile(
    r"^\s*(?:def|class|return|import|from\s+[\w.]+\s+import|#include|#define|function|const|let|var|public|private"
    r"|protected|static|package|using|fn|func|elif|else|try|except|finally|catch|async|await|yield|raise|throw"
    r"|switch|case|struct|enum|interface|impl|pub|val|lambda|for|while|if|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\b")
_FENCE = re.compile(r"^\s*(?:```|~~~)[\w+#.-]*\s*$")
_CALL = re.compile(r"[\w\]]\(")
_ASSIGN = re.compile(r"^[^\W\d][\w.\[\]]*\s*(?:\+|-|\*|/)?=\s*(?:[\d.]+$|.*[(\[{.\"'])")
_CLOSING = re.compile(r"^[\s{}\[\]();,]+$")
_CODE_CHARS = frozenset("=(){}[];<>_.\\|&$")
_COMMENT = re.compile(r"^\s*(?:#(?!include|define)|//|/\*|\*|--\s|<!--)")
# a bare section marker, tag or table row ("[TASK]", "<think>", "<|im_start|>", "|---|---|"): how a
# prompt is laid out, which a template's request reads through
_MARKER = re.compile(r"^(?:\|.*\||\[[^\[\]]{1,40}\]|</?[\w|:-]{1,30}>|<\|[^|]{1,30}\|>|#{1,6}\s.*)$")
_WORD = re.compile(r"^[^\W\d_]+[,.!?]?$")
# a line with this many plain words is prose, whatever its symbols ("Return the answer as JSON:
# {...}" is a request; a statement carries one or two words among its identifiers)
PROSE_WORDS = 4
# a quoted key: a data schema or a record, which can carry the request ({"reasoning_steps": [...]})
_KEY = re.compile(r"(?:^|[{,]\s*)[\"'][^\W\d][\w -]*[\"']\s*:")
_LITERAL = re.compile(r"\"([^\"]+)\"|'([^']+)'")


def _holds_text(s: str) -> bool:
    """A quoted key, or a text literal of a few words (a task or a question held in a variable; a
    format string's two words among its placeholders are not one)."""
    if _KEY.search(s):
        return True
    for m in _LITERAL.finditer(s):
        t = m.group(1) or m.group(2)
        if sum(1 for w in t.split() if _WORD.match(w)) >= 3 or sum(ord(ch) >= 0x2E80 for ch in t) >= 8:
            return True
    return False


def code_line(line: str) -> bool:
    """A line of program code (not a comment, prose, data or configuration): a fence, or a line of
    few plain words that is a statement (a keyword, a call, an assignment of code, a statement's
    end) or a run of code characters."""
    s = line.strip()
    if not s or _COMMENT.match(line) or _MARKER.match(s):
        return False
    if _FENCE.match(line) or _CLOSING.match(s):
        return True
    if sum(1 for w in s.split() if _WORD.match(w)) >= PROSE_WORDS or _holds_text(s):
        return False
    bare = re.sub(r"\.{2,}|…", "", s)
    marks = sum(ch in _CODE_CHARS for ch in bare) / max(len(bare), 1)
    if _KEYWORD.match(line) and (marks > 0 or s.endswith(":") or len(s.split()) <= 3):
        return True
    if _CALL.search(s) and s.endswith((")", ");", ":", ",", ";")):
        return True
    if _ASSIGN.match(s) or (s.endswith((";", "{")) and marks >= 0.05):
        return True
    return marks >= 0.3 and len(bare) >= 4


def prose(window: str, speakers: frozenset[str] = frozenset(), keep_from: int | None = None) -> str:
    """`window` without its lines of program code (see `code_line`) and, with `speakers` (a pasted
    transcript's labels, see `transcript`), without the transcript's lines that start before
    offset `keep_from` of the window (its last line is kept: see `transcript`)."""
    out, at = [], 0
    for line in window.split("\n"):
        start, at = at, at + len(line) + 1
        if code_line(line):
            continue
        if speakers and (keep_from is None or start < keep_from) and _speaker(line) in speakers:
            continue
        out.append(line)
    return "\n".join(out)


# A pasted transcript is material too: a call centre's "Agent: ... Customer: ..." under "tag this
# lead as hot, warm or cold", a meeting under "write the minutes". Read as a request for agent
# trajectories or for grading (gen_m, session 36: no-code automation users; gen_h: a BPO's quality
# graders; the s21n business negatives). Its lines are left out where an instruction stands
# outside it (an instruction or a heading), except its last line: a conversation pasted to be
# continued ends with the turn that asks. A prompt that is all transcript (a chat flattened into
# one prompt) is read whole.
_SPEAKER = re.compile(r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?([^\W\d_][\w .'-]{0,24}?|[^\x00-\x7F][^:：\n]{0,11})"
                      r"\s*[:：]\s*\S")
SPEAKER_WORDS = 3  # a label is a name or a role ("Agent", "Customer 2", "オペレーター"), not a sentence


def _speaker(line: str) -> str | None:
    m = _SPEAKER.match(line)
    if m is None or len(m.group(1).split()) > SPEAKER_WORDS:
        return None
    return m.group(1).strip().lower()


def transcript(text: str) -> tuple[frozenset[str], int | None]:
    """(labels, offset of its last line) of a transcript pasted into `text`: at least two labels
    each opening at least two lines, and a line of prose outside it (the instruction it is material
    for, or a heading such as "Transcript (call C-211):"). No transcript: (frozenset(), None)."""
    if text.count("\n") < 3:  # (two labels opening two lines each)
        return frozenset(), None
    count: dict[str, int] = {}
    starts, at = [], 0
    for line in text.split("\n"):
        label = _speaker(line)
        starts.append((at, line, label))
        at += len(line) + 1
        if label is not None:
            count[label] = count.get(label, 0) + 1
    labels = frozenset(k for k, v in count.items() if v >= 2)
    if len(labels) < 2:
        return frozenset(), None
    outside = any(label not in labels and line.strip() and not code_line(line)
                  and (any(_WORD.match(w) for w in line.split()) or sum(ord(ch) >= 0x2E80 for ch in line) >= 2)
                  for _, line, label in starts)
    if not outside:
        return frozenset(), None
    last = max(start for start, _, label in starts if label in labels)
    return labels, last
