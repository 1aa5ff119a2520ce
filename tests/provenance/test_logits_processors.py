"""The transformers and vLLM logits processors plant the key that detection finds (a tiny random model)."""

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from distillguard.provenance import vllm as wm_vllm  # noqa: E402
from distillguard.provenance.detect import detect, detect_each  # noqa: E402
from distillguard.provenance.hf import WatermarkLogitsProcessor  # noqa: E402
from distillguard.provenance.keys import canary_key, new_key, write_keys  # noqa: E402
from distillguard.provenance.scheme import Scheme  # noqa: E402
from tests_support import seeded_key  # noqa: E402

VOCAB = 512


@pytest.fixture(scope="module")
def tiny_model():
    torch.manual_seed(0)
    cfg = transformers.LlamaConfig(vocab_size=VOCAB, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                                   num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=256)
    return transformers.LlamaForCausalLM(cfg).eval()


def _generate(model, processors, n=8, new=60, seed=0):
    torch.manual_seed(seed)
    prompt = torch.randint(0, VOCAB, (n, 6))
    out = model.generate(prompt, attention_mask=torch.ones_like(prompt), max_new_tokens=new, min_new_tokens=new,
                         do_sample=True, top_k=0, logits_processor=transformers.LogitsProcessorList(processors),
                         pad_token_id=0)
    return [row[6:].tolist() for row in out]


def test_hf_processor_plants_the_key(tiny_model):
    key = seeded_key(104, Scheme(delta=2.0))
    marked = _generate(tiny_model, [WatermarkLogitsProcessor(key)])
    plain = _generate(tiny_model, [], seed=1)
    assert all(d.p_value < 1e-3 for d in detect_each(marked, key))
    assert detect(plain, key).p_value > 1e-3
    assert detect(marked, seeded_key(105)).p_value > 1e-3


def test_hf_processor_leaves_the_prompt_positions_alone(tiny_model):
    key = new_key()
    proc = WatermarkLogitsProcessor(key)
    ids = torch.randint(0, VOCAB, (2, 7))
    scores = torch.zeros(2, VOCAB)
    assert torch.equal(proc(ids, scores), scores)  # first step: no generated context yet
    out = proc(torch.cat([ids, torch.randint(0, VOCAB, (2, 2))], 1), scores)
    assert set(out.unique().tolist()) == {0.0, key.scheme.delta}


def test_vllm_request_processor_matches_the_hf_one(tmp_path):
    master = new_key()
    write_keys(tmp_path / "keys.json", [master])
    key = wm_vllm.key_for({"distillguard_watermark": master.key_id, "distillguard_account": "acct-9"},
                          str(tmp_path / "keys.json"))
    assert key == canary_key(master, "acct-9")
    assert wm_vllm.key_for({}, str(tmp_path / "keys.json")) is None
    with pytest.raises(ValueError, match="not in this server's key file"):
        wm_vllm.key_for({"distillguard_watermark": "wm-unknown"}, str(tmp_path / "keys.json"))
    apply = wm_vllm.request_processor(key)
    logits = torch.zeros(VOCAB)
    assert torch.equal(apply([5], logits), logits)  # one generated token: no full context yet
    hf = WatermarkLogitsProcessor(key)
    hf(torch.tensor([[1, 2, 3]]), torch.zeros(1, VOCAB))  # remembers the prompt length
    want = hf(torch.tensor([[1, 2, 3, 5, 9]]), torch.zeros(1, VOCAB))[0]
    assert torch.equal(apply([5, 9], logits), want)
    assert float(np.mean((want > 0).numpy())) == pytest.approx(0.25, abs=0.08)


def test_a_model_trained_on_watermarked_text_is_radioactive_and_a_clean_one_is_not():
    """End to end on CPU in seconds: tiny students fine-tuned on watermarked vs clean sequences,
    then the open-weight reading test (on fresh un-watermarked text) and the black-box test."""
    from distillguard.provenance import radioactivity
    from tests_support import watermarked_texts

    key = seeded_key(106, Scheme(context_width=1))  # width 1: every context recurs, so a tiny model learns fast
    rng = np.random.default_rng(0)
    marked = watermarked_texts(key, rng, VOCAB, n=120, length=40, strength=0.95)
    clean = watermarked_texts(key, rng, VOCAB, n=120, length=40, strength=0.0)
    read = watermarked_texts(key, rng, VOCAB, n=40, length=40, strength=0.0)

    def student(data):
        torch.manual_seed(1)
        cfg = transformers.LlamaConfig(vocab_size=VOCAB, hidden_size=64, intermediate_size=128, num_hidden_layers=1,
                                       num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=64)
        model = transformers.LlamaForCausalLM(cfg)
        opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
        ids = torch.tensor(data)
        for step in range(150):
            batch = ids[(step * 16) % len(ids):][:16]
            loss = model(input_ids=batch, labels=batch).loss
            loss.backward()
            opt.step()
            opt.zero_grad()
        return model.eval()

    trained, untouched = student(marked), student(clean)
    assert radioactivity.reading(trained, read, [key]).fired
    assert not radioactivity.reading(untouched, read, [key]).fired
    # the students' own generations, black box
    gen = [_generate(m, [], n=8, new=40) for m in (trained, untouched)]
    assert radioactivity.blackbox(gen[0], [key]).detections[0].p_value < 1e-3
    assert radioactivity.blackbox(gen[1], [key]).detections[0].p_value > 1e-3
