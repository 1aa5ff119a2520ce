"""The assembled report on a small case computed by hand, including missing accounts."""

import pytest

from distillguard.evaluate import evaluate
from distillguard.evaluate.harness import MethodScores, score_method
from distillguard.evaluate.inputs import AccountLabel, AccountVerdict, Labels, Verdicts

LABELS = Labels({
    "a1": AccountLabel("campaign", "c1", "hydra_cot"),
    "a2": AccountLabel("campaign", "c1", "hydra_cot"),
    "a3": AccountLabel("campaign", "c2", "template"),
    "a4": AccountLabel("campaign", "c2", "template"),  # missing from the verdicts
    "b1": AccountLabel("benign", population="enterprise_batch"),
    "b2": AccountLabel("benign", population="chat"),
})
VERDICTS = Verdicts({
    "a1": AccountVerdict(0.9, True, "p1"),
    "a2": AccountVerdict(0.8, True, "p1"),
    "a3": AccountVerdict(0.3, False, None),
    "b1": AccountVerdict(0.85, True, None),
    "b2": AccountVerdict(0.1, False, None),
    "x9": AccountVerdict(0.1, False, None),  # not labelled
})


def test_report_by_hand():
    report = evaluate(VERDICTS, LABELS)
    v = report["validation"]
    assert v["labelled_missing_from_verdicts"] == 1 and v["labelled_missing_from_verdicts_sample"] == ["a4"]
    assert v["verdicts_missing_from_labels"] == 1 and v["verdicts_missing_from_labels_sample"] == ["x9"]
    m = report["methods"]["verdicts"]
    # curves over a1 .9, a2 .8, a3 .3 (campaign) vs b1 .85, b2 .1: 4 of 6 pairs ordered right
    assert m["accounts_scored"] == 5
    assert m["roc_auc"] == pytest.approx(4 / 6)
    # ranking a1(c) b1(b) a2(c) a3(c) b2: AP = (1 + 2/3 + 3/4) / 3
    assert m["pr_auc"] == pytest.approx((1 + 2 / 3 + 3 / 4) / 3)
    # 2 benign: 1% admits none -> threshold above 0.85 -> only a1 -> 1/3
    assert m["recall_at_fpr"]["1%"]["recall"] == pytest.approx(1 / 3)
    # flagged over all labelled: tp a1 a2, fp b1, fn a3 a4 (a4 missing counts as not flagged)
    assert m["flagged"]["precision"] == pytest.approx(2 / 3)
    assert m["flagged"]["recall"] == pytest.approx(2 / 4)
    assert m["fpr_by_population"] == {
        "chat": {"accounts": 1, "flagged": 0, "fpr": 0.0},
        "enterprise_batch": {"accounts": 1, "flagged": 1, "fpr": 1.0},
    }
    assert m["recall_by_tactic"]["hydra_cot"]["recall"] == 1.0
    assert m["recall_by_tactic"]["hydra_cot"]["recall_at_1%_fpr"] == 0.5
    assert m["recall_by_tactic"]["template"]["recall"] == 0.0
    assert m["campaigns"]["found"] == 1 and m["campaigns"]["share_found"] == 0.5
    # flagged a1 a2 (c1, predicted p1) and b1 (benign, no campaign): a perfect grouping
    assert m["campaigns"]["grouping"]["ari"] == pytest.approx(1.0)


def test_baseline_scored_the_same_way_without_grouping():
    base = MethodScores("const", risk=dict.fromkeys(LABELS.accounts, 0.5), flagged=dict.fromkeys(LABELS.accounts, False))
    m = score_method(base, LABELS)
    assert m["roc_auc"] == pytest.approx(0.5)  # all tied
    assert m["recall_at_fpr"]["1%"]["recall"] == 0.0
    assert m["flagged"]["precision"] is None
    assert "grouping" not in m["campaigns"]


def test_held_out_tactics_reported_beside_the_in_distribution_ones():
    assert "held_out_split" not in evaluate(VERDICTS, LABELS)["methods"]["verdicts"]
    split = evaluate(VERDICTS, LABELS, held_out_tactics=["template"])["methods"]["verdicts"]["held_out_split"]
    # same benign accounts, two sets of positives: hydra_cot (a1 .9, a2 .8) vs template (a3 .3; a4 unscored)
    assert split["in_distribution"]["tactics"] == ["hydra_cot"] and split["held_out"]["tactics"] == ["template"]
    assert split["in_distribution"]["recall_at_fpr"]["1%"]["recall"] == pytest.approx(1 / 2)
    assert split["held_out"]["recall_at_fpr"]["1%"]["recall"] == 0.0
    assert split["in_distribution"]["flagged_recall"] == 1.0 and split["held_out"]["flagged_recall"] == 0.0
    marked = Labels({a: (AccountLabel(l.label, l.campaign_id, l.tactic, l.population, held_out=True)
                         if l.tactic == "template" else l) for a, l in LABELS.accounts.items()})
    assert evaluate(VERDICTS, marked)["methods"]["verdicts"]["held_out_split"] == split
