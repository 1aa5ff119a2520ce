"""Link kinds, one module each. `all_kinds()` gives one instance of every built-in kind."""

from __future__ import annotations

from distillguard.linkage.base import LinkKind
from distillguard.linkage.kinds.creation_burst import CreationBurst
from distillguard.linkage.kinds.shared_client_fingerprint import SharedClientFingerprint
from distillguard.linkage.kinds.complementary_sweep import ComplementarySweep
from distillguard.linkage.kinds.shared_ip import SharedIp
from distillguard.linkage.kinds.shared_network import SharedNetwork
from distillguard.linkage.kinds.model_pivot import ModelPivot
from distillguard.linkage.kinds.shared_hosting_network import SharedHostingNetwork
from distillguard.linkage.kinds.shared_payment import SharedPayment
from distillguard.linkage.kinds.synchronized_activity import SynchronizedActivity
from distillguard.linkage.kinds.shared_system_prompt import SharedSystemPrompt
from distillguard.linkage.kinds.shared_template import SharedTemplate

BUILTIN: tuple[type[LinkKind], ...] = (
    SharedIp,
    SharedNetwork,
    SharedHostingNetwork,
    SharedPayment,
    SharedClientFingerprint,
    SharedSystemPrompt,
    SharedTemplate,
    ComplementarySweep,
    SynchronizedActivity,
    CreationBurst,
    ModelPivot,
)


def all_kinds() -> tuple[LinkKind, ...]:
    return tuple(cls() for cls in BUILTIN)


def get_kind(name: str) -> LinkKind:
    for cls in BUILTIN:
        if cls.name == name:
            return cls()
    raise KeyError(f"unknown link kind {name!r}; known: {', '.join(c.name for c in BUILTIN)}")
