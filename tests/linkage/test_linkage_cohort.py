"""Cohort features: sign-up bursts on an operator's artifact, shared cards, partitioned sweeps, and burst rows."""

import datetime as dt

import numpy as np
import pyarrow as pa

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


def test_a_dataset_split_between_the_holders_of_one_client_build_is_a_partitioned_sweep():
    """Ten or more holders of one operator artifact, each drawing a slice of one dataset no other
    account drew, are a partitioned sweep; students of one client who overlap, a team of a few
    sharding an evaluation, and an exclusive sweeper holding no artifact are not."""
    kinds = {k.name: k for k in all_kinds()}
    use = [kinds["shared_client_fingerprint"], kinds["shared_payment"], kinds["complementary_sweep"]]
    farm, students, team, loner = range(0, 12), range(12, 24), range(24, 30), 30
    client = [(a, "ua-farm", 1.0) for a in farm] + [(a, "ua-app", 1.0) for a in students] + [(a, "ua-team", 1.0) for a in team]
    sweep = ([(a, "sweep:gsm8k", 1.0) for a in farm] + [(a, "sweep:gsm8k", 0.3) for a in students]
             + [(a, "sweep:mmlu", 1.0) for a in team] + [(loner, "sweep:gsm8k", 1.0)])
    keyrows = {"shared_client_fingerprint": _keys(client), "complementary_sweep": _keys(sweep),
               "shared_payment": KeyRows.empty()}
    size, dataset, artifact = cohort.partitioned_sweeps(31, keyrows, use)
    assert size[list(farm)].tolist() == [12] * 12 and set(dataset[list(farm)]) == {"gsm8k"}
    assert set(artifact[list(farm)]) == {cohort.artifact_noun(kinds["shared_client_fingerprint"])}
    assert not size[12:].any() and all(d is None for d in dataset[12:])
    # the complementary_sweep kind is a link, not an operator artifact: sharing the dataset alone is no group
    assert not kinds["complementary_sweep"].traits.operator_artifact
