"""schema.org ClaimReview objects for the claims table, without a rating (nothing is reviewed yet).

Each claim becomes a `ClaimReview` whose `claimReviewed` is the claim's text and whose
`itemReviewed` is a `Claim` with its `author` (a Person or Organization, or the publication for
the journalist's own statements), `datePublished` (the document's date) and `appearance` (the
document, with the claim's character offsets). See https://schema.org/ClaimReview and Google's
fact-check markup guidelines; `reviewRating` is left out on purpose: mediakit finds claims, a
fact-checker rates them.
"""

from __future__ import annotations

from typing import Iterable, Optional

CONTEXT = "https://schema.org"


def claim_review(claim: dict, document: dict, actor_types: dict[str, str]) -> dict:
    """One ClaimReview (a JSON-ready dict) from a claims row and its documents row."""
    published = _text(document.get("published"))
    appearance = {
        "@type": "CreativeWork",
        "@id": f"{document['doc_id']}#char={int(claim['start'])},{int(claim['end'])}",
        "name": _text(document.get("title")) or document["doc_id"],
        "url": _text(document.get("source")) or document["doc_id"],
    }
    if published:
        appearance["datePublished"] = published
    item = {
        "@type": "Claim",
        "author": _author(claim["claimant"], actor_types),
        "appearance": appearance,
        "firstAppearance": appearance["@id"],
    }
    if published:
        item["datePublished"] = published
    review = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "@id": claim["claim_id"],
        "claimReviewed": claim["text"],
        "itemReviewed": item,
        "url": appearance["url"],
        "inLanguage": _text(document.get("lang")) or "und",
        # what mediakit measured, as schema.org PropertyValues (not a rating)
        "additionalProperty": [
            {"@type": "PropertyValue", "name": "modality", "value": claim["modality"]},
            {"@type": "PropertyValue", "name": "checkworthiness", "value": float(claim["checkworthiness"])},
            {"@type": "PropertyValue", "name": "checkworthy", "value": bool(claim["checkworthy"])},
        ],
    }
    return review


def claim_reviews(claims: Iterable[dict], documents: Iterable[dict], actor_types: dict[str, str]) -> list[dict]:
    """ClaimReviews for every claim, in the claims table's order."""
    docs = {d["doc_id"]: d for d in documents}
    return [claim_review(c, docs[c["doc_id"]], actor_types) for c in claims]


def _author(claimant: str, actor_types: dict[str, str]) -> dict:
    if claimant == "journalist":
        return {"@type": "Organization", "name": "the publication (journalist's own statement)"}
    if claimant == "unattributed":
        return {"@type": "Thing", "name": "unattributed source"}
    kind = "Person" if actor_types.get(claimant) == "person" else "Organization"
    return {"@type": kind, "name": claimant}


def _text(value) -> Optional[str]:
    return None if value is None or value != value or value == "" else str(value)
