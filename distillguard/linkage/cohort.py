"""Cohort features: what an account's identity artifacts say about the group it belongs to.

Coordination is the strongest evidence we have against account farms, and it is a property of
a group, not of one account's traffic. These per-account columns put each account's group
context beside its own behaviour, so the risk stage calibrates them against the benign reference
accounts like any other feature (a company's shared card, a class signing up together and the
users of one app are all in the reference):

- `cohort_signup`: the sign-up burst the account was made in. For each artifact it holds of a
  kind that an operator owns (kinds whose traits say operator_artifact: a payment instrument, a client build, a system
  prompt), n = holders created within SIGNUP_WINDOW_S of it and N = all holders; the artifact's
  holders are a burst when at least MIN_BURST of them, and most of them (n >= DOMINANT * N), were
  made together, and the burst is then n (the largest over its artifacts; 0 otherwise). 120
  accounts on one card all made within three days: 120. The 3,000 users of one app who signed up over a
  year, or a user of a popular coding agent who signed up the day a farm using the same agent
  did: 0 (the burst is not most of the artifact's holders). One person: 0.
- `cohort_card`: how many accounts pay with its payment instrument (a company card: dozens).
- `cohort_partition`: the partitioned sweep the account is part of. A campaign splits a public
  benchmark between its accounts so that no account asks for much and none repeats another's
  items (the complementary_sweep kind: the share of an account's items of a dataset no other
  account drew). For each operator artifact it holds, n = holders that each draw a slice of the
  same dataset at least EXCLUSIVE exclusive; n when n >= MIN_PARTITION (0 otherwise), the
  largest over its artifacts. 150 accounts of one client build each asking 30 GSM8K items no
  other account asked: 150. Students of a class asking homework from the same book overlap, an
  evaluation harness runs the whole benchmark on one account, a team sharding an evaluation
  over a few keys stays under MIN_PARTITION: 0.

Artifacts held by fewer than MIN_HOLDERS accounts say nothing about a group, and fewer than
MIN_BURST sign-ups together are no burst (two colleagues creating accounts the same day). Accounts without a
creation time have no `cohort_signup` (unknown, not 0: no evidence either way).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage import blocking
from distillguard.linkage.base import KeyRows, LinkKind
from distillguard.linkage.view import AccountView

SIGNUP_WINDOW_S = 72 * 3600
MIN_HOLDERS = 3
MIN_BURST = 5
DOMINANT = 0.5
PAYMENT_KIND = "shared_payment"
SWEEP_KIND = "complementary_sweep"
EXCLUSIVE = 0.8  # share of an account's items of a dataset that no other account drew
MIN_PARTITION = 10  # exclusive sweepers of one dataset holding one artifact (fewer: a team's sharded evaluation)

COLUMNS = ("cohort_signup", "cohort_signup_within", "cohort_signup_holders", "cohort_signup_artifact", "cohort_card",
           "cohort_partition", "cohort_partition_dataset", "cohort_partition_artifact")
DOCS = {
    "cohort_signup": "sign-up burst the account was made in: n holders of one of its operator artifacts (card, "
                     "client build, system prompt) created within 3 days of it, when n >= 5 and n >= half of all holders",
    "cohort_signup_within": "n of the artifact that gave cohort_signup (holders created within 3 days, itself included)",
    "cohort_signup_holders": "N of that artifact (all its holders)",
    "cohort_signup_artifact": "what that artifact is, in words (e.g. 'payment instrument')",
    "cohort_card": "accounts paying with the account's payment instrument (the largest, if several)",
    "cohort_partition": "holders of one of its operator artifacts that each draw a slice of one public dataset "
                        "no other account drew (>= 80% of their items), when there are >= 10 (the largest)",
    "cohort_partition_dataset": "the dataset of cohort_partition",
    "cohort_partition_artifact": "the artifact of cohort_partition, in words",
}


def creation_seconds(view: AccountView) -> np.ndarray:
    """Account creation time (Unix s) per account of the view; nan where the log does not say."""
    out = np.full(len(view), np.nan)
    if not view.n_exchanges:
        return out
    created = view.column(schema.ACCOUNT_CREATED)
    t = pa.table({"a": view.account_of_row, "c": created.cast(pa.int64())}).filter(pc.is_valid(created))
    if len(t):
        g = t.group_by("a").aggregate([("c", "min")])
        out[g["a"].to_numpy()] = g["c_min"].to_numpy() / 1e6
    return out


def artifact_noun(kind: LinkKind) -> str:
    noun = kind.key_noun or kind.name
    return noun[:-1] if noun.endswith("s") else noun


def cohort_features(view: AccountView, keyrows: dict[str, KeyRows], kinds, bursts: dict | None = None) -> pa.Table:
    """One row per account of `view`: account_id and the COLUMNS above.

    `bursts`, when given, is filled with kind name -> bool per row of that kind's key rows: the
    row's account is in its key's burst (the sign-up burst most of the key's holders were made
    in). Those holders, not every holder, are the group a farm's artifact stands for: a public
    system prompt used by one farm and by ordinary users, or by two farms made on other days,
    holds several groups (campaigns.collective)."""
    n = len(view)
    created = creation_seconds(view)
    burst = np.where(np.isnan(created), np.nan, 0.0)
    within = np.zeros(n, np.int64)
    holders_of = np.zeros(n, np.int64)
    artifact = np.full(n, None, dtype=object)
    card = np.zeros(n, np.int64)
    for kind in kinds:
        rows = keyrows.get(kind.name)
        if not kind.traits.operator_artifact or rows is None or not len(rows):
            continue
        code = blocking.encode_keys(rows.key)
        holders = np.bincount(code)[code]
        if kind.name == PAYMENT_KIND:
            np.maximum.at(card, rows.account, holders)
        c = created[rows.account]
        ok = (holders >= MIN_HOLDERS) & ~np.isnan(c)
        if bursts is not None:
            bursts[kind.name] = np.zeros(len(rows), bool)
        if not ok.any():
            continue
        acc, code, holders, c = rows.account[ok], code[ok], holders[ok], c[ok]
        # holders of the same artifact created within the window: a search in (code, time) order
        order = np.lexsort((c, code))
        span = float(np.nanmax(c) - np.nanmin(c)) + 4 * SIGNUP_WINDOW_S
        line = code[order] * span + (c[order] - np.nanmin(c))
        lo = np.searchsorted(line, line - SIGNUP_WINDOW_S, side="left")
        hi = np.searchsorted(line, line + SIGNUP_WINDOW_S, side="right")
        n_w = np.empty(len(order), np.int64)
        n_w[order] = hi - lo
        in_burst = (n_w >= MIN_BURST) & (n_w >= DOMINANT * holders)
        if bursts is not None:
            bursts[kind.name][np.flatnonzero(ok)] = in_burst
        b = np.where(in_burst, n_w.astype(np.float64), 0.0)
        better = b > np.nan_to_num(burst[acc], nan=-1.0)
        # several rows of one account: keep the largest (np.maximum.at, then who set it)
        best = np.full(n, -1.0)
        np.maximum.at(best, acc, np.where(better, b, -1.0))
        win = better & (b == best[acc])
        a_w = acc[win]
        burst[a_w] = b[win]
        within[a_w] = n_w[win]
        holders_of[a_w] = holders[win]
        artifact[a_w] = artifact_noun(kind)
    partition, partition_dataset, partition_artifact = partitioned_sweeps(n, keyrows, kinds)
    return pa.table({
        schema.ACCOUNT_ID: pa.array(view.account_ids, pa.string()),
        "cohort_signup": pa.array(burst, pa.float64(), from_pandas=True),  # nan (creation unknown) -> null
        "cohort_signup_within": pa.array(within, pa.int64()),
        "cohort_signup_holders": pa.array(holders_of, pa.int64()),
        "cohort_signup_artifact": pa.array(artifact.tolist(), pa.string()),
        "cohort_card": pa.array(card, pa.int64()),
        "cohort_partition": pa.array(partition, pa.int64()),
        "cohort_partition_dataset": pa.array(partition_dataset.tolist(), pa.string()),
        "cohort_partition_artifact": pa.array(partition_artifact.tolist(), pa.string()),
    })


def partitioned_sweeps(n: int, keyrows: dict[str, KeyRows], kinds) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(`cohort_partition`, its dataset, its artifact in words) per account (see the module)."""
    size = np.zeros(n, np.int64)
    dataset = np.full(n, None, dtype=object)
    artifact = np.full(n, None, dtype=object)
    sweeps = keyrows.get(SWEEP_KIND)
    if sweeps is None or not len(sweeps):
        return size, dataset, artifact
    exclusive = sweeps.specificity >= EXCLUSIVE
    swept = pa.table({"a": pa.array(sweeps.account[exclusive], pa.int64()),
                      "ds": pc.cast(sweeps.key.filter(pa.array(exclusive)), pa.string())})
    if not len(swept):
        return size, dataset, artifact
    for kind in kinds:
        rows = keyrows.get(kind.name)
        if not kind.traits.operator_artifact or rows is None or not len(rows):
            continue
        held = pa.table({"a": pa.array(rows.account, pa.int64()), "art": pa.array(blocking.encode_keys(rows.key), pa.int64())})
        both = held.join(swept, "a")  # (account, artifact, dataset) for exclusive sweepers
        if not len(both):
            continue
        counts = both.group_by(["art", "ds"]).aggregate([("a", "count")])
        big = counts.filter(pc.greater_equal(counts["a_count"], MIN_PARTITION))
        if not len(big):
            continue
        members = both.join(big, ["art", "ds"], join_type="inner")
        # few rows (members of big partitions only); an account in several keeps the largest
        for a, k, ds in zip(members["a"].to_pylist(), members["a_count"].to_pylist(), members["ds"].to_pylist()):
            if k > size[a]:
                size[a], dataset[a], artifact[a] = k, ds.split(":", 1)[-1], artifact_noun(kind)
    return size, dataset, artifact
