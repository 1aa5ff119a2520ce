"""Accounts that relay traffic for many end users (resellers, platforms) are judged per end user.

A reseller's account mixes hundreds of customers; an extraction campaign hiding among them
shows up as a modest share of the account's traffic, while the account itself is a paying
customer. So for an account with at least MIN_END_USERS distinct end users (`enduser.id`):
- every end user is scored like an account of its own (same reference, same rules);
- end users flagged on their own traffic are listed on the account (`end_users` in the
  verdict) and named in its evidence;
- the account's own risk is recomputed on the rest of its traffic, so it is not accused for
  what a few of its end users did;
- the account gets a relay verdict of its own (`relay` in the verdict): how many of its judged
  end users are flagged, against what benign relays show. End users are flagged at the operating
  point's benign rate (target FPR) by construction of the calibration, so a benign relay's count
  of flagged end users is at most Binomial(judged end users, target FPR); the relay is
  *significant* when its count is that unlikely (p <= target FPR, one-sided binomial tail) and
  at least MIN_RELAY_FLAGGED. The provider can then ask the relay to cut the listed end users off.
  A relay whose flagged end users are most of its end users and carry most of its traffic
  (RELAY_MAJORITY, `is_front`) is itself flagged: it is a front for the campaign, not a customer
  with a few bad tenants (a reseller with 260 heavy flagged end users among 1,760 is the latter).
  So is a relay whose own requests (naming no end user, UNNAMED) are flagged on their own
  (`flag_own_traffic`, after the campaign stage).
- relay accounts carrying the same end users (a reseller spreading its customers over a pool of
  upstream keys), or of one organisation, are one relay (`relay_groups`): each end user is judged
  on its traffic through all of them, and every account of the relay gets the relay's verdict
  (with `accounts`, how many there are) and lists the flagged end users it carried;
- a relay's end users that split a public dataset between them (linkage.cohort's repeat test,
  the relay's end users as its holders: the relay names them as distinct customers) are judged
  as one group: their traffic pooled as one account, with the partition as its coordination
  evidence, flagged at the operating point shared among the groups found (Benjamini-Hochberg,
  `collective.shared_bar`). A harvest spread over 2,400 end users of two to four requests each,
  none judged alone, is then 2,400 flagged end users.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.behaviour import account_features
from distillguard.behaviour.features import MIN_END_USERS
from distillguard.campaigns.collective import GroupScore, pooled_words, shared_bar
from distillguard.campaigns.community import UnionFind
from distillguard.linkage import cohort
from distillguard.signals.dataset_match import Pool, pools as bundled_pools
from distillguard.risk.score import AccountRisk, RiskModel

MIN_RELAY_FLAGGED = 3
RELAY_MAJORITY = 0.5
# A relay's requests that name no end user, judged as one end user: they are the relay's own
# (its product, its tests, or a harvest it runs beside its customers'), and when they are flagged
# the relay is flagged with them (`flag_own_traffic`). gen_i: a grey-market reseller's 45
# upstream keys, 41% of whose traffic was its own reasoning-trace harvest attributed to no
# customer; no benign relay of nine blind logs had its own traffic flagged.
UNNAMED = "-"
SEPARATOR = "\x1f"  # joins account and end user into one id; never in real ids
LISTED_END_USERS = 50


def multi_tenant_accounts(features: pa.Table) -> list[str]:
    if "distinct_end_users" not in features.column_names or not len(features):
        return []
    mask = pc.greater_equal(features.column("distinct_end_users"), MIN_END_USERS)
    return features.filter(mask).column("account_id").to_pylist()


def judge_end_users(exchanges: pa.Table, signals: pa.Table, features: pa.Table, base: AccountRisk,
                    model: RiskModel, specs: dict) -> tuple[AccountRisk, dict[str, list[dict]], dict[str, dict]]:
    """(base risk with multi-tenant accounts re-judged, account -> flagged end users,
    account -> relay verdict)."""
    accounts = multi_tenant_accounts(features)
    if not accounts:
        return base, {}, {}
    rows = pc.is_in(exchanges.column(schema.ACCOUNT_ID), value_set=pa.array(accounts, pa.string()))
    sub_ex = exchanges.filter(rows)
    sub_sig = signals.filter(rows)
    acc = sub_ex.column(schema.ACCOUNT_ID)
    eu = pc.fill_null(sub_ex.column(schema.END_USER), UNNAMED)
    group = relay_groups(sub_ex)
    lead = pa.array([group[a] for a in acc.to_pylist()], pa.string())
    pair = pc.binary_join_element_wise(lead, eu, SEPARATOR)
    eu_ex = sub_ex.set_column(sub_ex.schema.get_field_index(schema.ACCOUNT_ID), schema.ACCOUNT_ID, pair)
    eu_features = account_features(eu_ex, sub_sig)
    eu_risk = model.score(eu_features, specs)
    eu_risk = _judge_partitions(eu_ex, sub_sig, eu_risk, model, specs)
    carried = _carried(acc, eu, group)

    flagged_pairs = [a for a, f in zip(eu_risk.account_ids, eu_risk.flagged) if f]
    listed: dict[str, list[dict]] = {}
    order = np.argsort(-eu_risk.risk, kind="stable")
    for i in order:
        if not eu_risk.flagged[i]:
            continue
        lead_account, end_user = eu_risk.account_ids[i].split(SEPARATOR, 1)
        for account in carried.get((lead_account, end_user), (lead_account,)):
            items = listed.setdefault(account, [])
            # every flagged end user is listed (the provider asks the relay to cut them off); past
            # the first LISTED_END_USERS with its leading evidence item only
            evidence = eu_risk.evidence[i] if len(items) < LISTED_END_USERS else eu_risk.evidence[i][:1]
            items.append({"end_user": end_user, "risk": float(eu_risk.risk[i]), "flagged": True, "evidence": evidence})
    counts = {a: len(listed.get(a, ())) for a in accounts}

    out = base
    if flagged_pairs:
        # the accounts' own risk on the traffic of their other end users
        keep = pc.invert(pc.is_in(pair, value_set=pa.array(flagged_pairs, pa.string())))
        rest_features = account_features(sub_ex.filter(keep), sub_sig.filter(keep))
        rest = model.score(rest_features, specs)
        out = _replace(base, rest)
    n_end_users = dict(zip(features.column("account_id").to_pylist(), features.column("distinct_end_users").to_pylist()))
    index = {a: i for i, a in enumerate(out.account_ids)}
    for account in accounts:
        i = index[account]
        n_flag = counts[account]
        if not n_flag:
            continue
        examples = [e["end_user"] for e in listed.get(account, [])[:3]]
        top = listed[account][0]["evidence"][0]["detail"] if listed.get(account) and listed[account][0]["evidence"] else ""
        out.evidence[i] = [{
            "signal": "relayed_end_users",
            "score": round(float(max(e["risk"] for e in listed[account])), 4),
            "detail": f"relays traffic of {n_end_users[account]} end users; {n_flag} of them flagged on their own "
                      f"traffic (e.g. {', '.join(examples)}: {top}); the account is judged on the rest",
            "exchange_ids": [],
        }, *out.evidence[i]]
    leads = sorted(set(group.values()))
    by_lead = relay_verdicts(leads, eu_risk, eu_features, model.target_fpr)
    size = Counter(group[a] for a in accounts)
    number = {lead: k for k, lead in enumerate(leads)}  # (a number, not the lead's id: no customer named)
    relays = {}
    for a in accounts:
        lead = group[a]
        relays[a] = dict(by_lead[lead], group=number[lead], **({"accounts": size[lead]} if size[lead] > 1 else {}))
    for account, verdict in relays.items():
        i = index[account]
        if is_front(verdict):
            out.flagged[i] = True
            out.risk[i] = max(float(out.risk[i]), 1.0 - verdict["p_value"])
            out.evidence[i] = [relay_evidence(verdict), *out.evidence[i]]
        elif verdict["significant"] and out.evidence[i]:
            out.evidence[i][0] = dict(out.evidence[i][0], detail=out.evidence[i][0]["detail"] + "; " + relay_words(verdict))
    out.stats = dict(out.stats, multi_tenant_accounts=len(accounts), flagged_end_users=len(flagged_pairs),
                     significant_relays=sum(v["significant"] for v in relays.values()))
    return out, listed, relays


ITEM = "dataset_match.item"
# Relay accounts that carry at least this many of the same end users (and at least this share of
# the smaller one's) are one relay: a reseller spreading its customers over a pool of upstream
# keys. Its end users are judged on their traffic through all of them (one request a key each is
# no pattern; twelve through twelve keys is). End-user ids are the relay's own (opaque, per
# customer): unrelated relays share none but generic ones, which the 64-relay cut leaves out. A
# router sending each request to one of 200 keys at random makes two keys share ~7% of their end
# users (14 requests an end user): keys are joined through any such pair, so the bar is low.
MIN_SHARED_END_USERS = 5
SHARED_END_USER_SHARE = 0.05


def relay_groups(sub_ex: pa.Table) -> dict[str, str]:
    """Relay account -> its group's lead (the smallest account id of the group): accounts of one
    organisation, or carrying the same end users (MIN_SHARED_END_USERS and SHARED_END_USER_SHARE)."""
    acc = sub_ex.column(schema.ACCOUNT_ID)
    ids = sorted(set(acc.to_pylist()))
    pos = {a: i for i, a in enumerate(ids)}
    sets = UnionFind(len(ids))
    if schema.ORG_ID in sub_ex.column_names:
        by_org: dict[str, int] = {}
        for a, o in zip(acc.to_pylist(), sub_ex.column(schema.ORG_ID).to_pylist()):
            if o:
                sets.union(by_org.setdefault(o, pos[a]), pos[a])
    t = pa.table({"a": acc, "u": sub_ex.column(schema.END_USER)}).filter(pc.is_valid(sub_ex.column(schema.END_USER)))
    t = t.group_by(["a", "u"]).aggregate([])
    users: dict[str, set] = {}
    for a, u in zip(t["a"].to_pylist(), t["u"].to_pylist()):
        users.setdefault(a, set()).add(u)
    holders: dict[str, list[str]] = {}
    for a, us in users.items():
        for u in us:
            holders.setdefault(u, []).append(a)
    shared: dict[tuple[str, str], int] = {}
    for hs in holders.values():
        if 1 < len(hs) <= 64:  # an end user id that dozens of relays carry is a generic id ("user")
            hs = sorted(hs)
            for i in range(len(hs)):
                for j in range(i + 1, len(hs)):
                    shared[(hs[i], hs[j])] = shared.get((hs[i], hs[j]), 0) + 1
    for (a, b), n in shared.items():
        if n >= MIN_SHARED_END_USERS and n >= SHARED_END_USER_SHARE * min(len(users[a]), len(users[b])):
            sets.union(pos[a], pos[b])
    lead = {}
    for members in sets.sets():
        first = min(ids[i] for i in members)
        for i in members:
            lead[ids[i]] = first
    return lead


def _carried(acc: pa.ChunkedArray, eu: pa.ChunkedArray, group: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    """(group lead, end user) -> the relay accounts of the group that carried the end user."""
    t = pa.table({"a": acc, "u": eu}).group_by(["a", "u"]).aggregate([])
    out: dict[tuple[str, str], list[str]] = {}
    for a, u in zip(t["a"].to_pylist(), t["u"].to_pylist()):
        out.setdefault((group[a], u), []).append(a)
    return {k: sorted(v) for k, v in out.items()}


def relay_partitions(eu_ex: pa.Table, eu_sig: pa.Table, pools: dict | None = None) -> list[tuple[str, str, list[str], tuple]]:
    """(relay, dataset, member end-user ids, (draws, repeats, expected)) of each partitioned sweep
    among one relay's end users (`eu_ex`: account ids are relay + SEPARATOR + end user)."""
    if ITEM not in eu_sig.column_names or not len(eu_ex):
        return []
    requests = eu_ex.group_by(schema.ACCOUNT_ID).aggregate([([], "count_all")])
    n_requests = dict(zip(requests[schema.ACCOUNT_ID].to_pylist(), requests["count_all"].to_pylist()))
    t = pa.table({"eu": eu_ex[schema.ACCOUNT_ID], "item": eu_sig[ITEM]}).filter(pc.is_valid(eu_sig[ITEM]))
    t = t.group_by(["eu", "item"]).aggregate([])
    if not len(t):
        return []
    if pools is None:
        pools = bundled_pools()
    eu = np.asarray(t["eu"].to_pylist(), dtype=object)
    item = np.asarray(t["item"].to_pylist(), dtype=object)
    relay = np.array([e.split(SEPARATOR, 1)[0] for e in eu], dtype=object)
    dataset = np.array([i.split(":", 1)[0] for i in item], dtype=object)
    out = []
    for r in sorted(set(relay)):
        for ds in sorted(set(dataset[relay == r])):
            rows = np.flatnonzero((relay == r) & (dataset == ds))
            pool = Pool.of(pools.get(ds, 0))
            if pool.items <= 0 or len(set(eu[rows])) < cohort.MIN_PARTITION:
                continue
            codes, account = np.unique(eu[rows], return_inverse=True)
            keep = cohort.partition_rows(account, item[rows], pool, np.array([n_requests[e] for e in eu[rows]]))
            if keep is None or len(set(account[keep])) < cohort.MIN_PARTITION:
                continue
            _, repeats, expected, _ = cohort.repeat_test(account[keep], item[rows][keep], pool.effective)
            out.append((r, ds, sorted(set(codes[account[keep]])), (int(keep.sum()), repeats, expected)))
    return out


def _judge_partitions(eu_ex: pa.Table, eu_sig: pa.Table, eu_risk: AccountRisk, model: RiskModel,
                      specs: dict) -> AccountRisk:
    """`eu_risk` with the members of each relay partition whose pooled traffic is flagged flagged,
    at the bar shared among the partitions found (`collective.shared_bar`). (No harvest fleets
    among a relay's end users: they share the relay's settings and client by construction, so one
    set of settings is no operator artifact there; a tutoring app's users asking textbook problems
    would be one.)"""
    found = relay_partitions(eu_ex, eu_sig)
    if not found:
        return eu_risk
    import copy

    ids = eu_ex[schema.ACCOUNT_ID]
    scored = []
    for relay, ds, members, (draws, repeats, expected) in found:
        rows = pc.is_in(ids, value_set=pa.array(members, pa.string()))
        pooled_ex, pooled_sig = eu_ex.filter(rows), eu_sig.filter(rows)
        pooled_ex = pooled_ex.set_column(pooled_ex.schema.get_field_index(schema.ACCOUNT_ID), schema.ACCOUNT_ID,
                                         pa.array([f"{relay}{SEPARATOR}partition:{ds}"] * len(pooled_ex), pa.string()))
        features = _with_partition(account_features(pooled_ex, pooled_sig), len(members), ds, draws, repeats, expected)
        score = model.score(features, specs, pooled=True)
        scored.append(GroupScore(float(score.risk[0]), bool(score.flagged[0]), len(pooled_ex), score.evidence[0],
                                 model.target_fpr) if len(score.account_ids) else None)
    bar = shared_bar(scored)
    out = copy.deepcopy(eu_risk)
    index = {a: i for i, a in enumerate(out.account_ids)}
    for (relay, ds, members, (draws, repeats, expected)), pooled in zip(found, scored):
        if pooled is None or not pooled.flagged or 1.0 - pooled.risk > bar:
            continue
        words = cohort.partition_words(f"{len(members)} end users of one relay account", ds, draws, repeats, expected)
        item = {"signal": "partitioned_sweep", "score": round(pooled.risk, 4), "exchange_ids": [],
                "detail": f"{words}; " + pooled_words(pooled, len(found), "partitioned sweeps of relays' end users",
                                                       rate=bar)}
        for m in members:
            i = index.get(m)
            if i is None or out.flagged[i]:
                continue
            out.flagged[i] = True
            out.judged[i] = True
            out.risk[i] = max(float(out.risk[i]), pooled.risk)
            out.evidence[i] = [item, *out.evidence[i]]
    return out


def _with_partition(features: pa.Table, members: int, ds: str, draws: int, repeats: int, expected: float) -> pa.Table:
    """A pooled end-user group's features with its partition as its cohort columns."""
    values = (pa.array([members], pa.int64()), pa.array([ds]), pa.array(["relay account"]),
              pa.array([draws], pa.int64()), pa.array([repeats], pa.int64()), pa.array([expected], pa.float64()))
    for name, col in zip(cohort.PARTITION_COLUMNS, values, strict=True):
        features = features.append_column(name, col)
    return features


def relay_verdicts(accounts: list[str], eu_risk: AccountRisk, eu_features: pa.Table, target_fpr: float) -> dict[str, dict]:
    """account -> {end_users_judged, end_users_flagged, flagged_traffic_share, p_value, significant}."""
    from scipy.stats import binom

    exchanges = dict(zip(eu_features.column("account_id").to_pylist(), eu_features.column("exchanges").to_pylist()))
    per = {a: [0, 0, 0, 0, 0] for a in accounts}  # judged, flagged, flagged exchanges, all exchanges, end users
    for pair, judged, flagged in zip(eu_risk.account_ids, eu_risk.judged, eu_risk.flagged):
        row = per.get(pair.split(SEPARATOR, 1)[0])
        if row is None:
            continue
        n = int(exchanges.get(pair) or 0)
        row[0] += bool(judged)
        row[1] += bool(flagged)
        row[2] += n if flagged else 0
        row[3] += n
        row[4] += 1
    out = {}
    for account, (judged, flagged, flagged_n, total, users) in per.items():
        p = float(binom.sf(flagged - 1, judged, target_fpr)) if flagged else 1.0
        out[account] = {
            "end_users_judged": judged, "end_users_flagged": flagged,
            "flagged_end_user_share": round(flagged / users, 4) if users else 0.0,
            "flagged_traffic_share": round(flagged_n / total, 4) if total else 0.0,
            "p_value": p, "benign_rate": target_fpr,
            "significant": bool(flagged >= MIN_RELAY_FLAGGED and p <= target_fpr),
        }
    return out


def is_front(verdict: dict) -> bool:
    """A significant relay whose flagged end users are most of its end users and carry most of its
    traffic: a front for the campaign."""
    return bool(verdict["significant"] and verdict["flagged_traffic_share"] >= RELAY_MAJORITY
                and verdict.get("flagged_end_user_share", 1.0) >= RELAY_MAJORITY)


def flag_own_traffic(final: AccountRisk, listed: dict[str, list[dict]], relays: dict[str, dict]) -> AccountRisk:
    """`final` with each relay flagged whose own requests (naming no end user) are flagged, with
    that as its evidence. Applied after the campaign stage (pipeline): the relay answers for
    its own traffic, and campaigns are found on the accounts' own cases, not on relays' verdicts
    (flagged relays fed to the campaign stage regrouped gen_i's hydra)."""
    import copy

    owns = {a: e for a in relays for e in listed.get(a, ()) if e["end_user"] == UNNAMED}
    if not owns:
        return final
    out = copy.deepcopy(final)
    index = {a: i for i, a in enumerate(out.account_ids)}
    for account, own in owns.items():
        i = index[account]
        if out.flagged[i]:
            continue
        top = own["evidence"][0]["detail"] if own["evidence"] else "flagged at the operating point"
        out.flagged[i] = True
        out.risk[i] = max(float(out.risk[i]), float(own["risk"]))
        out.evidence[i] = [{"signal": "relay_own_traffic", "score": round(float(own["risk"]), 4), "exchange_ids": [],
                            "detail": "its own requests, which name no end user (the relay answers for them), are "
                                      f"flagged on their own: {top}"}, *out.evidence[i]]
    return out


def relay_words(verdict: dict) -> str:
    return (f"{verdict['end_users_flagged']} of {verdict['end_users_judged']} judged end users flagged, "
            f"{100 * verdict['flagged_traffic_share']:.0f}% of its traffic; a benign relay shows about "
            f"{100 * verdict['benign_rate']:.2g}% of its end users flagged (p = {verdict['p_value']:.2g})")


def relay_evidence(verdict: dict) -> dict:
    return {"signal": "relay_extraction", "score": round(1.0 - verdict["p_value"], 6),
            "detail": "relays mostly flagged traffic: " + relay_words(verdict), "exchange_ids": []}


def _replace(base: AccountRisk, rest: AccountRisk) -> AccountRisk:
    """`base` with the rows of the accounts in `rest` replaced by rest's scores."""
    import copy

    out = copy.deepcopy(base)
    index = {a: i for i, a in enumerate(out.account_ids)}
    for j, account in enumerate(rest.account_ids):
        i = index.get(account)
        if i is None:
            continue
        out.risk[i] = rest.risk[j]
        out.flagged[i] = rest.flagged[j]
        out.evidence[i] = rest.evidence[j]
        out.combined[i] = rest.combined[j]
        out.judged[i] = rest.judged[j]
    return out
