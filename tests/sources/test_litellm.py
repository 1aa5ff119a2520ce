import datetime as dt

import orjson
from sources_fixtures import litellm_payload, write_jsonl

from distillguard import schema
from distillguard.sources import Quarantine, read_table


def test_standard_logging_payload(tmp_path):
    table, stats = read_table(write_jsonl(tmp_path / "spend.jsonl", [litellm_payload(0)]))
    assert stats.formats["litellm"]["accepted"] == 1
    row = table.to_pylist()[0]
    assert row[schema.EXCHANGE_ID] == "trace-0/chatcmpl-0"  # the response id alone repeats on cache hits
    assert row[schema.TS] == dt.datetime(2025, 11, 1, 0, 0, 0, 123456, tzinfo=dt.timezone.utc)
    assert row[schema.ACCOUNT_ID] == "user-0"
    assert row[schema.ORG_ID] == "team-1"
    assert row[schema.API_KEY_ID].startswith("88dc28d0")
    assert row[schema.END_USER] == "customer-42"
    assert row[schema.CLIENT_NETWORK] == "198.51.100.0/24"
    assert row[schema.PROMPT] == "Explain your reasoning step by step: 17*23?"
    assert row[schema.RESPONSE] == "391"
    assert (row[schema.TEMPERATURE], row[schema.MAX_TOKENS]) == (0.7, 100)
    assert (row[schema.INPUT_TOKENS], row[schema.OUTPUT_TOKENS]) == (20, 10)
    assert row[schema.STATUS] == 200
    assert orjson.loads(row[schema.EXTRA])["metadata"]["user_api_key_alias"] == "prod-key"


def test_account_fallbacks_failures_and_non_chat_calls(tmp_path):
    team_only = litellm_payload(1)
    team_only["metadata"]["user_api_key_user_id"] = None
    failed = litellm_payload(2, status="failure", response=None, error_information={"error_code": "429"})
    embedding = litellm_payload(3, call_type="aembedding")
    wrapped = {"standard_logging_object": litellm_payload(4)}
    no_identity = litellm_payload(5, end_user=None, model_parameters={"temperature": 0.7})  # no OpenAI `user` either
    for key in ("user_api_key_user_id", "user_api_key_team_id", "user_api_key_hash"):
        no_identity["metadata"][key] = None
    q = Quarantine(None)
    table, stats = read_table(write_jsonl(tmp_path / "s.jsonl", [team_only, failed, embedding, wrapped, no_identity]),
                              quarantine=q)
    rows = {r[schema.EXCHANGE_ID].split("/")[-1]: r for r in table.to_pylist()}  # ids are "<trace>/<response id>"
    assert rows["chatcmpl-1"][schema.ACCOUNT_ID] == "team-1"
    assert rows["chatcmpl-2"][schema.STATUS] == 429 and rows["chatcmpl-2"][schema.RESPONSE] is None
    assert "chatcmpl-4" in rows
    assert (stats.read, stats.accepted, stats.quarantined, stats.skipped) == (4, 3, 1, 1)
    assert q.records[0]["line"] == 5
