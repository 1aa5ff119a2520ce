"""Origin: which prompt languages are plausible for an IP country."""

from distillguard.behaviour import origin


def test_language_fits_country():
    assert origin.language_fits_country("en", "US") is True  # English fits everywhere
    assert origin.language_fits_country("zh", "US") is False
    assert origin.language_fits_country("zh", "CN") is True
    assert origin.language_fits_country(None, "US") is None
    assert origin.language_fits_country("zh", None) is None


def test_an_undetermined_language_is_unknown_not_foreign():
    """Code, numbers and very short prompts have no language ("und"): a team pasting code from a
    US office is not "in a language unusual for its IP country"."""
    assert origin.language_fits_country(origin.UNDETERMINED, "US") is None
