"""The calibration options every judging command takes (scan, replay, serve): which benign
reference, at which operating point; their checks and the reference loader, written once."""

from __future__ import annotations

import os
from collections.abc import Callable

import click

from distillguard.cli.common import is_quiet
from distillguard.errors import DistillguardError, UsageError
from distillguard.risk.score import DEFAULT_MIN_EXCHANGES, DEFAULT_TARGET_FPR


def calibration_options(fn: Callable) -> Callable:
    """--reference, --reference-stats, --target-fpr, --min-exchanges (same names as parameters)."""
    options = [
        click.option("--reference", "reference", multiple=True, type=click.Path(), metavar="BENIGN_LOGS",
                     help="Benign traffic to calibrate on (repeatable; files or directories). "
                          "Default: the bundled benign reference."),
        click.option("--reference-stats", type=click.Path(dir_okay=False), default=None, metavar="PATH",
                     help="Calibrate on reference statistics saved earlier with scan --save-reference."),
        click.option("--target-fpr", type=float, default=DEFAULT_TARGET_FPR, show_default=True,
                     help="Share of benign accounts allowed to be flagged (sets the operating point)."),
        click.option("--min-exchanges", type=click.IntRange(min=1), default=DEFAULT_MIN_EXCHANGES, show_default=True,
                     help="Accounts with fewer exchanges are not judged on their own traffic (scan: ten or more "
                          "that alone share one client build, system prompt or card are judged on their pooled "
                          "traffic)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def check_calibration(reference: tuple[str, ...], reference_stats: str | None, target_fpr: float) -> None:
    """One line, before any work, for options that cannot go together or cannot be read."""
    if not 0.0 < target_fpr < 1.0:
        raise UsageError(f"--target-fpr must be between 0 and 1 (exclusive), got {target_fpr}")
    if reference and reference_stats:
        raise UsageError("give --reference BENIGN_LOGS or --reference-stats PATH, not both")
    if reference_stats and not os.path.isfile(reference_stats):
        raise DistillguardError(f"no such file: {reference_stats} (--reference-stats)")


def load_reference(paths: tuple[str, ...], stats_path: str | None, min_exchanges: int, *, format: str | None = None,
                   transform=None, workers: int = 1):
    """Saved statistics, else a reference built from the user's benign logs (read like the input:
    `format`, `transform`), else the bundled default."""
    from distillguard.references import default_reference, reference_from_logs
    from distillguard.risk import Reference

    if stats_path:
        ref = Reference.load(stats_path)
        ref.meta.setdefault("source", "saved reference statistics")
        ref.meta["stats_file"] = stats_path
        return ref
    if paths:
        return reference_from_logs(list(paths), min_exchanges=min_exchanges, format=format, transform=transform,
                                   workers=workers)
    return default_reference(min_exchanges=min_exchanges, announce=lambda m: None if is_quiet() else click.echo(m, err=True))
