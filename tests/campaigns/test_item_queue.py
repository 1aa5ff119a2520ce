"""campaigns.item_queue: campaigns and flagged accounts drawing one dataset from one queue."""

import datetime as dt
import random

import numpy as np

from distillguard.campaigns import item_queue
from distillguard.campaigns.detect import Found
from distillguard.linkage.graph import build_graph
from distillguard.linkage.synthetic import T0, account_rows, tables
from distillguard.linkage.view import AccountView


def test_campaigns_handing_out_one_datasets_items_are_one_operator():
    """Fleet X, split by its cards into three campaigns of ten, hands GSM8K out from one queue
    (no item twice); fleet Y's three campaigns each draw at random. X's parts join into one
    campaign that says so in words; Y's stay three. A flagged account in no campaign that draws
    from X's queue, linked to it, joins it; one drawing at random stays alone. Twelve flagged
    accounts in no campaign, linked by a template, that walk a queue (Z) are a campaign of their
    own; twelve drawing at random (W) are not."""
    rng = random.Random(3)
    rows, flagged_ids = [], []
    queues = {"X": iter(range(7000)), "Z": iter(rng.sample(range(7473), 480))}  # Z: a queue of its own
    for fleet in "XYZW":
        for k in range(31 if fleet in "XY" else 12):
            part = k // 10
            items = ([next(queues[fleet]) for _ in range(40)] if fleet in queues
                     else [rng.randrange(7473) for _ in range(40)])
            a = f"{fleet}{part if k < 30 else 'L'}{k:02d}"
            rows += account_rows(a, 40, start=T0 + dt.timedelta(hours=k + 11 * "XYZW".index(fleet)),
                                 step_s=3600 + 613 * "XYZW".index(fleet), ip=f"73.{k}.{ord(fleet)}.9",
                                 user_agent=f"sdk/{fleet}", payment=f"card-{fleet}{part}",
                                 signals={"template.skeleton": f"tpl{fleet}",
                                          "dataset_match.item": lambda i, it=items: f"gsm8k:{it[i]}"})
            flagged_ids.append(a)
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    view = AccountView(ex, sig, graph.account_ids)
    ids = graph.account_ids

    def part(prefix):
        return Found(0.999, np.array([i for i, a in enumerate(ids) if a.startswith(prefix)], np.int64),
                                   "member_risk", [])

    found = [part(f"{fleet}{p}") for fleet in "XY" for p in range(3)]
    flagged = np.array([a in flagged_ids for a in ids])
    out = item_queue.join(graph, found, item_queue.draws(graph, view), flagged,
                                         np.where(flagged, 0.999, 0.1))
    groups = sorted(sorted({ids[int(a)][:2] for a in f.members}) for f in out)
    assert groups == [["X0", "X1", "X2", "XL"], ["Y0"], ["Y1"], ["Y2"], ["Z0", "Z1"]]
    x = next(f for f in out if ids[int(f.members[0])][0] == "X")
    assert len(x.members) == 31 and x.extra[0]["signal"] == "item_queue"
    assert "31 of its accounts, linked in parts, split gsm8k between them" in x.extra[0]["detail"]
    assert "repeated none" in x.extra[0]["detail"]
    z = next(f for f in out if ids[int(f.members[0])][0] == "Z")
    assert z.rule == "item_queue" and z.extra[0]["signal"] == "item_queue"
    assert all(not f.extra for f in out if f is not x and f is not z)


def test_a_class_sharing_one_assignment_is_no_part_of_a_queue():
    """A class of 20 accounts asking the same 12 GSM8K items (an assignment) draws none of a fleet's
    queue: counted as independent draws, chance would give them ~40 repeats with the fleet and the
    class would be a part of the queue. Its accounts repeat each other far above chance: a shared
    list, not a queue's part (`_shares_a_list`)."""
    rng = random.Random(5)
    assignment = rng.sample(range(7000, 7473), 12)
    queue = iter(range(7000))
    rows = []
    for k in range(20):
        items = [next(queue) for _ in range(40)]
        rows += account_rows(f"F{k:02d}", 40, start=T0 + dt.timedelta(hours=k), ip=f"73.{k}.1.9", payment=f"card-F{k % 2}",
                             signals={"dataset_match.item": lambda i, it=items: f"gsm8k:{it[i]}"})
        rows += account_rows(f"C{k:02d}", 12, start=T0 + dt.timedelta(hours=k, minutes=7), ip="81.2.3.4",
                             signals={"dataset_match.item": lambda i: f"gsm8k:{assignment[i]}"})
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    view = AccountView(ex, sig, graph.account_ids)
    ids = graph.account_ids
    found = [Found(0.999, np.array([i for i, a in enumerate(ids) if a.startswith(p)], np.int64), "member_risk", [])
             for p in ("F", "C")]
    draws = item_queue.draws(graph, view)
    pools = item_queue.bundled_pools()
    held = [item_queue._group_draws(draws, f.members) for f in found]
    assert not item_queue._shares_a_list(held[0]["gsm8k"], item_queue.Pool.of(pools["gsm8k"]))
    assert item_queue._shares_a_list(held[1]["gsm8k"], item_queue.Pool.of(pools["gsm8k"]))
    flagged = np.ones(len(ids), bool)
    out = item_queue.join(graph, found, draws, flagged, np.full(len(ids), 0.999))
    assert sorted(len(f.members) for f in out) == [20, 20]
