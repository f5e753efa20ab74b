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
# Site furniture by its class or id ('breadcrumb', 'main-menu', 'tin-lien-quan', 'footer').
_FURNITURE = re.compile(
    r"breadcrumb|menu|navbar|sidebar|related|lien-quan|share|social|comment|topbar|banner|advert|quang-cao|footer"
    r"|header|pagination|tags\b",
    re.IGNORECASE,
)
_BLOCKS = (
    "p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure",
    "figcaption", "address", "hr",
)  # fmt: skip
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "h5": "#### ", "h6": "#### "}


def html_text(html: str) -> str:
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_FURNITURE_TAGS):
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
    for table in root.find_all("table"):
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
    """The page's article (the longest <article>), else its <main>, else its body without header and footer."""
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda tag: len(tag.get_text(" ", strip=True)))
    body = soup.find("main") or soup.body or soup
    for tag in body.find_all(["header", "footer"]):
        tag.decompose()
    return body


def _is_furniture(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article") or tag.attrs is None:
        return False
    names = " ".join([*tag.get("class", []), tag.get("id", "")])
    return bool(names) and _FURNITURE.search(names) is not None


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
