"""Link kinds, one module each. `all_kinds()` gives one instance of every built-in kind."""

from __future__ import annotations

from distillguard.linkage.base import LinkKind
from distillguard.linkage.kinds.account_creation import CreationBurst
from distillguard.linkage.kinds.client_fingerprint import ClientFingerprint
from distillguard.linkage.kinds.dataset_sweep import DatasetSweep
from distillguard.linkage.kinds.ip_address import SharedAddress
from distillguard.linkage.kinds.ip_network import SharedNetwork
from distillguard.linkage.kinds.model_pivot import ModelPivot
from distillguard.linkage.kinds.network_name import SharedHostingNetwork
from distillguard.linkage.kinds.payment import SharedPayment
from distillguard.linkage.kinds.synchronized_activity import SynchronizedActivity
from distillguard.linkage.kinds.system_prompt import SharedSystemPrompt
from distillguard.linkage.kinds.template_skeleton import SharedTemplates

BUILTIN: tuple[type[LinkKind], ...] = (
    SharedAddress,
    SharedNetwork,
    SharedHostingNetwork,
    SharedPayment,
    ClientFingerprint,
    SharedSystemPrompt,
    SharedTemplates,
    DatasetSweep,
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
