"""Detection: exact binomial p-values that hold (uniform without the key, also on repetitive text)."""

import numpy as np
from scipy.stats import binom, kstest

from distillguard.provenance.detect import binomial_p_value, detect, detect_each, tuples
from distillguard.provenance.keys import new_key
from distillguard.provenance.scheme import Scheme
from tests_support import seeded_key, watermarked_texts


def _randomized(d, rng):
    return binom.sf(d.green, d.scored, d.gamma) + rng.random() * binom.pmf(d.green, d.scored, d.gamma)


def test_p_values_hold_without_the_key():
    rng = np.random.default_rng(0)
    key = seeded_key(100)
    dets = detect_each([rng.integers(0, 50_000, 120).tolist() for _ in range(1500)], key)
    p = np.array([d.p_value for d in dets])
    assert (p < 1e-2).mean() <= 0.02  # exact p-values: conservative
    assert kstest([_randomized(d, rng) for d in dets], "uniform").pvalue > 1e-3


def test_repetitive_text_does_not_fake_a_watermark():
    # one phrase repeated 200 times: without de-duplication a lucky phrase looks watermarked
    rng = np.random.default_rng(1)
    key = seeded_key(101)
    phrases = [rng.integers(0, 50_000, 12).tolist() for _ in range(400)]
    p_dedup = np.array([detect([p * 200], key).p_value for p in phrases])
    p_raw = np.array([detect([p * 200], key, dedup=False).p_value for p in phrases])
    assert (p_dedup < 1e-3).mean() < 0.01
    assert (p_raw < 1e-3).mean() > 0.05


def test_watermarked_text_found_and_other_keys_not():
    rng = np.random.default_rng(2)
    key, other = seeded_key(102, Scheme(gamma=0.25)), seeded_key(103, Scheme(gamma=0.25))
    texts = watermarked_texts(key, rng, 5000, n=5)
    assert all(d.p_value < 1e-6 for d in detect_each(texts, key))
    assert detect(texts, other).p_value > 1e-3


def test_tuples_and_edge_cases():
    assert tuples([[1, 2, 3, 4], [5]], 2).tolist() == [[1, 2, 3], [2, 3, 4]]
    d = detect([[], [1]], new_key())
    assert d.scored == 0 and d.p_value == 1.0
    assert binomial_p_value(0, 10, 0.25) == 1.0
    assert abs(binomial_p_value(10, 10, 0.25) - 0.25 ** 10) < 1e-15
