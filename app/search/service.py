"""Search service: keeps the blind index in step with profiles and documents, and answers queries."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app.candidates import PROFILE_FIELDS
from app.errors import InvalidInput
from app.search import tokens as tk
from app.search.backend import SearchBackend, backend_for

if TYPE_CHECKING:
    from app.vault import Vault

# Profile fields in the index; "language" (nl/fr/en, the letter language) is a code, not something to find.
INDEXED_FIELDS = tuple(name for name in PROFILE_FIELDS if name != "language")
PREFIX_FIELDS = ("first_name", "last_name", "email")
MAX_QUERY_WORDS = 32
PAGE = 50  # hits per page: the first page of a common word comes back at once


@dataclass
class SearchHit:
    id: int
    name: str
    matches: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "matches": self.matches}


@dataclass
class SearchPage:
    """The hits from ``offset`` on (at most a page), and how many there are in all."""

    hits: list[SearchHit]
    total: int
    offset: int = 0

    @property
    def more(self) -> bool:
        return self.offset + len(self.hits) < self.total


def _source_order(source: str) -> tuple[int, int, str]:
    if source in INDEXED_FIELDS:
        return (0, INDEXED_FIELDS.index(source), source)
    number = re.search(r"(\d+)$", source)
    return (1, int(number.group(1)) if number else 0, source)


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.backend: SearchBackend = backend_for(vault.engine.dialect.name)
        self._without_hits = 0  # searches since the last audited one that found no one

    # ---- keeping the index in step ---------------------------------------------------------

    def index_profile(self, session: Session, candidate_id: int, fields: Mapping[str, str | None]) -> None:
        """The ``profile_hooks`` entry: replaces the candidate's profile tokens (on add and edit)."""
        key = self.vault.sealer.keys.blind_index
        self.backend.remove_profile(session, candidate_id)
        by_field = {
            name: tk.text_tokens(key, value, with_prefixes=name in PREFIX_FIELDS)
            for name in INDEXED_FIELDS
            if (value := fields.get(name))
        }
        self.backend.add(session, candidate_id, by_field)

    def index_document(self, session: Session, candidate_id: int, document_id: int, text: str) -> int:
        key = self.vault.sealer.keys.blind_index
        toks = tk.text_tokens(key, text)
        return self.backend.add(session, candidate_id, {f"document:{document_id}": toks}, document_id)

    def remove_documents(self, session: Session, document_ids: Sequence[int]) -> None:
        self.backend.remove_documents(session, document_ids)

    # ---- queries ----------------------------------------------------------------------------

    def candidate_ids(self, query: Sequence[str]) -> list[int]:
        """Ids of the candidates that match every word (whole word anywhere, or a name/e-mail prefix).

        What the list's search field runs as you type: ids only, nothing decrypted, nothing audited,
        and no object per hit (a word in 49,000 CVs: one tuple per hit cost more than the query)."""
        alternatives = self._tokens(query)
        with self.vault.read() as session:
            return self.backend.match_all(session, alternatives)

    def search(self, query: Sequence[str], *, limit: int | None = PAGE, offset: int = 0) -> SearchPage:
        """A page of the candidates that match every word, with their names and where each word was
        found (``limit`` None: every hit). Only the page is decrypted and read. Audited when it shows
        someone; a search without hits shows no one, so it is only counted, in the next search's event."""
        if offset < 0 or (limit is not None and limit < 1):
            raise InvalidInput("the page must start at 0 or later and hold at least one hit")
        alternatives = self._tokens(query)
        with self.vault.read() as session:
            page, total = self.backend.match_page(session, alternatives, offset, limit)
            flat = [tok for pair in alternatives for tok in pair]
            sources = self.backend.sources(session, page, flat) if page else {}
        if not total:
            self._without_hits += 1
            return SearchPage([], 0, offset)
        names = {r.id: r.display_name for r in self.vault.candidates.list(("first_name", "last_name"), page)}
        self._audit(len(alternatives), total, len(page))
        hits = [
            SearchHit(cid, names.get(cid, ""), sorted(set(sources[cid]), key=_source_order)) for cid in page
        ]
        return SearchPage(hits, total, offset)

    def _tokens(self, query: Sequence[str]) -> list[list[bytes]]:
        """Per query word, the tokens that match it: the whole word, or a name/e-mail prefix."""
        words = tk.query_words(query)
        if not words:
            raise InvalidInput("give at least one word to search for (letters or digits)")
        if len(words) > MAX_QUERY_WORDS:
            raise InvalidInput(f"too many words in the search (at most {MAX_QUERY_WORDS})")
        key = self.vault.sealer.keys.blind_index
        return [[tk.token(key, tk.WORD, w), tk.token(key, tk.PREFIX, w)] for w in words]

    def _audit(self, words: int, hits: int, shown: int) -> None:
        # The words are personal data (a name, a phrase of a CV): only their count is recorded.
        before, self._without_hits = self._without_hits, 0
        with self.vault.write() as session:
            self.vault.audit(
                session, "search", words=words, hits=hits, shown=shown, without_hits_before=before
            )
