"""Check bench/corpus2/questions.jsonl against the corpus in bench/corpus2/knowledge/.

For every gold entry: the anchor must occur in its source document's text (whitespace collapsed, case-insensitive),
where the text is extracted directly from the source file:
  .md   -> the file text
  .docx -> python-docx body paragraphs + table cells
  .pdf  -> pypdf text extraction
Stricter extra check: the anchor must also fit inside one line / paragraph / table cell (so it does not span a
list marker, a paragraph break or a PDF line wrap).

usage: .venv/bin/python bench/corpus2/verify_questions.py [questions.jsonl] [knowledge_dir]
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"accented", "unaccented", "abbrev", "scenario", "article", "congress", "distractor", "offtopic"}
KEYS = ["question", "gold", "kind", "group", "split"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def units(path):
    """Return the list of text units (lines / paragraphs / cells) of a document."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".md":
        return open(path, encoding="utf-8").read().splitlines()
    if ext == ".docx":
        from docx import Document

        d = Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(cell.text.splitlines())
        return out
    if ext == ".pdf":
        # PDF visual lines are re-joined into paragraphs (a wrapped sentence is one unit); a new unit starts at a
        # list marker / heading, and the running header / page footer lines act as separators, so an anchor may
        # cross a line wrap but not a list marker or a page break.
        from pypdf import PdfReader

        start = re.compile(r"^(\d+(\.\d+)*\.\s|[a-zđ]\)\s|Điều \d+\.|Chương |- )")
        sep = re.compile(r"^(Trang \d+|Quy định số 69-QĐ/TW về kỷ luật.*)$")
        out, cur = [], []
        for page in PdfReader(path).pages:
            for line in (page.extract_text() or "").splitlines():
                if sep.match(line.strip()):
                    if cur:
                        out.append(" ".join(cur))
                    out.append(line)
                    cur = []
                    continue
                if start.match(line) and cur:
                    out.append(" ".join(cur))
                    cur = []
                cur.append(line)
        if cur:
            out.append(" ".join(cur))
        return out
    raise ValueError(path)


def main():
    qpath = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.jsonl")
    kdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "knowledge")
    cache = {}
    errors, warnings = [], []
    rows = []
    with open(qpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"line {ln}: bad JSON: {e}")
                continue
            rows.append((ln, r))
    seen = Counter(norm(r["question"]) for _, r in rows)
    for q, n in seen.items():
        if n > 1:
            errors.append(f"duplicate question: {q}")
    for ln, r in rows:
        if list(r.keys()) != KEYS:
            errors.append(f"line {ln}: keys {list(r.keys())}")
        if r["kind"] not in KINDS:
            errors.append(f"line {ln}: kind {r['kind']}")
        if r["split"] != "holdout":
            errors.append(f"line {ln}: split {r['split']}")
        if r["kind"] == "offtopic":
            if r["gold"] or r["group"] != "none":
                errors.append(f"line {ln}: offtopic must have gold [] and group none")
            continue
        if not r["gold"]:
            errors.append(f"line {ln}: answerable question without gold")
        for g in r["gold"]:
            src = g["source"]
            p = os.path.join(kdir, src)
            if not os.path.exists(p):
                errors.append(f"line {ln}: missing source {src}")
                continue
            if src not in cache:
                u = units(p)
                cache[src] = (norm(" ".join(u)), [norm(x) for x in u])
            full, us = cache[src]
            a = norm(g["anchor"])
            nw = len(a.split())
            if a not in full:
                errors.append(f"line {ln}: anchor not found in {src}: {g['anchor']!r}")
            elif not any(a in x for x in us):
                errors.append(f"line {ln}: anchor spans a line/paragraph/cell break in {src}: {g['anchor']!r}")
            if full.count(a) > 1:
                warnings.append(f"line {ln}: anchor occurs {full.count(a)}x in {src}: {g['anchor']!r}")
            if re.match(r"^(\d+(\.\d+)*\.|[a-zđ]\))\s", a):
                errors.append(f"line {ln}: anchor starts with a list marker: {g['anchor']!r}")
            if not 6 <= nw <= 15:
                warnings.append(f"line {ln}: anchor has {nw} words: {g['anchor']!r}")
            if "…" in g["anchor"] or "..." in g["anchor"]:
                errors.append(f"line {ln}: ellipsis in anchor")
        stems = {os.path.splitext(os.path.basename(g["source"]))[0] for g in r["gold"]}
        if r["group"] not in stems:
            errors.append(f"line {ln}: group {r['group']} not a gold source stem {stems}")
    print(f"{len(rows)} questions")
    print("kind:", dict(Counter(r["kind"] for _, r in rows)))
    print("group:", dict(Counter(r["group"] for _, r in rows)))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
