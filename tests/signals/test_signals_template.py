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
        "What is the capital city of France, and what is it famous for?",
        "What is the capital city of Spain, and what is it famous for?",
        "Write a poem about the sea, in the style of a sailor's song please.",
        "Write a poem about the sea, in the style of a sailor's song please!",
    ]
    score, sk = _skeletons(prompts, table)
    assert len(set(sk[:3])) == 3 and None not in sk
    assert sk[2] == sk[3]  # nothing to mask: exact (normalized) repeats share a skeleton
    assert all(s < 0.5 for s in score)


def test_chit_chat_and_bare_documents_have_no_skeleton(table):
    """Real users repeat "hello" / "continue": that must not look like a template."""
    prompts = ["hello", "Hello!", "continue", "thanks", "```\nprint(1)\n```"]
    score, sk = _skeletons(prompts, table)
    assert sk == [None] * 5
    assert score == [0.0] * 5
