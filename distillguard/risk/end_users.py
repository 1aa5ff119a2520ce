"""Accounts that relay traffic for many end users (resellers, platforms) are judged per end user.

A reseller's account mixes hundreds of customers; an extraction campaign hiding among them
shows up as a modest share of the account's traffic, while the account itself is a paying
customer. So for an account with at least MIN_END_USERS distinct end users (`enduser.id`):
- every end user is scored like an account of its own (same reference, same rules);
- end users flagged on their own traffic are listed on the account (`end_users` in the
  verdict) and named in its evidence;
- the account's own risk is recomputed on the rest of its traffic, so it is not accused for
  what a few of its end users did.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.behaviour import account_features
from distillguard.risk.score import AccountRisk, RiskModel

MIN_END_USERS = 20
SEPARATOR = "\x1f"  # joins account and end user into one id; never in real ids
LISTED_END_USERS = 50


def multi_tenant_accounts(features: pa.Table) -> list[str]:
    if "distinct_end_users" not in features.column_names or not len(features):
        return []
    mask = pc.greater_equal(features.column("distinct_end_users"), MIN_END_USERS)
    return features.filter(mask).column("account_id").to_pylist()


def judge_end_users(exchanges: pa.Table, signals: pa.Table, features: pa.Table, base: AccountRisk,
                    model: RiskModel, specs: dict) -> tuple[AccountRisk, dict[str, list[dict]]]:
    """(base risk with multi-tenant accounts re-judged, account -> flagged end users)."""
    accounts = multi_tenant_accounts(features)
    if not accounts:
        return base, {}
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
    out.stats = dict(out.stats, multi_tenant_accounts=len(accounts), flagged_end_users=len(flagged_pairs))
    return out, listed


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
