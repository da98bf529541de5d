"""search bits a bulk purge leaves for one sweep at its end

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

A bulk purge cleared each candidate's bits from the search postings token by token: tokens are keyed
hashes, so each is a random page of the postings, and a batch of 200 candidates rewrote thousands of pages
(at 100,000 candidates, most of the table, batch after batch). A run that purges many candidates now
records their bits here, in the same transaction as their rows' deletion, and clears them all in one pass
over the postings when it ends (app/search/postings.py). Nothing else changes, so a backup of schema 0006
or 0007 restores into this one (app/store/schema.py: BACKUP_SCHEMAS).
"""

from alembic import op
import sqlalchemy as sa


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_stale",
        sa.Column("block", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("mask", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("block", name=op.f("pk_search_stale")),
    )


def downgrade() -> None:
    # An older app knows no stale bits: clear them first, as the sweep does, and only those of ids with no
    # candidate row (the table is not sealed: a bit there for a candidate who exists is not theirs to clear).
    conn = op.get_bind()
    existing = conn.execute(
        sa.text(
            "SELECT candidates.id FROM search_stale JOIN candidates "
            "ON candidates.id >= search_stale.block * 64 AND candidates.id < (search_stale.block + 1) * 64"
        )
    ).scalars()
    for candidate_id in existing.all():
        index = candidate_id % 64
        signed_bit = -(1 << 63) if index == 63 else 1 << index  # masks are signed 64-bit integers
        conn.execute(
            sa.text("UPDATE search_stale SET mask = mask & :keep WHERE block = :block"),
            {"keep": ~signed_bit, "block": candidate_id // 64},
        )
    op.execute(
        "UPDATE search_postings SET mask = search_postings.mask & ~search_stale.mask FROM search_stale "
        "WHERE search_postings.block = search_stale.block AND (search_postings.mask & search_stale.mask) <> 0"
    )
    op.drop_table("search_stale")
