"""One self-contained HTML report of a scan: inline CSS, plots as inline SVG (matplotlib Agg).

Reads only the verdicts document (spec §2) plus optional per-account timelines, so a report can
be redrawn from a verdicts file. Other stages add sections through `register_section` (e.g.
campaign graph drawings): a section is a function (verdicts) -> HTML fragment (self-contained,
no external resources) or None to skip.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from distillguard import __version__  # noqa: E402

TOP_ACCOUNTS = 25
SectionFn = Callable[[dict], "str | None"]
_SECTIONS: list[tuple[str, SectionFn]] = []

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#1d2330;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #dde;padding-bottom:.3rem}
.sub{color:#667;margin-top:0} table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #eef;vertical-align:top}
th{background:#f5f6fa} .num{text-align:right;font-variant-numeric:tabular-nums}
.flag{color:#fff;background:#c0392b;border-radius:3px;padding:0 .35rem;font-size:.78rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap} .card{background:#f5f6fa;border-radius:6px;padding:.7rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.4rem} ul.ev{margin:.1rem 0;padding-left:1.1rem} ul.ev li{margin:.1rem 0}
code{font-size:.8rem;color:#556} .note{color:#667;font-size:.85rem} svg{max-width:100%;height:auto}
"""


def register_section(title: str, fn: SectionFn) -> None:
    """Add a report section (drawn after the campaigns table). Re-registering a title replaces it."""
    global _SECTIONS
    _SECTIONS = [(t, f) for t, f in _SECTIONS if t != title] + [(title, fn)]


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return text[text.find("<svg"):]  # drop the XML prolog: inline SVG lives in the HTML


def risk_histogram(verdicts: dict) -> str:
    risks = [a["risk"] for a in verdicts["accounts"]]
    threshold = verdicts["stats"].get("risk_threshold")
    fig, ax = plt.subplots(figsize=(8, 2.8))
    if risks:
        ax.hist(risks, bins=50, range=(0, 1), color="#5470c6", log=True)
    if threshold is not None:
        ax.axvline(threshold, color="#c0392b", linestyle="--", linewidth=1)
        ax.text(threshold, ax.get_ylim()[1] * 0.7, " operating point", color="#c0392b", fontsize=8, ha="right")
    ax.set_xlabel("risk (share of benign reference accounts below)")
    ax.set_ylabel("accounts (log)")
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def timelines_plot(timelines: dict[str, list[tuple[int, int]]], flagged: set[str]) -> str | None:
    series = [(a, pts) for a, pts in timelines.items() if pts]
    if not series:
        return None
    fig, axes = plt.subplots(len(series), 1, figsize=(8, 0.9 * len(series) + 0.6), sharex=True, squeeze=False)
    for ax, (acc, pts) in zip(axes[:, 0], series):
        xs = [dt.datetime.fromtimestamp(t, dt.timezone.utc) for t, _ in pts]
        ax.bar(xs, [n for _, n in pts], width=1 / 24, color="#c0392b" if acc in flagged else "#5470c6")
        ax.set_ylabel(acc if len(acc) <= 18 else acc[:16] + "…", rotation=0, ha="right", va="center", fontsize=7)
        ax.tick_params(labelsize=7)
        ax.spines[["top", "right"]].set_visible(False)
    axes[-1, 0].set_xlabel("time (UTC), requests per hour")
    fig.autofmt_xdate()
    return _svg(fig)


def _e(x) -> str:
    return html.escape(str(x))


def _evidence_list(evidence: list[dict]) -> str:
    items = []
    for e in evidence[:6]:
        ids = e.get("where") or e.get("exchange_ids") or []  # "where": "<id>: chars A-B" (offsets, no text)
        ids_html = f" <code>e.g. {_e(', '.join(ids[:3]))}</code>" if ids else ""
        items.append(f"<li><b>{_e(e.get('signal'))}</b> ({float(e.get('score', 0)):.3f}): {_e(e.get('detail', ''))}{ids_html}</li>")
    return f"<ul class='ev'>{''.join(items)}</ul>" if items else "<span class='note'>no evidence above the reference</span>"


def _accounts_table(verdicts: dict) -> str:
    rows = []
    ranked = sorted(verdicts["accounts"], key=lambda a: (-a["risk"], a["account_id"]))
    for a in ranked[:TOP_ACCOUNTS]:
        flag = " <span class='flag'>flagged</span>" if a["flagged"] else ""
        rows.append(
            f"<tr><td><code>{_e(a['account_id'])}</code>{flag}</td><td class='num'>{a['risk']:.4f}</td>"
            f"<td>{_e(a['campaign_id'] or '')}</td><td>{_evidence_list(a['evidence'])}</td></tr>"
        )
    return ("<table><tr><th>account</th><th class='num'>risk</th><th>campaign</th><th>evidence</th></tr>"
            + "".join(rows) + "</table>")


def _campaigns_table(verdicts: dict) -> str:
    campaigns = sorted(verdicts["campaigns"], key=lambda c: -float(c.get("risk") or 0))
    if not campaigns:
        return "<p class='note'>No campaigns detected.</p>"
    rows = []
    for c in campaigns:
        rows.append(
            f"<tr><td><code>{_e(c.get('campaign_id'))}</code></td><td class='num'>{float(c.get('risk') or 0):.4f}</td>"
            f"<td class='num'>{len(c.get('account_ids') or [])}</td><td class='num'>{int(c.get('exchanges') or 0):,}</td>"
            f"<td>{_e(c.get('first_seen', ''))}<br>{_e(c.get('last_seen', ''))}</td>"
            f"<td>{_e(', '.join(map(str, c.get('targets') or [])))}</td><td>{_evidence_list(c.get('evidence') or [])}</td></tr>"
        )
    return ("<table><tr><th>campaign</th><th class='num'>risk</th><th class='num'>accounts</th>"
            "<th class='num'>exchanges</th><th>first / last seen</th><th>targets</th><th>evidence</th></tr>"
            + "".join(rows) + "</table>")


def _safety_section(verdicts: dict) -> str:
    """Jailbreak attempts and other safety findings: counted for every account, named only for
    flagged ones (an account that was not flagged is not named in a report)."""
    with_findings = [a for a in verdicts["accounts"] if a.get("findings")]
    if not with_findings:
        return ""
    flagged = [a for a in with_findings if a["flagged"]]
    head = (f"<p class='note'>{len(with_findings):,} account(s) sent prompts with safety findings (jailbreak "
            f"attempts); {len(flagged):,} of them flagged for distillation. Findings alone never flag an account: "
            "ordinary users try persona prompts too. Accounts not flagged are counted, not named.</p>")
    if not flagged:
        return head
    rows = "".join(f"<tr><td><code>{_e(a['account_id'])}</code></td><td>{_evidence_list(a['findings'])}</td></tr>"
                   for a in sorted(flagged, key=lambda a: (-a["risk"], a["account_id"]))[:TOP_ACCOUNTS])
    return head + f"<table><tr><th>flagged account</th><th>safety findings</th></tr>{rows}</table>"


def _relay_section(verdicts: dict) -> str:
    """Relay accounts (traffic of many end users) and their own verdict: counted for every relay,
    named only when flagged (a relay that was not flagged is not named in a report; its flagged
    end users are in the verdicts' `end_users`)."""
    relays = [a for a in verdicts["accounts"] if a.get("relay")]
    if not relays:
        return ""
    significant = [a for a in relays if a["relay"].get("significant")]
    flagged = [a for a in significant if a["flagged"]]
    head = (f"<p class='note'>{len(relays):,} account(s) relay traffic for many end users; {len(significant):,} "
            f"carry significantly more flagged end users than a benign relay shows at this operating point "
            f"(one-sided binomial test); {len(flagged):,} of them, whose flagged end users carry most of their "
            "traffic, are flagged themselves. Relays not flagged are counted, not named: their flagged end users "
            "are listed in the verdicts (<code>end_users</code>).</p>")
    if not flagged:
        return head
    rows = "".join(
        f"<tr><td><code>{_e(a['account_id'])}</code></td><td class='num'>{a['relay']['end_users_flagged']:,} of "
        f"{a['relay']['end_users_judged']:,}</td><td class='num'>{100 * a['relay']['flagged_traffic_share']:.0f}%</td>"
        f"<td class='num'>{a['relay']['p_value']:.2g}</td></tr>"
        for a in sorted(flagged, key=lambda a: (-a["risk"], a["account_id"]))[:TOP_ACCOUNTS])
    return head + ("<table><tr><th>flagged relay</th><th class='num'>end users flagged</th>"
                   f"<th class='num'>their share of its traffic</th><th class='num'>p</th></tr>{rows}</table>")


def _reference_line(stats: dict) -> str:
    ref = stats.get("reference") or {}
    source = ref.get("source", "unknown")
    where = ref.get("paths") or ref.get("scenario") or ""
    return (f"Calibrated on benign reference <b>{_e(source)}</b> {_e(where)} "
            f"({stats.get('reference_accounts', '?')} accounts); target benign false-positive rate "
            f"{100 * float(stats.get('target_fpr', 0)):.2g}%, flag at risk ≥ {float(stats.get('risk_threshold', 1)):.4f}.")


def _campaign_figures(figures: dict[str, bytes]) -> str:
    parts = []
    for cid, png in figures.items():
        data = base64.b64encode(png).decode("ascii")
        parts.append(f"<h3>{_e(cid)}</h3><img alt='campaign {_e(cid)}' style='max-width:100%' src='data:image/png;base64,{data}'>")
    return "".join(parts)


def render_report(verdicts: dict, *, timelines: dict | None = None, campaign_figures: dict[str, bytes] | None = None,
                  title: str = "distillguard scan report") -> str:
    stats = verdicts.get("stats", {})
    accounts = verdicts["accounts"]
    flagged = {a["account_id"] for a in accounts if a["flagged"]}
    cards = [
        ("exchanges", f"{stats.get('exchanges_accepted', 0):,}"),
        ("quarantined", f"{stats.get('exchanges_quarantined', 0):,}"),
        ("accounts", f"{len(accounts):,}"),
        ("flagged", f"{len(flagged):,}"),
        ("campaigns", f"{len(verdicts['campaigns']):,}"),
    ]
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<meta name='viewport' content='width=device-width,initial-scale=1'><title>{_e(title)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1><p class='sub'>distillguard {__version__}, "
        f"{dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}</p>",
        "<div class='cards'>" + "".join(f"<div class='card'><b>{v}</b>{_e(k)}</div>" for k, v in cards) + "</div>",
        f"<p class='note'>{_reference_line(stats)}</p>",
    ]
    if stats.get("calibration_note"):
        parts.append(f"<p class='note'>Note: {_e(stats['calibration_note'])}</p>")
    parts += ["<h2>Risk distribution</h2>", risk_histogram(verdicts)]
    parts += [f"<h2>Top accounts</h2><p class='note'>The {min(TOP_ACCOUNTS, len(accounts))} highest-risk accounts "
              "with their evidence.</p>", _accounts_table(verdicts)]
    plot = timelines_plot(timelines or {}, flagged)
    if plot:
        parts += ["<h2>Timelines of the top accounts</h2>", plot]
    parts += ["<h2>Campaigns</h2>", _campaigns_table(verdicts)]
    relays = _relay_section(verdicts)
    if relays:
        parts += ["<h2>Relays</h2>", relays]
    safety = _safety_section(verdicts)
    if safety:
        parts += ["<h2>Safety findings</h2>", safety]
    if campaign_figures:
        parts += ["<h2>Campaign graphs</h2><p class='note'>Accounts linked by what they share, and their "
                  "activity over time.</p>", _campaign_figures(campaign_figures)]
    for section_title, fn in _SECTIONS:
        fragment = fn(verdicts)
        if fragment:
            parts += [f"<h2>{_e(section_title)}</h2>", fragment]
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(path: str | Path, verdicts: dict, *, timelines: dict | None = None,
                 campaign_figures: dict[str, bytes] | None = None) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(render_report(verdicts, timelines=timelines, campaign_figures=campaign_figures),
                          encoding="utf-8")
