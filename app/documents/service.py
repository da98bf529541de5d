"""DocumentService (``vault.documents``): import, list, read, export and delete a candidate's documents.

An import runs in three steps: decide the type from the content (refusing what cannot be a document),
extract the text in the sandboxed child (slow, so outside any transaction), then one transaction that
stores the sealed bytes, name, text and notes, indexes the text and writes the audit event. Either all
of a file (and, for an e-mail, its attachments) lands, or nothing does.
"""

from __future__ import annotations

import base64
import builtins
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import roles
from app.crypto.keys import keyed_hash
from app.documents import KINDS
from app.documents import outcome as oc
from app.documents.limits import Limits
from app.documents.runner import POOL, pool_size, run_extraction
from app.documents.sniff import DocumentRefused, Sniffed, name_notes, sniff
from app.errors import InvalidInput, NotFound, UsageError
from app.integrity import tracking
from app.rights import freeze
from app.store.models import Candidate, Document

if TYPE_CHECKING:
    from app.vault import Vault

TABLE = "documents"


@dataclass
class DocumentInfo:
    id: int
    candidate_id: int
    kind: str
    media_type: str
    size: int
    added_on: str
    text_status: str
    file_name: str
    notes: list[str]
    parent_id: int | None

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Prepared:
    """One file, checked and extracted, ready to be stored."""

    file_name: str
    data: bytes
    sniffed: Sniffed
    digest: bytes
    extraction: oc.Extraction
    notes: list[str] = field(default_factory=list)
    children: list[_Prepared] = field(default_factory=list)


@dataclass
class Added:
    """One file of ``add_many``: the new ids, or why it was not stored."""

    file_name: str
    ids: list[int]
    error: str | None


class DocumentService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def forget(self) -> None:
        """On lock: end the idle extraction children, whose freed memory held the last files' text."""
        POOL.close()

    # ---- import ------------------------------------------------------------------------------

    def add(
        self, candidate_id: int, source: str | Path | bytes, kind: str = "other", file_name: str | None = None
    ) -> int | builtins.list[int]:
        """Import a file; returns its id, or for an e-mail the ids of the message and its attachments."""
        limits = self._start(kind)
        data, name = self._load(source, file_name, limits)
        self._check_candidate(candidate_id)
        return self._commit(candidate_id, kind, self._prepare(candidate_id, name, data, limits))

    def add_many(
        self,
        candidate_id: int,
        sources: Sequence[str | Path],
        kind: str = "other",
        progress: Callable[[int, int], None] | None = None,
        stored: Callable[[Added], None] | None = None,
    ) -> builtins.list[Added]:
        """Import several files, extracting on every core (one warm child each), storing in order.

        Each file is all or nothing on its own, exactly as with ``add``; a refused file does not stop
        the others (its ``error`` says why). ``stored(added)`` is told each file as soon as it is
        committed (or refused), then ``progress(done, total)``; an exception either raises (a cancel)
        stops the batch between two files."""
        limits = self._start(kind)
        self._check_candidate(candidate_id)
        paths = [Path(p) for p in sources]

        def prepare(path: Path) -> _Prepared | str:
            try:
                data, name = self._load(path, None, limits)
                return self._prepare(candidate_id, name, data, limits)
            except (DocumentRefused, UsageError) as exc:
                return str(exc)

        done: builtins.list[Added] = []
        with ThreadPoolExecutor(max_workers=pool_size(), thread_name_prefix="extract") as pool:
            # A small window ahead of the store: extraction of the next files overlaps the commits,
            # and no more than a few files' bytes are held in memory at once.
            window: deque[tuple[Path, Future[_Prepared | str]]] = deque()

            def store_next() -> None:
                done.append(self._store_one(candidate_id, kind, *window.popleft()))
                if stored is not None:
                    stored(done[-1])
                if progress is not None:
                    progress(len(done), len(paths))

            try:
                for path in paths:
                    window.append((path, pool.submit(prepare, path)))
                    if len(window) >= 2 * pool_size():
                        store_next()
                while window:
                    store_next()
            finally:
                for _, future in window:
                    future.cancel()  # a cancel or an error: files not started yet are not extracted
        return done

    def _store_one(self, candidate_id: int, kind: str, path: Path, future: Future[_Prepared | str]) -> Added:
        prepared = future.result()
        if isinstance(prepared, str):
            return Added(path.name, [], prepared)
        try:
            result = self._commit(candidate_id, kind, prepared)
        except DocumentRefused as exc:  # a duplicate (of a file earlier in the batch, too)
            return Added(path.name, [], str(exc))
        return Added(path.name, result if isinstance(result, builtins.list) else [result], None)

    def _start(self, kind: str) -> Limits:
        self.vault.require(roles.DOCUMENTS)
        if kind not in KINDS:
            raise InvalidInput(f"kind must be one of {', '.join(KINDS)}")
        return Limits.from_settings(self.vault.settings())

    def _commit(self, candidate_id: int, kind: str, prepared: _Prepared) -> int | builtins.list[int]:
        """One transaction: the file and its attachments, or nothing."""
        with self.vault.write() as session:
            self._check_candidate(candidate_id, session)
            freeze.refuse_if_restricted(session, candidate_id, "adding documents")
            if self._is_duplicate(session, candidate_id, prepared.digest):
                raise DocumentRefused(f"candidate {candidate_id} already has this file (same content)")
            top = self._store(session, candidate_id, kind, prepared, None)
            ids = [top]
            for child in prepared.children:
                if self._is_duplicate(session, candidate_id, child.digest):
                    continue
                ids.append(self._store(session, candidate_id, kind, child, top))
        return ids if prepared.sniffed.format == "eml" else top

    def _load(self, source: str | Path | bytes, file_name: str | None, limits: Limits) -> tuple[bytes, str]:
        if isinstance(source, bytes):
            if not file_name:
                raise UsageError("give the file name of the document")
            data, name = source, file_name
        else:
            path = Path(source)
            name = file_name or path.name
            try:
                if path.stat().st_size > limits.max_bytes:
                    raise self._too_big(limits)
                with path.open("rb") as handle:
                    data = handle.read(limits.max_bytes + 1)
            except IsADirectoryError:
                raise UsageError(f"{path} is a folder, not a file") from None
            except OSError as exc:
                raise UsageError(f"cannot read {path}: {exc.strerror}") from None
        if len(data) > limits.max_bytes:
            raise self._too_big(limits)
        return data, name

    @staticmethod
    def _too_big(limits: Limits) -> DocumentRefused:
        return DocumentRefused(
            f"the file is larger than {limits.max_bytes // (1024 * 1024)} MB (setting documents.max_bytes)"
        )

    def _check_candidate(self, candidate_id: int, session: Session | None = None) -> None:
        if session is None:
            with self.vault.read() as own:
                return self._check_candidate(candidate_id, own)
        if session.get(Candidate, candidate_id) is None:
            raise NotFound(f"there is no candidate {candidate_id}")
        return None

    def _digest(self, candidate_id: int, data: bytes) -> bytes:
        # Keyed, and per candidate: equal files of two different candidates do not link them.
        return keyed_hash(self.vault.sealer.keys.document_digest, f"{candidate_id}|".encode() + data)

    def _prepare(
        self, candidate_id: int, name: str, data: bytes, limits: Limits, depth: int = 0
    ) -> _Prepared:
        sniffed = sniff(data)
        extraction = run_extraction(data, sniffed, limits)
        if extraction.status == oc.REFUSED:
            raise DocumentRefused(extraction.notes[0] if extraction.notes else "not a readable document")
        prepared = _Prepared(
            name, data, sniffed, self._digest(candidate_id, data), extraction, name_notes(name, sniffed)
        )
        seen = {prepared.digest}
        for number, attachment in enumerate(extraction.attachments, start=1):
            child_name = str(attachment.get("name") or f"attachment-{number}")
            try:
                if depth >= 2:
                    raise DocumentRefused("attachments nested too deeply")
                raw = base64.b64decode(str(attachment.get("data", "")))
                child = self._prepare(candidate_id, child_name, raw, limits, depth + 1)
            except DocumentRefused as exc:
                prepared.notes.append(f"attachment {number} not imported: {exc}")
                continue
            if child.digest in seen:
                continue
            seen.add(child.digest)
            prepared.children.append(child)
            prepared.children.extend(child.children)  # an e-mail attached to an e-mail: flattened
            child.children = []
        return prepared

    def _is_duplicate(self, session: Session, candidate_id: int, digest: bytes) -> bool:
        query = select(Document.id).where(Document.candidate_id == candidate_id, Document.digest == digest)
        return session.scalar(query.limit(1)) is not None

    def _store(
        self, session: Session, candidate_id: int, kind: str, item: _Prepared, parent_id: int | None
    ) -> int:
        extraction = item.extraction
        doc = Document(
            candidate_id=candidate_id,
            kind=kind,
            media_type=item.sniffed.media_type,
            size=len(item.data),
            added_on=self.vault.today(),
            text_status=extraction.status,
            file_name=b"",
            content=b"",
            text=b"",
            notes=b"",
            digest=item.digest,
            parent_id=parent_id,
        )
        session.add(doc)
        session.flush()  # the id is bound into every envelope of the row
        seal = self.vault.sealer
        doc.file_name = seal.seal_text(session, candidate_id, TABLE, "file_name", doc.id, item.file_name)
        doc.content = seal.seal_bytes(session, candidate_id, TABLE, "content", doc.id, item.data)
        doc.text = seal.seal_text(session, candidate_id, TABLE, "text", doc.id, extraction.text)
        notes = "\n".join([*item.notes, *extraction.notes])
        doc.notes = seal.seal_text(session, candidate_id, TABLE, "notes", doc.id, notes)
        tokens = 0
        if extraction.text:
            tokens = self.vault.search.index_document(session, candidate_id, doc.id, extraction.text)
        self.vault.audit(
            session,
            "document_added",
            candidate_id,
            document=doc.id,
            kind=kind,
            media_type=item.sniffed.media_type,
            size=len(item.data),
            text_status=extraction.status,
            tokens=tokens,
            parent=parent_id,
        )
        return doc.id

    # ---- reading ----------------------------------------------------------------------------

    def list(self, candidate_id: int) -> builtins.list[DocumentInfo]:
        with self.vault.read() as session:
            self._check_candidate(candidate_id, session)
            query = select(Document).where(Document.candidate_id == candidate_id).order_by(Document.id)
            return [self._info(session, doc) for doc in session.scalars(query)]

    def info(self, doc_id: int) -> DocumentInfo:
        with self.vault.read() as session:
            return self._info(session, self._get(session, doc_id))

    def _info(self, session: Session, doc: Document) -> DocumentInfo:
        seal = self.vault.sealer
        name = seal.open_text(session, doc.candidate_id, TABLE, "file_name", doc.id, doc.file_name) or ""
        notes = seal.open_text(session, doc.candidate_id, TABLE, "notes", doc.id, doc.notes) or ""
        return DocumentInfo(
            doc.id,
            doc.candidate_id,
            doc.kind,
            doc.media_type,
            doc.size,
            doc.added_on.isoformat(),
            doc.text_status,
            name,
            [line for line in notes.split("\n") if line],
            doc.parent_id,
        )

    def _get(self, session: Session, doc_id: int) -> Document:
        doc = session.get(Document, doc_id)
        if doc is None:
            raise NotFound(f"there is no document {doc_id}")
        return doc

    def read(self, doc_id: int) -> bytes:
        """The original bytes, in memory (for a preview): never written anywhere."""
        with self.vault.read() as session:
            doc = self._get(session, doc_id)
            data = self.vault.sealer.open_bytes(
                session, doc.candidate_id, TABLE, "content", doc.id, doc.content
            )
        self.vault.log_reading("document_opened", doc.candidate_id, {"document": doc_id})
        return data

    def text(self, doc_id: int) -> str:
        with self.vault.read() as session:
            doc = self._get(session, doc_id)
            text = self.vault.sealer.open_text(session, doc.candidate_id, TABLE, "text", doc.id, doc.text)
        self.vault.log_reading("document_text_read", doc.candidate_id, {"document": doc_id})
        return text or ""

    def export(self, doc_id: int, path: str | Path) -> Path:
        """Write the original file to a path the user chose (an explicit action: it leaves the vault)."""
        target = Path(path)
        with self.vault.read() as session:
            doc = self._get(session, doc_id)
            data = self.vault.sealer.open_bytes(
                session, doc.candidate_id, TABLE, "content", doc.id, doc.content
            )
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise UsageError(f"{target} already exists; choose another path") from None
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror}") from None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        with self.vault.write() as session:
            self.vault.audit(session, "document_exported", doc.candidate_id, document=doc_id)
        return target

    def set_kind(self, doc_id: int, kind: str) -> None:
        """Say what a document is (a CV, a diploma ...): an import often cannot tell."""
        self.vault.require(roles.DOCUMENTS)
        if kind not in KINDS:
            raise InvalidInput(f"kind must be one of {', '.join(KINDS)}")
        with self.vault.write() as session:
            doc = self._get(session, doc_id)
            if doc.kind != kind:
                doc.kind = kind
                self.vault.audit(
                    session, "document_kind_changed", doc.candidate_id, document=doc_id, kind=kind
                )

    def delete(self, doc_id: int) -> None:
        """Delete a document, its attachments and their search tokens."""
        self.vault.require(roles.DOCUMENTS)
        with self.vault.write() as session:
            doc = self._get(session, doc_id)
            ids = [doc_id, *session.scalars(select(Document.id).where(Document.parent_id == doc_id))]
            self.vault.search.remove_documents(session, ids)
            # Attachments first, then the document (core DELETEs: no ORM cascade ordering surprises).
            session.execute(delete(Document).where(Document.parent_id == doc_id))
            session.execute(delete(Document).where(Document.id == doc_id))
            for gone in ids:  # Core DELETEs: the ORM does not see them
                tracking.touch_row(session, doc.candidate_id, "documents", gone)
            self.vault.audit(session, "document_deleted", doc.candidate_id, document=doc_id, removed=len(ids))
