"""Decisions as OpenTelemetry spans: off by default; with an OTLP endpoint, exported over real
OTLP/HTTP (protobuf) to a receiver on loopback, with the guardrail attributes and no prompt text."""

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from distillguard.gateway.app import GatewayConfig, build_app
from distillguard.online.scorer import OnlineScorer
from distillguard.policy import PolicyFile
from distillguard.risk.default_reference import load_default_reference

SECRET_PROMPT = "my very private question about tax forms"



@pytest.fixture
def receiver():
    """An OTLP/HTTP traces endpoint: keeps every ExportTraceServiceRequest it is sent."""
    got = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            req = ExportTraceServiceRequest()
            req.ParseFromString(body)
            got.append((self.path, req, body))
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1/traces", got
    server.shutdown()


def _run(config, policy_path=None):
    app = build_app(config, OnlineScorer(load_default_reference()), PolicyFile(policy_path), log=lambda m: None)

    async def go():
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gw") as client:
                r = await client.post("/v1/chat/completions", headers={"Authorization": "Bearer sk-trace"},
                                      json={"model": "m-1", "messages": [{"role": "user", "content": SECRET_PROMPT}]})
                assert r.status_code == 403
        return app
    return asyncio.run(go())


def test_each_decision_is_a_span_sent_over_otlp(receiver, upstream, tmp_path):
    url, got = receiver
    policy = tmp_path / "p.yaml"
    policy.write_text("rules:\n  - {name: everyone, when: {}, action: block}\n")
    _run(GatewayConfig(upstream=upstream.url, hash_key=b"k", otlp_endpoint=url), policy)  # (the provider is flushed when the gateway stops)
    assert got and got[0][0] == "/v1/traces"
    spans = [s for _, req, _ in got for rs in req.resource_spans for ss in rs.scope_spans for s in ss.spans]
    assert len(spans) == 1 and spans[0].name == "apply_guardrail distillguard"
    attrs = {a.key: a.value for a in spans[0].attributes}
    assert attrs["gen_ai.operation.name"].string_value == "apply_guardrail"
    assert attrs["gen_ai.guardrail.decision"].string_value == "block"
    assert attrs["gen_ai.request.model"].string_value == "m-1"
    assert attrs["distillguard.rule"].string_value == "everyone"
    assert attrs["distillguard.account.id"].string_value.startswith("key-")
    raw = b"".join(body for _, _, body in got)
    assert SECRET_PROMPT.encode() not in raw and b"sk-trace" not in raw


def test_no_endpoint_no_tracer():
    app = build_app(GatewayConfig(upstream="http://up"), OnlineScorer(load_default_reference()), PolicyFile(None))
    assert app.state.gateway.tracer is None
