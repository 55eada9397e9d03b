#!/usr/bin/env python3
"""Build the event stage's lexicons (Sources/MarsadAnalysis/Resources/lexicons/) from real sources.

Inputs
  scripts/lexicons/*.tsv                              project-authored seeds (reporting verbs, event verbs
                                                      and nouns with CAMEO codes, actor heads, function words)
  ../shared/data/events/plover/CAMEO2PLOVER-2021.txt  CAMEO -> PLOVER type and mode (CC BY-SA 4.0)
  ../shared/data/events/universal-petrarch-ar/CAMEO.ar.0.5.txt
                                                      Arabic CAMEO verb patterns (MIT, Open Event Data Alliance),
                                                      inspected, not shipped (see below)
Outputs (TSV, UTF-8, one entry a line, '#' comments)
  reporting-cues.tsv, actor-heads.tsv, function-words.tsv, occupations.tsv   seeds, validated
  event-cues.tsv        seed events with PLOVER type and mode resolved from their CAMEO code
  iso3166-alpha3.tsv    ISO 3166-1 alpha-2 -> alpha-3 (pycountry), for scoring against CAMEO country codes

CAMEO.ar.0.5.txt is read by `petrarch_patterns` for inspection (python3 -c 'import build_lexicons ...'): its
verb blocks are machine-translated WordNet synsets whose pattern codes contradict their verbs ("آخر هجوم" →
053 SUPPORT, "قدم" → 163), so they are not shipped; the seed verbs carry CAMEO codes checked by hand.

usage: python3 scripts/build_lexicons.py [--shared ../shared]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(REPO, "Sources", "MarsadAnalysis", "Resources", "lexicons")
STANCES = {"assert", "deny", "accuse", "call", "warn", "report"}
SECTORS = {"government", "military", "police", "rebels", "civilians", "peacekeepers", "international", "media", "unknown"}
DIACRITICS = re.compile("[\u064B-\u0652\u0670\u0640]")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield n, line.split("\t")


def plover_table(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?", line)
        if m:
            table[m.group(1)] = (m.group(2), m.group(3).strip().replace(" ", ""))
    return table


def resolve(code, table):
    """CAMEO code -> (PLOVER type, mode); falls back to the parent code (1823 -> 182 -> 18)."""
    c = code
    while c:
        if c in table:
            return table[c]
        c = c[:-1]
    return None


def petrarch_patterns(path, table):
    lines = open(path, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    out, verbs = set(), []
    for line in lines[start + 1:]:
        m = re.match(r"^---\s*(.+?)\s*\[(.*?)\]\s*---", line)
        if m:
            verbs = [m.group(1)]
            continue
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if not s.startswith("-"):
            verb = s.split("#")[0].split("[")[0].strip()
            if verb and " " not in verb:
                verbs.append(verb)
            continue
        pm = re.match(r"^-\s*\*\s*(.*?)\s*\[(\d+)\]", s)
        if not pm:
            continue
        obj = pm.group(1).strip()
        # single plain noun objects only: "- * هجوم [190]"; skip synsets (&X), alternatives and phrases.
        if not obj or any(ch in obj for ch in "&{}()") or " " in obj:
            continue
        hit = resolve(pm.group(2), table)
        if not hit:
            continue
        for v in verbs:
            v = DIACRITICS.sub("", v.split("+")[0])
            if len(v) >= 2:
                out.add((v, DIACRITICS.sub("", obj), pm.group(2), hit[0], hit[1]))
    return sorted(out)


def main(argv):
    shared = os.path.join(REPO, "..", "shared")
    if "--shared" in argv:
        shared = argv[argv.index("--shared") + 1]
    events_dir = os.path.join(shared, "data", "events")
    table = plover_table(os.path.join(events_dir, "plover", "CAMEO2PLOVER-2021.txt"))
    os.makedirs(OUT, exist_ok=True)
    seeds = os.path.join(HERE, "lexicons")
    header = "# Built by scripts/build_lexicons.py from scripts/lexicons/%s; do not edit by hand.\n"

    for n, c in rows(os.path.join(seeds, "reporting-cues.tsv")):
        assert len(c) in (4, 5) and c[3] in STANCES, "reporting-cues.tsv:%d: %r" % (n, c)
    seen_heads = {}
    for n, c in rows(os.path.join(seeds, "actor-heads.tsv")):
        # the first row of a head wins at lookup: a second one would be silently ignored
        assert c[0] not in seen_heads, "actor-heads.tsv:%d: %r repeats line %d" % (n, c[0], seen_heads.get(c[0]))
        seen_heads[c[0]] = n
        assert len(c) in (4, 5) and c[1] in SECTORS, "actor-heads.tsv:%d: %r" % (n, c)
        assert len(c) == 4 or re.fullmatch("[A-Z]{2}", c[4]), "actor-heads.tsv:%d: country %r" % (n, c[4])
    # the requires column of event-cues.tsv: "weapon", a requirement EventCue.requirements names, or "!" and a
    # class of function-words.tsv that must not follow (a typo would silently drop the exclusion)
    classes = {c[0] for _, c in rows(os.path.join(seeds, "function-words.tsv"))}
    for n, c in rows(os.path.join(seeds, "event-cues.tsv")):
        for part in (c[6].split(",") if len(c) > 6 and c[6] else []):
            assert part in ("weapon", "sentence", "envoy", "relations", "armed", "holdings") or (part[:1] == "!" and part[1:] in classes), \
                "event-cues.tsv:%d: requires %r" % (n, part)
    for n, c in rows(os.path.join(seeds, "occupations.tsv")):
        assert len(c) == 4 and all(re.fullmatch("[A-Z]{2}", x) for x in c[:2]), "occupations.tsv:%d: %r" % (n, c)
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", x) for x in c[2:3] + [d for d in c[3:] if d]), "occupations.tsv:%d: %r" % (n, c)
    for name in ("reporting-cues.tsv", "actor-heads.tsv", "function-words.tsv", "occupations.tsv"):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(header % name)
            for _, c in rows(os.path.join(seeds, name)):
                f.write("\t".join(c) + "\n")

    with open(os.path.join(OUT, "event-cues.tsv"), "w", encoding="utf-8") as f:
        f.write(header % "event-cues.tsv")
        f.write("# kind\tpast\tpresent\tnouns\tcameo\tplover\tmode\trequires\n")
        for n, c in rows(os.path.join(seeds, "event-cues.tsv")):
            c += [""] * (7 - len(c))
            kind, past, present, nouns, cameo, mode, requires = c[:7]
            plover = ""
            if cameo:
                hit = resolve(cameo, table)
                assert hit, "event-cues.tsv:%d: CAMEO %s has no PLOVER type" % (n, cameo)
                plover, mode = hit[0], (mode or hit[1])
                # "TYPE:mode" overrides the table where PLOVER's manual codes the act otherwise (sanctions)
                if ":" in mode:
                    plover, mode = mode.split(":", 1)
            f.write("\t".join([kind, past, present, nouns, cameo, plover, mode, requires]) + "\n")

    # ISO 3166-1 alpha-2 -> alpha-3, to compare Marsad's countries with CAMEO's (GSR evaluation)
    import pycountry
    with open(os.path.join(OUT, "iso3166-alpha3.tsv"), "w", encoding="utf-8") as f:
        f.write("# Built by scripts/build_lexicons.py from pycountry (ISO 3166-1 data of Debian iso-codes, LGPL-2.1)\n")
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            f.write("%s\t%s\n" % (c.alpha_2, c.alpha_3))
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main(sys.argv)
