"""Abuse reports (`distillguard report abuse`): one report per network operator, X-ARF messages that
parse back, what is skipped and counted, and nothing private in any file.

The verdicts are written by hand after the `indicators` schema (campaigns.indicators), with marker
strings wherever something must never reach an abuse desk: evidence details, account ids, an
unflagged account, payment, client and system-prompt indicators.
"""

from __future__ import annotations

import copy
import email.message
import email.policy
import json
from pathlib import Path

import pytest
import yaml

from cli_runner import run_cli
from distillguard.errors import DistillguardError
from distillguard.report.abuse import (Reporter, build_abuse_reports, render_all, render_xarf,
                                       write_abuse_reports)

MARKERS = ["MARKER-DETAIL-ZEBRA", "MARKER-ACCT", "MARKER-UNFLAGGED", "MARKER-PAYMENT", "MARKER-UA",
           "MARKER-SYSPROMPT", "MARKER-TEMPLATE", "MARKER-FINDING"]


def _address(address, name, net_class, country, accounts, exchanges, first, last, *, network=None, unflagged=0):
    if network is None and ":" not in address and not address.startswith("hmac-"):
        network = address.rsplit(".", 1)[0] + ".0/24"
    return {"address": address, "network": network, "network_name": name, "net_class": net_class,
            "country": country, "accounts": accounts, "exchanges": exchanges,
            "first_seen": first, "last_seen": last, "unflagged_accounts": unflagged}


def _verdicts() -> dict:
    c1_accounts = [f"acct-MARKER-ACCT-{i}" for i in range(12)]
    c2_accounts = [f"acct-MARKER-ACCT-b{i}" for i in range(3)]
    detail = "MARKER-DETAIL-ZEBRA: 412 of 430 requests say 'explain step by step'"
    accounts = [{"account_id": a, "risk": 1.0, "flagged": True, "campaign_id": "c-1",
                 "evidence": [{"signal": "cot_elicitation", "score": 0.9, "detail": detail}]} for a in c1_accounts]
    accounts += [{"account_id": a, "risk": 0.999, "flagged": True, "campaign_id": "c-2",
                  "evidence": [{"signal": "rubric_grading", "score": 0.8, "detail": detail}],
                  "findings": [{"signal": "jailbreak", "score": 0.5, "detail": "MARKER-FINDING"}]} for a in c2_accounts]
    # an unflagged customer who used one of the campaign's addresses too
    accounts.append({"account_id": "acct-MARKER-UNFLAGGED-1", "risk": 0.2, "flagged": False, "campaign_id": None,
                     "evidence": [{"signal": "cot_elicitation", "score": 0.1, "detail": "MARKER-UNFLAGGED detail"}]})
    hetzner, amazon = "Hetzner Online GmbH", "AMAZON-02"
    c1 = {
        "campaign_id": "c-1", "account_ids": c1_accounts, "risk": 1.0, "exchanges": 3831, "size": 12,
        "first_seen": "2026-11-01T00:00:09Z", "last_seen": "2026-11-03T23:59:58Z",
        "targets": ["general chat", "math reasoning"],
        "evidence": [{"signal": "collective_evidence", "score": 1.0, "detail": detail},
                     {"signal": "shared_payment", "score": 1.0, "detail": "MARKER-PAYMENT pm_1234"},
                     {"signal": "shared_ip", "score": 0.9, "detail": detail},
                     {"signal": "weird signal: MARKER-DETAIL-ZEBRA", "score": 0.5, "detail": detail}],
        "indicators": {
            "addresses": [
                _address("203.0.113.7", hetzner, "datacenter", "DE", 12, 340, "2026-11-01T00:00:47Z",
                         "2026-11-02T23:59:42Z", unflagged=3),
                _address("203.0.113.9", hetzner, "datacenter", "DE", 5, 100, "2026-11-01T06:00:00Z",
                         "2026-11-01T18:00:00Z"),
                _address("2001:1:2:3:4:5:6:7", hetzner, "datacenter", "FI", 2, 200, "2026-11-02T00:00:00Z",
                         "2026-11-03T00:00:00Z", network="2001:1:2::/48"),
                _address("198.51.100.20", amazon, "datacenter", "US", 7, 900, "2026-11-01T01:00:00Z",
                         "2026-11-03T20:00:00Z"),
                _address("192.0.2.44", "COMCAST-7922", "residential", "US", 1, 75, "2026-11-01T02:00:00Z",
                         "2026-11-01T09:00:00Z"),
                _address("192.0.2.45", "T-MOBILE-AS21928", "mobile", "US", 1, 30, "2026-11-02T02:00:00Z",
                         "2026-11-02T09:00:00Z"),
                _address("10.1.2.3", "private network", "private", "--", 2, 50, "2026-11-01T00:00:00Z",
                         "2026-11-01T01:00:00Z"),
                _address("198.18.0.1", "", "unknown", "--", 1, 20, "2026-11-01T00:00:00Z", "2026-11-01T01:00:00Z"),
                _address("hmac-sha256:9f2c0e", "hmac-sha256:77aa", "unknown", "--", 3, 40,
                         "2026-11-01T00:00:00Z", "2026-11-01T01:00:00Z", network="hmac-sha256:77aa"),
                _address("hmac-sha256:0b11d4", "", "unknown", "--", 1, 10, "2026-11-01T00:00:00Z",
                         "2026-11-01T01:00:00Z", network=None),
            ],
            "networks": [],
            "clients": [{"key": "MARKER-UA/1.0|t=0.7", "user_agent": "MARKER-UA/1.0", "accounts": 12,
                         "specificity": 1.0, "unflagged_accounts": 0}],
            "payments": [{"key": "pm_MARKER-PAYMENT", "accounts": 12, "specificity": 1.0, "unflagged_accounts": 0}],
            "system_prompts": [{"key": "sp-MARKER-SYSPROMPT", "accounts": 12, "specificity": 1.0,
                                "unflagged_accounts": 0}],
            "templates": [{"key": "tpl-MARKER-TEMPLATE", "accounts": 12, "exchanges": 3000, "unflagged_accounts": 0}],
        },
    }
    c2 = {
        "campaign_id": "c-2", "account_ids": c2_accounts, "risk": 0.97, "exchanges": 260, "size": 3,
        "first_seen": "2026-11-02T10:00:00Z", "last_seen": "2026-11-04T10:00:00Z", "targets": ["coding"],
        "evidence": [{"signal": "rubric_grading", "score": 0.9, "detail": detail}],
        "indicators": {
            "addresses": [
                # the same address as c-1's: one report line, counts and times merged
                _address("203.0.113.7", hetzner, "datacenter", "DE", 3, 60, "2026-11-02T10:00:00Z",
                         "2026-11-04T10:00:00Z"),
                _address("198.51.100.77", "", "datacenter", "NL", 3, 200, "2026-11-02T11:00:00Z",
                         "2026-11-04T09:00:00Z"),
            ],
            "networks": [], "clients": [], "payments": [], "system_prompts": [], "templates": [],
        },
    }
    stats = {"exchanges_read": 4091, "exchanges_accepted": 4091, "exchanges_quarantined": 0, "accounts": len(accounts)}
    return {"version": 1, "accounts": accounts, "campaigns": [c1, c2], "stats": stats}


def _write(tmp_path: Path, doc: dict, name: str = "verdicts.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc))
    return str(path)


def _report(out: Path, cli_args=(), verdicts: dict | None = None) -> dict:
    path = _write(out.parent, verdicts or _verdicts(), f"{out.name}-verdicts.json")
    code, stdout, stderr = run_cli("report", "abuse", path, "--out", str(out), "--reporter", "Acme AI Trust & Safety",
                                   "--contact", "abuse@acme.example", *cli_args)
    assert code == 0, stderr
    return json.loads((out / "index.json").read_text())


def _parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def _by_name(index: dict) -> dict:
    return {r["network_name"]: r for r in index["reports"]}


# --- reports per network ------------------------------------------------------------------------
def test_one_report_per_network_with_its_addresses_counts_and_times(tmp_path):
    index = _report(tmp_path / "out")
    reports = _by_name(index)
    assert sorted(reports) == ["AMAZON-02", "Hetzner Online GmbH", "unknown network (NL)"]
    hetzner = reports["Hetzner Online GmbH"]
    assert hetzner["addresses"] == ["203.0.113.7", "203.0.113.9", "2001:1:2:3:4:5:6:7"]
    assert hetzner["net_class"] == "datacenter" and hetzner["countries"] == ["DE", "FI"]
    assert hetzner["exchanges"] == 340 + 60 + 100 + 200  # 203.0.113.7 served both campaigns
    assert hetzner["first_seen"] == "2026-11-01T00:00:47Z" and hetzner["last_seen"] == "2026-11-04T10:00:00Z"
    assert hetzner["campaigns"] == ["c-1", "c-2"]
    assert hetzner["files"]["text"] == "hetzner-online-gmbh.txt"
    assert hetzner["files"]["xarf"] == ["hetzner-online-gmbh_203.0.113.7.eml", "hetzner-online-gmbh_203.0.113.9.eml",
                                        "hetzner-online-gmbh_2001-1-2-3-4-5-6-7.eml"]
    assert reports["AMAZON-02"]["addresses"] == ["198.51.100.20"] and reports["AMAZON-02"]["campaigns"] == ["c-1"]
    assert reports["unknown network (NL)"]["addresses"] == ["198.51.100.77"]
    files = {p.name for p in (tmp_path / "out").iterdir()}
    listed = {"index.json"} | {f for r in index["reports"] for f in [r["files"]["text"], *r["files"]["xarf"]]}
    assert files == listed  # nothing more, nothing less (no temporary files left behind)

    text = (tmp_path / "out" / "hetzner-online-gmbh.txt").read_text()
    assert "To the abuse team of Hetzner Online GmbH" in text
    assert "Reference c-1: automated harvesting of a language model's outputs through its API" in " ".join(text.split())
    flat = " ".join(text.split())
    assert "coordinated group of 12 accounts" in flat and "(risk 1.00)" in flat
    assert "3,831 requests between 2026-11-01T00:00:09Z and 2026-11-03T23:59:58Z UTC" in flat
    assert "targets: general chat, math reasoning" in flat
    assert "From your network: 640 of these requests, from 3 addresses." in flat  # c-1: 340 + 100 + 200
    # the merged address: both references, the earliest first and latest last seen, summed counts
    row = next(line for line in text.splitlines() if line.startswith("203.0.113.7 "))
    assert row.split() == ["203.0.113.7", "203.0.113.0/24", "DE", "2026-11-01T00:00:47Z", "2026-11-04T10:00:00Z",
                           "400", "15", "c-1,", "c-2"]
    assert "Reported by Acme AI Trust & Safety <abuse@acme.example>" in text


def test_xarf_messages_parse_back_with_three_parts_and_the_x_arf_fields(tmp_path):
    out = tmp_path / "out"
    index = _report(out)
    seen = {}
    for r in index["reports"]:
        for name, address in zip(r["files"]["xarf"], r["addresses"]):
            msg = _parse(out / name)
            assert msg["X-ARF"] == "YES" and msg["Auto-Submitted"] == "auto-generated"
            assert msg["From"] == "Acme AI Trust & Safety <abuse@acme.example>"
            assert msg["Reply-To"] == "abuse@acme.example"
            assert msg["Subject"].startswith(f"abuse report about {address} - ")
            assert msg.get_content_type() == "multipart/mixed"
            human, machine, evidence = parts = list(msg.iter_parts())
            assert len(parts) == 3 and all(p.get_content_type() == "text/plain" for p in parts)
            assert machine.get_param("name") == "report.txt" and evidence.get_param("name") == "evidence.txt"
            fields = yaml.safe_load(machine.get_content())
            seen[address] = (fields, human.get_content(), evidence.get_content())
    assert set(seen) == {"203.0.113.7", "203.0.113.9", "2001:1:2:3:4:5:6:7", "198.51.100.20", "198.51.100.77"}

    fields, human, evidence = seen["203.0.113.7"]
    assert {"Reported-From", "Category", "Report-Type", "Service", "Version", "User-Agent", "Date", "Source",
            "Source-Type", "Report-ID", "Attachment", "Schema-URL", "Occurrences"} == set(fields)
    assert fields["Version"] == 0.2 and fields["User-Agent"].startswith("distillguard/")
    assert fields["Source"] == "203.0.113.7" and fields["Source-Type"] == "ipv4"
    assert fields["Occurrences"] == 400 and fields["Attachment"] == "text/plain"
    assert fields["Reported-From"] == "abuse@acme.example" and fields["Report-ID"].endswith("@acme.example")
    assert str(fields["Date"]).startswith("2026-11-01 00:00:47")  # first seen (YAML reads a timestamp)
    assert fields["Schema-URL"].startswith("http://www.x-arf.org/schema/")
    assert "Port" not in fields  # the log records no port
    assert "2 other addresses of your network" in " ".join(human.split())
    lines = evidence.splitlines()
    # each campaign's own time range and counts from this address, then the address's over all
    assert any(line.split()[:5] == ["c-1", "2026-11-01T00:00:47Z", "2026-11-02T23:59:42Z", "340", "12"]
               for line in lines)
    assert any(line.split()[:5] == ["c-2", "2026-11-02T10:00:00Z", "2026-11-04T10:00:00Z", "60", "3"]
               for line in lines)
    assert any(line.split()[:4] == ["all", "2026-11-01T00:00:47Z", "2026-11-04T10:00:00Z", "400"] for line in lines)

    v6 = seen["2001:1:2:3:4:5:6:7"][0]  # all-digit groups: YAML 1.1 would read an unquoted one as a number
    assert v6["Source"] == "2001:1:2:3:4:5:6:7" and v6["Source-Type"] == "ipv6"


def test_report_ids_and_bytes_are_the_same_on_every_run(tmp_path):
    _report(tmp_path / "a")
    _report(tmp_path / "b")
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    assert a == b


# --- what is reported and what is skipped ------------------------------------------------------
def test_residential_and_mobile_are_left_out_by_default_and_counted(tmp_path):
    index = _report(tmp_path / "out")
    assert "COMCAST-7922" not in _by_name(index) and "T-MOBILE-AS21928" not in _by_name(index)
    assert index["skipped"]["residential"] == 1 and index["skipped"]["mobile"] == 1
    assert index["options"]["include_residential"] is False


def test_include_residential_adds_them_with_the_proxy_caveat(tmp_path):
    out = tmp_path / "out"
    index = _report(out, ["--include-residential"])
    reports = _by_name(index)
    assert reports["COMCAST-7922"]["addresses"] == ["192.0.2.44"]
    assert reports["COMCAST-7922"]["net_class"] == "residential"
    assert reports["T-MOBILE-AS21928"]["net_class"] == "mobile"
    assert index["skipped"]["residential"] == 0 and index["skipped"]["mobile"] == 0
    for name in ("comcast-7922.txt", "t-mobile-as21928.txt"):
        flat = " ".join((out / name).read_text().split())
        assert "proxy" in flat and "the subscriber of the line may not be the actor" in flat
    msg = _parse(out / reports["COMCAST-7922"]["files"]["xarf"][0])
    flat = " ".join(next(msg.iter_parts()).get_content().split())
    assert "likely an exit of a rotating residential or mobile proxy service" in flat
    # a hosting network's report carries no such caveat
    assert "subscriber" not in (out / "hetzner-online-gmbh.txt").read_text()


def test_hashed_private_and_unknown_addresses_are_never_reported_but_counted(tmp_path):
    out = tmp_path / "out"
    index = _report(out, ["--include-residential"])
    skipped = index["skipped"]
    assert skipped["hashed"] == 2 and skipped["private"] == 1 and skipped["unknown_class"] == 1
    assert set(index["skipped_reasons"]) >= set(skipped)
    everything = b"".join(p.read_bytes() for p in out.iterdir())
    for never in (b"hmac-sha256", b"10.1.2.3", b"198.18.0.1"):
        assert never not in everything


def test_min_exchanges_and_campaign_select_addresses(tmp_path):
    index = _report(tmp_path / "a", ["--min-exchanges", "150"])
    assert _by_name(index)["Hetzner Online GmbH"]["addresses"] == ["203.0.113.7", "2001:1:2:3:4:5:6:7"]
    assert index["skipped"]["below_min_exchanges"] == 1  # 203.0.113.9: 100 requests

    index = _report(tmp_path / "b", ["--campaign", "c-2"])
    assert index["campaigns"] == ["c-2"]
    reports = _by_name(index)
    assert sorted(reports) == ["Hetzner Online GmbH", "unknown network (NL)"]
    assert reports["Hetzner Online GmbH"]["addresses"] == ["203.0.113.7"]
    assert reports["Hetzner Online GmbH"]["exchanges"] == 60  # c-2's requests only
    assert "c-1" not in (tmp_path / "b" / "hetzner-online-gmbh.txt").read_text()


def test_unreachable_class_is_checked_against_the_address_too():
    doc = _verdicts()
    # a private address the verdicts call a datacenter one is still not reported
    doc["campaigns"][1]["indicators"]["addresses"].append(
        _address("192.168.1.20", "SOME-HOSTING", "datacenter", "DE", 1, 500, "2026-11-02T00:00:00Z",
                 "2026-11-02T01:00:00Z"))
    result = build_abuse_reports(doc, campaign_ids=["c-2"])
    assert all("192.168.1.20" not in [a.address for a in r.addresses] for r in result.reports)
    assert result.skipped["private"] == 1


# --- privacy -------------------------------------------------------------------------------------
def test_no_detail_account_id_unflagged_or_payment_data_in_any_file(tmp_path):
    out = tmp_path / "out"
    _report(out, ["--include-residential"])
    files = list(out.iterdir())
    assert len(files) > 5
    for path in files:
        raw = path.read_bytes()
        # (the .eml parts may be transfer-encoded: read them decoded too)
        texts = [raw.decode()]
        if path.suffix == ".eml":
            texts += [p.get_content() for p in _parse(path).iter_parts()]
        for text in texts:
            for marker in MARKERS:
                assert marker not in text, (path.name, marker)
            low = text.lower()
            for word in ("unflagged", "not flagged", "other customers", "shared with", "payment", "card", "acct-",
                         "api key", "prompt:"):
                assert word not in low, (path.name, word)
    # evidence signal names do appear, in plain words (payment signals left out)
    flat = " ".join((out / "hetzner-online-gmbh.txt").read_text().split())
    assert "the group's accounts sending from the same IP addresses" in flat


def test_xarf_for_one_address_names_no_other_address(tmp_path):
    result = build_abuse_reports(_verdicts())
    hetzner = next(r for r in result.reports if r.name == "Hetzner Online GmbH")
    msg = render_xarf(hetzner, hetzner.addresses[1], Reporter("Acme", "abuse@acme.example"))
    text = msg.as_string()
    assert "203.0.113.9" in text and "203.0.113.7" not in text and "2001:1:2" not in text


# --- errors and the output directory --------------------------------------------------------------
def _one_line_error(code: int, err: str, expected: int = 1) -> str:
    assert "Traceback" not in err, err
    assert code == expected, (code, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("distillguard: error: "), err
    return lines[0]


def test_verdicts_without_indicators_are_one_line_error_and_write_nothing(tmp_path):
    doc = _verdicts()
    for c in doc["campaigns"]:
        del c["indicators"]
    out = tmp_path / "out"
    code, _, err = run_cli("report", "abuse", _write(tmp_path, doc), "--out", str(out))
    line = _one_line_error(code, err)
    assert "without campaign indicators" in line and "rescan" in line
    assert not out.exists()


def test_unreadable_or_invalid_verdicts_are_one_line_errors(tmp_path):
    code, _, err = run_cli("report", "abuse", str(tmp_path / "missing.json"), "--out", str(tmp_path / "o"))
    _one_line_error(code, err)
    bad = _write(tmp_path, {"version": 1}, "bad.json")
    code, _, err = run_cli("report", "abuse", bad, "--out", str(tmp_path / "o"))
    _one_line_error(code, err)
    doc = _verdicts()
    doc["campaigns"][0]["indicators"]["addresses"][0]["exchanges"] = "many"
    code, _, err = run_cli("report", "abuse", _write(tmp_path, doc, "v.json"), "--out", str(tmp_path / "o"))
    assert "exchanges" in _one_line_error(code, err)
    assert not (tmp_path / "o").exists()


def test_unknown_campaign_and_bad_contact(tmp_path):
    path = _write(tmp_path, _verdicts())
    code, _, err = run_cli("report", "abuse", path, "--out", str(tmp_path / "o"), "--campaign", "c-9")
    assert "c-9" in _one_line_error(code, err)
    code, _, err = run_cli("report", "abuse", path, "--out", str(tmp_path / "o"), "--contact", "not an address")
    assert "--contact" in _one_line_error(code, err, expected=2)
    assert not (tmp_path / "o").exists()


def test_a_directory_that_is_not_empty_is_refused_unless_force(tmp_path):
    out = tmp_path / "out"
    _report(out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    path = _write(tmp_path, _verdicts(), "again.json")
    code, _, err = run_cli("report", "abuse", path, "--out", str(out), "--campaign", "c-2")
    assert "not empty" in _one_line_error(code, err)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before

    (out / "notes.md").write_text("mine")
    code, _, err = run_cli("report", "abuse", path, "--out", str(out), "--campaign", "c-2", "--force")
    assert code == 0, err
    index = json.loads((out / "index.json").read_text())
    listed = {f for r in index["reports"] for f in [r["files"]["text"], *r["files"]["xarf"]]}
    # the previous set's files not written again are gone (a stale .eml must not be sent); others stay
    assert {p.name for p in out.iterdir()} == listed | {"index.json", "notes.md"}
    assert "amazon-02.txt" not in listed


def test_library_writes_nothing_when_the_directory_is_a_file(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    result = build_abuse_reports(_verdicts())
    with pytest.raises(DistillguardError, match="not a directory"):
        write_abuse_reports(render_all(result, Reporter()), target)


# --- the command end to end ----------------------------------------------------------------------
def test_cli_end_to_end(tmp_path):
    path = _write(tmp_path, _verdicts())
    out = tmp_path / "nested" / "reports"  # created, parents too
    code, stdout, stderr = run_cli("report", "abuse", path, "--out", str(out))
    assert code == 0, stderr
    assert "wrote 3 abuse report(s) covering 5 address(es)" in stdout
    assert "1 residential" in stdout and "--include-residential" in stdout
    assert "--contact" in stderr  # the placeholder reply address is pointed out
    text = (out / "amazon-02.txt").read_text()
    assert "abuse-reports@example.invalid" in text
    msg = _parse(out / "amazon-02_198.51.100.20.eml")
    assert msg["From"] == "abuse-reports@example.invalid"

    code, stdout, stderr = run_cli("-q", "report", "abuse", path, "--out", str(tmp_path / "quiet"))
    assert code == 0 and stdout == "" and stderr == ""


def test_no_campaigns_writes_an_empty_index(tmp_path):
    doc = _verdicts()
    doc["campaigns"] = []
    for a in doc["accounts"]:
        a["campaign_id"] = None
    index = _report(tmp_path / "out", verdicts=copy.deepcopy(doc))
    assert index["reports"] == [] and [p.name for p in (tmp_path / "out").iterdir()] == ["index.json"]
