"""The green-list function: one definition, identical under numpy and torch, keyed, a fair share."""

import numpy as np
import pytest

from distillguard.provenance.keys import new_key
from distillguard.provenance.scheme import Scheme, green_mask, is_green


def test_green_share_is_gamma_and_depends_on_the_key():
    a, b = new_key(Scheme(gamma=0.25)), new_key(Scheme(gamma=0.25))
    ctx = np.random.default_rng(0).integers(0, 50_000, size=(32, 2))
    ma = green_mask(a.scheme, a.salts, ctx, 50_000)
    mb = green_mask(b.scheme, b.salts, ctx, 50_000)
    assert abs(ma.mean() - 0.25) < 0.005
    assert abs((ma & mb).mean() - 0.25 * 0.25) < 0.005  # another key: an independent draw
    # each context its own list
    assert abs((ma[0] & ma[1]).mean() - 0.0625) < 0.01


def test_mask_and_pointwise_test_agree():
    k = new_key(Scheme(gamma=0.5, context_width=3))
    ctx = np.random.default_rng(1).integers(0, 1000, size=(5, 3))
    mask = green_mask(k.scheme, k.salts, ctx, 1000)
    for i in range(5):
        tokens = np.arange(1000)
        assert (is_green(k.scheme, k.salts, np.repeat(ctx[i:i + 1], 1000, 0), tokens) == mask[i]).all()


def test_torch_and_numpy_agree_bit_for_bit():
    torch = pytest.importorskip("torch")
    k = new_key()
    ctx = np.random.default_rng(2).integers(0, 2**17, size=(16, 2))
    m_np = green_mask(k.scheme, k.salts, ctx, 49_152)
    m_t = green_mask(k.scheme, k.salts, torch.tensor(ctx), 49_152, xp=torch)
    assert (m_t.numpy() == m_np).all()


@pytest.mark.parametrize("bad", [dict(gamma=0.0), dict(gamma=1.0), dict(delta=-1.0), dict(context_width=0)])
def test_bad_parameters_refused(bad):
    with pytest.raises(ValueError):
        Scheme(**bad)
