"""Latency the gateway adds: requests at a fixed rate straight to a fake upstream and through
`distillguard serve` in front of it, side by side in one run (alternating rounds).

    .venv/bin/python benchmarks/bench_gateway_latency.py --rates 500 1000 --seconds 10 --rounds 2

Three processes: the fake upstream (uvicorn, a fixed chat completion), the gateway (`distillguard
serve`, default settings: memory state, scoring off the request path), and this load generator
(open loop: each request is sent at its scheduled time whatever the others do). Reported per
rate: achieved rate, p50 / p99 latency direct and through the gateway, and the difference (the
added latency), medians over rounds; plus the gateway's scoring backlog at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

UPSTREAM = textwrap.dedent("""
    import orjson, uvicorn
    from starlette.applications import Starlette
    from starlette.responses import Response
    from starlette.routing import Route
    BODY = orjson.dumps({"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "m",
                         "choices": [{"index": 0, "message": {"role": "assistant", "content": "An answer of a few words."},
                                      "finish_reason": "stop"}],
                         "usage": {"prompt_tokens": 20, "completion_tokens": 7, "total_tokens": 27}})
    async def chat(request):
        await request.body()
        return Response(BODY, media_type="application/json")
    app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])
    uvicorn.run(app, host="127.0.0.1", port=int(__import__("sys").argv[1]), log_level="warning", access_log=False)
""")

PROMPTS = ["What is the capital of Peru?", "Explain python decorators with an example.",
           "Write a haiku about autumn leaves.", "Summarize the plot of Hamlet in three sentences.",
           "Think step by step and show your full reasoning: what is 17 * 23?",
           "Translate 'good morning' into French and German.", "Plan a three day trip to Rome."]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not come up")


async def load(url: str, rate: float, seconds: float, keys: int) -> dict:
    """Open-loop load: one request every 1/rate s; latency of each from its send to its answer.
    aiohttp's client (several times cheaper per request than httpx's) so that the load generator
    is not what is measured."""
    import aiohttp

    rng = random.Random(1)
    latencies, errors = [], 0
    connector = aiohttp.TCPConnector(limit=512)
    async with aiohttp.ClientSession(base_url=url, connector=connector,
                                     timeout=aiohttp.ClientTimeout(total=30)) as session:
        async def one(i: int) -> None:
            nonlocal errors
            body = json.dumps({"model": "m", "messages": [{"role": "user", "content": f"{rng.choice(PROMPTS)} ({i})"}]})
            headers = {"Authorization": f"Bearer sk-bench-{i % keys}", "Content-Type": "application/json"}
            t0 = time.perf_counter()
            try:
                async with session.post("/v1/chat/completions", data=body, headers=headers) as r:
                    await r.read()
                    if r.status != 200:
                        errors += 1
                        return
            except (aiohttp.ClientError, asyncio.TimeoutError):
                errors += 1
                return
            latencies.append(time.perf_counter() - t0)

        n = int(rate * seconds)
        start = time.perf_counter()
        tasks = []
        for i in range(n):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(i)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    lat = np.array(latencies) * 1000
    return {"sent": n, "ok": len(latencies), "errors": errors, "achieved_rps": round(len(latencies) / elapsed, 1),
            "p50_ms": round(float(np.percentile(lat, 50)), 3) if len(lat) else None,
            "p99_ms": round(float(np.percentile(lat, 99)), 3) if len(lat) else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rates", type=float, nargs="+", default=[500.0, 1000.0])
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--keys", type=int, default=200, help="distinct API keys (accounts) in the load")
    ap.add_argument("--out", default=None, help="write the figures as JSON here")
    ap.add_argument("--serve-arg", action="append", default=[], help="one more argument for `distillguard serve` "
                    "(repeat: --serve-arg=--scoring-processes --serve-arg=1)")
    args = ap.parse_args()

    up_port, gw_port = free_port(), free_port()
    procs = []
    try:
        procs.append(subprocess.Popen([sys.executable, "-c", UPSTREAM, str(up_port)]))
        wait_up(f"http://127.0.0.1:{up_port}/")
        env = dict(os.environ, DISTILLGUARD_HASH_KEY="bench")
        procs.append(subprocess.Popen([str(BIN / "distillguard"), "-q", "serve", "--upstream",
                                       f"http://127.0.0.1:{up_port}", "--port", str(gw_port),
                                       "--max-in-flight", "4000", *args.serve_arg], env=env))
        wait_up(f"http://127.0.0.1:{gw_port}/healthz")
        asyncio.run(load(f"http://127.0.0.1:{gw_port}", 100, 2, args.keys))  # warm both paths
        results = {}
        for rate in args.rates:
            rows = {"direct": [], "gateway": []}
            for _ in range(args.rounds):
                rows["direct"].append(asyncio.run(load(f"http://127.0.0.1:{up_port}", rate, args.seconds, args.keys)))
                rows["gateway"].append(asyncio.run(load(f"http://127.0.0.1:{gw_port}", rate, args.seconds, args.keys)))
            med = {k: {m: float(np.median([r[m] for r in v if r[m] is not None] or [np.nan]))
                       for m in ("achieved_rps", "p50_ms", "p99_ms")} for k, v in rows.items()}
            results[str(int(rate))] = {"rounds": rows, "median": med,
                                       "added_p50_ms": round(med["gateway"]["p50_ms"] - med["direct"]["p50_ms"], 3),
                                       "added_p99_ms": round(med["gateway"]["p99_ms"] - med["direct"]["p99_ms"], 3)}
            print(f"{int(rate)} req/s: direct p50 {med['direct']['p50_ms']:.2f} ms p99 {med['direct']['p99_ms']:.2f} ms "
                  f"({med['direct']['achieved_rps']:.0f}/s); gateway p50 {med['gateway']['p50_ms']:.2f} ms "
                  f"p99 {med['gateway']['p99_ms']:.2f} ms ({med['gateway']['achieved_rps']:.0f}/s); added p50 "
                  f"{results[str(int(rate))]['added_p50_ms']:.2f} ms, p99 {results[str(int(rate))]['added_p99_ms']:.2f} ms",
                  flush=True)
        health = httpx.get(f"http://127.0.0.1:{gw_port}/healthz").json()
        results["gateway_health_at_end"] = health
        print("gateway at the end:", json.dumps(health.get("scoring")))
        if args.out:
            Path(args.out).write_text(json.dumps(results, indent=2))
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


if __name__ == "__main__":
    main()
