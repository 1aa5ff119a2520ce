"""Prompt templates: mask the variable parts of a prompt so that every instance of one template
shares one skeleton (`template.skeleton`, a 16-hex-digit hash). The account-behaviour stage
measures template concentration from that column.

Masked, in this order: fenced and inline code, URLs, e-mail addresses, quoted spans, the content
after a field label ("Problem: ...", "Text: ...", "Question: ..."), lines longer than LONG_LINE
characters in a multi-line prompt (pasted documents), numbers, and the words of a known dataset
item (see `dataset_match`: the span from its first to its last matched word, and any line made
mostly of it). Runs of masked parts collapse into one placeholder; case, punctuation and
spacing are ignored.

Score: the share of the prompt's characters that were masked, i.e. how much of the prompt is a
slot filled into a fixed frame.

Skeleton, three cases (chosen so that ordinary customers do not look templated):
- something was masked and at least MIN_FRAME_WORDS literal words remain: hash of the frame;
- nothing was masked and the prompt has at least MIN_EXACT_WORDS words: hash of the whole
  normalized prompt (a fixed prompt sent again and again is its own template; only exact repeats
  share it);
- otherwise null: short chit-chat ("hello", "continue", "thanks", which real users repeat all
  the time) and prompts that are all slot (a bare pasted document) are no template evidence.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.signals import _text
from distillguard.signals._shingles import Tokens, tokenize
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.dataset_match import DatasetMatch
from distillguard.signals.registry import register

LONG_LINE = 300
MOSTLY = 0.5
MIN_FRAME_WORDS = 1
MIN_EXACT_WORDS = 8
SKELETON_CHARS = 2000  # of the masked text that is hashed
_SLOT = "qqslotqq"  # a placeholder word that survives tokenization (letters only)

_LABELS = (
    "question|problem|text|input|passage|article|context|query|task|document|sentence|paragraph|"
    "review|code|claim|statement|story|essay|email|message|topic|subject|data|example|instance|"
    "q|item|prompt|user|premise|hypothesis|source|target|word|title|answer|response|solution|output|"
    "问题|题目|文本|输入|内容|段落|文章|原文|"
    "вопрос|задача|текст|вход|контекст|статья|тема"
)
_MASKS = (
    (r"```.*?```", True),  # fenced code (dot matches newline via (?s) below)
    (r"`[^`\n]+`", False),
    (r"(?:https?|ftp)://\S+|www\.\S+", False),
    (r"[\w.+-]+@[\w-]+\.[\w.-]+", False),
    # Unbounded classes on purpose: a bounded `[^"]{1,500}` costs RE2 ~80 ms to compile, paid on
    # every call (pyarrow does not cache compiled regexes), i.e. on every online exchange.
    (r"\"[^\"\n]+\"|“[^”]+”|«[^»]+»|„[^“”]+[“”]|'[^'\n]{4,}'|「[^」]+」|『[^』]+』", False),
    (r"(?m)((?:^|\s)(?:" + _LABELS + r"))\s*\d*\s*[:：]\s*\S[^\n]*", False),
    (r"\d+(?:[.,]\d+)*", False),
)


def _mask(texts: pa.Array) -> pa.Array:
    out = pc.utf8_lower(texts)
    for pattern, dotall in _MASKS:
        regex = "(?s)" + pattern if dotall else pattern
        # Keep a field label's name (group 1): "problem: <slot>" is part of the frame.
        replacement = r"\1 " + _SLOT if "(?m)((" in pattern else f" {_SLOT} "
        out = pc.replace_substring_regex(out, regex, replacement)
    return out


def _hash(strings: pa.Array, prefix: str) -> pa.Array:
    """Hash each distinct string once (templated traffic repeats a few skeletons many times)."""
    encoded = pc.dictionary_encode(strings)
    digests = [
        hashlib.blake2b((prefix + s).encode("utf-8"), digest_size=8).hexdigest() for s in encoded.dictionary.to_pylist()
    ]
    return pa.array(digests, pa.string()).take(encoded.indices)


def _mostly_covered_lines(toks: Tokens, covered: np.ndarray) -> np.ndarray:
    """Bool per token: its line has at least MOSTLY of its words inside the item's shingles."""
    lines = len(toks.offsets) - 1
    share = np.bincount(toks.row, weights=covered, minlength=lines) / np.maximum(np.bincount(toks.row, minlength=lines), 1)
    return share[toks.row] >= MOSTLY


def _item_span(row_of_token: np.ndarray, covered: np.ndarray, rows: int) -> np.ndarray:
    """Widen the tokens covered by dataset shingles to one span per row (first to last covered
    token): the item sits in the prompt as one block, paraphrased words included."""
    lo = np.full(rows, np.iinfo(np.int64).max)
    hi = np.full(rows, -1)
    idx = np.nonzero(covered)[0]
    np.minimum.at(lo, row_of_token[idx], idx)
    np.maximum.at(hi, row_of_token[idx], idx)
    j = np.arange(len(covered))
    return (j >= lo[row_of_token]) & (j <= hi[row_of_token])


@register
class Template(ExchangeDetector):
    name = "template"
    cost_rank = 80
    evidence = "behaviour"
    family = "template"
    version = "1"
    atlas = ("AML.T0024.002",)
    description = "fill a fixed prompt template with variable content"
    threshold = 0.5
    inputs = (schema.PROMPT,)

    def __init__(self, dataset: DatasetMatch | None = None):
        # The known-dataset index whose items count as slots (default: bundled + user lists).
        self.dataset = dataset if dataset is not None else DatasetMatch()

    def settings(self) -> tuple:
        return self.dataset.settings()

    def output_columns(self) -> dict[str, pa.DataType]:
        return {self.name: pa.float32(), f"{self.name}.skeleton": pa.string()}

    def score(self, exchanges: pa.Table) -> pa.Table:
        n = len(exchanges)
        raw = _text.text(exchanges, schema.PROMPT)
        # Known dataset items are slots too: mask the words of matched shingles.
        ds = self.dataset
        ds_score, ds_item, raw_toks = ds.match(exchanges)
        masked_text = _mask(raw)
        # Tokenize line by line so a line that is mostly a dataset item can be masked whole.
        lines = pc.split_pattern(masked_text, "\n")
        line_row = np.repeat(np.arange(n), pc.list_value_length(lines).to_numpy(zero_copy_only=False).astype(np.int64))
        flat_lines = pc.list_flatten(lines)
        line_toks = tokenize(flat_lines)
        row_of_token = line_row[line_toks.row]
        is_slot = pc.equal(line_toks.words, _SLOT).to_numpy(zero_copy_only=False) if len(line_toks.words) else np.zeros(0, bool)
        # A long line next to other lines is pasted content (a document, an item); a single long
        # line is the whole prompt and keeps its words (there is no frame to recover otherwise).
        line_len = _text.lengths(flat_lines)
        lines_in_row = np.bincount(line_row, weights=line_len > 0, minlength=n)
        long_line = (line_len >= LONG_LINE) & (lines_in_row[line_row] >= 2)
        is_slot = is_slot | long_line[line_toks.row]
        matched = ds_score >= ds.threshold
        if matched.any():
            item_of_line = np.where(matched, ds_item, -1)[line_row]
            covered = ds.index.covered(line_toks, item_of_line)
            is_slot = is_slot | _item_span(row_of_token, covered, n)
            # (only in multi-line prompts, for the same reason as long lines)
            is_slot = is_slot | (_mostly_covered_lines(line_toks, covered) & (lines_in_row[row_of_token] >= 2))
        toks = Tokens(line_toks.words, row_of_token, np.zeros(0, np.int64))
        words = pc.if_else(pa.array(is_slot), _SLOT, toks.words) if len(toks.words) else toks.words
        # Collapse runs of slots within a row.
        prev_slot = np.append(False, is_slot[:-1]) & np.append(False, toks.row[1:] == toks.row[:-1])
        keep = ~(is_slot & prev_slot)
        words = words.filter(pa.array(keep))
        row = toks.row[keep]
        slot_kept = is_slot[keep]
        offsets = np.zeros(n + 1, np.int64)
        np.cumsum(np.bincount(row, minlength=n), out=offsets[1:])
        skeleton_text = pc.binary_join(pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), words), " ")
        skeleton_text = pc.utf8_slice_codeunits(skeleton_text, 0, SKELETON_CHARS)

        frame_words = np.bincount(row[~slot_kept], minlength=n)
        frame_chars = np.bincount(
            row[~slot_kept], weights=_text.lengths(words.filter(pa.array(~slot_kept))) + 1.0, minlength=n
        )
        total_chars = np.maximum(_text.lengths(raw), 1)
        slots = np.bincount(row[slot_kept], minlength=n)
        has_frame = (slots > 0) & (frame_words >= MIN_FRAME_WORDS)
        share_masked = np.where(has_frame, 1.0 - np.minimum(frame_chars / total_chars, 1.0), 0.0)

        # Nothing masked: a long enough prompt is its own skeleton (exact repeats only).
        whole = pc.binary_join(pa.ListArray.from_arrays(pa.array(raw_toks.offsets, pa.int32()), raw_toks.words), " ")
        whole = pc.utf8_slice_codeunits(whole, 0, SKELETON_CHARS)
        exact = (slots == 0) & (np.diff(raw_toks.offsets) >= MIN_EXACT_WORDS)
        skeleton = pc.if_else(pa.array(has_frame), _hash(skeleton_text, "t:"), _hash(whole, "p:"))
        skeleton = pc.if_else(pa.array(has_frame | exact), skeleton, pa.scalar(None, pa.string()))
        return _text.output(self.output_columns(), {self.name: share_masked, f"{self.name}.skeleton": skeleton})
