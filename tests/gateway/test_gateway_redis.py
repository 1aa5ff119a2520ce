"""Two gateway replicas sharing one real Redis server: limits are enforced jointly, published
campaigns are seen by both, and a Redis that dies mid-test does not stop the serving."""

import asyncio
import contextlib

import httpx
import pytest

from distillguard.gateway.app import GatewayConfig, build_app
from distillguard.online.scorer import OnlineScorer
from distillguard.online.state import RedisState
from distillguard.policy import PolicyFile
from distillguard.risk.default_reference import load_default_reference


BODY = {"model": "m", "messages": [{"role": "user", "content": "What is the capital of Peru?"}]}


@pytest.fixture(scope="module")
def reference():
    return load_default_reference()


@contextlib.asynccontextmanager
async def replicas(url: str, reference, policy_path, upstream_url: str, n: int = 2):
    """n gateways on one Redis, each with its own scorer and state object, as separate processes would be."""
    apps, clients = [], []
    async with contextlib.AsyncExitStack() as stack:
        for _ in range(n):
            state = RedisState(url, retry_s=0.2, timeout_s=0.3)
            app = build_app(GatewayConfig(upstream=upstream_url, hash_key=b"shared-key",
                                          trust_identity_headers=True),
                            OnlineScorer(reference, state=state), PolicyFile(policy_path), log=lambda m: None)
            await stack.enter_async_context(app.router.lifespan_context(app))
            client = await stack.enter_async_context(
                httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gw"))
            apps.append(app)
            clients.append(client)
        yield apps, clients


def test_two_replicas_enforce_one_accounts_limit_jointly(own_server, reference, upstream, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("rules:\n  - {when: {}, action: throttle, throttle: {per_minute: 0.5, burst: 3}}\n")

    async def go():
        async with replicas(own_server.url, reference, policy, upstream.url) as (_, (a, b)):
            statuses = []
            for i in range(6):
                client = (a, b)[i % 2]
                r = await client.post("/v1/chat/completions", json=BODY, headers={"Authorization": "Bearer sk-one"})
                statuses.append(r.status_code)
            assert statuses == [200, 200, 200, 429, 429, 429]
            r = await b.post("/v1/chat/completions", json=BODY, headers={"Authorization": "Bearer sk-other"})
            assert r.status_code == 200  # another account, its own bucket
    asyncio.run(go())


def test_two_replicas_enforce_one_campaigns_limit_jointly(own_server, reference, upstream, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("rules:\n  - {when: {campaign: true}, action: throttle,"
                      " throttle: {per_minute: 0.5, burst: 2, scope: campaign}}\n")
    published = {"kind": "distillguard.published", "version": 1,
                 "accounts": [{"account_id": f"m{i}", "risk": 1.0, "flagged": True, "campaign_id": "c-1"}
                              for i in range(3)],
                 "campaigns": [{"campaign_id": "c-1", "size": 3, "account_ids": ["m0", "m1", "m2"],
                                "artifacts": [{"kind": "shared_payment", "key": "pm_farm", "holders": 3}]}]}

    async def go():
        async with replicas(own_server.url, reference, policy, upstream.url) as (apps, (a, b)):
            apps[0].state.gateway.scorer.state.publish(published)  # published once, seen by both replicas
            r1 = await a.post("/v1/chat/completions", json=BODY, headers={"X-Distillguard-Account": "m0"})
            r2 = await b.post("/v1/chat/completions", json=BODY, headers={"X-Distillguard-Account": "m1"})
            r3 = await a.post("/v1/chat/completions", json=BODY, headers={"X-Distillguard-Account": "m2"})
            # a new head carrying the campaign's card shares the campaign's bucket from its first request
            r4 = await b.post("/v1/chat/completions", json=BODY,
                              headers={"X-Distillguard-Account": "new-head", "X-Distillguard-Payment": "pm_farm"})
            assert [r.status_code for r in (r1, r2, r3, r4)] == [200, 200, 429, 429]
            ok = await b.post("/v1/chat/completions", json=BODY, headers={"X-Distillguard-Account": "customer"})
            assert ok.status_code == 200
    asyncio.run(go())


def test_redis_killed_mid_test_and_the_replicas_keep_serving(own_server, reference, upstream, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("rules:\n  - {when: {flagged: true}, action: block}\n")

    async def go():
        async with replicas(own_server.url, reference, policy, upstream.url) as (apps, (a, b)):
            for client in (a, b):
                r = await client.post("/v1/chat/completions", json=BODY, headers={"Authorization": "Bearer sk-1"})
                assert r.status_code == 200
            own_server.stop()
            for i in range(6):
                client = (a, b)[i % 2]
                r = await client.post("/v1/chat/completions", json=BODY, headers={"Authorization": "Bearer sk-1"})
                assert r.status_code == 200, r.text  # fail-open: served on each replica's local state
            health = (await a.get("/healthz")).json()
            assert health["status"] == "ok" and health["state_available"] is False
            assert apps[0].state.gateway.scorer.state.failures >= 1
            own_server.start()
            await asyncio.sleep(0.3)  # past retry_s
            r = await a.post("/v1/chat/completions", json=BODY, headers={"Authorization": "Bearer sk-1"})
            assert r.status_code == 200
            assert (await a.get("/healthz")).json()["state_available"] is True
    asyncio.run(go())


def test_fail_closed_refuses_while_redis_is_down(own_server, reference, upstream, tmp_path):
    async def go():
        state = RedisState(own_server.url, fail_closed=True, retry_s=0.2, timeout_s=0.3)
        app = build_app(GatewayConfig(upstream=upstream.url, hash_key=b"k"), OnlineScorer(reference, state=state), PolicyFile(None),
                        log=lambda m: None)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gw") as client:
                assert (await client.post("/v1/chat/completions", json=BODY)).status_code == 200
                own_server.stop()
                r = await client.post("/v1/chat/completions", json=BODY)
                assert r.status_code == 503 and r.json()["error"]["code"] == "state_unavailable"
                assert r.headers["retry-after"] == "1"
    asyncio.run(go())
