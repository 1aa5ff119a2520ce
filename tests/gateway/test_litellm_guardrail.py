"""The LiteLLM guardrail against the real litellm package: its CustomGuardrail base, its
UserAPIKeyAuth and DualCache, and real ModelResponse / streaming objects from litellm's mock
completions (no network)."""

import asyncio
import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # (litellm fetches a price list at import)

import litellm  # noqa: E402
import pytest  # noqa: E402
from litellm.caching.dual_cache import DualCache  # noqa: E402
from litellm.integrations.custom_guardrail import CustomGuardrail  # noqa: E402
from litellm.proxy._types import UserAPIKeyAuth  # noqa: E402

from distillguard.gateway.litellm_guardrail import DistillguardGuardrail  # noqa: E402
from distillguard.online.scorer import OnlineScorer  # noqa: E402
from distillguard.risk.default_reference import load_default_reference  # noqa: E402


@pytest.fixture(scope="module")
def reference():
    return load_default_reference()


def _guardrail(tmp_path, reference, policy_text: str, **kw) -> DistillguardGuardrail:
    policy = tmp_path / "policy.yaml"
    policy.write_text(policy_text)
    return DistillguardGuardrail(policy=str(policy), scorer=OnlineScorer(reference), guardrail_name="distillguard",
                                 event_hook=["pre_call", "post_call"], default_on=True, **kw)


def _request(call_id: str, **extra) -> dict:
    return {"model": "openai/gpt-x", "litellm_call_id": call_id,
            "messages": [{"role": "user", "content": "What is the capital of Peru?"}], **extra}


def test_it_is_a_litellm_custom_guardrail(tmp_path, reference):
    g = _guardrail(tmp_path, reference, "rules: []\n")
    assert isinstance(g, CustomGuardrail) and g.guardrail_name == "distillguard"


def test_allow_passes_the_request_and_queues_the_exchange_for_scoring(tmp_path, reference):
    g = _guardrail(tmp_path, reference, "rules: []\n")
    user = UserAPIKeyAuth(api_key="hashed-token-1", user_id="user-1")

    async def go():
        data = _request("c1")
        out = await g.async_pre_call_hook(user, DualCache(), data, "acompletion")
        assert out == data
        response = await litellm.acompletion(model="openai/gpt-x", messages=out["messages"], mock_response="Lima.")
        back = await g.async_post_call_success_hook(out, user, response)
        assert back.choices[0].message.content == "Lima."
    asyncio.run(go())
    assert g.scoring.drain()
    assert g.scorer.state.count("user-1") == 1


def test_block_raises_a_403_before_the_call(tmp_path, reference):
    g = _guardrail(tmp_path, reference, "rules:\n  - {when: {}, action: block}\n")
    user = UserAPIKeyAuth(api_key="hashed-token-2", team_id="team-9")

    with pytest.raises(Exception) as info:
        asyncio.run(g.async_pre_call_hook(user, DualCache(), _request("c2"), "acompletion"))
    assert getattr(info.value, "status_code", None) == 403
    assert "usage policy" in str(getattr(info.value, "detail", info.value))


def test_throttle_raises_a_429_beyond_the_bucket(tmp_path, reference):
    g = _guardrail(tmp_path, reference,
                   "rules:\n  - {when: {}, action: throttle, throttle: {per_minute: 1, burst: 2}}\n")
    user = UserAPIKeyAuth(api_key="hashed-token-3")

    async def go():
        for i in range(2):
            await g.async_pre_call_hook(user, DualCache(), _request(f"t{i}"), "acompletion")
        await g.async_pre_call_hook(user, DualCache(), _request("t2"), "acompletion")
    with pytest.raises(Exception) as info:
        asyncio.run(go())
    assert getattr(info.value, "status_code", None) == 429


def test_degrade_rewrites_the_request_and_strips_the_answer(tmp_path, reference):
    g = _guardrail(tmp_path, reference,
                   "rules:\n  - {when: {}, action: degrade, degrade: {max_tokens: 16, n: 1}}\n")
    user = UserAPIKeyAuth(api_key="hashed-token-4", user_id="user-4")

    async def go():
        data = _request("d1", logprobs=True, top_logprobs=5, max_tokens=4000, n=4)
        out = await g.async_pre_call_hook(user, DualCache(), data, "acompletion")
        assert "logprobs" not in out and "top_logprobs" not in out
        assert out["max_tokens"] == 16 and out["n"] == 1
        response = await litellm.acompletion(model="openai/gpt-x", messages=out["messages"], mock_response="Lima.")
        response.choices[0].message.reasoning_content = "first I recall the map of South America"
        back = await g.async_post_call_success_hook(out, user, response)
        assert getattr(back.choices[0].message, "reasoning_content", None) is None

        data = _request("d2", stream=True)
        out = await g.async_pre_call_hook(user, DualCache(), data, "acompletion")
        stream = await litellm.acompletion(model="openai/gpt-x", messages=out["messages"], mock_response="Li ma.",
                                           stream=True)

        async def with_reasoning():
            async for chunk in stream:
                chunk.choices[0].delta.reasoning_content = "thinking"
                yield chunk
        text = ""
        async for chunk in g.async_post_call_streaming_iterator_hook(user, with_reasoning(), out):
            assert getattr(chunk.choices[0].delta, "reasoning_content", None) is None
            text += chunk.choices[0].delta.content or ""
        assert text == "Li ma."
    asyncio.run(go())
    assert g.scoring.drain() and g.scorer.state.count("user-4") == 2


def test_a_published_campaign_member_is_blocked_on_its_first_call(tmp_path, reference):
    import orjson

    published = tmp_path / "published.json"
    published.write_bytes(orjson.dumps({
        "kind": "distillguard.published", "version": 1,
        "accounts": [{"account_id": "farm-7", "risk": 1.0, "flagged": True, "campaign_id": "c-1",
                      "reasons": ["campaign_member"], "evidence": ["member of campaign c-1"]}],
        "campaigns": [{"campaign_id": "c-1", "size": 30, "account_ids": ["farm-7"], "artifacts": []}]}))
    g = _guardrail(tmp_path, reference, "rules:\n  - {when: {campaign: true}, action: block}\n",
                   published=str(published))
    with pytest.raises(Exception) as info:
        asyncio.run(g.async_pre_call_hook(UserAPIKeyAuth(user_id="farm-7"), DualCache(), _request("p1"),
                                          "acompletion"))
    assert getattr(info.value, "status_code", None) == 403
    ok = asyncio.run(g.async_pre_call_hook(UserAPIKeyAuth(user_id="someone"), DualCache(), _request("p2"),
                                           "acompletion"))
    assert ok["messages"]


def test_a_peer_s_watch_list_from_the_config_blocks_on_the_first_call(tmp_path, reference):
    """`intel:` in the guardrail's config (an `intel import` directory): the producer's own flagged
    account, re-imported under its hash key, is blocked on its first call; others pass."""
    from distillguard.normalize.fingerprints import account_hash
    from distillguard.risk.watchlist import Indicator, WatchList, write_watchlist

    write_watchlist(WatchList("Us", "bundle--33333333-3333-4333-8333-333333333333", "amber", None, "2026-12-04T00:00:00Z",
                              [Indicator("indicator--00000000-0000-4000-8000-000000000001", "account",
                                         [account_hash(b"our hash key", "farm-8")], "accounts", "campaign--y", "Us c-2")]),
                    tmp_path / "intel" / "us.json")
    policy = tmp_path / "policy.yaml"
    policy.write_text("rules:\n  - {when: {flagged: true}, action: block}\n")
    g = DistillguardGuardrail(policy=str(policy), intel=str(tmp_path / "intel"), hash_key="our hash key",
                              guardrail_name="distillguard", event_hook=["pre_call", "post_call"], default_on=True)
    with pytest.raises(Exception) as info:
        asyncio.run(g.async_pre_call_hook(UserAPIKeyAuth(user_id="farm-8"), DualCache(), _request("i1"), "acompletion"))
    assert getattr(info.value, "status_code", None) == 403
    ok = asyncio.run(g.async_pre_call_hook(UserAPIKeyAuth(user_id="someone"), DualCache(), _request("i2"), "acompletion"))
    assert ok["messages"]
