"""blind index as forward rows per source and bitmap postings per token

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

``search_tokens`` (a row per token and source) becomes ``search_sources`` (a row per source, its
tokens concatenated) and ``search_postings`` (per token, a 64-bit mask per block of 64 candidates).
The tokens themselves do not change, so no key is needed: the rows are regrouped as they are.
"""

from collections import defaultdict

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TOKEN_BYTES = 8
BATCH = 5000


def _signed(mask):
    return mask - (1 << 64) if mask >> 63 else mask


def _flush(conn, table, rows):
    if rows:
        conn.execute(table.insert(), rows)
        rows.clear()


def upgrade() -> None:
    sources = op.create_table('search_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('tokens', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_search_sources_candidate_id_candidates'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_search_sources_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_sources'))
    )
    with op.batch_alter_table('search_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_sources_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_sources_document_id'), ['document_id'], unique=False)

    postings = op.create_table('search_postings',
    sa.Column('token', sa.LargeBinary(), nullable=False),
    sa.Column('block', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('mask', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('token', 'block', name=op.f('pk_search_postings')),
    sqlite_with_rowid=False
    )

    conn = op.get_bind()
    # Forward rows: one per (candidate, source), its distinct tokens sorted and concatenated; read a
    # candidate at a time (index order) so that a large vault is never held in memory at once.
    rows, current, grouped = [], None, defaultdict(set)

    def forward_rows():
        for (source, document_id), found in grouped.items():
            rows.append({"candidate_id": current, "source": source, "document_id": document_id,
                         "tokens": b"".join(sorted(found))})
        grouped.clear()
        if len(rows) >= BATCH:
            _flush(conn, sources, rows)

    for cid, source, document_id, token in conn.execute(sa.text(
        "SELECT candidate_id, source, document_id, token FROM search_tokens ORDER BY candidate_id"
    ).execution_options(yield_per=BATCH)):
        if cid != current:
            forward_rows()
            current = cid
        grouped[source, document_id].add(bytes(token))
    forward_rows()
    _flush(conn, sources, rows)
    # Postings: the (token, candidate) pairs in index order, folded into one mask per 64 candidates.
    key, mask = None, 0
    for token, cid in conn.execute(sa.text(
        "SELECT DISTINCT token, candidate_id FROM search_tokens ORDER BY token, candidate_id"
    ).execution_options(yield_per=BATCH)):
        here = (bytes(token), cid >> 6)
        if here != key:
            if key is not None:
                rows.append({"token": key[0], "block": key[1], "mask": _signed(mask)})
                if len(rows) >= BATCH:
                    _flush(conn, postings, rows)
            key, mask = here, 0
        mask |= 1 << (cid & 63)
    if key is not None:
        rows.append({"token": key[0], "block": key[1], "mask": _signed(mask)})
    _flush(conn, postings, rows)

    # Indexes first, then the rows in slices: SQLite (foreign keys on) would otherwise empty the whole
    # table as one statement, whose journal (kept in memory: no temp files) took ~500 MB at 100k candidates.
    with op.batch_alter_table('search_tokens', schema=None) as batch_op:
        batch_op.drop_index('ix_search_tokens_token_candidate')
        batch_op.drop_index(batch_op.f('ix_search_tokens_candidate_id'))
    top = conn.execute(sa.text("SELECT max(id) FROM search_tokens")).scalar() or 0
    for low in range(0, top + 1, 100_000):
        conn.execute(sa.text("DELETE FROM search_tokens WHERE id >= :low AND id < :high"),
                     {"low": low, "high": low + 100_000})
    op.drop_table('search_tokens')


def downgrade() -> None:
    tokens = op.create_table('search_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('token', sa.LargeBinary(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_search_tokens_candidate_id_candidates'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_search_tokens_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_tokens'))
    )
    with op.batch_alter_table('search_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_tokens_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index('ix_search_tokens_token_candidate', ['token', 'candidate_id'], unique=False)

    conn = op.get_bind()
    rows = []
    for cid, source, document_id, stored in conn.execute(sa.text(
        "SELECT candidate_id, source, document_id, tokens FROM search_sources"
    )).all():
        stored = bytes(stored)
        for at in range(0, len(stored), TOKEN_BYTES):
            rows.append({"candidate_id": cid, "token": stored[at:at + TOKEN_BYTES], "source": source,
                         "document_id": document_id})
            if len(rows) >= BATCH:
                _flush(conn, tokens, rows)
    _flush(conn, tokens, rows)

    op.drop_table('search_postings')
    with op.batch_alter_table('search_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_sources_document_id'))
        batch_op.drop_index(batch_op.f('ix_search_sources_candidate_id'))
    op.drop_table('search_sources')
