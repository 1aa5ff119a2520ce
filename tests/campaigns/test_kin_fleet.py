"""campaigns.kin_fleet: lone flagged accounts on one private template pool are one campaign."""

import datetime as dt

import numpy as np

from distillguard.campaigns import kin_fleet
from distillguard.campaigns.gating import Found
from distillguard.linkage.graph import build_graph
from distillguard.linkage.synthetic import T0, account_rows, tables


def _fleet(prefix: str, n: int, pool: list[str], offset: int) -> list[dict]:
    """`n` accounts, each behind its own address, client and card, drawing prompts from `pool`."""
    rows = []
    for k in range(n):
        rows += account_rows(f"{prefix}{k:02d}", 24, start=T0 + dt.timedelta(minutes=37 * k + offset),
                             step_s=1800 + 97 * k, ip=f"{60 + offset}.{k}.{offset}.7", user_agent=f"sdk/{prefix}{k}",
                             payment=f"card-{prefix}{k}",
                             signals={"template.skeleton": lambda i, k=k: pool[(i + k) % len(pool)]})
    return rows


def _scan(rows, flagged_prefixes, found_prefixes=(), relay_prefixes=(), small_prefixes=()):
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    ids = graph.account_ids
    flagged = np.array([any(a.startswith(p) for p in flagged_prefixes) for a in ids])
    risk = np.where(flagged, 0.9999, 0.2)
    found = [Found(0.9999, np.array([i for i, a in enumerate(ids) if a.startswith(p)], np.int64), "member_risk", [])
             for p in found_prefixes]
    relay = np.array([any(a.startswith(p) for p in relay_prefixes) for a in ids])
    judged = np.array([not any(a.startswith(p) for p in small_prefixes) for a in ids])
    out, strength = kin_fleet.find(graph, found, np.zeros(len(ids)), risk, flagged, relay, judged)
    kin = [f for f in out if f.rule == "kin_fleet"]
    return ids, kin, strength


def test_a_fleet_on_a_private_template_pool_is_one_campaign_and_a_benign_tail_is_not():
    """Fleet K (14 accounts, nothing shared but a private pool of prompt templates) is one kin
    fleet, said in words. Thirty tutors share a common grading form; the 12 flagged among them link
    mostly to their 18 unflagged peers: no campaign. Eight accounts on a pool of their own are too
    few."""
    rows = (_fleet("K", 14, [f"kpool-{j}" for j in range(5)], 0)
            + _fleet("T", 30, ["grade this essay: ...", "mark this answer: ..."], 3)
            + _fleet("S", 8, [f"spool-{j}" for j in range(4)], 5))
    flagged = ["K", "S"] + [f"T{k:02d}" for k in range(12)]
    ids, kin, strength = _scan(rows, flagged)
    assert len(kin) == 1
    members = {ids[int(i)] for i in kin[0].members}
    assert members == {f"K{k:02d}" for k in range(14)}
    assert kin[0].extra[0]["signal"] == "kin_fleet"
    assert "14 accounts" in kin[0].extra[0]["detail"] and "one pool of templates" in kin[0].extra[0]["detail"]
    assert kin[0].risk >= 0.999
    assert all(strength[i] > 0.5 for i in kin[0].members)


def test_accounts_in_a_campaign_or_relays_are_not_taken():
    """The same fleet, its members already in a campaign (or relays), makes no kin fleet."""
    rows = _fleet("K", 14, [f"kpool-{j}" for j in range(5)], 0)
    assert _scan(rows, ["K"], found_prefixes=["K"])[1] == []
    assert _scan(rows, ["K"], relay_prefixes=["K"])[1] == []
    # unflagged, the same accounts are no fleet either (the rule groups the flagged; it flags no one)
    assert _scan(rows, [])[1] == []


def test_a_crowd_of_tiny_decoys_does_not_make_a_pool_public():
    """An attacker who read this module sends four requests from the fleet's pool through each of 40
    tiny decoy accounts, unflagged, to make the pool look public: accounts too small to judge
    clear no template, so the fleet stays one kin fleet. Judged and cleared, the same 40 make the
    pool public and there is none."""
    pool = [f"kpool-{j}" for j in range(5)]
    decoys = []
    for k in range(40):
        decoys += account_rows(f"D{k:02d}", 4, start=T0 + dt.timedelta(minutes=11 * k), step_s=900,
                               ip=f"90.{k}.1.2", user_agent=f"sdk/D{k}", payment=f"card-D{k}",
                               signals={"template.skeleton": lambda i, k=k: pool[(i % 2 + k) % len(pool)]})
    rows = _fleet("K", 14, pool, 0) + decoys
    ids, kin, _ = _scan(rows, ["K"], small_prefixes=["D"])
    assert len(kin) == 1 and {ids[int(i)] for i in kin[0].members} == {f"K{k:02d}" for k in range(14)}
    assert _scan(rows, ["K"])[1] == []
