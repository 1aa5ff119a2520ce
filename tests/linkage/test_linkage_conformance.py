"""Every registered link kind passes the importable conformance checks; every kind module is registered."""

import pkgutil

import pytest

from distillguard.linkage import conformance, kinds
from distillguard.linkage.kinds import BUILTIN, all_kinds


@pytest.mark.parametrize("check", conformance.CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("kind", all_kinds(), ids=lambda k: k.name)
def test_kind_conforms(kind, check):
    check(kind)


def test_every_kind_module_is_registered():
    modules = {m.name for m in pkgutil.iter_modules(kinds.__path__)}
    registered = {cls.__module__.rsplit(".", 1)[-1] for cls in BUILTIN}
    assert modules == registered, f"kind modules not in BUILTIN: {sorted(modules - registered)}"
    assert len({cls.name for cls in BUILTIN}) == len(BUILTIN)


def test_a_broken_kind_is_named():
    class BadName(type(all_kinds()[0])):
        name = "shared_ip"

    with pytest.raises(AssertionError, match="should be named SharedIp"):
        conformance.check_traits_and_words(BadName())
