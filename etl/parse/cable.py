"""parse_cable: one cable text to one record (a plain dict).

Works on a whole seed-format file (5-line header + text), on the cable text
alone (starting at the routing header or the classification line) and on
fragments; CRLF, trailing blanks and a byte-order mark change nothing. Every
part is found by bounded regex searches near the start of the text, so the
parse never raises and its cost grows little with the length of the body.
"""

import re

from etl.parse.classified import parse_classification_reasons, parse_classified_by, parse_declassify_on
from etl.parse.closing import parse_signers
from etl.parse.copies import cable_text_end, find_copy
from etl.parse.flags import (ClassLine, count_redactions, find_class_line, handling_words, is_partial,
                             level_from_header, level_from_routing, sbu_statement)
from etl.parse.header import split_header
from etl.parse.ids import canonical_id, full_year, split_id
from etl.parse.normalize import normalize
from etl.parse.origin import origin_of_sender
from etl.parse.pages import sections_from_pages
from etl.parse.paragraphs import parse_paragraphs
from etl.parse.references import parse_references
from etl.parse.routing import parse_dtg, parse_routing
from etl.parse.subject import find_mail_subject, find_subject
from etl.parse.summary import parse_summary
from etl.parse.tags import find_tags, tag_kind

# The head (handling lines, TAGS, SUBJECT) ends at the first paragraph: a
# pilcrow and number (not ¶B. of a REF list), or a 1. at a line start
# (searched in "\n" + text: a literal first character is much faster than ^).
_FIRST_NUMBERED = re.compile(r"\n(?=[ \t1])[ \t]*1[ \t]*\.[ \t(]")  # the lookahead rejects most lines at once
_FIRST_NUMBERED_AT = re.compile(r"[ \t]*1[ \t]*\.[ \t(]")  # on the first line
_PILCROW_NUMBER = re.compile(r"¶[ \t]*\d")
_HEAD_SPAN = 5000
_TRAILING_DOTS = re.compile(r" ?\.{1,3}$")  # after a signer: DANILOVICH., CHICOLA ..., BROWNFIELD .
_SENTENCE_END = (".", "!", "?", '"', ")", "*", "X")  # (X: a redaction, XXXXXXXXXXXXTUTTLE)
_DTG_SPAN = 1500  # where a date-time group is looked for in a text without routing
_DE_SERIAL = re.compile(r"\nDE [A-Z0-9]{4,8} #(\d{1,6})")
_SENDER_NOISE = re.compile(r"\b(?:AMEMBASSY|AMCONSUL|USMISSION|WASHDC|WASHINGTON|DC)\b")


def _own_id(header: dict | None, class_line: ClassLine | None, routing_text: str,
            sender: str | None, year: int | None) -> str | None:
    """Canonical id: header line 1, else station and serial of the
    classification line, else the DE line's serial and the FM line's post,
    with the year of the date-time group or creation date."""
    if header and header["reference_id_raw"]:
        return canonical_id(header["reference_id_raw"]) or None
    station = serial = None
    if class_line is not None and class_line.serial:
        station, serial = class_line.station, class_line.serial
    elif sender and (m := _DE_SERIAL.search("\n" + routing_text)):
        station = _SENDER_NOISE.sub("", sender.replace("SECSTATE", "STATE"))
        serial = m.group(1)
    if not station or year is None:
        return None
    station = re.sub(r"[^A-Za-z]", "", station).upper()
    return canonical_id(f"{year % 100:02d}{station}{int(serial)}") or None


def _head(text: str) -> str:
    """The text before its first paragraph (at most _HEAD_SPAN characters)."""
    # the pilcrow first (found by str.find, a memchr): the 1. line is looked
    # for only before it (no such match can run into a pilcrow)
    pilcrow = text.find("¶", 0, _HEAD_SPAN)
    while pilcrow >= 0 and not _PILCROW_NUMBER.match(text, pilcrow, _HEAD_SPAN):
        pilcrow = text.find("¶", pilcrow + 1, _HEAD_SPAN)
    end = pilcrow if pilcrow >= 0 else _HEAD_SPAN
    if _FIRST_NUMBERED_AT.match(text, 0, _HEAD_SPAN):
        end = 0
    elif first := _FIRST_NUMBERED.search(text, 0, end):
        end = first.start() + 1
    return text[:end]


def _classification(level: str | None, handling: list[str]) -> str | None:
    """Header-style classification built from the body (SECRET//NOFORN)."""
    if level is None:
        return None
    if "NOFORN" in handling:
        return f"{level}//NOFORN"
    if level == "UNCLASSIFIED" and ("SENSITIVE" in handling or "FOUO" in handling):
        return "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    return level


def _drop_signers(paragraph: dict, signers: list[str]) -> None:
    """The closing signature belongs to no paragraph: cut it from the end of
    the last one (where the text ran on into it: End comment. CRETZ), also
    written twice, with dots after it or glued to the sentence (KUBISKE
    KUBISKE ..., DANILOVICH., Ha’asara.KURTZER, End Comment. Chicola)."""
    text = paragraph["text"]
    for signer in reversed(signers):
        while (shorter := _without_signer(text, signer)) != text:
            text = shorter
    paragraph["text"] = text


def _without_signer(text: str, signer: str) -> str:
    """text without the signer at its end, else text. As written after a blank,
    or in any case after the end of a sentence (a name in the text stays:
    ... met Secretary Clinton)."""
    dots = _TRAILING_DOTS.search(text, max(0, len(text) - 4))  # (a match is in the last 4 characters)
    body = text[:dots.start()] if dots else text
    if len(body) <= len(signer) or body[-len(signer):].lower() != signer.lower():
        return text
    before = body[:-len(signer)]
    if (before.endswith(" ") and body.endswith(signer)) or before.rstrip().endswith(_SENTENCE_END):
        return before.rstrip()
    return text


def _opening_paragraph(paragraphs: list[dict]) -> str | None:
    """Text of the cable's first paragraph (the summary of a cable without a
    SUMMARY heading); None where the text starts later in the numbering (an
    extract from paragraph 38 on, a later part of a cable sent in parts)."""
    if paragraphs and (paragraphs[0]["number"] or 0) <= 2:
        return paragraphs[0]["text"]
    return None


def _own_paragraphs(text: str, routing_text: str, first: int, subject: str | None) -> tuple[list[dict], int, int]:
    """(paragraphs of a cable text whose first numbered paragraph starts at
    first, start and end of the cable's own text in it): a copy appended to
    the text (etl.parse.copies) is left out; after a teaser, the paragraphs
    are those of the whole text that follows it."""
    end = cable_text_end(text)
    if end < len(text):  # the page's CABLE ENDS line: nothing after it is the cable's
        text = text[:end]
    copy = find_copy(text, routing_text, first)
    if copy is None:
        return parse_paragraphs(text, subject), 0, len(text)
    if copy.own and (paragraphs := parse_paragraphs(text[copy.start:], subject)):
        return paragraphs, copy.start, len(text)  # the text again: what came before was a teaser
    return parse_paragraphs(text[:copy.start], subject), 0, copy.start


def parse_cable(text: str) -> dict:
    """One record of a cable text; see the module doc of etl.parse."""
    text = normalize(text)
    header, body = split_header(text)
    if "\u2028" in body:  # line separators that some copies have for line ends (08MEXICO886)
        body = normalize(body.replace("\u2028", "\n"))
    routing = parse_routing(body)
    text_start = routing["text_start"]
    class_line = find_class_line(body, text_start)
    cable_start = class_line.start if class_line else text_start
    pre_text = body[:cable_start] if cable_start else body[:_DTG_SPAN]

    created = header["created"] if header else None
    dtg, precedence = parse_dtg(pre_text, created.year if created else None)
    recipients = routing["recipients"]
    if precedence == "IMMEDIATE" and recipients and recipients[0]["precedence"] == "NIACT IMMEDIATE":
        precedence = "NIACT IMMEDIATE"
    year = created.year if created else dtg.year if dtg else None
    cable_id = _own_id(header, class_line, pre_text, routing["sender"], year)
    _, station, serial = split_id(cable_id) if cable_id else (None, None, None)

    rest = body[cable_start:]
    head = _head(rest)
    found_tags = find_tags(head)
    tags = found_tags[0] if found_tags else []
    subject, subject_start = find_subject(head, found_tags[2] if found_tags else None)
    head_end = min(found_tags[1] if found_tags else len(head), subject_start if subject else len(head))

    classification = header["classification"] if header else None
    handling = handling_words(classification, head[:head_end], sbu_statement(head[head_end:]))
    level = (level_from_header(classification)
             or (class_line.level if class_line else None)
             or level_from_routing(pre_text))
    if classification is None:
        classification = _classification(level, handling)

    title = header["title"] if header else None
    subject = subject or find_mail_subject(pre_text) or title
    paragraphs, own_start, own_end = _own_paragraphs(rest, body[:cable_start], len(head), subject)
    # (the summary from the cable's own text: not from a teaser, not from a copy)
    own_text = rest[own_start:] if own_start else body[:cable_start + own_end]
    signers = parse_signers(body[:cable_start + own_end])
    if paragraphs and signers:
        _drop_signers(paragraphs[-1], signers)
    sections = (class_line.sections if class_line
                else sections_from_pages(rest) or (1 if paragraphs else None))
    if year is None and cable_id and cable_id[:2].isdigit():
        year = full_year(int(cable_id[:2]))

    return {
        "cable_id": cable_id,
        "reference_id_raw": header["reference_id_raw"] if header else None,
        "title": title,
        "subject": subject,
        "created": created if created else dtg.date() if dtg else None,
        "classification": classification,
        "classification_level": level,
        "origin": header["origin"] if header else origin_of_sender(routing["sender"]),
        "station": station,
        "serial": serial,
        "dtg": dtg,
        "precedence": precedence,
        "transmission_id": routing["transmission_id"],
        "originating_station": routing["originating_station"],
        "sender": routing["sender"],
        "recipients": recipients,
        "tags": tags,
        "tag_kinds": [tag_kind(t) for t in tags],
        "paragraphs": paragraphs,
        "sections": sections,
        "is_partial": is_partial(body),
        "handling": handling,
        "redactions": count_redactions(body),
        "body": body,
        "summary": parse_summary(own_text, _opening_paragraph(paragraphs), spaced=True),
        "signers": signers,
        "classified_by": parse_classified_by(body),
        "classification_reasons": parse_classification_reasons(body),
        "declassify_on": parse_declassify_on(body),
        "references": parse_references(body, year, cable_id),
    }
