import datetime as dt

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.linkage import AccountView, all_kinds, build_graph
from distillguard.linkage.synthetic import T0, account_rows, tables


def _rows():
    rows = []
    for k in range(6):
        rows += account_rows(f"a{k}", 12, step_s=900, ip=f"45.33.1.{k % 2}", user_agent="bot/1", payment="card",
                             created=T0 - dt.timedelta(minutes=k),
                             signals={"template.skeleton": "T", "dataset_match.item": lambda i, k=k: f"gsm8k:{k * 50 + i}"})
    for k in range(5):
        rows += account_rows(f"b{k}", 7, start=T0 + dt.timedelta(hours=k * 13), step_s=1800, ip=f"73.{k}.1.1")
    return rows


def test_empty_input_gives_empty_graph():
    g = build_graph(schema.empty_table(), None)
    assert g.n_accounts == 0 and g.n_edges == 0
    assert len(g.kinds) == len(all_kinds())


def test_accounts_without_shared_things_have_no_edges():
    ex, sig = tables(account_rows("x", 3, ip="73.1.1.1") + account_rows("y", 3, ip="89.160.20.112"))
    g = build_graph(ex, sig)
    assert g.n_accounts == 2 and g.n_edges == 0


def test_graph_is_deterministic_whatever_the_row_order():
    ex, sig = tables(_rows())
    g1 = build_graph(ex, sig)
    perm = np.random.default_rng(0).permutation(len(ex))
    g2 = build_graph(ex.take(pa.array(perm)), sig.take(pa.array(perm)))
    assert g1.account_ids == g2.account_ids
    assert np.array_equal(g1.src, g2.src) and np.array_equal(g1.dst, g2.dst)
    assert np.allclose(g1.weight, g2.weight)


def test_edges_carry_their_kinds():
    ex, sig = tables(_rows())
    g = build_graph(ex, sig)
    idx = g.account_index()
    e = np.flatnonzero((g.src == idx["a0"]) & (g.dst == idx["a2"]))
    kinds = {g.kind_names[k] for k in g.kind_id[np.isin(g.kind_edge, e)]}
    assert {"shared_ip", "shared_payment", "shared_template", "complementary_sweep"} <= kinds
    assert g.weight[e[0]] > 2.0
    b = [idx[f"b{k}"] for k in range(5)]
    assert not (np.isin(g.src, b) | np.isin(g.dst, b)).any()


def test_view_numbers_accounts_in_sorted_order():
    ex, _ = tables(account_rows("zz", 1) + account_rows("aa", 2))
    v = AccountView(ex)
    assert v.account_ids == ["aa", "zz"]
    assert list(v.exchanges_per_account) == [2, 1]


def test_missing_optional_columns_link_nothing_and_do_not_crash():
    ex, sig = tables(account_rows("a", 3, ip="45.33.1.1") + account_rows("b", 3, ip="45.33.1.1"))
    narrow = ex.select([schema.EXCHANGE_ID, schema.TS, schema.ACCOUNT_ID, schema.CLIENT_ADDRESS])
    g = build_graph(narrow, None)
    assert g.n_edges == 1 and {g.kind_names[k] for k in g.kind_id} >= {"shared_ip"}
