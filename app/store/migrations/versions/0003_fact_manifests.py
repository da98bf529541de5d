"""signed per-candidate fact manifests

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

One row per candidate: which rows they have, each with a digest of its clear facts, signed with the
vault's Ed25519 fact key (app/integrity/). The migration cannot sign (it has no key): the first
unlocked session signs every candidate of an upgraded vault.
"""

from alembic import op
import sqlalchemy as sa


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_manifests",
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_fact_manifests_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("candidate_id", name=op.f("pk_fact_manifests")),
    )


def downgrade() -> None:
    op.drop_table("fact_manifests")
    # Without manifests the stored public key would only stop the next upgrade from signing again.
    op.execute("DELETE FROM vault_meta WHERE key = 'fact_key'")
