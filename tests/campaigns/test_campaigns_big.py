"""Big campaigns (hundreds of accounts) come back whole; benign sharing next to them still does not link.

Built from blocking keys (what link kinds emit), so hundreds of accounts stay fast.
"""

import numpy as np
import pytest

from distillguard.campaigns import detect_campaigns
from distillguard.campaigns.detect import CampaignConfig, _risk_table, rarity_suspects
from distillguard.linkage import blocking, build_graph_from_keys
from distillguard.linkage.base import KeyRows
from distillguard.linkage.kinds import get_kind

KINDS = tuple(get_kind(n) for n in ("shared_ip", "shared_network", "shared_payment", "shared_client_fingerprint",
                                    "shared_system_prompt", "shared_template"))


def big_world():
    """Campaign H: 300 flagged accounts on one pool of 40 proxy addresses (each account uses all), 10
    cards of 30 accounts, one scraper client. Campaign R: 400 flagged residential accounts, sticky
    exits shared by 2 accounts, a stock SDK user agent with one parameter set and a short system
    prompt shared by no one else. Both use the same 30 popular CoT templates (as every flagged
    account does). Benign: 2,000 accounts with the stock SDK; 20 households share an exit address
    (and its /24) with an R account; 100 benign users share a /24 with H's pool."""
    rows = {k.name: ([], []) for k in KINDS}

    def add(kind, acc, key):
        rows[kind][0].append(acc), rows[kind][1].append(key)

    ids, risk = [], []

    def account(name, r):
        ids.append(name), risk.append(r)
        return len(ids) - 1

    for i in range(300):
        a = account(f"H{i:03d}", 0.999)
        for p in range(40):
            add("shared_ip", a, f"45.9.{p // 20}.{p % 20}")
            add("shared_network", a, f"45.9.{p // 20}.0/24")
        add("shared_payment", a, f"card-H{i // 30}")
        add("shared_client_fingerprint", a, "scraper/1.0|0.7|-|8")
        for t in range(30):
            add("shared_template", a, f"sk:cot{t}")
    for i in range(400):
        a = account(f"R{i:03d}", 0.999)
        add("shared_ip", a, f"81.{i // 250}.{(i // 2) % 125}.7")
        add("shared_network", a, f"81.{i // 250}.{(i // 2) % 125}.0/24")
        add("shared_payment", a, f"card-R{i}")
        add("shared_client_fingerprint", a, f"python-requests/2.31.0|0.6|-|{i % 4}")
        add("shared_system_prompt", a, "prompt-R")
        for t in range(30):
            add("shared_template", a, f"sk:cot{t}")
    for i in range(2000):
        a = account(f"B{i:04d}", 0.999 if i >= 1996 else 0.2)  # 4 benign false alarms
        add("shared_ip", a, f"10.{i}.0.1x")
        add("shared_payment", a, f"card-B{i}")
        add("shared_client_fingerprint", a, f"OpenAI/Python 1.54.0|1|-|{i % 3}")
        if i < 20:  # a household on an R account's residential exit
            add("shared_ip", a, f"81.0.{i}.7")
            add("shared_network", a, f"81.0.{i}.0/24")
        elif i < 120:  # neighbours on H's proxy /24
            add("shared_network", a, "45.9.0.0/24")
    keyrows = {}
    for k in KINDS:
        acc, key = rows[k.name]
        spec = None
        if k.name == "shared_client_fingerprint":
            spec = [0.25 if v.startswith(("python-requests", "OpenAI")) else 1.0 for v in key]
        elif k.name == "shared_system_prompt":
            spec = [0.38] * len(key)  # a short prompt
        elif k.name == "shared_template":
            spec = [0.25] * len(key)
        keyrows[k.name] = KeyRows.of(acc, key, spec)
    return ids, keyrows, np.array(risk)


@pytest.fixture(scope="module")
def found():
    ids, keyrows, risk = big_world()
    cfg = CampaignConfig()
    r, flagged = _risk_table(dict(zip(ids, risk)), ids, cfg.risk_threshold)
    graph = build_graph_from_keys(ids, KINDS, keyrows, suspect=rarity_suspects(r, flagged))
    return detect_campaigns(None, None, dict(zip(ids, risk)), graph=graph)


def test_big_campaigns_come_back_whole_and_apart(found):
    h = {found.campaign_of(f"H{i:03d}") for i in range(300)}
    r = {found.campaign_of(f"R{i:03d}") for i in range(400)}
    assert len(h) == 1 and None not in h
    assert len(r) == 1 and None not in r
    assert h != r  # the popular templates every flagged account uses do not merge them


def test_benign_neighbours_of_big_campaigns_stay_out(found):
    assert not [a for a in found.membership if a.startswith("B")]


def test_without_suspects_the_big_campaigns_fragment():
    """The baseline the fix answers: rarity over all holders makes a 300-account pool weigh ~0."""
    ids, keyrows, risk = big_world()
    graph = build_graph_from_keys(ids, KINDS, keyrows)
    res = detect_campaigns(None, None, dict(zip(ids, risk)), graph=graph)
    r = {res.campaign_of(f"R{i:03d}") for i in range(400)}
    assert len(r) > 1 or None in r


def test_suspect_pairs_count_rarity_among_low_risk_holders():
    n = 200
    acc, code, spec = np.arange(n), np.zeros(n, np.int64), np.ones(n)
    kw = dict(weight=1.0, rarity_exponent=0.5, max_block=5000)
    _, _, w_all, _ = blocking.block_pairs(acc, code, spec, **kw)
    _, _, w_sus, _ = blocking.block_pairs(acc, code, spec, suspect=np.ones(n, bool), **kw)
    assert np.allclose(w_all, blocking.rarity(n, 0.5)) and np.allclose(w_sus, 1.0)
    # mostly low-risk holders (a NAT with a few false alarms): every pair stays as weak as before
    mostly_low = np.zeros(n, bool)
    mostly_low[:5] = True
    lo, hi, w_nat, _ = blocking.block_pairs(acc, code, spec, suspect=mostly_low, **kw)
    assert w_nat.max() <= blocking.rarity(n - 5, 0.5) + 1e-9
    # pairs with a low-risk account keep the full block's rarity
    half = acc < n // 2
    lo, hi, w_half, _ = blocking.block_pairs(acc, code, spec, suspect=half, **kw)
    mixed = half[lo] != half[hi]
    assert mixed.any() and np.allclose(w_half[mixed], blocking.rarity(n, 0.5))


def test_suspect_lift_needs_many_suspects_and_no_low_risk_holders():
    lift = blocking.suspect_lift(np.array([3, 72, 72, 1000]), np.array([0, 0, 500, 0]))
    assert lift[0] < 0.2 < 0.7 < lift[1] and lift[2] < 0.15 and lift[3] > 0.95


def test_two_fleets_sharing_a_public_prompt_stay_two_campaigns():
    """Two operators copy one public system prompt (a block over both, fully rare): each keeps its
    own address pool and cards, so the shared block does not re-join them."""
    rows = {k.name: ([], []) for k in KINDS}
    ids, risk = [], []
    for fleet, n, pool in (("P", 200, 12), ("Q", 300, 20)):
        for i in range(n):
            a = len(ids)
            ids.append(f"{fleet}{i:03d}"), risk.append(0.999)
            for p in range(pool):
                rows["shared_ip"][0].append(a), rows["shared_ip"][1].append(f"{fleet}-exit-{p}")
            rows["shared_payment"][0].append(a), rows["shared_payment"][1].append(f"card-{fleet}{i // 50}")
            rows["shared_system_prompt"][0].append(a), rows["shared_system_prompt"][1].append("public-cot-prompt")
    for i in range(1000):  # ordinary customers
        a = len(ids)
        ids.append(f"B{i:04d}"), risk.append(0.2)
        rows["shared_ip"][0].append(a), rows["shared_ip"][1].append(f"home-{i}")
    keyrows = {k.name: KeyRows.of(*rows[k.name]) for k in KINDS}
    cfg = CampaignConfig()
    r, flagged = _risk_table(dict(zip(ids, risk)), ids, cfg.risk_threshold)
    graph = build_graph_from_keys(ids, KINDS, keyrows, suspect=rarity_suspects(r, flagged))
    res = detect_campaigns(None, None, dict(zip(ids, risk)), graph=graph)
    p = {res.campaign_of(f"P{i:03d}") for i in range(200)}
    q = {res.campaign_of(f"Q{i:03d}") for i in range(300)}
    assert len(p) == 1 and None not in p
    assert len(q) == 1 and None not in q
    assert p != q


def _graph_of(ids: list[str], rows: dict) -> tuple:
    """The link graph of `rows` ({kind: ([account index], [key])}) and an id -> index map."""
    graph = build_graph_from_keys(ids, KINDS, {k.name: KeyRows.of(*rows[k.name]) for k in KINDS})
    return graph, {a: i for i, a in enumerate(ids)}


def test_parts_of_one_operator_are_joined_and_operators_with_their_own_clients_are_not():
    """Three parts (one per card) of a fleet on one client build become one campaign; two fleets
    that copied one system prompt but run their own client builds stay two."""
    from distillguard.campaigns.detect import Found, join_operator_parts

    rows = {k.name: ([], []) for k in KINDS}
    ids = []
    for fleet, n, cards in (("A", 60, 3), ("B", 30, 1), ("C", 30, 1)):
        for i in range(n):
            a = len(ids)
            ids.append(f"{fleet}{i:02d}")
            rows["shared_payment"][0].append(a), rows["shared_payment"][1].append(f"card-{fleet}{i % cards}")
            rows["shared_client_fingerprint"][0].append(a), rows["shared_client_fingerprint"][1].append(f"kit-{fleet}")
            if fleet in "BC":
                rows["shared_system_prompt"][0].append(a), rows["shared_system_prompt"][1].append("public-prompt")
    graph, idx = _graph_of(ids, rows)
    parts = [Found(1.0, np.array([idx[f"A{i:02d}"] for i in range(60) if i % 3 == c]), "member_risk", [])
             for c in range(3)]
    parts += [Found(1.0, np.array([idx[f"{f}{i:02d}"] for i in range(30)]), "member_risk", []) for f in "BC"]
    joined = join_operator_parts(graph, parts)
    sizes = sorted(len(f.members) for f in joined)
    assert sizes == [30, 30, 60]


def test_parts_rotating_over_one_exit_pool_are_joined_and_separate_pools_are_not():
    """A fleet with varied user agents split over two cards, all behind one pool of 20 exits, is
    one campaign; a second fleet behind its own pool stays apart."""
    from distillguard.campaigns.detect import Found, join_operator_parts

    rows = {k.name: ([], []) for k in KINDS}
    ids = []
    for fleet, n, cards in (("D", 40, 2), ("E", 20, 1)):
        for i in range(n):
            a = len(ids)
            ids.append(f"{fleet}{i:02d}")
            rows["shared_payment"][0].append(a), rows["shared_payment"][1].append(f"card-{fleet}{i % cards}")
            for k in range(3):  # each account rotates over 3 exits of its fleet's pool
                rows["shared_ip"][0].append(a), rows["shared_ip"][1].append(f"{fleet}-exit-{(i + 7 * k) % 20}")
    graph, idx = _graph_of(ids, rows)
    parts = [Found(1.0, np.array([idx[f"D{i:02d}"] for i in range(40) if i % 2 == c]), "member_risk", [])
             for c in range(2)]
    parts.append(Found(1.0, np.array([idx[f"E{i:02d}"] for i in range(20)]), "member_risk", []))
    assert sorted(len(f.members) for f in join_operator_parts(graph, parts)) == [20, 40]


def test_a_small_part_on_a_rented_pool_is_not_joined_by_the_share_chance_gives():
    """A part that rotates over 400 of the log's 1,000 exits holds 40% of every address; a small
    part of another operator drawing its 20 exits from the same rented pool shares 8 (40%) with it,
    over the 30% bar but nothing beyond chance (campaigns.detect.exit_excess): two campaigns. The
    same small part on 16 of the big part's exits (80%) is its part."""
    from distillguard.campaigns.detect import Found, exit_excess, join_operator_parts

    def parts_after(shared: int):
        rows = {k.name: ([], []) for k in KINDS}
        ids = []
        for i in range(40):  # the big part: 40 accounts, 10 exits each, 400 exits
            ids.append(f"P{i:02d}")
            for k in range(10):
                rows["shared_ip"][0].append(i), rows["shared_ip"][1].append(f"exit-{i * 10 + k}")
        for i in range(10):  # the small part: 10 accounts, 2 exits each
            a = len(ids)
            ids.append(f"Q{i:02d}")
            for k in range(2):
                j = 2 * i + k
                rows["shared_ip"][0].append(a), rows["shared_ip"][1].append(f"exit-{j * 13}" if j < shared else f"q-exit-{j}")
        for i in range(580):  # everyone else, one home address each: 1,000 addresses in all
            a = len(ids)
            ids.append(f"Z{i:03d}")
            rows["shared_ip"][0].append(a), rows["shared_ip"][1].append(f"exit-{420 + i}")
        graph, idx = _graph_of(ids, rows)
        parts = [Found(1.0, np.array([idx[f"P{i:02d}"] for i in range(40)]), "member_risk", []),
                 Found(1.0, np.array([idx[f"Q{i:02d}"] for i in range(10)]), "member_risk", [])]
        return sorted(len(f.members) for f in join_operator_parts(graph, parts))

    assert abs(exit_excess(set(range(8)) | set(range(1000, 1012)), set(range(400)), 1000)) < 1e-9
    assert parts_after(8) == [10, 40]
    assert parts_after(16) == [50]


def test_parts_sharing_only_public_addresses_are_not_joined_by_them():
    """Two parts whose common addresses are a campus NAT that at least as many accounts outside
    every campaign use (a class) say nothing of one operator: two campaigns. The same addresses
    used by the parts alone, or by fewer others, are their pool: one."""
    from distillguard.campaigns.detect import Found, join_operator_parts

    def parts_after(students: int):
        rows = {k.name: ([], []) for k in KINDS}
        ids = []
        for fleet in "UV":
            for i in range(20):
                a = len(ids)
                ids.append(f"{fleet}{i:02d}")
                for k in range(6):  # every account behind the same 6 NAT addresses
                    rows["shared_ip"][0].append(a), rows["shared_ip"][1].append(f"nat-{k}")
        for i in range(students):  # the campus's other users, in no campaign
            a = len(ids)
            ids.append(f"S{i:02d}")
            rows["shared_ip"][0].append(a), rows["shared_ip"][1].append(f"nat-{i % 6}")
        for i in range(200):  # the rest of the log
            a = len(ids)
            ids.append(f"Z{i:03d}")
            rows["shared_ip"][0].append(a), rows["shared_ip"][1].append(f"home-{i}")
        graph, idx = _graph_of(ids, rows)
        parts = [Found(1.0, np.array([idx[f"{f}{i:02d}"] for i in range(20)]), "member_risk", []) for f in "UV"]
        return sorted(len(f.members) for f in join_operator_parts(graph, parts))

    assert parts_after(0) == [40]
    assert parts_after(60) == [40]  # 10 others an address against 40 of the parts
    assert parts_after(240) == [20, 20]


def test_parts_that_split_one_private_card_are_joined_unless_their_client_builds_say_two_operators():
    """One operator's accounts on 4 cards, cut by community detection across the cards (each part
    holds 2 holders of each card): one campaign. Two fleets that each run their own client build
    and share a card between 2 accounts each stay two: the card rule keeps the guard of
    one-per-operator artifacts."""
    from distillguard.campaigns.detect import Found, join_operator_parts

    rows = {k.name: ([], []) for k in KINDS}
    ids = []
    for i in range(32):  # operator F: 32 accounts, 8 per card
        ids.append(f"F{i:02d}")
        rows["shared_payment"][0].append(i), rows["shared_payment"][1].append(f"card-F{i // 8}")
    for fleet in "GH":  # two fleets, each on its own client build; 2 accounts of each on one shared card
        for i in range(12):
            a = len(ids)
            ids.append(f"{fleet}{i:02d}")
            rows["shared_payment"][0].append(a), rows["shared_payment"][1].append("card-GH" if i < 2 else f"card-{fleet}")
            rows["shared_client_fingerprint"][0].append(a), rows["shared_client_fingerprint"][1].append(f"kit-{fleet}")
    graph, idx = _graph_of(ids, rows)
    # parts across the cards: part p holds accounts i with i % 4 == p (2 of each card)
    parts = [Found(1.0, np.array([idx[f"F{i:02d}"] for i in range(32) if i % 4 == p]), "member_risk", [])
             for p in range(4)]
    parts += [Found(1.0, np.array([idx[f"{f}{i:02d}"] for i in range(12)]), "member_risk", []) for f in "GH"]
    assert sorted(len(f.members) for f in join_operator_parts(graph, parts)) == [12, 12, 32]


def test_the_last_pass_joins_parts_on_private_cards_only():
    """After the late steps (item queues, thin and kin fleets), parts are joined once more, on
    private cards alone: two parts splitting four cards are one campaign; two parts sharing only a
    client build are left as the earlier passes left them."""
    from distillguard.campaigns.detect import Found, join_operator_parts

    rows = {k.name: ([], []) for k in KINDS}
    ids = []
    for i in range(32):  # one operator on 4 cards, 8 accounts each
        ids.append(f"F{i:02d}")
        rows["shared_payment"][0].append(i), rows["shared_payment"][1].append(f"card-F{i // 8}")
    for i in range(24):  # accounts on one client build, each on its own card
        a = len(ids)
        ids.append(f"K{i:02d}")
        rows["shared_payment"][0].append(a), rows["shared_payment"][1].append(f"card-K{i}")
        rows["shared_client_fingerprint"][0].append(a), rows["shared_client_fingerprint"][1].append("kit-K")
    graph, idx = _graph_of(ids, rows)
    parts = [Found(1.0, np.array([idx[f"F{i:02d}"] for i in range(32) if i % 2 == p]), "kin_fleet", [])
             for p in range(2)]
    parts += [Found(1.0, np.array([idx[f"K{i:02d}"] for i in range(24) if i % 2 == p]), "item_queue", [])
              for p in range(2)]
    assert sorted(len(f.members) for f in join_operator_parts(graph, parts, cards_only=True)) == [12, 12, 32]
    assert sorted(len(f.members) for f in join_operator_parts(graph, parts)) == [24, 32]
