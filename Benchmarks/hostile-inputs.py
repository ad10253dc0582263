#!/usr/bin/env python3
"""Time and peak memory of `skillgap check` on inputs built to be expensive, each just under the 25 MB size limit.

Usage: SKILLGAP=.build/release/skillgap python3 Benchmarks/hostile-inputs.py

Each case is made in a temporary folder (deterministic), checked once, and reported with its wall time, the
peak resident memory of the process (from the kernel, via getrusage of the waited child) and its exit status.
The reference row is the same binary on Fixtures/check/strong.md, a normal resume, so the figures read as
"this many times a normal file" on whatever machine runs them.
"""
import io
import os
import random
import subprocess
import sys
import tempfile
import zipfile

SIZE = 24_000_000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cases():
    rng = random.Random(20261125)
    yield "reference: strong.md", ".md", None
    yield "text, 12M one-word lines", ".txt", b"a\n" * (SIZE // 2)
    yield "text, 1.4M lines", ".txt", b"Python developer\n" * (SIZE // 17)
    yield "Markdown, 1.2M list items", ".md", b"# H\n\n- **a** [x](y)\n" * (SIZE // 20)
    yield "Markdown, one line of 150,000 [", ".md", b"# Jane Doe\n\n**Python** " + b"[" * 150_000 + b"\n"
    yield "Markdown, one line of 60,000 [a](", ".md", b"# Jane Doe\n\n**Python** " + b"[a](" * 60_000 + b"\n"
    yield "text, one paragraph of 400,000 lines", ".txt", b"Jane Doe\nEXPERIENCE\nBuilt a python service with sql\n" + b"and then we kept building more python services here\n" * 400_000
    yield "text, one line of 4M words", ".txt", b"Jane Doe " + b"built R and Go and C tools in Excel with the team " * (SIZE // 50)
    yield "HTML, 2.4M elements", ".html", b"<html><body>" + b"<p>a b</p>" * (SIZE // 10) + b"</body></html>"
    yield "JSON, 1.1M objects", ".json", b'{"basics":{"name":"A B"},"work":[' + b",".join([b'{"summary":"Python"}'] * (SIZE // 21)) + b"]}"
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(3, 9))) for _ in range(5000)]
    paragraphs = ("<w:p><w:r><w:t>" + " ".join(rng.choice(words) for _ in range(8)) + "</w:t></w:r></w:p>" for _ in range(600_000))
    body = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body>" + "".join(paragraphs) + "</w:body></w:document>").encode()
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", "<Types/>")
        docx.writestr("word/document.xml", body)
    yield "DOCX, 50 MB body", ".docx", archive.getvalue()
    yield "PDF, 60,000-point page", ".pdf", open(os.path.join(ROOT, "Fixtures/hostile/huge-page.pdf"), "rb").read()


def measure(binary, path):
    code = ("import resource, subprocess, sys, time\n"
            "start = time.monotonic()\n"
            "status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
            "print(time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, status)\n")
    output = subprocess.run([sys.executable, "-c", code, binary, "check", path, "--format", "json"],
                            capture_output=True, text=True, check=True).stdout.split()
    return float(output[0]), int(output[1]) / 1024, int(output[2])


def main():
    binary = os.environ.get("SKILLGAP", os.path.join(ROOT, ".build/release/skillgap"))
    print("| input | size | seconds | peak MB | exit |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, extension, data in cases():
            if data is None:
                path = os.path.join(ROOT, "Fixtures/check/strong.md")
            else:
                path = os.path.join(folder, "case" + extension)
                with open(path, "wb") as f:
                    f.write(data)
            seconds, megabytes, status = measure(binary, path)
            print(f"| {name} | {os.path.getsize(path) / 1e6:.1f} MB | {seconds:.2f} | {megabytes:.0f} | {status} |", flush=True)
            if data is not None:
                os.remove(path)


if __name__ == "__main__":
    main()
