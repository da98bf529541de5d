"""CandidateVault: recruitment candidates' personal data, encrypted and kept exactly as long as allowed."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is looked up when asked for (importlib.metadata costs every CLI command ~60 ms of CPU).
    if name != "__version__":
        raise AttributeError(f"module 'app' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("candidate-vault")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
