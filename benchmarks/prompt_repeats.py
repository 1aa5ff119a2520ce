"""How often prompts repeat in a log: the share of distinct prompts within each chunk of N
exchanges (what `run_signals` deduplicates per batch) and over the whole log (what a worker's
`SignalMemo` can reuse at best). Scan's speed on a log depends on both; quote them beside it.

    .venv/bin/python benchmarks/prompt_repeats.py /tmp/bench/m31.jsonl.gz [--chunk 15000]
"""

from __future__ import annotations

import argparse
import hashlib

import pyarrow.compute as pc

from distillguard import schema
from distillguard.sources import read_exchanges


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("log")
    ap.add_argument("--chunk", type=int, default=15000, help="exchanges per chunk (a 32 MiB scan task holds ~15k)")
    args = ap.parse_args()
    seen: set[bytes] = set()
    n = per_chunk = 0
    columns = {schema.PROMPT, schema.EXCHANGE_ID, schema.TS, schema.ACCOUNT_ID}
    for batch in read_exchanges([args.log], columns=columns, batch_size=args.chunk):
        distinct = pc.unique(batch.column(schema.PROMPT))
        per_chunk += len(distinct)
        seen.update(hashlib.blake2b(s.encode(), digest_size=16).digest() for s in distinct.to_pylist() if s is not None)
        n += batch.num_rows
    print(f"{n:,} exchanges; distinct prompts: {per_chunk / n:.1%} within chunks of {args.chunk:,}, "
          f"{len(seen) / n:.1%} over the whole log")


if __name__ == "__main__":
    main()
