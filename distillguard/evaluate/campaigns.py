"""Campaign-level metrics: how many true campaigns were found, and how well the predicted
campaign grouping matches the true one.

Conventions (also in the README):
- a true campaign is the set of labelled campaign accounts sharing a `campaign_id`; a campaign
  account with a null `campaign_id` is a campaign of its own (a lone harvester);
- a campaign is *found* when at least half its accounts are flagged (accounts missing from the
  verdicts count as not flagged);
- "clean alone, caught through links" (needs a second verdicts file of the same traffic scanned
  without campaign detection, `scan --no-campaigns`): a campaign account is *clean alone* when
  that scan does not flag it, and *caught through links* when the full scan does;
- the adjusted Rand index (ARI) compares predicted `campaign_id` with true `campaign_id` over
  the *flagged* labelled accounts only: it grades grouping, not detection. In both partitions an
  account with null `campaign_id` is a singleton cluster, and every benign account is a singleton
  on the true side (benign accounts are not a campaign together, so a detector that lumps its
  false positives into one campaign is penalised rather than rewarded);
- *benign accounts in campaigns*: labelled benign accounts that a predicted campaign names, and the
  predicted campaigns naming at least one (the target is none: a campaign accuses its members).
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


def benign_in_campaigns(labels: dict[str, AccountLabel], predicted: dict[str, str | None]) -> dict:
    """Labelled benign accounts that predicted campaigns name, per population, and how many
    predicted campaigns name at least one (see module docstring)."""
    named: dict[str, set[str]] = defaultdict(set)  # campaign -> labels of its members
    by_population: dict[str, int] = defaultdict(int)
    accounts = 0
    for account, campaign in predicted.items():
        label = labels.get(account)
        if not campaign or label is None:
            continue
        named[campaign].add("benign" if not label.is_campaign else "campaign")
        if not label.is_campaign:
            accounts += 1
            by_population[label.population or "(none)"] += 1
    return {
        "accounts": accounts,
        "campaigns_naming_benign": sum(1 for kinds in named.values() if "benign" in kinds),
        "predicted_campaigns": len(named),
        "by_population": dict(sorted(by_population.items())),
    }


def caught_through_links(labels: dict[str, AccountLabel], flagged: dict[str, bool],
                         flagged_alone: dict[str, bool]) -> dict:
    """Campaign accounts not flagged on their own traffic (`flagged_alone`) that the full scan
    (`flagged`) flags, overall and per true campaign. Recall is None when no account is clean alone."""
    per: dict[str, dict[str, int]] = {}
    for account, label in sorted(labels.items()):
        if not label.is_campaign:
            continue
        row = per.setdefault(label.campaign_id or f"(solo){account}", {"accounts": 0, "clean_alone": 0, "caught": 0})
        row["accounts"] += 1
        if not flagged_alone.get(account, False):
            row["clean_alone"] += 1
            row["caught"] += int(bool(flagged.get(account, False)))
    clean = sum(r["clean_alone"] for r in per.values())
    caught = sum(r["caught"] for r in per.values())
    return {
        "campaign_accounts": sum(r["accounts"] for r in per.values()),
        "clean_alone": clean,
        "caught": caught,
        "recall": caught / clean if clean else None,
        "by_campaign": {c: r for c, r in per.items() if r["clean_alone"]},
    }
