"""The numpy tokenizer of the shingle index equals its regex definition, token for token."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given, settings
from hypothesis import strategies as st

from distillguard import data
from distillguard.signals._shingles import _NUMBER, _SPLIT, tokenize


def _reference(texts: pa.Array) -> list[list[str]]:
    """The definition: lower-case, numbers -> "0", split on separator runs, drop empty tokens."""
    norm = pc.replace_substring_regex(pc.utf8_lower(pc.fill_null(texts, "")), _NUMBER, "0")
    return [[w for w in row if w] for row in pc.split_pattern_regex(norm, _SPLIT).to_pylist()]


def _rows(texts: pa.Array) -> list[list[str]]:
    toks = tokenize(texts)
    words = toks.words.to_pylist()
    assert np.all(np.diff(toks.row) >= 0)
    assert toks.offsets[0] == 0 and toks.offsets[-1] == len(words) == len(toks.row)
    return [words[toks.offsets[i]:toks.offsets[i + 1]] for i in range(len(texts))]


EDGE = [
    "", "   ", None, "3.14 and 1,000,000 or 1..2, 1.2. .5 v2.0-beta x86_64", "abc123def 12ab",
    "«Привет», — сказал он… 你好，世界！（测试）「引用」", "Ｆｕｌｌ－ｗｉｄｔｈ：ＡＢＣ！", "a\u00a0b\u00d7c\u00f7d\u00bf",
    "tab\tnew\nline\x0bvt\x0cff\rcr", "emoji 🙂🙂 x", "ÉCOLE Straße İstanbul", "1", "1.", ".1", "7,", "a-b_c/d",
    "\u2028line sep\u2029para\u3000ideographic space", "\u0301combining", "x" * 5000 + " 42",
]


def test_edge_cases_equal_the_regex_definition():
    texts = pa.array(EDGE, pa.string())
    assert _rows(texts) == _reference(texts)
    for i in range(len(EDGE)):  # one row at a time, and every slice offset
        assert _rows(texts.slice(i, 1)) == _reference(texts.slice(i, 1))


def test_real_prompts_equal_the_regex_definition():
    prompts = [m["content"] for c in data.arena_conversations()[:1500] for m in c["messages"] if m["role"] == "user"]
    prompts += [r["question"] for r in data.gsm8k()[:500]]
    texts = pa.array(prompts, pa.string())
    assert _rows(texts) == _reference(texts)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=60), st.text(alphabet="0123456789.,- a\u3000\uff0c", max_size=30)),
                min_size=1, max_size=8))
def test_random_text_equals_the_regex_definition(rows):
    texts = pa.array(rows, pa.string())
    assert _rows(texts) == _reference(texts)
