"""`distillguard intel ...`: share campaigns as STIX 2.1 intelligence with peers.

    distillguard intel export verdicts.json --out bundle.json --producer NAME [--community-key-file F] [--tlp amber]
    distillguard intel import bundle.json [--into intel/]
    distillguard intel push BUNDLE.json --taxii URL --collection ID [--user U] [--password-env VAR | --password-file F]
    distillguard intel pull --taxii URL --collection ID --out BUNDLE.json [--added-after TIMESTAMP] [--user U] ...

export turns a scan's campaigns into a STIX 2.1 bundle without user content (distillguard.intel.
stix_export); import validates a peer's bundle and writes a watch-list that `scan --intel DIR` matches
(distillguard.intel.stix_import). push and pull talk to a TAXII 2.1 server (distillguard.intel.taxii). The password is read from an
environment variable or a file, never from the command line (where `ps` and shell histories show
it), and never printed.
"""

from __future__ import annotations

import json
import os

import click

from distillguard.cli.common import echo
from distillguard.errors import DistillguardError, UsageError

USER_ENV = "DISTILLGUARD_TAXII_USER"
PASSWORD_ENV = "DISTILLGUARD_TAXII_PASSWORD"
FAILURES_SHOWN = 3


@click.group("intel")
def command() -> None:
    """Share campaigns as STIX 2.1 intelligence: export, import, TAXII push and pull."""


@command.command("export")
@click.argument("verdicts_path", metavar="VERDICTS.json", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_path", default=None, type=click.Path(dir_okay=False), metavar="BUNDLE.json",
              help="Where to write the STIX 2.1 bundle of every campaign.")
@click.option("--out-dir", "out_dir", default=None, type=click.Path(file_okay=False), metavar="DIR",
              help="Instead: one bundle per campaign, DIR/<campaign id>.json (for sharing campaigns one by one).")
@click.option("--producer", required=True, metavar="NAME", help="Your organisation's name, as peers will see it.")
@click.option("--community-key-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="The community key (shared with peers) that keys the content fingerprints; or "
                   "DISTILLGUARD_COMMUNITY_KEY. Without one the bundle carries networks and account hashes only.")
@click.option("--tlp", type=click.Choice(["clear", "white", "green", "amber", "red"]), default="amber",
              show_default=True, help="Traffic Light Protocol marking of every object.")
@click.option("--campaign", "campaigns", multiple=True, metavar="ID", help="Only these campaigns (repeatable).")
def export(verdicts_path: str, out_path: str | None, out_dir: str | None, producer: str,
           community_key_file: str | None, tlp: str, campaigns: tuple[str, ...]) -> None:
    """Write the verdicts' campaigns as a STIX 2.1 bundle that carries no user content.

    Account ids are hashed with your own key (DISTILLGUARD_HASH_KEY; a random one when unset, so
    they can never be matched back); client builds, payment instruments, system prompts and
    templates travel as fingerprints under the community key; no prompt text, no evidence text,
    nothing about accounts that were not flagged.
    """
    import secrets

    from distillguard.intel.stix_export import export_bundle
    from distillguard.normalize.fingerprints import community_key
    from distillguard.verdicts import read_verdicts

    if (out_path is None) == (out_dir is None):
        raise UsageError("give one of --out BUNDLE.json (every campaign in one bundle) or --out-dir DIR "
                         "(one bundle per campaign)")
    if out_path:
        _check_out(out_path)
    elif os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise DistillguardError(f"--out-dir {out_dir} is not a directory")
    verdicts = read_verdicts(verdicts_path)
    key = community_key(path=community_key_file)
    own = os.environ.get("DISTILLGUARD_HASH_KEY", "").encode("utf-8") or secrets.token_bytes(32)
    chosen = list(campaigns) or None
    if out_path:
        targets = [(out_path, chosen)]
    else:
        ids = chosen or [c["campaign_id"] for c in verdicts.get("campaigns", [])]
        os.makedirs(out_dir, exist_ok=True)
        targets = [(os.path.join(out_dir, f"{_safe_name(cid)}.json"), [cid]) for cid in ids]
    counts: dict[str, int] = {}
    for path, only in targets:
        bundle = export_bundle(verdicts, producer=producer, community_key=key, account_key=own, tlp=tlp,
                               campaigns=only)
        _write_json(path, bundle)
        for o in bundle["objects"]:
            counts[o["type"]] = counts.get(o["type"], 0) + 1
    where = out_path or f"{len(targets)} bundle(s) in {out_dir}"
    echo(f"wrote {counts.get('campaign', 0)} campaign(s), {counts.get('indicator', 0)} indicator(s) and "
         f"{counts.get('sighting', 0)} sighting(s) to {where} (TLP:{tlp.upper()})"
         + ("" if key else "; no community key: no content fingerprints"))


def _safe_name(campaign_id: str) -> str:
    """A campaign id as a file name (ids are ours, "c-12", but never trusted into a path)."""
    import re

    return re.sub(r"[^A-Za-z0-9_.-]+", "_", campaign_id).strip(".") or "campaign"


@command.command("import")
@click.argument("bundle_path", metavar="BUNDLE.json", type=click.Path(exists=True, dir_okay=False))
@click.option("--into", "into", type=click.Path(file_okay=False), default="intel", show_default=True,
              help="Directory of watch-lists (give it to `scan --intel`).")
def import_(bundle_path: str, into: str) -> None:
    """Validate a peer's STIX 2.1 bundle and add its indicators to a watch-list directory.

    A malformed or hostile bundle (oversized, wrong types, patterns that would match everything)
    is refused with one line and changes nothing.
    """
    from distillguard.intel.stix_import import import_bundle

    if os.path.exists(into) and not os.path.isdir(into):
        raise DistillguardError(f"--into {into} is not a directory")
    out, wl, counts = import_bundle(bundle_path, into)
    kinds: dict[str, int] = {}
    for ind in wl.indicators:
        kinds[ind.kind] = kinds.get(ind.kind, 0) + 1
    echo(f"imported {len(wl.indicators)} indicator(s) from {wl.producer} (TLP:{wl.tlp.upper()}: "
         + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + f") into {out}"
         + (f"; skipped {counts['unsupported']} of kinds this tool does not match" if counts["unsupported"] else "")
         + (f", {counts['revoked']} revoked" if counts["revoked"] else "")
         + (f", {counts['expired']} expired" if counts["expired"] else ""))


def taxii_options(func):
    """The options every TAXII subcommand takes: where, which collection, who."""
    options = [
        click.option("--taxii", "url", required=True, metavar="URL",
                     help="The TAXII 2.1 API root URL (e.g. https://host/api1/), or the server's discovery URL "
                          "(e.g. https://host/taxii2/) to use its default API root."),
        click.option("--collection", required=True, metavar="ID",
                     help="The collection, by id or by title."),
        click.option("--user", envvar=USER_ENV, show_envvar=True, default=None, metavar="U",
                     help="User for HTTP basic authentication (none: anonymous)."),
        click.option("--password-env", "password_env", default=None, metavar="VAR",
                     help=f"Read the password from this environment variable [default: {PASSWORD_ENV}]."),
        click.option("--password-file", "password_file", type=click.Path(dir_okay=False), default=None,
                     metavar="F", help="Read the password from this file (its first line)."),
        click.option("--timeout", type=click.FloatRange(min=0.0, min_open=True), default=30.0, show_default=True,
                     metavar="SECONDS", help="Limit on each request to the server, and on waiting for a push."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@command.command("push")
@click.argument("bundle_path", metavar="BUNDLE.json", type=click.Path(exists=True, dir_okay=False))
@taxii_options
def push(bundle_path: str, url: str, collection: str, user: str | None, password_env: str | None,
         password_file: str | None, timeout: float) -> None:
    """Add the objects of a STIX 2.1 bundle to a TAXII 2.1 collection.

    The bundle is checked first (a malformed one: nothing is sent); the server's status is then
    awaited and reported: how many objects succeeded, failed or are still pending.

    \b
    Example:
      DISTILLGUARD_TAXII_PASSWORD=... distillguard intel push campaigns.json \\
          --taxii https://taxii.example.org/api1/ --collection distillation-campaigns --user acme
    """
    from distillguard.intel.taxii import InvalidBundle, push_bundle

    password = _password(user, password_env, password_file)
    bundle = _read_json(bundle_path)
    try:
        status = push_bundle(bundle, url, collection, user=user, password=password, timeout=timeout)
    except InvalidBundle as exc:
        raise DistillguardError(f"{bundle_path}: {exc}; nothing was sent") from None
    target = status["collection"]
    requests = f" in {status['requests']} requests" if status["requests"] > 1 else ""
    echo(f"pushed {status['total_count']:,} objects to collection '{target['title']}' ({target['id']}){requests}: "
         f"{status['success_count']:,} succeeded, {status['failure_count']:,} failed, "
         f"{status['pending_count']:,} pending")
    if status["failure_count"]:
        shown = "; ".join(f"{d.get('id')} ({d.get('message') or 'no reason given'})"
                          for d in status["failures"][:FAILURES_SHOWN])
        more = " ..." if len(status["failures"]) > FAILURES_SHOWN else ""
        click.echo(f"warning: the server did not add {status['failure_count']:,} objects (an object already "
                   f"there, same id and version, counts as a failure on some servers): {shown}{more}", err=True)
    if status["pending_count"] or status["status"] != "complete":
        click.echo(f"warning: the server was still processing after {timeout:g} s; status "
                   f"{', '.join(status['status_ids'])}", err=True)


@command.command("pull")
@taxii_options
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False), metavar="BUNDLE.json",
              help="Where to write the bundle (replaced if it exists).")
@click.option("--added-after", "added_after", default=None, metavar="TIMESTAMP", callback=lambda c, p, v: _timestamp(v),
              help="Only objects the server added after this time (ISO 8601, e.g. 2026-05-01T00:00:00Z; UTC "
                   "if no offset).")
@click.option("--all-versions", is_flag=True, help="Every version of each object, not only the latest.")
def pull(url: str, collection: str, user: str | None, password_env: str | None, password_file: str | None,
         timeout: float, out_path: str, added_after, all_versions: bool) -> None:
    """Fetch every object of a TAXII 2.1 collection into one STIX 2.1 bundle.

    \b
    Example:
      DISTILLGUARD_TAXII_PASSWORD=... distillguard intel pull --taxii https://taxii.example.org/api1/ \\
          --collection distillation-campaigns --user acme --out peers.json --added-after 2026-05-01
    """
    from distillguard.intel.taxii import pull_bundle

    password = _password(user, password_env, password_file)
    _check_out(out_path)
    bundle = pull_bundle(url, collection, user=user, password=password, added_after=added_after,
                         timeout=timeout, all_versions=all_versions)
    _write_json(out_path, bundle)
    since = f" added after {added_after.isoformat().replace('+00:00', 'Z')}" if added_after else ""
    echo(f"pulled {len(bundle['objects']):,} objects{since} from collection {collection!r} into {out_path}")


# ---------------------------------------------------------------------------------------------

def _password(user: str | None, password_env: str | None, password_file: str | None) -> str | None:
    """The password from --password-file or the environment variable; None when anonymous."""
    if password_env and password_file:
        raise UsageError("give --password-env or --password-file, not both")
    if password_file:
        with open(password_file, encoding="utf-8") as f:
            lines = f.read().splitlines()
        password = lines[0] if lines else ""
        if not password:
            raise DistillguardError(f"--password-file {password_file}: the file is empty")
        source = f"--password-file {password_file}"
    else:
        variable = password_env or PASSWORD_ENV
        password = os.environ.get(variable) or None
        source = f"the environment variable {variable}"
        if password is None and (user or password_env):
            raise DistillguardError(f"no TAXII password: {variable} is not set (set it, or give --password-file F)")
    if password is not None and not user:
        raise DistillguardError(f"a TAXII password in {source} but no user: give --user U or set {USER_ENV}")
    return password


def _timestamp(value: str | None):
    if value is None:
        return None
    from distillguard.intel.taxii import parse_timestamp

    try:
        return parse_timestamp(value)
    except DistillguardError as exc:
        raise click.BadParameter(str(exc)) from None


def _read_json(path: str):
    with open(path, "rb") as f:
        data = f.read()
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        raise DistillguardError(f"{path}: not UTF-8 text, so not a STIX bundle; nothing was sent") from None
    except json.JSONDecodeError as exc:
        raise DistillguardError(f"{path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
                                f"nothing was sent") from None


def _check_out(path: str) -> None:
    """One line before any request when the bundle could not be written."""
    target = os.path.abspath(path)
    if os.path.isdir(target):
        raise DistillguardError(f"--out {path} is a directory")
    if not os.path.isdir(os.path.dirname(target)):
        raise DistillguardError(f"--out {path}: directory {os.path.dirname(target)} does not exist")


def _write_json(path: str, value) -> None:
    """Write atomically: a reader never sees half a bundle, a failed pull leaves the old file."""
    target = os.path.abspath(path)
    tmp = os.path.join(os.path.dirname(target), f".{os.path.basename(target)}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(value, f, indent=2, ensure_ascii=False)
            f.write("\n")
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
