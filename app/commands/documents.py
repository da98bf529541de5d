"""Document and search commands: document add|list|get|kind|delete, search."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.commands.context import CommandContext, print_json
from app.documents import KINDS

if TYPE_CHECKING:
    from app.documents.service import Added


def register(commands: Any) -> None:
    p = commands.add_parser("document", help="import, list, fetch, classify or delete documents")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("add", help="import files for a candidate; prints the new ids, one line per file")
    q.add_argument("id", type=int, help="candidate id")
    q.add_argument("file", nargs="+", help="several files are extracted in parallel")
    q.add_argument("--kind", choices=KINDS, default="other")
    q.set_defaults(func=cmd_add_document)

    q = actions.add_parser("list", help="a candidate's documents")
    q.add_argument("id", type=int, help="candidate id")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_documents)

    q = actions.add_parser("get", help="write a document's original file to a path")
    q.add_argument("doc_id", type=int)
    q.add_argument("--out", required=True, metavar="PATH")
    q.set_defaults(func=cmd_get_document)

    q = actions.add_parser("kind", help="say what a document is (cv, letter, diploma ...)")
    q.add_argument("doc_id", type=int)
    q.add_argument("kind", choices=KINDS)
    q.set_defaults(func=cmd_document_kind)

    q = actions.add_parser("delete", help="delete a document (and its attachments) for good")
    q.add_argument("doc_id", type=int)
    q.set_defaults(func=cmd_delete_document)

    p = commands.add_parser("search", help="candidates whose profile or documents hold all the words")
    p.add_argument("words", nargs="+")
    p.add_argument("--limit", type=_count(1), default=50, metavar="N", help="hits per page (default 50)")
    p.add_argument("--offset", type=_count(0), default=0, metavar="N", help="skip the first N hits")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)


def _count(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``least``."""

    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            value = least - 1
        if value < least:
            raise argparse.ArgumentTypeError(f"give a whole number of at least {least}, not {raw!r}")
        return value

    return parse


def _safe(text: str) -> str:
    # A file name may hold direction overrides or control characters: show them escaped.
    return "".join(
        ch if ch.isprintable() and not 0x202A <= ord(ch) <= 0x202E else f"\\u{ord(ch):04x}" for ch in text
    )


def cmd_add_document(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    files = ctx.args.file
    if len(files) == 1:  # one file: a refusal is the command's one-line error
        result = vault.documents.add(ctx.args.id, files[0], ctx.args.kind)
        _print_added(vault, result if isinstance(result, list) else [result])
        return 0
    refused = 0

    def tell(added: Added) -> None:  # as each file is committed: a killed run's output matches the vault
        nonlocal refused
        if added.error is not None:
            refused += 1
            print(f"candidate-vault: {_safe(added.file_name)}: {added.error}", file=sys.stderr, flush=True)
        else:
            _print_added(vault, added.ids)

    vault.documents.add_many(ctx.args.id, files, ctx.args.kind, stored=tell)
    return 1 if refused else 0


def _print_added(vault: Any, ids: list[int]) -> None:
    for doc_id in ids:
        info = vault.documents.info(doc_id)
        if info.text_status != "ok":
            reason = "; ".join(info.notes[-1:]) or info.text_status
            print(f"candidate-vault: document {doc_id} stored without text: {reason}", file=sys.stderr)
    print(" ".join(str(i) for i in ids), flush=True)


def cmd_documents(ctx: CommandContext) -> int:
    docs = ctx.unlocked_vault().documents.list(ctx.args.id)
    if ctx.args.json:
        print_json([d.as_json() for d in docs])
        return 0
    for d in docs:
        parent = f"  (in {d.parent_id})" if d.parent_id else ""
        line = f"{d.id:>6}  {d.kind:<11} {d.text_status:<12} {d.size:>10}  {d.added_on}"
        print(f"{line}  {_safe(d.file_name)}{parent}")
        for note in d.notes:
            print(f"{'':8}note: {_safe(note)}")
    return 0


def cmd_get_document(ctx: CommandContext) -> int:
    path = ctx.unlocked_vault().documents.export(ctx.args.doc_id, ctx.args.out)
    print(f"Document {ctx.args.doc_id} written to {path}.")
    return 0


def cmd_document_kind(ctx: CommandContext) -> int:
    ctx.unlocked_vault().documents.set_kind(ctx.args.doc_id, ctx.args.kind)
    print(f"Document {ctx.args.doc_id} is now of kind {ctx.args.kind}.")
    return 0


def cmd_delete_document(ctx: CommandContext) -> int:
    ctx.unlocked_vault().documents.delete(ctx.args.doc_id)
    print(f"Document {ctx.args.doc_id} deleted.")
    return 0


def cmd_search(ctx: CommandContext) -> int:
    page = ctx.unlocked_vault().search.search(ctx.args.words, limit=ctx.args.limit, offset=ctx.args.offset)
    if ctx.args.json:
        print_json([h.as_json() for h in page.hits])
    else:
        for hit in page.hits:
            print(f"{hit.id:>6}  {hit.name:<40}  {', '.join(hit.matches)}")
    if page.more or (page.offset and not page.hits):
        shown = f"{page.offset + 1}–{page.offset + len(page.hits)}" if page.hits else "none"
        more = f"; the next page: --offset {page.offset + len(page.hits)}" if page.more else ""
        print(f"candidate-vault: hits {shown} of {page.total}{more}", file=sys.stderr)
    return 0
