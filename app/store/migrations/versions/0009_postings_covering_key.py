"""the search postings' primary key carries each row's mask (PostgreSQL): a word is read from the index alone

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

PostgreSQL keeps a table's rows in a heap, in the order they were written: a candidate's tokens together,
so the posting rows of one token (a row per 64 candidates) lie on about as many heap pages as there are
rows. At 100,000 candidates a common word's 1,563 rows were read from 1,521 pages (3.2 ms). With the mask
in the primary key's index (INCLUDE), a token's rows are neighbours there and the read is an index-only
scan (0.36 ms): searches' p95 went from 17-24 to 9-10 ms. SQLite keeps this table WITHOUT ROWID, already
ordered by (token, block): nothing changes there. The tables are the same, so a backup of schema 0006 to
0008 restores into this one (app/store/schema.py: BACKUP_SCHEMAS). Needs PostgreSQL 11 or later.
"""

from alembic import op


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

KEY = "pk_search_postings"


def _primary_key(columns: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE search_postings DROP CONSTRAINT {KEY}, ADD CONSTRAINT {KEY} {columns}")


def upgrade() -> None:
    _primary_key("PRIMARY KEY (token, block) INCLUDE (mask)")


def downgrade() -> None:
    _primary_key("PRIMARY KEY (token, block)")
