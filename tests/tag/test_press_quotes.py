"""Quotes, speakers and names as real French press writes them (issue 7).

Each case is a sentence written for this test, in the conventions of French news writing:
incises inside and after quotations, short quotations governed by a verb, reported speech
beyond "a déclaré que", spokespeople, outlets named with their article. Expected values were
written by hand from the grammar of each sentence, before the code ran on it.
"""

import pytest

import mediakit as mk
from mediakit.types import RawDocument

from conftest import DATA


def _result(body: str):
    return mk.process_document(RawDocument("t", "Titre de l'article\n" + body, "t.txt"))


def _quotes(body: str) -> list:
    return _result(body).quotes


def _assert_speaker(body: str, words: str, speaker: str) -> None:
    """The first quote holding `words` is there and said by `speaker` (the quotes are printed otherwise)."""
    hit = [q for q in _quotes(body) if words in q.text]
    assert hit and hit[0].speaker == speaker, [(q.text, q.speaker) for q in _quotes(body)]


# (paragraph, words inside the quote, expected speaker, kind)
CASES = [
    # incise inside the quotation, pronoun: the person named before, of that gender
    ("La ministre, Hélène Dorval, a visité le chantier. « Ce projet, nous l'attendons depuis vingt ans, "
     "soupire-t-elle. Il arrive enfin. »", "nous l'attendons depuis vingt ans", "Hélène Dorval", "direct"),
    ("Paul Girard et Anne Morel ont présenté le rapport mardi. « Les chiffres sont mauvais, reconnaît-elle. "
     "Nous devons agir vite. »", "Les chiffres sont mauvais", "Anne Morel", "direct"),
    # incise inside, inverted subject named
    ("« Nous ne céderons rien, a lancé Marc Dutal devant les grévistes. La direction doit revenir à la table. »",
     "Nous ne céderons rien", "Marc Dutal", "direct"),
    # incise after the quotation, reflexive verb
    ("« Personne ne nous écoute depuis des mois », s'agace Claire Fontaine, venue avec ses voisins.",
     "Personne ne nous écoute", "Claire Fontaine", "direct"),
    # a short quotation governed by "se dire" or "qualifier de"
    ("Le maire, Jean Perrin, s'est dit « profondément déçu » par la décision du tribunal.",
     "profondément déçu", "Jean Perrin", "direct"),
    ("La syndicaliste Anne Morel a réagi mardi, qualifiant le plan de « mascarade ».",
     "mascarade", "Anne Morel", "direct"),
    # a spokesperson speaks for the organisation
    ("« Nous suivons la situation de près », a indiqué un porte-parole du ministère de l'Intérieur.",
     "Nous suivons la situation", "ministère de l'Intérieur", "direct"),
    ("Selon une porte-parole de Ferrox Industries, l'usine restera ouverte jusqu'en juin prochain.",
     "l'usine restera ouverte", "Ferrox Industries", "indirect"),
    # reported speech beyond "a déclaré que"
    ("Le PDG de Ferrox Industries, Luc Bernard, a dit ne pas vouloir fermer l'usine de Metz.",
     "ne pas vouloir fermer", "Luc Bernard", "indirect"),
    ("Anne Morel accuse la direction d'avoir caché les chiffres pendant des mois.",
     "caché les chiffres", "Anne Morel", "indirect"),
    ("Luc Bernard a défendu le plan, estimant que l'usine n'était plus rentable depuis 2019.",
     "l'usine n'était plus rentable", "Luc Bernard", "indirect"),
    ("Pour Anne Morel, ce plan est une erreur historique pour toute la région.",
     "ce plan est une erreur historique", "Anne Morel", "indirect"),
    ("L'usine de Metz fermera ses portes en juin, a révélé Le Parisien.",
     "L'usine de Metz fermera", "Le Parisien", "indirect"),
    # a participle's speaker through « qu'elle »: the subject of the verb that governs the pronoun's
    # clause, not the last woman named
    ("La ministre du Travail, Agnès Verdier, a tenté de sauver la négociation. Dans un communiqué, la CFDT a "
     "annoncé qu'elle quittait la table des négociations, dénonçant un « passage en force » du patronat.",
     "passage en force", "CFDT", "direct"),
    # a party's acronym between a role and its name (« le député LFI Éric Coquerel »)
    ("Le président du Medef, Patrick Martin, a réagi. Le député LFI Éric Coquerel a accusé le gouvernement "
     "d'avoir « saboté » la concertation.", "saboté", "Éric Coquerel", "indirect"),
    # « Pour X, Y et Z, … »: the names apposed to the source belong to it
    ("Pour les fondatrices de Verdane, Julie Caron et Inès Bakri, l'adossement à un grand groupe était devenu "
     "indispensable.", "l'adossement à un grand groupe", "Julie Caron", "indirect"),
    # a colon introduces the words of the sentence's speaker, not of the medium they went to
    ("Le président du club, Laurent Lairy, a justifié cette décision auprès de France Bleu Mayenne : « Les "
     "résultats ne sont pas là et l'équipe ne répond plus. »", "Les résultats ne sont pas là", "Laurent Lairy", "direct"),
    # ... but the last name before the colon otherwise, a person or not
    ("Après la plainte déposée par Marie Caron, Lumeria a réagi dans un communiqué : « Nous contestons fermement ces "
     "accusations. »", "Nous contestons fermement", "Lumeria", "direct"),
    # a civility abbreviated with a full stop in the incise: the surname's person, not « M »
    ("L'ancien trésorier du club, Javier Ortega, conteste cette version. « Nous avions prévenu le bureau dès "
     "2020 », a répondu M. Ortega, joint par téléphone.", "Nous avions prévenu le bureau", "Javier Ortega", "direct"),
    # a definite description of a person takes up the person the passage is about, of its gender
    ("Lucas Perrin a remporté dimanche le tournoi de Rennes. « J'ai douté jusqu'au bout », a lâché le joueur de "
     "22 ans à l'arrivée, les traits tirés.", "J'ai douté jusqu'au bout", "Lucas Perrin", "direct"),
    ("Karim Benali et Sophie Marchal ont quitté la réunion. « On nous a menti », a réagi la syndicaliste.",
     "On nous a menti", "Sophie Marchal", "direct"),
    # an organisation noun with a relative clause: the organisation, not a place named in the clause
    ("Son principal mécène, la société lilloise Cyclonor, avait menacé de partir. L'entreprise, qui finance "
     "le festival depuis 2015, avait exigé « des garanties écrites » avant de signer.", "des garanties écrites",
     "Cyclonor", "direct"),
    ("La Société des Autocars Bleus a perdu le marché. « Nous ferons appel », a déclaré sa directrice, Inès Robin, à "
     "l'AFP. L'entreprise, qui emploie 300 personnes en Bretagne, affirme qu'elle a respecté le cahier des charges.",
     "elle a respecté le cahier des charges", "Société des Autocars Bleus", "indirect"),
    # a spokesperson of « l'enseigne » speaks for the name the noun was put before, never for the court
    ("Le tribunal de commerce de Lyon a condamné l'enseigne Ventamax. « Nous ferons appel », réagit un "
     "porte-parole de l'enseigne.", "Nous ferons appel", "Ventamax", "direct"),
    # « demander » reports speech; its à-object is the addressee
    ("Le maire de Brissac, Paul Roche, soutient les salariés. Il demande à l'ARS « des moyens à la hauteur ».",
     "des moyens à la hauteur", "Paul Roche", "direct"),
    # the medium that asked is not the speaker
    ("Interrogée par Le Courrier, Julie Mercier juge que « la réforme est injuste ».", "la réforme est injuste",
     "Julie Mercier", "direct"),
    # role nouns of the lexicon: « l'édile », « le médecin »
    ("Le maire, Paul Roche, a présenté le budget. « Nous tiendrons nos promesses », a assuré l'édile.",
     "Nous tiendrons nos promesses", "Paul Roche", "direct"),
    # a short quotation governed by a verb the parse lost around « (« juge … « historique » »)
    ("Marc Lenoir juge la décision « historique ».", "historique", "Marc Lenoir", "direct"),
    ("Marc Lenoir dénonce un « passage en force » et une réforme « précipitée ».", "précipitée", "Marc Lenoir",
     "direct"),
    # a colon closing « Name, role of an organisation, verb : »: the person, not the organisation
    ("Sophie Lamy, présidente de la Fédération des pêcheurs, renchérit : « Les rivières meurent en silence. »",
     "Les rivières meurent", "Sophie Lamy", "direct"),
    # a colon closing a clause whose subject is a pronoun: the person it takes up
    ("Au tribunal, Hugo Besnard a baissé les yeux. Invité à parler, il s'est tourné vers les juges : "
     "« Je demande pardon à tous. »", "Je demande pardon", "Hugo Besnard", "direct"),
    # a station named before the speaker keeps its own words only (« France 3 Normandie », then the person)
    ("« Le budget est bouclé », a expliqué à France 3 Normandie Carole Vidal, adjointe aux finances.",
     "Le budget est bouclé", "Carole Vidal", "direct"),
    # a short quotation governed by « assumer »
    ("La présidente, Anne Morel, assume une décision « douloureuse ».", "douloureuse", "Anne Morel", "direct"),
    # a person opening a sentence after a long adverbial is who the incise pronoun takes up
    ("« Nous voulons la vérité », a plaidé Me Julie Fabre. Dans la grande salle du tribunal, Claire Vidal "
     "pleure. « Il ne reviendra pas, murmure-t-elle. »", "Il ne reviendra pas", "Claire Vidal", "direct"),
    # a sentence opened by « Il » keeps the person the sentence before set as its center
    ("« Le dossier est vide », a martelé Alain Roche. Hugo Besnard a gardé les yeux baissés. Il tremblait. "
     "« Je regrette tout », a-t-il ajouté.", "Je regrette tout", "Hugo Besnard", "direct"),
    # a compound given name the dictionary lacks (« Jean-Marc ») still makes a person's name
    ("« Il fallait un électrochoc », a justifié le président du club, Jean-Marc Le Goaziou, dans un communiqué.",
     "Il fallait un électrochoc", "Jean-Marc Le Goaziou", "direct"),
    # the name apposed to an incise's subject noun speaks (« son équipe, Velonor, »)
    ("L'Italien Marco Bini a abandonné. « Il souffre d'une fracture », a indiqué son équipe, Velonor Cycling, "
     "dans un communiqué.", "Il souffre d'une fracture", "Velonor Cycling", "direct"),
    # a demonym with its article describes the person named just before (« lâche le Costarmoricain »)
    ("Yann Le Floch a gagné dimanche à Lannion. « Je suis heureux », lâche le Costarmoricain.", "Je suis heureux",
     "Yann Le Floch", "direct"),
    # an incise pronoun after a sentence an organisation opened takes up the organisation
    ("« Le pont tiendra », assure Lucie Garnier. La préfecture de l'Aude se veut rassurante. "
     "« Aucun danger n'est signalé », indique-t-elle dans un communiqué.", "Aucun danger", "préfecture de l'Aude",
     "direct"),
    # a person apposed to a role with an acronym in parentheses opens the sentence
    ("« C'est une provocation », a fustigé Paul Lenoir, président du groupe Écologie (GE). Le porte-parole du "
     "Parti du centre (PDC), Louis Perrin, a pris ses distances. « Nous ne voterons pas », a-t-il expliqué.",
     "Nous ne voterons pas", "Louis Perrin", "direct"),
    # « le magistrat » is a role that takes up the person named as such
    ("Le procureur Henri Vasseur a requis six ans. « Ce prévenu visait les retraités », a martelé le magistrat.",
     "Ce prévenu visait les retraités", "Henri Vasseur", "direct"),
    # the outlet the words were said to stands between the incise's verb and its inverted subject,
    # and a spokesperson named in apposition speaks in her own name (probe I)
    ("L’opérateur Armorfibre est en conflit avec la commune. « Ils ont menti », s’emporte le maire, Paul Ternier. "
     "« La mairie bloque tout, a affirmé au Progrès la porte-parole de l’opérateur, Inès Duval. Nous attendons les "
     "permis. »", "La mairie bloque tout", "Inès Duval", "direct"),
    # the person who leads an organisation, named as the agent of the sentence before, is « il »
    ("« Le choix est fait », a déclaré Paul Ternier. La société Pulsar Son est dirigée par l’homme d’affaires Marc "
     "Olier. « Nous allons tout changer », promet-il.", "Nous allons tout changer", "Marc Olier", "direct"),
    # « le quotidien » takes up the news outlet last named
    ("Selon Le Progrès, le groupe Océa envisage de céder Aquavia. Le quotidien précise que la vente pourrait "
     "intervenir avant l’été.", "la vente pourrait intervenir", "Le Progrès", "indirect"),
    # an unnamed spokesperson of the organisation is what « il » of the next incise takes up
    ("Le PDG Paul Roche est sous pression. La rupture a été confirmée mardi par un porte-parole du constructeur "
     "Orbéa. « Orbéa ne transigera pas avec la sécurité, a-t-il indiqué à l’AFP. Nous avons laissé du temps. »",
     "Orbéa ne transigera pas", "Orbéa", "direct"),
    # « Chez X, on … »: the organisation speaks through « on »
    ("« Aquavia a menti », accuse le maire, Paul Ternier. Chez Aquavia, on dénonce une « mascarade ».",
     "mascarade", "Aquavia", "direct"),
    # a day before the incise's adverbial (« a-t-il lancé lundi en conseil municipal. »)
    ("L’adjoint au logement, Christophe Morand, a pris ses distances. « Je ne couvrirai personne, a-t-il lancé "
     "lundi en conseil municipal. Si des erreurs ont été commises, elles seront sanctionnées. »",
     "Je ne couvrirai personne", "Christophe Morand", "direct"),
    # English: the incise without inversion
    ('Maria Lopez spoke after the hearing. "We will appeal this decision, she said. The ruling ignores the facts."',
     "We will appeal this decision", "Maria Lopez", "direct"),
    # a circle named by its holder's role speaks for the holder (before: no speaker)
    ("La présidente des Laiteries Dufaud, Hélène Dufaud, a reçu les supporters. Dans l'entourage de la "
     "dirigeante, on précise que la décision a été prise à contrecœur.", "la décision a été prise",
     "Hélène Dufaud", "indirect"),
    # an unnamed member speaks for the body, as a spokesperson does (before: the phrase as written)
    ("Le groupe Orban a licencié Thierry Massart. « Il a servi de fusible, rien de plus », souffle un cadre "
     "du groupe.", "servi de fusible", "Orban", "direct"),
    ("Le fonds Capucine Ventures soutient la start-up Parlia. « Nous croyons à cette équipe », tranche un "
     "associé du fonds.", "Nous croyons à cette équipe", "Capucine Ventures", "direct"),
    # a member of « le groupe » is not the outlet that reported the story (before: La Dépêche du Midi)
    ("La société Orban a écarté Thierry Massart, d'après La Dépêche du Midi. « Il a servi de fusible, rien de plus », "
     "souffle un cadre du groupe.", "servi de fusible", "Orban", "direct"),
    # a role with a party label between parentheses names the person after it, and a synonym takes it
    # up (before: « l'édile » was the last person named, inside the quotation)
    ("Le maire (divers droite), Jean-Luc Vanderbeken, défend le projet. Sa rivale, Céline Hoquet, accuse le maire. "
     "« Mme Hoquet fait de la politique », a rétorqué l'édile.", "fait de la politique", "Jean-Luc Vanderbeken",
     "direct"),
    # « À la Région X, on … » speaks for that body, as « Chez X, on … » does (before: no speaker); a town does not
    ("La Région Occitanie soutient le syndicat mixte. À la Région Occitanie, on fustige l'attitude « cynique » de la "
     "compagnie.", "cynique", "Région Occitanie", "direct"),
    # « selon elle » is the woman named before it in the sentence, not the last man (before: Jean-Marc Bories)
    ("Le président du syndicat mixte, Jean-Marc Bories, dénonce un chantage. La vice-présidente, Fabienne Delmas, a "
     "rappelé que la Région ne paierait plus pour une compagnie qui, selon elle, « joue les territoires les uns "
     "contre les autres ».", "joue les territoires", "Fabienne Delmas", "direct"),
    # the one person a colon clause introduces is who « il » takes up after the quotation (before: the
    # previous sentence's subject)
    ("Son président, Olivier Cabrol, a salué la « lucidité » de la compagnie. Des propos qui ont fait bondir "
     "Jean-Marc Bories : « Remercier celui qui vous rackette, c'est un peu fort », a-t-il ironisé.",
     "Remercier celui", "Jean-Marc Bories", "direct"),
    # « l'ancien élu » is the one person a role it covers named (« maire de X »), not the man named last
    # (before: Marc Carhaix). Written for this test, judged by hand.
    ("Paul Le Gall, maire de Kerlaz de 2008 à 2020, est jugé pour favoritisme. Il aurait attribué des marchés à "
     "l'entreprise de son beau-frère, Marc Carhaix. À la barre, l'ancien élu a contesté toute malversation, "
     "assurant avoir « respecté les règles ».", "respecté les règles", "Paul Le Gall", "direct"),
    # a place inside a role phrase is where the role was held, not the speaker (before: Labruguière)
    ("Le président du syndicat mixte, Jean-Marc Bories, dénonce un chantage. L'ancien maire de Labruguière assure "
     "toutefois qu'il n'a « jamais claqué la porte » des négociations.", "jamais claqué", "Jean-Marc Bories", "direct"),
    # a colon clause with a subject of its own does not make its object the speaker
    ("Jean Dupont a tenu une conférence de presse lundi. Il a visé nommément Paul Roux : « C'est un menteur et un "
     "tricheur », a-t-il lancé.", "un menteur", "Jean Dupont", "direct"),
]


@pytest.mark.parametrize("body, words, speaker, kind", CASES, ids=[c[1][:24] for c in CASES])
def test_quote_and_speaker(body, words, speaker, kind):
    quotes = _quotes(body)
    # (a reported clause holding the quoted words is a quote too, « a rappelé que … « joue les territoires … » »:
    # the one of the expected kind first)
    hit = sorted((q for q in quotes if words in q.text), key=lambda q: q.kind != kind)
    assert hit, [q.text for q in quotes]
    assert (hit[0].speaker, hit[0].speaker_resolved, hit[0].kind) == (speaker, True, kind)


def test_the_incise_is_cut_out_of_the_quoted_words():
    quotes = _quotes("La ministre, Hélène Dorval, a visité le chantier. « Ce projet, nous l'attendons depuis vingt "
                     "ans, soupire-t-elle. Il arrive enfin. »")
    assert [q.text for q in quotes] == ["Ce projet, nous l'attendons depuis vingt ans", "Il arrive enfin."]
    assert quotes[1].continues == quotes[0].quote_id and quotes[0].continues is None
    assert all("soupire" not in q.text for q in quotes)


def test_an_incise_of_manner_is_cut_out():
    # « …, tempête l'élu. … »: a verb of manner of saying in the incise splits the quotation
    quotes = _quotes("Le maire, Nicolas Sansu, conteste la fermeture. « On nous explique que c'est une question de "
                     "sécurité, tempête l'élu. Nous irons devant le tribunal administratif s'il le faut. »")
    assert [q.text for q in quotes] == ["On nous explique que c'est une question de sécurité",
                                        "Nous irons devant le tribunal administratif s'il le faut."], [q.text for q in quotes]
    assert {q.speaker for q in quotes} == {"Nicolas Sansu"}


def test_the_speaker_s_role_after_an_incise_is_not_quoted():
    quotes = _quotes("Le club traverse une crise. « Nous n'avons pas le choix, explique Julie Mercier, trésorière du "
                     "club. Les caisses sont vides. »")
    assert [(q.text, q.speaker) for q in quotes] == [("Nous n'avons pas le choix", "Julie Mercier"),
                                                     ("Les caisses sont vides.", "Julie Mercier")]


@pytest.mark.parametrize("body, expected", [
    # a hyphenated role with its organisation after a named incise subject
    ("« Nous n'avons rien caché, explique Léa Vautrin, porte-parole de Bois Vivant. Les relevés le prouvent. »",
     [("Nous n'avons rien caché", "Léa Vautrin"), ("Les relevés le prouvent.", "Léa Vautrin")]),
    # a description subject with its own role in apposition
    ("Inès Vautrin accuse le préfet. « Nous avons écrit deux fois, explique la quinquagénaire, ancienne "
     "infirmière du bourg. Deux fois, personne n'a répondu. »",
     [("Nous avons écrit deux fois", "Inès Vautrin"), ("Deux fois, personne n'a répondu.", "Inès Vautrin")]),
    # the speaker's mood and a circumstance after an inverted pronoun
    ("Inès Vautrin a quitté la salle. « Nous reviendrons, a-t-elle lâché, amère, à la sortie. Avec nos avocats. »",
     [("Nous reviendrons", "Inès Vautrin"), ("Avec nos avocats.", "Inès Vautrin")]),
    # words opening a clause after the incise are still quoted
    ("Inès Vautrin a quitté la salle. « C'est terminé, lâche-t-elle, on ne reviendra pas. »",
     [("C'est terminé", "Inès Vautrin"), ("on ne reviendra pas.", "Inès Vautrin")]),
])
def test_what_closes_an_incise_is_not_quoted(body, expected):
    assert [(q.text, q.speaker) for q in _quotes(body)] == expected


def test_a_reported_clause_closes_the_quotation_it_opens():
    quotes = _quotes("Paul Roche estime que la réforme est « une provocation ».")
    assert [(q.text, q.speaker) for q in quotes] == [("la réforme est « une provocation »", "Paul Roche")]


@pytest.mark.parametrize("body", [
    # « X, qui dirige le site depuis 2015, a confirmé l'information »: no statement with an inverted subject
    "Le directeur de l'usine, Paul Roche, qui dirige le site depuis 2015, a confirmé l'information lors d'une réunion mardi.",
    # a subject and its appositions before the verb, with no verb of their own
    "Son président, Gérard Rousseau, céréalier à Niort, défend le chantier.",
])
def test_a_subject_with_its_appositions_or_relative_clause_is_no_statement_before_an_incise(body):
    assert _quotes(body) == []


def test_a_colon_ending_the_paragraph_before_introduces_the_quotation():
    quotes = _quotes("Julie Mercier détaille son plan :\n« Nous allons rénover la halle avant l'été. »")
    assert [(q.speaker, q.speaker_resolved) for q in quotes] == [("Julie Mercier", True)]


@pytest.mark.parametrize("verb", ["martèle-t-il", "prévient-il", "a-t-il soutenu", "balaie-t-il"])
def test_incise_verbs_of_other_conjugations_are_cut_out(verb):
    # -eler, -enir, -ayer verbs: their forms are read back to the infinitive of the lexicon
    quotes = _quotes(f"Marc Lenoir présente le plan. « Le plan est prêt, {verb}. Rien ne change. »")
    assert [(q.text, q.speaker) for q in quotes] == [("Le plan est prêt", "Marc Lenoir"),
                                                     ("Rien ne change.", "Marc Lenoir")]


@pytest.mark.parametrize("body", [
    # a place inside the speaker's phrase is where the speaker is from, not who speaks
    "« Les clients ne viennent plus », confie un boulanger de la rue Victor-Hugo.",
    # a place before a colon does not speak
    "Dans les couloirs de l'hôpital de Lyon, le constat est unanime : « On est épuisés, on ne tient plus. »",
])
def test_a_place_is_not_the_speaker(body):
    quotes = _quotes(body)
    assert quotes and all(q.speaker_resolved is False for q in quotes), [(q.text, q.speaker) for q in quotes]


def test_an_incise_pronoun_continues_the_person_made_subject_after_the_last_speaker():
    # centering: « « … », dénonce X. Le préfet, Y, a signé … « … », a-t-il insisté » is Y; the incise may
    # end with a short adverbial (« a-t-il balayé avant l'entraînement. »)
    quotes = _quotes("« Ce projet est absurde », dénonce Paul Roche. Le préfet, Marc Lenoir, a signé l'arrêté en "
                     "mai. « Il est temps d'avancer », a-t-il insisté.")
    assert [q.speaker for q in quotes] == ["Paul Roche", "Marc Lenoir"]
    quotes = _quotes("« On veut des garanties », explique Lucas Perrin, porte-parole des supporters. L'entraîneur, "
                     "Stéphane Garcia, se montre prudent. « Mon travail, c'est le terrain, a-t-il balayé avant "
                     "l'entraînement. Le reste ne me regarde pas. »")
    assert [(q.text, q.speaker) for q in quotes][1:] == [("Mon travail, c'est le terrain", "Stéphane Garcia"),
                                                         ("Le reste ne me regarde pas.", "Stéphane Garcia")]


def test_a_subject_pronoun_continues_the_person_opening_the_sentence_before():
    # centering: the subject of the sentence before (after its adverbial) is the preferred antecedent,
    # not the role phrase named last (« le président »)
    quotes = _quotes("Paul Ravier, président du club, a parlé à la presse. Dans un entretien, Marc Tessier accuse le "
                     "président de mentir. Il affirme qu'on lui avait promis trois recrues.")
    assert [(q.speaker, q.text) for q in quotes if "recrues" in q.text] == [
        ("Marc Tessier", "on lui avait promis trois recrues")], [(q.speaker, q.text) for q in quotes]


def test_a_pronoun_takes_up_the_unnamed_speaker_just_quoted():
    # « un conseiller … reconnaît que « … ». « … », assure-t-il »: the adviser, not the last man named
    quotes = _quotes("Le Premier ministre, François Bayrou, a salué les syndicats. Interrogé par Le Parisien, un "
                     "conseiller de l'exécutif reconnaît que « la situation est bloquée ». « On a perdu la CFDT, on "
                     "ne perdra pas FO », assure-t-il.")
    assert [(q.speaker, q.speaker_resolved) for q in quotes] == [("un conseiller de l'exécutif", False)] * 2
    assert not any(m.text == "Premier" for m in _result("Le Premier ministre a salué les syndicats.").mentions)


@pytest.mark.parametrize("body, speaker", [
    # a description whose gender no recent person has, or one named too long before, stays as written
    ("Paul Girard a visité l'usine. « Nous sommes inquiets », confie la salariée.", "la salariée"),
    ("Marc Olivier a ouvert la séance. La salle était pleine. Les débats ont duré trois heures. Le vote a eu lieu "
     "à minuit. Le budget a été adopté. La presse était absente. « C'est un scandale », a lancé le militant.",
     "le militant"),
    # a text is no person: « indique le communiqué » is not the last person named
    ("Paul Girard a signé l'accord. « Les travaux reprendront lundi », indique le communiqué.", "le communiqué"),
])
def test_a_description_no_recent_person_agrees_with_stays_as_written(body, speaker):
    quotes = _quotes(body)
    assert [(q.speaker, q.speaker_resolved) for q in quotes] == [(speaker, False)]


@pytest.mark.parametrize("body, speaker", [
    ("« La route est fermée », a indiqué Marc Aubin. Une riveraine soupire : « Nous sommes coupés du monde "
     "depuis trois jours. »", "Une riveraine"),
    ("« La route est fermée », a indiqué Marc Aubin. Un chauffeur routier, lui, se montrait moins patient : "
     "« Nous perdons des journées entières. »", "Un chauffeur routier"),
    # a transitive verb of saying right after the closing mark heads an incise (« prédire »)
    ("« Nous tiendrons », promet le maire, Paul Girard. « Sans la poste, le bourg meurt », prédit une "
     "commerçante.", "une commerçante"),
    # an unnamed source after « selon »
    ("« Le pont est fragile », explique Marc Olivier. Mais selon un cadre de la direction, « les travaux ont pris "
     "du retard ».", "un cadre de la direction"),
    # a person of an organisation speaks, not the organisation (« le patron des Verts »)
    ("Son homologue, Denis Morel, est ravi. « Nous avons tenu bon », sourit le patron des Verts.",
     "le patron des Verts"),
    ("Un dirigeant d'un club de Ligue 2 tempère : « C'est cher payé. »", "Un dirigeant"),
])
def test_an_unnamed_speaker_is_not_the_last_one_named(body, speaker):
    last = _quotes(body)[-1]
    assert (last.speaker, last.speaker_resolved) == (speaker, False)


def test_an_institution_no_name_stands_for_speaks_as_written():
    quote = _quotes("Selon le rectorat, « aucune fermeture n'est prévue à ce stade ».")[0]
    assert (quote.speaker, quote.speaker_resolved) == ("le rectorat", False)


def test_a_name_does_not_run_over_a_line_break():
    result = mk.process_document(RawDocument("t", "Procès à Rennes : six ans requis pour la mort de Hugo\n\n"
                                                  "Le prévenu a reconnu avoir frappé Hugo Besnard.", "t.txt"))
    assert not [m.text for m in result.mentions if "\n" in m.text]
    assert {m.actor for m in result.mentions if m.text == "Hugo"} <= {"Hugo Besnard"}


@pytest.mark.parametrize("body, name", [
    ("La Fédération départementale des chasseurs apporte son soutien à Paul Roux.",
     "Fédération départementale des chasseurs"),
    ("Le ministère de la Transition énergétique a sanctionné la société Norvane.",
     "ministère de la Transition énergétique"),
    ("Le texte sera présenté au Conseil des ministres avant l'été.", "Conseil des ministres"),
])
def test_institution_names_keep_their_lower_case_words(body, name):
    assert name in {m.actor for m in _result(body).mentions}


def test_the_state_is_an_organisation_and_school_years_are_no_actors():
    mentions = _result("Inscrits en CE2 et en CM1, ses enfants attendent. Il vient de signer un CDD. Paul Roux "
                       "juge que l'État doit agir.").mentions
    assert {(m.actor, m.actor_type) for m in mentions} == {("Paul Roux", "person"), ("État", "org")}


def test_a_team_named_after_its_noun_is_an_organisation():
    mentions = _result("Léo Garnier, le coureur de l'équipe Breizh Velo, a remporté l'étape.").mentions
    assert ("Breizh Velo", "org") in {(m.actor, m.actor_type) for m in mentions}


def test_a_group_speaker_is_kept_as_written():
    quotes = _quotes("Les salariés de l'usine ont assuré que la grève continuerait jusqu'à lundi.")
    assert [(q.speaker, q.speaker_resolved) for q in quotes] == [("Les salariés de l'usine", False)]


@pytest.mark.parametrize("body", [
    # a name, its apposition and its verb: no statement closed by an inverted incise
    "Paul Lenoir, maire de Laval, a dénoncé la décision de Lumeria.",
    "Le projet de « ville intelligente » a été présenté mardi aux habitants.",  # scare quote
    "Le « pacte de confiance » signé en mars n'a rien changé pour les habitants.",  # a label, no verb
])
def test_quoted_terms_are_not_quotes(body):
    assert _quotes(body) == []


@pytest.mark.parametrize("body", [
    "Les parents contestent le dispositif dit « de mutualisation des moyens » voulu par Agnès Thomé.",
    "Les éleveurs attendent le plan régional dit « prédateurs et pastoralisme » promis par le préfet.",
    "Le maire, Hervé Lagarde, brandit « Mémoires d'un canton », l'ouvrage publié en 2012 par Odile Brunet.",
    "Le documentaire « Les Derniers Bergers », réalisé par Simon Aubry, a été diffusé mardi.",
    "Le conseiller Hervé Lagarde conduit la liste « Brive en avant » aux municipales.",
    "Selon Odile Brunet, autrice de « La Ville et ses marges », le quartier s'est vidé.",
    "Une opération baptisée « Cœur de bourg » a été lancée par la commune de Lanvéoc.",
])
def test_names_and_titles_in_quotation_marks_are_not_quotes(body):
    assert [q.text for q in _quotes(body) if q.kind == "direct"] == []


@pytest.mark.parametrize("body, words, speaker", [
    ("Léa Morvan, 21 ans, étudiante en histoire, dit « comprendre » la colère des enseignants.",
     "comprendre", "Léa Morvan"),
    ("Le maire, Hervé Lagarde, a dit « ne rien regretter » devant le conseil.", "ne rien regretter", "Hervé Lagarde"),
])
def test_dit_after_a_speaker_still_reports_speech(body, words, speaker):
    # a guard for the naming rule above (« dit » after a noun of schemes only)
    assert [q.speaker for q in _quotes(body) if words in q.text] == [speaker]


@pytest.mark.parametrize("body", [
    "Maëlle Jaouen élève des brebis à Carhaix. « Je perds tout », confie la jeune femme.",
    "Maëlle Jaouen élève des brebis à Carhaix. La jeune femme s'emporte : « Je perds tout. »",
])
def test_a_person_taken_up_by_a_common_person_noun_speaks(body):
    assert [q.speaker for q in _quotes(body)] == ["Maëlle Jaouen"]


def test_the_role_in_an_incise_takes_up_no_one_named_inside_the_quotation():
    body = ("Le procureur Olivier Brault a requis trois ans. « M. Kervella ne choisissait pas ses victimes au "
            "hasard. Il ciblait des retraités », a martelé le magistrat.")
    assert {q.speaker for q in _quotes(body)} == {"Olivier Brault"}


@pytest.mark.parametrize("body, speaker", [
    ("La Fédération bovine de l'Orne, présidée par Luc Vasseur, accuse l'association Prairies Vives de "
     "« minimiser les dégâts ».", "Fédération bovine de l'Orne"),
    ("La société Ombrelis, dirigée depuis 2019 par Hugo Ferrat, dénonce « une campagne de dénigrement ».",
     "Ombrelis"),
])
def test_who_leads_the_subject_does_not_speak_for_it(body, speaker):
    assert [q.speaker for q in _quotes(body)] == [speaker]


def test_a_civility_written_out_is_no_part_of_a_name():
    mentions = _result("Madame Gourvil promet tout à tout le monde, a dit Hervé Lagarde.").mentions
    assert {(m.text, m.actor_type) for m in mentions} >= {("Gourvil", "person"), ("Hervé Lagarde", "person")}


def test_the_outlet_that_asked_is_not_the_colon_s_speaker():
    body = ("Inès Gourvil, porte-parole du collectif, a répondu. Interrogée par Le Télégramme, la militante "
            "ne cède pas : « Nous irons jusqu'au bout. »")
    assert [q.speaker for q in _quotes(body)] == ["Inès Gourvil"]


def test_a_noun_of_works_ending_the_sentence_before_names_nothing():
    body = ("La mairie défend son projet. « C'est faux, ce cabinet n'a jamais travaillé pour nous », "
            "répond Hervé Lagarde.")
    assert [q.speaker for q in _quotes(body) if "C'est faux" in q.text] == ["Hervé Lagarde"]


def test_outlets_keep_their_article_and_portfolio_words_are_not_actors():
    result = _result("L'information a été confirmée par La Poste mardi. La Justice a tranché en faveur du maire, "
                     "selon Le Parisien.")
    names = {(m.text, m.actor) for m in result.mentions}
    assert ("La Poste", "La Poste") in names and ("Le Parisien", "Le Parisien") in names
    assert not any(m.text == "Justice" for m in result.mentions)


def test_outlets_are_organisations_under_their_full_name():
    # (resources/outlets.yml) the article contracted with « à »/« de » still names the outlet; a station
    # keeps its place; a longer name and other names that begin alike are not cut
    result = _result("Le maire a confié au Parisien que le projet avançait, selon Le Monde diplomatique et d'après les "
                     "Échos. Il s'est aussi exprimé sur France Bleu Mayenne. L'Union européenne et la Croix-Rouge ont "
                     "réagi, a rapporté l'AFP.")
    got = {(m.text, m.actor, m.actor_type) for m in result.mentions}
    for expected in [("Parisien", "Le Parisien", "org"), ("Le Monde diplomatique", "Le Monde diplomatique", "org"),
                     ("les Échos", "Les Échos", "org"), ("France Bleu Mayenne", "France Bleu Mayenne", "org"),
                     ("AFP", "AFP", "org")]:
        assert expected in got, got
    assert not any(m.actor in ("La Croix", "L'Union") for m in result.mentions), got


# Issue 7: of the direct quotations of eight words or more, the share that has a speaker
# (a named actor, or a group kept as written). Measured when set: 1.00 on every corpus but the
# press tuning set (20 of 21, 0.95); 3 to 21 such quotations per corpus.
LONG_QUOTE_SPEAKER_FLOOR = 0.90
CORPORA = ["seeds", "tests/data/articles", "tests/data/heldout", "tests/data/heldout2", "tests/data/heldout3",
           "tests/data/press", "tests/data/heldout4"]


@pytest.mark.parametrize("corpus", CORPORA)
def test_long_quotations_have_a_speaker(corpus):
    analysis = mk.analyze(DATA.parent.parent / corpus)
    q = analysis.quotes
    heads = q[(q["kind"] == "direct") & q["continues"].isna()]
    words = heads["text"].str.split().str.len()
    for _, part in q[q["continues"].notna()].iterrows():  # a quotation cut by an incise counts whole
        words[heads.index[heads["quote_id"] == part["continues"]]] += len(part["text"].split())
    long = heads[words >= 8]
    share = long["speaker"].notna().mean() if len(long) else 1.0
    assert share >= LONG_QUOTE_SPEAKER_FLOOR, (corpus, share, list(long[long["speaker"].isna()]["text"].str[:40]))


def test_laws_are_other_and_places_act_only_as_subjects():
    result = _result("La France a voté contre le texte à Bruxelles. La loi Travail et le Digital Markets Act "
                     "entrent en vigueur en mars, selon Ferrox.")
    by_text = {m.text: m for m in result.mentions}
    assert by_text["loi Travail"].actor_type == "other"
    assert by_text["Digital Markets Act"].actor_type == "other"
    assert by_text["France"].acts and not by_text["Bruxelles"].acts
    assert not any(m.text.endswith(".") for m in result.mentions)


def test_top_actors_leave_out_places_that_never_act(tmp_path):
    (tmp_path / "a.txt").write_text("Titre\nÀ Bruxelles, Ferrox a signé un accord avec la France. "
                                    "La France a ensuite voté contre le texte.\n", encoding="utf-8")
    actors = set(mk.summaries.top_actors(mk.analyze(tmp_path))["actor"])
    assert "Bruxelles" not in actors and {"Ferrox", "France"} <= actors


def test_an_interview_s_answers_are_the_interviewee_s_words():
    # questions and answers printed as paragraphs after the paragraph that introduces the interviewee;
    # the run ends at the first paragraph that is neither (the article's prose again)
    body = ("Joint par téléphone, l’agent Marc Olier a répondu à nos questions.\n"
            "Le club vous accuse de mentir. Que répondez-vous ?\n"
            "C’est faux. Yves Caradec m’a toujours soutenu.\n"
            "Allez-vous saisir la justice ?\n"
            "Oui, dès la semaine prochaine.\n"
            "Le club n’a pas souhaité réagir.")
    quotes = [(q.text, q.speaker, q.cue) for q in _quotes(body)]
    assert quotes == [("C'est faux. Yves Caradec m'a toujours soutenu.", "Marc Olier", "interview"),
                      ("Oui, dès la semaine prochaine.", "Marc Olier", "interview")]


@pytest.mark.parametrize("body", [
    "Le club va-t-il survivre ?\nPersonne ne le sait à Vannes.",
    # an interview's cue, then a rhetorical question that asks no « vous »
    "Marc Olier a répondu à nos questions lundi.\nLe club va-t-il survivre ?\nPersonne ne le sait à Vannes.",
])
def test_questions_without_an_interview_are_no_quotes(body):
    assert [q for q in _quotes(body) if q.cue == "interview"] == []


def test_the_interviewee_is_not_who_asked():
    body = ("Interrogé par Paul Dubois, Marc Olier a répondu à nos questions.\n"
            "Vous quittez le club ?\nOui, dès la semaine prochaine.")
    assert [(q.text, q.speaker) for q in _quotes(body) if q.cue == "interview"] == [
        ("Oui, dès la semaine prochaine.", "Marc Olier")]


def test_an_unnamed_spokesperson_agrees_with_the_incise_pronoun():
    # « un porte-parole » is « il », not « elle »: « a-t-elle indiqué » takes up no one here
    body = ("La rupture a été confirmée mardi par un porte-parole du constructeur Orbéa. « Orbéa ne transigera pas, "
            "a-t-elle indiqué à l’AFP. »")
    assert all(q.speaker != "Orbéa" for q in _quotes(body))


def test_le_club_as_a_speaker_is_the_club_its_name_says():
    # « Le club affirme que … »: the name that says its sport, not the federation named last
    for club in ("Stade Ardennais Football", "Stade Ardennais"):  # (a sport word, or a club prefix)
        body = (f"L’agent Karim Tebboune a assigné le {club}. Le club l’a signalé à la Fédération française de "
                "football. Le club affirme que l’agent n’avait aucun mandat.")
        hit = [q for q in _quotes(body) if "aucun mandat" in q.text]
        assert hit and hit[0].speaker == club, [(q.text, q.speaker) for q in _quotes(body)]


def test_a_speaker_noun_that_heads_an_organisation_s_name_is_that_organisation():
    body = ("La plainte de l’Amicale des locataires des Sablons a été déposée vendredi. « Les ascenseurs sont en "
            "panne depuis des mois », s’indigne l’amicale.")
    hit = [q for q in _quotes(body) if "ascenseurs" in q.text]
    assert hit and hit[0].speaker == "Amicale des locataires des Sablons", [(q.text, q.speaker) for q in _quotes(body)]


@pytest.mark.parametrize("body, words, speaker", [
    # « Dans l'entourage de X, on … »: X's circle speaks for X, a person too, and a title may stand before the name
    ("Dans l’entourage du ministre Karim Belhadj, on assure que « rien n’est décidé ».", "rien n'est décidé",
     "Karim Belhadj"),
    # ... but the employees of an organisation are not the organisation
    ("Dans l’entourage des salariés de Vernon Basket, on parle d’une « trahison ».", "trahison",
     None),
    # an adverbial after the incise's subject is not part of it: « la société » is the company named before
    ("La société Vertalis, basée à Lyon, a perdu le marché. « Nous n’avons rien à cacher », a indiqué la société "
     "dans un communiqué.", "rien à cacher", "Vertalis"),
    # « avant d'ajouter : « … » »: the infinitive's subject is who spoke the quotation before
    ("« Le texte est clair », tranche Jean Dupont, avant d’ajouter : « Nous irons jusqu’au bout. »",
     "Nous irons jusqu'au bout", "Jean Dupont"),
    # « on » in an incise speaks for the side the incise names (« lit-on dans le communiqué de », « chez »)
    ("La préfecture du Gard a publié l’arrêté mardi. « Les travaux commenceront en mai », lit-on dans le "
     "communiqué de la préfecture.", "Les travaux commenceront", "préfecture du Gard"),
    ("« Nous ne changerons rien », explique-t-on chez Vertalis.", "Nous ne changerons rien", "Vertalis"),
    # an incise of its own whose subject is « on » is not the previous speaker going on
    ("« Mon client conteste tout », assure son avocat, Me Pierre Lagarde. « La décision sera prise lundi », "
     "explique-t-on à la mairie.", "La décision sera prise", None),
])
def test_who_speaks_through_a_circle_an_adverbial_or_a_second_quotation(body, words, speaker):
    _assert_speaker(body, words, speaker)


@pytest.mark.parametrize("body, expected", [
    # « Trois questions à X » names the interviewee after the cue; « — » prints each turn and is no word of
    # the answer; « Allez-vous » is a verb before its inverted subject, no actor
    ("Trois questions à Hélène Marchal, directrice du Théâtre des Quais.\n"
     "— Vous attendiez-vous à cette décision ?\n"
     "— Pas du tout. C’est une trahison.\n"
     "— Allez-vous saisir la justice ?\n"
     "— Oui, dès lundi.\n"
     "Le maire n’a pas souhaité réagir.",
     [("Pas du tout. C'est une trahison.", "Hélène Marchal"), ("Oui, dès lundi.", "Hélène Marchal")]),
    # tune2's truffle article, judged by hand: the same printed as a heading (no final stop) introduces the
    # interview all the same (before: the answers were no one's words)
    ("La Banque Comtadine a accordé mardi un prêt à la coopérative.\n"
     "Trois questions à Gilles Arnaudet, président de la CTV\n"
     "— La mairie vous a-t-elle aidés ?\n"
     "— Sylvie Autran a été exemplaire.\n"
     "Le négociant n’a pas souhaité réagir.",
     [("Sylvie Autran a été exemplaire.", "Gilles Arnaudet")]),
])
def test_an_interview_introduced_by_questions_to_x_with_dashed_turns(body, expected):
    r = _result(body)
    assert [(q.text, q.speaker) for q in r.quotes if q.cue == "interview"] == expected
    assert "Allez" not in {m.actor for m in r.mentions}


@pytest.mark.parametrize("body", [
    # found by this round's review, judged by hand: headings that hold the cue but introduce no one's answers
    "Le scrutin approche.\nCinq questions à se poser avant le second tour\nQuand pourrez-vous voter ?\n"
    "Le second tour aura lieu le 28 juin.\nPouvez-vous voter par procuration ?\nOui, jusqu’à la veille du scrutin.",
    "Le trafic est perturbé.\nVos questions à notre journaliste Marie Roux\nPourrez-vous être remboursé ?\n"
    "Oui, la SNCF s’est engagée à rembourser les billets. Sud Rail accuse la direction de mépris.",
])
def test_a_heading_with_the_cue_but_no_interviewee_after_it_opens_no_interview(body):
    assert [q.text for q in _result(body).quotes if q.cue == "interview"] == []


def test_a_dash_line_with_an_incise_is_a_quotation_and_a_compound_given_name_a_person():
    # French prints dialogue with a dash and no guillemets; « Anne-Sophie » is known by « Anne »
    body = ("Sophie Marchal accuse la société Lithorec.\n"
            "— Nous n’avons jamais truqué le moindre chiffre, tranche Romain Delattre, joint par La Voix du Nord.\n"
            "Anne-Sophie Verdier a accepté de répondre à nos questions.\n"
            "— Vous attendiez-vous à cette plainte ?\n"
            "— Non. C’est une surprise.")
    got = [(q.text, q.speaker) for q in _quotes(body)]
    assert got == [("Nous n'avons jamais truqué le moindre chiffre", "Romain Delattre"),
                   ("Non. C'est une surprise.", "Anne-Sophie Verdier")], got


def test_a_dash_line_without_an_incise_is_no_quotation():
    # a list printed with dashes is the article's own prose
    body = "Le plan prévoit trois mesures :\n— la fermeture du site de Metz ;\n— la vente de la filiale Vertalis."
    assert _quotes(body) == []


@pytest.mark.parametrize("body, words, speaker", [
    # a description as the subject of a governing verb the parse lost (« La plateforme dénonce un « … » »)
    ("Le syndicat accuse la plateforme de VTC Ridelo de concurrence déloyale. Ridelo n’a pas été consultée. "
     "La plateforme dénonce un « favoritisme assumé ».", "favoritisme assumé", "Ridelo"),
    # a quotation standing alone after a sentence about a person (« Interrogé sur …, » is who was asked)
    ("Interrogé sur l’avenir du projet, Yann Le Goff se veut malgré tout optimiste. « Le bateau sera au départ, "
     "avec ou sans Kerivel. »", "Le bateau sera au départ", "Yann Le Goff"),
    # ... not when another sentence stands between
    ("Marie Leroy a présenté le rapport. Le préfet l’a reçu. « On nous a menti pendant trois ans. »",
     "On nous a menti", None),
    # who leads the subject of « a fait savoir » does not speak for it
    ("Le conseil départemental de Maine-et-Loire, présidé par Marc Ollivier, a fait savoir qu’il ne financerait pas "
     "le centre.", "il ne financerait pas", "conseil départemental de Maine-et-Loire"),
])
def test_speakers_a_lost_parse_a_previous_sentence_or_a_leader_point_to(body, words, speaker):
    _assert_speaker(body, words, speaker)


@pytest.mark.parametrize("body, words, speaker", [
    # a lead-in closed by a colon does not hide the person opening the sentence (« Soutien de poids : la ministre, X, »)
    ("La directrice Samia Oukil a démissionné. « Je pars », a-t-elle dit. Soutien de poids : la ministre de la "
     "Culture, Hélène Marchal, a apporté son soutien à la directrice. « Clara Benhamou a fait de Pézenas une scène "
     "européenne », a-t-elle déclaré à Midi Libre.", "Clara Benhamou a fait", "Hélène Marchal"),
    # « Il » after a sentence opened by an unnamed spokesperson (capitalised « Un ») is that spokesperson
    ("Hervé Le Bihan dirige le syndicat. Un porte-parole de l’enseigne Arlequin a fustigé les « méthodes d’un autre "
     "âge » des syndicalistes. Il a indiqué que le groupe avait porté plainte contre le syndicat.",
     "le groupe avait porté plainte", "Arlequin"),
    # the subject of an object relative clause is the main clause's subject, not the relative's antecedent
    ("Le directeur du groupe, Thibault Kerjean, a parlé. Le dirigeant s’en prend surtout au maire de Brémont, "
     "Gilles Perrotin, qu’il accuse d’avoir « retourné sa veste » avant les municipales.", "retourné sa veste",
     "Thibault Kerjean"),
])
def test_speakers_behind_a_lead_in_a_spokesperson_s_pronoun_or_a_relative_clause(body, words, speaker):
    _assert_speaker(body, words, speaker)


def test_a_subject_and_its_aside_are_no_words_an_incise_closes():
    # Written for this test: « Le maire, lui, dénonce X » has the shape of « Les prix flambent, dénonce X »;
    # before the rule the subject became words X said (and X criticised the mayor)
    assert not [q for q in _quotes("Le maire Paul Henry, lui, dénonce la société Orban.") if q.kind == "indirect"]
    # guard: a clause before the incise is still reported speech
    said = [q for q in _quotes("Les prix flambent depuis des mois, dénonce la société Orban.") if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in said] == [("Les prix flambent depuis des mois", "Orban")]


def test_a_town_opening_the_sentence_does_not_speak_through_on():
    # « À Lyon, on dénonce … » is anyone there, unlike « À la Région X, on … » (a body)
    hit = [q for q in _quotes("La société Orban a licencié trente salariés. À Lyon, on dénonce un « scandale ».")
           if "scandale" in q.text]
    assert hit and hit[0].speaker is None


def test_the_verb_of_an_object_relative_speaks_with_its_own_subject():
    # Written for this test, judged by hand: the parse makes both « promesse » (the antecedent) and
    # « soignants » subjects of « jugent »; the speakers are the carers, an unnamed group (no actor),
    # not « Une promesse », which the speaker was before the rule.
    quotes = _quotes("Le directeur a promis de rouvrir le service en septembre. Une promesse que les soignants du "
                     "service jugent « hypocrite ».")
    hit = [q for q in quotes if "hypocrite" in q.text]
    assert hit and (hit[0].speaker, hit[0].speaker_resolved) == ("les soignants du service", False), quotes


def test_a_pronoun_incise_in_a_new_paragraph_takes_up_its_first_person():
    # Written for this test in the style of the tune2 set's airport article (where it was found),
    # judged by hand: the second paragraph is about Julien Mas (named first, then « il », « l' »), and
    # no one has spoken in it yet; « soupire-t-il » is him, not the union delegate who spoke in the
    # paragraph before (the speaker before the rule).
    quotes = _quotes("Le syndicat Unitra a défendu les salariés lundi. Son délégué, Karim Benhaddou, reproche au "
                     "groupe Orban de mentir. « Ce n'est pas notre adversaire », résume-t-il.\n"
                     "Le cas de Julien Mas alimente la rancœur. Chef d'équipe chez Orban depuis 2013, il a été "
                     "licencié en novembre. La société catalane l'a recruté la semaine dernière. « J'ai fait mon "
                     "métier pendant treize ans, soupire-t-il. Orban m'a sacrifié. »")
    assert [q.speaker for q in quotes] == ["Karim Benhaddou", "Julien Mas", "Julien Mas"], quotes


def test_a_verb_of_speech_with_a_noun_object_reports_nothing():
    # tune3's emergency-ward article, judged by hand: « assurer des gardes » is to provide them, so the
    # quotation closing the que-clause is the words of the one who « assure que » (before: « ses
    # collègues », the subject of the infinitive, spoke)
    quotes = _quotes("La docteure Samia Ouali assure que ses collègues sont prêts à assurer des gardes "
                     "supplémentaires « jusqu'au printemps, pas au-delà ».")
    # (the que-clause is a quote of its own beside the quoted words it holds, a mixed quotation, as the relation
    # sets' quotes: lists count them: both are hers)
    assert [(q.kind, q.speaker, q.speaker_resolved) for q in quotes] == [
        ("indirect", "Samia Ouali", True), ("direct", "Samia Ouali", True)], quotes


def test_an_unnamed_possessive_spokesperson_speaks_for_the_organisation_that_acted():
    # tune4's dance article, judged by hand: « sa déléguée générale » is the foundation's voice, the
    # organisation that acted just before, not « la troupe » named inside that sentence (before: the
    # phrase stayed unresolved)
    quotes = _quotes("La Compagnie Hors-Cadre traverse une crise. La Fondation Ressac, mécène de la troupe depuis "
                     "2015, a suspendu son aide annuelle. « Nous attendons que la lumière soit faite », explique sa "
                     "déléguée générale.")
    assert [(q.speaker, q.speaker_resolved) for q in quotes] == [("Fondation Ressac", True)], quotes


def test_a_colon_introduction_is_its_subject_s_not_a_description_in_its_object():
    # tune4's hockey article, judged by hand: the post is the CEO's, who « a commenté l'éviction de
    # l'entraîneur » (before: « l'entraîneur », Tomas Hrubec, was its author)
    quotes = _quotes("Les Harfangs de Caen ont licencié leur entraîneur, Tomas Hrubec. Le fonds Maple North Sports a "
                     "injecté 2 millions d'euros dans le club. Son PDG, Ryan Gallagher, a commenté l'éviction de "
                     "l'entraîneur sur X, en anglais :\n« Tough call, right call. Bruno Lemarchand has our full support. »")
    assert [q.speaker for q in quotes] == ["Ryan Gallagher"], quotes


@pytest.mark.parametrize("body, words, speaker", [
    # tune4's dance article: a possessive head never named (« Son directeur ») speaks for the body the possessive
    # takes up, a venue that acted just before, as an unnamed spokesperson does; before: the phrase as written
    ("La compagnie Les Errants répète à Sète. Le Théâtre Molière, scène nationale de Sète, a annulé les deux "
     "représentations de la troupe. Son directeur invoque « un climat incompatible avec l’accueil du public ».",
     "un climat incompatible", "Théâtre Molière"),
    # tune3's hospital article: no body acted nearby, so the one named in the sentence before owns the head
    # (before: the phrase as written, « Son directeur général »)
    ("La directrice Anne Roux n’a jamais été désavouée par l’Agence régionale de santé Occitanie. Son directeur "
     "général a même salué une décision « courageuse et nécessaire ».", "courageuse", "Agence régionale de santé Occitanie"),
    # tune4's dance article: « son directeur » is not whoever was called « le directeur artistique » of another body
    ("Le directeur artistique de la compagnie Les Errants, Paul Vidal, défend la troupe. Le Théâtre Molière a annulé "
     "les deux représentations de la troupe. Son directeur invoque « un climat incompatible avec l’accueil du "
     "public ».", "un climat incompatible", "Théâtre Molière"),
    # tune5's wholesale-market article: « L'association de consommateurs X s'est invitée … Elle accuse Y de
    # revendre « … » »: the noun's lowercase complement stands between it and the name it classes; before, the
    # description was resolved alone and took up another body named earlier (the metropolis)
    ("La Métropole de Grenoble soutient la coopérative Alpéo. L’association de consommateurs Panier Vert 38 "
     "s’est invitée dans le débat. Elle accuse Alpéo de revendre « trois fois leur prix » les légumes.",
     "trois fois", "Panier Vert 38"),
    # tune4's hockey and dance articles: an unnamed municipal official speaks for the one town institution the
    # text names (« la Ville de X »), as an unnamed spokesperson does; before: the phrase as written
    ("La Ville de Brest a voté une subvention de 90 000 euros au club de volley. L’adjointe aux sports appelle "
     "le club à « un peu de patience ».", "un peu de patience", "Ville de Brest"),
    ("La Ville de Brest a gelé la subvention de la compagnie Les Errants. « Vingt ans de travail ne s’effacent "
     "pas », plaide l’adjoint à la culture.", "Vingt ans", "Ville de Brest"),
    # … none when the text names two (« Ville de Brest », « Ville de Quimper »): the phrase stays as written
    ("La Ville de Brest et la Ville de Quimper ont gelé leurs subventions à la compagnie Les Errants. « Vingt ans "
     "de travail ne s’effacent pas », plaide l’adjoint à la culture.", "Vingt ans", "l'adjoint à la culture"),
    # tune6's business-school article: « Le Collectif X, qui …, avait alerté. Dans une lettre ouverte, il accuse
    # le fonds d'avoir « … » »: « il » agrees with « Le » and the collective opened the sentence before; before,
    # the pronoun took up the last man named (the school's director)
    ("Le directeur de l’école, Marc Dutour, défend le plan. Le Collectif des enseignants de Vauban, qui fédère "
     "cinquante professeurs, avait pourtant alerté dès 2024. Dans une lettre ouverte, il accuse le fonds d’avoir "
     "« transformé une école en tableur ».", "tableur", "Collectif des enseignants de Vauban"),
    # tune3's motorway article: the motive of an act done « par » someone, in quotation marks (« licencié par X
    # pour « déloyauté » »), is the wording of whoever did it; before: no quote (one word, no verb of saying)
    ("Gérant de la station depuis 2011, Marc Olivier a été licencié le 14 novembre par Relais Avenir pour "
     "« déloyauté ».", "déloyauté", "Relais Avenir"),
    # … with an article before the quotation, and a description of the agent the text resolves
    ("L’association Les Amis du Lac a été exclue en mars par la Fédération des pêcheurs de l’Ain pour une « faute "
     "grave ».", "faute grave", "Fédération des pêcheurs de l'Ain"),
    # the round's review: what these rules must leave alone
    # … a person of the pronoun's gender in the sentence before is who it continues, not the organisation
    ("La SNCF a licencié Marie Lenoir, cheminote depuis vingt ans. Aujourd’hui, elle dénonce « une injustice ».",
     "injustice", "Marie Lenoir"),
    # … a municipal role with a complement of its own is someone else (another town, the opposition)
    ("La Ville de Lorient a signé avec le groupe Naval Est. « Nous sommes satisfaits », indique le maire de "
     "Ploemeur, commune voisine.", "satisfaits", "le maire de Ploemeur, commune voisine"),
    ("La Ville de Lorient a voté la fermeture de la piscine. « C’est une erreur historique », dénonce un conseiller "
     "municipal d’opposition.", "erreur historique", "un conseiller municipal d'opposition"),
    # … a head with a complement of its own is another post (« son directeur de cabinet »), not the body
    ("La FNSEA a été reçue par la ministre Agnès Pannier. Sa directrice de cabinet a jugé la rencontre "
     "« constructive ».", "constructive", "Agnès Pannier"),
])
def test_unnamed_heads_town_officials_organisation_openers_and_motives_speak(body, words, speaker):
    _assert_speaker(body, words, speaker)


def test_a_quoted_purpose_after_par_is_no_motive():
    # guard: « pour » opening a purpose with an infinitive is no motive of the agent (« créé par X pour « faire
    # vivre » ») — the quotation is governed by no verb of saying and stays a quoted term
    quotes = _quotes("Le festival a été créé en 2001 par l’association Ondes Vives pour « faire vivre » le quartier.")
    assert not [q for q in quotes if "faire vivre" in q.text and q.speaker == "Ondes Vives"], quotes
    # … nor is what follows « pour » after an act that is no sanction (the round's review: a replacement, a price)
    for body, words in [("L’entraîneur Luc Varin a été remplacé par Marc Durand pour « raisons personnelles ».",
                         "raisons personnelles"),
                        ("Le bâtiment a été racheté par la Ville de Vannes pour « un euro ».", "un euro")]:
        quotes = _quotes(body)
        assert not [q for q in quotes if words in q.text and q.speaker], quotes


@pytest.mark.parametrize("body,words,speaker", [
    # a reported clause holding a quotation of its own speaker (« a fait savoir qu'il soutenait « … » sa
    # filiale »): the clause is reported speech besides the quoted words; before, the quotation inside it
    # removed the whole clause from the table (tune4's sorting-plant and tune5's conservatory articles)
    ("Le groupe Naval Est a fait savoir qu’il soutenait « sans réserve » sa filiale bretonne.", "il soutenait",
     "Naval Est"),
    ("Yves Tanguy a fait savoir au Courrier qu’il maintenait sa confiance au directeur, tout en promettant une "
     "médiation « avant les fêtes ».", "il maintenait", "Yves Tanguy"),
])
def test_a_reported_clause_holding_a_quotation_stays_a_quote(body, words, speaker):
    hit = [q for q in _quotes(body) if q.kind == "indirect" and words in q.text]
    assert hit and hit[0].speaker == speaker, [(q.text, q.kind, q.speaker) for q in _quotes(body)]


def test_a_quotation_in_a_clause_reporting_someone_else_keeps_the_clause_out():
    # guard: a quotation inside the clause said by another (« X affirme que Y a qualifié Z de « … » ») is Y's
    # words; the clause is left to the quotation, as before
    quotes = _quotes("Marc Dutal affirme que Claire Vasseur a qualifié le projet de « pure folie ».")
    assert [(q.speaker, q.kind) for q in quotes if "pure folie" in q.text] == [("Claire Vasseur", "direct")], quotes


@pytest.mark.parametrize("body,words,speaker", [
    # « se félicite ce dernier »: the demonstrative takes up the last person named of its gender (tune5's
    # conservatory article); before, the phrase as written
    ("Le pianiste Pierre Lenoir a été recruté par l’école Allegro, que dirige Julien Marchal. « Un musicien de "
     "cette trempe, on ne le laisse pas filer », se félicite ce dernier.", "Un musicien", "Julien Marchal"),
    ("Paul Girard a présenté son rapport à Anne Morel. « Ce travail est sérieux », reconnaît cette dernière.",
     "travail est sérieux", "Anne Morel"),
    # the motive of a sanction in the active voice (« X a licencié Y pour « faute grave » ») is the wording of
    # its subject, as with the passive's « par » agent (tune6's casino article); before, no quote (two words,
    # no verb of saying)
    ("La société Ardoises du Léon a licencié mardi son chef d’atelier, Paul Kerlan, pour « faute lourde ».",
     "faute lourde", "Ardoises du Léon"),
    # « Son directeur invoque … » takes up the body just named, not the one a later « Son directeur, X, » names
    # for another body (tune4's dance article); before, the role phrase was resolved to that later person
    ("Le Théâtre Molière a annulé les représentations de la troupe. Son directeur invoque « un climat "
     "incompatible avec l’accueil du public ». La troupe a trouvé un autre partenaire, le Festival de Thau. Son "
     "directeur, Paul Vidal, salue « une troupe immense ».", "un climat incompatible", "Théâtre Molière"),
    # … but a later « le président du club, X, » (no possessive of its own) still names who « Son président »
    # was (review guards, judged by hand)
    ("Le Stade brestois a recruté un attaquant. Son président se réjouit d’« un joli coup ». Le président du "
     "Stade brestois, Denis Le Saint, a confirmé l’accord.", "un joli coup", "Denis Le Saint"),
    ("La Banque alimentaire du Morbihan manque de bras. Sa présidente lance « un appel urgent ». La présidente de "
     "l’association, Marie Le Goff, attend cent bénévoles.", "un appel urgent", "Marie Le Goff"),
])
def test_demonstratives_active_motives_and_possessive_heads_speak(body, words, speaker):
    _assert_speaker(body, words, speaker)


def test_a_motive_after_a_pronoun_subject_is_left_alone():
    # guard: « il » may be the sanctioned one's employer or anyone named before: the sentence does not say
    quotes = _quotes("Paul Kerlan travaillait pour Ardoises du Léon. Il a été renvoyé, puis il a exclu Marc Duval "
                     "pour « faute lourde ».")
    assert not [q for q in quotes if "faute lourde" in q.text and q.speaker], quotes


def test_a_clause_that_is_its_quotation_but_an_article_stays_one_quote():
    # guard: « a affirmé que la « … » »: the narrator adds only an article to the quoted words, so the
    # clause is no wording of his own beside them (judged by hand: one direct quote, no indirect one)
    quotes = _quotes("Lucie Barrot, quant à elle, a affirmé que la « gestion du port par la Région était "
                     "défaillante. Elle l'est toujours ».")
    assert [q.kind for q in quotes] == ["direct"], [(q.text, q.kind) for q in quotes]
    assert quotes[0].speaker == "Lucie Barrot"


@pytest.mark.parametrize("body,words,speaker", [
    # a bare person role opening the sentence before its subject's name (« Technicien de l'usine …, X a … »)
    # makes the name a person's, though the given name is unknown; before, the name was typed "other" and
    # « affirme-t-il » went to the man named in the paragraph before (tune6's biogas article)
    ("Le directeur du chantier, Hervé Le Goff, a présenté le plan social.\nChercheur au laboratoire du chantier "
     "depuis douze ans, Yanis Morvezen a été congédié en mars. « On m’a puni pour avoir parlé », affirme-t-il au "
     "Télégramme.", "On m", "Yanis Morvezen"),
    # a pronoun after an unnamed town official who spoke for the town goes on with the town (tune4's dance
    # article); before, the person last named
    ("Le club de judo a perdu sa salle. La Ville de Vannes a suspendu la convention qu’elle signait chaque année "
     "avec le club. L’adjoint aux sports assure toutefois que la commune n’a pas abandonné les judokas. « Trente "
     "ans de partenariat ne s’effacent pas », insiste-t-il.", "Trente ans", "Ville de Vannes"),
    # a present participle governs a short quotation as its verb does (« la jugeant « opportuniste » »;
    # tune3's motorway and tune5's battery articles); before, no quote
    ("Les Laiteries Kervran ont repoussé l’offre dès mardi, la jugeant « indécente ».", "indécente",
     "Laiteries Kervran"),
    # … and its dative clitic takes up who is blamed, not who speaks (tune5's conservatory article); before,
    # the person just named
    ("Le syndicat Force Marine a voté une motion contre le directeur du port, Alain Perrot, lui reprochant une "
     "« gestion opaque ».", "gestion opaque", "Force Marine"),
    # the motive of a passive sanction is its agent's wording at any length (tune5's wholesale-market article);
    # before, a three-word motive was left without a speaker
    ("La société Brésilec gère le dépôt. Marc Jaouen y dirigeait la logistique. Il a été licencié en mai par la "
     "société pour « perte de loyauté », avant de rejoindre un concurrent.", "perte de loyauté", "Brésilec"),
    # … and the sanction's noun may stand further from its « par » agent (tune5's conservatory article);
    # before, no quote
    ("Anne Scouarnec préside le club depuis 2020. Le 2 mai, la radiation pour deux saisons de Paul Bernic, "
     "capitaine de l’équipe première depuis dix ans, par la présidente, pour « indiscipline », a divisé le club.",
     "indiscipline", "Anne Scouarnec"),
    # thanks are speech: « remercie X pour sa « … » » quotes who thanks (tune4's Christmas-market article);
    # before, no quote
    ("À Quimper, Julie Le Roux remercie la communauté de communes pour sa « fidélité ».", "fidélité",
     "Julie Le Roux"),
    # a short quotation that is its clause's finite verb quotes the subject before it (tune5's
    # wholesale-market article); before, no quote
    ("Sa présidente, Anne Kerbrat, « approuve totalement » le plan de la directrice.", "approuve totalement",
     "Anne Kerbrat"),
])
def test_fronted_roles_voiced_bodies_participles_motives_thanks_and_quoted_verbs_speak(body, words, speaker):
    _assert_speaker(body, words, speaker)


@pytest.mark.parametrize("body", [
    # review guards (judged by hand): « ce dernier » takes up the last noun of its gender, here a body or an
    # unnamed role named after the person, so the person is not the speaker
    "Yann Le Strat a écrit au Département du Morbihan. « Nous attendons une réponse », répond ce dernier.",
    "Le maire Paul Blanc a reçu le gérant du supermarché. « Nous resterons ouverts », explique ce dernier.",
])
def test_ce_dernier_after_a_body_or_a_role_is_not_the_person_before(body):
    quotes = _quotes(body)
    assert quotes and all(q.speaker not in ("Yann Le Strat", "Paul Blanc") for q in quotes), quotes


@pytest.mark.parametrize("body, words", [
    # review guards (judged by hand): a quoted length or amount after « pour » is the sanction's measure, not a
    # motive worded by whoever sanctions
    ("La Ligue de Bretagne a suspendu l’arbitre Benoît Millot pour « trois matchs ».", "trois matchs"),
    ("L’arbitre Benoît Millot a été suspendu par la Ligue de Bretagne pour « quinze jours ».", "quinze jours"),
])
def test_a_quoted_measure_after_pour_is_no_motive(body, words):
    assert not [q for q in _quotes(body) if words in q.text and q.speaker], _quotes(body)


def test_ce_dernier_skips_a_place_of_the_other_gender():
    # « la place Jean-Jaurès » is feminine: « ce dernier » still takes up the man named before it (judged by hand)
    _assert_speaker("Le pianiste a été recruté par Allegro, l’école que dirige Marc Tanguy près de la place "
                    "Jean-Jaurès. « Un pédagogue de cette trempe, on le garde », se félicite ce dernier.",
                    "Un pédagogue", "Marc Tanguy")
