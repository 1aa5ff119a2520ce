"""`distillguard scan LOGS... --out verdicts.json [--report report.html] [--reference BENIGN...] [--target-fpr 0.001]`

Scores every account for distillation risk with evidence, finds campaigns, and writes the
verdicts (spec §2) and optionally a self-contained HTML report. Risk is calibrated on benign
reference traffic (the user's `--reference` logs, or the bundled default), never on labels.
"""

from __future__ import annotations

import dataclasses

import os
import time

import click

from distillguard.cli.calibration import calibration_options, check_calibration, load_reference
from distillguard.cli.common import echo, is_quiet
from distillguard.cli.inputs import InputSpec, input_options, open_input
from distillguard.cli.watchlists import load_intel, watchlist_options
from distillguard.errors import DistillguardError

SUMMARY_ACCOUNTS = 5


@click.command("scan")
@input_options()
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="Where to write verdicts (JSON).")
@click.option("--report", "report", type=click.Path(dir_okay=False), default=None,
              help="Also write a self-contained HTML report here.")
@calibration_options
@click.option("--save-reference", type=click.Path(dir_okay=False), default=None, metavar="PATH",
              help="Save the reference statistics used (e.g. built from --reference logs) for reuse.")
@click.option("--no-campaigns", is_flag=True,
              help="Skip cross-account campaign detection (and pooled judging): each account on its own traffic.")
@click.option("--encoder", is_flag=True,
              help="Read the prompts the extraction-intent classifier's n-gram stage finds uncertain with the "
                   "multilingual sentence encoder instead of the default static word vectors: better on unseen "
                   "phrasings and languages, ~0.1 s of one core per uncertain prompt (see BENCHMARKS.md).")
@click.option("--publish", "publish", default=None, metavar="TARGET",
              help="Also publish the flagged accounts, campaigns and their identity artifacts for the gateway "
                   "(`serve --published FILE`, or the shared state at redis://HOST:PORT/DB).")
@watchlist_options
def command(inputs: InputSpec, out: str, report: str | None, reference: tuple[str, ...], reference_stats: str | None,
            save_reference: str | None, target_fpr: float, min_exchanges: int, no_campaigns: bool,
            encoder: bool, publish: str | None, intel_paths: tuple[str, ...], community_key_file: str | None) -> None:
    """Score every account for distillation risk; write verdicts and a report."""
    check_calibration(reference, reference_stats, target_fpr)
    intel = load_intel(intel_paths, community_key_file, inputs.hash_key_bytes)
    # Every output is checked before the scan, not found unwritable after it.
    publish_file = publish if publish and not publish.startswith(("redis://", "rediss://", "unix://")) else None
    for option, path in (("--out", out), ("--report", report), ("--save-reference", save_reference),
                         ("--publish", publish_file)):
        if path:
            check_writable(path, option)
    if encoder:  # through the environment: the detector workers inherit it
        from distillguard.signals.intent_encoder import ENABLE_ENV

        os.environ[ENABLE_ENV] = "1"
    from distillguard.pipeline import SCAN_CHUNK_BYTES, SCAN_COLUMNS, scan_batches, score_batch
    from distillguard.report import write_report
    from distillguard.verdicts import write_verdicts

    started = time.perf_counter()
    from distillguard._malloc import keep_freed_memory

    keep_freed_memory()  # (before the reader's workers are forked: they inherit it)
    # --workers (shared input option) also runs the detectors on that many processes; a scan uses
    # every core unless told otherwise (2 workers: 18.2 s vs 31.6 s on a 210k-exchange log).
    if inputs.workers is None:
        inputs = dataclasses.replace(inputs, workers=0)
    from distillguard.sources.parallel import bounded_workers

    workers = bounded_workers(inputs.workers)  # (0: all cores; never more than the cores)
    # Big logs read in parallel are also scored in the reader's workers (parse and score where the
    # batch is made; only the narrow columns and the signals travel back).
    data = open_input(inputs, out_dir=_parent(out), columns=tuple(sorted(SCAN_COLUMNS)),
                      reader_options={"worker_transform": score_batch, "chunk_bytes": SCAN_CHUNK_BYTES})
    ref = load_reference(reference, reference_stats, min_exchanges, format=inputs.format, transform=data.transform,
                         workers=workers)
    if save_reference:
        ref.save(save_reference)
    result = scan_batches(data.batches(), reference=ref, target_fpr=target_fpr, min_exchanges=min_exchanges,
                          campaigns=not no_campaigns, workers=workers,
                          ingest_stats=None, intel=intel)
    # Ingest counts are known only once the input is used up.
    stats = result.verdicts["stats"]
    stats.update(exchanges_read=data.stats.read, exchanges_accepted=data.stats.accepted,
                 exchanges_quarantined=data.stats.quarantined)
    if data.stats.quarantined and data.stats.quarantine_path:
        stats["quarantine_path"] = data.stats.quarantine_path
    if data.pseudonym_key_id:
        stats["pseudonym_key_id"] = data.pseudonym_key_id
    elapsed = time.perf_counter() - started
    stats["seconds"]["end_to_end"] = round(elapsed, 3)
    stats["exchanges_per_second"] = round(data.stats.read / elapsed, 1) if elapsed > 0 else None
    write_verdicts(result.verdicts, out)
    if publish:
        from distillguard.online.publish import published_doc, write_published

        doc = published_doc(result.verdicts, result.artifacts)
        where = write_published(doc, publish)
        if not is_quiet():
            echo(f"published {len(doc['accounts']):,} accounts and {len(doc['campaigns'])} campaign(s) "
                 f"({sum(len(c['artifacts']) for c in doc['campaigns'])} identity artifacts) to {where}")
    if report:
        write_report(report, result.verdicts, timelines=result.timelines, campaign_figures=result.campaign_figures())
    if not is_quiet():
        _print_summary(result.verdicts, out, report)
    if not data.stats.accepted:  # an empty file, the wrong --format, a store with nothing in it
        why = (f"all {data.stats.quarantined} records were quarantined (see {data.stats.quarantine_path})"
               if data.stats.quarantined else "the input holds no exchange records")
        click.echo(f"warning: no exchanges were accepted, so nothing was scored: {why}", err=True)
    _warn_uncovered(stats)
    broad = (stats.get("intel") or {}).get("broad_indicators") or []
    if broad:
        from distillguard.risk.watchlist import BROAD_SHARE

        click.echo(f"warning: {len(broad)} shared indicator(s) match at least {100 * BROAD_SHARE:.0f}% of this log's "
                   f"accounts, which is unlike one operator's (a peer's mistake, or a bundle made to accuse): "
                   f"{', '.join(broad[:3])}{' ...' if len(broad) > 3 else ''}; check them before acting on "
                   "intel_match evidence", err=True)


def _warn_uncovered(stats: dict) -> None:
    """Detectors the reference has no statistics for are not scored at all: say so, loudly."""
    missing = stats.get("features_without_reference") or []
    if missing:
        click.echo(f"warning: the reference has no statistics for {', '.join(missing)}: that evidence was not "
                   "scored; rebuild the reference (scan --reference BENIGN_LOGS, or "
                   "python -m distillguard.references for the bundled one)", err=True)
    if (stats.get("reference") or {}).get("stale"):
        click.echo("warning: " + stats["reference"].get("stale_note", "the reference was built by other detector code"),
                   err=True)


def check_writable(path: str, option: str) -> None:
    """One line, before any work, when `path` cannot be written (missing or read-only directory,
    a directory in its place)."""
    target = os.path.abspath(path)
    parent = os.path.dirname(target)
    if os.path.isdir(target):
        raise DistillguardError(f"{option} {path} is a directory")
    if not os.path.isdir(parent):
        raise DistillguardError(f"{option} {path}: directory {parent} does not exist")
    if os.path.exists(target) and not os.access(target, os.W_OK):
        raise DistillguardError(f"{option} {path}: not writable (permission denied)")
    try:  # the real test: can a file be made there (root "may" write to /proc or a read-only mount)?
        import tempfile

        with tempfile.NamedTemporaryFile(dir=parent, prefix=".distillguard-check-"):
            pass
    except OSError as exc:
        raise DistillguardError(f"{option} {path}: cannot write in {parent} ({exc.strerror or exc})") from None


def _parent(path: str) -> str:
    from pathlib import Path

    return str(Path(path).resolve().parent)


def _print_summary(verdicts: dict, out: str, report: str | None) -> None:
    stats = verdicts["stats"]
    accounts = verdicts["accounts"]
    flagged = [a for a in accounts if a["flagged"]]
    ref = stats.get("reference", {})
    echo(f"scanned {stats['exchanges_accepted']:,} exchanges from {len(accounts):,} accounts "
         f"({stats.get('exchanges_quarantined', 0):,} quarantined)")
    echo(f"flagged {len(flagged):,} accounts at target benign FPR {100 * stats['target_fpr']:.2g}% "
         f"(reference: {ref.get('source', '?')}, {stats.get('reference_accounts', '?')} accounts); "
         f"{len(verdicts['campaigns'])} campaign(s)")
    for c in sorted(verdicts["campaigns"], key=lambda c: -float(c.get("risk") or 0))[:SUMMARY_ACCOUNTS]:
        targets = ", ".join(map(str, c.get("targets") or [])) or "-"
        echo(f"  campaign {c['campaign_id']}: {len(c.get('account_ids') or [])} accounts, "
             f"{int(c.get('exchanges') or 0):,} exchanges, risk {float(c.get('risk') or 0):.3f}, targets: {targets}")
    for a in flagged[:SUMMARY_ACCOUNTS]:
        top = a["evidence"][0]["detail"] if a["evidence"] else "-"
        echo(f"  {a['account_id']}  risk {a['risk']:.4f}  {top}")
    if len(flagged) > SUMMARY_ACCOUNTS:
        echo(f"  ... and {len(flagged) - SUMMARY_ACCOUNTS:,} more flagged accounts")
    echo(f"verdicts: {out}" + (f"; report: {report}" if report else ""))
