"""A scan's campaigns as a STIX 2.1 bundle (intel.stix_export): valid STIX, the objects the issue
asks for, one TLP marking, stable ids, and, above all, nothing of any customer's content or
identity: a real scan of the demo simulation, then verdicts planted with markers everywhere a
leak could come from."""

import copy
import gzip
import json
import re
from pathlib import Path

import pytest
import stix2
from stix2patterns.validator import run_validator

from cli_runner import run_cli
from demo_scan import log_texts, strings
from distillguard.errors import DistillguardError
from distillguard.intel import stix_export
from distillguard.intel.stix_export import ALWAYS, OBSERVABLE, TLP, export_bundle, extension_id
from distillguard.normalize.fingerprints import account_hash, fingerprint, key_id, minhash_jaccard, minhash_signature

CK = b"the community's shared key"
AK = b"provider A's own hash key"
CREATED = "2026-11-03T00:00:00.000Z"
KIND_OF_FIELD = {"clients": "client", "payments": "payment", "system_prompts": "system_prompt", "templates": "template"}






def export(verdicts, **kw):
    args = {"producer": "Provider A", "community_key": CK, "account_key": AK, "tlp": "amber", "created": CREATED}
    return export_bundle(verdicts, **{**args, **kw})


def by_type(bundle, kind):
    return [o for o in bundle["objects"] if o["type"] == kind]


def pattern_values(pattern: str) -> list[str]:
    return re.findall(r"'([^']*)'", pattern)


@pytest.fixture(scope="module")
def demo(demo_scan):
    d, log, verdicts = demo_scan.dir, demo_scan.log, demo_scan.verdicts
    with gzip.open(log, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    v = json.loads(verdicts.read_text())
    assert v["campaigns"], "the demo scan finds campaigns"
    return {"dir": d, "log": log, "rows": rows, "verdicts": v,
            "flagged": {a["account_id"] for a in v["accounts"] if a["flagged"]}}


@pytest.fixture(scope="module")
def bundle(demo):
    return export(demo["verdicts"])


# ---------------------------------------------------------------------------- valid STIX, the right objects


def test_the_bundle_parses_and_every_pattern_validates(bundle):
    assert bundle["type"] == "bundle" and bundle["id"].startswith("bundle--")
    parsed = stix2.parse(bundle, allow_custom=True)
    assert len(parsed.objects) == len(bundle["objects"])
    indicators = by_type(bundle, "indicator")
    assert indicators
    for o in indicators:
        assert o["pattern_type"] == "stix" and o["spec_version"] == "2.1"
        assert run_validator(o["pattern"], stix_version="2.1") == [], o["pattern"]
    # and it survives a JSON round trip unchanged
    assert json.loads(json.dumps(bundle)) == bundle


def test_the_objects_the_issue_asks_for(demo, bundle):
    types = {o["type"] for o in bundle["objects"]}
    assert {"identity", "marking-definition", "campaign", "intrusion-set", "attack-pattern", "indicator", "sighting",
            "relationship", "extension-definition"} <= types
    ids = {o["id"]: o for o in bundle["objects"]}
    assert len(ids) == len(bundle["objects"])  # no id twice
    identity = by_type(bundle, "identity")
    assert [i["name"] for i in identity] == ["Provider A"]
    producer = identity[0]["id"]
    # ATLAS techniques with their external ids, each once
    atlas = {ref["external_id"]: o for o in by_type(bundle, "attack-pattern") for ref in o["external_references"]
             if ref["source_name"] == "mitre-atlas"}
    assert set(ALWAYS) <= set(atlas) and "AML.T0024.002" in atlas
    assert atlas["AML.T0024.002"]["name"] == "Extract AI Model"
    assert len(by_type(bundle, "attack-pattern")) == len(atlas)
    campaigns = by_type(bundle, "campaign")
    assert len(campaigns) == len(demo["verdicts"]["campaigns"])
    assert {c["name"] for c in campaigns} == {f"Provider A {c['campaign_id']}" for c in demo["verdicts"]["campaigns"]}
    rels = by_type(bundle, "relationship")
    for r in rels:  # every reference resolves inside the bundle
        assert r["source_ref"] in ids and r["target_ref"] in ids
    for c in campaigns:
        out = [r for r in rels if r["source_ref"] == c["id"]]
        actors = [r["target_ref"] for r in out if r["relationship_type"] == "attributed-to"]
        assert len(actors) == 1 and ids[actors[0]]["type"] == "intrusion-set"
        uses = {r["target_ref"] for r in out if r["relationship_type"] == "uses"}
        assert {atlas[t]["id"] for t in ALWAYS} <= uses
        assert all(ids[u]["type"] == "attack-pattern" for u in uses)
    sightings = {s["sighting_of_ref"]: s for s in by_type(bundle, "sighting")}
    for ind in by_type(bundle, "indicator"):
        indicates = [r for r in rels if r["source_ref"] == ind["id"] and r["relationship_type"] == "indicates"]
        assert len(indicates) == 1 and ids[indicates[0]["target_ref"]]["type"] == "campaign"
        s = sightings[ind["id"]]
        assert s["count"] >= 1 and s["first_seen"] <= s["last_seen"] and s["where_sighted_refs"] == [producer]
    assert len(sightings) == len(by_type(bundle, "indicator"))
    for o in bundle["objects"]:
        if o["type"] not in ("marking-definition", "identity"):
            assert o["created_by_ref"] == producer, o["type"]


def test_indicators_of_every_kind(bundle):
    kinds = set()
    for o in by_type(bundle, "indicator"):
        if o["pattern"].startswith(("[ipv4-addr:value ISSUBSET", "[ipv6-addr:value ISSUBSET")):
            kinds.add("network")
        elif o["pattern"].startswith("[user-account:user_id = "):
            kinds.add("account")
        else:
            kinds |= {k for k, t in OBSERVABLE.items() if o["pattern"].startswith(f"[{t}:fingerprint = ")}
    assert kinds == {"network", "account", "client", "payment", "system_prompt", "template"}


@pytest.mark.parametrize("tlp", ["clear", "green", "amber", "red"])
def test_every_object_carries_the_chosen_tlp(demo, tlp):
    b = export(demo["verdicts"], tlp=tlp)
    markings = by_type(b, "marking-definition")
    assert [m["id"] for m in markings] == [TLP[tlp].id]
    for o in b["objects"]:
        if o["type"] != "marking-definition":
            assert o.get("object_marking_refs") == [TLP[tlp].id], o["type"]


def test_an_unknown_tlp_is_refused(demo):
    with pytest.raises(DistillguardError, match="TLP"):
        export(demo["verdicts"], tlp="purple")


def test_ids_are_stable(demo, bundle):
    again = export(demo["verdicts"])
    assert again == bundle  # the same export, byte for byte
    later = export(demo["verdicts"], created="2026-12-01T00:00:00.000Z")
    assert [o["id"] for o in later["objects"]] == [o["id"] for o in bundle["objects"]]
    assert later["id"] != bundle["id"]  # (another bundle: other timestamps)
    other = export(demo["verdicts"], producer="Provider Z")
    # (no id in common but the TLP marking definitions: the extension's definition is each producer's own)
    assert not ({o["id"] for o in other["objects"]} & {o["id"] for o in bundle["objects"]}
                - {m.id for m in TLP.values()})


def test_without_a_community_key_only_networks_and_account_hashes(demo):
    b = export(demo["verdicts"], community_key=None)
    text = json.dumps(b)
    assert "x-distillguard" not in text and "extension-definition" not in text
    assert all("extensions" not in c for c in by_type(b, "campaign"))
    patterns = [o["pattern"] for o in by_type(b, "indicator")]
    assert patterns and all(p.startswith(("[ipv4-addr:value", "[ipv6-addr:value", "[user-account:user_id")) for p in patterns)
    assert any(p.startswith("[user-account") for p in patterns) and any(p.startswith("[ipv") for p in patterns)
    # no fingerprint of any key in any form
    for c in demo["verdicts"]["campaigns"]:
        for field, kind in KIND_OF_FIELD.items():
            for item in c["indicators"][field]:
                assert fingerprint(CK, kind, item["key"]) not in text


def test_campaign_selection(demo):
    first = demo["verdicts"]["campaigns"][0]["campaign_id"]
    b = export(demo["verdicts"], campaigns=[first])
    assert [c["name"] for c in by_type(b, "campaign")] == [f"Provider A {first}"]
    with pytest.raises(DistillguardError, match="no campaign c-nope"):
        export(demo["verdicts"], campaigns=[first, "c-nope"])
    old = copy.deepcopy(demo["verdicts"])
    for c in old["campaigns"]:
        del c["indicators"]
    with pytest.raises(DistillguardError, match="older scan"):
        export(old)


def test_account_indicators_are_the_flagged_members_under_the_producers_key(demo, bundle):
    values = set()
    for o in by_type(bundle, "indicator"):
        if o["pattern"].startswith("[user-account"):
            values |= set(pattern_values(o["pattern"]))
    members = {a for c in demo["verdicts"]["campaigns"] for a in c["account_ids"] if a in demo["flagged"]}
    assert values == {account_hash(AK, a) for a in members}


def test_fingerprints_and_networks_are_the_indicators_no_unflagged_account_holds(demo, bundle):
    patterns = " ".join(o["pattern"] for o in by_type(bundle, "indicator"))
    kept = dropped = 0
    for c in demo["verdicts"]["campaigns"]:
        ind = c["indicators"]
        for item in ind["networks"]:
            there = f"'{item['network']}'" in patterns
            assert there == (item["unflagged_accounts"] == 0), item
        for field, kind in KIND_OF_FIELD.items():
            for item in ind[field]:
                there = fingerprint(CK, kind, item["key"]) in patterns
                assert there == (item["unflagged_accounts"] == 0), (field, item)
                kept += there
                dropped += not there
    assert kept > 0


def test_the_template_minhash_extension(demo, bundle):
    for c, obj in zip(demo["verdicts"]["campaigns"], by_type(bundle, "campaign")):
        ext = obj["extensions"][extension_id(by_type(bundle, "identity")[0]["id"])]
        assert ext["extension_type"] == "property-extension" and ext["community_key_id"] == key_id(CK)
        fps = [fingerprint(CK, "template", t["key"]) for t in c["indicators"]["templates"] if not t["unflagged_accounts"]]
        assert ext["template_fingerprints"] == len(fps)
        if fps:
            assert minhash_jaccard(ext["template_minhash"], minhash_signature(CK, fps)) == 1.0
            assert minhash_jaccard(ext["template_minhash"], minhash_signature(CK, fps[: len(fps) // 2])) < 0.9
        assert ext["accounts"] == len([a for a in c["account_ids"] if a in demo["flagged"]])


def test_a_scan_with_hashed_identifiers_exports_no_network(demo, tmp_path):
    """--hash-key keeps addresses as keyed hashes: a peer could never match them, so none are shared."""
    out = tmp_path / "hashed.json"
    code, _, err = run_cli("-q", "scan", str(demo["log"]), "--out", str(out), "--workers", "1",
                           "--hash-key", "provider secret")
    assert code == 0, err
    v = json.loads(out.read_text())
    assert v["campaigns"]
    b = export(v)
    stix2.parse(b, allow_custom=True)
    patterns = [o["pattern"] for o in by_type(b, "indicator")]
    assert not any(p.startswith("[ipv") for p in patterns)
    assert any(p.startswith("[user-account") for p in patterns)
    text = json.dumps(b)
    for c in v["campaigns"]:
        for item in c["indicators"]["addresses"] + c["indicators"]["networks"]:
            assert (item.get("address") or item["network"]) not in text


# ---------------------------------------------------------------------------- privacy


MARK = {
    "detail": "DETAILMARKER",
    "flagged": "acct-FLAGGEDMARKER01",
    "unflagged": "acct-UNFLAGGEDMARKER",
    "payment": "pm_PAYMENTMARKER0001",
    "system_prompt": "SYSPROMPTMARKER000000001",
    "template": "TEMPLATEMARKER00",
    "ua_kept": "UAKEPTMARKER/1.0",
    "ua_unflagged": "UAUNFLAGGEDMARKER/2.0",
    "network_unflagged": "NETUNFLAGGEDMARKER",
    "shared_payment": "pm_SHAREDWITHCUSTOMER",
    "shared_template": "SHAREDTEMPLATEMARKER",
    "shared_prompt": "SHAREDPROMPTMARKER000001",
}


@pytest.fixture(scope="module")
def planted(demo):
    """The real verdicts with markers wherever a leak could come from."""
    v = copy.deepcopy(demo["verdicts"])
    rows = demo["rows"]
    snippet = next(t for t in log_texts(rows) if len(t) > 80)[:80]  # a real prompt
    n = 0
    for holder in [*v["accounts"], *v["campaigns"]]:
        for e in holder.get("evidence", []):
            e["detail"] = f"{MARK['detail']}-{n} {snippet} {e.get('detail', '')}"
            n += 1
    c = max(v["campaigns"], key=lambda c: c["size"])
    c["evidence"].append({"signal": "x-some-new-signal", "score": 1.0, "detail": f"{MARK['detail']} {snippet}",
                          "exchange_ids": ["x"]})
    # a flagged member renamed (everywhere)
    old = next(a for a in c["account_ids"] if a in demo["flagged"])
    for a in v["accounts"]:
        if a["account_id"] == old:
            a["account_id"] = MARK["flagged"]
    c["account_ids"] = [MARK["flagged"] if a == old else a for a in c["account_ids"]]
    # an account not flagged, listed by the campaign all the same
    other = next(a for a in v["accounts"] if not a["flagged"])
    other["account_id"] = MARK["unflagged"]
    c["account_ids"].append(MARK["unflagged"])
    ind = c["indicators"]
    ind["payments"][0]["key"] = MARK["payment"]
    ind["system_prompts"][0]["key"] = MARK["system_prompt"]
    ind["templates"][0]["key"] = MARK["template"]
    ind["clients"][0].update(key=f"{MARK['ua_kept']}|0.6|-|4096", user_agent=MARK["ua_kept"])
    ind["clients"].append({"key": f"{MARK['ua_unflagged']}|1|-", "user_agent": MARK["ua_unflagged"], "accounts": 3,
                           "specificity": 0.9, "unflagged_accounts": 4})
    ind["networks"].insert(0, {"network": "203.0.113.0/24", "network_name": MARK["network_unflagged"],
                               "net_class": "datacenter", "country": "NL", "accounts": 5, "exchanges": 9999,
                               "first_seen": c["first_seen"], "last_seen": c["last_seen"], "unflagged_accounts": 2})
    ind["payments"].append({"key": MARK["shared_payment"], "accounts": 2, "specificity": 1.0, "unflagged_accounts": 1})
    ind["templates"].insert(0, {"key": MARK["shared_template"], "accounts": 4, "exchanges": 500, "unflagged_accounts": 7})
    ind["system_prompts"].append({"key": MARK["shared_prompt"], "accounts": 4, "specificity": 1.0,
                                  "unflagged_accounts": 1})
    return {"verdicts": v, "campaign": c, "snippet": snippet, "unflagged_ids": {a["account_id"] for a in v["accounts"]
                                                                               if not a["flagged"]}}


@pytest.fixture(scope="module")
def leaky(planted):
    b = export(planted["verdicts"])
    return b, json.dumps(b, ensure_ascii=False)


def test_privacy_no_evidence_detail(demo, planted, leaky):
    b, text = leaky
    assert MARK["detail"].lower() not in text.lower()
    assert planted["snippet"] not in text
    assert "x-some-new-signal" not in text
    # nor any part of the scan's own detail sentences (six words in a row; a campaign member's
    # evidence describes its campaign, as the bundle does: its targets are shared on purpose)
    words_of_bundle = " ".join(" ".join(s.split()) for s in strings(b))
    for holder in [*demo["verdicts"]["accounts"], *demo["verdicts"]["campaigns"]]:
        for e in holder.get("evidence", []):
            if e["signal"] == "campaign_member":
                continue
            w = e["detail"].split()
            for i in range(max(0, len(w) - 5)):
                assert " ".join(w[i:i + 6]) not in words_of_bundle, e["detail"]


def test_privacy_no_account_id_flagged_or_not(demo, planted, leaky):
    b, text = leaky
    assert MARK["flagged"] not in text and MARK["unflagged"] not in text
    rows = demo["rows"]
    identifiers = ({a["account_id"] for a in demo["verdicts"]["accounts"]} | {r["account_id"] for r in rows}
                   | {r.get("org_id") for r in rows} | {r.get("api_key_id") for r in rows}
                   | {r.get("end_user") for r in rows} | {r.get("conversation_id") for r in rows}
                   | {r.get("id") for r in rows}) - {None}
    assert len(identifiers) > 1000
    assert [i for i in identifiers if i in text] == []
    # nor the hash of an account that was not flagged, under the producer's key or the community's
    for a in planted["unflagged_ids"]:
        assert account_hash(AK, a) not in text and account_hash(CK, a) not in text
    # the flagged member renamed is there, as a keyed hash only
    assert account_hash(AK, MARK["flagged"]) in text


def test_privacy_no_raw_key_or_address(demo, planted, leaky):
    b, text = leaky
    low = text.lower()
    for m in ("payment", "system_prompt", "template", "shared_payment", "shared_template", "shared_prompt"):
        assert MARK[m].lower() not in low, m
    # the kept ones travel as fingerprints under the community key
    patterns = " ".join(o["pattern"] for o in by_type(b, "indicator"))
    assert fingerprint(CK, "payment", MARK["payment"]) in patterns
    assert fingerprint(CK, "system_prompt", MARK["system_prompt"]) in patterns
    assert fingerprint(CK, "template", MARK["template"]) in patterns
    # no real raw key, digest, payment token or address either
    for c in demo["verdicts"]["campaigns"]:
        for field in KIND_OF_FIELD:
            for item in c["indicators"][field]:
                assert item["key"] not in text, (field, item["key"])
    payments = {r.get("payment_fingerprint") for r in demo["rows"]} - {None}
    assert payments and not [p for p in payments if p in text]
    addresses = {r["ip"] for r in demo["rows"]}
    leaked = [ip for ip in addresses if re.search(rf"(?<![\d.]){re.escape(ip)}(?![\d/])", text)]
    assert leaked == []


def test_privacy_nothing_an_unflagged_account_holds(planted, leaky):
    b, text = leaky
    for m in ("ua_unflagged", "network_unflagged"):
        assert MARK[m] not in text, m
    assert "203.0.113.0/24" not in text
    for kind, key in (("client", f"{MARK['ua_unflagged']}|1|-"), ("payment", MARK["shared_payment"]),
                      ("template", MARK["shared_template"]), ("system_prompt", MARK["shared_prompt"])):
        assert fingerprint(CK, kind, key) not in text, kind
    # counts describe flagged accounts only: the unflagged one listed by the campaign is not counted
    c = planted["campaign"]
    members = [a for a in c["account_ids"] if a not in planted["unflagged_ids"]]
    camp = next(o for o in by_type(b, "campaign") if o["name"].endswith(" " + c["campaign_id"]))
    assert camp["description"].startswith(f"{len(members)} accounts ")
    ext = camp["extensions"][extension_id(by_type(b, "identity")[0]["id"])]
    assert ext["accounts"] == len(members)
    assert ext["template_fingerprints"] == \
        len([t for t in c["indicators"]["templates"] if not t["unflagged_accounts"]])


def test_privacy_no_prompt_or_response_text(demo, leaky):
    b, text = leaky
    corpus = "\x00".join(log_texts(demo["rows"]))
    # every string of the bundle over 20 characters but the ids and timestamps the bundle makes
    generated = re.compile(r"^([a-z0-9-]+--[0-9a-f-]{36}|\d{4}-\d\d-\d\dT[\d:.]+Z)$")
    long_strings = {s for s in strings(b) if len(s) > 20 and not generated.match(s)}
    assert len(long_strings) > 20
    assert [s for s in long_strings if s in corpus] == []
    # and no system prompt the campaigns sent, even a short one
    system = {m["content"] for r in demo["rows"] for m in r.get("messages") or []
              if m.get("role") in ("system", "developer") and isinstance(m.get("content"), str)}
    assert system and not [s for s in system if s in text]


def test_privacy_the_client_build_is_a_fingerprint(planted, leaky):
    """A kept client build travels as a fingerprint; its user agent names the indicator (what
    analysts read) and nothing more of the build's parameters."""
    b, text = leaky
    client = [o for o in by_type(b, "indicator") if o["pattern"].startswith(f"[{OBSERVABLE['client']}:")]
    mine = [o for o in client if fingerprint(CK, "client", f"{MARK['ua_kept']}|0.6|-|4096") in o["pattern"]]
    assert len(mine) == 1 and MARK["ua_kept"] in mine[0]["name"]
    assert f"{MARK['ua_kept']}|0.6" not in text
    assert text.count(MARK["ua_kept"]) == 1


def test_max_indicators_per_kind(demo, monkeypatch):
    monkeypatch.setitem(stix_export.MAX_INDICATORS, "network", 1)
    monkeypatch.setitem(stix_export.MAX_INDICATORS, "template", 3)
    b = export(demo["verdicts"])
    per_campaign = {}
    rels = {r["source_ref"]: r["target_ref"] for r in by_type(b, "relationship") if r["relationship_type"] == "indicates"}
    for o in by_type(b, "indicator"):
        if o["pattern"].startswith("[ipv"):
            per_campaign[rels[o["id"]]] = per_campaign.get(rels[o["id"]], 0) + 1
        if o["pattern"].startswith(f"[{OBSERVABLE['template']}"):
            assert len(pattern_values(o["pattern"])) <= 3
    assert per_campaign and set(per_campaign.values()) == {1}
