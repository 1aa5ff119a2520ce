#!/usr/bin/env python3
"""gen_o: labelled traffic of Heliand KI (a DACH model provider), one week from 2028-01-10.

    python3 gen.py --seed 131 --out DIR      -> DIR/traffic.jsonl.gz, DIR/labels.json
"""
import argparse
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import benign_a  # noqa: E402
import benign_b  # noqa: E402
import camp_a  # noqa: E402
import camp_b  # noqa: E402
import camp_c  # noqa: E402
from common import World  # noqa: E402
from corpora import DATA, Corpora  # noqa: E402

BENIGN = [benign_a.consumer_app_relay, benign_a.router_aggregator, benign_a.public_sector, benign_a.university_students,
          benign_a.course_shared_card, benign_a.exam_prep_school, benign_a.nlp_lab_synthetic, benign_a.hackathon_trial,
          benign_b.legaltech_template, benign_b.tax_law_seats, benign_b.translation_office, benign_b.eval_contractor,
          benign_b.coding_agents_ci, benign_b.mittelstand_enterprise, benign_b.consumer_direct, benign_b.vpn_privacy_users,
          benign_b.research_power_users, benign_b.trial_signups, benign_b.llm_judge_qa_vendor, benign_b.customer_support_bots]
CAMPAIGNS = camp_a.ALL + camp_b.ALL + camp_c.ALL


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=131)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=DATA, help="folder of the public corpora (default %(default)s)")
    ap.add_argument("--level", type=int, default=6, help="gzip level")
    args = ap.parse_args(argv)
    t0 = time.time()
    C = Corpora(args.data)
    W = World(args.seed)
    os.makedirs(args.out, exist_ok=True)
    W.open_spool(os.path.join(args.out, ".spool_gen_o"))
    for fn in BENIGN + CAMPAIGNS:
        n0 = W.count
        fn(W, C, args.seed)
        print("%-28s %7d exchanges  (%.1fs)" % (fn.__name__, W.count - n0, time.time() - t0), file=sys.stderr)
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "traffic.jsonl.gz")
    with open(path + ".tmp", "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=args.level) as gz:
            for lines in W.days():
                if lines:
                    gz.write(b"\n".join(lines))
                    gz.write(b"\n")
    os.replace(path + ".tmp", path)
    labels = {"version": 1,
              "accounts": {a.id: a.label for a in sorted(W.accounts.values(), key=lambda a: a.id) if a.n > 0},
              "end_users": {}}
    for u in sorted(W.end_users):
        d = dict(W.end_users[u])
        d["account_ids"] = sorted(d.pop("_seen"))
        if d["account_ids"]:
            labels["end_users"][u] = d
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    camp = sum(1 for a in W.accounts.values() if a.n and a.label["label"] == "campaign")
    print("exchanges %d, accounts %d (campaign %d), labelled campaign end users %d, %.1fs"
          % (W.count, len(labels["accounts"]), camp, len(labels["end_users"]), time.time() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
