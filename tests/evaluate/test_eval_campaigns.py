"""Campaign found-share and grouping ARI on hand-made labels."""

import pytest

from distillguard.evaluate.campaigns import benign_in_campaigns, campaigns_found, grouping_ari
from distillguard.evaluate.inputs import AccountLabel


def C(cid, tactic="t"):
    return AccountLabel("campaign", campaign_id=cid, tactic=tactic)


B = AccountLabel("benign", population="chat")


def test_found_needs_at_least_half_flagged():
    labels = {"a1": C("c1"), "a2": C("c1"), "a3": C("c2"), "a4": C("c2"), "a5": C("c2"), "b1": B}
    flagged = {"a1": True, "a2": False, "a3": True, "a4": False, "a5": False, "b1": True}
    out = campaigns_found(labels, flagged)
    # c1: 1 of 2 = half -> found; c2: 1 of 3 < half -> missed.
    assert (out["campaigns"], out["found"], out["share_found"]) == (2, 1, 0.5)
    assert out["missed"] == ["c2"]


def test_account_absent_from_flags_is_not_flagged_and_null_campaign_is_solo():
    labels = {"a1": C("c1"), "a2": C("c1"), "s1": C(None)}
    out = campaigns_found(labels, {"s1": True})
    # c1 has no flagged account; the lone harvester s1 is its own campaign and is found.
    assert (out["campaigns"], out["found"]) == (2, 1)


def test_ari_perfect_grouping_ignores_names():
    labels = {"a1": C("c1"), "a2": C("c1"), "a3": C("c2"), "a4": C("c2")}
    flagged = dict.fromkeys(labels, True)
    out = grouping_ari(labels, flagged, {"a1": "x", "a2": "x", "a3": "y", "a4": "y"})
    assert out["ari"] == pytest.approx(1.0)
    assert out["predicted_campaigns"] == 2


def test_ari_hand_computed_merge():
    # truth c1 c1 c2 c2 ; predicted p p p q
    # pairs together in both: 1 (a1,a2); truth pairs: 2; predicted pairs: 3; all pairs: 6
    # expected = 2*3/6 = 1; max = (2+3)/2 = 2.5; ARI = (1-1)/(2.5-1) = 0
    labels = {"a1": C("c1"), "a2": C("c1"), "a3": C("c2"), "a4": C("c2")}
    out = grouping_ari(labels, dict.fromkeys(labels, True), {"a1": "p", "a2": "p", "a3": "p", "a4": "q"})
    assert out["ari"] == pytest.approx(0.0)


def test_ari_lumping_a_benign_false_positive_is_penalised():
    # Flagged: three accounts of c1 plus one benign, all predicted in one campaign.
    # Benign is a singleton on the true side: truth pairs 3, predicted pairs 6, both 3,
    # expected 3*6/6 = 3, max 4.5 -> ARI = 0. Leaving the benign out of the campaign -> 1.
    labels = {"a1": C("c1"), "a2": C("c1"), "a3": C("c1"), "b1": B}
    flagged = dict.fromkeys(labels, True)
    lumped = grouping_ari(labels, flagged, dict.fromkeys(labels, "p"))
    assert lumped["ari"] == pytest.approx(0.0)
    apart = grouping_ari(labels, flagged, {"a1": "p", "a2": "p", "a3": "p", "b1": None})
    assert apart["ari"] == pytest.approx(1.0)


def test_ari_only_over_flagged_accounts():
    labels = {"a1": C("c1"), "a2": C("c1"), "a3": C("c2")}
    out = grouping_ari(labels, {"a1": True}, {"a1": "p"})
    assert out["accounts"] == 1 and out["ari"] is None  # one account: no pairs to compare


def test_caught_through_links_counts_only_accounts_clean_alone():
    from distillguard.evaluate.campaigns import caught_through_links

    labels = {"a1": C("c1"), "a2": C("c1"), "a3": C("c1"), "a4": C("c2"), "b1": B}
    alone = {"a1": True, "a2": False, "a3": False, "a4": False, "b1": False}
    full = {"a1": True, "a2": True, "a3": False, "a4": False, "b1": True}
    out = caught_through_links(labels, full, alone)
    # clean alone: a2, a3 (c1) and a4 (c2); the full scan caught a2 only; b1 is benign, not counted
    assert (out["campaign_accounts"], out["clean_alone"], out["caught"]) == (4, 3, 1)
    assert out["recall"] == pytest.approx(1 / 3)
    assert out["by_campaign"] == {"c1": {"accounts": 3, "clean_alone": 2, "caught": 1},
                                  "c2": {"accounts": 1, "clean_alone": 1, "caught": 0}}


def test_caught_through_links_is_undefined_when_every_account_is_flagged_alone():
    from distillguard.evaluate.campaigns import caught_through_links

    labels = {"a1": C("c1"), "a2": C("c1")}
    out = caught_through_links(labels, {"a1": True, "a2": True}, {"a1": True, "a2": True})
    assert out["clean_alone"] == 0 and out["recall"] is None and out["by_campaign"] == {}


def test_benign_accounts_named_by_a_campaign_are_counted_by_population():
    student, reseller = AccountLabel("benign", population="student"), AccountLabel("benign", population="reseller")
    labels = {"a1": C("c1"), "a2": C("c1"), "s1": student, "s2": student, "r1": reseller}
    out = benign_in_campaigns(labels, {"a1": "p", "a2": "p", "s1": "p", "s2": None, "r1": "q", "x": "q"})
    assert out == {"accounts": 2, "campaigns_naming_benign": 2, "predicted_campaigns": 2,
                   "by_population": {"reseller": 1, "student": 1}}
    assert benign_in_campaigns(labels, {"a1": "p", "a2": "p"})["accounts"] == 0
