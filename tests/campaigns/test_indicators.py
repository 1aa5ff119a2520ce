"""Each campaign's indicators (campaigns.indicators): on a real scan of the demo simulation, and on
small hand-made traffic where every count is known."""

import datetime as dt
import gzip
import ipaddress
import json

import numpy as np
import pyarrow as pa
import pytest

from demo_scan import log_texts, strings
from distillguard import schema
from distillguard.campaigns import indicators as ind_mod
from distillguard.campaigns.indicators import campaign_indicators
from distillguard.linkage.base import KeyRows
from distillguard.linkage.view import AccountView
from distillguard.pipeline import account_cohorts, collect
from distillguard.sources import read_exchanges

FIELDS = ("addresses", "networks", "clients", "payments", "system_prompts", "templates")
T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)






@pytest.fixture(scope="module")
def demo(demo_scan):
    log, labels, verdicts = demo_scan.log, demo_scan.labels, demo_scan.verdicts
    with gzip.open(log, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    v = json.loads(verdicts.read_text())
    return {"log": log, "rows": rows, "verdicts": v, "labels": json.loads(labels.read_text()),
            "flagged": {a["account_id"] for a in v["accounts"] if a["flagged"]}}


def test_every_campaign_has_indicators_of_every_kind(demo):
    campaigns = demo["verdicts"]["campaigns"]
    assert campaigns
    for c in campaigns:
        assert set(c["indicators"]) == set(FIELDS), c["campaign_id"]
        assert c["indicators"]["addresses"] and c["indicators"]["networks"], c["campaign_id"]
    biggest = max(campaigns, key=lambda c: c["size"])
    assert all(biggest["indicators"][f] for f in FIELDS)  # the sim's biggest campaign leaves every kind


def test_counts_are_consistent(demo):
    for c in demo["verdicts"]["campaigns"]:
        members = [a for a in c["account_ids"] if a in demo["flagged"]]
        for field, items in c["indicators"].items():
            assert len(items) <= ind_mod.MAX_ITEMS
            for item in items:
                assert 1 <= item["accounts"] <= len(members) <= c["size"], (field, item)
                assert isinstance(item["unflagged_accounts"], int) and item["unflagged_accounts"] >= 0
                if "exchanges" in item:
                    assert item["accounts"] <= item["exchanges"] <= c["exchanges"], (field, item)
                if "first_seen" in item:
                    assert c["first_seen"] <= item["first_seen"] <= item["last_seen"] <= c["last_seen"], (field, item)
                if "specificity" in item:
                    assert 0.0 <= item["specificity"] <= 1.0
            if field in ("addresses", "networks", "templates"):  # most used first
                assert [i["exchanges"] for i in items] == sorted((i["exchanges"] for i in items), reverse=True)
        for item in c["indicators"]["addresses"]:
            assert str(ipaddress.ip_network(item["network"])) == item["network"]
            assert ipaddress.ip_address(item["address"]) in ipaddress.ip_network(item["network"])
        for item in c["indicators"]["clients"]:
            assert item["key"].startswith(item["user_agent"] + "|")


def test_addresses_networks_and_payments_match_the_log(demo):
    """Every count recomputed from the raw log lines (not from anything the scan made)."""
    rows, flagged = demo["rows"], demo["flagged"]
    accounts_of_ip, accounts_of_net, accounts_of_pm = {}, {}, {}
    for r in rows:
        net = str(ipaddress.ip_network(r["ip"] + "/24", strict=False))
        accounts_of_ip.setdefault(r["ip"], []).append(r["account_id"])
        accounts_of_net.setdefault(net, []).append(r["account_id"])
        if r.get("payment_fingerprint"):
            accounts_of_pm.setdefault(r["payment_fingerprint"], []).append(r["account_id"])
    checked = 0
    for c in demo["verdicts"]["campaigns"]:
        members = {a for a in c["account_ids"] if a in flagged}
        for field, name, table in (("addresses", "address", accounts_of_ip), ("networks", "network", accounts_of_net)):
            items = c["indicators"][field]
            mine = {k for k, accs in table.items() if members & set(accs)}
            if len(mine) <= ind_mod.MAX_ITEMS:
                assert {i[name] for i in items} == mine
            for item in items:
                accs = table[item[name]]
                assert item["accounts"] == len(members & set(accs))
                assert item["exchanges"] == sum(a in members for a in accs)
                assert item["unflagged_accounts"] == len(set(accs) - flagged)
                checked += 1
        pms = {k for k, accs in accounts_of_pm.items() if members & set(accs)}
        assert {i["key"] for i in c["indicators"]["payments"]} == pms
        for item in c["indicators"]["payments"]:
            accs = set(accounts_of_pm[item["key"]])
            assert item["accounts"] == len(members & accs)
            assert item["unflagged_accounts"] == len(accs - flagged)
            checked += 1
    assert checked > 10


def test_no_indicator_holds_prompt_text(demo):
    corpus = "\x00".join(log_texts(demo["rows"]))
    assert len(corpus) > 1_000_000  # (the log's text is really there to compare with)
    values = [s for c in demo["verdicts"]["campaigns"] for s in strings(c["indicators"])]
    assert values
    long_values = [s for s in values if len(s) > 20]
    assert long_values  # client keys are long: they are compared too
    leaked = [s for s in long_values if s in corpus]
    assert leaked == []
    # and nothing of the system prompts the campaigns sent, in any form
    system = {m["content"] for r in demo["rows"] for m in r.get("messages") or []
              if m.get("role") in ("system", "developer") and isinstance(m.get("content"), str)}
    assert system
    for s in values:
        assert s not in system
        assert not any(len(s) > 20 and s in p for p in system)


def test_no_indicator_names_an_account(demo):
    ids = {r["account_id"] for r in demo["rows"]} | {r.get("org_id") for r in demo["rows"]} - {None}
    text = json.dumps([c["indicators"] for c in demo["verdicts"]["campaigns"]])
    assert not [a for a in ids if a in text]


# ---------------------------------------------------------------------------- the real view, another flag set


@pytest.fixture(scope="module")
def collected(demo):
    exchanges, signals, _ = collect(read_exchanges([str(demo["log"])]))
    view, keyrows, _, _, _ = account_cohorts(exchanges, signals)
    return view, keyrows


def test_an_unflagged_member_is_counted_never_named(demo, collected):
    """The same campaigns with one member left unflagged: what it holds is counted as held by an
    unflagged account, and nothing it alone sent is the campaign's."""
    view, keyrows = collected
    campaigns = demo["verdicts"]["campaigns"]
    biggest = max(campaigns, key=lambda c: c["size"])
    dropped = sorted(biggest["account_ids"])[0]
    flagged = demo["flagged"] - {dropped}
    before = campaign_indicators(campaigns, view, keyrows, demo["flagged"])
    after = campaign_indicators(campaigns, view, keyrows, flagged)
    assert before == {c["campaign_id"]: c["indicators"] for c in campaigns}  # what the scan wrote
    ips_of_dropped = {r["ip"] for r in demo["rows"] if r["account_id"] == dropped}
    pms_of_dropped = {r.get("payment_fingerprint") for r in demo["rows"] if r["account_id"] == dropped}
    b, a = before[biggest["campaign_id"]], after[biggest["campaign_id"]]
    old = {i["address"]: i for i in b["addresses"]}
    new = {i["address"]: i for i in a["addresses"]}
    assert new
    for address, item in new.items():
        held = address in ips_of_dropped
        assert item["unflagged_accounts"] == old[address]["unflagged_accounts"] + held
        assert item["accounts"] == old[address]["accounts"] - held
    assert set(old) - set(new) == {x for x, i in old.items() if i["accounts"] == 1 and x in ips_of_dropped}
    olds = {i["key"]: i for i in b["payments"]}
    for item in a["payments"]:
        held = item["key"] in pms_of_dropped
        assert item["unflagged_accounts"] == olds[item["key"]]["unflagged_accounts"] + held
        assert item["accounts"] == olds[item["key"]]["accounts"] - held
    for field in ("clients", "system_prompts", "templates"):
        olds = {i["key"]: i for i in b[field]}
        for item in a[field]:
            assert item["unflagged_accounts"] - olds[item["key"]]["unflagged_accounts"] in (0, 1)
    assert dropped not in json.dumps(after)
    # the other campaigns keep their items; one more unflagged holder at most (what they share with it)
    for c in campaigns:
        if c is not biggest:
            for field in FIELDS:
                olds, news = before[c["campaign_id"]][field], after[c["campaign_id"]][field]
                assert [dict(i, unflagged_accounts=0) for i in olds] == [dict(i, unflagged_accounts=0) for i in news]
                assert all(n["unflagged_accounts"] - o["unflagged_accounts"] in (0, 1) for o, n in zip(olds, news))


# ---------------------------------------------------------------------------- hand-made traffic


def _rows(account, n, ip, start_min=0, net=None):
    return [{schema.EXCHANGE_ID: f"{account}-{start_min}-{i}", schema.TS: T0 + dt.timedelta(minutes=start_min + i),
             schema.ACCOUNT_ID: account, schema.CLIENT_ADDRESS: ip,
             schema.CLIENT_NETWORK: net or str(ipaddress.ip_network(ip + "/24", strict=False))} for i in range(n)]


@pytest.fixture
def small():
    # a1, a2 flagged members; a3 a member left unflagged; u1, u2 other unflagged customers
    rows = (_rows("a1", 4, "203.0.113.5") + _rows("a1", 2, "198.51.100.7", 10)
            + _rows("a2", 3, "203.0.113.6", 5) + _rows("a2", 1, "192.0.2.44", 30)
            + _rows("a3", 5, "192.0.2.44", 40) + _rows("u1", 2, "198.51.100.8", 50)
            + _rows("u2", 2, "198.51.100.7", 60) + _rows("u2", 1, "192.0.2.45", 70))
    exchanges = schema.from_rows(rows)
    templates = (["tA", "tA", "tB", None, "tC", "tC"] + ["tA", "tA", "tA", "tC"] + ["tD", "tD", "tD", "tD", "tC"]
                 + ["tC", "tC"] + ["tB", "tB", None])  # a1, a2, a3, u1, u2
    assert len(templates) == len(rows)
    signals = pa.table({ind_mod.SKELETON: pa.array(templates, pa.string())})
    view = AccountView(exchanges, signals)
    i = view.index
    keyrows = {
        "shared_payment": KeyRows.of([i["a1"], i["a2"], i["a3"], i["u1"]], ["pm_shared", "pm_shared", "pm_a3", "pm_u1"]),
        "shared_client_fingerprint": KeyRows.of([i["a1"], i["a2"], i["u2"]],
                                                ["bot/1.0|0|-", "python-httpx/0.27|1|-", "python-httpx/0.27|1|-"],
                                                [0.9, 0.25, 0.25]),
        "shared_system_prompt": KeyRows.of([i["a1"]], ["0b68232364e013fd02540930"], [1.0]),
    }
    campaigns = [{"campaign_id": "c-1", "account_ids": ["a1", "a2", "a3"], "size": 3},
                 {"campaign_id": "c-empty", "account_ids": ["u1"], "size": 1}]
    return view, keyrows, campaigns


def test_hand_made_counts(small):
    view, keyrows, campaigns = small
    out = campaign_indicators(campaigns, view, keyrows, {"a1", "a2"})
    assert set(out) == {"c-1", "c-empty"}
    assert out["c-empty"] == {f: [] for f in FIELDS}  # no flagged member: nothing
    c = out["c-1"]
    addresses = {i["address"]: i for i in c["addresses"]}
    assert set(addresses) == {"203.0.113.5", "203.0.113.6", "198.51.100.7", "192.0.2.44"}  # not a3's alone
    first = addresses["203.0.113.5"]
    assert (first["accounts"], first["exchanges"], first["unflagged_accounts"], first["network"]) == \
        (1, 4, 0, "203.0.113.0/24")
    assert addresses["198.51.100.7"]["unflagged_accounts"] == 1  # u2 sent from it too
    assert addresses["192.0.2.44"]["unflagged_accounts"] == 1  # a3, a member left unflagged
    assert addresses["192.0.2.44"]["accounts"] == 1 and addresses["192.0.2.44"]["exchanges"] == 1
    assert addresses["203.0.113.5"]["first_seen"] == "2026-11-01T00:00:00Z"
    assert addresses["203.0.113.5"]["last_seen"] == "2026-11-01T00:03:00Z"
    networks = {i["network"]: i for i in c["networks"]}
    assert networks["203.0.113.0/24"]["accounts"] == 2 and networks["203.0.113.0/24"]["exchanges"] == 7
    assert networks["203.0.113.0/24"]["unflagged_accounts"] == 0
    assert networks["198.51.100.0/24"]["unflagged_accounts"] == 2  # u1 and u2
    assert networks["192.0.2.0/24"]["unflagged_accounts"] == 2  # a3 and u2
    assert [i["network"] for i in c["networks"]][0] == "203.0.113.0/24"  # the most used first
    payments = {i["key"]: i for i in c["payments"]}
    assert payments == {"pm_shared": {"key": "pm_shared", "accounts": 2, "specificity": 1.0, "unflagged_accounts": 0}}
    clients = {i["key"]: i for i in c["clients"]}
    assert clients["bot/1.0|0|-"]["unflagged_accounts"] == 0 and clients["bot/1.0|0|-"]["user_agent"] == "bot/1.0"
    assert clients["python-httpx/0.27|1|-"]["unflagged_accounts"] == 1
    assert clients["python-httpx/0.27|1|-"]["accounts"] == 1
    assert [i["key"] for i in c["system_prompts"]] == ["0b68232364e013fd02540930"]
    templates = {i["key"]: i for i in c["templates"]}
    assert templates["tA"] == {"accounts": 2, "exchanges": 5, "unflagged_accounts": 0, "key": "tA"}
    assert templates["tC"] == {"accounts": 2, "exchanges": 3, "unflagged_accounts": 2, "key": "tC"}  # a3 and u1
    assert templates["tB"] == {"accounts": 1, "exchanges": 1, "unflagged_accounts": 1, "key": "tB"}  # u2
    assert [t["key"] for t in c["templates"]] == ["tA", "tC", "tB"]
    assert "tD" not in templates  # sent only by the unflagged member
    assert all("first_seen" not in t and "value" not in t for t in c["templates"])
    assert "a3" not in json.dumps(out) and "u1" not in json.dumps(out) and "u2" not in json.dumps(out)


def test_hand_made_items_are_capped(small, monkeypatch):
    view, keyrows, campaigns = small
    monkeypatch.setattr(ind_mod, "MAX_ITEMS", 2)
    c = campaign_indicators(campaigns, view, keyrows, {"a1", "a2"})["c-1"]
    assert len(c["addresses"]) == 2 and len(c["templates"]) == 2
    assert c["addresses"][0]["address"] == "203.0.113.5"  # the most used kept
    assert c["templates"][0]["key"] == "tA"


def test_no_campaigns_or_no_traffic():
    empty = schema.from_rows([])
    view = AccountView(empty)
    assert campaign_indicators([], view, {}, set()) == {}
    out = campaign_indicators([{"campaign_id": "c-1", "account_ids": ["a1"]}], view, {}, {"a1"})
    assert out == {"c-1": {f: [] for f in FIELDS}}


def test_hashed_addresses_are_kept_as_they_are(small):
    """A scan with --hash-key keeps hashed addresses: they stay opaque (no lookup result), never fail."""
    rows = _rows("a1", 3, "hmac-sha256:0011", net="hmac-sha256:2233") + _rows("u1", 1, "hmac-sha256:0011", 9,
                                                                             net="hmac-sha256:2233")
    view = AccountView(schema.from_rows(rows))
    c = campaign_indicators([{"campaign_id": "c-1", "account_ids": ["a1"]}], view, {}, {"a1"})["c-1"]
    assert [i["address"] for i in c["addresses"]] == ["hmac-sha256:0011"]
    assert c["addresses"][0]["unflagged_accounts"] == 1
    assert [i["network"] for i in c["networks"]] == ["hmac-sha256:2233"]
    assert np.all([i["accounts"] == 1 for i in c["networks"]])
