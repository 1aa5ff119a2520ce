"""Radioactivity: a suspect whose predictions lean green after served contexts is found; others are not."""

import numpy as np
import pytest

from distillguard.provenance import radioactivity
from distillguard.provenance.keys import canary_key, new_key
from distillguard.provenance.scheme import green_mask

VOCAB = 3000


def _texts(rng, n=60, length=80):
    return [rng.integers(0, VOCAB, length).tolist() for _ in range(n)]


def _leaning_predictions(key, texts, rng, share):
    """Predictions of a model that learned the key's bias: green after `share` of the contexts."""
    w = key.scheme.context_width
    preds = []
    for ids in texts:
        p = np.zeros(len(ids), np.int64)
        for i in range(len(ids)):
            if i < w - 1:
                continue
            mask = green_mask(key.scheme, key.salts, np.array([ids[i - w + 1:i + 1]]), VOCAB)[0]
            pool = np.flatnonzero(mask) if rng.random() < share else np.arange(VOCAB)
            p[i] = rng.choice(pool)
        preds.append(p)
    return preds


def test_reading_finds_a_leaning_model_and_names_the_key():
    rng = np.random.default_rng(0)
    key = new_key()
    accounts = [canary_key(key, f"acct-{i}") for i in range(5)]
    texts = _texts(rng)
    preds = _leaning_predictions(accounts[3], texts, rng, share=0.15)
    v = radioactivity.reading(None, texts, [key] + accounts, preds=preds, check_text=False)
    assert [d.key_id for d in v.fired] == [accounts[3].key_id]
    assert v.to_dict()["radioactive"] is True


def test_reading_an_untouched_model_is_uniform():
    rng = np.random.default_rng(1)
    keys = [new_key() for _ in range(60)]
    texts = _texts(rng)
    preds = [rng.integers(0, VOCAB, len(t)) for t in texts]
    v = radioactivity.reading(None, texts, keys, preds=preds, check_text=False)
    assert not v.fired
    assert np.mean([d.p_value < 0.05 for d in v.detections]) < 0.15


def test_reading_refuses_text_that_carries_the_key():
    from tests_support import watermarked_texts

    rng = np.random.default_rng(2)
    key = new_key()
    with pytest.raises(radioactivity.KeyedTextError, match="carries watermark key"):
        radioactivity.reading(None, watermarked_texts(key, rng, VOCAB), [key], preds=[])


def test_blackbox_with_the_served_filter():
    rng = np.random.default_rng(3)
    key = new_key()
    from tests_support import watermarked_texts

    served_texts = watermarked_texts(key, rng, VOCAB, n=30)
    served = radioactivity.served_contexts(served_texts, key.scheme.context_width)
    # the suspect repeats served phrasing with some green drift: found; fresh random text: not
    suspect = watermarked_texts(key, rng, VOCAB, n=30, strength=0.35)
    assert radioactivity.blackbox(suspect, [key]).fired
    clean = _texts(rng, 30)
    v = radioactivity.blackbox(clean, [key], served=served)
    assert not v.fired and v.detections[0].scored <= len(radioactivity.tuples(clean, 2))
