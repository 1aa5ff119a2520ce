#!/usr/bin/env python3
"""Halyard week: an independent, labelled traffic generator for a model-distillation detector.

    python3 gen.py --seed 127 --out DIR

writes DIR/traffic.jsonl.gz (exchange log, docs/formats.md section 1) and DIR/labels.json (section 4).
Deterministic from the seed (byte-identical reruns); standard library only (orjson used when installed).
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from world import World  # noqa: E402
from corpora import Corpora  # noqa: E402
import benign_a as BA  # noqa: E402
import benign_b as BB  # noqa: E402
import camp_a as CA  # noqa: E402
import camp_b as CB  # noqa: E402

DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))

# (name, function) in a fixed order; each gets its own seeded random stream
BENIGN = [
    ("consumer_chat", BA.consumer_chat), ("mobile_cgnat", BA.mobile_cgnat), ("hobbyist_dev", BA.hobbyist_dev),
    ("ide_vendor", BA.ide_vendor), ("ide_byok", BA.ide_byok), ("agent_framework", BA.agent_framework),
    ("ci_bot", BA.ci_bot), ("rag_backend", BA.rag_backend), ("nocode_automation", BA.nocode_automation),
    ("eval_company", BB.eval_company), ("synthetic_data_licensed", BB.synthetic_data_licensed),
    ("university_class", BB.university_class), ("research_group", BB.research_group),
    ("translation_agency", BB.translation_agency), ("router_relay", BB.router_relay),
    ("enterprise_batch", BB.enterprise_batch), ("edu_tutor_app", BB.edu_tutor_app), ("reseller_pool", BB.reseller_pool),
    ("support_bot", BB.support_bot), ("safety_redteam", BB.safety_redteam),
]
CAMPAIGNS = [
    ("c-n01", CA.hydra_cot_burst), ("c-n02", CA.rubric_reward_model), ("c-n03", CA.censorship_safe_rewrite),
    ("c-n04", CA.proxy_reseller_hydra), ("c-n05", CA.release_pivot), ("c-n06", CA.narrow_agentic_coding),
    ("c-n07", CB.agent_loop_smuggling), ("c-n08", CB.aged_sleeper_drip), ("c-n09", CB.ci_bot_mimicry),
    ("c-n10", CB.paraphrase_mutated_items), ("c-n11", CB.multilingual_codeswitch), ("c-n12", CB.split_operator_cells),
    ("c-n13", CB.reseller_enduser_harvest), ("c-n14", CB.schema_channel_reasoning), ("c-n15", CB.eval_lab_cover),
    ("c-n16", CB.consumer_conversation_drip), ("c-n17", CA.thin_fleet), ("c-n18", CA.router_partitioned_sweep),
]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=127)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=os.environ.get("GEN_N_DATA", DEFAULT_DATA),
                    help="folder of the public corpora (default: <repo>/../shared/data)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.data) and os.path.isdir("/work/shared/data"):
        args.data = "/work/shared/data"
    t0 = time.time()
    C = Corpora(args.data)
    W = World(args.seed, args.out)
    try:
        for name, fn in BENIGN:
            fn(W, C, W.rng("benign:" + name))
        for cid, fn in CAMPAIGNS:
            fn(W, C, W.rng("campaign:" + cid), cid=cid)
        W.finish(args.seed)
    except BaseException:
        import shutil
        shutil.rmtree(W.tmp, ignore_errors=True)
        raise
    if not args.quiet:
        camp = sum(1 for v in W.labels.values() if v["label"] == "campaign")
        print("exchanges %d  accounts %d  campaign accounts %d  campaign end users %d  (%.1fs)" % (
            W.n, len(W.labels), camp, len(W.end_users), time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
