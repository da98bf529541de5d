#!/usr/bin/env python3
"""Generate the hostile / broken test inputs in ./bad/ (stdlib only).

Re-run safely: every file it writes is overwritten.  Real broken files copied
from public test suites (see MANIFEST.md) are NOT produced here and are left
alone.  Every output stays well under 2 MB on disk; several are bombs that
expand to hundreds of MB or more when parsed naively.

    python3 make_bad.py            # writes into ./bad next to this script
    python3 make_bad.py OUTDIR
"""
import io
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "bad")
GOOD = os.path.join(HERE, "good")
os.makedirs(OUT, exist_ok=True)


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    print(f"{len(data):>9}  {name[:80]}")


# ---------------------------------------------------------------- PDF helpers
def build_pdf(objects, root=1, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"):
    """objects: list of bytes bodies for objects 1..n. Returns a PDF with a
    correct xref table (so breakage is only what we put in on purpose)."""
    out = io.BytesIO()
    out.write(header)
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, root, xref))
    return out.getvalue()


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def content(text):
    s = b"BT /F1 24 Tf 72 720 Td (" + text + b") Tj ET"
    return b"<< /Length %d >>\nstream\n" % len(s) + s + b"\nendstream"


# 1. truncated PDF: a valid generated PDF cut in half (no xref, no %%EOF)
valid = build_pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    FONT,
    content(b"Truncated document"),
])
write("pdf-truncated-half.pdf", valid[: len(valid) // 2])

# 1b. a real-world-ish truncation: the first 60% of a good PDF from good/
src = os.path.join(GOOD, "libreoffice-writer.pdf")
if os.path.exists(src):
    data = open(src, "rb").read()
    write("pdf-truncated-libreoffice.pdf", data[: int(len(data) * 0.6)])

# 2. cyclic /Pages tree: the Pages node lists itself (and its parent) as kids
write("pdf-cyclic-pages-tree.pdf", build_pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
    b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>",
]))

# 3. huge /Count with a single real page
write("pdf-huge-page-count.pdf", build_pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    FONT,
    content(b"One page, claims two billion"),
]))

# 4. JavaScript: OpenAction + document-level /Names /JavaScript + Launch action
write("pdf-javascript-openaction.pdf", build_pdf([
    b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R "
    b"/Names << /JavaScript << /Names [(init) 7 0 R] >> >> >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R "
    b"/AA << /O 8 0 R >> >>",
    FONT,
    content(b"This PDF carries JavaScript"),
    b"<< /Type /Action /S /JavaScript /JS (app.alert\\('corpus test: JS ran'\\);) >>",
    b"<< /Type /Action /S /JavaScript /JS (this.print\\({bUI:false}\\);) >>",
    b"<< /Type /Action /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c echo corpus-test) >> >>",
]))

# 5. Flate bomb: a page content stream that inflates to ~1 GiB of spaces
def deflate_stream(total, chunk=b" " * (1 << 20), level=9):
    c = zlib.compressobj(level)
    parts = []
    left = total
    while left > 0:
        n = min(left, len(chunk))
        parts.append(c.compress(chunk[:n]))
        left -= n
    parts.append(c.flush())
    return b"".join(parts)


bomb = deflate_stream(1 << 30)
write("pdf-flate-bomb-1gib-content.pdf", build_pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    FONT,
    b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream",
]))

# 6. deeply nested arrays (parser recursion / stack exhaustion)
depth = 100_000
write("pdf-deeply-nested-arrays.pdf", build_pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Deep " + b"[" * depth + b"]" * depth + b" >>",
    FONT,
    b"<< /Length 0 >>\nstream\n\nendstream",
]))
# 6b. the same nesting inside the page content stream (operand stack of the text extractor)
nested_ops = b"BT /F1 12 Tf 72 720 Td " + b"[" * depth + b"]" * depth + b" TJ (after) Tj ET"
write("pdf-deeply-nested-content-stream.pdf", build_pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    FONT,
    b"<< /Length %d >>\nstream\n" % len(nested_ops) + nested_ops + b"\nendstream",
]))

# 7. a ".pdf" that is really a DOS/PE executable header
mz = bytearray(512)
mz[0:2] = b"MZ"
mz[0x3C:0x40] = struct.pack("<I", 0x80)
stub = b"This program cannot be run in DOS mode.\r\r\n$"
mz[0x4E:0x4E + len(stub)] = stub
mz[0x80:0x84] = b"PE\0\0"
mz[0x84:0x86] = struct.pack("<H", 0x14C)  # i386 machine type
write("invoice-really-an-exe.pdf", bytes(mz))
write("setup.exe", bytes(mz))

# 8. 0-byte files
write("empty-0-bytes.pdf", b"")
write("empty-0-bytes.docx", b"")

# 9. and 10. (a 240-character name; a right-to-left override in the name) are written at test time by
# tests/corpus_files.py: such names are not committed.


# ---------------------------------------------------------------- DOCX helpers
CT = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      b'<Default Extension="xml" ContentType="application/xml"/>'
      b'<Override PartName="/word/document.xml" ContentType="application/'
      b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      b'</Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def doc_xml(body, doctype=b""):
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype +
            b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>")


def para(text):
    return b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"


def make_docx(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(name, data)
    return buf.getvalue()


# 11. zip bomb: word/document.xml inflates to ~1.1 GB (valid XML, one huge paragraph)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    with z.open("word/document.xml", "w", force_zip64=True) as f:
        f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
                + W + b"><w:body><w:p><w:r><w:t>")
        block = b"A" * (1 << 20)
        for _ in range(1100):  # 1100 MiB
            f.write(block)
        f.write(b"</w:t></w:r></w:p></w:body></w:document>")
write("docx-zip-bomb-1gb-document-xml.docx", buf.getvalue())

# 12. billion laughs (XML entity expansion) in document.xml
lol = b'<!DOCTYPE w:document [\n<!ENTITY lol "lol">\n'
lol += b'<!ENTITY lol1 "' + b"&lol;" * 10 + b'">\n'
for i in range(2, 10):
    lol += b"<!ENTITY lol%d \"" % i + (b"&lol%d;" % (i - 1)) * 10 + b'">\n'
lol += b"]>\n"
write("docx-billion-laughs.docx", make_docx([
    ("[Content_Types].xml", CT), ("_rels/.rels", RELS),
    ("word/document.xml", doc_xml(para(b"&lol9;"), lol)),
]))

# 13. XXE: external entity pointing at a local file and a URL
xxe = (b'<!DOCTYPE w:document [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
       b'<!ENTITY net SYSTEM "http://127.0.0.1:9/corpus-xxe">\n]>\n')
write("docx-xxe-external-entity.docx", make_docx([
    ("[Content_Types].xml", CT), ("_rels/.rels", RELS),
    ("word/document.xml", doc_xml(para(b"&xxe;") + para(b"&net;"), xxe)),
]))

# 14. "docx" that is not a zip at all
write("docx-not-a-zip.docx", b"This is plain text pretending to be a Word document.\n" * 20)

# 15. a valid ZIP with no word/document.xml (and no content types)
write("docx-zip-without-document-xml.docx", make_docx([
    ("readme.txt", b"just a zip file, renamed to .docx\n"),
    ("images/photo.txt", b"no image here either\n"),
]))

# 16. path traversal entry names inside a docx (zip-slip)
write("docx-zip-slip-path-traversal.docx", make_docx([
    ("[Content_Types].xml", CT), ("_rels/.rels", RELS),
    ("word/document.xml", doc_xml(para(b"zip slip test"))),
    ("../../../../tmp/corpus-zip-slip.txt", b"written outside the target dir\n"),
    ("/etc/corpus-absolute-path.txt", b"absolute path entry\n"),
    ("word\\..\\..\\windows-style-traversal.txt", b"backslash traversal\n"),
]))

# 17. docx whose document.xml is not well-formed XML
write("docx-malformed-xml.docx", make_docx([
    ("[Content_Types].xml", CT), ("_rels/.rels", RELS),
    ("word/document.xml", b'<?xml version="1.0"?><w:document ' + W + b"><w:body><w:p><w:r><w:t>unclosed"),
]))


# ---------------------------------------------------------------- PNG bomb
def png_chunk(typ, data):
    return struct.pack(">I", len(data)) + typ + data + struct.pack(">I", zlib.crc32(typ + data) & 0xFFFFFFFF)


def png(width, height, bitdepth, colortype, idat):
    ihdr = struct.pack(">IIBBBBB", width, height, bitdepth, colortype, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))


# 18. complete, valid 1-bit 60000x60000 PNG (3.6 gigapixels, ~450 MB of raw scanlines)
w = h = 60000
row = b"\x00" + b"\x00" * ((w + 7) // 8)
c = zlib.compressobj(9)
rows_per_chunk = 500
chunk = row * rows_per_chunk
parts = [c.compress(chunk) for _ in range(h // rows_per_chunk)]
parts.append(c.flush())
write("png-decompression-bomb-60000x60000.png", png(w, h, 1, 0, b"".join(parts)))

# 19. header-only lie: IHDR claims 2^31-1 x 2^31-1 RGBA, tiny IDAT
write("png-huge-dimensions-header.png", png(0x7FFFFFFF, 0x7FFFFFFF, 8, 6, zlib.compress(b"\x00" * 64)))

# 20. a JPEG that is just a truncated header
write("jpeg-truncated.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb")

print("done ->", OUT)
