"""What the gateway's request path costs in-process: reading a request into its canonical row
(`gateway.identity.exchange_dict`) and deciding on it from the account's state (`online.guard`).

    .venv/bin/python benchmarks/bench_decision.py --n 5000

Median of 5 rounds, microseconds per request, one core, default reference and policy.
"""

from __future__ import annotations

import argparse
import statistics
import time

from distillguard.gateway.identity import exchange_dict, identify
from distillguard.online.guard import Guard
from distillguard.online.scorer import OnlineScorer
from distillguard.policy import DEFAULT_POLICY
from distillguard.risk.default_reference import load_default_reference


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    guard = Guard(OnlineScorer(load_default_reference()), DEFAULT_POLICY)
    body = {"model": "m", "messages": [{"role": "user", "content": "What is the capital of Peru?"}], "temperature": 0.7}
    ident = identify({"authorization": "Bearer sk-1", "user-agent": "openai-python/1.0"}, "127.0.0.1", b"k")
    read, decide = [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for i in range(args.n):
            row = exchange_dict(body, ident, endpoint="chat", request_id=f"r{i}")
        t1 = time.perf_counter()
        for _ in range(args.n):
            guard.decide(row, time.time())
        t2 = time.perf_counter()
        read.append((t1 - t0) / args.n * 1e6)
        decide.append((t2 - t1) / args.n * 1e6)
    print(f"read a request: {statistics.median(read):.1f} us; decide: {statistics.median(decide):.1f} us "
          f"(medians of {args.rounds} rounds of {args.n})")


if __name__ == "__main__":
    main()
