#!/usr/bin/env python3
"""How well skillgap reads a resume's name and section headings, against a reader's labels:
Evaluation/names/labels.tsv (the candidate's name, or empty when the file has none) and
Evaluation/headings/labels.tsv (each section heading and the section it introduces).

Usage (from the repository root, after `swift build -c release --product skillgap`):
    python3 Evaluation/reading-evaluation.py [--skillgap PATH] [--corpus FOLDER]

A name is right when it is the reader's (ignoring case and spacing) or both are empty; a wrong name is one
given that is not the person's. A heading is right when its block is read as a heading of the reader's section
(for `other`, left in `other`). Every wrong file and heading is printed.
"""
import argparse, collections, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def labels(name):
    for line in open(os.path.join(HERE, name, "labels.tsv"), encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            yield line.rstrip("\n").split("\t")


def extract(args, path):
    out = subprocess.run([args.skillgap, "extract", os.path.join(args.corpus, path), "--format", "json"],
                         capture_output=True, text=True)
    return json.loads(out.stdout) if out.returncode == 0 else None


def names(args):
    norm = lambda s: " ".join(s.lower().split())
    rows = [(f[0], f[1] if len(f) > 1 else "") for f in labels("names")]
    wrong, missed, unread = 0, 0, 0
    for path, expected in rows:
        read = extract(args, path)
        found = ((read or {}).get("contact") or {}).get("name") or ""
        unread += read is None
        if norm(found) == norm(expected):
            continue
        print(f"  {path}: name {expected!r}, read {found!r}")
        wrong += bool(found)
        missed += bool(expected) and not found
    total = len(rows)
    print(f"names: {total} files ({sum(1 for _, e in rows if e)} with a name; {unread} not read); right "
          f"{total - wrong - missed} ({100 * (total - wrong - missed) / total:.1f}%); a wrong name given "
          f"{wrong} ({100 * wrong / total:.1f}%); a name missed {missed}")


def headings(args):
    by_file = collections.defaultdict(list)
    for fields in labels("headings"):
        by_file[fields[0]].append((fields[1], fields[2]))
    right, total = 0, 0
    for path, expected in sorted(by_file.items()):
        blocks = (extract(args, path) or {}).get("blocks", [])
        used = set()
        for heading, section in expected:
            total += 1
            index = next((i for i, b in enumerate(blocks) if b["text"] == heading and i not in used), None)
            if index is None:
                print(f"  {path}: heading {heading!r} ({section}) is no block")
                continue
            used.add(index)
            block = blocks[index]
            if block.get("section") == section and (section == "other" or block.get("kind") == "heading"):
                right += 1
            else:
                print(f"  {path}: heading {heading!r} is {section}, read as {block.get('kind')} in "
                      f"{block.get('section')}")
    print(f"headings: {total} in {len(by_file)} files; right {right} ({100 * right / total:.1f}%)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--skillgap", default=".build/release/skillgap")
    parser.add_argument("--corpus", default="../shared/corpus")
    args = parser.parse_args()
    names(args)
    headings(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
