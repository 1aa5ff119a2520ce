"""Human output: rich tables, one column per method (verdicts under test first, then baselines)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def _pct(x) -> str:
    return "—" if x is None else f"{x * 100:.1f}%"


def _num(x, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _count(n, d) -> str:
    return f"{n}/{d}"


def _table(title: str, methods: list[str]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, min_width=72)
    table.add_column("metric", style="bold")
    for m in methods:
        table.add_column(m, justify="right")
    return table


def account_table(report: dict) -> Table:
    methods = list(report["methods"])
    rows = report["methods"]
    table = _table("Account level (campaign accounts are positives)", methods)
    table.add_row("accounts scored (campaign / benign)", *(
        f"{r['accounts_scored']} ({r['campaign_accounts']} / {r['benign_accounts']})" for r in rows.values()))
    table.add_row("ROC-AUC", *(_num(r["roc_auc"]) for r in rows.values()))
    table.add_row("PR-AUC (average precision)", *(_num(r["pr_auc"]) for r in rows.values()))
    for target in next(iter(rows.values()))["recall_at_fpr"]:
        cells = []
        for r in rows.values():
            op = r["recall_at_fpr"][target]
            cells.append("—" if op is None else f"{_pct(op['recall'])} (FPR {_pct(op['fpr'])})")
        table.add_row(f"recall at benign FPR <= {target}", *cells)
    table.add_row("flagged: precision", *(_pct(r["flagged"]["precision"]) for r in rows.values()))
    table.add_row("flagged: recall", *(_pct(r["flagged"]["recall"]) for r in rows.values()))
    table.add_row("flagged: benign FPR", *(
        f"{_pct(r['flagged']['fpr'])} ({r['flagged']['fp']})" for r in rows.values()))
    table.add_row("campaigns found (>= half flagged)", *(
        f"{_pct(r['campaigns']['share_found'])} ({r['campaigns']['found']}/{r['campaigns']['campaigns']})"
        for r in rows.values()))
    table.add_row("campaign grouping ARI (flagged)", *(
        _num(r["campaigns"]["grouping"]["ari"]) if "grouping" in r["campaigns"] else "n/a" for r in rows.values()))
    table.add_row("benign accounts in campaigns (campaigns naming one)", *(
        _benign_members(r["campaigns"].get("benign_members")) for r in rows.values()))
    if any("through_links" in r["campaigns"] for r in rows.values()):
        table.add_row("clean alone, caught through links", *(
            _through_links(r["campaigns"].get("through_links")) for r in rows.values()))
    return table


def held_out_table(report: dict) -> Table | None:
    """In-distribution and held-out tactics side by side (labels' `held_out`, eval --held-out-tactic)."""
    rows = {name: r["held_out_split"] for name, r in report["methods"].items() if r.get("held_out_split")}
    if not rows:
        return None
    table = _table("Recall: in-distribution | held-out tactics", list(rows))
    first = next(iter(rows.values()))

    def cell(split: dict, key: str, target: str | None = None) -> str:
        parts = []
        for side in ("in_distribution", "held_out"):
            s = split[side]
            if key == "flagged":
                parts.append(_pct(s["flagged_recall"]) if s["flagged_recall"] is not None else "—")
            elif key == "accounts":
                parts.append(f"{s['campaign_accounts']} ({len(s['tactics'])} tactics)")
            else:
                op = s["recall_at_fpr"].get(target)
                parts.append("—" if op is None else _pct(op["recall"]))
        return " | ".join(parts)

    table.add_row("campaign accounts", *(cell(s, "accounts") for s in rows.values()))
    for target in first["in_distribution"]["recall_at_fpr"]:
        table.add_row(f"recall at benign FPR <= {target}", *(cell(s, "fpr", target) for s in rows.values()))
    table.add_row("flagged: recall", *(cell(s, "flagged") for s in rows.values()))
    return table


def _benign_members(b: dict | None) -> str:
    if b is None:
        return "n/a"
    return f"{b['accounts']} ({b['campaigns_naming_benign']} of {b['predicted_campaigns']})"


def _through_links(t: dict | None) -> str:
    if t is None:
        return "n/a"
    if not t["clean_alone"]:
        return f"none clean alone (0 of {t['campaign_accounts']})"
    return f"{_pct(t['recall'])} ({t['caught']}/{t['clean_alone']})"


def population_table(report: dict) -> Table:
    rows = report["methods"]
    table = _table("Benign FPR of `flagged`, per population", list(rows))
    pops = sorted({p for r in rows.values() for p in r["fpr_by_population"]})
    for pop in pops:
        cells = []
        for r in rows.values():
            p = r["fpr_by_population"].get(pop)
            cells.append("—" if p is None else f"{_pct(p['fpr'])} ({_count(p['flagged'], p['accounts'])})")
        table.add_row(pop, *cells)
    return table


def tactic_table(report: dict) -> Table:
    rows = report["methods"]
    table = _table("Recall per tactic: flagged  |  at 1% benign FPR", list(rows))
    tactics = sorted({t for r in rows.values() for t in r["recall_by_tactic"]})
    for tactic in tactics:
        cells = []
        for r in rows.values():
            t = r["recall_by_tactic"].get(tactic)
            cells.append("—" if t is None else f"{_pct(t['recall'])} | {_pct(t['recall_at_1%_fpr'])}")
        table.add_row(tactic, *cells)
    return table


def end_user_table(e: dict) -> Table:
    """Campaign end users inside relays listed as flagged on their relay account (verdicts)."""
    table = Table(title="End users inside relays (flagged: listed on the relay's verdict)", title_justify="left")
    table.add_column("metric", style="bold")
    table.add_column("verdicts", justify="right")
    table.add_row("campaign end users flagged", f"{_pct(e['recall'])} ({_count(e['flagged'], e['campaign_end_users'])})")
    for tactic, t in e["by_tactic"].items():
        table.add_row(f"  {tactic}", f"{_pct(t['recall'])} ({_count(t['flagged'], t['end_users'])})")
    table.add_row("benign end users flagged", str(e["benign_flagged"]))
    if e.get("of_campaign_accounts"):
        table.add_row("end users of campaign accounts flagged", str(e["of_campaign_accounts"]))
    return table


def containment_table(c: dict) -> Table:
    table = Table(title=f"Containment from actions (contained = first of: {', '.join(c['contain_on'])})",
                  title_justify="left")
    table.add_column("metric", style="bold")
    table.add_column("value", justify="right")
    table.add_row("campaign accounts contained", f"{_pct(c['share_contained'])} "
                  f"({c['campaign_accounts_contained']}/{c['campaign_accounts']})")
    table.add_row("exchanges served before containment: median", _num(c["served_before_containment_median"], 1))
    table.add_row("exchanges served before containment: p90", _num(c["served_before_containment_p90"], 1))
    table.add_row("share of campaign exchanges served before containment",
                  _pct(c["share_campaign_exchanges_before_containment"]))
    table.add_row("benign accounts throttled or blocked", f"{c['benign_throttled_or_blocked']} "
                  f"({_pct(c['benign_throttled_or_blocked_share'])})")
    table.add_row("benign accounts restricted (throttle/degrade/block)",
                  f"{c['benign_restricted']} ({_pct(c['benign_restricted_share'])})")
    for action, n in c["benign_ever"].items():
        table.add_row(f"  benign accounts ever '{action}'", str(n))
    if c["campaign_accounts_without_exchange_count"]:
        table.add_row("campaign accounts with unknown exchange count",
                      f"{c['campaign_accounts_without_exchange_count']} (pass --traffic)")
    return table


def print_report(report: dict, console: Console | None = None) -> None:
    if console is None:
        console = Console()
        if not console.is_terminal:  # piped to a file: do not squeeze the method columns into 80
            console = Console(width=max(100, 40 + 22 * len(report["methods"])))
    v = report["validation"]
    console.print(f"[bold]distillguard eval[/bold]: {v['labelled_accounts']} labelled accounts, "
                  f"{v['verdict_accounts']} in verdicts")
    for w in v["warnings"]:
        console.print(f"[yellow]warning:[/yellow] {w}")
    if v["labelled_missing_from_verdicts"]:
        console.print(f"  missing from verdicts (first {len(v['labelled_missing_from_verdicts_sample'])}): "
                      + ", ".join(v["labelled_missing_from_verdicts_sample"]))
    if v["verdicts_missing_from_labels"]:
        console.print(f"  missing from labels (first {len(v['verdicts_missing_from_labels_sample'])}): "
                      + ", ".join(v["verdicts_missing_from_labels_sample"]))
    console.print(account_table(report))
    console.print(population_table(report))
    console.print(tactic_table(report))
    split = held_out_table(report)
    if split is not None:
        console.print(split)
    if "end_users" in report:
        console.print(end_user_table(report["end_users"]))
    if "containment" in report:
        console.print(containment_table(report["containment"]))
    for name, r in report["methods"].items():
        for note in r.get("notes", []):
            console.print(f"note ({name}): {note}")
