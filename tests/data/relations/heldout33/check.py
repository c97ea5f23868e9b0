"""Throwaway check for heldout33: reads only the files of this folder (texts and gold), nothing else."""
import os, re, sys, unicodedata, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NEG = {"sue", "accuse", "criticize", "threaten", "reject", "deny", "withdraw", "exclude", "break", "boycott",
       "sanction", "fine", "fire", "quarrel", "attack"}
POS = {"invest", "partner", "agree", "sign", "support", "praise", "hire", "cofound", "acquire", "cooperate"}
MODS = {"asserted", "alleged", "hedged", "reported"}
BOUND = re.compile(r"[.!?](?:\u00a0»)?\s+(?=[«A-ZÀ-ÖØ-Þ—])|\n")
NEGLINE = re.compile(r'^# negated: (.+?) -> (.+?) (\w+) \("(.+)"\)\s*$')


def sentences(text):
    spans, start = [], 0
    for m in BOUND.finditer(text):
        spans.append((start, m.end())); start = m.end()
    spans.append((start, len(text)))
    return spans


def sent_of(spans, pos):
    for i, (a, b) in enumerate(spans):
        if a <= pos < b:
            return i


def check(stem):
    errs = []
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
    ytxt = open(os.path.join(HERE, stem + ".yml"), encoding="utf-8").read()
    text = unicodedata.normalize("NFC", raw)
    g = yaml.safe_load(ytxt)
    if g["doc_id"] != stem: errs.append("doc_id")
    actors = g["actors"]
    for a in actors:
        if a.lower() not in text.lower(): errs.append(f"actor not in text: {a}")
    spans = sentences(text)
    seen = {}
    for r in g["relations"]:
        c = unicodedata.normalize("NFC", r["context"])
        n = text.count(c)
        if n != 1: errs.append(f"context x{n}: {c}")
        alt = c.replace("’", "'")
        if text.replace("’", "'").count(alt) != 1: errs.append(f"context (apostrophe-folded) not unique: {c}")
        for k in ("source", "target"):
            if r[k] not in actors: errs.append(f"{k} not in actors: {r[k]}")
        ev = r["event"]
        if (r["polarity"] == -1) != (ev in NEG) or (r["polarity"] == 1) != (ev in POS): errs.append(f"polarity/event: {r}")
        if r["modality"] not in MODS: errs.append(f"modality: {r}")
        if not isinstance(r["prospective"], bool): errs.append(f"prospective: {r}")
        s = sent_of(spans, text.find(c)) if n else None
        key = (r["source"], r["target"], r["polarity"], s)
        if key in seen: errs.append(f"duplicate pair+sentence: {key}")
        seen[key] = r
    for q in g["quotes"]:
        if unicodedata.normalize("NFC", q["start"]) not in text: errs.append(f"quote start: {q['start']}")
        if q["speaker"] not in actors: errs.append(f"speaker not in actors: {q['speaker']}")
    negs = 0
    for line in ytxt.splitlines():
        if line.startswith("# negated:"):
            m = NEGLINE.match(line)
            if not m: errs.append(f"bad negated line: {line}"); continue
            negs += 1
            src, tgt, ev, ctx = m.groups()
            ctx = unicodedata.normalize("NFC", ctx)
            if src not in actors or tgt not in actors: errs.append(f"negated actors: {line}")
            if text.count(ctx) != 1: errs.append(f"negated context x{text.count(ctx)}: {ctx}")
            s = sent_of(spans, text.find(ctx))
            pol = -1 if ev in NEG else 1
            if (src, tgt, pol, s) in seen: errs.append(f"negated clashes with gold: {line}")
    if "'" in raw: errs.append("straight apostrophe in text")
    for r in g["relations"]:
        for k in ("source", "target", "context"):
            if "'" in r[k]: errs.append(f"straight apostrophe in yml value {r[k]}")
    if re.search(r"« |\s»", text.replace("\u00a0", "X")) : errs.append("ordinary space inside « »")
    if text.count("«") != text.count("»"): errs.append("unbalanced guillemets")
    words = len(raw.split())
    if not 500 <= words <= 620: errs.append(f"words {words}")
    if not 9 <= len(actors) <= 12: errs.append(f"actors {len(actors)}")
    rels = g["relations"]
    mod = collections.Counter(r["modality"] for r in rels)
    refs = sum("ref:" in l for l in ytxt.splitlines() if l.lstrip().startswith("- {source"))
    print(f"{stem}: {words} words, {len(actors)} actors, {len(rels)} relations "
          f"({sum(r['polarity'] == -1 for r in rels)} conflict / {sum(r['polarity'] == 1 for r in rels)} cooperation; "
          f"{mod['asserted']} asserted / {mod['reported']} reported / {mod['alleged']} alleged / {mod['hedged']} hedged; "
          f"{sum(r['prospective'] for r in rels)} prospective), {refs} ref:, {len(g['quotes'])} quotes, {negs} negated")
    for e in errs: print("   ERROR", e)
    return not errs


ok = all([check(f[:-4]) for f in sorted(os.listdir(HERE)) if f.endswith(".txt")])
print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)
