"""What the demo vault adds to app.demo's synthetic history so that every part of the dashboard has
something to show: a few holds and restrictions, and open rights requests dated around today.
Synthetic: ids and dates only. (Procedures and consents come from app.demo, dated around today.)"""

from __future__ import annotations

import contextlib
import datetime as dt
import random

from app.errors import VaultError
from app.vault import Vault


def add_retention_facts(vault: Vault, seed: int = 1) -> None:
    rnd = random.Random(seed)
    today = vault.today()
    r = vault.retention
    ids = vault.candidates.ids()
    for cid in rnd.sample(ids, k=min(3, len(ids))):
        with contextlib.suppress(VaultError):  # already held: fine
            r.place_hold(cid, "demo: dispute")
    for cid in rnd.sample(ids, k=min(2, len(ids))):
        with contextlib.suppress(VaultError):  # already restricted: fine
            r.restrict(cid)
    for days, kind in ((40, "access"), (20, "rectification"), (3, "portability"), (10, "objection")):
        vault.rights.record(rnd.choice(ids), kind, today - dt.timedelta(days=days))
