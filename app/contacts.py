"""Contact fingerprints: keyed hashes of e-mail, phone and external reference, never the values.

They let the suppression list recognise a person who asked to be erased if they are imported or
added again, and they are what a purge moves into that list (no passphrase needed then). The
reference's hash also finds the candidate a CSV row with that ``ref`` belongs to (re-imports).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.crypto.keys import keyed_hash
from app.integrity import tracking
from app.store.models import ContactFingerprint, Suppression


def normalise_email(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip().casefold()


def normalise_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    # Belgian numbers are written 0470..., +32 470... or 0032 470...: compare on the national part.
    for prefix in ("0032", "32"):
        if digits.startswith(prefix) and len(digits) > 9:
            return "0" + digits[len(prefix) :]
    return digits


def normalise_ref(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip().casefold()


def ref_fingerprint(key: bytes, ref: str) -> bytes:
    return keyed_hash(key, b"ref:" + normalise_ref(ref).encode())


def fingerprints(key: bytes, fields: Mapping[str, str | None]) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    if fields.get("external_ref"):
        found.append(("ref", ref_fingerprint(key, str(fields["external_ref"]))))
    if fields.get("email"):
        found.append(("email", keyed_hash(key, b"email:" + normalise_email(str(fields["email"])).encode())))
    if fields.get("phone"):
        found.append(("phone", keyed_hash(key, b"phone:" + normalise_phone(str(fields["phone"])).encode())))
    return found


def store(session: Session, key: bytes, candidate_id: int, fields: Mapping[str, str | None]) -> None:
    session.execute(delete(ContactFingerprint).where(ContactFingerprint.candidate_id == candidate_id))
    tracking.touch_table(session, candidate_id, "contact_fingerprints")  # a bulk DELETE
    for kind, digest in fingerprints(key, fields):
        session.add(ContactFingerprint(candidate_id=candidate_id, kind=kind, digest=digest))


def suppressed_kinds(session: Session, candidate_id: int) -> list[str]:
    """Which of the candidate's contact details belong to somebody who asked to be erased."""
    query = (
        select(ContactFingerprint.kind)
        .join(Suppression, Suppression.digest == ContactFingerprint.digest)
        .where(ContactFingerprint.candidate_id == candidate_id)
    )
    return sorted(set(session.scalars(query)))
