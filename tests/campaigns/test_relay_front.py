"""campaigns.relay_front: relays under many organisations on one operator's cards and gateways,
whose end users judged together are flagged, are one campaign; an honest reseller is not."""

import datetime as dt

import numpy as np

from distillguard import schema
from distillguard.campaigns import relay_front
from distillguard.campaigns.gating import Found
from distillguard.linkage.cohort import organisations
from distillguard.linkage.graph import build_graph
from distillguard.linkage.synthetic import T0, account_rows, tables
from distillguard.linkage.view import AccountView

RATE = 0.001


def _relays(prefix: str, n: int, *, orgs: int, cards: int, addresses: int, offset: int = 0) -> list[dict]:
    """`n` relay accounts in `orgs` organisations, paying with `cards` cards and sending from
    `addresses` gateway addresses, each its own client."""
    rows = []
    for k in range(n):
        made = account_rows(f"{prefix}{k:02d}", 6, start=T0 + dt.timedelta(minutes=11 * k + offset),
                            ip=lambda i, k=k: f"{50 + offset}.0.0.{(k + i) % addresses}", user_agent=f"gw/{prefix}{k}",
                            payment=f"card-{prefix}{k % cards}")
        for r in made:
            r[schema.ORG_ID] = f"org-{prefix}{k % orgs}"
        rows += made
    return rows


def _scan(rows, relay_prefixes, verdicts: dict, found_prefixes=()):
    """`verdicts`: account prefix -> (end users judged, flagged) of each account's own relay group."""
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    ids = graph.account_ids
    relay = np.array([any(a.startswith(p) for p in relay_prefixes) for a in ids])
    judged = np.array([next((v[0] for p, v in verdicts.items() if a.startswith(p)), 0) for a in ids], np.int64)
    flagged = np.array([next((v[1] for p, v in verdicts.items() if a.startswith(p)), 0) for a in ids], np.int64)
    group = np.where(relay, np.arange(len(ids)), -1)
    found = [Found(0.9999, np.array([i for i, a in enumerate(ids) if a.startswith(p)], np.int64), "member_risk", [])
             for p in found_prefixes]
    org = organisations(AccountView(ex, sig, ids))
    out, strength = relay_front.find(graph, found, np.zeros(len(ids)), relay,
                                     relay_front.RelayVerdicts(judged, flagged, group, RATE), org)
    return ids, [f for f in out if f.rule == "relay_front"], strength


def test_relays_under_many_organisations_on_one_operators_cards_and_gateways_are_one_front():
    """gen_q's proxy reseller in small: 24 upstream accounts of 24 organisations on 4 cards and 3
    gateway addresses, each carrying a few judged end users, one or two of them flagged: none is
    significant alone (1 of 3 judged), together they are (24 of 72). An honest reseller, its 12 keys
    in its one organisation, carrying the same share of flagged end users, is no front."""
    rows = (_relays("F", 24, orgs=24, cards=4, addresses=3)
            + _relays("R", 12, orgs=1, cards=1, addresses=3, offset=3))
    ids, fronts, strength = _scan(rows, ["F", "R"], {"F": (3, 1), "R": (3, 1)})
    assert len(fronts) == 1
    members = {ids[int(i)] for i in fronts[0].members}
    assert members == {f"F{k:02d}" for k in range(24)}
    assert fronts[0].risk >= 1 - RATE
    detail = fronts[0].extra[0]["detail"]
    assert "24 relay accounts of 24 organisations" in detail and "24 of 72 judged are flagged" in detail
    assert all(strength[i] == 1.0 for i in fronts[0].members)


def test_no_front_without_flagged_end_users_or_relays_or_keys_of_their_own():
    rows = _relays("F", 24, orgs=24, cards=4, addresses=3)
    assert _scan(rows, ["F"], {"F": (3, 0)})[1] == []  # their end users are ordinary
    assert _scan(rows, [], {"F": (3, 1)})[1] == []  # no relays: other rules judge them
    # routers of different companies sharing no card and no address are no front
    spread = []
    for k in range(24):
        spread += _relays(f"C{k:02d}-", 1, orgs=1, cards=1, addresses=1, offset=k)
    assert _scan(spread, ["C"], {"C": (3, 1)})[1] == []


def test_a_card_that_ordinary_customers_hold_too_ties_no_relays():
    """A cloud egress address most of whose users are ordinary customers is no operator's gateway:
    relays tied only through it (and their own cards) are no front."""
    rows = _relays("F", 12, orgs=12, cards=12, addresses=1)
    for k in range(40):  # 40 ordinary customers on the same address
        rows += account_rows(f"u{k:02d}", 3, ip="50.0.0.0", user_agent=f"sdk/{k}", payment=f"card-u{k}")
    ids, fronts, _ = _scan(rows, ["F"], {"F": (3, 1)})
    assert fronts == []


def test_a_relay_sharing_one_of_the_fronts_addresses_is_a_bystander():
    """gen_n: a support bot's relay, its own card, sent some requests from one of a front's six
    exits: tied by one key, it is no member (a member holds two of the front's keys or more)."""
    rows = _relays("F", 20, orgs=20, cards=5, addresses=6)
    rows += account_rows("bot", 6, ip=lambda i: "50.0.0.1" if i == 0 else f"99.1.1.{i}", user_agent="bot/1",
                         payment="card-bot")
    ids, fronts, _ = _scan(rows, ["F", "bot"], {"F": (3, 1), "bot": (3, 1)})
    assert len(fronts) == 1
    assert {ids[int(i)] for i in fronts[0].members} == {f"F{k:02d}" for k in range(20)}


def test_known_limit_a_front_in_nine_organisations_is_not_found():
    """An attacker who read this module keeps its upstream accounts in nine organisations: the
    same 24 relays, cards and exits make no front (said in the module's docstring; other rules
    and the relays' own verdicts are all that judge them)."""
    rows = _relays("F", 24, orgs=9, cards=4, addresses=3)
    assert _scan(rows, ["F"], {"F": (3, 1)})[1] == []
    assert len(_scan(_relays("F", 24, orgs=12, cards=4, addresses=3), ["F"], {"F": (3, 1)})[1]) == 1  # twelve, evenly
