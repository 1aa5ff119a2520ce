"""System-prompt / hidden-instruction extraction: asking the model to repeat, print, encode or
translate the instructions it was given. Written as verb x object cues (not a list of known
attacks) so rephrasings and new framings (debug mode, JSON, base64, "the text above") still match.
"""

from __future__ import annotations

from distillguard.signals._cues import CueDetector
from distillguard.signals.registry import register

_VERB = r"(?:repeat|print|show|reveal|display|output|tell me|give me|list|disclose|share|leak|dump|write out|write down|recite|copy|paste|echo|spell out|summari[sz]e|translate|encode|encrypt|convert|return|expose|state|describe|paraphrase|what (?:are|were|is|was)|what's|read back|quote|format|enumerate|send)"
_OBJ = r"(?:system\s*(?:prompt|message|instructions?|config\w*|settings?)|systemprompt|system_prompt|(?:initial|original|first|starting|hidden|secret|internal|underlying|pre|previous|prior|above|preceding|confidential|developer|core|base)[- ]?(?:prompt|instructions?|directives?|rules|guidelines|message|configuration)|your\s+(?:own\s+)?(?:instructions|guidelines|rules|directives|configuration|config|prompt|programming|setup instructions)|instructions\s+you\s+(?:were|have been|got)\s+given|(?:text|words|everything|content|message)s?\s+(?:above|before|preceding)|initiali[sz]ation\s+(?:string|prompt|text)|(?:what|everything)\s+you\s+were\s+told)"

_CUES = (
    # --- English
    (_VERB + r"\b.{0,60}" + _OBJ, 0.9),
    (_OBJ + r".{0,40}\b(?:verbatim|word for word|exactly|in full|in (?:json|base64|hex|a code block|markdown))", 0.8),
    (r"system\s*prompt|system message|systemprompt|system_prompt", 0.45),
    (r"(?:your|my|the)\s+(?:initial|original|hidden|secret)\s+(?:instructions|prompt)", 0.6),
    (r"ignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|preceding)\s+(?:instructions|directions|prompts?|rules)", 0.45),
    (r"(?:start|begin)\s+your\s+(?:answer|response|reply|output)\s+with\b", 0.35),
    (r"(?:my|your)\s+instructions\s+(?:are|were)\s*:", 0.6),
    (r"(?:maintenance|debug|developer|diagnostic|admin(?:istrator)?)\s+(?:mode|override|access)", 0.35),
    (r"(?:console\.log|print|echo|printf|puts)\s*\(\s*['\"]?(?:system_?prompt|instructions|config|prompt)", 0.85),
    (r"(?:base64|rot13|hex|morse|emoji|pig latin|binary)\b.{0,40}(?:instructions|prompt|rules|configuration)", 0.5),
    (r"(?:the|this)\s+(?:system\s+)?prompt\s+is\s*:", 0.6),
    (r"(?:opposite|reverse)\s+of\s+your\s+(?:system\s+)?(?:instructions|prompt|rules)", 0.7),
    (r"repeat\s+(?:the\s+|all\s+|everything\s+)?(?:above|previous|preceding)", 0.75),
    # Added after the held-out check (see benchmarks/results/signals.md): generic phrasings of
    # "what you were told before" / "the part you must not say".
    (r"(?:text|words|what|everything|anything)\s+(?:that\s+)?you\s+(?:were|have been|got)\s+(?:given|told|instructed|shown)\s*(?:initially|at first|before|earlier|at the (?:start|beginning)|first)", 0.85),
    (r"what\s+were\s+you\s+(?:told|given|instructed|shown)\b", 0.7),
    (r"(?:i was|you were|you've been|you have been)\s+(?:instructed|told|programmed|configured)\s+to\b", 0.55),
    (r"(?:not supposed|not allowed|forbidden|instructed not)\s+to\s+(?:tell|say|reveal|share|disclose)", 0.6),
    (r"repeat\s+(?:this|the)\s+(?:entire|whole|full)\s+(?:conversation|chat|context|prompt)", 0.8),
    # --- Chinese
    (r"(?:输出|显示|重复|告诉我|展示|打印|泄露|透露|给我看|列出|复述|翻译|编码|说出)(?:一下|出)?.{0,12}(?:系统提示|系统提示词|系统消息|系统指令|初始指令|原始指令|隐藏指令|初始提示|你的(?:指令|提示词|设定|规则))", 0.9),
    (r"(?:系统提示|系统提示词|系统消息|系统指令|初始指令|原始指令|隐藏指令|初始提示|你的(?:指令|提示词|设定))(?:是什么|有哪些|的内容|原文)", 0.9),
    (r"(?:系统提示|系统提示词|初始指令|隐藏指令)", 0.45),
    (r"(?:忽略|无视)(?:之前|以上|上面|先前)的?(?:所有)?(?:指令|指示|提示)", 0.45),
    # --- Russian
    (r"(?:покажи|выведи|повтори|напиши|расскажи|раскрой|перечисли|процитируй|переведи|закодируй|какие|какой|каков\w*)\w*.{0,40}(?:системн\w+\s+(?:промпт|подсказк|сообщени|инструкци|настройк)|(?:начальн|исходн|скрыт|перв\w+|изначальн)\w*\s+(?:инструкци|промпт|указани)|тво\w+\s+(?:инструкци|промпт|указани|правил))", 0.9),
    (r"системн\w+\s+(?:промпт|подсказк|сообщени|инструкци)", 0.45),
    (r"(?:игнорируй|забудь|проигнорируй)\w*\s+(?:все\s+)?(?:предыдущ|прошл|вышеуказанн)\w*\s+(?:инструкци|указани)", 0.45),
)


@register
class SystemPromptExtraction(CueDetector):
    name = "system_prompt_extraction"
    cost_rank = 30
    # A safety finding, like a jailbreak: asking for the system prompt harvests a prompt, not
    # outputs to train on, and security researchers and curious users ask it all the time. It
    # raises distillation risk only beside extraction evidence (risk.score.safety_findings).
    evidence = "safety"
    version = "2"
    atlas = ("AML.T0056",)
    description = "try to extract the system prompt or hidden instructions"
    threshold = 0.5
    cues = _CUES
