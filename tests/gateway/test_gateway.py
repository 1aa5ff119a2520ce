"""The gateway end to end: real HTTP between a real OpenAI client, the gateway (uvicorn) and a
fake OpenAI-compatible upstream (uvicorn). Fixtures: conftest.py of this folder."""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import openai
import pytest


TIMEOUT = 30  # the clients' (generous: a loaded CI machine)
MESSAGES = [{"role": "user", "content": "Say hello to me, please."}]
BLOCK = "rules: [{when: {}, action: block}]\n"
CHAT = "/v1/chat/completions"


def body(**extra) -> dict:
    return {"model": "m", "messages": MESSAGES, **extra}


def raw(obj) -> bytes:
    return json.dumps(obj).encode()


def is_openai_error(response: httpx.Response) -> dict:
    data = response.json()
    assert set(data) == {"error"}, data
    err = data["error"]
    assert isinstance(err["message"], str) and err["message"]
    assert isinstance(err["type"], str) and "param" in err and "code" in err
    return err


def free_port() -> int:
    """A loopback port that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def no_distillguard_headers(headers: dict) -> None:
    assert not [k for k in headers if k.lower().startswith("x-distillguard-")], headers


# -- 1. allow: a transparent proxy ----------------------------------------------------------------

def test_allow_is_byte_identical_non_stream(make_gateway, upstream):
    gw = make_gateway()
    content = raw(body(logprobs=True, top_logprobs=2))
    with httpx.Client(timeout=TIMEOUT) as http:
        direct = http.post(upstream.url + CHAT, content=content, headers={"content-type": "application/json"})
        via = http.post(gw.url + CHAT, content=content, headers={"content-type": "application/json"})
    assert direct.status_code == via.status_code == 200
    assert via.content == direct.content
    assert via.headers["content-type"] == direct.headers["content-type"]
    assert "x-distillguard-action" not in via.headers
    assert upstream.rec.last[2] == content  # the body went up unchanged


def test_allow_is_byte_identical_stream(make_gateway, upstream):
    gw = make_gateway()
    content = raw(body(stream=True, logprobs=True))
    with httpx.Client(timeout=TIMEOUT) as http:
        direct = http.post(upstream.url + CHAT, content=content, headers={"content-type": "application/json"})
        with http.stream("POST", gw.url + CHAT, content=content,
                         headers={"content-type": "application/json"}) as via:
            via_bytes = b"".join(via.iter_raw())
            assert via.status_code == 200
            assert via.headers["content-type"].startswith("text/event-stream")
    assert direct.content.count(b"data: ") == 6
    assert via_bytes == direct.content


def test_allow_with_the_openai_client(make_gateway, upstream):
    gw = make_gateway()
    client = gw.openai()
    done = client.chat.completions.create(model="m", messages=MESSAGES, logprobs=True, top_logprobs=2)
    assert done.choices[0].message.content == upstream.answer
    assert (done.choices[0].message.model_extra or {}).get("reasoning_content") == upstream.reasoning
    assert done.choices[0].logprobs is not None and done.choices[0].logprobs.content[0].token == "Hello"
    assert done.usage.total_tokens == 19
    sent = upstream.rec.last_json
    assert sent["logprobs"] is True and sent["top_logprobs"] == 2

    text, reasoning = [], []
    for part in client.chat.completions.create(model="m", messages=MESSAGES, stream=True):
        for choice in part.choices:
            text.append(choice.delta.content or "")
            reasoning.append((choice.delta.model_extra or {}).get("reasoning_content") or "")
    assert "".join(text) == upstream.answer
    assert "".join(reasoning) == upstream.reasoning


def test_models_and_unknown_paths_pass_through(make_gateway, upstream):
    gw = make_gateway()
    models = gw.openai().models.list()
    assert [m.id for m in models.data] == ["fake-model"]
    with httpx.Client(timeout=TIMEOUT) as http:
        for method, path, content in [("GET", "/v1/models", None),
                                      ("GET", "/v1/some/unknown/path?x=1&y=two", None),
                                      ("POST", "/v1/embeddings", raw({"model": "e", "input": "hi"})),
                                      ("DELETE", "/v1/files/file-1", None)]:
            direct = http.request(method, upstream.url + path, content=content)
            via = http.request(method, gw.url + path, content=content)
            assert (via.status_code, via.content) == (direct.status_code, direct.content), path
            if path != "/v1/models":
                assert via.headers.get("x-upstream") == "yes"
                assert via.json()["query"] == direct.json()["query"]
    assert upstream.rec.last[0] == "/v1/files/file-1"


def test_upstream_gets_the_authorization_as_sent_and_no_distillguard_headers(make_gateway, upstream):
    gw = make_gateway()
    spoof = {"X-Distillguard-Account": "someone-else", "X-Distillguard-Payment": "pm_x",
             "X-Distillguard-Account-Created": "2020-01-01T00:00:00Z"}
    client = gw.openai(api_key="sk-test-secret-Key_123")
    client.chat.completions.create(model="m", messages=MESSAGES, extra_headers=spoof)
    _, headers, _ = upstream.rec.last
    assert headers["authorization"] == "Bearer sk-test-secret-Key_123"
    no_distillguard_headers(headers)
    assert headers["host"] == f"127.0.0.1:{upstream.port}"
    client.models.list(extra_headers=spoof)  # a passthrough route strips them too
    _, headers, _ = upstream.rec.last
    assert headers["authorization"] == "Bearer sk-test-secret-Key_123"
    no_distillguard_headers(headers)
    with httpx.Client(timeout=TIMEOUT) as http:  # and a request's odd auth header is not rewritten
        http.post(gw.url + CHAT, json=body(), headers={"Authorization": "Basic dXNlcjpwYXNz", **spoof})
    _, headers, _ = upstream.rec.last
    assert headers["authorization"] == "Basic dXNlcjpwYXNz"
    no_distillguard_headers(headers)


# -- 2. block -------------------------------------------------------------------------------------

def test_block(make_gateway, upstream):
    gw = make_gateway(BLOCK)
    with pytest.raises(openai.PermissionDeniedError) as caught:
        gw.openai().chat.completions.create(model="m", messages=MESSAGES)
    exc = caught.value
    assert exc.status_code == 403
    assert "usage policy" in exc.message
    assert exc.code == "usage_policy_block"
    assert exc.response.headers["x-distillguard-action"] == "block"
    assert upstream.rec.count() == 0
    lines = gw.audit()
    assert len(lines) == 1
    assert lines[0]["action"] == "block" and lines[0]["applied"] == "block"
    assert lines[0]["path"] == CHAT and lines[0]["account_id"].startswith("key-")
    assert "sk-test" not in gw.audit_path.read_text()  # the API key is never written


@pytest.mark.parametrize("path,payload", [("/v1/completions", {"model": "m", "prompt": "hello"}),
                                          ("/v1/responses", {"model": "m", "input": "hello"})])
def test_block_on_the_other_judged_endpoints(make_gateway, upstream, path, payload):
    gw = make_gateway(BLOCK)
    with httpx.Client(timeout=TIMEOUT) as http:
        r = http.post(gw.url + path, json=payload, headers={"Authorization": "Bearer sk-test-1"})
    assert r.status_code == 403
    assert is_openai_error(r)["code"] == "usage_policy_block"
    assert upstream.rec.count() == 0


# -- 3. throttle ----------------------------------------------------------------------------------

def test_throttle(make_gateway, upstream):
    # (1 a minute: a token comes back after 60 s, so the test does not depend on its own speed)
    gw = make_gateway("rules: [{when: {}, action: throttle, throttle: {per_minute: 1, burst: 2}}]\n")
    client = gw.openai()
    for _ in range(2):
        raw_answer = client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
        assert raw_answer.headers["x-distillguard-action"] == "throttle"
        assert raw_answer.parse().choices[0].message.content == upstream.answer
    with pytest.raises(openai.RateLimitError) as caught:
        client.chat.completions.create(model="m", messages=MESSAGES)
    assert caught.value.status_code == 429
    assert upstream.rec.count() == 2
    with httpx.Client(timeout=TIMEOUT) as http:
        r = http.post(gw.url + CHAT, json=body(), headers={"Authorization": "Bearer sk-test-gateway-1"})
        other = http.post(gw.url + CHAT, json=body(), headers={"Authorization": "Bearer sk-test-another-key"})
    assert r.status_code == 429
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert r.headers["x-distillguard-action"] == "throttle"
    assert is_openai_error(r)["code"] == "rate_limit_exceeded"
    assert other.status_code == 200  # buckets are per account
    refused = [line for line in gw.audit() if line["refused"]]
    assert len(refused) == 2 and all(line["action"] == "throttle" for line in refused)


# -- 4. degrade -----------------------------------------------------------------------------------

DEGRADE = "rules: [{when: {}, action: degrade, degrade: {max_tokens: 16}}]\n"


def test_degrade_non_stream(make_gateway, upstream):
    gw = make_gateway(DEGRADE)
    answer = gw.openai().chat.completions.with_raw_response.create(
        model="m", messages=MESSAGES, logprobs=True, top_logprobs=3, max_tokens=500)
    assert answer.headers["x-distillguard-action"] == "degrade"
    done = answer.parse()
    sent = upstream.rec.last_json
    assert "logprobs" not in sent and "top_logprobs" not in sent
    assert sent["max_tokens"] == 16
    assert sent["messages"] == MESSAGES
    choice = done.choices[0]
    assert choice.message.content == upstream.answer
    assert choice.logprobs is None
    assert "reasoning_content" not in (choice.message.model_extra or {})
    assert done.usage.total_tokens == 19
    # a request without a length field gets the cap too; a smaller one is kept
    gw.openai().chat.completions.create(model="m", messages=MESSAGES)
    assert upstream.rec.last_json["max_tokens"] == 16
    gw.openai().chat.completions.create(model="m", messages=MESSAGES, max_tokens=5)
    assert upstream.rec.last_json["max_tokens"] == 5
    assert [line["action"] for line in gw.audit()] == ["degrade"] * 3


WATERMARK = "rules: [{when: {}, action: degrade, degrade: {watermark: true, canary: true}}]\n"


def test_degrade_asks_for_the_accounts_canary_watermark(make_gateway, upstream):
    gw = make_gateway(WATERMARK, watermark_header="x-watermark", watermark_key_id="wm-master", watermark_xargs=True)
    gw.openai().chat.completions.create(model="m", messages=MESSAGES, extra_body={"vllm_xargs": {"other": 1}})
    path, headers, _ = upstream.rec.requests[-1]
    account = gw.audit()[-1]["account_id"]
    assert headers["x-watermark"] == f"key=wm-master; account={account}"
    assert upstream.rec.last_json["vllm_xargs"] == {"other": 1, "distillguard_watermark": "wm-master",
                                                   "distillguard_account": account}


def test_clients_never_choose_the_watermark(make_gateway, upstream):
    # a client naming another account's canary could make a suspect's hit point at that account
    gw = make_gateway(watermark_xargs=True)
    gw.openai().chat.completions.create(model="m", messages=MESSAGES, extra_body={"vllm_xargs": {
        "distillguard_watermark": "wm-master", "distillguard_account": "victim", "other": 2}})
    assert upstream.rec.last_json["vllm_xargs"] == {"other": 2}


def test_degrade_stream(make_gateway, upstream):
    gw = make_gateway(DEGRADE)
    stream = gw.openai().chat.completions.create(model="m", messages=MESSAGES, stream=True, logprobs=True,
                                                 top_logprobs=3, max_completion_tokens=900)
    chunks = list(stream)
    sent = upstream.rec.last_json
    assert sent["stream"] is True
    assert "logprobs" not in sent and "top_logprobs" not in sent
    assert sent["max_completion_tokens"] == 16
    text = []
    for part in chunks:
        for choice in part.choices:
            assert choice.logprobs is None
            assert "reasoning_content" not in (choice.delta.model_extra or {})
            text.append(choice.delta.content or "")
    assert "".join(text) == upstream.answer
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 19
    with httpx.Client(timeout=TIMEOUT) as http:  # the event stream itself stays well formed
        r = http.post(gw.url + CHAT, json=body(stream=True, logprobs=True))
    assert r.headers["x-distillguard-action"] == "degrade"
    assert upstream.reasoning.encode() not in r.content and b'"top_logprobs"' not in r.content
    assert r.content.endswith(b"data: [DONE]\n\n")
    events = [e for e in r.content.split(b"\n\n") if e]
    assert all(e.startswith(b"data: ") for e in events)


# -- 5. containment from the first request --------------------------------------------------------

CONTAIN = "rules: [{when: {campaign: true}, action: block}, {when: {flagged: true}, action: block}]\n"
PUBLISHED = {"kind": "distillguard.published", "version": 1,
             "accounts": [{"account_id": "member-1", "risk": 0.97, "flagged": True, "campaign_id": "camp-1",
                           "reasons": ["reasoning_elicitation"], "evidence": ["asks for chains of thought"]},
                          {"account_id": "flagged-2", "risk": 0.91, "flagged": True, "campaign_id": None,
                           "reasons": [], "evidence": []}],
             "campaigns": [{"campaign_id": "camp-1", "size": 5, "risk": 0.95, "first_seen": None, "last_seen": None,
                            "account_ids": ["member-1", "m2", "m3", "m4", "m5"],
                            "artifacts": [{"kind": "shared_payment", "key": "pm_abc", "holders": 5}]}]}


def _as(account: str, payment: str | None = None) -> dict:
    headers = {"X-Distillguard-Account": account}
    if payment:
        headers["X-Distillguard-Payment"] = payment
    return headers


def test_containment_by_a_published_campaign_artifact(make_gateway, upstream):
    gw = make_gateway(CONTAIN, trust_identity_headers=True, admin_token="adm-token")
    with httpx.Client(timeout=TIMEOUT) as http:
        r = http.post(gw.url + "/admin/publish", content=raw(PUBLISHED),
                      headers={"Authorization": "Bearer adm-token"})
    assert r.status_code == 200 and r.json() == {"accounts": 2, "campaigns": 1}
    client = gw.openai()

    with pytest.raises(openai.PermissionDeniedError):  # the very first request of a new account
        client.chat.completions.create(model="m", messages=MESSAGES, extra_headers=_as("new-acct", "pm_abc"))
    assert upstream.rec.count() == 0
    line = gw.audit()[-1]
    assert line["account_id"] == "new-acct" and line["action"] == "block"
    assert line["linked"] is True and line["campaign_id"] == "camp-1"
    assert line["reasons"][0] == "shared_payment"
    assert any("camp-1" in e for e in line["evidence"])

    done = client.chat.completions.create(model="m", messages=MESSAGES, extra_headers=_as("new-acct", "pm_other"))
    assert done.choices[0].message.content == upstream.answer
    done = client.chat.completions.create(model="m", messages=MESSAGES, extra_headers=_as("clean-acct"))
    assert done.choices[0].message.content == upstream.answer

    for account in ("member-1", "flagged-2"):  # published accounts: blocked from their first request here
        with pytest.raises(openai.PermissionDeniedError):
            client.chat.completions.create(model="m", messages=MESSAGES, extra_headers=_as(account, "pm_zzz"))
    member, flagged = gw.audit()[-2:]
    assert member["account_id"] == "member-1" and member["campaign_id"] == "camp-1" and member["linked"] is False
    assert flagged["account_id"] == "flagged-2" and flagged["flagged"] is True and flagged["campaign_id"] is None
    assert upstream.rec.count() == 2


def test_containment_via_the_state_and_untrusted_headers(make_gateway, upstream):
    """scorer.state.publish works as well; without trust_identity_headers the headers mean nothing."""
    trusting = make_gateway(CONTAIN, trust_identity_headers=True)
    trusting.scorer.state.publish(PUBLISHED)
    with pytest.raises(openai.PermissionDeniedError):
        trusting.openai().chat.completions.create(model="m", messages=MESSAGES,
                                                  extra_headers=_as("new-acct", "pm_abc"))
    untrusting = make_gateway(CONTAIN)
    untrusting.scorer.state.publish(PUBLISHED)
    done = untrusting.openai().chat.completions.create(model="m", messages=MESSAGES,
                                                       extra_headers=_as("member-1", "pm_abc"))
    assert done.choices[0].message.content == upstream.answer
    assert untrusting.audit() == []
    no_distillguard_headers(upstream.rec.last[1])


# -- 6. bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("content,code", [
    (b"{not json", "invalid_json"),
    (b"", "invalid_json"),
    (b"\xff\xfe\x00garbage", "invalid_json"),
    (b"[1, 2, 3]", "invalid_json"),
    (b'"a string"', "invalid_json"),
    (b'{"model": "m"}', "invalid_request"),
    (b'{"model": "m", "temperature": 0.5}', "invalid_request"),
])
def test_bad_input_is_400(make_gateway, upstream, content, code):
    gw = make_gateway()
    with httpx.Client(timeout=TIMEOUT) as http:
        r = http.post(gw.url + CHAT, content=content, headers={"content-type": "application/json"})
    assert r.status_code == 400
    err = is_openai_error(r)
    assert err["type"] == "invalid_request_error" and err["code"] == code
    assert upstream.rec.count() == 0


def test_bad_input_with_the_openai_client(make_gateway, upstream):
    gw = make_gateway()
    with pytest.raises(openai.BadRequestError) as caught:  # a body without messages: 400, not 500
        gw.openai().post("/chat/completions", body={"model": "m"}, cast_to=httpx.Response)
    assert caught.value.status_code == 400
    assert upstream.rec.count() == 0


@pytest.mark.parametrize("payload", [
    {"messages": "hello"},
    {"messages": None},
    {"messages": [1, 2]},
    {"messages": [None]},
    {"messages": [{"role": 5, "content": {"x": 1}}]},
    {"messages": [{"role": "user", "content": [{"type": "text", "text": 5}, "loose", None]}]},
    {"messages": [{"role": "user"}]},
    {"model": ["x"], "messages": MESSAGES},
    {"model": "m", "messages": MESSAGES, "max_tokens": "big", "temperature": "hot", "n": -3},
    {"model": "m", "messages": MESSAGES, "user": {"a": 1}, "safety_identifier": 7},
    {"model": "m", "prompt": 123},
    {"model": "m", "prompt": ["a", 1, None]},
    {"model": "m", "messages": MESSAGES, "logprobs": "yes", "top_logprobs": "many"},
])
def test_odd_bodies_are_never_500(make_gateway, upstream, payload):
    gw = make_gateway(DEGRADE)  # degrade rewrites the body: the odd fields go through it too
    with httpx.Client(timeout=TIMEOUT) as http:
        r = http.post(gw.url + CHAT, json=payload)
    assert r.status_code in (200, 400), (r.status_code, r.text)
    if r.status_code == 400:
        assert is_openai_error(r)["type"] == "invalid_request_error"


def test_body_over_the_limit_is_413(make_gateway, upstream):
    gw = make_gateway(max_body_bytes=2048)
    big = [{"role": "user", "content": "x" * 4000}]
    with pytest.raises(openai.APIStatusError) as caught:
        gw.openai().chat.completions.create(model="m", messages=big)
    assert caught.value.status_code == 413

    def chunked():  # no content-length: the limit holds while reading
        for _ in range(10):
            yield b" " * 1000
    with httpx.Client(timeout=TIMEOUT) as http:
        r = http.post(gw.url + CHAT, content=chunked(), headers={"content-type": "application/json"})
        assert r.status_code == 413
        assert is_openai_error(r)["code"] == "request_too_large"
        r = http.post(gw.url + "/v1/embeddings", content=b"x" * 5000)  # passthrough routes too
        assert r.status_code == 413
        ok = http.post(gw.url + CHAT, json=body())  # under the limit: served
        assert ok.status_code == 200
    assert upstream.rec.count() == 1


# -- 7. upstream faults ---------------------------------------------------------------------------

def test_upstream_not_listening_is_502(make_gateway):
    gw = make_gateway(upstream=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(openai.InternalServerError) as caught:
        gw.openai().chat.completions.create(model="m", messages=MESSAGES)
    assert caught.value.status_code == 502
    with httpx.Client(timeout=TIMEOUT) as http:
        for method, path, payload in [("POST", CHAT, body()), ("POST", CHAT, body(stream=True)),
                                      ("GET", "/v1/models", None)]:
            r = http.request(method, gw.url + path, json=payload)
            assert r.status_code == 502, path
            assert is_openai_error(r)["code"] == "upstream_unavailable"


def test_slow_upstream_is_504(make_gateway, upstream):
    gw = make_gateway(timeout_s=0.5)  # (the "slow" upstream answers when the test ends)
    with httpx.Client(timeout=TIMEOUT) as http:
        t0 = time.monotonic()
        r = http.post(gw.url + CHAT, json=body(model="slow"))
        elapsed = time.monotonic() - t0
    assert r.status_code == 504
    assert is_openai_error(r)["code"] == "upstream_timeout"
    assert 0.45 < elapsed < 10, elapsed
    assert upstream.rec.held == 1
    with pytest.raises(openai.InternalServerError) as caught:
        gw.openai().chat.completions.create(model="slow", messages=MESSAGES)
    assert caught.value.status_code == 504


def test_upstream_500_is_passed_through(make_gateway, upstream):
    gw = make_gateway()
    content = raw(body(model="error500"))
    with httpx.Client(timeout=TIMEOUT) as http:
        direct = http.post(upstream.url + CHAT, content=content)
        via = http.post(gw.url + CHAT, content=content)
    assert direct.status_code == via.status_code == 500
    assert via.content == direct.content
    with pytest.raises(openai.InternalServerError) as caught:
        gw.openai().chat.completions.create(model="error500", messages=MESSAGES)
    assert caught.value.status_code == 500 and "the model crashed" in caught.value.message


# -- 8. shadow mode -------------------------------------------------------------------------------

def test_shadow_mode_logs_and_serves(make_gateway, upstream):
    gw = make_gateway("shadow: true\n" + BLOCK)
    answer = gw.openai().chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
    assert answer.status_code == 200
    assert "x-distillguard-action" not in answer.headers
    assert answer.parse().choices[0].message.content == upstream.answer
    assert upstream.rec.count() == 1
    (line,) = gw.audit()
    assert line["action"] == "block" and line["applied"] == "allow" and line["shadow"] is True


# -- 9. policy reload -----------------------------------------------------------------------------

def test_policy_reload(make_gateway, upstream, tmp_path):
    from distillguard.policy import PolicyFile

    path = tmp_path / "live-policy.yaml"
    path.write_text("rules: []\n")
    logs: list[str] = []
    policy = PolicyFile(path, check_s=0.0, on_error=logs.append)
    gw = make_gateway(policy=policy, logs=logs)
    client = gw.openai()
    assert client.chat.completions.create(model="m", messages=MESSAGES).choices[0].message.content == upstream.answer

    path.write_text("# now blocking everyone\n" + BLOCK)
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(model="m", messages=MESSAGES)

    path.write_text("rules: [{when: {}, action: allow\n")  # broken YAML: the block policy stays
    for _ in range(3):
        with pytest.raises(openai.PermissionDeniedError):
            client.chat.completions.create(model="m", messages=MESSAGES)
    errors = [m for m in logs if "policy" in m]
    assert len(errors) == 1, logs
    assert "stays in force" in errors[0] and "live-policy.yaml" in errors[0]
    assert policy.reloads == 1
    with httpx.Client(timeout=TIMEOUT) as http:
        health = http.get(gw.url + "/healthz").json()
    assert health["policy_reloads"] == 1 and health["policy"] == str(path)


# -- 10. admin ------------------------------------------------------------------------------------

def test_admin_is_off_without_a_token(make_gateway):
    gw = make_gateway()
    with httpx.Client(timeout=TIMEOUT) as http:
        r = http.get(gw.url + "/admin/accounts/x", headers={"Authorization": "Bearer anything"})
        assert r.status_code == 404 and is_openai_error(r)
        assert http.post(gw.url + "/admin/policy/reload").status_code == 404


def test_admin_with_a_token(make_gateway, upstream):
    gw = make_gateway("rules: []\n", admin_token="s3cret", trust_identity_headers=True)
    gw.openai().chat.completions.create(model="m", messages=MESSAGES, extra_headers=_as("acct-a"))
    good = {"Authorization": "Bearer s3cret"}
    with httpx.Client(timeout=TIMEOUT) as http:
        assert http.get(gw.url + "/admin/accounts/acct-a").status_code == 401
        r = http.get(gw.url + "/admin/accounts/acct-a", headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and is_openai_error(r)["code"] == "unauthorized"
        deadline = time.monotonic() + TIMEOUT
        while True:  # the exchange enters the account's window from the background scorer
            r = http.get(gw.url + "/admin/accounts/acct-a", headers=good)
            assert r.status_code == 200
            if r.json()["exchanges"] >= 1 or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert r.json() == {"account_id": "acct-a", "exchanges": 1, "verdict": None, "published": None}
        r = http.post(gw.url + "/admin/policy/reload", headers=good)
        assert r.status_code == 200 and r.json() == {"reloaded": True, "policy": str(gw.policy_path)}
        r = http.post(gw.url + "/admin/publish", content=b"{}", headers=good)
        assert r.status_code == 400 and is_openai_error(r)
        r = http.post(gw.url + "/admin/publish", content=b"not json", headers=good)
        assert r.status_code == 400 and is_openai_error(r)
        assert http.get(gw.url + "/admin/nothing-here", headers=good).status_code == 404
        assert http.post(gw.url + "/admin/rescore", headers=good).json() == {"rescored": 0}


# -- 11. health and metrics -----------------------------------------------------------------------

def test_healthz_and_metrics(make_gateway, upstream):
    gw = make_gateway(BLOCK)
    with pytest.raises(openai.PermissionDeniedError):
        gw.openai().chat.completions.create(model="m", messages=MESSAGES)
    with httpx.Client(timeout=TIMEOUT) as http:
        health = http.get(gw.url + "/healthz")
        metrics = http.get(gw.url + "/metrics")
    assert health.status_code == 200
    data = health.json()
    assert data["status"] == "ok" and data["state"] == "MemoryState" and data["in_flight"] == 0
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert "distillguard_requests_total" in text and "distillguard_decisions_total" in text
    assert 'distillguard_decisions_total{action="block",applied="true"} 1.0' in text
    assert 'distillguard_requests_total{endpoint="chat",outcome="block",status="403"} 1.0' in text
    assert upstream.rec.count() == 0  # health and metrics are the gateway's own


# -- 12. overload ---------------------------------------------------------------------------------

def test_overload_sheds_with_429(make_gateway, upstream):
    gw = make_gateway(max_in_flight=1)
    results = {}

    def slow_request():
        with httpx.Client(timeout=TIMEOUT) as http:
            results["slow"] = http.post(gw.url + CHAT, json=body(model="slow"))

    thread = threading.Thread(target=slow_request)
    thread.start()
    try:
        deadline = time.monotonic() + TIMEOUT
        while not upstream.rec.held and time.monotonic() < deadline:
            time.sleep(0.01)
        assert upstream.rec.held == 1, "the slow request did not reach the upstream"
        with httpx.Client(timeout=TIMEOUT) as http:
            shed = http.post(gw.url + CHAT, json=body())
            health = http.get(gw.url + "/healthz")  # not a judged route: answered while full
    finally:
        upstream.rec.release.set()
        thread.join(timeout=TIMEOUT)
    assert shed.status_code == 429
    assert is_openai_error(shed)["code"] == "overloaded"
    assert shed.headers["retry-after"] == "1"
    assert health.status_code == 200 and health.json()["in_flight"] == 1
    assert results["slow"].status_code == 200
    with httpx.Client(timeout=TIMEOUT) as http:  # room again once it is done
        assert http.post(gw.url + CHAT, json=body()).status_code == 200
        assert "distillguard_shed_requests_total 1.0" in http.get(gw.url + "/metrics").text


# -- 13. the client hangs up mid-stream -----------------------------------------------------------

@pytest.mark.parametrize("policy", [None, DEGRADE], ids=["relayed", "degraded"])
def test_client_disconnect_mid_stream_closes_the_upstream_stream(make_gateway, upstream, policy):
    gw = make_gateway(policy)
    with httpx.Client(timeout=TIMEOUT) as http:
        with http.stream("POST", gw.url + CHAT, json=body(model="slowstream", stream=True)) as r:
            assert r.status_code == 200
            chunks = r.iter_raw()  # (kept: a dropped iterator closes the connection at once)
            assert next(chunks).startswith(b"data: ")
            time.sleep(2 * upstream.stream_tick_s)
            assert not upstream.rec.stream_closed.is_set()  # still streaming while the client is there
        t_closed = time.monotonic()
    assert upstream.rec.stream_started.is_set()
    assert upstream.rec.stream_closed.wait(10), "the upstream stream was not closed after the client hung up"
    assert time.monotonic() - t_closed < 10
    assert upstream.rec.stream_closed_early is True
    assert upstream.rec.stream_ticks < upstream.stream_ticks


# -- 14. `distillguard serve` usage errors --------------------------------------------------------

@pytest.mark.parametrize("args,words", [
    (["--upstream", "ftp://example.com"], "--upstream"),
    (["--upstream", "127.0.0.1:8000"], "--upstream"),
    (["--upstream", "http://127.0.0.1:8000", "--trusted-proxy", "not-a-network"], "--trusted-proxy"),
    (["--upstream", "http://127.0.0.1:8000", "--trusted-proxy", "10.0.0.0/8", "--trusted-proxy", "300.1.1.1"],
     "--trusted-proxy"),
    (["--upstream", "http://127.0.0.1:8000", "--target-fpr", "1.5"], "--target-fpr"),
    (["--upstream", "http://127.0.0.1:8000", "--hash-key", ""], "--hash-key"),
])
def test_serve_usage_errors(args, words):
    from cli_runner import run_cli

    code, out, err = run_cli("serve", *args)
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("distillguard: error:") and words in lines[0]
    assert out == ""


# -- compressed answers ---------------------------------------------------------------------------

def _no_accept_encoding(http: httpx.Client) -> httpx.Client:
    del http.headers["accept-encoding"]  # httpx asks for gzip unless told not to
    return http


def test_compressed_passthrough_reaches_the_client_readable(make_gateway, upstream):
    gw = make_gateway()
    with httpx.Client(timeout=TIMEOUT) as http:
        direct = http.get(upstream.url + "/v1/gzipped")
        via = http.get(gw.url + "/v1/gzipped")
    assert direct.headers["content-encoding"] == "gzip"
    assert via.status_code == 200 and via.headers.get("content-encoding") == "gzip"
    assert via.content == direct.content and len(via.json()["data"]) == 50
    with _no_accept_encoding(httpx.Client(timeout=TIMEOUT)) as http:  # a client that accepts no encoding gets none
        via = http.get(gw.url + "/v1/gzipped")
    assert "content-encoding" not in via.headers and len(via.json()["data"]) == 50
    assert upstream.rec.last[1]["accept-encoding"] == "identity"


def test_compressed_judged_answers(make_gateway, upstream):
    gw = make_gateway()
    client = gw.openai()
    done = client.chat.completions.create(model="gzip", messages=MESSAGES)
    assert done.choices[0].message.content == upstream.answer
    assert "gzip" in upstream.rec.last[1]["accept-encoding"]
    text = [c.delta.content or "" for part in client.chat.completions.create(model="gzip", messages=MESSAGES,
                                                                                stream=True)
            for c in part.choices]
    assert "".join(text) == upstream.answer
    plain = raw(body(stream=True))
    gz = raw(body(model="gzip", stream=True))
    with httpx.Client(timeout=TIMEOUT) as http:
        expected = http.post(upstream.url + CHAT, content=plain).content.replace(b'"model":"m"', b'"model":"gzip"')
        direct = http.post(upstream.url + CHAT, content=gz)
        via = http.post(gw.url + CHAT, content=gz)
    assert direct.headers["content-encoding"] == "gzip" and direct.content == expected
    assert via.headers.get("content-encoding") == "gzip" and via.content == expected


def test_compressed_stream_degraded(make_gateway, upstream):
    gw = make_gateway(DEGRADE)
    chunks = list(gw.openai().chat.completions.create(model="gzip", messages=MESSAGES, stream=True, logprobs=True))
    text = []
    for part in chunks:
        for choice in part.choices:
            assert choice.logprobs is None
            assert "reasoning_content" not in (choice.delta.model_extra or {})
            text.append(choice.delta.content or "")
    assert "".join(text) == upstream.answer
    with httpx.Client(timeout=TIMEOUT) as http:
        r = http.post(gw.url + CHAT, json=body(model="gzip", stream=True))
    assert "content-encoding" not in r.headers  # rewritten, so sent as it is
    assert r.content.endswith(b"data: [DONE]\n\n") and upstream.reasoning.encode() not in r.content


# -- streams count as in flight until they end ----------------------------------------------------

def test_streams_in_flight_count_until_they_end(make_gateway, upstream):
    gw = make_gateway(max_in_flight=1)
    with httpx.Client(timeout=TIMEOUT) as http:
        with http.stream("POST", gw.url + CHAT, json=body(model="slowstream", stream=True)) as r:
            chunks = r.iter_raw()
            assert next(chunks).startswith(b"data: ")
            shed = http.post(gw.url + CHAT, json=body())
            assert shed.status_code == 429 and is_openai_error(shed)["code"] == "overloaded"
            assert http.get(gw.url + "/healthz").json()["in_flight"] == 1
        deadline = time.monotonic() + 10
        while http.get(gw.url + "/healthz").json()["in_flight"] and time.monotonic() < deadline:
            time.sleep(0.02)
        assert http.get(gw.url + "/healthz").json()["in_flight"] == 0  # released when the client hung up
        for _ in range(3):  # and after streams that ran to their end
            with http.stream("POST", gw.url + CHAT, json=body(stream=True)) as r:
                assert b"[DONE]" in r.read()
            assert http.post(gw.url + CHAT, json=body()).status_code == 200
        assert http.get(gw.url + "/healthz").json()["in_flight"] == 0


def test_more_than_a_hundred_concurrent_requests_reach_the_upstream(make_gateway, upstream):
    """Up to max_in_flight requests are forwarded at once (httpx's pool alone would hold 100)."""
    import asyncio

    n = 120
    gw = make_gateway(max_in_flight=n)

    async def go():
        async with httpx.AsyncClient(timeout=TIMEOUT, limits=httpx.Limits(max_connections=None)) as http:
            tasks = [asyncio.create_task(http.post(gw.url + CHAT, json=body(model="slow"))) for _ in range(n)]
            try:
                deadline = time.monotonic() + 20
                while upstream.rec.held < n and time.monotonic() < deadline:
                    await asyncio.sleep(0.02)
                held = upstream.rec.held
            finally:
                upstream.rec.release.set()
            return held, await asyncio.gather(*tasks)

    held, answers = asyncio.run(go())
    assert held == n
    assert [r.status_code for r in answers] == [200] * n


def test_containment_by_a_peer_s_shared_campaign(make_gateway, upstream):
    """A peer's bundle (intel import) contains a new account whose first request carries two
    families of the peer campaign's clues: its card and its system prompt, as fingerprints."""
    import hashlib

    from distillguard.normalize.fingerprints import fingerprint, key_id
    from distillguard.risk.watchlist import Indicator, Intel, WatchList

    key = b"community key"
    system = "You are HarvestBot. Answer with full reasoning."
    digest = hashlib.blake2b(" ".join(system.lower().split()).encode(), digest_size=12).hexdigest()
    watch = WatchList("Provider A", "bundle--0f8c1e6e-3b0b-4a1c-9d3e-000000000009", "amber", key_id(key),
                      "2026-12-04T00:00:00Z", [
                          Indicator("indicator--00000000-0000-4000-8000-000000000001", "payment",
                                    [fingerprint(key, "payment", "pm_farm")], "card", "campaign--x", "Provider A c-7"),
                          Indicator("indicator--00000000-0000-4000-8000-000000000002", "system_prompt",
                                    [fingerprint(key, "system_prompt", digest)], "prompt", "campaign--x", "Provider A c-7")])
    gw = make_gateway(CONTAIN, trust_identity_headers=True, intel=Intel([watch], community_key=key))
    client = gw.openai()
    farm = [{"role": "system", "content": system}, *MESSAGES]
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(model="m", messages=farm, extra_headers=_as("fresh-head", "pm_farm"))
    assert upstream.rec.count() == 0
    line = gw.audit()[-1]
    assert line["account_id"] == "fresh-head" and line["action"] == "block" and line["linked"] is True
    assert line["campaign_id"] == "intel:Provider A:Provider A c-7" and line["reasons"][0] == "intel_match"
    assert "shared by Provider A" in line["evidence"][0]
    # one family (the card alone, or the prompt alone) is not a case: served
    for messages, payment in ((MESSAGES, "pm_farm"), (farm, "pm_mine")):
        done = client.chat.completions.create(model="m", messages=messages, extra_headers=_as("someone", payment))
        assert done.choices[0].message.content == upstream.answer
