"""`distillguard intel export` and `intel import` from the command line: one bundle or one per
campaign, the watch-list `scan --intel` reads, and one-line errors for what a user gets wrong."""

import json

import stix2

from cli_runner import run_cli


def test_export_one_bundle_then_import_it_and_scan_with_it(demo_scan, tmp_path):
    key = tmp_path / "community.key"
    key.write_text("a community key\n")
    bundle = tmp_path / "bundle.json"
    code, out, err = run_cli("intel", "export", str(demo_scan.verdicts), "--out", str(bundle), "--producer",
                             "Provider A", "--community-key-file", str(key), "--tlp", "green")
    assert code == 0, err
    assert "campaign(s)" in out and "TLP:GREEN" in out
    doc = json.loads(bundle.read_text())
    stix2.parse(doc, allow_custom=True)
    campaigns = [o for o in doc["objects"] if o["type"] == "campaign"]
    assert len(campaigns) == len(json.loads(demo_scan.verdicts.read_text())["campaigns"])

    code, out, err = run_cli("intel", "import", str(bundle), "--into", str(tmp_path / "intel"))
    assert code == 0, err
    assert "from Provider A (TLP:GREEN" in out and list((tmp_path / "intel").glob("*.json"))

    verdicts = tmp_path / "v.json"
    code, _, err = run_cli("-q", "scan", str(demo_scan.log), "--out", str(verdicts), "--workers", "1",
                           "--intel", str(tmp_path / "intel"), "--community-key-file", str(key))
    assert code == 0, err
    stats = json.loads(verdicts.read_text())["stats"]["intel"]
    assert stats["indicators"] > 0 and stats["accounts_matched"] > 0


def test_export_one_bundle_per_campaign(demo_scan, tmp_path):
    code, out, err = run_cli("intel", "export", str(demo_scan.verdicts), "--out-dir", str(tmp_path / "b"),
                             "--producer", "Provider A")
    assert code == 0, err
    ids = [c["campaign_id"] for c in json.loads(demo_scan.verdicts.read_text())["campaigns"]]
    files = sorted(p.name for p in (tmp_path / "b").glob("*.json"))
    assert files == sorted(f"{i}.json" for i in ids)
    for name in files:
        doc = json.loads((tmp_path / "b" / name).read_text())
        assert [o["name"] for o in doc["objects"] if o["type"] == "campaign"] == [f"Provider A {name[:-5]}"]
    assert "no community key" in out


def test_one_line_errors(demo_scan, tmp_path):
    code, _, err = run_cli("intel", "export", str(demo_scan.verdicts), "--producer", "P")
    assert code != 0 and "--out" in err and "Traceback" not in err
    code, _, err = run_cli("intel", "export", str(demo_scan.verdicts), "--producer", "P",
                           "--out", str(tmp_path / "x.json"), "--out-dir", str(tmp_path / "d"))
    assert code != 0 and "one of" in err
    code, _, err = run_cli("intel", "export", str(demo_scan.verdicts), "--producer", "P", "--campaign", "c-nope",
                           "--out", str(tmp_path / "x.json"))
    assert code == 1 and "c-nope" in err and len(err.strip().splitlines()) == 1
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "bundle", "id": "bundle--1", "objects": [}')
    code, _, err = run_cli("intel", "import", str(bad), "--into", str(tmp_path / "intel"))
    assert code == 1 and "not JSON" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "intel").exists()
