"""Cost of the extraction-intent classifier per distinct prompt, beside the jailbreak model (the
other learned detector) on the same prompts, in one run: medians of REPEATS.

    python benchmarks/bench_intent.py [N_PROMPTS] [--material-ab]

`--material-ab`: the extraction-intent classifier as shipped against the same with program code
and pasted transcripts left in the windows (intent_windows.prose / transcript, session 36),
alternating, medians and their ratio.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard import data, schema  # noqa: E402
from distillguard.signals import get_detector  # noqa: E402

REPEATS = 5


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    prompts = [m["content"] for c in data.arena_conversations() for m in c["messages"] if m["role"] == "user"]
    prompts += [h["prompt"] for h in data.arena_hard_prompts()]
    prompts = (prompts * (n // len(prompts) + 1))[:n]
    prompts = [f"{p} #{i}" for i, p in enumerate(prompts)]  # all distinct
    table = pa.table({schema.PROMPT: pa.array(prompts, pa.string())})
    chars = sum(len(p) for p in prompts)
    for name in ("extraction_intent", "jailbreak"):
        det = get_detector(name)
        det.score(table.slice(0, 10))  # load the model
        times = []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            det.score(table)
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        print(f"{name}: {n} distinct prompts ({chars / n:.0f} chars on average) in {med:.2f} s median of "
              f"{REPEATS}: {1e3 * med / n:.3f} ms per prompt, {n / med:,.0f} prompts/s")
    if "--material-ab" in sys.argv:
        _material_ab(table, n)
    return 0


def _material_ab(table: pa.Table, n: int) -> None:
    from distillguard.signals import extraction_intent as ei

    det = get_detector("extraction_intent")
    shipped = (ei.prose, ei.transcript)
    plain = (lambda window, *_: window, lambda text: (frozenset(), None))
    times: dict[str, list[float]] = {"shipped": [], "code and transcripts read": []}
    for _ in range(REPEATS):
        for side, (prose, transcript) in zip(times, (shipped, plain)):
            ei.prose, ei.transcript = prose, transcript
            t0 = time.perf_counter()
            det.score(table)
            times[side].append(time.perf_counter() - t0)
    ei.prose, ei.transcript = shipped
    med = {side: statistics.median(t) for side, t in times.items()}
    for side, m in med.items():
        print(f"{side}: {1e3 * m / n:.3f} ms per prompt (median of {REPEATS})")
    print(f"ratio shipped / code and transcripts read: {med['shipped'] / med['code and transcripts read']:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
