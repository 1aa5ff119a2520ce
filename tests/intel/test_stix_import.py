"""A peer's STIX bundle as a watch-list (intel.stix_import): our own export round-trips with every
indicator kind; hostile or malformed bundles are refused with one DistillguardError and nothing
is written; valid indicators of kinds we cannot match are skipped and counted."""

import copy
import json
import uuid
from pathlib import Path

import pytest

from distillguard.errors import DistillguardError
from distillguard.intel import stix_import
from distillguard.intel.stix_export import OBSERVABLE, export_bundle
from distillguard.intel.stix_import import bundle_to_watchlist, import_bundle, load_bundle
from distillguard.normalize.fingerprints import account_hash, fingerprint, key_id
from distillguard.risk.watchlist import read_watchlists

CK = b"the community's shared key"
AK = b"provider A's own hash key"
CREATED = "2026-11-03T00:00:00.000Z"
KINDS = {"network", "account", "client", "payment", "system_prompt", "template"}
FIELD = {"client": "clients", "payment": "payments", "system_prompt": "system_prompts", "template": "templates"}


@pytest.fixture(scope="module")
def demo(demo_scan):
    verdicts = demo_scan.verdicts
    v = json.loads(verdicts.read_text())
    assert v["campaigns"]
    return {"verdicts": v, "flagged": {a["account_id"] for a in v["accounts"] if a["flagged"]}}


@pytest.fixture(scope="module")
def bundle(demo):
    return export_bundle(demo["verdicts"], producer="Provider A", community_key=CK, account_key=AK, tlp="green",
                         created=CREATED)


def write(path: Path, doc) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(doc if isinstance(doc, bytes) else json.dumps(doc).encode())
    return path


def indicators(doc):
    return [o for o in doc["objects"] if o["type"] == "indicator"]


def first(doc, kind, prefix=""):
    return next(o for o in doc["objects"] if o["type"] == kind and o.get("pattern", "").startswith(prefix))


def snapshot(d: Path) -> dict:
    return {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()} if d.exists() else {}


# ---------------------------------------------------------------------------- round trip


def test_round_trip_gives_every_indicator_kind(demo, bundle, tmp_path):
    src = write(tmp_path / "peer.json", bundle)
    into = tmp_path / "intel"
    out, wl, counts = import_bundle(src, into)
    assert out.parent == into and out.exists() and out.name.startswith("provider-a-")
    assert counts == {"indicators": len(indicators(bundle)), "kept": len(indicators(bundle)), "revoked": 0,
                      "expired": 0, "unsupported": 0}
    [back] = read_watchlists(into)
    assert back.as_dict() == wl.as_dict()
    assert (wl.producer, wl.tlp, wl.community_key_id, wl.source) == ("Provider A", "green", key_id(CK), bundle["id"])
    assert {i.kind for i in wl.indicators} == KINDS
    names = {c["id"]: c["name"] for c in bundle["objects"] if c["type"] == "campaign"}
    assert {i.campaign for i in wl.indicators} == set(names)
    assert all(i.campaign_name == names[i.campaign] for i in wl.indicators)
    # the values are the exported ones: networks, keyed account hashes, community fingerprints
    values = {k: {v for i in wl.indicators if i.kind == k for v in i.values} for k in KINDS}
    campaigns = demo["verdicts"]["campaigns"]
    assert values["network"] == {n["network"] for c in campaigns for n in c["indicators"]["networks"]
                                 if not n["unflagged_accounts"]}
    assert values["account"] == {account_hash(AK, a) for c in campaigns for a in c["account_ids"] if a in demo["flagged"]}
    for kind, field in FIELD.items():
        assert values[kind] == {fingerprint(CK, kind, i["key"]) for c in campaigns for i in c["indicators"][field]
                                if not i["unflagged_accounts"]}, kind


def test_importing_the_same_bundle_twice_keeps_one_watch_list(bundle, tmp_path):
    src = write(tmp_path / "peer.json", bundle)
    into = tmp_path / "intel"
    out1, _, _ = import_bundle(src, into)
    out2, _, _ = import_bundle(src, into)
    assert out1 == out2 and [p.name for p in into.iterdir()] == [out1.name]


@pytest.mark.parametrize("tlp,name", [("clear", "clear"), ("white", "clear"), ("amber", "amber"), ("red", "red")])
def test_the_tlp_travels(demo, tlp, name):
    b = export_bundle(demo["verdicts"], producer="P", community_key=CK, account_key=AK, tlp=tlp, created=CREATED)
    wl, _ = bundle_to_watchlist(b)
    assert wl.tlp == name


def test_a_bundle_without_community_key_has_networks_and_accounts(demo):
    b = export_bundle(demo["verdicts"], producer="Provider A", community_key=None, account_key=AK, created=CREATED)
    wl, counts = bundle_to_watchlist(b)
    assert {i.kind for i in wl.indicators} == {"network", "account"}
    assert wl.community_key_id is None and counts["unsupported"] == 0


def test_valid_indicators_we_cannot_match_are_skipped_and_counted(bundle, tmp_path):
    doc = copy.deepcopy(bundle)
    base = first(doc, "indicator", "[ipv4")
    extra = []
    for n, (pattern, pattern_type) in enumerate([
            ("[domain-name:value = 'evil.example']", "stix"),
            ("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']", "stix"),
            ("[ipv4-addr:value = '198.51.100.1'] FOLLOWEDBY [ipv4-addr:value = '198.51.100.2']", "stix"),
            ("[ipv4-addr:value = '198.51.100.1' AND ipv4-addr:value = '198.51.100.2']", "stix"),
            ("[x-distillguard-template:fingerprint IN ('aa', 'bb')]", "stix"),
            ("[ipv4-addr:value = '198.51.100.1' OR domain-name:value = 'evil.example']", "stix"),
            ("title: some sigma rule", "sigma")]):
        extra.append(dict(base, id=f"indicator--{uuid.uuid4()}", pattern=pattern, pattern_type=pattern_type))
    extra.append(dict(base, id=f"indicator--{uuid.uuid4()}", revoked=True))
    doc["objects"] += extra
    out, wl, counts = import_bundle(write(tmp_path / "peer.json", doc), tmp_path / "intel")
    n = len(indicators(bundle))
    assert counts == {"indicators": n + 8, "kept": n, "revoked": 1, "expired": 0, "unsupported": 7}
    assert len(wl.indicators) == n


def test_a_bundle_of_nothing_we_can_match_is_refused_and_nothing_written(bundle, tmp_path):
    doc = copy.deepcopy(bundle)
    for o in indicators(doc):
        o["pattern"] = "[domain-name:value = 'evil.example']"
    into = tmp_path / "intel"
    with pytest.raises(DistillguardError, match="no indicator this tool can match"):
        import_bundle(write(tmp_path / "peer.json", doc), into)
    assert not into.exists()


def test_a_bundle_without_an_id_gets_a_safe_file_name(tmp_path):
    """The watch-list's file name comes from the bundle, never from the path it was read from."""
    ind = {"type": "indicator", "id": f"indicator--{uuid.uuid4()}", "created": CREATED, "modified": CREATED,
           "labels": ["malicious-activity"], "pattern": "[ipv4-addr:value ISSUBSET '198.51.100.0/24']",
           "pattern_type": "stix", "valid_from": CREATED}
    src = write(tmp_path / "a" / "b" / "peer.json", {"type": "bundle", "spec_version": "2.0", "objects": [ind]})
    into = tmp_path / "intel"
    out, wl, _ = import_bundle(tmp_path / "a" / "b" / ".." / ".." / "a" / "b" / src.name, into)
    assert out.parent == into and wl.source.startswith("bundle--")
    assert [p.name for p in into.iterdir()] == [out.name]
    assert [w.indicators[0].values for w in read_watchlists(into)] == [["198.51.100.0/24"]]


# ---------------------------------------------------------------------------- hostile bundles


@pytest.fixture(scope="module")
def small(demo):
    """A bundle of one campaign that still has every indicator kind (the hostile variants are made of it)."""
    for c in sorted(demo["verdicts"]["campaigns"], key=lambda c: len(json.dumps(c["indicators"]))):
        b = export_bundle(demo["verdicts"], producer="Provider A", community_key=CK, account_key=AK, tlp="green",
                          created=CREATED, campaigns=[c["campaign_id"]])
        if {i.kind for i in bundle_to_watchlist(b)[0].indicators} == KINDS:
            return b
    raise AssertionError("no campaign with every indicator kind")


@pytest.fixture(scope="module")
def good_watchlist(small, tmp_path_factory):
    d = tmp_path_factory.mktemp("good")
    out, _, _ = import_bundle(write(d / "good.json", small), d / "intel")
    return out


@pytest.fixture
def target(good_watchlist, tmp_path):
    """A watch-list directory that already holds one peer's watch-list: a refused bundle must
    leave it exactly as it was."""
    into = tmp_path / "intel"
    into.mkdir()
    (into / good_watchlist.name).write_bytes(good_watchlist.read_bytes())
    before = snapshot(into)
    yield into
    assert snapshot(into) == before  # nothing written, nothing replaced, no temporary file left


def refused(tmp_path, into, doc, match=None):
    src = write(tmp_path / "hostile.json", doc)
    with pytest.raises(DistillguardError, match=match) as e:
        import_bundle(src, into)
    assert "\n" not in str(e.value)
    return str(e.value)


def mutated(bundle, fn):
    doc = copy.deepcopy(bundle)
    fn(doc)
    return doc


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe\x00garbage", b"", b"[" * 5000 + b"]" * 5000])
def test_not_json(small, target, tmp_path, raw):
    refused(tmp_path, target, raw, "not JSON")


@pytest.mark.parametrize("doc", [[], "bundle", 42, None, {"type": "indicator"}, {"type": "bundle"},
                                 {"type": "bundle", "objects": {"a": 1}}, {"objects": []}])
def test_json_but_not_a_bundle(target, tmp_path, doc):
    refused(tmp_path, target, doc, "not a STIX 2.1 bundle")


def test_oversized(small, target, tmp_path, monkeypatch):
    monkeypatch.setattr(stix_import, "MAX_BUNDLE_BYTES", 10_000)
    assert len(json.dumps(small)) > 10_000
    refused(tmp_path, target, small, "are refused")


def test_too_many_objects(small, target, tmp_path, monkeypatch):
    monkeypatch.setattr(stix_import, "MAX_OBJECTS", 10)
    refused(tmp_path, target, small, "objects: more than 10 are refused")


def test_too_many_values_in_one_indicator(small, target, tmp_path, monkeypatch):
    monkeypatch.setattr(stix_import, "MAX_VALUES_PER_INDICATOR", 2)
    refused(tmp_path, target, small, "values: more than 2 are refused")


@pytest.mark.parametrize("kind,prop,value", [
    ("indicator", "pattern", 42),
    ("indicator", "pattern", ["[ipv4-addr:value = '1.2.3.4']"]),
    ("indicator", "name", {"x": 1}),
    ("indicator", "pattern_type", 1),
    ("campaign", "name", 123),
    ("campaign", "name", ["Provider A c-1"]),
    ("identity", "name", 7),
    ("relationship", "relationship_type", 5),
    ("indicator", "object_marking_refs", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
    ("indicator", "created_by_ref", 5),
])
def test_wrong_types(small, target, tmp_path, kind, prop, value):
    doc = mutated(small, lambda d: first(d, kind).__setitem__(prop, value))
    refused(tmp_path, target, doc)


@pytest.mark.parametrize("obj", [5, "indicator", None, ["x"], {"type": "x-custom-thing", "spec_version": "2.1"},
                                 {"id": "indicator--6b3e4a0b-25c5-4c8e-9a4f-3d1b0c1b9e0f"}])
def test_objects_that_are_not_stix_objects(small, target, tmp_path, obj):
    refused(tmp_path, target, mutated(small, lambda d: d["objects"].append(obj)))


def test_a_campaign_with_a_non_string_community_key_id(small, target, tmp_path):
    doc = mutated(small, lambda d: next(iter(first(d, "campaign")["extensions"].values())).__setitem__("community_key_id", 5))
    refused(tmp_path, target, doc)


@pytest.mark.parametrize("pattern", [
    "[ipv4-addr:value = ]",
    "[ipv4-addr:value ISSUBSET '198.51.100.0/24'",
    "ipv4-addr:value = '198.51.100.1'",
    "[x-distillguard-template:fingerprint === 'aa']",
    "",
])
def test_invalid_patterns(small, target, tmp_path, pattern):
    refused(tmp_path, target, mutated(small, lambda d: first(d, "indicator").__setitem__("pattern", pattern)))


@pytest.mark.parametrize("pattern", [
    "[ipv4-addr:value ISSUBSET '0.0.0.0/0']",
    "[ipv4-addr:value = '0.0.0.0/0']",
    "[ipv4-addr:value ISSUBSET '10.0.0.0/8']",
    "[ipv4-addr:value ISSUBSET '198.51.100.0/24' OR ipv4-addr:value ISSUBSET '100.64.0.0/10']",
    "[ipv6-addr:value ISSUBSET '::/0']",
    "[ipv6-addr:value ISSUBSET '2001:db8::/16']",
])
def test_networks_broader_than_a_slash_16(small, target, tmp_path, pattern):
    msg = refused(tmp_path, target, mutated(small, lambda d: first(d, "indicator", "[ipv").__setitem__("pattern", pattern)))
    assert "broader than" in msg


def test_a_value_that_is_not_an_address(small, target, tmp_path):
    doc = mutated(small, lambda d: first(d, "indicator", "[ipv").__setitem__(
        "pattern", "[ipv4-addr:value = 'not-an-address']"))
    refused(tmp_path, target, doc, "not an address or a network")


@pytest.mark.parametrize("pattern", [
    f"[{OBSERVABLE['template']}:fingerprint LIKE '%']",
    f"[{OBSERVABLE['template']}:fingerprint = '0123456789abcdef0123456789abcdef' OR "
    f"{OBSERVABLE['template']}:fingerprint LIKE '%']",
    f"[{OBSERVABLE['payment']}:fingerprint MATCHES '.*']",
    "[user-account:user_id LIKE '%']",
    "[ipv4-addr:value LIKE '1%']",
])
def test_wildcards_over_what_we_match(small, target, tmp_path, pattern):
    msg = refused(tmp_path, target, mutated(small, lambda d: first(d, "indicator").__setitem__("pattern", pattern)))
    assert "wildcard" in msg


@pytest.mark.parametrize("value", ["not-a-fingerprint-zzzzzzzzzz", "0123456789ABCDEF0123456789ABCDEF", "abcd", "%",
                                   "0123456789abcdef 123456789abcdef"])
def test_fingerprints_that_are_not_hex(small, target, tmp_path, value):
    pattern = f"[{OBSERVABLE['payment']}:fingerprint = '{value}']"
    msg = refused(tmp_path, target, mutated(small, lambda d: first(d, "indicator", f"[{OBSERVABLE['payment']}")
                                            .__setitem__("pattern", pattern)))
    assert "not a keyed fingerprint" in msg


def test_mixed_community_keys(small, demo, target, tmp_path):
    other = export_bundle(demo["verdicts"], producer="Provider A", community_key=b"another community", account_key=AK,
                          created=CREATED)
    camp = first(other, "campaign")
    camp = dict(camp, id=f"campaign--{uuid.uuid4()}")
    refused(tmp_path, target, mutated(small, lambda d: d["objects"].append(camp)), "2 community keys")


def test_load_bundle_errors_are_one_line(tmp_path):
    with pytest.raises(DistillguardError, match="cannot read bundle"):
        load_bundle(tmp_path / "missing.json")
    with pytest.raises(DistillguardError, match="cannot read bundle"):
        load_bundle(tmp_path)  # a directory


def test_expired_indicators_are_skipped_and_private_networks_refused(small, target, tmp_path):
    def expire(d):
        first(d, "indicator")["valid_until"] = "2020-01-01T00:00:00.000Z"
        first(d, "indicator")["valid_from"] = "2019-01-01T00:00:00.000Z"

    _, wl, counts = import_bundle(write(tmp_path / "old.json", mutated(small, expire)), tmp_path / "ok")
    assert counts["expired"] == 1 and counts["kept"] == counts["indicators"] - 1
    inside = mutated(small, lambda d: first(d, "indicator").__setitem__("pattern", "[ipv4-addr:value ISSUBSET '10.1.0.0/16']"))
    refused(tmp_path, target, inside)
