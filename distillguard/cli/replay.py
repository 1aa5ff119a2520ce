"""`distillguard replay LOGS... --out actions.jsonl [--policy policy.yaml] [--published FILE]`

Drives a log through the gateway's online path offline, one exchange at a time in time order,
with the same detectors, state and policy, and writes a line each time the action applied to an
account changes (spec §3). `eval --actions` then reads how many exchanges each campaign account
was served before it was contained.
"""

from __future__ import annotations

import time

import click
import orjson

from distillguard.cli.calibration import calibration_options, check_calibration, load_reference
from distillguard.cli.common import echo, is_quiet
from distillguard.cli.inputs import InputSpec, input_options, open_input
from distillguard.cli.watchlists import load_intel, watchlist_options

DEFAULT_RESCORE_S = 300.0


@click.command("replay")
@input_options()
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="Where to write the actions (JSONL).")
@click.option("--policy", "policy_path", type=click.Path(dir_okay=False), default=None,
              help="Policy YAML (default: flag flagged accounts and campaign members, restrict nothing).")
@click.option("--published", "published_path", type=click.Path(dir_okay=False), default=None,
              help="Verdicts and campaigns published by `scan --publish FILE`, enforced from the first request.")
@calibration_options
@click.option("--rescore-every", "rescore_s", type=click.FloatRange(min=0.0), default=DEFAULT_RESCORE_S,
              show_default=True, metavar="SECONDS",
              help="Re-score the accounts that are due every this many seconds of log time (the gateway's "
                   "--rescore-every: how stale a verdict may be).")
@click.option("--audit", "audit_path", type=click.Path(dir_okay=False), default=None,
              help="Also write every non-allow decision with its reasons (JSONL), as the gateway's audit log.")
@watchlist_options
def command(inputs: InputSpec, out: str, policy_path: str | None, published_path: str | None,
            reference: tuple[str, ...], reference_stats: str | None, target_fpr: float, min_exchanges: int,
            rescore_s: float, audit_path: str | None, intel_paths: tuple[str, ...], community_key_file: str | None) -> None:
    """Replay a log through the online path (gateway) offline; write the actions taken."""
    check_calibration(reference, reference_stats, target_fpr)
    intel = load_intel(intel_paths, community_key_file, inputs.hash_key_bytes)
    from distillguard.cli.scan import _parent, check_writable

    for option, path in (("--out", out), ("--audit", audit_path)):
        if path:
            check_writable(path, option)
    from distillguard.online.publish import read_published
    from distillguard.online.replay import replay
    from distillguard.online.scorer import OnlineScorer
    from distillguard.online.state import MemoryState
    from distillguard.policy import PolicyFile

    from distillguard.sources.parallel import bounded_workers

    workers = bounded_workers(0 if inputs.workers is None else inputs.workers)  # the detectors: all cores
    policy = PolicyFile(policy_path) if policy_path else PolicyFile(None)
    published = read_published(published_path) if published_path else None
    started = time.perf_counter()
    data = open_input(inputs, out_dir=_parent(out))
    ref = load_reference(reference, reference_stats, min_exchanges, format=inputs.format, transform=data.transform)
    state = MemoryState()
    if published is not None:
        state.publish(published)
    scorer = OnlineScorer(ref, state=state, target_fpr=target_fpr, min_exchanges=min_exchanges, intel=intel)
    with open(out, "wb") as actions_out, (open(audit_path, "wb") if audit_path else _Null()) as audit_out:
        summary = replay(data.batches(), scorer, policy,
                         on_action=lambda rec: actions_out.write(orjson.dumps(rec) + b"\n"),
                         on_audit=(lambda rec: audit_out.write(orjson.dumps(rec) + b"\n")) if audit_path else None,
                         rescore_s=rescore_s, workers=workers)
    if not data.stats.accepted:
        click.echo("warning: no exchanges were accepted, so nothing was replayed", err=True)
    if not is_quiet():
        elapsed = time.perf_counter() - started
        per_action = ", ".join(f"{k} {v:,}" for k, v in summary["accounts_by_action"].items()) or "none"
        echo(f"replayed {summary['exchanges']:,} exchanges of {summary['accounts']:,} accounts in {elapsed:.1f} s; "
             f"{summary['action_changes']:,} action changes; accounts by strongest action: {per_action}; "
             f"{summary['refused']:,} requests refused")
        echo(f"actions: {out}" + (f"; audit log: {audit_path}" if audit_path else ""))


class _Null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

