"""Campaign-level metrics: how many true campaigns were found, and how well the predicted
campaign grouping matches the true one.

Conventions (also in the README):
- a true campaign is the set of labelled campaign accounts sharing a `campaign_id`; a campaign
  account with a null `campaign_id` is a campaign of its own (a lone harvester);
- a campaign is *found* when at least half its accounts are flagged (accounts missing from the
  verdicts count as not flagged);
- the adjusted Rand index (ARI) compares predicted `campaign_id` with true `campaign_id` over
  the *flagged* labelled accounts only: it grades grouping, not detection. In both partitions an
  account with null `campaign_id` is a singleton cluster, and every benign account is a singleton
  on the true side (benign accounts are not a campaign together, so a detector that lumps its
  false positives into one campaign is penalised rather than rewarded).
"""

from __future__ import annotations

from collections import defaultdict

from sklearn.metrics import adjusted_rand_score

from distillguard.evaluate.inputs import AccountLabel


def true_campaigns(labels: dict[str, AccountLabel]) -> dict[str, list[str]]:
    """campaign_id -> its labelled accounts (null ids become one campaign per account)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for account, label in labels.items():
        if label.is_campaign:
            groups[label.campaign_id or f"(solo){account}"].append(account)
    return dict(groups)


def campaigns_found(labels: dict[str, AccountLabel], flagged: dict[str, bool]) -> dict:
    """Share of true campaigns with at least half their accounts flagged."""
    groups = true_campaigns(labels)
    found = []
    for campaign, accounts in sorted(groups.items()):
        hits = sum(1 for a in accounts if flagged.get(a, False))
        if 2 * hits >= len(accounts):
            found.append(campaign)
    return {
        "campaigns": len(groups),
        "found": len(found),
        "share_found": len(found) / len(groups) if groups else None,
        "missed": sorted(set(groups) - set(found)),
    }


def grouping_ari(
    labels: dict[str, AccountLabel], flagged: dict[str, bool], predicted: dict[str, str | None]
) -> dict:
    """ARI of predicted vs true campaign over flagged labelled accounts (see module docstring)."""
    accounts = sorted(a for a in labels if flagged.get(a, False))
    truth, guess = [], []
    for account in accounts:
        label = labels[account]
        truth.append(label.campaign_id if label.is_campaign and label.campaign_id else f"(single){account}")
        pred = predicted.get(account)
        guess.append(pred if pred else f"(single){account}")
    ari = float(adjusted_rand_score(truth, guess)) if len(accounts) >= 2 else None
    return {
        "accounts": len(accounts),
        "predicted_campaigns": len({g for g in guess if not g.startswith("(single)")}),
        "ari": ari,
    }
