"""What `--hash-key` costs ingest: the same gateway log ingested with and without it, side by side.

    .venv/bin/python benchmarks/bench_hash_key.py --n 100000 --rounds 3 [--workers 2]

Writes an openai-gateway log of N exchanges whose records carry what real gateway logs do
(request headers with a user agent, forwarded-for chain, organisation and request ids; the body's
`user`; client metadata), then runs `distillguard ingest` into a fresh store alternately without
and with `--hash-key`, `--rounds` times each, and reports the medians of wall time, exchanges/s
and the ratio, plus the cost per row. (The same log through `scan` costs the same per row: the
hashing happens as batches are read.)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DISTILLGUARD = str(Path(sys.executable).with_name("distillguard"))


def record(i: int, rng: random.Random) -> dict:
    account = f"acct-{rng.randrange(2000):05d}"
    client = f"198.51.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    body = {"model": "gpt-4o", "user": f"end-user-{rng.randrange(50000)}", "temperature": 0.7, "max_tokens": 512,
            "messages": [{"role": "system", "content": "You are a helpful assistant."},
                         {"role": "user", "content": f"Question {i}: explain how the {rng.choice(['heap', 'tree', 'hash'])} "
                                                     "works, with an example, in a few paragraphs."}]}
    headers = {"User-Agent": "OpenAI/Python 1.52.0", "Content-Type": "application/json",
               "X-Forwarded-For": f"{client}, 10.0.{rng.randrange(4)}.1", "OpenAI-Organization": f"org-{account[5:]}",
               "X-Request-Id": f"req-{i:09d}", "X-Stainless-Lang": "python", "X-Stainless-Package-Version": "1.52.0"}
    response = {"id": f"chatcmpl-{i}", "object": "chat.completion", "created": 1761955200 + i, "model": "gpt-4o",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "A heap is a tree-based structure " * 8},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 40, "completion_tokens": 90, "total_tokens": 130}}
    return {"request": {"body": body, "headers": headers}, "response": {"body": response, "status": 200},
            "metadata": {"account_id": account, "ts": f"2026-11-01T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}Z",
                         "request_id": f"req-{i:09d}", "ip": client, "api_key_id": f"key-{account[5:]}"}}


def ingest(log: Path, root: Path, tag: str, key: str | None, workers: int | None) -> float:
    db = root / f"{tag}.duckdb"
    args = [DISTILLGUARD, "-q", "ingest", str(log), "--db", str(db), "--quarantine", str(root / f"{tag}.q.jsonl")]
    if workers is not None:
        args += ["--workers", str(workers)]
    if key:
        args += ["--hash-key", key]
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    dt = time.perf_counter() - t0
    db.unlink()
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=None, help="ingest --workers (default: ingest's own default)")
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        log = root / "gateway.jsonl"
        with open(log, "w") as f:
            for i in range(args.n):
                f.write(json.dumps(record(i, rng)) + "\n")
        plain, keyed = [], []
        for r in range(args.rounds):  # alternating, so load drifts hit both alike
            plain.append(ingest(log, root, f"plain{r}", None, args.workers))
            keyed.append(ingest(log, root, f"keyed{r}", "bench-" + os.urandom(8).hex(), args.workers))
        p, k = statistics.median(plain), statistics.median(keyed)
        print(f"ingest (--workers {args.workers if args.workers is not None else 'default'}) of {args.n:,} gateway exchanges, "
              f"medians of {args.rounds} (alternating): "
              f"without --hash-key {p:.2f} s ({args.n / p:,.0f}/s), with {k:.2f} s ({args.n / k:,.0f}/s); "
              f"ratio {k / p:.2f}, +{(k - p) / args.n * 1e6:.1f} us a row")
        print("  rounds without:", ", ".join(f"{x:.2f}" for x in plain), "| with:", ", ".join(f"{x:.2f}" for x in keyed))


if __name__ == "__main__":
    main()
