"""`distillguard watermark ...`: keys for the output watermark, canary keys, detection.

    distillguard watermark keygen --out watermark.json [--gamma 0.25 --delta 2 --context-width 2]
    distillguard watermark canary --key watermark.json --verdicts verdicts.json --out canaries.json
    distillguard watermark detect FILES... --key watermark.json [--per-text] [--json] [--tokenizer smollm2]

Generation happens in the model server (`distillguard.provenance.hf` for transformers,
`distillguard.provenance.vllm` for vLLM); this command makes and reads keys and tests text.
Secrets are written to files readable by their owner only and never printed.
"""

from __future__ import annotations

import json
import os

import click

from distillguard.cli.common import echo
from distillguard.errors import DistillguardError, UsageError


@click.group("watermark")
def command() -> None:
    """Output watermark: make keys, derive per-account canary keys, detect a key in text."""


def _check_new(path: str, force: bool) -> None:
    if os.path.exists(path) and not force:
        raise UsageError(f"{path} exists; a key file is never overwritten without --force")


@command.command("keygen")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False), help="Key file to write (mode 600).")
@click.option("--gamma", default=0.25, show_default=True, help="Share of the vocabulary that is green at each token.")
@click.option("--delta", default=2.0, show_default=True, help="Logit bias on green tokens (strength).")
@click.option("--context-width", default=2, show_default=True, help="Previous tokens that seed each green list.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def keygen(out_path: str, gamma: float, delta: float, context_width: int, force: bool) -> None:
    """Make a new random watermark key."""
    from distillguard.provenance.keys import new_key, write_keys
    from distillguard.provenance.scheme import Scheme

    _check_new(out_path, force)
    try:
        scheme = Scheme(gamma=gamma, delta=delta, context_width=context_width)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    key = new_key(scheme)
    write_keys(out_path, [key])
    echo(f"wrote {out_path}: key {key.key_id} (gamma {gamma}, delta {delta}, context width {context_width})")


@command.command("canary")
@click.option("--key", "key_path", required=True, type=click.Path(dir_okay=False), help="The master key file.")
@click.option("--account", "accounts", multiple=True, metavar="ID", help="An account (repeatable).")
@click.option("--verdicts", "verdicts_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Or: every flagged account of a scan's verdicts.")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False), help="Keyring to write (mode 600).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def canary(key_path: str, accounts: tuple[str, ...], verdicts_path: str | None, out_path: str, force: bool) -> None:
    """Derive per-account canary keys from a master key (what the gateway serves flagged accounts under)."""
    from distillguard.provenance.keys import canary_key, read_key, write_keys

    _check_new(out_path, force)
    names = list(accounts) + (flagged_accounts(verdicts_path) if verdicts_path else [])
    if not names:
        raise UsageError("give --account ID (repeatable) or --verdicts VERDICTS.json with flagged accounts")
    master = read_key(key_path)
    keys = [canary_key(master, a) for a in dict.fromkeys(names)]
    write_keys(out_path, keys)
    echo(f"wrote {out_path}: {len(keys)} canary keys derived from {master.key_id}")


def flagged_accounts(path: str) -> list[str]:
    from distillguard.verdicts import read_verdicts

    return [a["account_id"] for a in read_verdicts(path).get("accounts", []) if a.get("flagged")]


@command.command("detect")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--key", "key_path", required=True, type=click.Path(dir_okay=False),
              help="A key file or a keyring (several keys: p-values adjusted for testing them all).")
@click.option("--tokenizer", default="smollm2", show_default=True,
              help="The generating model's tokenizer: a bundled name or a tokenizer.json path.")
@click.option("--per-text", is_flag=True, help="One test per text, beside the test of all texts together.")
@click.option("--alpha", default=1e-3, show_default=True, help="A key is reported as present when p < alpha (adjusted).")
@click.option("--no-dedup", is_flag=True, help="Score repeated (context, token) tuples every time (p-values then do not hold on repetitive text).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def detect(files: tuple[str, ...], key_path: str, tokenizer: str, per_text: bool, alpha: float, no_dedup: bool,
           as_json: bool) -> None:
    """Test texts for a watermark key: green-token count and its exact p-value.

    FILES: .txt (one text a file), .jsonl (one text a line: a string, or an object with text /
    response / completion / output / answer / content, or an OpenAI chat completion), .json (a list).
    """
    from distillguard.provenance import detect as wm
    from distillguard.provenance.keys import read_keys
    from distillguard.provenance.texts import read_texts
    from distillguard.provenance.tokenizer import load

    keys = read_keys(key_path)
    got = read_texts(list(files))
    if not got.texts:
        raise DistillguardError(f"no text to test ({got.summary()})")
    ids = load(tokenizer).encode(got.texts)
    dets = wm.score_keys(wm.all_tuples(ids), keys, dedup=not no_dedup, texts=len(ids))
    adjusted = wm.bonferroni(dets)
    doc = {"texts": len(got.texts), "skipped": got.skipped, "tokenizer": tokenizer, "alpha": alpha,
           "keys": [{**d.to_dict(), "p_adjusted": p, "present": p < alpha} for d, p in zip(dets, adjusted)]}
    if per_text:
        doc["per_text"] = [[{"text": i, "p_value": d.p_value, "scored": d.scored, "green": d.green}
                            for i, d in enumerate(wm.detect_each(ids, k, dedup=not no_dedup))] for k in keys]
    if as_json:
        click.echo(json.dumps(doc, indent=1))
        return
    echo(got.summary())
    for d, p in zip(dets, adjusted):
        verdict = "PRESENT" if p < alpha else "not found"
        echo(f"{d.key_id}: {verdict}: {d.green} of {d.scored} distinct scored tokens green "
             f"({100 * d.green_share:.1f}% vs {100 * d.gamma:.0f}% by chance), p = {p:.3g}"
             + (" (adjusted for the keys tested)" if len(dets) > 1 else ""))
    if per_text:
        for k, rows in zip(keys, doc["per_text"]):
            hits = sum(r["p_value"] < alpha for r in rows)
            echo(f"{k.key_id}: {hits} of {len(rows)} texts have p < {alpha:g} on their own")
