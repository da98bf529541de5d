"""an index for every foreign key

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

Deleting a document (or a procedure) makes the database look up the rows that point at it: without these
indexes each delete scanned every document, consent or note, and a bulk purge of a vault with documents
grew quadratically (issue 21). tests/test_schema_indexes.py checks every foreign key has one.
"""

from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = (
    ("documents", "parent_id"),
    ("consents", "evidence_document_id"),
    ("interview_notes", "procedure_id"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def downgrade() -> None:
    for table, column in INDEXES:
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
