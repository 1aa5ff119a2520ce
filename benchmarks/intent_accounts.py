"""Account-level effect of the extraction-intent classifier: ordinary accounts that slip 6-14
extraction requests into their normal traffic, in one language each. Are they flagged?

Cover: a benign-only simulated log (any scenario without campaigns). Probe accounts are real
benign accounts of the cover (casual chat, students, developers, VPN users with at least
MIN_EXCHANGES exchanges) whose last user turn is replaced, in k random exchanges (k uniform in
6..14), by held-out-task rows of one intent in one language (`intent_corpus`, split "heldout":
tasks and benign prompts the shipped model never trained on; the phrasing families themselves
ARE in its training set, so this is the account-level view of the in-distribution prompt
figure; held-out families and languages are measured at prompt level by intent_holdout.py).
Everything else about the account (timing, volume, client, network) stays ordinary, so only
what it asks can give it away. The log is scanned with `distillguard scan --no-campaigns` and
the verdicts scored here: recall of probes per language and per intent, FPR of the other benign
accounts.

    distillguard sim benchmarks/scenarios/reference.yaml --seed 5 --scale 0.5 \\
        --out cover.jsonl.gz --labels cover_labels.json
    python benchmarks/intent_accounts.py --cover cover.jsonl.gz --labels cover_labels.json --out-dir DIR [--encoder]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from distillguard.signals import intent_corpus as ic  # noqa: E402

HOST_POPULATIONS = ("casual_chat", "students", "developer", "vpn_users")
MIN_EXCHANGES = 20


def _population(label: dict) -> str:
    return str(label.get("population") or label.get("type") or "")


# where each language's probes may be hosted with --match-country (ISO country codes)
LANGUAGE_COUNTRIES = {"en": {"US", "GB", "AU", "CA", "IE", "IN"}, "zh": {"CN", "TW", "SG"}, "de": {"DE", "AT", "CH"},
                      "ru": {"RU"}, "pt": {"BR", "PT"}, "fr": {"FR", "BE", "CA"}, "ko": {"KR"}, "ja": {"JP"},
                      "es": {"ES", "MX", "AR"}, "it": {"IT"}, "hi": {"IN"}, "nl": {"NL", "BE"}, "ar": {"SA", "EG", "AE"},
                      "fa": {"IR"}, "id": {"ID"}, "pl": {"PL"}, "tr": {"TR"}, "vi": {"VN"}}


def _country_matched(hosts, records, by_account, languages, probes):
    """(host, language) pairs, languages in turn, each host in a country of its language."""
    from distillguard.normalize.addresses import geoip_database

    db = geoip_database()
    country = {}
    for acc in hosts:
        ip = records[by_account[acc][0]].get("ip")
        try:
            country[acc] = db.lookup(ip).country_code if ip and db else None
        except Exception:
            country[acc] = None
    pools = {lang: [a for a in hosts if country[a] in LANGUAGE_COUNTRIES.get(lang, ())] for lang in languages}
    usable = [lang for lang in languages if pools[lang]]
    plan, used = [], set()
    while len(plan) < probes and usable:
        progressed = False
        for lang in usable:
            free = [a for a in pools[lang] if a not in used]
            if free and len(plan) < probes:
                plan.append((free[0], lang))
                used.add(free[0])
                progressed = True
        if not progressed:
            break
    return plan


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cover", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--probes", type=int, default=360)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--encoder", action="store_true", help="scan with the encoder stage (scan --encoder)")
    ap.add_argument("--match-country", action="store_true",
                    help="content only: each probe's host account is in a country where its language is spoken "
                         "(languages without such hosts in the cover are left out), so that no origin mismatch "
                         "(a Farsi request from a US address) adds evidence the request's content did not")
    ap.add_argument("--authors", nargs="*", default=None,
                    help="probe requests only from families of these authors (intent_corpus.family_authors); "
                         "with a model trained without them, the account-level view of the held-out-author figure")
    ap.add_argument("--source", default=None,
                    help="scan with the distillguard package in this folder (PYTHONPATH), e.g. a copy holding "
                         "a model trained without the probes' authors")
    args = ap.parse_args()
    out = Path(args.out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)

    labels = json.loads(Path(args.labels).read_text())["accounts"]
    records = [orjson.loads(line) for line in gzip.open(args.cover, "rb")]
    by_account = defaultdict(list)
    for i, r in enumerate(records):
        by_account[r["account_id"]].append(i)
    hosts = sorted(a for a, idx in by_account.items()
                   if len(idx) >= MIN_EXCHANGES and labels.get(a, {}).get("label") == "benign"
                   and any(p in _population(labels[a]) for p in HOST_POPULATIONS))
    rng.shuffle(hosts)
    languages = ic.phrasing_languages()
    pools = {lang: defaultdict(list) for lang in languages}
    authors = ic.family_authors()
    for lang in languages:
        for row in ic.phrasing_examples(lang, "heldout"):
            # by default the families the shipped model trained on (NEVER_TRAINED_AUTHORS' only on request)
            wanted = (authors[row.family] not in ic.NEVER_TRAINED_AUTHORS if args.authors is None
                      else authors[row.family] in args.authors)
            if row.intent != "none" and wanted:
                pools[lang][row.intent].append(row.text)
    languages = [lang for lang in languages if pools[lang]]
    if args.match_country:
        plan = _country_matched(hosts, records, by_account, languages, args.probes)
    else:
        hosts = hosts[: args.probes]
        plan = [(acc, languages[n % len(languages)]) for n, acc in enumerate(hosts)]
    probe_info = {}
    for acc, lang in plan:
        intent = rng.choice(sorted(pools[lang]))
        idx = by_account[acc]
        k = min(rng.randint(6, 14), len(idx) // 2)
        for i in rng.sample(idx, k):
            msgs = records[i].get("messages") or []
            users = [m for m in msgs if m.get("role") == "user"]
            if users:
                users[-1]["content"] = rng.choice(pools[lang][intent])
            else:
                records[i]["prompt"] = rng.choice(pools[lang][intent])
        probe_info[acc] = {"language": lang, "intent": intent, "k": k, "exchanges": len(idx)}
    traffic = out / "traffic.jsonl.gz"
    with gzip.open(traffic, "wb", compresslevel=3) as f:
        for r in records:
            f.write(orjson.dumps(r) + b"\n")
    verdicts = out / "verdicts.json"
    cli = Path(sys.executable).with_name("distillguard")
    cmd = [str(cli), "-q", "scan", str(traffic), "--out", str(verdicts), "--no-campaigns"] + (["--encoder"] if args.encoder else [])
    env, cwd = None, None
    if args.source:  # `python -m` puts the working directory first on sys.path: run it from the copy
        import os

        cwd = str(Path(args.source).resolve())
        env = dict(os.environ, PYTHONPATH=cwd)
        cmd = [sys.executable, "-m", "distillguard"] + cmd[1:]
    subprocess.run(cmd, check=True, env=env, cwd=cwd)
    doc = json.loads(verdicts.read_text())
    flagged = {a["account_id"]: a for a in doc["accounts"]}
    per_lang = defaultdict(lambda: [0, 0])
    per_intent = defaultdict(lambda: [0, 0])
    for acc, info in probe_info.items():
        hit = bool(flagged.get(acc, {}).get("flagged"))
        per_lang[info["language"]][0] += 1
        per_lang[info["language"]][1] += hit
        per_intent[info["intent"]][0] += 1
        per_intent[info["intent"]][1] += hit
    benign = [a for a in flagged if a not in probe_info and labels.get(a, {}).get("label") == "benign"]
    benign_flagged = [a for a in benign if flagged[a]["flagged"]]
    by_pop = defaultdict(lambda: [0, 0])
    for a in benign:
        pop = _population(labels[a])
        by_pop[pop][0] += 1
        by_pop[pop][1] += flagged[a]["flagged"]
    result = {
        "probes": len(probe_info),
        "probe_recall": sum(v[1] for v in per_lang.values()) / max(1, len(probe_info)),
        "per_language": {k: {"probes": v[0], "recall": v[1] / v[0]} for k, v in sorted(per_lang.items())},
        "per_intent": {k: {"probes": v[0], "recall": v[1] / v[0]} for k, v in sorted(per_intent.items())},
        "benign_accounts": len(benign),
        "benign_flagged": len(benign_flagged),
        "benign_fpr": len(benign_flagged) / max(1, len(benign)),
        "benign_flagged_by_population": {k: v for k, v in sorted(by_pop.items()) if v[1]},
        "benign_flagged_evidence": [flagged[a]["evidence"][:2] for a in benign_flagged[:5]],
    }
    (out / "result.json").write_text(json.dumps(result, indent=1) + "\n")
    (out / "probes.json").write_text(json.dumps(probe_info, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "benign_flagged_evidence"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
