"""Helpers shared by subcommands: quiet-aware console and progress bars."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

stderr_console = Console(stderr=True)


def is_quiet() -> bool:
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if ctx.obj and ctx.obj.get("quiet"):
            return True
        ctx = ctx.parent
    return False


def echo(message: str = "") -> None:
    """Print a human-facing line to stdout unless --quiet."""
    if not is_quiet():
        click.echo(message)


@contextlib.contextmanager
def progress(description: str, total: float | None = None) -> Iterator["ProgressHandle"]:
    """A rich progress bar on stderr (a no-op under --quiet or when stderr is not a terminal)."""
    if is_quiet() or not stderr_console.is_terminal:
        yield ProgressHandle(None, None)
        return
    bar = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr_console,
        transient=True,
    )
    with bar:
        task = bar.add_task(description, total=total)
        yield ProgressHandle(bar, task)


class ProgressHandle:
    def __init__(self, bar: Progress | None, task) -> None:
        self._bar, self._task = bar, task

    def advance(self, amount: float = 1) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, amount)

    def update(self, **kwargs) -> None:
        if self._bar is not None:
            self._bar.update(self._task, **kwargs)
