"""Where an account seems to come from, and whether the clues agree.

Three independent clues: the country of the account's usual IP (offline geoip2fast database),
the time zone implied by its hours of activity (people are active in their afternoon), and the
languages of its prompts. A residential user in Germany writing German prompts at German office
hours is consistent; a "US" account whose prompts are Chinese and whose activity peaks at 03:00
US time is not (proxy resellers route traffic through other countries). These are weak clues on
their own; the risk stage only lets them add to stronger evidence.
"""

from __future__ import annotations

import ipaddress

from distillguard.normalize.addresses import geoip_database

# Typical UTC offset (hours) of where most of a country's people live. Coarse on purpose: the
# feature only asks whether activity hours are off by many hours, not by one.
COUNTRY_UTC_OFFSET: dict[str, float] = {
    "US": -6, "CA": -5, "MX": -6, "BR": -3, "AR": -3, "CL": -4, "CO": -5, "PE": -5, "VE": -4,
    "GB": 0, "IE": 0, "PT": 0, "ES": 1, "FR": 1, "DE": 1, "NL": 1, "BE": 1, "CH": 1, "AT": 1,
    "IT": 1, "SE": 1, "NO": 1, "DK": 1, "PL": 1, "CZ": 1, "HU": 1, "FI": 2, "EE": 2, "LV": 2,
    "LT": 2, "UA": 2, "RO": 2, "BG": 2, "GR": 2, "IL": 2, "EG": 2, "ZA": 2, "TR": 3, "RU": 3,
    "BY": 3, "SA": 3, "AE": 4, "IR": 3.5, "PK": 5, "IN": 5.5, "BD": 6, "TH": 7, "VN": 7, "ID": 7,
    "MY": 8, "SG": 8, "PH": 8, "CN": 8, "HK": 8, "TW": 8, "KR": 9, "JP": 9, "AU": 10, "NZ": 12,
    "NG": 1, "KE": 3, "KZ": 5,
}

# Languages commonly written in a country (ISO 639-1). English is accepted everywhere (it is the
# lingua franca of API traffic), so only a non-English language foreign to the IP country counts.
COUNTRY_LANGUAGES: dict[str, frozenset[str]] = {
    k: frozenset(v)
    for k, v in {
        "US": ["es"], "CA": ["fr"], "MX": ["es"], "BR": ["pt"], "AR": ["es"], "CL": ["es"],
        "CO": ["es"], "PE": ["es"], "VE": ["es"], "GB": [], "IE": ["ga"], "PT": ["pt"],
        "ES": ["es", "ca"], "FR": ["fr"], "DE": ["de"], "NL": ["nl"], "BE": ["nl", "fr", "de"],
        "CH": ["de", "fr", "it"], "AT": ["de"], "IT": ["it"], "SE": ["sv"], "NO": ["no", "nb"],
        "DK": ["da"], "PL": ["pl"], "CZ": ["cs"], "HU": ["hu"], "FI": ["fi", "sv"], "EE": ["et", "ru"],
        "LV": ["lv", "ru"], "LT": ["lt"], "UA": ["uk", "ru"], "RO": ["ro"], "BG": ["bg"], "GR": ["el"],
        "IL": ["he", "ar"], "EG": ["ar"], "ZA": ["af"], "TR": ["tr"], "RU": ["ru"], "BY": ["be", "ru"],
        "SA": ["ar"], "AE": ["ar"], "IR": ["fa"], "PK": ["ur"], "IN": ["hi", "bn", "ta", "te"],
        "BD": ["bn"], "TH": ["th"], "VN": ["vi"], "ID": ["id"], "MY": ["ms", "zh"], "SG": ["zh", "ms"],
        "PH": ["tl"], "CN": ["zh"], "HK": ["zh"], "TW": ["zh"], "KR": ["ko"], "JP": ["ja"],
        "AU": [], "NZ": [], "NG": [], "KE": ["sw"], "KZ": ["kk", "ru"],
    }.items()
}

# Local hour at which people's API activity peaks (mid-afternoon).
LOCAL_PEAK_HOUR = 14.0


def ip_country(ip: str | None) -> str | None:
    """ISO country code of an IP from the offline database; None for private, hashed or bad values."""
    if not ip or ip.startswith("hmac-"):
        return None
    try:
        ipaddress.ip_address(ip)
    except ValueError:
        return None
    db = geoip_database()
    if db is None:  # the database could not be loaded: no country, not an error
        return None
    try:
        result = db.lookup(ip)
    except Exception:  # the database raises on odd inputs; a missing country is not an error
        return None
    code = getattr(result, "country_code", "") or ""
    if getattr(result, "is_private", False) or len(code) != 2 or code == "--":
        return None
    return code


def circular_hour_distance(a: float, b: float) -> float:
    """Distance between two clock hours on the 24-hour circle (0..12)."""
    d = abs(a - b) % 24.0
    return min(d, 24.0 - d)


def implied_utc_offset(peak_hour_utc: float) -> float:
    """UTC offset under which the account's busiest UTC hour would be mid-afternoon local time."""
    offset = (LOCAL_PEAK_HOUR - peak_hour_utc) % 24.0
    return offset - 24.0 if offset > 12.0 else offset


def timezone_mismatch_hours(peak_hour_utc: float | None, country: str | None) -> float | None:
    """How many hours the activity-implied time zone is off from the IP country's (None if unknown)."""
    if peak_hour_utc is None or country not in COUNTRY_UTC_OFFSET:
        return None
    return circular_hour_distance(implied_utc_offset(peak_hour_utc), COUNTRY_UTC_OFFSET[country])


UNDETERMINED = "und"


def language_fits_country(language: str | None, country: str | None) -> bool | None:
    """Whether a prompt language is plausible for a country (None when either is unknown; "und",
    the language detector's "undetermined" for code, numbers and very short prompts, is unknown,
    not foreign)."""
    if not language or language == UNDETERMINED or country not in COUNTRY_LANGUAGES:
        return None
    return language == "en" or language in COUNTRY_LANGUAGES[country]
