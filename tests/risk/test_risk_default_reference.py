"""The default reference's cache key: what the reference's features are computed by."""

from distillguard.risk import default_reference as loader


def test_a_comment_or_docstring_edit_keeps_the_key_and_a_code_edit_changes_it():
    before = loader.code_digest('def f(x):\n    """Add one."""\n    # why\n    return x + 1\n')
    assert loader.code_digest("def f(x):\n    return x + 1  # another why\n") == before
    assert loader.code_digest("def f(x):\n    return x + 2\n") != before


def test_the_shipped_reference_statistics_match_the_feature_code():
    """Stale statistics score accounts with other features than a scan computes: rebuild them
    (python -m distillguard.references 2) after changing behaviour/ or linkage/cohort.py."""
    ref = loader.load_default_reference()
    assert ref is not None and not ref.meta.get("stale"), ref.meta.get("stale_note")
