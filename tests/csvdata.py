"""Build import CSV files for tests."""

from __future__ import annotations

from pathlib import Path

from app.retention.csv_import import COLUMNS


def row(**values: str) -> dict[str, str]:
    unknown = set(values) - set(COLUMNS)
    assert not unknown, unknown
    return {name: values.get(name, "") for name in COLUMNS}


def write_csv(path: Path, rows: list[dict[str, str]], *, delimiter: str = ",", bom: bool = False) -> Path:
    def quote(value: str) -> str:
        return f'"{value}"' if any(ch in value for ch in ',;"\n') else value

    lines = [delimiter.join(COLUMNS)]
    lines += [delimiter.join(quote(r[name]) for name in COLUMNS) for r in rows]
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def due_row(i: int, **extra: str) -> dict[str, str]:
    """A candidate rejected long ago: due on any date from 2025 on."""
    values = {
        "ref": f"R{i}",
        "first_name": f"Voornaam{i}",
        "last_name": f"Achternaam{i}",
        "email": f"kandidaat{i}@example.be",
        "vacancy": "Boekhouder",
        "applied_on": "2024-01-02",
        "outcome": "rejected",
        "ended_on": "2024-03-01",
        **extra,
    }
    return row(**values)


def open_row(i: int, **extra: str) -> dict[str, str]:
    """A candidate with an open procedure: never due."""
    values = {
        "ref": f"K{i}",
        "first_name": f"Blijver{i}",
        "last_name": f"Open{i}",
        "vacancy": "Lasser",
        "applied_on": "2024-06-01",
        "outcome": "open",
        **extra,
    }
    return row(**values)
