#!/usr/bin/env python3
"""Writes the fixtures whose exact bytes matter (encodings, binary, empty).

Usage: python3 Fixtures/generator/make-bytes.py [FIXTURES_DIR]
FIXTURES_DIR defaults to the Fixtures directory above this script.

Writes:
  html/windows-1252.html  Windows-1252 bytes (0xE9, 0xFC, 0x92, ...), not valid UTF-8
  text/utf16-bom.txt      UTF-16LE with BOM FF FE
  text/latin1.txt         Windows-1252 bytes, not valid UTF-8
  text/binary.txt         2048 bytes: 00 01 02 ... FF repeated 8 times
  text/empty.txt          0 bytes
"""
import os
import sys

WINDOWS_1252_HTML = (
    "<!DOCTYPE html>\r\n<html>\r\n<head>\r\n"
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\r\n'
    "<title>Ren\u00e9e M\u00fcller</title>\r\n</head>\r\n<body>\r\n"
    "<h1>Ren\u00e9e M\u00fcller</h1>\r\n"
    "<p>renee.mueller@example.com \u2013 +49 30 1234567</p>\r\n"
    "<h2>Experience</h2>\r\n"
    "<p>Data Engineer, Stra\u00dfenbahn Analytics GmbH, 2021 \u2013 2024</p>\r\n"
    "<ul><li>Built Spark pipelines for the caf\u00e9 loyalty program</li></ul>\r\n"
    "<h2>Ren\u00e9e\u2019s projects</h2>\r\n"
    "<p>Open-source contributor to pandas \u2022 Airflow</p>\r\n"
    "<h2>Education</h2>\r\n"
    "<p>Technische Universit\u00e4t M\u00fcnchen, M.Sc. Informatik</p>\r\n"
    "</body>\r\n</html>\r\n"
)


def not_utf8(b):
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def write(root, rel, data):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (path, len(data)))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)

    html = WINDOWS_1252_HTML.encode("cp1252")
    assert b"\xe9" in html and b"\xfc" in html and b"\x92" in html and not_utf8(html)
    write(root, "html/windows-1252.html", html)

    utf16 = b"\xff\xfe" + "Lena Fischer\nEXPERIENCE\n- Built dashboards in Tableau\n".encode("utf-16-le")
    write(root, "text/utf16-bom.txt", utf16)

    latin1 = "Jos\u00e9 Pe\u00f1a\nEXPERIENCE\n- Analyst at Caf\u00e9 Data\n".encode("cp1252")
    assert not_utf8(latin1)
    write(root, "text/latin1.txt", latin1)

    write(root, "text/binary.txt", bytes(range(256)) * 8)
    write(root, "text/empty.txt", b"")


if __name__ == "__main__":
    main()
