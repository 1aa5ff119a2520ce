import datetime as dt

import orjson
from sources_fixtures import genai_span, http_span, otlp_export, write_jsonl

from distillguard import schema
from distillguard.sources import Quarantine, read_table
from distillguard.sources.otel import any_value


def test_file_exporter_lines_map_genai_spans_and_skip_others(tmp_path):
    lines = [otlp_export([genai_span(0), http_span()]), otlp_export([genai_span(1, structured=True)])]
    table, stats = read_table(write_jsonl(tmp_path / "traces.jsonl", lines))
    assert (stats.read, stats.accepted, stats.skipped) == (2, 2, 1)
    rows = table.to_pylist()
    first = rows[0]
    assert first[schema.EXCHANGE_ID] == "5b8efff798038103d269b633813fc600-eee19b7ec3c1b100"
    assert first[schema.TS] == dt.datetime(2025, 11, 1, 0, 0, 0, 123457, tzinfo=dt.timezone.utc)
    assert first[schema.ACCOUNT_ID] == "user-0"
    assert first[schema.END_USER] == "user-0"
    assert first[schema.CLIENT_NETWORK] == "198.51.100.0/24"
    assert first[schema.USER_AGENT] == "curl/8.5.0"
    assert first[schema.MODEL] == "gpt-4o"
    assert (first[schema.TEMPERATURE], first[schema.MAX_TOKENS]) == (0.5, 200)
    assert (first[schema.INPUT_TOKENS], first[schema.OUTPUT_TOKENS]) == (12, 3)
    assert first[schema.PROMPT] == "Weather in city 0?"
    assert first[schema.SYSTEM_PROMPT] == "You are a weather bot."
    assert (first[schema.RESPONSE], first[schema.REASONING]) == ("Sunny.", "look it up")
    assert first[schema.CONVERSATION_ID] == "conv-1"
    assert first[schema.STATUS] == 200
    assert orjson.loads(first[schema.EXTRA])["service.name"] == "gateway"
    # structured (non-string) gen_ai.input.messages read the same way
    assert rows[1][schema.PROMPT] == "Weather in city 1?"
    assert rows[1][schema.SOURCE_LINE] == 2


def test_whole_file_pretty_printed_document(tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(orjson.dumps(otlp_export([genai_span(i) for i in range(3)]), option=orjson.OPT_INDENT_2))
    table, stats = read_table(str(path))
    assert stats.formats["otel"]["accepted"] == 3
    assert table.column(schema.ACCOUNT_ID).to_pylist() == ["user-0", "user-1", "user-2"]


def test_account_attribute_precedence_and_missing_account(tmp_path):
    with_dg = genai_span(0, **{"dg.account.id": {"stringValue": "billing-1"}})
    no_user = genai_span(1)
    no_user["attributes"] = [a for a in no_user["attributes"] if a["key"] != "enduser.id"]
    q = Quarantine(None)
    table, stats = read_table(write_jsonl(tmp_path / "t.jsonl", [otlp_export([with_dg, no_user])]), quarantine=q)
    assert table.column(schema.ACCOUNT_ID).to_pylist() == ["billing-1"]
    assert table.column(schema.END_USER).to_pylist() == ["user-0"]
    assert (stats.read, stats.quarantined) == (2, 1)
    assert "no account" in q.records[0]["reason"]


def test_indexed_legacy_attributes(tmp_path):
    span = genai_span(0)
    span["attributes"] = [a for a in span["attributes"]
                          if a["key"] not in ("gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.operation.name")]
    span["attributes"] += [
        {"key": "gen_ai.prompt.0.role", "value": {"stringValue": "user"}},
        {"key": "gen_ai.prompt.0.content", "value": {"stringValue": "old style prompt"}},
        {"key": "gen_ai.completion.0.role", "value": {"stringValue": "assistant"}},
        {"key": "gen_ai.completion.0.content", "value": {"stringValue": "old style answer"}},
    ]
    table, _ = read_table(write_jsonl(tmp_path / "t.jsonl", [otlp_export([span])]), format="otel")
    row = table.to_pylist()[0]
    assert (row[schema.PROMPT], row[schema.RESPONSE]) == ("old style prompt", "old style answer")


def test_any_value_decoding():
    assert any_value({"intValue": "12"}) == 12
    assert any_value({"doubleValue": 1.5}) == 1.5
    assert any_value({"boolValue": True}) is True
    assert any_value({"arrayValue": {"values": [{"stringValue": "a"}, {"intValue": 2}]}}) == ["a", 2]
    assert any_value({"kvlistValue": {"values": [{"key": "k", "value": {"stringValue": "v"}}]}}) == {"k": "v"}
