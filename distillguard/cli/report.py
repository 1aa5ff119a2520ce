"""`distillguard report abuse VERDICTS --out DIR [--include-residential] [--reporter NAME] [--contact EMAIL]`

Reports written from a verdicts file, after the scan. `abuse`: per network the campaign traffic
came from, an abuse report its abuse desk accepts (X-ARF messages and plain text, see
report.abuse), with an index of what was written and what was skipped and why.
"""

from __future__ import annotations

import click

from distillguard.cli.common import echo, is_quiet


@click.group("report")
def command() -> None:
    """Write reports from verdicts: abuse reports to hosting networks."""


@command.command("abuse", short_help="Abuse reports (X-ARF and text) to the networks campaign traffic came from.")
@click.argument("verdicts_path", metavar="VERDICTS", type=click.Path(dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory to write the reports and index.json to (created if missing; must be empty).")
@click.option("--include-residential", is_flag=True,
              help="Also report residential and mobile networks (likely rotating proxy exits; the report says so).")
@click.option("--reporter", default=None, metavar="NAME", help="Who reports (From and 'Reported by').")
@click.option("--contact", default=None, metavar="EMAIL",
              help="Where the abuse desk answers (From, Reply-To, X-ARF Reported-From).")
@click.option("--campaign", "campaign_ids", multiple=True, metavar="ID",
              help="Report only this campaign (repeatable; default: every campaign).")
@click.option("--min-exchanges", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Leave out addresses that sent fewer requests than this.")
@click.option("--force", is_flag=True,
              help="Write into a directory that is not empty, replacing the report set an earlier run wrote there.")
def abuse(verdicts_path: str, out_dir: str, include_residential: bool, reporter: str | None, contact: str | None,
          campaign_ids: tuple[str, ...], min_exchanges: int, force: bool) -> None:
    """Write an abuse report per network that campaign traffic came from (X-ARF .eml and .txt)."""
    from distillguard.report.abuse import (PLACEHOLDER_CONTACT, Reporter, build_abuse_reports, render_all,
                                           write_abuse_reports)
    from distillguard.verdicts.writer import read_verdicts

    sender = Reporter(reporter, contact)  # (checked before anything is read)
    verdicts = read_verdicts(verdicts_path)
    result = build_abuse_reports(verdicts, include_residential=include_residential, campaign_ids=campaign_ids,
                                 min_exchanges=min_exchanges)
    files = render_all(result, sender, include_residential=include_residential, min_exchanges=min_exchanges)
    write_abuse_reports(files, out_dir, force=force)
    if contact is None and result.reports and not is_quiet():
        click.echo(f"warning: no --contact: the reports give {PLACEHOLDER_CONTACT} as the address to answer; "
                   "write them again with --contact before sending them", err=True)
    addresses = sum(len(r.addresses) for r in result.reports)
    echo(f"wrote {len(result.reports):,} abuse report(s) covering {addresses:,} address(es) "
         f"({sum(r.exchanges for r in result.reports):,} requests) to {out_dir}")
    skipped = ", ".join(f"{n:,} {reason.replace('_', ' ')}" for reason, n in result.skipped.items() if n)
    if skipped:
        hint = " (--include-residential reports residential and mobile networks)" \
            if (result.skipped["residential"] or result.skipped["mobile"]) and not include_residential else ""
        echo(f"addresses not reported: {skipped}{hint}; see index.json")
