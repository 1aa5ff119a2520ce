"""`distillguard ingest LOGS... --db PATH`: read exchange logs into a DuckDB store.

Idempotent: exchanges whose id is already in the store are counted as duplicates and not added,
so ingesting the same file twice adds nothing. Each run is recorded in the store's `ingest_runs`
table. Identifiers are pseudonymized with --hash-key, and a store refuses to mix hashed and raw
identifiers (or two keys), since linkage would silently stop matching.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from distillguard.cli.common import echo
from distillguard.cli.inputs import InputSpec, input_options, open_input
from distillguard.store import ExchangeStore, IngestRun
from distillguard.store.exchange_store import AppendResult


@click.command("ingest")
@input_options(db=False, logs_required=True)
@click.option("--db", "db_path", required=True, type=click.Path(), metavar="PATH",
              help="DuckDB store to append to (created if missing).")
def command(inputs: InputSpec, db_path: str) -> None:
    """Read exchange logs (files or directories, .gz ok) into the DuckDB store at --db.

    \b
    Examples:
      distillguard ingest logs/2026-11-*.jsonl.gz --db traffic.duckdb
      distillguard ingest gateway/ --format openai-gateway --db traffic.duckdb --hash-key "$KEY"
    """
    started = dt.datetime.now(dt.timezone.utc)
    data = open_input(inputs, out_dir=Path(db_path).parent)

    def run(result: AppendResult) -> IngestRun:
        # Rows whose id the store holds with other content are quarantined (sources.ids), and
        # recorded with the run, in the transaction that adds the rest.
        data.quarantine_conflicts(result.conflicts)
        stats = data.stats
        return IngestRun(
            started=started,
            finished=dt.datetime.now(dt.timezone.utc),
            files=list(inputs.logs),
            formats={name: counts["read"] for name, counts in stats.formats.items()},
            read=stats.read,
            accepted=stats.accepted - len(result.conflicts),
            quarantined=stats.quarantined + len(result.conflicts),
            inserted=result.inserted,
            duplicates=result.duplicates + stats.logs.duplicates,
            quarantine_path=stats.quarantine_path if stats.quarantined or result.conflicts else None,
            pseudonymized=data.pseudonym_key_id is not None,
        )

    with ExchangeStore(db_path) as store:
        store.check_pseudonym_key(data.pseudonym_key_id)  # before reading anything
        # Secrets were already scrubbed by the input transform.
        result = store.append(data.batches(), scrub=False, run=run)
        total = store.count()
    # Duplicates: of rows already stored, and of records repeated within this input.
    line = f"inserted {result.inserted}, duplicates {result.duplicates + data.stats.logs.duplicates}"
    if result.conflicts:
        line += f", {len(result.conflicts)} id conflicts quarantined ({data.stats.quarantine_path})"
    echo(f"{line} into {db_path} ({total} exchanges in store)")
