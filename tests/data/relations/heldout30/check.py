"""Throwaway check for the h30 set: reads only the files of this folder (texts and gold), nothing else."""
import os, re, sys, unicodedata, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NEG = {"sue", "accuse", "criticize", "threaten", "reject", "deny", "withdraw", "exclude", "break", "boycott",
       "sanction", "fine", "fire", "quarrel", "attack"}
POS = {"invest", "partner", "agree", "sign", "support", "praise", "hire", "cofound", "acquire", "cooperate"}
MODS = {"asserted", "alleged", "hedged", "reported"}
BOUND = re.compile(r"[.!?](?:\u00a0»)?\s+(?=[«A-ZÀ-ÖØ-Þ])|\n")


def sentences(text):
    spans, start = [], 0
    for m in BOUND.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def sent_of(spans, pos, end):
    for i, (a, b) in enumerate(spans):
        if a <= pos and end <= b:
            return i
    return None


def check(stem):
    errs = []
    text = unicodedata.normalize("NFC", open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read())
    raw = open(os.path.join(HERE, stem + ".yml"), encoding="utf-8").read()
    g = yaml.safe_load(raw)
    if g.get("doc_id") != stem:
        errs.append("doc_id")
    spans = sentences(text)
    text_ap = text.replace("’", "'")
    actors = g["actors"]
    for a in actors:
        if a.lower() not in text.lower():
            errs.append("actor not verbatim: " + a)
    if not 12 <= len(actors) <= 13:
        errs.append("actor count %d" % len(actors))
    rels = g["relations"]
    if not 22 <= len(rels) <= 26:
        errs.append("relation count %d" % len(rels))
    keys = collections.Counter()
    pairsent = set()
    for r in rels:
        c = unicodedata.normalize("NFC", r["context"])
        if text.count(c) != 1:
            errs.append("context count %d: %s" % (text.count(c), c))
            continue
        if text_ap.count(c.replace("’", "'")) != 1:
            errs.append("context not unique with ': " + c)
        p = text.index(c)
        s = sent_of(spans, p, p + len(c))
        if s is None:
            errs.append("context crosses a sentence boundary: " + c)
        for k in ("source", "target"):
            if r[k] not in actors:
                errs.append("%s not in actors: %s" % (k, r[k]))
        if r["source"] == r["target"]:
            errs.append("self relation: " + c)
        ev = r["event"]
        if ev in NEG:
            want = -1
        elif ev in POS:
            want = 1
        else:
            errs.append("unknown event " + ev)
            want = None
        if want is not None and r["polarity"] != want:
            errs.append("polarity/event mismatch: " + c)
        if r["modality"] not in MODS:
            errs.append("modality: " + c)
        if not isinstance(r["prospective"], bool):
            errs.append("prospective: " + c)
        k = (r["source"], r["target"], r["polarity"], s)
        keys[k] += 1
        pairsent.add((r["source"], r["target"], s))
    for k, n in keys.items():
        if n > 1:
            errs.append("duplicate pair/sentence: %s" % (k,))
    for q in g.get("quotes", []):
        if unicodedata.normalize("NFC", q["start"]) not in text:
            errs.append("quote start missing: " + q["start"])
        if q["speaker"] not in actors:
            errs.append("speaker not in actors: " + q["speaker"])
    negs = []
    for line in raw.splitlines():
        m = re.match(r'# negated: (.+?) -> (.+?) (\w+) \("(.+)"\)\s*$', line)
        if line.startswith("# negated:"):
            if not m:
                errs.append("bad negated line: " + line)
                continue
            src, tgt, ev, ctx = m.groups()
            negs.append(line)
            if src not in actors or tgt not in actors:
                errs.append("negated actor not in actors: " + line)
            if ev not in NEG | POS:
                errs.append("negated event: " + line)
            if text.count(ctx) != 1:
                errs.append("negated context count %d: %s" % (text.count(ctx), ctx))
            else:
                p = text.index(ctx)
                s = sent_of(spans, p, p + len(ctx))
                if (src, tgt, s) in pairsent:
                    errs.append("negated shares pair and sentence with a gold entry: " + line)
    if not 2 <= len(negs) <= 3:
        errs.append("negated count %d" % len(negs))
    # typography
    if "'" in text:
        errs.append("straight apostrophe in text")
    if "'" in raw.replace("’", ""):
        # allowed only inside comments as quoting of ' replacement; flag for a look
        pass
    if text.count("«") != text.count("»"):
        errs.append("unbalanced guillemets")
    if re.search(r"« | »", text):
        errs.append("ordinary space inside « »")
    if re.search(r"«[^\u00a0]|[^\u00a0]»", text):
        errs.append("missing no-break space inside « »")
    lines = text.split("\n")
    if not re.match(r"^[A-ZÀ-Þ’ -]+( \([^)]+\))? —\u00a0", lines[1]):
        errs.append("dateline")
    nw = len(text.split())
    if not 620 <= nw <= 650:
        errs.append("word count %d" % nw)
    # stats
    ref = sum(1 for line in raw.splitlines() if line.strip().startswith("- {source") and "ref:" in line.split("# why:")[-1])
    mod = collections.Counter(r["modality"] for r in rels)
    stats = dict(words=nw, words_ascii_space=len(text.replace("\u00a0", "\u0001").replace("\n", " ").split(" ")),
                 actors=len(actors), relations=len(rels),
                 conflict=sum(r["polarity"] == -1 for r in rels), cooperation=sum(r["polarity"] == 1 for r in rels),
                 asserted=mod["asserted"], reported=mod["reported"], alleged=mod["alleged"], hedged=mod["hedged"],
                 prospective=sum(r["prospective"] for r in rels), ref=ref, quotes=len(g.get("quotes", [])),
                 negated=len(negs), guillemet_pairs=text.count("«"))
    return errs, stats


if __name__ == "__main__":
    stems = sys.argv[1:] or ["heldout30_01_tram", "heldout30_02_medias", "heldout30_03_dragage"]
    bad = 0
    for st in stems:
        if not os.path.exists(os.path.join(HERE, st + ".yml")):
            print(st, "missing")
            continue
        e, s = check(st)
        print(st, s)
        for x in e:
            print("  ERROR", x)
        bad += len(e)
    sys.exit(1 if bad else 0)
