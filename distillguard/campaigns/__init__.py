"""Campaigns: coordinated accounts grouped, judged as a group, described, and drawn.

    result = detect_campaigns(exchanges, signals, accounts)   # accounts: account_id, risk[, flagged]
    result.campaigns      # spec §2 campaign dicts (+ size, rule, origin)
    result.membership     # account_id -> {campaign_id, strength, evidence}
    draw_campaign(result.campaigns[0], result.graph)          # PNG bytes for the HTML report
"""

from distillguard.campaigns.detect import CampaignConfig, CampaignResult, detect_campaigns
from distillguard.campaigns.draw import draw_campaign
from distillguard.campaigns.gating import GateConfig

__all__ = ["CampaignConfig", "CampaignResult", "GateConfig", "detect_campaigns", "draw_campaign"]
