"""Cable text to records.

``parse_cable(text)`` returns one plain dict per cable with the keys:
cable_id, reference_id_raw, title, subject, created, classification,
classification_level, origin, station, serial, dtg, precedence,
transmission_id, originating_station, sender, recipients, tags, tag_kinds,
paragraphs, sections, is_partial, handling, redactions, body, summary,
signers, classified_by, classification_reasons, declassify_on, references.
It never raises on a str. ``canonical_id`` repairs a reference id as written.
"""

from etl.parse.cable import parse_cable
from etl.parse.ids import canonical_id

__all__ = ["canonical_id", "parse_cable"]
