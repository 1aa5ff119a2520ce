"""Coarse capability the exchange exercises (`capability.label`) with a confidence score.

Labels: "agentic coding / tool use" (tool definitions or tool messages in the request, or prompts
that hand the model tools), "coding", "math reasoning", "creative writing", "translation",
"summarization", "role-play", else "general chat". Each label is a weighted-cue score (regexes over
the prompt, en/zh/ru); the label is the highest-scoring one if it reaches MIN_LABEL, and the score
is its confidence (for "general chat": one minus the best other score). Campaigns concentrate on a
few capabilities (agentic coding, tool use, math reasoning); the behaviour stage measures that.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from distillguard import schema
from distillguard.signals import _text
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import register

MIN_LABEL = 0.4
GENERAL = "general chat"
TOOL_USE = "agentic coding / tool use"

_LABEL_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    TOOL_USE: (
        (r"you have access to (?:the following )?(?:tools|functions)|function[- ]calling|tool[- ]calls?|call (?:the|a) (?:tool|function)|available tools", 0.6),
        (r"(?:agent|agentic)\b.{0,40}(?:repository|repo|codebase|terminal|shell|browser)", 0.5),
    ),
    "coding": (
        (r"```", 0.5),
        (r"(?:^|\n)\s*(?:def |class |import |from \S+ import|#include|public static|function\s*\w*\s*\(|const \w+ =|let \w+ =|fn \w+\(|package \w+|using namespace)", 0.6),
        (r"(?:write|create|implement|fix|debug|refactor|optimi[sz]e)\s+(?:a |an |the |this |my )?(?:\w+\s+){0,3}?(?:function|script|program|code|class|method|query|regex|api|app|bug|algorithm)", 0.65),
        (r"\b(?:python|javascript|typescript|java|c\+\+|c#|rust|golang|sql|bash|powershell|kotlin|swift|php|ruby|html|css|react|django|pandas|numpy|docker|kubernetes|linux)\b", 0.35),
        (r"\b(?:error|exception|traceback|stack trace|compile|syntax|runtime)\b", 0.2),
        (r"(?:写|编写|实现)(?:一个|一段)?.{0,10}(?:代码|函数|程序|脚本)|代码|编程", 0.5),
        (r"(?:напиши|реализуй|исправь)\w*.{0,20}(?:код|функци|программ|скрипт)|код[аеу]?(?:[^а-яё]|$)", 0.5),
    ),
    "math reasoning": (
        (r"\d+\s*[-+*/×÷^=]\s*\d+", 0.3),
        (r"\b(?:solve|calculate|compute|evaluate|simplify|prove|integral|derivative|equation|probability|how many|how much|percent|theorem|fraction|sum of|product of|remainder|prime)\b", 0.35),
        (r"\\(?:frac|int|sum|sqrt|cdot|le|ge|infty)|\$[^$\n]{1,80}\$", 0.5),
        (r"(?:solve|find)\s+(?:for\s+)?[a-z]\b|\b[a-z]\s*\^\s*\d|\bx\s*=", 0.35),
        (r"\b(?:dice|die|marbles|coins?|randomly|expected value|formula|matrix|vector|polynomial|geometry|triangle|circle|radius|algebra|calculus|statistic\w*)\b", 0.25),
        (r"计算|求解|方程|多少|概率|证明|积分|导数", 0.45),
        (r"(?:реши|вычисли|найди|докажи)\w*|уравнени|сколько|вероятност|интеграл|производн", 0.4),
    ),
    "creative writing": (
        (r"(?:write|compose|create|draft)\s+(?:me\s+)?(?:a |an |the )?(?:\w+\s+){0,3}?(?:story|poem|song|lyrics|haiku|limerick|novel|screenplay|script for|fanfic|fan fiction|sonnet|rap|ballad|fable|tale|chapter|dialogue|joke)s?\b", 0.75),
        (r"\b(?:story|poem|poetry|fiction|lyrics|rhyme|verse|plot|narrative|character|characters|scene|script|screenplay|adventure|villain|protagonist)\b", 0.3),
        (r"(?:write|compose|draft|create)\s+(?:me\s+)?(?:a |an |the )?(?:\w+\s+){0,3}?(?:letter|speech|toast|eulogy|slogan|advert\w*|ad copy|tagline|monologue|scenario|encounter|campaign|blog post|essay)s?\b", 0.5),
        (r"сценари|(?:придумай|сочини)\w*\s", 0.45),
        (r"写(?:一|个|首|篇|段)*(?:诗|故事|小说|歌词|剧本)|(?:诗歌|小说|故事)", 0.6),
        (r"(?:напиши|сочини|придумай)\w*\s+(?:\w+\s+)?(?:стих|рассказ|историю|песн|сказк|поэм)", 0.75),
    ),
    "translation": (
        (r"\btranslat(?:e|ion|ing)\b|\binto (?:english|french|spanish|german|chinese|russian|japanese)\b", 0.7),
        (r"翻译|译成|译为", 0.75),
        (r"перевед|переведи|перевод\w* (?:на|с)", 0.75),
    ),
    "summarization": (
        (r"\bsummari[sz](?:e|ation|y)\b|\btl;?dr\b|\bkey (?:points|takeaways)\b", 0.65),
        (r"总结|概括|摘要", 0.65),
        (r"(?:кратко перескажи|перескажи|резюмируй|суммируй|краткое содержание)", 0.65),
    ),
    "role-play": (
        (r"\b(?:act as|pretend (?:to be|you are)|you are now|role[- ]?play|stay in character|you will play)\b", 0.55),
        (r"扮演|角色扮演", 0.55),
        (r"(?:представь,? что ты|ты теперь|играй роль|ролев\w+ игр)", 0.55),
    ),
}


def _uses_tools(exchanges: pa.Table) -> np.ndarray:
    tools = _text.numbers(exchanges, schema.TOOLS) > 0
    messages = _text.text(exchanges, schema.INPUT_MESSAGES, 200_000)
    tool_messages = _text.matches(messages, r"\"role\"\s*:\s*\"(?:tool|function|ipython)\"|\"tool_calls\"\s*:\s*\[\s*\{", ignore_case=False)
    return tools | tool_messages


@register
class Capability(ExchangeDetector):
    name = "capability"
    cost_rank = 40
    evidence = "label"
    version = "1"
    atlas = ("AML.T0024.002",)
    description = "exercise this capability"
    threshold = 0.5
    inputs = (schema.PROMPT, schema.INPUT_MESSAGES, schema.TOOLS)

    def output_columns(self) -> dict[str, pa.DataType]:
        return {self.name: pa.float32(), f"{self.name}.label": pa.string()}

    def text_part(self) -> "CapabilityLabels":
        return CapabilityLabels()

    def score(self, exchanges: pa.Table) -> pa.Table:
        return self.finish(self.text_part().score(exchanges), exchanges)

    def finish(self, text_scores: pa.Table, exchanges: pa.Table) -> pa.Table:
        labels = list(_LABEL_CUES)
        n = text_scores.num_rows
        scores = (np.stack([c.to_numpy() for c in text_scores.columns], axis=1).astype(np.float64) if n
                  else np.zeros((0, len(labels))))
        tool = labels.index(TOOL_USE)
        scores[:, tool] = np.where(_uses_tools(exchanges), np.maximum(scores[:, tool], 0.9), scores[:, tool])
        best = np.argmax(scores, axis=1) if n else np.zeros(0, int)
        best_score = scores[np.arange(n), best]
        names = np.array(labels, dtype=object)[best] if n else np.array([], dtype=object)
        general = best_score < MIN_LABEL
        label = np.where(general, GENERAL, names)
        confidence = np.where(general, 1.0 - best_score, best_score)
        return _text.output(self.output_columns(), {self.name: confidence, f"{self.name}.label": label.astype(str).tolist()})


class CapabilityLabels(ExchangeDetector):
    """The prompt-only part of `Capability`: each label's cue score (not registered: it is
    `Capability.text_part()`, remembered across batches by a SignalMemo)."""

    name = "capability_labels"
    version = Capability.version  # the same cues
    atlas = ("AML.T0024.002",)
    description = "label cue scores of the prompt"
    inputs = (schema.PROMPT,)

    def output_columns(self) -> dict[str, pa.DataType]:
        return {f"{self.name}.{i}": pa.float32() for i in range(len(_LABEL_CUES))}

    def score(self, exchanges: pa.Table) -> pa.Table:
        texts = _text.text(exchanges, schema.PROMPT, 5000)
        scores = _text.cue_scores(texts, list(_LABEL_CUES.values()))
        return _text.output(self.output_columns(), dict(zip(self.output_columns(), scores)))
