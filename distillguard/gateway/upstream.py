"""The upstream model server, over one pooled aiohttp client session.

httpx was the client until session 26: its pool (httpcore) scans every pooled connection on each
request, polling each socket for readability, and a busy gateway keeps hundreds of keep-alive
connections (one per request in flight, streams last minutes). That scan was 56% of the event
loop's time at 220 requests/s (py-spy, BENCHMARKS.md, gateway). aiohttp's connector takes a
connection from a per-host queue.

    upstream = Upstream("http://127.0.0.1:8000", timeout_s=600, connect_timeout_s=10)
    await upstream.start()
    answer = await upstream.send("POST", "/v1/chat/completions", "", headers, body, decode=True)
    data = await answer.read()            # or: async for chunk in answer.iter_chunks(): ...
    await answer.close()                  # not read to the end: the connection is dropped (cancels)

`decode`: undo the answer's content-encoding (gzip, deflate) while reading, for answers the gateway
reads or rewrites; a stream relayed as it is keeps its encoding (and its header).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping

import aiohttp


class UpstreamTimeout(Exception):
    """The upstream did not connect or answer within its timeouts."""


class UpstreamError(Exception):
    """The upstream cannot be reached, or broke off its answer."""


@contextlib.contextmanager
def _as_upstream_errors() -> Iterator[None]:
    """aiohttp's timeouts and client errors as this module's two exceptions."""
    try:
        yield
    except asyncio.TimeoutError as exc:
        raise UpstreamTimeout(str(exc)) from exc
    except aiohttp.ClientError as exc:
        raise UpstreamError(type(exc).__name__) from exc


class UpstreamResponse:
    """One answer of the upstream: status, headers, then its body read once, whole or in chunks."""

    def __init__(self, response: aiohttp.ClientResponse, decoded: bool):
        self._response = response
        self.decoded = decoded  # the body is read without its content-encoding
        self.status_code = response.status
        self.headers: Mapping[str, str] = response.headers  # case-insensitive

    async def read(self) -> bytes:
        with _as_upstream_errors():
            return await self._response.read()

    async def iter_chunks(self) -> AsyncIterator[bytes]:
        with _as_upstream_errors():
            async for chunk in self._response.content.iter_any():
                yield chunk

    async def close(self) -> None:
        """Back to the pool when read to its end; else the connection is closed, which cancels the
        upstream's generation (a client that hung up mid-stream)."""
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class Upstream:
    def __init__(self, base_url: str, *, timeout_s: float, connect_timeout_s: float):
        self.base_url = base_url.rstrip("/")
        # connect (pool wait included) bounded apart; each read of the answer bounded by timeout_s
        # (a long generation streams for minutes, so no bound on the total)
        self._timeout = aiohttp.ClientTimeout(total=None, connect=connect_timeout_s, sock_connect=connect_timeout_s,
                                              sock_read=timeout_s)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        # no connection limit: a request in flight holds one (streams for minutes) and the gateway's
        # max_in_flight bounds those; a pool limit would make requests wait for one, unseen
        connector = aiohttp.TCPConnector(limit=0, limit_per_host=0, ttl_dns_cache=300)
        # no default headers of aiohttp's own: the client's headers go upstream as they came
        self._session = aiohttp.ClientSession(connector=connector, timeout=self._timeout, auto_decompress=False,
                                              skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding",
                                                                 "Content-Type"))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(self, method: str, path: str, query: str, headers: Mapping[str, str], content: bytes, *,
                   decode: bool) -> UpstreamResponse:
        """Send one request; its answer's status and headers once they arrive (the body follows)."""
        assert self._session is not None, "Upstream.start() first"
        url = self.base_url + path + (f"?{query}" if query else "")
        with _as_upstream_errors():
            response = await self._session.request(method, url, headers=dict(headers), data=content or None,
                                                   allow_redirects=False, auto_decompress=decode)
        return UpstreamResponse(response, decode)
