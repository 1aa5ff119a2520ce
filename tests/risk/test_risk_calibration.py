"""Risk calibration: benign accounts are flagged at about the target rate; campaigns stand out."""

import numpy as np
import pyarrow as pa
import pytest

from distillguard import schema
from distillguard.behaviour import account_features, signal_specs
from distillguard.risk import Reference, RiskModel
from distillguard.signals.registry import detector_classes

T0_US = 1_793_491_200_000_000  # 2026-11-01
HOUR_US = 3_600_000_000


def _traffic(seed: int, n_accounts: int, *, bots: int = 0, prefix: str = "b"):
    """Vectorized synthetic traffic: humans with random habits, bots with CoT templates at fixed pace."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(5, 60, n_accounts)
    acc = np.repeat(np.arange(n_accounts), sizes)
    n = len(acc)
    # humans: a start time and exponential gaps of an account-specific pace, within waking hours
    pace = rng.uniform(300, 7200, n_accounts)[acc]
    gaps = rng.exponential(pace)
    t = np.zeros(n)
    starts = np.r_[0, np.cumsum(sizes)[:-1]]
    csum = np.cumsum(gaps)
    t = csum - np.repeat(csum[starts], sizes) + np.repeat(rng.uniform(0, 48, n_accounts), sizes) * 3600
    cot_rate = rng.beta(0.6, 3, n_accounts)[acc]  # some benign users often ask for reasoning
    cot = (rng.random(n) < cot_rate) * rng.uniform(0.5, 1.0, n)
    tpl_rate = rng.beta(0.5, 5, n_accounts)[acc]
    skeleton = np.where(rng.random(n) < tpl_rate, "tpl-" + acc.astype(str), "free-" + np.arange(n).astype(str))
    turns = rng.integers(1, 4, n)
    ids = np.array([f"{prefix}{a}" for a in range(n_accounts)], dtype=object)[acc]
    if bots:
        bsize = 200
        bacc = np.repeat(np.arange(bots), bsize)
        bt = np.tile(np.arange(bsize) * 60.0, bots) + rng.uniform(0, 3600, bots)[bacc]
        ids = np.r_[ids, np.array([f"x{a}" for a in range(bots)], dtype=object)[bacc]]
        t = np.r_[t, bt]
        cot = np.r_[cot, np.full(len(bacc), 0.95)]
        skeleton = np.r_[skeleton, np.full(len(bacc), "cot-template")]
        turns = np.r_[turns, np.ones(len(bacc), int)]
    m = len(ids)
    exchanges = pa.table({
        schema.EXCHANGE_ID: pa.array([f"e{i}" for i in range(m)]),
        schema.TS: pa.array((T0_US + t * 1e6).astype(np.int64)).cast(schema.TIMESTAMP),
        schema.ACCOUNT_ID: pa.array(ids, pa.string()),
        schema.TURNS: pa.array(turns, pa.int32()),
    })
    signals = pa.table({
        "cot_elicitation": pa.array(cot, pa.float32()),
        "template.skeleton": pa.array(skeleton, pa.string()),
    })
    return account_features(exchanges, signals), signal_specs(signals)


@pytest.fixture(scope="module")
def reference():
    feats, specs = _traffic(1, 4000)
    return Reference.from_features(feats, specs, min_exchanges=5, meta={"source": "test"})


def test_flag_rate_on_fresh_benign_traffic_close_to_target(reference):
    feats, specs = _traffic(2, 4000)
    for target in (0.01, 0.05):
        result = RiskModel(reference, target_fpr=target).score(feats, specs)
        above = float(np.mean(result.risk >= 1 - target))
        flagged = float(np.mean(result.flagged))
        # the calibrated operating point: about `target` of benign accounts reach it ...
        assert above == pytest.approx(target, abs=0.6 * target + 0.003)
        # ... and the minimum-evidence rule can only lower the flag rate
        assert flagged <= above


def test_risk_is_a_valid_tail_probability_on_benign(reference):
    feats, specs = _traffic(3, 3000)
    risk = RiskModel(reference).score(feats, specs).risk
    assert 0.0 <= risk.min() and risk.max() <= 1.0
    # risk = share of reference accounts strictly below, so at any level r at most about 1 - r of
    # benign accounts reach it (fewer where many accounts tie at "no evidence")
    for r in (0.5, 0.8, 0.9, 0.95, 0.99):
        assert np.mean(risk >= r) <= (1 - r) * 1.15 + 0.004
    assert np.mean(risk >= 0.9) >= 0.05  # and the scale is used, not collapsed to 0


def test_bots_flagged_with_plain_words_evidence(reference):
    feats, specs = _traffic(4, 500, bots=5)
    result = RiskModel(reference, target_fpr=0.001).score(feats, specs)
    by_id = dict(zip(result.account_ids, range(len(result.account_ids))))
    for b in range(5):
        i = by_id[f"x{b}"]
        assert result.flagged[i]
        assert result.risk[i] > 0.999
        details = [e["detail"] for e in result.evidence[i]]
        desc = detector_classes()["cot_elicitation"].description
        assert f"200 of 200 distinct prompts {desc}" in " | ".join(details)
        cot = next(e for e in result.evidence[i] if e["signal"] == "cot_elicitation")
        assert len(cot["exchange_ids"]) == 3
    assert result.flagged.sum() <= 5 + 2  # at most a couple of benign accounts at 0.1%


def test_insufficient_traffic_is_not_judged(reference):
    feats, specs = _traffic(5, 50)
    small = feats.slice(0, 1)
    n = small.column("exchanges").to_pylist()[0]
    result = RiskModel(reference, min_exchanges=n + 1).score(small, specs)
    assert result.risk[0] == 0.0 and not result.flagged[0] and not result.judged[0]
    assert result.evidence[0][0]["signal"] == "insufficient_traffic"
    assert result.evidence[0][0]["detail"].startswith(f"insufficient traffic: {n} exchanges")


SPECS = {"a": {"threshold": 0.5, "description": "do a"}, "b": {"threshold": 0.5, "description": "do b"}}


def _hand_features(rate_a, rate_b, hour_entropy, exchanges=10_000):
    k = len(rate_a)
    return pa.table({
        "account_id": [f"a{i}" for i in range(k)], "exchanges": [exchanges] * k,
        "rate_a": rate_a, "count_a": [int(r * exchanges) for r in rate_a],
        "rate_b": rate_b, "count_b": [int(r * exchanges) for r in rate_b],
        "hour_entropy": hour_entropy,
    })


def _hand_model(target_fpr, n=2000, seed=0):
    rng = np.random.default_rng(seed)
    feats = _hand_features(list(rng.random(n) * 0.5), list(rng.random(n) * 0.5), list(rng.random(n)))
    return RiskModel(Reference.from_features(feats, SPECS, min_exchanges=5), target_fpr=target_fpr)


def test_single_weak_feature_never_flags_alone():
    model = _hand_model(0.01)
    # one extraction signal at p ~ 0.002 (inside the reference range), the rest ordinary
    res = model.score(_hand_features([0.499], [0.25], [0.5]), SPECS)
    assert res.risk[0] >= 0.99  # extreme enough for the operating point ...
    assert not res.flagged[0]  # ... but one weak family is not enough evidence
    assert res.evidence[0][-1]["signal"] == "minimum_evidence_not_met"  # and the evidence says why
    # the signal plus a second family at p <= 0.01 flag
    res2 = model.score(_hand_features([0.499], [0.499], [0.5]), SPECS)
    assert res2.flagged[0]
    assert all(e["signal"] != "minimum_evidence_not_met" for e in res2.evidence[0])
    # a signal beyond every reference account flags alone
    res3 = model.score(_hand_features([0.9], [0.25], [0.5]), SPECS)
    assert res3.flagged[0]


def test_behaviour_alone_never_makes_a_case():
    model = _hand_model(0.01)
    # round the clock beyond every reference account, but asks for nothing suspicious
    res = model.score(_hand_features([0.1], [0.1], [5.0]), SPECS)
    assert not res.flagged[0]
    assert res.risk[0] < 0.9
    assert any(e["signal"] == "round_the_clock" for e in res.evidence[0])  # still reported
    assert res.evidence[0][-1]["signal"] == "behaviour_only"  # with why it does not count


def test_risk_orders_beyond_the_reference():
    model = _hand_model(0.001)
    res = model.score(_hand_features([0.502, 0.51, 0.9], [0.502, 0.51, 0.9], [0.99, 0.99, 0.99]), SPECS)
    assert res.risk[0] < res.risk[1] <= res.risk[2] <= 1.0


def test_calibrate_is_monotone_and_bounded():
    ref = np.sort(np.r_[np.zeros(500), np.random.default_rng(1).exponential(1, 500)])
    x = np.linspace(-1, 20, 2000)
    r = RiskModel.calibrate(x, ref)
    assert np.all(np.diff(r) >= -1e-12)
    assert r.min() >= 0 and r.max() <= 1
    assert RiskModel.calibrate(np.array([0.0]), ref)[0] == 0.0  # like half the reference: not risky


def test_stats_say_which_reference(reference):
    feats, specs = _traffic(6, 20)
    stats = RiskModel(reference, target_fpr=0.001).score(feats, specs).stats
    assert stats["reference"]["source"] == "test"
    assert stats["reference_accounts"] == reference.n_accounts
    assert stats["target_fpr"] == 0.001 and stats["risk_threshold"] == pytest.approx(0.999)


def test_calibrate_is_the_reference_share_strictly_below():
    ref = np.array([0.0, 1.0, 2.0, 3.0])
    r = RiskModel.calibrate(np.array([0.0, 1.0, 1.5, 2.0, 3.5]), ref)
    nudge = 0.01 * (1 / 5) + 1e-12  # ordering nudge: at most 1% of one step
    assert r[0] == 0.0  # nothing strictly below the smallest
    assert 1 / 5 <= r[1] <= 1 / 5 + nudge  # one of four below; n + 1 = 5
    assert 2 / 5 <= r[2] <= 2 / 5 + nudge
    assert 2 / 5 <= r[3] <= 2 / 5 + nudge and r[3] >= r[2]
    assert 4 / 5 <= r[4] < 1.0  # beyond the reference: above every reference account


def _behaviour_features(tz, pivot, exchanges=10_000, rate=0.0, hour_entropy=None):
    k = len(tz)
    return pa.table({"account_id": [f"b{i}" for i in range(k)], "exchanges": [exchanges] * k,
                     "rate_a": [rate] * k, "count_a": [int(rate * exchanges)] * k,
                     "rate_b": [rate] * k, "count_b": [int(rate * exchanges)] * k,
                     "tz_mismatch_hours": tz, "model_pivot_share": pivot,
                     "hour_entropy": hour_entropy if hour_entropy is not None else [0.5] * k})


def _behaviour_model(target_fpr, n=2000, seed=0):
    rng = np.random.default_rng(seed)
    feats = _behaviour_features(list(rng.random(n) * 6), list(rng.random(n) * 0.5), rate=0.1,
                                hour_entropy=list(rng.random(n)))
    return RiskModel(Reference.from_features(feats, SPECS, min_exchanges=5), target_fpr=target_fpr)


def test_who_an_account_is_makes_no_behaviour_case():
    """Where its traffic comes from (an origin mismatch) is who an account is, not how it behaves:
    beside a pivot to a new model, each beyond every reference account, it makes no case."""
    model = _behaviour_model(0.01)
    res = model.score(_behaviour_features([11.0], [0.9]), SPECS)
    assert not res.flagged[0] and not [e for e in res.evidence[0] if e["signal"] == "behaviour_case"]


def test_behaviour_makes_a_case_only_when_extreme_in_two_families(monkeypatch):
    # (origin counted as a family of manner here, to have two non-workload families to test with)
    monkeypatch.setattr("distillguard.risk.score.IDENTITY_FAMILIES", ())
    model = _behaviour_model(0.01)
    # an origin mismatch AND a pivot to a new model, each beyond every reference account
    res = model.score(_behaviour_features([11.0], [0.9]), SPECS)
    assert res.flagged[0] and res.risk[0] >= 0.99
    case = [e for e in res.evidence[0] if e["signal"] == "behaviour_case"]
    assert case and "2 independent kinds of behaviour" in case[0]["detail"]
    assert res.stats["behaviour_cases"] == 1
    # one family beyond the reference, the other only significant (p ~ 0.005): no case
    res2 = model.score(_behaviour_features([11.0], [0.4975]), SPECS)
    assert not res2.flagged[0] and res2.evidence[0][-1]["signal"] == "behaviour_only"
    # beyond the reference in one family and in size (a bigger customer): no case
    res3 = model.score(_behaviour_features([11.0], [0.1], exchanges=1_000_000), SPECS)
    assert not res3.flagged[0] and res3.evidence[0][-1]["signal"] == "behaviour_only"
    # pooled (a group's traffic): the two habits are still evidence
    assert model.score(_behaviour_features([11.0], [0.9], exchanges=1_000_000), SPECS, pooled=True).flagged[0]


def test_workload_shapes_never_make_a_case_alone():
    """Round the clock (automation) beyond every reference account beside a pivot beyond it: the
    shape of a workload is what a batch job or an eval harness the reference lacks shows."""
    model = _behaviour_model(0.01)
    res = model.score(_behaviour_features([1.0], [0.9], hour_entropy=[5.0]), SPECS)
    assert not res.flagged[0] and res.evidence[0][-1]["signal"] == "behaviour_only"


def test_shares_are_beyond_the_reference_as_shares_not_as_their_bounds():
    """1,319 of 1,319 is not beyond a reference account's 1,000 of 1,000 (its Wilson bound is)."""
    ref = pa.table({"account_id": ["r0", "r1"], "exchanges": [1000, 1000], "top_params_share": [1.0, 0.2]})
    model = RiskModel(Reference.from_features(ref, {}, min_exchanges=5), target_fpr=0.01)
    feats, _ = model._usable({})
    x = pa.table({"account_id": ["x"], "exchanges": [1319], "top_params_share": [1.0]})
    p = np.zeros((1, len(feats)))  # significant everywhere: only "beyond" is tested
    assert not model._beyond_all(x, feats, p, lambda fam: fam == "automation", as_shares=True)[0]
    assert model._beyond_all(x, feats, p, lambda fam: fam == "automation")[0]  # the bound is beyond


def test_behaviour_risk_saturates_beyond_the_reference(monkeypatch):
    monkeypatch.setattr("distillguard.risk.score.IDENTITY_FAMILIES", ())
    ref = np.arange(100, dtype=float)
    r = RiskModel.calibrate(np.array([99.5, 100.0, 101.0]), ref, saturate=True)
    assert np.all(r >= 100 / 101) and np.all(r < 100.02 / 101)  # never past n / (n + 1) ...
    assert r[0] < r[1] < r[2]  # ... but still ordered
    # a small reference cannot certify a 0.1% operating point on behaviour alone
    model = _behaviour_model(0.001, n=500)
    res = model.score(_behaviour_features([11.0], [0.9]), SPECS)
    assert not res.flagged[0]


def test_a_model_scores_alike_whatever_it_scored_before(reference):
    """The reference-side tables are computed once per model and set of signals (RiskModel._cache):
    a model that has scored other accounts, or the same ones with other signals, scores like a new one."""
    feats, specs = _traffic(9, 40, bots=3, prefix="c")
    fewer = {}  # (no signal's features: behaviour only)
    assert specs
    used = RiskModel(reference, target_fpr=0.01)
    used.score(feats, fewer)
    first = used.score(feats, specs)
    again = used.score(feats.slice(0, 5), specs)
    fresh = RiskModel(reference, target_fpr=0.01)
    assert np.array_equal(first.risk, fresh.score(feats, specs).risk)
    assert np.array_equal(again.risk, first.risk[:5])
    behaviour_only = RiskModel(reference, target_fpr=0.01).score(feats, fewer)
    assert np.array_equal(used.score(feats, fewer).risk, behaviour_only.risk)
    assert not np.array_equal(behaviour_only.risk, first.risk)
    assert first.flagged[-3:].all()


def test_a_pooled_groups_typical_member_is_not_credited_with_counts_its_members_add_up():
    """Distinct known-dataset items add up over a pooled group (a crowd that each pasted a problem or
    two "swept" hundreds): evidence for the group's case, not of what its typical member asks."""
    rng = np.random.default_rng(0)
    n = 2000
    ref = pa.table({"account_id": [f"r{i}" for i in range(n)], "exchanges": [50] * n, "distinct_prompts": [50] * n,
                    "dataset_items": rng.integers(0, 4, n).tolist(), "dataset_share": (rng.random(n) * 0.2).tolist()})
    model = RiskModel(Reference.from_features(ref, {}, min_exchanges=5), target_fpr=0.001)
    crowd = pa.table({"account_id": ["g"], "exchanges": [3500], "distinct_prompts": [3000],
                      "dataset_items": [220], "dataset_share": [0.07]})

    def sweep(res):
        return [e["detail"] for e in res.evidence[0] if e["signal"] == "dataset_sweep"]

    assert any("swept 220" in d for d in sweep(model.score(crowd, {}, pooled=True)))
    assert not sweep(model.score(crowd, {}, pooled=True, typical=True))
