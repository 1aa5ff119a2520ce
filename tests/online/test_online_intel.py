"""A peer's shared campaigns in the online path: a request's own clues against the watch-lists,
by the batch scan's rule (risk.watchlist.judge)."""

import pyarrow as pa
import pytest

from distillguard import schema
from distillguard.normalize.fingerprints import fingerprint, key_id
from distillguard.online.scorer import OnlineScorer
from distillguard.pipeline import reference_from_batches
from distillguard.risk.watchlist import Indicator, Intel, WatchList

from online_fixtures import traffic

KEY = b"community key of the test"


@pytest.fixture(scope="module")
def reference():
    return reference_from_batches(traffic(1, 300), meta={"source": "test benign"})


@pytest.fixture(scope="module")
def row():
    return traffic(2, 20).slice(0, 1)


def _with(row, **values):
    for column, value in values.items():
        row = row.set_column(row.schema.get_field_index(column), column,
                             pa.array([value], row.schema.field(column).type))
    return row


def _watchlist(*indicators):
    return WatchList("Provider A", "bundle--0f8c1e6e-3b0b-4a1c-9d3e-000000000001", "amber", key_id(KEY),
                     "2026-12-04T00:00:00Z", list(indicators))


def _indicator(kind, values, n=1):
    return Indicator(f"indicator--00000000-0000-4000-8000-00000000000{n}", kind, values, kind, "campaign--x",
                     "Provider A c-7")


def test_a_new_account_with_two_families_of_a_peer_campaign_is_contained_from_its_first_request(reference, row):
    row = _with(row, **{schema.PAYMENT_FINGERPRINT: "pm_farm_card", schema.CLIENT_ADDRESS: "203.0.113.77"})
    watch = _watchlist(_indicator("payment", [fingerprint(KEY, "payment", "pm_farm_card")], 1),
                       _indicator("network", ["203.0.113.0/24"], 2))
    scorer = OnlineScorer(reference, target_fpr=0.001, intel=Intel([watch], community_key=KEY))
    a = scorer.assess(row)
    assert a.flagged and a.linked and a.exchanges == 0
    assert a.campaign_id == "intel:Provider A:Provider A c-7"  # new heads of one peer campaign share its buckets
    assert a.reasons[0] == "intel_match"
    assert "shared by Provider A" in a.evidence[0] and "payment instrument" in a.evidence[0]


def test_one_family_raises_risk_and_never_flags(reference, row):
    row = _with(row, **{schema.CLIENT_ADDRESS: "203.0.113.77"})
    scorer = OnlineScorer(reference, target_fpr=0.001,
                          intel=Intel([_watchlist(_indicator("network", ["203.0.113.0/24"]))], community_key=KEY))
    a = scorer.assess(row)
    assert not a.flagged and not a.linked and a.campaign_id is None
    assert a.risk == pytest.approx(0.99) and "not a case on its own" in a.evidence[-1]


def test_without_the_community_key_fingerprints_do_not_match(reference, row):
    row = _with(row, **{schema.PAYMENT_FINGERPRINT: "pm_farm_card", schema.CLIENT_ADDRESS: "203.0.113.77"})
    watch = _watchlist(_indicator("payment", [fingerprint(KEY, "payment", "pm_farm_card")], 1),
                       _indicator("network", ["203.0.113.0/24"], 2))
    a = OnlineScorer(reference, target_fpr=0.001, intel=Intel([watch], community_key=None)).assess(row)
    assert not a.flagged  # the network alone: one family
    other = OnlineScorer(reference, target_fpr=0.001, intel=Intel([watch], community_key=b"another community"))
    assert not other.assess(row).flagged


def test_unrelated_requests_are_untouched(reference, row):
    watch = _watchlist(_indicator("payment", [fingerprint(KEY, "payment", "pm_farm_card")], 1),
                       _indicator("network", ["198.51.100.0/24"], 2))
    plain = OnlineScorer(reference, target_fpr=0.001).assess(row)
    a = OnlineScorer(reference, target_fpr=0.001, intel=Intel([watch], community_key=KEY)).assess(row)
    assert (a.risk, a.flagged, a.campaign_id, a.evidence) == (plain.risk, plain.flagged, plain.campaign_id, plain.evidence)
