"""Roles and what each may do: the one table the Vault service checks (``vault.require``).

Every user of a vault unwraps the same vault key, so a role is a workflow guard enforced by this
program, not cryptographic separation: someone who can run their own code with a recruiter's or a
viewer's passphrase can read (and, with database access, change) everything. The docs say so.
"""

from __future__ import annotations

ADMIN = "admin"
RECRUITER = "recruiter"
VIEWER = "viewer"
ROLES = (ADMIN, RECRUITER, VIEWER)

# Permissions, named after what a service is about to do.
READ = "read"  # see candidates, documents, notes
CANDIDATES = "candidates"  # add, edit candidates and their procedures, notes, correspondence
DOCUMENTS = "documents"  # add, replace, delete documents
SETTINGS = "settings"
USERS = "users"
PURGE = "purge"  # one candidate, or a selection: a person decided, so a person unlocks
PURGE_DUE = "purge_due"  # every due candidate, as the rules say: the scheduled task
BACKUP = "backup"

GRANTS: dict[str, frozenset[str]] = {
    VIEWER: frozenset({READ}),
    RECRUITER: frozenset({READ, CANDIDATES, DOCUMENTS}),
    ADMIN: frozenset({READ, CANDIDATES, DOCUMENTS, SETTINGS, USERS, PURGE, PURGE_DUE, BACKUP}),
}

# Allowed without anyone unlocking: the scheduled purge needs no passphrase
# (README, "Purging every day, unattended"). Only the due ones: purging a chosen candidate without
# a passphrase would let anyone who can run the CLI on the file erase whom they like.
UNATTENDED = frozenset({PURGE_DUE})

_WHAT = {
    READ: "read candidates",
    CANDIDATES: "change candidates",
    DOCUMENTS: "change documents",
    SETTINGS: "change settings",
    USERS: "manage users",
    PURGE: "purge candidates",
    PURGE_DUE: "purge the due candidates",
    BACKUP: "make or restore backups",
}


def allowed(role: str, permission: str) -> bool:
    return permission in GRANTS.get(role, frozenset())


def describe(permission: str) -> str:
    return _WHAT.get(permission, permission)
