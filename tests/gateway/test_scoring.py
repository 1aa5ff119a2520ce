"""gateway.scoring: served exchanges are converted and scored a batch at a time, off the request
path; a row a log reader would quarantine is left out and counted, never raised."""

from __future__ import annotations

from distillguard import schema
from distillguard.gateway.identity import Identity, exchange_dict, rows_table
from distillguard.gateway.scoring import ScoringQueue
from distillguard.online.scorer import OnlineScorer
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
        assert queue.drain()
        assert queue.scored == 5 and queue.unreadable == 1 and queue.dropped == 0
        assert len(scorer.state.window_rows("acct-1")) == 5
    finally:
        queue.close()
