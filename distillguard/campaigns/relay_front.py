"""Relay fronts: a reseller's upstream accounts, opened under many organisations, that relay a
campaign's end users among ordinary customers.

A relay (an account carrying many end users' traffic, risk.end_users) is no member of its end
users' campaigns: their templates and schedules are theirs, and an honest router carries whoever
pays it. It gets a verdict of its own, and is flagged as a front only when most of its end users
and traffic are flagged. A front that mixes its harvest with ordinary customers' requests stays
under that majority (a third to a half of its end users flagged), as an honest router carrying a
campaign's end users does too.

What tells the front from the router is the relay accounts themselves. An honest reseller is one
customer: its keys sit in one organisation (or a few), and routers of different companies share
no card and no egress address. A front spreads its upstream accounts over many organisations, so
that no one of them carries much, and runs them from one operator's cards and gateways: relay
accounts of PAYER_ORGANISATIONS organisations or more, tied by cards and egress addresses that
ordinary customers do not hold, whose end users, judged together, are flagged beyond a benign
relay's rate, are one campaign (rule "relay_front"). Together: a front spreads its end users over
its upstream accounts, so that few are judged through any one (gen_q: 169 of its 260 relays in
groups of their own, 68 of them with no end user judged).
Known limits: a front in fewer than PAYER_ORGANISATIONS organisations, or on cards and exits of
its own per account, is no front here (an attacker who read this keeps under both); and an honest
platform that opens one organisation per tenant on its own card and gateways, carrying a campaign's
end users, reads as one (the evidence names it as the operator, its flagged end users listed).
Written blind by four authors (gen_n, gen_o, gen_p, gen_q, sessions 36-37): 20, 6, 24 and 260
such accounts, 0, 0, 0 and 196 of them flagged, the last one by one and in no campaign.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from distillguard.campaigns.collective import PAYER_ORGANISATIONS
from distillguard.campaigns.community import UnionFind
from distillguard.campaigns.gating import Found
from distillguard.linkage import blocking
from distillguard.linkage.cohort import effective_organisations
from distillguard.linkage.graph import LinkGraph

# the relays' own identity artifacts: what the reseller pays with and sends from (its end users'
# templates, clients and schedules are theirs)
FRONT_KINDS = ("shared_payment", "shared_ip")
# a key most of whose holders are relays (a shared cloud egress that ordinary customers use too is
# no one operator's gateway)
RELAY_HOLDERS = 0.8
MIN_FRONT = 5  # relay accounts (campaigns.thin_fleet: a fleet's smallest number is MIN_FLEET)
MIN_FLAGGED = 3  # flagged end users (risk.end_users.MIN_RELAY_FLAGGED)
MIN_TIES = 2  # keys a member shares with the rest of its front


@dataclass(frozen=True)
class RelayVerdicts:
    """Per account (0 / -1 for accounts that are no relay): its relay group's end users judged and
    flagged (risk.end_users: relays carrying the same end users are judged as one), the group's
    number, and a benign relay's rate of flagged end users (the operating point's)."""

    judged: np.ndarray
    flagged: np.ndarray
    group: np.ndarray  # the relay group's number, -1 for no relay
    rate: float


def find(graph: LinkGraph, found: list[Found], strength: np.ndarray, relay: np.ndarray | None,
         verdicts: RelayVerdicts | None, org: np.ndarray | None) -> tuple[list[Found], np.ndarray]:
    """`found` plus a "relay_front" campaign per front: the relays of one component of relay-held
    cards and addresses, of PAYER_ORGANISATIONS organisations or more, whose end users, judged
    together, are flagged beyond a benign relay's rate (binomial p at most that rate). A front
    spreads its end users over its upstream accounts, so that few are judged through any one.
    `org`: organisation code per account (linkage.cohort.organisations)."""
    if relay is None or verdicts is None or org is None or relay.sum() < MIN_FRONT:
        return found, strength
    from scipy.stats import binom

    sets = UnionFind(graph.n_accounts)
    for name in FRONT_KINDS:
        kk = graph.keys.get(name)
        if kk is None or not len(kk.account):
            continue
        code = blocking.encode_keys(kk.key)
        holders = np.bincount(code)
        relays_of = np.bincount(code, weights=relay[kk.account].astype(float))
        gateway = (holders >= 2) & (relays_of >= RELAY_HOLDERS * holders)
        rows = np.flatnonzero(gateway[code] & relay[kk.account])
        rows = rows[np.argsort(code[rows], kind="stable")]
        for a, b, same in zip(kk.account[rows[:-1]], kk.account[rows[1:]], code[rows[:-1]] == code[rows[1:]]):
            if same:  # consecutive holders of one gateway key
                sets.union(int(a), int(b))
    added, strength = [], strength.copy()
    for component in sets.sets():
        members = np.array(sorted(component), np.int64)
        if len(members) < MIN_FRONT or not relay[members].all():
            continue
        # a member holds at least MIN_TIES of the component's shared keys: one address shared with
        # the front is a bystander's (gen_n: a support bot's relay on one of a front's 6 exits)
        members = members[_ties(graph, members) >= MIN_TIES]
        if len(members) < MIN_FRONT:
            continue
        if effective_organisations(org[members]) < PAYER_ORGANISATIONS:
            continue
        _, first = np.unique(verdicts.group[members], return_index=True)  # each relay group once
        judged = int(verdicts.judged[members[first]].sum())
        flagged = int(verdicts.flagged[members[first]].sum())
        p = float(binom.sf(flagged - 1, judged, verdicts.rate)) if flagged else 1.0
        if flagged < MIN_FLAGGED or p > verdicts.rate:
            continue
        detail = (f"{len(members)} relay accounts of {len(np.unique(org[members]))} organisations, tied by "
                  f"{_keys_among(graph, 'shared_payment', members)} payment instruments and "
                  f"{_keys_among(graph, 'shared_ip', members)} egress addresses that only relays use, relay end "
                  f"users of whom {flagged} of {judged} judged are flagged (a benign relay shows about "
                  f"{100 * verdicts.rate:.2g}%, p = {p:.2g}): one operator's upstream accounts spread over many "
                  "organisations, where an honest reseller's keys sit in its one organisation")
        strength[members] = 1.0
        evidence = [{"signal": "relay_front", "score": 1.0, "detail": detail}]
        added.append(Found(1.0 - p, members, "relay_front", evidence))
    return [*found, *added], strength


def _ties(graph: LinkGraph, members: np.ndarray) -> np.ndarray:
    """Per member: how many FRONT_KINDS keys it holds that another of `members` holds too."""
    ties = np.zeros(len(members), np.int64)
    for name in FRONT_KINDS:
        holders, _ = _shared(graph, name, members)
        ties += np.bincount(np.searchsorted(members, holders), minlength=len(members))
    return ties


def _keys_among(graph: LinkGraph, name: str, members: np.ndarray) -> int:
    """How many keys of kind `name` at least two of `members` hold."""
    return len(np.unique(_shared(graph, name, members)[1]))


def _shared(graph: LinkGraph, name: str, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(holder, key code) of each key row of kind `name` whose key at least two of `members` hold,
    `members` sorted."""
    kk = graph.keys.get(name)
    empty = np.zeros(0, np.int64)
    if kk is None or not len(kk.account):
        return empty, empty
    mine = np.flatnonzero(np.isin(kk.account, members))
    if not len(mine):
        return empty, empty
    code = blocking.encode_keys(kk.key.take(pa.array(mine)))
    shared = np.bincount(code)[code] >= 2
    return kk.account[mine][shared], code[shared]
