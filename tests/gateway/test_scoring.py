"""gateway.scoring: served exchanges are converted and scored a batch at a time, off the request
path; a row a log reader would quarantine is left out and counted, never raised."""

from __future__ import annotations

from distillguard import schema
from distillguard.gateway.identity import Identity, exchange_dict, rows_table
from distillguard.gateway.scoring import ScoringQueue
from distillguard.online.scorer import OnlineScorer, judge_windows
from distillguard.risk.default_reference import load_default_reference


def _row(account: str, i: int, output_tokens: int = 12) -> dict:
    ident = Identity(account, None, "key-1", "203.0.113.7", "bench/1.0", None, None)
    answer = {"choices": [{"message": {"role": "assistant", "content": "fine"}}],
              "usage": {"prompt_tokens": 5, "completion_tokens": output_tokens}}
    return exchange_dict({"model": "m", "messages": [{"role": "user", "content": f"question {i}"}]}, ident,
                         endpoint="chat", request_id=f"r-{account}-{i}", response=answer)


def test_rows_are_converted_at_once_and_a_bad_one_is_left_out():
    table, left_out = rows_table([_row("a", 0), _row("a", 1, output_tokens=-3), _row("b", 2)])
    assert left_out == 1 and table.num_rows == 2
    assert table.column(schema.ACCOUNT_ID).to_pylist() == ["a", "b"]
    assert table.column(schema.EXCHANGE_ID).to_pylist() == ["r-a-0", "r-b-2"]
    assert rows_table([]) == (None, 0)


def test_the_scoring_queue_scores_dict_rows_into_their_accounts_windows():
    scorer = OnlineScorer(load_default_reference())
    queue = ScoringQueue(scorer, log=lambda m: None, max_wait_s=0.01)
    try:
        for i in range(5):
            queue.put(lambda i=i: _row("acct-1", i))
        queue.put(lambda: _row("acct-1", 99, output_tokens=-1))  # quarantined by a log reader
        queue.put(lambda: None)  # a body the mapping could not read
        assert queue.drain(timeout_s=60.0)
        assert queue.scored == 5 and queue.unreadable == 1 and queue.dropped == 0
        assert len(scorer.state.window_rows("acct-1")) == 5
    finally:
        queue.close()


def test_the_accounts_are_re_scored_in_the_worker_process_as_in_this_one():
    """With a worker process, the re-scoring pass (features and risk over the windows) runs there
    and gives the very verdicts of the in-process pass."""
    scorer = OnlineScorer(load_default_reference())
    scorer.score(rows_table([_row("warm-up", 0)])[0])  # (as the gateway does at start: the scored schema)
    queue = ScoringQueue(scorer, log=lambda m: None, max_wait_s=0.01, processes=1)
    try:
        for account in ("acct-1", "acct-2"):
            for i in range(6):
                queue.put(lambda account=account, i=i: _row(account, i))
        # (a worker process loads the reference first: seconds on a loaded 2-core machine)
        assert queue.drain(timeout_s=120.0)
        rows = scorer.state.window_rows("acct-1") + scorer.state.window_rows("acct-2")
        here = judge_windows(scorer.window_judge_args(), rows)
        there = queue.judge(scorer.window_judge_args(), rows)
        assert there == here and {a for a, *_ in there} == {"acct-1", "acct-2"}
        assert queue.judge(scorer.window_judge_args(), rows) == here  # (the worker's cached model)
        done = scorer.refresh(["acct-1", "acct-2"], judge=queue.judge)
        assert set(done) == {"acct-1", "acct-2"} and scorer.state.verdict("acct-1") == done["acct-1"]
    finally:
        queue.close()
