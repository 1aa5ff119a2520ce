"""`distillguard export --db PATH --out FILE.parquet`: a store's exchanges as one Parquet file.

The file has exactly the canonical exchange schema, so every command (and pandas, Spark,
DuckDB...) reads it back as-is: `distillguard scan FILE.parquet`.
"""

from __future__ import annotations

from pathlib import Path

import click

from distillguard.cli.common import echo
from distillguard.errors import UsageError
from distillguard.store import ExchangeStore


@click.command("export")
@click.option("--db", "db_path", required=True, type=click.Path(), metavar="PATH",
              help="DuckDB store to read (made by `distillguard ingest`).")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False), metavar="FILE.parquet",
              help="Parquet file to write (replaced if it exists).")
@click.option("--compression", type=click.Choice(["zstd", "snappy", "gzip", "none"]), default="zstd",
              show_default=True, help="Parquet compression codec.")
def command(db_path: str, out_path: str, compression: str) -> None:
    """Export every exchange in the store at --db to a Parquet file.

    \b
    Example:
      distillguard export --db traffic.duckdb --out traffic.parquet
    """
    if Path(out_path).resolve() == Path(db_path).resolve():
        raise UsageError("--out must not be the store itself")
    with ExchangeStore(db_path, read_only=True) as store:
        rows = store.to_parquet(out_path, compression=compression)
    echo(f"exported {rows} exchanges to {out_path}")
