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
from distillguard.behaviour import account_features, signal_specs, small_accounts
from distillguard.campaigns.artifacts import campaign_artifacts
from distillguard.campaigns.indicators import campaign_indicators
from distillguard.risk.watchlist import Intel, apply_watchlists, match_watchlists
from distillguard.behaviour.features import PAYMENT_COUNTRY, PROMPT_KEY, prompt_keys
from distillguard.linkage import cohort as cohort_stage
from distillguard.linkage.graph import default_kinds
from distillguard.linkage.kinds import shared_system_prompt as system_prompt
from distillguard.linkage.view import AccountView
from distillguard.risk import AccountRisk, Reference, RiskModel, apply_campaigns
from distillguard.risk.campaign_boost import mark_asked, named_members
from distillguard.risk.end_users import flag_own_traffic, judge_end_users
from distillguard.risk.score import DEFAULT_MIN_EXCHANGES, DEFAULT_TARGET_FPR, quiet_accounts, safety_findings
from distillguard.errors import check_terminated, termination_deferred
from distillguard.signals import SignalMemo, run_signals
from distillguard.verdicts import build_verdicts

# Text the later stages do not read: dropped after the detectors have seen it (the prompt and the
# system prompt travel on as digests: PROMPT_KEY, and the system-prompt link's columns).
DROPPED_TEXT = (schema.INPUT_MESSAGES, schema.PROMPT, schema.SYSTEM_PROMPT, schema.RESPONSE, schema.REASONING,
                schema.PARAMS, schema.EXTRA)
# ... and identifiers no later stage reads (~100 bytes an exchange of the ~500 kept per exchange
# until the end of a scan: the narrow table is what scan's memory grows with).
# (The organisation is kept: keys of one organisation that split a benchmark are one customer's
# sharded run, not a partitioned sweep of many identities; linkage.cohort.)
DROPPED_UNREAD = (schema.SOURCE_FORMAT, schema.API_KEY_ID, schema.CONVERSATION_ID)
# ... but where a record was read and its digest travel with a scored batch as far as the reader's
# id ledger (sources.ids: duplicates and id conflicts), and are dropped when `collect` keeps it.
LEDGER_COLUMNS = (schema.SOURCE_FILE, schema.SOURCE_LINE, schema.DIGEST)
NARROW_COLUMNS = tuple(c for c in schema.COLUMNS if c not in DROPPED_TEXT + DROPPED_UNREAD)
# What scan reads from the logs (read_exchanges(columns=...)): all but the texts no stage reads
# (responses, reasoning). Detectors read prompts, the messages JSON and the params JSON (a
# response format's schema), _narrow reads dg.extra; the cheap columns are kept even where
# nothing reads them yet.
SCAN_COLUMNS = frozenset(schema.COLUMNS) - {schema.RESPONSE, schema.REASONING}
TIMELINE_ACCOUNTS = 10
# Decompressed log text per reader-worker task when scan scores in the reader's workers: big
# enough that repeated prompts within a task are scored once (see run_signals), small enough
# that 2 tasks per worker in flight stay a few hundred MB (64 MiB cost more kernel time: its
# temporaries pass glibc's 32 MiB mmap ceiling, see distillguard/_malloc.py).
SCAN_CHUNK_BYTES = 32 << 20


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
    # campaign id -> its identity artifacts (campaigns.artifacts), for the online path's containment
    artifacts: dict = field(default_factory=dict)

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
    if schema.PROMPT in table.column_names:
        narrow = narrow.append_column(PROMPT_KEY, prompt_keys(table.column(schema.PROMPT)))
    if schema.SYSTEM_PROMPT in table.column_names:
        digest, chars = system_prompt.prompt_digests(table.column(schema.SYSTEM_PROMPT))
        narrow = narrow.append_column(system_prompt.KEY_COLUMN, digest).append_column(system_prompt.CHARS_COLUMN, chars)
    if schema.EXTRA in table.column_names:
        # Payment country, when a gateway logs one among the unmapped fields.
        extra = table.column(schema.EXTRA)
        country = pc.extract_regex(extra, r'"payment_country"\s*:\s*"(?P<c>[A-Za-z]{2})"')
        narrow = narrow.append_column(PAYMENT_COUNTRY, pc.utf8_upper(pc.struct_field(country, "c")))
    return narrow


# Schema metadata of a scored batch (see score_batch): how many of its leading columns are the
# narrow exchange columns; the rest are signal columns.
SCORED_KEY = b"distillguard.scored.narrow_columns"


def score_batch(batch: pa.RecordBatch | pa.Table, detectors=None) -> pa.RecordBatch:
    """One batch through the detectors: the narrow columns the later stages read, then every
    signal column, as one record batch tagged as scored (`collect` then takes it as it is).

    scan hands this to the reader as its `worker_transform`, so that big logs are parsed and
    scored in the same worker process and only these small columns travel back."""
    table = pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch
    signals = run_signals(table, detectors, memo=_process_memo())
    narrow = _narrow(table)
    names = narrow.column_names + signals.column_names
    scored = pa.Table.from_arrays(narrow.columns + signals.columns, names=names).combine_chunks()
    meta = {SCORED_KEY: str(narrow.num_columns).encode()}
    if not len(scored):
        return pa.RecordBatch.from_pylist([], schema=scored.schema.with_metadata(meta))
    return scored.to_batches()[0].replace_schema_metadata(meta)


_MEMO: SignalMemo | None = None


def _process_memo() -> SignalMemo:
    """This process's memo of scored texts (each reader worker keeps its own; see signals.memo)."""
    global _MEMO
    if _MEMO is None:
        _MEMO = SignalMemo()
    return _MEMO


def _split(scored: pa.RecordBatch) -> tuple[pa.Table, pa.Table]:
    """(narrow exchanges, signals) of a scored batch."""
    k = int(scored.schema.metadata[SCORED_KEY])
    table = pa.Table.from_batches([scored]).replace_schema_metadata(None)
    return table.select(list(range(k))), table.select(list(range(k, table.num_columns)))


def _is_scored(batch: pa.RecordBatch) -> bool:
    return bool(batch.schema.metadata) and SCORED_KEY in batch.schema.metadata


def _timed_score(batch: pa.RecordBatch, detectors) -> tuple[pa.RecordBatch, float]:
    t0 = time.perf_counter()
    return score_batch(batch, detectors), time.perf_counter() - t0


def _nonempty_batches(batches) -> Iterable[pa.RecordBatch]:
    if isinstance(batches, pa.Table):
        batches = batches.to_batches(max_chunksize=65536)
    for batch in batches:
        check_terminated()  # (a SIGTERM whose exception was swallowed while workers started)
        if batch.num_rows:
            yield batch


def collect(batches: Iterable[pa.RecordBatch] | pa.Table, *, detectors=None, workers: int = 1
            ) -> tuple[pa.Table, pa.Table, dict]:
    """Run the detectors batch by batch; return (narrow exchanges, signals, timings).

    Batches already scored where they were read (`score_batch` as the reader's worker_transform)
    are taken as they are. The others are scored here, or with `workers` > 1 in that many
    processes (detectors are stateless, so the result is the same); at most 2 x workers batches
    are in flight, which bounds memory.
    """
    narrow_parts, signal_parts = [], []
    t_signals = 0.0
    scored_upstream = 0
    t_start = time.perf_counter()

    def keep(scored: pa.RecordBatch) -> None:
        narrow, signals = _split(scored)
        narrow = narrow.drop_columns([c for c in LEDGER_COLUMNS if c in narrow.column_names])
        narrow_parts.append(narrow)
        signal_parts.append(signals)

    if workers <= 1:
        for batch in _nonempty_batches(batches):
            if _is_scored(batch):
                scored_upstream += batch.num_rows
                keep(batch)
                continue
            scored, dt_s = _timed_score(batch, detectors)
            keep(scored)
            t_signals += dt_s
    else:
        import collections
        from concurrent.futures import ProcessPoolExecutor

        from distillguard.sources.parallel import bounded_workers, die_with_parent

        with ProcessPoolExecutor(max_workers=bounded_workers(workers), initializer=die_with_parent) as pool:
            pending: collections.deque = collections.deque()
            for batch in _nonempty_batches(batches):
                if _is_scored(batch):
                    scored_upstream += batch.num_rows
                    keep(batch)
                    continue
                with termination_deferred():  # the first submit forks the workers
                    pending.append(pool.submit(_timed_score, batch, detectors))
                while len(pending) >= 2 * workers:
                    scored, dt_s = pending.popleft().result()
                    keep(scored)
                    t_signals += dt_s / workers
            while pending:
                scored, dt_s = pending.popleft().result()
                keep(scored)
                t_signals += dt_s / workers
    t_read_and_signals = time.perf_counter() - t_start
    if narrow_parts:
        exchanges = pa.concat_tables(narrow_parts, promote_options="default")
        signals = pa.concat_tables(signal_parts, promote_options="default")
    else:
        exchanges, signals = _split(score_batch(schema.empty_table(), detectors))
    timings = {"signals_s": t_signals, "read_s": max(0.0, t_read_and_signals - t_signals)}
    if scored_upstream:
        # Scored in the reader's workers: reading and scoring overlap there and are one figure.
        timings = {"read_and_signals_s": t_read_and_signals, "scored_in_reader_rows": scored_upstream}
    return exchanges, signals, timings


def scan_batches(batches: Iterable[pa.RecordBatch] | pa.Table, *, reference: Reference,
                 target_fpr: float = DEFAULT_TARGET_FPR, min_exchanges: int = DEFAULT_MIN_EXCHANGES,
                 detectors=None, ingest_stats: dict | None = None, campaigns: bool = True,
                 workers: int = 1, intel: Intel | None = None) -> ScanResult:
    """The whole batch pipeline over canonical exchange batches; returns verdicts and what made them."""
    t0 = time.perf_counter()
    exchanges, signals, timings = collect(batches, detectors=detectors, workers=workers)
    return scan_collected(exchanges, signals, reference=reference, target_fpr=target_fpr, min_exchanges=min_exchanges,
                          ingest_stats=ingest_stats, campaigns=campaigns, timings=timings, started=t0, intel=intel)


def scan_collected(exchanges: pa.Table, signals: pa.Table, *, reference: Reference,
                   target_fpr: float = DEFAULT_TARGET_FPR, min_exchanges: int = DEFAULT_MIN_EXCHANGES,
                   ingest_stats: dict | None = None, campaigns: bool = True, timings: dict | None = None,
                   started: float | None = None, intel: Intel | None = None) -> ScanResult:
    """The stages after the detectors (`collect`): one scored log can be judged against several
    references (benchmarks/coordination_holdout.py leaves one benign population out of each)."""
    t0 = started if started is not None else time.perf_counter()
    timings = timings or {"read_s": 0.0, "signals_s": 0.0}
    t1 = time.perf_counter()
    features = account_features(exchanges, signals)
    view, keyrows, cohort, bursts, partitions = account_cohorts(exchanges, signals)
    features = with_cohort(features, cohort)
    specs = signal_specs(signals)
    t2 = time.perf_counter()
    model = RiskModel(reference, target_fpr=target_fpr, min_exchanges=min_exchanges)
    base = model.score(features, specs)
    base, end_users, relays = judge_end_users(exchanges, signals, features, base, model, specs)
    t3 = time.perf_counter()
    campaign_list, membership, graph = [], {}, None
    if campaigns:
        accounts = with_cohort(base.table(), cohort)
        relay_ids = set(relays)
        accounts = accounts.append_column("relay", pa.array([a in relay_ids for a in base.account_ids], pa.bool_()))
        # each relay's group verdict (risk.end_users), for campaigns.relay_front
        for column, field, typ in (("relay_judged", "end_users_judged", pa.int64()),
                                   ("relay_flagged", "end_users_flagged", pa.int64()),
                                   ("relay_group", "group", pa.int64()), ("relay_rate", "benign_rate", pa.float64())):
            accounts = accounts.append_column(column, pa.array([relays[a][field] if a in relay_ids else None
                                                                for a in base.account_ids], typ))
        accounts = with_campaign_columns(accounts, features, specs, min_exchanges, base)
        score_group = group_scorer(exchanges, signals, model, specs, cohort, member_features=features)
        found = campaign_stage.detect_campaigns(exchanges, signals, accounts, view=view, keyrows=keyrows, bursts=bursts,
                                                partitions=partitions, score_group=score_group,
                                                small_reference=reference.meta.get("small_accounts"),
                                                min_exchanges=min_exchanges)
        campaign_list, membership, graph = list(found.campaigns), dict(found.membership), found.graph
        campaign_list = mark_asked(campaign_list, group_scorer(exchanges, signals, model, specs, cohort,
                                                               member_features=features, typical=True), specs)
    final = apply_campaigns(base, campaign_list, membership, target_fpr=target_fpr)
    campaign_list = named_members(campaign_list, final)
    final = flag_own_traffic(final, end_users, relays)
    intel_stats = None
    if intel is not None and intel.watchlists:  # a peer's shared campaigns (intel import)
        matches, intel_stats = match_watchlists(intel, view, keyrows)
        final = apply_watchlists(final, matches, dict(zip(view.account_ids, view.exchanges_per_account.tolist())),
                                 target_fpr=target_fpr)
    flagged_ids = {a for a, f in zip(final.account_ids, final.flagged) if f}
    artifacts = campaign_artifacts(campaign_list, view.account_ids, keyrows, default_kinds(), flagged_ids)
    # what each campaign was seen with, for intelligence exports and abuse reports
    indicators = campaign_indicators(campaign_list, view, keyrows, flagged_ids)
    campaign_list = [dict(c, indicators=indicators[c["campaign_id"]]) for c in campaign_list]
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
    if intel_stats is not None:
        stats["intel"] = intel_stats
    if not campaigns:
        stats["campaign_note"] = "campaign detection skipped"
    read_and_signals = ({"read_and_signals": round(timings["read_and_signals_s"], 3)} if "read_and_signals_s" in timings
                        else {"read": round(timings["read_s"], 3), "signals": round(timings["signals_s"], 3)})
    stats["seconds"] = {
        **read_and_signals,
        "features": round(t2 - t1, 3), "risk": round(t3 - t2, 3), "campaigns": round(t4 - t3, 3),
        "total": round(time.perf_counter() - t0, 3),
    }
    verdicts = build_verdicts(final.account_ids, final.risk, final.flagged, final.campaign_ids, final.evidence,
                              campaign_list, stats, end_users=end_users, relays=relays, findings=safety_findings(features, specs))
    return ScanResult(verdicts, features, final, base, campaign_list, timelines, verdicts["stats"], graph, artifacts)


def with_campaign_columns(accounts: pa.Table, features: pa.Table, specs: dict, min_exchanges: int,
                        base: AccountRisk) -> pa.Table:
    """`accounts` (of `base`, in its order) with columns `small`, `harvest_only` and
    `harvest_over_floor` (behaviour.small_accounts, for campaigns.thin_fleet), `quiet`
    (risk.score.quiet_accounts), `extraction_hits`, `distinct_prompts`, `dataset_items` and
    `account_age_hours` (for campaigns.collective)."""
    at = pc.index_in(accounts.column("account_id"), value_set=features.column("account_id"))
    shapes = small_accounts.shapes(features, specs, min_exchanges)  # (extraction hits counted once)
    for name in ("small", "harvest_only", "harvest_over_floor"):
        accounts = accounts.append_column(name, pa.array(shapes[name], pa.bool_()).take(at))
    accounts = accounts.append_column("extraction_hits", pa.array(shapes["hits"], pa.int64()).take(at))
    accounts = accounts.append_column("distinct_prompts", features.column("distinct_prompts").cast(pa.int64()).take(at))
    if "dataset_items" in features.column_names:
        accounts = accounts.append_column("dataset_items", features.column("dataset_items").cast(pa.int64()).take(at))
    if "account_age_hours" in features.column_names:
        accounts = accounts.append_column("account_age_hours",
                                          features.column("account_age_hours").cast(pa.float64()).take(at))
    return accounts.append_column("quiet", pa.array(quiet_accounts(base, features, specs, shapes["hits"]), pa.bool_()))


def account_cohorts(exchanges: pa.Table, signals: pa.Table, kinds=None):
    """(account view, link kinds' keys, cohort features, sign-up bursts per key row, partitioned
    sweeps): the keys are made once, for the cohort features the risk stage reads and for the
    linkage graph campaigns are found in."""
    view = AccountView(exchanges, signals)
    kinds = tuple(kinds) if kinds is not None else default_kinds()
    keyrows = {k.name: k.keys(view) for k in kinds}
    bursts: dict = {}
    partitions: list = []
    cohort = cohort_stage.cohort_features(view, keyrows, kinds, bursts, partitions)
    return view, keyrows, cohort, bursts, partitions


def with_cohort(features: pa.Table, cohort: pa.Table) -> pa.Table:
    """`features` with the cohort columns of the same accounts (nulls for accounts it lacks)."""
    at = pc.index_in(features.column("account_id"), value_set=cohort.column(schema.ACCOUNT_ID))
    for name in cohort_stage.COLUMNS:
        features = features.append_column(name, cohort.column(name).take(at))
    return features


def pooled_cohort(cohort: pa.Table, account_ids: list[str]) -> pa.Table:
    """The cohort columns of a pooled group: its members' strongest (the group's own burst, card,
    card ring, partitioned sweep and harvest fleet)."""
    rows = cohort.filter(pc.is_in(cohort.column(schema.ACCOUNT_ID), value_set=pa.array(account_ids, pa.string())))
    if not len(rows):
        return cohort.slice(0, 0)
    burst = np.nan_to_num(rows.column("cohort_signup").to_numpy(zero_copy_only=False).astype(float), nan=-1.0)
    out = rows.slice(int(np.argmax(burst)), 1).set_column(
        cohort.schema.get_field_index("cohort_card"), "cohort_card",
        pa.array([int(pc.max(rows.column("cohort_card")).as_py() or 0)], pa.int64()))
    # each group feature with its companion columns, from the member that has it strongest
    for columns in (cohort_stage.PARTITION_COLUMNS, cohort_stage.RING_COLUMNS, cohort_stage.HARVEST_COLUMNS):
        best = int(np.argmax(rows.column(columns[0]).to_numpy(zero_copy_only=False)))
        for name in columns:
            out = out.set_column(cohort.schema.get_field_index(name), name, rows.column(name).slice(best, 1))
    return out


POOLED_ACCOUNT = "(pooled group)"
MANY_ROWS = 2_000_000  # exchanges pooled at once when every candidate group is scored together


def group_scorer(exchanges: pa.Table, signals: pa.Table, model: RiskModel, specs: dict, cohort: pa.Table | None = None,
                 member_features: pa.Table | None = None, typical: bool = False):
    """account ids -> GroupScore: their traffic pooled as one account and scored like any account
    (same features, same reference, same operating point; additive features such as volume
    left out), with the members' cohort features, for campaigns.collective. With
    `member_features` (the members' own account features), the pooled account's age is its
    typical member's (`_typical_age`). `typical`: scored as the group's typical member
    (RiskModel.score), for what its members ask (risk.campaign_boost.mark_asked)."""
    from distillguard.campaigns.collective import GroupScore

    age_of = None
    if member_features is not None and "account_age_hours" in member_features.column_names:
        age_of = dict(zip(member_features.column("account_id").to_pylist(),
                          member_features.column("account_age_hours").to_pylist()))

    accounts = exchanges[schema.ACCOUNT_ID]
    at = exchanges.schema.get_field_index(schema.ACCOUNT_ID)

    def many(groups: list[list[str]]) -> list[GroupScore]:
        """Every group at once: member rows are repeated once per group they are in, relabelled
        with the group, and scored in one pass (in slices of about MANY_ROWS rows)."""
        out: list[GroupScore | None] = [None] * len(groups)
        ids = sorted({a for g in groups for a in g})
        row_of = pc.fill_null(pc.index_in(accounts, value_set=pa.array(ids, pa.string())), -1)
        row_of = row_of.to_numpy(zero_copy_only=False).astype(np.int64)
        order = np.argsort(row_of, kind="stable")
        starts = np.searchsorted(row_of[order], np.arange(len(ids) + 1))
        sizes = np.diff(starts)
        pos = {a: i for i, a in enumerate(ids)}
        members = [np.array([pos[a] for a in g], np.int64) for g in groups]
        rows_per_group = [int(sizes[m].sum()) for m in members]
        lo = 0
        while lo < len(groups):
            hi, total = lo, 0
            while hi < len(groups) and (hi == lo or total + rows_per_group[hi] <= MANY_ROWS):
                total += rows_per_group[hi]
                hi += 1
            take = [order[starts[a]:starts[a + 1]] for gi in range(lo, hi) for a in members[gi]]
            label = np.repeat(np.arange(lo, hi), rows_per_group[lo:hi])
            rows = pa.array(np.concatenate(take) if take else np.zeros(0, np.int64))
            pooled, pooled_signals = exchanges.take(rows), signals.take(rows)
            names = [f"{POOLED_ACCOUNT} {gi}" for gi in range(lo, hi)]
            pooled = pooled.set_column(at, schema.ACCOUNT_ID,
                                       pa.DictionaryArray.from_arrays(pa.array(label - lo, pa.int32()),
                                                                      pa.array(names)).cast(pa.string()))
            features = account_features(pooled, pooled_signals)
            if age_of is not None and len(features):
                features = _typical_age(features, {names[gi - lo]: groups[gi] for gi in range(lo, hi)}, age_of)
            if cohort is not None and len(features):
                parts = []
                for gi in range(lo, hi):
                    group = pooled_cohort(cohort, groups[gi])
                    if len(group):
                        parts.append(group.set_column(0, schema.ACCOUNT_ID, pa.array([names[gi - lo]], pa.string())))
                if parts:
                    features = with_cohort(features, pa.concat_tables(parts))
            risk = model.score(features, specs, pooled=True, typical=typical)
            prompts = dict(zip(features.column("account_id").to_pylist(), features.column("distinct_prompts").to_pylist()))
            got = {a: i for i, a in enumerate(risk.account_ids)}
            for gi in range(lo, hi):
                i = got.get(names[gi - lo])
                out[gi] = (GroupScore(0.0, False, rows_per_group[gi], [], model.target_fpr) if i is None else
                           GroupScore(float(risk.risk[i]), bool(risk.flagged[i]), rows_per_group[gi],
                                      list(risk.evidence[i]), model.target_fpr, int(prompts[names[gi - lo]])))
            lo = hi
        return out

    def score(account_ids: list[str]) -> GroupScore:
        return many([account_ids])[0]

    score.many = many
    return score


def _typical_age(features: pa.Table, members: dict[str, list[str]], age_of: dict) -> pa.Table:
    """`features` of pooled groups with each group's account age its members' median. Pooled, the
    age is the first use of any member after the earliest creation: a burst group of 48 students
    of whom one started at once read "first used 0.0 hours after creation" (gen_o, session 36),
    where a pooled account stands for its typical member (its shares are their averages)."""
    ages = []
    for name in features.column("account_id").to_pylist():
        known = [age_of.get(a) for a in members.get(name, ())]
        known = [x for x in known if x is not None]
        ages.append(float(np.median(known)) if known else None)
    at = features.schema.get_field_index("account_age_hours")
    return features.set_column(at, "account_age_hours", pa.array(ages, pa.float64()))


def reference_from_batches(batches, *, meta: dict, min_exchanges: int = DEFAULT_MIN_EXCHANGES,
                           detectors=None, workers: int = 1) -> Reference:
    """A benign `Reference` from benign traffic, scored through the very same stages as a scan."""
    exchanges, signals, _ = collect(batches, detectors=detectors, workers=workers)
    features = account_features(exchanges, signals)
    # the cohort features read only the keys of operator artifacts: no other kind is run here
    artifacts = [k for k in default_kinds() if k.traits.operator_artifact]
    features = with_cohort(features, account_cohorts(exchanges, signals, artifacts)[2])
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
