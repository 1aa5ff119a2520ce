"""Community-keyed fingerprints (normalize.fingerprints): what two providers compare without text."""

import random

import pytest

from distillguard.errors import DistillguardError
from distillguard.normalize import fingerprints as fp
from distillguard.normalize.fingerprints import (
    COMMUNITY_KEY_ENV,
    FINGERPRINT_HEX,
    KINDS,
    MINHASH_PERMUTATIONS,
    account_hash,
    community_key,
    fingerprint,
    key_id,
    minhash_jaccard,
    minhash_signature,
)

K1, K2 = b"community key one", b"community key two"


def test_fingerprints_are_deterministic_hex_of_fixed_length():
    for kind in KINDS:
        a = fingerprint(K1, kind, "python-httpx/0.27.2|0.6|-|4096")
        assert a == fingerprint(K1, kind, "python-httpx/0.27.2|0.6|-|4096")
        assert len(a) == FINGERPRINT_HEX and all(c in "0123456789abcdef" for c in a)


def test_fingerprints_depend_on_the_key_the_kind_and_the_value():
    values = ["27993701a35c1149", "pm_54c7a0c16c3d23a0", "f4b16d1adba9819470ac3410", ""]
    seen = {}
    for key in (K1, K2):
        for kind in KINDS:
            for v in values:
                seen.setdefault(fingerprint(key, kind, v), []).append((key, kind, v))
    # no two (key, kind, value) share a fingerprint: another key or another kind is another value
    assert all(len(v) == 1 for v in seen.values())
    assert len(seen) == 2 * len(KINDS) * len(values)


def test_fingerprint_refuses_unknown_kinds():
    with pytest.raises(ValueError):
        fingerprint(K1, "prompt", "some text")


def test_key_id_names_a_key_without_showing_it():
    kid = key_id(K1)
    assert kid == key_id(K1) and kid != key_id(K2)
    assert kid.startswith("ck-") and len(kid) == 3 + 16
    assert K1.decode() not in kid and K1.hex() not in kid
    # the key id is not the fingerprint of anything under the key
    assert kid[3:] not in {fingerprint(K1, k, "") for k in KINDS}


def test_account_hashes_are_keyed_and_do_not_show_the_account():
    h = account_hash(K1, "acct-54b9a64fc4bb")
    assert h == account_hash(K1, "acct-54b9a64fc4bb")
    assert h.startswith("hmac-sha256:") and "54b9a64fc4bb" not in h
    assert h != account_hash(K2, "acct-54b9a64fc4bb") != account_hash(K1, "acct-54b9a64fc4bc")
    # an account hash is not a fingerprint of the same string (another purpose, another domain)
    assert h.split(":", 1)[1][:FINGERPRINT_HEX] not in {fingerprint(K1, k, "acct-54b9a64fc4bb") for k in KINDS}


def _fps(key, values):
    return [fingerprint(key, "template", v) for v in values]


def test_minhash_of_identical_sets_is_one_and_of_disjoint_sets_near_zero():
    a = _fps(K1, [f"t{i}" for i in range(200)])
    b = _fps(K1, [f"u{i}" for i in range(200)])
    sa = minhash_signature(K1, a)
    assert len(sa) == MINHASH_PERMUTATIONS and all(isinstance(x, int) for x in sa)
    assert sa == minhash_signature(K1, list(reversed(a)))  # a set: order does not matter
    assert minhash_jaccard(sa, minhash_signature(K1, a)) == 1.0
    assert minhash_jaccard(sa, minhash_signature(K1, b)) < 0.05


def test_minhash_estimates_partial_overlap():
    rng = random.Random(1)
    universe = [f"t{i}" for i in range(400)]
    a = _fps(K1, universe[:300])
    b = _fps(K1, universe[100:])  # 200 shared of 400: Jaccard 0.5
    rng.shuffle(b)
    est = minhash_jaccard(minhash_signature(K1, a), minhash_signature(K1, b))
    assert 0.35 < est < 0.65


def test_minhash_permutations_come_from_the_key():
    a = _fps(K1, [f"t{i}" for i in range(50)])
    assert minhash_signature(K1, a) != minhash_signature(K2, a)


def test_minhash_jaccard_refuses_signatures_of_different_lengths():
    with pytest.raises(ValueError):
        minhash_jaccard([1, 2, 3], [1, 2])
    with pytest.raises(ValueError):
        minhash_jaccard([], [])


def test_community_key_from_a_value_a_file_or_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv(COMMUNITY_KEY_ENV, raising=False)
    assert community_key() is None
    assert community_key("s3cret") == community_key(b"s3cret") == b"s3cret"
    f = tmp_path / "key"
    f.write_text("s3cret\n")
    assert community_key(path=str(f)) == b"s3cret"
    monkeypatch.setenv(COMMUNITY_KEY_ENV, "s3cret")
    assert community_key() == b"s3cret"
    # a file wins over the environment
    f.write_text("other\n")
    assert community_key(path=str(f)) == b"other"


def test_the_same_key_from_a_file_or_the_environment_gives_the_same_fingerprints(tmp_path, monkeypatch):
    """A key file ends with a newline; so does a key put in the environment from a secret file
    (Kubernetes, env files): both must open the same fingerprints."""
    f = tmp_path / "key"
    f.write_text("s3cret\n")
    monkeypatch.setenv(COMMUNITY_KEY_ENV, "s3cret\n")
    from_file, from_env = community_key(path=str(f)), community_key()
    assert from_file == from_env == community_key("s3cret\n")
    assert fingerprint(from_file, "payment", "pm_1") == fingerprint(from_env, "payment", "pm_1")
    assert key_id(from_file) == key_id(from_env)


def test_an_empty_community_key_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv(COMMUNITY_KEY_ENV, raising=False)
    for value in ("", b"", "  \n"):
        with pytest.raises(DistillguardError, match="empty"):
            community_key(value)
    f = tmp_path / "key"
    f.write_text("\n")
    with pytest.raises(DistillguardError, match="empty"):
        community_key(path=str(f))
    monkeypatch.setenv(COMMUNITY_KEY_ENV, "")
    with pytest.raises(DistillguardError, match="empty"):
        community_key()


def test_an_unreadable_key_file_is_a_one_line_error(tmp_path):
    with pytest.raises(DistillguardError, match="cannot read the community key file"):
        community_key(path=str(tmp_path / "missing"))
    with pytest.raises(DistillguardError, match="cannot read the community key file"):
        community_key(path=str(tmp_path))


def test_fingerprint_kinds_are_the_shared_ones():
    assert set(KINDS) == {"template", "system_prompt", "client", "payment"}
    assert fp.FINGERPRINT_HEX * 4 >= 128
