"""The text of a saved web page: its article, not the site around it (menus, breadcrumbs, related news, footer),
with each paragraph on one line whatever inline markup it holds, headings as Markdown headings and table rows as
the .docx reader writes them ('Lĩnh vực | Số mô hình | …' under the header row).

Read with `get_text('\\n')` as it was, every link, bold word and table cell became a line of its own: a sentence cut
at its links, a cell ('Ngôi nhà gom rác …') taken for a heading, and the menu and breadcrumbs the first passages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

# Never content: code, forms, site furniture by its element.
_FURNITURE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "aside")
# Site furniture by its class or id ('breadcrumb', 'main-menu', 'tin-lien-quan', 'listnew', 'footer'); not
# 'header', which also wraps a section's heading inside the article ('section-header').
_FURNITURE = re.compile(
    r"breadcrumb|menu|navbar|sidebar|related|lien-?quan|share|social|comment|topbar|datebar|toolbar|banner|advert"
    r"|\badv\b|\bads?\b|quang-?cao|footer|pagination|\btags?\b|other-?news|list-?new|tin-?khac|tin-?moi|counter"
    r"|meta\b|byline|\bauthor\b",  # a post's author and time: not what it says ('Thu Hà · 19/12/2025' was a heading)
    re.IGNORECASE,
)
# Where a page without <article> or <main> keeps its text ('contentdetail', 'news-content', 'noidung').
_CONTENT = re.compile(r"content|detail|article|entry|\bpost\b|noi-?dung|chi-?tiet", re.IGNORECASE)
_BLOCKS = (
    "p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure",
    "figcaption", "address", "hr", "table", "tr", "td", "th",
)  # fmt: skip
# Word's footnotes and endnotes in a page it saved: the mark in the text ('[1]' glued to the word before it) and
# the list of notes after the body (which closed the document after its signature, so the signature was kept).
_WORD_NOTES = re.compile(r"mso-(?:footnote|endnote)-id|mso-element:\s*(?:footnote|endnote)-list")
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "h5": "#### ", "h6": "#### "}


def html_text(html: str) -> str:
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_FURNITURE_TAGS):
        tag.decompose()
    for tag in soup.find_all(style=_WORD_NOTES):  # as the .docx and .odt readers, a passage is the body's text
        tag.decompose()
    root = _content(soup)
    for tag in root.find_all(_is_furniture):
        tag.decompose()
    # A line break in the source is a space on the page: only the blocks below end lines.
    for string in root.find_all(string=True):
        if type(string) is not NavigableString:  # comments, doctype, CDATA: never shown
            string.extract()
        elif string.find_parent("pre") is None:
            string.replace_with(re.sub(r"\s+", " ", str(string)))
    for table in reversed(root.find_all("table")):  # inner tables first: a data table inside a layout table
        if not _is_layout(table):
            table.replace_with(soup.new_string(f"\n{_table_text(table)}\n"))
    for br in root.find_all("br"):
        br.replace_with(soup.new_string("\n"))
    for heading in root.find_all(list(_HEADINGS)):
        text = " ".join(heading.get_text(" ").split())
        heading.replace_with(soup.new_string(f"\n{_HEADINGS[heading.name]}{text}\n" if text else "\n"))
    for block in root.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = (" ".join(line.split()) for line in root.get_text().splitlines())
    return "\n".join(line for line in lines if line)


def _content(soup: BeautifulSoup) -> Tag:
    """The page's article (the longest <article>), else its <main>, else the longest block named as content, else
    its body without header and footer."""
    articles = soup.find_all("article") or soup.find_all("main")
    if not articles:
        articles = [tag for tag in soup.find_all(["div", "td", "section"]) if _CONTENT.search(_names(tag))]
    if articles:
        return max(articles, key=lambda tag: len(tag.get_text(" ", strip=True)))
    body = soup.body or soup
    for tag in body.find_all(["header", "footer"]):
        tag.decompose()
    return body


def _names(tag: Tag) -> str:
    return " ".join([*tag.get("class", []), tag.get("id", "")]) if tag.attrs is not None else ""


def _is_furniture(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article"):
        return False
    names = _names(tag)
    return bool(names) and _FURNITURE.search(names) is not None and _CONTENT.search(names) is None


def _is_layout(table: Tag) -> bool:
    """A table that lays out a page (its cells hold tables, lists, headings or several paragraphs), not one of
    data. Word's 'Save as Web Page' puts every cell's text in a paragraph of its own (<p class=MsoNormal>): one
    paragraph a cell is a data cell, while a letterhead cell holds a paragraph per line."""
    if table.find(["table", "ul", "ol", "h1", "h2", "h3", "h4"]) is not None:
        return True
    return any(len(_paragraphs(cell)) > 1 for cell in table.find_all(["td", "th"]))


def _paragraphs(cell: Tag) -> list[Tag]:
    """The innermost paragraphs (or divisions) with text in a cell."""
    return [
        block
        for block in cell.find_all(["p", "div"])
        if block.find(["p", "div"]) is None and block.get_text(strip=True)
    ]


def _table_text(table: Tag) -> str:
    """One line per row, cells joined by ' | '; the caption first, as a line of its own."""
    lines = []
    caption = table.find("caption")
    if caption is not None:
        lines.append(" ".join(caption.get_text(" ").split()))
    for row in table.find_all("tr"):
        cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all(["th", "td"])]
        if any(cells):
            lines.append(" | ".join(cells))
    return "\n".join(lines)
