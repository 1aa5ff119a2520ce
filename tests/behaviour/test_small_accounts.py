"""behaviour.small_accounts on hand-built feature rows."""

import numpy as np
import pyarrow as pa

from distillguard.behaviour import small_accounts

SPECS = {
    "extraction_intent": {"evidence": "extraction", "family": "content", "explains": None},
    "cot_elicitation": {"evidence": "extraction", "family": "content", "explains": "extraction_intent"},
    "dataset_match": {"evidence": "behaviour", "family": "dataset_sweep", "explains": None},
}


def _features(rows):
    cols = ("account_id", "exchanges", "distinct_prompts", "count_extraction_intent", "count_cot_elicitation",
            "count_dataset_match")
    return pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})


def test_harvest_only_small_accounts():
    f = _features([
        ("fleet", 3, 3, 3, 0, 0),       # every prompt an extraction hit
        ("cover", 4, 4, 2, 0, 0),       # half of them: one cover request per hit does not hide it
        ("student", 4, 4, 1, 4, 0),     # one hit (the cue list only explains, it does not count)
        ("one_ask", 1, 1, 1, 0, 0),     # a single prompt says nothing
        ("big", 40, 40, 40, 0, 0),      # judged alone, not small
        ("sweeper", 3, 3, 0, 0, 3),     # a dataset sweep is behaviour, not what is asked
    ])
    assert small_accounts.small_accounts(f, 5).tolist() == [True, True, True, False, False, True]
    assert small_accounts.harvest_only(f, SPECS, 5).tolist() == [True, True, False, False, False, False]
    assert small_accounts.counts(f, SPECS, 5) == {"accounts": 4, "harvest_only": 2}
    np.testing.assert_array_equal(small_accounts.extraction_hits(f, SPECS), [3, 2, 1, 1, 40, 0])


def test_harvest_shaped_accounts_just_over_the_floor():
    f = _features([
        ("six", 6, 6, 4, 0, 0),        # just over the floor, harvest-shaped
        ("nine", 9, 9, 4, 0, 0),       # 4 of 9: under half
        ("ten", 10, 10, 10, 0, 0),     # no longer "just over" (NEAR_FLOOR x 5)
        ("small", 3, 3, 3, 0, 0),      # under the floor: harvest_only, not over it
    ])
    assert small_accounts.harvest_over_the_floor(f, SPECS, 5).tolist() == [True, False, False, False]
    assert small_accounts.harvest_only(f, SPECS, 5).tolist() == [False, False, False, True]
