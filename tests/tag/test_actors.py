"""Actor mentions: NER noise filtered, aliases resolved within a document, types, actor files."""

from pathlib import Path

import pytest

import mediakit as mk
from mediakit.tag.actors import load_actor_file
from mediakit.pipeline import process_document
from mediakit.types import RawDocument


def mentions(text, **kw):
    result = mk.process_document(RawDocument("d", text, "d.txt"), **kw)
    return [(m.text, m.actor, m.actor_type, m.method) for m in result.mentions]


def by_text(ms):
    return {t: (a, ty, me) for t, a, ty, me in ms}


def test_surname_and_handle_resolve_to_full_name():
    text = ("Marie Dubreuil a quitté la direction de Stellantis. Selon Dubreuil, le groupe va mal.\n"
            "We are done here.\n—Marie Dubreuil (@mdubreuil) June 3, 2024\n"
            "Dubreuil n'a pas répondu à @mdubreuil2.")
    got = by_text(mentions(text))
    assert got["Dubreuil"] == ("Marie Dubreuil", "person", "alias")
    assert got["@mdubreuil"] == ("Marie Dubreuil", "person", "handle")
    assert got["Marie Dubreuil"][0] == "Marie Dubreuil"


def test_acronym_in_parentheses_resolves_to_expansion():
    text = ("La Commission de régulation de l'énergie (CRE) a tranché. "
            "Pour la CRE, la hausse est excessive, a indiqué un porte-parole.")
    got = mentions(text)
    assert ("CRE", "Commission de régulation de l'énergie", "org", "alias") in got
    assert any(t == "Commission de régulation de l'énergie" for t, *_ in got)


def test_a_leading_digit_repeats_the_acronym_s_letter():
    # « (3S) » stands for three words starting with « s » (before: not an acronym; « 3S » no mention)
    got = mentions("Le Syndicat santé solidaire (3S) dénonce la fermeture des lits. Le 3S menace de saisir la justice.")
    assert [(t, a) for t, a, _, m in got if t == "3S"] == [("3S", "Syndicat santé solidaire")] * 2, got


@pytest.mark.parametrize("text,name,party", [
    # (invented) Schwartz & Hearst's inner-letter match read L-e … Mo-R-eau: a party after a person is no
    # expansion of the person's name, whose capitalised words give the acronym no initial
    ("Le sénateur Jean Moreau (LR) a critiqué la société Valdrome.", "Jean Moreau", "LR"),
    # a given name and a surname are a person's name: P-as-C-ale F-ortin matches PCF letter for letter
    ("La députée Pascale Fortin (PCF) votera contre le texte.", "Pascale Fortin", "PCF"),
])
def test_a_party_in_brackets_after_a_person_is_not_her_name(text, name, party):
    got = by_text(mentions(text))
    assert got[name][0] == name and got[party][0] == party, got


def test_role_phrases_resolve_by_apposition_then_recency():
    text = ("Le patron de Renault, Luca de Meo, a annoncé un plan. Le dirigeant a ensuite quitté la salle. "
            "Plus tard, le patron de Renault a démenti toute fermeture.")
    got = [(t, a, me) for t, a, _, me in mentions(text)]
    assert ("Le patron de Renault", "Luca de Meo", "coref") in got
    assert ("Le dirigeant", "Luca de Meo", "coref") in got
    assert ("le patron de Renault", "Luca de Meo", "coref") in got
    assert ("Renault", "Renault", "ner") in got


def test_role_apposition_skips_a_civility_title():
    # « Son avocat, Me X »: the title stands between the role and the name; the name is the lawyer
    text = ("Jeanne Dupuis a quitté Norvel en mars. Son avocat, Me Lucas Bordenave, a indiqué "
            "qu'elle contestait son licenciement.")
    got = [(t, a, me) for t, a, _, me in mentions(text)]
    assert ("Son avocat", "Lucas Bordenave", "coref") in got
    assert ("Lucas Bordenave", "person") in {(a, ty) for _, a, ty, _ in mentions(text)}


def test_bare_role_agrees_in_gender_with_its_person():
    # the last person named is a man: « la journaliste » skips him for the woman named before
    text = "Jeanne Dupuis a interrogé Paul Berthier lundi. La journaliste a ensuite quitté la salle."
    got = [(t, a) for t, a, _, me in mentions(text) if me == "coref"]
    assert got == [("La journaliste", "Jeanne Dupuis")], got


def test_a_name_the_recogniser_cuts_in_two_is_joined():
    # fr_core_news_md tags « Sud » and « Vignoble » as two places; the parse hangs one on the other
    got = mentions("La cave peut compter sur la banque coopérative Sud Vignoble, qui lui a accordé un prêt.")
    assert [(t, a) for t, a, _, _ in got] == [("Sud Vignoble", "Sud Vignoble")], got


def test_role_reaches_a_name_after_its_own_words_or_describes_an_organisation():
    # « Le chef pilote, X »: two lowercase words and a comma before the name; « le producteur
    # montpelliérain Tempo Live »: the role word describes the organisation, it is no person's role
    got = [(t, a) for t, a, _, me in mentions(
        "Paul Berthier dirige la compagnie. Le chef pilote, Grégoire Tessier, a été licencié. "
        "Jeanne Dupuis a parlé. Le producteur montpelliérain Tempo Live a signé un accord.") if me == "coref"]
    assert got == [("Le chef", "Grégoire Tessier")], got


def test_capitalised_ville_names_the_town_as_an_institution():
    got = [(t, a, ty) for t, a, ty, _ in mentions("La Ville d'Angers a voté une rallonge au club Étoile Basket Angevine.")]
    assert ("Ville d'Angers", "Ville d'Angers", "org") in got and not any(a == "Ville" for _, a, _ in got), got


@pytest.mark.parametrize("text, name", [
    # the recogniser ran the name on into the clause's verb
    ("La Région soutient la start-up Électrys. Fondée par deux ingénieurs, Marc Tessier et Julie Caron, Électrys "
     "emploie aujourd'hui quarante salariés.", "Électrys"),
    # … or into « de » and an infinitive that belongs to the verb before (« reprocher à X de … »)
    ("Paul Ravier reproche à l'Autorité de méconnaître le secteur.", "Autorité"),
])
def test_a_name_does_not_run_on_into_a_verb(text, name):
    actors = {actor for _, actor, _, _ in mentions(text)}
    assert name in actors and not any(a.startswith(name + " ") for a in actors), actors


def test_a_former_role_names_its_first_holder_and_a_new_one_does_not():
    text = ("Le club Orval a limogé son entraîneur, Marc Tessier. Le club a recruté Jean Pradel. {}")
    former = {(t, a) for t, a, _, _ in mentions(text.format("L'association Vigilance soutient l'ancien entraîneur."))}
    assert ("l'ancien entraîneur", "Marc Tessier") in former, former
    new = {(t, a) for t, a, _, _ in mentions(text.format("Le nouvel entraîneur a salué les supporters."))}
    assert ("Le nouvel entraîneur", "Marc Tessier") not in new, new


def test_a_role_with_its_own_object_is_not_another_holder_of_the_bare_role():
    # « le club belge de Lierre » must not make « Le club de Brissac » (an earlier phrase) Lierre, nor
    # « le maire de Rennes » the mayor of Laval
    got = {(t, a) for t, a, _, _ in mentions("Le club de Brissac veut vendre son meilleur joueur. Le fonds Harwick "
                                             "possède aussi le club belge de Lierre.")}
    assert ("Le club de Brissac", "Lierre") not in got, got
    got = {(t, a) for t, a, _, _ in mentions("Le maire de Laval, Paul Lenoir, a signé. Le maire de Rennes a refusé. "
                                             "Le maire de Laval a insisté.")}
    assert ("Le maire de Rennes", "Paul Lenoir") not in got and ("Le maire de Laval", "Paul Lenoir") in got, got
    # an object that is a description (« de la coopérative ») takes up the holder named before
    got = {(t, a) for t, a, _, _ in mentions(
        "La coopérative de l'eau des Marais porte le projet. Son président, Gérard Rousseau, céréalier à Niort, défend "
        "le chantier. Mercredi, des tags ont été découverts sur un hangar appartenant à Gérard Rousseau. « On peut ne "
        "pas être d'accord, mais c'est inacceptable », a réagi le président de la coopérative, qui a porté plainte.")}
    assert ("le président de la coopérative", "Gérard Rousseau") in got, got


def test_a_number_word_joined_by_a_hyphen_stays_in_the_name():
    assert ("Deux-Sèvres", "place") in {(a, t) for _, a, t, _ in mentions("Le préfet des Deux-Sèvres a signé l'arrêté.")}


def test_ner_noise_is_filtered():
    text = ("Elle a répondu qu'il était temps. L'entreprise a refusé.\n"
            "They trained illegally. April will tell.\n—Jean Dupont (@jdupont) April 19, 2023")
    surfaces = {t for t, *_ in mentions(text)}
    assert not surfaces & {"Elle", "L'", "They", "April", "L'entreprise", "qu'"}


@pytest.fixture(params=["english model", "rules only"])
def english(request, monkeypatch):
    """Run a test with the installed English pipeline, then with the rule-based fallback."""
    from mediakit.text import nlp

    if request.param == "rules only":
        monkeypatch.setitem(nlp.MODELS, "en", ())
    nlp.pipeline.cache_clear()
    yield request.param
    nlp.pipeline.cache_clear()


def test_english_posts_are_tagged_with_or_without_an_english_model(english):
    text = ("Le groupe Carrefour a rompu avec Danone, a annoncé Alexandre Bompard.\n"
            "Danone overcharged our customers for years. We stand with shoppers against Danone.\n"
            "—Alexandre Bompard (@bompard) January 4, 2024")
    got = [(t, a) for t, a, *_ in mentions(text)]
    assert got.count(("Danone", "Danone")) == 3


def test_short_form_of_an_organisation_and_numbered_variants():
    text = ("Le Racing Club de Strasbourg a été sanctionné par la Ligue de football professionnel. "
            "Le Racing descend en Ligue 2. La Ligue a confirmé la sanction.")
    got = [(t, a) for t, a, *_ in mentions(text)]
    assert ("Racing", "Racing Club de Strasbourg") in got
    assert ("Ligue", "Ligue de football professionnel") in got
    assert ("Ligue 2", "Ligue 2") in got


def test_types_from_cues_and_first_names():
    text = ("La société Quantix, éditeur du logiciel Orbis, a été rachetée par Léa Fontaine. "
            "Quantix a annoncé que Orbis resterait gratuit. Fontaine veut conquérir Bordeaux.")
    got = {a: ty for _, a, ty, _ in mentions(text)}
    assert got["Quantix"] == "org"
    assert got["Orbis"] == "product"
    assert got["Léa Fontaine"] == "person"


def test_a_trade_noun_before_a_name_types_a_firm():
    # « l'armateur lorientais X »: the small and medium models vote PER for a two-word name of no
    # known first name; the trade noun before it says it is a firm (before: a person, and « la
    # compagnie » later took up the shipyard instead)
    text = ("Ferries hybrides : Armor Traversées rompt avec les Chantiers Trévarez\n"
            "Lundi, l'armateur lorientais Armor Traversées a résilié la commande passée aux Chantiers Trévarez.")
    got = {a: ty for _, a, ty, _ in mentions(text)}
    assert got["Armor Traversées"] == "org"


def test_an_undefined_acronym_and_a_first_word_stand_for_the_organisation_they_shorten():
    # tune3's emergency-ward article, judged by hand: « l'ARS » is the regional health agency named
    # before (the press never defines it), « MédiRelais » the agency « MédiRelais Intérim » (before:
    # « ARS » was an actor of its own, typed a place, and « MédiRelais » another)
    text = ("Sa directrice, Isabelle Fournel, accuse MédiRelais de facturer certaines nuits. Le PDG de MédiRelais "
            "Intérim, Olivier Brunet-Lacaze, conteste ces chiffres. Le collectif reproche à l'Agence régionale de "
            "santé Nouvelle-Aquitaine d'avoir laissé pourrir la situation. L'ARS a réagi vendredi.")
    got = {t: a for t, a, *_ in mentions(text)}
    assert got["MédiRelais"] == "MédiRelais Intérim", got
    assert got["ARS"] == "Agence régionale de santé Nouvelle-Aquitaine", got


def test_a_holiday_is_no_actor():
    # tune3's theme-park article: « les vacances de Noël » gave an actor « Noël », the target of a strike threat
    text = "Le syndicat Sudel a rencontré la direction. Il menace le groupe Meridia Ocio d'une grève pendant les vacances de Noël."
    assert not any(t == "Noël" for t, *_ in mentions(text)), mentions(text)


def test_an_institution_head_with_its_capital_takes_its_name_without_de():
    # tune3's emergency-ward article: the model cut « Centre hospitalier Val-de-Creuse » around the
    # lower-case « hospitalier » (before: « Centre » and « Val-de-Creuse », two actors)
    text = "Depuis le 1er décembre, les urgences du Centre hospitalier Val-de-Creuse ferment trois nuits par semaine."
    assert ("Centre hospitalier Val-de-Creuse", "Centre hospitalier Val-de-Creuse") in [(t, a) for t, a, *_ in mentions(text)]


def test_actor_file_overrides_types_and_adds_aliases(tmp_path):
    f = tmp_path / "actors.yml"
    f.write_text("actors:\n  - name: Banque de France\n    type: org\n    aliases: [BdF, la Banque]\n", encoding="utf-8")
    entries = load_actor_file(f)
    got = mentions("La BdF a relevé ses prévisions, selon la Banque.", gazetteer=entries)
    assert ("BdF", "Banque de France", "org", "gazetteer") in got


@pytest.mark.parametrize("content,problem", [
    ("actors: 3", "must hold a list"),
    ("actors:\n  - type: org\n", "has no 'name'"),
    ("actors:\n  - name: X\n    type: company\n", "has type 'company'"),
    ("actors: [unclosed", "cannot read actor file"),
    ("actors:\n  - name: X\n    aliases: 5\n", "'aliases' must be a list"),
])
def test_bad_actor_file(tmp_path, content, problem):
    f = tmp_path / "actors.yml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(mk.MediakitError, match=problem):
        load_actor_file(f)


def test_toml_actor_file(tmp_path):
    f = tmp_path / "actors.toml"
    f.write_text('[[actors]]\nname = "Elon Musk"\ntype = "person"\naliases = ["@elonmusk"]\n', encoding="utf-8")
    assert [(e.name, e.type, e.aliases) for e in load_actor_file(f)] == [("Elon Musk", "person", ("@elonmusk",))]


def test_english_article_sentence_initial_names(english):
    text = ("Google said on Monday that it would appeal the ruling. Microsoft declined to comment.\n"
            "Satya Nadella told reporters in Austin that the deal was off. He added nothing.")
    got = {t for t, *_ in mentions(text)}
    assert {"Google", "Microsoft", "Satya Nadella"} <= got
    assert not any("." in t or t.startswith("He") for t in got)


def test_a_name_classed_by_an_organisation_noun_is_an_organisation():
    # the small model misses some company names (« Iroise Ferries »: nothing at all); « la compagnie
    # X » names one, and the name is found again where the noun is absent (« la direction d'X »)
    text = ("La compagnie Iroise Ferries a saisi mardi le tribunal administratif de Rennes contre la Région "
            "Bretagne. Le syndicat accuse la direction d'Iroise Ferries d'avoir menti.")
    got = mentions(text)
    assert [(t, ty) for t, a, ty, _ in got if a == "Iroise Ferries"] == [("Iroise Ferries", "org")] * 2, got


def test_a_capitalised_class_noun_opens_a_name_of_its_own():
    # « la Compagnie des Bateaux Bleus » is one name: the capitalised noun is no cue cutting it
    text = "Lundi, la Compagnie des Bateaux Bleus a signé un accord avec la société Vendôme Transports."
    names = {a: ty for _, a, ty, _ in mentions(text)}
    assert "Bateaux Bleus" not in names, names
    assert names.get("Vendôme Transports") == "org", names


def test_a_person_the_model_tags_a_place_is_a_person():
    # a known given name and a surname: the person reading votes beside the model's place reading
    text = "Le président de la Région, Loïc Kerhervé, dénonce un chantage."
    types = {a: ty for _, a, ty, _ in mentions(text)}
    assert types.get("Loïc Kerhervé") == "person", types


def test_outlet_and_postposed_speaker_are_two_names():
    # « a affirmé au Télégramme Loïc Kerhervé »: the outlet, then the speaker after the verb
    text = ("Le conseil régional a voté la résiliation. « Nous avons alerté la compagnie à six reprises », "
            "a affirmé au Courrier Loïc Kerhervé, qui parle de chantage.")
    result = mk.process_document(RawDocument("d", text, "d.txt"))
    assert "Loïc Kerhervé" in {m.actor for m in result.mentions}
    assert [q.speaker for q in result.quotes] == ["Loïc Kerhervé"]


def test_roles_apposed_without_determiner_name_their_holder():
    # « X, propriétaire et président du club depuis 2021 »: two roles, no determiner; « le
    # propriétaire » and « son président » are X later, not the last person named
    text = ("Les supporters réclament le départ de Thierry Vasselin, propriétaire et président du NSFC depuis "
            "2021. « Il a pris le club pour une tirelire », tonne le président des Amis du Marais, Jean-Luc "
            "Perrotin. Le propriétaire, lui, dénonce une campagne. Seul l'entraîneur, Karim Oussedik, a pris la "
            "défense de son président.")
    got = [(t, a) for t, a, _, me in mentions(text) if me == "coref"]
    assert ("Le propriétaire", "Thierry Vasselin") in got, got
    assert ("son président", "Thierry Vasselin") in got, got


def test_an_institution_name_keeps_the_place_the_model_cut_off():
    # the model reads « Union paysanne » and « Saintonge » apart; the parse hangs the place on the name
    got = {a: ty for _, a, ty, _ in mentions(
        "Mardi, l'Union paysanne de Saintonge s'est retirée du comité de pilotage. L'Agence de l'eau "
        "Charente-Atlantique en apporte 40 %.")}
    assert got.get("Union paysanne de Saintonge") == "org", got
    assert got.get("Agence de l'eau Charente-Atlantique") == "org", got


def test_a_collective_name_keeps_its_article_and_its_short_form_resolves():
    # « la société Les Films du Héron »: a capitalised article mid-sentence is the name's; at the head
    # of a sentence it is ambiguous, and the form named before resolves it
    got = [(t, a) for t, a, _, _ in mentions(
        "La société de production Les Films du Héron accuse Altaïr Médias. Les Films du Héron ont saisi le tribunal.")]
    assert [a for _, a in got if "Héron" in a] == ["Les Films du Héron"] * 2, got


def test_an_institution_word_opens_no_persons_name_and_a_name_stops_at_a_preposition():
    # « Ville » is also a Finnish given name; « Thierry Vasselin à Niort » is a man and a town
    got = {a: ty for _, a, ty, _ in mentions(
        "Fronde des supporters contre Thierry Vasselin à Niort, la Mutuelle Poitou-Océan claque la porte\n"
        "Propriétaire du stade, la Ville de Niort menace de revoir la convention qui la lie au club.")}
    assert got.get("Ville de Niort") == "org", got
    assert got.get("Thierry Vasselin") == "person" and "Thierry Vasselin à Niort" not in got, got


def test_a_firm_word_ends_no_persons_name():
    # « Altaïr » is also a given name; « Médias » closes a company's name, never a surname
    text = ("Semaine noire pour Altaïr Médias. Élodie Carrasco a été licenciée par Altaïr Médias jeudi. "
            "Altaïr Médias et Kinéo ont signé un protocole d'accord.")
    types = {a: ty for _, a, ty, _ in mentions(text)}
    assert types.get("Altaïr Médias") == "org", types


def test_a_shortened_official_name_keeps_its_full_acronym():
    # the press shortens « Direction générale de la concurrence, de la consommation et de la répression
    # des fraudes » and keeps DGCCRF: the letters open the name's initials, not all of them
    got = [(t, a) for t, a, _, _ in mentions(
        "La sanction a été infligée au groupe par la Direction générale de la concurrence (DGCCRF). "
        "La DGCCRF reproche au groupe des allégations trompeuses.")]
    assert {a for t, a in got if t == "DGCCRF"} == {"Direction générale de la concurrence"}, got


def test_an_outlet_in_guillemets_keeps_its_article():
    got = {a for _, a, _, _ in mentions("Le montant est estimé à 85 millions d'euros par « Les Échos ».")}
    assert "Les Échos" in got, got


def test_names_the_model_runs_on_or_a_given_name_misreads():
    # a headline participle is no part of the club's name; « France » and « Harmonie » open
    # organisations' names here (a public broadcaster, a mutual insurer the text classes as one)
    got = {a: ty for _, a, ty, _ in mentions(
        "Ligue 2 : l'entraîneur du Stade lavallois limogé, les ultras appellent au boycott\n"
        "Le président du club a répondu sur France Bleu Mayenne. Le sponsor principal, la mutuelle Harmonie Ouest, "
        "a prolongé son contrat.")}
    assert "Stade lavallois" in got and "Stade lavallois limogé" not in got, got
    assert got.get("France Bleu Mayenne") == "org" and got.get("Harmonie Ouest") == "org", got


@pytest.mark.parametrize("text, name, kind", [
    # (review of the night round: each case misread by one of its rules before the fix)
    ("Le club recrute Julien Kermorvan pour trois saisons.", "Julien Kermorvan", "person"),  # « recrute » is no adjective
    ("L'industriel breton Vincent Kerlann a racheté Lumeria mardi.", "Vincent Kerlann", "person"),  # an agent noun
    ("L'Agence régionale de santé a fermé la clinique mardi.", "Agence régionale de santé", "org"),  # « santé » stays
    ("France Lenoir, maire de Laval, a dénoncé la décision.", "France Lenoir", "person"),  # « France » alone is a name
])
def test_night_round_rules_leave_ordinary_names_alone(text, name, kind):
    got = {a: ty for _, a, ty, _ in mentions(text)}
    assert got.get(name) == kind, got


@pytest.mark.parametrize("text, phrase, holder", [
    # « … explique Julie Caron. Son associée … »: a relational role is someone else than its owner
    ("Les fondatrices de Verdane, Julie Caron et Inès Bakri, ont signé. « Sans Lumeria, nous n'aurions pas pu "
     "grandir », explique Julie Caron. Son associée se montre plus prudente.", "Son associée", "Inès Bakri"),
    # an earlier role apposition wins over a later bare one
    ("La présidente de Lumeria, Julie Caron, a critiqué le projet. La présidente a ensuite quitté la salle. "
     "Plus tard, Inès Bakri, présidente d'Orvane, a répondu.", "La présidente", "Julie Caron"),
    # « sa » is the group's: the new president is the person just named
    ("Inès Bakri a quitté la direction de Lumeria en février. Le groupe a nommé Julie Caron pour la remplacer. "
     "Sa nouvelle présidente veut relancer les ventes.", "Sa nouvelle présidente", "Julie Caron"),
])
def test_role_phrases_name_their_holder(text, phrase, holder):
    got = [(t, a) for t, a, _, me in mentions(text) if me == "coref"]
    assert (phrase, holder) in got, got


@pytest.mark.parametrize("text, phrase, name", [
    # (invented, 2026-12-07) a role inside a fronted adjunct, then the main clause's subject and its verb: the
    # name is not the role's holder (before: « PDG de la SNCF » was Carole Delga, who then spoke for the SNCF)
    ("Dans un courrier adressé au PDG de la SNCF, Carole Delga reproche à l'entreprise publique ses retards.",
     "PDG de la SNCF", "Carole Delga"),
    ("Interrogé par le président du Sénat, Marc Lenoir a refusé de répondre.", "président du Sénat", "Marc Lenoir"),
])
def test_a_role_in_a_fronted_adjunct_is_not_the_next_subject_s(text, phrase, name):
    got = [(t, a) for t, a, _, me in mentions(text) if me == "coref"]
    assert not any(phrase in t and a == name for t, a in got), got
    # the apposition closed by its comma still names its holder
    closed = text.replace(name, name + ", ancien élu,") if "Sénat" in text else text.replace(
        "SNCF, ", "SNCF, Jean-Pierre Farandou, ")
    holder = name if "Sénat" in text else "Jean-Pierre Farandou"
    assert any(phrase in t and a == holder for t, a, _, me in mentions(closed) if me == "coref"), mentions(closed)


@pytest.mark.parametrize("text, name", [
    # an association's name runs on with lower-case words before whom it gathers (the model cut it)
    ("La plainte de l’Amicale des locataires des Sablons a été déposée vendredi.", "Amicale des locataires des Sablons"),
    ("La Chambre de commerce de Lyon a protesté.", "Chambre de commerce de Lyon"),
    # the model stopped before the word that says what the body is
    ("Le conseil communautaire de Blavet Océan Agglomération a voté jeudi.", "Blavet Océan Agglomération"),
])
def test_an_organisation_name_is_read_whole(text, name):
    assert any(m[0] == name and m[2] == "org" for m in mentions(text)), mentions(text)


def test_an_organ_of_a_firm_is_not_a_society_name():
    # « le conseil d'administration de Renault » is Renault's organ: Renault stays a name of its own
    assert any(m[0] == "Brenox" for m in mentions("Le Conseil d’administration de Brenox a voté jeudi."))


def test_a_society_name_stops_before_a_person_s_name():
    ms = mentions("L’Association des maires de France Paul Dubois a protesté.")
    assert any(m[0] == "Association des maires de France" for m in ms) and any(m[0] == "Paul Dubois" for m in ms), ms


def test_a_party_acronym_after_a_person_expands_to_nothing_and_a_breton_name_is_whole():
    # « (LR) » after a person is a party: the role before the comma is no expansion of it; a comma inside an
    # official name only runs an enumeration on; the tokenizer cuts the Breton « c'h » of « Kerloc'h »
    text = ("Le député de la circonscription, Arnaud Pellerin (LR), soutient Sylvie Ranchoux. Marc Roux a saisi la "
            "Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF). "
            "Hervé Kerloc’h menace de poursuivre Voile Bretonne.")
    got = {(t, a) for t, a, _, _ in mentions(text)}
    assert not any("," in actor and "Pellerin" in actor for _, actor in got), got
    assert ("DGCCRF", "Direction générale de la concurrence, de la consommation et de la répression des fraudes") in got
    assert ("Hervé Kerloc'h", "Hervé Kerloc'h") in got, got


def test_a_bare_role_takes_up_the_one_person_a_role_of_its_stem_named():
    # « le syndicaliste » is the union's president, not the person named last
    text = ("Le président du syndicat, Patrick Delmas, a parlé. Patrick Delmas et Julien Sarda, directeur de Ridelo, "
            "se sont invectivés. « Il m’a traité de voyou », affirme Julien Sarda. Le syndicaliste, lui, assure "
            "n’avoir « insulté personne ».")
    assert ("Le syndicaliste", "Patrick Delmas") in {(t, a) for t, a, _, _ in mentions(text)}


def test_an_institution_named_by_a_second_institution_noun_is_one_name():
    # « le rectorat de l'académie de Lyon »: the article and noun between do not cut the name
    got = {a: ty for _, a, ty, _ in mentions("Le rectorat de l'académie de Lyon a suspendu le contrat de l'école Sainte-Anne.")}
    assert got.get("rectorat de l'académie de Lyon") == "org", got


def test_a_demonym_with_its_article_is_no_actor_of_its_own():
    # « l'Américain » describes the person named before (before: an actor « Américain »); an outlet
    # named like a demonym stays one
    text = ("Tyler Brennan a gagné le tournoi. Joint par nos soins, l’Américain assure qu’il reviendra. "
            "Selon Le Parisien, la société Orban a licencié Paul Roux.")
    actors = {a for _, a, _, _ in mentions(text)}
    assert "Américain" not in actors and "Le Parisien" in actors, actors


@pytest.mark.parametrize("text,name", [
    # after an elided article (before: the town alone, a place)
    ("La compagnie SkyNova quittera l'aéroport de Castres-Mazamet en mars.", "aéroport de Castres-Mazamet"),
    ("L'université de Rennes a rompu avec la société Orban.", "université de Rennes"),
    ("Le musée des Beaux-Arts de Lyon a racheté une toile.", "musée des Beaux-Arts de Lyon"),
])
def test_an_institution_named_by_its_seat_is_an_organisation(text, name):
    got = {a: ty for _, a, ty, _ in mentions(text)}
    assert got.get(name) == "org", got


@pytest.mark.parametrize("text,name", [
    # two organisations read by the model where the parse hangs both on the noun classing them
    ("L'association Vent Debout sur les Crêtes conteste le permis de construire.", "Vent Debout sur les Crêtes"),
    # a département's number closes an organisation's name
    ("La fédération Familles & Collèges 72, forte de 6 000 adhérents, a salué la décision.", "Familles & Collèges 72"),
])
def test_an_organisation_name_the_model_cuts_before_its_end_is_read_whole(text, name):
    got = {a for _, a, ty, _ in mentions(text) if ty == "org"}
    assert got == {name}, got


def test_an_amount_after_an_organisation_is_not_its_number():
    got = {a for _, a, _, _ in mentions("La communauté d'agglomération a infligé à Aquavia 180 000 euros de pénalités.")}
    assert not any(a.endswith("180") for a in got), got


def test_a_founding_year_closes_a_supporters_group_s_name():
    got = {a for _, a, _, _ in mentions("Dans les tribunes, les Ultras Valentinois 1998, principal groupe de "
                                        "supporters, ont annoncé le boycott du match.")}
    assert "Ultras Valentinois 1998" in got, got


def test_a_poll_s_year_is_not_part_of_the_firm_s_name():
    got = {a for _, a, _, _ in mentions("Selon le baromètre Ipsos 2024, 60 % des Français font confiance aux maires.")}
    assert "Ipsos 2024" not in got, got


# Dateline openings written for this test (invented towns): the town in capitals, then a
# département in brackets, a date or a dash; an acronym opening a sentence is no dateline.
@pytest.mark.parametrize("line, town, name", [
    ("CASTELNEUF (Cher), 4 décembre 2026 — La décision est tombée.", "CASTELNEUF", "Castelneuf"),
    ("SAINT-JULIEN-DES-PRÉS (Haute-Loire), 2 mars — Les échafaudages.", "SAINT-JULIEN-DES-PRÉS",
     "Saint-Julien-des-Prés"),
    ("LE VAL-SUR-ORNE, 3 mars 2026 — Le maire a parlé.", "LE VAL-SUR-ORNE", "Le Val-sur-Orne"),
    ("LIMOGES — Le tribunal a tranché.", "LIMOGES", "Limoges"),
    # a wire story's country and English date
    ("ALÈS, France, June 19, 2025 — The club was relegated.", "ALÈS", "Alès"),
    ("EDF, qui exploite la centrale, a refusé.", None, None),
    ("SNCF : la grève continue.", None, None),
    # an acronym with its expansion or a date opens a sentence, not a dateline: no dash closes it
    ("EDF (Électricité de France), le fournisseur historique, a refusé.", None, None),
    ("EDF, le 4 décembre dernier, a annoncé une hausse.", None, None),
    # a town's name is never a common word the text uses in lower case
    ("SENS (Yonne), 4 mai 2026 — Cela n'a pas de sens.", "SENS", "Sens"),
])
def test_a_dateline_names_its_town(line, town, name):
    from types import SimpleNamespace

    from mediakit.tag.actors.dateline import dateline_town, town_name

    paragraph = SimpleNamespace(start=0, text=line, para=SimpleNamespace(block="body"))
    found = dateline_town([paragraph])
    assert (found and found[2]) == town
    if town:
        assert town_name(town, line) == name


def test_the_dateline_town_is_an_actor_under_the_name_the_text_gives_it():
    # the headline writes the town in its own case: that is the actor's name
    text = ("Travaux à Saint-Aubin-de-Lys : le chantier s'arrête\n"
            "SAINT-AUBIN-DE-LYS (Gers), 3 mars 2026 — Le chantier est à l'arrêt.")
    found = mk.process_document(RawDocument("t", text, "t.txt")).mentions
    dateline = [m for m in found if m.text == "SAINT-AUBIN-DE-LYS"]
    assert [(m.actor, m.actor_type) for m in dateline] == [("Saint-Aubin-de-Lys", "place")]


def test_a_role_of_one_gender_never_takes_up_the_other_gender_s_holder():
    # Written for this test: « la directrice » shares its stem with « directeur général », whose only
    # holder is a man; before the rule the headline's role resolved to him.
    text = "Médiathèque : la directrice écartée\nSon directeur général, Thibault Rancurel, parle aux agents."
    found = by_text(mentions(text))
    assert found.get("la directrice écartée", (None,))[0] != "Thibault Rancurel"
    # the one woman named with the stem's role is the holder, before the woman named last (who held
    # it before the rule, the kin being two then)
    text = ("Titre\nSon directeur général, Thibault Rancurel, parle. La directrice financière, Hélène Marchal, "
            "conteste. L'avocate Sophie Albaret plaide. La directrice a démissionné.")
    assert by_text(mentions(text))["La directrice"][0] == "Hélène Marchal"


@pytest.mark.parametrize("text, noise", [
    # Written for this test: a participle opening its sentence is no name, whatever its capital (the
    # model tagged « Contactée » an organisation and « Joint » a place); a given name before a comma stays
    ("Contactée, la société Lectura Services se dit étrangère à ce conflit.", "Contactée"),
    ("Joint par nos soins, le maire Paul Henry assure qu'il reviendra.", "Joint"),
])
def test_a_participle_opening_its_sentence_is_no_name(text, noise):
    assert noise not in {t for t, *_ in mentions("Titre\n" + text)}


def test_a_name_ending_like_a_participle_in_an_enumeration_stays():
    # guard: names in an enumeration continue in capitals after the comma
    found = {t for t, *_ in mentions("Titre\nVitré, Fougères et Redon ont signé une convention avec la société Batiroc.")}
    assert "Vitré" in found


def test_a_role_after_a_contracted_article_is_its_holder():
    # Written for this test: « du préfet » is the prefect named before (before the rule no mention, and
    # « Dans l'entourage du préfet, on » had no speaker); the mention leaves the preposition out.
    text = ("Titre\nLe préfet de la Charente, Marc Allard, a signé un arrêté. Dans l'entourage du préfet, on défend "
            "une décision « dictée par la loi ».")
    result = mk.process_document(RawDocument("d", text, "d.txt"))
    assert ("préfet", "Marc Allard") in {(m.text, m.actor) for m in result.mentions}
    assert [q.speaker for q in result.quotes] == ["Marc Allard"]


def test_a_capitalised_class_noun_opens_the_organisation_s_name():
    # Written for this test: the model tagged « Castaing » alone, which then stood for the foundation's
    # president of that surname; the foundation is an organisation of its own
    found = by_text(mentions("Titre\nLa Fondation Castaing a apporté 12 millions d'euros à l'université de Nantes. "
                             "Son président, Bertrand Castaing, se félicite."))
    assert found["Fondation Castaing"][:2] == ("Fondation Castaing", "org")


@pytest.mark.parametrize("text, role, holder", [
    # Written for this test: the press varies the role word (roles.yml synonyms); before the rule the
    # synonym took up the person named last (the club's president, the rival)
    ("Titre\nL'entraîneur Karim Bensaïd a été limogé par le président du club, Gilles Ravanel. "
     "Le technicien ne cache pas son amertume.", "Le technicien", "Karim Bensaïd"),
    ("Titre\nLe maire, Jean-Luc Vanderbeken, défend le projet. Sa rivale, Céline Hoquet, l'accuse. "
     "L'édile dément.", "L'édile", "Jean-Luc Vanderbeken"),
])
def test_a_role_takes_up_the_person_a_synonym_of_it_named(text, role, holder):
    assert by_text(mentions(text))[role][0] == holder


def test_a_synonym_keeps_the_role_s_gender():
    # guard: « l'entraîneuse » is no synonym of a man's « entraîneur »
    text = ("Titre\nL'entraîneur Karim Bensaïd a été limogé par la présidente, Hélène Marchal. "
            "L'entraîneuse a salué le travail de l'équipe.")
    assert by_text(mentions(text)).get("L'entraîneuse", (None,))[0] != "Karim Bensaïd"


# Written for these tests (invented firms), judged by hand: the whole capitalised run is the name.
@pytest.mark.parametrize("text, name", [
    # no sentence starts between two capitalised words (fr_core_news_md cut « Ducasse | Travaux Publics »;
    # it failed before that rule)
    ("La métropole a confié la fin des travaux au groupement mené par Ducasse Travaux Publics, qui s'engage à "
     "livrer la ligne.", "Ducasse Travaux Publics"),
])
def test_a_capitalised_run_is_one_name(text, name):
    got = {a for _, a, _, _ in mentions(text)}
    assert name in got and not any(a != name and a in name for a in got), got


def test_a_house_name_is_taken_up_by_its_proper_part():
    # « Maison » opens a firm's house name: « Delorme-Vidal » is the same firm
    text = ("La Maison Delorme-Vidal a racheté la cave. « Delorme-Vidal se comporte comme un prédateur », tonne "
            "Francis Boudet.")
    assert {a for _, a, _, _ in mentions(text) if "Delorme" in a} == {"Maison Delorme-Vidal"}


def test_a_trade_noun_apposed_after_a_name_types_a_firm():
    # tune4's hockey article, judged by hand: « Glisséo, délégataire de la patinoire » is a firm (before: other)
    text = ("Le club doit 210 000 euros. Glisséo, délégataire de la patinoire pour le compte de la Ville de Caen, "
            "menace de suspendre les créneaux de glace.")
    result = mk.process_document(RawDocument("t", text, "t.txt"))
    assert {m.actor: m.actor_type for m in result.mentions}.get("Glisséo") == "org"


def test_a_name_md_tags_org_twice_is_an_organisation_whatever_its_misc_votes():
    # tune4's hockey article (the whole article: md's votes depend on it), judged by hand: md tags « Harfangs
    # de Caen » ORG twice and MISC three times; it is the club (before: typed other, so « le club » later took
    # up another organisation)
    path = Path(__file__).parents[1] / "data" / "relations" / "tune4" / "tune4_01_hockey.txt"
    result = process_document(RawDocument("t", path.read_text(encoding="utf-8"), "t.txt"))
    assert {m.actor_type for m in result.mentions if m.actor == "Harfangs de Caen"} == {"org"}


# Written for these tests (invented associations), judged by hand: a département number ends a local
# association's name; a number followed by a noun is a quantity said of the firm.
@pytest.mark.parametrize("text, name", [
    ("Titre\nL'association de riverains Air Pur 69 s'est jointe au recours contre la préfecture.", "Air Pur 69"),
    ("Titre\nLe collectif Vélo Libre 33 a déposé plainte mardi contre la métropole.", "Vélo Libre 33"),
])
def test_a_departement_number_ends_an_association_s_name(text, name):
    got = {a for _, a, _, _ in mentions(text)}
    assert name in got and not any(a != name and a in name for a in got), got


@pytest.mark.parametrize("text, name, absent", [
    # found by this round's review, judged by hand: a number with a plural verb after it is a count
    ("Titre\nLes salariés de Verrex ont appris la nouvelle lundi. Selon la CGT 45 seront licenciés d'ici l'été.",
     "CGT", "CGT 45"),
    # the name without its number, later, is the same collective
    ("Titre\nLe collectif Stop Mines 23 a déposé un recours contre la préfecture. Le préfet accuse Stop Mines de "
     "désinformation.", "Stop Mines 23", "Stop Mines"),
])
def test_a_departement_number_is_no_count_and_its_name_without_it_is_the_same_actor(text, name, absent):
    got = {a for _, a, _, _ in mentions(text)}
    assert name in got and absent not in got, got


def test_a_number_before_a_noun_is_no_part_of_a_name():
    text = "Titre\nLa Région a accordé à la coopérative Terres Unies 12 tonnes de semences."
    got = {a for _, a, _, _ in mentions(text)}
    assert "Terres Unies" in got and not any(a.endswith("12") for a in got), got


def test_role_words_are_the_role_lists_only():
    # roles.yml also holds noun endings (« ité », « at », « eur ») in other sections: they are no titles,
    # and an entity made of one (« At ») must not be dropped as a role
    from mediakit.tag.actors.lexicon import _role_words
    words = _role_words()
    assert {"président", "pdg", "ceo", "gérant"} <= words
    assert not {"ité", "at", "eur", "age", "tion"} & words


@pytest.mark.parametrize("text, name", [
    # the afternoon round's review: md cut the branch in two (« Union départementale », « CGT 29 ») and the one
    # suit came out twice, once from each half
    ("L’Union départementale CGT 29 a déposé un recours contre la mairie de Quimper.", "Union départementale CGT 29"),
    ("La Fédération nationale CFDT des cheminots a porté plainte contre la SNCF.", "Fédération nationale CFDT"),
    # a count after the acronym is no département number
    ("Selon l’Union régionale CGT 45 salariés seront licenciés par Verrex.", "Union régionale CGT"),
])
def test_a_union_branch_is_one_name(text, name):
    result = mk.process_document(RawDocument("d", text, "d.txt"))
    assert name in [m.text for m in result.mentions]
    assert len({r.source for r in result.relations}) <= 1


def test_a_profession_before_one_word_makes_a_person_unless_another_cue_classes_it():
    # (invented) « le chanteur Kerlo »: a surname alone after a profession is a person; « le coureur Velonor »
    # … « l'équipe Velonor » is the team a rider rides for, and « le skipper Banque Marine » the boat's sponsor
    assert by_text(mentions("Le chanteur Kerlo a accusé la maison de disques Sonora de l'avoir trahi."))["Kerlo"][1] == "person"
    got = by_text(mentions("Le coureur Velonor a chuté dans la descente. L'équipe Velonor a critiqué les organisateurs."))
    assert got["Velonor"][1] == "org", got
    got = by_text(mentions("Le skipper Banque Marine a porté plainte contre le chantier naval Kerbor."))
    assert got["Banque Marine"][1] != "person", got


@pytest.mark.parametrize("text,name", [
    # (invented) an acronym opening a longer name is an organisation's, whatever the town after it (md: place)
    ("Éric Girard a été recruté mercredi par le BCM Gravelines-Dunkerque.", "BCM Gravelines-Dunkerque"),
    # (a guard: md already types this one an organisation)
    ("Le défenseur a signé au HBC Saint-Brieuc pour deux saisons.", "HBC Saint-Brieuc"),
])
def test_an_acronym_opening_a_name_makes_an_organisation(text, name):
    got = by_text(mentions(text))
    assert got[name][1] == "org", got


def test_a_town_after_a_municipal_noun_is_not_the_list_named_after_it():
    # (invented, 2026-12-07) « maire sortante de Castelnau » is the town, though a list « Castelnau Écologie » is
    # named later (before: the town was read as a short form of the list, an organisation)
    doc = mk.process_document(RawDocument("d", "Hélène Vasseur, maire sortante de Castelnau, brigue un troisième mandat. "
                                               "« La majorité est à bout de souffle », ironise Karim Benali, tête de "
                                               "liste de Castelnau Écologie.", "d.txt"))
    town = [m for m in doc.mentions if m.text == "Castelnau"]
    assert town and all(m.actor == "Castelnau" and m.actor_type == "place" for m in town), doc.mentions
    assert any(m.actor == "Castelnau Écologie" for m in doc.mentions), doc.mentions


def test_a_surname_after_a_municipal_noun_stays_the_person_s():
    # (invented, review 2026-12-07) « la ville natale de Brossard » names a person's home town, not the town: the
    # surname is still Lucas Brossard's (before: read as a place « Brossard »)
    doc = mk.process_document(RawDocument("d", "Le footballeur Lucas Brossard a signé à Rennes. La ville natale de "
                                               "Brossard, Vitré, lui a rendu hommage.", "d.txt"))
    short = [m for m in doc.mentions if m.text == "Brossard"]
    assert short and all(m.actor == "Lucas Brossard" for m in short), doc.mentions


def test_a_bare_public_office_skips_a_person_introduced_with_another_function():
    # (invented, 2026-12-07) « le Premier ministre » after « Pierre Lamy, délégué syndical »: the press names a
    # person by one function, so the office takes up someone else or no one (before: Pierre Lamy, who then spoke
    # « dans l'entourage du Premier ministre »); the same office still takes up its holder
    got = [(t, a) for t, a, _, me in mentions(
        "« C'est grave », tempête Pierre Lamy, délégué syndical. Dans l'entourage du Premier ministre, on assure "
        "n'avoir rien demandé.") if me == "coref"]
    assert not any(a == "Pierre Lamy" for t, a in got if "ministre" in t), got
    got = [(t, a) for t, a, _, me in mentions(
        "« C'est un bon plan », estime Marc Lenoir, ministre de l'Économie. Le ministre a ensuite quitté la salle.")
        if me == "coref"]
    assert ("Le ministre", "Marc Lenoir") in got, got


def test_the_head_of_government_is_not_the_party_leader_just_quoted():
    # (invented, 2026-12-07) « son premier secrétaire, X » gives X a function, so « le Premier ministre » and its
    # synonym « le chef du gouvernement » skip X for the person named before (before: both were X, the « premier »
    # of his title read as the stem of the office)
    text = ("Le Parti socialiste votera la motion contre le gouvernement de Sébastien Lecornu, a annoncé son premier "
            "secrétaire, Olivier Faure. « Le Premier ministre a refusé nos propositions », a expliqué Olivier Faure. "
            "Il accuse le chef du gouvernement d'avoir méprisé le Parlement.")
    corefs = {(t, a) for t, a, _, me in mentions(text) if me == "coref"}
    assert ("Le Premier ministre", "Sébastien Lecornu") in corefs, corefs
    assert ("le chef du gouvernement", "Sébastien Lecornu") in corefs, corefs


@pytest.mark.parametrize("text, name, kind", [
    # (invented, 2026-12-07) a person named once whose given name gender-guesser lacks and the model's vectors do not
    # know as a French word stays a person (before: « Sibyle Veil » was typed an organisation, so « a-t-elle
    # déclaré » found no speaker); a firm named after a common noun still is an organisation
    ("Sibyle Veil a annoncé la suspension. « Il y a une différence », a-t-elle déclaré.", "Sibyle Veil", "person"),
    ("Laiterie Sorbier a licencié trois salariés.", "Laiterie Sorbier", "org"),
])
def test_an_unknown_given_name_that_is_no_word_keeps_its_person(text, name, kind):
    got = {a: ty for _, a, ty, _ in mentions(text)}
    assert got.get(name) == kind, got


def test_a_capitalised_body_head_alone_is_the_body():
    # judged by hand (2026-12-07 midday round, invented actors): French press capitalises « la Ville », « la
    # Région » for the institution (before: md's LOC made « Ville » a place, which neither acts nor is acted on)
    got = {a: t for _, a, t, _ in mentions("Le stade coûtera 40 millions d’euros. Vinci menace de poursuivre la "
                                           "Ville en justice.")}
    assert got.get("Ville") == "org", got


def test_an_acronym_before_the_name_s_complement_stands_for_the_whole_name():
    # (invented, 2026-12-07, alias14) « la Société des rédacteurs (SDR) de Radio Sirène »: the acronym shortens the
    # name's head, the complement after it belongs to the name, and « la SDR » later is that body
    # (before: « Société des rédacteurs », the complement lost)
    text = ("La Société des rédacteurs (SDR) de Radio Sirène a voté une motion de défiance contre la directrice. "
            "Pour la SDR, la décision est injuste.")
    got = mentions(text)
    assert ("SDR", "Société des rédacteurs de Radio Sirène", "org", "alias") in got, got
    # guard: a person after « de » is whose the body is, not part of its name
    got = mentions("Le Mouvement des citoyens (MDC) de Jean Lorrain critique le projet. Le MDC manifestera samedi.")
    assert ("MDC", "Mouvement des citoyens") in [(t, a) for t, a, _, _ in got], got


def test_an_acronym_spells_the_initials_of_its_name_s_content_words_first():
    # (invented, 2026-12-07, alias14) « Compagnie de commerce et d'industrie (CCI) »: C-ompagnie, C-ommerce, I-ndustrie,
    # the initials of its content words; Schwartz & Hearst's inner-letter match took the second c from inside
    # « commerce » and lost the name's head (before: « commerce et d'industrie »)
    got = mentions("La Compagnie de commerce et d'industrie (CCI) soutient la société Verdi. La CCI critique aussi "
                   "la Métropole.")
    assert ("CCI", "Compagnie de commerce et d'industrie") in [(t, a) for t, a, _, _ in got], got
    # guard: an acronym whose letters are not all initials still reads the inner letters (Schwartz & Hearst): the
    # D of ADEME is « de »'s, which the initials skip
    got = mentions("L'Agence de l'environnement et de la maîtrise de l'énergie (ADEME) a sanctionné Verdi. "
                   "L'ADEME a confirmé.")
    assert ("ADEME", "Agence de l'environnement et de la maîtrise de l'énergie") in [(t, a) for t, a, _, _ in got], got


def test_a_name_always_written_after_a_definite_article_is_no_person():
    # judged by hand (2026-12-07 midday round, invented names): French gives a person's name no article, so
    # « la Sampdoria Genova » is a club and « le Cabinet Aurel », with a role apposed, a firm (before: persons);
    # a person named with no article stays one
    got = {a: t for _, a, t, _ in mentions("Le FC Nantes a cédé son milieu Karim Benali à la Sampdoria Genova. "
                                           "L'autorité épingle aussi le Cabinet Aurel, commissaire aux comptes du club.")}
    assert got.get("Sampdoria Genova") != "person" and got.get("Cabinet Aurel") != "person", got
    assert got.get("Karim Benali") == "person", got


def test_a_trade_noun_in_erie_opens_a_firm_s_name_and_its_rest_is_its_short_form():
    # « Savonnerie » is in no list: a capitalised workshop noun in « -erie » opens a firm's name (Grevisse § 168),
    # even in a headline the model reads as a person's first name and surname; « Malbec » alone then takes it up
    text = ("Savonnerie Malbec : le repreneur ferme l'atelier\nDevant la Savonnerie Malbec, les salariés attendent. "
            "Le groupe a racheté Malbec en 2023.")
    got = mentions(text)
    assert {(a, ty) for t, a, ty, _ in got if "Malbec" in t} == {("Savonnerie Malbec", "org")}, got
    # (a given name in « -erie » stays a given name)
    assert ("Valérie Hamon", "person") in {(a, ty) for _, a, ty, _ in mentions("Valérie Hamon a quitté le club.")}


def test_a_brotherhood_is_one_organisation_with_its_lower_case_words():
    # (before: « Confrérie du couteau », a thing, and « Laguiole » apart)
    got = mentions("Titre\nLa Confrérie du couteau de Laguiole est montée au créneau. Dans un communiqué, elle "
                   "dénonce le projet.")
    assert {(a, ty) for _, a, ty, _ in got} == {("Confrérie du couteau de Laguiole", "org")}, got


def test_a_listed_trade_head_types_a_firm_but_not_before_de():
    # « Maison Delorme » in a headline is a firm (types.yml trade_heads); « Château de Versailles » stays a place
    got = {(a, ty) for _, a, ty, _ in mentions("Maison Delorme : le nougatier attaque un distributeur\nLe Château de "
                                              "Versailles accueille l'exposition. La Maison Delorme a porté plainte.")}
    assert ("Maison Delorme", "org") in got and ("Château de Versailles", "org") not in got, got


def test_a_place_named_for_its_institution_is_that_institution():
    # (invented) the metonyms of French political journalism (resources/metonyms.yml): « Bercy » is the economy
    # ministry, « la place Beauvau » the interior ministry; not inside a name (« Jean Matignon », at a sentence's
    # start too, « Bercy Arena »), nor as a place (« un concert à Bercy », « la commune de Matignon »)
    from mediakit.pipeline import process_document
    from mediakit.types import RawDocument

    def found(text):
        return {(m.text, m.actor, m.actor_type) for m in process_document(RawDocument("t", text, "t.txt")).mentions}

    got = found("À Bercy, on dément toute aide à la société Verdalis. La place Beauvau a réagi, et Matignon accuse la "
                "société Verdalis de mentir. Avenue de Ségur, on se tait.")
    assert {("Bercy", "ministère de l'Économie", "org"), ("place Beauvau", "ministère de l'Intérieur", "org"),
            ("Matignon", "Premier ministre", "org"), ("Avenue de Ségur", "ministère de la Santé", "org")} <= got
    for text in ("Jean Matignon a porté plainte contre la société Verdalis. Le concert a eu lieu à Bercy Arena.",
                 "Johnny Hallyday a chanté à Bercy devant 17 000 personnes. La commune de Matignon a porté plainte."):
        got = found(text)
        assert not any(a in ("Premier ministre", "ministère de l'Économie") for _, a, _ in got), got


def test_no_person_s_name_opens_right_after_an_article():
    # (invented) « du Cher » is the département even though « Cher » is also a given name: a person's name never
    # follows « du », « des », « au » (candidates._person_name_candidates; before: « Cher Julien Carrère »)
    from mediakit.pipeline import process_document
    from mediakit.types import RawDocument

    text = "Le bureau du parti a exclu mardi le député du Cher Julien Carrère, qui conteste."
    got = {(m.text, m.actor_type) for m in process_document(RawDocument("t", text, "t.txt")).mentions}
    assert ("Julien Carrère", "person") in got and not any(t.startswith("Cher ") for t, _ in got), got
