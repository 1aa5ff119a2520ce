"""The DuckDB implementation of `account_features` as it was before the numpy one (commit
376a5a9), kept verbatim as the oracle the numpy implementation is compared against
(test_features_oracle.py and benchmarks/bench_features.py). Not part of the package."""

from __future__ import annotations

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.behaviour import origin
from distillguard.behaviour.features import (ACCOUNT, EXAMPLES_PER_SIGNAL, SUBSTANTIVE_ANSWER_TOKENS, NEW_MODEL_AFTER_S, PAYMENT_COUNTRY,
                                             PIVOT_MIN_EXCHANGES, PIVOT_WINDOW_S, _column, prompt_key_column,
                                             shared_families, signal_specs)
from distillguard.signals.extraction_intent import INTENT_COLUMN, NAME as INTENT_NAME, SCHEMA_SPAN, SPAN_COLUMN


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
        "span": _column(signals, SPAN_COLUMN, pa.string()),
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


# An extraction hit needs a substantive answer (features.SUBSTANTIVE_ANSWER_TOKENS)
SUBSTANTIVE = f"(tout IS NULL OR tout >= {SUBSTANTIVE_ANSWER_TOKENS} OR coalesce(p_lp, false) OR coalesce(p_tools, 0) > 0)"
# an ask read in the response schema counts on a known dataset item only
ON_ITEM = f"NOT (coalesce(starts_with(span, '{SCHEMA_SPAN}'), false) AND item IS NULL)"


def _hit(specs: dict[str, dict], name: str) -> str:
    i = list(specs).index(name)
    cond = f"s{i} >= {specs[name]['threshold']!r}"
    if name == INTENT_NAME:
        cond = f"{cond} AND {ON_ITEM}"
    return f"({cond} AND {SUBSTANTIVE})" if specs[name].get("evidence") == "extraction" else cond


def _main_sql(specs: dict[str, dict]) -> str:
    signal_aggs = []
    for i, (name, spec) in enumerate(specs.items()):
        thr = _hit(specs, name)
        counted = "DISTINCT pq" if spec.get("per_prompt") else "*"
        signal_aggs.append(f"count({counted}) FILTER (WHERE {thr}) AS \"count_{name}\"")
        signal_aggs.append(
            f"coalesce(max_by(xid, s{i}, {EXAMPLES_PER_SIGNAL}) FILTER (WHERE {thr}), []) AS \"examples_{name}\""
        )
        if spec.get("explanation"):  # "<exchange id>: <where>" of the strongest hits
            signal_aggs.append(
                f"coalesce(max_by(xid || ': ' || coalesce(w{i}, '?'), s{i}, {EXAMPLES_PER_SIGNAL}) "
                f"FILTER (WHERE {thr}), []) AS \"where_{name}\""
            )
    # One count per evidence family of several extraction detectors (the learned classifier and
    # the cue lists it explains): a prompt counts once when any of them fires on it.
    for fam, members in shared_families(specs).items():
        per_prompt = all(specs[m].get("per_prompt") for m in members)
        cond = " OR ".join(_hit(specs, m) for m in members)
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


def duckdb_account_features(exchanges: pa.Table, signals: pa.Table | None = None) -> pa.Table:
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
    """The extraction intent most of an account's classifier hits ask for, its share of them, and
    how many of them were read in the response format's schema."""
    return con.sql(f"""
        WITH c AS (SELECT acc, intent, count(DISTINCT pq) AS n FROM x WHERE intent IS NOT NULL AND {SUBSTANTIVE} AND {ON_ITEM}
                   GROUP BY ALL),
             s AS (SELECT acc, count(DISTINCT pq) AS k FROM x
                   WHERE intent IS NOT NULL AND {SUBSTANTIVE} AND {ON_ITEM} AND starts_with(span, '{SCHEMA_SPAN}') GROUP BY acc)
        SELECT acc AS account_id, arg_max(intent, n) AS top_intent, max(n) / sum(n) AS top_intent_share,
               coalesce(any_value(s.k), 0) AS schema_intent_hits
        FROM c LEFT JOIN s USING (acc) GROUP BY acc
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
    out["schema_intent_hits"] = pc.cast(pc.fill_null(out["schema_intent_hits"], 0), pa.int64())
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
