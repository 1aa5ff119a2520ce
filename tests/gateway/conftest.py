"""Fixtures of the gateway's end-to-end tests: real HTTP on loopback.

- a fake OpenAI-compatible upstream (starlette, served by uvicorn in a thread) whose behaviour
  depends on the request body's `model`: "slow" answers only once the test sets `rec.release`
  (at most 30 s; `rec.held` counts the waiting ones), "error500" answers 500 with an OpenAI error
  body, "slowstream" streams one chunk every 0.2 s for 10 s, "gzip" answers gzip-compressed
  (Content-Encoding: gzip) when the request accepts gzip, as a JSON answer or an event stream
  (compressed event by event); anything else answers at once (a chat completion with usage,
  logprobs and `reasoning_content`, or the same as server-sent events when `stream` is true).
  It records the requests it received and whether a stream was closed before its end.
- `make_gateway(policy_yaml, **config)`: the gateway of `build_app` in front of it, served by
  uvicorn in another thread, stopped at the end of the test.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import socket
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

SLOW_MAX_S = 30  # the "slow" model answers at the latest after this, released or not
TIMEOUT = 30  # the tests' clients (generous: a loaded CI machine)
STREAM_TICK_S = 0.2
STREAM_TICKS = 50  # "slowstream": 10 s when nobody hangs up


# -- serving an app in a thread -------------------------------------------------------------------

def _listening_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))  # the port is ours from here on: no race for a "free" port
    return sock


@contextlib.contextmanager
def serve(app, *, lifespan: str = "on"):
    """Serve `app` with uvicorn in a background thread; yields the port."""
    sock = _listening_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan=lifespan,
                            timeout_graceful_shutdown=2, timeout_keep_alive=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name=f"uvicorn-{port}")
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive():
            sock.close()
            raise RuntimeError("the server did not start (see its log above)")
        if time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the server did not start within 30 s")
        time.sleep(0.01)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=TIMEOUT)
        sock.close()
        assert not thread.is_alive(), "the server thread did not stop"


# -- the fake upstream ----------------------------------------------------------------------------

@dataclass
class Recorder:
    """What the fake upstream saw (written from its thread, read from the test's)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: list = field(default_factory=list)  # (path, headers dict, body bytes)
    stream_started: threading.Event = field(default_factory=threading.Event)
    stream_closed: threading.Event = field(default_factory=threading.Event)
    stream_closed_early: bool | None = None
    stream_ticks: int = 0
    held: int = 0  # "slow" requests that arrived (waiting for `release`)
    release: threading.Event = field(default_factory=threading.Event)

    def reset(self) -> None:
        with self.lock:
            self.requests = []
            self.stream_started = threading.Event()
            self.stream_closed = threading.Event()
            self.stream_closed_early = None
            self.stream_ticks = 0
            self.held = 0
            self.release = threading.Event()

    def record(self, path: str, headers, body: bytes) -> None:
        with self.lock:
            self.requests.append((path, dict(headers), body))

    @property
    def last(self) -> tuple[str, dict, bytes]:
        with self.lock:
            assert self.requests, "the upstream received no request"
            return self.requests[-1]

    @property
    def last_json(self) -> dict:
        return json.loads(self.last[2])

    def count(self) -> int:
        with self.lock:
            return len(self.requests)


LOGPROBS = {"content": [{"token": "Hello", "logprob": -0.25, "bytes": [72, 101, 108, 108, 111],
                         "top_logprobs": [{"token": "Hello", "logprob": -0.25, "bytes": [72, 101, 108, 108, 111]},
                                          {"token": "Hi", "logprob": -1.5, "bytes": [72, 105]}]}],
            "refusal": None}
USAGE = {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}
ANSWER = "Hello there, this is the upstream answering."
REASONING = "The user greets me; I should greet back."


def completion(model: str) -> dict:
    return {"id": "chatcmpl-fake-1", "object": "chat.completion", "created": 1767225600, "model": model,
            "system_fingerprint": "fp_fake",
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": LOGPROBS,
                         "message": {"role": "assistant", "content": ANSWER, "reasoning_content": REASONING}}],
            "usage": USAGE}


def chunk(model: str, delta: dict, *, finish: str | None = None, logprobs=None, usage=None) -> bytes:
    obj = {"id": "chatcmpl-fake-1", "object": "chat.completion.chunk", "created": 1767225600, "model": model,
           "system_fingerprint": "fp_fake",
           "choices": [{"index": 0, "delta": delta, "logprobs": logprobs, "finish_reason": finish}]}
    if usage is not None:
        obj["usage"] = usage
    return b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"


def stream_events(model: str) -> list[bytes]:
    token_lp = {"content": LOGPROBS["content"], "refusal": None}
    events = [chunk(model, {"role": "assistant", "content": ""}),
              chunk(model, {"reasoning_content": REASONING}),
              chunk(model, {"content": "Hello there, "}, logprobs=token_lp),
              chunk(model, {"content": "this is the upstream answering."}, logprobs=token_lp),
              chunk(model, {}, finish="stop", usage=USAGE),
              b"data: [DONE]\n\n"]
    return events


def make_upstream(rec: Recorder) -> Starlette:
    async def chat(request: Request) -> Response:
        raw = await request.body()
        rec.record(request.url.path, request.headers, raw)
        try:
            body = json.loads(raw)
        except ValueError:
            return JSONResponse({"error": {"message": "bad json", "type": "invalid_request_error", "param": None,
                                           "code": None}}, status_code=400)
        model = body.get("model", "m")
        if model == "slow":  # answers once the test sets rec.release
            with rec.lock:
                rec.held += 1
            release, end = rec.release, time.monotonic() + SLOW_MAX_S
            while not release.is_set() and time.monotonic() < end:
                await asyncio.sleep(0.01)
        if model == "error500":
            return JSONResponse({"error": {"message": "the model crashed", "type": "server_error", "param": None,
                                           "code": "internal_error"}}, status_code=500)
        if model == "slowstream":
            async def slow():
                rec.stream_started.set()
                early = True
                try:
                    for i in range(STREAM_TICKS):
                        yield chunk(model, {"content": f"tick {i} "})
                        rec.stream_ticks = i + 1
                        await asyncio.sleep(STREAM_TICK_S)
                    yield b"data: [DONE]\n\n"
                    early = False
                finally:
                    rec.stream_closed_early = early
                    rec.stream_closed.set()
            return StreamingResponse(slow(), media_type="text/event-stream")
        compress = model == "gzip" and "gzip" in request.headers.get("accept-encoding", "")
        if body.get("stream"):
            async def events():
                packer = zlib.compressobj(wbits=31) if compress else None  # 31: the gzip format
                for event in stream_events(model):
                    yield packer.compress(event) + packer.flush(zlib.Z_SYNC_FLUSH) if packer else event
                if packer:
                    yield packer.flush()
            return StreamingResponse(events(), media_type="text/event-stream",
                                     headers={"content-encoding": "gzip"} if compress else None)
        if compress:
            return Response(gzip.compress(json.dumps(completion(model)).encode()), media_type="application/json",
                            headers={"content-encoding": "gzip"})
        return JSONResponse(completion(model))

    async def models(request: Request) -> Response:
        rec.record(request.url.path, request.headers, b"")
        return JSONResponse({"object": "list", "data": [{"id": "fake-model", "object": "model", "created": 1,
                                                         "owned_by": "test"}]})

    async def other(request: Request) -> Response:
        raw = await request.body()
        rec.record(request.url.path, request.headers, raw)
        if request.url.path == "/v1/gzipped":
            data = json.dumps({"object": "list", "data": [{"id": f"file-{i}"} for i in range(50)]}).encode()
            if "gzip" not in request.headers.get("accept-encoding", ""):
                return Response(data, media_type="application/json")
            return Response(gzip.compress(data), media_type="application/json", headers={"content-encoding": "gzip"})
        return JSONResponse({"echo": True, "method": request.method, "path": request.url.path,
                             "query": str(request.url.query), "body": raw.decode("utf-8", "replace")},
                            headers={"x-upstream": "yes"})

    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"]),
                             Route("/v1/models", models, methods=["GET"]),
                             Route("/{rest:path}", other, methods=["GET", "POST", "PUT", "DELETE"])])


@dataclass
class Upstream:
    port: int
    rec: Recorder
    # what it answers (tests read these here: `from conftest import` would find another folder's
    # conftest when pytest is given several folders)
    answer: ClassVar[str] = ANSWER
    reasoning: ClassVar[str] = REASONING
    stream_tick_s: ClassVar[float] = STREAM_TICK_S
    stream_ticks: ClassVar[int] = STREAM_TICKS

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="session")
def _upstream_server():
    rec = Recorder()
    with serve(make_upstream(rec), lifespan="off") as port:
        yield Upstream(port, rec)


@pytest.fixture
def upstream(_upstream_server) -> Upstream:
    _upstream_server.rec.reset()
    yield _upstream_server
    _upstream_server.rec.release.set()  # (no "slow" request outlives its test)


# -- the gateway ----------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def reference():
    from distillguard.risk.default_reference import load_default_reference

    ref = load_default_reference()
    assert ref is not None, "the bundled default reference is missing"
    return ref


@dataclass
class Gw:
    port: int
    app: object
    audit_path: Path
    logs: list
    policy_path: Path | None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def gateway(self):
        return self.app.state.gateway

    @property
    def scorer(self):
        return self.gateway.scorer

    def audit(self) -> list[dict]:
        if not self.audit_path.exists():
            return []
        return [json.loads(line) for line in self.audit_path.read_text().splitlines() if line.strip()]

    def openai(self, api_key: str = "sk-test-gateway-1", **kw):
        import openai

        return openai.OpenAI(base_url=f"{self.url}/v1", api_key=api_key, max_retries=0, timeout=TIMEOUT, **kw)


@pytest.fixture
def make_gateway(reference, upstream, tmp_path):
    """make_gateway(policy_yaml=None, *, policy=None, intel=None, **GatewayConfig fields) -> Gw (stopped at teardown).

    `policy_yaml`: the policy's text (written to a file of tmp_path); `policy`: a PolicyFile of your own;
    `intel`: peers' watch-lists for the scorer (risk.watchlist.Intel)."""
    from distillguard.gateway.app import GatewayConfig, build_app
    from distillguard.online.scorer import OnlineScorer
    from distillguard.policy import PolicyFile

    stack = contextlib.ExitStack()
    count = [0]

    def make(policy_yaml: str | None = None, *, policy=None, logs: list | None = None, intel=None, **overrides) -> Gw:
        count[0] += 1
        logs = [] if logs is None else logs
        policy_path = None
        if policy is None:
            if policy_yaml is not None:
                policy_path = tmp_path / f"policy-{count[0]}.yaml"
                policy_path.write_text(policy_yaml)
            policy = PolicyFile(policy_path, on_error=logs.append)
        else:
            policy_path = policy.path
        audit = tmp_path / f"audit-{count[0]}.jsonl"
        settings = {"upstream": upstream.url, "hash_key": b"test-key", "audit_path": str(audit)}
        settings.update(overrides)
        app = build_app(GatewayConfig(**settings), OnlineScorer(reference, intel=intel), policy, log=logs.append)
        port = stack.enter_context(serve(app))
        return Gw(port, app, audit, logs, policy_path)

    with stack:
        yield make
