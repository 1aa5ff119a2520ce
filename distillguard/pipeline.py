"""The batch pipeline behind `distillguard scan` (and, later, the Spark path).

    exchanges -> run_signals -> account_features -> base risk -> detect_campaigns
              -> campaign-aware risk -> verdicts

`scan_batches` streams record batches: detectors run batch by batch and only a narrow copy of
each batch (identifiers, timing, request parameters, system prompt; no prompt/response text)
is kept for the per-account and cross-account stages, so memory grows with the number of
exchanges times a few hundred bytes, not with the size of the logs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard import campaigns as campaign_stage
from distillguard.behaviour import account_features, signal_specs
from distillguard.behaviour.features import PAYMENT_COUNTRY
from distillguard.risk import AccountRisk, Reference, RiskModel, apply_campaigns
from distillguard.risk.end_users import judge_end_users
from distillguard.risk.score import DEFAULT_MIN_EXCHANGES, DEFAULT_TARGET_FPR
from distillguard.signals import run_signals
from distillguard.verdicts import build_verdicts

# Heavy text the later stages do not read: dropped after the detectors have seen it.
DROPPED_TEXT = (schema.INPUT_MESSAGES, schema.PROMPT, schema.RESPONSE, schema.REASONING, schema.PARAMS, schema.EXTRA)
NARROW_COLUMNS = tuple(c for c in schema.COLUMNS if c not in DROPPED_TEXT)
# What scan reads from the logs (read_exchanges(columns=...)): all but the texts no stage reads
# (responses, reasoning, the params JSON). Detectors read prompts and the messages JSON, _narrow
# reads dg.extra; the cheap columns are kept even where nothing reads them yet.
SCAN_COLUMNS = frozenset(schema.COLUMNS) - {schema.RESPONSE, schema.REASONING, schema.PARAMS}
TIMELINE_ACCOUNTS = 10


@dataclass
class ScanResult:
    verdicts: dict
    features: pa.Table
    risk: AccountRisk  # final, campaign-aware
    base_risk: AccountRisk  # before campaign evidence
    campaigns: list[dict]
    timelines: dict[str, list[tuple[int, int]]]  # account -> [(hour start, Unix s), exchanges]
    stats: dict = field(default_factory=dict)
    campaign_graph: object = None  # the linkage graph campaigns were found in (for drawings)

    def campaign_figures(self, limit: int = 10) -> dict[str, bytes]:
        """PNG drawings of the riskiest campaigns (graph + timeline), when the campaign stage can draw."""
        if self.campaign_graph is None or not self.campaigns:
            return {}
        from distillguard.campaigns.draw import draw_campaign  # matplotlib: loaded only for reports
        risk = dict(zip(self.base_risk.account_ids, map(float, self.base_risk.risk)))
        top = sorted(self.campaigns, key=lambda c: -float(c.get("risk") or 0))[:limit]
        return {c["campaign_id"]: draw_campaign(c, self.campaign_graph, format="png", risk=risk) for c in top}


# -- the pipeline ------------------------------------------------------------------------------

def _narrow(batch: pa.RecordBatch | pa.Table) -> pa.Table:
    table = pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch
    narrow = table.select(list(NARROW_COLUMNS))
    if schema.EXTRA in table.column_names:
        # Payment country, when a gateway logs one among the unmapped fields.
        extra = table.column(schema.EXTRA)
        country = pc.extract_regex(extra, r'"payment_country"\s*:\s*"(?P<c>[A-Za-z]{2})"')
        narrow = narrow.append_column(PAYMENT_COUNTRY, pc.utf8_upper(pc.struct_field(country, "c")))
    return narrow


def _signals_and_narrow(table: pa.Table, detectors=None) -> tuple[pa.Table, pa.Table, float]:
    t0 = time.perf_counter()
    signals = run_signals(table, detectors)
    return _narrow(table), signals, time.perf_counter() - t0


def _tables(batches) -> Iterable[pa.Table]:
    if isinstance(batches, pa.Table):
        batches = batches.to_batches(max_chunksize=65536)
    for batch in batches:
        if batch.num_rows:
            yield pa.Table.from_batches([batch])


def collect(batches: Iterable[pa.RecordBatch] | pa.Table, *, detectors=None, workers: int = 1
            ) -> tuple[pa.Table, pa.Table, dict]:
    """Run the detectors batch by batch; return (narrow exchanges, signals, timings).

    With `workers` > 1 batches are scored in that many processes (detectors are stateless, so
    the result is the same); at most 2 x workers batches are in flight, which bounds memory.
    """
    narrow_parts, signal_parts = [], []
    t_signals = 0.0
    t_start = time.perf_counter()
    if workers <= 1:
        for table in _tables(batches):
            narrow, signals, dt_s = _signals_and_narrow(table, detectors)
            narrow_parts.append(narrow)
            signal_parts.append(signals)
            t_signals += dt_s
    else:
        import collections
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            pending: collections.deque = collections.deque()
            for table in _tables(batches):
                pending.append(pool.submit(_signals_and_narrow, table, detectors))
                while len(pending) >= 2 * workers:
                    narrow, signals, dt_s = pending.popleft().result()
                    narrow_parts.append(narrow)
                    signal_parts.append(signals)
                    t_signals += dt_s / workers
            while pending:
                narrow, signals, dt_s = pending.popleft().result()
                narrow_parts.append(narrow)
                signal_parts.append(signals)
                t_signals += dt_s / workers
    t_read_and_signals = time.perf_counter() - t_start
    if narrow_parts:
        exchanges = pa.concat_tables(narrow_parts, promote_options="default")
        signals = pa.concat_tables(signal_parts, promote_options="default")
    else:
        empty = schema.empty_table()
        exchanges = _narrow(empty)
        signals = run_signals(empty, detectors)
    return exchanges, signals, {"signals_s": t_signals, "read_s": max(0.0, t_read_and_signals - t_signals)}


def scan_batches(batches: Iterable[pa.RecordBatch] | pa.Table, *, reference: Reference,
                 target_fpr: float = DEFAULT_TARGET_FPR, min_exchanges: int = DEFAULT_MIN_EXCHANGES,
                 detectors=None, ingest_stats: dict | None = None, campaigns: bool = True,
                 workers: int = 1) -> ScanResult:
    """The whole batch pipeline over canonical exchange batches; returns verdicts and what made them."""
    t0 = time.perf_counter()
    exchanges, signals, timings = collect(batches, detectors=detectors, workers=workers)
    t1 = time.perf_counter()
    features = account_features(exchanges, signals)
    specs = signal_specs(signals)
    t2 = time.perf_counter()
    model = RiskModel(reference, target_fpr=target_fpr, min_exchanges=min_exchanges)
    base = model.score(features, specs)
    base, end_users = judge_end_users(exchanges, signals, features, base, model, specs)
    t3 = time.perf_counter()
    campaign_list, membership, graph = [], {}, None
    if campaigns:
        found = campaign_stage.detect_campaigns(exchanges, signals, base.table())
        campaign_list, membership, graph = list(found.campaigns), dict(found.membership), found.graph
    final = apply_campaigns(base, campaign_list, membership, target_fpr=target_fpr)
    t4 = time.perf_counter()
    timelines = account_timelines(exchanges, _top_accounts(final, TIMELINE_ACCOUNTS))

    n = len(exchanges)
    stats = {
        "exchanges_read": int((ingest_stats or {}).get("read", n)),
        "exchanges_accepted": int((ingest_stats or {}).get("accepted", n)),
        "exchanges_quarantined": int((ingest_stats or {}).get("quarantined", 0)),
        "exchanges_scanned": n,
        "flagged_accounts": int(final.flagged.sum()),
        "campaigns": len(campaign_list),
        "detectors": sorted(specs),
        **final.stats,
    }
    if not campaigns:
        stats["campaign_note"] = "campaign detection skipped"
    stats["seconds"] = {
        "read": round(timings["read_s"], 3), "signals": round(timings["signals_s"], 3),
        "features": round(t2 - t1, 3), "risk": round(t3 - t2, 3), "campaigns": round(t4 - t3, 3),
        "total": round(time.perf_counter() - t0, 3),
    }
    verdicts = build_verdicts(final.account_ids, final.risk, final.flagged, final.campaign_ids, final.evidence,
                              campaign_list, stats, end_users=end_users)
    return ScanResult(verdicts, features, final, base, campaign_list, timelines, verdicts["stats"], graph)


def reference_from_batches(batches, *, meta: dict, min_exchanges: int = DEFAULT_MIN_EXCHANGES,
                           detectors=None, workers: int = 1) -> Reference:
    """A benign `Reference` from benign traffic, scored through the very same stages as a scan."""
    exchanges, signals, _ = collect(batches, detectors=detectors, workers=workers)
    features = account_features(exchanges, signals)
    meta = dict(meta, exchanges=len(exchanges))
    return Reference.from_features(features, signal_specs(signals), min_exchanges=min_exchanges, meta=meta)


def _top_accounts(risk: AccountRisk, k: int) -> list[str]:
    order = np.lexsort((np.array(risk.account_ids, dtype=object).astype(str), -risk.risk))
    return [risk.account_ids[i] for i in order[:k]]


def account_timelines(exchanges: pa.Table, accounts: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Exchanges per hour for a few accounts (for the report's timelines)."""
    if not accounts or not len(exchanges):
        return {}
    x = pa.table({
        "acc": exchanges.column(schema.ACCOUNT_ID),
        "t": pc.cast(exchanges.column(schema.TS), pa.int64()),
    })
    wanted = pa.table({"acc": pa.array(accounts, pa.string())})
    con = duckdb.connect()
    try:
        con.register("x", x)
        con.register("wanted", wanted)
        rows = con.sql("""
            SELECT acc, (t // 3600000000) * 3600 AS hour_s, count(*) AS n
            FROM x JOIN wanted USING (acc) GROUP BY ALL ORDER BY acc, hour_s
        """).fetchall()
    finally:
        con.close()
    out: dict[str, list[tuple[int, int]]] = {a: [] for a in accounts}
    for acc, hour_s, n in rows:
        out[acc].append((int(hour_s), int(n)))
    return out
