"""Sharded link keys (linkage.stream) equal the keys of the whole log in memory, for every kind."""

import datetime as dt
import random

import numpy as np
import pyarrow as pa
import pytest

from distillguard import schema
from distillguard.linkage import AccountView, all_kinds, build_graph, build_graph_from_keys
from distillguard.linkage.stream import link_keys, read_columns
from distillguard.linkage.synthetic import T0, account_rows, tables


def mixed_log(seed=7, n_accounts=120):
    """Accounts that trip every kind: proxy pools and NATs, cards, clients with parameters, system
    prompts, a template pool, disjoint gsm8k slices, shared schedules, a sign-up burst, a pivot."""
    rng = random.Random(seed)
    rows = []
    for i in range(n_accounts):
        fleet = i < 40
        start = T0 + dt.timedelta(minutes=(0 if fleet else rng.randrange(5000)))
        n = rng.randrange(12, 40)
        pool = [f"52.1.2.{p}" for p in range(6)] if fleet else [f"81.{rng.randrange(3)}.{rng.randrange(4)}.{rng.randrange(3)}"]
        rows += account_rows(
            f"acct-{i:03d}", n, start=start, step_s=900 if fleet else rng.choice((300, 1200, 3600)),
            ip=lambda k, pool=pool: pool[k % len(pool)],
            user_agent="harvest/0.3" if fleet else rng.choice(("openai-python/1.40", "curl/8", "myapp/2")),
            payment=f"card-{i // 10}" if fleet else f"card-b{i}",
            created=(T0 - dt.timedelta(days=2, seconds=i * 5)) if fleet else T0 - dt.timedelta(days=rng.randrange(300)),
            model=(lambda k: "m-new" if k >= 8 else "m-old") if i % 3 == 0 else "m-old",
            system_prompt=("You are a meticulous grader. " * 12) if fleet else rng.choice((None, "You are helpful.")),
            temperature=0.0 if fleet else rng.choice((None, 0.7, 1.0)),
            signals={
                # a fleet's template pool; pairs of other accounts share a skeleton and a slice of
                # gsm8k (counted over the whole log: a pair split over two shards must still meet)
                "template.skeleton": (lambda k: f"tpl-{k % 4}") if fleet else
                (lambda k, i=i: f"duo-{i // 2}" if k < 2 else f"own-{i}-{k}"),
                "dataset_match.item": (lambda k, i=i: f"gsm8k:{i * 100 + k}") if fleet else
                (lambda k, i=i: f"gsm8k:{5000 + (i // 2) * 20 + k % 12}" if k % 2 == 0 else None),
            },
        )
    rng.shuffle(rows)
    return tables(rows)


def key_set(account_ids, rows):
    return {(account_ids[int(a)], str(k), round(float(s), 5))
            for a, k, s in zip(rows.account, rows.key.to_pylist(), rows.specificity)}


def batches_of(exchanges, signals, size):
    whole = pa.Table.from_arrays(exchanges.columns + signals.columns, names=exchanges.column_names + signals.column_names)
    return [b for b in whole.to_batches(max_chunksize=size)]


@pytest.mark.parametrize("shards", [1, 3, 8])
def test_every_kind_gives_the_same_keys_sharded_as_whole(shards):
    ex, sig = mixed_log()
    view = AccountView(ex, sig)
    streamed = link_keys(batches_of(ex, sig, 97), shards=shards)
    assert streamed.account_ids == view.account_ids
    assert streamed.exchanges == len(ex)
    for kind in all_kinds():
        whole = key_set(view.account_ids, kind.keys(view))
        assert whole, f"{kind.name}: the test log must give keys"
        assert key_set(streamed.account_ids, streamed.keyrows[kind.name]) == whole, kind.name


def test_streamed_graph_equals_in_memory_graph():
    ex, sig = mixed_log(seed=11)
    direct = build_graph(ex, sig)
    keys = link_keys(batches_of(ex, sig, 250), shards=5)
    graph = build_graph_from_keys(keys.account_ids, keys.kinds, keys.keyrows)
    assert graph.account_ids == direct.account_ids
    assert np.array_equal(graph.src, direct.src) and np.array_equal(graph.dst, direct.dst)
    assert np.allclose(graph.weight, direct.weight)
    got = keys.activity.sort_by([("a", "ascending"), ("t", "ascending")])
    want = direct.activity.sort_by([("a", "ascending"), ("t", "ascending")])
    assert got.equals(want)


def test_only_the_columns_kinds_read_are_spilled():
    cols = read_columns(all_kinds())
    assert cols[:2] == [schema.ACCOUNT_ID, schema.TS]
    assert schema.PROMPT not in cols and schema.RESPONSE not in cols
    assert "template.skeleton" in cols and schema.CLIENT_ADDRESS in cols


def test_rows_without_account_and_missing_columns_are_handled():
    ex, sig = mixed_log(n_accounts=20)
    batch = pa.table({schema.ACCOUNT_ID: pa.array(["a", None, "b"]),
                      schema.TS: pa.array([T0, T0, T0], pa.timestamp("us", tz="UTC")),
                      schema.PAYMENT_FINGERPRINT: pa.array(["card-x", "card-x", "card-x"])})
    keys = link_keys([batch], shards=2)
    assert keys.account_ids == ["a", "b"] and keys.exchanges == 2
    assert key_set(keys.account_ids, keys.keyrows["shared_payment"]) == {("a", "card-x", 1.0), ("b", "card-x", 1.0)}


def test_no_batches_give_no_keys():
    keys = link_keys([], shards=4)
    assert keys.account_ids == [] and all(len(r) == 0 for r in keys.keyrows.values())
