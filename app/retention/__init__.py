"""Retention: pure rules (facts, policy, as-of date) -> state, due date, reason; purge and its ledger."""
