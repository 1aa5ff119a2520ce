"""Per-account behaviour features, computed column-wise in numpy over Arrow (no per-exchange Python objects).

`account_features(exchanges, signals)` reads the canonical exchange table with the per-exchange
signals table (row i of one describes row i of the other) and aggregates per account. It serves
both the batch scan (the whole log at once) and the online path (re-scoring a few accounts'
windows at a time), so it has no fixed cost worth the name.

Feature columns are documented in `FEATURE_DOCS` (one line each); the risk stage decides which of
them count as evidence and in which direction.
"""

from __future__ import annotations

import hashlib
import math

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.behaviour import origin
from distillguard.signals.extraction_intent import INTENT_COLUMN, NAME as INTENT_NAME, SCHEMA_SPAN, SPAN_COLUMN
from distillguard.signals.registry import detector_classes

ACCOUNT = "account_id"
# Derived columns the pipeline may add: the country code taken from `dg.extra`.payment_country,
# and a 64-bit key of the prompt text (the text itself is dropped before the account stages).
PAYMENT_COUNTRY = "dg.payment.country"
PROMPT_KEY = "dg.prompt.key"
EXAMPLES_PER_SIGNAL = 3
# A model that first shows up this long after the log starts counts as "newly released".
NEW_MODEL_AFTER_S = 24 * 3600
PIVOT_WINDOW_S = 24 * 3600
PIVOT_MIN_EXCHANGES = 5
# An extraction request answered in a few tokens (a label, a score, a one-line verdict) hands over
# a label, not a demonstration to train on: moderation pipelines, annotation QA and eval judges ask
# for exactly that at scale (gen_c's moderation pipeline: 1 token; gen_e's annotation vendor: 2).
# Such a request counts as an extraction hit only when its answer had at least this many output
# tokens (reasoning included: a trace is what is harvested), log-probabilities were asked for
# (soft labels carry the distribution) or tools were offered (an agent's step is one short move of
# the trajectory harvested: held-out gen_d's trajectory-harvesting end users 142 -> 86 of 150
# flagged without this). An unknown output size counts. A harvest of bare labels is left to
# coordination evidence (benchmarks/results/coordination.md, session 23).
SUBSTANTIVE_ANSWER_TOKENS = 32

FEATURE_DOCS: dict[str, str] = {
    "exchanges": "number of exchanges",
    "input_tokens": "input tokens, summed",
    "output_tokens": "output tokens, summed",
    "output_tokens_mean": "mean output tokens per exchange",
    "first_seen_us": "first exchange, Unix microseconds",
    "last_seen_us": "last exchange, Unix microseconds",
    "span_hours": "hours between first and last exchange",
    "active_days": "distinct UTC days with traffic",
    "peak_day_exchanges": "exchanges on the busiest UTC day",
    "peak_hour_exchanges": "exchanges in the busiest clock hour",
    "exchanges_per_active_day": "exchanges / active_days",
    "interarrival_cv": "coefficient of variation of gaps between requests (low = machine-regular)",
    "interarrival_median_s": "median gap between consecutive requests, seconds",
    "hour_entropy": "entropy of hour-of-day activity / log2(24) (1 = round the clock)",
    "active_hours": "hours of the day (UTC) holding at least 2% of the traffic",
    "peak_hour_utc": "circular mean hour of activity (UTC), null when round the clock",
    "single_turn_ratio": "share of requests with at most one user turn",
    "distinct_prompts": "distinct prompts (a request without prompt text counts as its own)",
    "top_template_share": "share of distinct prompts on the account's most used template skeleton",
    "distinct_templates": "distinct template skeletons",
    "top_capability": "most targeted capability label",
    "top_capability_share": "share of requests on the top capability",
    "distinct_capabilities": "distinct capability labels",
    "top_intent": "extraction intent most of the account's extraction-intent hits ask for",
    "top_intent_share": "share of the account's extraction-intent hits (distinct prompts) on top_intent",
    "schema_intent_hits": "extraction-intent hits (distinct prompts) whose ask was read in the response format's JSON schema",
    "dataset_items": "distinct known-dataset items matched",
    "dataset_share": "share of distinct prompts matching a known dataset item",
    "distinct_models": "distinct models requested",
    "model_pivot_share": "largest share of traffic moved to a newly released model within 24h of its release",
    "account_age_hours": "hours from account creation to first use (null if unknown, or if first used over an hour before it was created)",
    "top_params_share": "share of requests with the account's most common request-parameter fingerprint",
    "distinct_params": "distinct request-parameter fingerprints",
    "distinct_ips": "distinct client addresses",
    "distinct_networks": "distinct client networks (/24 or /48)",
    "distinct_end_users": "distinct end users (OpenAI `user`) the account relays traffic for",
    "ip_country": "country of the most used client address (offline geoip)",
    "top_language": "most common prompt language",
    "language_mismatch_share": "share of requests in a non-English language foreign to the IP country",
    "mismatch_language": "the most common of those foreign languages (what language_mismatch_share counts)",
    "tz_mismatch_hours": "hours between activity-implied time zone and the IP country's",
    "payment_country": "payment country when the log carries one",
    "payment_country_mismatch": "1 when the payment country differs from the IP country",
    "sample_exchange_ids": "first exchanges of the account (for evidence)",
}

# an account relaying traffic for at least this many end users is a relay: judged per end user
# (risk.end_users), never as one identity (linkage.cohort)
MIN_END_USERS = 20


def signal_specs(signals: pa.Table) -> dict[str, dict]:
    """Score columns of a signals table with each detector's threshold and plain-words description.

    A column counts as a score when it is floating point and named like a detector (no dot), and
    the detector's `evidence` is not "label" (a label's confidence is no sign of anything);
    detectors that are not registered (e.g. a test's fake table) get threshold 0.5 and count as
    extraction signals of a family of their own.
    """
    classes = detector_classes()
    specs = {}
    for field in signals.schema:
        if "." in field.name or not pa.types.is_floating(field.type):
            continue
        cls = classes.get(field.name)
        if cls is not None and cls.evidence == "label":
            continue
        specs[field.name] = {
            "threshold": float(cls.threshold) if cls else 0.5,
            # A signal of the prompt text alone is counted once per distinct prompt: an agent's
            # tool loop resends the user's prompt with every step, which is one ask, not ten.
            "per_prompt": cls.counts_per_prompt() if cls else False,
            "description": getattr(cls, "description", None) or f"show the {field.name} signal",
            "atlas": list(getattr(cls, "atlas", ()) or ()),
            "evidence": cls.evidence if cls else "extraction",
            "family": cls.evidence_family() if cls else field.name,
            "explanation": cls.explanation if cls and cls.explanation in signals.column_names else None,
            "min_share": cls.min_share if cls else None,
            "explains": cls.explains if cls else None,
        }
    return specs


def shared_families(specs: dict[str, dict]) -> dict[str, list[str]]:
    """Extraction families of more than one scored detector: family -> members (in order). A
    detector that `explains` another one present is an explanation, not a member."""
    fams: dict[str, list[str]] = {}
    for name, spec in specs.items():
        if spec.get("evidence", "extraction") == "extraction" and spec.get("explains") not in specs:
            fams.setdefault(spec.get("family") or name, []).append(name)
    return {f: m for f, m in fams.items() if len(m) > 1}


def feature_docs(signals: pa.Table | None = None) -> dict[str, str]:
    docs = dict(FEATURE_DOCS)
    specs = signal_specs(signals) if signals is not None else {}
    for fam, members in shared_families(specs).items():
        docs[f"rate_family_{fam}"] = f"share of prompts on which any of {', '.join(members)} fires (answered substantively)"
        docs[f"count_family_{fam}"] = f"prompts on which any of {', '.join(members)} fires (answered substantively)"
    for name in specs:
        answered = (f" (answered in {SUBSTANTIVE_ANSWER_TOKENS}+ output tokens, or with log-probabilities or tools)"
                    if specs[name].get("evidence") == "extraction" else "")
        docs[f"rate_{name}"] = f"share of {_unit(specs[name])} whose {name} score reaches its threshold{answered}"
        docs[f"count_{name}"] = f"{_unit(specs[name])} whose {name} score reaches its threshold{answered}"
        docs[f"examples_{name}"] = f"exchange ids of the strongest {name} requests"
        if specs[name].get("explanation"):
            docs[f"where_{name}"] = f"where in the strongest {name} requests the signal was found (offsets)"
    return docs


def _unit(spec: dict) -> str:
    return "distinct prompts" if spec.get("per_prompt") else "requests"


def prompt_keys(prompts: pa.Array | pa.ChunkedArray) -> pa.Array:
    """A 64-bit key per prompt (BLAKE2b of its UTF-8 text; null stays null), computed once per
    distinct text. Keys, not texts, go to the account stages: 8 bytes a row instead of the prompt."""
    arr = prompts.combine_chunks() if isinstance(prompts, pa.ChunkedArray) else prompts
    encoded = pc.dictionary_encode(arr)
    keys = [int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little", signed=True)
            for s in encoded.dictionary.to_pylist()]
    return pa.array(keys, pa.int64()).take(encoded.indices)


def _column(table: pa.Table, name: str, typ: pa.DataType) -> pa.Array:
    if name in table.column_names:
        col = table.column(name)
        return col if col.type == typ else col.cast(typ)
    return pa.nulls(len(table), typ)


def prompt_key_column(exchanges: pa.Table) -> pa.Array:
    if PROMPT_KEY in exchanges.column_names:
        return _column(exchanges, PROMPT_KEY, pa.int64())
    if schema.PROMPT in exchanges.column_names:  # a table straight from a reader
        return prompt_keys(exchanges.column(schema.PROMPT))
    return pa.nulls(len(exchanges), pa.int64())


# -- the aggregation ---------------------------------------------------------------------------
# Column-wise numpy over the rows sorted once by (account, time, log order): a per-account value
# is a reduction over the account's run of rows, a distinct count a count of (account, value)
# pairs. No query engine: the online path re-scores a few windows at a time, and a fixed cost per
# call (a DuckDB connection and a dozen queries were ~0.2 s) would be paid on every pass.
# Where a feature names one of several equally frequent values (the most used address, the top
# capability) or equally strong exchanges (examples), the earliest exchange decides.

US_PER_HOUR = 3_600_000_000
US_PER_DAY = 24 * US_PER_HOUR
# The request-parameter fingerprint: the client's settings, taken together.
PARAMS = ((schema.TEMPERATURE, pa.float64()), (schema.TOP_P, pa.float64()), (schema.MAX_TOKENS, pa.int64()),
          (schema.SEED, pa.int64()), (schema.CHOICE_COUNT, pa.int32()), (schema.LOGPROBS, pa.bool_()),
          (schema.TOP_LOGPROBS, pa.int32()), (schema.STREAM, pa.bool_()), (schema.TOOLS, pa.int32()),
          (schema.REASONING_EFFORT, pa.string()), (schema.RESPONSE_FORMAT, pa.string()),
          (schema.USER_AGENT, pa.string()))


def _array(col: pa.Array | pa.ChunkedArray) -> pa.Array:
    return col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col


class _Rows:
    """The exchanges sorted by (account, time, log order). `g` numbers each row's account in
    account-id order, `starts` is where each account's rows begin."""

    def __init__(self, exchanges: pa.Table):
        acc = _array(_strings(exchanges, schema.ACCOUNT_ID))
        ts = _array(_column(exchanges, schema.TS, schema.TIMESTAMP))
        if acc.null_count or ts.null_count:
            raise ValueError("account ids and timestamps must not be null")
        enc = acc.dictionary_encode()
        by_id = pc.sort_indices(enc.dictionary).to_numpy()
        rank = np.empty(len(by_id), np.int64)
        rank[by_id] = np.arange(len(by_id))
        g = rank[enc.indices.to_numpy()]
        t = ts.cast(pa.int64()).to_numpy()
        self.order = np.lexsort((t, g))  # stable: equal times keep log order
        self.g, self.t = g[self.order], t[self.order]
        self.accounts = enc.dictionary.take(pa.array(by_id, pa.int64()))
        self.n, self.groups = len(t), len(by_id)
        self.starts = np.flatnonzero(np.r_[True, self.g[1:] != self.g[:-1]]) if self.n else np.zeros(0, np.int64)
        self.sizes = np.diff(np.r_[self.starts, self.n])

    def ints(self, col) -> tuple[np.ndarray, np.ndarray]:
        """(values, valid) of an integer column in row order (nulls as 0)."""
        arr = _array(col)
        valid = arr.is_valid().to_numpy(zero_copy_only=False)[self.order]
        return pc.fill_null(arr, 0).to_numpy()[self.order].astype(np.int64), valid

    def scores(self, col) -> np.ndarray:
        """A float32 score column in row order, nulls as NaN (which reach no threshold)."""
        return pc.fill_null(_array(col), np.nan).to_numpy()[self.order]

    def codes(self, col, order: bool = True) -> tuple[np.ndarray, pa.Array]:
        """(code of each row's value, -1 for null; the distinct values)."""
        enc = _array(col).dictionary_encode()
        codes = pc.fill_null(enc.indices, -1).to_numpy().astype(np.int64)
        return (codes[self.order] if order else codes), enc.dictionary

    def sum(self, x: np.ndarray) -> np.ndarray:
        return np.add.reduceat(x, self.starts) if self.n else np.zeros(0, x.dtype)

    def distinct(self, codes: np.ndarray, k: int, where: np.ndarray | None = None) -> np.ndarray:
        """Per account: distinct non-null codes (of `k`) among its rows [where `where`]."""
        sel = codes >= 0 if where is None else (codes >= 0) & where
        keys = np.unique(self.g[sel] * k + codes[sel])
        return np.bincount(keys // max(k, 1), minlength=self.groups)

    def pairs(self, codes: np.ndarray, k: int, where: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(first row, rows) of each (account, non-null value) pair [among rows where `where`]."""
        idx = np.flatnonzero(codes >= 0 if where is None else (codes >= 0) & where)
        _, first, counts = np.unique(self.g[idx] * k + codes[idx], return_index=True, return_counts=True)
        return idx[first], counts

    def top(self, rows: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per account, (count, first row) of its most frequent pair (ties: the earliest); 0, -1 for none."""
        best, row = np.zeros(self.groups, np.int64), np.full(self.groups, -1, np.int64)
        pg = self.g[rows]
        o = np.lexsort((rows, -counts, pg))
        head = o[np.r_[True, pg[o][1:] != pg[o][:-1]]] if len(o) else o
        best[pg[head]], row[pg[head]] = counts[head], rows[head]
        return best, row

    def runs(self, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per account, (distinct values, rows on its busiest value) of a key that never decreases
        within an account (the day or the hour of the log)."""
        new = np.r_[True, key[1:] != key[:-1]] if self.n else np.zeros(0, bool)
        new[self.starts] = True
        run_starts = np.flatnonzero(new)
        lengths = np.diff(np.r_[run_starts, self.n])
        first_run = np.searchsorted(run_starts, self.starts)
        longest = np.maximum.reduceat(lengths, first_run) if self.n else np.zeros(0, np.int64)
        return np.diff(np.r_[first_run, len(run_starts)]), longest

    def heads(self, idx: np.ndarray, values: pa.Array) -> pa.Array:
        """Per account, `values` (one per row of `idx`) of its first EXAMPLES_PER_SIGNAL rows among `idx`
        (rows grouped by account, in the order wanted)."""
        pg = self.g[idx]
        seg = np.r_[True, pg[1:] != pg[:-1]] if len(idx) else np.zeros(0, bool)
        at = np.arange(len(idx))
        keep = at - np.maximum.accumulate(np.where(seg, at, 0)) < EXAMPLES_PER_SIGNAL
        offsets = np.r_[0, np.cumsum(np.bincount(pg[keep], minlength=self.groups))]
        return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values.filter(pa.array(keep)))


def _strings(table: pa.Table, name: str) -> pa.Array:
    return _column(table, name, pa.string())


def _label(values: pa.Array, codes: np.ndarray, row: np.ndarray) -> pa.Array:
    """The value of `codes` at each account's chosen row (null where it has none)."""
    none = row < 0
    return values.take(pa.array(np.where(none, 0, codes[row]), pa.int64(), mask=none))


def _nullable(values: np.ndarray, valid: np.ndarray) -> pa.Array:
    return pa.array(values, mask=~valid)


def _fingerprints(exchanges: pa.Table, rows: _Rows) -> tuple[np.ndarray, int]:
    """A code per row for its request parameters taken together (nulls are values too)."""
    code, bound = np.zeros(len(exchanges), np.int64), 1
    for name, typ in PARAMS:
        col = _array(_column(exchanges, name, typ))
        if pa.types.is_floating(typ):  # -0.0 is 0.0, and one NaN is any NaN
            col = pc.add(col, 0.0)
            col = pc.if_else(pc.is_nan(col), np.nan, col)
        c, values = rows.codes(col, order=False)
        k = len(values) + 1
        if bound * k >= 1 << 62:  # renumber before the codes could overflow
            code = pa.array(code).dictionary_encode().indices.to_numpy().astype(np.int64)
            bound = int(code.max()) + 1
        code, bound = code * k + np.where(c < 0, k - 1, c), bound * k
    code, values = rows.codes(pa.array(code))
    return code, len(values)


def account_features(exchanges: pa.Table, signals: pa.Table | None = None) -> pa.Table:
    """One row per account (column `account_id` first, in account-id order) with behaviour
    features over the whole log.

    `signals` is the output of `distillguard.signals.run_signals(exchanges)` (or any table with
    the same row order); missing signal or exchange columns simply yield null / zero features.
    Account ids and timestamps must not be null (as the canonical schema says). A score reaches
    its threshold when it is >= the threshold rounded to float32 (the scores' own precision).
    """
    if signals is None:
        signals = pa.table({"_": pa.nulls(len(exchanges))})
    if len(signals) != len(exchanges):
        raise ValueError(f"signals has {len(signals)} rows for {len(exchanges)} exchanges")
    specs = signal_specs(signals)
    r = _Rows(exchanges)
    g, t, n = r.g, r.t, r.sizes
    xid = _array(_strings(exchanges, schema.EXCHANGE_ID)).take(pa.array(r.order))

    # Prompts: a request without prompt text counts as a prompt of its own (its exchange id).
    pk, pk_values = r.codes(prompt_key_column(exchanges))
    prompt, no_text = pk.copy(), np.flatnonzero(pk < 0)
    xc, x_values = r.codes(xid.take(pa.array(no_text, pa.int64())), order=False)  # (xid is in row order)
    prompt[no_text] = len(pk_values) + np.where(xc >= 0, xc, len(x_values))
    k_prompt = len(pk_values) + len(x_values) + 1
    prompt_pairs, prompt_of_row = np.unique(g * k_prompt + prompt, return_inverse=True)
    prompt_account = prompt_pairs // k_prompt
    prompts = np.bincount(prompt_account, minlength=r.groups)

    def prompts_where(rows: np.ndarray) -> np.ndarray:
        """Per account: distinct prompts among the rows where `rows`."""
        seen = np.zeros(len(prompt_pairs), bool)
        seen[prompt_of_row[rows]] = True
        return np.bincount(prompt_account[seen], minlength=r.groups)

    def per_prompt(codes: np.ndarray, k: int) -> np.ndarray:
        """Rows that are the first of their (account, prompt, value): counting them counts distinct prompts."""
        idx = np.flatnonzero(codes >= 0)
        _, first = np.unique(prompt_of_row[idx] * k + codes[idx], return_index=True)
        out = np.zeros(r.n, bool)
        out[idx[first]] = True
        return out

    out: dict[str, pa.Array] = {"account_id": r.accounts, "exchanges": pa.array(n, pa.int64())}
    tin, _ = r.ints(_column(exchanges, schema.INPUT_TOKENS, pa.int64()))
    tout, tout_valid = r.ints(_column(exchanges, schema.OUTPUT_TOKENS, pa.int64()))
    out["input_tokens"] = pa.array(r.sum(tin), pa.int64())
    out["output_tokens"] = pa.array(r.sum(tout), pa.int64())
    tout_n = r.sum(tout_valid.astype(np.int64))
    out["output_tokens_mean"] = _nullable(out["output_tokens"].to_numpy() / np.maximum(tout_n, 1), tout_n > 0)
    first, last = t[r.starts], t[r.starts + n - 1]
    out["first_seen_us"], out["last_seen_us"] = pa.array(first, pa.int64()), pa.array(last, pa.int64())
    out["span_hours"] = pa.array((last - first) / 3.6e9, pa.float64())
    active_days, peak_day = r.runs(t // US_PER_DAY)
    out["active_days"] = pa.array(active_days, pa.int64())
    turns, turns_valid = r.ints(_column(exchanges, schema.TURNS, pa.int32()))
    out["single_turn_ratio"] = pa.array(r.sum((~turns_valid | (turns <= 1)).astype(np.int64)) / n, pa.float64())
    out["distinct_prompts"] = pa.array(prompts, pa.int64())

    skel, skel_values = r.codes(_strings(signals, "template.skeleton"))
    cap, cap_values = r.codes(_strings(signals, "capability.label"))
    item, item_values = r.codes(_strings(signals, "dataset_match.item"))
    model, model_values = r.codes(_strings(exchanges, schema.MODEL))
    ip, ip_values = r.codes(_strings(exchanges, schema.CLIENT_ADDRESS))
    fp, k_fp = _fingerprints(exchanges, r)
    out["distinct_templates"] = pa.array(r.distinct(skel, len(skel_values)), pa.int64())
    out["distinct_capabilities"] = pa.array(r.distinct(cap, len(cap_values)), pa.int64())
    out["dataset_items"] = pa.array(r.distinct(item, len(item_values)), pa.int64())
    out["dataset_share"] = pa.array(prompts_where(item >= 0) / prompts, pa.float64())
    out["distinct_models"] = pa.array(r.distinct(model, len(model_values)), pa.int64())

    # An account first used before it was created (beyond an hour of clock skew) is a broken
    # record, not the newest account there is: unknown.
    created, created_valid = r.ints(pc.cast(_column(exchanges, schema.ACCOUNT_CREATED, schema.TIMESTAMP), pa.int64()))
    big = np.iinfo(np.int64).max
    created_min = np.minimum.reduceat(np.where(created_valid, created, big), r.starts) if r.n else np.zeros(0, np.int64)
    age_us = first - created_min
    known = (created_min != big) & (age_us >= -3.6e9)
    out["account_age_hours"] = _nullable(np.maximum(age_us, 0) / 3.6e9, known)
    fp_rows, fp_counts = r.pairs(fp, k_fp)
    out["distinct_params"] = pa.array(np.bincount(g[fp_rows], minlength=r.groups), pa.int64())
    out["distinct_ips"] = pa.array(r.distinct(ip, len(ip_values)), pa.int64())
    for name, col in (("distinct_networks", schema.CLIENT_NETWORK), ("distinct_end_users", schema.END_USER)):
        codes, values = r.codes(_strings(exchanges, col))
        out[name] = pa.array(r.distinct(codes, len(values)), pa.int64())
    _, top_ip_row = r.top(*r.pairs(ip, len(ip_values)))
    pay, pay_values = r.codes(_strings(exchanges, PAYMENT_COUNTRY))
    out["payment_country"] = _label(pay_values, pay, r.top(*r.pairs(pay, len(pay_values)))[1])
    out["sample_exchange_ids"] = r.heads(np.arange(r.n), xid)

    # Signals: how many requests (or distinct prompts) reach each detector's threshold, and the
    # strongest of them as examples.
    reached = {}
    logprobs, _ = r.ints(_column(exchanges, schema.LOGPROBS, pa.bool_()).cast(pa.int64()))
    tools, _ = r.ints(_column(exchanges, schema.TOOLS, pa.int32()).cast(pa.int64()))
    substantive = ~tout_valid | (tout >= SUBSTANTIVE_ANSWER_TOKENS) | (logprobs > 0) | (tools > 0)
    # An ask read in the response format's schema counts on a public problem only: a schema's
    # reasoning field on a customer's own material (a form, an invoice, a review to classify) is how
    # structured-output apps ask for a justification (gen_u's e-services forms, gen_v's listings and
    # reviews, gen_j's labelling vendor: 88 benign accounts), where the schema harvests seen in blind
    # logs send benchmark items as the bare task (33-80% of their schema asks matched)
    span, span_values = r.codes(_strings(signals, SPAN_COLUMN))
    in_schema = np.array([v.startswith(SCHEMA_SPAN) for v in span_values.to_pylist()] + [False], bool)[span]
    schema_off_item = in_schema & (item < 0)
    for name, spec in specs.items():
        s = r.scores(_column(signals, name, pa.float32()))
        reached[name] = hit = s >= np.float32(spec["threshold"])
        if spec.get("evidence") == "extraction":
            hit &= substantive
        if name == INTENT_NAME:
            hit &= ~schema_off_item
        out[f"count_{name}"] = pa.array(prompts_where(hit) if spec.get("per_prompt") else r.sum(hit.astype(np.int64)),
                                        pa.int64())
        idx = np.flatnonzero(hit)
        idx = idx[np.lexsort((idx, -s[idx], g[idx]))]
        chosen = xid.take(pa.array(idx, pa.int64()))
        out[f"examples_{name}"] = r.heads(idx, chosen)
        if spec.get("explanation"):  # "<exchange id>: <where>" of the strongest hits
            where = _array(_strings(signals, spec["explanation"])).take(pa.array(r.order[idx], pa.int64()))
            out[f"where_{name}"] = r.heads(idx, pc.binary_join_element_wise(chosen, pc.fill_null(where, "?"), ": "))
    # One count per evidence family of several extraction detectors (the learned classifier and
    # the cue lists it explains): a prompt counts once when any of them fires on it.
    families = shared_families(specs)
    for fam, members in families.items():
        hit = np.logical_or.reduce([reached[m] for m in members])
        counted = prompts_where(hit) if all(specs[m].get("per_prompt") for m in members) else r.sum(hit.astype(np.int64))
        out[f"count_family_{fam}"] = pa.array(counted, pa.int64())

    # Timing: regularity of the gaps between requests, the busiest day and clock hour.
    gap_rows = np.ones(r.n, bool)
    gap_rows[r.starts] = False
    gaps = np.diff(t)[gap_rows[1:]] / 1e6
    gap_account = g[gap_rows]
    m = n - 1
    gap_starts = np.cumsum(m) - m
    mean = np.bincount(gap_account, weights=gaps, minlength=r.groups) / np.maximum(m, 1)
    # variance about the account's first gap: exactly 0 for a machine-regular account
    shifted = gaps - gaps[gap_starts[gap_account]] if len(gaps) else gaps
    shift_mean = np.bincount(gap_account, weights=shifted, minlength=r.groups) / np.maximum(m, 1)
    var = np.bincount(gap_account, weights=(shifted - shift_mean[gap_account]) ** 2, minlength=r.groups) / np.maximum(m, 1)
    out["interarrival_cv"] = _nullable(np.sqrt(var) / np.where(mean > 0, mean, 1.0), (m >= 2) & (mean > 0))
    has_gap = m >= 1
    median = np.zeros(r.groups)
    if len(gaps):  # the middle gap, or the mean of the two middle ones
        ordered = gaps[np.lexsort((gaps, gap_account))]
        upper = gap_starts[has_gap] + m[has_gap] // 2
        median[has_gap] = (ordered[upper - 1 + m[has_gap] % 2] + ordered[upper]) / 2
    out["interarrival_median_s"] = _nullable(median, has_gap)
    out["peak_day_exchanges"] = pa.array(peak_day, pa.int64())
    out["peak_hour_exchanges"] = pa.array(r.runs(t // US_PER_HOUR)[1], pa.int64())

    # Hour-of-day profile: entropy, active hours, circular mean hour (for the time zone clue).
    hour_keys, hour_counts = np.unique(g * 24 + (t // US_PER_HOUR) % 24, return_counts=True)
    hour_account, hour = hour_keys // 24, hour_keys % 24
    share = hour_counts / n[hour_account]
    out["hour_entropy"] = pa.array(-np.bincount(hour_account, weights=share * np.log2(share), minlength=r.groups)
                                   / math.log2(24), pa.float64())
    out["active_hours"] = pa.array(np.bincount(hour_account[share >= 0.02], minlength=r.groups), pa.int64())
    angle = 2 * math.pi * hour / 24
    hx = np.bincount(hour_account, weights=hour_counts * np.cos(angle), minlength=r.groups) / n
    hy = np.bincount(hour_account, weights=hour_counts * np.sin(angle), minlength=r.groups) / n

    # Top shares: of its requests (or distinct prompts) on an account's most common value.
    top, _ = r.top(*r.pairs(skel, len(skel_values), per_prompt(skel, len(skel_values))))
    out["top_template_share"] = pa.array(top / prompts, pa.float64())
    top, row = r.top(*r.pairs(cap, len(cap_values)))
    out["top_capability_share"] = pa.array(top / n, pa.float64())
    out["top_capability"] = _label(cap_values, cap, row)
    out["top_params_share"] = pa.array(r.top(fp_rows, fp_counts)[0] / n, pa.float64())
    lang, lang_values = r.codes(_strings(signals, "language.code"))
    lang_rows, lang_counts = r.pairs(lang, len(lang_values))
    top, row = r.top(lang_rows, lang_counts)
    out["top_language_share"] = pa.array(top / n, pa.float64())
    out["top_language"] = _label(lang_values, lang, row)
    out["model_pivot_share"] = _model_pivot(r, model, len(model_values))
    intent, intent_values = r.codes(_strings(signals, INTENT_COLUMN))
    intent[~substantive | schema_off_item] = -1  # the intents of the hits counted above
    intent_rows, intent_counts = r.pairs(intent, len(intent_values), per_prompt(intent, len(intent_values)))
    top, row = r.top(intent_rows, intent_counts)
    intent_total = np.bincount(g[intent_rows], weights=intent_counts, minlength=r.groups)
    out["top_intent"] = _label(intent_values, intent, row)
    out["top_intent_share"] = _nullable(top / np.maximum(intent_total, 1), intent_total > 0)
    # ... of them, those whose ask was read in the response format's schema, not in the user turn
    out["schema_intent_hits"] = pa.array(prompts_where((intent >= 0) & in_schema), pa.int64())

    # Derived features: rates, origin consistency.
    out["exchanges_per_active_day"] = pa.array(n / np.maximum(active_days, 1), pa.float64())
    for name, spec in specs.items():
        per = np.maximum(prompts, 1) if spec.get("per_prompt") else n
        out[f"rate_{name}"] = pa.array(out[f"count_{name}"].to_numpy() / per, pa.float64())
    for fam, members in families.items():
        per = np.maximum(prompts, 1) if all(specs[m].get("per_prompt") for m in members) else n
        out[f"rate_family_{fam}"] = pa.array(out[f"count_family_{fam}"].to_numpy() / per, pa.float64())
    # Circular mean hour; only meaningful when activity is concentrated (resultant length).
    resultant = np.hypot(hx, hy)
    peak = (np.degrees(np.arctan2(hy, hx)) / 15.0) % 24.0
    peak_list = [float(p) if res >= 0.3 and cnt >= 5 else None for p, res, cnt in zip(peak, resultant, n)]
    out["peak_hour_utc"] = pa.array(peak_list, pa.float64())
    countries = [origin.ip_country(a) for a in _label(ip_values, ip, top_ip_row).to_pylist()]
    out["ip_country"] = pa.array(countries, pa.string())
    out["tz_mismatch_hours"] = pa.array(
        [origin.timezone_mismatch_hours(p, c) for p, c in zip(peak_list, countries)], pa.float64()
    )
    out["payment_country_mismatch"] = pa.array(
        [None if not p or not c else float(p.upper() != c)
         for p, c in zip(out["payment_country"].to_pylist(), countries)], pa.float64()
    )
    share, foreign_top = _language_mismatch(r.groups, countries, g[lang_rows],
                                            lang_values.take(pa.array(lang[lang_rows], pa.int64())).to_pylist(), lang_counts)
    out["language_mismatch_share"] = pa.array(share, pa.float64())
    out["mismatch_language"] = pa.array(foreign_top, pa.string())
    return pa.table(out)


def _model_pivot(r: _Rows, model: np.ndarray, k: int) -> pa.Array:
    """Share of an account's traffic that moved to a newly released model within a day of release.

    A model is "newly released" when it first appears well after the log starts. For each such
    model, the account's exchanges in the day after release are counted; the feature is the
    largest share on the new model (a campaign moved half its traffic within 24 hours).
    """
    pivot = np.full(r.groups, -1.0)
    if r.n:
        released = np.full(k, np.iinfo(np.int64).max)
        np.minimum.at(released, model[model >= 0], r.t[model >= 0])
        for m in np.flatnonzero(released - r.t.min() >= NEW_MODEL_AFTER_S * 1e6):
            window = (r.t >= released[m]) & (r.t < released[m] + PIVOT_WINDOW_S * 1e6)
            total = np.bincount(r.g[window], minlength=r.groups)
            on_new = np.bincount(r.g[window & (model == m)], minlength=r.groups)
            pivot = np.where(total >= PIVOT_MIN_EXCHANGES, np.maximum(pivot, on_new / np.maximum(total, 1)), pivot)
    return _nullable(pivot, pivot >= 0)


def _language_mismatch(groups: int, countries: list, accounts: np.ndarray, langs: list, counts: np.ndarray
                       ) -> tuple[list, list]:
    """(share of requests in a language foreign to the IP country, the most common such language)
    per account; None where the country or the languages are unknown."""
    totals = [0] * groups
    foreign: dict[int, dict[str, int]] = {}
    for acc, lang, cnt in zip(accounts.tolist(), langs, counts.tolist()):
        fits = origin.language_fits_country(lang, countries[acc])
        if fits is None:
            continue
        totals[acc] += cnt
        if not fits:
            foreign.setdefault(acc, {})[lang] = foreign.get(acc, {}).get(lang, 0) + cnt
    share = [sum(foreign.get(acc, {}).values()) / totals[acc] if totals[acc] else None for acc in range(groups)]
    top = [max(sorted(foreign[acc]), key=foreign[acc].get) if foreign.get(acc) else None for acc in range(groups)]
    return share, top
