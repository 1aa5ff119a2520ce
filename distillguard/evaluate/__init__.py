"""evaluate stage: score verdicts (spec §2) and online actions (§3) against labels (§4), side by
side with baselines from the literature computed on the same traffic.

    from distillguard.evaluate import load_verdicts, load_labels, load_actions, evaluate
    report = evaluate(load_verdicts("v.json"), load_labels("l.json"), load_actions("a.jsonl"))

    from distillguard.evaluate import collect_tables, run_baselines
    baselines = run_baselines(collect_tables([traffic_table]), collect_tables([benign_table]))
    report = evaluate(verdicts, labels, baselines=baselines)

Modules: `inputs` (loading and validation), `metrics` (account-level), `campaigns`,
`containment` (actions), `harness` (assembles the report), `traffic` (bounded per-account
summary of logs), `embeddings`, `baselines/` (one module each), `render` (tables), `plot`.
"""

from distillguard.evaluate.harness import MethodScores, evaluate, from_verdicts, score_method
from distillguard.evaluate.inputs import load_actions, load_labels, load_verdicts
from distillguard.evaluate.traffic import AccountTraffic, TrafficCollector, collect_logs, collect_tables


def run_baselines(*args, **kwargs):
    """See `distillguard.evaluate.baselines.run_baselines` (imported lazily: it pulls in sklearn)."""
    from distillguard.evaluate.baselines import run_baselines as run

    return run(*args, **kwargs)


__all__ = [
    "AccountTraffic",
    "MethodScores",
    "TrafficCollector",
    "collect_logs",
    "collect_tables",
    "evaluate",
    "from_verdicts",
    "load_actions",
    "load_labels",
    "load_verdicts",
    "run_baselines",
    "score_method",
]
