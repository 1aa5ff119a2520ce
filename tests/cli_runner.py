"""`run_cli`: the CLI in-process, for the fault and fuzz tests (tests/ is on sys.path: its conftest)."""

import contextlib
import io

from distillguard.cli.main import main


def run_cli(*args: str) -> tuple[int, str, str]:
    """`distillguard ARGS` in-process: (exit code, stdout, stderr); any exception but SystemExit
    (what a user would see as a traceback) propagates and fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:
            code = 0
    return code, out.getvalue(), err.getvalue()
