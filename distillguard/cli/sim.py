"""`distillguard sim SCENARIO.yaml --out traffic.jsonl.gz --labels labels.json [--seed N] [--scale X]`."""

from __future__ import annotations

import click

from distillguard.cli.common import echo, progress


@click.command("sim")
@click.argument("scenario", type=click.Path(dir_okay=False))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Exchange log to write (JSON Lines; gzip when the name ends in .gz).")
@click.option("--labels", "labels", type=click.Path(dir_okay=False), default=None,
              help="Labels file to write (spec section 4: every account, campaign or benign).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed; same seed, same bytes.")
@click.option("--scale", type=float, default=1.0, show_default=True,
              help="Multiply account counts (and single-account volumes) by this factor.")
def command(scenario: str, out: str, labels: str | None, seed: int, scale: float) -> None:
    """Generate labelled benign and campaign traffic from a SCENARIO file (YAML).

    Output is time-ordered exchange log v1, streamed to disk, byte-identical for a seed.
    """
    from distillguard.errors import UsageError
    from distillguard.sim import simulate

    if not scale > 0:
        raise UsageError(f"--scale must be a positive number, got {scale}")
    with progress("simulating", total=None) as bar:
        def tick(done: int, total: int) -> None:
            bar.update(completed=done, total=total)

        stats = simulate(scenario, out, labels, seed=seed, scale=scale, progress=tick)
    echo(f"wrote {stats.exchanges:,} exchanges from {stats.accounts:,} accounts "
         f"({stats.campaigns} campaigns) to {out} in {stats.seconds:.1f}s"
         + (f"; labels in {labels}" if labels else ""))
