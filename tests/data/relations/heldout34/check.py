"""Throwaway check for heldout34 (reads only the files of this folder). Run: python3 check.py"""
import glob, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NEG = set("sue accuse criticize threaten reject deny withdraw exclude break boycott sanction fine fire quarrel attack".split())
POS = set("invest partner agree sign support praise hire cofound acquire cooperate".split())
NBSP_TEXTS = {"heldout34_01_compagnie", "heldout34_03_eolien"}
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def sentence_span(text, pos):
    """Rough sentence bounds: ., ! or ? (optionally followed by a closing guillemet) then whitespace, or a newline."""
    starts = [0] + [m.end() for m in re.finditer(r"[.!?](?:[\u00a0 ]»)?\s+|\n", text)]
    s = max(x for x in starts if x <= pos)
    nxt = [x for x in starts if x > pos]
    return (s, nxt[0] if nxt else len(text))


totals = dict(rel=0, neg=0, ref=0, quotes=0, conf=0, coop=0, pro=0)
mods = dict(asserted=0, reported=0, alleged=0, hedged=0)
for ypath in sorted(glob.glob(os.path.join(HERE, "heldout34_*.yml"))):
    stem = os.path.basename(ypath)[:-4]
    raw_y = open(ypath, encoding="utf-8").read()
    data = yaml.safe_load(raw_y)
    text = unicodedata.normalize("NFC", open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read())
    if data.get("doc_id") != stem:
        err(stem, "doc_id")
    if "Evaluation only" not in raw_y:
        err(stem, "missing evaluation-only line in header")
    actors = data["actors"]
    if not 9 <= len(actors) <= 12:
        err(stem, f"{len(actors)} actors")
    low = text.lower()
    for a in actors:
        if a.lower() not in low:
            err(stem, f"actor not in text: {a}")
    rels = data["relations"]
    seen = {}
    c = dict(rel=len(rels), conf=0, coop=0, pro=0)
    m = dict(asserted=0, reported=0, alleged=0, hedged=0)
    for r in rels:
        ctx = unicodedata.normalize("NFC", r["context"])
        for who in ("source", "target"):
            if r[who] not in actors:
                err(stem, f"{who} not in actors: {r[who]}")
        if r["source"] == r["target"]:
            err(stem, f"self relation {r}")
        n = text.count(ctx)
        n2 = text.replace("’", "'").count(ctx.replace("’", "'"))
        if n != 1 or n2 != 1:
            err(stem, f"context found {n}/{n2} times: {ctx}")
            continue
        ev = r["event"]
        if (ev in NEG and r["polarity"] != -1) or (ev in POS and r["polarity"] != 1) or ev not in NEG | POS:
            err(stem, f"polarity/event mismatch {ev} {r['polarity']}")
        if r["modality"] not in m:
            err(stem, f"modality {r['modality']}")
        else:
            m[r["modality"]] += 1
        c["conf" if r["polarity"] == -1 else "coop"] += 1
        c["pro"] += bool(r["prospective"])
        key = (r["source"], r["target"], r["polarity"], sentence_span(text, text.index(ctx)))
        if key in seen:
            err(stem, f"duplicate pair/polarity/sentence: {ctx} / {seen[key]}")
        seen[key] = ctx
    gold_pairs = {(k[0], k[1], k[3]) for k in seen}
    negs = re.findall(r"^# negated: (.+?) -> (.+?) (\w+) \(\"(.+)\"\)$", raw_y, flags=re.M)
    if len(negs) != raw_y.count("\n# negated:"):
        err(stem, "unparsed negated line")
    for s, t, ev, ctx in negs:
        ctx = unicodedata.normalize("NFC", ctx)
        if s not in actors or t not in actors:
            err(stem, f"negated actor not listed: {s} / {t}")
        if text.count(ctx) != 1:
            err(stem, f"negated context found {text.count(ctx)} times: {ctx}")
            continue
        if (s, t, sentence_span(text, text.index(ctx))) in gold_pairs:
            err(stem, f"negated line shares pair and sentence with gold: {ctx}")
    quotes = data["quotes"]
    for q in quotes:
        if q["speaker"] not in actors:
            err(stem, f"speaker not in actors: {q['speaker']}")
        if unicodedata.normalize("NFC", q["start"]) not in text:
            err(stem, f"quote start not in text: {q['start']}")
    if not 15 <= len(quotes) <= 20:
        err(stem, f"{len(quotes)} quotes")
    words = len(text.split())
    if not 500 <= words <= 620:
        err(stem, f"{words} words")
    if "'" in text:
        err(stem, "straight apostrophe in text")
    for r in rels:
        for v in r.values():
            if isinstance(v, str) and "'" in v:
                err(stem, f"straight apostrophe in value {v}")
    if text.count("«") != text.count("»"):
        err(stem, "unbalanced guillemets")
    if stem in NBSP_TEXTS:
        if re.search(r"« | »| [:;!?]", text):
            err(stem, "ordinary space next to « » : ; ! ? in a no-break-space text")
    refs = len(re.findall(r"^  - \{.*# why:.*\bref:", raw_y, flags=re.M))
    print(f"{stem}: {words} words, {len(actors)} actors, {c['rel']} relations ({c['conf']} conflict / {c['coop']} cooperation; "
          f"{m['asserted']} asserted / {m['reported']} reported / {m['alleged']} alleged / {m['hedged']} hedged; "
          f"{c['pro']} prospective), {refs} ref:, {len(quotes)} quotes, {len(negs)} negated")
    for k in ("rel", "conf", "coop", "pro"):
        totals[k] += c[k]
    for k in m:
        mods[k] += m[k]
    totals["neg"] += len(negs)
    totals["ref"] += refs
    totals["quotes"] += len(quotes)
print("total:", totals, mods)
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
