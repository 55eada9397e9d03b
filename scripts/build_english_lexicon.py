#!/usr/bin/env python3
"""Build the English cue lexicon of the event stage (Sources/MarsadAnalysis/Resources/lexicons/english-cues.tsv).

Input: scripts/lexicons/english-cues.tsv (project-authored, see its header) and
../shared/data/events/plover/CAMEO2PLOVER-2021.txt (CC BY-SA 4.0), which resolves each event's CAMEO code to
its PLOVER type and mode, as scripts/build_lexicons.py does for the Arabic cues.
Output rows: class  form  value  mode  (events: value = PLOVER type, mode = override or PLOVER mode).

usage: python3 scripts/build_english_lexicon.py [--shared ../shared]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_lexicons import plover_table, rows, STANCES, SECTORS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CLASSES = {"report", "event", "accident", "killed", "injured", "negation", "modal", "passive", "number", "vague", "weekday",
           "month", "relday", "past", "next", "period", "head", "weapon"}


def main():
    shared = sys.argv[sys.argv.index("--shared") + 1] if "--shared" in sys.argv else os.path.join(REPO, "..", "shared")
    table = plover_table(os.path.join(shared, "data", "events", "plover", "CAMEO2PLOVER-2021.txt"))
    out = []
    seen = set()
    for n, cols in rows(os.path.join(HERE, "lexicons", "english-cues.tsv")):
        cols += [""] * (5 - len(cols))
        cls, form, value, extra, requires = cols[:5]
        where = f"english-cues.tsv:{n}"
        if cls not in CLASSES:
            sys.exit(f"{where}: unknown class {cls}")
        if form != form.lower() or "  " in form or not form.strip():
            sys.exit(f"{where}: forms are lower case, words separated by one space")
        if (cls, form) in seen:
            sys.exit(f"{where}: {cls} {form} twice")
        seen.add((cls, form))
        if cls == "report" and value not in STANCES:
            sys.exit(f"{where}: stance {value}")
        if cls == "head" and value not in SECTORS:
            sys.exit(f"{where}: sector {value}")
        if cls == "event":
            if value not in table:
                sys.exit(f"{where}: CAMEO {value} not in CAMEO2PLOVER")
            plover, mode = table[value]
            # "TYPE:mode" overrides the table where PLOVER's manual codes the act otherwise (sanctions)
            if ":" in extra:
                plover, extra = extra.split(":", 1)
            if requires not in ("", "target", "actor", "weapon"):
                sys.exit(f"{where}: requires {requires}")
            out.append((cls, form, plover, extra or mode, requires))
        else:
            out.append((cls, form, value, extra, ""))
    path = os.path.join(REPO, "Sources", "MarsadAnalysis", "Resources", "lexicons", "english-cues.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Built by scripts/build_english_lexicon.py from scripts/lexicons/english-cues.tsv; do not edit by hand.\n")
        f.write("# class\tform\tvalue\tmode-or-label\trequires\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print(f"{path}: {len(out)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
