"""Replay: a log through the online path, one exchange at a time in time order (spec §3).

The detectors score the log in batches first: they are stateless per exchange (the contract of
`signals.base`), so a batch gives each exchange the score it gets alone in the gateway. What
is online is everything after them: the per-account state, re-scoring as accounts grow (every
`rescore_s` seconds of log time), the published campaigns, the policy and its token buckets.
A request refused (blocked, or throttled beyond its bucket) is not served, so it does not enter
the account's window nor its `exchange_index`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.online.guard import Guard
from distillguard.online.scorer import OnlineScorer
from distillguard.online.state import rows_to_json
from distillguard.policy import SEVERITY, Policy, PolicyFile

SCORE_ROWS = 65_536  # exchanges scored at once (memory of the detectors' slices)


def _iso(ts_us: int) -> str:
    return datetime.fromtimestamp(ts_us / 1e6, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def replay(batches: Iterable[pa.RecordBatch] | pa.Table, scorer: OnlineScorer, policy: Policy | PolicyFile, *,
           on_action: Callable[[dict], object], on_audit: Callable[[dict], object] | None = None,
           rescore_s: float = 60.0, workers: int = 1) -> dict:
    """Feed every exchange through `scorer` and `policy`; call `on_action` with each spec §3 line
    (each time an account's action changes) and `on_audit` with each non-allow decision."""
    table = batches if isinstance(batches, pa.Table) else _concat(batches)
    if len(table):
        order = pc.sort_indices(table, sort_keys=[(schema.TS, "ascending")])  # stable: ties keep log order
        table = table.take(order)
    guard = Guard(scorer, policy)
    last: dict[str, str] = {}
    strongest: dict[str, str] = {}
    changes = refused = 0
    next_rescore = None
    scorer.score(table.slice(0, 1))  # (the scored schema, on this side)
    for scored in _scored_chunks(table, scorer, workers):
        ts = pc.cast(scored.column(schema.TS), pa.int64()).to_numpy(zero_copy_only=False)
        accounts = scored.column(schema.ACCOUNT_ID).to_pylist()
        rows = rows_to_json(scored)
        columns = [c for c in scorer.decision_columns() if c in scored.column_names]
        values = [scored.column(c).to_pylist() for c in columns]
        scorer.prime_artifacts(dict(zip(columns, values)))
        for i in range(len(scored)):
            now = float(ts[i]) / 1e6
            if next_rescore is None:
                next_rescore = now + rescore_s
            if now >= next_rescore:
                scorer.refresh()
                next_rescore = now + rescore_s
            acc = accounts[i]
            decision = guard.decide({c: v[i] for c, v in zip(columns, values)}, now)
            action = decision.applied
            if last.get(acc, "allow") != action:
                changes += 1
                on_action({"ts": _iso(int(ts[i])), "account_id": acc, "exchange_index": decision.assessment.exchanges,
                           "action": action, "risk": round(decision.assessment.risk, 6),
                           "reasons": decision.reasons()})
                last[acc] = action
            if SEVERITY[decision.action] > SEVERITY[strongest.get(acc, "allow")]:
                strongest[acc] = decision.action
            if on_audit is not None and decision.action != "allow":
                on_audit({"ts": _iso(int(ts[i])), **decision.audit_record()})
            if decision.refused or decision.applied == "block":
                refused += 1
                continue
            scorer.observe_json(acc, [rows[i]])
    by_action: dict[str, int] = {}
    for action in strongest.values():
        by_action[action] = by_action.get(action, 0) + 1
    accounts_seen = len(pc.unique(table.column(schema.ACCOUNT_ID))) if len(table) else 0
    return {"exchanges": len(table), "accounts": accounts_seen, "action_changes": changes, "refused": refused,
            "accounts_by_action": {a: by_action[a] for a in sorted(by_action, key=lambda a: -SEVERITY[a])},
            "scorer": dict(scorer.stats)}


def _scored_chunks(table: pa.Table, scorer: OnlineScorer, workers: int):
    """The log's exchanges scored by the detectors, chunk by chunk in order (in `workers` processes)."""
    if workers <= 1:
        for start in range(0, len(table), SCORE_ROWS):
            yield scorer.score(table.slice(start, SCORE_ROWS))
        return
    from concurrent.futures import ProcessPoolExecutor

    from distillguard.pipeline import _timed_score
    from distillguard.sources.parallel import bounded_workers, die_with_parent

    workers = bounded_workers(workers)
    with ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent) as pool:
        chunks = [table.slice(s, SCORE_ROWS) for s in range(0, len(table), SCORE_ROWS)]
        pending = [pool.submit(_timed_score, chunk, scorer.detectors) for chunk in chunks[:2 * workers]]
        for i in range(len(chunks)):
            batch, _ = pending[i].result()
            if i + 2 * workers < len(chunks):
                pending.append(pool.submit(_timed_score, chunks[i + 2 * workers], scorer.detectors))
            pending[i] = None  # (done with it)
            yield pa.Table.from_batches([batch]).replace_schema_metadata(None)


def _concat(batches: Iterable[pa.RecordBatch]) -> pa.Table:
    parts = [b for b in batches if b.num_rows]
    if not parts:
        return schema.empty_table()
    return pa.Table.from_batches(parts).combine_chunks()
