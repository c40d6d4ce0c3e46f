"""Derives de-passphrase.txt from wordfreq's German frequency list (CC BY-SA 4.0)."""
import re

import wordfreq

# Stems nobody wants to find in a generated password.
BAD = (
    "hitler nazi munition mord tote toet leich vergewalt sex porn fick arsch hure nutte schwul "
    "jude neger terror bomb waff blut drog kokain starb sterb krieg kotz piss scheis kack "
    "wichs fotze schlamp spast idiot trottel dumm doof blöd penis vagin titt tumor krebs "
    "gewalt opfer leiche suizid afd islam christ gott bibel jesus satan teufel holle hoelle hass"
).split()

words = []
for w in wordfreq.top_n_list("de", 80000):
    if not re.fullmatch("[a-z]{4,8}", w) or any(b in w for b in BAD):
        continue
    # Keep words clearly more German than English.
    if wordfreq.zipf_frequency(w, "en") > wordfreq.zipf_frequency(w, "de") - 1.0:
        continue
    words.append(w)
    if len(words) == 4096:
        break
assert len(words) == 4096, len(words)
with open("assets/wordlists/de-passphrase.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(words)) + "\n")
