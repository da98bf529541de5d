"""What a manifest covers, read for many candidates at once (app/integrity/rows.py): the same rows and
digests as one candidate at a time, whether the ids are read as a range or as a list."""

from __future__ import annotations

import datetime as dt

from app.integrity.rows import entries
from app.vault import Vault


def test_entries_for_many_are_the_entries_of_each(vault: Vault) -> None:
    ids = []
    for n in range(8):
        cid = vault.candidates.add(first_name=f"Kandidaat{n}", last_name="Aerts", email=f"k{n}@example.be")
        vault.retention.add_procedure(cid, "Boekhouder", dt.date(2026, 1, 5))
        ids.append(cid)
    with vault.read() as session:
        one_by_one = {cid: entries(session, [cid])[cid] for cid in ids}
        assert dict(entries(session, ids)) == one_by_one
        some = [ids[0], ids[2], ids[3], ids[7]]  # close together: read as a range, the others left out
        assert dict(entries(session, some)) == {cid: one_by_one[cid] for cid in some}
        far = [ids[0], ids[0] + 10_000]  # far apart: read as a list
        assert dict(entries(session, far)) == {ids[0]: one_by_one[ids[0]]}
