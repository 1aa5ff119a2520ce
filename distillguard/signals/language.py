"""Language of the prompt: `language.code` (ISO 639-1, "und" when there is no text) and a
confidence score.

How: count letters per Unicode script (RE2 `\\p{Han}`, `\\p{Cyrillic}`, ...) and take the dominant
script; kana means Japanese even among Han characters; Ukrainian and Persian are told from
Russian and Arabic by their own letters. Latin-script text is split into en/es/fr/de/pt/it/nl by
counting each language's common function words. Latin text with no function word at all ("hello",
code) is reported as "en" with low confidence. Confidence = the dominant script's share of
letters, times the function-word margin for Latin text. Rough by design: good enough to see that a
campaign runs in Chinese, not a linguistic tool.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.signals import _text
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import register

LANGUAGE_CHARS = 2000  # the opening of a prompt tells its language

# (code, pattern): non-Latin scripts, tested in this order of precedence.
_SCRIPTS = (
    ("ja", r"[\p{Hiragana}\p{Katakana}]"),
    ("zh", r"\p{Han}"),
    ("ko", r"\p{Hangul}"),
    ("ru", r"\p{Cyrillic}"),
    ("ar", r"\p{Arabic}"),
    ("he", r"\p{Hebrew}"),
    ("hi", r"\p{Devanagari}"),
    ("th", r"\p{Thai}"),
    ("el", r"\p{Greek}"),
)
_UKRAINIAN = r"[іїєґ]"
_PERSIAN = r"[پچژگ]"

# Word boundaries for Latin-script function words (RE2's \b is ASCII-only; a `[^\p{L}]` class
# would cost milliseconds of regex compilation on every call).
_LATIN_LETTER = r"a-z\x{c0}-\x{24f}"
_B, _E = r"(?:^|[^" + _LATIN_LETTER + r"])(?:", r")(?:[^" + _LATIN_LETTER + r"]|$)"
_FUNCTION_WORDS = (
    ("en", "the|and|is|are|of|to|in|that|it|you|for|with|this|what|how|i|be|was|not|can|my|on|hello|hi|please|thanks|write"),
    ("es", "el|los|las|que|y|una|es|por|con|para|como|del|pero|qué|cómo|está|hola|gracias|muy"),
    ("fr", "le|les|des|du|et|est|une|qui|dans|pour|pas|sur|avec|ce|je|vous|il|au|bonjour|merci|c'est|très"),
    ("de", "der|die|das|und|ist|nicht|ein|eine|zu|mit|den|von|ich|sie|auf|für|wie|dem|auch|sich|hallo|bitte|danke"),
    ("pt", "os|não|um|uma|em|do|da|dos|das|você|é|olá|obrigado|muito|isso|mas"),
    ("it", "il|di|che|della|sono|per|non|gli|questo|ciao|grazie|anche|come|è|perché"),
    ("nl", "het|een|en|van|ik|je|niet|dat|zijn|wat|hoe|maar|voor|hallo|bedankt"),
)


def _latin_letters(texts: pa.Array) -> np.ndarray:
    """Latin letters per row, = the RE2 count of `\\p{Latin}` (which costs one regex match per letter,
    two thirds of this detector's time): ASCII rows count [A-Za-z] bytes in numpy; other rows
    add the length of their non-ASCII part left after deleting every run of non-Latin characters."""
    n = len(texts)
    counts = np.zeros(n, np.int64)
    if n == 0:
        return counts
    flat = pa.concat_arrays([texts]) if texts.offset else texts
    offsets = np.frombuffer(flat.buffers()[1], np.int32)[: n + 1].astype(np.int64)
    data = np.frombuffer(flat.buffers()[2], np.uint8) if flat.buffers()[2] is not None else np.zeros(0, np.uint8)
    folded = data[offsets[0] : offsets[-1]] | 0x20
    # Letters before each row boundary, by binary search over the letter positions (a cumulative
    # sum of the bool mask would go through numpy's slow casting loop, byte by byte).
    letter_at = np.flatnonzero((folded >= 0x61) & (folded <= 0x7A))
    counts[:] = np.searchsorted(letter_at, offsets[1:] - offsets[0]) - np.searchsorted(letter_at, offsets[:-1] - offsets[0])
    other = np.nonzero(~pc.string_is_ascii(texts).to_numpy(zero_copy_only=False))[0]
    if len(other):
        # Their ASCII letters are counted above; add their non-ASCII Latin letters (é, ß, ...).
        # Drop the ASCII runs first: the Latin filter then runs on a few characters a row.
        non_ascii = pc.replace_substring_regex(texts.take(pa.array(other)), r"[\x00-\x7f]+", "")
        kept = pc.replace_substring_regex(non_ascii, r"\P{Latin}+", "")
        counts[other] += pc.utf8_length(kept).to_numpy(zero_copy_only=False)
    return counts


def _count_now(texts: pa.Array, pattern: str) -> np.ndarray:
    """Matches per row of a subset of rows (not worth sharing between detectors)."""
    return pc.fill_null(pc.count_substring_regex(texts, pattern), 0).to_numpy(zero_copy_only=False).astype(np.int64)


@register
class Language(ExchangeDetector):
    name = "language"
    cost_rank = 50
    evidence = "label"
    version = "1"
    atlas = ()
    description = "are written in this language"
    threshold = 0.5
    inputs = (schema.PROMPT,)

    def output_columns(self) -> dict[str, pa.DataType]:
        return {self.name: pa.float32(), f"{self.name}.code": pa.string()}

    def score(self, exchanges: pa.Table) -> pa.Table:
        texts = _text.text(exchanges, schema.PROMPT, LANGUAGE_CHARS)
        n = len(texts)
        latin = _latin_letters(texts).astype(np.float64)
        # Most prompts hold no letter of the other scripts: one pass finds the rows that do, and
        # only those are counted script by script (the other rows' counts are 0, exactly).
        other = np.nonzero(_text.matches(texts, "|".join(p for _, p in _SCRIPTS), ignore_case=False))[0]
        script_counts = np.zeros((n, len(_SCRIPTS) + 1), np.float64)
        script_counts[:, -1] = latin
        if len(other):
            some = texts.take(pa.array(other))
            script_counts[other, :-1] = np.stack([_count_now(some, p) for _, p in _SCRIPTS], axis=1)
        # Letters of the scripts we know (other scripts count as no letters: "und").
        letters = script_counts.sum(axis=1)
        codes = np.array([c for c, _ in _SCRIPTS] + ["latin"], dtype=object)
        kana = script_counts[:, 0].copy()
        # Japanese mixes kana with kanji (Han): any real share of kana decides for "ja".
        script_counts[:, 0] = np.where(kana >= 0.1 * (kana + script_counts[:, 1]), kana + script_counts[:, 1], 0.0)
        best = np.argmax(script_counts, axis=1) if n else np.zeros(0, int)
        share = script_counts[np.arange(n), best] / np.maximum(letters, 1.0)
        code = codes[best] if n else np.array([], dtype=object)

        # Latin script: function-word votes.
        low = _text.lower(texts)
        votes = np.stack([_text.count(low, _B + words + _E, ignore_case=False) for _, words in _FUNCTION_WORDS], axis=1).astype(np.float64)
        latin_codes = np.array([c for c, _ in _FUNCTION_WORDS], dtype=object)
        top = np.sort(votes, axis=1)[:, ::-1] if n else np.zeros((0, 2))
        margin = np.where(top[:, 0] > 0, (top[:, 0] - top[:, 1]) / np.maximum(top[:, 0], 1.0), 0.0)
        certainty = np.minimum(1.0, top[:, 0] / 3.0)
        latin_code = np.where(top[:, 0] > 0, latin_codes[np.argmax(votes, axis=1)] if n else latin_codes[:0], "en")
        latin_conf = np.where(top[:, 0] > 0, 0.4 + 0.6 * margin * certainty, 0.3)
        is_latin = code == "latin"
        code = np.where(is_latin, latin_code, code)
        conf = np.where(is_latin, share * latin_conf, share)

        # Ukrainian / Persian: their own letters inside Cyrillic / Arabic script.
        for parent, child, letters_of_child, source in (("ru", "uk", _UKRAINIAN, low), ("ar", "fa", _PERSIAN, texts)):
            rows = np.nonzero(code == parent)[0]
            if len(rows):
                code[rows[_count_now(source.take(pa.array(rows)), letters_of_child) >= 2]] = child
        none = letters == 0
        code = np.where(none, "und", code)
        conf = np.where(none, 0.0, conf)
        return _text.output(self.output_columns(), {self.name: conf, f"{self.name}.code": code.astype(str).tolist()})
