"""Retention facts for the demo vault (procedures, consents, holds, requests), dated around today, so the
dashboard and the bulk purge review have something to show. Synthetic: ids and dates only."""

from __future__ import annotations

import contextlib
import datetime as dt
import random

from app.errors import VaultError
from app.vault import Vault

VACANCIES = ("Accountant", "Warehouse operator", "Nurse", "Developer", "Sales representative")


def add_retention_facts(vault: Vault, seed: int = 1) -> None:
    rnd = random.Random(seed)
    today = vault.today()
    r = vault.retention

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    ids = vault.candidates.ids()
    for cid in ids:
        vacancy = rnd.choice(VACANCIES)
        roll = rnd.random()
        if roll < 0.15:  # still applying
            r.add_procedure(cid, vacancy, ago(rnd.randint(3, 60)))
        elif roll < 0.55:  # rejected: due 30 days after the end
            end = ago(rnd.randint(1, 120))
            r.add_procedure(cid, vacancy, end - dt.timedelta(days=40), "rejected", end)
        else:  # in the reserve pool with consent, for up to 24 months
            end = ago(rnd.randint(400, 700))
            r.add_procedure(cid, vacancy, end - dt.timedelta(days=30), "rejected", end)
            r.give_consent(cid, ago(rnd.randint(30, 720)))
    for cid in rnd.sample(ids, k=min(3, len(ids))):
        r.place_hold(cid, "demo: dispute")
    for cid in rnd.sample(ids, k=min(2, len(ids))):
        with contextlib.suppress(VaultError):  # already restricted: fine
            r.restrict(cid)
    for days, kind in ((40, "access"), (20, "rectification"), (3, "portability"), (10, "objection")):
        vault.rights.record(rnd.choice(ids), kind, ago(days))
