"""Rubric grading: the model used as a reward model / judge (score a response on a scale, compare two
responses, pick the better answer), which turns the served model into a labeller for training data.
"""

from __future__ import annotations

from distillguard.signals._cues import CueDetector
from distillguard.signals.registry import register

_SCALE = r"(?:on a scale|from 1 to|1\s*-\s*(?:5|7|10|100)\b|1 to (?:5|7|10|100)|0 to (?:5|10|100)|out of (?:5|10|100)|scale of)"
_ITEM = r"(?:response|answer|output|completion|reply|assistant|model|summary|translation|essay|submission|generation)"

_CUES = (
    # --- English
    (r"(?:score|rate|grade|evaluate|assess|judge|mark)\b.{0,80}" + _SCALE, 0.7),
    (r"(?:score|rate|grade|evaluate|assess|judge)\b.{0,40}\b(?:the|this|following|each|both|these)\s+(?:\w+\s+)?" + _ITEM + r"s?\b", 0.5),
    (r"(?:according to|based on|using|against|following)\s+(?:the|this|these|my|a)\s+(?:following\s+|given\s+|provided\s+)?(?:rubric|criteria|scoring guide|grading guide|evaluation criteria|scoring rules)", 0.75),
    (r"\brubric\b", 0.4),
    (r"which (?:of (?:the|these) (?:two )?|one )?" + _ITEM + r"s?\s+(?:\(\w\)\s+)?(?:is|was|seems)\s+(?:\w+\s+)?(?:better|more helpful|more accurate|preferred|superior|worse|more correct|best)", 0.85),
    (r"(?:compare|rank)\b.{0,40}\b(?:two|both|these|the following)\s+" + _ITEM + r"s", 0.7),
    (_ITEM + r"\s*(?:\(?a\)?|1)\s*[:\]](?s:.*)" + _ITEM + r"\s*(?:\(?b\)?|2)\s*[:\]]", 0.4),
    (r"\[\[a\]\]|\[\[b\]\]|\[\[\d+\]\]", 0.6),
    (r"reward model|preference (?:label|data|pair)|pairwise (?:comparison|preference)|as an? (?:impartial |fair |expert )?(?:judge|grader|evaluator|rater)", 0.75),
    (r"(?:helpfulness|harmlessness|honesty|correctness|coherence|factuality|relevance)\b.{0,60}\b(?:score|rating|points)", 0.55),
    (r"(?:score|rating|grade)\s*[:=]\s*[\[\(<]?\s*(?:\d|x|n)\b", 0.45),
    # --- Chinese
    (r"(?:根据|按照|依据)(?:以下|下面|这个|给定的)?的?(?:评分)?(?:标准|准则|细则|量表|评分表)", 0.65),
    (r"(?:打分|评分|评为|评个分|给出分数|分数)", 0.35),
    (r"(?:[0-9一二三四五六七八九十]+)\s*(?:到|至|-|~|－)\s*(?:[0-9]+|十|五|百)\s*分", 0.6),
    (r"哪(?:个|一个|份)(?:回答|回复|答案|输出|翻译)更(?:好|优|准确|有帮助)", 0.9),
    (r"(?:比较|对比|评估|评价)(?:以下|下面|这)?(?:两个|两份|这些)(?:回答|回复|答案|输出)", 0.8),
    (r"(?:奖励模型|偏好数据|作为(?:评委|评审|裁判|评分员))", 0.75),
    # --- Russian
    (r"(?:оцени|поставь оценку|выстави балл|выставь оценку|поставь балл)\w*.{0,80}(?:от 1 до|по шкале|из 10|из 5|из 100|балл)", 0.85),
    (r"(?:как\w*|котор\w*)\s+(?:из\s+(?:двух|этих)\s+)?(?:ответ|вариант|перевод)\w*\s+(?:лучше|предпочтительн|точнее|полезнее)", 0.85),
    (r"по (?:критериям|рубрике|шкале|следующим критериям)", 0.5),
    (r"(?:сравни|оцени)\w*\s+.{0,30}(?:ответ|перевод|текст)\w*", 0.4),
    (r"(?:модель вознаграждения|в роли (?:судьи|оценщика|эксперта-оценщика))", 0.75),
)


@register
class RubricGrading(CueDetector):
    name = "rubric_grading"
    family = "content"
    explains = "extraction_intent"  # its plain-words explanation where the cues match
    version = "1"
    atlas = ("AML.T0024.002", "AML.T0005")
    description = "use the model as a grader or reward model (score or compare responses)"
    threshold = 0.5
    cues = _CUES
