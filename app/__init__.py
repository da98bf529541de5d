"""CandidateVault: recruitment candidates' personal data, encrypted and kept exactly as long as allowed."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("candidate-vault")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
