"""How the extraction-intent classifier reads response-format JSON schemas (the format channel).

`extraction_intent` reads a direct request's `response_format` JSON schema as text (session 40).
The classifier was trained on prompts, not schemas, so this measures what it makes of them:

- twelve production-style schemas written for this benchmark (classification with a reasoning
  field, labelling with a rationale, OpenAI's math-tutor example, a judge's score, extraction,
  summaries, triage, moderation, SQL), none of them a harvest: each hit is a false one;
- optionally, the distinct schemas of labelled logs (`--log DIR`, a folder holding
  traffic.jsonl.gz and labels.json, e.g. the blind logs of benchmarks/foreign), grouped by
  population or campaign: the share of each group's distinct schemas read as an ask.

    .venv/bin/python benchmarks/bench_schema_channel.py [--log /work/foreign/gen_s ...] [--leave-one-out]

`--leave-one-out` also counts the hits that still hit with any one of the schema's top-level
fields removed (how much a hit rests on one field).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from distillguard.signals import extraction_intent as ei

S, A = {"type": "string"}, {"type": "array", "items": {"type": "string"}}


def _schema(properties: dict) -> dict:
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


# Written for this benchmark: what benign apps send (none asks for a reasoning trace to train on).
PRODUCTION = {
    "ticket category with reasoning": _schema({"reasoning": S, "category": {"type": "string",
                                                                           "enum": ["billing", "tech", "other"]}}),
    "sentiment with explanation": _schema({"explanation": S, "sentiment": {"type": "string",
                                                                          "enum": ["pos", "neg", "neu"]}}),
    "label, rationale, confidence": _schema({"rationale": S, "label": S, "confidence": {"type": "number"}}),
    "judge: reasoning and score": _schema({"reasoning": S, "score": {"type": "integer"}}),
    "math tutor (OpenAI's structured-outputs example)": _schema({
        "steps": {"type": "array", "items": _schema({"explanation": S, "output": S})}, "final_answer": S}),
    "answer with its chain of thought": _schema({"chain_of_thought": S, "answer": S}),
    "analysis and verdict": _schema({"analysis": S, "verdict": S}),
    "meeting summary": _schema({"summary": S, "key_points": A, "action_items": A}),
    "contact extraction": _schema({"name": S, "email": S, "company": S}),
    "moderation": _schema({"is_safe": {"type": "boolean"}, "reason": S}),
    "text to SQL": _schema({"thought": S, "sql_query": S}),
    "triage": _schema({"urgency": S, "justification": S, "next_steps": A}),
}


def score(schemas: list[dict]) -> list[tuple[float, str | None]]:
    """(score, intent or None under the threshold) per schema, read as `extraction_intent` reads it."""
    texts = pa.array([json.dumps(s, ensure_ascii=False) for s in schemas], pa.string())
    s, intents, _ = ei._score_texts(texts, where="response schema chars")
    return list(zip(map(float, s), intents.to_pylist()))


def robust_hits(schemas: list[dict]) -> int:
    """Hits that still hit with any one top-level field removed (and dropped from `required`)."""
    robust = 0
    for schema, (_, intent) in zip(schemas, score(schemas)):
        props = schema.get("properties") or {}
        if intent is None or not props:
            continue
        variants = [dict(schema, properties={k: v for k, v in props.items() if k != field},
                         required=[r for r in schema.get("required", []) if r != field]) for field in props]
        robust += all(i is not None for _, i in score(variants))
    return robust


def log_schemas(folder: Path) -> dict[str, list[dict]]:
    """Distinct response schemas of a labelled log, by "label: population or campaign"."""
    labels = json.loads((folder / "labels.json").read_text())["accounts"]
    seen: dict[str, dict[str, dict]] = defaultdict(dict)
    with gzip.open(folder / "traffic.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if '"json_schema"' not in line:
                continue
            record = json.loads(line)
            text = ei._schema_of(json.dumps(record.get("params") or {}))
            if not text or record.get("end_user"):
                continue
            who = labels.get(record.get("account_id"), {})
            group = f"{who.get('label', '?')}: {who.get('campaign_id') or who.get('population') or '?'}"
            seen[group].setdefault(text, json.loads(text))
    return {g: list(v.values()) for g, v in seen.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--log", action="append", default=[], help="a labelled log folder (repeatable)")
    parser.add_argument("--leave-one-out", action="store_true", help="count hits that survive one field's removal")
    args = parser.parse_args()
    threshold = ei._model().threshold
    print(f"classifier threshold {threshold:.4f}\n")
    print("| production-style schema (benign) | score | read as |")
    print("|---|---|---|")
    hits = 0
    for (name, _), (s, intent) in zip(PRODUCTION.items(), score(list(PRODUCTION.values()))):
        hits += intent is not None
        print(f"| {name} | {s:.4f} | {intent or '-'} |")
    print(f"\n{hits} of {len(PRODUCTION)} production-style schemas read as an ask"
          + (f", {robust_hits(list(PRODUCTION.values()))} whatever one field is removed" if args.leave_one_out else "")
          + "\n")
    for folder in map(Path, args.log):
        groups = log_schemas(folder)
        if not groups:
            print(f"{folder.name}: no direct request sends a json_schema\n")
            continue
        extra = " | ... whatever one field is removed" if args.leave_one_out else ""
        print(f"| {folder.name}: group | distinct schemas | read as an ask{extra} |")
        print("|---|---|---|" + ("---|" if args.leave_one_out else ""))
        for group, schemas in sorted(groups.items()):
            read = sum(intent is not None for _, intent in score(schemas))
            robust = f" | {robust_hits(schemas)}" if args.leave_one_out else ""
            print(f"| {group} | {len(schemas)} | {read}{robust} |")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
