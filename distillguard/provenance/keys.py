"""Watermark keys: a secret, a public key id, the scheme it is used with; key files and canaries.

A key file is JSON, written readable by its owner only:

    {"key_id": "wm-3f2a...", "secret": "<64 hex>", "scheme": {"gamma": 0.25, "delta": 3.0, "context_width": 2}}

or a keyring: {"keys": [<key>, ...]}. The secret never appears in a repr, a log line, a report
or an error message; the key id is derived from it and is safe to print.

Canary keys (`canary_key`) are derived from a master key and an account, so a gateway can serve a
flagged account's answers under a key of its own, and a later radioactivity hit names the
account whose answers a suspect learned from, without storing one secret per account.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from distillguard.errors import DistillguardError
from distillguard.provenance.scheme import Scheme

_SALT_PERSON = b"dg-watermark"


@dataclass(frozen=True)
class WatermarkKey:
    secret: bytes = field(repr=False)
    scheme: Scheme = Scheme()
    key_id: str = ""
    account: str | None = None  # the account a canary key was derived for (its id as given)

    def __post_init__(self) -> None:
        if len(self.secret) < 16:
            raise ValueError("a watermark key's secret must be at least 16 bytes")
        if not self.key_id:  # canary keys (derived for an account) are named as such
            prefix = "canary-" if self.account is not None else "wm-"
            object.__setattr__(self, "key_id", prefix + hashlib.sha256(b"key-id:" + self.secret).hexdigest()[:16])

    @functools.cached_property
    def salts(self) -> tuple[int, int, int, int]:
        """The four 32-bit words the green lists are drawn with (see `scheme`); derived once (the
        logits processors read them at every generated token)."""
        d = hashlib.blake2b(self.secret, digest_size=16, person=_SALT_PERSON).digest()
        return tuple(int.from_bytes(d[i:i + 4], "little") for i in range(0, 16, 4))  # type: ignore[return-value]

    def to_dict(self) -> dict:
        out = {"key_id": self.key_id, "secret": self.secret.hex(), "scheme": self.scheme.to_dict()}
        if self.account is not None:
            out["account"] = self.account
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "WatermarkKey":
        try:
            secret = bytes.fromhex(str(d["secret"]))
        except (KeyError, ValueError) as exc:
            raise DistillguardError("a watermark key needs a hex 'secret'") from exc
        try:
            scheme = Scheme.from_dict(d.get("scheme") or {})
            key = cls(secret=secret, scheme=scheme, account=d.get("account"))
        except (TypeError, ValueError) as exc:
            raise DistillguardError(f"bad watermark key: {exc}") from exc
        if d.get("key_id") and d["key_id"] != key.key_id:
            raise DistillguardError(f"watermark key {d['key_id']!r}: its id does not match its secret")
        return key


def new_key(scheme: Scheme = Scheme()) -> WatermarkKey:
    return WatermarkKey(secrets.token_bytes(32), scheme)


def canary_key(master: WatermarkKey, account: str) -> WatermarkKey:
    """The key a flagged account's answers are served under: HMAC(master, account)."""
    secret = hmac.new(master.secret, b"canary:" + account.encode("utf-8"), hashlib.sha256).digest()
    return WatermarkKey(secret, master.scheme, account=account)


def write_keys(path: str | Path, keys: list[WatermarkKey]) -> None:
    """Write one key (or a keyring) readable by its owner only, atomically."""
    path = Path(path)
    doc = keys[0].to_dict() if len(keys) == 1 else {"keys": [k.to_dict() for k in keys]}
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    os.replace(tmp, path)


def read_keys(path: str | Path) -> list[WatermarkKey]:
    """The keys of a key file or keyring; one clear error for a missing or malformed file."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text())
    except FileNotFoundError as exc:
        raise DistillguardError(f"{path}: no such key file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DistillguardError(f"{path}: not a readable JSON key file ({type(exc).__name__})") from exc
    items = doc.get("keys") if isinstance(doc, dict) and "keys" in doc else [doc]
    if not isinstance(items, list) or not items or not all(isinstance(k, dict) for k in items):
        raise DistillguardError(f"{path}: expected a key object or {{\"keys\": [...]}}")
    keys = [WatermarkKey.from_dict(k) for k in items]
    ids = [k.key_id for k in keys]
    if len(set(ids)) != len(ids):
        raise DistillguardError(f"{path}: the same key appears twice")
    return keys


def read_key(path: str | Path) -> WatermarkKey:
    keys = read_keys(path)
    if len(keys) != 1:
        raise DistillguardError(f"{path}: holds {len(keys)} keys; one is needed here")
    return keys[0]
