"""What a batch `scan` hands the online path (`scan --publish TARGET`): its flagged accounts, its
campaigns and their identity artifacts, so that the gateway enforces them and contains a new
account that carries a campaign's artifact from its first request.

The document holds no prompt text and names only flagged accounts (and campaign members, which
are flagged). TARGET is a JSON file (`serve --published FILE` loads it and follows changes) or a
Redis URL (the state every gateway replica reads).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import orjson

from distillguard.errors import DistillguardError

VERSION = 1
KIND = "distillguard.published"


def published_doc(verdicts: dict, artifacts: dict[str, list[dict]]) -> dict:
    """The published document from a scan's verdicts and its campaigns' artifacts."""
    accounts = []
    for a in verdicts.get("accounts", []):
        if not a.get("flagged") and a.get("campaign_id") is None:
            continue
        accounts.append({
            "account_id": a["account_id"],
            "risk": float(a.get("risk") or 0.0),
            "flagged": bool(a.get("flagged")),
            "campaign_id": a.get("campaign_id"),
            "reasons": [e["signal"] for e in a.get("evidence", [])][:8],
            "evidence": [e.get("detail", "") for e in a.get("evidence", [])][:3],
        })
    campaigns = []
    for c in verdicts.get("campaigns", []):
        campaigns.append({
            "campaign_id": c["campaign_id"],
            "size": int(c.get("size") or len(c.get("account_ids", []))),
            "risk": float(c.get("risk") or 0.0),
            "first_seen": c.get("first_seen"),
            "last_seen": c.get("last_seen"),
            "account_ids": list(c.get("account_ids", [])),
            "artifacts": list(artifacts.get(c["campaign_id"], [])),
        })
    return {"kind": KIND, "version": VERSION, "accounts": accounts, "campaigns": campaigns}


def check_published(doc: object, where: str) -> dict:
    """The document if it is a published document; DistillguardError naming the problem if not."""
    if not isinstance(doc, dict) or doc.get("kind") != KIND:
        raise DistillguardError(f"{where}: not a published document (write one with `scan --publish`)")
    for name in ("accounts", "campaigns"):
        if not isinstance(doc.get(name), list):
            raise DistillguardError(f"{where}: '{name}' must be a list")
    for a in doc["accounts"]:
        if not isinstance(a, dict) or not isinstance(a.get("account_id"), str):
            raise DistillguardError(f"{where}: every account needs an 'account_id'")
    for c in doc["campaigns"]:
        if not isinstance(c, dict) or not isinstance(c.get("campaign_id"), str):
            raise DistillguardError(f"{where}: every campaign needs a 'campaign_id'")
        for art in c.get("artifacts", []):
            if not (isinstance(art, dict) and isinstance(art.get("kind"), str) and isinstance(art.get("key"), str)):
                raise DistillguardError(f"{where}: campaign {c['campaign_id']}: artifacts need 'kind' and 'key'")
    return doc


def read_published(path: str | os.PathLike) -> dict:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DistillguardError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise DistillguardError(f"{path}: not JSON") from None
    return check_published(doc, str(path))


def write_published(doc: dict, target: str) -> str:
    """Write to a file (atomically: a gateway following it never reads half) or a Redis URL;
    returns a description of where it went."""
    if target.startswith(("redis://", "rediss://", "unix://")):
        from distillguard.online.state import RedisState, _redacted

        state = RedisState(target, fail_closed=True)
        try:
            state.publish(doc)
        finally:
            state.close()
        return _redacted(target)
    path = Path(target)
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=".publish-", suffix=".json")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(path)
