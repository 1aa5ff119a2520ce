"""Parts that run one program (the same traffic mix) are joined; look-alike chains and parts of two
operators are not."""

import numpy as np

from distillguard.campaigns import program
from distillguard.campaigns.gating import Found
from distillguard.linkage.graph import build_graph
from distillguard.linkage.synthetic import account_rows, tables
from distillguard.linkage.view import AccountView


def _part(prefix: str, n_accounts: int, *, model, capability="math", language="tr", system_prompt=None,
          y_rows: int = 0, user_agent=None, exits: int = 0, per_account: int = 10):
    """`n_accounts` of `per_account` exchanges each; `y_rows`: the part's first rows ask model "y" instead;
    `exits`: the part's accounts rotate over a pool of that many addresses of its own."""
    rows = []
    for k in range(n_accounts):
        # each account its own address and card: nothing links the parts
        first = k * per_account
        ip = (lambda i, k=k: f"10.{ord(prefix[0])}.9.{(k + i) % exits}") if exits else f"10.{ord(prefix[0])}.{k}.1"
        rows += account_rows(f"{prefix}{k:02d}", per_account, ip=ip, payment=f"card-{prefix}{k}", user_agent=user_agent,
                             model=(lambda i, first=first: "y" if first + i < y_rows else model),
                             temperature=0.7, system_prompt=system_prompt,
                             signals={"capability.label": capability, "language.code": language})
    return rows


def _setup(*parts):
    rows = [r for p in parts for r in p]
    exchanges, signals = tables(rows)
    view = AccountView(exchanges, signals)
    graph = build_graph(exchanges, signals, view=view)
    found = []
    for p in parts:
        ids = sorted({r["dg.account.id"] for r in p})
        found.append(Found(0.9999, np.array([view.index[a] for a in ids]), "gating", []))
    return graph, view, found


def _groups(graph, found):
    return sorted(sorted({graph.account_ids[m][0] for m in f.members}) for f in found)


def test_parts_of_one_program_are_joined_and_say_so():
    graph, view, found = _setup(_part("a", 6, model="think"), _part("b", 6, model="think"),
                                _part("c", 6, model="chat", capability="code", language="en"))
    out = program.join(graph, view, found)
    assert _groups(graph, out) == [["a", "b"], ["c"]]
    joined = next(f for f in out if len(f.members) == 12)
    assert joined.extra[0]["signal"] == "same_program" and "2 parts" in joined.extra[0]["detail"]
    assert joined.risk == 0.9999


def test_a_chain_of_look_alikes_is_not_one_program():
    """A like B, B like C, A unlike C (under CHAIN_FLOOR): never all three."""
    graph, view, found = _setup(_part("a", 5, model="x"), _part("b", 5, model="x", y_rows=4),
                                _part("c", 5, model="x", y_rows=12))
    agree = program.agreement(program.mixes(view, [f.members for f in found]))
    assert agree[0, 1] >= program.PROGRAM_AGREEMENT and agree[1, 2] >= program.PROGRAM_AGREEMENT
    assert agree[0, 2] < program.CHAIN_FLOOR
    assert _groups(graph, program.join(graph, view, found)) == [["a"], ["b", "c"]]  # the closest pair first


def test_sets_that_agree_on_average_are_joined_though_one_pair_agrees_less():
    """A like B, B like C, A a little less like C (over CHAIN_FLOOR, the three on average over
    CHAIN_AGREEMENT): one program, as a hydra's parts that each drift a little."""
    graph, view, found = _setup(_part("a", 5, model="x"), _part("b", 5, model="x", y_rows=1),
                                _part("c", 5, model="x", y_rows=8))
    agree = program.agreement(program.mixes(view, [f.members for f in found]))
    assert program.CHAIN_FLOOR <= agree[0, 2] < program.CHAIN_AGREEMENT
    assert _groups(graph, program.join(graph, view, found)) == [["a", "b", "c"]]


def test_accounts_that_ask_a_handful_each_and_accounts_that_ask_hundreds_run_two_programs():
    """A thin fleet beside a hydra that asks alike: how much each account asks is part of the program."""
    graph, view, found = _setup(_part("a", 6, model="think"), _part("b", 6, model="think", per_account=3))
    assert _groups(graph, program.join(graph, view, found)) == [["a"], ["b"]]


def test_parts_that_each_hold_their_own_system_prompt_stay_two_operators():
    graph, view, found = _setup(_part("a", 6, model="think", system_prompt="You are Helper A, answer in full."),
                                _part("b", 6, model="think", system_prompt="You are Tutor B, explain each step."))
    assert _groups(graph, program.join(graph, view, found)) == [["a"], ["b"]]


def test_parts_that_each_hold_their_own_client_build_are_one_operator_when_they_run_one_program():
    """A fleet hands each batch of its accounts another build of its script (user agent and
    parameters): blind logs held 154 pairs of one campaign's parts kept apart by that alone."""
    graph, view, found = _setup(_part("a", 6, model="think", user_agent="harvester/1.4 (build 7731)"),
                                _part("b", 6, model="think", user_agent="harvester/1.5 (build 8120)"))
    assert _groups(graph, program.join(graph, view, found)) == [["a", "b"]]


def test_parts_that_each_rotate_over_an_exit_pool_of_their_own_stay_two_operators():
    graph, view, found = _setup(_part("a", 6, model="think", exits=3), _part("b", 6, model="think", exits=3))
    assert _groups(graph, program.join(graph, view, found)) == [["a"], ["b"]]


def test_small_parts_and_missing_view_are_left_alone():
    graph, view, found = _setup(_part("a", program.MIN_PART - 1, model="think"),
                                _part("b", program.MIN_PART - 1, model="think"))
    assert program.join(graph, view, found) is found
    assert program.join(graph, None, found) is found


def test_a_view_numbered_otherwise_reads_the_same_parts():
    graph, view, found = _setup(_part("a", 6, model="think"), _part("b", 6, model="think"),
                                _part("c", 6, model="chat", capability="code", language="en"))
    shifted = AccountView(view.exchanges, view.signals, accounts=["0-an-account-with-no-traffic"])
    assert shifted.account_ids != graph.account_ids
    assert _groups(graph, program.join(graph, shifted, found)) == [["a", "b"], ["c"]]


def _fleet_setup(*parts):
    rows = [r for p in parts for r in p]
    exchanges, signals = tables(rows)
    view = AccountView(exchanges, signals)
    graph = build_graph(exchanges, signals, view=view)
    n = len(graph.account_ids)
    return graph, view, np.ones(n, bool), np.full(n, 0.9999), np.zeros(n)


def test_flagged_accounts_in_no_campaign_that_run_one_program_are_a_program_fleet():
    graph, view, flagged, risk, strength = _fleet_setup(
        _part("a", program.MIN_FLEET, model="think"), _part("b", program.MIN_FLEET, model="chat", capability="code",
                                                             language="en"))
    found, strength2 = program.fleets(graph, view, [], strength, risk, flagged)
    assert _groups(graph, found) == [["a"], ["b"]]
    assert all(f.rule == "program_fleet" and f.extra[0]["signal"] == "program_fleet" for f in found)
    assert f"{program.MIN_FLEET} accounts, each flagged on its own traffic" in found[0].extra[0]["detail"]
    assert (strength2 >= program.PROGRAM_AGREEMENT).all() and (strength == 0).all()


def test_a_program_fleet_needs_its_size_its_members_flagged_and_in_no_campaign_or_relay():
    graph, view, flagged, risk, strength = _fleet_setup(_part("a", program.MIN_FLEET, model="think"))
    assert program.fleets(graph, view, [], strength, risk, flagged)[0]  # the fleet itself
    one_unflagged = flagged.copy()
    one_unflagged[0] = False
    assert program.fleets(graph, view, [], strength, risk, one_unflagged)[0] == []
    taken = [Found(0.9999, np.array([0]), "gating", [])]
    assert program.fleets(graph, view, taken, strength, risk, flagged)[0] == taken
    relay = np.zeros(len(flagged), bool)
    relay[0] = True
    assert program.fleets(graph, view, [], strength, risk, flagged, relay)[0] == []
    assert program.fleets(graph, None, [], strength, risk, flagged)[0] == []


def test_lone_accounts_of_different_programs_make_no_fleet():
    """Ten accounts, each asking another model: no two agree."""
    parts = [_part(chr(ord("a") + k), 1, model=f"m{k}") for k in range(program.MIN_FLEET)]
    graph, view, flagged, risk, strength = _fleet_setup(*parts)
    assert program.fleets(graph, view, [], strength, risk, flagged)[0] == []
