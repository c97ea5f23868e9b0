"""Claims: sentence in, (claimant, modality, cue, check-worthy) out; gold figures; JSON-LD; CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import claimseval
import summary
import mediakit as mk
from conftest import ROOT, cli_in_process

# Invented sentences (not from any gold article): text, the claim's context, and what it should get.
CASES = [
    ("La mairie de Bordeaux a voté mardi un budget de 12 millions d'euros pour les écoles.",
     "a voté mardi un budget", "journalist", "asserted", None, True),
    ("Selon des sources proches de l'enquête, le directeur aurait détourné 300 000 euros en 2021.",
     "aurait détourné", "unattributed", "alleged", "aurait", True),
    ("D'après l'Insee, le chômage a baissé de 0,3 point au premier trimestre 2024.",
     "le chômage a baissé", "Insee", "hedged", "d'après", True),
    ("Marie Lefort a affirmé que la société avait licencié 40 salariés en mars 2023.",
     "la société avait licencié", "Marie Lefort", "reported", None, True),
    ("« Je trouve que cette réforme est injuste », a déclaré Paul Garnier.",
     "cette réforme est injuste", "Paul Garnier", "reported", None, False),
    # (check-worthy since past tenses count, claims.yml: a reported event of a definite site can be checked;
    # the tune and held-out gold rate such hedged past events check-worthy)
    ("Il semble que le chantier ait pris du retard.",
     "le chantier ait pris du retard", "journalist", "hedged", "il semble que", True),
    ("Sans cette subvention, le club n'aurait jamais survécu, a expliqué Jeanne Morel.",
     "le club n'aurait jamais survécu", "Jeanne Morel", "reported", None, False),
    ("Le syndicat accuse la direction d'avoir supprimé 25 postes en 2022.",
     "supprimé 25 postes", None, "alleged", "accuse", True),
    # an incise the parse made the root (its content an adverbial before it), its subject a firm noun: the
    # firm the article is about, not the body named last
    ("La société Valmeris a fermé lundi son usine de Rouen. La préfecture de Seine-Maritime a ouvert une enquête. "
     "Aucune fuite n'a été détectée, assure l'entreprise, qui emploie 200 salariés.",
     "Aucune fuite n'a été détectée", "Valmeris", "reported", None, True),
    # « selon son porte-parole, le groupe … »: the possessive is the subject's, which follows it
    ("Le groupe Orvane a annoncé mardi un plan social. L'inspection du travail a été saisie. "
     "Selon son porte-parole, le groupe a reçu 40 demandes de départ volontaire.",
     "le groupe a reçu 40 demandes", "Orvane", "hedged", "selon", True),
    # a coordinated speech verb shares its first conjunct's subject
    ("Le maire de Lunel, Paul Ravier, a dénoncé une « erreur grossière » et affirme que la commune n'avait "
     "« jamais été consultée » sur le projet.",
     "la commune n'avait", "Paul Ravier", "reported", None, True),
    # « reprocher à X d'avoir … » charges X as « accuser » does
    ("L'association Vigilance reproche au maire d'avoir « caché » le rapport.",
     "reproche au maire", "Vigilance", "alleged", "reproche au", True),
    # an unnamed analyst speaks for his firm; « selon le cabinet Orbis » is Orbis, named after its noun
    ("Les ventes ont reculé de 5 %, selon le cabinet Orbis. Un analyste du cabinet estime que la baisse "
     "coûtera 2 millions d'euros au groupe.",
     "la baisse coûtera", "Orbis", "reported", None, True),
    ("Le groupe Nortex a publié ses comptes. Les ventes ont reculé de 5 %, selon le cabinet Orbis.",
     "Les ventes ont reculé", "Orbis", "hedged", "selon", True),
    # the conditional of a verb of seeming hedges; a modal's past conditional in a quote is the speaker's unreal past
    ("Il semblerait que le directeur ait quitté ses fonctions en mars.",
     "le directeur ait quitté", "journalist", "hedged", "il semblerait que", True),
    ("« On aurait pu éviter ce drame », a regretté Paul Ravier.",
     "On aurait pu éviter", "Paul Ravier", "reported", None, False),
    # « il semble que » hedges its own clause, not the one before « mais »
    ("Le rapport ne mentionne pas la fermeture du site, mais il semble que la décision ait été prise en mars.",
     "Le rapport ne mentionne pas", "journalist", "asserted", None, True),
    # an imperfect the tagger calls a conditional (no -r- before the ending) is no conditional
    ("« Nous ne pouvions pas attendre plus longtemps », a expliqué Paul Ravier.",
     "Nous ne pouvions pas", "Paul Ravier", "reported", None, False),
    # an incise parsed as an adverbial clause (« …, promet l'association X »)
    ("Les billets seront remboursés sous trente jours, promet l'association Rive Gauche, qui emploie onze salariés.",
     "Les billets seront remboursés", "Rive Gauche", "reported", None, True),
    # an opinion verb with an adjective, the attribute of its object, is a value judgement
    # (« Il »: the last person of its gender, when no claim has named a speaker yet)
    ("Paul Ravier dénonce une erreur. Il juge les critiques « totalement infondées ».",
     "juge les critiques", "Paul Ravier", "reported", None, False),
    # an incise with its subject inverted after the auxiliary (« , a-t-elle confié »): its pronoun speaks
    ("Julie Caron a retiré 85 boîtes de ses rayons, a-t-elle confié au Progrès.",
     "a retiré 85 boîtes", "Julie Caron", "reported", None, True),
    # a party in brackets after the speaker's name is no speaker
    ("La députée Anne Rivière (LFI) a dénoncé « le mépris » de la préfecture envers les élus.",
     "le mépris", "Anne Rivière", "reported", None, None),
    # the antecedent of « qui » speaks, through the description apposed to his name
    ("« C'est une trahison », tranche Mathieu Gourmelon, porte-parole du comité de vigilance, qui menace de bloquer "
     "la route nationale.", "menace de bloquer", "Mathieu Gourmelon", "reported", None, None),
    # an incise in a compound tense, an adverb before its inverted subject, parsed as an adverbial clause
    ("Le joueur a été suspendu six mois, le 2 mai, a annoncé mardi la Fédération française de handball.",
     "a été suspendu six mois", "Fédération française de handball", "reported", None, True),
    # « X est catégorique : … »: the one who is categorical claims what follows the colon
    ("L'avocate de la famille, Sophie Navarre, est catégorique : le rapport d'autopsie a été modifié en 2021.",
     "le rapport d'autopsie", "Sophie Navarre", "reported", None, True),
    # « il semble » with an adverb before its que-clause; « en théorie » is the speaker's own hedge
    ("Il semble donc que la mairie ait vendu le terrain en 2019.",
     "la mairie ait vendu", "journalist", "hedged", "il semble", True),
    ("« En théorie, le barrage peut retenir 40 millions de mètres cubes », explique l'ingénieure Anne Lestrade.",
     "le barrage peut retenir", "Anne Lestrade", "hedged", "en théorie", None),
    # the members of a collegial body speak for it (claims.yml body_members); « relever que » reports
    ("La Cour des comptes a publié un rapport sur la SNCF. Les magistrats financiers relèvent que la dette a doublé "
     "en dix ans.", "la dette a doublé", "Cour des comptes", "reported", None, True),
    # « selon cette étude »: the author of the study the demonstrative takes up
    ("Le cabinet Arvalis a publié mardi une étude sur le marché du vin. Selon cette étude, les prix ont baissé de 12 %.",
     "les prix ont baissé", "Arvalis", "hedged", "selon", True),
    # a procedural relative inside the subject does not make its host procedural
    ("Un agriculteur, qui n'a pas souhaité être cité, raconte : « Le pont est fermé depuis trois mois. »",
     "Le pont est fermé", "unattributed", "reported", None, None),
    # « la direction de l'équipe » after « à L'Équipe »: the team, not the outlet the words were said to
    ("Le club Arvor a limogé son entraîneur. « Nous assumons ce choix », a déclaré le président, Marc Le Goff, à "
     "L'Équipe. La direction de l'équipe affirme n'avoir reçu aucune offre.",
     "n'avoir reçu aucune offre", "Arvor", "reported", None, None),
    # « Il assure que X a … et dénonce … »: the second speech verb is coordinated with the first (its « Il » parsed
    # as an expletive), not with the reported clause
    ("L'avocat de Jean Morel, Paul Ravier, a parlé mardi. Il assure que Jean Morel a réussi dix contrôles depuis mai "
     "et dénonce un « acharnement ».", "acharnement", "Paul Ravier", "reported", None, False),
]


@pytest.fixture(scope="module")
def case_analysis():
    frame = pd.DataFrame({"id": [f"case{i}" for i in range(len(CASES))], "text": [c[0] for c in CASES]})
    return mk.analyze(frame)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[1] for c in CASES])
def test_claim_cases(case_analysis, i):
    text, context, claimant, modality, cue, checkworthy = CASES[i]
    claims = case_analysis.claims[case_analysis.claims["doc_id"] == f"case{i}"]
    hit = claims[claims["text"].str.contains(context, regex=False)]
    assert len(hit), f"no claim holds {context!r}: {list(claims['text'])}"
    row = hit.iloc[0]
    if claimant is not None:
        assert row["claimant"] == claimant
    assert row["modality"] == modality
    if cue is not None:
        assert str(row["modality_cue"]).lower() == cue
    assert checkworthy is None or bool(row["checkworthy"]) == checkworthy, row[[c for c in row.index if c.startswith("cw_")]].to_dict()


def test_checkworthiness_reads_number_words_weekdays_and_past_tenses_and_not_the_claimant():
    a = mk.analyze(pd.DataFrame({"id": ["w"], "text": [
        "Les travaux ont été interrompus pendant trois mois. Une réunion doit se tenir jeudi. "
        "Aucun cas n'a été signalé à ce jour. « Je suis très fatiguée », soupire Julie Caron."]}))
    c = a.claims.set_index("text")
    assert c.loc["Les travaux ont été interrompus pendant trois mois", "cw_numbers"] == 1  # « trois »
    assert c.loc["Une réunion doit se tenir jeudi", "cw_dates"] == 1  # a weekday is a date
    assert c.loc["Aucun cas n'a été signalé à ce jour", "cw_past"] >= 1  # something that happened
    assert c[["checkworthy"]].iloc[:3].all().all(), c[["checkworthy", "checkworthiness"]]
    # the speaker of a quote is who claims it, not what it is about
    quote = a.claims[a.claims["text"].str.contains("Je suis très fatiguée")].iloc[0]
    assert quote["claimant"] == "Julie Caron" and quote["cw_named_actors"] == 0 and not quote["checkworthy"]


def test_a_date_after_the_article_s_is_prospective_and_an_incise_is_no_claim():
    a = mk.analyze(pd.DataFrame({"id": ["d"], "text": [
        "LYON, 18 mars 2025 – Le laboratoire Nortex a présenté son plan le 2 mars. "
        "Le laboratoire doit présenter son bilan le 2 avril. "
        "Julie Caron a retiré 85 boîtes de ses rayons, a-t-elle confié au Progrès. "
        "« Nous avons toujours respecté la loi », a-t-il déclaré au Midi Libre."]}))
    c = a.claims

    def row(words):
        return c[c["text"].str.contains(words, regex=False)].iloc[0]

    assert not row("a présenté son plan le 2 mars")["prospective"]
    assert row("doit présenter son bilan le 2 avril")["prospective"]
    # (« a-t-il déclaré » inverts its subject: the hyphenated pronoun is no subject before the verb; the
    # sentence splitter may cut the quotation from its incise)
    assert not any(t.startswith(("a-t-il déclaré", "a-t-elle confié")) for t in c["text"]), list(c["text"])


def test_a_page_s_stamps_are_no_claims_and_the_publication_stamp_dates_the_article():
    # (invented, 2026-12-07) a byline and the time stamps of a page pasted as text, and an incise whose verb
    # only an incise makes speech (« poursuit l'élue »); judged by hand: none of them is a claim, and the article
    # was published on the 12th, not updated (before: all three lines were the journalist's claims, and the
    # publication date was read as the 18th, the Tuesday after the latest date)
    a = mk.analyze(pd.DataFrame({"id": ["d"], "text": [
        "Le syndicat attaque la Métropole\n\nPar Claire Dumoulin\n\n"
        "Publié le 12 mars 2025 à 18h04, mis à jour le 13 mars 2025 à 08h12\n\n"
        "La Métropole de Montbriac a assigné mardi le groupe Vialis devant le tribunal administratif. "
        "« On nous a promis 40 millions d’euros. C’est inacceptable », poursuit l’élue Sandrine Lefort."]}))
    texts = list(a.claims["text"])
    assert not [t for t in texts if t.startswith(("Par Claire", "Publié le", "poursuit"))], texts
    assert any("assigné mardi" in t for t in texts), texts
    assert a.documents.iloc[0]["published"] == "2025-03-12"


def test_a_sentence_opening_on_a_publication_date_is_a_claim():
    # (invented, review 2026-12-07) a participle and a date opening a sentence of the article is no page stamp:
    # only times, dates and update words may follow a stamp's date (before: the sentence was dropped as a stamp)
    from mediakit.text.boilerplate import is_stamp
    assert is_stamp("Publié le 12 mars 2025 à 18h04, mis à jour le 13/03/2025 à 08:12")
    assert not is_stamp("Publié le 12 mars 2025, le rapport de la Cour des comptes accable la gestion de la mairie.")


def test_an_unresolved_speaker_phrase_is_read_again_where_it_is_written():
    from mediakit.analyses.claims import _reread_speaker
    from mediakit.tag.spans import MentionIndex
    from mediakit.types import Mention, Quote, Sentence

    text = "À Brest, Léa Morin, l'infirmière à l'origine de l'alerte, dit avoir prévenu la direction."
    name = text.index("Léa Morin")
    mentions = MentionIndex([Mention("r", 0, name, name + 9, "Léa Morin", "Léa Morin", "person", "ner")])
    phrase = "l'infirmière à l'origine de l'alerte"
    start = text.index("avoir prévenu")
    quote = Quote("r", "r#q1", 0, start, len(text) - 1, text[start:-1], phrase, False, "indirect", "dit", "fr", None)
    sent = Sentence("r", 0, 0, 0, len(text), text, "fr", 1.0, "body")
    assert _reread_speaker(quote, text, sent, mentions) == "Léa Morin"


def test_questions_and_procedural_sentences_are_not_claims():
    a = mk.analyze(pd.DataFrame({"id": ["q"], "text": [
        "Le projet sera-t-il abandonné ? Le maire n'a pas répondu à nos sollicitations. Le projet coûte 3 millions d'euros."]}))
    assert list(a.claims["text"]) == ["Le projet coûte 3 millions d'euros"]
    assert a.claims["amount_ids"].iloc[0] == a.amounts["amount_id"].iloc[0]


def test_a_subject_the_parser_made_a_root_stays_in_its_claim():
    # the parse makes « compagnie » a root of its own: the claim still opens with its subject
    a = mk.analyze(pd.DataFrame({"id": ["c"], "text": [
        "Le conflit dure. La compagnie Iroise Ferries a saisi mardi le tribunal administratif de Rennes contre la "
        "Région Bretagne."]}))
    assert any(t.startswith("La compagnie Iroise Ferries a saisi mardi") for t in a.claims["text"]), list(a.claims["text"])


def test_the_source_after_selon_is_its_own_phrase():
    # « selon nos informations » is the outlet's own reporting; a name in the clause after the
    # comma is what the claim is about, not its source
    a = mk.analyze(pd.DataFrame({"id": ["s"], "text": [
        "Selon nos informations, la Région aurait déjà approché la Compagnie Océane pour reprendre la ligne. "
        "Selon plusieurs élus, la Région aurait aussi consulté la Compagnie Océane."]}))
    assert list(a.claims["claimant"]) == ["journalist", "unattributed"], a.claims[["claimant", "text"]]
    # « nos confrères du Télégramme » cite another outlet (named with its article: resources/outlets.yml)
    b = mk.analyze(pd.DataFrame({"id": ["t"], "text": [
        "D'après nos confrères du Télégramme, Orvane aurait suspendu ses livraisons à Lumeria."]}))
    assert list(b.claims["claimant"]) == ["Le Télégramme"], b.claims[["claimant", "text"]]


def test_a_quotation_in_another_language_and_an_incise_with_an_aside():
    # judged by hand (2026-12-07 midday round, invented actors): the French model finds no verb in an English
    # quotation, whose words are still the speaker's claim (before: only the incise was a claim, given to the
    # outlet it was said to); an aside inside the incise (« a pour sa part déclaré ») keeps it an incise
    a = mk.analyze(pd.DataFrame({"id": ["e"], "text": [
        "Le groupe Norvane pourrait se retirer. « We will not comment on rumours », a pour sa part déclaré un "
        "porte-parole du groupe à Reuters. « Nous restons sereins », a de son côté indiqué Claire Aubin."]}))
    got = [(c.claimant, c.text) for c in a.claims.itertuples()]
    assert any(claimant == "Norvane" and text.startswith("« We will not comment on rumours »") for claimant, text in got), got
    assert ("Claire Aubin", "« Nous restons sereins »") in got, got
    assert not any(claimant == "Reuters" for claimant, _ in got), got


def test_a_source_inside_a_relative_does_not_source_the_main_clause():
    # judged by hand (2026-12-07 midday round, invented actors): « selon lui » inside « Y, qui avait selon lui … »
    # sources the relative, its own claim; the sentence's main clause is the journalist's (before: unattributed,
    # through « lui »); a « selon » opening a coordination still sources both its clauses
    a = mk.analyze(pd.DataFrame({"id": ["r"], "text": [
        "Le président, Antoine Ferrer, a défendu le choix du club, avant de critiquer l'ancien directeur Hugo Vidal, qui "
        "avait selon lui « ruiné la maison »."]}))
    got = [(c.claimant, c.text) for c in a.claims.itertuples()]
    assert any(claimant == "journalist" and text.startswith("Le président, Antoine Ferrer, a défendu")
               for claimant, text in got), got
    assert any(claimant == "Antoine Ferrer" and text.startswith("qui avait selon lui") for claimant, text in got), got


def test_a_verbless_root_after_a_clause_stays_in_its_claim():
    # judged by hand (2026-12-07 midday round, invented names): md makes « octobre » and « avis » roots of their own
    # in « … a signé ce texte début octobre malgré l'avis défavorable de … »; they complete the clause before them
    # (before: the claim stopped at « début »)
    a = mk.analyze(pd.DataFrame({"id": ["v"], "text": [
        "La préfète du Cantal, Odile Ferrand, avait signé ce texte début octobre malgré l’avis défavorable de "
        "l’Autorité environnementale."]}))
    assert any(t.endswith("malgré l'avis défavorable de l'Autorité environnementale") for t in a.claims["text"]), \
        list(a.claims["text"])


def test_pour_and_an_infinitive_is_a_purpose_not_a_source():
    a = mk.analyze(pd.DataFrame({"id": ["p"], "text": [
        "Pour remplacer Marc Tessier, le club Orval a recruté Jean Pradel. "
        "Pour le maire Paul Ravier, le recrutement est une erreur."]}))
    assert list(a.claims["claimant"]) == ["journalist", "Paul Ravier"], a.claims[["claimant", "text"]]


def test_a_coordinated_speech_verb_s_object_is_no_claimant_and_a_reflexive_is_no_speech():
    # « … a soutenu X et a critiqué Y »: Y is criticised, not speaking (an incise needs its comma);
    # « le match s'annonce décisif » announces nothing
    a = mk.analyze(pd.DataFrame({"id": ["c"], "text": [
        "L'association Vigilance a soutenu Paul Ravier et a critiqué Jean Sorel. "
        "Le match face à Vierzon, samedi, s'annonce déjà décisif. "
        "La décision sera prise en mars, a précisé Paul Ravier."]}))
    assert list(a.claims["claimant"]) == ["journalist", "journalist", "Paul Ravier"], a.claims[["claimant", "text"]]


def test_seed_links_the_french_report_to_the_english_post(seed_analysis):
    c, q = seed_analysis.claims, seed_analysis.quotes.set_index("quote_id")
    linked = c[c["linked_quote_id"].notna()]
    assert len(linked) >= 2
    for _, row in linked.iterrows():
        post = q.loc[row["linked_quote_id"]]
        assert post["kind"] == "embed" and post["speaker"] == row["claimant"]  # never across speakers


def test_claims_round_trip_parquet_and_csv(seed_analysis, tmp_path):
    for fmt in ("parquet", "csv"):
        back = mk.Analysis.load(seed_analysis.save(tmp_path / fmt, format=fmt)).claims
        pd.testing.assert_frame_equal(back.reset_index(drop=True), seed_analysis.claims.reset_index(drop=True),
                                      check_dtype=False)


_GOLD: dict = {}


def test_gold_claims_tune_and_heldout():
    """Figures for the tune and held-out gold (printed in the terminal summary); floors below them."""
    if not _GOLD:
        _GOLD["tune"] = claimseval.score_dir(claimseval.TUNE_DIR)
        _GOLD["heldout"] = claimseval.score_dir(claimseval.HELDOUT_DIR)
        _GOLD["heldout2"] = claimseval.score_dir(claimseval.HELDOUT2_DIR)
        _GOLD["heldout3"] = claimseval.score_dir(claimseval.HELDOUT3_DIR)
        _GOLD["heldout4"] = claimseval.score_dir(claimseval.HELDOUT4_DIR)
    for part, scores in _GOLD.items():
        summary.add(f"claims vs hand-made gold, {part} (tests/data/claims/{part}; held-out first score in "
                    "first_score.txt)", lambda scores=scores: claimseval.format_scores(scores).splitlines())
    # slightly below the figures reached (README "How well it works"); the floors are
    # 0.70 found, 0.55 claimant, 0.50 modality, 0.60 check-worthy
    floors = {"claims found": 0.90, "claims precision": 0.85, "claimant": 0.80, "modality": 0.86,
              "checkworthy": 0.72, "prospective": 0.82, "links precision": 1.0}
    # blind held-out 3, scored at e014005 and c29b6c6 (claimant 0.75 both, modality 0.81 → 0.82, check-worthy
    # 0.88 → 0.86), then by aggregates only in the claims3 round (claimant 0.77): floors of its own, below those
    # blind held-out 4, scored at 608d3c6 and 3e500df (claimant 0.80 both, modality 0.80 both, check-worthy 0.89
    # both, prospective 0.80 → 0.82)
    own = {"heldout3": {"claimant": 0.72, "modality": 0.76, "checkworthy": 0.80},
           "heldout4": {"claimant": 0.74, "modality": 0.74, "checkworthy": 0.82, "prospective": 0.74}}
    for part, scores in _GOLD.items():
        total = claimseval.pooled(scores)
        for metric, floor in {**floors, **own.get(part, {})}.items():
            if part == "heldout2" and metric == "links precision":
                continue  # (blind held-out 2 links 1 of 2 posts: left as scored, README)
            value = total.rate(metric)
            assert value >= floor, (part, metric, value)


def test_claims_jsonld_shape(seed_analysis, tmp_path):
    path = tmp_path / "claims.jsonld"
    seed_analysis.claims_jsonld(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["@context"] == "https://schema.org" and len(data["@graph"]) == len(seed_analysis.claims)
    for review in data["@graph"]:
        assert review["@type"] == "ClaimReview" and "reviewRating" not in review
        assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["@type"] in ("Person", "Organization", "Thing") and item["author"]["name"]
        assert item["datePublished"] == "2023-04-19"
        assert item["appearance"]["@type"] == "CreativeWork" and item["appearance"]["@id"].startswith("000_")


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "mediakit.cli", *map(str, args)], capture_output=True, text=True)


def test_cli_claims_writes_jsonld_and_fails_cleanly(tmp_path):
    out = tmp_path / "claims.jsonld"
    proc = cli_in_process("claims", ROOT / "seeds", "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["@graph"]
    bad = tmp_path / "bad.jsonld"
    proc = _cli("claims", tmp_path / "missing", "--out", bad)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and proc.stderr.startswith("mediakit: error:")
    assert not bad.exists() and not list(tmp_path.glob(".*.tmp"))


def test_report_of_a_post_links_and_keeps_its_speaker_over_coordinated_que_clauses():
    text = ("Le FC Exemple en difficulté\n"
            "Le président du FC Exemple, Jean Dupont, a répondu aux critiques sur X mardi soir :\n"
            "Our budget is balanced and we will sign three new players in January.\n"
            "—Jean Dupont (@jdupont) March 3, 2025\n"
            "Le président a assuré que le budget du club était « équilibré » et qu'il recruterait trois joueurs en janvier.\n")
    a = mk.analyze(pd.DataFrame({"id": ["post"], "text": [text]}))
    c = a.claims.set_index("text")
    assert c.loc["qu'il recruterait trois joueurs en janvier", "claimant"] == "Jean Dupont"
    assert c.loc["qu'il recruterait trois joueurs en janvier", "modality"] == "reported"  # future-in-the-past
    post = a.quotes[a.quotes["kind"] == "embed"]["quote_id"].iloc[0]
    assert c.loc["Le président a assuré que le budget du club était « équilibré »", "linked_quote_id"] == post
    assert "Our budget is balanced" in c.index  # coordinated clauses of a post, without the conjunction


def test_a_short_quotation_that_opens_its_clause_makes_it_the_quote_s_claim():
    # (invented; unit: the parse decides whether the incise's verb is a verb, so the rule is tested alone) a
    # clause four times as long as the quote that opens it, the rest its incise, is still the quote's
    from mediakit.analyses.claims import _best_quote
    from mediakit.types import Quote

    clause = "« C'est une trahison », tranche Mathieu Gourmelon, porte-parole du comité de vigilance"
    quote = Quote("d", "d#q1", 0, 2, 20, "C'est une trahison", "Mathieu Gourmelon", True, "direct", "tranche", "fr", None)
    assert _best_quote([quote], 0, len(clause)) is quote
    inside = Quote("d", "d#q2", 0, 40, 58, "C'est une trahison", "Mathieu Gourmelon", True, "direct", "dit", "fr", None)
    assert _best_quote([inside], 0, len(clause)) is None  # (a short quote inside a longer clause is not its claim)


def test_a_promise_is_prospective_and_still_check_worthy():
    # (invented) a commitment is to act later, and whether it is kept can be checked (claims.yml commitment)
    a = mk.analyze(pd.DataFrame({"id": ["p"], "text": [
        "Le maire de Vierzon, Paul Ravier, a promis de publier les factures du chantier."]}))
    row = a.claims.iloc[0]
    assert row["prospective"] and row["checkworthy"] and row["cw_prediction"] == 0, row.to_dict()


def test_an_english_promise_is_prospective_too():
    # (invented) claims.yml had two `en:` lists under `commitment` (the second was prospective's, misplaced): the
    # English commitments were lost and « promised to » was no plan (test_packaging now rejects repeated keys)
    a = mk.analyze(pd.DataFrame({"id": ["p"], "text": [
        "The mayor of Springfield, Paul Ravier, promised to publish the invoices of the building site."]}))
    row = a.claims.iloc[0]
    assert row["prospective"] and row["checkworthy"] and row["cw_prediction"] == 0, row.to_dict()


def test_an_interview_printed_with_dialogue_dashes_is_the_interviewee_s_even_without_vous():
    # (invented) an expert asked about others: no « vous » in the questions, but every turn opens on a dash
    a = mk.analyze(pd.DataFrame({"id": ["i"], "text": [
        "Le coureur Jean Morel a été suspendu.\n"
        "Joint par téléphone, le médecin Paul Ravier a répondu à nos questions.\n"
        "– Un contrôle peut-il se tromper ?\n– Le test détecte l'EPO depuis 2000.\n"
        "– Le coureur peut-il être blanchi ?\n– Moins de 3 % des contre-expertises ont inversé un résultat.\n"
        "La commission se réunira le 9 juin.\n"]}))
    assert list(a.claims["claimant"]) == ["journalist", "Paul Ravier", "Paul Ravier", "journalist"], a.claims[
        ["claimant", "text"]]


def test_a_long_incise_inside_a_quotation_is_no_claim():
    # (invented) the inverted subject with its apposition and the outlet make the incise long: still an incise
    a = mk.analyze(pd.DataFrame({"id": ["l"], "text": [
        "« Nous appliquons la charte, a expliqué le directeur sportif, Marc Le Goff, à L'Équipe. "
        "Le coureur est suspendu. »"]}))
    assert not any(t.startswith("a expliqué") for t in a.claims["text"]), list(a.claims["text"])
    assert set(a.claims["claimant"]) == {"Marc Le Goff"}


def test_a_second_que_clause_parsed_on_the_main_verb_is_the_content_of_the_first_s_verb():
    # (invented; unit, on a parse given by hand: the tagger's choice varies) « …, assurant que A et que B » with B
    # attached to the main verb: the repeated « que » makes B the participle's content again
    import spacy
    from spacy.tokens import Doc

    from mediakit.analyses.claims import _reports
    from mediakit.analyses.claims_clauses import Clause

    words = ["Anne", "a", "balayé", "ces", "critiques", ",", "assurant", "que", "le", "contrat", "est", "rentable",
             "et", "que", "la", "société", "devrait", "croître", "."]
    heads = [2, 2, 2, 4, 2, 6, 2, 11, 9, 11, 11, 6, 16, 16, 15, 16, 2, 16, 2]
    deps = ["nsubj", "aux:tense", "ROOT", "det", "obj", "punct", "advcl", "mark", "det", "nsubj", "cop", "ccomp", "cc",
            "mark", "det", "nsubj", "conj", "xcomp", "punct"]
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps)
    clause = Clause(16, tuple(range(13, 18)), doc[13].idx, doc[17].idx + len(doc[17].text), False)
    assert _reports(doc[6], doc[16], clause)


def _claims_of(text: str) -> list[tuple[str, str, bool, str]]:
    a = mk.analyze(pd.DataFrame({"id": ["x"], "text": [text]}))
    return [(r["claimant"], r["modality"], bool(r["checkworthy"]), r["text"]) for r in a.claims.to_dict("records")]


def _claim(claims: list, words: str) -> tuple:
    # (the tightest claim holding the words: a relative clause lies inside its host's span)
    found = sorted((c for c in claims if words in c[3]), key=lambda c: len(c[3]))
    assert found, (words, claims)
    return found[0]


def test_a_sentence_of_another_language_than_its_paragraph_is_parsed_in_its_own():
    # a French paragraph quoting a statement in English is detected English as a whole: each sentence is
    # parsed in its own language, the English ones and the French one after the quotation are claims
    c = _claims_of("Le groupe Norvalis a réagi dans un communiqué publié en anglais : « The plant complies with every "
                   "single standard. No leak was ever detected near the river during the last ten years. Our teams "
                   "will keep working with the authorities. » Le groupe rappelle qu’il avait déjà signalé l’incident "
                   "à la préfecture en mars.")
    assert _claim(c, "No leak was ever detected")[0] == "Norvalis"
    assert _claim(c, "avait déjà signalé l'incident")[:2] == ("Norvalis", "reported")


def test_the_source_one_learnt_it_from_is_the_claimant():
    c = _claims_of("Le conseil municipal de Morlanne a voté la fermeture de la piscine, a-t-on appris auprès de la "
                   "préfecture de l’Indre. Le club Orval a licencié son entraîneur, a-t-on appris auprès de son "
                   "avocat, Me Paul Vidal.")
    assert _claim(c, "a voté la fermeture")[:2] == ("préfecture de l'Indre", "reported")
    assert _claim(c, "a licencié son entraîneur")[:2] == ("Paul Vidal", "reported")


def test_a_document_states_its_findings_for_its_author():
    # « le rapport de X recensait … » without a content clause; the pronoun of the next sentence takes it up;
    # a body named in lower case without a mention is named as written
    c = _claims_of("Le rapport annuel de l’Observatoire Vigiléo recensait 412 signalements en 2024. Il relevait que "
                   "la moitié concernaient des écoles.")
    assert _claim(c, "recensait 412 signalements")[:2] == ("Observatoire Vigiléo", "reported")
    assert _claim(c, "la moitié concernaient")[0] == "Observatoire Vigiléo"
    c = _claims_of("La commune de Morlanne a voté son budget. Le rapport de la chambre régionale des comptes publié "
                   "en juin pointait « une gestion fragile » des finances de Morlanne. Il relevait que la dette avait "
                   "doublé depuis 2020.")
    assert _claim(c, "une gestion fragile")[0] == "chambre régionale des comptes"
    assert _claim(c, "la dette avait doublé")[0] == "chambre régionale des comptes"


def test_unnamed_sources_and_groups_describing_are_unattributed():
    c = _claims_of("Plusieurs sources évoquent un rachat de l’usine par le groupe Tessane. Une source judiciaire livre "
                   "une autre version : le maire aurait signé le contrat en 2019. Les commerçants décrivent une rue "
                   "« désertée » depuis les travaux.")
    assert _claim(c, "évoquent un rachat")[:2] == ("unattributed", "reported")
    assert _claim(c, "aurait signé le contrat")[:2] == ("unattributed", "alleged")
    assert _claim(c, "décrivent une rue")[:2] == ("unattributed", "reported")


def test_se_dire_reports_a_feeling_and_a_relative_clause_keeps_its_figures():
    # « se dit « déçue » » is the Region's; the figures of the relative clause inside it are not its own
    c = _claims_of("La Région Ostrevie, qui a versé 3 millions d’euros au club, se dit « profondément déçue ».")
    assert _claim(c, "se dit")[:3] == ("Région Ostrevie", "reported", False)
    assert _claim(c, "qui a versé")[:3] == ("journalist", "asserted", True)


def test_a_hedge_covers_its_own_sentence_and_a_ma_connaissance_hedges():
    c = _claims_of("« Aucune plainte n’a été déposée, à ma connaissance », a déclaré Paul Garnier.")
    assert _claim(c, "Aucune plainte")[:2] == ("Paul Garnier", "hedged")
    # (the splitter keeps « … six mois. « Le béton … » together: « Selon lui » hedges the first sentence only)
    c = _claims_of("Selon lui, le chantier a duré six mois. « Le béton n’a jamais été contrôlé, insiste Paul Garnier. "
                   "Personne n’a vérifié les plans. »")
    assert _claim(c, "le chantier a duré")[1] == "hedged"
    assert _claim(c, "Le béton")[:2] == ("Paul Garnier", "reported")


def test_a_regular_future_tagged_present_is_prospective():
    # fr_core_news_sm tags « laisserons », « remettra » Tense=Pres: infinitive + future ending is a future; not
    # the present of a verb in -rer (« mesurons »)
    a = mk.analyze(pd.DataFrame({"id": ["x"], "text": [
        "Marc Delteil assure que la collectivité « ne remettra pas un euro » dans une structure en faillite. "
        "« Nous mesurons les risques », a dit Paul Vidal."]}))
    # (the opening mark belongs to its sentence since the quotation opens one: stripped to compare the words)
    got = {t.lstrip("« ")[:20]: bool(p) for t, p in zip(a.claims["text"], a.claims["prospective"])}
    assert got == {"Marc Delteil assure ": True, "Nous mesurons les ri": False}, got


def test_the_newsroom_s_on_and_other_sources_of_the_incise():
    # « indique-t-on chez X », « précise-t-on à la mairie de X »; « à en croire X » as « selon X »; « faire valoir
    # que »; « C'est ce qu'a annoncé X » gives the sentence before to X, and is no claim itself
    c = _claims_of("La société Orvane a fermé son usine de Vierzon. Aucun licenciement n’est prévu, indique-t-on chez "
                   "Orvane. La piscine municipale de Lorval rouvrira le 3 mars, précise-t-on à la mairie de Lorval.")
    assert _claim(c, "Aucun licenciement")[:2] == ("Orvane", "reported")
    assert _claim(c, "La piscine municipale")[:2] == ("mairie de Lorval", "reported")
    c = _claims_of("À en croire Paul Vidal, la dette de la commune atteint 12 millions d’euros. La directrice de "
                   "l’hôpital de Vierzon, Anne Morel, a fait valoir que le service avait perdu trois médecins en 2024.")
    assert _claim(c, "la dette de la commune")[:2] == ("Paul Vidal", "hedged")
    assert _claim(c, "avait perdu trois médecins")[0] == "Anne Morel"
    c = _claims_of("La commune a emprunté 4 millions d’euros en 2023. C’est en tout cas ce qu’affirme Paul Vidal, "
                   "conseiller municipal d’opposition. Le maire a démissionné. C’est ce que tout le monde attendait.")
    assert _claim(c, "La commune a emprunté")[:2] == ("Paul Vidal", "reported")
    assert not [x for x in c if "affirme Paul Vidal" in x[3]]
    assert _claim(c, "Le maire a démissionné")[0] == "journalist"


def test_a_present_participle_s_quoted_object_is_not_its_inverted_subject():
    # (invented, 2026-12-07) « dénonçant « une faute politique » » after the main clause: the participle shares the
    # senator's subject, and its quoted object is no speaker (before: the claim was « unattributed », the
    # object read as an incise's inverted subject); judged by hand: the main clause narrates the support
    a = mk.analyze(pd.DataFrame({"id": ["d"], "text": [
        "Le sénateur Jacques Morel a apporté son soutien à Hélène Vasseur, dénonçant « une faute politique »."]}))
    assert list(a.claims["claimant"]) != ["unattributed"], a.claims[["claimant", "text"]]
    assert set(a.claims["claimant"]) <= {"journalist", "Jacques Morel"}, a.claims[["claimant", "text"]]


def test_a_quotation_s_second_sentence_and_a_long_incise_keep_the_speaker():
    # (invented in the style of a regional daily, 2026-12-07) « « A. B », a-t-elle martelé devant les élus réunis
    # … »: B opens its clause inside the quotation, so it is hers whatever the incise's length (before: B and its
    # incise were the journalist's); an incise with adjuncts of place and audience is no claim of its own
    c = _claims_of("La présidente de la Région, Carole Delga, a réuni les élus lundi. « Nous payons pour un service qui "
                   "n'est pas rendu. Ce n'est plus acceptable », a-t-elle martelé devant les élus réunis en assemblée "
                   "plénière à Montpellier.")
    assert _claim(c, "Ce n'est plus acceptable")[:2] == ("Carole Delga", "reported"), c
    c = _claims_of("« Ce n'est plus acceptable », a martelé Carole Delga devant les élus réunis en assemblée plénière "
                   "à Montpellier.")
    assert [x[0] for x in c] == ["Carole Delga"], c


def test_the_source_after_selon_stops_at_its_sentence():
    # (invented) « selon les chiffres de la Région. » names no actor the tagger knows: the next sentence's
    # « La SNCF » is not the source (before: the claim went to the SNCF)
    c = _claims_of("En cause, 1 240 trains supprimés entre décembre et février, selon les chiffres de la Région. "
                   "La SNCF en reconnaît 980.")
    assert _claim(c, "1 240 trains")[:2] == ("unattributed", "hedged"), c
    assert _claim(c, "en reconnaît 980")[0] == "SNCF", c


def test_a_post_run_into_its_attribution_line_is_the_post_s_and_a_bare_link_is_no_claim():
    # (invented) a page's embed flattened to one line, « … commuters. pic.twitter.com/x — Name (@handle) Date »:
    # the post is a quote of its author, its sentences are the author's claims, the link is none
    a = mk.analyze(pd.DataFrame({"id": ["d"], "text": [
        "La Région menace de suspendre ses paiements à la SNCF.\n"
        "Regional trains in southern France are a mess. We stand with commuters. pic.twitter.com/xyz "
        "— European Passengers' Federation (@EPF_rail) March 17, 2025\n"
        "Le ministre a appelé au dialogue."]}))
    post = a.quotes[a.quotes["kind"] == "embed"]
    assert list(post["speaker"]) == ["European Passengers' Federation"], a.quotes
    english = a.claims[a.claims["text"].str.contains("trains in southern|commuters|pic\\.twitter")]
    assert sorted(english["text"]) == ["Regional trains in southern France are a mess", "We stand with commuters"], english
    assert set(english["claimant"]) == {"European Passengers' Federation"}, english


def test_a_quotation_is_a_claim_whatever_its_incise_and_a_quoted_conditional_is_not_the_newsroom_s():
    # (invented, 2026-12-07) « joint par Libération » in the incise is no procedural sentence (before: « C'est
    # grave » was dropped), while « Joint par X, Y n'a pas répondu » still is; a conditional inside quotation
    # marks is the quoted words' mood, not the newsroom's distance (before: the narration was « alleged »)
    c = _claims_of("Joint par Libération, Pierre Lamy n'a pas répondu. « On ne suspend pas un humoriste. C'est grave », "
                   "tempête Paul Roux, délégué syndical, joint par Le Monde.")
    assert not [x for x in c if "n'a pas répondu" in x[3]], c
    assert _claim(c, "C'est grave")[0] == "Paul Roux", c
    c = _claims_of("Dimanche, l'humoriste avait comparé le ministre à « un notaire de province qui aurait perdu ses clés ».")
    assert [x[:2] for x in c] == [("journalist", "asserted")], c


def test_a_relative_clause_with_its_own_source_or_conditional_keeps_them_from_its_host():
    # (invented, claims round 4) « une hausse qui, selon lui, a servi à … »: the parser hung « qui » on the
    # antecedent and made the verb an acl, so the relative was no claim of its own and its « selon lui » hedged the
    # que-clause (before: both « hedged »); a conditional in a relative clause is no hearsay about its host's
    # event (before: « a annoncé sa candidature » was « alleged »)
    c = _claims_of("Le conseiller municipal Julien Fabre critique le budget. Il rappelle que la commune a relevé la taxe "
                   "d'habitation de 5 % en 2023, une hausse qui, selon lui, a surtout servi à rembourser la dette.")
    assert _claim(c, "la taxe d'habitation de 5 %")[:2] == ("Julien Fabre", "reported"), c
    assert _claim(c, "rembourser la dette")[:2] == ("Julien Fabre", "hedged"), c
    c = _claims_of("La maire de Sorel, Léa Martin, qui aurait reçu 15 000 euros d'un promoteur, a annoncé lundi sa "
                   "candidature.")
    assert _claim(c, "a annoncé lundi sa candidature")[:2] == ("journalist", "asserted"), c
    assert _claim(c, "qui aurait reçu")[:2] == ("journalist", "alleged"), c


def test_a_source_between_the_auxiliary_and_its_participle_leaves_a_perfect_conditional_alleged():
    # (invented, claims round 4) « aurait selon elle « menti » », « aurait, selon ses calculs, dissimulé »: the source
    # stands between the conditional auxiliary and its participle; the past conditional is still the hearsay one
    # (before: read as a bare « aurait », a future-in-the-past in reported speech, so « hedged » and « reported »)
    c = _claims_of("La conseillère Anne Girard a critiqué le maire Henri Blanc, qui aurait selon elle « trompé les "
                   "électeurs ».")
    assert _claim(c, "trompé les électeurs")[:2] == ("Anne Girard", "alleged"), c
    assert _claim(c, "a critiqué le maire")[:2] == ("journalist", "asserted"), c
    c = _claims_of("Le syndicaliste Marc Lenoir affirme que le directeur aurait, selon le syndicat, dissimulé un audit "
                   "en 2024.")
    assert _claim(c, "dissimulé un audit")[1] == "alleged", c


def test_a_short_quotation_governed_by_the_clause_verb_is_its_speaker_s_claim():
    # (invented, claims round 4) « salue de son côté une « victoire historique » »: the quotation is too short to
    # make the clause a quote, but the verb that governs it (speech_verbs.yml governors) reports the words of the
    # speaker the quote tagger found (before: the journalist's, « asserted »)
    c = _claims_of("La fédération Cyclistes du Rhône salue de son côté une « avancée majeure ».")
    assert _claim(c, "avancée majeure")[:2] == ("Cyclistes du Rhône", "reported"), c
    # (not a quotation after a verb that governs no words: « inaugure la « coulée verte » » is narration)
    c = _claims_of("La maire de Sorel, Léa Martin, a inauguré samedi la « coulée verte » du quartier des Tanneurs.")
    assert _claim(c, "coulée verte")[:2] == ("journalist", "asserted"), c


def test_a_document_taken_up_by_selon_ce_document_is_its_author_s_when_it_was_a_subject():
    # (invented, claims round 4) « Le rapport de la chambre régionale des comptes relevait que … La dette a atteint
    # …, selon ce document. »: the document was the subject of its finding, not an object, and « document. » ends the
    # sentence (before: unattributed)
    c = _claims_of("Le rapport de la chambre régionale des comptes publié en mai relevait que la commune de Sorel "
                   "avait perdu 2 millions d'euros. La dette de la commune a atteint 14 millions d'euros en 2024, "
                   "selon ce document.")
    assert _claim(c, "La dette de la commune")[:2] == ("chambre régionale des comptes", "hedged"), c


def test_an_unnamed_group_of_people_is_unattributed_not_the_place_or_firm_after_it():
    # (invented, claims round 4) « Des habitants de Ribeval assurent que … »: a group of unnamed people (events.yml
    # member_nouns) is a vague source (gold README), not the town or the firm named in its complement (before:
    # « Ribeval », « Bétonor »)
    c = _claims_of("Des habitants de Ribeval assurent que la décharge déborde depuis l'été.")
    assert _claim(c, "la décharge déborde")[0] == "unattributed", c
    c = _claims_of("Les riverains de l'usine Bétonor affirment que les rejets ont doublé en 2025.")
    assert _claim(c, "les rejets ont doublé")[0] == "unattributed", c
