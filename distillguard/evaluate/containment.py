"""Containment metrics from the online actions log (spec §3).

- *served before containment*: for a campaign account, the `exchange_index` of its first action
  other than `allow` (by default; `contain_on` chooses which actions count). `exchange_index` is the
  number of that account's exchanges already served, so it is read off directly. An account never
  contained was served all its exchanges, so its whole exchange count is used: that count comes
  from the traffic (`--traffic`) or from an `exchanges` field in the labels; without either,
  the metrics that need it are reported as unavailable rather than guessed.
- *share of campaign exchanges served before containment*: sum over campaign accounts of the
  above, divided by all their exchanges.
- *benign accounts restricted*: benign accounts that ever received `throttle`, `degrade` or
  `block` (each also counted on its own, plus `flag`, which restricts nothing).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from distillguard.evaluate.inputs import Action, AccountLabel

ACTIONS_CONTAINING = ("flag", "throttle", "degrade", "block")  # every action but allow
DEFAULT_CONTAIN_ON = ACTIONS_CONTAINING
RESTRICTIVE = ("throttle", "degrade", "block")


def first_containment(actions: list[Action], contain_on=DEFAULT_CONTAIN_ON) -> dict[str, int]:
    """account -> exchange_index of its first containing action (earliest index, then file order)."""
    first: dict[str, tuple[int, int]] = {}
    for a in actions:
        if a.action in contain_on:
            key = (a.exchange_index, a.line)
            if a.account_id not in first or key < first[a.account_id]:
                first[a.account_id] = key
    return {account: key[0] for account, key in first.items()}


def containment_metrics(
    actions: list[Action],
    labels: dict[str, AccountLabel],
    exchange_counts: dict[str, int] | None = None,
    contain_on=DEFAULT_CONTAIN_ON,
) -> dict:
    counts = dict(exchange_counts or {})
    for account, label in labels.items():  # labels may carry counts; traffic wins when both exist
        if account not in counts and label.exchanges is not None:
            counts[account] = label.exchanges
    first = first_containment(actions, contain_on)
    # A campaign account with no exchange in the traffic replayed (a log's second half, after the
    # account went quiet) had nothing served to contain: it is left out, and counted apart.
    silent = {a for a, l in labels.items() if l.is_campaign and counts.get(a) == 0 and a not in first}
    campaign_accounts = sorted(a for a, l in labels.items() if l.is_campaign and a not in silent)
    benign_accounts = [a for a, l in labels.items() if not l.is_campaign]

    served, totals = [], []
    no_count, contained = [], 0
    for account in campaign_accounts:
        total = counts.get(account)
        if account in first:
            contained += 1
            before = first[account] if total is None else min(first[account], total)
        else:
            before = total
        if total is None:
            no_count.append(account)
        else:
            totals.append(total)
        served.append(before)
    # Quantiles need every account's served count (known if contained, or if its total is known);
    # the share needs every total.
    quantiles_known = bool(served) and all(s is not None for s in served)
    share_known = bool(totals) and not no_count and sum(totals) > 0
    served_arr = np.asarray([s for s in served if s is not None], dtype=float)

    ever: dict[str, set[str]] = defaultdict(set)
    for a in actions:
        ever[a.account_id].add(a.action)
    benign_by_action = {
        act: sum(1 for b in benign_accounts if act in ever.get(b, ())) for act in ("flag", *RESTRICTIVE)
    }
    restricted = sum(1 for b in benign_accounts if ever.get(b, set()) & set(RESTRICTIVE))
    throttled_or_blocked = sum(1 for b in benign_accounts if ever.get(b, set()) & {"throttle", "block"})
    n_benign = len(benign_accounts)

    return {
        "contain_on": list(contain_on),
        "campaign_accounts": len(campaign_accounts),
        "campaign_accounts_contained": contained,
        "share_contained": contained / len(campaign_accounts) if campaign_accounts else None,
        "served_before_containment_median": float(np.median(served_arr)) if quantiles_known else None,
        "served_before_containment_p90": float(np.percentile(served_arr, 90)) if quantiles_known else None,
        "share_campaign_exchanges_before_containment": float(served_arr.sum() / sum(totals)) if share_known else None,
        "campaign_accounts_without_exchange_count": len(no_count),
        "campaign_accounts_without_traffic": len(silent),
        "benign_accounts": n_benign,
        "benign_throttled_or_blocked": throttled_or_blocked,
        "benign_throttled_or_blocked_share": throttled_or_blocked / n_benign if n_benign else None,
        "benign_restricted": restricted,
        "benign_restricted_share": restricted / n_benign if n_benign else None,
        "benign_ever": benign_by_action,
        "accounts_in_actions_not_in_labels": sorted({a.account_id for a in actions} - set(labels)),
    }
