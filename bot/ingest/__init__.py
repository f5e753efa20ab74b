"""Ingestion: files on disk -> Documents (loaders) -> citable Passages (chunking)."""

# Bumped whenever reading, chunking or the terms BM25 indexes (bot/text.py: abbreviations) change: an index built
# before reads its unchanged files again (their vectors are still reused by text) instead of serving old passages.
# 2: article text on the 'Điều N.' line; list numbering and table rows of .docx; letterheads. 3: KL, SV, BHXH…
# 4: 'Một là, … Hai là, …' enumerations are lists kept with their lead-in; XKLĐ, GV.
# 5: BM25 with less length normalisation (b 0.75 -> 0.3): the lexical index is built again with the rest.
# 6: 'Đột phá thứ nhất: …' enumerations (a word or two before the ordinal) are lists too.
# 7: a running header repeated on every page of a two- or three-page PDF is dropped too; titles lose
#    "(Trích …)" notes and keep a name in capitals wrapped onto a second line.
# 8: a piece of the title followed by its "(Trích …)" note is part of the title block, not of the first passage.
# 9: a Markdown letterhead laid out as a table is read as letterhead lines; an organisation's name in capitals
#    above the document's type line ('HỘI …' over 'ĐIỀU LỆ HỘI …') is not joined to the title.
# 10: Markdown tables read as the .docx reader writes them (no rule line, no outer pipes): one block under the header.
# 11: CCB, HND, LHPN (the associations' abbreviations).
# 12: a long numbered sentence leading into its a) b) c) items is an item, not a heading.
# 13: a PDF's title line joined with the note under it is named without the note; UV (ủy viên).
# 14: a PDF footer that names its page ("BTC Tỉnh ủy - tr. 2") is page furniture like "Trang 2".
# 15: a .docx with tracked changes reads as accepted (text moved away is left out).
# 16: TNXP; a PDF page's footnotes after the sentence going on overleaf; footnote marks are not part of words.
# 17: a title in capitals drops the note on its line ('ĐIỀU LỆ HỘI … (trích)').
# 18: text typed in TCVN3 ('.VnTime') fonts is converted to Unicode, in .txt, .docx and PDF alike.
# 19: .odt (LibreOffice Writer) files are read.
# 20: an .odt cross-reference keeps the text it shows.
# 22 (21 was a draft): a PDF page in two columns is read column by column; Word's level texts ('Điều %2.') are
#     written; a part's name or a long title wrapped onto the next lines is kept whole; '(1)' targets begin lines.
# 23: 'Câu 1.' alone on its line is a question's section, named by the 'Hỏi: …' line under it.
# 24: a three-page PDF's running header on its second and third pages is page furniture.
# 25: a .txt or .md wrapped by hand is joined again; a .txt's form-feed pages lose their running header, its
#     columns set with tabs or wide gaps become rows (a letterhead its lines).
# 26: a table Word saved as a web page, a paragraph in each cell, is read row by row.
# 27: PDF text turned off the page's axes (a signing stamp, a watermark) is not read.
# 28: a PDF heading set letter by letter ('T À I L I Ệ U') is read as its syllables.
# 29: a table's row of one cell between rows ('A. KINH TẾ') groups them: no heading, the header row still repeated.
# 30: a long table's window repeats the group row its rows fall under; a group row starts a window past half full.
# 31: a turned run is removed once, where it was read: the same word in the text stays.
# 32: Word's footnotes in a page it saved stay out (no '[1]' glued to a word; the signature closes the text again).
# 33: a mark set off by a tab ('1.<tab>Nội dung', Word's numbering saved as plain text) is an item, not a table row.
INGEST_VERSION = 33
