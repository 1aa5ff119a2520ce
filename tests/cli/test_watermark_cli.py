"""`distillguard watermark keygen|canary|detect` and `provenance test`, in-process, on real tokenized text."""

import json
import os
import stat
import sys
from pathlib import Path

import numpy as np
import pytest

from cli_runner import run_cli
from distillguard.provenance.keys import canary_key, read_key, read_keys

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "provenance"))
from tests_support import watermarked_strings  # noqa: E402


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "wm.json"
    code, out, err = run_cli("watermark", "keygen", "--out", str(path))
    assert code == 0, err
    return path


def _jsonl(path, texts):
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    return path


def test_keygen_private_never_overwritten_and_never_printed(key_file):
    key = read_key(key_file)
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    code, out, err = run_cli("watermark", "keygen", "--out", str(key_file))
    assert code == 2 and "--force" in err
    code, out, err = run_cli("watermark", "keygen", "--out", str(key_file), "--force", "--gamma", "1.5")
    assert code == 2 and "gamma" in err and "Traceback" not in err
    assert key.secret.hex() not in out + err


def test_detect_finds_the_key_and_only_it(tmp_path, key_file):
    key = read_key(key_file)
    marked = _jsonl(tmp_path / "marked.jsonl", watermarked_strings(key, np.random.default_rng(0), n=4))
    code, out, err = run_cli("watermark", "detect", str(marked), "--key", str(key_file), "--json", "--per-text")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["keys"][0]["present"] and doc["keys"][0]["p_value"] < 1e-10
    assert all(r["p_value"] < 1e-3 for r in doc["per_text"][0])
    other = tmp_path / "other.json"
    run_cli("watermark", "keygen", "--out", str(other))
    code, out, err = run_cli("watermark", "detect", str(marked), "--key", str(other))
    assert code == 0 and "not found" in out


def test_detect_counts_what_it_skips_and_fails_in_one_line(tmp_path, key_file):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"text": "a plain answer about the weather today"}\nnot json\n{"id": 3}\n\n"a bare string"\n')
    code, out, err = run_cli("watermark", "detect", str(f), "--key", str(key_file))
    assert code == 0, err
    assert "2 texts read, 2 items skipped" in out and "mixed.jsonl:2: not JSON" in out
    code, out, err = run_cli("watermark", "detect", str(tmp_path / "none.txt"), "--key", str(key_file))
    assert code == 1 and "no such file" in err and "Traceback" not in err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    code, out, err = run_cli("watermark", "detect", str(empty), "--key", str(key_file))
    assert code == 1 and "no text to test" in err
    code, out, err = run_cli("watermark", "detect", str(f), "--key", str(f))
    assert code == 1 and "key file" in err


def test_canary_keys_from_verdicts_and_the_test_names_the_account(tmp_path, key_file):
    verdicts = {"version": 1, "accounts": [
        {"account_id": "acct-a", "risk": 0.99, "flagged": True, "campaign_id": None, "evidence": []},
        {"account_id": "acct-b", "risk": 0.99, "flagged": True, "campaign_id": None, "evidence": []},
        {"account_id": "acct-c", "risk": 0.01, "flagged": False, "campaign_id": None, "evidence": []}],
        "campaigns": [], "stats": {"exchanges_read": 30, "exchanges_accepted": 30, "exchanges_quarantined": 0, "accounts": 3}}
    vpath = tmp_path / "verdicts.json"
    vpath.write_text(json.dumps(verdicts))
    ring = tmp_path / "canaries.json"
    code, out, err = run_cli("watermark", "canary", "--key", str(key_file), "--verdicts", str(vpath), "--out", str(ring))
    assert code == 0, err
    assert sorted(k.account for k in read_keys(ring)) == ["acct-a", "acct-b"]
    # the suspect's text carries acct-b's canary: black-box test over master + canaries names it
    leaked = canary_key(read_key(key_file), "acct-b")
    suspect = _jsonl(tmp_path / "suspect.jsonl", watermarked_strings(leaked, np.random.default_rng(1), n=3, strength=0.6))
    report = tmp_path / "report.md"
    code, out, err = run_cli("provenance", "test", "--keys", str(key_file), "--canaries", str(vpath),
                             "--suspect-texts", str(suspect), "--json", "--out", str(report))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["radioactive"] and doc["fired"] == [leaked.key_id]
    assert len(doc["keys"]) == 3 and "RADIOACTIVE" in report.read_text()


def test_provenance_test_without_evidence_and_usage_errors(tmp_path, key_file):
    plain = _jsonl(tmp_path / "plain.jsonl", [" ".join(["the cat sat on the mat"] * 20), "another ordinary answer " * 10])
    code, out, err = run_cli("provenance", "test", "--keys", str(key_file), "--suspect-texts", str(plain))
    assert code == 0 and "no evidence" in out
    code, out, err = run_cli("provenance", "test", "--keys", str(key_file))
    assert code == 2 and "give one suspect" in err
    code, out, err = run_cli("provenance", "test", "--keys", str(key_file), "--suspect-weights", str(tmp_path))
    assert code == 2 and "--read" in err


def test_open_weight_reading_refuses_watermarked_text(tmp_path):
    """A fixed key: the un-watermarked text's p-value under a fresh random key is uniform, so with
    keygen's key this test failed about once in a hundred runs (p < 0.01 by chance)."""
    from distillguard.provenance.keys import WatermarkKey, write_keys

    key_file = tmp_path / "wm.json"
    write_keys(key_file, [WatermarkKey(bytes.fromhex("5a" * 32))])
    transformers = pytest.importorskip("transformers")
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    cfg = transformers.LlamaConfig(vocab_size=49152, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                   num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=256)
    model_dir = tmp_path / "suspect"
    transformers.LlamaForCausalLM(cfg).save_pretrained(model_dir)
    key = read_key(key_file)
    marked = _jsonl(tmp_path / "marked.jsonl", watermarked_strings(key, np.random.default_rng(2), n=3))
    code, out, err = run_cli("provenance", "test", "--keys", str(key_file), "--suspect-weights", str(model_dir),
                             "--read", str(marked))
    assert code == 1 and "carries watermark key" in err
    plain = _jsonl(tmp_path / "plain.jsonl", watermarked_strings(key, np.random.default_rng(3), n=6, strength=0.0))
    code, out, err = run_cli("provenance", "test", "--keys", str(key_file), "--suspect-weights", str(model_dir),
                             "--read", str(plain), "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["mode"] == "open-weight" and not doc["radioactive"] and doc["keys"][0]["scored"] > 100


def test_black_box_asks_an_openai_compatible_suspect(tmp_path, key_file):
    """`--suspect-api`: the suspect's answers are fetched over HTTP (a local server answering with
    text that carries the key) and tested; an error status is one clear line."""
    import http.server
    import threading

    key = read_key(key_file)
    answers = iter(watermarked_strings(key, np.random.default_rng(4), n=3, strength=0.6))
    seen = []

    class Suspect(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            seen.append((self.path, body["model"], self.headers.get("authorization")))
            if body["messages"][0]["content"] == "fail":
                self.send_response(503)
                self.end_headers()
                self.wfile.write(b"overloaded")
                return
            out = json.dumps({"choices": [{"message": {"role": "assistant", "content": next(answers)}}]}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Suspect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        prompts = _jsonl(tmp_path / "prompts.jsonl", ["q1", "q2", "q3"])
        os.environ["SUSPECT_API_KEY"] = "sk-test"
        code, out, err = run_cli("provenance", "test", "--keys", str(key_file), "--suspect-api", url,
                                 "--suspect-model", "suspect-1", "--prompts", str(prompts), "--json")
        assert code == 0, err
        assert json.loads(out)["fired"] == [key.key_id]
        assert seen[0] == ("/v1/chat/completions", "suspect-1", "Bearer sk-test") and len(seen) == 3
        bad = _jsonl(tmp_path / "bad.jsonl", ["fail"])
        code, out, err = run_cli("provenance", "test", "--keys", str(key_file), "--suspect-api", url,
                                 "--suspect-model", "suspect-1", "--prompts", str(bad))
        assert code == 1 and "HTTP 503" in err and "Traceback" not in err
    finally:
        os.environ.pop("SUSPECT_API_KEY", None)
        server.shutdown()
