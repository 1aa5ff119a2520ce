"""gateway.upstream: the aiohttp client in front of the fake upstream on loopback (conftest)."""

import asyncio
import gzip
import json
import socket

import pytest

from distillguard.gateway.upstream import Upstream, UpstreamError, UpstreamTimeout

CHAT = "/v1/chat/completions"


def _body(model: str, **extra) -> bytes:
    return json.dumps({"model": model, "messages": [{"role": "user", "content": "hi"}], **extra}).encode()


def _run(url: str, go, **kw):
    async def main():
        client = Upstream(url, timeout_s=kw.get("timeout_s", 30), connect_timeout_s=5)
        await client.start()
        try:
            return await go(client)
        finally:
            await client.close()
    return asyncio.run(main())


def test_answers_are_decoded_when_asked_and_raw_otherwise(upstream):
    """A gzip answer read with `decode` is the JSON itself; without, the bytes as sent, with their
    content-encoding header (a stream relayed as it is)."""
    headers = {"content-type": "application/json", "accept-encoding": "gzip"}

    async def go(client):
        out = []
        for decode in (True, False):
            answer = await client.send("POST", CHAT, "", headers, _body("gzip"), decode=decode)
            out.append((answer.status_code, answer.decoded, answer.headers.get("content-encoding"), await answer.read()))
            await answer.close()
        return out

    (s1, d1, enc1, data1), (s2, d2, enc2, data2) = _run(upstream.url, go)
    assert s1 == s2 == 200 and d1 and not d2 and enc1 == enc2 == "gzip"
    assert json.loads(data1)["model"] == "gzip"
    assert json.loads(gzip.decompress(data2)) == json.loads(data1)


def test_the_clients_headers_and_query_go_upstream_as_they_came(upstream):
    async def go(client):
        answer = await client.send("POST", CHAT, "a=1&b=two", {"content-type": "application/json",
                                                               "x-custom": "kept", "accept-encoding": "identity"},
                                   _body("m"), decode=True)
        await answer.read()
        await answer.close()

    _run(upstream.url, go)
    path, headers, body = upstream.rec.last
    assert path == CHAT and headers.get("x-custom") == "kept" and json.loads(body)["model"] == "m"
    assert "user-agent" not in {k.lower() for k in headers}  # no default header of the client's own


def test_a_stream_closed_before_its_end_drops_its_connection(upstream):
    """The gateway's client hung up: closing an answer not read to its end closes the connection,
    which the upstream sees as the end of its stream."""
    async def go(client):
        answer = await client.send("POST", CHAT, "", {"content-type": "application/json"},
                                   _body("slowstream", stream=True), decode=False)
        chunks = answer.iter_chunks()
        first = await chunks.__anext__()
        await chunks.aclose()
        await answer.close()
        return first

    assert _run(upstream.url, go)
    assert upstream.rec.stream_closed.wait(10)  # the upstream notices within a tick or two
    assert upstream.rec.stream_closed_early is True


def test_an_upstream_that_is_down_or_slow_is_an_error_of_its_own():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def down(client):
        await client.send("POST", CHAT, "", {}, _body("m"), decode=True)

    with pytest.raises(UpstreamError):
        _run(f"http://127.0.0.1:{port}", down)


def test_a_read_past_the_timeout_is_a_timeout(upstream):
    async def slow(client):
        await client.send("POST", CHAT, "", {"content-type": "application/json"}, _body("slow"), decode=True)

    with pytest.raises(UpstreamTimeout):
        _run(upstream.url, slow, timeout_s=0.3)
