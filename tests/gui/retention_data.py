"""A vault with fixed dates for the dashboard and bulk purge tests (today is 2026-03-02, the clock fixture).

Expected on 2026-03-02 (policy defaults: 30 days after a procedure, notice window 60 days):
due now A, B, H1..H6; due within 30 days C; consent expiring D; held E; restricted F; active G;
open rights requests: one overdue (G), one with 18 days left (C).
"""

from __future__ import annotations

import datetime as dt

from app.vault import Vault

D = dt.date


def person(vault: Vault, first: str, last: str) -> int:
    return vault.candidates.add(first_name=first, last_name=last, email=f"{first.lower()}@example.be")


def seed(vault: Vault, extra_due: int = 6) -> dict[str, int]:
    r = vault.retention
    ids: dict[str, int] = {}
    ids["A"] = person(vault, "Anouk", "Peeters")
    r.add_procedure(ids["A"], "Nurse", D(2025, 11, 1), "rejected", D(2026, 1, 1))  # due 2026-01-31
    ids["B"] = person(vault, "Bram", "Claes")
    r.add_procedure(ids["B"], "Driver", D(2025, 11, 1), "rejected", D(2025, 12, 15))  # due 2026-01-14
    ids["C"] = person(vault, "Chloé", "Dubois")
    r.add_procedure(ids["C"], "Nurse", D(2026, 1, 10), "rejected", D(2026, 2, 20))  # due 2026-03-22
    ids["D"] = person(vault, "Dries", "Wouters")
    r.add_procedure(ids["D"], "Driver", D(2024, 3, 1), "rejected", D(2024, 4, 1))
    r.give_consent(ids["D"], D(2024, 4, 10))  # consent ends April 2026: in the 60-day window
    ids["E"] = person(vault, "Elise", "Lambert")
    r.add_procedure(ids["E"], "Nurse", D(2025, 5, 1), "rejected", D(2025, 6, 1))
    r.place_hold(ids["E"], "court case")
    ids["F"] = person(vault, "Femke", "Maes")
    r.add_procedure(ids["F"], "Driver", D(2025, 5, 1), "rejected", D(2025, 6, 1))
    r.restrict(ids["F"])
    ids["G"] = person(vault, "Gilles", "Martin")
    r.add_procedure(ids["G"], "Nurse", D(2026, 2, 1))  # open: active
    vault.rights.record(ids["G"], "access", D(2026, 1, 15))  # due 2026-02-15: overdue
    vault.rights.record(ids["C"], "objection", D(2026, 2, 20))  # due 2026-03-20: 18 days left
    for i in range(extra_due):
        cid = person(vault, f"Hanne{i}", "Jacobs")
        r.add_procedure(cid, "Welder", D(2025, 1, 1), "rejected", D(2025, 2, 1 + i))
        ids[f"H{i + 1}"] = cid
    return ids
