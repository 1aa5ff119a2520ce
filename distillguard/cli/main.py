"""Entry point of the `distillguard` command.

Subcommands live one per module in this package, each exposing a click command named `command`;
they are imported only when invoked so `distillguard --help` stays fast. Add a subcommand by adding
its module and one line to SUBCOMMANDS.
"""

from __future__ import annotations

import importlib
import sys

import click

from distillguard import __version__
from distillguard.errors import DistillguardError, Terminated, on_sigterm, termination_deferred

# name -> (module, one-line help). The order is the order shown in --help.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "ingest": ("distillguard.cli.ingest", "Read exchange logs into a DuckDB store (idempotent)."),
    "export": ("distillguard.cli.export", "Export a DuckDB store to Parquet."),
    "summary": ("distillguard.cli.summary", "Summarise exchange logs: counts, accounts, models, formats."),
    "scan": ("distillguard.cli.scan", "Score every account for distillation risk; write verdicts and a report."),
    "replay": ("distillguard.cli.replay", "Replay a log through the online path (gateway) offline; write the actions taken."),
    "serve": ("distillguard.cli.serve", "Run the gateway: judge requests to an OpenAI-compatible server and apply the policy."),
    "intel": ("distillguard.cli.intel", "Share campaigns as STIX 2.1 intelligence: export, import, TAXII push and pull."),
    "report": ("distillguard.cli.report", "Write reports from verdicts: abuse reports to hosting networks."),
    "watermark": ("distillguard.cli.watermark", "Output watermark: make keys, derive per-account canary keys, detect a key in text."),
    "provenance": ("distillguard.cli.provenance", "Test a suspect model for our watermark (radioactivity)."),
    "sim": ("distillguard.cli.sim", "Generate labelled benign and campaign traffic from a scenario."),
    "eval": ("distillguard.cli.eval", "Score verdicts/actions against labels; compare with baselines."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (module, _) in SUBCOMMANDS.items() if _importable(module)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in SUBCOMMANDS:
            return None
        # (a command's module imports native extensions, DuckDB's among them: a SIGTERM raised
        # inside their initialization would abort the process)
        with termination_deferred():
            module = importlib.import_module(SUBCOMMANDS[name][0])
        return module.command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(n, SUBCOMMANDS[n][1]) for n in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _importable(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="distillguard")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries; errors only.")
@click.pass_context
def cli(ctx: click.Context, quiet: bool) -> None:
    """Find and stop distillation campaigns in LLM API traffic."""
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; user errors become one line on stderr and exit code 1 (usage: 2)."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_sigterm)
    try:
        cli.main(args=argv, prog_name="distillguard", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("distillguard: aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:  # usage errors, bad options, missing arguments
        exc.show()
        sys.exit(exc.exit_code)
    except DistillguardError as exc:
        click.echo(f"distillguard: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("distillguard: interrupted", err=True)
        sys.exit(130)
    except Terminated:
        click.echo("distillguard: terminated", err=True)
        sys.exit(143)
    except BrokenPipeError:
        sys.exit(1)
    except OSError as exc:  # unreadable path, disk full...: still one line, never a traceback
        click.echo(f"distillguard: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err=True)
        sys.exit(1)
    except Exception as exc:
        duckdb = sys.modules.get("duckdb")
        if duckdb is None or not isinstance(exc, duckdb.Error):
            raise  # a bug: its traceback is what a report needs
        # A store damaged where the store's own checks did not look (a block read late): one line.
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        click.echo(f"distillguard: error: the store could not be read or written ({first[:200]}); it may be "
                   "damaged: restore it from a backup or ingest the logs into a new store", err=True)
        sys.exit(1)
    sys.exit(0)
