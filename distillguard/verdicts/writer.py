"""Verdicts (spec §2): one entry per account, the campaigns, and the run's stats."""

from __future__ import annotations

import math
from pathlib import Path

import orjson

from distillguard.errors import DistillguardError

VERSION = 1


def build_verdicts(account_ids, risk, flagged, campaign_ids, evidence, campaigns: list[dict], stats: dict, *,
                   end_users: dict[str, list[dict]] | None = None, findings: dict[str, list[dict]] | None = None,
                   relays: dict[str, dict] | None = None) -> dict:
    """The verdicts document; accounts ordered from most to least suspicious (ties by id).

    `end_users` (optional, an addition to spec §2): account -> flagged end users of an account that
    relays traffic for many (`[{end_user, risk, flagged, evidence}]`).
    `findings` (optional, an addition to spec §2): account -> safety findings (jailbreak attempts),
    reported apart from the distillation evidence (`[{signal, score, detail, exchange_ids}]`).
    `relays` (optional, an addition to spec §2): account -> relay verdict of an account that relays
    traffic for many end users (`{end_users_judged, end_users_flagged, flagged_traffic_share,
    p_value, benign_rate, significant}`, see risk.end_users).
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
        if findings and findings.get(acc):
            rows[-1]["findings"] = [_clean_evidence(e) for e in findings[acc]]
        if relays and acc in relays:
            rows[-1]["relay"] = dict(relays[acc])
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


def validate_verdicts(doc: dict, *, strict: bool = True, expected_accounts=None) -> list[str]:
    """Everything wrong with a verdicts document (empty list = valid per spec §2).

    strict (what scan must write): version 1, campaigns and stats present, every account with its
    campaign_id key and evidence, campaigns naming only listed accounts. Not strict (what eval
    scores, e.g. another tool's verdicts): each account listed once with an id, a risk in [0, 1]
    and a flag; campaign ids strings or null; evidence and stats optional."""
    if not isinstance(doc, dict):
        return [f"verdicts must be a JSON object, got {type(doc).__name__}"]
    if strict and doc.get("version") != VERSION:
        return ["version must be 1"]
    accounts = doc.get("accounts")
    campaigns = doc.get("campaigns") if strict else (doc.get("campaigns") or [])
    stats = doc.get("stats")
    if not isinstance(accounts, list):
        return ["verdicts need an 'accounts' list"]
    if not isinstance(campaigns, list) or (strict and not isinstance(stats, dict)):
        return ["'campaigns' must be a list" + (" and 'stats' an object" if strict else "")]
    problems = []
    seen = set()
    campaign_ids = {c.get("campaign_id") for c in campaigns if isinstance(c, dict)}
    for i, a in enumerate(accounts):
        problem = _account_problem(a, i)
        if problem:
            problems.append(problem)
            continue
        acc = a["account_id"]
        if acc in seen:
            problems.append(f"account {acc!r} appears twice (spec: exactly once)")
        seen.add(acc)
        if not strict:
            continue
        cid = a.get("campaign_id", "missing")
        if cid == "missing":
            problems.append(f"account {acc}: campaign_id missing (use null)")
        elif cid is not None and cid not in campaign_ids:
            problems.append(f"account {acc}: campaign {cid} not listed in campaigns")
        ev = a.get("evidence")
        if not isinstance(ev, list) or any(not {"signal", "score", "detail"} <= set(e) for e in ev):
            problems.append(f"account {acc}: evidence must be a list of {{signal, score, detail}}")
    if not strict:
        return problems
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


def _account_problem(a: object, i: int) -> str | None:
    """What is wrong with one account row of the `accounts` list, if anything (both modes)."""
    where = f"accounts[{i}]"
    if not isinstance(a, dict):
        return f"{where} is not an object"
    acc = a.get("account_id")
    if not isinstance(acc, str) or not acc:
        return f"{where}: 'account_id' must be a non-empty string"
    r = a.get("risk")
    if isinstance(r, bool) or not isinstance(r, (int, float)) or not math.isfinite(r):
        return f"{where} ({acc}): 'risk' must be a number, got {r!r}"
    if not 0.0 <= r <= 1.0:
        return f"{where} ({acc}): 'risk' {r} is outside [0, 1]"
    if not isinstance(a.get("flagged"), bool):
        return f"{where} ({acc}): 'flagged' must be true or false, got {a.get('flagged')!r}"
    cid = a.get("campaign_id")
    if cid is not None and not isinstance(cid, str):
        return f"{where} ({acc}): 'campaign_id' must be a string or null"
    return None
