"""Collective evidence: which groups are pooled and judged, and what becomes of them.

The scorer is a stand-in here (the pooled risk model is exercised in tests/test_pipeline.py):
these tests pin which accounts are pooled, never whom the model would flag.
"""

import numpy as np
import pyarrow as pa

from distillguard.campaigns import detect_campaigns
from distillguard.campaigns.collective import MIN_GROUP, GroupScore, evidence, find_groups
from distillguard.linkage import build_graph
from distillguard.linkage.synthetic import account_rows, tables


def world():
    rows, judged = [], {}

    def add(name, n, **kw):
        rows.extend(account_rows(name, n, **kw))
        judged[name] = n >= 5

    for i in range(12):  # a fleet: 3 requests each, one script nobody else runs
        add(f"fleet{i:02d}", 3, user_agent="harvest-kit/0.3", temperature=0.0, ip=f"73.{i}.1.1")
    for i in range(12):  # small users of one app, with nobody else on it
        add(f"app{i:02d}", 3, user_agent="notes-app/2.4", temperature=0.7, ip=f"81.{i}.1.1")
    for i in range(12):  # small users of a stock SDK, which judged accounts use too
        add(f"sdk{i:02d}", 3, user_agent="openai-python/1.40", temperature=1.0, ip=f"90.{i}.1.1")
    for i in range(6):
        add(f"dev{i:02d}", 30, user_agent="openai-python/1.40", temperature=1.0, ip=f"91.{i}.1.1")
    for i in range(12):  # small accounts behind one NAT address: addresses are not an operator's artifact
        add(f"nat{i:02d}", 3, user_agent=f"browser/{i}", temperature=None, ip="100.64.0.1")
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    return ex, sig, graph, np.array([judged[a] for a in graph.account_ids])


class Scorer:
    """Flags a pooled group when all its accounts' names start with `guilty`; records the calls."""

    def __init__(self, guilty="fleet", risk=0.9999, flag_only=None):
        self.guilty, self.risk, self.calls, self.flag_only = guilty, risk, [], flag_only

    def __call__(self, account_ids):
        self.calls.append(sorted(account_ids))
        bad = all(a.startswith(self.guilty) for a in account_ids) and (self.flag_only is None
                                                                       or self.flag_only(account_ids))
        return GroupScore(self.risk if bad else 0.2, bad, 3 * len(account_ids),
                          [{"signal": "cot_elicitation", "score": 1.0, "detail": "36 of 36 distinct prompts ask for reasoning"}],
                          fpr=0.001)


def test_every_key_of_a_collective_kind_is_pooled_and_addresses_never():
    _, _, graph, judged = world()
    scorer = Scorer()
    groups = find_groups(graph, judged, np.zeros(graph.n_accounts, bool), scorer)
    pooled = {tuple(c) for c in scorer.calls}
    assert tuple(f"fleet{i:02d}" for i in range(12)) in pooled
    assert tuple(f"app{i:02d}" for i in range(12)) in pooled
    # every holder of the stock SDK key is judged together (12 small accounts and 6 judged ones:
    # every tight group is judged as a unit); the NAT address is a shared_ip key, not an operator's
    assert tuple(sorted([f"dev{i:02d}" for i in range(6)] + [f"sdk{i:02d}" for i in range(12)])) in pooled
    assert not any(c[0].startswith("nat") for c in pooled)
    assert [sorted(graph.account_ids[a] for a in g.members) for g in groups] == [[f"fleet{i:02d}" for i in range(12)]]
    assert groups[0].kind == "shared_client_fingerprint" and len(groups[0].holders) == 12


def test_too_few_unjudged_holders_or_accounts_already_in_a_campaign_are_not_pooled():
    _, _, graph, judged = world()
    taken = np.zeros(graph.n_accounts, bool)
    idx = graph.account_index()
    for i in range(12 - MIN_GROUP + 1):  # leave MIN_GROUP - 1 fleet accounts free
        taken[idx[f"fleet{i:02d}"]] = True
    scorer = Scorer()
    assert find_groups(graph, judged, taken, scorer) == []
    assert not any(c[0].startswith("fleet") for c in scorer.calls)


def test_a_flagged_pool_becomes_a_campaign_with_plain_words_and_strong_members():
    ex, sig, _, _ = world()
    accounts = pa.table({"account_id": sorted(set(ex["dg.account.id"].to_pylist()))})
    n = [3 if a[:3] in ("fle", "app", "sdk", "nat") else 30 for a in accounts["account_id"].to_pylist()]
    accounts = accounts.append_column("risk", pa.array([0.0] * len(n))).append_column(
        "flagged", pa.array([False] * len(n))).append_column("judged", pa.array([k >= 5 for k in n]))
    res = detect_campaigns(ex, sig, accounts, score_group=Scorer())
    assert len(res.campaigns) == 1
    c = res.campaigns[0]
    assert c["rule"] == "collective_evidence" and c["account_ids"] == [f"fleet{i:02d}" for i in range(12)]
    assert c["risk"] == 0.9999 and c["exchanges"] == 36
    first = c["evidence"][0]
    assert first["signal"] == "collective_evidence"
    assert first["detail"].startswith("12 accounts, each too small to judge alone, send the same user agent")
    assert "36 requests pooled as one account: 36 of 36 distinct prompts ask for reasoning" in first["detail"]
    m = res.membership["fleet00"]
    assert m["strength"] == 1.0 and m["evidence"][0]["signal"] == "collective_evidence"
    # without a scorer nothing is pooled; without `judged` (every account judged alone) the key's
    # holders are still judged as one group, only not as "too small to judge alone"
    assert len(detect_campaigns(ex, sig, accounts)) == 0
    judged_alone = accounts.drop_columns(["judged"])
    whole = detect_campaigns(ex, sig, judged_alone, score_group=Scorer())
    assert [c["account_ids"] for c in whole.campaigns] == [[f"fleet{i:02d}" for i in range(12)]]
    assert whole.campaigns[0]["evidence"][0]["detail"].startswith("12 accounts send the same user agent")
    # half of them more unusual than the median benign account: the ordinary half is lifted only
    # when its own traffic pooled apart is flagged too (CO_HOLDER_RISK)
    half = judged_alone.set_column(1, "risk", pa.array([0.6 if a.startswith("fleet") and int(a[5:]) < 6 else 0.0
                                                        for a in judged_alone["account_id"].to_pylist()]))
    apart = Scorer(flag_only=lambda ids: any(int(a[5:]) < 6 for a in ids))
    mixed = detect_campaigns(ex, sig, half, score_group=apart)
    assert [c["account_ids"] for c in mixed.campaigns] == [[f"fleet{i:02d}" for i in range(6)]]
    both = detect_campaigns(ex, sig, half, score_group=Scorer())
    assert [c["account_ids"] for c in both.campaigns] == [[f"fleet{i:02d}" for i in range(12)]]


def test_a_campaign_of_flagged_fleet_accounts_holding_the_key_is_merged_into_the_group():
    rows = []
    for i in range(10):
        rows += account_rows(f"fleet{i:02d}", 3, user_agent="harvest-kit/0.3", temperature=0.0, ip=f"73.{i}.1.1")
    for i in (10, 11):  # two busier fleet accounts, flagged alone, on one proxy exit
        rows += account_rows(f"fleet{i:02d}", 8, user_agent="harvest-kit/0.3", temperature=0.0, ip="45.9.9.9",
                             payment="card-9")
    ex, sig = tables(rows)
    ids = [f"fleet{i:02d}" for i in range(12)]
    accounts = pa.table({"account_id": ids, "risk": [0.0] * 10 + [1.0, 1.0], "flagged": [False] * 10 + [True, True],
                         "judged": [False] * 10 + [True, True]})
    without = detect_campaigns(ex, sig, accounts)
    assert [c["account_ids"] for c in without.campaigns] == [["fleet10", "fleet11"]]
    res = detect_campaigns(ex, sig, accounts, score_group=Scorer())
    assert [(c["rule"], c["account_ids"]) for c in res.campaigns] == [("collective_evidence", ids)]
    assert res.campaigns[0]["evidence"][0]["detail"].startswith(
        "10 accounts, each too small to judge alone, send the same user agent with the same request parameters "
        "(a key held by 12 accounts and no other)")
    assert all(res.membership[a]["strength"] == 1.0 for a in ids)


def test_the_benign_rate_is_shared_among_the_groups_tested():
    """A pool flagged at the account operating point (tail 0.08% <= 0.1%) is not enough when three
    groups were tested (fleet, app, stock SDK holders): each is held to 0.033%."""
    _, _, graph, judged = world()
    free = np.zeros(graph.n_accounts, bool)
    assert find_groups(graph, judged, free, Scorer(risk=0.9992)) == []
    assert find_groups(graph, judged, free, Scorer(risk=0.9996)) == []  # 0.04% > 0.033%
    strong = find_groups(graph, judged, free, Scorer(risk=0.9997))
    assert len(strong) == 1 and strong[0].tested == 3
    app = np.array([a.startswith("app") for a in graph.account_ids])
    alone = find_groups(graph, judged, app, Scorer(risk=0.9996))  # the app's users already taken: two tests
    assert len(alone) == 1 and alone[0].tested == 2


def test_groups_of_a_card_ring_share_half_the_benign_rate_and_the_others_the_rest():
    """Weighted Bonferroni: the fleet's group (its accounts in a card ring) is held to 0.05%, the
    two others to 0.025% each; without a ring among them all three are held to 0.033%."""
    _, _, graph, judged = world()
    free = np.zeros(graph.n_accounts, bool)
    ring = np.array([a.startswith("fleet") for a in graph.account_ids])
    assert find_groups(graph, judged, free, Scorer(risk=0.9996)) == []  # 0.04% > 0.033%
    ringed = find_groups(graph, judged, free, Scorer(risk=0.9996), ring=ring)  # 0.04% <= 0.05%
    assert len(ringed) == 1 and ringed[0].ring and ringed[0].tested == 1
    assert np.isclose(ringed[0].bar, 0.001 * 0.5)
    assert "groups of a card ring" not in evidence(ringed[0], graph)["detail"]  # (one group of its class)
    # ... and the others pay for it: the app's group at 0.03% passes 0.033%, not 0.025%
    assert len(find_groups(graph, judged, free, Scorer(guilty="app", risk=0.9997))) == 1
    assert find_groups(graph, judged, free, Scorer(guilty="app", risk=0.9997), ring=ring) == []


def burst_world(n_red: int = 30):
    """Two farms made in bursts a week apart that copied one public system prompt, each with its
    own client build; one of them spread over three cards."""
    import datetime as dt

    from distillguard.linkage.synthetic import T0

    rows = []
    for i in range(n_red):
        rows.extend(account_rows(f"red{i:02d}", 8, user_agent="red-kit/1", temperature=0.0, ip=f"73.{i}.1.1",
                                 system_prompt="You are a helpful assistant.", payment=f"pm_red{i % 3}",
                                 created=T0 - dt.timedelta(hours=2 + i)))
    for i in range(12):
        rows.extend(account_rows(f"blue{i:02d}", 8, user_agent="blue-kit/2", temperature=0.3, ip=f"81.{i}.1.1",
                                 system_prompt="You are a helpful assistant.",
                                 created=T0 - dt.timedelta(days=9, hours=i)))
    return graph_with_bursts(rows)


def graph_with_bursts(rows):
    """The link graph of `rows` and the sign-up bursts on each key (linkage.cohort), as a scan has them."""
    from distillguard.linkage import cohort
    from distillguard.linkage.kinds import all_kinds
    from distillguard.linkage.view import AccountView

    ex, sig = tables(rows)
    view = AccountView(ex, sig)
    kinds = all_kinds()
    keyrows = {k.name: k.keys(view) for k in kinds}
    bursts = {}
    cohort.cohort_features(view, keyrows, kinds, bursts)
    return build_graph(ex, sig, view=view, keyrows=keyrows), bursts


def test_burst_groups_are_judged_whole_and_one_operator_over_three_cards_is_one_group():
    graph, bursts = burst_world()
    judged = np.ones(graph.n_accounts, bool)  # every account judged alone: burst groups are pooled anyway
    scorer = Scorer(guilty="")  # every pool flagged: the test pins who is grouped with whom
    groups = find_groups(graph, judged, np.zeros(graph.n_accounts, bool), scorer, bursts)
    names = sorted(sorted(graph.account_ids[a] for a in g.members) for g in groups)
    assert names == [[f"blue{i:02d}" for i in range(12)], [f"red{i:02d}" for i in range(30)]]
    red = next(g for g in groups if graph.account_ids[g.members[0]].startswith("red"))
    assert red.burst and red.parts == 3  # three card bursts joined by the client build's burst
    assert "made in one sign-up burst" in evidence(red, graph)["detail"]


def test_a_burst_lifts_its_quiet_members_only_when_they_make_a_case_of_their_own():
    """A company's seats made in one afternoon on its card, a few of whose users' requests read as
    extraction: the quiet seats (no extraction asked, nothing of their own beyond a workload's
    shapes) are not lifted unless their own pooled traffic is flagged too (then the burst is a
    farm, quiet members and all)."""
    graph, bursts = burst_world()
    judged = np.ones(graph.n_accounts, bool)
    quiet = np.array([a.startswith("blue") and a not in ("blue00", "blue01", "blue02") for a in graph.account_ids])
    blue = lambda groups: [sorted(graph.account_ids[a] for a in g.members) for g in groups  # noqa: E731
                           if graph.account_ids[g.members[0]].startswith("blue")]
    # every pool flagged but the nine quiet seats pooled apart: three seats are no group of ten
    not_only_quiet = lambda ids: not all(quiet[graph.account_index()[a]] for a in ids)  # noqa: E731
    free = np.zeros(graph.n_accounts, bool)
    groups = find_groups(graph, judged, free, Scorer(guilty="", flag_only=not_only_quiet), bursts, quiet=quiet)
    assert blue(groups) == []
    # a farm whose quiet members are flagged pooled apart too is lifted whole
    assert blue(find_groups(graph, judged, free, Scorer(guilty=""), bursts, quiet=quiet)) == [
        [f"blue{i:02d}" for i in range(12)]]
    # without the column a burst is judged whole, as before
    assert blue(find_groups(graph, judged, free, Scorer(guilty="", flag_only=not_only_quiet), bursts)) == [
        [f"blue{i:02d}" for i in range(12)]]


def test_a_burst_lifts_members_unlike_its_pool_only_when_they_make_a_case_of_their_own():
    """A fleet's burst of 36 accounts asking extraction in most of their prompts (two of them only
    cover, as fleets do) takes in a chat user made the same days on the same client whose eight
    prompts ask none: unlike the pool (p ~1e-5), it is lifted only with a case of its own (flagged
    alone, or with others like it pooled apart); the fleet's cover-only accounts of two prompts are
    like enough (p 0.06) and stay."""
    from distillguard.campaigns.collective import unlike_the_pool

    graph, bursts = burst_world(n_red=37)
    judged = np.ones(graph.n_accounts, bool)
    ids = graph.account_ids
    hits = np.array([0 if a in ("red05", "red06") else 6 for a in ids])
    prompts = np.array([2 if a in ("red05", "red06") else 8 for a in ids])
    hits[ids.index("red36")] = 0  # the chat user
    red = lambda groups: [sorted(ids[a] for a in g.members) for g in groups  # noqa: E731
                          if ids[g.members[0]].startswith("red")]
    flag_unless_chat = lambda names: names != ["red36"]  # noqa: E731
    free = np.zeros(graph.n_accounts, bool)
    groups = find_groups(graph, judged, free, Scorer(guilty="", flag_only=flag_unless_chat), bursts,
                         asks=(hits, prompts, np.zeros_like(hits)))
    assert red(groups) == [[f"red{i:02d}" for i in range(36)]]
    assert red(find_groups(graph, judged, free, Scorer(guilty="", flag_only=flag_unless_chat), bursts)) == [
        [f"red{i:02d}" for i in range(37)]]  # (the trap: judged whole, the burst takes it in)
    flagged = np.array([a == "red36" for a in ids])
    assert red(find_groups(graph, judged, free, Scorer(guilty="", flag_only=flag_unless_chat), bursts,
                           flagged=flagged, asks=(hits, prompts, np.zeros_like(hits)))) == [
        [f"red{i:02d}" for i in range(37)]]  # (flagged on its own traffic, it is one of them)
    assert unlike_the_pool(np.array([0, 6, 6, 6]), np.array([2, 8, 8, 8])).tolist() == [False] * 4
    # the typical member taken among those given: a guest of twelve prompts asking none, beside
    # three who asked in 4 of 6, is unlike them, and like a crowd of guests
    hits, prompts = np.array([0, 4, 4, 4, 0, 0, 0, 0, 0]), np.array([12, 6, 6, 6, 12, 12, 12, 12, 12])
    assert unlike_the_pool(hits, prompts, among=hits > 0)[0]
    assert not unlike_the_pool(hits, prompts)[0]


def stock_burst_world(user_agent: str):
    """Twenty accounts made within a day on one client: twelve of a fleet (two of them silent,
    sharing a card with the others), eight sign-ups who ask for nothing."""
    import datetime as dt

    from distillguard.linkage.synthetic import T0

    rows = []
    for i in range(20):
        card = {"payment": "pm_fleet"} if i in (0, 1, 2, 3) else {}
        rows.extend(account_rows(f"{'fleet' if i < 12 else 'trial'}{i:02d}", 6, user_agent=user_agent,
                                 temperature=None, ip=f"73.{i}.1.1", created=T0 - dt.timedelta(hours=2 + i), **card))
    graph, bursts = graph_with_bursts(rows)
    ids = graph.account_ids
    silent = {"fleet00", "fleet01", *(f"trial{i:02d}" for i in range(12, 20))}
    hits = np.array([0 if a in silent else 4 for a in ids])
    prompts = np.full(len(ids), 6)
    items = np.array([0 if a in silent else 3 for a in ids])
    return graph, bursts, (hits, prompts, items)


def test_a_stock_client_burst_lifts_its_silent_members_only_when_they_make_a_case_of_their_own():
    """A burst on a stock SDK's user agent takes in the ordinary sign-ups of the same day: those
    that asked for no extraction and no known-dataset item are lifted only with a case of their
    own (gen_h: trial sign-ups saying "test" ranked above every fleet account); silent ones that
    share a card with the fleet stay, and on a bespoke client every silent member stays."""
    free = lambda g: np.zeros(g.n_accounts, bool)  # noqa: E731
    members = lambda graph, groups: sorted(graph.account_ids[a] for g in groups for a in g.members)  # noqa: E731
    not_only_trials = lambda names: not all(n.startswith("trial") for n in names)  # noqa: E731
    graph, bursts, asks = stock_burst_world("OpenAI/Python 1.93.0")
    judged = np.ones(graph.n_accounts, bool)
    groups = find_groups(graph, judged, free(graph), Scorer(guilty="", flag_only=not_only_trials), bursts, asks=asks)
    assert groups and all(g.burst for g in groups)
    assert members(graph, groups) == [f"fleet{i:02d}" for i in range(12)]
    # the sign-ups pooled apart make a case: the burst is lifted whole
    assert len(members(graph, find_groups(graph, judged, free(graph), Scorer(guilty=""), bursts, asks=asks))) == 20
    graph, bursts, asks = stock_burst_world("harvest-kit/0.3")
    groups = find_groups(graph, judged, free(graph), Scorer(guilty="", flag_only=not_only_trials), bursts, asks=asks)
    assert len(members(graph, groups)) == 20


def test_a_burst_mostly_of_members_who_asked_for_nothing_lifts_only_those_who_asked():
    """A hackathon on the sponsor's promo credit (one card, one day), which a fleet joined: most of
    the burst asked for nothing, so its case rests on the others; the silent participants are
    lifted only when they, pooled apart, make a case of their own, even though they share the
    card and the client with the fleet. A burst whose silent members are the fewer is a farm's,
    lifted whole."""
    import datetime as dt

    from distillguard.linkage.synthetic import T0

    rows = []
    for i in range(36):
        name = f"fleet{i:02d}" if i < 12 else f"guest{i:02d}"
        rows.extend(account_rows(name, 6, user_agent="hack-kit/1.0", temperature=0.2, ip=f"73.{i}.1.1",
                                 payment="promo-sponsor", created=T0 - dt.timedelta(hours=2 + i / 4)))
    graph, bursts = graph_with_bursts(rows)
    ids = graph.account_ids
    asked = np.array([a.startswith("fleet") for a in ids])
    # guest12 asked two known items in twelve prompts and no extraction: not silent, but unlike the
    # members the case rests on (the fleet asks in 4 of its 6), whom the typical member is taken from
    items = np.where(asked, 2, 0)
    items[ids.index("guest12")] = 2
    asks = (np.where(asked, 4, 0), np.where(asked, 6, 12), items)
    judged = np.ones(graph.n_accounts, bool)
    free = np.zeros(graph.n_accounts, bool)
    not_only_guests = lambda names: not all(n.startswith("guest") for n in names)  # noqa: E731
    groups = find_groups(graph, judged, free, Scorer(guilty="", flag_only=not_only_guests), bursts, asks=asks)
    assert groups and sorted(ids[a] for g in groups for a in g.members) == [f"fleet{i:02d}" for i in range(12)]
    # two thirds asking: a farm with a few quiet accounts, lifted whole
    asked = np.array([a.startswith("fleet") or int(a[-2:]) < 24 for a in ids])
    asks = (np.where(asked, 4, 0), np.full(len(ids), 6), np.where(asked, 2, 0))
    groups = find_groups(graph, judged, free, Scorer(guilty="", flag_only=not_only_guests), bursts, asks=asks)
    assert len([a for g in groups for a in g.members]) == 36


def test_a_campaign_mostly_inside_a_group_keeps_its_tightly_tied_members(monkeypatch):
    """A flagged campaign mostly made of a burst group's members is merged into the group; its
    members outside the group come along when tied as tightly as a flag needs (one fleet on one
    card, exit and template, a few accounts sent with another user agent), and stay out when
    tied weakly (a bystander on a shared exit). Never left in no campaign at all by the merge."""
    from distillguard.campaigns import collective
    from distillguard.campaigns import detect as detect_mod

    rows = []
    for i in range(10):
        rows += account_rows(f"fleet{i:02d}", 6, user_agent="harvest-kit/0.3", temperature=0.0, ip="45.9.9.9",
                             payment="card-9")
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    n = graph.n_accounts
    members = np.arange(n)
    campaign = detect_mod.Found(0.9999, members, "member_risk", [])
    group = collective.CollectiveGroup(members=members[:8], pooled=members[:8], kind=graph.kinds[0].name,
                                       score=GroupScore(0.9999, True, 48, []), holders=members[:8], tested=1,
                                       burst=True, how=collective.BURST)
    monkeypatch.setattr(collective, "find_groups", lambda *a, **k: [group])
    judged = np.ones(n, bool)
    for tie, expected in ((1.0, n), (0.5, 8)):
        strength = np.full(n, tie)
        found, _ = detect_mod._add_collective(graph, [campaign], strength, judged, score_group=None)
        assert [(f.rule, len(f.members)) for f in found] == [("collective_evidence", expected)]


def test_holders_flagged_alone_are_not_pooled_so_one_campaign_account_cannot_condemn_a_tool_s_users():
    # Users of one public tool share its client build and system prompt; one campaign account that
    # copied the tool is flagged on its own traffic. Pooled in, its requests made the tool's benign
    # users a campaign (medium x0.1: 26 of 30 agentic-coding users); the group must stand without it.
    rows, judged = [], {}
    for i in range(14):
        rows.extend(account_rows(f"tool{i:02d}", 30, user_agent="agent-tool/1.2", temperature=0.2, ip=f"81.{i}.1.1"))
        judged[f"tool{i:02d}"] = True
    rows.extend(account_rows("copycat", 30, user_agent="agent-tool/1.2", temperature=0.2, ip="45.1.1.1"))
    judged["copycat"] = True
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    judged_arr = np.array([judged[a] for a in graph.account_ids])
    flagged = np.array([a == "copycat" for a in graph.account_ids])

    class AnyCopycat(Scorer):
        def __call__(self, account_ids):  # the pooled traffic is guilty whenever the copycat's is in it
            self.calls.append(sorted(account_ids))
            bad = "copycat" in account_ids
            return GroupScore(0.9999 if bad else 0.2, bad, 30 * len(account_ids), [], fpr=0.001)

    scorer = AnyCopycat()
    assert find_groups(graph, judged_arr, np.zeros(graph.n_accounts, bool), scorer, flagged=flagged) == []
    assert scorer.calls and all("copycat" not in c for c in scorer.calls)
    # without the flags (the old behaviour) the tool's users would have been a campaign
    assert find_groups(graph, judged_arr, np.zeros(graph.n_accounts, bool), AnyCopycat())


def test_the_clean_holders_of_an_artifact_are_judged_whole_and_a_few_left_are_still_pooled():
    # 12 accounts on one script nobody else runs, 9 of them already in a campaign (tied too weakly
    # to be lifted): the clean holders are pooled whole, campaign members included, and all 12 are
    # the group; with 10 of them flagged on their own, the 2 clean ones left are still pooled
    _, _, graph, judged = world()
    taken = np.zeros(graph.n_accounts, bool)
    idx = graph.account_index()
    for i in range(9):
        taken[idx[f"fleet{i:02d}"]] = True
    scorer = Scorer()
    groups = find_groups(graph, np.ones_like(judged), taken, scorer)
    assert [f"fleet{i:02d}" for i in range(12)] in scorer.calls
    assert [sorted(graph.account_ids[a] for a in g.members) for g in groups] == [[f"fleet{i:02d}" for i in range(12)]]
    flagged = np.array([a.startswith("fleet") and int(a[5:]) < 10 for a in graph.account_ids])
    scorer = Scorer()
    find_groups(graph, np.ones_like(judged), np.zeros_like(taken), scorer, flagged=flagged)
    assert ["fleet10", "fleet11"] in scorer.calls


def test_the_holders_of_a_card_paying_for_many_customers_are_pooled_with_their_flagged_members():
    # 20 accounts on one card, half flagged on their own: as twenty customers' accounts (a hydra's
    # prepaid card) they are one payer's, pooled whole; as one company's seats the flagged stay
    # out of the pool, as for any artifact (a company's flagged seat does not condemn the rest)
    from distillguard.campaigns.collective import PAYER_ORGANISATIONS

    rows = []
    for i in range(20):
        rows.extend(account_rows(f"acct{i:02d}", 30, payment="pm-prepaid-7", ip=f"81.{i}.1.1"))
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    flagged = np.array([int(a[4:]) < 10 for a in graph.account_ids])
    every = sorted(graph.account_ids)
    for org, pooled in ((np.arange(20), every), (np.zeros(20, np.int64), every[10:])):
        scorer = Scorer()
        find_groups(graph, np.ones(20, bool), np.zeros(20, bool), scorer, flagged=flagged, org=org)
        assert pooled in scorer.calls and (every in scorer.calls) == (len(pooled) == 20)
    assert PAYER_ORGANISATIONS <= 20


def test_holders_flagged_alone_are_grouped_among_themselves_when_the_rest_is_no_group():
    # 12 fleet accounts flagged on their own plus 3 ordinary users of the same client build: the 3
    # pooled are no group (the scorer clears them); the 12 flagged are one campaign, the 3 are not in it
    rows, judged = [], {}
    for i in range(12):
        rows.extend(account_rows(f"fleet{i:02d}", 30, user_agent="harvest-kit/0.3", temperature=0.0, ip=f"73.{i}.1.1"))
    for i in range(3):
        rows.extend(account_rows(f"user{i:02d}", 30, user_agent="harvest-kit/0.3", temperature=0.0, ip=f"81.{i}.1.1"))
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    flagged = np.array([a.startswith("fleet") for a in graph.account_ids])
    scorer = Scorer()
    groups = find_groups(graph, np.ones(graph.n_accounts, bool), np.zeros(graph.n_accounts, bool), scorer,
                         flagged=flagged)
    assert ["user00", "user01", "user02"] in scorer.calls  # the clean rest, judged first
    [group] = groups
    assert sorted(graph.account_ids[a] for a in group.members) == [f"fleet{i:02d}" for i in range(12)]
    assert "each flagged on its own" in evidence(group, graph)["detail"]
    assert group.tested == 1  # (a group of accounts flagged already does not spend the benign rate)


def test_holders_flagged_alone_of_a_public_key_are_no_group():
    """12 accounts flagged on their own among 30 ordinary users of the same client build (the app's
    default): a public key, whose flagged holders share nothing else (FLAGGED_SHARE). With 12
    ordinary users only, the flagged are half its holders and a group of their own."""
    from distillguard.campaigns.collective import FLAGGED_SHARE

    def groups_with(users: int):
        rows = []
        for i in range(12):
            rows.extend(account_rows(f"fleet{i:02d}", 30, user_agent="step-web/4.2", temperature=0.7, ip=f"73.{i}.1.1"))
        for i in range(users):
            rows.extend(account_rows(f"user{i:02d}", 30, user_agent="step-web/4.2", temperature=0.7, ip=f"81.{i}.1.1"))
        ex, sig = tables(rows)
        graph = build_graph(ex, sig)
        flagged = np.array([a.startswith("fleet") for a in graph.account_ids])
        return find_groups(graph, np.ones(graph.n_accounts, bool), np.zeros(graph.n_accounts, bool), Scorer(),
                           flagged=flagged)

    assert 12 / (12 + 30) < FLAGGED_SHARE <= 12 / (12 + 12)
    assert groups_with(30) == []
    [group] = groups_with(12)
    assert len(group.members) == 12


def test_small_holders_that_asked_nothing_are_lifted_only_when_they_make_a_case_of_their_own():
    """Trial sign-ups testing a stock client with the same settings as a fleet of small accounts
    ("test", "hello", a haiku): they hold the fleet's key, but asked for no extraction and no
    known-dataset item, so the fleet's pooled case does not rest on them. They are lifted only when
    they, pooled apart, are flagged too; without the `asks` columns the key's holders go together."""
    rows = []
    for i in range(12):
        rows.extend(account_rows(f"fleet{i:02d}", 3, user_agent="PostmanRuntime/7.43", temperature=0.0, ip=f"73.{i}.1.1"))
    for i in range(4):
        rows.extend(account_rows(f"trial{i}", 3, user_agent="PostmanRuntime/7.43", temperature=0.0, ip=f"49.{i}.1.1"))
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    ids = graph.account_ids
    judged = np.zeros(graph.n_accounts, bool)
    hits = np.array([0 if a.startswith("trial") else 2 for a in ids])
    prompts = np.full(len(ids), 3)
    items = np.array([0 if a.startswith("trial") else 1 for a in ids])
    members = lambda groups: [sorted(ids[a] for a in g.members) for g in groups]  # noqa: E731
    any_fleet = lambda names: any(a.startswith("fleet") for a in names)  # noqa: E731
    free = np.zeros(graph.n_accounts, bool)
    fleet = [f"fleet{i:02d}" for i in range(12)]
    everyone = sorted(fleet + [f"trial{i}" for i in range(4)])
    assert members(find_groups(graph, judged, free, Scorer(guilty="", flag_only=any_fleet),
                               asks=(hits, prompts, items))) == [fleet]
    # an account that asked one known-dataset item brings something of its own and stays
    items[ids.index("trial0")] = 1
    assert members(find_groups(graph, judged, free, Scorer(guilty="", flag_only=any_fleet),
                               asks=(hits, prompts, items))) == [sorted(fleet + ["trial0"])]
    items[ids.index("trial0")] = 0
    # silent holders whose own pooled traffic is flagged too are lifted with the rest
    assert members(find_groups(graph, judged, free, Scorer(guilty=""), asks=(hits, prompts, items))) == [everyone]
    assert members(find_groups(graph, judged, free, Scorer(guilty="", flag_only=any_fleet))) == [everyone]


def test_holders_that_asked_nothing_are_judged_apart_from_those_that_asked_whatever_their_own_risk():
    """gen_m (session 36): ordinary customers of a stock client with the settings a cover-mixing
    fleet sent (trial sign-ups, a company's seats, hackathon coders: none asked for extraction or a
    known-dataset item) were lifted with it. Pooled apart, the ordinary holders included the fleet's
    own low-risk accounts, whose asks flagged the lot. Holders that asked for nothing now make their
    case apart from those that asked, judged or not, whatever their own risk; so do the judged
    holders of a key whose small accounts are pooled (they are not in its pool)."""
    rows = []
    for i in range(12):
        rows.extend(account_rows(f"fleet{i:02d}", 6, user_agent="PostmanRuntime/7.43", temperature=0.0, ip=f"73.{i}.1.1"))
    for i in range(3):
        rows.extend(account_rows(f"seat{i}", 6, user_agent="PostmanRuntime/7.43", temperature=0.0, ip=f"49.{i}.1.1"))
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    ids = graph.account_ids
    fleet = [f"fleet{i:02d}" for i in range(12)]
    seats = [f"seat{i}" for i in range(3)]
    hits = np.array([0 if a.startswith("seat") else 2 for a in ids])
    prompts, items = np.full(len(ids), 6), np.zeros(len(ids), int)
    members = lambda groups: [sorted(ids[a] for a in g.members) for g in groups]  # noqa: E731
    any_fleet = lambda names: any(a.startswith("fleet") for a in names)  # noqa: E731
    free = np.zeros(graph.n_accounts, bool)
    # every holder judged: the fleet's accounts ordinary alone (risk 0.3), the seats not (risk 0.94)
    judged = np.ones(graph.n_accounts, bool)
    risk = np.array([0.94 if a.startswith("seat") else 0.3 for a in ids])
    scorer = Scorer(guilty="", flag_only=any_fleet)
    assert members(find_groups(graph, judged, free, scorer, risk=risk, asks=(hits, prompts, items))) == [fleet]
    assert seats in scorer.calls  # (judged apart, and not flagged)
    # the fleet too small to judge, two seats judged at risk 0: not in the pool, not lifted with it
    judged = np.array([a in seats[:2] for a in ids])
    risk = np.where(judged, 0.0, risk)
    small = [a for a in ids if a != "seat2"]
    keep = np.array([a in small for a in ids])
    sub = find_groups(graph, judged, ~keep, Scorer(guilty="", flag_only=any_fleet), risk=risk,
                      asks=(hits, prompts, items))
    assert members(sub) == [fleet]
    # without the asks columns the judged seats of risk 0 are still judged apart (CO_HOLDER_RISK)
    assert members(find_groups(graph, judged, ~keep, Scorer(guilty="", flag_only=any_fleet), risk=risk)) == [fleet]
    # silent holders whose own pooled traffic is flagged too are lifted with the rest
    assert members(find_groups(graph, judged, ~keep, Scorer(guilty=""), risk=risk,
                               asks=(hits, prompts, items))) == [sorted(fleet + seats[:2])]


def test_customers_long_before_the_flagged_holders_of_a_payers_card_make_a_case_of_their_own():
    """gen_q (session 37): a university's billing profile pays for its students' accounts (each a
    customer of its own, one to two years old) and a credit farm made weeks before use rides on
    it. As a payer's card (most holders flagged alone, twenty organisations) its holders are pooled
    with the flagged ones; the students, customers long before the farm, are lifted only when
    their own pooled traffic is flagged too. Without ages, or with a farm as old as they are, all
    are lifted as before."""
    rows = []
    for i in range(14):
        rows.extend(account_rows(f"farm{i:02d}", 20, payment="pm-university", ip=f"73.{i}.1.1"))
    for i in range(6):
        rows.extend(account_rows(f"student{i}", 12, payment="pm-university", ip=f"49.{i}.1.1"))
    ex, sig = tables(rows)
    graph = build_graph(ex, sig)
    ids = graph.account_ids
    n = graph.n_accounts
    farm = [a for a in ids if a.startswith("farm")]
    flagged = np.array([a.startswith("farm") for a in ids])
    judged, free, org = np.ones(n, bool), np.zeros(n, bool), np.arange(n)
    risk = np.where(flagged, 1.0, 0.89)  # (the card itself puts every holder high)
    age = np.array([24.0 * (30 if a.startswith("farm") else 500) for a in ids])
    members = lambda groups: [sorted(ids[a] for a in g.members) for g in groups]  # noqa: E731
    any_farm = lambda names: any(a.startswith("farm") for a in names)  # noqa: E731
    scorer = Scorer(guilty="", flag_only=any_farm)
    got = find_groups(graph, judged, free, scorer, flagged=flagged, risk=risk, org=org, age=age)
    assert members(got) == [sorted(farm)]
    assert sorted(a for a in ids if a.startswith("student")) in scorer.calls  # judged apart, not flagged
    everyone = [sorted(ids)]
    assert members(find_groups(graph, judged, free, Scorer(guilty="", flag_only=any_farm), flagged=flagged,
                               risk=risk, org=org)) == everyone
    same = np.full(n, 24.0 * 500)
    assert members(find_groups(graph, judged, free, Scorer(guilty="", flag_only=any_farm), flagged=flagged,
                               risk=risk, org=org, age=same)) == everyone
