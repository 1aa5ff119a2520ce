"""Was a suspect model trained on our watermarked answers? (Sander et al., NeurIPS 2024,
"Watermarking Makes Language Models Radioactive".)

A model fine-tuned on watermarked text learns the watermark's bias: after the contexts it saw,
it prefers their green tokens. Two ways to see it:

- **Black box** (`blackbox`): text the suspect generates, from prompts we choose, is scored like any
  text (distinct (context, token) tuples, exact binomial p-value). Optionally only the tuples whose
  context occurs in what we served (`served_contexts`): the contexts the suspect could have learned
  a bias for (the paper's filter), which raises the power.
- **Open weights** (`reading`): text is read through the suspect, and its top-1 prediction after
  each context is scored, de-duplicated over (context, prediction), optionally only after contexts
  we served. The text read must not carry the key itself (the un-watermarked versions of what we
  served, or any other text): after a watermarked context the model's own top choice was often
  pushed out by the watermark, so predictions and green lists are no longer independent and the
  test would not hold (`reading` refuses such text).

Both give one p-value per key; with several keys (a keyring, canary keys of accounts) the p-values
are Bonferroni-adjusted and the keys under `alpha` are named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from distillguard.provenance.detect import Detection, all_tuples, bonferroni, score_keys, tuples
from distillguard.provenance.keys import WatermarkKey
from distillguard.provenance.scheme import M32, mix32

ALPHA = 1e-3


@dataclass
class Verdict:
    mode: str  # "black-box" or "open-weight"
    detections: list[Detection]
    adjusted: list[float]
    alpha: float = ALPHA
    notes: list[str] = field(default_factory=list)

    @property
    def fired(self) -> list[Detection]:
        return [d for d, p in zip(self.detections, self.adjusted) if p < self.alpha]

    def to_dict(self) -> dict:
        return {"mode": self.mode, "alpha": self.alpha, "radioactive": bool(self.fired),
                "fired": [d.key_id for d in self.fired], "notes": self.notes,
                "keys": [{**d.to_dict(), "p_adjusted": p} for d, p in zip(self.detections, self.adjusted)]}


def _context_ids(contexts: np.ndarray) -> np.ndarray:
    """One int64 id per context row (a hash: rows are matched by id)."""
    h = np.zeros(len(contexts), np.int64)
    for j in range(contexts.shape[1]):
        h = mix32(h ^ ((contexts[:, j] & M32) * 0x2545F491 & M32)) * 0x10001 + j
        h &= (1 << 62) - 1
    return h


def served_contexts(token_lists: Sequence[Sequence[int]], width: int) -> np.ndarray:
    """The distinct contexts of the answers we served (sorted ids, for `blackbox`'s filter)."""
    rows = tuples(token_lists, width)
    return np.unique(_context_ids(rows[:, :width])) if len(rows) else np.zeros(0, np.int64)


def _keep_served(rows: np.ndarray, width: int, served: np.ndarray | None) -> tuple[np.ndarray, int]:
    """(the rows whose context occurs in what we served (all rows without `served`), rows read)."""
    if served is None or not len(rows):
        return rows, len(rows)
    return rows[np.isin(_context_ids(rows[:, :width]), served)], len(rows)


def _verdict(mode: str, rows_for_width, keys: Sequence[WatermarkKey], alpha: float, notes: list[str],
             texts: int) -> Verdict:
    dets = score_keys(rows_for_width, keys, dedup=True, texts=texts)
    return Verdict(mode, dets, bonferroni(dets), alpha, notes)


def blackbox(token_lists: Sequence[Sequence[int]], keys: Sequence[WatermarkKey], served: np.ndarray | None = None,
             alpha: float = ALPHA) -> Verdict:
    """Test the suspect's generated texts (token ids) for each key; `served` (see
    `served_contexts`, computed with the keys' context width) keeps only contexts we served."""
    notes = ["scored only tuples whose context occurs in the served answers"] if served is not None else []
    return _verdict("black-box", lambda w: _keep_served(tuples(token_lists, w), w, served), keys, alpha, notes,
                    len(token_lists))


def predictions(model, token_lists: Sequence[Sequence[int]], batch_size: int = 16, max_length: int = 512):
    """Teacher-forced top-1 predictions of a causal LM: for each text, an array whose i-th entry is
    the model's most likely token after tokens[: i + 1]. torch."""
    import torch

    device = next(model.parameters()).device
    order = sorted(range(len(token_lists)), key=lambda i: len(token_lists[i]))
    result: dict[int, np.ndarray] = {}
    model.eval()
    with torch.no_grad():
        for a in range(0, len(order), batch_size):
            idx = order[a:a + batch_size]
            seqs = [list(token_lists[i])[:max_length] for i in idx]
            n = max(len(s) for s in seqs)
            if n == 0:
                for i in idx:
                    result[i] = np.zeros(0, np.int64)
                continue
            ids = torch.zeros((len(seqs), n), dtype=torch.long, device=device)
            att = torch.zeros((len(seqs), n), dtype=torch.long, device=device)
            for r, s in enumerate(seqs):
                ids[r, :len(s)] = torch.tensor(s, dtype=torch.long)
                att[r, :len(s)] = 1
            logits = model(input_ids=ids, attention_mask=att).logits
            top = logits.argmax(-1).cpu().numpy()
            for r, (i, s) in enumerate(zip(idx, seqs)):
                result[i] = top[r, :len(s)].astype(np.int64)
    return [result[i] for i in range(len(token_lists))]


def reading_rows(token_lists: Sequence[Sequence[int]], preds: Sequence[np.ndarray], width: int) -> np.ndarray:
    """(context..., predicted token) rows: after each full context of a text, the model's prediction."""
    rows = []
    for ids, pred in zip(token_lists, preds):
        a = np.asarray(ids, np.int64)[:len(pred)]
        if len(a) < width:
            continue
        ctx = np.lib.stride_tricks.sliding_window_view(a, width)  # contexts ending at i = w-1 .. n-1
        rows.append(np.column_stack([ctx, pred[width - 1: len(a)]]))
    return np.concatenate(rows) if rows else np.zeros((0, width + 1), np.int64)


class KeyedTextError(ValueError):
    """The text given to the reading test carries the key being tested."""


def reading(model, token_lists: Sequence[Sequence[int]], keys: Sequence[WatermarkKey], alpha: float = ALPHA,
            batch_size: int = 16, preds: Sequence[np.ndarray] | None = None, served: np.ndarray | None = None,
            check_text: bool = True) -> Verdict:
    """Open-weight test: read `token_lists` (text that does not carry the keys) through `model` and
    score its predictions for each key (`preds`: already computed by `predictions`; `served`: see
    `served_contexts`, keeps only contexts we served)."""
    if check_text:
        own = score_keys(all_tuples(token_lists), keys)
        for key, d in zip(keys, own):
            if d.p_value < 0.01:
                raise KeyedTextError(f"the text to read carries watermark key {key.key_id} itself (p = {d.p_value:.1e}); "
                                     "read text that was not generated under the key, e.g. un-watermarked answers")
    preds = predictions(model, token_lists, batch_size) if preds is None else preds
    notes = ["scored the suspect's top-1 prediction after each context of the text read"]
    if served is not None:
        notes.append("scored only contexts that occur in the served answers")
    return _verdict("open-weight", lambda w: _keep_served(reading_rows(token_lists, preds, w), w, served), keys, alpha,
                    notes, len(token_lists))
