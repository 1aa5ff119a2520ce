"""Each link kind on small hand-built cases: what must link, and benign sharing that must not."""

import datetime as dt
import random

import numpy as np
import pytest

from distillguard.campaigns import CampaignConfig
from distillguard.linkage import build_graph
from distillguard.linkage.kinds import (
    SharedClientFingerprint, CreationBurst, ComplementarySweep, ModelPivot, SharedIp, SharedHostingNetwork,
    SharedNetwork, SharedPayment, SharedSystemPrompt, SharedTemplate, SynchronizedActivity,
)
from distillguard.linkage.synthetic import T0, account_rows, tables

# an edge lighter than this is dropped before community detection
LINK = CampaignConfig().min_edge_weight


def weight(graph, a, b):
    idx = graph.account_index()
    i, j = sorted((idx[a], idx[b]))
    hit = np.flatnonzero((graph.src == i) & (graph.dst == j))
    return float(graph.weight[hit[0]]) if len(hit) else 0.0


def graph_of(kind, rows):
    ex, sig = tables(rows)
    return build_graph(ex, sig, kinds=[kind])


def rand_start(rng):
    return T0 + dt.timedelta(seconds=rng.randrange(14 * 86400))


# --- shared IP ------------------------------------------------------------------------------

def test_proxy_address_shared_by_three_accounts_links():
    rows = []
    for a in ("p1", "p2", "p3"):
        rows += account_rows(a, 5, ip="45.33.1.7")
    rows += account_rows("other", 5, ip="45.33.1.8")
    g = graph_of(SharedIp(), rows)
    assert weight(g, "p1", "p2") >= 0.9
    assert weight(g, "p1", "other") == 0.0


def test_nat_address_with_300_accounts_does_not_link():
    rows = []
    for k in range(300):
        rows += account_rows(f"emp{k}", 2, ip="165.225.1.20")
    g = graph_of(SharedIp(), rows)
    assert g.n_edges > 0  # they do share it ...
    assert g.weight.max() < LINK  # ... but it is no evidence of coordination on its own
    assert g.n_edges <= 300 * 6  # and a big block is never expanded into all pairs


def test_vpn_exit_address_shared_by_many_is_weak():
    rows = []
    for k in range(120):
        rows += account_rows(f"vpn{k}", 2, ip="185.156.46.10")  # M247 VPN exit
    g = graph_of(SharedIp(), rows)
    assert g.weight.max() < LINK


def test_a_rotating_account_and_a_user_who_once_sent_from_one_of_its_exits_do_not_link():
    # residential exits are carriers' addresses: a hydra account rotating over forty of them shares
    # one with a phone user by chance; a link is the overlap of the two accounts' address use
    rows = account_rows("rotator", 40, ip=lambda i: f"81.0.0.{i}")
    rows += account_rows("phone", 5, ip=lambda i: "81.0.0.3" if i == 0 else "100.64.9.9")
    assert weight(graph_of(SharedIp(), rows), "rotator", "phone") < LINK
    # two accounts sending all their traffic through the same three exits are linked fully
    rows = account_rows("f1", 30, ip=lambda i: f"45.9.9.{i % 3}") + account_rows("f2", 30, ip=lambda i: f"45.9.9.{i % 3}")
    assert weight(graph_of(SharedIp(), rows), "f1", "f2") >= 0.9


def test_private_address_says_nothing():
    rows = account_rows("x1", 3, ip="10.0.0.5") + account_rows("x2", 3, ip="10.0.0.5")
    assert weight(graph_of(SharedIp(), rows), "x1", "x2") < 0.1


def test_hashed_addresses_are_opaque_keys():
    rows = account_rows("h1", 3, ip="hmac-sha256:ab12") + account_rows("h2", 3, ip="hmac-sha256:ab12")
    assert weight(graph_of(SharedIp(), rows), "h1", "h2") >= 0.9


# --- networks ---------------------------------------------------------------------------------

def test_same_slash24_links_weaker_than_same_address():
    rows = account_rows("n1", 3, ip="73.1.2.3") + account_rows("n2", 3, ip="73.1.2.99")
    w = weight(graph_of(SharedNetwork(), rows), "n1", "n2")
    assert 0.3 <= w <= SharedNetwork.weight


def test_hosting_network_links_only_datacenter_networks():
    rows = (account_rows("dc1", 4, ip="52.1.2.3") + account_rows("dc2", 4, ip="52.1.200.4")
            + account_rows("res1", 4, ip="73.1.2.3") + account_rows("res2", 4, ip="73.2.2.3"))
    g = graph_of(SharedHostingNetwork(), rows)
    assert weight(g, "dc1", "dc2") > 0
    assert weight(g, "res1", "res2") == 0.0


# --- payment ---------------------------------------------------------------------------------

def test_shared_payment_links():
    rows = account_rows("c1", 2, payment="card-9") + account_rows("c2", 2, payment="card-9")
    rows += account_rows("c3", 2, payment="card-1")
    g = graph_of(SharedPayment(), rows)
    assert weight(g, "c1", "c2") == pytest.approx(1.0)
    assert weight(g, "c1", "c3") == 0.0


# --- client fingerprint -----------------------------------------------------------------------

def test_bespoke_user_agent_links_default_sdk_user_agent_does_not():
    rows = (account_rows("b1", 4, user_agent="harvest-bot/2.1", temperature=0.0)
            + account_rows("b2", 4, user_agent="harvest-bot/2.1", temperature=0.0))
    for k in range(2):  # even just two accounts with the stock OpenAI python client
        rows += account_rows(f"d{k}", 4, user_agent="OpenAI/Python 1.54.0", temperature=0.7)
    g = graph_of(SharedClientFingerprint(), rows)
    assert weight(g, "b1", "b2") >= 0.4
    assert 0 < weight(g, "d0", "d1") < LINK


def test_same_user_agent_different_parameters_do_not_link():
    rows = (account_rows("b1", 4, user_agent="harvest-bot/2.1", temperature=0.0)
            + account_rows("b2", 4, user_agent="harvest-bot/2.1", temperature=1.0))
    assert weight(graph_of(SharedClientFingerprint(), rows), "b1", "b2") == 0.0


# --- system prompt ----------------------------------------------------------------------------

def test_long_shared_system_prompt_links_stock_prompt_does_not():
    long = "You are a meticulous grader. Score the candidate answer on a 1-10 rubric: " * 6
    rows = account_rows("s1", 3, system_prompt=long) + account_rows("s2", 3, system_prompt=long + "  ")
    for k in range(200):
        rows += account_rows(f"u{k}", 1, system_prompt="You are a helpful assistant.")
    g = graph_of(SharedSystemPrompt(), rows)
    assert weight(g, "s1", "s2") >= 0.7
    assert weight(g, "u0", "u1") < LINK


# --- templates --------------------------------------------------------------------------------

def test_near_duplicate_template_sets_link():
    sets = {"t1": ["A", "B", "C", "D"], "t2": ["A", "B", "C", "D"], "t3": ["A", "B", "C", "E"]}
    rows = []
    for a, sk in sets.items():
        rows += account_rows(a, 8, signals={"template.skeleton": lambda i, sk=sk: sk[i % len(sk)]})
    rows += account_rows("solo", 8, signals={"template.skeleton": lambda i: "Z"})
    g = graph_of(SharedTemplate(), rows)
    assert weight(g, "t1", "t2") >= 0.7
    assert weight(g, "t1", "t3") > 0
    assert weight(g, "t1", "solo") == 0.0


def test_popular_template_used_by_unrelated_accounts_is_weak():
    rng = random.Random(3)
    rows = []
    for k in range(200):  # each also has prompts of its own (one-off skeletons do not count)
        rows += account_rows(f"u{k}", 4, start=rand_start(rng), signals={
            "template.skeleton": lambda i, k=k: "translate-to-french" if i < 2 else f"own-{k}-{i}"})
    g = graph_of(SharedTemplate(), rows)
    assert g.n_edges > 0 and g.weight.max() < LINK


def test_one_off_prompts_do_not_link():
    rows = account_rows("o1", 5, signals={"template.skeleton": lambda i: f"x{i}"})
    rows += account_rows("o2", 5, signals={"template.skeleton": lambda i: f"y{i}"})
    assert graph_of(SharedTemplate(), rows).n_edges == 0


# --- complementary sweeps ---------------------------------------------------------------------

def test_disjoint_slices_of_one_dataset_link_overlapping_evaluators_do_not():
    rows = []
    for k in range(4):  # a campaign splits gsm8k in four slices
        rows += account_rows(f"sw{k}", 30, signals={"dataset_match.item": lambda i, k=k: f"gsm8k:{k * 1000 + i}"})
    for k in range(2):  # two companies each run the same first 30 items
        rows += account_rows(f"ev{k}", 30, signals={"dataset_match.item": lambda i: f"gsm8k:{5000 + i}"})
    rows += account_rows("student", 3, signals={"dataset_match.item": lambda i: f"gsm8k:{7000 + i}"})
    g = graph_of(ComplementarySweep(), rows)
    assert weight(g, "sw0", "sw1") >= 0.5
    assert weight(g, "ev0", "ev1") == 0.0  # no exclusivity at all
    assert "student" not in {g.account_ids[i] for i in np.r_[g.src, g.dst]}


# --- synchronized activity ----------------------------------------------------------------------

def test_accounts_switched_on_and_off_together_link_random_schedules_do_not():
    start = T0 + dt.timedelta(hours=5)
    rows = []
    for k in range(5):
        rows += account_rows(f"f{k}", 24, start=start + dt.timedelta(seconds=7 * k), step_s=900)
    rng = random.Random(5)
    for k in range(20):
        rows += account_rows(f"r{k}", 24, start=rand_start(rng), step_s=rng.randrange(600, 7200))
    g = graph_of(SynchronizedActivity(), rows)
    assert weight(g, "f0", "f1") >= 0.5
    benign = [i for i, a in enumerate(g.account_ids) if a.startswith("r")]
    mask = np.isin(g.src, benign) & np.isin(g.dst, benign)
    assert (g.weight[mask] < LINK).all()


# --- creation bursts --------------------------------------------------------------------------

def test_burst_of_sign_ups_links_steady_trickle_does_not():
    rows = []
    for k in range(25):  # 25 accounts created within 5 minutes
        rows += account_rows(f"burst{k}", 1, created=T0 + dt.timedelta(seconds=12 * k))
    for k in range(200):  # one sign-up every ~2 hours
        rows += account_rows(f"trickle{k}", 1, created=T0 - dt.timedelta(days=30) + dt.timedelta(seconds=7200 * k + 31 * k))
    g = graph_of(CreationBurst(), rows)
    assert weight(g, "burst0", "burst7") >= 0.35
    trickle = [i for i, a in enumerate(g.account_ids) if a.startswith("trickle")]
    assert not (np.isin(g.src, trickle) | np.isin(g.dst, trickle)).any()


# --- model pivot -------------------------------------------------------------------------------

def test_same_model_switch_at_the_same_time_links():
    switch = T0 + dt.timedelta(hours=30)
    rows = []
    for k in range(4):
        rows += account_rows(f"m{k}", 20, step_s=3600, model=lambda i: "old" if i < 10 else "new-model")
    rng = random.Random(2)
    for k in range(4):
        cut = rng.randrange(2, 18)
        rows += account_rows(f"late{k}", 20, start=switch + dt.timedelta(days=3 * k), step_s=3600,
                             model=lambda i, c=cut: "old" if i < c else "new-model")
    g = graph_of(ModelPivot(), rows)
    assert weight(g, "m0", "m1") >= 0.4
    assert weight(g, "late0", "late1") == 0.0
    assert weight(g, "m0", "late0") == 0.0
