"""The shared data of one run: a synthetic vault and the same data as plaintext SQLite + FTS5.

Both are written in one pass over ``app.demo``'s candidates (the vault through its bulk path, the
baseline from the same specs), with the same ids, so that every figure compares like with like.
The plaintext baseline is what a careful unencrypted app would keep: a candidates table, its
procedures and consents, the documents with their text, and FTS5 indexes (external content, so the
text is not stored twice) over the profile and the document text.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from app import demo, roles
from app.candidates import PROFILE_FIELDS
from app.crypto.keys import VaultKeys
from app.demo import CandidateSpec
from app.vault import Vault
from benchmarks import peer

PASSPHRASE = "benchmark passphrase: correct horse battery staple"
SEED = 2026

_PROFILE_COLUMNS = ", ".join(f"{name} TEXT" for name in PROFILE_FIELDS)
_PLAIN_SCHEMA = f"""
CREATE TABLE candidates (id INTEGER PRIMARY KEY, version INTEGER, created_on TEXT, {_PROFILE_COLUMNS});
CREATE TABLE procedures (id INTEGER PRIMARY KEY, candidate_id INTEGER REFERENCES candidates(id),
    vacancy_id INTEGER, stage TEXT, outcome TEXT, applied_on TEXT, ended_on TEXT);
CREATE INDEX ix_procedures_candidate ON procedures(candidate_id);
CREATE TABLE consents (id INTEGER PRIMARY KEY, candidate_id INTEGER REFERENCES candidates(id), given_on TEXT,
    ends_on TEXT, withdrawn_on TEXT, method TEXT, evidence TEXT);
CREATE INDEX ix_consents_candidate ON consents(candidate_id);
CREATE TABLE documents (id INTEGER PRIMARY KEY, candidate_id INTEGER REFERENCES candidates(id), kind TEXT,
    media_type TEXT, file_name TEXT, content BLOB, text TEXT);
CREATE INDEX ix_documents_candidate ON documents(candidate_id);
CREATE VIRTUAL TABLE candidates_fts USING fts5(first_name, last_name, email, languages, summary,
    content='candidates', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
"""


@dataclass
class Dataset:
    folder: Path
    vault: str  # where the vault is: its SQLite file, or its PostgreSQL URL (``--postgres``)
    plain_path: Path
    passphrase_file: Path
    vault_key: bytes
    candidates: int
    documents: int
    document_text_bytes: int
    build_seconds: float

    @property
    def vault_file(self) -> Path | None:
        """The vault's SQLite file; None on PostgreSQL."""
        return None if "://" in self.vault else Path(self.vault)

    def open_vault(self) -> Vault:
        """Open the vault and load its keys directly: an unlock without the KDF."""
        vault = Vault.open(self.vault)
        vault.sealer.load(VaultKeys(self.vault_key))
        vault.user, vault.role = "admin", roles.ADMIN  # what unlocking the admin's slot sets
        return vault

    def plain(self) -> sqlite3.Connection:
        return sqlite3.connect(self.plain_path)

    def peer_path(self) -> Path | None:
        """The plaintext baseline as SQLCipher keeps it (made on first use); None without SQLCipher."""
        return peer.encrypted_copy(self.plain_path, self.folder / "peer.sqlcipher")


class _PlainWriter:
    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path)
        self.con.executescript(_PLAIN_SCHEMA)
        self.documents = 0
        self.text_bytes = 0
        self._doc_id = 0

    def add(self, specs: list[CandidateSpec], ids: list[int]) -> None:
        cands, procs, consents, docs = [], [], [], []
        for spec, cid in zip(specs, ids, strict=True):
            cands.append((cid, 2, spec.created_on.isoformat(), *(spec.fields.get(n) for n in PROFILE_FIELDS)))
            for p in spec.procedures:
                procs.append((cid, p.vacancy + 1, p.stage, p.outcome, p.applied_on, p.ended_on))
            for c in spec.consents:
                consents.append((cid, c.given_on, c.ends_on, c.withdrawn_on, c.method, c.evidence))
            for d in spec.documents:
                self._doc_id += 1
                docs.append((self._doc_id, cid, d.kind, d.media_type, d.file_name, d.content, d.text))
                self.text_bytes += len(d.text.encode())
        self.documents += len(docs)
        with self.con:
            self.con.executemany(
                f"INSERT INTO candidates VALUES ({', '.join('?' * (3 + len(PROFILE_FIELDS)))})", cands
            )
            self.con.executemany(
                "INSERT INTO procedures (candidate_id, vacancy_id, stage, outcome, applied_on, ended_on) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(c, v, s, o, a.isoformat(), e.isoformat() if e else None) for c, v, s, o, a, e in procs],
            )
            self.con.executemany(
                "INSERT INTO consents (candidate_id, given_on, ends_on, withdrawn_on, method, evidence) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (c, g.isoformat(), e.isoformat() if e else None, w.isoformat() if w else None, m, ev)
                    for c, g, e, w, m, ev in consents
                ],
            )
            self.con.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)", docs)
            self.con.executemany(
                "INSERT INTO candidates_fts (rowid, first_name, last_name, email, languages, summary) "
                "SELECT id, first_name, last_name, email, languages, summary FROM candidates WHERE id = ?",
                [(c[0],) for c in cands],
            )
            self.con.executemany(
                "INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", [(d[0], d[6]) for d in docs]
            )

    def close(self) -> None:
        self.con.close()


def build(
    folder: Path, count: int, document_share: float, seed: int = SEED, vault_url: str | None = None
) -> Dataset:
    """Create the vault (KDF calibrated as in real use) and its plaintext twin under ``folder``; the
    vault at ``vault_url`` (an empty PostgreSQL database) if given."""
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    vault_path, plain_path = folder / "vault.sqlite3", folder / "plain.sqlite3"
    for stale in (vault_path, plain_path, folder / "peer.sqlcipher"):
        stale.unlink(missing_ok=True)
    location = vault_url or str(vault_path)
    vault, _recovery = Vault.create(location, PASSPHRASE)
    plain = _PlainWriter(plain_path)
    try:
        demo.populate_bulk(vault, count, seed, with_documents=document_share, observe=plain.add)
        vault_key = vault.sealer.keys.vault_key
        vault.checkpoint()
    finally:
        vault.close()
        plain.close()
    passphrase_file = folder / "passphrase.txt"
    fd = os.open(passphrase_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(PASSPHRASE + "\n")
    return Dataset(
        folder,
        location,
        plain_path,
        passphrase_file,
        vault_key,
        count,
        plain.documents,
        plain.text_bytes,
        time.perf_counter() - start,
    )
