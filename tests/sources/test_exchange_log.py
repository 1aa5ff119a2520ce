import datetime as dt
import gzip

import orjson
import pyarrow as pa
import pytest
from sources_fixtures import exchange, write_jsonl

from distillguard import schema
from distillguard.errors import DistillguardError
from distillguard.sources import Quarantine, read_exchanges, read_table

UTC = dt.timezone.utc


def test_maps_every_spec_field(tmp_path):
    rec = exchange(1, end_user="u-9", payment_fingerprint="card-77", account_created="2026-01-02T03:04:05Z",
                   params={"temperature": 0.5, "top_p": 0.9, "max_tokens": 64, "n": 3, "logprobs": True,
                           "top_logprobs": 4, "seed": 11, "stream": True, "reasoning_effort": "low",
                           "tools": [{"type": "function"}, {"type": "function"}],
                           "response_format": {"type": "json_schema"}, "logit_bias": {"1": 5}})
    path = write_jsonl(tmp_path / "log.jsonl", [rec])
    table, stats = read_table(path)
    assert table.schema == schema.EXCHANGE_SCHEMA
    row = table.to_pylist()[0]
    assert row[schema.EXCHANGE_ID] == "ex-1"
    assert row[schema.TS] == dt.datetime(2026, 11, 1, tzinfo=UTC)
    assert row[schema.ACCOUNT_ID] == "a-1"
    assert row[schema.ORG_ID] == "org-1"
    assert row[schema.API_KEY_ID] == "key-1"
    assert row[schema.END_USER] == "u-9"
    assert row[schema.CLIENT_ADDRESS] == "203.0.113.7"
    assert row[schema.CLIENT_NETWORK] == "203.0.113.0/24"
    assert row[schema.USER_AGENT] == "openai-python/1.54.0"
    assert row[schema.PAYMENT_FINGERPRINT] == "card-77"
    assert row[schema.ACCOUNT_CREATED] == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert row[schema.CONVERSATION_ID] == "c-1"
    assert row[schema.MODEL] == "gpt-x"
    assert orjson.loads(row[schema.INPUT_MESSAGES]) == rec["messages"]
    assert row[schema.PROMPT] == "What is 1 + 1? Think step by step."
    assert row[schema.SYSTEM_PROMPT] == "Be brief."
    assert row[schema.TURNS] == 1
    assert (row[schema.TEMPERATURE], row[schema.TOP_P], row[schema.MAX_TOKENS]) == (0.5, 0.9, 64)
    assert (row[schema.CHOICE_COUNT], row[schema.SEED]) == (3, 11)
    assert (row[schema.LOGPROBS], row[schema.TOP_LOGPROBS], row[schema.LOGIT_BIAS]) == (True, 4, True)
    assert (row[schema.STREAM], row[schema.TOOLS]) == (True, 2)
    assert (row[schema.REASONING_EFFORT], row[schema.RESPONSE_FORMAT]) == ("low", "json_schema")
    assert orjson.loads(row[schema.PARAMS]) == rec["params"]
    assert (row[schema.RESPONSE], row[schema.REASONING]) == ("2", "add the numbers")
    assert (row[schema.INPUT_TOKENS], row[schema.OUTPUT_TOKENS], row[schema.REASONING_TOKENS]) == (20, 3, 5)
    assert row[schema.STATUS] == 200
    assert row[schema.SOURCE_FORMAT] == "exchange-log"
    assert row[schema.SOURCE_FILE] == path
    assert row[schema.SOURCE_LINE] == 1
    assert row[schema.EXTRA] is None
    assert (stats.read, stats.accepted, stats.quarantined) == (1, 1, 0)


def test_unix_seconds_and_offsets_and_legacy_prompt(tmp_path):
    recs = [
        {"ts": 1762000000.5, "account_id": "a", "prompt": "legacy"},
        {"ts": "2026-11-01T02:00:00+02:00", "account_id": "a", "messages": [{"role": "user", "content": "x"}]},
        {"ts": "2026-11-01T00:00:00", "account_id": "a", "prompt": "naive time is UTC"},
    ]
    table, stats = read_table(write_jsonl(tmp_path / "l.jsonl", recs))
    ts = table.column(schema.TS).to_pylist()
    assert ts[0] == dt.datetime.fromtimestamp(1762000000.5, UTC)
    assert ts[1] == dt.datetime(2026, 11, 1, tzinfo=UTC)
    assert ts[2] == dt.datetime(2026, 11, 1, tzinfo=UTC)
    assert table.column(schema.PROMPT).to_pylist()[0] == "legacy"
    assert table.column(schema.TURNS).to_pylist()[0] == 1
    assert stats.accepted == 3


def test_unknown_fields_kept_in_extra_without_secrets(tmp_path):
    rec = exchange(0, region="eu", tier={"plan": "pro"}, api_key="sk-live-123", authorization="Bearer x")
    table, _ = read_table(write_jsonl(tmp_path / "l.jsonl", [rec]))
    extra = orjson.loads(table.column(schema.EXTRA)[0].as_py())
    assert extra == {"region": "eu", "tier": {"plan": "pro"}}


def test_generated_ids_are_stable_across_runs_and_unique(tmp_path):
    recs = [{k: v for k, v in exchange(i).items() if k != "id"} for i in range(5)]
    path = write_jsonl(tmp_path / "l.jsonl", recs)
    first, _ = read_table(path)
    second, _ = read_table(path)
    ids = first.column(schema.EXCHANGE_ID).to_pylist()
    assert ids == second.column(schema.EXCHANGE_ID).to_pylist()
    assert len(set(ids)) == 5


def test_gzip_and_batches(tmp_path):
    path = write_jsonl(tmp_path / "l.jsonl.gz", [exchange(i) for i in range(25)], gz=True)
    stream = read_exchanges(path, batch_size=10)
    batches = list(stream)
    assert [b.num_rows for b in batches] == [10, 10, 5]
    assert all(b.schema == schema.EXCHANGE_SCHEMA for b in batches)
    assert stream.stats.accepted == 25


def test_missing_required_fields_and_wrong_types_are_quarantined(tmp_path):
    good = exchange(0)
    recs = [
        good,
        {k: v for k, v in good.items() if k != "ts"},
        {k: v for k, v in good.items() if k != "account_id"},
        {k: v for k, v in good.items() if k not in ("messages",)},
        exchange(1, account_id=17),
        exchange(2, params={"temperature": "hot"}),
        exchange(3, ts="yesterday"),
        exchange(4, messages="not a list"),
        exchange(5, status="200"),
        exchange(6, ts=True),
    ]
    q = Quarantine(None)
    table, stats = read_table(write_jsonl(tmp_path / "l.jsonl", recs), quarantine=q)
    assert table.num_rows == 1
    assert (stats.read, stats.accepted, stats.quarantined) == (10, 1, 9)
    by_line = {r["line"]: r for r in q.records}
    assert sorted(by_line) == list(range(2, 11))
    assert "ts" in by_line[2]["reason"] and by_line[2]["kind"] == "missing_field"
    assert "account_id" in by_line[3]["reason"]
    assert "messages" in by_line[4]["reason"]
    assert by_line[5]["kind"] == "wrong_type"
    # reasons name the input's fields, not internal columns
    assert "field params.temperature:" in by_line[6]["reason"] and schema.TEMPERATURE not in by_line[6]["reason"]
    assert by_line[7]["kind"] == "bad_timestamp"
    assert "field status:" in by_line[9]["reason"] and schema.STATUS not in by_line[9]["reason"]
    assert orjson.loads(by_line[5]["raw"])["account_id"] == 17


def test_missing_path_and_unknown_format_fail_before_reading(tmp_path):
    with pytest.raises(DistillguardError, match="no such file"):
        read_exchanges([tmp_path / "nope.jsonl"])
    with pytest.raises(DistillguardError, match="unknown format"):
        read_exchanges([tmp_path], format="splunk")


def test_transform_is_applied_to_every_batch(tmp_path):
    path = write_jsonl(tmp_path / "l.jsonl", [exchange(i) for i in range(7)])

    def upper_accounts(batch: pa.RecordBatch) -> pa.RecordBatch:
        i = batch.schema.get_field_index(schema.ACCOUNT_ID)
        col = pa.array([a.upper() for a in batch.column(i).to_pylist()])
        return pa.RecordBatch.from_arrays([col if j == i else c for j, c in enumerate(batch.columns)],
                                          schema=batch.schema)

    table, _ = read_table(path, transform=upper_accounts, batch_size=3)
    assert set(table.column(schema.ACCOUNT_ID).to_pylist()) == {"A-0", "A-1", "A-2"}


def test_blank_lines_and_crlf_are_not_records(tmp_path):
    path = tmp_path / "l.jsonl"
    path.write_bytes(orjson.dumps(exchange(0)) + b"\r\n\r\n   \n" + orjson.dumps(exchange(1)) + b"\r\n")
    table, stats = read_table(str(path))
    assert (stats.read, stats.accepted) == (2, 2)
    assert table.column(schema.SOURCE_LINE).to_pylist() == [1, 4]


def test_spec_example_via_gzip_stream_is_readable(tmp_path):
    path = tmp_path / "t.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        fh.write('{"ts": "2026-11-01T00:00:00Z", "account_id": "a-17", "messages": '
                 '[{"role": "user", "content": "hi"}], "response": "hello"}\n')
    table, stats = read_table(str(path))
    assert table.column(schema.RESPONSE).to_pylist() == ["hello"]
    assert stats.formats["exchange-log"]["accepted"] == 1


def test_negative_counts_bad_statuses_and_invalid_ips_are_quarantined(tmp_path):
    recs = [
        exchange(0),
        exchange(1, usage={"input_tokens": -5, "output_tokens": 3}),
        exchange(2, usage={"input_tokens": 5, "output_tokens": -1}),
        exchange(3, params={"max_tokens": -100}),
        exchange(4, status=9999),
        exchange(5, ip="999.1.1.1"),
        exchange(6, ip="not an address"),
        exchange(7, ip="-"),  # a "no address" placeholder: kept, address null
        exchange(8, ip="hmac-sha256:" + "ab" * 32),  # already pseudonymized upstream: kept
        exchange(9, ip="[2001:db8::1]:443"),
    ]
    q = Quarantine(None)
    table, stats = read_table(write_jsonl(tmp_path / "l.jsonl", recs), quarantine=q)
    assert (stats.read, stats.accepted, stats.quarantined) == (10, 4, 6)
    by_line = {r["line"]: r for r in q.records}
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7]
    assert "field usage.input_tokens: must be at least 0, got -5" in by_line[2]["reason"]
    assert "usage.output_tokens" in by_line[3]["reason"] and by_line[3]["kind"] == "out_of_range"
    assert "params.max_tokens" in by_line[4]["reason"]
    assert "field status: must be between 100 and 599" in by_line[5]["reason"]
    assert by_line[6]["kind"] == "bad_address" and "field ip: not an IP address" in by_line[6]["reason"]
    assert by_line[7]["kind"] == "bad_address"
    rows = {r[schema.EXCHANGE_ID]: r for r in table.to_pylist()}
    assert rows["ex-7"][schema.CLIENT_ADDRESS] is None
    assert rows["ex-8"][schema.CLIENT_ADDRESS].startswith("hmac-sha256:")
    assert rows["ex-9"][schema.CLIENT_NETWORK] == "2001:db8::/48"
