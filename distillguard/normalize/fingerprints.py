"""Privacy-preserving fingerprints that two providers can compare without showing each other text.

A community of providers agrees on a secret *community key*. Every shared fingerprint is a keyed
hash (HMAC-SHA256) of a value one provider's scan computes the same way as another's: a template
skeleton digest (`signals.template`), a system-prompt digest (`linkage.kinds.shared_system_prompt`),
a client build (user agent and parameter set), a payment-instrument fingerprint. A peer holding the
key recomputes the same fingerprint from its own traffic and finds the match; anyone without the
key cannot test a guessed prompt against the bundle. The sets of a campaign's template
fingerprints also travel as a MinHash signature whose permutations are drawn from the key, so a
peer can estimate how much of its own campaign's template set a shared one covers at a glance.

The key itself never leaves: a bundle names it by `key_id`, a short digest, so a receiver knows
which of its keys to use.
"""

from __future__ import annotations

import hashlib
import hmac
import os

import numpy as np

from distillguard.errors import DistillguardError

COMMUNITY_KEY_ENV = "DISTILLGUARD_COMMUNITY_KEY"
FINGERPRINT_HEX = 32  # 128 bits: collisions are not a concern at any log size
MINHASH_PERMUTATIONS = 128
# value kinds that are fingerprinted (the prefix keeps equal strings of two kinds apart)
KINDS = ("template", "system_prompt", "client", "payment")


def community_key(value: str | bytes | None = None, *, path: str | None = None) -> bytes | None:
    """The community key from a value, a file, or DISTILLGUARD_COMMUNITY_KEY; None when none is set."""
    if path is not None:
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError as exc:
            raise DistillguardError(f"cannot read the community key file {path}: {exc.strerror}") from exc
    elif value is not None:
        raw = value.encode("utf-8") if isinstance(value, str) else value
    elif COMMUNITY_KEY_ENV in os.environ:
        raw = os.environ[COMMUNITY_KEY_ENV].encode("utf-8")
    else:
        return None
    # one key whatever its source: a key file's newline (or one a secret put in the environment)
    # is not part of it, or two peers holding the same key would compute different fingerprints
    raw = raw.strip()
    if not raw:
        raise DistillguardError(f"the community key is empty: give it a value (or unset {COMMUNITY_KEY_ENV})")
    return raw


def key_id(key: bytes) -> str:
    """A short public name of a key: which key a bundle used, without revealing it."""
    return "ck-" + hashlib.sha256(b"distillguard-community-key-id:" + key).hexdigest()[:16]


def fingerprint(key: bytes, kind: str, value: str) -> str:
    """The keyed fingerprint of one value of a kind."""
    if kind not in KINDS:
        raise ValueError(f"unknown fingerprint kind {kind!r}")
    return hmac.new(key, f"{kind}:{value}".encode("utf-8"), hashlib.sha256).hexdigest()[:FINGERPRINT_HEX]


def account_hash(key: bytes, account: str) -> str:
    """An account id under a provider's own key: it means something only to that provider."""
    return "hmac-sha256:" + hmac.new(key, b"account:" + account.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def minhash_signature(key: bytes, fingerprints: list[str]) -> list[int]:
    """MinHash of a set of fingerprints with permutations seeded by the key (datasketch)."""
    from datasketch import MinHash

    seed = int.from_bytes(hashlib.sha256(b"distillguard-minhash-seed:" + key).digest()[:4], "big")
    m = MinHash(num_perm=MINHASH_PERMUTATIONS, seed=seed)
    m.update_batch([f.encode("ascii") for f in fingerprints])
    return [int(v) for v in m.hashvalues]


def minhash_jaccard(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two sets behind two signatures of one key."""
    if len(a) != len(b) or not len(a):
        raise ValueError("signatures of different lengths")
    return float(np.mean(np.asarray(a, np.uint64) == np.asarray(b, np.uint64)))
