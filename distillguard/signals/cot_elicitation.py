"""Chain-of-thought / reasoning-trace elicitation: requests that coerce the model to write out its
full internal reasoning (the raw material of a distilled reasoning model), in English, Chinese and
Russian. "Explain step by step" alone is weak (ordinary users say it); asking for the *full /
internal / every-step* trace, or to *reconstruct the reasoning behind a given answer*, is strong.
"""

from __future__ import annotations

from distillguard.signals._cues import CueDetector
from distillguard.signals.registry import register

_SHOW = r"(?:show|reveal|output|write(?: out| down)?|give|print|display|expose|share|dump|include|provide|list|spell out|walk me through|explain|present|document|verbali[sz]e)"
_FULL = r"(?:full|entire|complete|internal|inner|hidden|raw|private|whole|all|every|detailed|exhaustive|unabridged|unfiltered|verbatim|underlying)"
_TRACE = r"(?:reasoning|thoughts?|thinking|chain[- ]of[- ]thought|thought process|scratch ?pad|deliberation|rationale|derivation)"

_CUES = (
    # --- English
    (_SHOW + r"\b.{0,40}\b" + _FULL + r"\b.{0,30}" + _TRACE, 0.9),
    (r"reconstruct\w*\b.{0,60}" + r"(?:reasoning|thought|steps|derivation|thinking|logic)", 0.9),
    (_TRACE + r"\s+(?:that )?(?:behind|led to|leading to|used to reach|for)\s+(?:this|the|that|your|each)\s+(?:given\s+|final\s+|provided\s+)?(?:answer|solution|result|conclusion|label)", 0.85),
    (r"(?:output|show|write|list|print|include|number|detail)\s+(?:out\s+)?(?:every|each|all(?: of)?(?: the| your)?)\s+(?:single\s+)?(?:intermediate\s+|reasoning\s+|logical\s+)?(?:step|thought|calculation)", 0.8),
    (r"internal (?:reasoning|monologue|thoughts?|thinking|deliberation)", 0.8),
    (r"(?:do not|don't|never|without)\s+(?:skip\w*|omit\w*|summari[sz]\w*|abbreviat\w*|leav\w* out|condens\w*)\s+(?:any\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:steps?|reasoning|thoughts?|intermediate)", 0.8),
    (r"chain[- ]of[- ]thought|scratch ?pad", 0.6),
    (r"<\s*/?\s*(?:think|thinking|reasoning|thought|scratchpad)\s*>", 0.7),
    (r"think(?:ing)?\s+(?:it\s+)?(?:through\s+)?(?:step[- ]by[- ]step|out loud|aloud)", 0.4),
    (r"step[- ]by[- ]step", 0.1),
    (r"(?:reasoning|thought process)", 0.2),
    # --- Chinese
    (r"(?:展示|输出|写出|给出|列出|显示|暴露|重建|还原|重构|呈现|写下|说明|描述)(?:你的|出|一下)?.{0,12}(?:推理|思考|思维|推导)(?:过程|步骤|链|路径)", 0.9),
    (r"(?:完整|全部|详细|所有|内部|内在|隐藏|原始|真实)的?(?:推理|思考|思维|推导)(?:过程|链|步骤|内容)?", 0.7),
    (r"(?:答案|结果|结论).{0,10}背后.{0,8}(?:推理|思路|逻辑|过程)", 0.9),
    (r"(?:重建|还原|重构|反推).{0,12}(?:推理|思路|过程|步骤)", 0.9),
    (r"思维链|推理链|思考链|思考过程|推理过程", 0.55),
    (r"(?:一步一步|一步步|逐步|分步)地?(?:思考|推理|推导|分析|解答|解决|求解)", 0.45),
    (r"(?:每一步|每个步骤|所有步骤|每一个步骤)", 0.35),
    (r"(?:不要|不得|别)(?:跳过|省略|简化|概括)", 0.45),
    # --- Russian (no \b: RE2's \b is ASCII-only)
    (r"(?:покажи|выведи|напиши|опиши|распиши|продемонстрируй|восстанови|раскрой|изложи|приведи|выпиши)\w*.{0,40}(?:рассуждени|мышлени|ход\w* мысл|цепочк\w* мысл)", 0.9),
    (r"(?:внутренн|полн|скрыт|подробн|детальн|весь|всю|все)\w*\s+(?:ход\w*\s+)?(?:рассуждени|мышлени|мыслительн|мысл)", 0.75),
    (r"(?:рассуждени|логик|ход мысл)\w*.{0,20}(?:за|стоящ\w* за|привед\w* к)\s+(?:эт|данн|готов|указанн)\w*\s+(?:ответ|решени|результат)", 0.9),
    (r"восстанови\w*.{0,40}(?:рассуждени|ход|шаг|решени|логик)", 0.85),
    (r"(?:ход|цепочк|процесс)\w*\s+(?:рассуждени|мысл|мышлени)", 0.55),
    (r"(?:думай|подумай|рассуждай|размышляй|реши|решай)\w*.{0,20}(?:шаг за шагом|пошагово|по шагам)", 0.45),
    (r"шаг за шагом|пошагово|по шагам", 0.3),
    (r"(?:кажд|все|всех)\w*\s+(?:промежуточн\w*\s+)?(?:шаг|этап)", 0.35),
    (r"(?:не пропускай|ничего не пропуская|без пропусков)", 0.45),
)


@register
class CotElicitation(CueDetector):
    name = "cot_elicitation"
    family = "content"
    explains = "extraction_intent"  # its plain-words explanation where the cues match
    version = "1"
    atlas = ("AML.T0024.002", "AML.T0005")
    description = "ask the model to write out its full reasoning trace"
    threshold = 0.5
    cues = _CUES
