import datetime as dt

import pyarrow as pa
import pytest

from distillguard.campaigns import detect_campaigns, draw_campaign
from distillguard.linkage.synthetic import T0, account_rows, tables


@pytest.fixture(scope="module")
def found():
    rows = []
    for k in range(6):
        rows += account_rows(f"a{k}", 20, step_s=600, ip=f"45.33.1.{k % 2}", user_agent="bot/1", payment="card",
                             created=T0 + dt.timedelta(seconds=k))
    ex, sig = tables(rows)
    risk = pa.table({"account_id": [f"a{k}" for k in range(6)], "risk": [0.99] * 6})
    return detect_campaigns(ex, sig, risk)


def test_draw_png(found):
    png = draw_campaign(found.campaigns[0], found.graph, risk={"a0": 0.99})
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000


def test_draw_svg_is_deterministic(found):
    s1 = draw_campaign(found.campaigns[0], found.graph, format="svg")
    s2 = draw_campaign(found.campaigns[0], found.graph, format="svg")
    assert s1.lstrip().startswith(b"<?xml") and b"shared ip" in s1
    assert s1 == s2


def test_draw_rejects_unknown_format(found):
    with pytest.raises(ValueError):
        draw_campaign(found.campaigns[0], found.graph, format="gif")
