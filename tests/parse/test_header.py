"""The 5-line header of the seed format."""

import datetime as dt

import pytest

from etl.parse.header import split_header

SEED_HEAD = (
    "07BEIJING2463\n"
    "U.S. COORDINATOR FOR INTERNATIONAL INTELLECTUAL\n"
    "Fri Apr 13 00:00:00 +0200 2007\n"
    "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"
    "Embassy Beijing\n"
    "VZCZCXRO3702\nOO RUEHCN RUEHGH"
)


def test_seed_header_fields_and_text():
    header, text = split_header(SEED_HEAD)
    assert header == {
        "reference_id_raw": "07BEIJING2463",
        "title": "U.S. COORDINATOR FOR INTERNATIONAL INTELLECTUAL",
        "created": dt.date(2007, 4, 13),
        "classification": "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
        "origin": "Embassy Beijing",
    }
    assert text == "VZCZCXRO3702\nOO RUEHCN RUEHGH"


@pytest.mark.parametrize(
    "line3, created",
    [
        ("Fri Apr 13 00:00:00 +0200 2007", dt.date(2007, 4, 13)),
        # local midnight of the scraper: the date as written, never shifted to UTC
        ("Wed Nov 29 00:00:00 +0100 2000", dt.date(2000, 11, 29)),
        ("Sun Jan 29 00:00:00 +0100 2006", dt.date(2006, 1, 29)),
        ("Tue Jul 03 00:00:00 +0200 2001", dt.date(2001, 7, 3)),
    ],
)
def test_created_is_the_written_date(line3, created):
    header, _ = split_header(f"00X1\nT\n{line3}\nSECRET\nEmbassy X\nbody")
    assert header["created"] == created


@pytest.mark.parametrize(
    "text",
    [
        # empty title (06CAIRO493) and malformed ids are still a header
        "06CAIRO493\n\nSun Jan 29 00:00:00 +0100 2006\nSECRET\nEmbassy Cairo\nThis record is a partial extract",
        "7575LIBREVILLE1895\nLIBREVILLE\nThu Jan 01 00:00:00 +0100 1970\nCONFIDENTIAL\nEmbassy Libreville\nX",
        "08ECTION01OF02MANAMA492\nX\nMon Jan 01 00:00:00 +0100 2008\nSECRET\nEmbassy Manama\nX",
    ],
)
def test_damaged_headers_are_recognized(text):
    header, body = split_header(text)
    assert header is not None
    assert body == text.split("\n", 5)[5]


@pytest.mark.parametrize(
    "text",
    [
        "VZCZCXRO3702\nOO RUEHCN RUEHGH\nDE RUEHBJ #2463/01 1030813\nZNR UUUUU ZZH\nO 130813Z APR 07",
        "UNCLAS SECTION 01 OF 02 BEIJING 002463\n\nSIPDIS",
        "TAGS: KIPR ETRD ECON WTRO CH",
        "",
        "one line",
    ],
)
def test_text_without_header(text):
    assert split_header(text) == (None, text)


def test_header_of_a_short_fragment():
    header, body = split_header("07BEIJING2463\nTITLE\nFri Apr 13 00:00:00 +0200 2007")
    assert header["created"] == dt.date(2007, 4, 13)
    assert header["classification"] is None and header["origin"] is None
    assert body == ""
