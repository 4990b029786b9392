"""Origin of a cable without its 5-line header, from the sender on the FM line."""

import pytest

from conftest import SAMPLE_DIR
from etl.parse import parse_cable
from etl.parse.origin import origin_of_sender


@pytest.mark.parametrize(
    "sender, origin",
    [
        ("AMEMBASSY BEIJING", "Embassy Beijing"),
        ("AMEMBASSY SAN JOSE", "Embassy San Jose"),
        ("AMCONSUL SAO PAULO", "Consulate Sao Paulo"),
        ("SECSTATE WASHDC", "Secretary of State"),
        ("USMISSION USUN NEW YORK", "USUN New York"),
        ("USMISSION GENEVA", "US Mission Geneva"),
        ("USINT HAVANA", "US Interests Section Havana"),
        ("AIT TAIPEI", "American Institute Taiwan, Taipei"),
        ("RPO DUBAI", "Iran RPO Dubai"),
        # Posts missing from the list are named by their sender prefix.
        ("AMEMBASSY PORT MORESBY", "Embassy Port Moresby"),
        ("AMCONSUL PESHAWAR", "Consulate Peshawar"),
        ("CDR USEUCOM VAIHINGEN GE", None),
        (None, None),
    ],
)
def test_origin_of_sender(sender, origin):
    assert origin_of_sender(sender) == origin


def test_without_the_header_the_origin_is_the_one_header_line_5_gives():
    compared = 0
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        with_header = parse_cable(text)
        if not with_header["sender"]:
            continue
        without_header = parse_cable(text.split("\n", 5)[5])
        assert without_header["origin"] == with_header["origin"], path.name
        compared += 1
    assert compared >= 290  # of the 380 sample cables, the partial records have no sender
