"""Account-level metrics on tiny score vectors whose answers are worked out by hand."""

import numpy as np
import pytest

from distillguard.evaluate import metrics


def test_roc_auc_counts_ties_as_half():
    # campaign scores 0.9, 0.5 ; benign 0.5, 0.1
    # pairs (c > b): 0.9>0.5 yes, 0.9>0.1 yes, 0.5=0.5 half, 0.5>0.1 yes -> 3.5 / 4
    y = np.array([1, 1, 0, 0], dtype=bool)
    risk = np.array([0.9, 0.5, 0.5, 0.1])
    assert metrics.roc_auc(y, risk) == pytest.approx(3.5 / 4)


def test_pr_auc_is_average_precision():
    # ranked: c(0.9) b(0.8) c(0.7) b(0.1): precision at each positive = 1/1, 2/3
    y = np.array([1, 0, 1, 0], dtype=bool)
    risk = np.array([0.9, 0.8, 0.7, 0.1])
    assert metrics.pr_auc(y, risk) == pytest.approx((1 + 2 / 3) / 2)


def test_undefined_without_both_classes():
    y = np.array([0, 0], dtype=bool)
    assert metrics.roc_auc(y, np.array([0.1, 0.2])) is None
    assert metrics.pr_auc(y, np.array([0.1, 0.2])) is None
    assert metrics.recall_at_fpr(y, np.array([0.1, 0.2]), 0.01) is None


def test_recall_at_fpr_threshold_is_lowest_that_keeps_fpr():
    # 10 benign at 0.0..0.9, campaign at 0.95, 0.85, 0.5.
    benign = np.arange(10) / 10
    campaign = np.array([0.95, 0.85, 0.5])
    y = np.r_[np.zeros(10, bool), np.ones(3, bool)]
    risk = np.r_[benign, campaign]
    # 10% FPR allows exactly one benign (0.9): the lowest threshold keeping FPR <= 10% is 0.85
    # (flags 0.9 benign, 0.95 and 0.85 campaign) -> recall 2/3.
    op = metrics.recall_at_fpr(y, risk, 0.10)
    assert op.threshold == pytest.approx(0.85)
    assert op.recall == pytest.approx(2 / 3)
    assert op.fpr == pytest.approx(0.1)
    # 1% allows no benign account: threshold must exceed 0.9 -> 0.95 -> recall 1/3.
    op = metrics.recall_at_fpr(y, risk, 0.01)
    assert op.threshold == pytest.approx(0.95)
    assert (op.recall, op.fpr, op.benign_flagged) == (pytest.approx(1 / 3), 0.0, 0)


def test_recall_at_fpr_cannot_split_ties():
    # Two benign tied at 0.8 with one campaign; 4 benign in all so 25% FPR allows one benign,
    # but a threshold cannot take one of two tied accounts: both or neither.
    y = np.array([0, 0, 0, 0, 1, 1], dtype=bool)
    risk = np.array([0.8, 0.8, 0.2, 0.1, 0.8, 0.3])
    op = metrics.recall_at_fpr(y, risk, 0.25)
    # threshold must be > 0.8 (else 2 benign = 50%); no score above 0.8 -> flag nothing.
    assert op.threshold is None
    assert op.recall == 0.0 and op.fpr == 0.0
    op = metrics.recall_at_fpr(y, risk, 0.5)
    # 50% allows two benign: threshold must be > 0.2 -> lowest observed above is 0.3.
    assert op.threshold == pytest.approx(0.3)
    assert op.recall == 1.0 and op.fpr == 0.5


def test_flagged_counts():
    y = np.array([1, 1, 1, 0, 0], dtype=bool)
    flagged = np.array([1, 0, 1, 1, 0], dtype=bool)
    c = metrics.flagged_counts(y, flagged)
    assert (c.tp, c.fp, c.fn, c.tn) == (2, 1, 1, 1)
    assert c.precision == pytest.approx(2 / 3)
    assert c.recall == pytest.approx(2 / 3)
    assert c.fpr == pytest.approx(0.5)
    nothing = metrics.flagged_counts(y, np.zeros(5, bool))
    assert nothing.precision is None and nothing.recall == 0.0
