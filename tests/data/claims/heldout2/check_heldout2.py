"""Check the heldout2 claims gold: YAML loads, doc_id = stem, every `context` (and `reports_embed`) occurs exactly
once in the NFC-normalised article text, field values are in the allowed sets. Reads only this folder."""
import pathlib, sys, unicodedata
import yaml

HERE = pathlib.Path(__file__).resolve().parent
ALLOWED = {'modality': {'asserted', 'reported', 'hedged', 'alleged'}, 'kind': {'quote', 'reported', 'narration'},
           'checkworthy': {True, False}, 'prospective': {True, False}}
ok = True
for y in sorted(HERE.glob('*.yml')):
    g = yaml.safe_load(y.read_text(encoding='utf-8'))
    t = unicodedata.normalize('NFC', y.with_suffix('.txt').read_text(encoding='utf-8'))
    assert g['doc_id'] == y.stem, y.name
    for c in g['claims']:
        for k, vals in ALLOWED.items():
            if c[k] not in vals:
                ok = False; print(y.name, 'bad', k, c[k])
        for k in ('context', 'reports_embed'):
            if k in c:
                n = t.count(unicodedata.normalize('NFC', c[k]))
                if n != 1:
                    ok = False; print(y.name, k, n, repr(c[k]))
    cl = g['claims']
    print(f"{y.stem}: {len(t.split())} words, {len(cl)} claims, {sum(c['checkworthy'] for c in cl)} checkworthy, "
          f"{sum('reports_embed' in c for c in cl)} reports_embed")
print('OK' if ok else 'FAILED')
sys.exit(0 if ok else 1)
