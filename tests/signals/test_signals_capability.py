"""Capability labels."""

from __future__ import annotations

from distillguard import schema
from distillguard.signals import get_detector


def test_labels(table):
    prompts = [
        "Write a Python function that merges two sorted lists.",
        "Solve for x: 3x + 7 = 22. What is the probability that x is prime?",
        "Write a short story about a lighthouse keeper who finds a message in a bottle.",
        "Translate this into French: I would like a coffee, please.",
        "Summarize the key points of this article in three bullets.",
        "How are you today?",
        "Fix the failing test in the repo.",
    ]
    tools = [None] * 6 + [4]
    out = get_detector("capability").score(table(prompts, **{schema.TOOLS: tools}))
    assert out.column("capability.label").to_pylist() == [
        "coding",
        "math reasoning",
        "creative writing",
        "translation",
        "summarization",
        "general chat",
        "agentic coding / tool use",
    ]


def test_tool_messages_mean_tool_use(table):
    msgs = '[{"role": "user", "content": "weather?"}, {"role": "assistant", "tool_calls": [{"id": "1"}]}, {"role": "tool", "content": "{}"}]'
    out = get_detector("capability").score(table(["and tomorrow?"], **{schema.INPUT_MESSAGES: [msgs]}))
    assert out.column("capability.label").to_pylist() == ["agentic coding / tool use"]
