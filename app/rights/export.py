"""Access and portability export (GDPR Art. 15 and 20): one ZIP per candidate.

    candidate.json    everything stored about the candidate (resources/schemas/candidate-export.v1.json)
    summary.docx      what is kept, why, since when, until when — in the candidate's language
    documents/...     the original files, byte for byte, under safe names

The ZIP is NOT encrypted: AES-encrypted ZIPs do not open in Windows Explorer or macOS Archive Utility,
and the legacy ZipCrypto is broken. The caller must send it by a secure channel (see README).
It is written atomically: a temporary file in the target folder, renamed over at the end, so a failure
leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import InvalidInput, NotFound
from app.rights.collect import collect
from app.rights.freeze import refuse_if_restricted
from app.rights.summary import build_summary
from app.store.models import Candidate, PurgeRecord

if TYPE_CHECKING:
    from app.vault import Vault

PLAINTEXT_WARNING = (
    "the export is a plain (unencrypted) ZIP with personal data: send it to the candidate by a secure "
    "channel and delete your copy afterwards"
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    documents: int
    size: int


def _check_target(out: Path) -> None:
    if out.exists():
        raise InvalidInput(f"{out} already exists; choose another file name")
    if not out.parent.is_dir():
        raise InvalidInput(f"the folder {out.parent} does not exist")


def export_candidate(
    vault: Vault, candidate_id: int, out: Path, *, for_candidate: bool = True
) -> ExportResult:
    """Write the candidate's export to ``out``. ``for_candidate=False`` (any other purpose) is refused
    while the candidate's processing is restricted."""
    out = Path(out)
    _check_target(out)
    settings = vault.settings()  # before the session: a second session would wait on the first's lock
    with vault.read() as session:
        if session.get(Candidate, candidate_id) is None:
            if session.get(PurgeRecord, candidate_id) is not None:
                raise NotFound(f"candidate {candidate_id} was purged")
            raise NotFound(f"there is no candidate {candidate_id}")
        if not for_candidate:
            refuse_if_restricted(session, candidate_id, "an export for another purpose than the candidate's")
        now = vault.clock.now()
        gathered = collect(vault, session, candidate_id, now, settings)
    summary = build_summary(gathered.data, gathered.kept, settings, vault.today())
    stamp = now.timetuple()[:6]
    entries: list[tuple[str, bytes]] = [
        ("candidate.json", json.dumps(gathered.data, ensure_ascii=False, indent=2).encode("utf-8")),
        ("summary.docx", summary),
        *((doc.zip_name, doc.content) for doc in gathered.documents),
    ]
    fd, temp_name = tempfile.mkstemp(prefix=".export-", suffix=".partial", dir=out.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, data in entries:
                    info = zipfile.ZipInfo(name, date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(info, data)
            handle.flush()
            os.fsync(handle.fileno())
        size = temp.stat().st_size
        with vault.write() as session:
            # The event lands only if the file does: the rename happens inside the transaction.
            vault.audit(
                session,
                "candidate_exported",
                candidate_id,
                documents=len(gathered.documents),
                for_candidate=for_candidate,
            )
            _check_target(out)
            os.replace(temp, out)
    except OSError as exc:
        raise InvalidInput(f"cannot write the export to {out}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return ExportResult(out, len(gathered.documents), size)
