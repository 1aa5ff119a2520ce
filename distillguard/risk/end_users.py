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
  A relay whose flagged end users carry most of its traffic (RELAY_MAJORITY) is itself flagged:
  it is a front for the campaign, not a customer with a few bad tenants.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.behaviour import account_features
from distillguard.behaviour.features import MIN_END_USERS
from distillguard.risk.score import AccountRisk, RiskModel

MIN_RELAY_FLAGGED = 3
RELAY_MAJORITY = 0.5
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
    eu = pc.fill_null(sub_ex.column(schema.END_USER), "-")
    pair = pc.binary_join_element_wise(acc, eu, SEPARATOR)
    eu_ex = sub_ex.set_column(sub_ex.schema.get_field_index(schema.ACCOUNT_ID), schema.ACCOUNT_ID, pair)
    eu_features = account_features(eu_ex, sub_sig)
    eu_risk = model.score(eu_features, specs)

    flagged_pairs = [a for a, f in zip(eu_risk.account_ids, eu_risk.flagged) if f]
    listed: dict[str, list[dict]] = {}
    order = np.argsort(-eu_risk.risk, kind="stable")
    for i in order:
        if not eu_risk.flagged[i]:
            continue
        account, end_user = eu_risk.account_ids[i].split(SEPARATOR, 1)
        items = listed.setdefault(account, [])
        if len(items) < LISTED_END_USERS:
            items.append({"end_user": end_user, "risk": float(eu_risk.risk[i]), "flagged": True,
                          "evidence": eu_risk.evidence[i]})
    counts = {a: 0 for a in accounts}
    for p in flagged_pairs:
        counts[p.split(SEPARATOR, 1)[0]] += 1

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
    relays = relay_verdicts(accounts, eu_risk, eu_features, model.target_fpr)
    for account, verdict in relays.items():
        i = index[account]
        if verdict["significant"] and verdict["flagged_traffic_share"] >= RELAY_MAJORITY:
            out.flagged[i] = True
            out.risk[i] = max(float(out.risk[i]), 1.0 - verdict["p_value"])
            out.evidence[i] = [relay_evidence(verdict), *out.evidence[i]]
        elif verdict["significant"] and out.evidence[i]:
            out.evidence[i][0] = dict(out.evidence[i][0], detail=out.evidence[i][0]["detail"] + "; " + relay_words(verdict))
    out.stats = dict(out.stats, multi_tenant_accounts=len(accounts), flagged_end_users=len(flagged_pairs),
                     significant_relays=sum(v["significant"] for v in relays.values()))
    return out, listed, relays


def relay_verdicts(accounts: list[str], eu_risk: AccountRisk, eu_features: pa.Table, target_fpr: float) -> dict[str, dict]:
    """account -> {end_users_judged, end_users_flagged, flagged_traffic_share, p_value, significant}."""
    from scipy.stats import binom

    exchanges = dict(zip(eu_features.column("account_id").to_pylist(), eu_features.column("exchanges").to_pylist()))
    per = {a: [0, 0, 0, 0] for a in accounts}  # judged, flagged, flagged exchanges, all exchanges
    for pair, judged, flagged in zip(eu_risk.account_ids, eu_risk.judged, eu_risk.flagged):
        row = per.get(pair.split(SEPARATOR, 1)[0])
        if row is None:
            continue
        n = int(exchanges.get(pair) or 0)
        row[0] += bool(judged)
        row[1] += bool(flagged)
        row[2] += n if flagged else 0
        row[3] += n
    out = {}
    for account, (judged, flagged, flagged_n, total) in per.items():
        p = float(binom.sf(flagged - 1, judged, target_fpr)) if flagged else 1.0
        out[account] = {
            "end_users_judged": judged, "end_users_flagged": flagged,
            "flagged_traffic_share": round(flagged_n / total, 4) if total else 0.0,
            "p_value": p, "benign_rate": target_fpr,
            "significant": bool(flagged >= MIN_RELAY_FLAGGED and p <= target_fpr),
        }
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
