"""Verdicts (spec §2): one entry per account, the campaigns, and the run's stats."""

from __future__ import annotations

import math
from pathlib import Path

import orjson

from distillguard.errors import DistillguardError

VERSION = 1


def build_verdicts(account_ids, risk, flagged, campaign_ids, evidence, campaigns: list[dict], stats: dict, *,
                   end_users: dict[str, list[dict]] | None = None) -> dict:
    """The verdicts document; accounts ordered from most to least suspicious (ties by id).

    `end_users` (optional, an addition to spec §2): account -> flagged end users of an account that
    relays traffic for many (`[{end_user, risk, flagged, evidence}]`).
    """
    rows = []
    for acc, r, f, cid, ev in zip(account_ids, risk, flagged, campaign_ids, evidence):
        r = float(r)
        if math.isnan(r):
            raise ValueError(f"risk of {acc} is NaN")
        rows.append({
            "account_id": acc,
            "risk": min(1.0, max(0.0, r)),
            "flagged": bool(f),
            "campaign_id": cid,
            "evidence": [_clean_evidence(e) for e in ev],
        })
        if end_users and end_users.get(acc):
            rows[-1]["end_users"] = [dict(u, evidence=[_clean_evidence(e) for e in u.get("evidence", [])])
                                     for u in end_users[acc]]
    rows.sort(key=lambda a: (-a["risk"], a["account_id"]))
    base_stats = {"exchanges_read": 0, "exchanges_accepted": 0, "exchanges_quarantined": 0, "accounts": len(rows)}
    base_stats.update(stats)
    base_stats["accounts"] = len(rows)
    return {"version": VERSION, "accounts": rows, "campaigns": list(campaigns), "stats": base_stats}


def _clean_evidence(e: dict) -> dict:
    item = {"signal": str(e.get("signal")), "score": float(e.get("score") or 0.0), "detail": str(e.get("detail", ""))}
    ids = e.get("exchange_ids")
    if ids is not None:
        item["exchange_ids"] = [str(i) for i in ids]
    for k, v in e.items():  # keep extra fields a stage added (e.g. atlas ids)
        item.setdefault(k, v)
    return item


def write_verdicts(doc: dict, path: str | Path) -> None:
    problems = validate_verdicts(doc)
    if problems:
        raise ValueError("refusing to write invalid verdicts: " + "; ".join(problems[:5]))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY))


def read_verdicts(path: str | Path) -> dict:
    try:
        doc = orjson.loads(Path(path).read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise DistillguardError(f"cannot read verdicts {path}: {exc}") from exc
    problems = validate_verdicts(doc)
    if problems:
        raise DistillguardError(f"{path} is not a valid verdicts file: {problems[0]}")
    return doc


def validate_verdicts(doc: dict, *, expected_accounts=None) -> list[str]:
    """Everything wrong with a verdicts document (empty list = valid per spec §2)."""
    problems = []
    if not isinstance(doc, dict) or doc.get("version") != VERSION:
        return ["version must be 1"]
    accounts = doc.get("accounts")
    campaigns = doc.get("campaigns")
    stats = doc.get("stats")
    if not isinstance(accounts, list) or not isinstance(campaigns, list) or not isinstance(stats, dict):
        return ["accounts and campaigns must be lists, stats an object"]
    seen = set()
    campaign_ids = {c.get("campaign_id") for c in campaigns if isinstance(c, dict)}
    for a in accounts:
        acc = a.get("account_id")
        if not isinstance(acc, str):
            problems.append(f"account without a string account_id: {a!r:.80}")
            continue
        if acc in seen:
            problems.append(f"account {acc} appears twice")
        seen.add(acc)
        r = a.get("risk")
        if not isinstance(r, (int, float)) or isinstance(r, bool) or not 0.0 <= r <= 1.0:
            problems.append(f"account {acc}: risk {r!r} not in [0, 1]")
        if not isinstance(a.get("flagged"), bool):
            problems.append(f"account {acc}: flagged must be true/false")
        cid = a.get("campaign_id", "missing")
        if cid == "missing":
            problems.append(f"account {acc}: campaign_id missing (use null)")
        elif cid is not None and cid not in campaign_ids:
            problems.append(f"account {acc}: campaign {cid} not listed in campaigns")
        ev = a.get("evidence")
        if not isinstance(ev, list) or any(not {"signal", "score", "detail"} <= set(e) for e in ev):
            problems.append(f"account {acc}: evidence must be a list of {{signal, score, detail}}")
    for c in campaigns:
        for acc in c.get("account_ids") or []:
            if acc not in seen:
                problems.append(f"campaign {c.get('campaign_id')} lists unknown account {acc}")
                break
    for key in ("exchanges_read", "exchanges_accepted", "exchanges_quarantined", "accounts"):
        if not isinstance(stats.get(key), int):
            problems.append(f"stats.{key} must be an integer")
    if isinstance(stats.get("accounts"), int) and stats["accounts"] != len(accounts):
        problems.append(f"stats.accounts = {stats['accounts']} but {len(accounts)} accounts listed")
    if expected_accounts is not None:
        missing = set(expected_accounts) - seen
        if missing:
            problems.append(f"{len(missing)} input accounts missing, e.g. {sorted(missing)[0]}")
    return problems
