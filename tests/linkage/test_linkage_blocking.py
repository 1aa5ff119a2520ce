import numpy as np

from distillguard.linkage import blocking


def test_rarity_full_for_small_blocks_and_decays():
    r = blocking.rarity(np.array([2, 4, 16, 300, 10000]), 0.5)
    assert r[0] == 1.0 and r[1] == 1.0
    assert r[2] > r[3] > r[4]
    assert r[3] < 0.15  # a 300-account NAT address weighs little


def test_small_block_is_a_clique():
    acc = np.arange(5)
    lo, hi, w, size = blocking.block_pairs(acc, np.zeros(5, np.int64), np.ones(5), weight=1.0,
                                           rarity_exponent=0.5, max_block=100)
    assert len(lo) == 10 and (lo < hi).all()
    assert (size == 5).all()


def test_big_block_is_a_sparse_lattice_not_all_pairs():
    n = 2000
    lo, hi, w, _ = blocking.block_pairs(np.arange(n), np.zeros(n, np.int64), np.ones(n), weight=1.0,
                                        rarity_exponent=0.5, max_block=5000)
    assert len(lo) <= n * blocking.LATTICE_DEGREE  # linear, not n^2/2 = 2M
    assert len(np.unique(np.r_[lo, hi])) == n  # every member stays linked
    assert np.allclose(w, blocking.rarity(n, 0.5))


def test_block_above_max_is_dropped():
    lo, hi, w, _ = blocking.block_pairs(np.arange(50), np.zeros(50, np.int64), np.ones(50), weight=1.0,
                                        rarity_exponent=0.5, max_block=40)
    assert len(lo) == 0


def test_aggregate_caps_each_kind_at_its_weight():
    # the same pair shares 3 keys of kind 0 (cap 1.0) and 1 of kind 1 (cap 0.5)
    lo = np.array([0, 0, 0, 0]); hi = np.array([1, 1, 1, 1])
    w = np.array([0.8, 0.8, 0.8, 0.3]); kind = np.array([0, 0, 0, 1])
    caps = [1.0, 0.5]
    per_kind = [blocking.kind_pairs(lo[kind == k], hi[kind == k], w[kind == k], caps[k], 2) for k in (0, 1)]
    src, dst, total, kedge, kid, kw = blocking.merge_kinds([c for c, _ in per_kind], [x for _, x in per_kind], [0, 1], 2)
    assert list(src) == [0] and list(dst) == [1]
    assert np.isclose(total[0], 1.3)
    got = sorted(zip(kid.tolist(), kw.tolist()))
    assert [k for k, _ in got] == [0, 1] and np.allclose([x for _, x in got], [1.0, 0.3])
