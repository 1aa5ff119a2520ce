"""What the readers share: the format registry (no import cycle) and the field helpers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import distillguard.sources
from distillguard.sources import FORMATS
from distillguard.sources.fields import (decode_json_text, first_truthy, first_value, missing_field,
                                         require_account, wrong_type)
from distillguard.sources.formats import JSON_FORMATS, format_by_name, is_json_format
from distillguard.sources.quarantine import RecordError

SOURCES = Path(distillguard.sources.__file__).parent


def _imports(path: Path) -> set[str]:
    """The sources modules a module imports, at its top or inside a function."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("distillguard.sources."):
            out.add(node.module.rsplit(".", 1)[1])
    return out


def test_sources_modules_import_each_other_without_a_cycle():
    graph = {p.stem: _imports(p) for p in SOURCES.glob("*.py")}
    assert "stream" not in graph["parallel"] and "parallel" not in graph["formats"]

    def cycle_from(start):
        stack, seen = [(start, (start,))], set()
        while stack:
            node, path = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    return path + (nxt,)
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, path + (nxt,)))
        return None

    assert [c for c in map(cycle_from, graph) if c] == []


def test_the_format_registry():
    from distillguard.sources import stream

    assert FORMATS == ("exchange-log", "openai-gateway", "otel", "litellm", "langfuse", "helicone", "parquet")
    assert [f.name for f in JSON_FORMATS] == ["otel", "litellm", "helicone", "langfuse", "openai-gateway",
                                              "exchange-log"]
    assert all(format_by_name(f.name) is f and is_json_format(f.name) for f in JSON_FORMATS)
    assert not is_json_format("parquet") and not is_json_format(None)
    assert stream.FORMATS is FORMATS and stream.JSON_FORMATS is JSON_FORMATS  # (still importable there)
    with pytest.raises(KeyError):
        format_by_name("parquet")


def test_first_value_and_first_truthy():
    d = {"a": None, "b": "", "c": 0, "d": "x", "e": "y"}
    assert first_value(d, "a", "b", "d") == ""  # the first that is not None
    assert first_value(d, "a", "zz") is None
    assert first_truthy(d, "a", "b", "c", "d", "e") == "x"  # `d.get(a) or d.get(b) or ...`
    assert first_truthy(d, "a", "b", "c") == 0  # none set: the last one's value, as `or` gives
    assert first_truthy(d, "c", "a") is None
    assert first_truthy({}, "a") is None


@pytest.mark.parametrize("value,anything,containers", [
    ('{"a": 1}', {"a": 1}, {"a": 1}), ("[1]", [1], [1]), ("42", 42, "42"), ('"q"', "q", '"q"'),
    ("plain text", "plain text", "plain text"), ("{broken", "{broken", "{broken"), (7, 7, 7), (None, None, None),
])
def test_decode_json_text(value, anything, containers):
    assert decode_json_text(value) == anything
    assert decode_json_text(value, containers_only=True) == containers


def test_record_errors_read_as_before():
    assert str(wrong_type("metadata", "an object", [])) == "field metadata: must be an object, got list"
    assert wrong_type("x", "a string", 1).kind == "wrong_type"
    err = missing_field("startTime")
    assert str(err) == "missing required field 'startTime'" and err.kind == "missing_field"
    assert require_account("acct", "no account", "userId") == "acct"
    for empty in (None, "", 0, []):
        with pytest.raises(RecordError, match="^no account$"):
            require_account(empty, "no account", "userId")
    with pytest.raises(RecordError, match="field userId: must be a string, got int") as info:
        require_account(5, "no account", "userId")
    assert info.value.kind == "wrong_type"


def test_readers_keep_no_copies_of_the_shared_helpers():
    shared = {"_first", "_get", "get_first", "_pick_first", "scrub_secrets", "is_secret_name"}
    for path in SOURCES.glob("*.py"):
        defined = {n.name for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(n, ast.FunctionDef)}
        assert not defined & shared, path.name


def test_otel_request_attributes_lose_their_credentials_like_every_readers_params(tmp_path):
    import orjson

    from distillguard import schema
    from distillguard.sources import read_table

    span = {"traceId": "t", "spanId": "s", "name": "chat m", "startTimeUnixNano": "1761955200000000000",
            "attributes": [{"key": k, "value": {"stringValue": v}} for k, v in (
                ("gen_ai.operation.name", "chat"), ("dg.account.id", "a"), ("gen_ai.input.messages", "hi"),
                ("gen_ai.request.api_key", "plain"), ("gen_ai.request.stop", "Bearer lettersonlytoken"),
                ("gen_ai.request.service_tier", "flex"))]}
    path = tmp_path / "o.jsonl"
    path.write_bytes(orjson.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [span]}]}]}) + b"\n")
    table, _ = read_table([str(path)], format="otel")
    assert orjson.loads(table.column(schema.PARAMS)[0].as_py()) == {"service_tier": "flex"}


def test_token_id_prompts_are_kept_without_text():
    """OpenAI and vLLM accept `prompt` as token ids: such an exchange is read, with no prompt text."""
    import pytest

    from distillguard import schema
    from distillguard.sources.openai_body import apply_prompt
    from distillguard.sources.quarantine import RecordError

    for prompt in ([1, 2, 3], [[1, 2], [3]]):
        row = {}
        apply_prompt(row, prompt)
        assert row == {schema.PROMPT: None, schema.TURNS: 1}
    for bad in ([1, "a"], [True, False], [], {"a": 1}):
        with pytest.raises(RecordError):
            apply_prompt({}, bad)
