"""The actor network: a corpus-level directed graph of conflict and cooperation events.

Nodes are actors (mention count, type); an edge source → target aggregates the events between
them: count, conflict and cooperation counts, net polarity, mean Goldstein intensity, first and
last date where the text dates them, event codes and evidence sentences.

Notes:
    The balance check follows Heider's structural balance as formalised by Cartwright & Harary
    (1956): a triad of actors is balanced when the product of its three signed ties is positive
    ("the enemy of my enemy is my friend"). Ties are undirected signs of the net polarity.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Iterable, Mapping

import networkx as nx

#: Separator of the evidence sentences of one edge in GraphML (attributes must be scalars).
EVIDENCE_SEP = " ‖ "


def build_graph(relations: Iterable[Mapping], mentions: Iterable[Mapping] = ()) -> nx.DiGraph:
    """Directed actor graph from relation records (and mention records for node sizes and types)."""
    counts: Counter = Counter()
    types: dict[str, Counter] = {}
    for m in mentions:
        counts[m["actor"]] += 1
        types.setdefault(m["actor"], Counter())[m["actor_type"]] += 1
    edges: dict[tuple[str, str], list[Mapping]] = {}
    for r in relations:
        edges.setdefault((r["source"], r["target"]), []).append(r)
    g = nx.DiGraph()
    for actor in sorted({a for pair in edges for a in pair}):
        kind = types.get(actor, Counter({"other": 1})).most_common(1)[0][0]
        g.add_node(actor, mentions=int(counts.get(actor, 0)), actor_type=kind)
    for (s, t) in sorted(edges):
        rows = sorted(edges[(s, t)], key=lambda r: (str(r["doc_id"]), int(r["sent_id"]), str(r["event"])))
        dates = sorted(str(r["date"]) for r in rows if _known(r.get("date")))
        evidence = list(dict.fromkeys(str(r["evidence"]) for r in rows))
        g.add_edge(s, t, count=len(rows),
                   conflict=sum(int(r["polarity"]) < 0 for r in rows),
                   cooperation=sum(int(r["polarity"]) > 0 for r in rows),
                   net_polarity=sum(int(r["polarity"]) for r in rows),
                   mean_intensity=round(sum(float(r["intensity"]) for r in rows) / len(rows), 3),
                   first_date=dates[0] if dates else "", last_date=dates[-1] if dates else "",
                   events=",".join(sorted({str(r["event"]) for r in rows})),
                   evidence=EVIDENCE_SEP.join(evidence))
    return g


def _known(value) -> bool:
    return value is not None and value == value and str(value) != ""


def most_attacked(g: nx.DiGraph, n: int = 10) -> list[tuple[str, int]]:
    """Actors by number of conflict events aimed at them, most first (ties by name)."""
    score = {a: sum(d["conflict"] for _, _, d in g.in_edges(a, data=True)) for a in g}
    return _top(score, n)


def most_attacking(g: nx.DiGraph, n: int = 10) -> list[tuple[str, int]]:
    """Actors by number of conflict events they initiate, most first (ties by name)."""
    score = {a: sum(d["conflict"] for _, _, d in g.out_edges(a, data=True)) for a in g}
    return _top(score, n)


def _top(score: dict[str, int], n: int) -> list[tuple[str, int]]:
    return [(a, v) for a, v in sorted(score.items(), key=lambda kv: (-kv[1], kv[0])) if v > 0][:n]


def signed_balance(g: nx.DiGraph) -> dict[str, dict[str, int]]:
    """Per actor: net polarity of what it does (given) and of what it receives (received)."""
    return {a: {"given": sum(d["net_polarity"] for _, _, d in g.out_edges(a, data=True)),
                "received": sum(d["net_polarity"] for _, _, d in g.in_edges(a, data=True))} for a in sorted(g)}


def ambivalent_pairs(g: nx.DiGraph) -> list[tuple[str, str]]:
    """Unordered actor pairs linked by both conflict and cooperation (in either direction)."""
    out = []
    for a, b in sorted({tuple(sorted(e)) for e in g.edges}):
        data = [g.edges[e] for e in ((a, b), (b, a)) if g.has_edge(*e)]
        if sum(d["conflict"] for d in data) and sum(d["cooperation"] for d in data):
            out.append((a, b))
    return out


@dataclass(frozen=True)
class Balance:
    """Signed triads of the network and how many are structurally balanced."""

    triads: int
    balanced: int
    unbalanced: list


def signs(g: nx.DiGraph) -> dict[frozenset, int]:
    """Undirected sign per actor pair: the sign of the summed net polarity of both directions."""
    net: Counter = Counter()
    for s, t, d in g.edges(data=True):
        if s != t:
            net[frozenset((s, t))] += d["net_polarity"]
    return {pair: (1 if v > 0 else -1) for pair, v in net.items() if v != 0}


def balance(g: nx.DiGraph) -> Balance:
    """Cartwright–Harary balance over every triad whose three ties are signed."""
    sign = signs(g)
    nodes = sorted({a for pair in sign for a in pair})
    triads, balanced, unbalanced = 0, 0, []
    for a, b, c in combinations(nodes, 3):
        ties = [sign.get(frozenset(p)) for p in ((a, b), (b, c), (a, c))]
        if None in ties:
            continue
        triads += 1
        if ties[0] * ties[1] * ties[2] > 0:
            balanced += 1
        else:
            unbalanced.append((a, b, c))
    return Balance(triads, balanced, unbalanced)


def write_graphml(g: nx.DiGraph, path: Path) -> Path:
    """Write the graph as GraphML (Gephi, Cytoscape, yEd read it); node and edge order is sorted."""
    nx.write_graphml(g, path, encoding="utf-8", prettyprint=True)
    return path
