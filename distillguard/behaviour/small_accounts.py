"""Accounts too small to judge alone, and those of them that asked mostly for extraction.

An account with fewer than `min_exchanges` exchanges is not judged (risk.score: three requests are
not a pattern). A thin fleet lives under that floor: thousands of fresh sign-ups that each spend
their free credit on two to six long extraction answers and go quiet, each behind its own exit,
client and paraphrase (gen_e's 2,000-account trial-credit farm; the hit-and-run scenario). Alone,
each is a person who asked two questions. Together they are many more such people than benign
traffic holds: `campaigns.thin_fleet` compares their count with the reference's small accounts.

A small account is *harvest-only* when at least `MIN_PROMPTS` of its distinct prompts, and at least
half of them, are extraction hits with a substantive answer (behaviour.features: a one-token
label is no hit). Half, not all: one cover request per account does not hide it.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from distillguard.behaviour.features import shared_families

MIN_PROMPTS = 2
NEAR_FLOOR = 2  # "just over the judging floor": fewer than this many times min_exchanges exchanges


def _counts(features: pa.Table, name: str) -> np.ndarray:
    """An integer feature column, zeros where null or where the table lacks it (hand-made tables)."""
    if name not in features.column_names:
        return np.zeros(len(features), np.int64)
    return features.column(name).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)


def extraction_hits(features: pa.Table, specs: dict[str, dict]) -> np.ndarray:
    """Per account: its most counted extraction evidence (distinct prompts or requests, as each
    detector counts), the counts the risk stage scores: a family of several detectors once, a
    detector that only explains another not at all."""
    shared = shared_families(specs)
    in_shared = {m for members in shared.values() for m in members}
    columns = [f"count_family_{fam}" for fam in shared]
    columns += [f"count_{name}" for name, spec in specs.items()
                if spec.get("evidence") == "extraction" and name not in in_shared and spec.get("explains") not in specs]
    out = np.zeros(len(features), np.int64)
    for col in columns:
        out = np.maximum(out, _counts(features, col))
    return out


def shapes(features: pa.Table, specs: dict[str, dict], min_exchanges: int) -> dict[str, np.ndarray]:
    """Per account, from one count of its extraction hits (`hits`, `extraction_hits`): `small`
    (under the judging floor, at least MIN_PROMPTS distinct prompts: one request says nothing about
    a habit), `harvest_only` (small, of the harvest shape: at least half, and at least MIN_PROMPTS,
    of its distinct prompts are extraction hits answered substantively) and `harvest_over_floor`
    (the harvest shape just over the judging floor, fewer than NEAR_FLOOR x min_exchanges
    exchanges: a thin fleet's accounts that sent a request or two more than most; gen_e's farm:
    2-6 requests each, 493 of them judged and flagged alone, in no campaign)."""
    hits = extraction_hits(features, specs)
    n, prompts = _counts(features, "exchanges"), _counts(features, "distinct_prompts")
    harvest_shape = (hits >= MIN_PROMPTS) & (2 * hits >= prompts)
    small = (n < min_exchanges) & (prompts >= MIN_PROMPTS)
    return {"hits": hits, "small": small, "harvest_only": small & harvest_shape,
            "harvest_over_floor": (n >= min_exchanges) & (n < NEAR_FLOOR * min_exchanges) & harvest_shape}


def small_accounts(features: pa.Table, min_exchanges: int) -> np.ndarray:
    """Accounts under the judging floor with at least MIN_PROMPTS distinct prompts (`shapes`)."""
    return (_counts(features, "exchanges") < min_exchanges) & (_counts(features, "distinct_prompts") >= MIN_PROMPTS)


def harvest_only(features: pa.Table, specs: dict[str, dict], min_exchanges: int) -> np.ndarray:
    """Small accounts of the harvest shape (`shapes`)."""
    return shapes(features, specs, min_exchanges)["harvest_only"]


def harvest_over_the_floor(features: pa.Table, specs: dict[str, dict], min_exchanges: int) -> np.ndarray:
    """Accounts of the harvest shape just over the judging floor (`shapes`)."""
    return shapes(features, specs, min_exchanges)["harvest_over_floor"]


def counts(features: pa.Table, specs: dict[str, dict], min_exchanges: int) -> dict:
    """{"accounts": small accounts, "harvest_only": those of them harvest-only}: what a reference
    keeps of its small accounts (risk.reference) and what a scan compares with it."""
    s = shapes(features, specs, min_exchanges)
    return {"accounts": int(s["small"].sum()), "harvest_only": int(s["harvest_only"].sum())}
