"""Cohort features: sign-up bursts on an operator's artifact, shared cards, partitioned sweeps, and burst rows."""

import datetime as dt

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.linkage import cohort
from distillguard.linkage.base import KeyRows
from distillguard.linkage.kinds import all_kinds
from distillguard.linkage.synthetic import T0, account_rows, tables
from distillguard.linkage.view import AccountView


def run(rows):
    ex, sig = tables(rows)
    view = AccountView(ex, sig)
    kinds = all_kinds()
    keyrows = {k.name: k.keys(view) for k in kinds}
    bursts = {}
    table = cohort.cohort_features(view, keyrows, kinds, bursts)
    by = {r["dg.account.id"]: r for r in table.to_pylist()}
    return by, bursts, keyrows, view


def test_a_farm_made_together_on_one_card_is_a_burst_and_a_company_card_is_not():
    rows = []
    for i in range(12):  # a farm: one card, made within hours
        rows += account_rows(f"farm{i:02d}", 3, payment="pm_farm", created=T0 - dt.timedelta(hours=10 - i * 0.5),
                             ip=f"73.{i}.1.1", user_agent=f"ua/{i}")
    for i in range(12):  # a company: one card, seats made over a year
        rows += account_rows(f"corp{i:02d}", 3, payment="pm_corp", created=T0 - dt.timedelta(days=30 * i + 5),
                             ip="100.64.0.1", user_agent=f"browser/{i}")
    by, bursts, keyrows, view = run(rows)
    farm = by["farm00"]
    assert farm["cohort_signup"] == 12 and farm["cohort_signup_within"] == 12 and farm["cohort_signup_holders"] == 12
    assert farm["cohort_signup_artifact"] == "payment instrument"
    assert farm["cohort_card"] == 12
    corp = by["corp00"]
    assert corp["cohort_signup"] == 0 and corp["cohort_card"] == 12
    # burst rows mark exactly the farm's holdings of its card
    pay = keyrows["shared_payment"]
    marked = {view.account_ids[a] for a in pay.account[bursts["shared_payment"]]}
    assert marked == {f"farm{i:02d}" for i in range(12)}


def test_a_burst_that_is_not_most_of_an_artifacts_holders_is_no_burst():
    """A user of a popular tool who signed up the day a farm using the same tool did."""
    rows = []
    for i in range(6):  # 6 made together ...
        rows += account_rows(f"new{i}", 3, system_prompt="You are a coding agent.", created=T0 - dt.timedelta(hours=i),
                             user_agent=f"ua/{i}")
    for i in range(14):  # ... among 20 holders made over months
        rows += account_rows(f"old{i:02d}", 3, system_prompt="You are a coding agent.",
                             created=T0 - dt.timedelta(days=20 + 10 * i), user_agent=f"old/{i}")
    by, bursts, _, _ = run(rows)
    assert all(by[f"new{i}"]["cohort_signup"] == 0 for i in range(6))
    assert not bursts["shared_system_prompt"].any()


def test_few_sign_ups_together_and_unknown_creation_times():
    rows = []
    for i in range(4):  # under MIN_BURST
        rows += account_rows(f"pair{i}", 3, payment="pm_team", created=T0 - dt.timedelta(hours=i))
    rows += account_rows("nocreated", 3, payment="pm_x")
    by, _, _, _ = run(rows)
    assert cohort.MIN_BURST > 4 and by["pair0"]["cohort_signup"] == 0 and by["pair0"]["cohort_card"] == 4
    assert by["nocreated"]["cohort_signup"] is None  # unknown, not 0
    assert set(cohort.COLUMNS) <= set(next(iter(by.values())))
    assert np.isclose(cohort.SIGNUP_WINDOW_S, 72 * 3600)


def _keys(pairs) -> KeyRows:
    acc, key, spec = zip(*pairs)
    return KeyRows.of(np.array(acc, np.int64), pa.array(key, pa.string()), np.array(spec, np.float32))


def _items(draws) -> pa.Table:
    """(a, ds, item) rows from {account: (dataset, [item numbers])}."""
    a, ds, item = [], [], []
    for acc, (d, nums) in draws.items():
        for k in nums:
            a.append(acc), ds.append(d), item.append(f"{d}:{k}")
    return pa.table({"a": pa.array(a, pa.int64()), "ds": pa.array(ds), "item": pa.array(item)})


def test_a_dataset_split_between_the_holders_of_one_client_build_is_a_partitioned_sweep():
    """Holders of one operator artifact that repeat each other's items far less often than
    independent choice would are a partitioned sweep, also when the sweep wraps its pool; users of
    one app choosing at random, a team of a few, and a sweeper holding no artifact are not."""
    kinds = {k.name: k for k in all_kinds()}
    use = [kinds["shared_client_fingerprint"], kinds["shared_payment"], kinds["complementary_sweep"]]
    rng = np.random.default_rng(7)
    farm, students, wrap, team, loner, copier = range(0, 12), range(12, 24), range(24, 39), range(39, 45), 45, 46
    draws = {a: ("gsm8k", list(range(30 * i, 30 * i + 30))) for i, a in enumerate(farm)}  # 360 items, none twice
    draws |= {a: ("gsm8k", rng.choice(500, 30, replace=False).tolist()) for a in students}
    # 15 accounts cycling three times through a 100-item pool: 300 draws, every item exactly 3 times
    draws |= {a: ("math", [(20 * i + k) % 100 for k in range(20)]) for i, a in enumerate(wrap)}
    draws |= {a: ("mmlu", list(range(30 * i, 30 * i + 30))) for i, a in enumerate(team)}
    draws[loner] = ("gsm8k", list(range(400, 430)))
    draws[copier] = ("gsm8k", list(range(0, 60, 2)))  # holds the farm's client, asks the farm's items again
    client = ([(a, "ua-farm", 1.0) for a in (*farm, copier)] + [(a, "ua-app", 1.0) for a in students]
              + [(a, "ua-wrap", 1.0) for a in wrap] + [(a, "ua-team", 1.0) for a in team])
    keyrows = {"shared_client_fingerprint": _keys(client), "shared_payment": KeyRows.empty()}
    part = cohort.partitioned_sweeps(47, _items(draws), keyrows, use, pools={"gsm8k": 500, "math": 100, "mmlu": 1000})
    assert part.size[list(farm)].tolist() == [12] * 12 and set(part.dataset[list(farm)]) == {"gsm8k"}
    assert set(part.artifact[list(farm)]) == {cohort.artifact_noun(kinds["shared_client_fingerprint"])}
    assert part.repeats[0] == 0 and part.draws[0] == 360 and part.expected[0] > 100
    assert part.size[list(wrap)].tolist() == [15] * 15 and part.repeats[24] == 300 and part.expected[24] > 400
    assert not part.size[[*students, *team, loner, copier]].any()
    assert all(d is None for d in part.dataset[[*students, *team, loner, copier]])
    assert sorted(len(g.members) for g in part.groups) == [12, 15]
    words = next(g for g in part.groups if g.dataset == "gsm8k").words("client fingerprint")
    assert "12 accounts" in words and "repeated none" in words and "gsm8k" in words
    # the farm's 12 keys in one organisation: a lab's sharded evaluation run, one customer
    org = np.arange(47)
    org[list(farm)] = 1000
    lab = cohort.partitioned_sweeps(47, _items(draws), keyrows, use, pools={"gsm8k": 500, "math": 100}, org=org)
    assert not lab.size[list(farm)].any() and lab.size[list(wrap)].tolist() == [15] * 15
    # a dataset whose size the index does not know has no chance model: no evidence
    assert not cohort.partitioned_sweeps(47, _items(draws), keyrows, use, pools={"math": 100}).size[list(farm)].any()
    # the complementary_sweep kind is a link, not an operator artifact: sharing the dataset alone is no group
    assert not kinds["complementary_sweep"].traits.operator_artifact


def test_a_fleet_sharing_no_artifact_is_found_by_its_draws_and_one_customers_shards_are_not():
    """Every drawer of a dataset is judged as one group: twenty accounts on their own cards and
    clients, 30 GSM8K items each and none twice, beside students choosing at random, are a
    partition of their own (gen_v's 200-account sweep held nothing in common). A lab's run sharded
    over six keys of its organisation is one customer's (left out), a whole-benchmark evaluation is
    no drawer, and shell organisations that split the dataset between them stay members."""
    rng = np.random.default_rng(11)
    fleet, students, lab, evaluation = range(0, 20), range(20, 50), range(50, 56), 56
    draws = {a: ("gsm8k", list(range(30 * i, 30 * i + 30))) for i, a in enumerate(fleet)}  # 600 items, none twice
    draws |= {a: ("gsm8k", rng.choice(1000, 25, replace=False).tolist()) for a in students}
    draws |= {a: ("gsm8k", list(range(600 + 50 * i, 650 + 50 * i))) for i, a in enumerate(lab)}  # 300 items sharded
    draws[evaluation] = ("gsm8k", list(range(1000)))
    org = np.arange(57, dtype=np.int64) + cohort.OWN_ORGANISATION
    org[list(lab)] = 7
    pools = {"gsm8k": 1000}

    def sweeps(d, o, taken=None):
        return cohort.dataset_drawer_sweeps(cohort.Partition.none(57), _items(d), o, taken=taken, pools=pools)

    part = sweeps(draws, org)
    [group] = part.groups
    assert group.kind == cohort.DATASET_DRAWERS and group.members.tolist() == list(fleet)
    assert group.repeats == 0 and group.expected > 100
    assert part.size[list(fleet)].tolist() == [20] * 20 and part.artifact[0] == cohort.DATASET_DRAWERS_NOUN
    assert not part.size[[*students, *lab, evaluation]].any()
    assert "20 accounts sharing nothing but their draws of one public dataset, split gsm8k" in group.words()
    # accounts found through an artifact already are no members (the more specific evidence)
    taken = np.zeros(57, bool)
    taken[:15] = True
    assert not sweeps(draws, org, taken).groups  # five left: under the ten-organisation bar
    # the fleet in one organisation: one customer's sharded run
    one = org.copy()
    one[list(fleet)] = 8
    assert not sweeps(draws, one).size.any()
    # ... in five shell organisations of a slice each: an operator's (without the lab: beside shell
    # organisations that split a dataset, a sharded run of items they left is taken for one more)
    shells = org.copy()
    shells[list(fleet)] = [100 + a // 4 for a in fleet]
    no_lab = {a: d for a, d in draws.items() if a not in lab}
    assert sweeps(no_lab, shells).size[list(fleet)].tolist() == [20] * 20


def test_a_split_between_a_few_shell_organisations_is_a_partition_and_one_customers_shards_are_not():
    """Twelve keys under the ten-organisation bar are a partition when they sit in three or more
    organisations named in the log that split the dataset between them (shell organisations of one
    operator, each a slice); in one organisation, or two (a company's production and research),
    they are one customer's sharded run; accounts whose organisation the log does not name count as their own."""
    kinds = {k.name: k for k in all_kinds()}
    use = [kinds["shared_client_fingerprint"]]
    farm = list(range(12))
    draws = {a: ("gsm8k", list(range(30 * a, 30 * a + 30))) for a in farm}
    keyrows = {"shared_client_fingerprint": _keys([(a, "ua-farm", 1.0) for a in farm])}
    pools = {"gsm8k": 500}

    def size(org, d=draws):
        return cohort.partitioned_sweeps(12, _items(d), keyrows, use, pools=pools, org=np.asarray(org, np.int64)).size

    assert size([a // 4 for a in farm]).tolist() == [12] * 12  # three shells of four
    assert size([a // 3 for a in farm]).tolist() == [12] * 12  # four of three
    assert not size([0] * 12).any() and not size([a // 6 for a in farm]).any()  # one organisation, two
    assert cohort.effective_organisations(np.array([a // 4 for a in farm])) < cohort.MIN_PARTITION
    # unnamed organisations (the accounts' own codes) make no shell: twelve accounts, twelve codes, yet judged
    # by the ten-organisation bar as before (here passed)
    own = np.arange(12, dtype=np.int64) + cohort.OWN_ORGANISATION
    assert size(own).tolist() == [12] * 12
    assert not cohort.split_between_organisations(np.arange(12), np.array([f"gsm8k:{k}" for k in range(12)], object),
                                                  own, 500)


def test_repeat_test_counts_pairs_and_chance():
    """Two accounts drawing the same 10 of 100 items: 10 pairs where chance gives 1."""
    account = np.array([0] * 10 + [1] * 10)
    item = np.array([f"d:{k}" for k in range(10)] * 2, dtype=object)
    margin, repeats, expected, p = cohort.repeat_test(account, item, 100)
    assert repeats == 10 and np.isclose(expected, 1.0) and p > 0.999 and (margin > 0).all()
    none, r0, e0, p0 = cohort.repeat_test(np.arange(20) // 10, np.array([f"d:{k}" for k in range(20)], dtype=object), 100)
    assert r0 == 0 and np.isclose(e0, 1.0) and np.isclose(p0, np.exp(-1.0))


def test_organisations_come_from_the_log_or_are_the_accounts_own():
    rows = []
    for i in range(3):
        rows += account_rows(f"lab{i}", 2)
    rows += account_rows("solo", 2)
    for r in rows:
        if r[schema.ACCOUNT_ID].startswith("lab"):
            r[schema.ORG_ID] = "org-lab"
    ex, sig = tables(rows)
    view = AccountView(ex, sig)
    org = cohort.organisations(view)
    by = dict(zip(view.account_ids, org))
    assert by["lab0"] == by["lab1"] == by["lab2"] != by["solo"]


def test_a_thin_fleet_too_small_to_judge_one_by_one_is_a_partition_as_a_whole():
    """400 accounts of one client build drawing 2-4 GSM8K items each, handed out in turn (no item
    twice): none draws MIN_ITEMS, but the whole group repeats nobody where chance gives ~130, so
    all of it is one partition. 400 users of an app drawing as few items at random are not, nor is
    a fleet diluted by as many random drawers of its client (not nearly pure: judged one by one,
    and too thin for that)."""
    kinds = {k.name: k for k in all_kinds()}
    use = [kinds["shared_client_fingerprint"], kinds["complementary_sweep"]]
    rng = np.random.default_rng(11)
    sizes = rng.integers(2, 5, 400)
    starts = np.r_[0, np.cumsum(sizes)[:-1]]
    fleet = {a: ("gsm8k", list(range(s, s + n))) for a, (s, n) in enumerate(zip(starts, sizes))}
    app = {400 + a: ("gsm8k", rng.choice(2000, n, replace=False).tolist()) for a, n in enumerate(sizes)}
    keys = _keys([(a, "ua-fleet", 1.0) for a in fleet] + [(a, "ua-app", 1.0) for a in app])
    part = cohort.partitioned_sweeps(800, _items(fleet | app), {"shared_client_fingerprint": keys}, use,
                                     pools={"gsm8k": 2000})
    assert part.size[:400].tolist() == [400] * 400 and not part.size[400:].any()
    assert part.repeats[0] == 0 and part.expected[0] > 100
    # a holder whose requests are mostly something else (items in 2-4 of 20 requests, beside members
    # asking nothing else) is no member
    requests = np.r_[sizes, sizes]
    requests[0] = 20
    chatty = cohort.partitioned_sweeps(800, _items(fleet | app), {"shared_client_fingerprint": keys}, use,
                                       pools={"gsm8k": 2000}, exchanges=requests)
    assert chatty.size[0] == 0 and chatty.size[1:400].tolist() == [399] * 399
    mixed = _keys([(a, "ua-fleet", 1.0) for a in (*fleet, *app)])
    diluted = cohort.partitioned_sweeps(800, _items(fleet | app), {"shared_client_fingerprint": mixed}, use,
                                        pools={"gsm8k": 2000})
    assert not diluted.size.any()


def test_a_relay_is_no_member_of_its_end_users_partition():
    """A reseller's account relays many end users' traffic (their system prompts and items with it):
    it is no identity of theirs."""
    rows = account_rows("relay", 30)
    for i, r in enumerate(rows):
        r[schema.END_USER] = f"eu{i}"
    rows += account_rows("solo", 30)
    ex, sig = tables(rows)
    view = AccountView(ex, sig)
    assert dict(zip(view.account_ids, cohort.relays(view))) == {"relay": True, "solo": False}


def test_a_sweep_repeats_where_its_pool_makes_it_and_nowhere_else():
    """A sweep that wraps its pool (150 draws over 100 items: 50 items twice) and one of a dataset
    whose near-duplicate items resolve to one id (3 items act as one) repeat by necessity; a
    group repeating beyond that is not nearly pure."""
    from distillguard.signals.dataset_match import Pool

    wrap = np.array([f"d:{k % 100}" for k in range(150)], dtype=object)
    assert cohort.sweep_repeats(wrap, 100) == 50
    dup = Pool(10, 8.0, {"d:0": 3})
    items = np.array(["d:0", "d:0", "d:0", "d:1", "d:2"], dtype=object)
    assert cohort.sweep_repeats(items, dup) == 3 and cohort.sweep_repeats(items, 10) == 0
    assert cohort.sweep_allowed(items, dup).tolist() == [3, 3, 3, 1, 1]
    account = np.arange(5)
    assert cohort.member_rows(account, items, 8.0, sweep=dup).all()


def test_two_walks_of_half_a_pool_are_no_sweep_wrapping_it():
    """120 draws of a 100-item pool: one sweep wrapping it repeats 20 items (an even spread); two
    walks of 60 items each repeat where they overlap, which no wrap excuses."""
    wrap = np.array([f"d:{k % 100}" for k in range(120)], dtype=object)
    assert cohort.sweep_repeats(wrap, 100) == 20
    two = np.array([f"d:{k}" for k in range(60)] + [f"d:{k}" for k in range(20, 80)], dtype=object)
    assert cohort.sweep_repeats(two, 100) == 20
    assert cohort.repeat_test(np.r_[np.zeros(60), np.ones(60)], two, 100.0)[1] == 40


def test_organisations_are_counted_by_their_share_of_a_group():
    """Two classes of nine on their university's card with eight strangers beside them are about
    four organisations, not ten; ten accounts of ten organisations are ten."""
    org = np.array([1] * 9 + [2] * 9 + list(range(3, 11)))
    assert len(np.unique(org)) == 10 and 3.9 < cohort.effective_organisations(org) < 4.0
    assert cohort.effective_organisations(np.arange(10)) == 10.0
    assert cohort.effective_organisations(np.array([], np.int64)) == 0.0


def test_holders_of_one_artifact_asking_for_dataset_items_and_little_else_are_a_harvest_fleet():
    """A fleet of one client build whose prompts are all public-dataset items, drawn at random
    (no partition: repeats as chance makes them), is a harvest fleet; an app's users who ask public
    problems beside their own questions, labs running a whole benchmark with one tool, users of
    one tool running the same first items, one lab's keys and relays are not."""
    kinds = {k.name: k for k in all_kinds()}
    use = [kinds["shared_client_fingerprint"], kinds["complementary_sweep"]]
    rng = np.random.default_rng(11)
    fleet, app, labs, limit, keys, relay = (range(0, 15), range(15, 35), range(35, 47), range(47, 59), range(59, 71),
                                            71)
    draws = {a: ("gsm8k", rng.choice(2000, 40, replace=False).tolist()) for a in fleet}
    draws |= {a: ("gsm8k", rng.choice(2000, 20, replace=False).tolist()) for a in app}
    draws |= {a: ("mmlu", list(range(300))) for a in labs}  # each lab runs the whole 300-item test
    draws |= {a: ("svamp", list(range(40))) for a in limit}  # each runs the tool's first 40 items of 1,000
    draws |= {a: ("gsm8k", rng.choice(2000, 40, replace=False).tolist()) for a in keys}
    draws[relay] = ("gsm8k", rng.choice(2000, 40, replace=False).tolist())
    n = 72
    prompts = np.full(n, 40)
    matched = np.full(n, 40)
    matched[list(fleet)] = 39  # one prompt of 40 is its own
    prompts[list(app)], matched[list(app)] = 30, 20  # a third of their prompts are their own questions
    prompts[list(labs)], matched[list(labs)] = 300, 300
    client = ([(a, "ua-fleet", 1.0) for a in (*fleet, relay)] + [(a, "ua-app", 1.0) for a in app]
              + [(a, "ua-tool", 1.0) for a in labs] + [(a, "ua-limit", 1.0) for a in limit]
              + [(a, "ua-lab", 1.0) for a in keys])
    keyrows = {"shared_client_fingerprint": _keys(client)}
    org = np.arange(n)
    org[list(keys)] = 1000
    relays = np.zeros(n, bool)
    relays[relay] = True
    pools = {"gsm8k": 2000, "mmlu": 300, "svamp": 1000}
    got = cohort.harvest_fleets(n, _items(draws), keyrows, use, prompts, matched, relay=relays, pools=pools, org=org)
    assert got.size[list(fleet)].tolist() == [15] * 15 and got.share[0] == 585 / 600
    assert not got.size[[*app, *labs, *limit, *keys, relay]].any()
    assert [(g.signal, len(g.members), g.datasets) for g in got.groups] == [("harvest_fleet", 15, "gsm8k")]
    words = got.groups[0].words("client fingerprint")
    assert "15 accounts" in words and "98% of their 600 distinct prompts" in words and "gsm8k" in words
    # the same fleet with its own questions in a third of its prompts: pooled under HARVEST_SHARE
    mixed = matched.copy()
    mixed[list(fleet)] = 26
    assert not cohort.harvest_fleets(n, _items(draws), keyrows, use, prompts, mixed, relay=relays, pools=pools,
                                     org=org).size.any()
    # the limit users' items drawn at random instead: chance's repeats, a harvest fleet of 12
    draws |= {a: ("svamp", rng.choice(1000, 40, replace=False).tolist()) for a in limit}
    got = cohort.harvest_fleets(n, _items(draws), keyrows, use, prompts, matched, relay=relays, pools=pools, org=org)
    assert got.size[list(limit)].tolist() == [12] * 12
    # ... unless most of them are two organisations (two classes' students and two strangers)
    org[list(limit)[:5]], org[list(limit)[5:10]] = 2000, 2001
    got = cohort.harvest_fleets(n, _items(draws), keyrows, use, prompts, matched, relay=relays, pools=pools, org=org)
    assert not got.size[list(limit)].any()


def test_an_account_resampling_most_of_a_benchmark_at_random_is_no_evaluation():
    """An evaluation asks each of its items alike (one pass, k samples each, a retried part once
    more); accounts drawing most of a small benchmark at random with replacement all week ask them
    as chance spreads them, and are members of their harvest fleet, not evaluations."""
    kinds = {k.name: k for k in all_kinds()}
    use = [kinds["shared_client_fingerprint"], kinds["complementary_sweep"]]
    rng = np.random.default_rng(5)
    n, pools = 24, {"math": 500}
    a, ds, item, asks = [], [], [], []
    for acc in range(n):
        if acc < 12:  # resampling: 900 draws with replacement, ~84% of the pool, Poisson-spread
            got = np.bincount(rng.integers(0, 500, 900), minlength=500)
        else:  # labs: the whole test, 4 samples an item, a tenth of it retried once
            got = np.full(500, 4)
            got[rng.choice(500, 50, replace=False)] += 1
        for k in np.flatnonzero(got):
            a.append(acc), ds.append("math"), item.append(f"math:{k}"), asks.append(int(got[k]))
    items = pa.table({"a": pa.array(a, pa.int64()), "ds": ds, "item": item, "asks": pa.array(asks, pa.int64())})
    assert cohort.evaluations(items, pools).tolist() == list(range(12, 24))
    keyrows = {"shared_client_fingerprint": _keys([(acc, "ua-one", 1.0) for acc in range(n)])}
    prompts = np.bincount(np.array(a), minlength=n)
    got = cohort.harvest_fleets(n, items, keyrows, use, prompts, prompts.copy(), pools=pools)
    assert got.size.tolist() == [12] * 12 + [0] * 12
    # without ask counts every draw counts once: all 24 draw most of the pool, all evaluations
    assert len(cohort.evaluations(items.drop_columns(["asks"]), pools)) == n


def test_one_fleet_found_through_several_artifacts_is_one_group():
    """A fleet holding a card, a client build and its request settings is one harvest group (the
    first found), and a harvest fleet that is mostly a partition's members is that partition."""
    def harvest(kind, members):
        return cohort.HarvestGroup(kind, np.array(members), 1.0, 100, "gsm8k", kind)

    fleet = list(range(20))
    groups = [harvest("shared_payment", fleet), harvest("shared_client_fingerprint", fleet[:19]),
              harvest(cohort.SETTINGS_ARTIFACT, fleet + [20, 21]), harvest("shared_system_prompt", range(30, 45)),
              harvest("shared_client_fingerprint", range(50, 62))]
    split = cohort.PartitionGroup("shared_client_fingerprint", np.arange(48, 62), "gsm8k", 300, 0, 50.0, 1e-9)
    kept = cohort.distinct_harvests(70, [split], groups)
    assert [(g.kind, len(g.members)) for g in kept] == [("shared_payment", 20), ("shared_system_prompt", 15)]


def _playground(seed: int, users: int, low: int, high: int):
    """gen_f's homework mimic: 38 accounts of a public playground's client drawing 33 GSM8K items
    each, handed out in turn, beside `users` users of the same client drawing low..high-1 items at
    random. Returns (partitioned_sweeps arguments, items per user)."""
    kinds = {k.name: k for k in all_kinds()}
    rng = np.random.default_rng(seed)
    fleet = {a: ("gsm8k", list(range(33 * a, 33 * a + 33))) for a in range(38)}
    sizes = rng.integers(low, high, users)
    drawn = {38 + i: ("gsm8k", rng.choice(7473, n, replace=False).tolist()) for i, n in enumerate(sizes)}
    keys = _keys([(a, "playground", 1.0) for a in range(38 + users)])
    use = [kinds["shared_client_fingerprint"], kinds["complementary_sweep"]]
    return (38 + users, _items(fleet | drawn), {"shared_client_fingerprint": keys}, use), sizes


def test_students_who_by_chance_avoid_a_mimic_fleets_items_are_no_members_of_it():
    """The mimic fleet asks nothing else; 30 students of the same client ask 20-60 homework items
    at random in about half their requests. Judged on their draws alone, a student who by chance
    avoided the fleet's items passes; asking items in a far smaller share of their requests than
    the fleet does, none is a member, and no fleet account is lost (one with three cover requests
    of its own included)."""
    args, sizes = _playground(3, 30, 20, 61)
    requests = np.r_[np.full(38, 33), np.round(sizes / 0.55).astype(int)]
    requests[3] = 36  # three cover requests beside its 33 items
    by_draws = cohort.partitioned_sweeps(*args, pools={"gsm8k": 7473})
    assert by_draws.size[38:].any()  # (the trap)
    part = cohort.partitioned_sweeps(*args, pools={"gsm8k": 7473}, exchanges=requests)
    assert not part.size[38:].any() and part.size[3] > 0
    assert (part.size[:38] > 0).sum() >= (by_draws.size[:38] > 0).sum()


def test_holders_too_thin_to_show_they_avoid_the_others_are_no_members_of_a_mixed_group():
    """The same fleet beside 116 users of a homework app who ask nothing but 3-16 items each (the
    same share of their requests as the fleet): a user of five items who repeats nobody is what
    chance gives as often as not, so none of them is a member; the fleet's accounts, 33 items each
    avoiding the others where chance repeats about five times, are."""
    args, sizes = _playground(5, 116, 3, 17)
    part = cohort.partitioned_sweeps(*args, pools={"gsm8k": 7473}, exchanges=np.r_[np.full(38, 33), sizes])
    assert not part.size[38:].any()
    assert (part.size[:38] > 0).sum() >= 30


def test_a_crowd_wrapping_a_small_pool_is_no_partition_for_repeating_less_than_chance():
    """A small pool (241 items) wrapped many times: a fleet handing it out in turn is a partition;
    the same fleet beside as many users choosing at random among the pool's items repeats far under
    chance too (most of chance's repeats are necessary where draws wrap), but about half as much
    beyond the necessary as chance: no partition (gen_g, a hackathon's starter-kit users)."""
    kinds = {k.name: k for k in all_kinds()}
    use = [kinds["shared_system_prompt"], kinds["complementary_sweep"]]
    rng = np.random.default_rng(7)
    order = np.concatenate([rng.permutation(241) for _ in range(3)])  # three passes, in turn
    fleet = {a: ("self_instruct_user", order[15 * a:15 * a + 15].tolist()) for a in range(40)}
    crowd = {40 + i: ("self_instruct_user", rng.choice(241, 9, replace=False).tolist()) for i in range(56)}
    kit = {"shared_system_prompt": _keys([(a, "kit", 1.0) for a in range(40)])}
    alone = cohort.partitioned_sweeps(40, _items(fleet), kit, use, pools={"self_instruct_user": 241})
    assert (alone.size == 40).all()
    mixed = cohort.partitioned_sweeps(96, _items(fleet | crowd),
                                      {"shared_system_prompt": _keys([(a, "kit", 1.0) for a in range(96)])},
                                      use, pools={"self_instruct_user": 241})
    assert not mixed.size[40:].any()
    assert cohort.nearly_pure(100, 1000.0, 0) and not cohort.nearly_pure(2191, 2433.0, 1962)


def _ring_world(orgs_of=lambda i: None, cards_of=lambda i: f"pm_{i % 12}", holders: int = 60,
                prompt="You are an autonomous agent. Before every tool call, explain your reasoning in detail."):
    """`holders` accounts sending one system prompt, paying with the cards `cards_of` gives, in
    the organisations `orgs_of` gives (None: each its own), created over five days."""
    rows = []
    for i in range(holders):
        made = account_rows(f"h{i:02d}", 3, system_prompt=prompt, payment=cards_of(i), user_agent=f"ua/{i}",
                            ip=f"73.{i}.1.1", created=T0 - dt.timedelta(days=12, hours=2 * i))
        for r in made:
            if orgs_of(i) is not None:
                r[schema.ORG_ID] = orgs_of(i)
        rows += made
    return rows


def test_many_customers_paying_with_a_few_shared_cards_and_one_system_prompt_are_a_card_ring():
    by, *_ = run(_ring_world())
    h = by["h00"]
    assert h["cohort_ring"] == 60 and h["cohort_ring_cards"] == 12
    assert h["cohort_ring_artifact"] in ("system prompt", "client fingerprint")


def test_a_companys_seats_on_its_own_cards_are_no_card_ring():
    """One organisation paying for its seats with eight department cards: one customer."""
    by, *_ = run(_ring_world(orgs_of=lambda i: "org-acme", cards_of=lambda i: f"pm_dept{i % 8}", holders=30))
    assert by["h00"]["cohort_ring"] == 0


def test_pipelines_each_sending_one_public_instruction_over_their_users_texts_ask_one_item_each():
    """gen_q (session 37): 126 startups' cron pipelines on one client, each running one feature
    whose instruction is a Self-Instruct task over its users' texts. Every prompt matches that one
    item: each asks an item, not a dataset, and together they are no harvest fleet. The same
    accounts drawing a new item with every prompt are one."""

    def world(item_of):
        rows = []
        for a in range(24):
            rows += account_rows(f"s{a:02d}", 30, user_agent="pipeline/1.0", ip=f"34.{a}.0.1",
                                 signals={"dataset_match.item": lambda i, a=a: item_of(a, i)})
            for r in rows[-30:]:
                r[schema.ORG_ID] = f"org-{a}"
        return run(rows)

    by, _, _, view = world(lambda a, i: f"self_instruct:{a}")
    prompts, matched = cohort.distinct_prompts(view)
    assert prompts.tolist() == [30] * 24 and matched.tolist() == [1] * 24
    assert by["s00"]["cohort_harvest"] == 0
    by, _, _, view = world(lambda a, i: f"self_instruct:{a * 30 + i}")
    assert cohort.distinct_prompts(view)[1].tolist() == [30] * 24
    assert by["s00"]["cohort_harvest"] == 24


def test_many_companies_each_paying_for_its_seats_on_one_client_are_no_card_ring():
    """gen_o (session 36): a hundred companies' seats on one popular client build, each company on
    its own card: every card pays for several accounts, but each of one customer. A card of a ring
    pays for accounts of different customers."""
    by, *_ = run(_ring_world(orgs_of=lambda i: f"org-{i // 5}", cards_of=lambda i: f"pm_co{i // 5}", holders=60))
    assert by["h00"]["cohort_ring"] == 0
    # the same twelve cards, each paying for five customers' accounts, are a ring
    by, *_ = run(_ring_world(orgs_of=lambda i: f"org-{i}", cards_of=lambda i: f"pm_co{i // 5}", holders=60))
    assert by["h00"]["cohort_ring"] == 60


def test_families_sharing_a_card_among_an_apps_many_users_are_no_card_ring():
    """Three households of two on one card each, among 40 users of the app paying alone: the
    shared cards are not most of the artifact's holders."""
    by, *_ = run(_ring_world(cards_of=lambda i: f"pm_family{i // 2}" if i < 6 else f"pm_own{i}", holders=40))
    assert all(r["cohort_ring"] == 0 for r in by.values())


def test_a_school_or_a_hackathon_paying_with_its_few_cards_is_no_card_ring():
    """Participants of as many organisations on a sponsor's three promotional profiles, or on
    five: an institution's few cards (a farm buys them by the dozen)."""
    for cards in (3, cohort.MIN_RING_CARDS - 1):
        by, *_ = run(_ring_world(cards_of=lambda i, c=cards: f"pm_{i % c}", holders=60))
        assert by["h00"]["cohort_ring"] == 0
    by, *_ = run(_ring_world(cards_of=lambda i: f"pm_{i % cohort.MIN_RING_CARDS}", holders=60))
    assert by["h00"]["cohort_ring"] == 60


def test_a_relay_holding_its_end_users_artifact_is_no_ring_member():
    n = 30
    keyrows = {
        "shared_payment": _keys([(i, f"pm_{i % 10}", 1.0) for i in range(n)]),
        "shared_system_prompt": _keys([(i, "sp", 1.0) for i in range(n)]),
    }
    kinds = [k for k in all_kinds() if k.name in keyrows]
    org = np.arange(n, dtype=np.int64)
    free = cohort.card_rings(n, keyrows, kinds, org=org)
    assert (free.size == n).all()
    relay = np.zeros(n, bool)
    relay[:3] = True
    ring = cohort.card_rings(n, keyrows, kinds, org=org, relay=relay)
    assert (ring.size[:3] == 0).all() and (ring.size[3:] == n - 3).all()
