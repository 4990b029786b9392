"""Reference ids: canonical form, splitting, stations (etl.parse.ids)."""

import pytest
from hypothesis import given, settings

from etl.parse.ids import STATIONS, canonical_id, make_id, resolve_station, split_id
from tests.strategies import CABLE_LIKE_TEXT


@pytest.mark.parametrize(
    "raw, expected",
    [
        # the cablemap failures
        ("08SCTION02OF02SAOPAULO335", "08SAOPAULO335"),
        ("09SECTION01OF03SANJOSE525", "09SANJOSE525"),
        ("08ECTION01OF02MANAMA492", "08MANAMA492"),
        ("7575LIBREVILLE1895", "75LIBREVILLE1895"),
        ("05RIO123", "05RIODEJANEIRO123"),
        ("07SECSTATE1234", "07STATE1234"),
        ("07STAE1234", "07STATE1234"),
        ("10HCMC57", "10HOCHIMINHCITY57"),
        ("100TTAWA57", "10OTTAWA57"),
        ("10 0TTAWA 57", "10OTTAWA57"),
        ("09SANTIAG0123", "09SANTIAGO123"),
        ("09 SANTIAG0 123", "09SANTIAGO123"),
        ("07BEIJING002463", "07BEIJING2463"),
        ("07beijing2463", "07BEIJING2463"),
        ("10-OTTAWA-57", "10OTTAWA57"),
        ("10 OTTAWA 57", "10OTTAWA57"),
        # well-formed ids are kept
        ("07BEIJING2463", "07BEIJING2463"),
        ("66BUENOSAIRES2481", "66BUENOSAIRES2481"),
        ("09USUNNEWYORK932", "09USUNNEWYORK932"),
        ("09STATE122615", "09STATE122615"),
        ("06ASTANA", "06ASTANA"),
        # years written in full, with a leading 0, or doubled
        ("2007 STATE 1234", "07STATE1234"),
        ("1975 TEHRAN 2069", "75TEHRAN2069"),
        ("007STATE12", "07STATE12"),
        ("9STATE1", "09STATE1"),
        # spaces, hyphens, lower case, multi-word stations
        ("07 SAN JOSE 000873", "07SANJOSE873"),
        ("06  Sao Paulo 751", "06SAOPAULO751"),
        ("09 the hague 0078", "09THEHAGUE78"),
        ("05 USUN NEW YORK 2635", "05USUNNEWYORK2635"),
        ("09 KL 1016", "09KUALALUMPUR1016"),
        ("07 TGG 1798", "07TEGUCIGALPA1798"),
        ("03 VAT 4859", "03VATICAN4859"),
        # malformed ids of the release (cable2month.csv.gz)
        ("06SECION01OF02HARARE628", "06HARARE628"),
        ("06SECTION01O02HONGKONG2311", "06HONGKONG2311"),
        ("06SECTIO03OF03MINSK1128", "06MINSK1128"),
        ("06SECTIKN01OF03MINSK1223", "06MINSK1223"),
        ("07SECTION02OF03EIJING483", "07BEIJING483"),
        ("07SECTON03OF04DAKAR269", "07DAKAR269"),
        ("07SETION02OF02BAKU1501", "07BAKU1501"),
        ("08SECTION01GF02BISHIEK21", "08BISHKEK21"),
        ("08SECTION01F03BEIRUT1568", "08BEIRUT1568"),
        ("09SQCTION02OF02DUSHANBE143", "09DUSHANBE143"),
        ("09SECTION0QF05HANOI297", "09HANOI297"),
        ("09SECTIOQ1OF06HARARE876", "09HARARE876"),
        ("09SECTION02OF03QRIPOLI583", "09TRIPOLI583"),
        ("0901OF02RPODUBAI288", "09RPODUBAI288"),
        ("10SECION03OF08VIENNA176", "10VIENNA176"),
        ("06EFTOATHENS1738", "06ATHENS1738"),
        ("07EFTOUSUNNEWYORK181", "07USUNNEWYORK181"),
        ("85NOFORNMOGADISHU1643", "85MOGADISHU1643"),
        ("09SIFIEDABUJA1673", "09ABUJA1673"),
        ("09AMEMBASSYHANOI1234", "09HANOI1234"),
        ("06MINSI225", "06MINSK225"),
        ("06MAILA1222", "06MANILA1222"),
        ("06PORTOFPAIN568", "06PORTOFSPAIN568"),
        ("06DAMASCCUS4435", "06DAMASCUS4435"),
        ("06ATANANARIVO1320", "06ANTANANARIVO1320"),
        ("07DULIN903", "07DUBLIN903"),
        ("08IHARTOUM1126", "08KHARTOUM1126"),
        ("08SANODOMINGO1611", "08SANTODOMINGO1611"),
        ("09BRUSSQLS1235", "09BRUSSELS1235"),
        ("09NOUKKCHOTT514", "09NOUAKCHOTT514"),
        ("09TILISI1526", "09TBILISI1526"),
        ("06AITTAIPIE2654", "06AITTAIPEI2654"),
        # a Z-code operating signal: the serial after it is the corrected one
        ("06MADRID002583ZFR2585", "06MADRID2585"),
        ("07OSLO000160ZDK164", "07OSLO164"),
        # any other trailing word: the first serial is the cable's own
        ("90STATE255195TOSEC140301", "90STATE255195"),
        ("08ACCRA001382SUSPECTEDDUPLICATE1392", "08ACCRA1382"),
        # unknown stations are kept as written; nothing is invented
        ("09FOO12", "09FOO12"),
        ("12345", "12345"),
        ("", ""),
        ("---", ""),
        ("¶ é ü", ""),
    ],
)
def test_canonical_id(raw, expected):
    assert canonical_id(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("07BEIJING2463", ("07", "BEIJING", 2463)),
        ("07BEIJING002463", ("07", "BEIJING", 2463)),
        ("08SCTION02OF02SAOPAULO335", ("08", "SAOPAULO", 335)),
        ("7575LIBREVILLE1895", ("75", "LIBREVILLE", 1895)),
        ("10-OTTAWA-57", ("10", "OTTAWA", 57)),
        ("06ASTANA", ("06", "ASTANA", None)),
        ("STATE12", (None, "STATE", 12)),
        ("12345", (None, None, 12345)),
        ("", (None, None, None)),
        ("x", (None, "X", None)),
    ],
)
def test_split_id(raw, expected):
    assert split_id(raw) == expected


@pytest.mark.parametrize(
    "year, station, serial, expected",
    [
        (2007, "BEIJING", 2463, "07BEIJING2463"),
        (7, "BEIJING", "002463", "07BEIJING2463"),
        ("1975", "TEHRAN", 2069, "75TEHRAN2069"),
        (None, "STATE", 12345, "STATE12345"),
        (2009, "STATE", None, "09STATE"),
    ],
)
def test_make_id(year, station, serial, expected):
    assert make_id(year, station, serial) == expected


@pytest.mark.parametrize(
    "word, min_fuzzy, expected",
    [
        ("BEIJING", 5, "BEIJING"),
        ("beijing", 5, "BEIJING"),
        ("SECSTATE", 0, "STATE"),
        ("STAE", 0, "STATE"),
        ("DEPTEL", 0, "STATE"),
        ("RIO", 0, "RIODEJANEIRO"),
        ("HCMC", 0, "HOCHIMINHCITY"),
        ("USUN", 0, "USUNNEWYORK"),
        ("USEU", 0, "USEUBRUSSELS"),
        ("UNVIE", 0, "UNVIEVIENNA"),
        ("KL", 0, "KUALALUMPUR"),
        ("0TTAWA", 0, "OTTAWA"),
        ("SANTIAG0", 0, "SANTIAGO"),
        ("EFTOLONDON", 0, "LONDON"),
        # typos: one edit, a unique station
        ("BRUSSQLS", 5, "BRUSSELS"),
        ("DAMASCCUS", 5, "DAMASCUS"),
        ("BRASIIA", 5, "BRASILIA"),
        ("BEIJIG", 5, "BEIJING"),
        ("SECTATE", 5, "STATE"),
        ("QRIPOLI", 5, "TRIPOLI"),
        # cut short: the first 60% or more of a unique station
        ("KUALALUMP", 7, "KUALALUMPUR"),
        ("TALLIN", 7, "TALLINN"),
        ("BRATIS", 5, "BRATISLAVA"),
        # typos are not guessed without min_fuzzy, nor in short words
        ("BRUSSQLS", 0, None),
        ("PARTY", 7, None),
        ("STATED", 7, None),
        ("SEPTEL", 5, None),
        ("MEETING", 5, None),
        ("SECTION", 5, None),
        ("EMAIL", 5, None),
        ("MONTE", 5, None),
        ("FOO", 5, None),
        ("", 5, None),
        ("1234", 5, None),
    ],
)
def test_resolve_station(word, min_fuzzy, expected):
    assert resolve_station(word, min_fuzzy) == expected


def test_stations_list_is_shipped_and_clean():
    assert 270 <= len(STATIONS) <= 300
    assert {"STATE", "BEIJING", "USUNNEWYORK", "RIODEJANEIRO", "HOCHIMINHCITY", "THEHAGUE"} <= STATIONS
    assert not any(s.startswith("EFTO") for s in STATIONS)
    assert all(s.isalpha() and s.isupper() for s in STATIONS)


@pytest.mark.parametrize("raw", ["\x00", "0" * 50, "A" * 500, "07 " * 100, "07BEIJING" + "9" * 40, "\u2028\ufeff"])
def test_canonical_id_never_raises(raw):
    assert isinstance(canonical_id(raw), str)
    assert len(split_id(raw)) == 3


@given(CABLE_LIKE_TEXT)
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_text(text):
    assert isinstance(canonical_id(text), str)
    assert len(split_id(text)) == 3
