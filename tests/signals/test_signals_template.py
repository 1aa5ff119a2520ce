"""Template skeletons: instances of one template share a skeleton; different templates and
frameless prompts do not."""

from __future__ import annotations

from collections import Counter

from distillguard import data
from distillguard.signals import get_detector


def _skeletons(prompts, table):
    out = get_detector("template").score(table(prompts))
    return out.column("template").to_pylist(), out.column("template.skeleton").to_pylist()


def test_instances_of_one_template_share_one_skeleton(table):
    g = data.gsm8k()
    prompts = [
        f"Think step by step and show all your work.\n\n{g[i]['question']}\n\nGive the final answer after ####."
        for i in range(0, 6000, 30)
    ]
    score, sk = _skeletons(prompts, table)
    top_share = Counter(sk).most_common(1)[0][1] / len(sk)
    assert top_share >= 0.95
    assert sorted(score)[len(score) // 2] >= 0.5


def test_masks_numbers_quotes_urls_and_labelled_fields(table):
    prompts = [
        f'Translate into German: "{t}" and cite https://example.com/{i} or mail a{i}@x.org. Item {i * 7}.'
        for i, t in enumerate(["good morning", "where is the station", "I like trains very much"])
    ] + [f"Review: {t}\nSentiment (positive/negative):" for t in ["great film", "awful, boring plot", "meh"]]
    _, sk = _skeletons(prompts, table)
    assert len(set(sk[:3])) == 1 and len(set(sk[3:])) == 1 and sk[0] != sk[3]


def test_different_prompts_get_different_skeletons(table):
    prompts = [
        "What is the capital of France?",
        "What is the capital of Spain?",
        "Write a poem about the sea.",
        "hello",
        "Hello!",
    ]
    score, sk = _skeletons(prompts, table)
    assert len(set(sk[:3])) == 3
    assert sk[3] == sk[4]  # frameless prompts: exact (normalized) repeats share a skeleton
    assert all(s < 0.5 for s in score)


def test_pasted_documents_without_frame_do_not_collide(table):
    docs = [("lorem ipsum dolor sit amet " * 20) + str(i) + " unique words number " + "abcdefghij"[i] * 5 for i in range(10)]
    _, sk = _skeletons(docs, table)
    assert len(set(sk)) == 10
