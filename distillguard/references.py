"""Building benign references: the bundled default one (simulated) and one from the user's logs.

A reference is benign traffic scored through the very same stages as a scan
(`pipeline.reference_from_batches`); `risk.default_reference` only loads and caches one. This
module sits beside the pipeline because building runs the simulator and the whole pipeline.

    python -m distillguard.references [WORKERS]      # rebuild the shipped default statistics
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from distillguard import __version__
from distillguard.errors import DistillguardError
from distillguard.risk import default_reference as loader
from distillguard.risk.reference import Reference
from distillguard.risk.score import DEFAULT_MIN_EXCHANGES


def default_reference(*, min_exchanges: int = DEFAULT_MIN_EXCHANGES, announce=None) -> Reference:
    """The default reference: fresh cache entry, else the shipped statistics, else built once and cached."""
    ref = loader.load_default_reference(min_exchanges=min_exchanges)
    if ref is not None:
        return ref
    path = loader.cache_path(min_exchanges)
    if announce:
        announce(f"building the default benign reference (one time, cached in {path.parent}) ...")
    ref = build_default_reference(min_exchanges=min_exchanges)
    ref.meta["cache_key"] = loader.reference_key(min_exchanges)
    try:
        ref.save(path)
    except OSError:
        pass  # an unwritable cache only costs time
    return ref


def build_default_reference(*, min_exchanges: int = DEFAULT_MIN_EXCHANGES, scale: float = 1.0, workers: int = 1,
                            scenario_text: str | None = None) -> Reference:
    """Simulate the benign reference scenario (or `scenario_text`, e.g. with one population left
    out: benchmarks/coordination_holdout.py) and score it through the scan pipeline."""
    from distillguard.pipeline import reference_from_batches
    from distillguard.sim import simulate
    from distillguard.sources import read_exchanges

    text = scenario_text if scenario_text is not None else loader.scenario_text()
    with tempfile.TemporaryDirectory(prefix="distillguard-ref-") as tmp:

        def simulated(name: str, scenario_yaml: str):
            scenario = Path(tmp) / name
            scenario.write_text(scenario_yaml, encoding="utf-8")
            traffic, labels = Path(tmp) / f"{name}.jsonl.gz", Path(tmp) / f"{name}.labels.json"
            simulate(str(scenario), str(traffic), str(labels), seed=loader.SEED, scale=scale)
            _check_benign_only(labels)
            return read_exchanges([str(traffic)])

        meta = {"source": "bundled default" if scenario_text is None else "modified default scenario",
                "scenario": f"distillguard/risk/{loader.SCENARIO}", "seed": loader.SEED,
                "scale": scale, "package": __version__, "detector_versions": loader.detector_versions()}
        ref = reference_from_batches(simulated(loader.SCENARIO, text), meta=meta, min_exchanges=min_exchanges,
                                     workers=workers)
        # Small accounts are counted from a scenario of their own, whose judged accounts are left
        # out: thousands of ordinary accounts more in the judged reference lower every tail's bar.
        small = reference_from_batches(simulated(loader.SMALL_SCENARIO, loader.small_scenario_text()), meta={},
                                       min_exchanges=min_exchanges, workers=workers).meta["small_accounts"]
        ref.meta["small_accounts"] = {k: int(ref.meta["small_accounts"][k] + small[k]) for k in small}
        ref.meta["small_scenario"] = f"distillguard/risk/{loader.SMALL_SCENARIO}"
        return ref


def _check_benign_only(labels_path: Path) -> None:
    """The reference scenario must hold benign accounts only (its own labels, not a scan's)."""
    doc = json.loads(Path(labels_path).read_text(encoding="utf-8"))
    bad = [a for a, v in (doc.get("accounts") or {}).items() if v.get("label") != "benign"]
    if bad:
        raise DistillguardError(f"the reference scenario produced {len(bad)} non-benign accounts, e.g. {bad[0]}")


def reference_from_logs(paths: list[str], *, min_exchanges: int = DEFAULT_MIN_EXCHANGES, format=None,
                        transform=None, workers: int = 1) -> Reference:
    """A reference from the user's own benign logs (`scan --reference`)."""
    from distillguard.pipeline import reference_from_batches
    from distillguard.sources import read_exchanges

    kwargs = {"format": format}
    if transform is not None:
        kwargs["transform"] = transform
    stream = read_exchanges(list(paths), **kwargs)
    meta = {"source": "user benign logs", "paths": [str(p) for p in paths],
            "detector_versions": loader.detector_versions()}
    ref = reference_from_batches(stream, meta=meta, min_exchanges=min_exchanges, workers=workers)
    stats = getattr(stream, "stats", None)
    if stats is not None:
        ref.meta["exchanges_quarantined"] = int(getattr(stats, "quarantined", 0))
    if ref.n_accounts == 0:
        raise DistillguardError(
            f"the reference logs hold no account with at least {min_exchanges} exchanges: cannot calibrate"
        )
    return ref


def main() -> int:
    """Rebuild the shipped default reference statistics (maintainers: after changing detectors or features).

    python -m distillguard.references [WORKERS]
    """
    import sys

    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    ref = build_default_reference(workers=workers)
    ref.meta["cache_key"] = loader.reference_key(DEFAULT_MIN_EXCHANGES)
    path = loader.bundled_path()
    ref.save(path)
    print(f"{path}: {ref.n_accounts} reference accounts from {ref.meta.get('exchanges')} exchanges")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
