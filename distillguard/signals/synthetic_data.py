"""Synthetic-data generation: Self-Instruct style prompts that ask for batches of new instructions,
tasks, input-output instances or training examples (a distillation data factory).
"""

from __future__ import annotations

from distillguard.signals._cues import CueDetector
from distillguard.signals.registry import register

_MAKE = r"(?:generate|create|write|produce|come up with|brainstorm|give me|list|make|draft|compose|synthesi[sz]e|invent|design)"
_MANY = r"(?:\d+|ten|twenty|thirty|fifty|hundred|a (?:list|set|batch|bunch) of|several|many|more|additional|new)"
_DATA_STRONG = r"(?:instructions|tasks|prompts|instances|training (?:examples|data|samples|pairs)|input[- ]output (?:pairs|examples|instances)|q&a pairs|question[- ]answer pairs|instruction[- ]response pairs|data points|datapoints)"
_DATA_WEAK = r"(?:questions|examples|samples|dialogues|conversations|problems|exercises|queries|scenarios)"

_CUES = (
    # --- English
    (_MAKE + r"\s+(?:me\s+)?" + _MANY + r"\s+(?:more\s+|new\s+)?(?:\w+\s+){0,3}?" + _DATA_STRONG + r"\b", 0.75),
    (_MAKE + r"\s+(?:me\s+)?" + _MANY + r"\s+(?:more\s+|new\s+)?(?:\w+\s+){0,3}?" + _DATA_WEAK + r"\b", 0.4),
    (r"(?:training|fine-?tuning|instruction[- ]tuning|synthetic|distillation)\s+(?:data|dataset|examples|samples|corpus)", 0.45),
    (r"(?:input[- ]output|question[- ]answer|instruction[- ]response|prompt[- ]completion|instruction[- ]input[- ]output)\s+(?:pairs|instances|examples|triples|format)", 0.6),
    (r"\b(?:diverse|varied|different|unique|novel)\s+(?:set of\s+)?(?:task\s+)?(?:instructions|tasks|prompts|questions|examples)", 0.45),
    (r"new (?:tasks|instructions)\b", 0.45),
    (r"(?:task|instruction)\s*\d+\s*:|###\s*instruction|\"(?:instruction|input|output)\"\s*:", 0.35),
    (r"self[- ]instruct|alpaca(?: format| style)|sharegpt|evol[- ]instruct", 0.7),
    (r"\b(?:jsonl|json lines)\b", 0.25),
    (r"(?:classification|non-classification) task", 0.35),
    # --- Chinese
    (r"(?:生成|编写|创建|给出|列出|设计|构造|写出?)\s*(?:\d+|[一二三四五六七八九十百几多]+)\s*(?:个|条|组|道|份)?.{0,12}(?:指令|任务|样本|训练数据|问答对)", 0.75),
    (r"(?:生成|编写|创建|给出|列出|设计|构造|写出?)\s*(?:\d+|[一二三四五六七八九十百几多]+)\s*(?:个|条|组|道|份)?.{0,12}(?:问题|示例|例子|对话|题目)", 0.4),
    (r"(?:训练|微调|合成|蒸馏)(?:数据|样本|集|语料)", 0.6),
    (r"(?:多样|不同|各种|多种)(?:化)?的?(?:指令|任务|问题|提示)", 0.45),
    (r"输入.{0,3}输出(?:对|示例|样例|格式)|问答对|指令.{0,3}回复对", 0.55),
    # --- Russian
    (r"(?:сгенерируй|создай|придумай|напиши|составь|сформулируй|приведи)\w*\s+(?:\d+|десять|двадцать|тридцать|пятьдесят|сто|несколько|много|ещ[её])\s+.{0,30}(?:инструкци|задани|задач|пример\w* для обучения|обучающ)", 0.75),
    (r"(?:сгенерируй|создай|придумай|напиши|составь|сформулируй|приведи)\w*\s+(?:\d+|десять|двадцать|тридцать|пятьдесят|сто|несколько|много|ещ[её])\s+.{0,30}(?:вопрос|пример|диалог)", 0.4),
    (r"(?:обучающ|синтетическ|тренировочн)\w*\s+(?:данн|пример|выборк|набор|датасет)", 0.6),
    (r"разнообразн\w*\s+(?:набор\w*\s+)?(?:инструкци|задани|задач|вопрос|пример)", 0.45),
    (r"(?:пар\w*)\s+[«\"]?(?:вопрос|вход|инструкци)", 0.5),
)


@register
class SyntheticData(CueDetector):
    name = "synthetic_data"
    family = "content"
    explains = "extraction_intent"  # its plain-words explanation where the cues match
    version = "1"
    atlas = ("AML.T0024.002", "AML.T0005")
    description = "ask for batches of synthetic instructions or training examples"
    threshold = 0.5
    cues = _CUES
