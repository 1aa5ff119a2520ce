"""Read and validate the files `eval` scores: verdicts (spec §2), labels (§4), actions (§3).

Each loader returns a small plain object and raises `DistillguardError` with one line naming the
file and what is wrong with it, so a malformed input never ends in a traceback.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from distillguard.errors import DistillguardError
from distillguard.verdicts.writer import validate_verdicts

ACTIONS = ("allow", "flag", "throttle", "degrade", "block")


@dataclass(frozen=True)
class AccountVerdict:
    risk: float
    flagged: bool
    campaign_id: str | None


@dataclass
class Verdicts:
    accounts: dict[str, AccountVerdict]
    campaigns: list[dict] = field(default_factory=list)
    end_users: dict[str, set] = field(default_factory=dict)  # relay account -> its end users flagged


@dataclass(frozen=True)
class AccountLabel:
    label: str  # "campaign" or "benign"
    campaign_id: str | None = None
    tactic: str | None = None
    population: str | None = None
    exchanges: int | None = None  # optional added field: the account's exchange count
    held_out: bool = False  # optional added field: a tactic no part of the detector was built or tuned on

    @property
    def is_campaign(self) -> bool:
        return self.label == "campaign"


@dataclass
class Labels:
    accounts: dict[str, AccountLabel]
    # optional: campaign end users inside relays, end user -> (its label, the relay accounts it
    # was seen through); an end user of a relay not listed is benign
    end_users: dict[str, tuple[AccountLabel, frozenset]] = field(default_factory=dict)


@dataclass(frozen=True)
class Action:
    ts: str | None
    account_id: str
    exchange_index: int
    action: str
    risk: float | None
    line: int  # 1-based line in the file, keeps file order for ties


def _open_text(path: str | Path) -> bytes:
    p = Path(path)
    if not p.exists():
        raise DistillguardError(f"{p}: no such file")
    if p.is_dir():
        raise DistillguardError(f"{p}: is a directory, expected a file")
    data = p.read_bytes()
    if p.suffix == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise DistillguardError(f"{p}: not a valid gzip file ({exc})") from None
    return data


def _load_json(path: str | Path, what: str) -> dict:
    data = _open_text(path)
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise DistillguardError(f"{path}: not valid JSON for {what} ({exc})") from None
    if not isinstance(doc, dict):
        raise DistillguardError(f"{path}: {what} must be a JSON object, got {type(doc).__name__}")
    version = doc.get("version", 1)
    if version != 1:
        raise DistillguardError(f"{path}: unsupported {what} version {version!r} (this build reads version 1)")
    return doc


def load_verdicts(path: str | Path) -> Verdicts:
    """Read a verdicts file (spec §2). Every account must appear once with a risk in [0, 1];
    evidence and stats are not required (another tool's verdicts are scored too)."""
    doc = _load_json(path, "verdicts")
    problems = validate_verdicts(doc, strict=False)
    if problems:
        raise DistillguardError(f"{path}: {problems[0]}")
    accounts = {a["account_id"]: AccountVerdict(float(a["risk"]), a["flagged"], a.get("campaign_id") or None)
                for a in doc["accounts"]}
    end_users = {a["account_id"]: {e.get("end_user") for e in a["end_users"] if isinstance(e, dict) and e.get("flagged")}
                 for a in doc["accounts"] if isinstance(a.get("end_users"), list)}
    return Verdicts(accounts, doc.get("campaigns") or [], end_users)


def load_labels(path: str | Path) -> Labels:
    """Read a labels file (spec §4): account -> {label: campaign|benign, campaign_id, tactic | population}."""
    doc = _load_json(path, "labels")
    rows = doc.get("accounts")
    if not isinstance(rows, dict):
        raise DistillguardError(f"{path}: labels need an 'accounts' object keyed by account_id")
    accounts: dict[str, AccountLabel] = {}
    for account, row in rows.items():
        where = f"{path}: accounts[{account!r}]"
        if not isinstance(row, dict):
            raise DistillguardError(f"{where} is not an object")
        label = row.get("label")
        if label not in ("campaign", "benign"):
            raise DistillguardError(f"{where}: 'label' must be \"campaign\" or \"benign\", got {label!r}")
        for key in ("campaign_id", "tactic", "population"):
            value = row.get(key)
            if value is not None and not isinstance(value, str):
                raise DistillguardError(f"{where}: '{key}' must be a string or null")
        held_out = row.get("held_out", False)
        if not isinstance(held_out, bool):
            raise DistillguardError(f"{where}: 'held_out' must be true or false")
        exchanges = row.get("exchanges")
        if exchanges is not None and (isinstance(exchanges, bool) or not isinstance(exchanges, int) or exchanges < 0):
            raise DistillguardError(f"{where}: 'exchanges' must be a non-negative integer")
        accounts[account] = AccountLabel(
            label=label,
            campaign_id=row.get("campaign_id") or None,
            tactic=row.get("tactic"),
            population=row.get("population"),
            exchanges=exchanges,
            held_out=held_out,
        )
    return Labels(accounts, _end_user_labels(doc.get("end_users"), path))


def _end_user_labels(rows, path) -> dict[str, tuple[AccountLabel, frozenset]]:
    """The optional `end_users` object: end user -> {label, campaign_id, tactic, held_out,
    account_ids (the relay accounts it was seen through)}."""
    if rows is None:
        return {}
    if not isinstance(rows, dict):
        raise DistillguardError(f"{path}: 'end_users' must be an object keyed by end user")
    out = {}
    for user, row in rows.items():
        if not isinstance(row, dict) or not isinstance(row.get("account_ids"), list):
            raise DistillguardError(f"{path}: end_users[{user!r}] needs an 'account_ids' list")
        label = AccountLabel(label=row.get("label") or "campaign", campaign_id=row.get("campaign_id") or None,
                             tactic=row.get("tactic"), held_out=bool(row.get("held_out", False)))
        out[str(user)] = (label, frozenset(str(a) for a in row["account_ids"]))
    return out


def load_actions(path: str | Path) -> list[Action]:
    """Read an actions JSONL file (spec §3). A bad line is an error naming its line number:
    actions are our own output, so a broken line means a broken run, not noisy input."""
    data = _open_text(path)
    actions: list[Action] = []
    for lineno, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            row = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise DistillguardError(f"{where}: not valid JSON ({exc})") from None
        if not isinstance(row, dict):
            raise DistillguardError(f"{where}: an action must be a JSON object")
        account = row.get("account_id")
        if not isinstance(account, str) or not account:
            raise DistillguardError(f"{where}: 'account_id' must be a non-empty string")
        index = row.get("exchange_index")
        if isinstance(index, bool) or not isinstance(index, int) or index < 0:
            raise DistillguardError(f"{where}: 'exchange_index' must be a non-negative integer, got {index!r}")
        action = row.get("action")
        if action not in ACTIONS:
            raise DistillguardError(f"{where}: 'action' must be one of {', '.join(ACTIONS)}, got {action!r}")
        risk = row.get("risk")
        if risk is not None and (isinstance(risk, bool) or not isinstance(risk, (int, float))):
            raise DistillguardError(f"{where}: 'risk' must be a number or null")
        actions.append(Action(row.get("ts"), account, index, action, risk, lineno))
    return actions
