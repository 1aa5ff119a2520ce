"""Watch-lists (risk.watchlist): a peer's shared campaign matched against this provider's accounts.

End to end, the round trip the issue asks for: one simulated log split by account between
provider A and provider B (B sees only a few requests of each of its campaign accounts); A scans
and exports with a community key, B imports and scans with and without the key. Then the rule
itself on small hand-made traffic: two independent families flag, one raises risk below the flag,
the producer's own account hashes flag alone, a few shared templates are not content."""

import copy
import datetime as dt
import gzip
import hashlib
import json
from pathlib import Path

import numpy as np
import orjson
import pyarrow as pa
import pytest

from cli_runner import run_cli
from distillguard import schema
from distillguard.errors import DistillguardError
from distillguard.intel.stix_export import export_bundle
from distillguard.intel.stix_import import import_bundle
from distillguard.linkage.base import KeyRows
from distillguard.linkage.view import AccountView
from distillguard.normalize.fingerprints import COMMUNITY_KEY_ENV, account_hash, fingerprint, key_id
from distillguard.pipeline import collect, scan_collected
from distillguard.references import default_reference
from distillguard.risk import watchlist as wl_mod
from distillguard.risk.score import AccountRisk
from distillguard.risk.watchlist import (
    MIN_TEMPLATE_REQUESTS,
    Indicator,
    Intel,
    WatchList,
    apply_watchlists,
    match_watchlists,
    read_watchlists,
    write_watchlist,
)
from distillguard.sources import read_exchanges

DEMO = Path(__file__).resolve().parents[2] / "benchmarks" / "scenarios" / "demo.yaml"
CK = b"the community's shared key"
AK = b"provider A's own hash key"
B_REQUESTS = 6  # what B sees of each of its campaign accounts
FPR = 0.001
T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


def provider(account: str) -> str:
    return "a" if hashlib.sha256(account.encode()).digest()[0] % 2 == 0 else "b"


def write_log(path: Path, rows: list[dict]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    return path


def flagged(v: dict) -> set[str]:
    return {a["account_id"] for a in v["accounts"] if a["flagged"]}


def intel_items(v: dict) -> dict[str, list[dict]]:
    return {a["account_id"]: [e for e in a["evidence"] if e["signal"] == "intel_match"] for a in v["accounts"]
            if any(e["signal"] == "intel_match" for e in a["evidence"])}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    d = tmp_path_factory.mktemp("watchlist")
    log, labels_path = d / "log.jsonl.gz", d / "labels.json"
    code, _, err = run_cli("-q", "sim", str(DEMO), "--seed", "7", "--scale", "0.3", "--out", str(log),
                           "--labels", str(labels_path))
    assert code == 0, err
    labels = json.loads(labels_path.read_text())["accounts"]
    with gzip.open(log, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    a_rows, b_rows, seen = [], [], {}
    for r in rows:
        if provider(r["account_id"]) == "a":
            a_rows.append(r)
        elif labels[r["account_id"]]["label"] != "campaign":
            b_rows.append(r)
        else:
            seen[r["account_id"]] = seen.get(r["account_id"], 0) + 1
            if seen[r["account_id"]] <= B_REQUESTS:
                b_rows.append(r)
    a_log, b_log = write_log(d / "a.jsonl.gz", a_rows), write_log(d / "b.jsonl.gz", b_rows)
    out = {"dir": d, "labels": labels, "a_rows": a_rows, "b_rows": b_rows}
    code, _, err = run_cli("-q", "scan", str(a_log), "--out", str(d / "a.json"), "--workers", "1")
    assert code == 0, err
    out["a"] = json.loads((d / "a.json").read_text())
    assert out["a"]["campaigns"], "provider A finds a campaign to share"
    bundle = export_bundle(out["a"], producer="Provider A", community_key=CK, account_key=AK, tlp="green")
    (d / "bundle.json").write_text(json.dumps(bundle))
    intel = d / "intel"
    _, out["watchlist"], _ = import_bundle(d / "bundle.json", intel)
    (d / "community.key").write_bytes(CK + b"\n")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(COMMUNITY_KEY_ENV, raising=False)
        mp.delenv("DISTILLGUARD_HASH_KEY", raising=False)
        for name, extra in (("alone", ()), ("keyed", ("--intel", str(intel), "--community-key-file", str(d / "community.key"))),
                            ("keyless", ("--intel", str(intel)))):
            code, _, err = run_cli("scan", str(b_log), "--out", str(d / f"b_{name}.json"), "--workers", "1", *extra)
            assert code == 0, err
            out[name] = json.loads((d / f"b_{name}.json").read_text())
            out[f"{name}_stderr"] = err
    return out


def campaign_accounts(world, v):
    return {a["account_id"] for a in v["accounts"] if world["labels"][a["account_id"]]["label"] == "campaign"}


def test_the_split_gives_b_a_thin_view_of_the_campaign(world):
    b_campaign = campaign_accounts(world, world["alone"])
    assert len(b_campaign) >= 3
    per = {}
    for r in world["b_rows"]:
        per[r["account_id"]] = per.get(r["account_id"], 0) + 1
    assert all(per[a] <= B_REQUESTS for a in b_campaign)
    assert not {r["account_id"] for r in world["a_rows"]} & {r["account_id"] for r in world["b_rows"]}


def test_intel_flags_at_least_as_many_of_bs_campaign_accounts(world):
    b_campaign = campaign_accounts(world, world["alone"])
    alone, keyed = flagged(world["alone"]) & b_campaign, flagged(world["keyed"]) & b_campaign
    assert alone <= keyed
    # the intelligence decides for some of B's campaign accounts (on content it never saw as text)
    decisive = {a for a, items in intel_items(world["keyed"]).items() if any(e["score"] == 1.0 for e in items)}
    assert decisive and decisive <= b_campaign
    stats = world["keyed"]["stats"]["intel"]
    assert stats["watchlists"] == 1 and stats["indicators_matched"] > 0 and stats["accounts_matched"] >= len(decisive)
    assert world["keyed"]["stats"]["intel_flagged_accounts"] == len(keyed - alone)
    assert "warning" not in world["keyed_stderr"]


def test_intel_evidence_names_the_producer_and_the_indicators(world):
    ids = {i.id: i for i in world["watchlist"].indicators}
    items = [e for es in intel_items(world["keyed"]).values() for e in es]
    assert items
    for e in items:
        assert e["producer"] == "Provider A"
        assert "shared by Provider A" in e["detail"] and "TLP:GREEN" in e["detail"]
        assert e["indicators"] and set(e["indicators"]) <= set(ids)
        assert any(ids[i].campaign_name in e["detail"] for i in e["indicators"])
        assert e["exchange_ids"] == []
    kinds = {ids[i].kind for e in items if e["score"] == 1.0 for i in e["indicators"]}
    assert len(kinds - {"network"}) >= 1  # fingerprints matched, not only networks
    assert "account" not in kinds  # A's own account hashes mean nothing to B


def test_no_benign_account_of_b_is_flagged_because_of_intel(world):
    labels = world["labels"]
    newly = flagged(world["keyed"]) - flagged(world["alone"])
    assert all(labels[a]["label"] == "campaign" for a in newly), [(a, labels[a]) for a in newly]
    for a, items in intel_items(world["keyed"]).items():
        if labels[a]["label"] != "campaign" and not labels[a].get("mixed_campaigns"):
            assert all(e["score"] < 1.0 for e in items), (a, labels[a], items)
            assert all("raises risk, not a case on its own" in e["detail"] for e in items)
    risk = {a["account_id"]: a for a in world["keyed"]["accounts"]}
    for a in set(intel_items(world["keyed"])) - flagged(world["keyed"]):
        assert risk[a]["risk"] < 1 - FPR


def test_without_the_community_key_only_networks_match(world):
    assert "warning: no community key" in world["keyless_stderr"]
    stats = world["keyless"]["stats"]["intel"]
    assert any("fingerprint" in reason for reason in stats["skipped"])
    kinds = {i.id: i.kind for i in world["watchlist"].indicators}
    items = [e for es in intel_items(world["keyless"]).values() for e in es]
    assert items, "networks still match"
    assert {kinds[i] for e in items for i in e["indicators"]} == {"network"}
    assert all(e["score"] < 1.0 for e in items)
    assert flagged(world["keyless"]) == flagged(world["alone"])  # one family never flags
    assert world["keyless"]["stats"]["intel_flagged_accounts"] == 0


def test_the_producers_own_account_hashes_flag_alone(world):
    """A's own bundle back at A (same hash key): its flagged accounts' later requests, too few to
    judge, are flagged on their account hash alone; nothing else is."""
    a_flagged = flagged(world["a"])
    later, per = [], {}
    benign = sorted({r["account_id"] for r in world["a_rows"]} - a_flagged)[:40]
    for r in reversed(world["a_rows"]):
        a = r["account_id"]
        if a in a_flagged and per.get(a, 0) < 2:
            per[a] = per.get(a, 0) + 1
            later.append(r)
        elif a in benign:
            later.append(r)
    path = write_log(world["dir"] / "a_later.jsonl.gz", sorted(later, key=lambda r: r["ts"]))
    exchanges, signals, _ = collect(read_exchanges([str(path)]))
    own = copy.deepcopy(world["watchlist"])
    own.indicators = [i for i in own.indicators if i.kind == "account"]
    assert own.indicators
    ref = default_reference()
    result = scan_collected(exchanges, signals, reference=ref, target_fpr=FPR,
                            intel=Intel([own], community_key=None, account_key=AK))
    v = result.verdicts
    # (the bundle's account indicator lists the campaigns' flagged members, not every flagged account)
    members = {a for c in world["a"]["campaigns"] for a in c["account_ids"] if a in a_flagged}
    assert members and members <= set(per)
    assert flagged(v) == members
    for a in v["accounts"]:
        items = [e for e in a["evidence"] if e["signal"] == "intel_match"]
        assert bool(items) == (a["account_id"] in members)
        if items:
            assert items[0] is a["evidence"][0] and items[0]["score"] == 1.0  # the deciding evidence first
    # another key opens nothing
    other = scan_collected(exchanges, signals, reference=ref, target_fpr=FPR,
                           intel=Intel([own], community_key=None, account_key=b"someone else's key"))
    assert not intel_items(other.verdicts)


# ---------------------------------------------------------------------------- the rule, on hand-made traffic


OTHER_CK = b"another community"
PEER_CAMPAIGN = "campaign--11111111-1111-4111-8111-111111111111"


def _rows(account, n, ip, start=0):
    return [{schema.EXCHANGE_ID: f"{account}-{i}", schema.TS: T0 + dt.timedelta(minutes=start + i),
             schema.ACCOUNT_ID: account, schema.CLIENT_ADDRESS: ip} for i in range(n)]


# account -> (requests, address, templates per request (None: no template))
TRAFFIC = {
    "net-only": (8, "203.0.113.9", []),
    "client-only": (8, "192.0.2.1", []),
    "net-and-card": (8, "203.0.113.10", []),
    "client-and-prompt": (8, "192.0.2.2", []),
    "net-2-templates-of-10": (10, "203.0.113.11", ["tA", "tB"]),
    "net-2-templates-of-2": (2, "203.0.113.12", ["tA", "tB"]),
    "net-3-templates-of-10": (10, "203.0.113.13", ["tA", "tA", "tB"]),
    "prompt-and-templates": (8, "192.0.2.3", ["tA", "tA", "tA", "tB"]),
    "own-account": (3, "192.0.2.4", []),
    "clean": (8, "192.0.2.5", ["tZ"] * 8),
}
KEYS = {
    "shared_client_fingerprint": {"client-only": "bot/1.0|0|-", "client-and-prompt": "bot/1.0|0|-",
                                  "clean": "OpenAI/Python 1.61.1|1|-"},
    "shared_payment": {"net-and-card": "pm_farm", "clean": "pm_clean"},
    "shared_system_prompt": {"client-and-prompt": "sp-digest-1", "prompt-and-templates": "sp-digest-1"},
}
DECISIVE = {"net-and-card", "client-and-prompt", "net-2-templates-of-2", "net-3-templates-of-10", "own-account"}
ONE_FAMILY = {"net-only", "client-only", "net-2-templates-of-10", "prompt-and-templates"}


@pytest.fixture
def small():
    rows, templates = [], []
    for n, (account, (k, ip, tpl)) in enumerate(TRAFFIC.items()):
        rows += _rows(account, k, ip, start=n * 100)
        templates += tpl + [None] * (k - len(tpl))
    view = AccountView(schema.from_rows(rows), pa.table({wl_mod.TEMPLATE_SIGNAL: pa.array(templates, pa.string())}))
    keyrows = {kind: KeyRows.of([view.index[a] for a in held], list(held.values())) for kind, held in KEYS.items()}
    return view, keyrows


def peer_watchlist(community_key=CK, key=None):
    fp = lambda kind, v: fingerprint(community_key, kind, v)  # noqa: E731
    n = iter(range(100))

    def ind(kind, values):
        return Indicator(id=f"indicator--00000000-0000-4000-8000-{next(n):012d}", kind=kind, values=values,
                         name=f"{kind} indicator", campaign=PEER_CAMPAIGN, campaign_name="Provider A c-1")

    return WatchList(producer="Provider A", source="bundle--22222222-2222-4222-8222-222222222222", tlp="amber",
                     community_key_id=key_id(key or community_key), imported="2026-11-04T00:00:00Z", indicators=[
                         ind("network", ["203.0.113.0/24", "198.51.100.0/24"]),
                         ind("client", [fp("client", "bot/1.0|0|-")]),
                         ind("payment", [fp("payment", "pm_farm")]),
                         ind("system_prompt", [fp("system_prompt", "sp-digest-1")]),
                         ind("template", [fp("template", "tA"), fp("template", "tB"), fp("template", "tC")]),
                         ind("account", [account_hash(AK, "own-account")]),
                     ])


def base_risk(view, risk=0.05):
    n = len(view.account_ids)
    return AccountRisk(account_ids=list(view.account_ids), risk=np.full(n, risk), flagged=np.zeros(n, bool),
                       evidence=[[{"signal": "own", "score": 0.1, "detail": "its own evidence", "exchange_ids": []}]
                                 for _ in range(n)],
                       combined=np.zeros(n), judged=np.ones(n, bool), campaign_ids=[None] * n, stats={"x": 1})


def judge(view, keyrows, watchlists, *, community_key=CK, account_key=AK, base=None):
    matches, stats = match_watchlists(Intel(watchlists, community_key, account_key), view, keyrows)
    base = base or base_risk(view)
    per = dict(zip(view.account_ids, view.exchanges_per_account.tolist()))
    return apply_watchlists(base, matches, per, target_fpr=FPR), stats, base


def test_two_families_flag_one_raises_risk_below_the_flag(small):
    view, keyrows = small
    out, stats, base = judge(view, keyrows, [peer_watchlist()])
    idx = {a: i for i, a in enumerate(out.account_ids)}
    assert {a for a in out.account_ids if out.flagged[idx[a]]} == DECISIVE
    threshold, elevated = 1 - FPR, 1 - wl_mod.SINGLE_FAMILY_FPR_FACTOR * FPR
    for a in DECISIVE:
        i = idx[a]
        assert out.risk[i] >= threshold
        assert out.evidence[i][0]["signal"] == "intel_match" and out.evidence[i][0]["score"] == 1.0
        assert out.evidence[i][0]["producer"] == "Provider A"
        assert "one kind of clue" not in out.evidence[i][0]["detail"]
    for a in ONE_FAMILY:
        i = idx[a]
        assert not out.flagged[i] and out.risk[i] == pytest.approx(elevated) and elevated < threshold
        assert out.evidence[i][-1]["signal"] == "intel_match" and out.evidence[i][-1]["score"] == 0.5
        assert "raises risk, not a case on its own" in out.evidence[i][-1]["detail"]
        assert out.evidence[i][0]["signal"] == "own"  # its own evidence stays first
    i = idx["clean"]
    assert not out.flagged[i] and out.risk[i] == 0.05 and out.evidence[i] == base.evidence[i]
    assert out.stats["intel_flagged_accounts"] == len(DECISIVE) and out.stats["intel_raised_accounts"] == len(ONE_FAMILY)
    assert out.stats["x"] == 1
    # the base is left as it was (a copy is judged)
    assert not base.flagged.any() and np.all(base.risk == 0.05) and all(len(e) == 1 for e in base.evidence)
    assert stats["indicators"] == 6 and stats["indicators_matched"] == 6 and stats["skipped"] == {}


def test_what_each_account_matched(small):
    view, keyrows = small
    matches, _ = match_watchlists(Intel([peer_watchlist()], CK, AK), view, keyrows)
    kinds = {a: set().union(*(m.kinds for m in ms)) for a, ms in matches.items()}
    assert kinds == {
        "net-only": {"network"}, "client-only": {"client"}, "net-and-card": {"network", "payment"},
        "client-and-prompt": {"client", "system_prompt"}, "net-2-templates-of-10": {"network", "template"},
        "net-2-templates-of-2": {"network", "template"}, "net-3-templates-of-10": {"network", "template"},
        "prompt-and-templates": {"system_prompt", "template"}, "own-account": {"account"},
    }
    assert matches["net-3-templates-of-10"][0].template_requests == 3
    assert matches["net-only"][0].networks == {"203.0.113.0/24"}


def test_a_few_shared_templates_are_not_content(small):
    """Two requests on the peer's templates out of ten: not the campaign's content (a greeting
    template anyone sends); out of two, the account's whole traffic: content."""
    view, keyrows = small
    out, _, _ = judge(view, keyrows, [peer_watchlist()])
    idx = {a: i for i, a in enumerate(out.account_ids)}
    assert MIN_TEMPLATE_REQUESTS == 3
    assert not out.flagged[idx["net-2-templates-of-10"]]
    assert "request templates" not in out.evidence[idx["net-2-templates-of-10"]][-1]["detail"]
    assert out.flagged[idx["net-2-templates-of-2"]]
    assert "2 of 2 requests" in out.evidence[idx["net-2-templates-of-2"]][0]["detail"]
    assert out.flagged[idx["net-3-templates-of-10"]]
    # templates and a system prompt are one family (content): not two clues
    assert not out.flagged[idx["prompt-and-templates"]]


def test_the_producers_own_account_hash_flags_alone(small):
    view, keyrows = small
    only_accounts = peer_watchlist()
    only_accounts.indicators = [i for i in only_accounts.indicators if i.kind == "account"]
    out, stats, _ = judge(view, keyrows, [only_accounts], community_key=None)
    assert [a for a, f in zip(out.account_ids, out.flagged) if f] == ["own-account"]
    # without the hash key (or with another) the account indicators mean nothing
    out, stats, _ = judge(view, keyrows, [only_accounts], community_key=None, account_key=None)
    assert not out.flagged.any() and any("account indicators" in r for r in stats["skipped"])
    out, _, _ = judge(view, keyrows, [only_accounts], community_key=None, account_key=b"another key")
    assert not out.flagged.any()


def test_fingerprints_need_the_communitys_key(small):
    view, keyrows = small
    for key, wl in ((None, peer_watchlist()), (OTHER_CK, peer_watchlist()), (CK, peer_watchlist(key=OTHER_CK))):
        matches, stats = match_watchlists(Intel([wl], key, None), view, keyrows)
        kinds = {k for ms in matches.values() for m in ms for k in m.kinds}
        assert kinds == {"network"}, key
        assert stats["skipped"].get("fingerprint indicators (no community key, or another community's key)") == 4
    # a watch-list without a key id is opened by whatever key the scan has
    wl = peer_watchlist()
    wl.community_key_id = None
    matches, _ = match_watchlists(Intel([wl], CK, None), view, keyrows)
    assert {k for ms in matches.values() for m in ms for k in m.kinds} == {"network", "client", "payment",
                                                                            "system_prompt", "template"}


def test_one_family_never_lowers_a_risk(small):
    view, keyrows = small
    base = base_risk(view, risk=0.9999)
    out, _, _ = judge(view, keyrows, [peer_watchlist()], base=base)
    idx = {a: i for i, a in enumerate(out.account_ids)}
    assert out.risk[idx["net-only"]] == 0.9999


def test_an_account_already_flagged_keeps_its_flag_and_gets_the_evidence(small):
    view, keyrows = small
    base = base_risk(view)
    i = base.account_ids.index("net-and-card")
    base.flagged[i], base.risk[i] = True, 1.0
    out, _, _ = judge(view, keyrows, [peer_watchlist()], base=base)
    assert out.flagged[i] and out.risk[i] == 1.0 and out.evidence[i][0]["signal"] == "intel_match"
    assert out.stats["intel_flagged_accounts"] == len(DECISIVE) - 1


def test_no_watchlist_no_match(small):
    view, keyrows = small
    matches, stats = match_watchlists(Intel([], CK, AK), view, keyrows)
    assert matches == {} and stats["indicators"] == 0


# ---------------------------------------------------------------------------- the file


def test_watchlist_files_round_trip_and_bad_ones_are_refused(tmp_path):
    wl = peer_watchlist()
    write_watchlist(wl, tmp_path / "intel" / "provider-a.json")
    (tmp_path / "intel" / ".provider-a.json.123.tmp").write_text("half a file")  # a write in progress
    [back] = read_watchlists(tmp_path / "intel")
    assert back.as_dict() == wl.as_dict()
    assert read_watchlists(tmp_path / "intel" / "provider-a.json")[0].as_dict() == wl.as_dict()
    with pytest.raises(DistillguardError, match="no watch-list"):
        read_watchlists(tmp_path / "missing")
    doc = orjson.loads((tmp_path / "intel" / "provider-a.json").read_bytes())
    bad = {
        "not-json.json": b"{",
        "not-ours.json": orjson.dumps({"kind": "something else", "version": 1}),
        "broad.json": orjson.dumps({**doc, "indicators": [{**doc["indicators"][0], "values": ["0.0.0.0/0"]}]}),
        "not-hex.json": orjson.dumps({**doc, "indicators": [{**doc["indicators"][1], "values": ["not a fingerprint!"]}]}),
        "no-values.json": orjson.dumps({**doc, "indicators": [{**doc["indicators"][1], "values": []}]}),
        "kind.json": orjson.dumps({**doc, "indicators": [{**doc["indicators"][1], "kind": "prompt"}]}),
        "shape.json": orjson.dumps({**doc, "indicators": [["not", "an", "indicator"]]}),
        "missing.json": orjson.dumps({k: v for k, v in doc.items() if k != "producer"}),
    }
    for name, raw in bad.items():
        (tmp_path / name).write_bytes(raw)
        with pytest.raises(DistillguardError):
            read_watchlists(tmp_path / name)


def test_scan_refuses_a_bad_watch_list_before_scanning(tmp_path):
    (tmp_path / "bad.json").write_text(json.dumps({"kind": "distillguard.watchlist", "version": 1}))
    (tmp_path / "log.jsonl").write_text("")
    code, _, err = run_cli("scan", str(tmp_path / "log.jsonl"), "--out", str(tmp_path / "v.json"),
                           "--intel", str(tmp_path / "bad.json"))
    assert code != 0 and "not a valid watch-list" in err and "Traceback" not in err
    assert not (tmp_path / "v.json").exists()


def test_an_indicator_most_accounts_match_is_reported_as_broad(small, monkeypatch):
    view, keyrows = small
    monkeypatch.setattr(wl_mod, "BROAD_MIN_ACCOUNTS", 3)  # (the small world has 10 accounts)
    _, stats, _ = judge(view, keyrows, [peer_watchlist()])
    network = peer_watchlist().indicators[0].id  # 203.0.113.0/24: 5 of the 10 accounts
    template = peer_watchlist().indicators[4].id
    assert network in stats["broad_indicators"] and template in stats["broad_indicators"]
    client = peer_watchlist().indicators[1].id  # held by 2 accounts
    assert client not in stats["broad_indicators"]
    monkeypatch.setattr(wl_mod, "BROAD_MIN_ACCOUNTS", 50)
    assert judge(view, keyrows, [peer_watchlist()])[1]["broad_indicators"] == []
