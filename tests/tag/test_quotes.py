"""Quotes: quoted spans, speech events and their speakers, embedded posts."""

import pytest
import pandas as pd

import mediakit as mk
from mediakit.tag.quotes import quoted_spans
from mediakit.types import RawDocument


def quotes(text):
    result = mk.process_document(RawDocument("d", text, "d.txt"))
    return [(q.kind, q.speaker, q.text) for q in result.quotes]



def _assert_resolved_speaker(text: str, quote: str, speaker: str) -> None:
    """The first quotation holding `quote` in a one-paragraph article is `speaker`'s, resolved."""
    got = [(q.text, q.speaker, q.speaker_resolved) for q in mk.process_document(RawDocument("d", "Titre\n" + text, "d.txt")).quotes]
    found = [(who, resolved) for words, who, resolved in got if quote in words]
    assert found and found[0] == (speaker, True), got

@pytest.mark.parametrize("text,expected", [
    ("il a dit « bonjour à tous » hier", ["bonjour à tous"]),
    ("« un « petit » test »", ["un « petit » test"]),
    ("he said “we will win” and “never”", ["we will win", "never"]),
    ('a "plain" quote and "another one"', ["plain", "another one"]),
    ("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"]),
    ("« jamais fermé", []),
    # the scan jumps from mark to mark: every kind of mark must still be seen
    ("» orphelin « vrai texte »", ["vrai texte"]),
    ('« il a dit "oui" puis » fin "x y"', ['il a dit "oui" puis', "x y"]),
    ("„A“ und „B“", ["A", "B"]),
    ("«  espaces  »", ["espaces"]),
    ("texte sans guillemets", []),
])
def test_quoted_spans(text, expected):
    assert [text[s:e] for s, e in quoted_spans(text)] == expected


def test_unclosed_quotation_start():
    from mediakit.tag.quotes.marks import _unclosed

    assert _unclosed("il dit ” puis “ ouvert") == 16
    assert _unclosed("« fermé » et « ouvert") == 15
    assert _unclosed("« fermé »") is None


@pytest.mark.parametrize("text,expected", [
    # direct quote, speaker as subject of the speech verb
    # (the que-clause opening on the narrator's « la ville » is a quote of its own beside the quoted words, a mixed
    # quotation, as the relation sets' quotes: lists count them)
    ("Le maire, Hervé Le Goff, a déclaré que la ville « ne laissera pas le littoral être bétonné ».",
     [("indirect", "Hervé Le Goff", "la ville « ne laissera pas le littoral être bétonné »"),
      ("direct", "Hervé Le Goff", "ne laissera pas le littoral être bétonné")]),
    # inverted speech verb after the quote
    ("« Nous ferons appel de cette décision », a répliqué Sophie Martin devant la presse.",
     [("direct", "Sophie Martin", "Nous ferons appel de cette décision")]),
    # a colon introduction
    ("Sophie Martin : « Nous ferons appel de cette décision. »",
     [("direct", "Sophie Martin", "Nous ferons appel de cette décision.")]),
    # reported speech with a que-clause; a two-word scare quote keeps it indirect
    ("Paul Morel a estimé que la réforme était « mal ficelée » et trop rapide.",
     [("indirect", "Paul Morel", "la réforme était « mal ficelée » et trop rapide")]),
    # selon X, …
    ("Selon Paul Morel, la réforme coûtera cher aux ménages.",
     [("indirect", "Paul Morel", "la réforme coûtera cher aux ménages")]),
    # a verb after a quote and "et" keeps the speaker of the verb before it
    ("Claire Dupuis, porte-parole du collectif, dénonce « une décision absurde et injuste » et affirme que "
     "les habitants iront en justice.",
     [("direct", "Claire Dupuis", "une décision absurde et injuste"),
      ("indirect", "Claire Dupuis", "les habitants iront en justice")]),
    # a pronoun subject is the person last named
    ("Paul Morel est arrivé tôt. Il a assuré que le projet serait abandonné.",
     [("indirect", "Paul Morel", "le projet serait abandonné")]),
])
def test_speech_events(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text", [
    "Les salariés ont été informés que l'usine fermerait.",   # agentless passive
    "Le commentaire de Musk, publié sur Twitter, est intervenu après que Microsoft a réagi.",
    "Il est parti parce que la réunion était finie.",
])
def test_not_quotes(text):
    assert quotes(text) == []


def test_embedded_post_is_one_quote_with_speaker_and_date():
    text = ("Le patron de Renault, Luca de Meo, a réagi sur X.\nWe will not close any plant.\nNot one.\n"
            "—Luca de Meo (@lucademeo) March 4, 2024\nLa suite est attendue.")
    got = mk.process_document(RawDocument("d", text, "d.txt")).quotes
    embed = [q for q in got if q.kind == "embed"]
    assert [(q.speaker, q.date, q.lang, q.text) for q in embed] == [
        ("Luca de Meo", "2024-03-04", "en", "We will not close any plant.\nNot one.")]


def test_generic_noun_speaker_prefers_the_organisation_it_names():
    text = ("Le Syndicat national des pilotes a attaqué la compagnie Skyra en justice. Skyra a contesté. "
            "Le syndicat a répondu que les plannings restaient illégaux.")
    got = [(q.speaker, q.kind) for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes]
    assert ("Syndicat national des pilotes", "indirect") in got


@pytest.mark.parametrize("lower,lemma,expected", [
    ("a", "avoir", False),
    ("déclaré", "déclarer", True),  # by the lemma
    ("dénoncent", "dénoncent", True),  # the tagger's lemma is the form: -ent → -er
    ("dénonces", "dénonces", True),  # -es → -er
    ("affirme", "", True),  # no lemma: the form, then -e → -er
    ("maison", "maison", False),
])
def test_speech_verb_by_lemma_form_or_implied_infinitive(lower, lemma, expected):
    from types import SimpleNamespace

    from mediakit.tag.quotes.reported import _is_speech_verb, _lexicon

    tok = SimpleNamespace(lower_=lower, lemma_=lemma, text=lower)
    assert _is_speech_verb(tok, _lexicon()[0]) is expected


def test_a_role_and_its_name_in_an_incise_are_not_quoted_words():
    # « …, tonne son PDG, Paul Berthier. … »: the apposed name closes the incise's sentence
    text = "« Nous payons trop cher, tonne son PDG, Paul Berthier. La société Batexa nous traite mal. »"
    got = quotes(text)
    assert [t for _, _, t in got] == ["Nous payons trop cher", "La société Batexa nous traite mal."], got
    assert {s for _, s, _ in got} == {"Paul Berthier"}, got


def test_a_named_speaker_s_role_after_the_name_closes_the_incise_too():
    # « …, s'indigne sa présidente, Name, role. … »: the role apposed to the name is the incise's, not quoted
    text = ("Le collectif Air Pur 38 dénonce les rejets. « Nous n'avons jamais été consultés, s'indigne sa "
            "présidente, Odile Marchand, ancienne infirmière. La commune nous a ignorés. »")
    got = [q for q in quotes(text) if q[0] == "direct"]
    assert [t for _, _, t in got] == ["Nous n'avons jamais été consultés", "La commune nous a ignorés."], got
    assert {s for _, s, _ in got} == {"Odile Marchand"}, got


# (paragraph, first words of a quotation, its speaker): shapes of French press met in the 2026-12-04 night
# round, each written for this test with invented actors; the speaker judged by hand from the grammar.
# None: no one is named as saying these words (the quotation may also not be one at all).
SPEAKER_CASES = [
    # an unnamed spokesperson speaks for the organisation the statement opens with …
    ("La préfecture du Gard a visité le site lundi. La préfecture exige la fermeture du hangar avant l'été, "
     "a précisé un porte-parole.", "La préfecture exige", "préfecture du Gard"),
    ("Les salariés de Corvalia ont manifesté. Corvalia n'envisage aucune fermeture du site de Nîmes, a indiqué "
     "une porte-parole.", "Corvalia n'envisage", "Corvalia"),
    ("La préfecture de l'Aube a délivré le permis. La préfecture, elle, « attend sereinement la décision de la "
     "cour », a indiqué un porte-parole.", "attend sereinement", "préfecture de l'Aube"),
    # … « le club » taking up a name that says club (name_marks), not the last organisation named
    ("Le Stade Morlaisien a limogé son entraîneur. Le sponsor Breizh Énergie s'est retiré. Le club n'a pas "
     "sanctionné le capitaine, a assuré un porte-parole.", "Le club n'a pas", "Stade Morlaisien"),
    # … or, after a quotation opening its sentence, the organisation the sentence before opened on
    ("Le club perd un soutien. Valvert Énergies, sponsor maillot de l'USVD depuis 2019, a annoncé lundi "
     "la fin de son partenariat. « Nous avons accompagné le club dans les bons moments », a indiqué un "
     "porte-parole.", "Nous avons accompagné", "Valvert Énergies"),
    # … but a statement about a person says nothing of whom the spokesperson speaks for
    ("Paul Dorval quittera la présidence du club en juin, a précisé un porte-parole.", "Paul Dorval quittera",
     "un porte-parole"),
    # « l'énergéticien » takes up a name that says energy (types.yml name_marks)
    ("Autre coup dur pour le club : Valvert Énergies, sponsor maillot de l'USVD depuis 2019, a annoncé lundi "
     "la fin de son partenariat. « Nous avons accompagné le club dans les bons moments », a indiqué un "
     "porte-parole de l'énergéticien drômois.", "Nous avons accompagné", "Valvert Énergies"),
    # a spokesperson before a colon, or a delegate, speaks for the organisation the phrase names
    ("Le groupe Armor Énergies a retiré son soutien. Un porte-parole d'Armor Énergies dément toute "
     "arrière-pensée financière : « Nous ne pouvions plus associer notre nom à ce tournoi. »",
     "Nous ne pouvions", "Armor Énergies"),
    ("L'Union syndicale des agents territoriaux (USAT) dénonce la réorganisation. « On a supprimé trois postes "
     "sans concertation », résume un délégué de l'USAT.", "On a supprimé", "Union syndicale des agents territoriaux"),
    # « la direction » is a side of its own, and who answers speaks for the other side
    ("La CGT bloque tout dialogue depuis des semaines, a regretté la direction.", "La CGT bloque", "la direction"),
    ("La CGT accuse la direction de Breizh Transports de mentir. « Nous respectons strictement la loi », a rétorqué "
     "un porte-parole.", "Nous respectons", "un porte-parole"),
    # a pronoun agrees with the description the sentence before opened on, not with the last woman named …
    ("« Ils vident les rivières », accuse la présidente de Rivières Vives, Claire Jourdan. L'association a "
     "rejoint un collectif national. Elle assure n'avoir « jamais visé les pêcheurs » du lac.", "jamais visé",
     "Rivières Vives"),
    # … a description of the other gender leaves it to the person
    ("Claire Jourdan préside Rivières Vives. Le collectif a rejoint une fédération. Elle assure que « rien "
     "ne changera pour les adhérents » de la ville.", "rien ne changera", "Claire Jourdan"),
    # … a feminine noun after an elided article is « elle » (« l'université »)
    ("Marie Leroy, doctorante à l'Université Rennes 2, a signalé les faits. L'université a porté plainte contre "
     "le laboratoire. Elle assure que « les faits sont graves et documentés depuis des mois ».", "les faits",
     "Université Rennes 2"),
    # … an incise's pronoun takes up the description opening the narrator's sentence
    ("Le maire, Gilles Perrotin, a signé le bail. Thibault Kerjean, le patron du parc, menace la commune. "
     "Le maire, lui, ne se laisse pas impressionner : « Je ne céderai pas au chantage », a-t-il lancé.",
     "Je ne céderai pas", "Gilles Perrotin"),
    # … but a quotation opening its sentence has no narrator's opening: « Le président » is the quoted words'
    ("Le président du club, Jean Bastide, a limogé l'entraîneur. Le capitaine Mathis Dufau a parlé mercredi. "
     "« Le président gère le club comme une entreprise, lâche-t-il. Il n'écoute personne. »",
     "Le président gère", "Mathis Dufau"),
    # … and a governing verb's pronoun after a short adverbial too
    ("Le projet divise. Lundi, l'association Vent Debout sur les Crêtes a saisi la cour administrative "
     "d'appel. Dans sa requête, elle reproche aux services de l'État d'avoir « fermé les yeux » sur les cigognes.",
     "fermé les yeux", "Vent Debout sur les Crêtes"),
    # the voice a pronoun speaks through is not its antecedent
    ("L'influenceuse Léa Vasseur dément les accusations de la marque. Par la voix de son avocate, "
     "Me Sophie Abitbol, elle annonce qu'elle déposera plainte contre son ancienne partenaire.", "elle déposera",
     "Léa Vasseur"),
    # a quotation in a sentence an organisation opens, through a verb of saying, is the organisation's …
    ("Le PDG de Solstice, Henri Dutertre, a qualifié la démarche de « combat d'arrière-garde ». Les Éditions "
     "du Héron, justement, accusent le nouveau propriétaire de vouloir « vider les tables » des concurrents.",
     "vider les tables", "Éditions du Héron"),
    # … not without one, nor before « selon »
    ("Le Stade Rennais a recruté mardi Paul Henri, un attaquant « rapide, généreux et très technique » selon son "
     "ancien entraîneur.", "rapide", None),
    ("La SNCF a reçu lundi des centaines de messages de voyageurs « excédés par les retards à répétition ».",
     "excédés", None),
    # the parse lost the verb's subject: the noun it hung the verb on …
    ("Chez Aciéries Delmotte, la riposte n'a pas tardé. La PDG, Laurence Vidal, a rejeté les critiques. "
     "Un porte-parole du groupe assure par ailleurs que « le dialogue social se poursuit normalement ».",
     "le dialogue social", "Aciéries Delmotte"),
    # … or the description opening the sentence, past its age and its insert
    ("Yacine Ferhat a été déconnecté de l'application mardi. Le syndicat a protesté. Le livreur de 27 ans, "
     "lui-même déconnecté, accuse la plateforme Kourso d'avoir « fiché » les grévistes.", "fiché", "Yacine Ferhat"),
    ("Gaël Le Bihan préside le tournoi depuis 2019. Le sponsor s'est retiré. Le quadragénaire, qui n'a pas "
     "l'intention de démissionner, dénonce « une cabale » menée par des administrateurs.", "une cabale",
     "Gaël Le Bihan"),
    # … but an adjectival participle makes no subject
    ("Le groupe assure que le plan épargnera la rédaction. Quant à la charte éthique promise par le "
     "propriétaire, sa signature en pleine crise a tout du « coup de com' ».", "coup de com", None),
    # where the words were said, after the incise's named subject, is not part of it …
    ("Ludovic Sarrazin a été démis par le président, Frédéric Morand. « Je n'ai pas pris cette décision de "
     "gaieté de cœur, a expliqué Frédéric Morand lors d'une conférence de presse expédiée en huit minutes. "
     "Mais un groupe qui ne répond plus, cela se paie. »", "Je n'ai pas pris", "Frédéric Morand"),
    # … while a role subject keeps its place name, and the name apposed to it speaks
    ("« Nous ne céderons pas », a averti le maire de Bourg en Bresse, Jean Dupont.", "Nous ne céderons", "Jean Dupont"),
    # « l'architecte » is a role (roles.yml): the holder its role phrase named, not the mayor named since
    ("L'architecte Arnaud Peyrelade supervise le chantier. Le maire, Bernard Cheminade, a résilié le "
     "marché. « Les blocs livrés ne sont pas conformes », s'agace l'architecte.", "Les blocs livrés", "Arnaud Peyrelade"),
    # « Dans son entourage, on » is the circle of the person last named (before the rule: no speaker)
    ("La ministre Claire Dessaigne a visité le site. Dans son entourage, on reconnaît : « La mesure tombe mal "
     "pour les agriculteurs. »", "La mesure tombe", "Claire Dessaigne"),
    # a quotation of five words or more a verb governs in its clause is the governing subject's, here an
    # organisation's description, not a continuation of the mayor quoted before (as it was before the rule)
    ("L'association Défense du Patrimoine a porté plainte. « C'est une honte », a déclaré le maire, Paul Henry. "
     "L'association reproche à la municipalité « un gâchis d'argent public ».", "un gâchis", "Défense du Patrimoine"),
    # a verb coordinated after a quotation keeps the first verb's subject: not the quoted words the parse
    # made its subject, nor the person named after it (before: « une gestion par la peur », then the director)
    ("La directrice, Sylvie Martin, a fermé douze lits. Sa secrétaire départementale, Nadia Kermarrec, fustige « une "
     "gestion par la peur » et accuse la directrice d'avoir « fermé des lits en cachette ».", "fermé des lits",
     "Nadia Kermarrec"),
    # a short quotation opening the infinitive its verb governs, after an elided « d' » (before: no quote;
    # the tokenizer cut « d'« » into three tokens, and the quote was read as part of the reported clause)
    ("Son président, Hervé Lemonnier, a promis d’« accompagner » l’établissement.", "accompagner", "Hervé Lemonnier"),
    # 2026-12-07 morning round, judged by hand from the grammar (invented actors):
    # the medium that reached the spokesperson is not the speaker (before: « L'Yonne Républicaine »)
    ("Le transporteur Rhodalis a suspendu trois lignes. « Les chauffeurs manquent depuis l'été », répond un "
     "porte-parole du groupe, joint par L'Yonne Républicaine.", "Les chauffeurs manquent", "Rhodalis"),
    # the subject of a relative clause judges, a periphrasis of the firm named before (before: no speaker)
    ("La commune de Vaubert a attaqué la société Hydrelis. Une plainte que le spécialiste de l'eau juge « sans "
     "objet ».", "sans objet", "Hydrelis"),
    # a detached present participle is said of its clause's subject, not of the object named nearer;
    # « l'accusant » bears an elided clitic (before: no quotation at all)
    ("L'association Rivières Vivantes a assigné mardi la société Hydrelis devant le tribunal administratif, "
     "l'accusant d'avoir « volontairement gonflé » ses tarifs.", "volontairement gonflé", "Rivières Vivantes"),
    # a relative after a role apposed to a name: the person speaks, not the body the role's complement names
    # (before: « Vernadis »)
    ("« Mon client est innocent », plaide Me Paul Vidal, avocat du groupe Azur Habitat, qui dénonce « une manœuvre ».",
     "une manœuvre", "Paul Vidal"),
    # 2026-12-07 midday round, judged by hand from the grammar (invented actors):
    # an aside between the auxiliary and the participle keeps the incise (before: no speaker)
    ("La mutuelle Solvéa a quitté les négociations. « Nous restons ouverts au dialogue », a pour sa part déclaré "
     "un porte-parole du groupe à l’AFP.", "Nous restons ouverts", "Solvéa"),
    # the noun phrase before « et » is the object of the verb before it: « accusations » does not speak
    ("La directrice, Odile Marchal, rejette « en bloc » ces accusations et dénonce un « procès d'intention ».",
     "procès d'intention", "Odile Marchal"),
    # « selon lui » inside a relative is not the relative's antecedent: the one named before it (before: Hugo Vidal)
    ("Le président, Antoine Ferrer, a critiqué l'ancien directeur Hugo Vidal, qui avait selon lui « ruiné la "
     "maison ».", "ruiné la maison", "Antoine Ferrer"),
    # a clause opened by a conjunction after the quotation is no incise: its subject did not say the words
    # (before: the union after « tandis que »)
    ("Le collectif Vigie Pluie a dénoncé dans un communiqué « une mascarade », tandis que le syndicat Sud Eaux a "
     "salué « un pas en avant ».", "une mascarade", "Vigie Pluie"),
    # 2026-12-07 afternoon round, judged by hand from the grammar (invented actors):
    # a relative after a role apposed, with its article, to a name: the name's referent speaks, whatever noun the
    # parse hung the relative on (before: « l'avocate des familles », unresolved; « le délégué syndical »;
    # « Lorient », the role's complement; « Vinci » and « métropole de Rennes » for an organisation's apposition)
    ("« C'est une décision incompréhensible », a réagi Me Laure Vasseur, l'avocate des familles, qui annonce vouloir "
     "faire appel.", "vouloir faire appel", "Laure Vasseur"),
    ("« On nous a menti », a réagi Hugo Blanc, le délégué syndical, qui dénonce « une trahison ».",
     "une trahison", "Hugo Blanc"),
    ("« Nous ne céderons pas », a déclaré Jean Dupuis, le maire de Lorient, qui dénonce « un chantage ».",
     "un chantage", "Jean Dupuis"),
    ("« Les tarifs baisseront », a indiqué la société Aquanor, la filiale du groupe Vinci, qui assure que le réseau "
     "sera rénové.", "le réseau sera rénové", "Aquanor"),
    ("« Les tarifs baisseront », a précisé l'entreprise Hydrelis, le fournisseur historique de la métropole de "
     "Rennes, qui assure que le réseau sera rénové.", "le réseau sera rénové", "Hydrelis"),
    # a name governed by a preposition is an adjunct: the noun phrase after its comma, followed by its verb, is the
    # subject, someone else (before: the adjunct's name)
    ("Selon Marie Dupont, le maire dit que la route sera rouverte.", "la route sera rouverte", "le maire"),
    ("Avec Jean Roux, le directeur estime que la saison sera bonne.", "la saison sera bonne", "le directeur"),
    ("Pour Anne Leroy, la présidente du tribunal a jugé que la demande était irrecevable.",
     "la demande était irrecevable", "la présidente du tribunal"),
    # a person's name set off right before the verb of a « dont » relative the parse made a conjunct of the main
    # clause is its subject (before: the main clause's « Il », the mayor)
    ("Le maire sortant, Paul Arnaud, observe la querelle avec amusement. Il a reçu jeudi le soutien du Parti radical, "
     "dont le premier secrétaire, Olivier Caradec, a salué « un bilan solide ».", "un bilan solide", "Olivier Caradec"),
]


def test_a_place_completing_the_subject_is_not_the_speaker():
    # « le groupe de Landerneau »: where the group is from (before: the speaker was « Landerneau »); the
    # group itself (Armor Énergies) would be right, an unresolved speaker is not wrong
    got = quotes("Le distributeur Armor Énergies a quitté le tournoi. Officiellement, le groupe de Landerneau "
                 "invoque « un recentrage de sa politique de mécénat ».")
    said = [s for _, s, t in got if t.startswith("un recentrage")]
    assert said and said[0] in (None, "Armor Énergies"), got


def test_pour_sa_part_is_no_source_of_the_clause_after_it():
    # « pour sa part » means « as for him »: the subject after it speaks, through its own verb (before: a second
    # quotation « le maire de Lorient, estime que … » said « pour » Jean Dupuis)
    got = quotes("Pour sa part, Jean Dupuis, le maire de Lorient, estime que la décision est injuste.")
    assert [(s, t) for _, s, t in got] == [("Jean Dupuis", "la décision est injuste")], got


def test_a_name_after_selon_keeps_the_apposition_its_comma_closes():
    # guard for the case above (« Selon X, le maire dit »), right before and after it: a comma closing the noun
    # phrase after « Selon X, » keeps it X's apposition, so the director who speaks later is Marc Vidal
    got = quotes("Selon Marc Vidal, le directeur du groupe, les ventes ont chuté. « Nous allons rebondir », a assuré "
                 "le directeur du groupe.")
    assert [s for _, s, t in got if t.startswith("Nous allons rebondir")] == ["Marc Vidal"], got


@pytest.mark.parametrize("text,words,speaker", SPEAKER_CASES)
def test_the_speaker_of_a_quotation(text, words, speaker):
    # (a short quotation inside the reported clause that holds it is said as part of it: « accuse X d'avoir
    # « fiché » les grévistes » is one reported clause when the parse finds it, as for « saboté » in
    # test_press_quotes)
    said = [s for _, s, t in quotes(text) if t.startswith(words) or t.startswith(("avoir « " + words, "être « " + words))]
    # (a phrase no one says may also be no quotation at all)
    assert said == [speaker] or speaker is None and said == [], (words, said)


def test_a_verb_of_blame_governs_a_short_quotation_but_reports_no_speech():
    # « reproche à X une gestion « opaque » »: the blamer's word; « lui reproche d'avoir … » is no quote
    got = quotes("Le conseiller d'opposition Paul Arnaud reproche au maire une gestion « opaque » du dossier. "
                 "Le parquet lui reproche d'avoir attribué des marchés à son beau-frère.")
    assert [(s, t) for _, s, t in got] == [("Paul Arnaud", "opaque")], got


def test_the_quotation_goes_on_after_a_name_closing_the_incise():
    got = quotes("« Nous irons jusqu'au bout, prévient son président, Jean Moulin, tout reste à faire. »")
    assert [t for _, _, t in got] == ["Nous irons jusqu'au bout", "tout reste à faire."], got


def test_a_governing_participle_in_the_passive_quotes_no_one():
    got = quotes("Le directeur, accusé de « harcèlement moral » par plusieurs salariés, a été suspendu.")
    assert got == [], got


def test_a_conjunction_opening_the_speaker_s_clause_is_no_part_of_the_speaker():
    # tune4's hockey article, judged by hand: the speaker phrase is « l'adjointe aux sports », not « et l'adjointe
    # aux sports » (a description no rule could resolve with the conjunction on it)
    got = quotes("La municipalité a voté lundi une subvention de 150 000 euros au club, et l'adjointe aux sports "
                 "appelle le délégataire à « un peu de patience ».")
    assert [s for _, s, _ in got] == ["l'adjointe aux sports"], got


def _speakers(text):
    return [(q.speaker, q.text) for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes
            if q.speaker_resolved]


def test_who_leads_the_subject_after_his_role_is_not_the_speaker():
    # « présidé depuis 2018 par l'ancien joueur Y »: Y heads the club the subject names; the club blames
    got = _speakers("Les Dauphins de Brest ont renvoyé leur directeur sportif, Marc Olivier. Le club, dirigé depuis "
                    "2018 par l'ancien joueur Pierre Martin, lui reproche une « gestion opaque » du budget.")
    assert got == [("Dauphins de Brest", "gestion opaque")], got


def test_the_agent_of_a_passive_judgement_speaks_not_the_outlet_relaying_it():
    text = ("La boulangerie Martin, installée depuis 1990, a été écartée du salon par Gourmandia Events. Selon "
            "Ouest-France, sa vitrine a été jugée « trop vieillotte et sans âme » par le concessionnaire.")
    assert _speakers(text) == [("Gourmandia Events", "trop vieillotte et sans âme")], _speakers(text)


def test_a_quoted_participle_with_its_agent_is_no_judgement_of_the_agent():
    # the quoted word is the participle itself: its agent did the act; the subject of « pointe » speaks
    got = _speakers("Le fabricant Tessar rejette toute faute. Il pointe un entretien « bâclé » par les équipes du "
                    "parc Aquaria.")
    assert got == [("Tessar", "bâclé")], got


def test_le_premier_and_le_second_take_up_the_pair_in_order():
    got = _speakers("Paul Girard et Claire Morin se sont opposés jeudi, le premier dénonçant une « trahison pure et "
                    "simple », la seconde une « manœuvre grossière ».")
    assert got == [("Paul Girard", "trahison pure et simple"), ("Claire Morin", "manœuvre grossière")], got


def test_la_seconde_after_a_pair_with_an_apposition():
    got = _speakers("La maire, Anne Roux, et Marc Petit se sont disputés au conseil, le second qualifiant la "
                    "municipalité de « club des amis du béton ».")
    assert got == [("Marc Petit", "club des amis du béton")], got


def test_the_representative_of_the_state_is_the_prefect_named_before():
    # Constitution, art. 72: « le représentant de l'État » in a département is its prefect
    got = _speakers("Le préfet de la Somme, Jean Leroux, a réuni les syndicats et la direction de Picardie Textiles. "
                    "Le représentant de l'État a salué « l'esprit de responsabilité » du groupe.")
    assert got == [("Jean Leroux", "l'esprit de responsabilité")], got


def test_the_management_speaks_for_the_firm_the_article_is_about():
    # « affirme la direction »: the firm named most often, never the union (a body) that opposes it
    text = ("Le syndicat Sudal accuse Hanseong Cells de mettre les salariés en danger. Hanseong Cells emploie 1 400 "
            "personnes à Béthune. « Nous ne céderons pas à ce chantage », affirme la direction.")
    got = {q.text: (q.speaker, q.speaker_resolved) for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes}
    assert got["Nous ne céderons pas à ce chantage"] == ("Hanseong Cells", True)


def test_a_spokesperson_of_an_office_speaks_for_its_one_body():
    # « un porte-parole du conseil régional »: the Région the article names, not the last organisation named
    text = ("La Région Occitanie a promis 400 000 euros à la commune. Le Cercle pyrénéiste de Tarbes dénonce ce choix. "
            "« La subvention finance un bâtiment, pas un gardien », tranche un porte-parole du conseil régional.")
    got = {q.text: (q.speaker, q.speaker_resolved) for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes}
    assert got["La subvention finance un bâtiment, pas un gardien"] == ("Région Occitanie", True)


# Guards from a review of the round's rules (invented passages, judged by hand)
@pytest.mark.parametrize("text,quote,wrong", [
    # a nationality names no town (« français » is not Air France's, « chinois » not Chinon's)
    ("Air France a signé un contrat avec Valmet Industries. Valmet Industries accuse Air France de retards. « Nous "
     "avons livré à temps », affirme le groupe français.", "Nous avons livré à temps", "Air France"),
    ("Le groupe Tianlong a racheté Chinon Energies. « Nous garderons tous les emplois », promet le groupe chinois.",
     "Nous garderons tous les emplois", "Chinon Energies"),
    # an office adjective of another body: the union speaks, not the Region it opposes
    ("La Région Bretagne a supprimé une aide aux éleveurs. « C'est une trahison », lance un porte-parole du syndicat "
     "régional des éleveurs.", "C'est une trahison", "Région Bretagne"),
])
def test_a_speaker_is_not_guessed_from_a_nationality_or_another_body_s_adjective(text, quote, wrong):
    got = {q.text: q.speaker for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes if q.speaker_resolved}
    assert got.get(quote) != wrong


@pytest.mark.parametrize("text", [
    "Le tracé de la nouvelle route, jugé « dangereux » par endroits, sera revu par le département du Finistère.",
    "Le spectacle de la compagnie Les Ondes Vives a été présenté « en avant-première » par le théâtre de Lorient.",
])
def test_an_adverbial_is_no_passive_judge(text):
    # (before the fix: « endroits » and « le théâtre de Lorient » were taken for the judges)
    speakers = [q.speaker for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes]
    assert not any(s and ("endroits" in s or "théâtre" in s) for s in speakers), speakers


def test_the_representative_of_the_state_quoted_is_the_prefect():
    text = ("Le préfet du Finistère, Jean Lamy, a visité l'usine Naval Group de Brest. « L'État sera aux côtés des "
            "salariés », a promis le représentant de l'État.")
    got = {q.text: (q.speaker, q.speaker_resolved) for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes}
    assert got["L'État sera aux côtés des salariés"] == ("Jean Lamy", True)


def _speaker_of(text):
    return {q.text: (q.speaker, q.speaker_resolved) for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes}


@pytest.mark.parametrize("text,quote,speaker", [
    # a paragraph opening on a quotation whose incise pronoun announces the person named right after
    ("« Le quai est fermé depuis mars, déplore-t-elle. Nous perdons des clients. » Sabine Lemaire, gérante de la "
     "crêperie du port, attend une réponse de la mairie.", "Nous perdons des clients.", "Sabine Lemaire"),
    ("« Les travaux reprendront en juin », promet-il. Le directeur du chantier, Hugo Lambert, se veut confiant.",
     "Les travaux reprendront en juin", "Hugo Lambert"),
    # a whole sentence quoted alone, its speaker the subject named first right after it
    ("« On ne dort plus depuis l'ouverture de la piste. » Karine Vidal, riveraine de l'aéroport, a fondé un collectif.",
     "On ne dort plus depuis l'ouverture de la piste.", "Karine Vidal"),
])
def test_a_quotation_opening_a_paragraph_is_said_by_the_person_introduced_after_it(text, quote, speaker):
    assert _speaker_of(text)[quote] == (speaker, True)


@pytest.mark.parametrize("text,quote,speaker", [
    # the person the pronoun takes up was named before: a woman named after it is not « il »
    ("Paul Martin dirige la mairie de Trévou depuis 2014.\n\n« Rien n'est décidé, tempère-t-il. » Julie Roche, "
     "son adjointe, prépare le budget.", "Rien n'est décidé", "Paul Martin"),
    # nor is a person named before in the text
    ("Alice Brun a racheté la librairie. Marc Vidal l'a vendue.\n\n« Je regrette déjà, avoue-t-il. » Alice Brun, "
     "elle, ne regrette rien.", "Je regrette déjà", "Marc Vidal"),
])
def test_a_person_introduced_after_the_quotation_must_agree_and_be_new(text, quote, speaker):
    assert _speaker_of(text)[quote] == (speaker, True)


@pytest.mark.parametrize("text,quote,speaker", [
    # after « ! » or « ? » the incise follows with no comma
    ("« Vous plaisantez ! » s'exclame Robert Lacaze, président du club de voile.", "Vous plaisantez !",
     "Robert Lacaze"),
    ("« Qui paiera la facture ? demande Inès Morel. Pas les habitants, en tout cas. »", "Qui paiera la facture ?",
     "Inès Morel"),
    ("Le conseil s'est ouvert dans le calme.\n\n— Jamais de la vie ! tonne Lucien Brard, élu d'opposition.",
     "Jamais de la vie !", "Lucien Brard"),
    # a pronominal verb in a compound tense heads the incise
    ("« Le pari est gagné, s'est félicitée Élodie Martin. Les ventes ont doublé. »", "Les ventes ont doublé.",
     "Élodie Martin"),
    ("Gérard Pons dirige la coopérative laitière. « Nous avons tenu bon malgré tout, s'est-il réjoui. La collecte "
     "reprend. »", "La collecte reprend.", "Gérard Pons"),
    # the outlet the words were given to, between the verb and the name
    ("« Nous ne vendrons pas, a assuré à l'AFP Damien Caron. La famille reste unie. »", "La famille reste unie.",
     "Damien Caron"),
    ("« La saison est compromise, a regretté auprès du Progrès Laure Fontaine. Il faudra tout reconstruire. »",
     "Il faudra tout reconstruire.", "Laure Fontaine"),
])
def test_incise_after_an_exclamation_a_pronominal_verb_or_an_outlet(text, quote, speaker):
    assert _speaker_of(text)[quote] == (speaker, True)


def test_a_demonstrative_subject_takes_up_the_actor_named_last():
    # (invented) « Celle-ci » is the clinic named last, not the woman the paragraph opened with
    got = _speakers("La députée Anne Rivière a fustigé la préfecture. La mairie a rompu la convention qui la liait à "
                    "la clinique Saint-Luc. Celle-ci a annoncé qu'elle porterait plainte contre la commune.")
    assert [speaker for speaker, _ in got] == ["Saint-Luc"], got


def test_a_demonstrative_before_an_incise_with_its_own_pronoun_is_not_the_speaker():
    # (invented) « Celle-ci, a-t-elle dit, « … » »: « celle-ci » is the convention the quoted words are about,
    # « -elle » the speaker
    got = _speakers("Anne Rivière a rompu la convention avec la clinique Saint-Luc. Celle-ci, a-t-elle dit, "
                    "« n'était plus tenable ».")
    assert [speaker for speaker, _ in got] == ["Anne Rivière"], got

# Press-style cases (2026-12-07): public bodies named by their kind or seat, « on » at a body, participial and
# compound-past speech verbs, demonstrative descriptions. Sentences invented for these tests.
@pytest.mark.parametrize("text,quote,speaker", [
    # « selon la municipalité », « explique-t-on à la mairie »: the one town body the text names
    ("La Ville de Cognac a fermé la piscine Saint-Jacques. Une décision « prise à contrecœur », selon la "
     "municipalité, qui promet un nouveau bassin.", "prise à contrecœur", "Ville de Cognac"),
    ("La Ville de Cognac a fermé la piscine Saint-Jacques. « Le bassin sera refait d'ici à l'été », explique-t-on à "
     "la mairie.", "Le bassin sera refait d'ici à l'été", "Ville de Cognac"),
    # the seat of the regional council stands for the Region
    ("La Région Bretagne a gelé l'aide au chantier naval. « Rien n'est encore tranché », assure-t-on à l'hôtel de "
     "Région.", "Rien n'est encore tranché", "Région Bretagne"),
    # « où l'on » takes up the body just named
    ("La Ville de Cognac a fermé la piscine Saint-Jacques. « Le bassin sera refait », explique-t-on à la mairie, où "
     "l'on précise que les maîtres-nageurs seront tous reclassés.", "les maîtres-nageurs seront tous reclassés",
     "Ville de Cognac"),
    # « la collectivité »: a local authority, the one the text names
    ("La Région Bretagne a financé le chantier naval de Lorient pendant dix ans. La collectivité a gelé mardi son "
     "aide, invoquant « des retards inacceptables » sur la livraison.", "des retards inacceptables", "Région Bretagne"),
    # « Il a précisé … qu'il … »: an active compound past (avoir), whatever the parse made of its subject
    ("Le promoteur Hugo Lestrade a retiré son permis. Il a toutefois précisé à nos confrères qu'il ne renonçait pas "
     "au quartier.", "il ne renonçait pas au quartier", "Hugo Lestrade"),
    # a present participle after an incise: its subject is the incise's, not a name inside the quotation
    ("Le maire, Gilles Aubry, a reçu les commerçants. « Pierre Vidal a eu toutes les aides possibles », a-t-il "
     "répondu mardi, rappelant que la commune avait déjà versé 30 000 euros.", "la commune avait déjà versé",
     "Gilles Aubry"),
    # « Il a fait savoir qu'il … »: the pronoun subject of a speech phrase takes up the person named before
    ("L'ancien comptable du club, Marc Oudin, a été licencié en mars. Il a fait savoir qu'il saisirait les "
     "prud'hommes.", "il saisirait les prud'hommes", "Marc Oudin"),
    # a definite noun with an adjective of origin: the organisation of that town, or of that kind
    ("Le défenseur a signé jeudi chez les Dauphins de Nantes. Le club nantais salue en lui « un joueur "
     "d'exception ».", "un joueur d'exception", "Dauphins de Nantes"),
    ("Bramwell University a rompu son accord avec l'école. L'université britannique reproche à la direction une "
     "« dérive commerciale » depuis le rachat.", "dérive commerciale", "Bramwell University"),
    # a subject inside what the last speaker reports is no new center for the next pronoun
    ("La gérante de la Boulangerie Morel, Anne Pichon, rejette la faute sur le bailleur. Selon elle, la société "
     "Immogest aurait refusé de financer les travaux. « Nous avons alerté le bailleur dès l'été », a-t-elle déclaré "
     "au Progrès.", "Nous avons alerté le bailleur", "Anne Pichon"),
    # a public body the NER types as a place is an organisation opening its sentence
    ("Le technicien a été licencié en mai. La Région Normandie a gelé mardi sa subvention au laboratoire, « dans "
     "l'attente des conclusions de l'audit ».", "dans l'attente des conclusions", "Région Normandie"),
    # a participle after a comma shares the sentence's opening pronoun, not a name in its complements
    ("Le chef Louis Fabre a perdu son étoile. Il conteste la décision de la directrice du guide, la trouvant "
     "« arbitraire ».", "arbitraire", "Louis Fabre"),
    # a demonstrative description, complements and all, takes up the person just named
    ("Le fondateur de la brasserie, Yves Kerhoas, conteste l'amende. Cet ancien pêcheur du port de Concarneau, qui "
     "emploie dix salariés, affirme n'avoir « jamais été prévenu » avant le contrôle.", "jamais été prévenu",
     "Yves Kerhoas"),
])
def test_press_style_bodies_participles_and_descriptions(text, quote, speaker):
    _assert_resolved_speaker(text, quote, speaker)


@pytest.mark.parametrize("text,quote", [
    # the words were given to an outlet: « à l'AFP » is no body « on » speaks for
    ("La Ville de Cognac a fermé la piscine. « Le bassin sera refait », confie-t-on à l'AFP.", "Le bassin sera refait"),
    # two town bodies: « la mairie » is neither
    ("La Ville de Cognac et la Ville de Jarnac ont signé. « Le bassin sera refait », explique-t-on à la mairie.",
     "Le bassin sera refait"),
])
def test_a_body_noun_speaks_only_for_the_one_body_of_its_kind(text, quote):
    found = [q for q in mk.process_document(RawDocument("d", "Titre\n" + text, "d.txt")).quotes if quote in q.text]
    assert found and not found[0].speaker_resolved, [(q.text, q.speaker) for q in found]


def test_a_mixed_quotation_leaves_its_que_clause_a_quote():
    # « Elle assure que … « … » »: the clause, with the narrator's words before the quoted ones, is a quote of its
    # own beside them (the relation sets' quotes: lists count both), both hers
    found = [(q.kind, q.speaker) for q in mk.process_document(RawDocument(
        "d", "Titre\nLa porte-parole du collectif, Inès Barre, assure que les bénévoles tiendront la permanence "
             "« jusqu'à Noël, pas au-delà ».", "d.txt")).quotes]
    assert found == [("indirect", "Inès Barre"), ("direct", "Inès Barre")], found


# General attribution rules of the quotes2 round (2026-12-07): each case invented for the test, failing before.
@pytest.mark.parametrize("text,quote,speaker", [
    # the attribution postposed in a sentence of its own that takes the quoted words up (Riegel et al. ch. XXIII)
    ("La ministre, Anne Roussel, a reçu les élus. Le député Marc Vidal a quitté la salle.\n« On ne bâtit rien sur la "
     "colère. » Ainsi s'exprimait jeudi le Premier ministre, Denis Hervé, devant les sénateurs.",
     "On ne bâtit rien sur la colère.", "Denis Hervé"),
    ("Le gérant, Yves Morin, a été entendu. Son voisin, Luc Perrin, a porté plainte.\n« Je n'ai jamais menacé "
     "personne. » Ce sont les seuls mots prononcés par Yves Morin à l'audience.", "Je n'ai jamais menacé personne.",
     "Yves Morin"),
    ("Le maire, Paul Ricard, défend le projet. L'opposante Nina Blanc le combat.\n« Ce parking est une erreur "
     "historique. » Le constat est signé Nina Blanc.", "Ce parking est une erreur historique.", "Nina Blanc"),
    # the faithful anaphor: a definite description repeating the title a name was given takes up that person
    ("Le ministre des Sports, Hugo Lenoir, a débattu avec le sénateur centriste Paul Arnaud. « Vos chiffres sont "
     "faux », a lancé le ministre. « Ce sont les vôtres », a répondu Hugo Lenoir. « Lesquels ? » a insisté le "
     "sénateur de l'Orne.", "Lesquels ?", "Paul Arnaud"),
    # a dative clitic before the incise's verb (« lui a répondu »)
    ("Le romancier britannique Tom Baker a écrit au maire. Le maire, Jean Rivière, a répliqué sèchement. « Je lis "
     "tous les courriers, monsieur le maire », lui a répondu le romancier.", "Je lis tous les courriers", "Tom Baker"),
    # « avant de dénoncer « … » »: the infinitive's subject is the one the incise names
    ("Le procureur, Alain Brehat, a requis trois ans. « Chaque courrier ignoré est une faute », a-t-il insisté, avant "
     "de dénoncer « un bailleur qui se croyait au-dessus des lois ».", "un bailleur qui se croyait", "Alain Brehat"),
    # « À la mairie, on dénonce « … » »: « on » at the town's seat speaks for the town
    ("La Ville de Cognac a fermé le stade. À la mairie, on dénonce une polémique « montée de toutes pièces par "
     "l'opposition ».", "montée de toutes pièces", "Ville de Cognac"),
    # a colon quotation after a « selon X » aside: the colon's clause has its own subject
    ("Le gardien Paul Diallo est resté muet trois jours. Absent pour « raisons familiales », selon le FC Morlaix, il "
     "a finalement rompu le silence sur Instagram : « Je reste fidèle à ce maillot. »", "Je reste fidèle à ce maillot.",
     "Paul Diallo"),
    # « Réponse de l'entreprise : « … » »: the nominal sentence names the author of the speech act
    ("L'association Rivière propre a porté plainte contre la société Calcia. « Calcia pollue depuis dix ans », "
     "accuse l'association. Réponse de l'entreprise : « Nos rejets sont contrôlés chaque mois. »",
     "Nos rejets sont contrôlés", "Calcia"),
    # « ajoute la même source »: the source of the quotation before
    ("La préfecture du Morbihan a fermé la plage. « L'eau est polluée », indique-t-on à la préfecture. « Aucune "
     "baignade ne sera tolérée », ajoute la même source.", "Aucune baignade", "préfecture du Morbihan"),
    # « confie son entourage »: the circle of the person in focus speaks for them
    ("Le ministre des Transports, Loïc Perrin, a reçu les élus. « Il ne cédera pas sur le calendrier », confie son "
     "entourage.", "Il ne cédera pas", "Loïc Perrin"),
    # a person in a complement of the previous quotation's attribution does not break the chain
    ("La coopérative a exclu l'éleveur Marc Guillou. « La sanction est disproportionnée », fait valoir Me Léa Cadiou, "
     "avocate de Marc Guillou. « Mon client n'a jamais été convoqué. »", "Mon client n'a jamais", "Léa Cadiou"),
    # a quotation opening on its clause's finite verb, the subject before it
    ("Le syndicat accuse la direction de l'usine Valtek de « mépris ». La direction de Valtek, elle, « regrette ces "
     "propos ».", "regrette ces propos", "Valtek"),
    # « Celui-ci … » opening the sentence before: the pronoun of the incise continues the nearer antecedent
    ("Le président du club, Hervé Lang, a limogé l'entraîneur, Paul Morel. Celui-ci a appris la nouvelle par SMS. "
     "« C'est d'une grande lâcheté », dénonce-t-il.", "C'est d'une grande lâcheté", "Paul Morel"),
    # « a lancé la première … a répondu le second »: the terms of the pair just named
    ("Le maire, Jean Roux, et son opposant, Marc Petit, ont débattu. « Le budget est sincère », affirme le premier. "
     "« Il est truqué », rétorque le second.", "Il est truqué", "Marc Petit"),
    # « On assure à la mairie : « … » »: « on » at the town's seat
    ("La Ville de Brest a fermé la piscine. « C'est un scandale », dit Anne Vidal. On assure à la mairie : « Le "
     "bassin rouvrira en mars. »", "Le bassin rouvrira", "Ville de Brest"),
])
def test_general_attribution_rules_of_the_quotes2_round(text, quote, speaker):
    _assert_resolved_speaker(text, quote, speaker)


@pytest.mark.parametrize("incise", ["craint un riverain", "se plaint une habitante", "redoute un commerçant"])
def test_incise_verbs_of_fearing_and_complaining_name_their_own_unnamed_speaker(incise):
    # (speech_verbs.yml incise; « craint », « se plaint »: the -aindre verbs): an unnamed speaker, not the mayor's
    # words going on
    found = [q for q in mk.process_document(RawDocument("d", "Titre\nLe maire, Jean Roux, a fermé l'école. « Nous "
             "n'avions pas le choix », a-t-il expliqué. « Le quartier va mourir », " + incise + ".", "d.txt")).quotes
             if "quartier" in q.text]
    assert found and not found[0].speaker_resolved, [(q.text, q.speaker) for q in found]


def test_an_unnamed_member_of_someones_staff_is_not_the_one_named_in_the_complement():
    # « un ancien adjoint au maire »: another, unnamed person; the mayor in the complement does not speak
    found = [q for q in mk.process_document(RawDocument("d", "Titre\nLe maire, Jean Dufour, a signé l'arrêté. Un "
             "ancien adjoint au maire avait qualifié le bâtiment de « piège à rats » dans un courriel.", "d.txt")).quotes
             if "piège" in q.text]
    assert found and not found[0].speaker_resolved, [(q.text, q.speaker) for q in found]


def test_press_style_articles_quote_speakers():
    """tests/data/press_style: ten invented articles annotated by hand before any run (dev material, not a gold
    set; c_* written for the quotes2 round with 67 quotes, d_* for the quotes3 round with 60 quotes and 5 interview
    answers); every annotated quote, and every interview answer, is found with its speaker, but for the FLOOR_MISSES
    of the c_* articles (entries listed there, left as they are: the actor tagger's canonical names and coreference,
    not the quote rules). The d_* articles have none (49 of their 65 entries right before the quotes3 round)."""
    import pathlib

    import yaml
    from mediakit.text.normalize import normalize_text

    folder = pathlib.Path(__file__).parents[1] / "data" / "press_style"
    wrong = []
    for gold in sorted(folder.glob("*.yml")):
        g = yaml.safe_load(gold.read_text(encoding="utf-8"))
        raw = gold.with_suffix(".txt").read_text(encoding="utf-8")
        result = mk.process_document(RawDocument(g["doc_id"], raw, gold.with_suffix(".txt").name))
        text = normalize_text(raw)
        for e in g["quotes"] + (g.get("qa") or []):
            at = text.find(normalize_text(e["start"]))
            assert at >= 0, e["start"]
            hit = [q for q in result.quotes if q.start <= at + 1 < q.end or at <= q.start < at + len(e["start"])]
            said = (hit[0].speaker if hit[0].speaker_resolved else None) if hit else "(missed)"
            if said != e["speaker"] and not (said and e["speaker"] and normalize_text(said) == normalize_text(e["speaker"])):
                wrong.append((gold.stem, e["start"], e["speaker"], said))
    known = [w for w in wrong if (w[0], w[1]) in FLOOR_MISSES]
    # (the floor: 63 of the 67 c_* quotes right at the end of the quotes2 round, 56 before it)
    assert len(known) <= len(FLOOR_MISSES) and not [w for w in wrong if w not in known], wrong


#: tests/data/relations/tune8: 82 quotes of three quote-dense articles annotated by a helper before any run (a
#: development set): 59 right at 83b4a01, 78 at the end of the round that tuned on it (2026-12-07 night).
TUNE8_QUOTE_FLOOR = 74


def test_quote_dense_development_articles_quote_speakers():
    import pathlib

    import yaml
    from mediakit.text.normalize import normalize_text

    folder = pathlib.Path(__file__).parents[1] / "data" / "relations" / "tune8"
    right = total = 0
    for gold in sorted(folder.glob("*.yml")):
        g = yaml.safe_load(gold.read_text(encoding="utf-8"))
        raw = gold.with_suffix(".txt").read_text(encoding="utf-8")
        result = mk.process_document(RawDocument(g["doc_id"], raw, gold.with_suffix(".txt").name))
        text = normalize_text(raw)
        for e in g["quotes"]:
            at = text.find(normalize_text(e["start"]))
            assert at >= 0, e["start"]
            hit = [q for q in result.quotes if q.start < at + len(normalize_text(e["start"])) and at < q.end]
            said = (hit[0].speaker if hit[0].speaker_resolved else None) if hit else "(missed)"
            total += 1
            # (canonical names compared as the relation scorer does, whatever their case: « préfecture du Morbihan »)
            right += said == e["speaker"] or bool(said and e["speaker"] and normalize_text(said).casefold()
                                                  == normalize_text(e["speaker"]).casefold())
    assert total == 82 and right >= TUNE8_QUOTE_FLOOR, (right, total)


#: The c_* press-style entries still wrong at the end of the quotes2 round (2026-12-07), with why.
FLOOR_MISSES = {
    # « l'entreprise Ligérienne de travaux publics »: the tagger names the firm « Ligérienne »
    ("c_platanes", "Nous interviendrons quand"),
    # « il a pris la parole : « … » » after « Le joueur, lui, s'est muré … »: the description is not linked to
    # the player named in the opening paragraph, the pronoun goes to the agent
    ("c_transfert", "Je respecte ce club"),
    # « glissée par un proche du président »: the tagger links « président » to the last president named (the
    # supporters' association's), so the phrase stays unresolved
    ("c_transfert", "Il n’y aura pas de quatrième"),
    # « assure-t-on au club » with two clubs in the article: no body noun picks one
    ("c_transfert", "Le dossier est clos"),
}


# General attribution rules of the quotes3 round (2026-12-07, generalisation to unseen press): each case invented for
# the test, failing before the round.
@pytest.mark.parametrize("text,quote,speaker", [
 # a: the imperfect of an incise verb, and a verb of interrupting in a debate
 ("La sénatrice, Agnès Morel, a écrit au préfet, Paul Viard. « Nos écoles ferment les unes après les autres », "
  "écrivait-elle en janvier.", "Nos écoles ferment", "Agnès Morel"),
 ("Le député Hugo Lenoir et la maire, Claire Dumas, ont débattu sur France Bleu. « Vous avez fermé trois "
  "crèches », a lancé la maire. « Deux, et vous le savez, coupe le député. Pas trois. »", "Deux, et vous le savez",
  "Hugo Lenoir"),
 # b: a quotation heading its sentence, then a colon and the clause whose subject said it
 ("Le conseil municipal a voté la fermeture du stade. « Un mépris total » : le Collectif des riverains du stade "
  "n'a pas d'autre mot pour ce vote.", "Un mépris total", "Collectif des riverains du stade"),
 ("La préfecture a interdit le rassemblement. « On nous traite comme des délinquants » : Julien Poirier, président "
  "du club de supporters, ne décolère pas.", "On nous traite", "Julien Poirier"),
 # d: « son adversaire »: the one the last speaker faces
 ("Le sortant, Marc Olivier, a été attaqué par Luc Ferrand sur la dette. « La dette a baissé de 10 % », a assuré "
  "Marc Olivier. « Parce que vous avez vendu les bijoux de famille », rétorque son adversaire.",
  "Parce que vous avez vendu", "Luc Ferrand"),
 # e: a written statement as the incise's subject speaks for its author
 ("Jeudi, la société britannique Harbour Lines a annoncé sur LinkedIn l'arrêt de la liaison. « We regret this "
  "decision deeply », indique le message, publié en anglais.", "We regret this decision", "Harbour Lines"),
 # f: a definite role noun with its body is the person given that title, not the body
 ("Karim Benali, délégué CFDT, a quitté la réunion. Sa collègue, Anne Roy, est restée. Le délégué CFDT lui a "
  "répondu sèchement : « On ne négocie pas avec un pistolet sur la tempe. »", "On ne négocie pas",
  "Karim Benali"),
 # g: the agent of « interrompu par » speaks after the colon; « candidat » is a person's noun
 ("Mardi, le maire, Paul Vidal, et le candidat écologiste Tom Garnier ont débattu. « La ville n'a jamais été aussi "
  "propre… », a tenté le maire, interrompu par le candidat écologiste : « Allez donc voir le marché ! »",
  "Allez donc voir le marché", "Tom Garnier"),
 # h: a dateline before a quotation opening the paragraph
 ("QUIMPER, 3 mars 2026 — « Nous ne reculerons pas. » Devant la préfecture, Yann Le Bihan, porte-parole des "
  "marins-pêcheurs, a déroulé la liste des revendications.", "Nous ne reculerons pas", "Yann Le Bihan"),
 # i: a paragraph that is a quotation only, after a paragraph whose last sentence is about a person
 ("Le repreneur a été choisi. Son fondateur, Yann Le Bras, ne cache pas son amertume.\n« J'ai créé cette "
  "entreprise dans mon garage. Aujourd'hui, on me la prend. »", "J'ai créé cette entreprise", "Yann Le Bras"),
 # j: an unnamed head with an adjective of rank speaks for the body the possessive takes up
 ("Le syndicat Sud Rail a appelé à la grève lundi. « Les conducteurs sont à bout », estime son secrétaire "
  "régional.", "Les conducteurs sont à bout", "Sud Rail"),
 ("Le syndicat Sud Rail a appelé à la grève lundi. « Les conducteurs sont à bout », estime sa secrétaire "
  "générale.", "Les conducteurs sont à bout", "Sud Rail"),
 # k: a verb of blame governs the quoted words of the fault's infinitive clauses, however far
 ("La directrice, Nadia Ferrand, accuse l'agence Intérim Plus de facturer certaines gardes jusqu'à 3 000 euros, "
  "très au-delà du plafond réglementaire, et de placer des infirmiers « jamais formés » en réanimation.",
  "jamais formés", "Nadia Ferrand"),
 # l: a verb of denial heading the incise right after the closing mark
 ("Le promoteur Paul Morel a été mis en cause par le maire, Jean Vidal. Le maire a porté plainte. « Je n'ai "
  "jamais signé ce permis », dément le promoteur.", "Je n'ai jamais signé", "Paul Morel"),
 # m: an adverb of manner between the incise's verb and its subject
 ("Le promoteur Paul Morel a été mis en cause par le maire, Jean Vidal. Le maire a porté plainte. « Je n'ai "
  "jamais signé ce permis », réplique sèchement le promoteur.", "Je n'ai jamais signé", "Paul Morel"),
 # n: a feminine participle in the passive, its agent named before the quotation
 ("La mairie de Lorient a été accusée par Lucie Morel d'avoir « sciemment ignoré » les alertes des riverains.",
  "sciemment ignoré", "Lucie Morel"),
 # o: the leader of a body, under another leader's title than the one he was named with
 ("Le directeur général de Nautilia, Hervé Caradec, rejette la faute sur son sous-traitant. Le collectif Mer "
  "Propre, présidé par Anne Morvan, a porté plainte. « Ce collectif vit de la peur », tacle le patron de Nautilia.",
  "Ce collectif vit de la peur", "Hervé Caradec"),
])
def test_quotes3_general_attribution_rules(text, quote, speaker):
    _assert_resolved_speaker(text, quote, speaker)


def test_an_interview_the_paper_held_keeps_answers_citing_words_of_others():
    # « Nous l'avons rencontré » introduces the interview (speech_verbs.yml interview); an answer printed after a
    # dash may cite someone in second-level marks, and stays the interviewee's
    text = ("Titre\nLe gardien du refuge, Samuel Roux, a été licencié en juin. Nous l'avons rencontré à Briançon.\n"
            "— Vous attendiez-vous à ce licenciement ?\n— Oui. Le maire m'avait dit : “Tu ne passeras pas l'été.” Il a "
            "tenu parole.\n— Vous allez contester ?\n— Bien sûr, devant les prud'hommes.\nLe refuge rouvrira en juillet.")
    answers = [(q.text[:8], q.speaker) for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes
               if q.cue == "interview"]
    assert answers == [("Oui. Le ", "Samuel Roux"), ("Bien sûr", "Samuel Roux")], answers


@pytest.mark.parametrize("text,speaker", [
    # (invented, review 2026-12-07) « le géant de … » takes up the organisation last named when no person stands
    # between (« le géant de l'énergie »), not when it may be the person named since (« le géant du tennis »
    # after Théo Garnier: before, Velmora spoke)
    ("Le groupe Velmora a annoncé la fermeture de son site de Lorient. « Nous n'avons pas le choix », a déclaré "
     "le géant de l'énergie.", "Velmora"),
    ("Le groupe Velmora a signé un contrat avec Théo Garnier. « C'est un honneur », a souri le géant du tennis.",
     None),
])
def test_a_periphrasis_of_a_person_or_a_firm_takes_up_no_firm_past_a_person(text, speaker):
    said = [s for _, s, t in quotes(text) if t.startswith(("Nous n'avons", "C'est un"))]
    assert said and (said[0] == speaker or speaker is None and said[0] != "Velmora"), said


def test_a_role_and_its_apposed_name_before_their_verb_are_no_reported_content():
    # (invented, 2026-12-07) « Le lendemain, la présidente de X, Marie Veil, a annoncé la suspension. »: the name
    # apposed to the role is the subject of « a annoncé », not words reported with « la suspension » as an inverted
    # subject (before: a quote of the role and the name, spoken by « la suspension »); a statement closed by an
    # incise still names its source
    a = mk.analyze(pd.DataFrame({"id": ["d"], "text": [
        "Le lendemain, la présidente de Radio France, Marie Veil, a annoncé la suspension. Le club a été vendu à un "
        "fonds américain, a révélé Paul Roux."]}))
    assert list(zip(a.quotes["text"], a.quotes["speaker"])) == [
        ("Le club a été vendu à un fonds américain", "Paul Roux")], a.quotes[["text", "speaker"]]


# Round 4 (2026-12-07): sentences invented for these tests (the held-out errors were read as counts only: a « selon »
# cue gave 2 right and 6 wrong speakers).
@pytest.mark.parametrize("text,quote,speaker", [
    # a verb of judging after « selon X » governs the quotation: its subject's words, X relays them
    ("Selon la CGT, Marie Lenoir juge ces départs « inévitables ».", "inévitables", "Marie Lenoir"),
    ("Les négociations ont échoué mardi. Selon Ouest-France, Marie Lenoir juge la décision « injuste ».", "injuste",
     "Marie Lenoir"),
])
def test_quotes4_a_selon_source_relays_the_words_a_verb_after_it_governs(text, quote, speaker):
    _assert_resolved_speaker(text, quote, speaker)


@pytest.mark.parametrize("text,quote,speaker", [
    # (guards) the words « selon » X sources with no verb of its own after it stay X's
    ("Selon Marie Lenoir, la direction d'Armor Froid a « menti » aux salariés.", "menti", "Marie Lenoir"),
    ("La Ville de Cognac a fermé la piscine Saint-Jacques. Une décision « prise à contrecœur », selon la "
     "municipalité, qui promet un nouveau bassin.", "prise à contrecœur", "Ville de Cognac"),
])
def test_quotes4_a_selon_source_keeps_the_words_no_verb_after_it_governs(text, quote, speaker):
    _assert_resolved_speaker(text, quote, speaker)


# (article, first words of a quotation, its resolved speaker or None): shapes met in the quote-dense development
# set tune8 (2026-12-07 night round), each rewritten here with invented actors; the speaker judged by hand from
# the grammar before the code was run. Each failed before the round.
SPEAKER_CASES_TUNE8 = [
    # a pronoun after an organisation's quotation in the paragraph takes up the person the paragraph is about,
    # not the man who spoke two paragraphs before
    ("Titre\nSur Facebook, le directeur de Vitrex, Marc Olivier, a annoncé la fermeture de l'atelier.\n"
     "Le patron n'y menace pas les grévistes.\nPaul Henrion, lui, ne travaillera plus pour Vitrex. Le magasinier a "
     "été licencié par la direction pour « insubordination ». « Je n'ai fait que mon travail et je le prouverai », "
     "répond-il.", "Je n'ai fait", "Paul Henrion"),
    # « faire savoir » heads an incise as one verb of saying
    ("Titre\nLe fonds Armor Capital est entré au capital de Vélisol. « Nous restons confiants pour la suite », fait "
     "savoir la direction du fonds.", "Nous restons confiants", "Armor Capital"),
    # a side named by an adjective: the union named in the sentence before …
    ("Titre\nLa Fédération des transporteurs routiers de l'Ouest ne décolère pas. Côté syndical, on dénonce « une "
     "concurrence déloyale et organisée » sur le port.", "une concurrence déloyale", "Fédération des transporteurs routiers de l'Ouest"),
    # … or the one the clause after the colon names, whose « on » speaks for it
    ("Titre\nCôté syndical, on fustige « un mépris total des salariés » : au Syndicat des dockers de Sète, on rappelle "
     "que les grues sont à l'arrêt depuis mars.", "les grues sont", "Syndicat des dockers de Sète"),
    # an unnamed spokesperson after « À la préfecture, on … »: the side that « on » spoke for, and the relative
    # after the spokesperson too
    ("Titre\nLa préfecture du Cantal a autorisé le chantier en mai. À la préfecture, on défend le dossier. « Toutes "
     "les règles ont été respectées », explique un porte-parole, qui précise que les travaux reprendront lundi.",
     "Toutes les règles", "préfecture du Cantal"),
    ("Titre\nLa préfecture du Cantal a autorisé le chantier en mai. À la préfecture, on défend le dossier. « Toutes "
     "les règles ont été respectées », explique un porte-parole, qui précise que les travaux reprendront lundi.",
     "les travaux reprendront", "préfecture du Cantal"),
    # questions printed with their quoted answers after « Nous lui avons posé deux questions »
    ("Titre\nLe maire, Jean Castel, soutient le projet de la société Ondéo. Nous lui avons posé deux questions.\n"
     "Pourquoi ce choix ? « Parce que la ville a besoin de ces emplois. »\nLes riverains parlent de gaspillage… "
     "« Ils refusent tout dialogue depuis le premier jour. »", "Ils refusent tout", "Jean Castel"),
    # the words of a written source the sentence opens on: its author when an office adjective names it …
    ("Titre\n« Nous irons jusqu'au bout », prévient Marc Delon. La préfecture de l'Aude a signé le texte. L'arrêté "
     "préfectoral invoque « un risque grave pour la ressource en eau ».", "un risque grave", "préfecture de l'Aude"),
    # … else no one (before: the man quoted just before went on speaking)
    ("Titre\n« Nous irons jusqu'au bout », prévient Marc Delon. Un audit publié en mars relevait « des retards "
     "inquiétants dans les livraisons ».", "des retards inquiétants", None),
    # « selon l'entourage du ministre », the minister unnamed: the ministry the text names (before: the prefecture
    # quoted just before went on)
    ("Titre\n« Nous appliquons la loi », réagit la préfecture du Jura. Le ministère de l'Agriculture suit le dossier "
     "de près. « Le préfet a eu raison de trancher vite », selon l'entourage du ministre.", "Le préfet a eu raison",
     "ministère de l'Agriculture"),
    # guards, from a review of the rules above (the last four gave a speaker with the rules' first version, ad0ff6a):
    # a speaker phrase of the quotation's own is kept after a sentence opening on a written source …
    ("Titre\n« Nous irons jusqu'au bout », prévient Marc Delon. Le plan est « irréaliste et dangereux », juge "
     "Anne Sorel, élue de l'opposition.", "irréaliste et dangereux", "Anne Sorel"),
    # … « Côté » and a town is anyone there, no side that speaks …
    ("Titre\nLa Ville de Marseille a signé avec le club. Côté Aubagne, on dénonce « une injustice totale pour nos "
     "clubs ».", "une injustice totale", None),
    # … a side adjective takes no organisation named pages before …
    ("Titre\nL'Union européenne a validé le plan. Côté syndical, on dénonce « une trahison pure et simple ».",
     "une trahison pure", None),
    # … « questions à » with no « nous » nor « vous »: no interview, the answer is no one's said
    ("Titre\nLe député Paul Roux a posé deux questions à la ministre lundi.\nSa réponse ? « Nous étudions le dossier "
     "avec attention. »", "Nous étudions le dossier", None),
    # … and the minister's circle is not another ministry's
    ("Titre\nLe ministère de l'Agriculture suit le dossier. « Le préfet a eu raison de trancher vite », selon "
     "l'entourage du ministre de l'Intérieur.", "Le préfet a eu raison", None),
    # « Coopérative X » is also called « X »
    ("Titre\nLa Coopérative Terres du Perche a signé avec la fédération. Chez Terres du Perche, on assure que les "
     "silos seront prêts en juin.", "les silos seront", "Coopérative Terres du Perche"),
]


@pytest.mark.parametrize("text,words,speaker", SPEAKER_CASES_TUNE8)
def test_the_speaker_of_a_quotation_in_quote_dense_press(text, words, speaker):
    got = [(q.text, q.speaker if q.speaker_resolved else None) for q in mk.process_document(RawDocument("d", text, "d.txt")).quotes]
    assert [who for said, who in got if said.startswith(words)] == [speaker], got
