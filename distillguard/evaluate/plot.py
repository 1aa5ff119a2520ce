"""ROC and PR curves of every method in one PNG (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from distillguard.errors import DistillguardError
from distillguard.evaluate import metrics
from distillguard.evaluate.harness import MethodScores
from distillguard.evaluate.inputs import Labels

MIN_FPR_SHOWN = 1e-4  # the ROC x axis is logarithmic: the low-FPR end is what matters


def plot_curves(methods: list[MethodScores], labels: Labels, out: str | Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax_roc, ax_pr) = plt.subplots(1, 2, figsize=(12, 5))
    drawn = 0
    for m in methods:
        scored = sorted(a for a in labels.accounts if a in m.risk)
        y = np.array([labels.accounts[a].is_campaign for a in scored], dtype=bool)
        risk = np.array([m.risk[a] for a in scored], dtype=float)
        c = metrics.curves(y, risk)
        if c is None:
            continue
        drawn += 1
        auc, ap = metrics.roc_auc(y, risk), metrics.pr_auc(y, risk)
        ax_roc.plot(np.maximum(c["fpr"], MIN_FPR_SHOWN), c["tpr"], drawstyle="steps-post", label=f"{m.name} (AUC {auc:.3f})")
        ax_pr.plot(c["recall"], c["precision"], drawstyle="steps-post", label=f"{m.name} (AP {ap:.3f})")
    if not drawn:
        plt.close(fig)
        raise DistillguardError("cannot plot curves: the labels need both campaign and benign accounts")
    for target in (0.001, 0.01):
        ax_roc.axvline(target, color="grey", linestyle=":", linewidth=1)
    ax_roc.set_xscale("log")
    ax_roc.set_xlim(MIN_FPR_SHOWN, 1.0)
    ax_roc.set_ylim(0, 1.02)
    ax_roc.set_xlabel("benign-account false-positive rate (log)")
    ax_roc.set_ylabel("campaign-account recall")
    ax_roc.set_title("ROC")
    ax_pr.set_xlim(0, 1.0)
    ax_pr.set_ylim(0, 1.02)
    ax_pr.set_xlabel("recall")
    ax_pr.set_ylabel("precision")
    ax_pr.set_title("Precision-recall")
    for ax in (ax_roc, ax_pr):
        ax.grid(alpha=0.3)
        ax.legend(loc="lower right" if ax is ax_roc else "lower left", fontsize=8)
    fig.tight_layout()
    try:
        fig.savefig(out, dpi=120)
    finally:
        plt.close(fig)
