import datetime as dt

import orjson
from sources_fixtures import helicone_request, write_jsonl

from distillguard import schema
from distillguard.sources import Quarantine, read_table


def test_helicone_export_jsonl(tmp_path):
    table, stats = read_table(write_jsonl(tmp_path / "helicone-export.jsonl", [helicone_request(0)]))
    assert stats.formats["helicone"]["accepted"] == 1
    row = table.to_pylist()[0]
    assert row[schema.EXCHANGE_ID] == "0f0e0000-1c2d-4e5f-8a9b-1234567890ab"
    assert row[schema.TS] == dt.datetime(2026, 11, 1, 12, tzinfo=dt.timezone.utc)
    assert row[schema.ACCOUNT_ID] == "customer-0"
    assert row[schema.CONVERSATION_ID] == "sess-1"
    assert row[schema.MODEL] == "gpt-4o-mini"
    assert (row[schema.PROMPT], row[schema.RESPONSE]) == ("Capital of France?", "Paris")
    assert (row[schema.INPUT_TOKENS], row[schema.OUTPUT_TOKENS]) == (12, 5)
    assert row[schema.STATUS] == 200
    assert orjson.loads(row[schema.EXTRA])["country_code"] == "FR"


def test_helicone_json_array_and_api_page(tmp_path):
    array = tmp_path / "export.json"
    array.write_bytes(orjson.dumps([helicone_request(i) for i in range(3)], option=orjson.OPT_INDENT_2))
    page = tmp_path / "page.json"
    page.write_bytes(orjson.dumps({"data": [helicone_request(7)], "error": None}))
    table, stats = read_table([str(array), str(page)])
    assert stats.accepted == 4
    assert table.column(schema.SOURCE_LINE).to_pylist() == [1, 2, 3, 1]


def test_helicone_without_user_or_body_is_quarantined(tmp_path):
    no_user = helicone_request(1)
    no_user["request_user_id"] = None
    no_body = helicone_request(2)
    del no_body["request_body"]
    with_property = helicone_request(3)
    with_property["request_user_id"] = None
    with_property["properties"]["account_id"] = "acct-from-property"
    q = Quarantine(None)
    table, stats = read_table(write_jsonl(tmp_path / "h.jsonl", [no_user, no_body, with_property]), quarantine=q)
    assert table.column(schema.ACCOUNT_ID).to_pylist() == ["acct-from-property"]
    assert [r["line"] for r in q.records] == [1, 2]
    assert "include-body" in q.records[1]["reason"]
