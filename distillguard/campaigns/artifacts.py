"""The identity artifacts of each campaign: the cards, client builds and system prompts its
operator handed its accounts, stated as link-kind keys.

The online path (`online.publish`) hands them to the gateway, which contains a new account that
carries one from its first request. A key is a campaign's artifact only if no account outside the
campaign that was not flagged holds it, it is specific (the stock SDK's user agent is not), and
at least MIN_HOLDERS members (or half of a small campaign) hold it: a false link here refuses a
paying customer, so the bar is the strictest of the pipeline.
"""

from __future__ import annotations

import numpy as np

from distillguard.linkage.base import KeyRows, LinkKind

MIN_HOLDERS = 3
MIN_SPECIFICITY = 0.5


def campaign_artifacts(campaigns: list[dict], account_ids: list[str], keyrows: dict[str, KeyRows],
                       kinds: list[LinkKind] | tuple[LinkKind, ...], flagged: set[str]) -> dict[str, list[dict]]:
    """campaign id -> [{kind, key, holders}] (see module docstring); `account_ids` index the
    keyrows' accounts (AccountView.account_ids)."""
    if not campaigns:
        return {}
    member_of: dict[str, str] = {}
    for c in campaigns:
        for a in c.get("account_ids", []):
            member_of[a] = c["campaign_id"]
    by_kind = {k.name: k for k in kinds}
    out: dict[str, list[dict]] = {c["campaign_id"]: [] for c in campaigns}
    for name, rows in keyrows.items():
        kind = by_kind.get(name)
        if kind is None or not kind.traits.operator_artifact or not len(rows):
            continue
        keys = rows.key.cast("string").to_pylist() if not isinstance(rows.key, list) else rows.key
        holders: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            if key is not None:
                holders.setdefault(key, []).append(i)
        for key, idx in holders.items():
            if float(np.max(rows.specificity[idx])) < MIN_SPECIFICITY:
                continue
            accounts = [account_ids[int(rows.account[i])] for i in idx]
            owners = {member_of.get(a) for a in accounts}
            outsiders = [a for a in accounts if member_of.get(a) is None and a not in flagged]
            campaigns_of_key = owners - {None}
            if outsiders or len(campaigns_of_key) != 1:
                continue
            cid = campaigns_of_key.pop()
            size = sum(1 for a in accounts if member_of.get(a) == cid)
            members = next(len(c.get("account_ids", [])) for c in campaigns if c["campaign_id"] == cid)
            if size < min(MIN_HOLDERS, max(2, (members + 1) // 2)):
                continue
            out[cid].append({"kind": name, "key": str(key), "holders": size})
    for items in out.values():
        items.sort(key=lambda a: (a["kind"], -a["holders"], a["key"]))
    return out
