"""Are watermark p-values valid on real text that carries no key? (issue #15: calibration)

Every distinct assistant answer of the bundled Chatbot Arena conversations (real answers of 2023
chat models, written without any of our keys) is tested K times, each time under a fresh random
key, with and without de-duplication of (context, token) tuples. Under the null hypothesis the
exact p-values are conservative (P(p <= a) <= a) and the randomized p-values are uniform: a
Kolmogorov-Smirnov test over all of them should not reject. (A fresh key per test keeps the tests
independent: one key over many near-duplicate answers, "As an AI language model, ...", gives
p-values that are each valid but correlated with each other, which a KS test would misread.)

    python benchmarks/provenance_calibration.py [--keys 20] [--out results.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.stats import binom, kstest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard.provenance.detect import detect_each  # noqa: E402
from distillguard.provenance.keys import new_key  # noqa: E402
from distillguard.provenance.scheme import Scheme  # noqa: E402
from distillguard.provenance.tokenizer import load  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "distillguard" / "data" / "public"


def answers() -> list[str]:
    out = []
    with gzip.open(DATA / "chatbot_arena_conversations.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            for m in json.loads(line).get("messages") or []:
                if m.get("role") == "assistant" and isinstance(m.get("content"), str) and m["content"].strip():
                    out.append(m["content"])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keys", type=int, default=20)
    ap.add_argument("--context-width", type=int, default=2)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    texts = list(dict.fromkeys(answers()))
    ids = load().encode(texts)
    t0 = time.time()
    res = {"texts": len(texts), "tokens": int(sum(len(i) for i in ids)), "keys": args.keys,
           "context_width": args.context_width}
    for dedup in (True, False):
        exact, randomized = [], []
        for _ in range(args.keys):
            for one in ids:
                d = detect_each([one], new_key(Scheme(context_width=args.context_width)), dedup=dedup)[0]
                if not d.scored:
                    continue
                exact.append(d.p_value)
                randomized.append(binom.sf(d.green, d.scored, d.gamma) + rng.random() * binom.pmf(d.green, d.scored, d.gamma))
        p = np.array(exact)
        res["dedup" if dedup else "no_dedup"] = {
            "tests": len(p),
            "fpr_p<1e-3": float((p < 1e-3).mean()), "fpr_p<1e-2": float((p < 1e-2).mean()),
            "fpr_p<0.05": float((p < 0.05).mean()),
            "ks_randomized_p": float(kstest(randomized, "uniform").pvalue),
            "ks_randomized_stat": float(kstest(randomized, "uniform").statistic),
        }
    res["seconds"] = round(time.time() - t0, 1)
    print(json.dumps(res, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
