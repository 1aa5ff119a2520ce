"""The gateway: a reverse proxy in front of any OpenAI-compatible server that scores each request
with the online path (`online`: the batch detectors and risk model) and applies the policy.

    app = build_app(GatewayConfig(upstream="http://127.0.0.1:8000"), scorer=..., policy=...)

Routes: POST /v1/chat/completions, /v1/completions, /v1/responses are judged; everything else
(/v1/models, embeddings, files, ...) is relayed as it is. GET /healthz, GET /metrics
(Prometheus), and /admin/* behind a bearer token. Streams (server-sent events) are relayed
chunk by chunk, byte for byte unless `degrade` applies.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from distillguard.gateway import metrics as gm
from distillguard.gateway.identity import TRUSTED_PREFIX, BadRequest, exchange_dict, exchange_row, identify, row_table
from distillguard.gateway.upstream import Upstream, UpstreamError, UpstreamResponse, UpstreamTimeout
from distillguard.online.guard import Decision, Guard
from distillguard.online.publish import check_published
from distillguard.online.scorer import OnlineScorer
from distillguard.gateway.scoring import ScoringQueue
from distillguard.online.state import MemoryState, StateUnavailable
from distillguard.policy import PolicyFile
from distillguard.policy.actions import degrade_request, degrade_response, degrade_sse

JUDGED = {"/v1/chat/completions": "chat", "/v1/completions": "completions", "/v1/responses": "responses"}
# Hop-by-hop headers (RFC 9110 7.6.1) and those the relay recomputes: never forwarded as they are.
HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
                        "transfer-encoding", "upgrade", "host", "content-length"})


@dataclass
class GatewayConfig:
    upstream: str
    hash_key: bytes = b""  # keys the hashes of API keys and addresses (identity)
    trust_identity_headers: bool = False
    trusted_proxies: tuple = ()
    max_body_bytes: int = 8 << 20
    timeout_s: float = 600.0  # upstream read timeout (long generations)
    connect_timeout_s: float = 10.0
    max_in_flight: int = 256  # requests being judged or relayed at once; beyond: 429
    rescore_every_s: float = 5.0
    audit_path: str | None = None
    admin_token: str | None = None
    published_path: str | None = None
    watermark_header: str | None = None  # header asking the upstream for a watermarked answer
    watermark_key_id: str = "default"  # the upstream's master key to watermark with (provenance.vllm)
    watermark_xargs: bool = False  # also ask in the body, as vLLM reads it (vllm_xargs)
    score_inline: bool = False  # score each request's content before deciding (adds its scoring time)
    scoring_processes: int = 0  # worker processes of the background scoring (0: a thread of this process)
    otlp_endpoint: str | None = None  # each decision as an OpenTelemetry span (gateway.tracing)
    tracer_provider: object = None  # tests: an OpenTelemetry TracerProvider of their own
    extra: dict = field(default_factory=dict)


def openai_error(status: int, message: str, type_: str, code: str | None = None, headers: dict | None = None
                 ) -> JSONResponse:
    """An error in OpenAI's shape, which SDKs turn into their own exception types."""
    return JSONResponse({"error": {"message": message, "type": type_, "param": None, "code": code}},
                        status_code=status, headers=headers)


class AuditLog:
    """Every non-allow decision, one JSON line each (appended; flushed per line)."""

    def __init__(self, path: str | None):
        self._fh = open(path, "ab") if path else None
        self._lock = threading.Lock()

    def write(self, record: dict) -> None:
        if self._fh is None:
            return
        with self._lock:
            self._fh.write(orjson.dumps(record) + b"\n")
            self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


class PublishedFile:
    """Follows `scan --publish FILE`: loaded into the state at start and whenever it changes."""

    def __init__(self, path: str | None, state, on_error):
        self.path = Path(path) if path else None
        self.state = state
        self.on_error = on_error
        self._stamp = None
        self.loads = 0

    def check(self) -> None:
        if self.path is None:
            return
        try:
            st = self.path.stat()
        except OSError as exc:
            self.on_error(f"published file {self.path}: {exc.strerror or exc}")
            return
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        if stamp == self._stamp:
            return
        self._stamp = stamp
        try:
            doc = check_published(orjson.loads(self.path.read_bytes()), str(self.path))
        except Exception as exc:  # noqa: BLE001 - a bad file keeps what is in force
            self.on_error(f"published file not loaded, the previous one stays in force: {exc}")
            return
        self.state.publish(doc)
        self.loads += 1


class Gateway:
    def __init__(self, config: GatewayConfig, scorer: OnlineScorer, policy: PolicyFile, *, log=print):
        self.config = config
        self.scorer = scorer
        self.policy = policy
        self.guard = Guard(scorer, policy)
        self.log = log
        self.audit = AuditLog(config.audit_path)
        self.published = PublishedFile(config.published_path, scorer.state, log)
        self.published.check()
        self.metrics = gm.GatewayMetrics()
        self.tracer = None
        if config.otlp_endpoint or config.tracer_provider is not None:
            from distillguard.gateway.tracing import DecisionTracer

            self.tracer = DecisionTracer(config.otlp_endpoint, tracer_provider=config.tracer_provider)
        self._in_flight = 0
        self._upstream: Upstream | None = None
        self._tasks: list[asyncio.Task] = []
        self.scoring: ScoringQueue | None = None
        # Memory state answers in microseconds, in the event loop; Redis is I/O: in the threadpool.
        self._state_is_local = isinstance(scorer.state, MemoryState)

    # -- lifecycle -----------------------------------------------------------------------------
    async def start(self) -> None:
        self._upstream = Upstream(self.config.upstream, timeout_s=self.config.timeout_s,
                                  connect_timeout_s=self.config.connect_timeout_s)
        await self._upstream.start()
        await run_in_threadpool(self._warm_up)
        if not self.config.score_inline:
            self.scoring = await run_in_threadpool(
                lambda: ScoringQueue(self.scorer, log=self.log, processes=self.config.scoring_processes))
        self._tasks.append(asyncio.create_task(self._housekeeping()))

    def _warm_up(self) -> None:
        """Load the detectors' models before the first request (seconds, not that request's
        latency), and the GeoIP database the re-scoring pass reads (its first load, ~0.5 s under
        load, held every request up once)."""
        from distillguard.gateway.identity import Identity
        from distillguard.normalize.addresses import geoip_database

        geoip_database()
        ident = Identity("warm-up", None, None, None, None, None, None)
        self.scorer.score(exchange_row({"messages": [{"role": "user", "content": "warm up"}]}, ident,
                                       endpoint="chat", request_id="warm-up"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._upstream is not None:
            await self._upstream.close()
        if self.scoring is not None:
            await run_in_threadpool(self.scoring.close)
        if self.tracer is not None:
            await run_in_threadpool(self.tracer.close)
        self.audit.close()

    def _rescore(self) -> dict:
        """Re-score the due accounts; their features and risk in the scoring worker when there is one."""
        return self.scorer.refresh(judge=None if self.scoring is None else self.scoring.judge)

    async def _housekeeping(self) -> None:
        """Re-score the accounts that are due, follow the published file."""
        while True:
            await asyncio.sleep(self.config.rescore_every_s)
            try:
                if self.scorer.pending():
                    t0 = time.perf_counter()
                    done = await run_in_threadpool(self._rescore)
                    self.metrics.rescored(len(done), time.perf_counter() - t0)
                await run_in_threadpool(self.published.check)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - housekeeping must not die
                self.log(f"distillguard gateway: rescoring failed: {exc}")

    # -- requests ------------------------------------------------------------------------------
    async def judged(self, request: Request) -> Response:
        endpoint = JUDGED[request.url.path]
        if self._in_flight >= self.config.max_in_flight:
            self.metrics.shed()
            return openai_error(429, "the gateway is overloaded; retry shortly", "rate_limit_exceeded",
                                "overloaded", {"Retry-After": "1"})
        self._in_flight += 1
        relaying = False
        try:
            response = await self._judged(request, endpoint)
            if isinstance(response, StreamingResponse):  # relayed after this returns: in flight until it ends
                response, relaying = _ReleasedWhenSent(response, self._release), True
            return response
        finally:
            if not relaying:
                self._release()

    def _release(self) -> None:
        self._in_flight -= 1

    async def _read_body(self, request: Request) -> bytes | Response:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.config.max_body_bytes:
            return openai_error(413, f"request body over {self.config.max_body_bytes} bytes", "invalid_request_error",
                                "request_too_large")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.config.max_body_bytes:
                return openai_error(413, f"request body over {self.config.max_body_bytes} bytes",
                                    "invalid_request_error", "request_too_large")
            chunks.append(chunk)
        return b"".join(chunks)

    async def _judged(self, request: Request, endpoint: str) -> Response:
        started = time.perf_counter()
        try:
            raw = await self._read_body(request)
        except ClientDisconnect:
            return Response(status_code=499)
        if isinstance(raw, Response):
            self.metrics.request(endpoint, "rejected", raw.status_code)
            return raw
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            self.metrics.request(endpoint, "rejected", 400)
            return openai_error(400, "the request body is not valid JSON", "invalid_request_error", "invalid_json")
        if not isinstance(body, dict):
            self.metrics.request(endpoint, "rejected", 400)
            return openai_error(400, "the request body must be a JSON object", "invalid_request_error", "invalid_json")
        identity = identify(request.headers, request.client.host if request.client else None, self.config.hash_key,
                            trust_identity_headers=self.config.trust_identity_headers,
                            trusted_proxies=self.config.trusted_proxies)
        request_id = request.headers.get("x-request-id") or f"gw-{uuid.uuid4().hex}"
        try:
            row = exchange_dict(body, identity, endpoint=endpoint, request_id=request_id)
            if self.config.score_inline:
                row = row_table(row)
        except BadRequest as exc:
            self.metrics.request(endpoint, "rejected", 400)
            return openai_error(400, f"the request could not be read: {exc}", "invalid_request_error", "invalid_request")
        try:
            if self.config.score_inline:
                scored, decision = await run_in_threadpool(self._decide_scored, row)
            elif self._state_is_local:
                scored, decision = None, self.guard.decide(row, time.time())
            else:
                scored, decision = None, await run_in_threadpool(self.guard.decide, row, time.time())
        except StateUnavailable as exc:  # fail-closed and the shared state is down
            self.log(f"distillguard gateway: {exc}")
            self.metrics.request(endpoint, "state_unavailable", 503)
            return openai_error(503, "the gateway cannot reach its shared state; retry shortly", "server_error",
                                "state_unavailable", {"Retry-After": "1"})
        self.metrics.decided(decision, time.perf_counter() - started)
        if self.tracer is not None:
            model = body.get("model")
            self.tracer.decision(decision, model=model if isinstance(model, str) else None, endpoint=endpoint,
                                 seconds=time.perf_counter() - started)
        if decision.action != "allow":
            self.audit.write({"ts": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "request_id": request_id,
                              "path": request.url.path, **decision.audit_record()})
        applied = decision.applied
        if applied == "block":
            self.metrics.request(endpoint, "block", 403)
            return openai_error(403, "this account's requests are refused under the provider's usage policy "
                                     "(automated extraction of model outputs); contact the provider if this is "
                                     "a mistake", "permission_denied", "usage_policy_block",
                                {"x-distillguard-action": "block"})
        if decision.refused:
            retry = max(1, math.ceil(decision.retry_after_s)) if math.isfinite(decision.retry_after_s) else 3600
            self.metrics.request(endpoint, "throttle", 429)
            return openai_error(429, f"rate limit for this account reached; retry after {retry} s",
                                "rate_limit_exceeded", "rate_limit_exceeded",
                                {"Retry-After": str(retry), "x-distillguard-action": "throttle"})
        send = raw
        extra_headers = {}
        if applied == "degrade":
            body = degrade_request(body, decision.degrade)
            send = orjson.dumps(body)
            if decision.degrade.get("watermark"):
                body, send = self._ask_watermark(body, send, identity, decision.degrade, extra_headers)
        if self.config.watermark_xargs and not (applied == "degrade" and decision.degrade.get("watermark")):
            body, send = self._strip_watermark_args(body, send)
        marker = {"x-distillguard-action": applied} if applied != "allow" else {}
        return await self._forward(request, send, endpoint, decision, scored, identity, body, request_id,
                                   extra_headers, marker, stream=bool(body.get("stream")), row=row)

    def _ask_watermark(self, body: dict, send: bytes, identity, degrade: dict, extra_headers: dict) -> tuple[dict, bytes]:
        """Ask the upstream for a watermarked answer: a header ("key=ID[; account=ACCOUNT]") and,
        with watermark_xargs, vLLM's request extra arguments (distillguard.provenance.vllm). With
        `canary`, the account's own key: a later radioactivity hit names whose answers were used."""
        from distillguard.provenance.vllm import ACCOUNT_ARG, KEY_ARG

        account = identity.account_id if degrade.get("canary") else None
        if self.config.watermark_header:
            extra_headers[self.config.watermark_header] = (f"key={self.config.watermark_key_id}"
                                                           + (f"; account={account}" if account else ""))
        if self.config.watermark_xargs:
            theirs = body.get("vllm_xargs") if isinstance(body.get("vllm_xargs"), dict) else {}
            ours = {KEY_ARG: self.config.watermark_key_id, **({ACCOUNT_ARG: account} if account else {})}
            body = {**body, "vllm_xargs": {**{k: v for k, v in theirs.items() if k != ACCOUNT_ARG}, **ours}}
            send = orjson.dumps(body)
        return body, send

    @staticmethod
    def _strip_watermark_args(body: dict, send: bytes) -> tuple[dict, bytes]:
        """A client never chooses the watermark: one that named another account's canary key could
        make a suspect model's hit point at that account."""
        from distillguard.provenance.vllm import ACCOUNT_ARG, KEY_ARG

        xargs = body.get("vllm_xargs")
        if isinstance(xargs, dict) and (KEY_ARG in xargs or ACCOUNT_ARG in xargs):
            body = {**body, "vllm_xargs": {k: v for k, v in xargs.items() if k not in (KEY_ARG, ACCOUNT_ARG)}}
            send = orjson.dumps(body)
        return body, send

    def _decide_scored(self, row) -> tuple:
        scored = self.scorer.score(row)
        return scored, self.guard.decide(scored, time.time())

    def _upstream_headers(self, request: Request, extra: dict) -> dict:
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in HOP_BY_HOP and not k.lower().startswith(TRUSTED_PREFIX)}
        if "accept-encoding" not in headers:  # (no encoding the client did not ask for)
            headers["accept-encoding"] = "identity"
        headers.update(extra)
        return headers

    async def _forward(self, request: Request, content: bytes, endpoint: str, decision: Decision, scored,
                       identity, body: dict, request_id: str, extra_headers: dict, marker: dict, *, stream: bool,
                       row=None) -> Response:
        assert self._upstream is not None
        degrade = decision.degrade if decision.applied == "degrade" else None
        try:
            # a stream relayed as it came keeps its encoding; what the gateway reads or rewrites is decoded
            upstream = await self._upstream.send(request.method, request.url.path, request.url.query,
                                                 self._upstream_headers(request, extra_headers), content,
                                                 decode=not (stream and degrade is None))
        except UpstreamTimeout:
            self.metrics.request(endpoint, "upstream_timeout", 504)
            return openai_error(504, "the upstream model server did not answer in time", "server_error",
                                "upstream_timeout")
        except UpstreamError as exc:
            self.metrics.request(endpoint, "upstream_error", 502)
            return openai_error(502, f"the upstream model server cannot be reached ({exc})",
                                "server_error", "upstream_unavailable")
        headers = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP
                   and k.lower() != "content-encoding"}
        headers.update(marker)
        if not upstream.decoded and "content-encoding" in upstream.headers:  # relayed raw: still encoded
            headers["content-encoding"] = upstream.headers["content-encoding"]
        is_sse = "text/event-stream" in upstream.headers.get("content-type", "")
        if stream and is_sse:
            self.metrics.request(endpoint, decision.applied, upstream.status_code)
            return StreamingResponse(self._relay(upstream, degrade), status_code=upstream.status_code,
                                     headers=headers, background=BackgroundTask(self._observe, scored, row))
        try:
            data = await upstream.read()
        except (UpstreamError, UpstreamTimeout):
            self.metrics.request(endpoint, "upstream_error", 502)
            return openai_error(502, "the upstream model server broke off its answer", "server_error",
                                "upstream_unavailable")
        finally:
            await upstream.close()
        answer = None
        if upstream.decoded and "json" in upstream.headers.get("content-type", ""):
            with contextlib.suppress(orjson.JSONDecodeError):
                answer = orjson.loads(data)
        if degrade is not None and isinstance(answer, dict) and upstream.status_code < 400:
            data = orjson.dumps(degrade_response(answer, degrade))
        self.metrics.request(endpoint, decision.applied, upstream.status_code)
        task = BackgroundTask(self._observe_answer, scored, body, identity, endpoint, request_id,
                              answer if isinstance(answer, dict) else None, upstream.status_code)
        return Response(data, status_code=upstream.status_code, headers=headers, background=task)

    async def _relay(self, upstream: UpstreamResponse, degrade: dict | None):
        """The upstream's event stream, chunk by chunk; closing it (client gone) cancels upstream."""
        try:
            if degrade is None:
                async for chunk in upstream.iter_chunks():
                    yield chunk
                return
            pending = b""
            async for chunk in upstream.iter_chunks():  # (decoded: the events are rewritten)
                pending += chunk.replace(b"\r\n", b"\n")
                while b"\n\n" in pending:
                    event, pending = pending.split(b"\n\n", 1)
                    out = degrade_sse(event, degrade)
                    if out:
                        yield out + b"\n\n"
            if pending:
                yield degrade_sse(pending, degrade)
        finally:
            await upstream.close()

    async def _observe(self, scored, row) -> None:
        """A served exchange whose answer is not read (streams) into its account's window."""
        if self.scoring is not None:
            self.scoring.put(lambda: row)  # (a dict: the scoring side converts its batch at once)
        else:
            await run_in_threadpool(self._observe_sync, scored)

    def _observe_sync(self, scored) -> None:
        try:
            self.scorer.observe(scored)
        except StateUnavailable as exc:
            self.log(f"distillguard gateway: {exc}")

    async def _observe_answer(self, scored, body, identity, endpoint, request_id, answer, status) -> None:
        """Into the account's window: the exchange with its answer's counts when there is one."""
        if self.scoring is not None:
            def make_row():
                try:
                    return exchange_dict(body, identity, endpoint=endpoint, request_id=request_id,
                                         response=answer if endpoint != "responses" else None, status=status)
                except BadRequest:
                    return None
            self.scoring.put(make_row)
            return
        if answer is not None:
            try:
                row = exchange_row(body, identity, endpoint=endpoint, request_id=request_id,
                                   response=answer if endpoint != "responses" else None, status=status)
                scored = await run_in_threadpool(self.scorer.score, row)
            except BadRequest:
                pass
        await run_in_threadpool(self._observe_sync, scored)

    async def passthrough(self, request: Request) -> Response:
        assert self._upstream is not None
        try:
            raw = await self._read_body(request)
        except ClientDisconnect:
            return Response(status_code=499)
        if isinstance(raw, Response):
            return raw
        try:
            upstream = await self._upstream.send(request.method, request.url.path, request.url.query,
                                                 self._upstream_headers(request, {}), raw, decode=False)
        except UpstreamTimeout:
            return openai_error(504, "the upstream model server did not answer in time", "server_error",
                                "upstream_timeout")
        except UpstreamError as exc:
            return openai_error(502, f"the upstream model server cannot be reached ({exc})",
                                "server_error", "upstream_unavailable")
        self.metrics.request("other", "passthrough", upstream.status_code)
        # relayed raw, so still in the upstream's content-encoding (which stays in the headers)
        headers = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP}
        return StreamingResponse(self._relay(upstream, None), status_code=upstream.status_code, headers=headers)

    # -- operations ----------------------------------------------------------------------------
    async def healthz(self, request: Request) -> Response:
        state = self.scorer.state
        available = getattr(state, "available", True)
        policy = self.policy.current()
        return JSONResponse({"status": "ok", "state": type(state).__name__, "state_available": available,
                             "policy": policy.source, "shadow": policy.shadow, "policy_reloads": self.policy.reloads,
                             "pending_rescoring": self.scorer.pending(), "in_flight": self._in_flight,
                             "scoring": ("inline" if self.scoring is None else
                                         {"backlog": self.scoring.backlog(), "scored": self.scoring.scored,
                                          "dropped": self.scoring.dropped, "unreadable": self.scoring.unreadable})})

    async def metrics_endpoint(self, request: Request) -> Response:
        body, content_type = self.metrics.render()
        return Response(body, media_type=content_type)

    def _admin_ok(self, request: Request) -> bool:
        import hmac

        token = self.config.admin_token
        given = request.headers.get("authorization", "")
        return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())

    async def admin(self, request: Request) -> Response:
        if not self.config.admin_token:
            return openai_error(404, "admin endpoints are disabled (start with --admin-token)", "not_found")
        if not self._admin_ok(request):
            return openai_error(401, "admin token missing or wrong", "invalid_request_error", "unauthorized")
        path = request.url.path
        if path.startswith("/admin/accounts/") and request.method == "GET":
            account = path[len("/admin/accounts/"):]
            verdict = self.scorer.state.verdict(account)
            return JSONResponse({"account_id": account, "exchanges": self.scorer.state.count(account),
                                 "verdict": orjson.loads(verdict.to_json()) if verdict else None,
                                 "published": self.scorer.state.published_account(account)})
        if path == "/admin/policy/reload" and request.method == "POST":
            changed = self.policy.reload(force=True)
            return JSONResponse({"reloaded": changed, "policy": self.policy.current().source})
        if path == "/admin/publish" and request.method == "POST":
            try:
                doc = check_published(orjson.loads(await request.body()), "request body")
            except (orjson.JSONDecodeError, Exception) as exc:  # noqa: BLE001
                return openai_error(400, f"not a published document: {exc}", "invalid_request_error")
            await run_in_threadpool(self.scorer.state.publish, doc)
            return JSONResponse({"accounts": len(doc["accounts"]), "campaigns": len(doc["campaigns"])})
        if path == "/admin/rescore" and request.method == "POST":
            done = await run_in_threadpool(self._rescore)
            return JSONResponse({"rescored": len(done)})
        return openai_error(404, f"no admin endpoint {request.method} {path}", "not_found")


class _ReleasedWhenSent:
    """A streamed response that calls `release` once: as its last body message is handed to the
    server, or when it is broken off or fails. Not after the response returns: by then a client
    that read the last bytes may already have sent its next request (with uvloop and httptools it
    often has), and one slot of `max_in_flight` would shed it."""

    def __init__(self, response: StreamingResponse, release):
        self.response = response
        self.release = release
        self._released = False

    def _release_once(self) -> None:
        if not self._released:
            self._released = True
            self.release()

    async def __call__(self, scope, receive, send) -> None:
        async def sending(message) -> None:
            if message.get("type") == "http.response.body" and not message.get("more_body", False):
                self._release_once()
            await send(message)

        try:
            await self.response(scope, receive, sending)
        finally:
            self._release_once()


def build_app(config: GatewayConfig, scorer: OnlineScorer, policy: PolicyFile, *, log=print) -> Starlette:
    gateway = Gateway(config, scorer, policy, log=log)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await gateway.start()
        try:
            yield
        finally:
            await gateway.stop()

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    routes = [Route(path, gateway.judged, methods=["POST"]) for path in JUDGED]
    routes += [Route("/healthz", gateway.healthz, methods=["GET"]),
               Route("/metrics", gateway.metrics_endpoint, methods=["GET"]),
               Route("/admin/{rest:path}", gateway.admin, methods=methods),
               Route("/{rest:path}", gateway.passthrough, methods=methods)]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.gateway = gateway
    return app
