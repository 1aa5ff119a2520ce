"""distillguard: detect, contain, attribute and report unauthorized model distillation.

The data flows one way, and the sub-packages are named after its stages:
sources -> normalize -> signals (per exchange) -> behaviour (per account) -> linkage (graph)
-> campaigns -> risk (scores + evidence) -> verdicts / report; sim and evaluate measure it all.
"""

__version__ = "0.1.0"
