"""Repeatable measurements of CandidateVault, each beside a plain baseline measured in the same run.

Run ``python -m benchmarks [--size small|full] [--json OUT]``; see benchmarks/runner.py.
"""
