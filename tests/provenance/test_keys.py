"""Key files: private, never printed, ids bound to secrets; canary keys per account."""

import json
import os
import stat

import pytest

from distillguard.errors import DistillguardError
from distillguard.provenance.keys import WatermarkKey, canary_key, new_key, read_key, read_keys, write_keys
from distillguard.provenance.scheme import Scheme


def test_round_trip_mode_600_and_secret_never_in_repr(tmp_path):
    k = new_key(Scheme(gamma=0.3, delta=2.5, context_width=3))
    p = tmp_path / "k.json"
    write_keys(p, [k])
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
    back = read_key(p)
    assert back == k and back.salts == k.salts and back.scheme.gamma == 0.3
    assert k.secret.hex() not in repr(k) and k.secret.hex() not in str(k)


def test_canary_keys_differ_per_account_and_are_reproducible():
    master = new_key()
    a, b = canary_key(master, "acct-a"), canary_key(master, "acct-b")
    assert a.key_id.startswith("canary-") and a.key_id != b.key_id and a.salts != b.salts
    assert canary_key(master, "acct-a") == a and a.account == "acct-a"
    assert canary_key(new_key(), "acct-a").key_id != a.key_id


def test_keyring_and_canaries_round_trip(tmp_path):
    master = new_key()
    ring = [master] + [canary_key(master, f"acct-{i}") for i in range(3)]
    write_keys(tmp_path / "ring.json", ring)
    assert read_keys(tmp_path / "ring.json") == ring


@pytest.mark.parametrize("doc, message", [
    ("not json", "not a readable JSON"),
    (json.dumps({"secret": "zz"}), "hex"),
    (json.dumps({"secret": "00" * 8}), "at least 16 bytes"),
    (json.dumps({"secret": "00" * 32, "key_id": "wm-0000"}), "does not match"),
    (json.dumps({"keys": []}), "expected a key"),
    (json.dumps({"secret": "00" * 32, "scheme": {"gamma": 2}}), "gamma"),
])
def test_bad_key_files_one_clear_error(tmp_path, doc, message):
    p = tmp_path / "k.json"
    p.write_text(doc)
    with pytest.raises(DistillguardError, match=message):
        read_keys(p)


def test_missing_key_file(tmp_path):
    with pytest.raises(DistillguardError, match="no such key file"):
        read_keys(tmp_path / "none.json")


def test_id_is_derived_from_the_secret():
    assert WatermarkKey(b"\x01" * 32).key_id == WatermarkKey(b"\x01" * 32).key_id != WatermarkKey(b"\x02" * 32).key_id
