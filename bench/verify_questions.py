"""Check a held-out question file against the documents its gold anchors point into (bench/corpus2, bench/corpus3).

Every gold anchor must occur in its source document's text (whitespace collapsed, case-insensitive), extracted
directly from the file, not through the bot: .md/.txt lines, .docx body paragraphs and table cells, .odt text:p /
text:h paragraphs (footnote bodies apart), .pdf text with
wrapped lines re-joined into paragraphs. Stricter: the anchor must lie inside one line, paragraph or table cell, so
it does not span a list marker, a paragraph break or a page break. A PDF's running header and page footer (a line
on most pages) separate units. With --faq, a file of FAQ paraphrases and near misses is checked too: its format and
that every entry id exists in the FAQ.

usage: .venv/bin/python bench/verify_questions.py QUESTIONS KNOWLEDGE_DIR [--faq FILE] [--faq-yaml knowledge/faq.yaml]
       [--anchor-words 4-15]
Exits non-zero on an error; warnings (an anchor found twice, an anchor of unusual length) are printed only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

KINDS = {"accented", "unaccented", "abbrev", "scenario", "article", "congress", "distractor", "offtopic"}
KEYS = ["question", "gold", "kind", "group", "split"]
FAQ_KEYS = ["question", "gold", "kind", "group", "faq", "split"]
_LIST_MARKER = re.compile(r"^(\d+(\.\d+)*\.|[a-zđ]\))\s")
_PDF_UNIT_START = re.compile(r"^(\d+(\.\d+)*\.\s|[a-zđ]\)\s|Điều \d+\.|Chương |- )")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _plain_text(data: bytes) -> str:
    """UTF-8, or UTF-16 with its byte-order mark (Notepad's 'Unicode'), or else legacy Windows-1258 (its tones as
    combining marks, recomposed to NFC)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return unicodedata.normalize("NFC", data.decode("cp1258"))


def _docx_text(paragraph) -> str:
    """A .docx paragraph's text with tracked changes accepted: runs inside w:ins kept, runs inside w:del (and
    w:moveFrom) dropped. python-docx's `paragraph.text` reads only the paragraph's direct runs and hyperlinks."""
    from docx.oxml.ns import qn

    element = paragraph._p
    skip = (qn("w:del"), qn("w:moveFrom"))
    runs = [r for r in element.iter(qn("w:r")) if not any(a.tag in skip for a in r.iterancestors())]
    return "".join(r.text for r in runs)


def units(path: Path) -> list[str]:
    """The text units (lines, paragraphs, cells) of a document."""
    suffix = path.suffix.lower()
    if suffix in (".md", ".txt"):
        return _plain_text(path.read_bytes()).splitlines()
    if suffix == ".docx":
        from docx import Document

        document = Document(str(path))
        found = [_docx_text(paragraph) for paragraph in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    found.extend(line for p in cell.paragraphs for line in _docx_text(p).splitlines())
        return found
    if suffix == ".odt":
        return _odt_units(path)
    if suffix == ".pdf":
        return _pdf_units(path)
    if suffix in (".html", ".htm"):
        return _html_units(path)
    raise ValueError(f"unsupported document: {path}")


_ODT_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _odt_text(element) -> str:
    """An ODF element's text: text:s as spaces, text:tab as a tab, text:line-break as a newline, a text:note (its
    citation and body) left out."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.removeprefix(f"{{{_ODT_TEXT}}}")
        if tag == "s":
            parts.append(" " * int(child.get(f"{{{_ODT_TEXT}}}c", "1")))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        elif tag != "note":
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odt_units(path: Path) -> list[str]:
    """Each text:p / text:h of an OpenDocument text's content.xml (body, list items, table cells; a footnote's
    paragraphs are units of their own, not part of the paragraph citing them)."""
    import zipfile
    from xml.etree import ElementTree

    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("content.xml"))
    return [_odt_text(element) for element in root.iter() if element.tag in (f"{{{_ODT_TEXT}}}p", f"{{{_ODT_TEXT}}}h")]


class _TextRuns(HTMLParser):
    """Runs of text between two tags (one <p>, <li> or <td> without inline markup crossing the anchor); the
    contents of <script> and <style> are skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def flush(self) -> None:
        if text := "".join(self._current).strip():
            self.runs.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.flush()
        self._skipping += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        if tag in ("script", "style") and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)


def _html_units(path: Path) -> list[str]:
    parser = _TextRuns()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    parser.flush()
    return parser.runs


def _pdf_units(path: Path) -> list[str]:
    """Visual lines re-joined into paragraphs; a list marker or heading starts a unit, page furniture ends one."""
    from pypdf import PdfReader

    pages = [(page.extract_text() or "").splitlines() for page in PdfReader(str(path)).pages]
    on_pages = Counter(line for lines in pages for line in {line.strip() for line in lines})
    furniture = {line for line, count in on_pages.items() if len(pages) > 1 and count > len(pages) / 2}
    found: list[str] = []
    current: list[str] = []
    for lines in pages:
        for line in lines:
            stripped = line.strip()
            if stripped in furniture or re.fullmatch(r"Trang \d+", stripped):
                found.extend([" ".join(current), line] if current else [line])
                current = []
                continue
            if _PDF_UNIT_START.match(line) and current:
                found.append(" ".join(current))
                current = []
            current.append(line)
    if current:
        found.append(" ".join(current))
    return found


def check_questions(questions: Path, knowledge: Path, words: tuple[int, int]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    rows: list[tuple[int, dict]] = []
    for number, line in enumerate(questions.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as err:
            errors.append(f"line {number}: bad JSON: {err}")
    errors += [f"duplicate question: {q}" for q, n in Counter(norm(r["question"]) for _, r in rows).items() if n > 1]
    texts: dict[str, tuple[str, list[str]]] = {}
    for number, row in rows:
        if list(row) != KEYS:
            errors.append(f"line {number}: keys {list(row)}")
        if row["kind"] not in KINDS:
            errors.append(f"line {number}: kind {row['kind']}")
        if row["split"] != "holdout":
            errors.append(f"line {number}: split {row['split']}")
        if row["kind"] == "offtopic":
            if row["gold"] or row["group"] != "none":
                errors.append(f"line {number}: offtopic must have gold [] and group none")
            continue
        if not row["gold"]:
            errors.append(f"line {number}: answerable question without gold")
        for gold in row["gold"]:
            source, anchor = gold["source"], norm(gold["anchor"])
            path = knowledge / source
            if not path.exists():
                errors.append(f"line {number}: missing source {source}")
                continue
            if source not in texts:
                found = units(path)
                texts[source] = (norm(" ".join(found)), [norm(unit) for unit in found])
            whole, separate = texts[source]
            if anchor not in whole:
                errors.append(f"line {number}: anchor not found in {source}: {gold['anchor']!r}")
            elif not any(anchor in unit for unit in separate):
                errors.append(
                    f"line {number}: anchor spans a line/paragraph/cell break in {source}: {gold['anchor']!r}"
                )
            if whole.count(anchor) > 1:
                warnings.append(f"line {number}: anchor occurs {whole.count(anchor)}x in {source}: {gold['anchor']!r}")
            if _LIST_MARKER.match(anchor):
                errors.append(f"line {number}: anchor starts with a list marker: {gold['anchor']!r}")
            if not words[0] <= len(anchor.split()) <= words[1]:
                warnings.append(f"line {number}: anchor has {len(anchor.split())} words: {gold['anchor']!r}")
            if "…" in gold["anchor"] or "..." in gold["anchor"]:
                errors.append(f"line {number}: ellipsis in anchor")
        stems = {Path(gold["source"]).stem for gold in row["gold"]}
        if row["group"] not in stems:
            errors.append(f"line {number}: group {row['group']} not a gold source stem {stems}")
    print(f"{len(rows)} questions")
    print("kind:", dict(Counter(row["kind"] for _, row in rows)))
    print("group:", dict(Counter(row["group"] for _, row in rows)))
    return errors, warnings


def check_faq(path: Path, faq_yaml: Path) -> list[str]:
    ids = set(re.findall(r"^- id: (\S+)", faq_yaml.read_text(encoding="utf-8"), re.M))
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors: list[str] = []
    for number, row in enumerate(rows, 1):
        if list(row) != FAQ_KEYS:
            errors.append(f"faq line {number}: keys {list(row)}")
            continue
        if row["gold"] != [] or row["group"] != "faq" or row["split"] != "holdout":
            errors.append(f"faq line {number}: gold/group/split")
        if row["kind"] == "faq_paraphrase" and row["faq"] not in ids:
            errors.append(f"faq line {number}: unknown entry {row['faq']}")
        elif row["kind"] == "faq_nearmiss" and row["faq"] is not None:
            errors.append(f"faq line {number}: near-miss must have faq null")
        elif row["kind"] not in ("faq_paraphrase", "faq_nearmiss"):
            errors.append(f"faq line {number}: kind {row['kind']}")
    errors += [f"faq duplicate question: {q}" for q, n in Counter(norm(r["question"]) for r in rows).items() if n > 1]
    paraphrases = [row for row in rows if row.get("kind") == "faq_paraphrase"]
    print(
        f"faq: {len(rows)} questions",
        dict(Counter(row.get("kind") for row in rows)),
        f"- {len({row['faq'] for row in paraphrases})} distinct entries",
    )
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("knowledge", type=Path)
    parser.add_argument("--faq", type=Path, help="FAQ paraphrases and near misses (JSONL)")
    parser.add_argument("--faq-yaml", type=Path, default=Path(__file__).parent.parent / "knowledge" / "faq.yaml")
    parser.add_argument("--anchor-words", default="4-15", help="anchor length outside this range is a warning")
    args = parser.parse_args()
    low, high = map(int, args.anchor_words.split("-"))
    errors, warnings = check_questions(args.questions, args.knowledge, (low, high))
    if args.faq:
        errors += check_faq(args.faq, args.faq_yaml)
    for warning in warnings:
        print("WARN", warning)
    for error in errors:
        print("ERROR", error)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
