#!/usr/bin/env python3
"""Derives Sanctuary's Hanja tables from Unicode's Unihan_Readings.txt (Debian: unicode-data).

  python3 scripts/unihan-readings.py /usr/share/unicode/Unihan_Readings.txt.bz2

writes src/main/resources/identity/hanja-readings.tsv (each Han character with its Korean readings,
kHangul) and src/main/resources/identity/pinyin-readings.tsv (each toneless pinyin syllable with the
Korean readings of the characters read so, most frequent first). Unicode data, Unicode licence v3.
"""
import bz2, collections, sys, unicodedata

source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Readings.txt.bz2"
hangul, mandarin, version = {}, {}, ""
with bz2.open(source, "rt", encoding="utf-8") as lines:
    for line in lines:
        if line.startswith("# Unicode version"):
            version = line.split(":", 1)[1].strip()
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.rstrip("\n").split("\t")
        char = chr(int(code[2:], 16))
        if field == "kHangul":
            hangul[char] = [r.split(":")[0] for r in value.split()]
        elif field == "kMandarin":
            mandarin[char] = value.split()[0]

def toneless(pinyin):
    return "".join(c for c in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(c)).replace("ü", "v")

header = "# Derived from Unihan_Readings.txt, Unicode %s (Unicode licence v3) by scripts/unihan-readings.py\n" % version
with open("src/main/resources/identity/hanja-readings.tsv", "w", encoding="utf-8") as out:
    out.write(header)
    for char in sorted(hangul):
        out.write("%s\t%s\n" % (char, " ".join(hangul[char])))

by_pinyin = collections.defaultdict(collections.Counter)
for char, reading in mandarin.items():
    for korean in hangul.get(char, []):
        by_pinyin[toneless(reading)][korean] += 1
with open("src/main/resources/identity/pinyin-readings.tsv", "w", encoding="utf-8") as out:
    out.write(header)
    for syllable in sorted(by_pinyin):
        readings = [k for k, n in by_pinyin[syllable].most_common() if n >= 2] or [by_pinyin[syllable].most_common(1)[0][0]]
        out.write("%s\t%s\n" % (syllable, " ".join(readings[:8])))
