"""Text helpers: token counts consistent with text length, and answers built from real solutions."""

from __future__ import annotations

import functools
import re

_CALC = re.compile(r"<<[^>]*>>")
_EQ = re.compile(r"<<([^=>]+)=([^>]+)>>")


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_CYR = re.compile(r"[\u0400-\u04ff]")


@functools.lru_cache(maxsize=1 << 13)
def tokens(text: str | None) -> int:
    """Approximate BPE token count: ~4 chars/token for Latin text, ~1.5 for CJK, ~3 for Cyrillic.

    Cached: the simulator re-sends the same conversation prefixes and pool texts many times.
    """
    if not text:
        return 0
    n = len(text)
    if text.isascii():
        return max(1, (n + 2) // 4)
    # Multi-byte characters show up as extra UTF-8 bytes: 2 per CJK char, 1 per Cyrillic char.
    # (A text mixing both is rare; it is counted as its dominant script.)
    extra = len(text.encode("utf-8")) - n
    if _CJK.search(text):
        cjk, cyr = extra // 2, 0
    else:
        cjk, cyr = 0, extra
    return max(1, int((n - cjk - cyr) / 4.0 + cjk / 1.5 + cyr / 3.0 + 0.5))


def messages_tokens(messages: list[dict]) -> int:
    """Prompt tokens of a chat request: content plus ~4 tokens of framing per message."""
    total = 3
    for m in messages:
        c = m.get("content")
        if isinstance(c, str):
            total += tokens(c)
        elif isinstance(c, list):
            total += sum(tokens(part.get("text", "")) for part in c if isinstance(part, dict))
        total += 4
    return total


def gsm8k_final(answer: str) -> str:
    return answer.rsplit("####", 1)[-1].strip()


def gsm8k_steps(answer: str) -> list[str]:
    """The solution's lines without calculator annotations and without the final '#### x' line."""
    body = answer.rsplit("####", 1)[0]
    return [_CALC.sub("", line).strip() for line in body.strip().splitlines() if line.strip()]


def gsm8k_equations(answer: str) -> list[str]:
    """The solution's arithmetic as 'expr = value' (language-neutral, reused for zh/ru answers)."""
    return [f"{a} = {b}" for a, b in _EQ.findall(answer)]


@functools.lru_cache(maxsize=1 << 14)
def gsm8k_response(answer: str, lang: str = "en", style: str = "plain") -> str:
    """A model's answer to a GSM8K item, in the prompt's language, built from the real solution."""
    final = gsm8k_final(answer)
    if lang == "zh":
        eqs = gsm8k_equations(answer) or gsm8k_steps(answer)
        body = "\n".join(f"第{i}步：{e}" for i, e in enumerate(eqs, 1))
        return f"我们一步一步来分析这道题。\n\n{body}\n\n因此，最终答案是 {final}。"
    if lang == "ru":
        eqs = gsm8k_equations(answer) or gsm8k_steps(answer)
        body = "\n".join(f"Шаг {i}: {e}" for i, e in enumerate(eqs, 1))
        return f"Решим задачу по шагам.\n\n{body}\n\nСледовательно, ответ: {final}."
    steps = gsm8k_steps(answer)
    if style == "tags":
        return "<thinking>\n" + "\n".join(steps) + "\n</thinking>\n<answer>" + final + "</answer>"
    if style == "numbered":
        return "\n".join(f"Step {i}: {s}" for i, s in enumerate(steps, 1)) + f"\n\nAnswer: {final}"
    return "\n".join(steps) + f"\nThe answer is {final}."


@functools.lru_cache(maxsize=1 << 13)
def gsm8k_reasoning(answer: str, question: str) -> str:
    """Reasoning-model thinking text for a GSM8K item (longer than the answer, self-checking)."""
    steps = gsm8k_steps(answer)
    final = gsm8k_final(answer)
    first = question.split(". ")[0][:160]
    parts = [f"Okay, let me parse the problem. {first}."]
    for s in steps:
        parts.append(f"{s} Let me double-check that arithmetic... yes, that's right.")
    parts.append(f"So the final answer should be {final}. Let me verify it against the question once more: it is consistent.")
    return "\n".join(parts)


def generic_reasoning(prompt: str, response: str, effort: str | None = None) -> str:
    """Reasoning-model thinking text for any request: restates the ask, plans, drafts, checks.

    Returned for every request served by a reasoning model (benign or not), so the mere presence
    of reasoning text is not a campaign tell.
    """
    ask = " ".join(prompt[:300].split())[:200]  # slice first: prompts can be long
    first = " ".join(response[:320].split())[:240]
    parts = [f"The user asks: \"{ask}\". Let me figure out what a complete answer needs.",
             f"A good answer could start like this: {first}",
             "Let me check that this is accurate and addresses every part of the request before answering."]
    if effort == "high":
        parts.insert(2, "Let me also consider alternative interpretations and edge cases, and verify each claim step by step.")
    return "\n".join(parts)
