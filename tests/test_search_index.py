"""The blind index's two tables: bitmap postings kept exact through every change, and the 0001 -> 0002
migration that regroups the old token rows without a key."""

from __future__ import annotations

from sqlalchemy import delete, func, inspect, select, text

from app.clock import FixedClock
from app.retention.purge import purge_candidate
from app.search import postings
from app.search.check import index_agrees
from app.store.engine import make_engine
from app.store.models import SearchPosting
from app.vault import Vault
from tests.conftest import PASSPHRASE, downgrade

TOKEN = b"\x01" * 8
OTHER = b"\x02" * 8


def ids_with(vault: Vault, *tokens: bytes) -> list[int]:
    with vault.read() as session:
        return vault.search.backend.match_all(session, [[token] for token in tokens])


def test_bits_across_blocks_and_the_sign_bit(any_vault: Vault) -> None:
    # 63 is the sign bit of a block's mask; 64 starts the next block; 100_000 is far away.
    with any_vault.write() as session:
        postings.set_bits(session, {63: [TOKEN], 64: [TOKEN, OTHER], 127: [TOKEN], 100_000: [OTHER]})
        postings.set_bits(session, {63: [TOKEN]})  # again: nothing changes
    assert ids_with(any_vault, TOKEN) == [63, 64, 127]
    assert ids_with(any_vault, OTHER) == [64, 100_000]
    assert ids_with(any_vault, TOKEN, OTHER) == [64]
    with any_vault.write() as session:
        postings.clear_bits(session, {63: [TOKEN], 100_000: [OTHER]})
    assert ids_with(any_vault, TOKEN) == [64, 127]
    assert ids_with(any_vault, OTHER) == [64]
    with any_vault.read() as session:  # the rows of 63 and 100,000 alone went; the shared ones stay
        assert session.scalar(select(func.count()).select_from(SearchPosting)) == 2
    with any_vault.write() as session:
        postings.clear_bits(session, {64: [TOKEN, OTHER], 127: [TOKEN]})
        assert session.scalar(select(func.count()).select_from(SearchPosting)) == 0  # empty rows go


def agrees(vault: Vault) -> bool:
    with vault.read() as session:
        return index_agrees(session)


def test_a_word_stays_found_while_any_source_of_the_candidate_has_it(any_vault: Vault) -> None:
    vault = any_vault
    cid = vault.candidates.add(first_name="Jan", last_name="Peeters", summary="boekhouding")
    other = vault.candidates.add(first_name="Lotte", last_name="Maes", summary="logistiek")
    cv = vault.documents.add(cid, b"Ervaring in boekhouding en Python.\n", "cv", "cv.txt")
    letter = vault.documents.add(cid, b"Python en nog eens Python.\n", "letter", "letter.txt")
    assert vault.search.candidate_ids(["python", "boekhouding"]) == [cid]
    vault.documents.delete(cv)  # "boekhouding" is still in the summary, "python" in the letter
    assert vault.search.candidate_ids(["python", "boekhouding"]) == [cid]
    assert vault.search.candidate_ids(["ervaring"]) == []
    vault.candidates.edit(cid, {"summary": "verkoop"})
    assert vault.search.candidate_ids(["boekhouding"]) == []
    assert vault.search.candidate_ids(["python", "verkoop"]) == [cid]
    vault.documents.delete(letter)
    assert vault.search.candidate_ids(["python"]) == []
    assert agrees(vault)
    purge_candidate(vault, cid, "test")
    assert vault.search.candidate_ids(["verkoop"]) == vault.search.candidate_ids(["peeters"]) == []
    assert vault.search.candidate_ids(["logistiek"]) == [other]
    assert agrees(vault) and vault.verify().ok


def test_verify_reports_postings_that_disagree_with_the_sources(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Jan", last_name="Peeters")
    assert vault.verify().ok
    with vault.write() as session:  # one token's bit moved to the neighbour: same count of pairs
        row = session.scalars(select(SearchPosting).limit(1)).one()
        row.mask = 1 << ((cid + 1) % 64)
    assert not agrees(vault)
    with vault.write() as session:
        session.execute(delete(SearchPosting).where(SearchPosting.block == 0))
    report = vault.verify()
    assert not report.ok and any("search index" in problem for problem in report.damaged)


def test_migration_0002_regroups_the_token_rows_and_back(any_vault_url: str, clock: FixedClock) -> None:
    vault, _ = Vault.create(any_vault_url, PASSPHRASE, clock=clock)
    jan = vault.candidates.add(first_name="Jan", last_name="Janssens", email="jan@example.be")
    lotte = vault.candidates.add(first_name="Lotte", last_name="Peeters", summary="Python")
    vault.documents.add(jan, b"Ervaring in boekhouding en Python.\n", "cv", "cv.txt")
    queries = [["jan"], ["python"], ["python", "boekhouding"], ["pee"], ["lotte", "python"]]
    before = {tuple(q): [(h.id, h.matches) for h in vault.search.search(q).hits] for q in queries}
    assert before[("python",)] == [(jan, ["document:1"]), (lotte, ["summary"])]
    vault.close()

    downgrade(any_vault_url, "0001")
    engine = make_engine(any_vault_url)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        rows = conn.execute(text("SELECT count(*) FROM search_tokens")).scalar()
    engine.dispose()
    assert "search_tokens" in tables and "search_postings" not in tables and rows

    vault = Vault.open(any_vault_url, clock)  # upgrades to head
    try:
        vault.unlock(PASSPHRASE)
        after = {tuple(q): [(h.id, h.matches) for h in vault.search.search(q).hits] for q in queries}
        assert after == before
        assert vault.verify().ok
    finally:
        vault.close()


def test_a_page_of_the_matches_is_that_slice_of_all_of_them_and_counts_them_all() -> None:
    """``postings.page`` skips the blocks before the page by their bit counts: every offset and limit
    over blocks of many sizes (empty, one bit, full, the sign bit) gives the slice of the full list."""
    import random

    rng = random.Random(21)
    masks: postings.Masks = {0: 1, 1: postings.FULL, 3: 1 << 63, 7: 0b1011, 9: 0}
    masks |= {block: rng.getrandbits(64) for block in range(10, 40)}
    every = postings.candidate_ids(masks)
    assert postings.count(masks) == len(every)
    for offset in [*range(0, 140, 7), len(every) - 1, len(every), len(every) + 5]:
        for limit in (None, 1, 3, 50, 64, 65, 1000):
            want = every[offset:] if limit is None else every[offset : offset + limit]
            assert postings.page(masks, offset, limit) == want, (offset, limit)
    assert postings.page({}, 0, 50) == [] and postings.count({}) == 0
