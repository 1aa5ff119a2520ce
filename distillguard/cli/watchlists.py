"""The options that give scan, replay and serve peers' shared campaigns (`intel import` watch-lists),
written once: `--intel PATH` (repeatable) and `--community-key-file F`."""

from __future__ import annotations

import click

from distillguard.cli.common import is_quiet


def watchlist_options(func):
    func = click.option("--community-key-file", type=click.Path(exists=True, dir_okay=False), default=None,
                        help="File holding the community key that opens the watch-lists' content and client "
                             "fingerprints (or DISTILLGUARD_COMMUNITY_KEY).")(func)
    func = click.option("--intel", "intel_paths", multiple=True, type=click.Path(exists=True), metavar="PATH",
                        help="Match accounts against peers' shared campaigns: watch-lists written by "
                             "`distillguard intel import` (a file or a directory; repeatable).")(func)
    return func


def load_intel(paths: tuple[str, ...], key_file: str | None, account_key: bytes | None):
    """The watch-lists to match, read and checked before any work; None without --intel."""
    if not paths:
        return None
    from distillguard.normalize.fingerprints import community_key
    from distillguard.risk.watchlist import Intel, read_watchlists

    lists = [wl for p in paths for wl in read_watchlists(p)]
    key = community_key(path=key_file)
    if key is None and any(i.kind not in ("network", "account") for wl in lists for i in wl.indicators) and not is_quiet():
        click.echo("warning: no community key (--community-key-file or DISTILLGUARD_COMMUNITY_KEY): the watch-lists' "
                   "content and client fingerprints cannot be matched, only their networks", err=True)
    return Intel(lists, community_key=key, account_key=account_key)
