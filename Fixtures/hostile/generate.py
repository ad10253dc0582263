#!/usr/bin/env python3
"""Writes the hostile corpus: broken and malicious inputs, each with its expected outcome in expected.tsv.

Run from the repository root: python3 Fixtures/hostile/generate.py
Deterministic (fixed seeds). The very large cases (a 50 MB line of text, HTML nested 100,000 deep, a 10 MB
attribute, 3,000 pages) are made at test time by HostileInputTests instead of being committed.
"""
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def hand_pdf(text, rgb="0 0 0", size=(612, 792), band=False):
    """A one-page PDF written by hand, with correct xref offsets; `band` draws a blue box behind the text."""
    stream = ("0 0 1 rg 0 600 612 192 re f " if band else "") + f"{rgb} rg BT /F1 12 Tf 72 700 Td ({text}) Tj ET"
    stream = stream.encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources" % size + b" << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


def docx(document_xml):
    """A minimal DOCX around the given word/document.xml, with fixed dates so the bytes are reproducible."""
    from io import BytesIO
    types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             b'<Default Extension="xml" ContentType="application/xml"/></Types>')
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("[Content_Types].xml", types), ("word/document.xml", document_xml)):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def main():
    rng = random.Random(20261125)
    good = open(os.path.join(FIXTURES, "pdf", "one-column.pdf"), "rb").read()

    flipped = bytearray(good)
    for _ in range(300):
        flipped[rng.randrange(200, len(flipped))] ^= 1 << rng.randrange(8)
    write("bit-flipped.pdf", bytes(flipped))
    write("random-bytes.pdf", bytes(rng.randrange(256) for _ in range(16384)))
    write("truncated.pdf", good[: len(good) // 3])
    write("broken-xref.pdf", hand_pdf("Python developer").replace(b"startxref\n", b"startxref\n99999"))
    # White text on a blue band of a page declared 60,000 points square: telling it from hidden text must not
    # render the page at gigabytes.
    write("huge-page.pdf", hand_pdf("Jane Doe, Python developer", rgb="1 1 1", size=(60000, 60000), band=True))
    write("all-hidden.pdf", hand_pdf("TensorFlow PyTorch Kubernetes Spark", rgb="1 1 1"))
    write("invalid-utf8.txt", b"Jane Doe\nEXPERIENCE\n\xff\xfe\xfa broken \xc3\x28 bytes\n- Built models in Python\n")
    write("nul-bytes.txt", b"Jane Doe\x00\x00EXPERIENCE\x00Python\n" * 20)
    write("utf16-no-bom.txt", "Jane Doe\nEXPERIENCE\n- Built models in Python and SQL\n".encode("utf-16-le"))
    write("deep.json", b'{"basics": {"name": "A B"}, "work": ' + b"[" * 100000 + b"]" * 100000 + b"}")
    write("deep.html", b"<html><body>" + b"<div>" * 5000 + b"Jane Doe, Python developer" + b"</div>" * 5000 + b"</body></html>")
    write("script-only.html", b"<html><head><script>document.body.innerHTML = '<h1>Jane Doe</h1><p>Python</p>'</script>"
          b"</head><body><div id=\"root\"></div></body></html>")
    namespace = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    write("deep.docx", docx(b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + namespace + b"><w:body>"
                            + b"<w:customXml>" * 1000 + b"<w:p><w:r><w:t>Python</w:t></w:r></w:p>"
                            + b"</w:customXml>" * 1000 + b"</w:body></w:document>"))
    write("xxe-only.docx", docx(b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
                                b'<!ENTITY remote SYSTEM "http://127.0.0.1:9/resume.xml">]><w:document ' + namespace + b"><w:body>"
                                b"<w:p><w:r><w:t>Jane Doe, Python developer</w:t></w:r></w:p>"
                                b"<w:p><w:r><w:t>&xxe;&remote;</w:t></w:r></w:p></w:body></w:document>"))
    write("not-json.json", b'{"basics": {"name": "Jane Doe", "email": "jane@example.com",,}}')
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in range(1, 10):
        name, previous = chr(97 + level), chr(96 + level)
        bomb += f"{name}: &{name} [" + ", ".join(f"*{previous}" for _ in range(10)) + "]\n"
    write("alias-bomb.yaml", bomb.encode())
    write("deep.yaml", b"skills: " + b"[" * 20000 + b"]" * 20000 + b"\n")
    write("typo-role.yaml", b'id: tiny\ntitle: Tiny\nversion: "1"\nrequirements:\n  - id: lang\n    title: A language\n'
          b"    level: must\n    wieght: 10\n    any: [python]\n    advice: Learn Python.\n")


if __name__ == "__main__":
    main()
