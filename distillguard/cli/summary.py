"""`distillguard summary LOGS... | --db PATH [--json]`: what is in a set of logs, at a glance.

Exchanges, accounts, time range, models, formats, the accounts with the most traffic, and what
was quarantined. Computed in one streaming pass (per-batch Arrow aggregates merged as it goes),
so memory grows with the number of accounts, not of exchanges.
"""

from __future__ import annotations

import json
from collections import Counter

import click
import pyarrow as pa
import pyarrow.compute as pc
from rich.console import Console
from rich.table import Table

from distillguard import schema
from distillguard.cli.common import is_quiet
from distillguard.cli.inputs import InputSpec, InputStats, input_options, open_input

TOP_ACCOUNTS = 10
# The only columns the summary reads (a store then skips prompts and answers entirely).
COLUMNS = (schema.TS, schema.ACCOUNT_ID, schema.MODEL, schema.SOURCE_FORMAT, schema.INPUT_TOKENS, schema.OUTPUT_TOKENS)
_MERGE_EVERY = 16  # partial per-account aggregates merged every N batches


class SummaryAccumulator:
    """Streaming totals over canonical batches: `add(batch)` each, then `result(...)`."""

    def __init__(self) -> None:
        self.exchanges = 0
        self.first_ts = None
        self.last_ts = None
        self.models: Counter[str] = Counter()
        self.formats: Counter[str] = Counter()
        self._per_account: list[pa.Table] = []

    def add(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows == 0:
            return
        self.exchanges += batch.num_rows
        lo, hi = pc.min_max(batch.column(schema.TS)).values()
        if lo.is_valid:
            lo, hi = lo.as_py(), hi.as_py()
            self.first_ts = lo if self.first_ts is None else min(self.first_ts, lo)
            self.last_ts = hi if self.last_ts is None else max(self.last_ts, hi)
        for counter, column in ((self.models, schema.MODEL), (self.formats, schema.SOURCE_FORMAT)):
            for item in pc.value_counts(batch.column(column)).to_pylist():
                counter[item["values"] if item["values"] is not None else "(none)"] += item["counts"]
        part = pa.table(
            {
                "account": batch.column(schema.ACCOUNT_ID),
                "input_tokens": pc.fill_null(batch.column(schema.INPUT_TOKENS), 0),
                "output_tokens": pc.fill_null(batch.column(schema.OUTPUT_TOKENS), 0),
            }
        )
        self._per_account.append(_per_account(part, count_column=None))
        if len(self._per_account) >= _MERGE_EVERY:
            self._per_account = [self._merged_accounts()]

    def _merged_accounts(self) -> pa.Table:
        if not self._per_account:
            return pa.table({"account": pa.array([], pa.string()), "exchanges": pa.array([], pa.int64()),
                             "input_tokens": pa.array([], pa.int64()), "output_tokens": pa.array([], pa.int64())})
        return _per_account(pa.concat_tables(self._per_account), count_column="exchanges")

    def result(self, stats: InputStats) -> dict:
        accounts = self._merged_accounts()
        top = accounts.sort_by([("exchanges", "descending"), ("account", "ascending")]).slice(0, TOP_ACCOUNTS)
        return {
            "exchanges": self.exchanges,
            "accounts": accounts.num_rows,
            "first_ts": _iso(self.first_ts),
            "last_ts": _iso(self.last_ts),
            "models": dict(self.models.most_common()),
            "formats": dict(self.formats.most_common()),
            "top_accounts": top.to_pylist(),
            "input": {
                "read": stats.read,
                "accepted": stats.accepted,
                "quarantined": stats.quarantined,
                "quarantine_path": stats.quarantine_path if stats.quarantined else None,
                "quarantine_reasons": dict(stats.logs.reasons.most_common()),
                "formats": stats.formats,
                "store_rows": stats.store_rows,
            },
        }


def _per_account(table: pa.Table, count_column: str | None) -> pa.Table:
    """Per-account exchanges and token sums; `count_column` names an existing count to sum
    (merging partials) or None to count rows."""
    aggs = [("input_tokens", "sum"), ("output_tokens", "sum")]
    aggs.append((count_column, "sum") if count_column else ("account", "count"))
    grouped = table.group_by("account").aggregate(aggs)
    count_name = f"{count_column}_sum" if count_column else "account_count"
    return pa.table(
        {
            "account": grouped.column("account"),
            "exchanges": grouped.column(count_name).cast(pa.int64()),
            "input_tokens": grouped.column("input_tokens_sum").cast(pa.int64()),
            "output_tokens": grouped.column("output_tokens_sum").cast(pa.int64()),
        }
    )


def _iso(ts) -> str | None:
    return None if ts is None else ts.isoformat().replace("+00:00", "Z")


def summarize(batches, stats_of) -> dict:
    """Summary of an iterable of canonical batches; `stats_of()` gives the InputStats after."""
    acc = SummaryAccumulator()
    for batch in batches:
        acc.add(batch)
    return acc.result(stats_of())


@click.command("summary")
@input_options()
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
def command(inputs: InputSpec, as_json: bool) -> None:
    """Summarise exchange logs or a store: counts, accounts, time range, models, formats.

    \b
    Examples:
      distillguard summary logs/*.jsonl.gz
      distillguard summary --db traffic.duckdb --json
    """
    data = open_input(inputs, columns=COLUMNS)
    result = summarize(data.batches(), lambda: data.stats)
    if as_json:
        click.echo(json.dumps(result, indent=2))
    elif not is_quiet():
        _print_tables(result)


def _print_tables(s: dict) -> None:
    console = Console(highlight=False)
    overview = Table(title="Exchanges", show_header=False)
    overview.add_column("", style="bold")
    overview.add_column("", justify="right")
    overview.add_row("exchanges", f"{s['exchanges']:,}")
    overview.add_row("accounts", f"{s['accounts']:,}")
    overview.add_row("first", s["first_ts"] or "-")
    overview.add_row("last", s["last_ts"] or "-")
    inp = s["input"]
    overview.add_row("read", f"{inp['read']:,}")
    overview.add_row("accepted", f"{inp['accepted']:,}")
    overview.add_row("quarantined", f"{inp['quarantined']:,}")
    for reason, n in inp["quarantine_reasons"].items():
        overview.add_row(f"  {reason}", f"{n:,}")
    if inp["quarantine_path"]:
        overview.add_row("quarantine file", inp["quarantine_path"])
    console.print(overview)

    for title, counts in (("Models", s["models"]), ("Formats", s["formats"])):
        t = Table(title=title)
        t.add_column(title[:-1].lower())
        t.add_column("exchanges", justify="right")
        t.add_column("share", justify="right")
        for name, n in counts.items():
            t.add_row(name, f"{n:,}", f"{n / max(s['exchanges'], 1):.1%}")
        console.print(t)

    top = Table(title=f"Top {len(s['top_accounts'])} accounts by exchanges")
    for col in ("account", "exchanges", "share", "input tokens", "output tokens"):
        top.add_column(col, justify="left" if col == "account" else "right", overflow="fold")
    for row in s["top_accounts"]:
        top.add_row(
            row["account"],
            f"{row['exchanges']:,}",
            f"{row['exchanges'] / max(s['exchanges'], 1):.1%}",
            f"{row['input_tokens']:,}",
            f"{row['output_tokens']:,}",
        )
    console.print(top)
