"""Per-account behaviour features, computed with DuckDB over Arrow (no per-exchange Python objects).

`account_features(exchanges, signals)` joins the canonical exchange table with the per-exchange
signals table (row i of one describes row i of the other) and aggregates per account. Only the
narrow columns it needs are handed to DuckDB, so 10M exchanges aggregate in a few hundred MB.

Feature columns are documented in `FEATURE_DOCS` (one line each); the risk stage decides which of
them count as evidence and in which direction.
"""

from __future__ import annotations

import hashlib
import math

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.behaviour import origin
from distillguard.signals.extraction_intent import INTENT_COLUMN
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
        docs[f"rate_family_{fam}"] = f"share of prompts on which any of {', '.join(members)} fires"
        docs[f"count_family_{fam}"] = f"prompts on which any of {', '.join(members)} fires"
    for name in specs:
        docs[f"rate_{name}"] = f"share of {_unit(specs[name])} whose {name} score reaches its threshold"
        docs[f"count_{name}"] = f"{_unit(specs[name])} whose {name} score reaches its threshold"
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


def _narrow(exchanges: pa.Table, signals: pa.Table, specs: dict[str, dict]) -> pa.Table:
    """The few columns the aggregation needs, under SQL-friendly names."""
    if len(signals) != len(exchanges):
        raise ValueError(f"signals has {len(signals)} rows for {len(exchanges)} exchanges")
    ts = _column(exchanges, schema.TS, schema.TIMESTAMP)
    cols = {
        "acc": _column(exchanges, schema.ACCOUNT_ID, pa.string()),
        "xid": _column(exchanges, schema.EXCHANGE_ID, pa.string()),
        "pk": prompt_key_column(exchanges),
        "t": pc.cast(ts, pa.int64()),
        "created": pc.cast(_column(exchanges, schema.ACCOUNT_CREATED, schema.TIMESTAMP), pa.int64()),
        "tin": _column(exchanges, schema.INPUT_TOKENS, pa.int64()),
        "tout": _column(exchanges, schema.OUTPUT_TOKENS, pa.int64()),
        "turns": _column(exchanges, schema.TURNS, pa.int32()),
        "model": _column(exchanges, schema.MODEL, pa.string()),
        "ip": _column(exchanges, schema.CLIENT_ADDRESS, pa.string()),
        "net": _column(exchanges, schema.CLIENT_NETWORK, pa.string()),
        "eu": _column(exchanges, schema.END_USER, pa.string()),
        "pay_country": _column(exchanges, PAYMENT_COUNTRY, pa.string()),
        "skel": _column(signals, "template.skeleton", pa.string()),
        "cap": _column(signals, "capability.label", pa.string()),
        "item": _column(signals, "dataset_match.item", pa.string()),
        "lang": _column(signals, "language.code", pa.string()),
        "intent": _column(signals, INTENT_COLUMN, pa.string()),
        # Request-parameter fingerprint: the client's settings, hashed together below.
        "p_temp": _column(exchanges, schema.TEMPERATURE, pa.float64()),
        "p_top_p": _column(exchanges, schema.TOP_P, pa.float64()),
        "p_max": _column(exchanges, schema.MAX_TOKENS, pa.int64()),
        "p_seed": _column(exchanges, schema.SEED, pa.int64()),
        "p_n": _column(exchanges, schema.CHOICE_COUNT, pa.int32()),
        "p_lp": _column(exchanges, schema.LOGPROBS, pa.bool_()),
        "p_tlp": _column(exchanges, schema.TOP_LOGPROBS, pa.int32()),
        "p_stream": _column(exchanges, schema.STREAM, pa.bool_()),
        "p_tools": _column(exchanges, schema.TOOLS, pa.int32()),
        "p_effort": _column(exchanges, schema.REASONING_EFFORT, pa.string()),
        "p_fmt": _column(exchanges, schema.RESPONSE_FORMAT, pa.string()),
        "p_ua": _column(exchanges, schema.USER_AGENT, pa.string()),
    }
    for i, (name, spec) in enumerate(specs.items()):
        cols[f"s{i}"] = _column(signals, name, pa.float32())
        if spec.get("explanation"):
            cols[f"w{i}"] = _column(signals, spec["explanation"], pa.string())
    return pa.table(cols)


def prompt_key_column(exchanges: pa.Table) -> pa.Array:
    if PROMPT_KEY in exchanges.column_names:
        return _column(exchanges, PROMPT_KEY, pa.int64())
    if schema.PROMPT in exchanges.column_names:  # a table straight from a reader
        return prompt_keys(exchanges.column(schema.PROMPT))
    return pa.nulls(len(exchanges), pa.int64())


def _main_sql(specs: dict[str, dict]) -> str:
    signal_aggs = []
    for i, (name, spec) in enumerate(specs.items()):
        thr = repr(spec["threshold"])
        counted = "DISTINCT pq" if spec.get("per_prompt") else "*"
        signal_aggs.append(f"count({counted}) FILTER (WHERE s{i} >= {thr}) AS \"count_{name}\"")
        signal_aggs.append(
            f"coalesce(max_by(xid, s{i}, {EXAMPLES_PER_SIGNAL}) FILTER (WHERE s{i} >= {thr}), []) AS \"examples_{name}\""
        )
        if spec.get("explanation"):  # "<exchange id>: <where>" of the strongest hits
            signal_aggs.append(
                f"coalesce(max_by(xid || ': ' || coalesce(w{i}, '?'), s{i}, {EXAMPLES_PER_SIGNAL}) "
                f"FILTER (WHERE s{i} >= {thr}), []) AS \"where_{name}\""
            )
    # One count per evidence family of several extraction detectors (the learned classifier and
    # the cue lists it explains): a prompt counts once when any of them fires on it.
    for fam, members in shared_families(specs).items():
        per_prompt = all(specs[m].get("per_prompt") for m in members)
        cond = " OR ".join(f"s{list(specs).index(m)} >= {specs[m]['threshold']!r}" for m in members)
        signal_aggs.append(f"count({'DISTINCT pq' if per_prompt else '*'}) FILTER (WHERE {cond}) AS \"count_family_{fam}\"")
    extra = (",\n        " + ",\n        ".join(signal_aggs)) if signal_aggs else ""
    return f"""
    SELECT
        acc AS account_id,
        count(*) AS exchanges,
        coalesce(sum(tin), 0)::BIGINT AS input_tokens,
        coalesce(sum(tout), 0)::BIGINT AS output_tokens,
        avg(tout) AS output_tokens_mean,
        min(t) AS first_seen_us,
        max(t) AS last_seen_us,
        (max(t) - min(t)) / 3.6e9 AS span_hours,
        count(DISTINCT t // 86400000000) AS active_days,
        avg(CASE WHEN coalesce(turns, 1) <= 1 THEN 1.0 ELSE 0.0 END) AS single_turn_ratio,
        count(DISTINCT pq) AS distinct_prompts,
        count(DISTINCT skel) AS distinct_templates,
        count(DISTINCT cap) AS distinct_capabilities,
        count(DISTINCT item) AS dataset_items,
        count(DISTINCT pq) FILTER (WHERE item IS NOT NULL) / count(DISTINCT pq) AS dataset_share,
        count(DISTINCT model) AS distinct_models,
        -- an account first used before it was created (beyond an hour of clock skew) is a broken
        -- record, not the newest account there is: unknown
        CASE WHEN min(t) - min(created) >= -3.6e9 THEN greatest(min(t) - min(created), 0) / 3.6e9 END
            AS account_age_hours,
        count(DISTINCT fp) AS distinct_params,
        count(DISTINCT ip) AS distinct_ips,
        count(DISTINCT net) AS distinct_networks,
        count(DISTINCT eu) AS distinct_end_users,
        mode(ip) AS top_ip,
        mode(pay_country) AS payment_country,
        min_by(xid, t, {EXAMPLES_PER_SIGNAL}) AS sample_exchange_ids{extra}
    FROM x
    GROUP BY acc
    """


def _top_share(con, column: str, alias: str, label: str | None = None, per_prompt: bool = False) -> pa.Table:
    """Per account: share of its exchanges (or of its distinct prompts) on its most common
    non-null value of `column`."""
    label_sql = f", arg_max({column}, n) AS {label}" if label else ""
    counted = "DISTINCT pq" if per_prompt else "*"
    return con.sql(f"""
        WITH c AS (SELECT acc, {column}, count({counted}) AS n FROM x WHERE {column} IS NOT NULL GROUP BY ALL),
             tot AS (SELECT acc, count({counted}) AS total FROM x GROUP BY acc)
        SELECT c.acc AS account_id, max(n) / any_value(total) AS {alias}{label_sql}
        FROM c JOIN tot USING (acc) GROUP BY c.acc
    """).to_arrow_table()


def account_features(exchanges: pa.Table, signals: pa.Table | None = None) -> pa.Table:
    """One row per account (column `account_id` first) with behaviour features over the whole log.

    `signals` is the output of `distillguard.signals.run_signals(exchanges)` (or any table with
    the same row order); missing signal or exchange columns simply yield null / zero features.
    """
    if signals is None:
        signals = pa.table({"_": pa.nulls(len(exchanges))})
    specs = signal_specs(signals)
    x = _narrow(exchanges, signals, specs)
    con = duckdb.connect()
    try:
        con.execute("SET threads TO 2")
        con.register("x_raw", x)
        con.execute("""
            CREATE TEMP VIEW x AS SELECT *, hash(p_temp, p_top_p, p_max, p_seed, p_n, p_lp, p_tlp,
                p_stream, p_tools, p_effort, p_fmt, p_ua) AS fp,
                ((t // 3600000000) % 24)::INTEGER AS hr,
                CASE WHEN pk IS NULL THEN hash(xid) ELSE hash(pk) END AS pq  -- no prompt: its own
            FROM x_raw
        """)
        main = con.sql(_main_sql(specs)).to_arrow_table()
        parts = [
            _timing(con),
            _hours(con),
            _top_share(con, "skel", "top_template_share", per_prompt=True),
            _top_share(con, "cap", "top_capability_share", label="top_capability"),
            _top_share(con, "fp", "top_params_share"),
            _top_share(con, "lang", "top_language_share", label="top_language"),
            _model_pivot(con),
            _top_intent(con),
        ]
        con.register("main_t", main)
        joined = main
        for i, part in enumerate(parts):
            con.register(f"p{i}", part)
        sql = "SELECT main_t.*, " + ", ".join(
            f"p{i}.* EXCLUDE (account_id)" for i in range(len(parts))
        ) + " FROM main_t " + " ".join(
            f"LEFT JOIN p{i} USING (account_id)" for i in range(len(parts))
        ) + " ORDER BY account_id"
        joined = con.sql(sql).to_arrow_table()
        lang_counts = con.sql(
            "SELECT acc, lang, count(*) AS n FROM x WHERE lang IS NOT NULL GROUP BY ALL"
        ).to_arrow_table()
    finally:
        con.close()
    return _finish(joined, specs, lang_counts)


def _timing(con) -> pa.Table:
    """Regularity of request timing and the busiest day / hour, per account."""
    return con.sql("""
        WITH g AS (
            SELECT acc, (t - lag(t) OVER (PARTITION BY acc ORDER BY t)) / 1e6 AS gap FROM x
        ), gaps AS (
            SELECT acc AS account_id,
                   CASE WHEN count(gap) >= 2 AND avg(gap) > 0 THEN stddev_pop(gap) / avg(gap) END AS interarrival_cv,
                   median(gap) AS interarrival_median_s
            FROM g GROUP BY acc
        ), days AS (
            SELECT acc AS account_id, max(n) AS peak_day_exchanges FROM
                (SELECT acc, t // 86400000000 AS d, count(*) AS n FROM x GROUP BY ALL) GROUP BY acc
        ), hours AS (
            SELECT acc AS account_id, max(n) AS peak_hour_exchanges FROM
                (SELECT acc, t // 3600000000 AS h, count(*) AS n FROM x GROUP BY ALL) GROUP BY acc
        )
        SELECT * FROM gaps JOIN days USING (account_id) JOIN hours USING (account_id)
    """).to_arrow_table()


def _hours(con) -> pa.Table:
    """Hour-of-day profile: entropy, active hours, circular mean hour (for the time zone clue)."""
    return con.sql("""
        WITH h AS (SELECT acc, hr, count(*) AS n FROM x GROUP BY ALL),
             tot AS (SELECT acc, sum(n) AS total FROM h GROUP BY acc)
        SELECT h.acc AS account_id,
               -sum((n / total) * log2(n / total)) / log2(24) AS hour_entropy,
               count(*) FILTER (WHERE n / total >= 0.02) AS active_hours,
               sum(n * cos(2 * pi() * hr / 24)) / any_value(total) AS hx,
               sum(n * sin(2 * pi() * hr / 24)) / any_value(total) AS hy
        FROM h JOIN tot USING (acc) GROUP BY h.acc
    """).to_arrow_table()


def _top_intent(con) -> pa.Table:
    """The extraction intent most of an account's classifier hits ask for, and its share of them."""
    return con.sql("""
        WITH c AS (SELECT acc, intent, count(DISTINCT pq) AS n FROM x WHERE intent IS NOT NULL GROUP BY ALL)
        SELECT acc AS account_id, arg_max(intent, n) AS top_intent, max(n) / sum(n) AS top_intent_share
        FROM c GROUP BY acc
    """).to_arrow_table()


def _model_pivot(con) -> pa.Table:
    """Share of an account's traffic that moved to a newly released model within a day of release.

    A model is "newly released" when it first appears well after the log starts. For each such
    model, the account's exchanges in the day after release are counted; the feature is the
    largest share on the new model (a campaign moved half its traffic within 24 hours).
    """
    return con.sql(f"""
        WITH m AS (SELECT model, min(t) AS released FROM x WHERE model IS NOT NULL GROUP BY model),
             start AS (SELECT min(t) AS t0 FROM x),
             new_models AS (SELECT m.* FROM m, start WHERE released - t0 >= {NEW_MODEL_AFTER_S} * 1e6),
             w AS (
                SELECT x.acc, nm.model AS new_model,
                       count(*) AS n, count(*) FILTER (WHERE x.model = nm.model) AS on_new
                FROM x JOIN new_models nm
                  ON x.t >= nm.released AND x.t < nm.released + {PIVOT_WINDOW_S} * 1e6
                GROUP BY ALL
             )
        SELECT acc AS account_id, max(on_new / n) AS model_pivot_share
        FROM w WHERE n >= {PIVOT_MIN_EXCHANGES} GROUP BY acc
    """).to_arrow_table()


def _finish(t: pa.Table, specs: dict[str, dict], lang_counts: pa.Table) -> pa.Table:
    """Derived features (rates, origin consistency) computed column-wise in numpy."""
    n = t.column("exchanges").to_numpy().astype(float)
    out = {name: t.column(name) for name in t.column_names if name not in {"hx", "hy", "top_ip"}}
    days = np.maximum(t.column("active_days").to_numpy().astype(float), 1.0)
    out["exchanges_per_active_day"] = pa.array(n / days)
    prompts = np.maximum(t.column("distinct_prompts").to_numpy().astype(float), 1.0)
    for name, spec in specs.items():
        per = prompts if spec.get("per_prompt") else n
        out[f"rate_{name}"] = pa.array(t.column(f"count_{name}").to_numpy().astype(float) / per)
    for fam, members in shared_families(specs).items():
        per = prompts if all(specs[m].get("per_prompt") for m in members) else n
        out[f"rate_family_{fam}"] = pa.array(t.column(f"count_family_{fam}").to_numpy().astype(float) / per)

    # Circular mean hour; only meaningful when activity is concentrated (resultant length).
    hx = np.nan_to_num(t.column("hx").to_numpy(zero_copy_only=False).astype(float))
    hy = np.nan_to_num(t.column("hy").to_numpy(zero_copy_only=False).astype(float))
    resultant = np.hypot(hx, hy)
    peak = (np.degrees(np.arctan2(hy, hx)) / 15.0) % 24.0
    peak_list = [float(p) if r >= 0.3 and cnt >= 5 else None for p, r, cnt in zip(peak, resultant, n)]
    out["peak_hour_utc"] = pa.array(peak_list, pa.float64())

    countries = [origin.ip_country(ip) for ip in t.column("top_ip").to_pylist()]
    out["ip_country"] = pa.array(countries, pa.string())
    out["tz_mismatch_hours"] = pa.array(
        [origin.timezone_mismatch_hours(p, c) for p, c in zip(peak_list, countries)], pa.float64()
    )
    pay = t.column("payment_country").to_pylist()
    out["payment_country_mismatch"] = pa.array(
        [None if not p or not c else float(p.upper() != c) for p, c in zip(pay, countries)], pa.float64()
    )
    share, foreign_top = _language_mismatch(t, countries, lang_counts)
    out["language_mismatch_share"] = pa.array(share, pa.float64())
    out["mismatch_language"] = pa.array(foreign_top, pa.string())
    for col in ("top_template_share", "top_capability_share", "top_params_share", "top_language_share"):
        out[col] = pc.fill_null(out[col], 0.0)
    table = pa.table(out)
    first = [ACCOUNT] + [c for c in table.column_names if c != ACCOUNT]
    return table.select(first)


def _language_mismatch(t: pa.Table, countries: list, lang_counts: pa.Table) -> tuple[list, list]:
    """(share of requests in a language foreign to the IP country, the most common such language)
    per account; None where the country or the languages are unknown."""
    country_of = dict(zip(t.column("account_id").to_pylist(), countries))
    totals: dict[str, int] = {}
    foreign: dict[str, dict[str, int]] = {}
    for acc, lang, cnt in zip(*(lang_counts.column(c).to_pylist() for c in ("acc", "lang", "n"))):
        fits = origin.language_fits_country(lang, country_of.get(acc))
        if fits is None:
            continue
        totals[acc] = totals.get(acc, 0) + cnt
        if not fits:
            foreign.setdefault(acc, {})[lang] = foreign.get(acc, {}).get(lang, 0) + cnt
    accounts = t.column("account_id").to_pylist()
    share = [sum(foreign.get(acc, {}).values()) / totals[acc] if totals.get(acc) else None for acc in accounts]
    top = [max(sorted(foreign[acc]), key=foreign[acc].get) if foreign.get(acc) else None for acc in accounts]
    return share, top


def entropy_bits(counts) -> float:
    """Shannon entropy (bits) of a count vector; used by tests to cross-check the SQL."""
    total = float(sum(counts))
    return -sum((c / total) * math.log2(c / total) for c in counts if c)
