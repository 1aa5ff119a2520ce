"""`distillguard provenance test`: was a suspect model trained on our watermarked answers?

    # black box: text the suspect generated (collected from its API, or asked here)
    distillguard provenance test --keys watermark.json --suspect-texts suspect_answers.jsonl \\
        [--served served_answers.jsonl] [--json] [--out report.md]
    distillguard provenance test --keys watermark.json --suspect-api http://host:8000/v1 \\
        --suspect-model NAME --prompts prompts.jsonl [--max-tokens 256]
    # open weights: text read through the suspect's weights (transformers; a folder or a GGUF file)
    distillguard provenance test --keys watermark.json --suspect-weights DIR_OR.gguf --read texts.jsonl \\
        [--served served_answers.jsonl]

`--served` gives the watermarked answers we served (to the accounts a scan flagged, say): only
contexts that occur there are scored, which is where a fine-tuned suspect learned the bias.
`--canaries verdicts.json` adds the canary key of every flagged account, derived from each
master key, so the test says whose answers the suspect learned from. p-values are adjusted for
the number of keys tested (Bonferroni).
"""

from __future__ import annotations

import json
import os

import click

from distillguard.cli.common import echo
from distillguard.errors import DistillguardError, UsageError


@click.group("provenance")
def command() -> None:
    """Test a suspect model for our watermark (radioactivity)."""


@command.command("test")
@click.option("--keys", "keys_path", required=True, type=click.Path(dir_okay=False), help="A key file or keyring.")
@click.option("--canaries", "verdicts_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Also test the canary key of every flagged account of these verdicts.")
@click.option("--suspect-texts", multiple=True, type=click.Path(dir_okay=False), help="Black box: text the suspect generated (repeatable).")
@click.option("--suspect-api", default=None, metavar="URL", help="Black box: an OpenAI-compatible base URL to ask (with --prompts).")
@click.option("--suspect-model", default=None, help="The model name to ask at --suspect-api.")
@click.option("--api-key-env", default="SUSPECT_API_KEY", show_default=True, help="Environment variable holding the API key, if one is needed.")
@click.option("--prompts", "prompts_path", default=None, type=click.Path(dir_okay=False), help="Prompts to ask (.jsonl / .json / text).")
@click.option("--max-tokens", default=256, show_default=True)
@click.option("--suspect-weights", default=None, type=click.Path(exists=True), help="Open weights: a transformers folder or a .gguf file.")
@click.option("--read", "read_paths", multiple=True, type=click.Path(dir_okay=False),
              help="Open weights: text to read through the suspect (must not carry the key itself).")
@click.option("--served", "served_paths", multiple=True, type=click.Path(dir_okay=False),
              help="The watermarked answers we served: only their contexts are scored.")
@click.option("--tokenizer", default="smollm2", show_default=True, help="Our generating model's tokenizer (bundled name or tokenizer.json).")
@click.option("--alpha", default=1e-3, show_default=True, help="A key fires when its adjusted p-value is under this.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--out", "out_path", default=None, type=click.Path(dir_okay=False), help="Also write a Markdown report here.")
def test(keys_path, verdicts_path, suspect_texts, suspect_api, suspect_model, api_key_env, prompts_path, max_tokens,
         suspect_weights, read_paths, served_paths, tokenizer, alpha, as_json, out_path) -> None:
    """Test a suspect model for our watermark keys: black box (its text) or open weights (reading)."""
    from distillguard.provenance import radioactivity
    from distillguard.provenance.keys import canary_key, read_keys
    from distillguard.provenance.texts import read_texts
    from distillguard.provenance.tokenizer import load

    modes = sum(bool(x) for x in (suspect_texts, suspect_api, suspect_weights))
    if modes != 1:
        raise UsageError("give one suspect: --suspect-texts FILES, --suspect-api URL (with --prompts) or "
                         "--suspect-weights PATH (with --read)")
    if suspect_weights and not read_paths:
        raise UsageError("--suspect-weights needs --read FILES: text to read through the suspect")
    if suspect_api and not (prompts_path and suspect_model):
        raise UsageError("--suspect-api needs --prompts FILE and --suspect-model NAME")
    keys = read_keys(keys_path)
    if verdicts_path:
        from distillguard.cli.watermark import flagged_accounts

        flagged = flagged_accounts(verdicts_path)
        keys += [canary_key(k, a) for k in list(keys) for a in flagged]
    tok = load(tokenizer)
    served = None
    notes: list[str] = []
    if served_paths:
        widths = {k.scheme.context_width for k in keys}
        if len(widths) != 1:
            raise UsageError("--served with keys of different context widths: test them separately")
        got = read_texts(list(served_paths))
        notes.append(f"served answers: {got.summary()}")
        served = radioactivity.served_contexts(tok.encode(got.texts), widths.pop())
    if suspect_weights:
        got = read_texts(list(read_paths))
        notes.append(f"text read: {got.summary()}")
        model = _load_model(suspect_weights)
        try:
            verdict = radioactivity.reading(model, tok.encode(got.texts), keys, alpha=alpha, served=served)
        except radioactivity.KeyedTextError as exc:
            raise DistillguardError(str(exc)) from exc
    else:
        if suspect_api:
            asked = read_texts([prompts_path])
            texts = _ask(suspect_api, suspect_model, asked.texts, max_tokens, os.environ.get(api_key_env))
            notes.append(f"asked the suspect {len(asked.texts)} prompts; {len(texts)} answers")
        else:
            got = read_texts(list(suspect_texts))
            texts = got.texts
            notes.append(f"suspect text: {got.summary()}")
        if not texts:
            raise DistillguardError("no suspect text to test")
        verdict = radioactivity.blackbox(tok.encode(texts), keys, served=served, alpha=alpha)
    verdict.notes = notes + verdict.notes
    doc = verdict.to_dict()
    if out_path:
        with open(out_path, "w", encoding="utf-8") as f:
            f.write(_markdown(doc))
    if as_json:
        click.echo(json.dumps(doc, indent=1))
        return
    for line in verdict.notes:
        echo(line)
    echo(_headline(doc))
    for k in doc["keys"][:20]:
        echo(f"  {k['key_id']}: {k['green']} of {k['scored']} scored green ({100 * k['green_share']:.1f}% vs "
             f"{100 * k['gamma']:.0f}%), p = {k['p_value']:.3g}, adjusted {k['p_adjusted']:.3g}")


def _headline(doc: dict) -> str:
    if doc["radioactive"]:
        return (f"RADIOACTIVE ({doc['mode']}): the suspect shows watermark key(s) {', '.join(doc['fired'])} "
                f"at adjusted p < {doc['alpha']:g}")
    return f"no evidence ({doc['mode']}): no key's adjusted p-value is under {doc['alpha']:g}"


def _markdown(doc: dict) -> str:
    lines = ["# Radioactivity test", "", _headline(doc), "", "| key | scored tuples | green | share | p | adjusted p |",
             "|---|---|---|---|---|---|"]
    for k in doc["keys"]:
        lines.append(f"| {k['key_id']} | {k['scored']} | {k['green']} | {100 * k['green_share']:.1f}% "
                     f"(chance {100 * k['gamma']:.0f}%) | {k['p_value']:.3g} | {k['p_adjusted']:.3g} |")
    lines += ["", "Method: " + "; ".join(doc["notes"]) + ". Each distinct (context, token) tuple is scored "
              "once; under the null hypothesis (the suspect never learned from text under the key) the green count "
              "is Binomial(scored, gamma), and the p-value is its exact upper tail, adjusted for the number of keys "
              "tested.", ""]
    return "\n".join(lines)


def _load_model(path: str):
    try:
        import torch
        from transformers import AutoModelForCausalLM
    except ImportError as exc:
        raise DistillguardError("the open-weight test needs torch and transformers: pip install 'distillguard[provenance]'") from exc
    try:
        if path.endswith(".gguf"):
            folder, name = os.path.split(os.path.abspath(path))
            model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.float32)
        else:
            model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    except (OSError, ValueError) as exc:
        raise DistillguardError(f"{path}: cannot load the suspect model ({str(exc).splitlines()[0][:200]})") from exc
    if torch.cuda.is_available():
        model = model.to("cuda")
    return model


def _ask(base_url: str, model: str, prompts: list[str], max_tokens: int, api_key: str | None) -> list[str]:
    """The suspect's answers through an OpenAI-compatible chat API (one request at a time)."""
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    url = base_url.rstrip("/") + "/chat/completions"
    out = []
    with httpx.Client(timeout=httpx.Timeout(120.0, connect=10.0), headers=headers) as client:
        for p in prompts:
            try:
                r = client.post(url, json={"model": model, "max_tokens": max_tokens,
                                           "messages": [{"role": "user", "content": p}]})
            except httpx.HTTPError as exc:
                raise DistillguardError(f"{url}: {type(exc).__name__}: {exc}") from exc
            if r.status_code != 200:
                raise DistillguardError(f"{url}: HTTP {r.status_code}: {r.text[:200]}")
            try:
                out.append(r.json()["choices"][0]["message"]["content"] or "")
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                raise DistillguardError(f"{url}: not an OpenAI chat completion") from exc
    return [t for t in out if t.strip()]
