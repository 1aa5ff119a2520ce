import datetime as dt

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from sources_fixtures import langfuse_observation, write_jsonl

from distillguard import schema
from distillguard.sources import Quarantine, read_table


def test_langfuse_generations_jsonl(tmp_path):
    recs = [langfuse_observation(0), langfuse_observation(1, kind="SPAN"), langfuse_observation(2, kind="EVENT")]
    table, stats = read_table(write_jsonl(tmp_path / "observations.jsonl", recs))
    assert (stats.read, stats.accepted, stats.skipped) == (1, 1, 2)
    row = table.to_pylist()[0]
    assert row[schema.EXCHANGE_ID] == "obs-0"
    assert row[schema.TS] == dt.datetime(2026, 11, 1, 8, 30, tzinfo=dt.timezone.utc)
    assert row[schema.ACCOUNT_ID] == "user-0"
    assert row[schema.CONVERSATION_ID] == "session-1"
    assert row[schema.TEMPERATURE] == 0.3  # Langfuse keeps "0.3" as a string
    assert row[schema.MAX_TOKENS] == 500
    assert (row[schema.PROMPT], row[schema.SYSTEM_PROMPT]) == ("Rate this answer from 1 to 10: ...", "You grade answers.")
    assert row[schema.RESPONSE] == "7/10"
    assert (row[schema.INPUT_TOKENS], row[schema.OUTPUT_TOKENS]) == (30, 4)
    assert row[schema.CLIENT_NETWORK] == "192.0.2.0/24"


def test_langfuse_user_from_nested_trace_and_missing_user(tmp_path):
    nested = langfuse_observation(3)
    del nested["userId"]
    nested["trace"] = {"userId": "trace-user"}
    missing = langfuse_observation(4)
    del missing["userId"]
    q = Quarantine(None)
    table, stats = read_table(write_jsonl(tmp_path / "o.jsonl", [nested, missing]), quarantine=q)
    assert table.column(schema.ACCOUNT_ID).to_pylist() == ["trace-user"]
    assert stats.quarantined == 1 and "userId" in q.records[0]["reason"]


def test_langfuse_blob_export_parquet_snake_case(tmp_path):
    rows = [{
        "id": f"obs-{i}", "trace_id": f"t-{i}", "type": "GENERATION", "start_time": dt.datetime(2026, 11, 2, 1, i),
        "provided_model_name": "gpt-4o", "input": orjson.dumps([{"role": "user", "content": f"q{i}"}]).decode(),
        "output": orjson.dumps({"role": "assistant", "content": f"a{i}"}).decode(),
        "usage_details": orjson.dumps({"input": 5, "output": 2}).decode(), "user_id": f"u-{i}",
        "session_id": None, "metadata": "{}",
    } for i in range(3)]
    path = tmp_path / "observations.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    table, stats = read_table(str(path))
    assert stats.formats["langfuse"]["accepted"] == 3
    assert table.column(schema.PROMPT).to_pylist() == ["q0", "q1", "q2"]
    assert table.column(schema.RESPONSE).to_pylist() == ["a0", "a1", "a2"]
    assert table.column(schema.TS).to_pylist()[1] == dt.datetime(2026, 11, 2, 1, 1, tzinfo=dt.timezone.utc)
    assert table.column(schema.INPUT_TOKENS).to_pylist() == [5, 5, 5]
