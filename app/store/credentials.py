"""The database password of a ``postgresql://`` vault: never stored by CandidateVault in clear.

Looked up, in order: the URL itself (discouraged: visible in the process list and shell history),
``$CANDIDATE_VAULT_DB_PASSWORD``, the OS keyring (Windows Credential Manager, macOS Keychain, Secret
Service; through the optional ``keyring`` package, service ``CandidateVault``, user name
``user@host:port/database``), else nothing — libpq's own ``.pgpass``, peer or certificate
authentication may still apply — and the CLI prompts when the server asks for a password.
"""

from __future__ import annotations

import os

from sqlalchemy.engine import URL, make_url

DB_PASSWORD_ENV = "CANDIDATE_VAULT_DB_PASSWORD"
KEYRING_SERVICE = "CandidateVault"


def _parse(location: str) -> URL | None:
    if "://" not in location:
        return None
    url = make_url(location)
    return url if url.get_backend_name() == "postgresql" else None


def keyring_user(url: URL) -> str:
    host = url.host or url.query.get("host") or "localhost"
    return f"{url.username or ''}@{host}:{url.port or 5432}/{url.database or ''}"


def _from_keyring(url: URL) -> str | None:
    try:
        import keyring  # optional: pip install keyring
    except ImportError:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception:  # no usable keyring backend on this machine: same as no entry
        return None
    return str(found) if found else None


def needs_lookup(location: str) -> bool:
    url = _parse(location)
    return url is not None and url.password is None


def with_password(location: str, password: str | None = None) -> str:
    """``location`` with the database password filled in, when one is found (or given)."""
    url = _parse(location)
    if url is None or url.password is not None:
        return location
    password = password or os.environ.get(DB_PASSWORD_ENV) or _from_keyring(url)
    if not password:
        return location
    return url.set(password=password).render_as_string(hide_password=False)


def display(location: str) -> str:
    """``location`` as it may be shown: the password, if any, masked."""
    url = _parse(location)
    return location if url is None else url.render_as_string(hide_password=True)


def asks_for_password(message: str) -> bool:
    text = message.lower()
    return "password" in text and ("no password supplied" in text or "authentication failed" in text)
