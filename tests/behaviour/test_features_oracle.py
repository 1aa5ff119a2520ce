"""account_features (numpy) against the DuckDB implementation it replaced (features_duckdb.py):
every column equal on real and random logs.

Equal means: integers and strings exactly, floats to 1e-9 relative (sums are added in another
order), nulls where nulls. Where a feature picks one of several equally good values, DuckDB's
pick follows its hash tables and the numpy one takes the earliest exchange: there the new pick
must be one of the tied values (the same count, the same scores, the same times).

More logs: DG_ORACLE_LOGS="/work/an/*.ex.parquet" compares every cached (exchanges, signals) pair
`<name>.ex.parquet` / `<name>.sig.parquet` (as `pipeline.collect` returns them).
"""

import datetime as dt
import glob
import math
import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from distillguard import pipeline, schema
from distillguard.behaviour import account_features, origin
from distillguard.behaviour.features import PAYMENT_COUNTRY, SUBSTANTIVE_ANSWER_TOKENS, prompt_key_column
from distillguard.signals.extraction_intent import INTENT_COLUMN
from distillguard.sources import read_exchanges

from features_duckdb import duckdb_account_features

# label column -> the column whose most frequent value it names (per distinct prompt for intents)
LABELS = {"top_capability": "capability.label", "top_language": "language.code", "top_intent": INTENT_COLUMN,
          "payment_country": PAYMENT_COUNTRY}
# features computed from a pick among ties: they follow it
FOLLOW = {"ip_country": {"tz_mismatch_hours", "payment_country_mismatch", "language_mismatch_share", "mismatch_language"},
          "payment_country": {"payment_country_mismatch"}}


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) or isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return abs(a - b) <= max(1e-9 * max(abs(a), abs(b)), 1e-12)
    return a == b


class _Raw:
    """The rows of each account, to tell a tie from a difference."""

    def __init__(self, exchanges: pa.Table, signals: pa.Table):
        def col(table, name):
            return table.column(name).to_pylist() if name in table.column_names else [None] * len(table)

        self.xid = col(exchanges, schema.EXCHANGE_ID)
        keys = prompt_key_column(exchanges).to_pylist()
        self.prompt = [("key", k) if k is not None else ("id", x) for k, x in zip(keys, self.xid)]
        self.t = dict(zip(self.xid, pc.cast(exchanges.column(schema.TS), pa.int64()).to_pylist()))
        self.values = {c: col(signals, c) for c in LABELS.values() if c != PAYMENT_COUNTRY}
        # intents count only on requests answered substantively (features.SUBSTANTIVE_ANSWER_TOKENS)
        out, lp, tools = col(exchanges, schema.OUTPUT_TOKENS), col(exchanges, schema.LOGPROBS), col(exchanges, schema.TOOLS)
        self.values[INTENT_COLUMN] = [v if o is None or o >= SUBSTANTIVE_ANSWER_TOKENS or p or (t or 0) > 0 else None
                                      for v, o, p, t in zip(self.values[INTENT_COLUMN], out, lp, tools)]
        self.values[PAYMENT_COUNTRY] = col(exchanges, PAYMENT_COUNTRY)
        self.values[schema.CLIENT_ADDRESS] = col(exchanges, schema.CLIENT_ADDRESS)
        self.signals = signals
        self.rows: dict[str, list[int]] = {}
        for i, acc in enumerate(col(exchanges, schema.ACCOUNT_ID)):
            self.rows.setdefault(acc, []).append(i)
        self._scores: dict[str, dict] = {}

    def counts(self, account: str, column: str) -> dict:
        """value -> its requests (distinct prompts for intents) among the account's rows."""
        seen: dict = {}
        for i in self.rows[account]:
            v = self.values[column][i]
            if v is not None:
                seen.setdefault(v, set()).add(self.prompt[i] if column == INTENT_COLUMN else i)
        return {v: len(s) for v, s in seen.items()}

    def tied(self, account: str, column: str, a, b) -> bool:
        counts = self.counts(account, column)
        return bool(counts) and counts.get(a) == counts.get(b) == max(counts.values())

    def score(self, signal: str, xid: str) -> float:
        if signal not in self._scores:
            self._scores[signal] = dict(zip(self.xid, self.signals.column(signal).to_pylist()))
        return self._scores[signal][xid]


def assert_same_features(old: pa.Table, new: pa.Table, exchanges: pa.Table, signals: pa.Table) -> dict:
    """Fails on any difference that is not a tie; returns how many ties each column broke otherwise."""
    assert new.column_names == old.column_names
    for field in old.schema:
        typ = new.schema.field(field.name).type
        assert typ == field.type or (pa.types.is_list(typ) and pa.types.is_list(field.type)), field.name
    accounts = old.column("account_id").to_pylist()
    assert new.column("account_id").to_pylist() == accounts
    raw = _Raw(exchanges, signals)
    ties: dict[str, int] = {}
    wrong = []

    def tie(column):
        ties[column] = ties.get(column, 0) + 1

    tied = set()  # (account row, column) of features that follow a tie broken otherwise
    picks = {"ip_country": None, **LABELS}
    for column in picks:
        for i, (a, b) in enumerate(zip(old.column(column).to_pylist(), new.column(column).to_pylist())):
            if a == b:
                continue
            if column == "ip_country":
                counts = raw.counts(accounts[i], schema.CLIENT_ADDRESS)
                top = {origin.ip_country(ip) for ip, n in counts.items() if n == max(counts.values())}
                is_tie = {a, b} <= top
            else:
                is_tie = raw.tied(accounts[i], LABELS[column], a, b)
            if not is_tie:
                wrong.append((column, accounts[i], a, b))
                continue
            tie(column)
            tied.update((i, c) for c in FOLLOW.get(column, ()))
    for column in old.column_names:
        if column in picks:
            continue
        for i, (a, b) in enumerate(zip(old.column(column).to_pylist(), new.column(column).to_pylist())):
            if isinstance(a, list):
                if a != b and not _same_picks(raw, column, a, b):
                    wrong.append((column, accounts[i], a, b))
                elif a != b:
                    tie(column)
            elif _close(a, b) or (i, column) in tied:
                continue
            elif column == "peak_hour_utc" and a is not None and b is not None and abs(abs(a - b) - 24.0) <= 1e-9:
                continue  # the same hour of the clock (0:00 is 24:00)
            else:
                wrong.append((column, accounts[i], a, b))
    assert not wrong, wrong[:20]
    return ties


def _same_picks(raw: _Raw, column: str, old: list, new: list) -> bool:
    """Two lists of exchange ids picked among ties: as many, none twice, the same scores (or times)."""
    if len(old) != len(new) or len(set(new)) != len(new):
        return False
    if column == "sample_exchange_ids":
        return sorted(raw.t[x] for x in old) == sorted(raw.t[x] for x in new)
    signal = column.split("_", 1)[1]
    if column.startswith("where_"):
        old, new = [x.split(": ", 1)[0] for x in old], [x.split(": ", 1)[0] for x in new]
    return sorted(raw.score(signal, x) for x in old) == sorted(raw.score(signal, x) for x in new)


def _check(exchanges: pa.Table, signals: pa.Table | None) -> dict:
    new = account_features(exchanges, signals)
    old = duckdb_account_features(exchanges, signals)
    sig = signals if signals is not None else pa.table({"_": pa.nulls(len(exchanges))})
    return assert_same_features(old, new, exchanges, sig)


T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


def _random_log(seed: int, with_intent: bool = True) -> tuple[pa.Table, pa.Table]:
    """Small logs full of nulls and ties: repeated prompts and requests without one, missing
    tokens / turns / creation times, parameters with -0.0, a model released on day 3, scores on
    their thresholds."""
    rng = np.random.default_rng(seed)
    n, accounts = 600, [f"a{i:02d}" for i in range(12)] + ["b\u00e9", "B", "z"]
    ex, sig = [], []
    created = {acc: T0 - dt.timedelta(hours=int(rng.integers(0, 48))) for acc in accounts}
    created.update({"a03": None, "z": None, "a04": T0 + dt.timedelta(days=9)})  # unknown; created after first use
    for i in range(n):
        acc = "a00" if i % 10 == 0 else accounts[int(rng.integers(1, len(accounts)))]
        if acc == "a00":  # machine-regular: one request a minute
            ts = T0 + dt.timedelta(minutes=i // 10)
        else:
            ts = T0 + dt.timedelta(seconds=int(rng.integers(0, 5 * 86400)))
        late = ts > T0 + dt.timedelta(days=3)
        ex.append({
            schema.EXCHANGE_ID: f"x{i}", schema.TS: ts, schema.ACCOUNT_ID: acc,
            schema.PROMPT: None if rng.random() < 0.1 else f"prompt {int(rng.integers(0, 40))}",
            schema.INPUT_TOKENS: None if rng.random() < 0.2 else int(rng.integers(1, 500)),
            schema.OUTPUT_TOKENS: None if rng.random() < 0.2 else int(rng.integers(1, 900)),
            schema.TURNS: None if rng.random() < 0.3 else int(rng.integers(1, 4)),
            schema.MODEL: None if rng.random() < 0.1 else ("m2" if late and rng.random() < 0.6 else "m1"),
            schema.CLIENT_ADDRESS: ["8.8.8.8", "81.2.69.142", "1.0.16.1", None][int(rng.integers(4))],
            schema.CLIENT_NETWORK: ["n1", "n2", None][int(rng.integers(3))],
            schema.END_USER: [None, "u1", "u2"][int(rng.integers(3))],
            schema.ACCOUNT_CREATED: created[acc],
            schema.TEMPERATURE: [0.0, -0.0, 0.7, None][int(rng.integers(4))],
            schema.MAX_TOKENS: [None, 256, 1024][int(rng.integers(3))],
            schema.LOGPROBS: [None, True, False][int(rng.integers(3))],
            schema.USER_AGENT: ["curl", "python", None][int(rng.integers(3))],
        })
        hit = [0.0, 0.5, 0.9961001778563425, 0.99, 1.0, None]
        row = {name: hit[int(rng.integers(len(hit)))] for name in ("cot_elicitation", "rubric_grading",
                                                                   "dataset_match", "logprob_harvest", "fake")}
        row.update({"template.skeleton": [None, "s1", "s2", "s3"][int(rng.integers(4))],
                    "capability.label": [None, "math", "code"][int(rng.integers(3))],
                    "dataset_match.item": [None, "gsm8k:1", "gsm8k:2"][int(rng.integers(3))],
                    "language.code": [None, "en", "zh", "de", "und"][int(rng.integers(5))]})
        if with_intent:
            row["extraction_intent"] = hit[int(rng.integers(len(hit)))]
            row[INTENT_COLUMN] = [None, "reasoning_trace", "synthetic_data"][int(rng.integers(3))]
            row["extraction_intent.span"] = [None, "chars 0-10"][int(rng.integers(2))]
        sig.append(row)
    exchanges = schema.from_rows(ex)
    pay = [None if rng.random() < 0.5 else ["RU", "US", "de"][int(rng.integers(3))] for _ in range(n)]
    exchanges = exchanges.append_column(PAYMENT_COUNTRY, pa.array(pay, pa.string()))
    strings = {"template.skeleton", "capability.label", "dataset_match.item", "language.code", INTENT_COLUMN,
               "extraction_intent.span"}
    signals = pa.table({k: pa.array([r[k] for r in sig], pa.string() if k in strings else pa.float32())
                        for k in sig[0]})
    return exchanges, signals


@pytest.mark.parametrize("seed", range(6))
def test_random_logs(seed):
    _check(*_random_log(seed, with_intent=seed % 2 == 0))


def test_families_of_cue_lists_without_the_classifier():
    """Without the classifier's column the cue lists are one family, counted once per prompt."""
    exchanges, signals = _random_log(7, with_intent=False)
    new = account_features(exchanges, signals)
    assert "count_family_content" in new.column_names
    _check(exchanges, signals)


def test_tables_without_signals_or_columns():
    exchanges, _ = _random_log(8)
    _check(exchanges, None)
    _check(exchanges.select([schema.EXCHANGE_ID, schema.TS, schema.ACCOUNT_ID]), None)
    _check(schema.empty_table(), None)


def test_the_demo_log(demo_scan):
    exchanges, signals, _ = pipeline.collect(read_exchanges([str(demo_scan.log)]))
    _check(exchanges, signals)


@pytest.mark.parametrize("path", sorted(glob.glob(os.environ.get("DG_ORACLE_LOGS", "")))
                         if os.environ.get("DG_ORACLE_LOGS") else [])
def test_cached_logs(path):
    exchanges = pq.read_table(path)
    signals = pq.read_table(path.replace(".ex.parquet", ".sig.parquet"))
    print(path, _check(exchanges, signals))
