"""From text to blind-index tokens: normalise, split into words, hash each word with a keyed HMAC.

Words are case-folded and accent-stripped (NFKD, combining marks dropped), then split on anything that
is not a letter or a digit. Scripts written without spaces (Chinese, Japanese, Thai, ...) are cut into
overlapping character pairs, as full-text engines do, so that a word inside a sentence is found.

A token is ``HMAC-SHA256(blind_index_key, domain | word)`` truncated to 8 bytes (64 bits). The domain
separates whole words ("w") from name/e-mail prefixes ("p"), so a prefix never matches a whole word of a
document by accident. Why 64 bits: CipherSweet truncates deliberately to get false positives and then
filters them by decrypting; our search must be exact without decrypting every document, so we want no
false positives. With even 10^8 distinct words in a vault the chance that a query token meets a stored
token of another word is about 10^8 / 2^64 ~ 5e-12; shorter tokens would not hide anything more (equal
words stay equal), longer ones only make the index bigger.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable, Iterator

TOKEN_BYTES = 8
WORD = b"w"
PREFIX = b"p"
MIN_PREFIX = 2
MAX_PREFIX = 32  # longer prefixes of very long "words" are not worth the rows

# Scripts written without spaces between words (by Unicode block ranges).
_NO_SPACE_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x31FF),  # Bopomofo, Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B..
)


# Latin letters that NFKD does not decompose but a reader sees as a letter "with an accent".
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_NO_SPACE = "".join(f"{chr(low)}-{chr(high)}" for low, high in _NO_SPACE_RANGES)
_RUNS = re.compile(r"[^\W_]+")  # letters and digits (str.isalnum), the underscore excluded
_SCRIPT_RUNS = re.compile(f"([{_NO_SPACE}]+)|[^{_NO_SPACE}]+")


def fold(text: str) -> str:
    """Case-fold and strip accents: "Élodie" -> "elodie", "ﬁle" -> "file", "Straße" -> "strasse"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", stripped.casefold().translate(_LETTERS))


def words(text: str) -> Iterator[str]:
    """The searchable words of ``text``, in order (repeats included)."""
    for run in _RUNS.findall(fold(text)):
        if run.isascii():
            yield run
            continue
        for part in _SCRIPT_RUNS.finditer(run):
            chunk = part.group(0)
            if part.group(1) is None or len(chunk) == 1:
                yield chunk
            else:
                yield from (chunk[i : i + 2] for i in range(len(chunk) - 1))


def prefixes(word: str) -> Iterator[str]:
    """Prefixes used for "starts with" search on names and e-mail: "jan" of "janssens" (and the word)."""
    for length in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
        yield word[:length]


def token(key: bytes, domain: bytes, word: str) -> bytes:
    return hmac.new(key, domain + b"\x00" + word.encode("utf-8"), hashlib.sha256).digest()[:TOKEN_BYTES]


def text_tokens(key: bytes, text: str, *, with_prefixes: bool = False) -> set[bytes]:
    """The distinct tokens of a text: whole words, and (names, e-mail) their prefixes."""
    found: set[bytes] = set()
    seen: set[str] = set()
    for word in words(text):
        if word in seen:
            continue
        seen.add(word)
        found.add(token(key, WORD, word))
        if with_prefixes:
            found.update(token(key, PREFIX, p) for p in prefixes(word))
    return found


def query_words(query: Iterable[str]) -> list[str]:
    """The distinct words of a query, in order."""
    out: list[str] = []
    for part in query:
        for word in words(part):
            if word not in out:
                out.append(word)
    return out
