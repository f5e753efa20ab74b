"""Check bench/corpus3/questions.jsonl against the corpus in bench/corpus3/knowledge/ (and faq_paraphrases.jsonl).

For every gold entry: the anchor must occur in its source document's text (whitespace collapsed, case-insensitive),
where the text is extracted directly from the source file:
  .md   -> the file text (one unit per line)
  .txt  -> the file text (one unit per line)
  .docx -> python-docx body paragraphs + table cells
  .pdf  -> pypdf text extraction
Stricter extra check: the anchor must also fit inside one line / paragraph / table cell (so it does not span a
list marker, a paragraph break or a PDF line wrap).

Anchors should be 4-12 words (warning otherwise). faq_paraphrases.jsonl (next to this script) is checked for its
format and for entry ids that exist in knowledge/faq.yaml.

usage: .venv/bin/python bench/corpus3/verify_questions.py [questions.jsonl] [knowledge_dir]
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
    if ext in (".md", ".txt"):
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
        sep = re.compile(r"^(Trang \d+|Quy định về chế độ đảng phí \(trích\))$")
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
            if not 4 <= nw <= 12:
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
    errors += check_faq(os.path.join(HERE, "faq_paraphrases.jsonl"))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


def check_faq(path, entries=os.path.join(HERE, "..", "..", "knowledge", "faq.yaml")):
    if not os.path.exists(path):
        return []
    errors = []
    ids = None
    if os.path.exists(entries):
        ids = set(re.findall(r"^- id: (\S+)", open(entries, encoding="utf-8").read(), re.M))
    rows = [json.loads(x) for x in open(path, encoding="utf-8") if x.strip()]
    keys = ["question", "gold", "kind", "group", "faq", "split"]
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != keys:
            errors.append(f"faq line {i}: keys {list(r.keys())}")
            continue
        if r["gold"] != [] or r["group"] != "faq" or r["split"] != "holdout":
            errors.append(f"faq line {i}: gold/group/split")
        if r["kind"] == "faq_paraphrase":
            if ids is not None and r["faq"] not in ids:
                errors.append(f"faq line {i}: unknown entry {r['faq']}")
        elif r["kind"] == "faq_nearmiss":
            if r["faq"] is not None:
                errors.append(f"faq line {i}: near-miss must have faq null")
        else:
            errors.append(f"faq line {i}: kind {r['kind']}")
    dup = [q for q, n in Counter(norm(r["question"]) for r in rows).items() if n > 1]
    errors += [f"faq duplicate question: {q}" for q in dup]
    para = [r for r in rows if r.get("kind") == "faq_paraphrase"]
    print(f"faq: {len(rows)} questions", dict(Counter(r.get("kind") for r in rows)),
          f"- {len({r['faq'] for r in para})} distinct entries")
    return errors


if __name__ == "__main__":
    sys.exit(main())
