"""Throwaway check for claims/heldout4: reads only the files of this folder (texts and gold), nothing else."""
import collections, os, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {"asserted", "reported", "hedged", "alleged"}
KINDS = {"quote", "reported", "narration"}
ok = True
for f in sorted(os.listdir(HERE)):
    if not f.endswith(".yml"):
        continue
    stem = f[:-4]
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
    text = unicodedata.normalize("NFC", raw)
    g = yaml.safe_load(open(os.path.join(HERE, f), encoding="utf-8"))
    errs = []
    if g["doc_id"] != stem: errs.append("doc_id")
    for c in g["claims"]:
        for k in ("context", "reports_embed"):
            if k in c and text.count(unicodedata.normalize("NFC", c[k])) != 1:
                errs.append(f"{k} x{text.count(unicodedata.normalize('NFC', c[k]))}: {c[k]}")
        if c["modality"] not in MODS: errs.append(f"modality {c}")
        if c["kind"] not in KINDS: errs.append(f"kind {c}")
        if not isinstance(c["checkworthy"], bool) or not isinstance(c["prospective"], bool): errs.append(f"bool {c}")
    if "'" in raw: errs.append("straight apostrophe in text")
    if raw.count("«") != raw.count("»"): errs.append("unbalanced guillemets")
    cl = g["claims"]
    who = collections.Counter(c["claimant"] if c["claimant"] in ("journalist", "unattributed") else "named" for c in cl)
    mod = collections.Counter(c["modality"] for c in cl)
    print(f"{stem}: {len(raw.split())} words, {len(cl)} claims, {sum(c['checkworthy'] for c in cl)} checkworthy, "
          f"{sum(c['prospective'] for c in cl)} prospective; {who['named']} named / {who['journalist']} journalist / "
          f"{who['unattributed']} unattributed; {mod['reported']} reported / {mod['asserted']} asserted / "
          f"{mod['hedged']} hedged / {mod['alleged']} alleged")
    for e in errs: print("   ERROR", e)
    ok = ok and not errs
print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)
