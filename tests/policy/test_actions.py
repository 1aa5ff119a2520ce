"""The degrade action: request rewrites before the upstream, answer rewrites after it."""

import copy

import orjson
import pytest

from distillguard.policy.actions import degrade_request, degrade_response, degrade_sse
from distillguard.policy.rules import DEFAULT_DEGRADE

OPTS = dict(DEFAULT_DEGRADE)  # max_tokens 512, n 1, strip_logprobs, drop_reasoning


def _opts(**kw) -> dict:
    return {**OPTS, **kw}


# -- degrade_request ----------------------------------------------------------------------------

def _chat(**kw) -> dict:
    return {"model": "m", "messages": [{"role": "user", "content": "hi"}], **kw}


def test_request_strips_logprobs():
    out = degrade_request(_chat(logprobs=True, top_logprobs=20, max_tokens=100), OPTS)
    assert "logprobs" not in out and "top_logprobs" not in out
    assert out["messages"] == [{"role": "user", "content": "hi"}] and out["model"] == "m"


def test_request_keeps_logprobs_when_told():
    out = degrade_request(_chat(logprobs=True, top_logprobs=5), _opts(strip_logprobs=False))
    assert out["logprobs"] is True and out["top_logprobs"] == 5


def test_request_legacy_completions_logprobs():
    out = degrade_request({"model": "m", "prompt": "p", "logprobs": 5, "n": 4, "best_of": 8}, OPTS)
    assert "logprobs" not in out
    assert out["n"] == 1 and out["best_of"] == 1
    assert out["max_tokens"] == 512


@pytest.mark.parametrize("field", ["max_tokens", "max_completion_tokens"])
def test_request_caps_length(field):
    assert degrade_request(_chat(**{field: 4096}), OPTS)[field] == 512
    assert degrade_request(_chat(**{field: 100}), OPTS)[field] == 100  # under the cap: unchanged
    assert degrade_request(_chat(**{field: 512}), OPTS)[field] == 512


def test_request_caps_both_length_fields():
    out = degrade_request(_chat(max_tokens=4096, max_completion_tokens=8192), _opts(max_tokens=64))
    assert out["max_tokens"] == 64 and out["max_completion_tokens"] == 64


@pytest.mark.parametrize("value", [None, "4096", 1e9, True, -0.5])
def test_request_caps_non_integer_length(value):
    assert degrade_request(_chat(max_tokens=value), OPTS)["max_tokens"] == 512


def test_request_negative_int_length_left_for_the_upstream():
    # an int under the cap is not ours to fix; the upstream rejects it as it would anyway
    assert degrade_request(_chat(max_tokens=-1), OPTS)["max_tokens"] == -1


def test_request_adds_max_tokens_when_absent():
    out = degrade_request(_chat(), OPTS)
    assert out["max_tokens"] == 512
    assert "max_completion_tokens" not in out and "max_output_tokens" not in out


def test_request_does_not_add_a_second_length_field():
    out = degrade_request(_chat(max_completion_tokens=100), OPTS)
    assert out["max_completion_tokens"] == 100 and "max_tokens" not in out


def test_request_responses_api():
    body = {"model": "m", "input": "tell me", "max_output_tokens": 10_000, "top_logprobs": 5,
            "include": ["message.output_text.logprobs", "reasoning.encrypted_content", "file_search_call.results"],
            "reasoning": {"effort": "high", "summary": "detailed"}}
    out = degrade_request(body, OPTS)
    assert out["max_output_tokens"] == 512
    assert "max_tokens" not in out
    assert "top_logprobs" not in out
    assert out["include"] == ["file_search_call.results"]
    assert out["reasoning"] == {"effort": "high"}


def test_request_responses_api_adds_max_output_tokens():
    out = degrade_request({"model": "m", "input": [{"role": "user", "content": "x"}]}, OPTS)
    assert out["max_output_tokens"] == 512 and "max_tokens" not in out
    # a body with both input and messages is taken for chat
    out = degrade_request({"model": "m", "input": "x", "messages": []}, OPTS)
    assert out["max_tokens"] == 512 and "max_output_tokens" not in out


def test_request_reasoning_kept_when_told():
    body = {"model": "m", "input": "x", "include": ["reasoning.encrypted_content"], "reasoning": {"summary": "auto"}}
    out = degrade_request(body, _opts(drop_reasoning=False))
    assert out["include"] == ["reasoning.encrypted_content"] and out["reasoning"] == {"summary": "auto"}


def test_request_non_dict_reasoning_untouched():
    out = degrade_request(_chat(reasoning="high", reasoning_effort="high"), OPTS)
    assert out["reasoning"] == "high" and out["reasoning_effort"] == "high"


@pytest.mark.parametrize("n, expected", [(8, 1), (1, 1), (0, 0)])
def test_request_caps_n(n, expected):
    assert degrade_request(_chat(n=n), OPTS)["n"] == expected


def test_request_caps_n_to_option():
    assert degrade_request(_chat(n=8), _opts(n=3))["n"] == 3
    assert degrade_request(_chat(n=2), _opts(n=3))["n"] == 2
    assert "n" not in degrade_request(_chat(), OPTS)  # absent: the upstream's default (1)


def test_request_zero_options_change_nothing_of_length_and_n():
    out = degrade_request(_chat(n=8, max_tokens=9999), {"max_tokens": 0, "n": 0, "strip_logprobs": False,
                                                       "drop_reasoning": False})
    assert out == _chat(n=8, max_tokens=9999)


def test_request_leaves_input_unmodified():
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "logprobs": True, "top_logprobs": 3,
            "max_tokens": 9999, "max_completion_tokens": 9999, "n": 5, "best_of": 7,
            "include": ["message.output_text.logprobs", "reasoning.encrypted_content"],
            "reasoning": {"effort": "high", "summary": "auto"}}
    before = copy.deepcopy(body)
    out = degrade_request(body, OPTS)
    assert body == before
    assert out is not body and out["include"] is not body["include"] and out["reasoning"] is not body["reasoning"]
    body = {"model": "m", "input": "x"}
    degrade_request(body, OPTS)
    assert body == {"model": "m", "input": "x"}


# -- degrade_response ---------------------------------------------------------------------------

def _completion() -> dict:
    return {"id": "c1", "object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "42", "reasoning_content": "first I...",
                                 "reasoning": "also", "thinking": "hmm", "reasoning_details": [{"t": 1}]},
         "logprobs": {"content": [{"token": "42", "logprob": -0.1}]}, "finish_reason": "stop"},
        {"index": 1, "message": {"role": "assistant", "content": "41", "reasoning_content": "x"},
         "logprobs": None, "finish_reason": "stop"},
    ], "usage": {"total_tokens": 9}}


def test_response_chat_completion():
    out = degrade_response(_completion(), OPTS)
    for choice in out["choices"]:
        assert choice["logprobs"] is None
        assert set(choice["message"]) == {"role", "content"}
    assert out["choices"][0]["message"]["content"] == "42"
    assert out["usage"] == {"total_tokens": 9} and out["id"] == "c1"


def test_response_logprobs_not_added_where_absent():
    obj = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "x"}}]}
    out = degrade_response(obj, OPTS)
    assert "logprobs" not in out["choices"][0]


def test_response_stream_chunk():
    chunk = {"object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {"reasoning_content": "step 1"}, "logprobs": {"content": []}},
        {"index": 1, "delta": {"content": "hi", "reasoning": "r"}, "logprobs": None}]}
    out = degrade_response(chunk, OPTS)
    assert out["choices"][0]["delta"] == {} and out["choices"][0]["logprobs"] is None
    assert out["choices"][1]["delta"] == {"content": "hi"}


def test_response_legacy_completion():
    obj = {"object": "text_completion", "choices": [{"text": "t", "index": 0,
                                                     "logprobs": {"tokens": ["t"], "token_logprobs": [-1.0]}}]}
    assert degrade_response(obj, OPTS)["choices"][0] == {"text": "t", "index": 0, "logprobs": None}


def test_response_options_off():
    out = degrade_response(_completion(), _opts(strip_logprobs=False, drop_reasoning=False))
    assert out == _completion()
    out = degrade_response(_completion(), _opts(strip_logprobs=False))
    assert out["choices"][0]["logprobs"] is not None and "reasoning_content" not in out["choices"][0]["message"]
    out = degrade_response(_completion(), _opts(drop_reasoning=False))
    assert out["choices"][0]["logprobs"] is None and out["choices"][0]["message"]["reasoning_content"] == "first I..."


def test_response_tolerates_odd_shapes():
    assert degrade_response({"choices": ["x", None, {"message": "not a dict"}]}, OPTS) == \
        {"choices": ["x", None, {"message": "not a dict"}]}
    assert degrade_response({"choices": None}, OPTS) == {"choices": None}
    assert degrade_response({"error": {"message": "bad"}}, OPTS) == {"error": {"message": "bad"}}


def _response_api() -> dict:
    return {"id": "r1", "object": "response", "status": "completed", "output": [
        {"type": "reasoning", "id": "rs1", "summary": [{"type": "summary_text", "text": "I think"}]},
        {"type": "message", "id": "m1", "role": "assistant",
         "content": [{"type": "output_text", "text": "answer"}]},
        "odd",
    ]}


def test_response_responses_api_drops_reasoning_items():
    out = degrade_response(_response_api(), OPTS)
    assert [o["type"] if isinstance(o, dict) else o for o in out["output"]] == ["message", "odd"]
    assert out["id"] == "r1" and out["status"] == "completed"
    assert degrade_response(_response_api(), _opts(drop_reasoning=False)) == _response_api()


@pytest.mark.parametrize("event_type", ["response.reasoning_summary_text.delta", "response.reasoning_text.delta",
                                        "response.reasoning_summary_part.added"])
def test_response_reasoning_stream_event_dropped(event_type):
    assert degrade_response({"type": event_type, "delta": "I think", "output_index": 0}, OPTS) == {}
    event = {"type": event_type, "delta": "I think"}
    assert degrade_response(dict(event), _opts(drop_reasoning=False)) == event


def test_response_other_stream_events_kept():
    event = {"type": "response.output_text.delta", "delta": "ans", "output_index": 1}
    assert degrade_response(dict(event), OPTS) == event


def test_response_completed_event_drops_reasoning_items():
    event = {"type": "response.completed", "sequence_number": 9, "response": _response_api()}
    out = degrade_response(event, OPTS)
    assert out["type"] == "response.completed"
    assert [o["type"] for o in out["response"]["output"] if isinstance(o, dict)] == ["message"]


@pytest.mark.parametrize("event_type", ["response.output_item.added", "response.output_item.done"])
def test_response_reasoning_output_item_event_emptied(event_type):
    # kept (later events count output_index from it) but without the reasoning it carries
    item = {"type": "reasoning", "id": "rs1", "summary": [{"type": "summary_text", "text": "I think"}],
            "content": [{"type": "reasoning_text", "text": "I think"}], "encrypted_content": "gAAA"}
    out = degrade_response({"type": event_type, "output_index": 0, "item": item}, OPTS)
    assert out["type"] == event_type and out["output_index"] == 0
    assert out["item"]["type"] == "reasoning" and out["item"]["id"] == "rs1"
    assert out["item"]["summary"] == [] and "content" not in out["item"] and "encrypted_content" not in out["item"]
    # a message item is untouched
    msg = {"type": "message", "id": "m1", "content": [{"type": "output_text", "text": "a"}]}
    event = {"type": event_type, "output_index": 1, "item": msg}
    assert degrade_response(copy.deepcopy(event), OPTS) == event


# -- degrade_sse --------------------------------------------------------------------------------

def test_sse_done_and_comments_unchanged():
    for event in (b"data: [DONE]", b"data:[DONE]", b": keep-alive", b":", b"event: ping", b"retry: 1000", b""):
        assert degrade_sse(event, OPTS) == event


def test_sse_rewrites_chat_chunk():
    chunk = {"choices": [{"index": 0, "delta": {"content": "a", "reasoning_content": "r"},
                          "logprobs": {"content": [1]}}]}
    out = degrade_sse(b"data: " + orjson.dumps(chunk), OPTS)
    assert out.startswith(b"data: ")
    assert orjson.loads(out[6:]) == {"choices": [{"index": 0, "delta": {"content": "a"}, "logprobs": None}]}


def test_sse_without_space_after_colon():
    out = degrade_sse(b'data:{"choices":[{"logprobs":{"x":1}}]}', OPTS)
    assert orjson.loads(out[len(b"data: "):]) == {"choices": [{"logprobs": None}]}


def test_sse_keeps_other_lines_of_the_event():
    event = b'event: message\nid: 7\ndata: {"choices":[{"delta":{"reasoning":"r","content":"c"}}]}'
    out = degrade_sse(event, OPTS)
    lines = out.split(b"\n")
    assert lines[:2] == [b"event: message", b"id: 7"]
    assert orjson.loads(lines[2][6:]) == {"choices": [{"delta": {"content": "c"}}]}


def test_sse_responses_api_reasoning_event_dropped():
    event = (b"event: response.reasoning_summary_text.delta\n"
             b'data: {"type":"response.reasoning_summary_text.delta","delta":"I think","output_index":0}')
    assert degrade_sse(event, OPTS) == b""
    assert degrade_sse(event, _opts(drop_reasoning=False)) == event


def test_sse_responses_api_text_event_kept():
    event = b'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"a"}'
    out = degrade_sse(event, OPTS)
    assert out.split(b"\n")[0] == b"event: response.output_text.delta"
    assert orjson.loads(out.split(b"\n")[1][6:]) == {"type": "response.output_text.delta", "delta": "a"}


def test_sse_non_json_and_non_object_data_unchanged():
    for event in (b"data: not json {", b"data: [1, 2]", b'data: "text"', b"data: 3"):
        assert degrade_sse(event, OPTS) == event


def test_sse_untouched_chunk_round_trips():
    chunk = {"id": "x", "choices": [{"index": 0, "delta": {"content": "hello"}}]}
    out = degrade_sse(b"data: " + orjson.dumps(chunk), OPTS)
    assert orjson.loads(out[6:]) == chunk


def test_sse_reasoning_output_item_event_kept_without_reasoning():
    item = {"type": "reasoning", "id": "rs1", "summary": [{"type": "summary_text", "text": "secret plan"}]}
    event = (b"event: response.output_item.done\ndata: "
             + orjson.dumps({"type": "response.output_item.done", "output_index": 0, "item": item}))
    out = degrade_sse(event, OPTS)
    assert out.startswith(b"event: response.output_item.done\ndata: ")
    assert b"secret plan" not in out
    assert orjson.loads(out.split(b"\n")[1][6:])["item"] == {"type": "reasoning", "id": "rs1", "summary": []}


def test_sse_completed_event_without_reasoning():
    response = {"object": "response", "output": [
        {"type": "reasoning", "summary": [{"type": "summary_text", "text": "secret plan"}]},
        {"type": "message", "content": [{"type": "output_text", "text": "ok"}]}]}
    out = degrade_sse(b"data: " + orjson.dumps({"type": "response.completed", "response": response}), OPTS)
    assert b"secret plan" not in out and b'"ok"' in out
