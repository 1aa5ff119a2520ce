"""Identity probes: "which model are you", "who trained you", "what is your knowledge cutoff" (en/zh/ru).
Campaigns send these to check which upstream model a proxy is really serving.
"""

from __future__ import annotations

from distillguard.signals._cues import CueDetector
from distillguard.signals.registry import register

_BRANDS = r"(?:gpt|chatgpt|openai|claude|anthropic|gemini|bard|llama|mistral|qwen|deepseek|grok|ernie|文心|通义|千问|гпт|клод|гигачат|gigachat|yandexgpt)"

_CUES = (
    # --- English
    (r"(?:which|what)\s+(?:ai\s+|language\s+|llm\s+|large language\s+|underlying\s+|base\s+|exact\s+)*(?:model|llm|version|ai|chatbot)\s+(?:are you|is this|am i (?:talking|speaking|chatting) (?:to|with)|powers you|are you (?:based|built|running) on|do you (?:use|run on)|is (?:behind|powering) (?:you|this))", 0.9),
    (r"who\s+(?:trained|made|created|developed|built|programmed|designed|owns)\s+you", 0.9),
    (r"(?:what\s+is|what's|when\s+is|tell me)\s+your\s+(?:knowledge\s+|training\s+(?:data\s+)?)?(?:cutoff|cut-off|cut off)|knowledge\s+cut-?\s?off|training (?:data )?cut-?\s?off", 0.85),
    (r"are\s+you\s+(?:really\s+|actually\s+)?(?:a\s+|an\s+|the\s+)?" + _BRANDS, 0.8),
    (r"what(?:'s| is)\s+your\s+(?:model\s+name|model\s+version|architecture|parameter count|model id|version)", 0.8),
    (r"how many parameters (?:do )?you have", 0.7),
    # Weak alone: role-play and small talk say "who are you" too.
    (r"(?:what\s+(?:is|'s)\s+your\s+name|who\s+are\s+you)\b", 0.4),
    (r"(?:your|you're|you are)\s+(?:based on|built on|a version of|a fine-?tune of)", 0.5),
    # --- Chinese
    (r"你是(?:哪个|什么|哪一个|哪种|哪家的?)(?:大)?(?:模型|语言模型|版本|ai|公司)", 0.9),
    (r"你是谁|你叫什么", 0.4),
    (r"(?:谁|哪家公司|哪个公司|什么公司|哪个团队)(?:训练|开发|创造|制造|研发|创建)了?你", 0.9),
    (r"你(?:是由|由)?(?:谁|哪家公司|哪个公司)(?:训练|开发|创造|制造|研发)的", 0.9),
    (r"(?:你的)?(?:知识|训练数据)(?:的)?(?:截止|截至)(?:日期|时间|到)?", 0.85),
    (r"你(?:是|基于|用的是)" + _BRANDS, 0.85),
    (r"你(?:是|用的是|基于)(?:什么|哪个)模型|(?:底层|背后)(?:是)?(?:什么|哪个)模型", 0.9),
    # --- Russian
    (r"(?:как(?:ая|ой))\s+(?:ты\s+)?(?:модель|версия|нейросеть|llm|языковая модель|ии)(?:\s+ты)?", 0.8),
    (r"кто\s+(?:тебя\s+)?(?:обучил|создал|разработал|сделал|натренировал|придумал)(?:\s+тебя)?", 0.9),
    (r"(?:дата|срок|граница|момент)\s+(?:отсечени|отсечк|окончани|актуальност)\w*\s+(?:тво\w+\s+)?(?:знаний|обучения|данных)|до какой даты\s+(?:тво\w+\s+)?(?:знания|данные)", 0.9),
    (r"ты\s+(?:—\s+|- )?" + _BRANDS, 0.75),
    (r"кто ты(?: такой| такая)?\??|как тебя зовут", 0.4),
    (r"на (?:какой|чем|базе какой) (?:модели|архитектуре) ты", 0.9),
)


@register
class IdentityProbe(CueDetector):
    name = "identity_probe"
    family = "content"
    explains = "extraction_intent"  # its plain-words explanation where the cues match
    version = "1"
    atlas = ("AML.T0040",)
    description = "probe which model serves them (model name, creator, knowledge cutoff)"
    threshold = 0.5
    cues = _CUES
