"""Hypothesis strategies shared by the parser's property tests."""

from hypothesis import strategies as st

# Text made of the pieces these lines are made of, so generated strings reach deep into the code.
_PIECES = st.sampled_from([
    "\n", " ", "¶", "REF: ", "REFS: ", "REF A: ", "Reftel ", "A. ", "¶B. ", "(C) ", "D) ", "STATE ", "09 ", "2007 ",
    "0TTAWA ", "SANTIAG0 ", "SAN JOSE ", "1234", "00933/08", " AND ", ", ", "; ", "E-MAIL ", "TELCON ", "...",
    "Classified By: ", "Ambassador ", "John Smith", "for reasons ", "1.4 (b) and (d)", "E.O. 12958: DECL: ",
    "12/31/2019", "N/A", "SUBJECT: ", "TAGS: ", "Summary: ", "End Summary.", "-------", "RICE", "NNNN",
    "UNQUOTE", "VAN VOORST", "XXXXXXXXXXXX", "CONFIDENTIAL", "\u2028", "\xa0", "İ", "ß",
])
_CABLE_LIKE = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=50).map("".join)
# Any text, or text built from cable pieces.
CABLE_LIKE_TEXT = st.one_of(st.text(), _CABLE_LIKE)
