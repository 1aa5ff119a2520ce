"""Maximal output: max_tokens at or near a model's output ceiling, prompts demanding exhaustive /
very long answers, and exchanges whose output dwarfs the prompt. Harvesting campaigns buy the
most output tokens per request.

We do not know every model's ceiling, so max_tokens is read against common ceilings: >= 8,192
is near the ceiling of many chat models, >= 16,384 of most, >= 32,000 of nearly all.

Evidence kind "behaviour" (how, not what): it is mostly one request parameter and the size of the
answers, which coding agents and batch jobs share with harvesters. Measured: with it counted as
what an account asks for, agentic-coding users the reference had not seen were flagged on it plus
their tool-use habits (4.1% of them, benchmarks/results/coordination.md, leave one population out).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.signals import _text
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import register

_LONG_CUES = (
    (r"(?:as (?:detailed|long|comprehensive|exhaustive|thorough) as (?:possible|you can))|(?:maximum|maximal|max) (?:length|detail|tokens)", 0.55),
    (r"(?:at least|minimum of|no less than|more than)\s+[\d,]{3,}\s*(?:words|tokens|characters|pages)", 0.55),
    (r"\b(?:\d{1,3},\d{3}|\d{4,})[- ]?(?:words|tokens)\b", 0.4),
    (r"(?:exhaustive|extremely (?:long|detailed)|very (?:long|lengthy)|leave nothing out|do not (?:truncate|stop|shorten|abbreviate)|don't (?:truncate|stop|shorten)|never (?:truncate|stop))", 0.45),
    (r"(?:尽可能|尽量)(?:详细|完整|长)|(?:至少|不少于)\s*\d+\s*(?:字|词)|越详细越好|不要(?:省略|截断)", 0.55),
    (r"(?:максимально|как можно более?)\s+(?:подробн|полн|длинн|развернут)|(?:не менее|минимум|как минимум)\s+\d+\s*(?:слов|токенов|символов)|не (?:сокращай|обрывай)", 0.55),
)


@register
class OutputLengthMax(ExchangeDetector):
    name = "output_length_max"
    version = "2"
    atlas = ("AML.T0024.002",)
    description = "ask for the longest possible output"
    threshold = 0.5
    evidence = "behaviour"
    inputs = (schema.MAX_TOKENS, schema.OUTPUT_TOKENS, schema.INPUT_TOKENS, schema.PROMPT)

    def score(self, exchanges: pa.Table) -> pa.Table:
        max_tokens = _text.numbers(exchanges, schema.MAX_TOKENS)
        out_tokens = _text.numbers(exchanges, schema.OUTPUT_TOKENS)
        in_tokens = _text.numbers(exchanges, schema.INPUT_TOKENS)
        ceiling = np.select([max_tokens >= 32_000, max_tokens >= 16_384, max_tokens >= 8_192], [0.8, 0.65, 0.45], 0.0)
        ratio = out_tokens / np.maximum(in_tokens, 1.0)
        # Long answers to short prompts: 2,000+ tokens out and 20x the prompt.
        amplification = np.where((out_tokens >= 2_000) & (ratio >= 20), np.minimum(0.3 + 0.01 * ratio, 0.6), 0.0)
        words = _text.cue_score(_text.text(exchanges, schema.PROMPT), _LONG_CUES).astype(np.float64)
        keep = (1.0 - ceiling) * (1.0 - amplification) * (1.0 - words)
        return _text.output(self.output_columns(), {self.name: 1.0 - keep})
