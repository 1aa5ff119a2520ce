"""Base for detectors that score the prompt text with weighted regex cues (see `_text.cue_score`)."""

from __future__ import annotations

from typing import ClassVar

import pyarrow as pa

from distillguard import schema
from distillguard.signals import _text
from distillguard.signals.base import ExchangeDetector


class CueDetector(ExchangeDetector):
    """Score = noisy-OR of the weights of the cues found in the last user turn.

    Subclasses list `cues` as (RE2 pattern, weight) pairs, matched case-insensitively.
    Weights >= 0.5 are cues that suffice alone; weaker ones must co-occur.
    """

    cues: ClassVar[tuple[tuple[str, float], ...]]
    text_column: ClassVar[str] = schema.PROMPT

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.inputs = (cls.text_column,)

    def score(self, exchanges: pa.Table) -> pa.Table:
        texts = _text.text(exchanges, self.text_column)
        return _text.output(self.output_columns(), {self.name: _text.cue_score(texts, self.cues)})
