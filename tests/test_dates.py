import datetime as dt

import pytest

from app.retention.dates import add_months, consent_end

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    "start, months, expected",
    [
        ("2024-02-29", 24, "2026-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2025-12-15", 1, "2026-01-15"),
        ("2025-03-31", 24, "2027-03-31"),
        ("2025-08-31", -6, "2025-02-28"),
    ],
)
def test_add_months(start: str, months: int, expected: str) -> None:
    assert add_months(D(start), months) == D(expected)


def test_consent_end_never_beyond_cap() -> None:
    assert consent_end(D("2024-02-29")) == D("2026-02-28")
    assert consent_end(D("2024-02-29"), ends_on=D("2030-01-01")) == D("2026-02-28")
    assert consent_end(D("2024-02-29"), ends_on=D("2025-01-01")) == D("2025-01-01")
    assert consent_end(D("2024-02-29"), withdrawn_on=D("2024-06-01")) == D("2024-06-01")
