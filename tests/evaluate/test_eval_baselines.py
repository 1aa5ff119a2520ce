"""Baselines on small hand-built traffic: varied benign accounts (real Chatbot Arena prompts)
against a repetitive-template account and a high-volume account. Calibration sees only the
benign reference."""

import datetime as dt

import numpy as np
import pytest

from distillguard import data, schema
from distillguard.evaluate.baselines import run_baselines
from distillguard.evaluate.baselines.calibration import upper_threshold
from distillguard.evaluate.baselines.mmd import MMDStatistic
from distillguard.evaluate.baselines.prada import min_distances, shapiro_w
from distillguard.evaluate.traffic import collect_tables

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
PER_ACCOUNT = 24


@pytest.fixture(scope="module")
def prompts():
    texts = [c["messages"][0]["content"] for c in data.arena_conversations()]
    rng = np.random.default_rng(0)
    rng.shuffle(texts)
    return texts


def _rows(prefix, accounts, texts, rng, burst=False):
    rows = []
    for a in range(accounts):
        for i in range(PER_ACCOUNT):
            seconds = i if burst else int(rng.integers(0, 3 * 86400))
            rows.append({schema.EXCHANGE_ID: f"{prefix}{a}-{i}", schema.TS: T0 + dt.timedelta(seconds=seconds),
                         schema.ACCOUNT_ID: f"{prefix}{a}", schema.PROMPT: texts(a, i),
                         schema.INPUT_TOKENS: 50, schema.OUTPUT_TOKENS: 150})
    return rows


@pytest.fixture(scope="module")
def scored(prompts):
    rng = np.random.default_rng(1)
    ref_pool, test_pool = prompts[:1200], prompts[1200:]
    reference = schema.from_rows(_rows("ref", 50, lambda a, i: ref_pool[int(rng.integers(len(ref_pool)))], rng))
    traffic = schema.from_rows(
        _rows("benign", 20, lambda a, i: test_pool[int(rng.integers(len(test_pool)))], rng)
        + _rows("template", 3, lambda a, i: f"Translate the number {int(rng.integers(10_000))} into French "
                                            "and explain every grammar rule you used.", rng)
        + _rows("volume", 2, lambda a, i: test_pool[int(rng.integers(len(test_pool)))], rng, burst=True)
    )
    results = run_baselines(collect_tables([traffic]), collect_tables([reference]), target_fpr=0.01)
    return {m.name: m for m in results}


def _group(method, prefix):
    return [a for a in method.risk if a.startswith(prefix)]


def test_every_baseline_scores_every_account(scored):
    assert set(scored) == {"rate_limit", "prada", "mmd"}
    for m in scored.values():
        assert len(m.risk) == 25 and all(0.0 <= r <= 1.0 for r in m.risk.values())


def test_rate_limit_catches_volume_not_templates(scored):
    m = scored["rate_limit"]
    assert all(m.flagged[a] for a in _group(m, "volume"))
    assert not any(m.flagged[a] for a in _group(m, "template"))  # ordinary volume: invisible to limits
    assert min(m.risk[a] for a in _group(m, "volume")) > max(m.risk[a] for a in _group(m, "benign"))
    assert m.calibration["reference_max"]["peak_per_minute"] < PER_ACCOUNT


def test_mmd_separates_templates_from_varied_benign(scored):
    m = scored["mmd"]
    assert all(m.flagged[a] for a in _group(m, "template"))
    assert sum(m.flagged[a] for a in _group(m, "benign")) <= 1
    assert min(m.risk[a] for a in _group(m, "template")) > max(m.risk[a] for a in _group(m, "benign"))
    assert m.calibration["null_windows"]  # thresholds came from benign-vs-benign windows


def test_prada_judges_accounts_with_enough_queries(scored):
    m = scored["prada"]
    assert m.calibration["reference_accounts_judged"] == 50
    assert m.calibration["delta"] < 1.0


def test_prada_distances_follow_the_growing_set():
    # points on a line at 0, 1, 1.1, 3 (unit vectors are not needed for the distance logic,
    # but embeddings are unit length, so use 2-d unit vectors at these angles instead)
    angles = np.array([0.0, 1.0, 1.1, 3.0])
    e = np.c_[np.cos(angles), np.sin(angles)]
    d = min_distances(e)
    chord = lambda a: 2 * np.sin(a / 2)  # distance between unit vectors `a` radians apart
    assert d == pytest.approx([chord(1.0), chord(0.1), chord(1.9)])


def test_prada_w_is_lower_for_perturbation_clusters_than_for_spread_queries():
    rng = np.random.default_rng(3)
    spread = rng.normal(size=(60, 8))
    seeds = rng.normal(size=(6, 8))
    clustered = np.repeat(seeds, 10, axis=0) + rng.normal(scale=0.01, size=(60, 8))
    unit = lambda x: x / np.linalg.norm(x, axis=1, keepdims=True)
    w_spread = shapiro_w(min_distances(unit(spread)))
    w_clustered = shapiro_w(min_distances(unit(clustered)))
    assert w_clustered < 0.8 < w_spread
    assert shapiro_w(np.full(20, 0.3)) == 0.0  # identical distances: as repetitive as it gets


def test_mmd_statistic_is_near_zero_for_same_distribution():
    rng = np.random.default_rng(4)
    reference = rng.normal(size=(400, 4))
    stat = MMDStatistic(reference)
    same = stat(rng.normal(size=(64, 4)))
    shifted = stat(rng.normal(loc=1.0, size=(64, 4)))
    assert abs(same) < 0.02 < shifted


def test_upper_threshold_respects_target():
    null = np.arange(100, dtype=float)  # 0..99
    t = upper_threshold(null, 0.05)
    assert t == 94.0 and (null > t).mean() == pytest.approx(0.05)
    assert upper_threshold(null, 0.001) == 99.0  # nothing of the reference flagged


def test_unknown_baseline_is_a_clear_error():
    from distillguard.errors import DistillguardError

    empty = collect_tables([schema.empty_table()])
    with pytest.raises(DistillguardError, match="unknown baseline 'nope'"):
        run_baselines(empty, empty, ["nope"])
