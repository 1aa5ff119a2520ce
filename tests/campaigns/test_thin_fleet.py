"""campaigns.thin_fleet: many more small harvest-only accounts than the reference's rate."""

import numpy as np
import pytest

from distillguard.campaigns import thin_fleet
from distillguard.campaigns.gating import Found

REFERENCE = {"accounts": 2999, "harvest_only": 0}  # q = 1 / 3000


def _masks(n_small: int, n_harvest: int, n_big: int = 50):
    n = n_small + n_big
    small = np.zeros(n, bool)
    small[:n_small] = True
    harvest = np.zeros(n, bool)
    harvest[:n_harvest] = True
    return small, harvest


def test_a_fleet_beyond_the_reference_rate_is_one_campaign_of_its_members_in_no_campaign():
    small, harvest = _masks(1000, 60)
    taken = Found(0.9999, np.arange(0, 5), "collective_evidence", [])  # 5 of them already in a campaign
    found, strength = thin_fleet.find([taken], np.zeros(len(small)), harvest, small, REFERENCE, 5)
    assert [f.rule for f in found] == ["collective_evidence", "thin_fleet"]
    fleet = found[1]
    assert fleet.members.tolist() == list(range(5, 60))
    assert fleet.risk == pytest.approx(1 - 1 / 3000)
    assert (strength[fleet.members] == 1.0).all() and (strength[60:] == 0).all()
    words = fleet.extra[0]["detail"]
    assert fleet.extra[0]["signal"] == "thin_fleet"
    assert "60 of this scan's 1000 small accounts" in words and "0 of the benign reference's 2999" in words


def test_as_many_as_benign_traffic_holds_is_no_fleet():
    small, harvest = _masks(3000, 3)  # 1 expected, 3 seen: p ~ 0.08
    found, strength = thin_fleet.find([], np.zeros(len(small)), harvest, small, REFERENCE, 5)
    assert found == [] and not strength.any()


def test_a_rarer_reference_rate_needs_more_members_and_a_tiny_fleet_is_none():
    small, harvest = _masks(1000, 9)  # significant, but under MIN_FLEET
    assert thin_fleet.find([], np.zeros(len(small)), harvest, small, REFERENCE, 5)[0] == []
    small, harvest = _masks(1000, 30)
    busy = {"accounts": 100, "harvest_only": 3}  # a reference where 4% of small accounts harvest
    assert thin_fleet.find([], np.zeros(len(small)), harvest, small, busy, 5)[0] == []


def test_a_reference_without_small_account_counts_finds_nothing():
    small, harvest = _masks(1000, 200)
    for ref in (None, {}, {"accounts": 0, "harvest_only": 0}):
        assert thin_fleet.find([], np.zeros(len(small)), harvest, small, ref, 5)[0] == []


def test_flagged_accounts_of_the_same_shape_just_over_the_floor_join_the_fleet():
    small, harvest = _masks(1000, 60)
    over = np.zeros(len(small), bool)
    over[[1000, 1001, 1002]] = True  # three of the 50 big accounts: flagged, harvest-shaped, just over the floor
    taken = Found(0.9999, np.array([1002]), "member_risk", [])  # one of them in a campaign already
    found, strength = thin_fleet.find([taken], np.zeros(len(small)), harvest, small, REFERENCE, 5, flagged_over_floor=over)
    fleet = found[-1]
    assert fleet.members.tolist() == [*range(60), 1000, 1001]
    assert "2 accounts of the same shape just over that floor" in fleet.extra[0]["detail"]
    # no fleet, nobody grouped
    small, harvest = _masks(3000, 3)
    assert thin_fleet.find([], np.zeros(len(small)), harvest, small, REFERENCE, 5,
                           flagged_over_floor=np.ones(len(small), bool))[0] == []
