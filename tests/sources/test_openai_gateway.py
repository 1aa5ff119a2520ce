import datetime as dt

import orjson
from sources_fixtures import chat_completion, gateway_line, write_jsonl

from distillguard import schema
from distillguard.sources import Quarantine, read_table


def test_gateway_body_metadata_and_secrets(tmp_path):
    path = write_jsonl(tmp_path / "gw.jsonl", [gateway_line(0)])
    table, stats = read_table(path)
    assert stats.formats == {"openai-gateway": {"files": 1, "read": 1, "accepted": 1, "duplicates": 0, "quarantined": 0,
                                               "skipped": 0}}
    row = table.to_pylist()[0]
    assert row[schema.EXCHANGE_ID] == "req-0"
    assert row[schema.TS] == dt.datetime(2026, 11, 1, 9, 0, 0, 250000, tzinfo=dt.timezone.utc)
    assert row[schema.ACCOUNT_ID] == "acct-0"
    assert row[schema.API_KEY_ID] == "key_abc123"
    assert row[schema.END_USER] == "end-user-9"
    assert row[schema.CLIENT_NETWORK] == "2001:db8:1234::/48"
    assert row[schema.USER_AGENT] == "OpenAI/Python 1.54.0"
    assert row[schema.PROMPT] == "Solve 0"
    assert row[schema.SYSTEM_PROMPT] == "You are terse."
    assert (row[schema.CHOICE_COUNT], row[schema.TOOLS], row[schema.LOGIT_BIAS]) == (2, 1, True)
    assert (row[schema.RESPONSE_FORMAT], row[schema.REASONING_EFFORT]) == ("json_object", "high")
    assert (row[schema.RESPONSE], row[schema.REASONING]) == ("42", "thinking...")
    assert (row[schema.INPUT_TOKENS], row[schema.OUTPUT_TOKENS], row[schema.REASONING_TOKENS]) == (19, 10, 4)
    assert row[schema.STATUS] == 200
    # the key and the Authorization header appear nowhere in the table
    for value in row.values():
        assert "SECRET" not in str(value)
    extra = orjson.loads(row[schema.EXTRA])
    assert extra["metadata"] == {"region": "eu-west-1"}
    assert "Authorization" not in extra["headers"]


def test_alternate_spellings_and_envelopes(tmp_path):
    rec = {
        "request_body": {"model": "m", "messages": [{"role": "user", "content": "q"}], "max_completion_tokens": 9},
        "response_body": {"status": 429, "body": {"error": {"message": "rate limited"}}},
        "meta": {"customer_id": "cust-1", "timestamp": 1762000000, "client_ip": "198.51.100.1",
                 "headers": {"x-forwarded-for": "203.0.113.9, 10.0.0.1", "authorization": "Bearer sk-abc"}},
    }
    rec2 = {"request": {"body": {"model": "m", "prompt": "legacy"}, "headers": {"X-Forwarded-For": "192.0.2.1"}},
            "response": chat_completion("ok"), "metadata": {"account": "acct-2"}}
    table, stats = read_table(write_jsonl(tmp_path / "gw.jsonl", [rec, rec2]), format="openai-gateway")
    rows = table.to_pylist()
    assert stats.accepted == 2
    assert rows[0][schema.ACCOUNT_ID] == "cust-1"
    assert rows[0][schema.MAX_TOKENS] == 9
    assert rows[0][schema.STATUS] == 429
    assert rows[0][schema.RESPONSE] is None
    assert rows[0][schema.CLIENT_ADDRESS] == "198.51.100.1"
    assert "sk-abc" not in (rows[0][schema.EXTRA] or "")
    # the timestamp falls back to the response's `created`, the ip to X-Forwarded-For
    assert rows[1][schema.TS] == dt.datetime.fromtimestamp(1761955200, dt.timezone.utc)
    assert rows[1][schema.CLIENT_ADDRESS] == "192.0.2.1"
    assert rows[1][schema.PROMPT] == "legacy"
    # no request id in the log: derived from the record (the response id repeats on cache hits)
    assert rows[1][schema.EXCHANGE_ID].startswith("c-")


def test_gateway_line_without_account_is_quarantined(tmp_path):
    bad = gateway_line(1)
    del bad["metadata"]["account_id"]
    q = Quarantine(None)
    _, stats = read_table(write_jsonl(tmp_path / "gw.jsonl", [gateway_line(0), bad]), quarantine=q)
    assert (stats.read, stats.accepted, stats.quarantined) == (2, 1, 1)
    assert q.records[0]["line"] == 2 and "account" in q.records[0]["reason"]
    assert q.records[0]["format"] == "openai-gateway"
