"""Thin fleets: many more small harvest-only accounts than benign traffic holds.

A fleet of fresh accounts that each send two to six extraction requests and go quiet, each
behind its own exit, client build and paraphrase, shares no key that `campaigns.collective` could
pool and stays under the judging floor one account at a time (behaviour.small_accounts). Its
tell is its number: among the scan's M small accounts, K asked mostly for model outputs to
train on (at least two prompts and at least half of them), where the benign reference's small
accounts do so at rate q. When K is beyond Binomial(M, q) at FLEET_P, the scan holds a fleet, and
its harvest-only small accounts in no campaign become one campaign (rule "thin_fleet").

Each member is then as rare as a benign small account can be shown to be: its risk is 1 - q,
with q = (K_ref + 1) / (M_ref + 1), the share of the reference's small accounts as extreme
(counted with the member itself, as risk.score counts a conformal p-value). A reference of a
few hundred small accounts certifies no more than 1 in a few hundred, under the flag bar at 0.1%:
such members get a campaign tie and raised risk, not a flag. The expected number of benign
accounts among them, M x q, is said in the evidence.
"""

from __future__ import annotations

import numpy as np
from scipy.stats import binom

from distillguard.campaigns.gating import Found

# A scan is said to hold a thin fleet only at this binomial tail or below: one test per scan, and
# a false one would tie every harvest-only small account of the scan together.
FLEET_P = 1e-6
# ... and only with this many members in no campaign (campaigns.collective.MIN_GROUP)
MIN_FLEET = 10


def find(found: list[Found], strength: np.ndarray, harvest: np.ndarray, small: np.ndarray,
         reference: dict | None, min_exchanges: int,
         flagged_over_floor: np.ndarray | None = None) -> tuple[list[Found], np.ndarray]:
    """`found` plus a "thin_fleet" campaign of the harvest-only small accounts (`harvest`, account
    indices' mask) in no campaign, when the scan holds more of them than the reference's rate
    (`reference`: {"accounts": M_ref, "harvest_only": K_ref}) allows at FLEET_P. The accounts of
    the same shape just over the judging floor and flagged on their own (`flagged_over_floor`,
    behaviour.small_accounts.harvest_over_the_floor) join it when in no campaign: the fleet's
    accounts that sent a request or two more than most (accused already, only grouped)."""
    if not reference or not reference.get("accounts"):
        return found, strength
    m_ref, k_ref = int(reference["accounts"]), int(reference.get("harvest_only", 0))
    q = (k_ref + 1.0) / (m_ref + 1.0)
    m, k = int(small.sum()), int((harvest & small).sum())
    if k == 0 or m == 0:
        return found, strength
    p = float(binom.sf(k - 1, m, q))
    taken = np.zeros(len(harvest), bool)
    for f in found:
        taken[f.members] = True
    members = np.flatnonzero(harvest & small & ~taken)
    if p > FLEET_P or len(members) < MIN_FLEET:
        return found, strength
    over = np.flatnonzero(flagged_over_floor & ~taken) if flagged_over_floor is not None else members[:0]
    detail = (f"{len(members)} accounts too small to judge alone (fewer than {min_exchanges} requests each) asked "
              f"mostly for model outputs of the kind used to train another model (at least 2 of their "
              f"prompts, and at least half, each answered at length): {k} of this scan's {m} small accounts do, "
              f"where {k_ref} of the benign reference's {m_ref} do (about {m * q:.1f} expected here, "
              f"binomial p = {p:.1g}); each is as rare as 1 in {1.0 / q:.0f} benign small accounts")
    if len(over):
        detail += (f"; with them {len(over)} accounts of the same shape just over that floor, flagged on "
                   f"their own traffic")
    extra = [{"signal": "thin_fleet", "score": 1.0, "detail": detail}]
    strength = strength.copy()
    members = np.union1d(members, over)
    strength[members] = 1.0
    return [*found, Found(1.0 - q, members, "thin_fleet", extra)], strength
