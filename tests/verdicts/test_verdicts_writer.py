"""Verdicts follow spec §2 exactly; invalid documents are caught before they are written."""

import json

import numpy as np
import pytest

from distillguard.errors import DistillguardError
from distillguard.verdicts import build_verdicts, read_verdicts, validate_verdicts, write_verdicts


def _doc():
    ev = [[{"signal": "cot_elicitation", "score": 0.9, "detail": "9 of 10 requests ask ...", "exchange_ids": ["e1"]}], [], []]
    campaigns = [{"campaign_id": "c-1", "account_ids": ["a"], "risk": 0.99, "exchanges": 10,
                  "first_seen": "2026-11-01T00:00:00Z", "last_seen": "2026-11-01T01:00:00Z", "targets": ["math reasoning"],
                  "evidence": [{"signal": "shared_template", "score": 0.9, "detail": "..."}]}]
    return build_verdicts(["b", "a", "c"], np.array([0.2, 0.999, 0.2]), np.array([False, True, False]),
                          [None, "c-1", None], [ev[1], ev[0], ev[2]], campaigns,
                          {"exchanges_read": 12, "exchanges_accepted": 11, "exchanges_quarantined": 1, "extra": "x"})


def test_build_matches_spec():
    doc = _doc()
    assert doc["version"] == 1
    assert [a["account_id"] for a in doc["accounts"]] == ["a", "b", "c"]  # most suspicious first, ties by id
    a = doc["accounts"][0]
    assert set(a) == {"account_id", "risk", "flagged", "campaign_id", "evidence"}
    assert a["flagged"] is True and a["campaign_id"] == "c-1" and 0 <= a["risk"] <= 1
    assert doc["accounts"][1]["campaign_id"] is None
    assert doc["stats"]["accounts"] == 3 and doc["stats"]["exchanges_read"] == 12 and doc["stats"]["extra"] == "x"
    assert validate_verdicts(doc) == []


def test_write_and_read_back(tmp_path):
    path = tmp_path / "v.json"
    write_verdicts(_doc(), path)
    loaded = json.loads(path.read_text())
    assert loaded == read_verdicts(path)
    assert loaded["accounts"][0]["evidence"][0]["exchange_ids"] == ["e1"]


@pytest.mark.parametrize("breakage, message", [
    (lambda d: d["accounts"].append(dict(d["accounts"][0])), "appears twice"),
    (lambda d: d["accounts"][0].update(risk=1.5), "outside [0, 1]"),
    (lambda d: d["accounts"][0].update(flagged="yes"), "flagged"),
    (lambda d: d["accounts"][0].pop("campaign_id"), "campaign_id missing"),
    (lambda d: d["accounts"][1].update(campaign_id="c-9"), "not listed"),
    (lambda d: d["accounts"][0].update(evidence=[{"signal": "x"}]), "evidence"),
    (lambda d: d["stats"].pop("exchanges_read"), "exchanges_read"),
    (lambda d: d["stats"].update(accounts=7), "stats.accounts"),
    (lambda d: d["campaigns"][0]["account_ids"].append("zz"), "unknown account"),
])
def test_validation_catches(breakage, message):
    doc = _doc()
    breakage(doc)
    problems = validate_verdicts(doc)
    assert any(message in p for p in problems), problems


def test_refuses_to_write_invalid(tmp_path):
    doc = _doc()
    doc["accounts"][0]["risk"] = -0.1
    with pytest.raises(ValueError):
        write_verdicts(doc, tmp_path / "v.json")


def test_missing_input_account_detected():
    assert validate_verdicts(_doc(), expected_accounts=["a", "b", "c", "d"])


def test_read_bad_file_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(DistillguardError):
        read_verdicts(bad)
