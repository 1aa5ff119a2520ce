"""Put the metrics together: score one method (the verdicts under test, or a baseline) against
the labels, check the inputs against each other, and build the full report dict.

Missing accounts (documented in the README):
- a labelled account absent from the verdicts was not flagged: it counts as a miss in every
  flagged-based metric; it has no risk, so it is left out of the curve metrics (ROC, PR,
  recall at FPR). Every such account is counted and listed in `validation`;
- an account in the verdicts but not in the labels has no truth: it is left out of all metrics
  and listed in `validation`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from distillguard.evaluate import metrics
from distillguard.evaluate.campaigns import benign_in_campaigns, campaigns_found, caught_through_links, grouping_ari
from distillguard.evaluate.containment import DEFAULT_CONTAIN_ON, containment_metrics
from distillguard.evaluate.inputs import Action, Labels, Verdicts

FPR_TARGETS = (0.001, 0.01)
LIST_LIMIT = 20  # how many ids to list per validation problem (all are counted)


@dataclass
class MethodScores:
    """Per-account output of one method, in the same shape for verdicts and baselines."""

    name: str
    risk: dict[str, float]
    flagged: dict[str, bool]
    campaign_id: dict[str, str | None] | None = None  # None: the method does not group accounts
    notes: list[str] = field(default_factory=list)
    calibration: dict = field(default_factory=dict)


def from_verdicts(verdicts: Verdicts, name: str = "verdicts") -> MethodScores:
    return MethodScores(
        name=name,
        risk={a: v.risk for a, v in verdicts.accounts.items()},
        flagged={a: v.flagged for a, v in verdicts.accounts.items()},
        campaign_id={a: v.campaign_id for a, v in verdicts.accounts.items()},
    )


def _fmt_target(t: float) -> str:
    return f"{t * 100:g}%"


def score_method(method: MethodScores, labels: Labels, fpr_targets=FPR_TARGETS) -> dict:
    """All account- and campaign-level metrics of one method."""
    truth = labels.accounts
    scored = sorted(a for a in truth if a in method.risk)
    y = np.array([truth[a].is_campaign for a in scored], dtype=bool)
    risk = np.array([method.risk[a] for a in scored], dtype=float)
    # Flagged metrics run over every labelled account; an absent one was not flagged.
    every = sorted(truth)
    y_all = np.array([truth[a].is_campaign for a in every], dtype=bool)
    flagged_all = np.array([method.flagged.get(a, False) for a in every], dtype=bool)
    counts = metrics.flagged_counts(y_all, flagged_all)

    at_fpr = {}
    for target in fpr_targets:
        op = metrics.recall_at_fpr(y, risk, target)
        at_fpr[_fmt_target(target)] = None if op is None else {
            "recall": op.recall,
            "fpr": op.fpr,
            "threshold": op.threshold,
            "benign_flagged": op.benign_flagged,
            "campaign_flagged": op.campaign_flagged,
        }

    populations: dict[str, list[bool]] = defaultdict(list)
    tactics: dict[str, list[bool]] = defaultdict(list)
    tactic_accounts: dict[str, list[str]] = defaultdict(list)
    for account, flag in zip(every, flagged_all):
        label = truth[account]
        if label.is_campaign:
            tactics[label.tactic or "(none)"].append(bool(flag))
            tactic_accounts[label.tactic or "(none)"].append(account)
        else:
            populations[label.population or "(none)"].append(bool(flag))
    # Recall per tactic at the 1% FPR operating point too, so baselines (whose `flagged` sits at
    # their own calibrated point) compare on equal terms.
    op1 = metrics.recall_at_fpr(y, risk, 0.01)
    at1 = {a: (op1 is not None and op1.threshold is not None and method.risk[a] >= op1.threshold) for a in scored}

    result = {
        "accounts_scored": len(scored),
        "campaign_accounts": int(y.sum()),
        "benign_accounts": int((~y).sum()),
        "roc_auc": metrics.roc_auc(y, risk),
        "pr_auc": metrics.pr_auc(y, risk),
        "recall_at_fpr": at_fpr,
        "flagged": {
            "precision": counts.precision,
            "recall": counts.recall,
            "fpr": counts.fpr,
            "tp": counts.tp,
            "fp": counts.fp,
            "fn": counts.fn,
            "tn": counts.tn,
        },
        "fpr_by_population": {
            pop: {"accounts": len(f), "flagged": sum(f), "fpr": sum(f) / len(f)} for pop, f in sorted(populations.items())
        },
        "recall_by_tactic": {
            tac: {
                "accounts": len(f),
                "flagged": sum(f),
                "recall": sum(f) / len(f),
                "recall_at_1%_fpr": _share([at1[a] for a in tactic_accounts[tac] if a in at1]),
            }
            for tac, f in sorted(tactics.items())
        },
        "campaigns": campaigns_found(truth, method.flagged),
    }
    if method.campaign_id is not None:
        result["campaigns"]["grouping"] = grouping_ari(truth, method.flagged, method.campaign_id)
        result["campaigns"]["benign_members"] = benign_in_campaigns(truth, method.campaign_id)
    split = held_out_split(truth, scored, y, risk, method.flagged, fpr_targets)
    if split:
        result["held_out_split"] = split
    if method.calibration:
        result["calibration"] = method.calibration
    if method.notes:
        result["notes"] = method.notes
    return result


def held_out_split(truth: dict, scored: list[str], y: np.ndarray, risk: np.ndarray, flagged: dict,
                   fpr_targets) -> dict | None:
    """Recall on in-distribution and on held-out tactics side by side (labels' `held_out`), each
    against every benign account: the same operating points, two sets of positives. None when
    the labels mark no tactic held out."""
    held = np.array([truth[a].is_campaign and truth[a].held_out for a in scored], bool)
    if not held.any():
        return None
    out = {}
    for name, pos in (("in_distribution", y & ~held), ("held_out", held)):
        keep = pos | ~y
        sub_y, sub_risk = y[keep], risk[keep]
        ops = {}
        for target in fpr_targets:
            op = metrics.recall_at_fpr(sub_y, sub_risk, target) if pos.any() else None
            ops[_fmt_target(target)] = None if op is None else {"recall": op.recall, "fpr": op.fpr}
        accounts = [a for a, p in zip(scored, pos) if p]
        out[name] = {
            "campaign_accounts": int(pos.sum()),
            "tactics": sorted({truth[a].tactic or "(none)" for a in accounts}),
            "recall_at_fpr": ops,
            "flagged_recall": (sum(bool(flagged.get(a)) for a in accounts) / len(accounts)) if accounts else None,
        }
    return out


def _share(values: list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def validate(labels: Labels, verdicts: Verdicts, actions: list[Action] | None) -> dict:
    """Cross-check the inputs: who is labelled but not judged, judged but not labelled."""
    labelled, judged = set(labels.accounts), set(verdicts.accounts)
    missing = sorted(labelled - judged)
    unlabelled = sorted(judged - labelled)
    out = {
        "labelled_accounts": len(labelled),
        "verdict_accounts": len(judged),
        "labelled_missing_from_verdicts": len(missing),
        "labelled_missing_from_verdicts_sample": missing[:LIST_LIMIT],
        "verdicts_missing_from_labels": len(unlabelled),
        "verdicts_missing_from_labels_sample": unlabelled[:LIST_LIMIT],
        "warnings": [],
    }
    if missing:
        out["warnings"].append(
            f"{len(missing)} labelled account(s) missing from the verdicts (counted as not flagged, left out of curves)"
        )
    if unlabelled:
        out["warnings"].append(f"{len(unlabelled)} verdict account(s) have no label (left out of all metrics)")
    if actions is not None:
        stray = sorted({a.account_id for a in actions} - labelled)
        out["actions_missing_from_labels"] = len(stray)
        out["actions_missing_from_labels_sample"] = stray[:LIST_LIMIT]
        if stray:
            out["warnings"].append(f"{len(stray)} account(s) in the actions have no label (left out)")
    if not any(l.is_campaign for l in labels.accounts.values()):
        out["warnings"].append("the labels hold no campaign account: recall and AUC are undefined")
    if all(l.is_campaign for l in labels.accounts.values()):
        out["warnings"].append("the labels hold no benign account: FPR and AUC are undefined")
    return out


def mark_held_out(labels: Labels, tactics) -> Labels:
    """`labels` with the campaign accounts of `tactics` marked held out."""
    import dataclasses

    wanted = set(tactics)
    return Labels({a: dataclasses.replace(l, held_out=True) if l.is_campaign and l.tactic in wanted else l
                   for a, l in labels.accounts.items()})


def evaluate(
    verdicts: Verdicts,
    labels: Labels,
    actions: list[Action] | None = None,
    *,
    baselines: list[MethodScores] | None = None,
    exchange_counts: dict[str, int] | None = None,
    contain_on=DEFAULT_CONTAIN_ON,
    fpr_targets=FPR_TARGETS,
    alone: Verdicts | None = None,
    held_out_tactics=(),
) -> dict:
    """The full evaluation report as a JSON-ready dict.

    `alone`: verdicts of the same traffic scanned without campaign detection; adds, to the
    verdicts' campaign metrics, how many campaign accounts clean on their own the links caught.
    `held_out_tactics`: tactics to report as held out (besides those the labels mark `held_out`)."""
    if held_out_tactics:
        labels = mark_held_out(labels, held_out_tactics)
    methods = [from_verdicts(verdicts), *(baselines or [])]
    report = {
        "version": 1,
        "validation": validate(labels, verdicts, actions),
        "methods": {m.name: score_method(m, labels, fpr_targets) for m in methods},
    }
    if alone is not None:
        flagged_alone = {a: v.flagged for a, v in alone.accounts.items()}
        report["methods"]["verdicts"]["campaigns"]["through_links"] = caught_through_links(
            labels.accounts, methods[0].flagged, flagged_alone)
        if set(alone.accounts) != set(verdicts.accounts):
            n = len(set(alone.accounts) ^ set(verdicts.accounts))
            report["validation"]["warnings"].append(
                f"--alone verdicts judge other accounts than --verdicts ({n} differ): scan the same traffic twice")
    if labels.end_users:
        report["end_users"] = end_user_metrics(labels, verdicts)
    if actions is not None:
        report["containment"] = containment_metrics(actions, labels.accounts, exchange_counts, contain_on)
    return report


def end_user_metrics(labels: Labels, verdicts: Verdicts) -> dict:
    """Campaign end users inside relays that the verdicts list as flagged on a relay account they
    were seen through, per tactic, and the end users listed that no campaign label names (benign,
    flagged; each once, however many of a relay's accounts list it). End users listed on an account
    the labels call a campaign's own are the names that operator gave its requests (a fake relay's
    made-up users, gen_k): counted apart, as `of_campaign_accounts`, not as benign people."""
    tactics: dict[str, list[bool]] = defaultdict(list)
    campaign = set()
    for user, (label, accounts) in labels.end_users.items():
        if label.is_campaign:
            tactics[label.tactic or "(none)"].append(any(user in verdicts.end_users.get(a, ()) for a in accounts))
            campaign |= {(a, user) for a in accounts}
    found = [f for f in tactics.values() for f in f]

    def own(account: str) -> bool:
        label = labels.accounts.get(account)
        return label is not None and label.is_campaign

    listed = [(a, u) for a, users in verdicts.end_users.items() for u in users if (a, u) not in campaign]
    benign = {u for a, u in listed if not own(a)}
    of_campaigns = {u for a, u in listed if own(a)}
    return {
        "campaign_end_users": len(found), "flagged": sum(found), "recall": _share(found),
        "by_tactic": {t: {"end_users": len(f), "flagged": sum(f), "recall": _share(f)} for t, f in sorted(tactics.items())},
        "benign_flagged": len(benign),
        "of_campaign_accounts": len(of_campaigns),
    }
