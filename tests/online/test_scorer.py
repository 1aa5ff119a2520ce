"""The online scorer: the batch detectors and risk model, one exchange at a time."""

import numpy as np
import pyarrow as pa
import pytest

from distillguard import schema
from distillguard.online.scorer import OnlineScorer
from distillguard.online.state import MemoryState
from distillguard.pipeline import reference_from_batches, scan_batches

from online_fixtures import traffic


@pytest.fixture(scope="module")
def reference():
    return reference_from_batches(traffic(1, 400), meta={"source": "test benign"})


@pytest.fixture(scope="module")
def log():
    return traffic(2, 60, n_bots=3)


def _online(reference, log, **kw):
    scorer = OnlineScorer(reference, target_fpr=0.01, **kw)
    scored = scorer.score(log)
    for i in range(len(scored)):
        scorer.observe(scored.slice(i, 1))
    scorer.refresh()
    return scorer


def test_online_verdicts_are_the_batch_verdicts(reference, log):
    """Same rows, same features, same risk model: the online path is not a second implementation."""
    batch = scan_batches(log, reference=reference, target_fpr=0.01, campaigns=False).verdicts
    scorer = _online(reference, log, max_gap=1, rescore_growth=0.0)
    for account in batch["accounts"]:
        verdict = scorer.state.verdict(account["account_id"])
        if account["risk"] == 0.0 and verdict is None:
            continue  # never judged online (fewer exchanges than min_exchanges)
        assert verdict is not None, account["account_id"]
        assert verdict.flagged == account["flagged"], account["account_id"]
        assert verdict.risk == pytest.approx(account["risk"], abs=1e-9), account["account_id"]
        if account["flagged"]:
            assert [e["signal"] for e in verdict.evidence] == [e["signal"] for e in account["evidence"]]
    assert {a for a in ("x2-0", "x2-1", "x2-2") if scorer.state.verdict(a).flagged} == {"x2-0", "x2-1", "x2-2"}


def test_assessment_of_a_new_request_uses_the_account_verdict_and_its_own_signals(reference, log):
    scorer = _online(reference, log)
    bot_row = scorer.score(log.filter(pa.compute.equal(log[schema.ACCOUNT_ID], "x2-0")).slice(0, 1))
    a = scorer.assess(bot_row)
    assert a.flagged and a.risk >= 0.99 and a.exchanges == 120 and a.campaign_id is None and not a.linked
    assert "extraction_intent" in a.signals or "cot_elicitation" in a.signals
    assert a.reasons and a.evidence and all(isinstance(e, str) for e in a.evidence)
    # an unscored canonical row (the gateway decides before scoring): same verdict, no request signals
    bare = scorer.assess(log.filter(pa.compute.equal(log[schema.ACCOUNT_ID], "x2-0")).slice(0, 1))
    assert bare.flagged and bare.signals == frozenset()


def test_windows_are_bounded_and_counts_are_not(reference, log):
    scorer = _online(reference, log, state=MemoryState(window=50))
    assert scorer.state.count("x2-0") == 120
    assert len(scorer.state.window_rows("x2-0")) == 50
    assert scorer.state.verdict("x2-0").flagged  # 50 recent exchanges are evidence enough


def test_rescoring_is_due_as_the_account_grows(reference):
    scorer = OnlineScorer(reference, min_exchanges=5, rescore_growth=0.25, max_gap=50)
    assert not scorer.due(4, 0)
    assert scorer.due(5, 0)
    assert not scorer.due(6, 5) and scorer.due(7, 5)  # small: every other exchange or so
    assert not scorer.due(104, 100) and scorer.due(125, 100)  # 25% growth
    assert not scorer.due(1049, 1000) and scorer.due(1050, 1000)  # at most 50 apart


def test_refresh_scores_only_due_accounts_and_keeps_the_count_it_scored_at(reference, log):
    scorer = OnlineScorer(reference, target_fpr=0.01)
    scored = scorer.score(log)
    scorer.observe(scored)
    pending = scorer.pending()
    assert pending == len({a for a, n in zip(*np.unique(log[schema.ACCOUNT_ID].to_numpy(zero_copy_only=False),
                                                        return_counts=True)) if n >= 5})
    done = scorer.refresh()
    assert len(done) == pending and scorer.pending() == 0
    assert done["x2-1"].scored_at == 120
    assert scorer.refresh() == {}


def test_published_campaign_member_and_artifact_link(reference, log):
    state = MemoryState()
    state.publish({"kind": "distillguard.published", "version": 1,
                   "accounts": [{"account_id": "member-1", "risk": 1.0, "flagged": True, "campaign_id": "c-9",
                                 "reasons": ["campaign_member"], "evidence": ["member of campaign c-9"]}],
                   "campaigns": [{"campaign_id": "c-9", "size": 12, "account_ids": ["member-1"],
                                  "artifacts": [{"kind": "shared_payment", "key": "pm_farm", "holders": 12}]}]})
    scorer = OnlineScorer(reference, state=state)
    row = log.slice(0, 1)
    member = scorer.assess(row.set_column(row.schema.get_field_index(schema.ACCOUNT_ID), schema.ACCOUNT_ID,
                                          pa.array(["member-1"])))
    assert member.flagged and member.campaign_id == "c-9" and not member.linked and member.exchanges == 0
    newcomer = row.set_column(row.schema.get_field_index(schema.PAYMENT_FINGERPRINT), schema.PAYMENT_FINGERPRINT,
                              pa.array(["pm_farm"]))
    a = scorer.assess(newcomer)
    assert a.linked and a.campaign_id == "c-9" and a.exchanges == 0 and not a.flagged
    assert a.reasons[0] == "shared_payment" and "campaign c-9" in a.evidence[0]
    other = row.set_column(row.schema.get_field_index(schema.PAYMENT_FINGERPRINT), schema.PAYMENT_FINGERPRINT,
                           pa.array(["pm_someone_else"]))
    assert scorer.assess(other).campaign_id is None


def test_artifact_keys_primed_for_many_requests_are_each_requests_own(reference):
    """replay computes the artifact keys of a chunk's requests in one pass of each link kind: the
    same keys each request gets alone, also for values of the wrong type and requests without any."""
    rows = []
    for i in range(40):
        rows.append({schema.ACCOUNT_ID: f"a{i % 7}", schema.PAYMENT_FINGERPRINT: [None, "pm_1", "pm_2"][i % 3],
                     schema.USER_AGENT: [None, "curl/8", "openai-python/1.2"][i % 3 if i % 5 else 0],
                     schema.TEMPERATURE: [0.0, 0.7, None, -0.0][i % 4], schema.MAX_TOKENS: [None, 256][i % 2],
                     schema.SYSTEM_PROMPT: [None, "You are  a grader.", "you are a GRADER.", "Be brief"][i % 4]})
    rows.append({schema.ACCOUNT_ID: "bad", schema.TEMPERATURE: "hot", schema.USER_AGENT: "x"})  # (a gateway dict)
    alone = OnlineScorer(reference)
    expected = [alone.artifacts(r) for r in rows]
    assert any(expected) and () in expected
    primed = OnlineScorer(reference)
    columns = {c: [r.get(c) for r in rows] for c in primed.decision_columns()}
    primed.prime_artifacts(columns)
    cached = dict(primed._artifact_cache)
    assert [primed.artifacts(r) for r in rows] == expected
    assert primed._artifact_cache == cached  # every request's keys were primed


def test_the_state_keeps_no_system_prompt_text_and_links_on_its_digest(reference):
    """A scored row carries a digest of the system prompt, never its text (what the state and Redis
    hold); the system-prompt link keys a request the same from its text (the gateway, before
    scoring) and from its digest (a scored row)."""
    import datetime as dt

    from online_fixtures import T0

    marker = "You are the internal pricing assistant of ACME-SECRET-7731; never reveal the margin table."
    rows = [{schema.EXCHANGE_ID: f"s-{i}", schema.ACCOUNT_ID: "seat", schema.TS: T0 + dt.timedelta(minutes=i),
             schema.PROMPT: f"quote for item {i}", schema.SYSTEM_PROMPT: marker, schema.MODEL: "m1"} for i in range(3)]
    log = schema.from_rows(rows)
    scorer = OnlineScorer(reference)
    scored = scorer.score(log)
    assert schema.SYSTEM_PROMPT not in scored.column_names
    scorer.observe(scored)
    assert not any(b"ACME-SECRET" in r for r in scorer.state.window_rows("seat"))
    from_text = {k for k in scorer.artifacts(log.slice(0, 1)) if k[0] == "shared_system_prompt"}
    from_digest = {k for k in scorer.artifacts(scored.slice(0, 1)) if k[0] == "shared_system_prompt"}
    assert from_text and from_text == from_digest
