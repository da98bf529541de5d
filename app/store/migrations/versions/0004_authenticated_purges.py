"""authenticated purge records; salted fact manifests

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

A purge record gets a signature (written by a session with the passphrase) and evidence (written by a
run without one: the candidate's signed facts that made them due, checked and replaced by a signature at
the next unlock), and the digests of the candidate's rights requests, which outlive the purge and which
the signature then covers. A manifest gets a salt, so that the evidence can keep what the rules read and only a
salted hash of the rest (app/integrity/). The migration cannot sign: the first unlocked session does.
"""

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("purge_records") as batch:
        batch.add_column(sa.Column("signature", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("evidence", sa.Text(), nullable=True))
        batch.add_column(sa.Column("rights", sa.Text(), nullable=True))
    with op.batch_alter_table("fact_manifests") as batch:
        batch.add_column(sa.Column("salt", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fact_manifests") as batch:
        batch.drop_column("salt")
    with op.batch_alter_table("purge_records") as batch:
        batch.drop_column("rights")
        batch.drop_column("evidence")
        batch.drop_column("signature")
