"""Language id: scripts and Latin-script function words."""

from __future__ import annotations

from distillguard.signals import get_detector

SAMPLES = {
    "en": "Could you please explain how the immune system works and what it does?",
    "zh": "请解释一下免疫系统是如何工作的，它有什么作用？",
    "ru": "Объясни, пожалуйста, как работает иммунная система и что она делает?",
    "ja": "免疫システムがどのように機能するのか説明してください。",
    "ko": "면역 체계가 어떻게 작동하는지 설명해 주세요.",
    "ar": "هل يمكنك أن تشرح كيف يعمل جهاز المناعة وماذا يفعل؟",
    "es": "¿Podrías explicar cómo funciona el sistema inmunológico y qué es lo que hace por el cuerpo?",
    "fr": "Pourriez-vous expliquer comment fonctionne le système immunitaire et ce qu'il fait pour le corps ?",
    "de": "Kannst du bitte erklären, wie das Immunsystem funktioniert und was es für den Körper tut?",
    "uk": "Поясніть, будь ласка, як працює імунна система і що вона робить для організму?",
}


def test_languages(table):
    det = get_detector("language")
    out = det.score(table(list(SAMPLES.values())))
    codes = out.column("language.code").to_pylist()
    assert codes == list(SAMPLES)
    assert all(c >= 0.5 for c in out.column("language").to_pylist())


def test_no_letters_is_und(table):
    out = get_detector("language").score(table(["", "12345 + 678", None]))
    assert out.column("language.code").to_pylist() == ["und", "und", "und"]
    assert out.column("language").to_pylist() == [0.0, 0.0, 0.0]
