"""The report is one self-contained HTML file: no external resources, plots inline."""

import re

from distillguard.report import register_section, render_report, write_report


def _verdicts():
    accounts = [{"account_id": f"a{i}", "risk": i / 40, "flagged": i >= 39, "campaign_id": "c-1" if i >= 38 else None,
                 "evidence": [{"signal": "cot_elicitation", "score": 0.99, "detail": f"{i} of 40 requests <ask> & reason",
                               "exchange_ids": [f"e{i}"]}]} for i in range(40)]
    campaigns = [{"campaign_id": "c-1", "account_ids": ["a38", "a39"], "risk": 0.99, "exchanges": 80,
                  "first_seen": "2026-11-01T00:00:00Z", "last_seen": "2026-11-02T00:00:00Z", "targets": ["math reasoning"],
                  "evidence": [{"signal": "shared_template", "score": 0.9, "detail": "2 accounts share a template"}]}]
    stats = {"exchanges_read": 100, "exchanges_accepted": 100, "exchanges_quarantined": 0, "accounts": 40,
             "target_fpr": 0.001, "risk_threshold": 0.999, "reference": {"source": "test reference"}, "reference_accounts": 123}
    return {"version": 1, "accounts": accounts, "campaigns": campaigns, "stats": stats}


def test_self_contained(tmp_path):
    path = tmp_path / "r.html"
    timelines = {"a39": [(1793491200 + 3600 * h, h + 1) for h in range(5)]}
    write_report(path, _verdicts(), timelines=timelines)
    html = path.read_text()
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert html.count("<svg") == 2  # risk distribution + timelines
    # nothing fetched from elsewhere: no external src/href, no remote stylesheets or scripts
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "<script" not in html
    assert "test reference" in html and "123 accounts" in html


def test_evidence_is_escaped_and_shown():
    html = render_report(_verdicts())
    assert "39 of 40 requests &lt;ask&gt; &amp; reason" in html
    assert "<ask>" not in html
    assert "c-1" in html and "math reasoning" in html


def test_registered_section_is_drawn():
    register_section("Campaign graphs (test)", lambda v: f"<p>{len(v['campaigns'])} campaign drawing</p>")
    try:
        html = render_report(_verdicts())
        assert "Campaign graphs (test)" in html and "1 campaign drawing" in html
    finally:
        register_section("Campaign graphs (test)", lambda v: None)


def test_empty_scan_renders():
    v = {"version": 1, "accounts": [], "campaigns": [], "stats": {"exchanges_read": 0, "exchanges_accepted": 0,
                                                                  "exchanges_quarantined": 0, "accounts": 0}}
    html = render_report(v)
    assert "No campaigns detected" in html


def test_campaign_figures_embedded_inline():
    import io

    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    html = render_report(_verdicts(), campaign_figures={"c-1": buf.getvalue()})
    assert "Campaign graphs" in html and "src='data:image/png;base64," in html


def test_safety_findings_name_flagged_accounts_only():
    doc = _verdicts()
    finding = [{"signal": "jailbreak", "score": 0.3, "detail": "4 of 12 distinct prompts attempt a jailbreak"}]
    doc["accounts"][39]["findings"] = finding  # flagged
    doc["accounts"][5]["findings"] = finding  # not flagged: counted, never named
    html = render_report(doc)
    section = html[html.index("<h2>Safety findings</h2>"):]
    assert "2 account(s) sent prompts with safety findings" in section and "1 of them flagged" in section
    assert "<code>a39</code>" in section and "<code>a5</code>" not in section


def test_relays_counted_and_only_flagged_ones_named():
    doc = _verdicts()
    front = {"end_users_judged": 30, "end_users_flagged": 20, "flagged_traffic_share": 0.9, "p_value": 1e-40,
             "benign_rate": 0.001, "significant": True}
    busy = dict(front, end_users_judged=1000, end_users_flagged=40, flagged_traffic_share=0.04)
    quiet = dict(front, end_users_judged=800, end_users_flagged=1, flagged_traffic_share=0.001, p_value=0.55,
                 significant=False)
    doc["accounts"][39]["relay"] = front  # flagged: a front for the campaign
    doc["accounts"][6]["relay"] = busy  # significant, not flagged: counted, never named
    doc["accounts"][7]["relay"] = quiet
    html = render_report(doc)
    section = html[html.index("<h2>Relays</h2>"):]
    assert "3 account(s) relay traffic" in section and "2 carry significantly more flagged end users" in section
    assert "<code>a39</code>" in section and "20 of 30" in section and "90%" in section
    assert "<code>a6</code>" not in section and "<code>a7</code>" not in section
