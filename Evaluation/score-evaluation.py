#!/usr/bin/env python3
"""How well skillgap's scores order resumes as a careful reader grades them (Evaluation/scores/grades.tsv,
graded 1-5 for the role by the guide beside it before any score was seen; frozen with its SHA-256).

Usage (from the repository root, after `swift build -c release --product skillgap`):
    python3 Evaluation/score-evaluation.py [--skillgap PATH] [--corpus FOLDER] [--rules PATH]

Prints Spearman's rho, Kendall's tau-b, pairwise agreement (of the pairs with different grades, the share the
scores order the same way; equal scores count half), the mean score and the bands per grade, and the largest
disagreements with the must-haves behind them. The resumes stay in ../shared/corpus; the script says so when the
folder is missing.
"""
import argparse, collections, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BANDS = [(75, "strong"), (50, "good"), (25, "partial"), (0, "low")]


def band(score):
    return next(name for floor, name in BANDS if score >= floor)


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else 0.0


def kendall_tau_b(x, y):
    concordant = discordant = tied_x = tied_y = 0
    for i in range(len(x)):
        for j in range(i + 1, len(x)):
            dx, dy = x[i] - x[j], y[i] - y[j]
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                tied_x += 1
            elif dy == 0:
                tied_y += 1
            elif dx * dy > 0:
                concordant += 1
            else:
                discordant += 1
    denominator = ((concordant + discordant + tied_x) * (concordant + discordant + tied_y)) ** 0.5
    return (concordant - discordant) / denominator if denominator else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--skillgap", default=".build/release/skillgap")
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--rules")
    args = parser.parse_args()
    grades_path = os.path.join(HERE, "scores", "grades.tsv")
    digest = hashlib.sha256(open(grades_path, "rb").read()).hexdigest()
    frozen = open(os.path.join(HERE, "scores", "grades.sha256")).read().split()[0]
    if not os.path.isdir(args.corpus):
        print(f"score-evaluation: {args.corpus} is not here; the graded resumes live in ../shared/corpus")
        return 66
    rows = []
    for line in open(grades_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        path, grade, reason = line.rstrip("\n").split("\t")[:3]
        rows.append((path, int(grade), reason))
    paths = [os.path.join(args.corpus, path) for path, _, _ in rows]
    command = [args.skillgap, "batch", "-", "--format", "jsonl", "-q"] + (["--rules", args.rules] if args.rules else [])
    out = subprocess.run(command, input="\n".join(paths), capture_output=True, text=True)
    results = {}
    for line in out.stdout.splitlines():
        item = json.loads(line)
        results[item["file"]] = item
    graded = []
    for (path, grade, reason), full in zip(rows, paths):
        item = results.get(full, {})
        if item.get("score") is None:
            print(f"  not scored: {path} ({item.get('error') or item.get('scoreReason')})")
            continue
        missing = [r["id"] for r in item.get("requirements", []) if r["level"] == "must" and r["status"] != "met"]
        graded.append((path, grade, item["score"], missing, reason))
    grades = [g for _, g, _, _, _ in graded]
    scores = [s for _, _, s, _, _ in graded]
    agree = pairs = 0.0
    for i in range(len(graded)):
        for j in range(i + 1, len(graded)):
            if grades[i] == grades[j]:
                continue
            pairs += 1
            high, low = (i, j) if grades[i] > grades[j] else (j, i)
            agree += 1 if scores[high] > scores[low] else 0.5 if scores[high] == scores[low] else 0
    print(f"grades: {len(rows)} resumes, {len(graded)} scored; grades.tsv sha256 {digest[:16]}"
          + ("" if digest == frozen else f" (CHANGED since frozen {frozen[:16]})"))
    print(f"Spearman rho {pearson(ranks(grades), ranks(scores)):.3f} · Kendall tau-b {kendall_tau_b(grades, scores):.3f}"
          f" · pairwise agreement {agree / pairs:.3f} ({int(pairs)} pairs)")
    print("grade  n  mean score  min  max  bands (strong/good/partial/low)")
    for grade in range(5, 0, -1):
        own = [s for _, g, s, _, _ in graded if g == grade]
        if not own:
            continue
        counts = collections.Counter(band(s) for s in own)
        print(f"  {grade}   {len(own):2d}  {sum(own) / len(own):9.1f}  {min(own):3d}  {max(own):3d}  "
              + "/".join(str(counts[name]) for _, name in BANDS))
    rank_g, rank_s = ranks(grades), ranks(scores)
    worst = sorted(range(len(graded)), key=lambda i: -abs(rank_g[i] - rank_s[i]))[:10]
    print("largest disagreements (grade, score, must-haves not met, the reader's reason):")
    for i in worst:
        path, grade, score, missing, reason = graded[i]
        print(f"  {path}: grade {grade}, score {score}; must-haves not met: {', '.join(missing) or 'none'}; {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
