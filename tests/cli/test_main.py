import subprocess
import sys

from distillguard.cli.main import SUBCOMMANDS


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "distillguard", *args], capture_output=True, text=True)


def test_help_lists_available_subcommands():
    proc = run("--help")
    assert proc.returncode == 0
    assert "Find and stop distillation campaigns" in proc.stdout


def test_unknown_subcommand_is_a_usage_error():
    proc = run("no-such-command")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_every_subcommand_has_help():
    import importlib.util

    for name, (module, _) in SUBCOMMANDS.items():
        if importlib.util.find_spec(module) is None:
            continue
        proc = run(name, "--help")
        assert proc.returncode == 0, (name, proc.stderr)
        assert "Usage:" in proc.stdout
