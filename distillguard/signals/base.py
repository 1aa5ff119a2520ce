"""The one small interface every exchange detector implements."""

from __future__ import annotations

import abc
from typing import ClassVar

import pyarrow as pa


EVIDENCE_KINDS = ("extraction", "behaviour", "safety", "label")


class ExchangeDetector(abc.ABC):
    """Scores each exchange of a canonical table (see `distillguard.schema`) for one signal.

    Contract (checked for every registered detector by tests/signals/test_conformance.py):
    - `score(table)` returns a `pa.Table` with exactly `len(table)` rows and exactly the columns
      and types of `output_columns()`, in that order; row i describes exchange i;
    - the first output column is `name` (float32 in [0, 1]); an exchange "shows" the signal
      when its score >= `threshold`;
    - deterministic, stateless between calls (so one exchange at a time gives the same scores as
      a whole batch), total on empty tables, nulls, huge and non-Latin text.
    """

    name: ClassVar[str]  # signal name used in evidence, e.g. "cot_elicitation"
    version: ClassVar[str]  # bump when scores change
    atlas: ClassVar[tuple[str, ...]]  # MITRE ATLAS technique ids covered, e.g. ("AML.T0024.002",)
    # Plain-words predicate for evidence: "412 of 430 requests <description>".
    description: ClassVar[str]
    threshold: ClassVar[float] = 0.5
    # The columns `score` reads, when its scores are a pure function of them (checked by the
    # conformance suite). Then `run_signals` scores each distinct combination of them once per
    # batch: logs repeat prompts a lot (retries, eval harnesses, one benchmark swept by many
    # accounts). None: the detector sees the whole table, row by row.
    inputs: ClassVar[tuple[str, ...] | None] = None
    # What the signal is evidence of (one of EVIDENCE_KINDS), read by the risk stage:
    # "extraction": what the account asks for (the case is made on these);
    # "behaviour": how it asks (counted with automation, volume, templates: strengthens a case);
    # "safety": a finding of its own (jailbreaks): reported apart, raises risk only beside
    #           extraction evidence;
    # "label": the score is the confidence of a label column (language, capability): no rate.
    evidence: ClassVar[str] = "extraction"
    # Evidence family: signals of one family measure one thing and count once (the strongest).
    # None: a family of its own.
    family: ClassVar[str | None] = None
    # Count the signal once per distinct prompt (an agent's tool loop resending one task is one
    # ask) instead of once per request. None: per prompt exactly when `inputs == (PROMPT,)`.
    per_prompt: ClassVar[bool | None] = None
    # The detector whose evidence this one explains in plain words (a cue list explaining a
    # learned classifier): counted and quoted in that detector's evidence, but not scored itself
    # while that detector runs (a noisier copy of the same evidence would only add false alarms).
    explains: ClassVar[str | None] = None
    # An account's share of requests showing the signal (Wilson lower bound) below this is no
    # evidence: big mixed accounts show every signal at some background rate. None: the risk
    # stage's default (5%); a calibrated classifier with a known low false-positive rate per
    # prompt can set less.
    min_share: ClassVar[float | None] = None
    # Relative cost: detectors run most expensive first when scored side by side in threads.
    cost_rank: ClassVar[int] = 0
    # A string output column saying where in the exchange the signal was found (offsets, never
    # the text: verdicts must not quote prompts). Evidence lists it beside the example ids.
    explanation: ClassVar[str | None] = None

    @classmethod
    def evidence_family(cls) -> str:
        """The family this signal's evidence counts in (see `family`)."""
        return cls.family or cls.name

    @classmethod
    def counts_per_prompt(cls) -> bool:
        from distillguard import schema

        if cls.per_prompt is not None:
            return bool(cls.per_prompt)
        return tuple(cls.inputs or ()) == (schema.PROMPT,)

    def text_part(self) -> "ExchangeDetector | None":
        """For a detector whose costly part reads one text column only: that part, as a detector
        of that column alone (its `inputs`), so that a SignalMemo remembers it across batches like
        a text-only detector; `finish` then adds the cheap per-row part. `score(t)` must equal
        `finish(text_part().score(t), t)` (checked by the conformance suite). None: no split."""
        return None

    def finish(self, text_scores: pa.Table, exchanges: pa.Table) -> pa.Table:
        """The output from `text_part()`'s scores of `exchanges`' rows (see `text_part`)."""
        raise NotImplementedError(f"{self.name} has no text part")

    def settings(self) -> tuple:
        """What else the scores depend on besides `inputs` (e.g. user lists loaded by this
        instance), hashable; part of the key under which a memo remembers scores."""
        return ()

    def output_columns(self) -> dict[str, pa.DataType]:
        """Declared output columns; override to add e.g. a label column next to the score."""
        return {self.name: pa.float32()}

    @abc.abstractmethod
    def score(self, exchanges: pa.Table) -> pa.Table:
        """Vectorized scores for a batch of exchanges (canonical schema)."""

    def empty_output(self) -> pa.Table:
        cols = self.output_columns()
        return pa.schema(list(cols.items())).empty_table()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} v{self.version}>"
