"""the roster of signed manifests

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

One row per candidate: the SHA-256 of the signature of the manifest they should have, summed into the
audit log's signed head (app/integrity/roster.py), so that an older manifest put back with its rows is
found. The migration cannot sign (it has no key): the first unlocked session lists every manifest whose
signature holds.
"""

from alembic import op
import sqlalchemy as sa


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_roster",
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_fact_roster_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("candidate_id", name=op.f("pk_fact_roster")),
    )


def downgrade() -> None:
    op.drop_table("fact_roster")
