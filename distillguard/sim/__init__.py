"""Labelled traffic simulator: benign populations on real prompts plus distillation campaigns.

`simulate(scenario, out, labels, seed, scale)` writes an exchange log v1 (spec section 1) in time
order and a labels file (spec section 4). See distillguard/sim/scenario.py for the YAML format.
"""

from distillguard.sim.scenario import ScenarioError, load as load_scenario
from distillguard.sim.simulate import SimStats, simulate

__all__ = ["simulate", "load_scenario", "ScenarioError", "SimStats"]
