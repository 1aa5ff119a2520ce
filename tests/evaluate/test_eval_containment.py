"""Containment metrics from hand-made actions."""

import pytest

from distillguard.evaluate.containment import containment_metrics, first_containment
from distillguard.evaluate.inputs import AccountLabel, Action


def act(account, index, action, line=0):
    return Action(None, account, index, action, None, line)


LABELS = {
    "c1": AccountLabel("campaign", "k1", "hydra_cot"),
    "c2": AccountLabel("campaign", "k1", "hydra_cot"),
    "c3": AccountLabel("campaign", "k2", "template"),
    "c4": AccountLabel("campaign", "k2", "template"),
    "b1": AccountLabel("benign", population="chat"),
    "b2": AccountLabel("benign", population="chat"),
    "b3": AccountLabel("benign", population="batch"),
    "b4": AccountLabel("benign", population="batch"),
}
ACTIONS = [
    act("c1", 0, "allow", 1), act("c1", 20, "throttle", 2), act("c1", 30, "block", 3),
    act("c2", 5, "flag", 4), act("c2", 50, "block", 5),
    act("c3", 0, "allow", 6),  # never contained
    act("b1", 7, "flag", 7),
    act("b2", 9, "throttle", 8), act("b2", 12, "allow", 9),
    act("b3", 3, "degrade", 10),
]
COUNTS = {"c1": 100, "c2": 60, "c3": 40, "c4": 10, "b1": 5, "b2": 20, "b3": 8, "b4": 2}


def test_first_containment_ignores_allow():
    assert first_containment(ACTIONS) == {"c1": 20, "c2": 5, "b1": 7, "b2": 9, "b3": 3}
    assert first_containment(ACTIONS, ("throttle", "block")) == {"c1": 20, "c2": 50, "b2": 9}


def test_containment_with_counts():
    out = containment_metrics(ACTIONS, LABELS, COUNTS)
    # served before: c1 20, c2 5, c3 40 (never: all), c4 10 (never: all) -> sorted 5 10 20 40
    assert out["campaign_accounts_contained"] == 2
    assert out["served_before_containment_median"] == pytest.approx(15.0)
    # numpy linear p90 of [5, 10, 20, 40]: position 2.7 -> 20 + 0.7*20 = 34
    assert out["served_before_containment_p90"] == pytest.approx(34.0)
    assert out["share_campaign_exchanges_before_containment"] == pytest.approx(75 / 210)
    # benign: b2 throttled, b3 degraded, b1 only flagged -> throttled/blocked 1, restricted 2
    assert out["benign_throttled_or_blocked"] == 1
    assert out["benign_throttled_or_blocked_share"] == pytest.approx(0.25)
    assert out["benign_restricted"] == 2
    assert out["benign_ever"] == {"flag": 1, "throttle": 1, "degrade": 1, "block": 0}


def test_containment_without_counts_reports_unavailable():
    out = containment_metrics(ACTIONS, LABELS, None)
    assert out["served_before_containment_median"] is None
    assert out["share_campaign_exchanges_before_containment"] is None
    assert out["campaign_accounts_without_exchange_count"] == 4


def test_labels_exchanges_field_supplies_counts():
    labels = {a: AccountLabel(l.label, l.campaign_id, l.tactic, l.population, COUNTS[a]) for a, l in LABELS.items()}
    out = containment_metrics(ACTIONS, labels, None)
    assert out["share_campaign_exchanges_before_containment"] == pytest.approx(75 / 210)


def test_all_contained_needs_no_counts_for_quantiles():
    labels = {"c1": LABELS["c1"], "c2": LABELS["c2"]}
    out = containment_metrics(ACTIONS, labels, None)
    assert out["served_before_containment_median"] == pytest.approx(12.5)
    assert out["share_campaign_exchanges_before_containment"] is None


def test_campaign_accounts_with_no_exchange_in_the_traffic_are_left_out():
    """A log's second half replayed: an account that went quiet in the first had nothing served
    to contain; with its count known (0) the quantiles and the share are still computed."""
    counts = dict(COUNTS, c4=0)
    out = containment_metrics(ACTIONS, LABELS, counts)
    assert out["campaign_accounts"] == 3 and out["campaign_accounts_without_traffic"] == 1
    assert out["campaign_accounts_contained"] == 2
    assert out["served_before_containment_median"] == 20.0  # c1 20, c2 5, c3 40 (never contained)
    assert out["share_campaign_exchanges_before_containment"] == pytest.approx((20 + 5 + 40) / (100 + 60 + 40))
