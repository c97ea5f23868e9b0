"""Tidy frames of the actor-conflicts notebook: relations, the network's nodes and edges, balance."""

from __future__ import annotations

import math

import pandas as pd

from ...analyses import network as net
from ...analysis import Analysis

_EDGE_COLUMNS = ["source", "target", "count", "conflict", "cooperation", "net_polarity", "mean_intensity",
                 "first_date", "last_date", "events", "evidence"]


def relation_list(a: Analysis) -> pd.DataFrame:
    """Every relation with its evidence sentence, in document and sentence order."""
    cols = ["doc_id", "sent_id", "source", "target", "event", "polarity", "intensity", "modality", "prospective",
            "date", "evidence"]
    r = a.relations
    if r.empty:
        return pd.DataFrame(columns=cols)
    return r[cols].sort_values(["doc_id", "sent_id", "source", "target", "event"]).reset_index(drop=True)


def network_edges(a: Analysis) -> pd.DataFrame:
    """One row per directed actor pair: counts, net polarity, intensity, dates, evidence."""
    g = a.network()
    rows = [{"source": s, "target": t, **d} for s, t, d in g.edges(data=True)]
    return pd.DataFrame(rows, columns=_EDGE_COLUMNS)


def network_layout(a: Analysis) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes on a circle in name order (a layout that never moves between runs) and edges with coordinates."""
    g = a.network()
    names = sorted(g)
    n = max(len(names), 1)
    nodes = pd.DataFrame([{"actor": name, "actor_type": g.nodes[name]["actor_type"],
                           "mentions": g.nodes[name]["mentions"],
                           "x": round(math.cos(2 * math.pi * i / n), 6), "y": round(math.sin(2 * math.pi * i / n), 6)}
                          for i, name in enumerate(names)], columns=["actor", "actor_type", "mentions", "x", "y"])
    edges = network_edges(a)
    pos = {r.actor: (r.x, r.y) for r in nodes.itertuples()}
    for end, col in (("x0", "source"), ("x1", "target")):
        edges[end] = [pos[v][0] for v in edges[col]]
        edges[end.replace("x", "y")] = [pos[v][1] for v in edges[col]]
    return nodes, edges


def actor_balance(a: Analysis) -> pd.DataFrame:
    """Per actor: conflict events initiated and received, signed balance given and received."""
    g = a.network()
    attacking = dict(net.most_attacking(g, len(g)))
    attacked = dict(net.most_attacked(g, len(g)))
    rows = [{"actor": actor, "attacks": attacking.get(actor, 0), "attacked": attacked.get(actor, 0), **b}
            for actor, b in net.signed_balance(g).items()]
    out = pd.DataFrame(rows, columns=["actor", "attacks", "attacked", "given", "received"])
    return out.sort_values(["attacked", "attacks", "actor"], ascending=[False, False, True]).reset_index(drop=True)


def relation_matrix(a: Analysis) -> pd.DataFrame:
    """Source × target net polarity (long form: source, target, net_polarity, count)."""
    edges = network_edges(a)
    return edges[["source", "target", "net_polarity", "count"]].sort_values(["source", "target"]).reset_index(drop=True)


def ambivalent_pairs(a: Analysis) -> pd.DataFrame:
    """Actor pairs linked by both conflict and cooperation."""
    return pd.DataFrame(net.ambivalent_pairs(a.network()), columns=["actor_a", "actor_b"])


def balance_summary(a: Analysis) -> pd.DataFrame:
    """Signed triads and how many are structurally balanced (Cartwright & Harary 1956)."""
    b = net.balance(a.network())
    return pd.DataFrame([{"signed triads": b.triads, "balanced": b.balanced, "unbalanced": len(b.unbalanced),
                          "unbalanced triads": "; ".join(" / ".join(t) for t in b.unbalanced)}])


def relations_timeline(a: Analysis) -> pd.DataFrame:
    """Relations whose text dates them, with the date as a day (months and years at their start)."""
    r = relation_list(a)
    r = r[r["date"].notna() & (r["date"].astype(str) != "")].copy()
    r["day"] = pd.to_datetime(r["date"].astype(str).str.pad(10, side="right", fillchar="-")
                              .str.replace(r"-+$", "", regex=True), format="mixed", errors="coerce")
    return r[r["day"].notna()].reset_index(drop=True)
