"""`distillguard eval` end to end: exit codes, one-line errors, JSON, plot, baselines from logs."""

import gzip
import json

import numpy as np
import pytest

from distillguard import data
from distillguard.cli.main import main

VERDICTS = {"version": 1, "accounts": [
    {"account_id": "a1", "risk": 0.9, "flagged": True, "campaign_id": "p1", "evidence": []},
    {"account_id": "a2", "risk": 0.8, "flagged": True, "campaign_id": "p1", "evidence": []},
    {"account_id": "b1", "risk": 0.2, "flagged": False, "campaign_id": None, "evidence": []},
    {"account_id": "b2", "risk": 0.1, "flagged": False, "campaign_id": None, "evidence": []},
], "campaigns": [], "stats": {}}
LABELS = {"version": 1, "accounts": {
    "a1": {"label": "campaign", "campaign_id": "c1", "tactic": "hydra_cot"},
    "a2": {"label": "campaign", "campaign_id": "c1", "tactic": "hydra_cot"},
    "b1": {"label": "benign", "population": "casual_chat"},
    "b2": {"label": "benign", "population": "developer"},
}}


def run(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.fixture
def files(tmp_path):
    v, l = tmp_path / "v.json", tmp_path / "l.json"
    v.write_text(json.dumps(VERDICTS))
    l.write_text(json.dumps(LABELS))
    return tmp_path, str(v), str(l)


def test_human_report(files, capsys):
    _, v, l = files
    code, out, err = run(["eval", "--verdicts", v, "--labels", l], capsys)
    assert code == 0, err
    assert "ROC-AUC" in out and "1.000" in out and "hydra_cot" in out


def test_json_report(files, capsys):
    _, v, l = files
    code, out, _ = run(["eval", "--verdicts", v, "--labels", l, "--json"], capsys)
    assert code == 0
    report = json.loads(out)
    m = report["methods"]["verdicts"]
    assert m["roc_auc"] == 1.0 and m["flagged"]["precision"] == 1.0
    assert m["campaigns"]["share_found"] == 1.0 and m["campaigns"]["grouping"]["ari"] == 1.0


def test_missing_file_is_one_error_line(files, capsys):
    tmp, _, l = files
    code, out, err = run(["eval", "--verdicts", str(tmp / "absent.json"), "--labels", l], capsys)
    assert code == 1
    assert err.strip().count("\n") == 0 and err.startswith("distillguard: error:") and "no such file" in err


def test_malformed_labels_is_one_error_line(files, capsys):
    tmp, v, _ = files
    bad = tmp / "bad.json"
    bad.write_text('{"version": 1, "accounts": {"a1": {"label": "campaing"}}}')
    code, _, err = run(["eval", "--verdicts", v, "--labels", str(bad)], capsys)
    assert code == 1 and err.strip().count("\n") == 0 and "'label' must be" in err


def test_baselines_need_traffic_and_reference(files, capsys):
    _, v, l = files
    code, _, err = run(["eval", "--verdicts", v, "--labels", l, "--baselines"], capsys)
    assert code == 2 and "--traffic" in err


def test_strict_fails_on_missing_accounts(files, capsys):
    tmp, v, _ = files
    labels = json.loads(json.dumps(LABELS))
    labels["accounts"]["a3"] = {"label": "campaign", "campaign_id": "c1", "tactic": "hydra_cot"}
    l2 = tmp / "l2.json"
    l2.write_text(json.dumps(labels))
    code, out, err = run(["eval", "--verdicts", v, "--labels", str(l2), "--json"], capsys)
    assert code == 0 and "missing from the verdicts" in err
    assert json.loads(out)["validation"]["labelled_missing_from_verdicts_sample"] == ["a3"]
    code, _, err = run(["eval", "--verdicts", v, "--labels", str(l2), "--json", "--strict"], capsys)
    assert code == 1 and "(--strict)" in err


def test_plot_writes_png(files, capsys):
    tmp, v, l = files
    out = tmp / "curves.png"
    code, _, err = run(["eval", "--verdicts", v, "--labels", l, "--plot", str(out), "--json"], capsys)
    assert code == 0, err
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _write_log(path, rows):
    with gzip.open(path, "wt") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


def test_baselines_and_containment_from_logs(files, capsys):
    tmp, _, _ = files
    prompts = [c["messages"][0]["content"] for c in data.arena_conversations()]
    rng = np.random.default_rng(0)

    def account(name, n, prompt, spacing=3600):
        return [{"ts": 1793491200 + i * spacing + int(rng.integers(0, 600)), "account_id": name, "id": f"{name}-{i}",
                 "messages": [{"role": "user", "content": prompt(i)}],
                 "usage": {"input_tokens": 40, "output_tokens": 120}} for i in range(n)]

    varied = lambda i: prompts[int(rng.integers(len(prompts)))]
    template = lambda i: f"Rewrite sentence number {i} of the corpus in formal English and grade it from 1 to 10."
    reference = [r for k in range(40) for r in account(f"ref{k}", 16, varied)]
    traffic = [r for k in range(8) for r in account(f"b{k}", 16, varied)]
    traffic += account("t0", 16, template) + account("t1", 16, template)
    _write_log(tmp / "ref.jsonl.gz", reference)
    _write_log(tmp / "traffic-1.jsonl.gz", traffic[:50])  # two files after one --traffic
    _write_log(tmp / "traffic-2.jsonl.gz", traffic[50:])
    labels = {"version": 1, "accounts": {f"b{k}": {"label": "benign", "population": "casual_chat"} for k in range(8)}}
    labels["accounts"].update({t: {"label": "campaign", "campaign_id": "c1", "tactic": "template"} for t in ("t0", "t1")})
    verdicts = {"version": 1, "accounts": [
        {"account_id": a, "risk": 0.9 if a.startswith("t") else 0.1, "flagged": a.startswith("t"), "campaign_id": None}
        for a in labels["accounts"]]}
    (tmp / "l.json").write_text(json.dumps(labels))
    (tmp / "v.json").write_text(json.dumps(verdicts))
    (tmp / "a.jsonl").write_text(json.dumps({"account_id": "t0", "exchange_index": 4, "action": "block"}) + "\n")

    code, out, err = run(["eval", "--verdicts", str(tmp / "v.json"), "--labels", str(tmp / "l.json"),
                          "--actions", str(tmp / "a.jsonl"), "--baselines",
                          "--traffic", str(tmp / "traffic-1.jsonl.gz"), str(tmp / "traffic-2.jsonl.gz"), "--reference", str(tmp / "ref.jsonl.gz"),
                          "--quarantine", str(tmp / "q.jsonl"), "--json"], capsys)
    assert code == 0, err
    report = json.loads(out)
    assert set(report["methods"]) == {"verdicts", "rate_limit", "prada", "mmd"}
    assert report["methods"]["mmd"]["roc_auc"] == 1.0  # templates vs varied chat
    assert report["traffic"]["accepted"] == 160
    c = report["containment"]
    # t0 blocked after 4 of its 16 exchanges, t1 never contained: served 4 and 16 of 32
    assert c["served_before_containment_median"] == 10.0
    assert c["share_campaign_exchanges_before_containment"] == pytest.approx(20 / 32)


def test_alone_verdicts_add_clean_alone_recall(files, capsys):
    tmp, v, l = files
    alone = json.loads(json.dumps(VERDICTS))
    alone["accounts"][1]["flagged"] = False  # a2 is clean on its own; the full scan caught it
    (tmp / "alone.json").write_text(json.dumps(alone))
    code, out, _ = run(["eval", "--verdicts", v, "--labels", l, "--alone", str(tmp / "alone.json"), "--json"], capsys)
    assert code == 0
    links = json.loads(out)["methods"]["verdicts"]["campaigns"]["through_links"]
    assert (links["clean_alone"], links["caught"], links["recall"]) == (1, 1, 1.0)
    code, out, _ = run(["eval", "--verdicts", v, "--labels", l, "--alone", str(tmp / "alone.json")], capsys)
    assert code == 0 and "caught through links" in out and "100.0% (1/1)" in out


def test_alone_verdicts_of_other_traffic_warn(files, capsys):
    tmp, v, l = files
    alone = json.loads(json.dumps(VERDICTS))
    alone["accounts"] = alone["accounts"][:2]
    (tmp / "alone.json").write_text(json.dumps(alone))
    code, out, err = run(["eval", "--verdicts", v, "--labels", l, "--alone", str(tmp / "alone.json"), "--json"], capsys)
    assert code == 0 and "--alone verdicts judge other accounts" in err


def _end_users(tmp_path, verdicts: dict, labels: dict, capsys) -> tuple[dict, str]:
    """`eval` of these verdicts and labels: its end-user figures (--json) and its printed report."""
    v, l = tmp_path / "v.json", tmp_path / "l.json"
    v.write_text(json.dumps(verdicts))
    l.write_text(json.dumps(labels))
    code, out, err = run(["eval", "--verdicts", str(v), "--labels", str(l), "--json"], capsys)
    assert code == 0, err
    code, text, _ = run(["eval", "--verdicts", str(v), "--labels", str(l)], capsys)
    return json.loads(out)["end_users"], text


def test_end_users_inside_relays_are_scored_when_the_labels_name_them(tmp_path, capsys):
    """Campaign end users of a relay (labels' `end_users`) count as found when the relay's verdict
    lists them flagged; an end user listed that no label names is a benign one flagged."""
    verdicts = json.loads(json.dumps(VERDICTS))
    verdicts["accounts"][2]["end_users"] = [{"end_user": "u1", "risk": 0.99, "flagged": True, "evidence": []},
                                            {"end_user": "x9", "risk": 0.99, "flagged": True, "evidence": []}]
    labels = json.loads(json.dumps(LABELS))
    labels["end_users"] = {u: {"account_ids": ["b1"], "label": "campaign", "campaign_id": "c2", "tactic": "relay_sweep"}
                           for u in ("u1", "u2")}
    eu, text = _end_users(tmp_path, verdicts, labels, capsys)
    assert (eu["campaign_end_users"], eu["flagged"], eu["benign_flagged"]) == (2, 1, 1)
    assert eu["by_tactic"]["relay_sweep"]["recall"] == 0.5
    assert "End users inside relays" in text and "50.0% (1/2)" in text


def test_end_users_a_campaign_account_lists_are_its_own_not_benign_people(tmp_path, capsys):
    """A campaign's fake relay names its requests after made-up end users that no label lists: they
    are counted apart (`of_campaign_accounts`), not as benign end users flagged."""
    verdicts = json.loads(json.dumps(VERDICTS))
    verdicts["accounts"][0]["end_users"] = [{"end_user": f"fake{i}", "risk": 0.99, "flagged": True, "evidence": []}
                                            for i in range(3)]
    verdicts["accounts"][2]["end_users"] = [{"end_user": "x9", "risk": 0.99, "flagged": True, "evidence": []}]
    labels = json.loads(json.dumps(LABELS))
    labels["end_users"] = {"u1": {"account_ids": ["b1"], "label": "campaign", "campaign_id": "c2", "tactic": "relay_sweep"}}
    eu, text = _end_users(tmp_path, verdicts, labels, capsys)
    assert (eu["benign_flagged"], eu["of_campaign_accounts"]) == (1, 3)
    assert "end users of campaign accounts flagged" in text
