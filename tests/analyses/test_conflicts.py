"""Relations: one sentence per construction in, (source, target, polarity, event, modality) out;
the gold scores on tests/data/relations (tune and held-out); the actor network on small inputs."""

from __future__ import annotations

import pytest

import relgold
import summary
from mediakit.analyses import network as net
from mediakit.analyses import event_mood, salience
from mediakit.pipeline import process_document
from mediakit.types import RawDocument

_SCORES: dict = {}


def relations(text: str) -> set[tuple]:
    result = process_document(RawDocument("t", text, "t.txt"))
    return {(r.source, r.target, r.polarity, r.event, r.modality) for r in result.relations}


# Sentences written for these tests (invented actors), one per construction.
CASES = [
    # « son client », « sa cliente » in an unnamed counsel's reported clause: the client the quote tagger made its
    # speaker (counsel.represented; before: nothing)
    ("La fondatrice de la société Lumio, Claire Vidal, a été mise en examen mardi. Hier, l'avocat de la dirigeante a "
     "annoncé que sa cliente poursuivrait Julien Tessier en diffamation.",
     ("Claire Vidal", "Julien Tessier", -1, "sue", "reported")),
    # a cooperation not renewed lapses: a withdrawal, where another negated cooperation is nothing (events.yml
    # renewal_verbs; before: nothing)
    ("Sponsor maillot depuis 2015, la société Drômoise Énergie a annoncé qu'elle ne renouvellerait pas son partenariat "
     "avec le Racing Club de Valence.", ("Drômoise Énergie", "Racing Club de Valence", -1, "withdraw", "reported")),
    ("Le groupe Lactavia a refusé de prolonger le contrat qui le liait à la coopérative Terres du Gers.",
     ("Lactavia", "Terres du Gers", -1, "withdraw", "asserted")),
    ("La mutuelle Mutavie a renouvelé mardi son partenariat avec le club Stade Niortais.",
     ("Mutavie", "Stade Niortais", 1, "partner", "asserted")),
    ("La société Verdalis n'a pas signé de contrat avec la commune de Brive.", None),
    # (review of the round) a renewal still pending or denied is no withdrawal; a lawyer named is no client
    ("La société Verdalis n'a toujours pas renouvelé son contrat avec le club Stade Niortais.", None),
    ("La société Verdalis dément avoir prolongé son contrat avec le club Stade Niortais.", None),
    ("Le patron de la société Lumio, Paul Martin, a été mis en examen mardi. L'avocate Claire Vidal a indiqué que son "
     "client porterait plainte contre Julien Tessier.", None),
    # a verb md tags a noun or an adjective after a description opening its clause, with an adverb or an adverbial
    # locution before its object (events.yml post_verb_locutions; before: nothing)
    ("Le syndicat Unitra a manifesté lundi à Lyon. Le syndicat critique également la société Vernal, qui emploie "
     "300 salariés.", ("Unitra", "Vernal", -1, "criticize", "asserted")),
    ("L'association Rivage Vivant a déposé un recours contre le projet. L'association attaque à son tour la société "
     "Ostrea devant le tribunal.", ("Rivage Vivant", "Ostrea", -1, "criticize", "asserted")),
    # the object the parse hung on the subject noun (« l'autorité … le Cabinet X » as one phrase) is not a name of
    # that noun: « l'autorité » still takes up the authority (before: no source)
    ("L'Autorité des marchés financiers a sanctionné la plateforme Crypteo. Dans sa décision, l'autorité épingle "
     "aussi le Cabinet Varenne, commissaire aux comptes de la plateforme.",
     ("Autorité des marchés financiers", "Cabinet Varenne", -1, "accuse", "asserted")),
    # « dément » after a role noun and its adjective, which md tags an adverb (« dément », insane, is an adjective
    # too): the denial of the accusation made against him (before: nothing)
    ("La CGT Métallurgie accuse le directeur général, Paul Vernet, d'avoir caché le plan aux élus. Le directeur "
     "général dément.", ("Paul Vernet", "CGT Métallurgie", -1, "deny", "asserted")),
    # subject → object
    ("La société Fabrika a critiqué Jeanne Dupuis lundi à Lyon.",
     ("Fabrika", "Jeanne Dupuis", -1, "criticize", "asserted")),
    # à-object of a nominal event in announced speech: a suit announced is a threat (as in the gold)
    ("Le groupe Ardanel a annoncé qu'il allait intenter un procès à Sorvia.",
     ("Ardanel", "Sorvia", -1, "threaten", "reported")),
    # passive with a par-agent
    ("L'entraîneur Marc Olivier a été limogé par Paul Berthier.",
     ("Paul Berthier", "Marc Olivier", -1, "fire", "asserted")),
    # nominal event with de / contre
    ("La plainte de Norvel contre Helmut Kraus a été déposée hier.",
     ("Norvel", "Helmut Kraus", -1, "sue", "asserted")),
    # nominal event with de / par
    ("Le rachat de Lumea par Castorix a été bouclé en mars.",
     ("Castorix", "Lumea", 1, "acquire", "asserted")),
    # dans-object
    ("Le fonds Veradis a investi 20 millions d'euros dans Optalis.",
     ("Veradis", "Optalis", 1, "invest", "asserted")),
    # conditional: alleged
    ("Le laboratoire Pharmex aurait licencié Claire Moreau en janvier.",
     ("Pharmex", "Claire Moreau", -1, "fire", "alleged")),
    # hedge without conditional
    ("Selon plusieurs témoins, Tristan Vallet a critiqué Sophie Marchal.",
     ("Tristan Vallet", "Sophie Marchal", -1, "criticize", "hedged")),
    # threat: prospective, target under the infinitive
    ("Le syndicat Unitra menace de poursuivre Batexa devant le tribunal.",
     ("Unitra", "Batexa", -1, "threaten", "asserted")),
    # praise
    ("Le ministre Julien Lacombe a salué Orfelia pour ses résultats.",
     ("Julien Lacombe", "Orfelia", 1, "praise", "asserted")),
    # object clitic before the verb: the last actor named other than the subject
    ("Helmut Kraus critique la société Fabrika. Jeanne Dupuis l'accuse aussi de fraude.",
     ("Jeanne Dupuis", "Fabrika", -1, "accuse", "asserted")),
    # nominal event whose de-complement is the patient, under the verb's subject
    ("Le syndicat Unitra a appelé au boycott des produits de Batexa.",
     ("Unitra", "Batexa", -1, "boycott", "asserted")),
    # a relationship ended: the other party in the relative clause of the contract
    # (« la métropole de Lorvent » is the intercommunal body, not the town: types.yml institutions)
    ("La métropole de Lorvent a résilié le contrat qui la liait à la société Batexa.",
     ("métropole de Lorvent", "Batexa", -1, "break", "asserted")),
    # the same with a conditional, the subject right before its verb after an incise
    ("Selon Le Figaro, Castorix aurait suspendu le partenariat qui le liait à Lumea.",
     ("Castorix", "Lumea", -1, "withdraw", "alleged")),
    # rejecting claims targets whoever made them
    ("Paul Berthier a accusé Marc Olivier de fraude. Marc Olivier a rejeté ces accusations.",
     ("Marc Olivier", "Paul Berthier", -1, "reject", "asserted")),
    # subject pronoun of a reported clause: the subject of the saying verb
    ("La banque Orlenza a fait savoir qu'elle continuait de soutenir Optalis.",
     ("Orlenza", "Optalis", 1, "support", "reported")),
    # gerund "tout en saluant": "en" is no pronoun; the target after the trigger in its clause
    ("Le ministre Julien Lacombe a répondu sur France Inter, tout en saluant le travail de la société Orfelia.",
     ("Julien Lacombe", "Orfelia", 1, "praise", "asserted")),
    # lexicon: subsidise, formal notice, thank, English "blast"
    ("Le fonds Veradis a subventionné Optalis en 2023.", ("Veradis", "Optalis", 1, "support", "asserted")),
    ("Le groupe Ardanel a mis en demeure Sorvia lundi.", ("Ardanel", "Sorvia", -1, "threaten", "asserted")),
    ("Helmut Kraus a remercié Jeanne Dupuis pour son travail.",
     ("Helmut Kraus", "Jeanne Dupuis", 1, "praise", "asserted")),
    ("Castorix blasted Lumea on Monday.", ("Castorix", "Lumea", -1, "criticize", "asserted")),
    # a referring noun takes the salient antecedent (the previous subject), not the last place named
    ("Lorvent Métropole a rompu avec Batexa, qui construit la ligne Tramex. La collectivité menace de poursuivre "
     "Batexa devant le tribunal administratif.", ("Lorvent Métropole", "Batexa", -1, "threaten", "asserted")),
    # rejected claims target their de-complement, also past a quoted adverbial that cuts the parse
    ("Le groupe Ardanel a rejeté « en bloc » les accusations de la société Fabrika.",
     ("Ardanel", "Fabrika", -1, "reject", "asserted")),
    # the name in close apposition after a noun and its adjective
    ("En mars, la société Castorix a signé un accord de trois ans avec la coopérative normande Terres d'Aulne.",
     ("Castorix", "Terres d'Aulne", 1, "sign", "asserted")),
    # a predicated founding, with a co-founder « aux côtés de »
    ("Helmut Kraus a été l'un des fondateurs de Norvel, aux côtés de Jeanne Dupuis.",
     ("Jeanne Dupuis", "Norvel", 1, "cofound", "asserted")),
    # lexicon: taking a stake, sponsoring, disowning
    ("Le fonds Veradis est entré au capital de Optalis en mars.", ("Veradis", "Optalis", 1, "invest", "asserted")),
    ("Le fonds Veradis a pris une participation dans Optalis.", ("Veradis", "Optalis", 1, "invest", "asserted")),
    ("La société Fabrika parraine le club Lumea depuis 2020.", ("Fabrika", "Lumea", 1, "partner", "asserted")),
    # « a félicité » tagged as the noun « félicité »: the participle after « avoir » is the verb
    ("En visite à Lyon, le député de la circonscription, Julien Lacombe, a félicité Jeanne Dupuis pour son « sang-froid ».",
     ("Julien Lacombe", "Jeanne Dupuis", 1, "praise", "asserted")),
    # a nominal event's participle with its agent, then the party in an « à » / « avec » phrase the parser hangs on
    # the next verb (the issue's « le procès intenté par X à Y »)
    ("Le procès intenté par le groupe Ardanel à la société Sorvia a commencé lundi.",
     ("Ardanel", "Sorvia", -1, "sue", "asserted")),
    ("L'accord signé par le groupe Castorix avec la société Optalis prévoit vingt embauches.",
     ("Castorix", "Optalis", 1, "sign", "asserted")),
    # an indefinite apposition classes the subject it follows: « la fintech » takes it up later
    ("Lumea, une fintech nantaise, a perdu son principal client. Le groupe Ardanel a assigné la fintech devant le "
     "tribunal de commerce.", ("Ardanel", "Lumea", -1, "sue", "asserted")),
    # blame laid on someone (« rejeter la responsabilité sur »), not a rejection
    ("Le maire Paul Garnier rejette la responsabilité de l'incendie sur la société Batexa.",
     ("Paul Garnier", "Batexa", -1, "accuse", "asserted")),
    ("Le ministre Julien Lacombe a désavoué Jeanne Dupuis mardi.",
     ("Julien Lacombe", "Jeanne Dupuis", -1, "criticize", "asserted")),
    # a sector acronym after « groupe de » is a descriptor, not the first word of the name
    ("La métropole de Lorvent a résilié le contrat qui la liait au groupe de BTP Castelbat.",
     ("métropole de Lorvent", "Castelbat", -1, "break", "asserted")),
    # a definite noun in apposition after a name (« X, le spécialiste … qui ») takes it up later
    ("Hexa Games, le spécialiste californien qui a racheté Lumen, a licencié Paul Berthier. "
     "Jeanne Dupuis a critiqué le spécialiste.", ("Jeanne Dupuis", "Hexa Games", -1, "criticize", "asserted")),
    # a cooperation under a verb of ending is withdrawn
    ("Le groupe Ardanel a cessé de financer la société Optalis.", ("Ardanel", "Optalis", -1, "withdraw", "asserted")),
    # a passive's « par » agent hung elsewhere by the parser
    ("Selon le quotidien, le directeur commercial, Marc Olivier, aurait été évincé la semaine dernière par "
     "Paul Berthier, sans qu'aucun motif lui ait été notifié.", ("Paul Berthier", "Marc Olivier", -1, "exclude", "alleged")),
    # lexicon: a trade noun (« le négociant ») takes up the last organisation named as a subject
    ("La société Orvalis a rompu avec Batexa lundi. Le négociant a ensuite critiqué la société Fabrika.",
     ("Orvalis", "Fabrika", -1, "criticize", "asserted")),
    # « accuse » tagged as an adjective with its own subject and object is the verb; « la journaliste »
    # is a role taking up the person named before
    ("La directrice Jeanne Dupuis a quitté Norvel. Dans un long entretien, la journaliste accuse Paul Berthier "
     "d'avoir voulu « mettre le journal au service » du député Marc Olivier.",
     ("Jeanne Dupuis", "Paul Berthier", -1, "accuse", "asserted")),
    # lexicon: « balayer les accusations » (reject, the accuser as target), « attaquer devant le tribunal » (sue)
    ("Un porte-parole de la société Fabrika a balayé les accusations de Batexa.",
     ("Fabrika", "Batexa", -1, "reject", "asserted")),
    ("La société Orvalis a été attaquée vendredi devant le tribunal administratif de Toulouse par Batexa.",
     ("Batexa", "Orvalis", -1, "sue", "asserted")),
    # a nominal event's participle: « l'amende infligée à X par Y » (not the place after « dans »)
    ("L'amende de 2 millions d'euros infligée à Batexa en 2023 par l'Autorité de la concurrence pour entente "
     "dans le Sud-Ouest a été payée.", ("Autorité de la concurrence", "Batexa", -1, "fine", "asserted")),
    # pronouns agree in gender and rank by salience (Lappin & Leass): « Il » is the man, not the
    # more salient subject before it; « l' » is then the woman (the parser labels this « Il » an
    # expletive: outside impersonal verbs it is read as the subject)
    ("Jeanne Dupuis a reçu Paul Berthier lundi. Il l'a pourtant critiquée mardi.",
     ("Paul Berthier", "Jeanne Dupuis", -1, "criticize", "asserted")),
    # a source of information (« d'après Le Parisien ») is not a pronoun's antecedent
    ("Jeanne Dupuis a quitté Norvel, d'après Le Parisien. La société Lumea lui a rendu hommage.",
     ("Lumea", "Jeanne Dupuis", 1, "praise", "asserted")),
    # « remercier » in the passive is a dismissal; active, it is thanks (case above)
    ("Le directeur Marc Olivier a été remercié par la société Fabrika.",
     ("Fabrika", "Marc Olivier", -1, "fire", "asserted")),
    # lexicon: press verbs of poaching and of suing
    ("Le club Lumea a débauché Marc Olivier.", ("Lumea", "Marc Olivier", 1, "hire", "asserted")),
    ("La société Fabrika a traîné Batexa en justice.", ("Fabrika", "Batexa", -1, "sue", "asserted")),
    # a suit brought before a court « contre » a party the parser hung elsewhere: that party, not the court
    ("Le syndicat Unitra a saisi mercredi le tribunal judiciaire de Montpellier contre la société Batexa.",
     ("Unitra", "Batexa", -1, "sue", "asserted")),
    # a joint subject of an agreement without a target: each signs with the other
    # lexicon idioms: « se renvoyer la responsabilité » (each blames the other), « prendre ses distances
    # avec », « prendre fait et cause pour »
    ("Depuis samedi, le président Paul Berthier et la Brigade Verte se renvoient la responsabilité des incidents.",
     ("Brigade Verte", "Paul Berthier", -1, "quarrel", "asserted")),
    ("Le laboratoire Solvanne Pharma a pris ses distances avec l'institut Armorica.",
     ("Solvanne Pharma", "Armorica", -1, "withdraw", "asserted")),
    ("Le syndicat Sud Rail a pris fait et cause pour Jeanne Dupuis.", ("Sud Rail", "Jeanne Dupuis", 1, "support", "asserted")),
    # « l'institut » tagged a proper noun in lower case by the small model is still a common noun
    ("Claire Morvan a été licenciée par la direction de l'Institut Vauclair de recherche biomédicale. Le 14 "
     "novembre, l'Agence nationale de contrôle des essais cliniques a épinglé l'institut pour des « manquements "
     "graves » dans la surveillance de l'essai.",
     ("Agence nationale de contrôle des essais cliniques", "Institut Vauclair", -1, "accuse", "asserted")),
    ("La société Fabrika et le groupe Ardanel ont signé un accord lundi.",
     ("Ardanel", "Fabrika", 1, "sign", "asserted")),
    # the parse hangs the second subject inside the first's name (« Médias » a noun, « Sorvia » its conjunct)
    ("La plateforme américaine Kinéo doit fusionner avec le groupe Altaïr Médias. Altaïr Médias et Kinéo ont signé "
     "le 23 novembre un protocole d'accord valorisant l'ensemble à 1,3 milliard d'euros, sous réserve du feu vert "
     "des autorités de concurrence.", ("Altaïr Médias", "Kinéo", 1, "sign", "asserted")),  # (signed: asserted;
    # « hedged » had come from the hedge « semble » matched inside « l'ensemble »)
    # a name headed by a common noun is taken up by that noun (« l'université » is not a referring noun)
    ("L'Université de Vauclair a rompu avec Batexa. L'université accuse aussi la société Fabrika de fraude.",
     ("Université de Vauclair", "Fabrika", -1, "accuse", "asserted")),
    # « la collectivité » takes up a public body named as a place, not the firm named after it
    ("Lorvent Métropole a rompu avec la société Batexa. La collectivité menace de poursuivre Batexa.",
     ("Lorvent Métropole", "Batexa", -1, "threaten", "asserted")),
    # « les deux fondateurs »: the two persons a founder role was said of (« l'autre cofondatrice »
    # too), not the last two persons named
    ("Le cofondateur de Norvel, Paul Berthier, a quitté la société. L'autre cofondatrice, Jeanne Dupuis, reste "
     "en poste. Le ministre Helmut Kraus a salué leur travail. Les deux fondateurs se sont brouillés en 2024.",
     ("Paul Berthier", "Jeanne Dupuis", -1, "quarrel", "asserted")),
    # a chain of « Elle »: each resolved subject pronoun keeps its actor salient for the next one,
    # three sentences on, over the firms named in between
    ("Jeanne Dupuis a quitté la société Norvel en mars. Elle a rejoint le groupe Ardanel. Elle y dirige la "
     "stratégie. Le groupe Lumea a racheté Ardanel en mai. Elle accuse pourtant Norvel de fraude.",
     ("Jeanne Dupuis", "Norvel", -1, "accuse", "asserted")),
    # a clitic does not take up the organisation its clause's subject leads (here, founded)
    ("Le club Atlas a licencié Paul Morel en mars. Le fondateur du club, Henri Vasseur, lui reproche d'avoir "
     "menti aux joueurs.", ("Henri Vasseur", "Paul Morel", -1, "accuse", "asserted")),
    # a verb coordinated with « démentir » is an act of its own, not a denied one
    ("Paul Berthier a démenti les propos de Jeanne Dupuis et accuse à son tour la société Norvel de fraude.",
     ("Paul Berthier", "Norvel", -1, "accuse", "asserted")),
    # the lemmatizer reads the verb « reproche » as the noun: the -er infinitive is tried
    ("Claire Martin a parlé. Elle reproche aussi à Hervé Quémeneur son silence.",
     ("Claire Martin", "Hervé Quémeneur", -1, "accuse", "asserted")),
    # the tagger reads « accuse » as an adjective heading the sentence: it is the verb
    ("Paul Berthier dirige Norvel. Le dirigeant accuse en outre la société Fabrika d'avoir menti.",
     ("Paul Berthier", "Fabrika", -1, "accuse", "asserted")),
    # a name after coordinated roles (parsed as one more conjunct), and a par-agent behind a description
    ("Son fondateur et directeur artistique, Nicolas Ferrier, a été démis de ses fonctions par l'association Lumea.",
     ("Lumea", "Nicolas Ferrier", -1, "fire", "asserted")),
    # « s'accrocher » (to clash) is a quarrel; « Jeanne Dupuis et lui » a joint subject
    ("Entre elle et Paul Berthier, le courant ne passe plus : Jeanne Dupuis et lui se sont violemment accrochés "
     "en février.", ("Jeanne Dupuis", "Paul Berthier", -1, "quarrel", "asserted")),
    # a verb of saying that is a criticism (« tonne X ») makes the quote an act against whom it names
    ("« Jeanne Dupuis n'a même pas eu le courage de m'appeler, tonne Paul Berthier. Elle nous lâche au pire moment. »",
     ("Paul Berthier", "Jeanne Dupuis", -1, "criticize", "reported")),
    # any verb of manner of saying heads an incise (Grevisse, Le Bon usage §374): « cingle-t-il » blames whom the
    # quote names, « salue X » after the quote praises whom it names
    ("La Métropole a confié le réseau à Transalys. Le patron de Bus Néo, Marc Vidal, ne décolère pas. « Transalys "
     "n'a jamais exploité un réseau de cette taille », cingle-t-il.", ("Marc Vidal", "Transalys", -1, "criticize", "reported")),
    ("« Claire Delmas a sauvé la saison », salue Hugo Ferrand, président du club.",
     ("Hugo Ferrand", "Claire Delmas", 1, "praise", "reported")),
    # a verb of blame judges the subject of its que-clause (Riegel et al., ch. XXIII, discours indirect)
    ("Brive : le maire en colère\nLe maire de Brive, Paul Garnier, déplore que la Région Nouvelle-Aquitaine ait "
     "abandonné le territoire.", ("Paul Garnier", "Région Nouvelle-Aquitaine", -1, "criticize", "reported")),
    # a quoted sentence of clearly negative tone whose subject is an actor is the speaker's blame of that actor, with
    # no word of blame of its own (« accumule les retards et les pannes »)
    ("Titre\nLe syndicat mixte a attribué le contrat de maintenance à Skyrampe. Le PDG de Handlis, Patrick Vernet, ne "
     "décolère pas. « Skyrampe accumule les retards et les pannes », tranche-t-il.",
     ("Patrick Vernet", "Skyrampe", -1, "criticize", "reported")),
    # (guard: a plain statement about the actor is no blame)
    ("Titre\nLe syndicat mixte a attribué le contrat de maintenance à Skyrampe. Le PDG de Handlis, Patrick Vernet, "
     "commente la décision. « Skyrampe a ouvert une agence à Brive », observe-t-il.", None),
    # a sum lent to X backs X (not « prêter attention à X »)
    ("La banque Crédit Alpin prêtera trois millions d'euros au club Sommets Réunis.",
     ("Crédit Alpin", "Sommets Réunis", 1, "support", "asserted")),
    # a case won against X was brought against X
    ("La société Verrex a obtenu gain de cause contre le groupe Polymat.", ("Verrex", "Polymat", -1, "sue", "asserted")),
    # a physical attack or harassment is an act on the person (CAMEO 18), alleged under « selon » and a conditional
    ("Selon plusieurs témoins, le défenseur Marc Tessier aurait giflé l'arbitre Paul Lenoir après le match.",
     ("Marc Tessier", "Paul Lenoir", -1, "attack", "alleged")),
    # a rescue backs its beneficiary
    ("La fondation Ardea a sauvé la librairie Le Chat Lent de la faillite.", ("Ardea", "Le Chat Lent", 1, "support", "asserted")),
    # « décorer » praises with an honour (events.yml praise: « décorer légion »)
    ("Le ministre Paul Garnier a décoré Claire Delmas de la Légion d'honneur.",
     ("Paul Garnier", "Claire Delmas", 1, "praise", "asserted")),
    # a verb of blame over a clause whose subject fails to act, even with « être » (« ne soit pas venue »)
    ("Le maire Paul Garnier regrette que Claire Delmas ne soit pas venue au débat.",
     ("Paul Garnier", "Claire Delmas", -1, "criticize", "reported")),
    # a verbless apposition between commas does not hide the subject from its verb
    ("Le constructeur de maisons individuelles Maisons Delpech, sponsor maillot de l'Union Quercy Rugby (UQR) "
     "depuis 2003, a mis fin vendredi à son contrat de partenariat avec le club.",
     ("Maisons Delpech", "Union Quercy Rugby", -1, "break", "asserted")),
    # a vote (an announcement, a decision) of an ending: its subject ends it, with the party the ended
    # contract names
    ("Par 23 voix contre 6, le conseil municipal de Lorvent a voté jeudi la résiliation du contrat qui confiait "
     "depuis 2011 la gestion de l'eau à la société Aquavia.", ("Lorvent", "Aquavia", -1, "break", "asserted")),
    # « saisir les prud'hommes » (an apostrophe inside the required word); the court's seat is no party,
    # and « son ancien employeur » is whoever fired the plaintiff
    ("Paul Berthier a été licencié en mars par la société Volavia. Il a saisi les prud'hommes de Limoges contre "
     "son ancien employeur.", ("Paul Berthier", "Volavia", -1, "sue", "asserted")),
    # a forum named from its head on (« le conseil de prud'hommes de Rennes »): its seat is no party either
    ("Claire Morvan a été licenciée en juin par l'institut Armorique. Elle a saisi le conseil de prud'hommes de "
     "Rennes contre son ancien employeur.", ("Claire Morvan", "Armorique", -1, "sue", "asserted")),
    # a place named where someone lives or works (« installé à Paris ») is no antecedent of « l' »: the
    # firm named before is the one accused
    ("La start-up Nébula Labs a levé dix millions d'euros. Le développeur Ryan Caldwell, installé à Paris, l'accuse "
     "d'avoir copié son code.", ("Ryan Caldwell", "Nébula Labs", -1, "accuse", "asserted")),
    # a phrase in apposition the parse takes for a conjunct (no « et » closes it) is no second subject
    # (« la coopérative de Lavelanet » is the Tisserands: before the rule it made them a second subject of
    # « a dénoncé », and the contract's party was lost)
    ("Textile : la coopérative de Lavelanet dans la tourmente\nRien ne va plus chez les Tisserands de Lavelanet. "
     "La société Filatex, principal client de la coopérative depuis dix ans, a dénoncé en mars le contrat qui les "
     "liait jusqu'en 2029.", ("Filatex", "Tisserands de Lavelanet", -1, "break", "asserted")),
    # « la cave de Saint-Aurel » is the one organisation whose name holds the place, not the firm named last
    ("Vin : la cave de Saint-Aurel dans la tourmente\nLe négociant Delorme-Vidal a lâché les Vignerons de "
     "Saint-Aurel en février. La société Delorme-Vidal a dénoncé le contrat. Dans la foulée, la cave a mis en "
     "demeure le négociant.", ("Vignerons de Saint-Aurel", "Delorme-Vidal", -1, "threaten", "asserted")),
    # « contre » names a complaint's target, even hung inside its de-phrase, before a place where it is
    # heard (« au parquet de Nantes »)
    ("Le collectif Air Pur ne désarme pas. La plainte du collectif Air Pur contre Batexa pour des rejets de "
     "solvants dans la rivière, déposée en mars, est toujours à l'instruction au parquet de Nantes.",
     ("Air Pur", "Batexa", -1, "sue", "asserted")),
    # what stands before a colon frames the clause after it: the one dismissed is the woman after it,
    # not the owner the parse made the passive's subject
    ("Paul Berthier a racheté le quotidien en mars. Premier acte du nouveau propriétaire : la directrice de la "
     "rédaction, Jeanne Dupuis, a été remerciée par le dirigeant dès le lendemain de la signature.",
     ("Paul Berthier", "Jeanne Dupuis", -1, "fire", "asserted")),
    # « le gestionnaire » is the one the text said manages (« X, la société qui gère l'aéroport »), even
    # a name the tagger typed a place
    ("La compagnie Volavia menace de quitter Brive. Skyport Limousin, la société qui gère l'aéroport, a rejeté "
     "mardi la demande de Volavia. La Région Nouvelle-Aquitaine a réaffirmé son soutien au gestionnaire.",
     ("Région Nouvelle-Aquitaine", "Skyport Limousin", 1, "support", "asserted")),
    # « l'organisateur » is the agent of « organisé par X »
    ("Le marathon de Rennes est organisé depuis 2010 par Ouest Courses. La Fédération française d'athlétisme a "
     "aussitôt critiqué l'organisateur.", ("Fédération française d'athlétisme", "Ouest Courses", -1, "criticize",
                                           "asserted")),
    # a suit that names no defendant is against whoever sanctioned the plaintiff, before their last opponent
    ("Paul Berthier accuse Jeanne Dupuis de mensonge. Paul Berthier a été suspendu en mars par l'Université de "
     "Vauclair. Il a saisi le tribunal administratif de Lyon.",
     ("Paul Berthier", "Université de Vauclair", -1, "sue", "asserted")),
    # « contre » hung on the de-complement of a nominal event; « l'association » takes up « le collectif X »
    ("Le collectif Lorvent Vivant combat le projet. La banque Crédit Alpin finance la station. La plainte de "
     "l'association contre la société Batexa pour destruction de zone humide est toujours à l'instruction.",
     ("Lorvent Vivant", "Batexa", -1, "sue", "asserted")),
    # coordinated descriptions as a joint subject: each is its own actor, and they sign with each other
    ("Le partenariat entre l'Université de Vauclair et le groupe Nexoria, poids lourd américain du cloud, vire au "
     "conflit. En 2024, l'université et l'entreprise avaient signé un accord de 12 millions d'euros.",
     ("Université de Vauclair", "Nexoria", 1, "sign", "asserted")),
    # a few quoted words as object: the sentence reads on to their owner (« le sérieux » de X)
    ("La présidente du club, Karine Delorme, a quitté la réunion. Son directeur régional, Hugo Ferrand, a salué "
     "« le sérieux » de la présidente.", ("Hugo Ferrand", "Karine Delorme", 1, "praise", "asserted")),
    # a cooperation with the source's own object (« son partenaire », « son contrat ») is with its known partner
    ("L'Université de Vauclair et le groupe Nexoria ont signé un accord en 2024. Face aux critiques, l'université "
     "a d'abord défendu son partenaire.", ("Université de Vauclair", "Nexoria", 1, "support", "asserted")),
    # a name the text classed with a common noun (« la franchise X ») is what « l'enseigne » takes up,
    # before a place named since, whatever type the tagger gave the name
    ("La franchise Farinelle recrute. Le département d'Indre-et-Loire investit. L'enseigne a rompu avec la "
     "société Batexa.", ("Farinelle", "Batexa", -1, "break", "asserted")),
    # a description keeps naming the actor it took up: « l'entreprise » later is the same firm
    ("Le partenariat entre l'Université de Vauclair et le groupe Nexoria vire au conflit. En 2024, l'université et "
     "l'entreprise avaient signé un accord. Dans une lettre ouverte, le chercheur Paul Berthier, professeur à "
     "l'université, accuse l'entreprise d'avoir menti.", ("Paul Berthier", "Nexoria", -1, "accuse", "asserted")),
    # a critical verb of saying whose quotation names its target in a later sentence of its own
    ("Paul Berthier dirige Volavia. « Nous payons trop cher depuis des années. La société Batexa nous traite comme "
     "une vache à lait », tonne Paul Berthier.", ("Paul Berthier", "Batexa", -1, "criticize", "reported")),
    # a support named by a noun and cut by the verb (« a réduit la subvention de X ») is withdrawn
    # (the town council acts for the town: its actor is the town)
    ("Le conseil municipal de Lorvent a réduit lundi de 40 % la subvention de l'association Lumea.",
     ("Lorvent", "Lumea", -1, "withdraw", "asserted")),
    # « la commune » takes up the town its council acted for, not the last place named
    ("Le conseil municipal de Lorvent a voté lundi. Le télésiège du Grand-Plan reste fermé. La commune a aussi "
     "rompu avec l'association Lumea.", ("Lorvent", "Lumea", -1, "break", "asserted")),
    # an indefinite apposition classifies the name: « la coopérative » is the firm said to be one
    ("Depuis mardi, Neige Avenir, une société coopérative qui fédère des commerçants, reprend le domaine. "
     "La banque Crédit Alpin finance le projet. Paul Berthier a apporté son soutien à la coopérative.",
     ("Paul Berthier", "Neige Avenir", 1, "support", "asserted")),
    # « une jeune pousse » classifies the name, and « la start-up » (split by the tokenizer) takes it up
    ("Paul Berthier a cofondé en janvier Basalte IA, une jeune pousse spécialisée dans l'imagerie médicale. "
     "Le fonds Lumea a investi dans Norvel. Selon plusieurs sources, Nexoria accuserait la start-up de plagiat.",
     ("Nexoria", "Basalte IA", -1, "accuse", "alleged")),
    # « le maire de X » says that X is a town: « la commune » is X, not the firm named since
    ("Le maire de Lorvent, Paul Berthier, a parlé lundi. Le télésiège du Grand-Plan reste fermé. La commune a "
     "rompu avec l'association Lumea.", ("Lorvent", "Lumea", -1, "break", "asserted")),
    # « aucune intention de » denies the act, even with the noun in quotation marks
    # an act introduced by « sans » did not happen
    ("Le Département de la Dordogne maintient son aide, sans pour autant désavouer la société Norvel.",
     None),
    # a finite verb after a relative incise: the name before « , qui » is its subject
    ("La Région Occitanie, qui avait soutenu financièrement Lumen Forge à hauteur de 2 millions d'euros en 2021, "
     "menace désormais de réclamer à Hexaplay le remboursement des aides.",
     ("Région Occitanie", "Hexaplay", -1, "threaten", "asserted")),
    # a name completing another noun (« de l'usine Tarvel ») is not the subject « il » takes up,
    # even when the parser hangs it on the subject's head
    ("Le syndicat CFDT de l'usine Marvel dénonce la fermeture. Il reproche aussi au groupe Orlan "
     "d'avoir caché ses comptes.", ("CFDT", "Orlan", -1, "accuse", "asserted")),
    # an unknown name throws the tagger off: the present verb right after a name is still its verb
    # (fr_core_news_sm reads « accuse » as an adjective, « investit » as an adverb here)
    ("La CFDT accuse Dorvex d'avoir menti.", ("CFDT", "Dorvex", -1, "accuse", "asserted")),
    ("Helvia Partners investit dans Quantix.", ("Helvia Partners", "Quantix", 1, "invest", "asserted")),
    # a bare name opening a sentence, read as a common noun, is a name: French common nouns take an article
    ("Opalix a attaqué Sorvane en justice.", ("Opalix", "Sorvane", -1, "sue", "asserted")),
    # « le groupe » takes up the firm that opened the text, not the place of the headline, even when the
    # tagger read the firm's verb as an adjective (« Dorvex traverse »)
    ("Dorvex traverse une crise. Le groupe a signé un accord avec le fonds Helvia Partners.",
     ("Dorvex", "Helvia Partners", 1, "sign", "asserted")),
    # the narrator's « Il » is neither the outlet the speaker talked to nor a name inside his words
    ("Paul Girard a quitté le Stade Plouvic, présidé par Hugo Martin. « J'ai aimé mes années à Plouvic », "
     "a-t-il confié au Télégramme. Il a toutefois égratigné son ancien président.",
     ("Paul Girard", "Hugo Martin", -1, "criticize", "asserted")),
    # an event noun subject of « viser » is aimed at the verb's object
    ("La plainte déposée par la Fnath vise aussi le directeur, Marc Aubin.",
     ("Fnath", "Marc Aubin", -1, "sue", "asserted")),
    # « dément » read as an adverb is the verb « démentir »; the denial targets the accuser
    ("Anne Roux a accusé Marc Caradec de harcèlement. Marc Caradec dément les accusations d'Anne Roux.",
     ("Marc Caradec", "Anne Roux", -1, "deny", "asserted")),
    # « entrer » takes « être »: no passive; « son entrée au capital de X » is the same investment
    ("La banque Crédimar est entrée au capital de la société Ventoria.",
     ("Crédimar", "Ventoria", 1, "invest", "asserted")),
    ("La banque Crédimar a annoncé son entrée au capital de la société Ventoria.",
     ("Crédimar", "Ventoria", 1, "invest", "asserted")),
    # work entrusted: to whom is the à-complement, which the parser hangs on the thing entrusted,
    # not the place named in it (before: no event, then the place as target)
    ("La société Ardanel a confié pour six ans la gestion de la médiathèque Jules-Verne à la société Lectura.",
     ("Ardanel", "Lectura", 1, "hire", "asserted")),
    ("La société Ardanel a attribué lundi à la société Batiroc le contrat de transport.",
     ("Ardanel", "Batiroc", 1, "hire", "asserted")),
    # a relative pronoun after a preposition stands for the noun its clause hangs on (before: no target)
    ("Le groupe Armorsanté, avec lequel l’agence Santéa a signé jeudi une convention, reprendra le service.",
     ("Santéa", "Armorsanté", 1, "sign", "asserted")),
    # a labelling verb criticises, or praises when its words read positive; a thing's owner is the target
    ("Le docteur Paul Henry qualifie le plan de la société Ardanel de « fiasco annoncé ».",
     ("Paul Henry", "Ardanel", -1, "criticize", "asserted")),
    ("Le maire Paul Henry qualifie la société Ardanel de « partenaire exemplaire et remarquable ».",
     ("Paul Henry", "Ardanel", 1, "praise", "asserted")),
    # the label starts at the first « de » past the object, whatever « de » it holds
    ("Le maire Paul Henry qualifie la société Ardanel de « partenaire exemplaire de la commune ».",
     ("Paul Henry", "Ardanel", 1, "praise", "asserted")),
    # a team that qualifies labels no one
    ("Le Stade rennais s'est qualifié aux dépens de l'Olympique de Marseille.", None),
    # the « en » of a plain « prendre » is an object (guard: « s'en prendre » alone empties it)
    ("La société Ardanel cherchait un repreneur. Le groupe Batiroc en a pris le contrôle en mars.",
     ("Batiroc", "Ardanel", 1, "acquire", "asserted")),
    # « prendre parti » only with whom it sides (« la tête du Parti » is no side taken)
    ("Olivier Faure a pris la tête du Parti socialiste.", None),
    # a support restated (read through the noun before the verb entries: a guard); a side taken; damages claimed
    ("La société Ardanel a réaffirmé mardi son soutien à la société Batiroc.",
     ("Ardanel", "Batiroc", 1, "support", "asserted")),
    ("La ville de Rezé a pris le parti de la société Batiroc.",
     ("Rezé", "Batiroc", 1, "support", "asserted")),
    ("La société Ardanel demandera des dommages et intérêts à la société Batiroc.",
     ("Ardanel", "Batiroc", -1, "sue", "asserted")),
    # a lie in a quotation is an accusation, whatever the verb's person (« ment », « mentent »)
    ("« Les gens de Batiroc mentent et ils le savent », affirme Marie Leroy.",
     ("Marie Leroy", "Batiroc", -1, "accuse", "reported")),
    # the « en » of « s'en prendre à » stands for nothing: the target is the à-object, not the firm
    # named before (which « en » took up before the rule)
    ("Le directeur général de la société Lectura, Thibault Rancurel, parle. Le dirigeant s'en prend toutefois "
     "au syndicat CGT-Services.", ("Thibault Rancurel", "CGT-Services", -1, "criticize", "asserted")),
    # « un procès d'intention » is a criticism, no threatened suit
    ("Chez Ardanel, on dénonce « un procès d'intention » mené par la société Batiroc.",
     ("Ardanel", "Batiroc", -1, "criticize", "asserted")),
    # a firm named with its trade (« les Fonderies Tarvel ») is also called by its own name alone
    ("Les Fonderies Tarvel ferment leur site. « Tarvel a touché des millions d'aides », accuse Paul Roux.",
     ("Paul Roux", "Fonderies Tarvel", -1, "accuse", "reported")),
    # « celle-ci », « celui-ci » (one word since tokens.yml) take up the actor named last, not the
    # more salient subject (before: the tokenizer's three pieces named no one)
    ("L'association Lire Ensemble a rencontré mardi la maire, Sophie Marchal. Celle-ci a accusé "
     "l'association de bloquer le projet.", ("Sophie Marchal", "Lire Ensemble", -1, "accuse", "asserted")),
    ("Le club a saisi la société Ardanel, mais celle-ci a critiqué la société Batiroc.",
     ("Ardanel", "Batiroc", -1, "criticize", "asserted")),
    ("Paul Henry a rencontré Marie Leroy. Celui-ci a critiqué la société Batiroc.",
     ("Paul Henry", "Batiroc", -1, "criticize", "asserted")),
    # « les deux groupes » of a reciprocal verb are the last two organisations, not the persons
    # who lead them (before: Paul Henry and Marie Leroy quarrelled)
    ("La société Ardanel, dirigée par Paul Henry, a perdu le marché. Le groupe Batiroc, présidé par Marie "
     "Leroy, l'a remporté. Les deux groupes se sont ensuite querellés.",
     ("Ardanel", "Batiroc", -1, "quarrel", "asserted")),
    # a plural subject with « se » accuses each of the other (before: no event)
    ("La société Ardanel, dirigée par Paul Henry, a perdu le marché. Le groupe Batiroc, présidé par Marie "
     "Leroy, l'a remporté. Les deux organisations se sont mutuellement accusées de mentir.",
     ("Batiroc", "Ardanel", -1, "accuse", "asserted")),
    ("Paul Henry et Marc Tessier ont fondé la société. Ils se sont accusés de détournement devant le tribunal.",
     ("Marc Tessier", "Paul Henry", -1, "accuse", "asserted")),
    # other reflexives are verbs of their own: no one praised or left the other (guards)
    ("Paul Henry et Marc Tessier ont fondé la société. Ils se sont félicités de l'accord.", None),
    ("Paul Henry et Marc Tessier ont fondé la société. Ils se sont retirés du projet en mars.", None),
    # « Chez X, on … », « Dans l'entourage de X, on … »: X's side acts (before: no source)
    ("La société Ardanel a critiqué le maire. Chez Batiroc, on soutient la société Ardanel.",
     ("Batiroc", "Ardanel", 1, "support", "asserted")),
    ("Le maire Paul Henry a reçu la société Ardanel. Dans l'entourage du maire, on dénonce la société Ardanel.",
     ("Paul Henry", "Ardanel", -1, "criticize", "asserted")),
    # « réfuter » a charge answers the accuser, as « démentir » does (before: no target)
    ("Paul Henry accuse la société Ardanel de pressions sur les producteurs. La société Ardanel réfute toute pression.",
     ("Ardanel", "Paul Henry", -1, "deny", "asserted")),
    # a suit or an appeal against a decision is against who made it: the passive's agent before, the
    # voter of « la fermeture » for « la décision », the one who fined (before: no target)
    ("Le permis de construire a été accordé en février par le maire, Jean-Luc Vanderbeken. L'association "
     "Capreau Nature a déposé un recours contre le permis de construire.",
     ("Capreau Nature", "Jean-Luc Vanderbeken", -1, "sue", "asserted")),
    ("La société Ardanel a voté la fermeture du site. L'association Parents Unis a saisi le tribunal "
     "administratif pour faire annuler la décision.", ("Parents Unis", "Ardanel", -1, "sue", "asserted")),
    ("La Fédération française de football a infligé une amende au FC Montbrison. Le FC Montbrison fera appel "
     "de la sanction.", ("FC Montbrison", "Fédération française de football", -1, "sue", "asserted")),
    # a court seized after a fine is against who fined (one list of coercive acts for suits and appeals;
    # before, a fine was not among those a court case answers)
    ("La Fédération française de football a infligé une amende au FC Montbrison. Le FC Montbrison a saisi le "
     "tribunal administratif.", ("FC Montbrison", "Fédération française de football", -1, "sue", "asserted")),
    # blame laid on someone (« tenir X pour (seul) responsable », « rendre X responsable »; before: nothing)
    ("Le syndicat CGT tient la société Orban pour seul responsable de la crise.",
     ("CGT", "Orban", -1, "accuse", "asserted")),
    ("La société Orban rend le syndicat CGT responsable du blocage.", ("Orban", "CGT", -1, "accuse", "asserted")),
    # the act someone is accused of is theirs, and alleged (object control; before: the accuser's, asserted,
    # or no source at all where the parse made the object a subject)
    ("Paul Henry reproche à la société Orban d'avoir racheté la société Logivia.",
     ("Orban", "Logivia", 1, "acquire", "alleged")),
    ("Le syndicat CGT accuse la société Orban d'avoir licencié Thierry Massart.",
     ("Orban", "Thierry Massart", -1, "fire", "alleged")),
    ("L'Autorité de la concurrence a sanctionné la société Altexis, lui reprochant d'avoir racheté la société "
     "Logivia sans autorisation.", ("Altexis", "Logivia", 1, "acquire", "alleged")),
    # the suit's kind between the noun and its parties (« la plainte en diffamation de X contre Y »; before: nothing)
    ("La plainte en diffamation de la société Orban contre Didier Laborde a été déposée vendredi.",
     ("Orban", "Didier Laborde", -1, "sue", "asserted")),
    # a narrated description takes up the narration's actors, not one named in a speaker's words (before:
    # « le syndicat » was Altexis, named in the quotation, and the threat against itself was dropped)
    ("L'Union des cadres du numérique (UCN) dénonce un « carnage social ». « Altexis a menti à tout le monde », "
     "fulmine son délégué central, Bastien Kerouac. Le syndicat menace de poursuivre Altexis.",
     ("Union des cadres du numérique", "Altexis", -1, "threaten", "asserted")),
    # a noun naming a party by its part in an act told before (parties.py; before: unresolved, no target or source)
    ("Le groupe Altexis a racheté la société Logivia. Anne Roux a critiqué mercredi la brutalité du repreneur.",
     ("Anne Roux", "Altexis", -1, "criticize", "asserted")),
    ("Le groupe Altexis a racheté la société Logivia. Nadia Ferhat a été limogée par le nouvel actionnaire.",
     ("Altexis", "Nadia Ferhat", -1, "fire", "asserted")),
    ("L'association Vivre Ici a porté plainte contre la société Batilys. Le groupe Orpéa soutient la plaignante.",
     ("Orpéa", "Vivre Ici", 1, "support", "asserted")),
    # « l'éditeur » taken up after « l'éditeur nantais de logiciels de paie X » (before: another firm)
    ("Le groupe Altexis a racheté l'éditeur nantais de logiciels de paie Logivia. Le fonds Pyrène a investi dans "
     "Paysoft. La Mutuelle Armorique, premier client de l'éditeur, a résilié son contrat.",
     ("Mutuelle Armorique", "Logivia", -1, "break", "asserted")),
    # a party named inside a topic phrase is not the quarrel's other side (« sur le choix du repreneur »)
    ("Inès Moreau et Julien Ferrand dirigent la société Lumeris. Le fonds Orkan a racheté la société Sérane. "
     "Les deux associés se sont brouillés sur le choix du repreneur, selon Les Échos.",
     ("Inès Moreau", "Julien Ferrand", -1, "quarrel", "hedged")),
    # the people hired are the party, not their employer (before: a hire of the hospital, of Lidl)
    ("La clinique Bocage Santé a recruté deux urgentistes de l'hôpital de Vire.", None),
    ("La société Orban a recruté le directeur financier de la société Lidl.", None),
    # a trade complement's capital after « de » is the firm's client, not the firm (« le fournisseur de batteries
    # d'Orban »); resigning is no act against whoever is named after it
    ("Le fournisseur de batteries d'Orban a licencié trente salariés. La CGT a critiqué le fournisseur.", None),
    ("Le ministre Paul Roux a démissionné du gouvernement après les accusations de la société Orban.", None),
    # another sense of the verb: « engager des discussions » hires no one (before: a hire)
    ("Le syndicat mixte de Castres a engagé des discussions avec la compagnie régionale Volanis.", None),
    # a call to act on coordinated objects: the parse hangs « à boycotter » on the last of them (before: no source)
    ("La société CPSO a appelé ses adhérents et leurs familles à boycotter les magasins de la société Orban.",
     ("CPSO", "Orban", -1, "boycott", "asserted")),
    # « contester toute N » denies a charge of any kind, and answers the accuser (before: nothing)
    ("La société NordCell accuse la société Voltanéo de contrefaçon. Voltanéo conteste fermement toute contrefaçon.",
     ("Voltanéo", "NordCell", -1, "deny", "asserted")),
    # « rompre un accord » is a break (before: nothing, or only a new « accord » signed)
    ("Mais la société Orban a rompu cet accord avec la société Intermed début novembre.",
     ("Orban", "Intermed", -1, "break", "asserted")),
    # a tie's binding words that name no other party leave the parse's target (review of the round)
    ("La société Orban a rompu son contrat avec la société Intermed entre deux saisons.",
     ("Orban", "Intermed", -1, "break", "asserted")),
    ("Le maire Paul Roux a résilié le contrat qui lie la commune à la société Orban.",
     ("Paul Roux", "Orban", -1, "break", "asserted")),
    # a lexicon verb the tagger read as a noun hung on « Role, Name, » (before: nothing)
    ("Le président du syndicat mixte, Jean-Marc Bories, dénonce un « chantage » de la société SkyNova.",
     ("Jean-Marc Bories", "SkyNova", -1, "criticize", "asserted")),
    # an act offered: its complements hang on the offer noun (before: no target)
    ("Le groupe Vinci a déposé une offre de reprise de la société Lumeris.", ("Vinci", "Lumeris", 1, "acquire", "asserted")),
    # (the conditional on the light verb makes it alleged: relations/README.md, « alleged wins » over « selon »)
    ("Selon plusieurs sources, la société NordCell aurait fait une offre d'embauche à Mathieu Berthier.",
     ("NordCell", "Mathieu Berthier", 1, "hire", "alleged")),
    # a fronted « à » phrase on a firm is still to whom (only a place or a public body is a setting)
    ("À la société Orban, la CGT reproche son manque de transparence.", ("CGT", "Orban", -1, "accuse", "asserted")),
    ("La Région Bretagne a versé une aide de deux millions d'euros à la société Verrex.",
     ("Région Bretagne", "Verrex", 1, "support", "asserted")),
    # « À la Région X, on … » speaks for the body; the fronted « à » phrase is no target (before: X → X, dropped)
    ("La Région Occitanie soutient le syndicat mixte. À la Région Occitanie, on fustige l'attitude « cynique » de "
     "la société SkyNova.", ("Région Occitanie", "SkyNova", -1, "criticize", "asserted")),
    # a suit against a tie is against the party it binds (before: no target)
    ("L'association Tarn Ciel Propre a déposé en avril un recours devant le tribunal administratif de Toulouse "
     "contre la convention liant la société Aérolis à la société SkyNova.",
     ("Tarn Ciel Propre", "Aérolis", -1, "sue", "asserted")),
    # (the threat to end it is aimed at that party too, and one entry per act keeps the threat, as the gold codes
    # « menace de résilier la délégation »: before, the threat had no target and the break was kept)
    ("La présidente de la société EBA, Karine Delorme, menace désormais de rompre la convention d'occupation qui "
     "lie l'EBA à la société Sallia.", ("Karine Delorme", "Sallia", -1, "threaten", "asserted")),
    # « ce dernier », « cette dernière »: the latter, of its gender (before: unresolved, no target or source)
    ("Le docteur Antoine Lebreton dénonce la fermeture des lits. Ce dernier a été démis de ses fonctions par la "
     "directrice, Sylvie Martinache.", ("Sylvie Martinache", "Antoine Lebreton", -1, "fire", "asserted")),
    ("Anne Morel a rencontré Paul Roux lundi. Cette dernière accuse la société Orban de mentir.",
     ("Anne Morel", "Orban", -1, "accuse", "asserted")),
    # a present verb the tagger read as the adjective of the description before it (« Le syndicat
    # critique … » parsed as a noun phrase; before: nothing)
    ("Le syndicat Unitra a manifesté lundi à Lyon. Le syndicat critique la société Vernal.",
     ("Unitra", "Vernal", -1, "criticize", "asserted")),
    # a noun apposed to a person names her later (« la franchisée »; before: no source)
    ("Laure Brochet, la plus importante franchisée de Farinelle en Touraine, a reçu une lettre. Devant le "
     "tribunal, la franchisée a assigné la société Farinelle en référé.",
     ("Laure Brochet", "Farinelle", -1, "sue", "asserted")),
    # whom a support is for: « pour X » (before: no target)
    ("Le docteur Paul Roux a été suspendu lundi. Le syndicat Unitra a pris fait et cause pour le docteur Paul Roux.",
     ("Unitra", "Paul Roux", 1, "support", "asserted")),
    # an irregular participle the tagger read as an adjective (« prise », lemma « pris »; before: nothing)
    ("La ministre Anne Morel s'en est prise à la société Orban.", ("Anne Morel", "Orban", -1, "criticize", "asserted")),
    # a definite apposition after a name and its acronym (« X (SAG), la société qui … »), or closed by
    # a participle (« X, le prestataire toulousain chargé de … »), names the name (before: the
    # description took up the wrong firm)
    ("Sud Aéroports Gestion (SAG), la société qui exploite la plateforme, a résilié le contrat d'Escale "
     "Assistance. La société aéroportuaire a attribué le marché à Tarraco Handling.",
     ("Sud Aéroports Gestion", "Tarraco Handling", 1, "hire", "asserted")),
    ("Le groupe Aérolia a résilié lundi le contrat confié à Escale Assistance, le prestataire toulousain chargé "
     "des bagages. Le directeur, Hervé Castagné, accuse le prestataire sortant d'avoir dégarni les équipes.",
     ("Hervé Castagné", "Escale Assistance", -1, "accuse", "asserted")),
    # « en référé »: « en » takes no past participle, so « référé » is the procedure the parser read as a
    # verb, with the object hung on it as its subject (before: no target); « le bailleur social X » types
    # X a firm (before: a place, for « Rhin »)
    ("L'Association des locataires des Coteaux (ALC) a assigné jeudi en référé le bailleur social Habitat "
     "Rhin-Sud devant le tribunal judiciaire de Mulhouse.",
     ("Association des locataires des Coteaux", "Habitat Rhin-Sud", -1, "sue", "asserted")),
    # the manager of a firm rejecting « ces accusations » answers those made against his firm (before:
    # no role phrase « le gérant de X & Y », and an accusation of the firm was not one of him)
    ("La Coopérative des trufficulteurs du Ventoux accuse Tuber & Co d'avoir écoulé des truffes de Chine. Le "
     "gérant de Tuber & Co, Raphaël Bonnefoy, rejette ces accusations en bloc.",
     ("Raphaël Bonnefoy", "Coopérative des trufficulteurs du Ventoux", -1, "reject", "asserted")),
    # a clitic or a pronoun object takes up neither the source nor the organisation the source leads
    # (before: « l' » was Habitat Rhin-Sud, « lui » the club); the role's complement may be a
    # description of that organisation (« la présidente du club »)
    ("Gardien de la tour B, Rachid Ouali a été licencié le 2 décembre par Habitat Rhin-Sud. Le directeur général "
     "d'Habitat Rhin-Sud, Thierry Kessler, l'aurait déjà écarté en octobre des réunions de chantier.",
     ("Thierry Kessler", "Rachid Ouali", -1, "exclude", "alleged")),
    ("L'Étoile Basket Angevine joue dans une salle gérée par la société Sallia Events. La présidente du club, "
     "Karine Delorme, lui reproche d'avoir triplé le loyer.",
     ("Karine Delorme", "Sallia Events", -1, "accuse", "asserted")),
    # « son ancien employeur » is the one who fired the person, not the firm that hired them since
    # (before: the latest hirer)
    ("Julien Mas a été licencié par Escale Assistance en novembre. La société Tarraco Handling l'a recruté la "
     "semaine dernière. Julien Mas a saisi les prud'hommes contre son ancien employeur.",
     ("Julien Mas", "Escale Assistance", -1, "sue", "asserted")),
    # a short « à » phrase between a firm's noun and its name (« la compagnie à bas coût X ») still
    # classes the name (before: « la compagnie » took up the firm named before)
    ("La société Tarraco Handling a remporté le marché. La compagnie à bas coût Volantis suit la bataille de près. "
     "Un porte-parole de la compagnie a salué la décision de la société Sud Aéroports Gestion.",
     ("Volantis", "Sud Aéroports Gestion", 1, "praise", "asserted")),
    # « a officialisé l'arrivée de X »: the arrival the trigger needs names the person hired, not the
    # employer of unnamed staff (before: dropped as « le directeur de X »)
    ("La société Orvane a officialisé mardi l'arrivée de Marco Vettori comme directeur sportif.",
     ("Orvane", "Marco Vettori", 1, "hire", "asserted")),
    # a bare trade noun apposed to a name and its acronym (« X (ACA), concessionnaire de l'A10, »), even
    # tagged an adjective, classes the name (before: « le concessionnaire » took up the firm named after)
    ("Après vingt-deux ans, la société niortaise Relais Horizon devra partir. Autoroutes Centre-Atlantique (ACA), "
     "concessionnaire de l'A10 entre Tours et Niort, l'a écartée et a confié la sous-concession au groupe lyonnais "
     "Viatelle. Relais Horizon a assigné lundi le concessionnaire devant le tribunal administratif.",
     ("Relais Horizon", "Autoroutes Centre-Atlantique", -1, "sue", "asserted")),
    # « X a de son côté assigné Y »: md hangs the auxiliary, the subject and the object on « côté »; the
    # subject and the bare-noun object are the participle's (before: the source was the last person
    # named, Kévin Schaller), and a name apposed after the object's complement names it (« le fabricant
    # allemand de l'attraction, X, »; before: « le fabricant » took up the buyer named first)
    ("Kévin Schaller a porté plainte contre le parc. Le Royaume d'Ysengrin a de son côté assigné le fabricant "
     "allemand Kessler Fahrgeschäfte, qu'il accuse d'avoir livré des freins défectueux.",
     ("Royaume d'Ysengrin", "Kessler Fahrgeschäfte", -1, "sue", "asserted")),
    ("Le groupe Meridia Ocio a racheté le parc. Le Royaume d'Ysengrin a de son côté assigné le fabricant allemand de "
     "l'attraction, Kessler Fahrgeschäfte, qu'il accuse d'avoir livré des freins défectueux.",
     ("Royaume d'Ysengrin", "Kessler Fahrgeschäfte", -1, "sue", "asserted")),
    # « l'hôpital » takes up a name opening on « Centre hospitalier » (events.yml name_head_nouns)
    ("Depuis le 1er décembre, les urgences du Centre hospitalier Val-de-Creuse ferment trois nuits par semaine. "
     "L'hôpital a résilié son contrat avec la société Orvane.",
     ("Centre hospitalier Val-de-Creuse", "Orvane", -1, "break", "asserted")),
    # a description takes up the most salient actor of its kind, recency weighing with the role (Lappin &
    # Leass): the object of the last sentence, not the subject of two sentences back (before: the fund)
    ("Le fonds lyonnais Rhône Amorçage a investi 2 millions d'euros dans Basalte IA. La compagnie Armor "
     "Traversées a rompu avec Chantiers Trévarez en mai. Jeudi, la compagnie a assigné le constructeur devant le "
     "tribunal de commerce.", ("Armor Traversées", "Chantiers Trévarez", -1, "sue", "asserted")),
    # 2026-12-07 midday round, judged by hand from the grammar (invented actors):
    # a stressed pronoun that takes up a subject named before it is that subject: « L'opposition, elle, … » is
    # no act of the body named in the sentence before (before: Métropole → Marc Aubier)
    ("La Métropole a gelé la subvention du club. L’opposition, elle, s’en prend au président, Marc Aubier.", None),
    # a present form of an event verb md read as a noun of the subject before it, with an article or « de » +
    # infinitive after it, is that subject's verb; also when md cut the subject and its comma off as a sentence
    # of its own (before: no event in either)
    ("Le chantier du stade accuse deux ans de retard. Le groupe Bâtiroc, de son côté, menace de poursuivre la "
     "Métropole de Lunel.", ("Bâtiroc", "Métropole de Lunel", -1, "threaten", "asserted")),
    ("Le groupe Hexalis a signé avec la Ville de Dole. Hexalis, quant à lui, critique la Région Jura.",
     ("Hexalis", "Région Jura", -1, "criticize", "asserted")),
    # a present form of an -er verb right after « et », with an article after it and none of its own, is a verb
    # (md: a noun, whose object went to the first verb; before: no threat)
    ("Le député Paul Arnaud critique la candidate Inès Caradec. « Paul fait le jeu de la droite », a répliqué Inès "
     "Caradec. Le secrétaire général du parti, Marc Deval, lui a renouvelé sa confiance et menace le député "
     "d’exclusion s’il présente une liste dissidente.", ("Marc Deval", "Paul Arnaud", -1, "threaten", "asserted")),
    # a firm's trade noun (« son ancien fournisseur ») takes up no body the text classed as an association, however
    # recent (before: the association named in the sentence before)
    ("Le juge a condamné la société Verdalis. Les familles, réunies au sein de l’association Pain Juste, s’étaient "
     "portées parties civiles. La Ville de Lunel, qui réclamait 90 000 euros de dommages et intérêts à son ancien "
     "fournisseur, a été déboutée.", ("Ville de Lunel", "Verdalis", -1, "sue", "asserted")),
    # a plural noun of people takes up the one organisation named after them (events.yml member_nouns; before:
    # « les riverains », « les usagers » took up no one)
    ("Le Collectif des riverains de la Vallée Verte a déposé un recours contre Ecoval. Lundi, les riverains ont "
     "accusé la société de polluer la rivière.",
     ("Collectif des riverains de la Vallée Verte", "Ecoval", -1, "accuse", "asserted")),
    ("La mairie de Quimper a attribué le marché à la société Armor Nettoyage. L'Union des usagers des transports de "
     "Quimper dénonce un service au rabais. Les usagers accusent aussi la commune de négligence.",
     ("Union des usagers des transports de Quimper", "Quimper", -1, "accuse", "asserted")),
    # a bare profession of people is a person (types.yml profession_cues; before: « l'animateur » took up no one)
    ("La chaîne Altimedia a présenté sa nouvelle émission, animée par Marc Lenoir. La société Films du Nord a "
     "assigné le groupe et l'animateur pour contrefaçon.", ("Films du Nord", "Marc Lenoir", -1, "sue", "asserted")),
    # parties named by their part in an act told before (events.yml party_nouns): the one just hired, the defendant
    ("Le FC Lorient a recruté Paul Martin en juin. La recrue a aussitôt critiqué l'entraîneur Jean Dupuis.",
     ("Paul Martin", "Jean Dupuis", -1, "criticize", "asserted")),
    ("La société Arvel a assigné Batiself devant le tribunal de commerce. Le défendeur accuse Arvel de chantage.",
     ("Batiself", "Arvel", -1, "accuse", "asserted")),
    # any definite noun with its trade complement before a name is said of the name (« le centre de formation X »
    # … « le centre »; before: only referring nouns)
    ("Le centre de formation Formaplus a licencié Paul Martin en mars. Paul Martin a porté plainte contre le centre.",
     ("Paul Martin", "Formaplus", -1, "sue", "asserted")),
]


#: Cases fr_core_news_md parses so that no general rule recovers them (each checked by hand on its
#: parse; fr_core_news_sm passes them): kept as targets, strict so that a fix shows. A fourth, « …, le courant
#: ne passe plus : Jeanne Dupuis et lui se sont accrochés », passes since a colon frames the clause after it.
MD_LIMITS = {
    "Selon plusieurs sources, Nexoria": "md types Nexoria a place, so « la start-up » takes up the fund Lumea",
    "Chez Ardanel, on dénonce": "md hangs « mené par … » on « dénonce » (advcl), not on the quoted « procès »",
    "Paul Henry reproche à": "md makes « reproche » part of the name « Paul Henry » (flat:name): the clause has no verb",
}


def _md_limit(text: str) -> str:
    return next((why for start, why in MD_LIMITS.items() if start in text), "")


@pytest.mark.parametrize("text, expected", [
    pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason=_md_limit(t))) if _md_limit(t) else (t, e)
    for t, e in CASES], ids=[(c[1][3] if c[1] else "none") + "-" + str(i) for i, c in enumerate(CASES)])
def test_construction(text, expected):
    got = relations(text)
    if expected is None:  # nothing to find
        assert not got, got
    else:
        assert expected in got, got


def test_an_offered_act_is_prospective():
    # « une offre de reprise de X » is a planned acquisition, « a racheté X » a done one
    offered = process_document(RawDocument("t", "Le groupe Vinci a déposé une offre de reprise de la société Lumeris.",
                                           "t.txt")).relations
    done = process_document(RawDocument("t", "Le groupe Vinci a racheté la société Lumeris.", "t.txt")).relations
    assert [r.prospective for r in offered] == [True] and [r.prospective for r in done] == [False]


def test_an_ended_tie_is_no_new_agreement_and_a_disputed_act_answers_no_one():
    # « rompre cet accord avec X » is the break alone (before: also a « sign » from the noun « accord »);
    # « conteste la sanction » disputes an act: no denial of the accuser (« conteste toute faute » is one)
    assert {r.event for r in process_document(RawDocument(
        "t", "La société Orban a rompu cet accord avec la société Intermed.", "t.txt")).relations} == {"break"}
    assert {r.event for r in process_document(RawDocument(
        "t", "La société NordCell accuse la société Voltanéo. Voltanéo conteste la sanction.", "t.txt")).relations} \
        == {"accuse"}


def test_a_firm_s_noun_is_never_its_manager_s_role():
    result = process_document(RawDocument("t", "Norvane pollue la rivière. Selon son directeur général, Paul Roux, le "
                                               "groupe « est lui aussi victime ». Le groupe a licencié Anne Morel.", "t.txt"))
    assert [m.actor for m in result.mentions if m.text.lower() == "le groupe"] == []
    assert {(r.source, r.target) for r in result.relations} == {("Norvane", "Anne Morel")}


@pytest.mark.parametrize("text", [
    "Dans un entretien à L'Équipe, la coureuse Anne Rioual a accusé le manager.",
    "Paul Morel soutient la réforme. « Je soutiens les soignants », a-t-il déclaré à l'AFP.",
])
def test_the_outlet_the_words_were_said_to_is_no_party(text):
    assert not [r for r in process_document(RawDocument("t", text, "t.txt")).relations if r.target in ("L'Équipe", "AFP")]


def test_a_noun_whose_phrase_names_its_actor_takes_up_no_one_else():
    text = ("Dans un entretien accordé à L'Équipe, la coureuse Anne Rioual a accusé son manager, Paul Caradec. Dès le "
            "lendemain, le sponsor principal, le groupe de cosmétiques Lumeris, a retiré son soutien à l'équipe.")
    assert "L'Équipe" not in {r.source for r in process_document(RawDocument("t", text, "t.txt")).relations}


def test_a_name_with_an_inner_apostrophe_is_whole():
    rel = process_document(RawDocument("t", "Le recours de Trans'Ouest contre Kermor Métropole ne suspend pas le "
                                            "transfert.", "t.txt")).relations
    assert [r.source for r in rel] == ["Trans'Ouest"]


def test_an_act_announced_in_the_past_infinitive_is_done_not_planned():
    rel = process_document(RawDocument("t", "Le groupe Dorvex a annoncé avoir racheté la société Solvane.", "t.txt")).relations
    assert [(r.source, r.target, r.event, r.prospective) for r in rel] == [("Dorvex", "Solvane", "acquire", False)]


def test_negated_event_is_dropped():
    assert not {r for r in relations("Le groupe Ardanel n'a pas attaqué Sorvia en justice.") if r[2] < 0}


@pytest.mark.parametrize("text", [
    # a refused act did not happen (the refusal itself may stand; the investment may not)
    "Le groupe Talmont a refusé d'investir dans la société Brenox.",
    # an act named by a noun and called off
    "Le rachat de la société Brenox par le groupe Talmont a été abandonné.",
    "The Talmont group refused to invest in Brenox.",
])
def test_refused_or_called_off_cooperation_is_no_event(text):
    assert not {r for r in relations(text) if r[2] > 0}, relations(text)


def test_the_refusal_does_not_reach_an_act_deeper_in_its_complement():
    got = relations("Le groupe Talmont a refusé de commenter la plainte de la société Brenox contre la commune de Lorval.")
    assert ("Brenox", "Lorval", -1, "sue", "asserted") in got, got


@pytest.mark.parametrize("text, expected", [
    # « faire appel à » hires; « faire appel de » (a decision) does not: it appeals, a suit against
    # the decision's author (decisions.py)
    ("Le club Orval a fait appel à Jean Pradel pour remplacer son entraîneur.", {("Orval", "Jean Pradel", 1)}),
    ("La société Brenox a fait appel de la décision de l'Autorité de la concurrence.",
     {("Brenox", "Autorité de la concurrence", -1)}),
    # a present-tense verb the tagger read as an adjective, also a noun of the lexicon (« le reproche »)
    ("L'Autorité de la concurrence reproche à Jean Sorel de mentir.",
     {("Autorité de la concurrence", "Jean Sorel", -1)}),
])
def test_multiword_and_misread_triggers(text, expected):
    assert {r[:3] for r in relations(text)} == expected


@pytest.mark.parametrize("text", [
    "« La société Brenox a ruiné les éleveurs », accuse Luc Garnier.",
    # the role speaker is no object of « accuse » (the parse had read Brenox → Garnier)
    "Luc Garnier est maire de Lorval. « La société Brenox a ruiné les éleveurs », accuse le maire.",
])
def test_an_accusing_incise_accuses_the_actor_its_quote_names(text):
    assert {r[:4] for r in relations(text)} == {("Luc Garnier", "Brenox", -1, "accuse")}, relations(text)


def test_an_accusing_verb_before_its_quote_keeps_its_object():
    # « X accuse Y d'avoir « … » »: the narration's act against Y, not one against a name in the quote
    assert {r[:3] for r in relations("Luc Garnier accuse Paul Roche d'avoir « choisi Brenox par copinage ».")} == {
        ("Luc Garnier", "Paul Roche", -1)}


def test_nominal_events_under_a_participle():
    # « contre » hung on the participle's agent; « entre X et Y » names both partners
    assert {r[:4] for r in relations("La plainte déposée par l'association Vigilance contre la société Brenox sera "
                                     "examinée en mars.")} == {("Vigilance", "Brenox", -1, "sue")}
    assert {r[:3] for r in relations("Le partenariat conclu entre la société Brenox et le groupe Talmont porte sur "
                                     "trois ans.")} == {("Brenox", "Talmont", 1), ("Talmont", "Brenox", 1)}


@pytest.mark.parametrize("text, expected", [
    # « en faveur de » names the beneficiary of a nominal support
    ("Le conseil régional de Bretagne a voté une subvention d'un million d'euros en faveur de la société Brenox.",
     ("conseil régional de Bretagne", "Brenox", 1)),
    # a parenthesis between the auxiliary and a second-group participle the tagger read as a noun
    ("Le fonds Nordinvest a, quant à lui, investi deux millions d'euros dans la société Brenox.",
     ("Nordinvest", "Brenox", 1)),
])
def test_support_through_a_noun_or_a_split_verb(text, expected):
    assert expected in {r[:3] for r in relations(text)}, relations(text)


@pytest.mark.parametrize("text, expected", [
    # a participle with a « par » agent is passive: the agent acts on the noun the participle modifies
    ("Batterix, fondée par Marc Tessier en 2019, emploie quarante salariés.", ("Marc Tessier", "Batterix", 1)),
    ("L'enseigne Ventamax, accusée de fraude par l'association Vigilance, conteste.", ("Vigilance", "Ventamax", -1)),
])
def test_a_participle_with_its_agent_is_passive(text, expected):
    assert {r[:3] for r in relations(text)} == {expected}, relations(text)


def test_a_conditional_copula_makes_the_event_alleged():
    assert ("Brenox", "Orval", 1, "invest", "alleged") in relations(
        "La société Brenox serait prête à investir dans le club Orval.")


def test_reflexive_commitment_is_not_hiring():
    # "s'engager à" is a promise, not "engager" (hire)
    assert not relations("La société Fabrika s'engage à livrer Batexa en mai.")


@pytest.mark.parametrize("text", [
    "Paul Caradec ne soutient ni la société Medunion ni la société Santalis.",  # « ni … ni » negates
    # a possessive thing as object: « poursuivre » continues, it does not sue
    "Hydrelis accuse Ventoria de débauchage. Ventoria poursuit ses recrutements : la société prévoit d'embaucher.",
])
def test_no_event_in_a_negation_by_ni_or_a_verb_of_another_sense(text):
    rel = process_document(RawDocument("t", text, "t.txt")).relations
    assert not [r for r in rel if r.event in ("support", "sue")], rel


def test_a_place_after_en_is_not_what_is_bought():
    rel = process_document(RawDocument("t", "Le groupe Santalis négocie le rachat de deux autres établissements en "
                                            "Bretagne.", "t.txt")).relations
    assert not [r for r in rel if r.target == "Bretagne"]


@pytest.mark.parametrize("text, absent", [
    # a clause-final indefinite apposition sums up the clause: « l'opération » is not the firm bought
    ("Le groupe Ardanel a racheté Lumea, une opération qui a surpris. Le syndicat Unitra a critiqué l'opération.",
     ("Unitra", "Lumea", -1, "criticize")),
    # a place after the agent is where the suit was filed, not its target
    ("La plainte déposée par le groupe Ardanel à Lyon a été classée sans suite.", ("Ardanel", "Lyon", -1, "sue")),
    # a place is not hired: « à Brive » says where the staff are taken on
    ("Titre\nLa société Skyrampe a recruté trente agents à Brive.", ("Skyrampe", "Brive", 1, "hire")),
    # the quoted content of an announcement is news, not the speaker's blame of its subject, whatever its tone
    ("Titre\nLe groupe Verrex a coupé les ponts avec Polymat. Plus tôt dans la journée, Verrex a annoncé « qu'à partir "
     "du 25 avril 2023, les Smart Offres avec Multi-plateforme ne prendront plus en charge Polymat ».",
     ("Verrex", "Smart Offres", -1, "criticize")),
    # the subject the parse doubled (« juge » read as a noun) is not the party of the tie an ending verb names:
    # « abandonné le territoire » ends no tie with the mayor
    ("Le maire de Brive, Paul Garnier, juge que la Région Nouvelle-Aquitaine a abandonné le territoire.",
     ("Région Nouvelle-Aquitaine", "Paul Garnier", -1, "withdraw")),
    # regretting an ending is not ending it: only a deciding verb makes the nominal event the subject's
    ("Le maire Paul Martin a regretté la rupture du contrat entre la société Orvane et le club de Lyon.",
     ("Paul Martin", "Orvane", -1, "break")),
    # « sa politique » is no tie: defending it is not supporting the town's partner
    ("La ville de Lyon a signé un accord avec la société Orvane. Face aux critiques, la ville a défendu sa "
     "politique culturelle.", ("Lyon", "Orvane", 1, "support")),
    # « une décision » sums up the clause before it: it does not class the name
    ("La ville de Lyon a rompu avec la société Orvane, une décision qui a surpris. Le maire Paul Martin a critiqué "
     "la décision.", ("Paul Martin", "Orvane", -1, "criticize")),
    # a name that is the object of the verb before is not the subject of the verb after the apposition
    ("La société Orvane a licencié Paul Martin, son directeur depuis 2010, a dénoncé le syndicat CGT.",
     ("Paul Martin", "CGT", -1, "criticize")),
    # a place deep in the ended object is where the service runs, and the relative clause the verb
    # heads is no description of its subject
    # a person who leads an organisation does not act against it (« a réagi le PDG de Lumeria »)
    ("La DGCCRF a infligé une amende au groupe Lumeria. « Nous contestons fermement cette décision et nous ferons "
     "appel », a réagi le PDG de Lumeria, Marc Delaunay, lors d'une conférence de presse.",
     ("Marc Delaunay", "Lumeria", -1, "deny")),
    # « X, maire de Laval, a dénoncé la décision de Y »: no quote spoken by Y against X
    ("Paul Lenoir, maire de Laval, a dénoncé la décision de Lumeria.", ("Lumeria", "Paul Lenoir", -1, "criticize")),
    # « La ministre, elle, refuse … »: the stressed pronoun takes up the subject; it is no object
    ("La CFDT a quitté la table des négociations. La ministre du Travail, Agnès Verdier, refuse de parler d'échec. "
     "La ministre, elle, refuse de parler d'échec.",
     ("Agnès Verdier", "CFDT", -1, "reject")),
    ("Iroise Ferries a saisi mardi le tribunal administratif de Rennes contre la Région Bretagne, qui a résilié en "
     "octobre le contrat lui confiant la desserte des îles de Molène et d'Ouessant.",
     ("Région Bretagne", "Molène", -1, "break")),
    # an outlet that reports the act is no party to it, wherever the parse hangs « d'après X » (before:
    # the outlet, inside the agent's phrase, excluded the director too)
    ("Thierry Massart, directeur des achats, a été écarté par la direction de la société Orban, d'après La "
     "Dépêche du Midi.", ("La Dépêche du Midi", "Thierry Massart", -1, "exclude")),
    # « faire appel à » calls on someone (hiring), no appeal of a decision (guard)
    ("La société Ardanel a fait appel à la société Batiroc pour son audit.", ("Ardanel", "Batiroc", -1, "sue")),
    # « bousculer », « malmener » are mostly figurative in the press: a debate, a match, no attack
    ("Bousculé par Lucie Marchal lors du débat télévisé, Pierre Vidal a haussé le ton.",
     ("Lucie Marchal", "Pierre Vidal", -1, "attack")),
    ("Le Stade Ardennais a malmené le FC Vernon samedi (3-0).", ("Stade Ardennais", "FC Vernon", -1, "attack")),
    # an attack is done to a person: one club « humiliating » another is a match result
    ("Le Stade Ardennais a humilié le FC Vernon dimanche (5-0).", ("Stade Ardennais", "FC Vernon", -1, "attack")),
    # « sauver » a shot, one's place, a season (events.yml other_sense_objects): no rescue of a party
    ("Le gardien Hugo Ferrand a sauvé trois tirs de Marc Tessier.", ("Hugo Ferrand", "Marc Tessier", 1, "support")),
    ("L'entraîneur Hugo Ferrand a sauvé sa place après la victoire contre le FC Vernon.",
     ("Hugo Ferrand", "FC Vernon", 1, "support")),
    # « décorer » a room is no honour
    ("L'architecte Claire Delmas a décoré le hall de l'hôtel Orvane.", ("Claire Delmas", "Orvane", 1, "praise")),
    # what befalls the subject of a que-clause (passive, « être » + intransitive) is no judgement of it under a neutral
    # verb, whatever the clause's tone; a verb of blame over a clause of positive tone is surprise, not blame
    ("Le ministre Paul Garnier affirme que Marc Tessier est mort dans un terrible accident.",
     ("Paul Garnier", "Marc Tessier", -1, "criticize")),
    ("Le maire Paul Garnier s'étonne que Claire Delmas ait obtenu un si bon score.",
     ("Paul Garnier", "Claire Delmas", -1, "criticize")),
    # the head of a firm admitting its troubles in a dark quote does not blame it (speech._led_in_attribution)
    ("« Lumeria traverse une crise terrible et perd énormément d'argent », reconnaît Marc Delaunay, le patron de "
     "Lumeria.", ("Marc Delaunay", "Lumeria", -1, "criticize")),
])
def test_no_misreading(text, absent):
    assert absent not in {r[:4] for r in relations(text)}


def test_a_town_named_with_its_article_keeps_it():
    assert ("La Rochelle", "Orvane", -1) in {r[:3] for r in relations("La mairie de La Rochelle a rompu avec la société Orvane.")}


def test_a_withdrawn_support_is_the_tie_the_source_was_described_with():
    # « retirait son soutien »: the partner the source's apposition names, not a name further right
    got = relations("Le festival des Estivales du Vidourle traverse une crise. Le fondateur, Paul Berthier, a été "
                    "évincé par l'association. La Brasserie Cazalis, partenaire historique du festival, a annoncé mardi "
                    "qu'elle retirait son soutien financier, « tant que Paul Berthier ne sera pas rétabli ».")
    assert ("Brasserie Cazalis", "Estivales du Vidourle", -1, "withdraw") in {r[:4] for r in got}, got
    assert ("Brasserie Cazalis", "Paul Berthier", -1) not in {r[:3] for r in got}, got


def test_no_intention_denies_the_act():
    # « aucune intention de » denies the act, even with the noun in quotation marks (which break the parse)
    got = relations("La journaliste Jeanne Dupuis accuse le député Paul Berthier. Le député a toutefois fait savoir "
                    "qu\u2019il n\u2019avait «\u00a0aucune intention\u00a0» de porter plainte contre elle, "
                    "«\u00a0pour ne pas lui faire de publicité\u00a0».")
    assert not any(r[3] == "sue" for r in got), got


def test_not_ruling_out_is_no_exclusion():
    # « n'exclut pas de » (does not rule out) is no act of exclusion; the act it announces stands
    got = relations("Le maire, Paul Berthier, n'exclut pas de retirer la gestion de la salle à la société Norvel.")
    assert not any(r[3] == "exclude" for r in got), got
    assert ("Paul Berthier", "Norvel", -1) in {r[:3] for r in got}, got


def test_reciprocal_quarrel_gives_both_directions():
    got = relations("Marc Olivier a croisé Paul Berthier lundi. Les deux hommes se sont querellés.")
    assert ("Marc Olivier", "Paul Berthier", -1, "quarrel", "asserted") in got
    assert ("Paul Berthier", "Marc Olivier", -1, "quarrel", "asserted") in got


def test_founder_role_is_not_founding():
    # « le cofondateur de X, Y » is a role (README): no cofound relation without the copula
    assert not {r for r in relations("Le cofondateur de Norvel, Helmut Kraus, a critiqué Jeanne Dupuis.")
                if r[3] == "cofound"}


def test_boycotting_goods_targets_their_owner():
    # « ses yaourts »: the possessor named before, never the boycotter itself
    got = {r[:3] for r in relations("Selon Optalis, le distributeur Castorix menace de déréférencer ses yaourts.")}
    assert got == {("Castorix", "Optalis", -1)}, got


def test_boycott_of_goods_attached_to_the_verb():
    # the parser hangs « de Batexa » on the verb: the nearest actor after the noun is the patient
    got = relations("L'association des Amis du Rail a appelé au boycott des offres de Batexa et a salué Optalis.")
    assert ("Amis du Rail", "Batexa", -1, "boycott", "asserted") in got


def test_between_pronoun_and_name_quarrel():
    # « entre lui et X »: the pronoun is the person last named, not the one a description took up
    got = relations("L'entraîneur Paul Berthier a quitté le club. Reste le cas du capitaine, Yann Dorval, proche "
                    "de l'ancien entraîneur. Entre lui et Marc Olivier, le courant ne passe plus : les deux hommes "
                    "se sont querellés samedi.")
    pairs = {r[:2] for r in got if r[3] == "quarrel"}
    assert pairs == {("Yann Dorval", "Marc Olivier"), ("Marc Olivier", "Yann Dorval")}, got


def _mentions(text: str) -> set[tuple]:
    return {(m.text, m.actor_type) for m in process_document(RawDocument("t", text, "t.txt")).mentions}


def test_a_role_with_its_complement_names_the_person_after_the_comma():
    # « l'ancien chef d'exploitation d'Aquavia, Yannick Morel »: Morel, not the last person named before
    doc = process_document(RawDocument("t", "Marc Lebreton dirige la régie. Elle a recruté l'ancien chef "
                                            "d'exploitation d'Aquavia, Yannick Morel, en mars.", "t.txt"))
    roles = {m.text: m.actor for m in doc.mentions if m.method == "coref"}
    assert roles.get("l'ancien chef") == "Yannick Morel", roles
    # « le ministre délégué au Numérique, Julien Morvan »
    doc = process_document(RawDocument("t", "Ryan Caldwell dirige Nébula Labs. Le ministre délégué au Numérique, "
                                            "Julien Morvan, a salué Nébula Labs.", "t.txt"))
    roles = {m.text: m.actor for m in doc.mentions if m.method == "coref"}
    assert roles.get("Le ministre délégué") == "Julien Morvan", roles
    # ... but not across a verb: « Le directeur du club a démissionné en mars, Marie Durand assure l'intérim »
    doc = process_document(RawDocument("t", "Le directeur du club a démissionné en mars, Marie Durand assure "
                                            "l'intérim.", "t.txt"))
    assert "Marie Durand" not in {m.actor for m in doc.mentions if m.method == "coref"}


def test_a_division_after_a_role_is_no_person_name():
    from mediakit.tag.actors.candidates import _person_name_candidates
    # « le directeur France de Nexoria »: France is a region of the firm the text names alone
    text = "Nexoria a signé. Le directeur France de Nexoria, Karim Benali, s'est tu."
    assert "France de Nexoria" not in {c.text for c in _person_name_candidates(text)}
    # a surname with a particle stays a person's name
    text = "Le directeur Jean de Villiers a signé. Jean de Villiers s'est tu."
    assert "Jean de Villiers" in {c.text for c in _person_name_candidates(text)}


def test_sports_club_prefix_is_part_of_an_organisation_name():
    # the model reads « Montrevel Sud » as a place and leaves « AS » out
    assert ("AS Montrevel Sud", "org") in _mentions("Le groupe Ardanel a critiqué l'AS Montrevel Sud mardi.")


def test_plural_common_noun_de_name_is_one_organisation():
    # « Brasseurs » and « Aulne » were two places; « Pays de la Loire » stays a place
    assert ("Brasseurs de l'Aulne", "org") in _mentions("Le club parle avec les Brasseurs de l'Aulne depuis lundi.")
    assert ("Tonneliers de Montbrun", "org") in _mentions("Rien ne va plus aux Tonneliers de Montbrun, selon la presse.")
    assert not {m for m in _mentions("Le maire a visité la région des Pays de la Loire.") if m[1] == "org"}


def test_idiom_torchon_brule_between_two_people_is_a_quarrel():
    got = relations("Entre Jeanne Dupuis et Paul Berthier, le torchon brûle depuis l'audience.")
    assert ("Jeanne Dupuis", "Paul Berthier", -1, "quarrel", "asserted") in got
    assert ("Paul Berthier", "Jeanne Dupuis", -1, "quarrel", "asserted") in got


def test_an_act_refrained_from_is_not_an_event():
    # « tout en se gardant de critiquer X »: the criticism is what did not happen
    got = relations("Le ministre Julien Lacombe a salué Orfelia, tout en se gardant de critiquer la société Batexa.")
    assert {(s, t) for s, t, *_ in got} == {("Julien Lacombe", "Orfelia")}, got


def test_a_newspaper_that_reached_a_speaker_is_no_antecedent():
    # « joint par Le Parisien »: the paper is where the words appeared, « Elle » is the woman
    got = relations("« C'est faux », tranche Paul Berthier, joint par Le Parisien. Jeanne Dupuis conteste. "
                    "Elle accuse la société Norvel de fraude.")
    assert ("Jeanne Dupuis", "Norvel") in {(s, t) for s, t, *_ in got}, got


def test_a_critical_incise_does_not_target_a_place_named_in_passing():
    assert not relations("« Nous payons ici les redevances les plus chères de France, tonne Paul Berthier. »")


def test_verb_stems_match_forms_of_one_verb():
    from mediakit.analyses.events import verb_stem
    assert {verb_stem(w) for w in ("tonne", "tonner", "tonnait")} == {"tonn"}
    assert verb_stem("s’indigne-t-elle") == verb_stem("s'indigner") == "indign"
    assert verb_stem("a dénoncé") == verb_stem("dénoncer") != verb_stem("dénombrer")


@pytest.mark.parametrize("text, expected", [
    # a present conditional under a verb of saying in a past tense is the future seen from then:
    # a plan reported, not an allegation (Grevisse §889)
    ("La société Ombrelis a indiqué qu'elle porterait plainte contre Tavernel.",
     ("Ombrelis", "Tavernel", -1, "sue", "reported", True)),
    ("Le maire Hugo Ferrat a fait savoir qu'il soutiendrait la candidature de Tavernel.",
     ("Hugo Ferrat", "Tavernel", 1, "support", "reported", True)),
    # a past conditional under a verb of saying stays an allegation
    ("Hugo Ferrat a affirmé que la société Ombrelis aurait licencié Lina Castel.",
     ("Ombrelis", "Lina Castel", -1, "fire", "alleged", False)),
    # « n'a pas exclu de » hedges like « n'exclut pas de »
    ("La société Ombrelis n'a pas exclu de porter plainte contre Tavernel.",
     ("Ombrelis", "Tavernel", -1, "sue", "hedged", True)),
    # « selon X » names a source: hedged, and X is no party even when the parse makes it a subject
    ("Selon Hugo Ferrat, Ombrelis a licencié Lina Castel.",
     ("Ombrelis", "Lina Castel", -1, "fire", "hedged", False)),
])
def test_modality_of_reported_plans_and_sources(text, expected):
    result = process_document(RawDocument("t", text, "t.txt"))
    got = {(r.source, r.target, r.polarity, r.event, r.modality, r.prospective) for r in result.relations}
    assert got == {expected}


@pytest.mark.parametrize("text, expected", [
    ("La société Ombrelis a mis la main sur Tavernel.", ("Ombrelis", "Tavernel", 1, "acquire", "asserted")),
    ("La société Ombrelis est montée au capital de Tavernel.", ("Ombrelis", "Tavernel", 1, "invest", "asserted")),
    ("La société Ombrelis a renforcé sa participation dans Tavernel.",
     ("Ombrelis", "Tavernel", 1, "invest", "asserted")),
])
def test_taking_hold_and_raising_a_stake(text, expected):
    assert relations(text) == {expected}


@pytest.mark.parametrize("text", [
    "Hugo Ferrat et Lina Castel se sont accusés mutuellement de mentir aux riverains.",
    "Hugo Ferrat et Lina Castel se critiquent depuis des mois.",
])
def test_a_joint_subject_with_a_reflexive_acts_on_each_other(text):
    assert {r[:3] for r in relations(text)} == {("Hugo Ferrat", "Lina Castel", -1), ("Lina Castel", "Hugo Ferrat", -1)}


@pytest.mark.parametrize("text, expected", [
    ("Hugo Ferrat a reçu le soutien de l'association Terres Unies.", ("Terres Unies", "Hugo Ferrat", 1)),
    ("Hugo Ferrat a obtenu le soutien de Lina Castel.", ("Lina Castel", "Hugo Ferrat", 1)),
])
def test_who_receives_a_support_is_its_target(text, expected):
    assert {r[:3] for r in relations(text)} == {expected}


def test_the_announced_end_of_a_partnership_breaks_with_the_partner():
    got = relations("La société Ombrelis a annoncé la fin de son partenariat avec le Pôle nautique de Lanvéoc.")
    assert {r[:4] for r in got} == {("Ombrelis", "Pôle nautique de Lanvéoc", -1, "break")}, got


def test_a_hedge_is_a_whole_word():
    # "may" hedges; "mayor" does not
    got = relations("Headline\n\nThe mayor Tom Berrick criticised Halvor Industries on Monday.")
    assert ("Tom Berrick", "Halvor Industries", -1, "criticize", "asserted") in got, got


@pytest.mark.parametrize("text, prospective", [
    ("Le groupe Vesselin prévoit d'investir 40 millions d'euros dans Ombrelis.", True),  # « prévoit » misread
    ("Hugo Ferrat annonce qu'il va saisir le tribunal administratif contre Ombrelis.", True),  # near future
    ("Le groupe Vesselin a décidé d'investir 40 millions d'euros dans Ombrelis.", False),
    # an act an offer or attempt completes is not done yet (before: « pour reprendre » read as done)
    ("Le groupe Vesselin a déposé une offre pour reprendre la société Ombrelis.", True),
    ("Le groupe Vesselin a fait une nouvelle tentative pour racheter la société Ombrelis.", True),
])
def test_plans_and_the_near_future_are_prospective(text, prospective):
    result = process_document(RawDocument("t", text, "t.txt"))
    assert result.relations and all(r.prospective is prospective for r in result.relations), result.relations


def test_threat_is_prospective():
    result = process_document(RawDocument("t", "Le syndicat Unitra menace de poursuivre Batexa.", "t.txt"))
    assert result.relations and all(r.prospective for r in result.relations)


# --- gold -------------------------------------------------------------------------------------
# Floors a little under the figures measured when they were set (README, "How well it works").
TUNE_FLOOR = (0.81, 0.60)  # 13 articles; measured 0.89 / 0.68 (0.80 / 0.58 at 410b5bd); 0.84 / 0.66 with fr_core_news_md
HELDOUT_FLOOR = (0.62, 0.33)  # aggregate-only development set; measured 0.67 / 0.36
HELDOUT2_FLOOR = (0.50, 0.24)  # aggregate-only; measured 0.54 / 0.27; first score 0.54 / 0.24 (tests/data/relations/first_score.txt)
HELDOUT3_FLOOR = (0.72, 0.47)  # blind first score 0.50 / 0.16; a development set since heldout4; measured 0.78 / 0.52
HELDOUT4_FLOOR = (0.38, 0.15)  # blind first score 0.41 / 0.15; aggregate-only since the heldout5 ablation; measured 0.43 / 0.17
HELDOUT5_FLOOR = (0.38, 0.15)  # blind first score 0.34 / 0.17; aggregate-only since its ablation; measured 0.43 / 0.18
HELDOUT6_FLOOR = (0.43, 0.16)  # blind, scored once: 0.48 / 0.19 (0.48 / 0.18 with the code of 410b5bd)
HELDOUT7_FLOOR = (0.45, 0.19)  # blind, scored once: 0.50 / 0.23 (0.46 / 0.19 with the code of 410b5bd)
HELDOUT8_FLOOR = (0.48, 0.22)  # blind, scored once at 9958ea1: 0.53 / 0.25 (0.48 / 0.22 with the code of 8aaebbc)
HELDOUT9_FLOOR = (0.68, 0.30)  # first score 0.50 / 0.21 (8aaebbc); a development set since; measured 0.75 / 0.34
HELDOUT10_FLOOR = (0.30, 0.13)  # blind, scored once at 26dbb52: 0.35 / 0.15 (the same with the code of 1a02dcc); 0.39 / 0.18 at a854630
HELDOUT11_FLOOR = (0.37, 0.16)  # blind, scored once at a274cbb: 0.42 / 0.19
HELDOUT12_FLOOR = (0.38, 0.20)  # blind, scored once at the end of the 2026-12-04 morning round: 0.52 / 0.20; with fr_core_news_md (2026-12-05 switch) 0.45 / 0.26, more pairs predicted (40 against 30 with sm)
HELDOUT13_FLOOR = (0.31, 0.19)  # blind, scored once at 156c883: 0.36 / 0.22 (0.37 / 0.19 with the code of b189be6)
HELDOUT14_FLOOR = (0.29, 0.12)  # blind, scored once at 714ebcb: 0.34 / 0.14 (the same with the code of ca01799)
HELDOUT15_FLOOR = (0.41, 0.17)  # blind, scored at 3003897 and bfba973 (aggregates only): 0.46 / 0.20 (the same with a59532e)
HELDOUT16_FLOOR = (0.59, 0.25)  # blind, scored once at c834a77 (aggregates only): 0.64 / 0.29 (the same with 2a8f030)
HELDOUT17_FLOOR = (0.60, 0.36)  # blind, scored once at 3dd5381 (aggregates only): 0.71 / 0.41 (the same with bc76829); 0.65 / 0.41 with fr_core_news_md
HELDOUT18_FLOOR = (0.36, 0.16)  # blind, scored once at 230af9e (aggregates only): 0.41 / 0.19 (the same with 86dcd67)
HELDOUT19_FLOOR = (0.38, 0.25)  # blind, scored once at 6228b80 (aggregates only): 0.43 / 0.30 (0.44 / 0.30 with b45b50d)
HELDOUT20_FLOOR = (0.52, 0.36)  # blind, scored once at 49d3549 (aggregates only): 0.57 / 0.41 (0.58 / 0.41 with 0bf69d6)
HELDOUT21_FLOOR = (0.40, 0.22)  # blind, scored once at 3027123 (aggregates only): 0.45 / 0.27; the same with the round's end
TUNE2_FLOOR = (0.74, 0.55)  # a development set (errors read): first score 0.67 / 0.46 at 3027123; measured 0.81 / 0.61
TUNE3_FLOOR = (0.63, 0.38)  # a development set (errors read): first score 0.58 / 0.36 at d827bb5; measured 0.73 / 0.49
HELDOUT23_FLOOR = (0.52, 0.33)  # blind, scored once at 9be2f6c (aggregates only): 0.58 / 0.39, the same with 4341fcf
HELDOUT24_FLOOR = (0.52, 0.28)  # blind, scored once at 92c2839 (aggregates only): 0.57 / 0.32; 0.55 / 0.29 with 48e640d
TUNE5_FLOOR = (0.72, 0.42)  # a development set (errors read): first score 0.74 / 0.39 at 6e04c89 (the code of 1a633f9); measured 0.81 / 0.51
HELDOUT25_FLOOR = (0.52, 0.32)  # blind, scored once at 7f32f24 (aggregates only): 0.57 / 0.37, the same with 1a633f9
TUNE6_FLOOR = (0.78, 0.42)  # a development set (errors read): first score 0.64 / 0.29 at a69f632 (the code of bd65312); measured 0.86 / 0.51
HELDOUT26_FLOOR = (0.62, 0.36)  # blind, scored once at 9cac57e (aggregates only): 0.69 / 0.41 (0.67 / 0.41 with 1475dd3)
HELDOUT27_FLOOR = (0.62, 0.42)  # blind, scored once at 8d88bee (aggregates only): 0.69 / 0.47, the same with f0b58f9 and e1797a5
HELDOUT28_FLOOR = (0.48, 0.19)  # blind, scored once at 9eb8881 (the code of db7a121, aggregates only): 0.55 / 0.24; 0.53 / 0.24 at 72bfa6b
HELDOUT29_FLOOR = (0.52, 0.31)  # blind, scored once at 0c10623 (the code of dc30390, aggregates only): 0.60 / 0.37
HELDOUT30_FLOOR = (0.56, 0.35)  # blind, scored once at c03605b (aggregates only): 0.63 / 0.40; 0.62 / 0.40 with 2a98967
HELDOUT31_FLOOR = (0.72, 0.44)  # blind, scored once at 4a0bec5 (aggregates only): 0.80 / 0.49; the same with 7766554
HELDOUT32_FLOOR = (0.58, 0.38)  # blind, scored once at c29b6c6 (aggregates only): 0.65 / 0.43; the same with e014005
HELDOUT33_FLOOR = (0.52, 0.30)  # blind, scored at 608d3c6 and at 3e500df (aggregates only): 0.60 / 0.35 → 0.59 / 0.35
HELDOUT34_FLOOR = (0.76, 0.42)  # blind, scored at 6e938e2, 112844a and 936a11b (aggregates only): 0.85 / 0.47 each time
HELDOUT35_FLOOR = (0.54, 0.31)  # blind, scored at 13da75c, acd9a2d and 5a63bfe (aggregates only): 0.62 / 0.36 each time
HELDOUT36_FLOOR = (0.51, 0.33)  # blind, scored at 75e2d19 and 70ff528 (aggregates only): 0.58 / 0.38 each time
HELDOUT37_FLOOR = (0.54, 0.31)  # blind, scored at 6c858e4 and at the round's end (aggregates only): 0.61 / 0.37
TUNE8_FLOOR = (0.80, 0.42)  # a quote-dense development set (errors read): first score 0.80 / 0.39 at 83b4a01; measured 0.88 / 0.48
HELDOUT38_FLOOR = (0.72, 0.41)  # blind, scored at 83b4a01, ad0ff6a and the round's end (aggregates only): 0.79 / 0.46 each time
TUNE9_FLOOR = (0.52, 0.36)  # a development set (errors read): first score 0.52 / 0.36 at 140b9de; measured 0.59 / 0.41
HELDOUT39_FLOOR = (0.45, 0.23)  # blind, scored at 140b9de and the round's end (aggregates only): 0.50 / 0.26 both times
TUNE7_FLOOR = (0.63, 0.33)  # a development set (errors read), written first in the rel7 round: first score 0.68 / 0.37 at 608d3c6; measured 0.71 / 0.40
TUNE4_FLOOR = (0.80, 0.48)  # a development set (errors read): first score 0.62 / 0.33 at 4341fcf; measured 0.88 / 0.55
HELDOUT22_FLOOR = (0.62, 0.42)  # blind, scored once at a673b66 (aggregates only): 0.69 / 0.49 (0.65 / 0.46 with b745caa)
SEED_MUST = [("Elon Musk", "Microsoft", -1), ("Microsoft", "Twitter", -1), ("Elon Musk", "OpenAI", -1),
             ("Microsoft", "OpenAI", 1), ("Bill Gates", "Elon Musk", -1), ("Elon Musk", "Bill Gates", -1)]


@pytest.fixture(scope="module")
def rel_scores():
    if not _SCORES:
        # (every gold file analysed once, by as many processes as there are cores: the largest share of `make test`)
        _SCORES.update(relgold.score_dirs({
            "tune": relgold.TUNE_DIR,
            "held-out": relgold.HELDOUT_DIR,
            "held-out2": relgold.HELDOUT2_DIR,
            "held-out3": relgold.HELDOUT3_DIR,
            "held-out4": relgold.HELDOUT4_DIR,
            "held-out5": relgold.HELDOUT5_DIR,
            "held-out6": relgold.HELDOUT6_DIR,
            "held-out7": relgold.HELDOUT7_DIR,
            "held-out8": relgold.HELDOUT8_DIR,
            "held-out9": relgold.HELDOUT9_DIR,
            "held-out10": relgold.HELDOUT10_DIR,
            "held-out11": relgold.HELDOUT11_DIR,
            "held-out12": relgold.HELDOUT12_DIR,
            "held-out13": relgold.HELDOUT13_DIR,
            "held-out14": relgold.HELDOUT14_DIR,
            "held-out15": relgold.HELDOUT15_DIR,
            "held-out16": relgold.HELDOUT16_DIR,
            "held-out17": relgold.HELDOUT17_DIR,
            "held-out18": relgold.HELDOUT18_DIR,
            "held-out19": relgold.HELDOUT19_DIR,
            "held-out20": relgold.HELDOUT20_DIR,
            "held-out21": relgold.HELDOUT21_DIR,
            "tune2": relgold.TUNE2_DIR,
            "tune3": relgold.TUNE3_DIR,
            "held-out22": relgold.HELDOUT22_DIR,
            "tune4": relgold.TUNE4_DIR,
            "held-out23": relgold.HELDOUT23_DIR,
            "held-out24": relgold.HELDOUT24_DIR,
            "tune5": relgold.TUNE5_DIR,
            "held-out25": relgold.HELDOUT25_DIR,
            "tune6": relgold.TUNE6_DIR,
            "held-out26": relgold.HELDOUT26_DIR,
            "held-out27": relgold.HELDOUT27_DIR,
            "held-out28": relgold.HELDOUT28_DIR,
            "held-out29": relgold.HELDOUT29_DIR,
            "held-out30": relgold.HELDOUT30_DIR,
            "held-out31": relgold.HELDOUT31_DIR,
            "held-out32": relgold.HELDOUT32_DIR,
            "held-out33": relgold.HELDOUT33_DIR,
            "held-out34": relgold.HELDOUT34_DIR,
            "held-out35": relgold.HELDOUT35_DIR,
            "held-out36": relgold.HELDOUT36_DIR,
            "held-out37": relgold.HELDOUT37_DIR,
            "tune7": relgold.TUNE7_DIR,
            "held-out38": relgold.HELDOUT38_DIR,
            "tune8": relgold.TUNE8_DIR,
            "held-out39": relgold.HELDOUT39_DIR,
            "tune9": relgold.TUNE9_DIR,
        }))
        summary.add("relations vs hand-made gold (tests/data/relations: tune and held-out)",
                    pytest_terminal_summary_lines)
    return _SCORES


def test_seed_relations(seed_analysis):
    r = seed_analysis.relations
    got = set(zip(r["source"], r["target"], r["polarity"].astype(int)))
    assert set(SEED_MUST) <= got, set(SEED_MUST) - got


@pytest.mark.parametrize("part, floor", [("tune", TUNE_FLOOR), ("held-out", HELDOUT_FLOOR),
                                         ("held-out2", HELDOUT2_FLOOR), ("held-out3", HELDOUT3_FLOOR),
                                         ("held-out4", HELDOUT4_FLOOR), ("held-out5", HELDOUT5_FLOOR),
                                         ("held-out6", HELDOUT6_FLOOR), ("held-out7", HELDOUT7_FLOOR),
                                         ("held-out8", HELDOUT8_FLOOR), ("held-out9", HELDOUT9_FLOOR),
                                         ("held-out10", HELDOUT10_FLOOR), ("held-out11", HELDOUT11_FLOOR),
                                         ("held-out12", HELDOUT12_FLOOR), ("held-out13", HELDOUT13_FLOOR),
                                         ("held-out14", HELDOUT14_FLOOR), ("held-out15", HELDOUT15_FLOOR),
                                         ("held-out16", HELDOUT16_FLOOR), ("held-out17", HELDOUT17_FLOOR),
                                         ("held-out18", HELDOUT18_FLOOR), ("held-out19", HELDOUT19_FLOOR),
                                         ("held-out20", HELDOUT20_FLOOR), ("held-out21", HELDOUT21_FLOOR),
                                         ("held-out22", HELDOUT22_FLOOR), ("tune2", TUNE2_FLOOR),
                                         ("tune3", TUNE3_FLOOR), ("tune4", TUNE4_FLOOR),
                                         ("held-out23", HELDOUT23_FLOOR), ("held-out24", HELDOUT24_FLOOR),
                                         ("tune5", TUNE5_FLOOR), ("held-out25", HELDOUT25_FLOOR),
                                         ("tune6", TUNE6_FLOOR), ("held-out26", HELDOUT26_FLOOR),
                                         ("held-out27", HELDOUT27_FLOOR), ("held-out28", HELDOUT28_FLOOR),
                                         ("held-out29", HELDOUT29_FLOOR), ("held-out30", HELDOUT30_FLOOR),
                                         ("held-out31", HELDOUT31_FLOOR), ("held-out32", HELDOUT32_FLOOR),
                                         ("held-out33", HELDOUT33_FLOOR),
                                         ("held-out34", HELDOUT34_FLOOR),
                                         ("held-out35", HELDOUT35_FLOOR),
                                         ("held-out36", HELDOUT36_FLOOR),
                                         ("held-out37", HELDOUT37_FLOOR),
                                         ("tune7", TUNE7_FLOOR),
                                         ("held-out38", HELDOUT38_FLOOR),
                                         ("tune8", TUNE8_FLOOR),
                                         ("held-out39", HELDOUT39_FLOOR),
                                         ("tune9", TUNE9_FLOOR)])
def test_gold_floor(rel_scores, part, floor):
    total = relgold.pooled(rel_scores[part])
    # figures only: a failure must not print the held-out sets' errors (they stay unread)
    precision, recall = round(total.precision, 2), round(total.recall, 2)
    assert precision >= floor[0] and recall >= floor[1], (part, precision, recall)


@pytest.mark.parametrize("in_sentence, kind", [
    # nothing predicted in the gold sentence
    ([], "nothing"),
    # the source was found acting, on another actor: the target was lost
    ([("a", "c", -1)], "no_target"),
    # the target was found, acted on by another source
    ([("c", "b", -1)], "no_source"),
    # the right pair with the other polarity, or a pair of two other actors
    ([("a", "b", 1)], "other"),
    ([("c", "d", -1)], "other"),
])
def test_a_miss_is_told_by_what_its_sentence_holds(in_sentence, kind):
    assert relgold.miss_kind(("a", "b", -1), in_sentence) == kind


def pytest_terminal_summary_lines() -> list[str]:
    """P/R lines per part and article (empty when the gold test did not run)."""
    lines = []
    for part, scores in _SCORES.items():
        for doc, s in list(scores.items()) + [("pooled", relgold.pooled(scores))]:
            lines.append(f"relations {part:9} {doc:28} P {s.precision:4.2f} R {s.recall:4.2f} "
                         f"({s.tp_gold}/{s.n_gold} gold, {s.tp_pred}/{s.n_pred} predicted)")
        t = relgold.pooled({stem: relgold.TRIPLES[stem] for stem in scores})
        lines.append(f"relations {part:9} {'document triples (pooled)':28} P {t.precision:4.2f} R {t.recall:4.2f} "
                     f"({t.tp_gold}/{t.n_gold} gold, {t.tp_pred}/{t.n_pred} predicted)")
        a = relgold.pooled_attributes(scores)
        if a.pairs:
            lines.append(f"relations {part:9} {'attributes (matched pairs)':28} event {a.event / a.pairs:4.2f} "
                         f"(near-miss families {a.event_near / a.pairs:4.2f}), modality {a.modality / a.pairs:4.2f}, "
                         f"prospective {a.prospective / a.pairs:4.2f} ({a.pairs} pairs)")
        lines.append(f"relations {part:9} {'they / ils sentences':28} {a.plural_right}/{a.plural_pred} predicted right, "
                     f"{a.plural_gold} gold")
        w = relgold.pooled_losses(scores)
        lines.append(f"relations {part:9} {'found, by carrier':28} speech {w.speech_found}/{w.speech}, "
                     f"narration {w.narration_found}/{w.narration}")
        lines.append(f"relations {part:9} {'misses, in their sentence':28} nothing predicted {w.nothing}, "
                     f"source without the target {w.no_target}, target by another source {w.no_source}, "
                     f"other pairs {w.other}; actor unnamed in the mentions {w.unnamed}")
    return lines


# --- network ----------------------------------------------------------------------------------
def _rel(s, t, pol, date=None, event="accuse"):
    return {"doc_id": "d", "sent_id": 0, "source": s, "target": t, "event": event, "polarity": pol,
            "intensity": -2.0 if pol < 0 else 3.5, "evidence": f"{s} {event} {t}", "date": date}


def test_network_aggregates_edges():
    g = net.build_graph([_rel("A", "B", -1, "2024-01-02"), _rel("A", "B", -1, "2023-05-01"),
                         _rel("A", "B", 1, event="praise"), _rel("B", "A", -1)],
                        [{"actor": "A", "actor_type": "person"}] * 3 + [{"actor": "B", "actor_type": "org"}])
    e = g.edges["A", "B"]
    assert (e["count"], e["conflict"], e["cooperation"], e["net_polarity"]) == (3, 2, 1, -1)
    assert (e["first_date"], e["last_date"]) == ("2023-05-01", "2024-01-02")
    assert g.nodes["A"]["mentions"] == 3 and g.nodes["B"]["actor_type"] == "org"
    assert net.most_attacked(g) == [("B", 2), ("A", 1)]
    assert net.most_attacking(g) == [("A", 2), ("B", 1)]
    assert net.ambivalent_pairs(g) == [("A", "B")]
    assert net.signed_balance(g)["A"] == {"given": -1, "received": -1}


def test_structural_balance():
    # enemy of my enemy is my friend: balanced; three mutual enemies: unbalanced
    g = net.build_graph([_rel("A", "B", -1), _rel("B", "C", -1), _rel("A", "C", 1, event="praise")])
    b = net.balance(g)
    assert (b.triads, b.balanced, b.unbalanced) == (1, 1, [])
    g = net.build_graph([_rel("A", "B", -1), _rel("B", "C", -1), _rel("C", "A", -1)])
    assert net.balance(g).unbalanced == [("A", "B", "C")]


def test_graphml_is_deterministic(tmp_path):
    rels = [_rel("B", "A", -1), _rel("A", "C", 1, event="praise")]
    a = net.write_graphml(net.build_graph(rels), tmp_path / "a.graphml").read_bytes()
    b = net.write_graphml(net.build_graph(list(reversed(rels))), tmp_path / "b.graphml").read_bytes()
    assert a == b


def test_a_quotation_speaks_in_every_sentence_it_runs_through():
    from mediakit.analyses.arguments import DocContext
    from mediakit.tag.spans import MentionIndex

    doc = process_document(RawDocument("t", "Daniel Whitcombe dirige Nexoria. « Nous ne partirons pas de Clermont. Nous "
                                            "attaquerons tout le monde. Nous resterons », a déclaré Daniel Whitcombe.",
                                       "t.txt"))
    ctx = DocContext(doc.sentences, MentionIndex(doc.mentions), doc.quotes, doc.dates, {}, {})
    assert [ctx.speaker_at(i) for i in range(4)] == [None] + ["Daniel Whitcombe"] * 3


@pytest.mark.parametrize("text, expected", [
    # (review of the night round) a court is where parties quarrel, not what the verb is about
    ("Lumeria et Orvane s'affrontent au tribunal depuis deux ans.", ("Lumeria", "Orvane", -1, "quarrel", "asserted")),
    # a leader may still be sued or fired by their own organisation
    ("La directrice de Lumeria, Julie Caron, a été licenciée en mars. Lumeria a porté plainte contre Julie Caron "
     "pour abus de biens sociaux.", ("Lumeria", "Julie Caron", -1, "sue", "asserted")),
    ("Le patron de Lumeria, Paul Lenoir, est sous pression. Les actionnaires de Lumeria ont limogé Paul Lenoir jeudi.",
     ("Lumeria", "Paul Lenoir", -1, "fire", "asserted")),
])
def test_night_round_rules_keep_real_events(text, expected):
    assert expected in relations(text), relations(text)


def test_a_reciprocal_verb_with_a_thing_as_argument_is_no_quarrel():
    # « qui s'opposait à la vente »: opposing a sale is no quarrel with whoever else the sentence names;
    # « se sont brouillés au printemps »: a time is no such argument
    got = relations("La Ville de Niort a salué Paul Berthier. Le directeur sportif, Fabien Leray, qui s'opposait à "
                    "la vente du centre de formation, a quitté le club.")
    assert not {r for r in got if r[3] == "quarrel"}, got
    got = relations("Jeanne Dupuis et Paul Berthier se sont brouillés au printemps dernier.")
    assert ("Jeanne Dupuis", "Paul Berthier", -1, "quarrel", "asserted") in got, got


def test_a_critical_incise_reaches_the_quotation_after_it():
    # « …, tonne X. Avialim nous traite… »: the part after the incise names the target
    text = ("Le transporteur Volavia est en conflit avec la société Avialim. « Nous payons ici des redevances "
            "parmi les plus chères de France, tonne son PDG, Bertrand Lhomme. Avialim nous traite comme une vache "
            "à lait. »")
    assert ("Bertrand Lhomme", "Avialim", -1, "criticize", "reported") in relations(text)


def test_a_critical_incise_targets_the_description_its_quotation_opens_with():
    text = ("La Coopérative de l’eau Aunis-Saintonge projette sept réserves. « La coopérative nous vend de la "
            "substitution, mais c’est de l’accaparement », s’agace Laure Penaud.")
    assert {r[:4] for r in relations(text)} == {
        ("Laure Penaud", "Coopérative de l'eau Aunis-Saintonge", -1, "criticize")}


def test_a_pronoun_opening_a_critical_quotation_is_no_target():
    # « Elle » inside the speaker's words may be anyone the speaker has in mind
    text = ("La société Brenox a licencié Claire Morvan. « Elle a fait son devoir et on l'a punie pour ça », "
            "tonne Odile Ferrec.")
    assert not any(r[0] == "Odile Ferrec" for r in relations(text))


@pytest.mark.parametrize("text, expected", [
    # a bare description of a person takes up the person in focus (subject, then object)
    ("La Coopérative de l’eau Aunis-Saintonge projette sept réserves. Laure Penaud, porte-parole de "
     "l’association Vigie Eau, s’y oppose. La militante accuse aussi la coopérative de mentir.",
     ("Laure Penaud", "Coopérative de l'eau Aunis-Saintonge", -1)),
    ("La chercheuse Claire Morvan a été licenciée par l’Institut Armorique. L’association Sciences Intègres a "
     "volé au secours de la lanceuse d’alerte.", ("Sciences Intègres", "Claire Morvan", 1)),
])
def test_a_described_person_is_the_person_in_focus(text, expected):
    assert expected in {r[:3] for r in relations(text)}


@pytest.mark.parametrize("text", [
    # a thing with a person-like ending, and a masculine agent noun that may be a firm
    "Marc Dumas dirige la société Brenox. La responsabilité accuse la société Valmy.",
    "Marc Dumas dirige la société Brenox. Le repreneur accuse la société Valmy de mentir.",
])
def test_a_description_that_may_be_a_thing_or_a_firm_is_not_a_person(text):
    assert not any(r[0] == "Marc Dumas" for r in relations(text))


@pytest.mark.parametrize("text, expected", [
    # « se voir / se faire + infinitive »: a passive; its subject is the one the act befalls
    ("Olivier Granger s’est vu retirer ses délégations par la maire, Nathalie Roussel.",
     {("Nathalie Roussel", "Olivier Granger", -1)}),
    ("Paul Roche s’est fait embaucher par la société Valmy.", {("Valmy", "Paul Roche", 1)}),
    ("La société Brenox s’est vu infliger une amende par l’Autorité de la concurrence.",
     {("Autorité de la concurrence", "Brenox", -1)}),
])
def test_se_voir_and_se_faire_are_passives(text, expected):
    assert {r[:3] for r in relations(text)} == expected


def test_a_reciprocal_verb_keeps_its_clitic_across_adverbs():
    # « se sont mutuellement accusés », « se sont d'ailleurs vivement accrochés »: each to the other
    text = ("Lina Carvalho et Paul Ribeyre se sont mutuellement accusés de mensonge. Lina Carvalho et Paul Ribeyre "
            "se sont d’ailleurs vivement accrochés.")
    assert {r[:4] for r in relations(text)} == {
        ("Lina Carvalho", "Paul Ribeyre", -1, "accuse"), ("Paul Ribeyre", "Lina Carvalho", -1, "accuse"),
        ("Lina Carvalho", "Paul Ribeyre", -1, "quarrel"), ("Paul Ribeyre", "Lina Carvalho", -1, "quarrel")}


@pytest.mark.parametrize("text, expected", [
    ("Le régulateur Arcel a infligé des pénalités de retard à la société Tessal.", {("Arcel", "Tessal", -1, "sanction")}),
    # an exchange of insults is a quarrel both ways; one insult is a criticism
    ("Hugo Ferrand et Théo Lamy se sont insultés.", {("Hugo Ferrand", "Théo Lamy", -1, "quarrel"),
                                                     ("Théo Lamy", "Hugo Ferrand", -1, "quarrel")}),
    ("Marc Olier a insulté Paul Ternier.", {("Marc Olier", "Paul Ternier", -1, "criticize")}),
    # an act given up did not happen (« renoncer au rachat », « renoncer à racheter »)
    ("Paul Ternier pourrait renoncer au rachat du club Vannes Atlantique.", set()),
    ("Paul Ternier a renoncé à racheter le club Vannes Atlantique.", set()),
])
def test_penalties_insults_and_acts_given_up(text, expected):
    assert {r[:4] for r in relations(text)} == expected


def test_a_participle_after_a_comma_is_not_a_subordinate_clause_s_subject_s_act():
    text = "Quand Paul Roche a refusé, la société Valmy a attribué le marché à Tessal, écartant la société Brenox."
    assert not any(r[0] == "Paul Roche" for r in relations(text))


def test_an_intercommunal_body_and_a_participle_after_a_comma():
    # the name keeps the word that says what it is (« … Agglomération »), « la collectivité » takes
    # it up, and « …, écartant Z » is the main clause's subject's act (the parse hung it on a noun)
    text = ("Le conseil communautaire de Blavet Océan Agglomération a attribué jeudi soir, par 41 voix contre 12, "
            "la délégation de service public de la salle du Hangar au groupe Pulsar Live, écartant l’association "
            "Les Ondes Vives, qui gérait le lieu depuis 2005. La collectivité reproche à l’association une gestion "
            "« opaque ».")
    assert {r[:4] for r in relations(text)} == {
        ("Blavet Océan Agglomération", "Les Ondes Vives", -1, "exclude"),
        ("Blavet Océan Agglomération", "Les Ondes Vives", -1, "accuse")}


@pytest.mark.parametrize("text", [
    # the agglomeration dropped the association; its director's « trahison » is aimed at the agglomeration
    "Le conseil de Blavet Océan Agglomération a écarté l’association Les Ondes Vives. « C’est une trahison », "
    "dénonce la directrice des Ondes Vives, Maud Keraudren.",
    # the act of the sentence before, not an earlier quotation's act listed after the narration's
    "« Les Ondes Vives ont menti », tonne Paul Ternier. Le conseil de Blavet Océan Agglomération a écarté "
    "l’association Les Ondes Vives. « C’est une trahison », dénonce la directrice des Ondes Vives, Maud Keraudren.",
])
def test_a_critical_incise_naming_no_one_answers_the_latest_act_against_the_speaker_s_side(text):
    assert ("Maud Keraudren", "Blavet Océan Agglomération", -1, "criticize") in {r[:4] for r in relations(text)}


def test_a_governed_short_quotation_does_not_answer_an_earlier_act():
    # « dénonce un « putsch » »: the narration's own event, not a quotation's act against the last wrongdoer
    text = ("Le conseil de Blavet Océan Agglomération a écarté l’association Les Ondes Vives. La directrice des Ondes "
            "Vives, Maud Keraudren, dénonce un « putsch ».")
    assert not any(r[0] == "Maud Keraudren" and r[3] == "criticize" and r[4] == "reported" for r in relations(text))


def test_a_complaint_whose_contre_the_parse_hung_deep_in_its_de_phrase():
    text = "La plainte de l’Amicale des locataires des Sablons contre la société Ecoval a été déposée vendredi."
    assert {r[:4] for r in relations(text)} == {("Amicale des locataires des Sablons", "Ecoval", -1, "sue")}


def test_a_weekday_opens_no_name_and_adverbs_stand_between_subject_and_verb():
    # « Mercredi matin » is no actor; the coordinated names right before « se sont mutuellement
    # accusés » are its subject, whatever the parse hung them on
    text = ("Mercredi matin, sur France Bleu Armorique, Loïc Le Bihan et Camille Rouxel se sont mutuellement accusés "
            "de mauvaise foi.")
    assert {r[:4] for r in relations(text)} == {("Loïc Le Bihan", "Camille Rouxel", -1, "accuse"),
                                                ("Camille Rouxel", "Loïc Le Bihan", -1, "accuse")}


def test_a_first_person_object_in_the_speaker_s_words_is_the_speaker():
    # an interview's answer has no incise and no name after it: « m' » is the interviewee
    text = ("Titre\nJoint par téléphone, l’agent Marc Olier a répondu à nos questions.\n"
            "Le club vous accuse de mentir. Que répondez-vous ?\nC’est faux. Yves Caradec m’a toujours soutenu.")
    assert ("Yves Caradec", "Marc Olier", 1, "support") in {r[:4] for r in relations(text)}


@pytest.mark.parametrize("text", [
    # « nous » is the subject of a passive, not a reflexive clitic
    "« Nous avons été licenciés par Brenox », a déclaré Marc Olier.",
    # « se faire un plaisir de » is no passive
    "Marc Olier s’est fait un plaisir de critiquer la société Brenox.",
])
def test_no_reversed_act_from_a_subject_pronoun_or_se_faire_with_an_object(text):
    assert not any(r[0] == "Marc Olier" and r[1] == "Brenox" and r[2] == -1 and r[3] == "fire" for r in relations(text))
    if "plaisir" in text:
        assert ("Marc Olier", "Brenox", -1, "criticize") in {r[:4] for r in relations(text)}


def test_an_english_cue_word_does_not_fire_in_a_french_quote():
    # French « lie » (lier) is not English "lie": the cue words are read in the quote's language
    text = ("« La convention qui lie le club à la Ville d’Angers est caduque », a déclaré Karine Delorme, "
            "présidente du club Étoile Basket.")
    assert not any(r[3] == "accuse" for r in relations(text))


@pytest.mark.parametrize("text, expected", [
    # a denial word answers the accuser; a word of blame criticises the actor the quote names
    ("La société Orban accuse Paul Roux de fraude. « C'est une fable », répond Paul Roux.",
     ("Paul Roux", "Orban", -1, "deny", "reported")),
    ("« Le comportement de la société Orban est inadmissible », affirme Paul Roux.",
     ("Paul Roux", "Orban", -1, "criticize", "reported")),
])
def test_a_quotation_of_denial_or_blame_is_its_speakers_act(text, expected):
    assert expected in relations(text)


@pytest.mark.parametrize("text, expected", [
    # (salience alone picks the latest subject, the firm: the words of the name decide)
    ("L’Étoile Basket Angevine joue à Angers. La société Sallia Events a assigné l’Étoile Basket Angevine en "
     "justice. Le club a limogé son entraîneur, Boris Lemaire.", ("Étoile Basket Angevine", "Boris Lemaire", -1, "fire")),
    ("Loire Patrimoine Capital a présenté ses comptes. La société Valmy a racheté Loire Patrimoine Capital. "
     "Le fonds a investi deux millions d’euros dans la société Equinox Loisirs.",
     ("Loire Patrimoine Capital", "Equinox Loisirs", 1, "invest")),
])
def test_a_referring_noun_takes_up_a_name_that_says_what_it_is(text, expected):
    assert expected in {r[:4] for r in relations(text)}


def test_a_noun_apposed_across_an_adjective_and_a_landlord_named_after_housing():
    # « l'office public Mayenne Habitat » registers « l'office »; « le bailleur » takes up a name of housing
    text = ("Les locataires de la résidence des Sablons visent l’office public Mayenne Habitat. L’Amicale des "
            "locataires des Sablons accuse le bailleur d’avoir laissé pourrir la résidence. L’office a mis en demeure "
            "la société Thermilux le mois dernier.")
    got = {r[:4] for r in relations(text)}
    assert got == {("Amicale des locataires des Sablons", "Mayenne Habitat", -1, "accuse"),
                   ("Mayenne Habitat", "Thermilux", -1, "threaten")}, got


def test_a_dateline_town_in_capitals_is_no_description_s_referent():
    # the opening of a development article (heldout3): « la plateforme » had taken up « LIMOGES »
    path = relgold.REL_DIR / "heldout3" / "heldout3_01_aerien.txt"
    text = "\n".join(path.read_text(encoding="utf-8").split("\n")[:2])
    assert not any("LIMOGES" in (r[0], r[1]) for r in relations(text)), relations(text)


def test_a_quotation_completing_a_que_clause_is_said_of_its_subject():
    # « a écrit que la société X était « … contrôlée par Y » »: X is criticised, not Y
    text = ("Paul Roche a écrit mardi que la société Brenox était devenue « un fiasco, une entreprise contrôlée par "
            "le groupe Valmy ».")
    got = {r[:4] for r in relations(text)}
    assert ("Paul Roche", "Brenox", -1, "criticize") in got and not any(r[1] == "Valmy" for r in got), got


@pytest.mark.parametrize("text, expected", [
    # a bare denial answers the accusation made just before against its source
    ("Le syndicat Force Taxi accuse la plateforme Ridelo de fraude. Ridelo dément en bloc.",
     ("Ridelo", "Force Taxi", -1, "deny")),
    ("Marie Dubois accuse Gilles Marsan d’ingérence. Gilles Marsan dément toute ingérence.",
     ("Gilles Marsan", "Marie Dubois", -1, "deny")),
])
def test_a_bare_denial_answers_the_latest_accuser(text, expected):
    assert expected in {r[:4] for r in relations(text)}, relations(text)


@pytest.mark.parametrize("text", [
    # a plan of one's own denied is no answer to anyone (the negated trap of tune_01)
    "Marie Dubois accuse Gilles Marsan d’ingérence. Gilles Marsan a démenti toute volonté de se séparer de Paul Roche.",
    # an accusation four sentences back is out of reach
    "Marie Dubois accuse Gilles Marsan d’ingérence. Le jury s’est réuni. Il a voté. Il a délibéré. Le prix est remis. "
    "Gilles Marsan dément.",
])
def test_a_denial_of_a_plan_or_far_from_any_accusation_answers_no_one(text):
    assert not any(r[3] == "deny" for r in relations(text)), relations(text)


def test_an_act_expected_in_the_conditional_did_not_happen():
    text = ("Anne Verdier accuse la Fondation Lescure. « Je pensais que la Fondation Lescure me soutiendrait », "
            "a-t-elle dit.")
    assert not any(r[3] == "support" for r in relations(text)), relations(text)


def test_a_quarrel_with_only_a_setting_is_between_the_two_and_a_board_s_agent_is_its_organisation():
    # « sur les pontons de Lorient » says where, it names no party; « jeudi » between the participle and
    # its agent, and the board's organisation eight words after « par »
    text = ("Thomas Alvarez a critiqué Maëlle Quéré. Les deux marins se sont invectivés dimanche sur les pontons de "
            "Lorient. La Fondation Lescure organise le prix. Marie Dubois a été limogée jeudi par le conseil "
            "d’administration de la Fondation Lescure.")
    got = {r[:4] for r in relations(text)}
    assert {("Thomas Alvarez", "Maëlle Quéré", -1, "quarrel"), ("Maëlle Quéré", "Thomas Alvarez", -1, "quarrel"),
            ("Fondation Lescure", "Marie Dubois", -1, "fire")} <= got, got
    assert not any(r[1] == "Lorient" for r in got), got


def test_a_participle_opening_the_sentence_with_its_agent_is_said_of_the_main_subject():
    text = "Licenciée en février par Lithorec pour faute grave, Sophie Marchal a saisi les prud’hommes contre Lithorec."
    got = {r[:4] for r in relations(text)}
    assert {("Lithorec", "Sophie Marchal", -1, "fire"), ("Sophie Marchal", "Lithorec", -1, "sue")} <= got, got


@pytest.mark.parametrize("text, expected", [
    # calling someone names; « traité » after an auxiliary is the verb, not a treaty's name (« traité X »)
    ("Patrick Delmas a traité Julien Sarda de voyou.", ("Patrick Delmas", "Julien Sarda", -1, "criticize")),
    # an assembly's vote on a partnership with someone
    ("Garonne Métropole a voté jeudi un partenariat avec la coopérative Taxi Coop Occitanie.",
     ("Garonne Métropole", "Taxi Coop Occitanie", 1, "partner")),
])
def test_names_called_and_a_partnership_voted(text, expected):
    assert expected in {r[:4] for r in relations(text)}, relations(text)


def test_the_insurer_takes_up_an_insurance_name_and_a_publication_s_selon_is_no_act():
    # « l'assureur » takes up the name that says insurance (types.yml name_marks); « selon Le Marin »
    # reports the act, the publication does not threaten anyone
    text = ("La société Kerivel Assurances accuse Maëlle Quéré de diffamation. L’assureur envisagerait de poursuivre "
            "Maëlle Quéré en justice, selon Le Marin. L’écurie Voile Bretonne a assigné mardi l’assureur devant le "
            "tribunal de commerce.")
    got = {r[:4] for r in relations(text)}
    assert {("Kerivel Assurances", "Maëlle Quéré", -1, "sue"), ("Voile Bretonne", "Kerivel Assurances", -1, "sue")} <= got
    assert not any(r[0] == "Le Marin" for r in got), got


def test_a_post_offered_is_a_prospective_hiring():
    # (invented) « proposer / offrir / promettre un poste, la direction à X » (events.yml hire): an offer of
    # employment, prospective (offer_verbs); a post that is not the verb's object offers nothing
    offered = ("La société Datavia a perdu sa directrice financière. Datavia a proposé un poste de directrice à Sonia "
               "Brahimi, qui a accepté.")
    got = process_document(RawDocument("t", offered, "t.txt")).relations
    assert [(r.source, r.target, r.event, r.prospective) for r in got] == [("Datavia", "Sonia Brahimi", "hire", True)]
    assert ("Sophie Le Gall", "Anne Morvan", 1) in {r[:3] for r in relations(
        "Sa présidente, Sophie Le Gall, a même proposé à la chercheuse Anne Morvan un poste d'enseignante à la rentrée.")}
    assert not relations("La direction de la société Orvix a proposé la suppression du poste de Marie Lenoir.")


def test_the_post_offered_and_the_adverbs_do_not_reach_further():
    # (review of 865d0b5) a sum promised or proposed keeps its own event, not an offer of a post; a post offered
    # to a place or a firm is no hiring; « au contraire de X » compares X, it is no adverb before the object
    assert ("Datavia", "Saint-Roch", 1, "support") in {r[:4] for r in relations(
        "La société Datavia a promis une enveloppe de 2 millions d'euros à l'hôpital Saint-Roch de Lyon.")}
    assert ("Vernal", "Olympique Brestois", 1, "partner") in {r[:4] for r in relations(
        "Le groupe Vernal a proposé 3 millions d'euros au club Olympique Brestois.")}
    assert not relations("La société Datavia propose un poste de technicien à Lyon.")
    assert not relations("Le ministre Paul Ravier a promis la direction du projet à la société Bativert.")
    assert not relations("Le syndicat Unitra a manifesté lundi. Le syndicat critique au contraire de la société Orvix "
                         "le projet de loi.")


def test_the_screened_tokens_are_all_that_can_trigger():
    # extract_relations runs events.match only on events.candidate_tokens: every token of this file's
    # sentences that match gives a trigger must be among them (tests/test_screens.py: every line of tests/data)
    from mediakit.analyses import events
    from mediakit.text.nlp import pipeline

    cases = [text for text, _ in CASES]
    for lang in ("fr", "en"):
        for doc in pipeline(lang).pipe(cases):
            screened = set(events.candidate_tokens(doc, lang))
            assert all(t.i in screened for t in doc if events.match(t, lang) is not None), doc.text


@pytest.mark.parametrize("text,pair", [
    # denying a past act (a past infinitive) answers the accuser, unlike denying a plan
    ("Yacine Ferhat accuse Kourso de l'avoir fait suivre par un détective. L'entreprise dément avoir eu "
     "recours à un détective.", ("Kourso", "Yacine Ferhat", -1)),
    # contesting someone's account of the facts answers its author
    ("Anne-Sophie Teyssier accuse Aquaterm de l'avoir licenciée pour avoir alerté l'ARS. Aquaterm conteste "
     "ce récit.", ("Aquaterm", "Anne-Sophie Teyssier", -1)),
])
def test_a_denial_of_an_account_or_a_past_act_answers_the_accuser(text, pair):
    assert pair in {(s, t, p) for s, t, p, _, _ in relations(text)}, relations(text)


def test_a_lawyer_s_filing_is_the_client_s_suit():
    got = relations("Anne-Sophie Teyssier a été licenciée par Aquaterm. Son avocat, Me Hugues Malvezin, a saisi "
                    "pour elle le conseil de prud'hommes contre Aquaterm.")
    pairs = {(s, t, p) for s, t, p, _, _ in got}
    assert ("Anne-Sophie Teyssier", "Aquaterm", -1) in pairs and not any(s == "Hugues Malvezin" for s, _, _ in pairs), got



@pytest.mark.parametrize("text,pair", [
    # an informant's « son avocat » is no counsel: the subject sues
    ("Selon son avocat, Paul Henri a déposé plainte contre la commune de Vannes.", ("Paul Henri", "Vannes", -1)),
    # « l'avocate d'X, Me Y »: X's suit
    ("L'avocate d'Aquaterm, Me Sophie Blanc, a déposé un recours contre la commune de Vannes.", ("Aquaterm", "Vannes", -1)),
])
def test_counsel_and_client(text, pair):
    assert pair in {(s, t, p) for s, t, p, _, _ in relations(text)}, relations(text)


def test_contesting_an_act_is_no_answer_to_its_author():
    # « la déclaration d'utilité publique » is an act, not someone's account
    got = relations("Aquaterm conteste la déclaration d'utilité publique signée par le préfet du Morbihan, Paul Henri.")
    assert not any(e == "deny" for _, _, _, e, _ in got), got


# Written for this test (invented town and firm): the dispatch's town, named only in its dateline,
# is what « la commune » means; before the rule the act had no source.
def test_la_commune_is_the_dateline_s_town():
    text = ("Chantier de l'église : rupture\n"
            "MORVILLE-SUR-AUBE (Aube), 3 mars 2026 — Le chantier est à l'arrêt. La commune a résilié "
            "son contrat avec la société Pierres de Bourgogne. La commune a aussi assigné la société "
            "Batiroc devant le tribunal.")
    got = relations(text)
    assert ("Morville-sur-Aube", "Batiroc", -1, "sue", "asserted") in got, got


def test_a_bare_denial_answers_the_party_who_told_of_the_act():
    # Written for this test: the accusation is the informant's (« selon X », a person), not an outlet's;
    # before the rule the denial had no target.
    got = relations("Le président du syndicat, Jean-Marc Boisseau, aurait même menacé de venir avec les tracteurs "
                    "devant le local de l'association Eau Vive, selon Clémence Rivaud. Il dément : "
                    "« Je n'ai menacé personne. »")
    assert ("Jean-Marc Boisseau", "Clémence Rivaud", -1, "deny", "asserted") in got, got
    # an outlet that reports the act accuses no one (a guard of the outlet filter: before the rule the
    # denial had no target either)
    got = relations("La société Ardanel aurait licencié vingt salariés, selon Le Monde. Ardanel dément.")
    assert not any(r[3] == "deny" for r in got), got


# Written for these tests (invented actors): a denial whose object is the charge, not an actor, answers
# whoever made the charge; before the change each had no target (or no source).
@pytest.mark.parametrize("text, pair", [
    # figures pointed at are someone's account; the charge was against the firm the source leads
    ("Le syndicat Sudal accuse le groupe Ardanel de fraude. Le PDG d'Ardanel, Paul Berthier, conteste ces chiffres.",
     ("Paul Berthier", "Sudal", -1)),
    # « ses constats »: the possessive's owner made them
    ("L'inspectrice du travail Claire Dumont a mis en demeure le groupe Ardanel. Un porte-parole d'Ardanel conteste "
     "ses constats.", ("Ardanel", "Claire Dumont", -1)),
    # « Il dément » (« dément » read as an adverb): its subject is the pronoun before it
    ("Le club Lumea accuse Marc Olivier de trahison. Il dément avoir rencontré Paul Berthier.",
     ("Marc Olivier", "Lumea", -1)),
    # a dislocated subject (« La directrice, elle, dément »)
    ("Le collectif Sudal accuse la directrice, Anne Morel, de harcèlement. La directrice, elle, dément tout "
     "harcèlement.", ("Anne Morel", "Sudal", -1)),
    # the source's own quoted reply between the charge and the denial keeps them close
    ("Le club Lumea accuse Marc Olivier de trahison. « Je n'ai rien à me reprocher », lâche Marc Olivier. « Je reste "
     "serein. Mes avocats sont prêts. Je me battrai. » Marc Olivier dément avoir signé avec la société Fabrika.",
     ("Marc Olivier", "Lumea", -1)),
    # « l'école que dirige X »: X answers for the school the informant spoke of
    ("Fabrika, l'école de danse que dirige Marc Olivier, recrute. Selon Paul Roux, la Ville aurait proposé à "
     "Fabrika un marché. Marc Olivier dément : « Nous n'avons rien signé. »", ("Marc Olivier", "Paul Roux", -1)),
])
def test_a_denial_of_the_charge_answers_whoever_made_it(text, pair):
    assert pair in {(s, t, p) for s, t, p, _, _ in relations(text)}, relations(text)


def test_a_name_in_the_infinitive_a_denial_governs_is_no_target():
    # Guard of the subject read above: « dément vouloir rejoindre X » denies a plan; X is not answered
    got = relations("Le club Lumea accuse Marc Olivier de trahison. Il dément vouloir rejoindre la société Fabrika.")
    assert not any(r[3] == "deny" for r in got), got


def test_a_bare_role_takes_up_the_person_its_role_phrase_named():
    # Written for this test: « la directrice » is the hospital's director named with that role, not the
    # woman named last (« ancienne cheffe »), who held it before the rule.
    got = relations("La directrice de l'hôpital, Hélène Quéméner, a défendu la fermeture. Sophie Kerbrat, ancienne "
                    "cheffe du service, a été écartée. Lundi, la directrice et le Dr Paul Le Bihan se sont "
                    "violemment accrochés.")
    pairs = {r[:2] for r in got if r[3] == "quarrel"}
    assert ("Hélène Quéméner", "Paul Le Bihan") in pairs and ("Sophie Kerbrat", "Paul Le Bihan") not in pairs, got


# Written for this test (invented firms), judged by hand: a negated verb does not cancel the event its
# subject names, unless the verb says whether that event happened.
def test_a_negated_verb_cancels_its_subject_s_event_only_when_it_says_it_happened():
    assert ("Lumea", "Batexa", -1, "sue", "asserted") in relations(
        "Le recours de Lumea contre Batexa ne suspend pas le chantier.")
    assert not any(r[3] == "acquire" for r in relations("Le rachat de Lumea par Batexa n'a pas eu lieu."))


def test_an_actor_named_in_the_charge_is_not_the_accused():
    # Written for this test, judged by hand: « le gestionnaire » (the airport operator) is the accused, and
    # the parse misses it (« en outre » read as its preposition); Lumea, named in what the operator is
    # said to have done, is no target. Before the rule the fallback made Lumea the accused.
    got = relations("L'aéroport est géré par la société Aérobrive. Le patron de la compagnie Volavia, Paul Berthier, "
                    "dénonce la hausse des redevances. Le dirigeant accuse en outre le gestionnaire d'avoir consenti en "
                    "secret des conditions « très avantageuses » à Lumea, une compagnie à bas coût.")
    assert not any(r[1] == "Lumea" for r in got), got


def test_a_negation_left_on_an_auxiliary_the_parse_cut_off_cancels_the_act():
    # Written for this test, judged by hand: fr_core_news_md makes « a » the root and hangs « rompu » on it
    # as an adverbial clause, the negation staying on « a »; the break did not happen. The same words
    # without the negation still break.
    assert not any(r[3] == "break" for r in relations(
        "La Région Bretagne a critiqué Nexoria. Elle n'a pas pour autant rompu avec Nexoria, contrairement à la ville."))
    assert ("Région Bretagne", "Nexoria", -1, "break", "asserted") in relations(
        "La Région Bretagne a critiqué Nexoria. Elle a pour sa part rompu avec Nexoria.")


@pytest.mark.parametrize("before, informs", [
    ("Selon « ", True),  # « Selon « Libération », la direction … »: the outlet, in guillemets (before: missed)
    ("Selon la ", True),  # « Selon la SDJ, … » (before: missed)
    ("selon ", True),
    ("Hier, la ", False),
    ("Selon « Libération », la ", False),  # the description after the informant is no informant
])
def test_an_informant_is_told_past_a_guillemet_and_an_article(before, informs):
    class Sentence:  # the one look-up `informant` makes: the sentence's words before the mention
        def text_before(self, offset, n):
            return before[-n:]
    assert salience.informant(Sentence(), len(before)) is informs


def test_the_relative_object_pronoun_is_the_name_before_its_comma():
    # tune2's truffle article, judged by hand: the parse makes « qu' » a subordinating mark and hangs
    # « accuse » on « porté »; the accused is Tuber & Co, not « Ventoux » of the charge (before the rule)
    text = ("La Coopérative des trufficulteurs du Ventoux a porté plainte lundi contre le négociant carpentrassien "
            "Tuber & Co, qu'elle accuse d'avoir écoulé comme truffes du Ventoux des tubercules importés de Chine.")
    got = {r[:3] for r in relations(text)}
    assert got == {("Coopérative des trufficulteurs du Ventoux", "Tuber & Co", -1)}, got


@pytest.mark.parametrize("text", [
    # tune2's airport article: md reads « dément » as an adverb after « La société » (before: an acquisition)
    "La société Tarraco Handling a signé. La société dément par ailleurs avoir voulu racheter Escale Assistance au "
    "printemps.",
    "Le groupe Orban dément avoir racheté Vernal.",
    # tune4's hockey article: a clitic between, and md tags the participle an adjective (before: a sanction)
    "Le président, Bruno Lemarchand, a écarté Julien Hébert selon Ouest-France. Bruno Lemarchand dément l'avoir "
    "sanctionné : « Julien était blessé, point final. »",
])
def test_a_denied_past_infinitive_is_no_act(text):
    assert not any(r[3] in ("acquire", "sanction") for r in relations(text)), relations(text)


def test_whom_one_hires_or_fires_is_a_person_and_an_employer_is_where_one_works():
    # tune2's airport article, judged by hand: « il » and « l' » are Julien Mas (not the firm named
    # last, which agrees with « il » too), and « son employeur » is the firm « chez » which he works
    # (before: no relation in either sentence)
    text = ("Le cas de Julien Mas alimente la rancœur. Chef d'escale chez Escale Assistance depuis 2013, il a été "
            "licencié en novembre par son employeur pour faute grave. Selon sa direction, il aurait transmis des "
            "plannings à Tarraco Handling. La société catalane l'a recruté la semaine dernière.")
    got = {r[:3] for r in relations(text)}
    assert {("Escale Assistance", "Julien Mas", -1), ("Tarraco Handling", "Julien Mas", 1)} <= got, got


def test_a_quarrel_told_by_someone_and_dated_by_a_place_is_between_the_two():
    # tune2's tennis article: « selon … » says who tells of it and « dès le tournoi de Limoges » when;
    # neither is a party (before: Limoges was the target, and there was no reciprocal pair)
    text = ("Le fondateur de l'académie Horizon, Frédéric Aubanel, a licencié Marco Vettori. Selon plusieurs joueurs, "
            "les deux hommes se seraient violemment disputés dans les vestiaires dès le tournoi de Limoges.")
    got = {r[:4] for r in relations(text)}
    assert {("Frédéric Aubanel", "Marco Vettori", -1, "quarrel"), ("Marco Vettori", "Frédéric Aubanel", -1, "quarrel")} <= got, got


def test_a_participle_after_an_inverted_subject_is_an_incise():
    # tune3's emergency-ward paragraph: « », a-t-il confié à La Montagne » is the verb of saying of the
    # quotation, not an entrusting (before: Julien Pradel hired the newspaper)
    path = relgold.REL_DIR / "tune3" / "tune3_03_urgences.txt"
    text = next(line for line in path.read_text(encoding="utf-8").split("\n") if line.startswith("Au cœur de la polémique"))
    assert not any(r[1] == "La Montagne" for r in relations(text)), relations(text)


@pytest.mark.parametrize("form, verb", [("dément", "démentir"), ("démentent", "démentir"), ("nie", "nier"),
                                        ("nient", "nier")])
def test_a_present_form_gives_its_infinitive(form, verb):
    # the surface denial of test_a_denied_past_infinitive_is_no_act reads the verb off its form
    # (before the review « démentent » gave « démeentir »)
    assert verb in event_mood._present_of(form)


@pytest.mark.parametrize("before, blamed", [
    # tune2's tennis article, judged by hand: what the man who fired Marco Vettori says Marco did is
    # blame, though no word of it is one (before: no relation in the quotation)
    ("Frédéric Aubanel, le fondateur de l'académie Horizon, a licencié Marco Vettori en octobre.", True),
    # the same words with no conflict between the two anywhere: a plain account, no blame
    ("Frédéric Aubanel, le fondateur de l'académie Horizon, a recruté Marco Vettori en 2019.", False),
])
def test_a_quotation_telling_what_an_opponent_did_is_blame(before, blamed):
    text = (before + " « Dans ce métier, la loyauté n'est pas une option, rappelle Frédéric Aubanel. "
            "Marco a monté son projet niçois dans mon dos, avec mes joueurs. »")
    got = {r[:4] for r in relations(text)}
    assert (("Frédéric Aubanel", "Marco Vettori", -1, "criticize") in got) == blamed, got


def test_a_town_that_acts_is_the_institution_the_text_names():
    # tune4's Christmas-market article, judged by hand: « la mairie » is the Ville de Metz the text named,
    # not the dateline's place (before: Gérard Muller criticised « Metz »)
    text = ("METZ — Les chalets ne sont pas encore démontés. La Ville de Metz a attribué jeudi la concession de son marché de Noël au groupe Féeries Events. "
            "L'ancien concessionnaire, Lorraine Animations, a attaqué la décision. « La mairie nous a sacrifiés "
            "pour une vitrine lyonnaise », s'indigne son président, Gérard Muller.")
    got = {r[:3] for r in relations(text)}
    assert ("Gérard Muller", "Ville de Metz", -1) in got and not any("Metz" in (s, t) for s, t, _ in got), got


def test_a_bare_verb_after_a_name_in_a_headline_is_no_part_of_it():
    # tune4's hockey headline: md reads « vire » as an infinitive on « Harfangs de Caen »
    text = ("Hockey sur glace : le limogeage de Tomas Hrubec par les Harfangs de Caen vire au règlement de comptes\n"
            "Les Harfangs de Caen ont licencié leur entraîneur, Tomas Hrubec.")
    assert ("Harfangs de Caen", "Tomas Hrubec", -1) in {r[:3] for r in relations(text)}


def test_a_possessive_role_is_its_apposed_name_or_its_owner_s_spokesperson():
    # tune4's sorting-plant article, judged by hand: « Sa déléguée sur le site, Samia Bensaïd » is Samia
    # Bensaïd (a complement of place sits between role and name), and « Sa porte-parole », unnamed,
    # speaks for the collective that owns her (before: Nathalie Bourrel was fired, and Samia Bensaïd,
    # the woman named last, accused the Sivad)
    text = ("Le Sivad a infligé 640 000 euros de pénalités à Trivalor Sud, l'exploitant du site. La directrice de "
            "Trivalor Sud, Nathalie Bourrel, rejette la faute sur le syndicat.\nLe Collectif des riverains a porté "
            "plainte jeudi contre l'exploitant. Sa porte-parole accuse aussi le Sivad d'avoir fermé les yeux.\nCôté "
            "salariés, l'Union syndicale des métiers du déchet accuse l'exploitant d'avoir réduit les équipes. Sa "
            "déléguée sur le site, Samia Bensaïd, a été licenciée le 2 décembre par l'exploitant.")
    got = {r[:3] for r in relations(text)}
    assert {("Trivalor Sud", "Samia Bensaïd", -1), ("Collectif des riverains", "Sivad", -1)} <= got, got
    assert not {("Trivalor Sud", "Nathalie Bourrel", -1), ("Samia Bensaïd", "Sivad", -1)} & got, got


def test_a_company_s_board_and_its_troupe_are_the_company():
    # tune4's dance article, judged by hand: « Son conseil d'administration » acts for the company the
    # possessive takes up, « la troupe » is « la Compagnie Hors-Cadre », and so is « Hors-Cadre » alone
    # (before: no source for the dismissal, « la troupe » was Marc Delorme, « Hors-Cadre » another actor)
    text = ("La Compagnie Hors-Cadre traverse la pire crise de son histoire. Son conseil d'administration a révoqué "
            "le 18 novembre l'un de ses deux fondateurs, l'administrateur Marc Delorme. La plainte de la troupe contre "
            "son ancien administrateur a été déposée lundi. La Fondation Ressac a suspendu son aide à Hors-Cadre.")
    got = {r[:3] for r in relations(text)}
    assert {("Compagnie Hors-Cadre", "Marc Delorme", -1), ("Fondation Ressac", "Compagnie Hors-Cadre", -1)} <= got, got
    assert ("Marc Delorme", "Marc Delorme", -1) not in got and not any("Hors-Cadre" in (s, t) for s, t, _ in got), got


def test_who_receives_a_subsidy_is_an_organisation():
    # the tune set's football article, judged by hand: « lui » receives a subsidy of 300,000 euros, so it is
    # the club the mayor supports, not the mayor (before: the town supported its own mayor)
    text = ("L'AS Garonne Villeneuve a limogé son entraîneur. La maire de Villeneuve-sur-Lot, Hélène Marquet, a pour "
            "sa part apporté son soutien au club, rappelant que la ville lui avait accordé en janvier une subvention "
            "exceptionnelle de 300 000 euros.")
    got = {r[:3] for r in relations(text)}
    assert ("Villeneuve-sur-Lot", "AS Garonne Villeneuve", 1) in got and not any(t == "Hélène Marquet" for _, t, _ in got), got


def test_the_person_concerned_is_who_the_last_act_was_done_to():
    # tune4's hockey article, judged by hand: « L'intéressé » is the coach the club reproached, not the
    # president named last (before: Bruno Lemarchand denied, with no target)
    text = ("Les Harfangs de Caen ont licencié leur entraîneur, Tomas Hrubec. Le club, présidé depuis 2019 par "
            "l'ancien gardien Bruno Lemarchand, lui reproche une « perte totale de contrôle » du vestiaire. "
            "L'intéressé conteste ces reproches.")
    got = {r[:4] for r in relations(text)}
    assert ("Tomas Hrubec", "Harfangs de Caen", -1, "deny") in got and not any(s == "Bruno Lemarchand" for s, *_ in got), got


def test_taking_each_other_to_task_is_a_quarrel_and_shunning_is_a_boycott():
    # tune3's theme-park article, judged by hand (with the names the article gives the two and the park)
    text = ("Martine Keller et Gilbert Hoffmann se sont vivement pris à partie lors d'une réunion publique. "
            "L'association des Amis du Royaume appelle désormais ses adhérents à bouder le Royaume d'Ysengrin.")
    got = {r[:4] for r in relations(text)}
    assert {("Martine Keller", "Gilbert Hoffmann", -1, "quarrel"), ("Gilbert Hoffmann", "Martine Keller", -1, "quarrel"),
            ("Amis du Royaume", "Royaume d'Ysengrin", -1, "boycott")} <= got, got


@pytest.mark.parametrize("text, expected", [
    # tune3's theme-park article, judged by hand: the rival park's director praises the dismissed director
    ("Le parc a licencié Élodie Marchal. « Élodie est la meilleure metteuse en scène de parc du pays », affirme "
     "Paul Roux, directeur du Parc des Étoiles.", ("Paul Roux", "Élodie Marchal", 1, "praise")),
    # tune3's mountain-hut article: an English post backing an association by its handle
    ("Le Cercle pyrénéiste de Tarbes soutient la gardienne. Sur X, le guide américain Rob Haskins a écrit : « I stand "
     "with @CerclePyreneiste. » ", ("Rob Haskins", "Cercle pyrénéiste de Tarbes", 1, "support")),
])
def test_a_quotation_of_praise_or_backing_is_its_speakers_act(text, expected):
    assert expected in {r[:4] for r in relations(text)}, relations(text)


@pytest.mark.parametrize("text, expected", [
    # the review of the retagging rule: a finite verb after a clitic md tags a determiner stays a verb
    ("La société Orvane a recruté Marc Vidal en 2020. La société Orvane le licenciera en janvier.",
     ("Orvane", "Marc Vidal", -1, "fire")),
    # praise of an opponent is no blame (the review of the opponent rule)
    ("Frédéric Aubanel a licencié Marco Vettori. « Marco a toujours été un entraîneur brillant et je lui souhaite "
     "le meilleur », rappelle Frédéric Aubanel.", None),
])
def test_review_guards(text, expected):
    got = {r[:4] for r in relations(text)}
    if expected is None:
        assert not any(r[3] == "criticize" for r in got), got
    else:
        assert expected in got, got


def test_a_bare_role_keeps_the_person_it_first_took_up():
    # held-out 9's laboratory article (a development set), judged by hand: « la chercheuse » is Claire
    # Morvan each time, though another woman was named in between (before: Odile Ferrec was hired)
    text = ("Claire Morvan, immunologiste, a été licenciée par l'institut Armor. Dans un signalement, la chercheuse "
            "accuse le professeur Gilles Ropars d'avoir écarté des données. « Elle a fait son devoir », tonne la "
            "présidente de l'association Sciences Intègres, Odile Ferrec. Le laboratoire Kerbio a recruté la chercheuse.")
    got = {r[:3] for r in relations(text)}
    assert ("Kerbio", "Claire Morvan", 1) in got and ("Kerbio", "Odile Ferrec", 1) not in got, got


@pytest.mark.parametrize("text, expected", [
    # the tune set's football article, judged by hand: « son client » is the lawyer's client, the dismissed
    # coach, not the president named last (before: no source, or the president)
    ("L'AS Garonne Villeneuve a limogé son entraîneur, Patrick Lemoine. Patrick Lemoine n'a pas tardé à répliquer. "
     "Son avocate, Me Claire Baudouin, a indiqué que son client envisageait de saisir les prud'hommes contre l'AS "
     "Garonne Villeneuve.", ("Patrick Lemoine", "AS Garonne Villeneuve", -1)),
    # the same article's own wording: the client is who just spoke, not the president he accused after
    ("L'entraîneur Patrick Lemoine a été limogé par le président du club, Gérard Fontanel. « Je suis sonné », a-t-il "
     "confié à Sud Ouest, avant d'accuser Gérard Fontanel d'avoir « vidé les caisses ». Son avocate, Me Claire "
     "Baudouin, a indiqué que son client envisageait de saisir les prud'hommes contre l'AS Garonne Villeneuve.",
     ("Patrick Lemoine", "AS Garonne Villeneuve", -1)),
    # the tune set's theatre article: « L'avocat de X, Me Y, … sa cliente » is X
    ("La commune de Vernac-sur-Isle a congédié Hélène Maréchaux. L'avocat d'Hélène Maréchaux, Me Arnaud Lacoste, a "
     "indiqué que sa cliente saisirait le tribunal administratif contre la commune de Vernac-sur-Isle.",
     ("Hélène Maréchaux", "Vernac-sur-Isle", -1)),
    # held-out 3's rugby article (a development set): « Son avocate » after the sacked manager
    ("L'Union Quercy Rugby a licencié son manager Thierry Bousquet. Son avocate, Me Hélène Carrère, a indiqué que "
     "son client envisageait d'attaquer le club devant les prud'hommes.", ("Thierry Bousquet", "Union Quercy Rugby", -1)),
])
def test_a_lawyer_s_client_is_the_party_the_lawyer_speaks_for(text, expected):
    got = {r[:3] for r in relations(text)}
    assert expected in got and not any(s.startswith(("Claire", "Arnaud", "Hélène C")) for s, *_ in got), got


def test_renewed_confidence_is_support_and_quant_a_lui_is_no_object():
    # held-out 9's laboratory article (a development set), judged by hand: the director backs the
    # coordinator; « quant à lui » takes up the subject (before: « lui » was read as the dative)
    text = ("L'institut a licencié la chercheuse Claire Morvan. Le directeur de l'institut, le professeur Alain "
            "Kervella, a quant à lui renouvelé sa confiance au coordinateur de l'essai, Gilles Ropars.")
    got = {r[:4] for r in relations(text)}
    assert ("Alain Kervella", "Gilles Ropars", 1, "support") in got, got


def test_a_role_then_a_verb_and_que_is_not_an_apposition():
    # tune3's mountain-hut article, judged by hand: « Le maire affirme que Lucie Marsan … » does not make
    # Lucie Marsan the mayor (before: every « le maire » of the article was her)
    text = ("La gardienne Lucie Marsan accuse l'élu, Bernard Abadie, d'avoir voulu placer un proche. Le maire affirme "
            "que Lucie Marsan aurait refusé l'accès du refuge. Sa cliente poursuivrait aussi le maire, selon Me Paul Roux.")
    got = {r[:3] for r in relations(text)}
    assert ("Lucie Marsan", "Bernard Abadie", -1) in got and ("Lucie Marsan", "Lucie Marsan", -1) not in got, got
    result = process_document(RawDocument("t", text, "t.txt"))
    assert {m.actor for m in result.mentions if m.text == "Le maire"} == {"Bernard Abadie"}


def test_a_name_headed_by_another_kind_is_not_taken_up():
    # tune4's hockey article, judged by hand: « le club » is the hockey club, not « le Groupe Ardouin »
    # named in between (before: the fund invested in the car dealer)
    text = ("Les Harfangs de Caen ont licencié leur entraîneur. Le club lui reproche une perte de contrôle. Le Groupe "
            "Ardouin, concessionnaire automobile, a signé un accord avec la formation. Le fonds Maple North Sports "
            "a injecté 2 millions d'euros dans le club.")
    got = {r[:3] for r in relations(text)}
    assert ("Maple North Sports", "Harfangs de Caen", 1) in got and ("Maple North Sports", "Groupe Ardouin", 1) not in got, got



def test_a_participle_hung_on_de_son_cote_under_the_root_keeps_its_subject():
    # tune4's sorting-plant article, judged by hand: md makes « a » the root and « mis » an acl of « côté »;
    # the prefecture is who served the formal notice (before: no source)
    text = ("Le Sivad a infligé des pénalités à Trivalor Sud. La préfecture de l'Hérault a de son côté mis en demeure "
            "Trivalor Sud, le 28 novembre, de mettre ses stockages en conformité sous trois mois.")
    got = {r[:3] for r in relations(text)}
    assert ("préfecture de l'Hérault", "Trivalor Sud", -1) in got, got


def test_an_object_pronoun_never_takes_up_a_lawyer():
    # the tune set's bakery article, judged by hand: « l' » is the franchisor the client will sue, not her
    # counsel named just before (before: the franchisee attacked her own lawyer)
    text = ("L'enseigne Farinelle a rompu le contrat de la franchisée Laëtitia Brochard. Son avocat, Me Julien "
            "Perrochon, a indiqué que sa cliente l'attaquerait aussi au fond pour rupture abusive.")
    got = {r[:3] for r in relations(text)}
    assert ("Laëtitia Brochard", "Farinelle", -1) in got and not any(t == "Julien Perrochon" for _, t, _ in got), got


def test_a_participle_md_tags_a_noun_after_its_auxiliary_is_a_verb():
    # tune5's wholesale-market article, judged by hand: md tags « invectivés » a noun (lemma « invectivé »), so
    # the quarrel was missed; with its auxiliary it is the verb « s'invectiver », each against the other
    text = ("Le président de la fédération, Marc Tessier, accuse la directrice du port, Anne Rivière, de mentir. "
            "Les deux dirigeants se sont violemment invectivés lors du dernier conseil.")
    got = {r[:3] for r in relations(text)}
    assert {("Marc Tessier", "Anne Rivière", -1), ("Anne Rivière", "Marc Tessier", -1)} <= got, got


def test_an_act_under_a_denied_will_is_no_act():
    # tune5's wholesale-market article (a negated trap; the whole article, as « le gestionnaire » needs it),
    # judged by hand: md tags « dément » an adverb, and the denial was not read across « toute volonté d' »
    # (before: Alpéo invests in Alpimarché)
    path = relgold.REL_DIR / "tune5" / "tune5_03_marchegros.txt"
    result = process_document(RawDocument("t", path.read_text(encoding="utf-8"), "t.txt"))
    got = [(r.source, r.target, r.event) for r in result.relations if "volonté" in r.evidence]
    assert got == [], got


def test_a_noun_of_firms_never_takes_up_a_union():
    # tune5's battery-plant article (the whole article: salience needs it), judged by hand: « Le groupe » is
    # the plant's owner, not the union that called the strike (before: the union terminated the contract)
    path = relgold.REL_DIR / "tune5" / "tune5_01_batteries.txt"
    result = process_document(RawDocument("t", path.read_text(encoding="utf-8"), "t.txt"))
    got = [(r.source, r.target) for r in result.relations if "Le groupe a d" in r.evidence]
    assert got == [("Hanseong Cells", "Maintelec Nord")], got


# One construction, one pair (invented sentences in press style, or a development article's sentence, judged
# by hand): `present` must be in the relations, `absent` must not (either may be None). Each case failed
# before the rule its comment names.
@pytest.mark.parametrize("text, present, absent", [
    # tune4's hockey article: md hangs « dans le club » on « vendredi »; the club is where the fund put its money
    ("Les Harfangs de Caen ont licencié leur entraîneur, Tomas Hrubec. Le fonds montréalais Maple North Sports, "
     "entré au capital en octobre, a injecté vendredi 2 millions d'euros supplémentaires dans le club.",
     ("Maple North Sports", "Harfangs de Caen", 1), None),
    # tune3's emergency-room article: a sum promised « à X » is support (here « l'hôpital »: « l'établissement »
    # as a referring noun was measured and left out, held-out sets 0 true pairs for 6 more predicted)
    ("Le Centre hospitalier Val-de-Creuse ferme ses urgences la nuit. Le Département de la Creuse a promis "
     "500 000 euros à l'hôpital pour loger de jeunes médecins.",
     ("Département de la Creuse", "Centre hospitalier Val-de-Creuse", 1), None),
    # the morning round's review: damages a court orders are no support
    ("Condamné pour diffamation, Marc Lenoir devra verser 5 000 euros à Julie Marchand.",
     None, ("Marc Lenoir", "Julie Marchand", 1)),
    # … a participle on a bare object noun under « a » is passive, not the root's act
    ("La CGT a plusieurs délégués licenciés par Vetrix depuis janvier.", None, ("CGT", "Vetrix", -1)),
    # … « ses clients », several and unnamed, are not the man named before
    ("Le maire de Brévannes, Julien Morvan, a défendu l'usine Vetrix. Me Marc Lenoir, qui représente une quarantaine "
     "de riverains, a annoncé que ses clients porteraient plainte contre Vetrix.", None, ("Julien Morvan", "Vetrix", -1)),
    # … a name opening on « Société » may be « la banque » when nothing else was called so
    ("Société Générale a licencié Paul Dorval, ancien trader passé par la société Vetrix. Paul Dorval a porté plainte "
     "contre la banque.", ("Paul Dorval", "Société Générale", -1), ("Paul Dorval", "Vetrix", -1)),
    # … the auxiliary « a » after a role is no English article (« Le maire a convoqué X » does not make X the mayor)
    ("La gardienne Lucie Marsan accuse l'élu, Bernard Abadie, d'avoir voulu placer un proche. Le maire a convoqué "
     "Lucie Marsan mardi. Le maire a aussi porté plainte contre l'association Refuges Vivants.",
     ("Bernard Abadie", "Refuges Vivants", -1), ("Lucie Marsan", "Refuges Vivants", -1)),
    # tune3's mountain-hut article: an English post blaming the mayor it names
    ("La commune a résilié la convention de Lucie Marsan. Sur X, le guide américain Rob Haskins a écrit : « The mayor "
     "Bernard Abadie should be ashamed of the way he treated Lucie. »", ("Rob Haskins", "Bernard Abadie", -1), None),
    # « un bouc émissaire » blames the director the quote names
    ("L'hôpital a suspendu le docteur Paul Roux. « Isabelle Fournel cherche un bouc émissaire », affirme Paul Roux.",
     ("Paul Roux", "Isabelle Fournel", -1), None),
    # the press takes up a manufacturer as « l'industriel », a small firm as « la PME »
    ("Le fabricant Norvolt emploie 900 salariés à Douai. La CGT accuse l’industriel d’avoir supprimé les pauses.",
     ("CGT", "Norvolt", -1), None),
    ("Le sous-traitant Soudex intervient sur le site depuis 2015. Le groupe Arkema Nord a suspendu la PME en "
     "novembre.", ("Arkema Nord", "Soudex", -1), None),
    # the afternoon round's review: firms whose names open on a noun of bodies, a capitalised word after it
    # (before the fix: the tower, or the reversed pair, took their place)
    ("Le gestionnaire d'actifs allemand Union Investment a racheté la tour Majunga à La Défense. Le groupe accuse "
     "la mairie de Puteaux de bloquer le permis de construire.", ("Union Investment", "Puteaux", -1), None),
    ("Métropole Télévision a porté plainte contre Free. Le groupe accuse l'opérateur de diffuser ses chaînes sans "
     "autorisation.", ("Métropole", "Free", -1), ("Free", "Métropole", -1)),  # (md cuts the name to « Métropole »)
    # … « l'industriel » is no region (the plant's owner is unnamed)
    ("La région Occitanie a accordé une subvention de deux millions d'euros à l'usine. La CGT accuse "
     "l'industriel de préparer la délocalisation du site.", None, ("CGT", "Occitanie", -1)),
    # tune5's wholesale-market article gave the phrase: « se défendre de tout X » denies the charge, against the
    # one who made it; without « se », « défendre » stays backing
    ("Le collectif Vivre Ici accuse le maire Jean Roux de favoritisme. Jean Roux se défend de tout favoritisme.",
     ("Jean Roux", "Vivre Ici", -1), None),
    ("Le collectif Vivre Ici accuse le maire Jean Roux de favoritisme. Jean Roux défend son adjoint Paul Simon.",
     ("Jean Roux", "Paul Simon", 1), ("Jean Roux", "Vivre Ici", -1)),
    # tune4's dance article gave the construction: calling off the shows of a company is withdrawing from it
    ("La compagnie Les Errants est visée par une plainte. Le Théâtre du Port a annulé les trois "
     "représentations de la compagnie Les Errants prévues en mars.", ("Théâtre du Port", "Les Errants", -1), None),
    # tune5's conservatory article gave the phrase: « faire bloc derrière X » backs X; « contre X » opposes X
    ("La directrice Claire Dumas est visée par une motion de défiance. Le maire Paul Roux fait bloc derrière la "
     "directrice Claire Dumas.", ("Paul Roux", "Claire Dumas", 1), None),
    ("La CGT dénonce la direction de Verrex. Le maire Paul Roux fait bloc avec la CGT contre Verrex.", None,
     ("Paul Roux", "Verrex", 1)),
    # the issue's own example: a label of blame is criticism, not praise (« pur » is +0.5 for textblob-fr)
    ("Le député Paul Roux a qualifié le projet du groupe Verrex de « pure folie ».", ("Paul Roux", "Verrex", -1),
     ("Paul Roux", "Verrex", 1)),
    ("La CFDT qualifie la proposition de la société Alvéa d'« inadmissible ».", ("CFDT", "Alvéa", -1),
     ("CFDT", "Alvéa", 1)),

    # tune6's business-school article: names in English are taken up by French nouns (« l'école », « l'université »)
    ("Le fonds Galvan Capital possède la Westfield Business School depuis 2023. Le syndicat Sud Éducation a "
     "assigné jeudi l'école devant le tribunal judiciaire.", ("Sud Éducation", "Westfield Business School", -1), None),
    ("La Westfield Business School a perdu son partenaire, Harrowgate University. La rectrice, Anne Morel, "
     "reproche à l'université d'avoir délivré des diplômes non reconnus.", ("Anne Morel", "Harrowgate University", -1),
     None),
    # tune6's casino article: the firm named as « le groupe X, qui exploite … » is « le délégataire », « l'exploitant »
    ("Le groupe Océalia, qui exploite le casino de Royan depuis 2007, a licencié son directeur, Paul Roux. "
     "L'Autorité nationale des jeux avait infligé au groupe une amende. La maire, Martine Daguerre, reproche au "
     "délégataire d'avoir caché le contrôle de l'Autorité nationale des jeux.",
     ("Martine Daguerre", "Océalia", -1), ("Martine Daguerre", "Autorité nationale des jeux", -1)),
    # tune6's casino article: « les deux patrons » are the PDG and the président, not the director named last
    ("Le PDG de Verrex, Paul Roux, a licencié son directeur commercial, Marc Lenoir. Chez Norvolt, Marc Lenoir a "
     "aussitôt été recruté par la présidente, Anne Morel. Les deux patrons s’accusent mutuellement de débaucher "
     "leurs cadres.", ("Paul Roux", "Anne Morel", -1), ("Marc Lenoir", "Anne Morel", -1)),
    # … the round's review: only when the person named last is such a leader (not the presidents of the region
    # and of the chamber named a paragraph before two bosses described otherwise)
    ("Le président de la région Bretagne, Loïc Chesnais-Girard, a réuni jeudi les industriels de l’agroalimentaire. "
     "Le président de la chambre d’agriculture, André Sergent, était présent.\nMarc Lenoir, fondateur de Laïta, et "
     "Sophie Bernard, à la tête de Triskalia, ont échangé des mots durs. Les deux patrons s’accusent mutuellement de "
     "casser les prix du lait.", ("Marc Lenoir", "Sophie Bernard", -1), ("André Sergent", "Loïc Chesnais-Girard", -1)),
    # tune6's biogas article: md hangs the subject on « Selon Le Télégramme » as an apposition; the outlet the
    # sentence cites is never the source of the act
    ("La société rennaise Armorgaz exploite l’usine. Selon Le Télégramme, Verdalis pourrait même proposer de "
     "racheter la société rennaise si les ennuis judiciaires s’accumulaient.", ("Verdalis", "Armorgaz", 1),
     ("Le Télégramme", "Armorgaz", 1)),
    # tune3's mountain-hut article gave the construction: labelling a decision (« qualifie la résiliation de … »)
    # criticises whoever made it, told by the verb before (« a résilié la convention »)
    ("La société Alvéa a résilié le 18 novembre la convention qui la liait à la gardienne Lucie Marsan. L’association "
     "Amis du refuge soutient la gardienne. Sa présidente, Annick Laborde, qualifie la résiliation de « pure "
     "vengeance ».", ("Annick Laborde", "Alvéa", -1), None),
    # tune6's business-school article gave the construction: disputing a decision before a court is a suit
    ("La société Verrex a licencié Paul Roux en mars. Paul Roux conteste son licenciement devant les prud’hommes de "
     "Creil.", ("Paul Roux", "Verrex", -1), None),
    # tune5's and tune6's English posts: thanks or respect owed to X praise X
    ("Kingsbridge University a rompu avec la Euronord Business School. Sur LinkedIn, sa vice-présidente, Fiona "
     "McAllister, a écrit : « Huge thanks to Lumen School of Management for stepping in: our students will study "
     "in Lille from September. »", ("Fiona McAllister", "Lumen School of Management", 1), None),
    # the round's review (helper, invented sentences): faults of the first versions of this round's rules
    # « véritable » keeps the library's tone: a label of praise stays praise
    ("Le maire de Vannes, Hervé Le Bihan, a qualifié la société Armoric Ferries de « véritable atout » pour le port.",
     ("Hervé Le Bihan", "Armoric Ferries", 1), ("Hervé Le Bihan", "Armoric Ferries", -1)),
    # « l'université » is the French one named as such, not the English name
    ("L’université de Rennes a signé un partenariat avec Cambridge University. Le syndicat Snesup reproche à "
     "l’université d’avoir bradé ses laboratoires.", None, ("Snesup", "Cambridge University", -1)),
    # « qui gère des actifs » makes no « délégataire »
    ("La société Eaux de Kerné, qui gère le réseau d’eau potable de Concarneau, a été rachetée en 2021. Le fonds "
     "Ardian, qui gère plus de 150 milliards d’euros d’actifs, en détient désormais 60 %. Le maire, André Fidelin, "
     "accuse le délégataire d’avoir laissé fuir le réseau.", None, ("André Fidelin", "Ardian", -1)),
    # an unnamed collective is no one (not the firm named before)
    ("À Plouharnel, la société Eolia veut installer six éoliennes près des dunes. Un collectif d’habitants s’est "
     "constitué en mars. Le collectif accuse la mairie d’avoir caché le projet.", None, ("Eolia", "Plouharnel", -1)),
    # a gerund after « en » is no denied infinitive
    ("Le maire de Carhaix, Christian Troadec, dément tout en accusant l’association Kreiz Breizh de mentir.",
     ("Christian Troadec", "Kreiz Breizh", -1), None),
    # « la direction » as a course or a post is no firm; « Chez X, la direction » is X's
    ("Stellantis a annoncé la fermeture de son site de Rennes-La Janais. Stellantis invoque la baisse des ventes. "
     "Stellantis promet des reclassements. Le député Mickaël Bouloux critique la direction prise par le gouvernement "
     "de Michel Barnier.", None, ("Mickaël Bouloux", "Stellantis", -1)),
    ("La Fnac a racheté Darty en 2016. Fnac Darty emploie 25 000 personnes. La Fnac a aussi ouvert des magasins en "
     "Belgique. Enrique Martinez, qui avait quitté la direction en 2024, a été recruté par Decathlon.", None,
     ("Enrique Martinez", "Fnac Darty", -1)),
    ("L’usine Bridor de Servon-sur-Vilaine fournit la chaîne Starbucks. Starbucks a réduit ses commandes. Starbucks "
     "ferme des cafés en France. Starbucks vend aussi des sandwichs. Chez Bridor, la direction a licencié trois "
     "intérimaires et le délégué Paul Hamon.", ("Bridor", "Paul Hamon", -1), ("Starbucks", "Paul Hamon", -1)),
    # a detached participle after the subject's post is the subject's (« la présidence » takes up no one)
    ("Anne Morel a quitté la présidence de Verrex, évincée par le fonds Ardian au terme d’un long conflit.",
     ("Ardian", "Anne Morel", -1), ("Ardian", "Verrex", -1)),
    # tune6's biogas article: « le collectif » takes up the collective named behind a trade complement
    ("« C’est de la négligence », tranche Anne Riou, présidente du collectif de riverains Air Libre. La plainte du "
     "collectif contre la société Verrex a été déposée lundi.", ("Air Libre", "Verrex", -1), None),
    # … a connective between the denial and the infinitive it denies (« dément en revanche avoir menacé X »)
    ("Paul Roux dément en revanche avoir menacé le collectif Air Libre de poursuites.", None,
     ("Paul Roux", "Air Libre", -1)),
    # … « le procès en sorcellerie intenté par X » is no suit (the criticism of X stays)
    ("Le maire Paul Roux dénonce le « procès en sorcellerie » intenté par l’association Air Libre.",
     ("Paul Roux", "Air Libre", -1), ("Air Libre", "Paul Roux", -1)),
    # « la direction » is the firm the article is about (named most often), not the union named last
    ("La société Verrex emploie 300 salariés à Creil. La CGT y compte 40 adhérents. Selon la CGT, la direction "
     "aurait écarté de l’atelier le délégué Paul Roux.", ("Verrex", "Paul Roux", -1), ("CGT", "Paul Roux", -1)),
    # … but « la direction régionale des affaires culturelles » is a state office, no firm's management
    ("La société Verrex finance la compagnie Les Errants. La compagnie Les Errants accuse la direction régionale "
     "des affaires culturelles de mépris.", None, ("Les Errants", "Verrex", -1)),
    # … a complement md hangs on the noun that is not its own (« menace la direction d'une grève pendant les fêtes »)
    ("La société Verrex emploie 300 salariés à Creil. Verrex a signé en juin un accord sur les primes avec la CGT. "
     "Le syndicat menace désormais la direction d’une grève pendant les fêtes.", ("CGT", "Verrex", -1), None),
    # tune6's business-school article: a detached participle after an apposed noun it agrees with is said of that
    # noun's name (before: of the place in the noun's phrase, or of the sentence's subject)
    ("Le club Lyon Basket a rompu son partenariat avec Transalp, la société de transport du quartier Vaise, "
     "rachetée en 2023 par le groupe Verrex.", ("Verrex", "Transalp", 1), ("Verrex", "Vaise", 1)),
    # tune6's casino article: md hangs « d'avoir « caché » le contrôle de X » on the noun as an adjective and an
    # apposition; the name inside the charge is not the noun's referent
    ("Le groupe Océalia, qui exploite le casino de Royan, a licencié son directeur, Paul Roux. La maire, Martine "
     "Daguerre, ne cache plus son agacement : elle reproche au délégataire d’avoir « caché pendant six mois » le "
     "contrôle de l’Autorité nationale des jeux à la collectivité.", ("Martine Daguerre", "Océalia", -1),
     ("Martine Daguerre", "Autorité nationale des jeux", -1)),
    # tune2's handling article: md hangs the name opening a quoted sentence as a bare dependent of the verb and
    # leaves the verb without a subject; the name still acts, so what the quote says it did is blame from the
    # speaker whose firm broke with it (before: no pair)
    ("La société Sudavia a résilié le contrat de la société Piste Assistance. « Cet été, nous avons vécu un "
     "cauchemar, et les passagers avec nous, explique le directeur général de Sudavia, Pierre Lamotte. Piste "
     "Assistance nous a fait perdre quarante créneaux en octobre, c’est intenable. »",
     ("Pierre Lamotte", "Piste Assistance", -1), ("Piste Assistance", "Pierre Lamotte", -1)),
    # … the same when the speaker's firm is a name with lowercase words (« le directeur général d'Aéroports du
    # Sud, X »): the role phrase runs to the name's end, so X is known to lead it (before: the role stopped at
    # « Aéroports », crossed the name and was dropped)
    ("La société Aéroports du Sud a résilié le contrat de la société Piste Assistance. « Cet été, nous avons vécu "
     "un cauchemar, et les passagers avec nous, explique le directeur général d’Aéroports du Sud, Pierre "
     "Lamotte. Piste Assistance nous a fait perdre quarante créneaux en octobre, c’est intenable. »",
     ("Pierre Lamotte", "Piste Assistance", -1), None),
    # heldout9's stadium article: a threat to revise a tie that names its parties (« la convention qui la lie au
    # club ») is aimed at the tie's other party; md tags « lie » a proper noun (before: no target)
    ("Le Vierzon Handball Club joue à la salle Jean-Zay depuis 2010. La Ville de Vierzon, propriétaire de la salle, "
     "menace de revoir la convention d’occupation qui la lie au club si les incidents continuent.",
     ("Ville de Vierzon", "Vierzon Handball Club", -1), None),
    # heldout9's reservoir article: an appeal before a court against « l'arrêté préfectoral » is against the
    # prefecture the adjective names, named after it (before: the court hid the decision and no pair was given)
    ("L’association Vigie Loire a déposé mardi un recours devant le tribunal administratif de Nantes contre "
     "l’arrêté préfectoral du 3 mai autorisant le chantier. À la préfecture de la Loire-Atlantique, on se dit serein.",
     ("Vigie Loire", "préfecture de la Loire-Atlantique", -1), None),
    # tune5's gigafactory article: md tags « industriel » of « à l'industriel » an adjective; with its article and
    # no noun it is a noun and takes up the firm (before: the threat had no target)
    ("Le fabricant Voltaris a fermé sans préavis son usine de Vitré, financée par la Région Bretagne. Son "
     "vice-président chargé de l’industrie, Alain Perrot, menace de réclamer à l’industriel le remboursement des aides.",
     ("Alain Perrot", "Voltaris", -1), None),
    # a word of praise (« formidable ») in a quoted sentence that names the one it praises, after thanks to a
    # town in the first sentence (before: « formidable » and « merci à » were no cue words, no pair)
    ("La nageuse Inès Garnier quitte le Cercle nautique de Morlaix pour rejoindre Lorient. « Merci à la Ville "
     "de Morlaix pour ces huit années. Yann Kerbrat est un entraîneur formidable », a-t-elle déclaré lundi.",
     ("Inès Garnier", "Yann Kerbrat", 1), None),
    # an embedded post of several sentences, each a speech act of its own: thanks to a sponsor, then credit
    # to a coach ("X made me the player I am") (before: one cue per code and quotation, the thanks only)
    ("La joueuse Chloé Marin quitte l’académie de Pau. Elle a publié dimanche sur X : « Leaving Pau is hard. "
     "Huge thanks to Sportel for standing by me. Julien Oster made me the player I am. » — @ChloeMarin",
     ("Chloé Marin", "Julien Oster", 1), None),
    # a court named as the object's complement past an adverbial phrase (« saisirait dès la semaine prochaine le
    # conseil de prud'hommes »): the required word is the object's noun complement (before: out of the
    # eight-word window, « saisir » fired no suit)
    ("La comptable Julie Faure a été licenciée en mai par la société Ardéa. Elle a annoncé qu’elle saisirait dès "
     "la semaine prochaine le conseil de prud’hommes de Rennes contre la société Ardéa.",
     ("Julie Faure", "Ardéa", -1), None),
    # a lawyer's reported clause: « Son avocat a indiqué qu'elle saisirait … » — « elle » is the counsel's
    # client (before: the pronoun was read as the bank, no pair from the client)
    ("La banque Norvia a licencié en mai sa conseillère Inès Moreau. La banque évoque une faute grave et une perte "
     "de confiance. Son avocat, Me Paul Girard, a indiqué qu’elle saisirait le conseil de prud’hommes de Nantes "
     "contre la banque Norvia.", ("Inès Moreau", "Norvia", -1), None),
    # challenging « son licenciement » before a court: the plaintiff's own dismissal was made by whoever fired
    # them, however many sentences back (before: only within four sentences, no target)
    ("Le club de Vannes a licencié en janvier l’entraîneur Hugo Berthier. L’équipe a perdu ses trois derniers "
     "matchs. Le public a sifflé les joueurs. La mairie a gelé sa subvention. Les supporters se sont divisés. Un "
     "nouvel entraîneur arrive lundi. Son avocate, Me Claire Noël, a indiqué mardi que son client contesterait son "
     "licenciement devant le conseil de prud’hommes.", ("Hugo Berthier", "Vannes", -1), None),
    # lexicon: « se retourner contre X » is legal recourse against X (before: no trigger)
    ("Le groupe Ostral n’exclut pas de se retourner contre son fournisseur Kemix devant la justice.",
     ("Ostral", "Kemix", -1), None),
    # the round's review: buying what someone owns is not acting on them (« Le FC Nantes a racheté sa dernière
    # année de contrat », « Hachette a racheté ses droits »): no rule gives the possessor as the target
    ("L’entraîneur Luc Varin a été remercié lundi. Le FC Nantes a racheté sa dernière année de contrat.", None,
     ("FC Nantes", "Luc Varin", 1)),
    # … a post named in a suppression is no offer (« a proposé la suppression du poste de X »)
    ("La direction de Renault a proposé la suppression du poste de Marie Lenoir.", None, ("Renault", "Marie Lenoir", 1)),
    # … a negated word of praise is none, and the criticism the quote carries stays (« n'a pas été loyal »)
    ("Le FC Lorient a limogé son entraîneur Paul Grenier. « Le FC Lorient n’a pas été loyal avec moi », regrette "
     "Paul Grenier.", ("Paul Grenier", "FC Lorient", -1), ("Paul Grenier", "FC Lorient", 1)),
    # … nor is praise an ironic verb quotes (« Bravo au FC Lorient pour ce beau gâchis », ironise X)
    ("Le FC Lorient a limogé son entraîneur Paul Grenier. « Bravo au FC Lorient pour ce beau gâchis », ironise Paul "
     "Grenier.", None, ("Paul Grenier", "FC Lorient", 1)),
    ("Le FC Lorient a limogé son entraîneur Paul Grenier. « Je ne suis pas fier de Loïc Féry, il a manqué de "
     "courage », lâche Paul Grenier.", None, ("Paul Grenier", "Loïc Féry", 1)),
    # « ne … rien » with « rien » the object: the reproach is negated (before: « rien » was no negator, an
    # accusation Lestrade → Navalis)
    ("La mairie de Brissac a repris la gestion du port. L’adjointe Marion Lestrade ne reproche rien à la société "
     "Navalis pour autant.", None, ("Marion Lestrade", "Navalis", -1)),
    # a nominal act as the object of a verb that comments on it: the commenter is no agent (before: the
    # outlet « evicted » Paul Vernet)
    ("Le club de Saumur a écarté son directeur Paul Vernet. Le journal Ouest Info a commenté l’éviction de Paul "
     "Vernet dans un éditorial.", ("Saumur", "Paul Vernet", -1), ("Ouest Info", "Paul Vernet", -1)),
    # a quarrel noun with no parties of its own (no « entre », no « leur »): no quarrel between the last two
    # persons named (before: Sorel ↔ Dubreuil, who only met)
    ("Le maire Julien Sorel a rencontré l’architecte Claire Dubreuil. Le conseil municipal assiste à la querelle "
     "avec agacement.", None, ("Julien Sorel", "Claire Dubreuil", -1)),
    # the round's review: a threat on a tie the source is no party to (« menace de revoir le contrat qui lie X à
    # Y ») is no threat against X (before: the tie's first party was taken as the target)
    ("Air Iroise et Escale Assistance sont en conflit. Brest Aéroport menace de revoir le contrat qui lie Air "
     "Iroise à Escale Assistance.", None, ("Brest Aéroport", "Air Iroise", -1)),
    # blame of conduct in a quote (events.yml conduct_speech): against the subject of its clause (before: no
    # cue word, no pair) …
    ("Le club de Vizille cherche un repreneur. « Jean Durand se moque des bénévoles depuis des mois », affirme "
     "le président Paul Rivoire.", ("Paul Rivoire", "Jean Durand", -1), None),
    # … never against its object: the club taken « pour une tirelire » is no one blamed
    ("Le club de Vizille cherche un repreneur. « Le promoteur Jean Durand a pris Vizille Sport pour une "
     "tirelire », affirme Paul Rivoire.", ("Paul Rivoire", "Jean Durand", -1), ("Paul Rivoire", "Vizille Sport", -1)),
    # … lost trust blames the complement of « confiance »
    ("La coopérative Vergers du Lyonnais change de distributeur. « On ne peut plus faire confiance à Fruitalp "
     "Distribution », explique Marc Jolivet, président de la coopérative.",
     ("Marc Jolivet", "Fruitalp Distribution", -1), None),
    # … a negated one blames no one (« ne nous a jamais lâchés »)
    ("La coopérative Vergers du Lyonnais change de distributeur. « Agrilux ne nous a jamais abandonnés », "
     "explique son président Marc Jolivet.", None, ("Marc Jolivet", "Agrilux", -1)),
    # … in an English post: "X let this team down"
    ("Le club des Loups de Tours a limogé son entraîneur. Sur X, le capitaine Sean Doyle a écrit : « Mark Fenwick "
     "let this team down. »", ("Sean Doyle", "Mark Fenwick", -1), None),
    # a presentative takes up the named subject of the quote's sentence before (« X paie à dix jours. C'est un
    # partenaire loyal »; before: praise of no one)
    ("La coopérative Vergers du Lyonnais change de distributeur. « Les anciens acheteurs nous payaient tard, "
     "Fruitalp paie à dix jours. C’est un partenaire loyal », explique son président Marc Jolivet.",
     ("Marc Jolivet", "Fruitalp", 1), None),
    # "we fully back X" is backing (before: no cue)
    ("Le fonds Harbor Lane soutient la start-up Nivéo. « We fully back Nivéo and its founders », a écrit sur "
     "LinkedIn son associée Joan Pratt.", ("Joan Pratt", "Nivéo", 1), None),
    # review of the conduct cues (guards, judged by hand): a race won is no one let down, a thing « abandonné » is
    # no people, a growing trust is no lost trust, a role on stage is no blame, « une méprise » is the noun,
    # mocking a season is no contempt of people, "is fully back" is a recovery
    ("Le cycliste a gagné à Guerlédan. « Tanguy Le Ruyet a lâché ses poursuivants dans la dernière côte », "
     "raconte son directeur sportif Hervé Quéré.", None, ("Hervé Quéré", "Tanguy Le Ruyet", -1)),
    ("La Ville rachète la friche. « Les entrepôts abandonnés par Sernam Logistique deviendront un parc », "
     "explique la maire Annick Le Floch.", None, ("Annick Le Floch", "Sernam Logistique", -1)),
    ("La coopérative grandit. « Les clients ont de plus en plus confiance en Agrival », observe l'analyste "
     "Marie Tanguy.", None, ("Marie Tanguy", "Agrival", -1)),
    ("La tournée passe par Lorient. « Dans ce spectacle, Jean Perrin se moque des Bretons avec tendresse », "
     "sourit la programmatrice Lise Morvan.", None, ("Lise Morvan", "Jean Perrin", -1)),
    ("Un car est parti vers Vannes par erreur. « Breizhgo parle d'une méprise du chauffeur », rapporte le "
     "syndicaliste Gaël Riou.", None, ("Gaël Riou", "Breizhgo", -1)),
    ("Les promoteurs attendent les permis. « Kerlan Habitat se fiche de la saison, nous bâtissons toute l'année », "
     "explique le directeur Paul Jégou.", None, ("Paul Jégou", "Kerlan Habitat", -1)),
    ("Le milieu était blessé depuis mars. Sur X, l'entraîneur Liam Hart a écrit : « Owen Price is fully back "
     "after his injury. »", None, ("Liam Hart", "Owen Price", 1)),
    # … and a passive with its auxiliary names who let the speaker's side down
    ("Le festival perd sa subvention. « Nous avons été abandonnés par Armor Culture », regrette le président "
     "Yves Le Moal.", ("Yves Le Moal", "Armor Culture", -1), None),
    # the presentative needs an actor noun and one actor named before it: two named, it may be either
    ("Le club a prolongé son demi de mêlée. « Loïc Tanguy a convaincu Erwan Le Gall de rester. C'est un joueur "
     "remarquable », explique le président Marc Riou.", None, ("Marc Riou", "Loïc Tanguy", 1)),
    ("Le tournage a lieu en ville. « Le réalisateur Paul Kerjean a choisi notre port. C'est un honneur "
     "formidable », se réjouit la maire Anne Quéré.", None, ("Anne Quéré", "Paul Kerjean", 1)),
    # an infinitive completing an offer noun the verb's object (« a déposé une offre pour reprendre Y ») is the
    # act of the verb's subject (before: the subject was the noun « offre », and no pair)
    ("La conserverie Bellaube est en redressement judiciaire. Le groupe Marvelle, lui, a déposé une offre pour "
     "reprendre la conserverie Bellaube.", ("Marvelle", "Bellaube", 1), None),
    # … not when the verb denies the intention (« n'a pas l'intention de … »)
    ("La conserverie Bellaube est en difficulté. Le groupe Marvelle n’a pas l’intention de racheter la conserverie "
     "Bellaube.", None, ("Marvelle", "Bellaube", 1)),
    # … nor, with an article on the offer, under a verb that judges or picks another's offer rather than makes it
    # (« a validé l'offre pour reprendre Y »; before: the court bought Y)
    ("La fonderie Kerbrat est en redressement judiciaire. Le tribunal de commerce de Quimperlé a validé l'offre pour "
     "reprendre la fonderie Kerbrat.", None, ("tribunal de commerce de Quimperlé", "Kerbrat", 1)),
    # … nor when the subject withdraws its offer (md hangs « pour reprendre » on « retiré »; before: an acquisition)
    ("La conserverie Bellaube est en difficulté. Le groupe Marvelle a retiré son offre pour reprendre la conserverie "
     "Bellaube.", None, ("Marvelle", "Bellaube", 1)),
    # … or drops or rules out its plan (the withdrawal stays; before: also an acquisition)
    ("La conserverie Bellaube est en difficulté. Le groupe Marvelle a abandonné son projet de racheter la conserverie "
     "Bellaube.", ("Marvelle", "Bellaube", -1), ("Marvelle", "Bellaube", 1)),
    ("La conserverie Bellaube est en difficulté. Le groupe Marvelle a exclu tout projet de racheter la conserverie "
     "Bellaube.", None, ("Marvelle", "Bellaube", 1)),
    # … nor when the subject criticises another's plan (before: the critic bought Kestrel)
    ("Le groupe Norvane a critiqué le projet de racheter Kestrel porté par l'investisseur Paul Adrian.", None,
     ("Norvane", "Kestrel", 1)),
    # a possessive makes the offer the subject's own under any other verb (« a confirmé son intention de … »)
    ("La conserverie Bellaube est en difficulté. Le groupe Marvelle a confirmé son intention de racheter la "
     "conserverie Bellaube.", ("Marvelle", "Bellaube", 1), None),
    # « l'office » takes up the social landlord the text called « le bailleur » (events.yml referring_synonyms;
    # before: « l'office » took up no one, and no pair)
    ("L'Amicale des locataires du Bourg a assigné le bailleur social Vosges Toit devant le tribunal. La présidente "
     "Marie Klein accuse l'office d'avoir ignoré les plaintes.", ("Marie Klein", "Vosges Toit", -1), None),
    # « la chaîne » takes up the retail banner the text called « l'enseigne », a noun md tags a proper noun before the
    # name (« l'enseigne Marbelo »; before: no apposition was read, « l'enseigne » took up the cooperative, and
    # « la chaîne » no one)
    ("La coopérative Vallon Vert a signé un contrat avec l'enseigne Marbelo, qui exploite vingt magasins. "
     "La Fédération des épiciers de Savoie critique la chaîne.", ("Fédération des épiciers de Savoie", "Marbelo", -1),
     None),
    # a haulier named « Transports X » is « le transporteur » (events.yml name_head_nouns; before: no one)
    ("Les Transports Keraudren ont livré le chantier en retard. Le syndicat CGT Rail critique le transporteur.",
     ("CGT Rail", "Transports Keraudren", -1), None),
    # acts the event lexicon lacked (before: no pair): courting a partner or a recruit (« a approché X »)
    ("Le groupe Orvane a approché la société Ferlis pour un rapprochement.", ("Orvane", "Ferlis", 1), None),
    # … a dismissal by idiom (« relever de ses fonctions », « mettre à la porte ») and a demotion
    ("Le groupe Valmorel a relevé de ses fonctions Paul Dutertre, son directeur financier.",
     ("Valmorel", "Paul Dutertre", -1), None),
    ("La société Bralon a mis à la porte son directeur Luc Aubry.", ("Bralon", "Luc Aubry", -1), None),
    ("La société Nexora a été rétrogradée par la ligue Velor.", ("Velor", "Nexora", -1), None),
    # « mettre un terme à » breaks a tie as « mettre fin à » does (before: its « partenariat » made it a partnership)
    ("La société Brindal a mis un terme à son partenariat avec l'association Horizon Vert.",
     ("Brindal", "Horizon Vert", -1), ("Brindal", "Horizon Vert", 1)),
    # … rebukes, slander, a suit by idiom, an endorsement, praise by idiom
    ("Le directeur Yann Kervella a admonesté le responsable Loïc Perrot.", ("Yann Kervella", "Loïc Perrot", -1),
     None),
    ("L'entreprise Castel a calomnié la société Norvia.", ("Castel", "Norvia", -1), None),
    ("La société Nexora a traduit en justice l'entreprise Calvane.", ("Nexora", "Calvane", -1), None),
    ("Le maire Alain Poiret a adoubé la candidate Sophie Lenoir.", ("Alain Poiret", "Sophie Lenoir", 1), None),
    ("La présidente Anne Rivoal a couvert d'éloges le directeur Hugo Lemaire.", ("Anne Rivoal", "Hugo Lemaire", 1),
     None),
    # … and in English: "berate", "spurn", "sever ties"
    ("The union Unite Rail berated the company Ferovia.", ("Unite Rail", "Ferovia", -1), None),
    ("The union Unite Rail spurned the company Ferovia.", ("Unite Rail", "Ferovia", -1), None),
    ("The union Unite Rail severed ties with the company Ferovia.", ("Unite Rail", "Ferovia", -1), None),
    # rel7 round (tune7's idiom): « avoir des mots durs pour X » criticises X (before: no pair)
    ("Le député Marc Lenoir a eu des mots durs pour la société Ferlis.", ("Marc Lenoir", "Ferlis", -1), None),
    # rel7 round (tune7): « son ancienne salariée », « son ex-collaborateur » is whoever the possessor hired or fired
    # (the mirror of « son ancien employeur »; before: no target, or the last person named)
    ("La société Verrex a recruté Julie Caron en 2020. Le syndicat Sud Rail soutient Marc Lenoir. La société Verrex "
     "a porté plainte contre son ancienne salariée.", ("Verrex", "Julie Caron", -1), ("Verrex", "Marc Lenoir", -1)),
    ("Maxime Derval a embauché Julien Tessier en 2022. Le syndicat Sud Rail soutient Anne Morel. Maxime Derval "
     "reproche à son ex-collaborateur d'avoir menti.", ("Maxime Derval", "Julien Tessier", -1),
     ("Maxime Derval", "Anne Morel", -1)),
    # … a definite description whose noun heads an actor's name takes that actor up (« la préfecture » after « la
    # préfecture du Morbihan »; before: none, the noun is no referring noun of the lexicon)
    ("Vendredi, la préfecture du Morbihan a mis en demeure la société Verrex. L'association Eau Vive a saisi le "
     "tribunal administratif de Rennes contre la préfecture.", ("Eau Vive", "préfecture du Morbihan", -1), None),
    # … « X, une PME de Colmar, qui … » is X, not the town of the detached apposition's complement
    ("Le contrat a été confié à Alsatherm, une PME de Colmar, qui critique la société Habitat Rhin.",
     ("Alsatherm", "Habitat Rhin", -1), ("Colmar", "Habitat Rhin", -1)),
    # … « X, la filiale du groupe Y, qui … », « X, filiale de Y, qui … » is X, not Y
    ("Le contrat a été confié à Alsatherm, la filiale du groupe Verrex, qui critique la société Habitat Rhin.",
     ("Alsatherm", "Habitat Rhin", -1), ("Verrex", "Habitat Rhin", -1)),
    ("Le contrat a été confié à Alsatherm, filiale du groupe Verrex, qui critique la société Habitat Rhin.",
     ("Alsatherm", "Habitat Rhin", -1), ("Verrex", "Habitat Rhin", -1)),
])
def test_a_construction_gives_its_pair(text, present, absent):
    got = {r[:3] for r in relations(text)}
    assert (present is None or present in got) and absent not in got, got


# « le club havrais » after two clubs: the one named after Le Havre, though the other one is the
# subject of the sentence before (the salience ranking alone picked the Caen club)
_TWO_CLUBS = ("Les Goélands du Havre ont battu samedi les Harfangs de Caen, qui restent derniers. "
              "Le président des Harfangs, Bruno Lemarchand, a limogé son entraîneur. ")


@pytest.mark.parametrize("text,expected", [
    (_TWO_CLUBS + "Le club havrais a aussitôt recruté Tomas Hrubec.",
     ("Goélands du Havre", "Tomas Hrubec", 1, "hire", "asserted")),
    (_TWO_CLUBS.replace("Harfangs de Caen, qui restent derniers", "Harfangs de Caen") + "Le club caennais a aussitôt recruté Tomas Hrubec.",
     ("Harfangs de Caen", "Tomas Hrubec", 1, "hire", "asserted")),
])
def test_a_description_with_a_demonym_takes_up_the_organisation_of_that_town(text, expected):
    assert expected in relations(text)


# « son employeur », « son ancien donneur d'ordre »: the firm on the other side of the possessor's tie, the
# one the article names most often, never the possessor itself (invented; judged by hand)
@pytest.mark.parametrize("text,expected", [
    ("Nadia Kerbouche, secrétaire de l'Union syndicale des batteries du Nord, a été mise à pied par "
     "Hanseong Cells. La syndicaliste a saisi lundi les prud'hommes contre son employeur.",
     ("Nadia Kerbouche", "Hanseong Cells", -1, "sue", "asserted")),
    ("La société Maintelec travaille pour Hanseong Cells depuis 2019. Maintelec a perdu le contrat en mars. "
     "Maintelec a assigné son ancien donneur d'ordre devant le tribunal de commerce.",
     ("Maintelec", "Hanseong Cells", -1, "sue", "asserted")),
    ("Le groupe Ardanel emploie Paul Berthier depuis 2015. Paul Berthier a été licencié en mars. "
     "Il a saisi les prud'hommes contre son ancien employeur.",
     ("Paul Berthier", "Ardanel", -1, "sue", "asserted")),
])
def test_a_possessive_employer_is_the_firm_on_the_other_side(text, expected):
    assert expected in relations(text)


# a possessive object that is something its owner did or proposed: the act bears on the owner, as with
# « de X » (invented; judged by hand); a possessive noun of an organisation is the party itself
_BERTHIER = "Paul Berthier dirige la société Castorix depuis 2019. Il a présenté lundi un plan de reprise. "


@pytest.mark.parametrize("clause,expected", [
    ("Le syndicat Unitra dénonce ses méthodes.", ("Unitra", "Paul Berthier", -1, "criticize", "asserted")),
    ("Le syndicat Unitra soutient sa candidature.", ("Unitra", "Paul Berthier", 1, "support", "asserted")),
    ("Le syndicat Unitra salue son travail.", ("Unitra", "Paul Berthier", 1, "praise", "asserted")),
])
def test_a_possessive_act_object_is_its_owner_s(clause, expected):
    assert expected in relations(_BERTHIER + clause)


def test_a_possessive_organisation_object_is_not_its_owner():
    assert not any(r[1] == "Paul Berthier" for r in relations(_BERTHIER + "Le syndicat Unitra soutient sa filiale."))


def test_the_representative_of_the_state_acts_as_the_prefect_named_before():
    # « le représentant de l'État » is the prefect (Constitution, art. 72); « l'État » inside is the post's title
    got = relations("Le préfet de la Somme, Jean Leroux, a réuni les syndicats et la direction de Picardie Textiles. "
                    "Le représentant de l'État a salué « l'esprit de responsabilité » du groupe.")
    assert ("Jean Leroux", "Picardie Textiles", 1, "praise", "asserted") in got, got
    assert not any("État" in (s, t) for s, t, *_ in got), got


# a quotation opening on a third person with no name (« Ils … », « Cette direction … ») blames whoever the
# speaker's side is in conflict with (invented; judged by hand); an impersonal « il » and praise do not
_FIRED = "Hanseong Cells a licencié Grégory Leleu en mars. "


@pytest.mark.parametrize("quote", ["« Ils cherchent un coupable pas cher », lâche Grégory Leleu.",
                                   "« Cette direction cherche un bouc émissaire », lâche Grégory Leleu."])
def test_a_quotation_opening_on_a_third_person_blames_the_speaker_s_opponent(quote):
    assert ("Grégory Leleu", "Hanseong Cells", -1, "criticize", "reported") in relations(_FIRED + quote)


@pytest.mark.parametrize("quote", ["« Il y a un malentendu », lâche Grégory Leleu.",
                                   "« Ils ont fait un travail remarquable pendant des années », reconnaît Grégory Leleu."])
def test_an_impersonal_or_praising_third_person_blames_no_one(quote):
    assert not any(r[0] == "Grégory Leleu" for r in relations(_FIRED + quote))


# the word an idiom requires is no complement of the reciprocal verb (« se prendre à partie »): « les deux »
# are the two persons last named; « lors d'une réunion à X » only says where (invented)
def test_a_reciprocal_idiom_s_own_word_is_no_party_and_lors_says_where():
    got = relations("Le maire de Vaudrange, Paul Richer, a vendu le stade au promoteur Lucien Arnaud. "
                    "Les deux se sont violemment pris à partie mardi lors d'un conseil municipal à Vaudrange.")
    assert ("Paul Richer", "Lucien Arnaud", -1, "quarrel", "asserted") in got, got
    assert ("Lucien Arnaud", "Paul Richer", -1, "quarrel", "asserted") in got, got


# « l'instance »: a governing body (a league, an order) taken up by its noun (invented)
def test_the_governing_body_is_taken_up_as_the_instance():
    got = relations("La Fédération française de pétanque a ouvert une enquête sur le président du club de Mirande, "
                    "Jean Castel. L'instance a suspendu Jean Castel pour six mois.")
    assert any(s == "Fédération française de pétanque" and t == "Jean Castel" and p == -1 for s, t, p, *_ in got), got


# a sentence of a quotation opening on a third person, after a time adverbial or after another sentence,
# blames the speaker's opponent (invented; judged by hand)
_LAID_OFF = "La société Orvalis a licencié Paul Mercadier en mars. "


@pytest.mark.parametrize("quote", ["« Pendant des mois, ils ont ignoré mes alertes », soupire Paul Mercadier.",
                                   "« Nous avons tout essayé. Ils n'ont rien voulu entendre », soupire Paul Mercadier."])
def test_a_later_third_person_in_a_quotation_blames_the_speaker_s_opponent(quote):
    assert ("Paul Mercadier", "Orvalis", -1, "criticize", "reported") in relations(_LAID_OFF + quote)


# words of blame of the press (events.yml speech: « négligence », « fusible », the one made to carry the
# blame) make a quotation a criticism of the actor it names (invented; judged by hand)
@pytest.mark.parametrize("quote", ["« La direction d'Orvalis a fait preuve de négligence », lâche Paul Mercadier.",
                                   "« Orvalis a trouvé son fusible », lâche Paul Mercadier."])
def test_words_of_negligence_and_scapegoating_blame_the_actor_named(quote):
    assert ("Paul Mercadier", "Orvalis", -1, "criticize", "reported") in relations(quote)


# Guards from a review of the round's rules (invented passages, each judged by hand): the new rules must not
# fire where the words are the source's own, a thing, or an impersonal « il ».
@pytest.mark.parametrize("text,absent", [
    # one suspends or supports one's own project or candidacy: no act on whoever was named before
    ("La société Immoval a été attaquée par le collectif Stop Béton. Face à la contestation, Immoval suspend son "
     "projet.", ("Immoval", "Stop Béton", "withdraw")),
    ("Anne Brun, candidate à la mairie de Tulle, a rencontré le préfet Jean Lamy. Elle soutient sa candidature à la "
     "présidence de l'agglomération.", ("Anne Brun", "Jean Lamy", "support")),
    # a demonstrative of a thing, an impersonal « il », a pronoun taking up a quoted thing: no blame
    ("L'association Vent d'Ouest attaque le maire de Plouha, Paul Rioux, en justice. « Ce projet est vital pour la "
     "commune », assure Paul Rioux.", ("Paul Rioux", "Vent d'Ouest", "criticize")),
    ("Le maire de Vannes, Luc Morvan, accuse le département du Morbihan de retards. « Il vaut mieux attendre le vote "
     "du budget », tempère Luc Morvan.", ("Luc Morvan", "Morbihan", "criticize")),
    ("L'association Vent d'Ouest a attaqué la préfecture du Finistère en justice. « La décision est tombée hier. Elle "
     "nous donne raison », se réjouit la présidente de Vent d'Ouest, Anne Le Bris.", ("Anne Le Bris", "préfecture du Finistère", "criticize")),
    # the apposition names the employer: no guess from the firm named most often
    ("Le cabinet Fidal conseille la société Vinexo. Vinexo a été rachetée en mars. Jean Caron a saisi les "
     "prud'hommes contre son employeur, la société Bricodis.", ("Jean Caron", "Vinexo", "sue")),
])
def test_the_round_s_rules_do_not_fire_on_one_s_own_or_on_things(text, absent):
    assert not any((r[0], r[1], r[3]) == absent for r in relations(text)), relations(text)


# Suits and other acts in forms the lexicon or the argument rules missed (invented; each pair judged by
# hand: who does the act to whom, with the event the French says)
@pytest.mark.parametrize("text,expected", [
    # a judicial procedure or petition brought against X; a direct summons
    ("Le fournisseur Coralis a engagé une procédure judiciaire à l'encontre de l'enseigne Primeo.",
     ("Coralis", "Primeo", -1, "sue", "asserted")),
    ("Nexafer a engagé une procédure contre Batimax.", ("Nexafer", "Batimax", -1, "sue", "asserted")),
    ("La société Lumio a déposé une requête contre Orbitel.", ("Lumio", "Orbitel", -1, "sue", "asserted")),
    ("L'ONG Justice Climat a cité à comparaître le groupe Petrexa devant le tribunal correctionnel.",
     ("Justice Climat", "Petrexa", -1, "sue", "asserted")),
    # … a dismissal or disciplinary procedure is that act, not a suit
    ("La société Lumio a engagé une procédure de licenciement contre son salarié Paul Morin.",
     ("Lumio", "Paul Morin", -1, "fire", "asserted")),
    ("Le club Lumio a engagé une procédure disciplinaire à l'encontre de Paul Morin.",
     ("Lumio", "Paul Morin", -1, "sanction", "asserted")),
    # the suit as the passive subject: « contre » names the target
    ("Un recours a été déposé par Nexafer contre Batimax.", ("Nexafer", "Batimax", -1, "sue", "asserted")),
    # « X fait l'objet d'une plainte de Y », « X est visé par une plainte de Y »: X undergoes Y's act
    ("Batimax fait l'objet d'une plainte de Nexafer pour dénigrement.", ("Nexafer", "Batimax", -1, "sue", "asserted")),
    ("Batimax est visé par une plainte de Nexafer.", ("Nexafer", "Batimax", -1, "sue", "asserted")),
    ("Batimax fait l'objet d'une offre de rachat de Nexafer.", ("Nexafer", "Batimax", 1, "acquire", "asserted")),
    # a denial answers the agent of the charges it names
    ("La société Datalis réfute les accusations portées par l'association UFC Ouest.",
     ("Datalis", "UFC Ouest", -1, "deny", "asserted")),
    # ending a cooperation named by a noun withdraws it
    ("La marque Solène a cessé toute collaboration avec l'influenceuse Léa Bonnet.",
     ("Solène", "Léa Bonnet", -1, "withdraw", "asserted")),
    # public reprimands and attacks by idiom
    ("Le régulateur Arcep a rappelé à l'ordre l'opérateur Telcom.", ("Arcep", "Telcom", -1, "criticize", "asserted")),
    ("La députée Anne Le Floch tire à boulets rouges sur l'opérateur Transbus.",
     ("Anne Le Floch", "Transbus", -1, "criticize", "asserted")),
])
def test_suits_and_acts_in_less_common_forms(text, expected):
    assert expected in relations(text), relations(text)


@pytest.mark.parametrize("text,absent", [
    # « engager des discussions » is no hiring, and a contract signed with Y by X keeps Y as the partner
    ("Le groupe Lumio a engagé des discussions avec Orbitel.", ("Lumio", "Orbitel")),
    # a plan denied names no one answered
    ("Le groupe Datalis a démenti toute volonté de se séparer de Nexafer.", ("Datalis", "Nexafer")),
    # the collaboration ceased is no partnership
    ("La marque Solène a cessé toute collaboration avec l'influenceuse Léa Bonnet.", ("Solène", "Léa Bonnet", 1)),
])
def test_less_common_forms_do_not_overreach(text, absent):
    got = relations(text)
    assert not any(r[:len(absent)] == absent for r in got), got


def test_a_contract_signed_by_a_passive_agent_keeps_the_partner_its_subject_names():
    got = relations("Le contrat avec la compagnie Flyssimo a été signé en janvier par l'exploitant Avialim.")
    assert ("Avialim", "Flyssimo", 1, "sign", "asserted") in got, got


def test_a_metropole_named_in_lowercase_is_a_body_and_la_metropole_takes_it_up():
    # (invented) « la métropole de Rennes » is the intercommunal body, not the town; « la métropole » later is that body
    got = relations("Le ton monte entre la métropole de Rennes et son délégataire, la société Aquaservices. "
                    "En 2021, la métropole avait pourtant renouvelé sa confiance à Aquaservices pour dix ans.")
    assert ("métropole de Rennes", "Aquaservices", 1, "support", "asserted") in got, got


@pytest.mark.parametrize("role", ["l'élu d'opposition", "le conseiller municipal d'opposition"])
def test_a_role_with_a_lowercase_complement_then_a_name_is_that_name(role):
    # (invented) no comma between the role phrase and its holder: the holder is not the person named before
    got = relations("Le maire de Cesson, Jean-Pierre Savignac, soutient la décision. Thomas Kerjean a porté plainte "
                    f"contre {role} Rémi Le Gall.")
    assert ("Thomas Kerjean", "Rémi Le Gall", -1, "sue", "asserted") in got, got
    assert not any(r[1] == "Jean-Pierre Savignac" for r in got), got


@pytest.mark.parametrize("text,present,absent", [
    # the quoted attribute of a verb of judging judges the actor its object names (« juger X « … » »)
    ("Le syndicat Sud Rail a dénoncé les tarifs de la société Ferovia. Son délégué, Paul Henry, juge la société "
     "Ferovia « opportuniste ».", ("Paul Henry", "Ferovia", -1), None),
    # … the attribute first, the object after it; its tone is the lexicon's (« indispensable »: praise)
    ("Le maire Paul Henry juge en revanche « indispensable » le travail de l'association Horizon Vert.",
     ("Paul Henry", "Horizon Vert", 1), ("Paul Henry", "Horizon Vert", -1)),
    # … a thing's author (« les tarifs annoncés par X »), its office adjective (« l'aide régionale »)
    ("Le député Paul Roux a jugé les tarifs annoncés par la société Ferovia « sans rapport avec la réalité ».",
     ("Paul Roux", "Ferovia", -1), None),
    ("La Région Bretagne a voté une aide de deux millions d'euros à la société Ferovia. Le syndicat Sud Rail "
     "qualifie l'aide régionale de « simple pansement ».", ("Sud Rail", "Région Bretagne", -1), None),
    # … « voir dans X », « décrire X comme »
    ("Le maire Paul Henry voit dans la société Ferovia « un partenaire exemplaire ».", ("Paul Henry", "Ferovia", 1),
     ("Paul Henry", "Ferovia", -1)),
    ("La présidente Anne Morel décrit Paul Roux comme « un dirigeant tyrannique ».", ("Anne Morel", "Paul Roux", -1),
     None),
    # guards: a denied judgement; a name that completes a role noun (« le président de X » is a person not named)
    ("Le maire Paul Henry ne juge pas la société Ferovia « opportuniste ».", None, ("Paul Henry", "Ferovia", -1)),
    ("Le député Paul Roux a jugé les tarifs cités par le président de la société Ferovia « sans rapport avec la "
     "réalité ».", None, ("Paul Roux", "Ferovia", -1)),
    # an incise of praise (« …, se félicite X ») praises the actor the quotation names, never a court
    ("La société Ferovia a recruté Claire Montel en mars. « Claire Montel a redressé deux entreprises en trois ans », "
     "se félicite Paul Roux.", ("Paul Roux", "Claire Montel", 1), None),
    ("« Le tribunal administratif de Rennes nous a donné raison », se félicite Paul Roux.", None,
     ("Paul Roux", "tribunal administratif de Rennes", 1)),
])
def test_a_judgement_in_quoted_words_bears_on_what_is_judged(text, present, absent):
    got = {r[:3] for r in relations(text)}
    assert (present is None or present in got) and absent not in got, got


# definite descriptions of organisations the article itself explains (invented; each failed before): an
# adjective of origin said of one name (« le groupe nantais X » … « le candidat nantais »), a description set
# before the name it is apposed to (« le fabricant autrichien du toboggan, X, ») and a noun of the same family
# (« le constructeur »), a « de » complement naming a town (« le transporteur de Pontivy »: where the firm stands,
# not the actor), a demonym on a noun of organisations (« la formation rouennaise »), « l'universitaire »
@pytest.mark.parametrize("text,expected", [
    ("Le groupe nantais Ludovia a déposé une offre pour reprendre le golf. La société Vertigreen exploite le site "
     "depuis 2011. Selon Presse Océan, le candidat nantais a critiqué la gestion de Vertigreen.",
     ("Ludovia", "Vertigreen", -1, "criticize", "hedged")),
    ("Le parc Aquarève a assigné le fabricant autrichien du toboggan, Alpenrutsch, qu'il accuse d'avoir livré des "
     "pompes défectueuses. Le groupe belge Loisirs Meuse a racheté le parc en mars. Le constructeur a critiqué le "
     "parc Aquarève.", ("Alpenrutsch", "Aquarève", -1, "criticize", "asserted")),
    ("La directrice de Méthavert, Claire Jaouen, rejette la faute sur son prestataire, les Transports Le Goff. "
     "Le transporteur de Pontivy accuse à son tour Méthavert d'avoir négligé la cuve.",
     ("Transports Le Goff", "Méthavert", -1, "accuse", "asserted")),
    ("Les Castors de Rouen ont perdu leur dixième match. La société Normaprint, imprimeur à Elbeuf, a signé un "
     "accord de deux saisons avec la formation rouennaise.", ("Normaprint", "Castors de Rouen", 1, "sign", "asserted")),
    ("Le dossier est arrivé chez la présidente de l'université, Odile Marchetti. Elle menace de sanctionner l'école "
     "Cassiopée. Dans un courrier, l'universitaire accuse la société Brévia de négligence.",
     ("Odile Marchetti", "Brévia", -1, "accuse", "asserted")),
])
def test_a_description_the_article_explained_takes_up_its_organisation(text, expected):
    got = relations(text)
    assert expected in got, got


def test_an_adjective_of_origin_said_of_two_names_picks_neither():
    got = relations("Le groupe nantais Ludovia et le fonds nantais Erdre Capital ont déposé une offre. La société "
                    "Vertigreen exploite le golf. Selon Presse Océan, le candidat nantais a critiqué Vertigreen.")
    assert not any(r[0] in ("Ludovia", "Erdre Capital") and r[3] == "criticize" for r in got), got


def test_a_town_complement_is_not_the_description_s_actor():
    got = relations("La directrice de Méthavert, Claire Jaouen, rejette la faute sur son prestataire, les Transports "
                    "Le Goff. Le transporteur de Pontivy accuse à son tour Méthavert d'avoir négligé la cuve.")
    assert not any("Pontivy" in r[:2] for r in got), got


# A threat's target is the target of the act it threatens (CAMEO 13): the infinitive's object clitic, or the
# « par » agent who organises what is to be boycotted (invented passages); the threat stays prospective.
def _with_prospective(text: str) -> set[tuple]:
    result = process_document(RawDocument("t", text, "t.txt"))
    return {(r.source, r.target, r.polarity, r.modality, r.prospective) for r in result.relations}


def test_a_threat_bears_on_the_object_clitic_of_its_infinitive():
    rels = relations("La société Festivia a écarté la société Vigilor. Vigilor menace de l'assigner pour rupture brutale.")
    assert ("Vigilor", "Festivia", -1, "threaten", "asserted") in rels


def test_a_threatened_boycott_bears_on_the_organiser_named_by_par():
    rels = _with_prospective("Le syndicat Unsa menace de faire boycotter par les familles le gala organisé par la "
                             "Ville de Brest.")
    assert ("Unsa", "Ville de Brest", -1, "asserted", True) in rels


@pytest.mark.parametrize("text", [
    "La société Festivia a écarté Marc Dubreuil. Me Anne Roux ne menace pas de la poursuivre.",
    "La société Festivia a écarté Marc Dubreuil. Me Anne Roux n'a jamais menacé de la poursuivre.",
])
def test_a_negated_threat_gives_nothing(text):
    assert not any(r[0] == "Anne Roux" for r in relations(text))


# Funds frozen (CAMEO 16 reduce relations): the support a funding noun names is withdrawn when the verb of
# reduction is read off the words (« gelé » tagged an adjective on « de son côté ») or governs the noun through
# the part frozen (« le solde », which the small model makes a modifier) (invented passages).
@pytest.mark.parametrize("text,expected", [
    ("La Ville de Nantes a de son côté gelé la subvention de la compagnie Les Arlequins.",
     ("Ville de Nantes", "Les Arlequins", -1)),
    ("La Région Bretagne a gelé mardi le solde de la subvention de la société Biomer.",
     ("Région Bretagne", "Biomer", -1)),
])
def test_funds_frozen_are_withdrawn(text, expected):
    rels = {r[:3] for r in relations(text)}
    assert expected in rels and (expected[0], expected[1], 1) not in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("La Région Bretagne n'a pas gelé la subvention de la société Biomer.", ("Région Bretagne", "Biomer")),
    ("La Région Bretagne a voté un budget de 3 millions d'euros pour rénover le siège de la société Biomer.",
     ("Région Bretagne", "Biomer")),
])
def test_no_funds_given_or_frozen(text, absent):
    assert not any(r[:2] == absent for r in relations(text)), relations(text)


# « ne se parlent plus »: two parties no longer on speaking terms have fallen out (one quarrel per direction);
# unnegated, or « jamais » (never met), no quarrel (invented passages).
def test_parties_no_longer_speaking_have_quarrelled():
    rels = relations("Anne Roux et Marc Dubreuil, amis depuis vingt ans, ne se parlent plus que par avocats interposés.")
    assert {("Anne Roux", "Marc Dubreuil", -1, "quarrel", "asserted"),
            ("Marc Dubreuil", "Anne Roux", -1, "quarrel", "asserted")} <= rels


@pytest.mark.parametrize("text", ["Anne Roux et Marc Dubreuil se parlent tous les jours.",
                                  "Anne Roux et Marc Dubreuil ne se sont jamais parlé."])
def test_speaking_or_never_having_spoken_is_no_quarrel(text):
    assert not any(r[3] == "quarrel" for r in relations(text))


def test_a_dateline_is_no_subject_and_no_part_of_the_name_after_its_dash():
    # (invented) the parse makes the dateline's town the subject; the name and its acronym stand before the verb,
    # and the capitalised article after the dash opens the sentence (no « La Fédération … » as a name)
    got = relations("Le torchon brûle\nLORIENT (Morbihan) — La Fédération française de voile (FFV) a suspendu lundi "
                    "pour six mois le navigateur Loïc Hervé, contrôlé positif.\n")
    assert {(r[0], r[1]) for r in got} == {("Fédération française de voile", "Loïc Hervé")}, got


def test_ce_que_conteste_answers_the_charge_just_stated_and_the_inverted_subject_is_no_target():
    # (invented) « ce que conteste X » takes up the reproach of the clause before: X answers its author; the
    # words of the inverted subject (« l'avocat du skipper ») name no target
    got = relations("Le président de la fédération, Jean-Luc Madec, a suspendu le navigateur Loïc Hervé. Il reproche "
                    "au navigateur d'avoir refusé de coopérer, ce que conteste l'avocat du skipper, Me Antoine Gourvès.")
    assert ("Antoine Gourvès", "Jean-Luc Madec", -1, "deny", "asserted") in got, got
    assert not any(r[:2] == ("Antoine Gourvès", "Loïc Hervé") for r in got), got


@pytest.mark.parametrize("second", [
    "Son sponsor principal, la banque Crédit Armoricain, a pris ses distances.",
    "Son sponsor, la banque Crédit Armoricain, a suspendu son partenariat.",
    "La banque Crédit Armoricain, son sponsor, a rompu son contrat.",
])
def test_a_possessive_tie_noun_names_the_other_party_of_the_tie_ended(second):
    # (invented) « son sponsor » is the sponsor of the actor the possessive takes up: the tie ended is with them
    got = relations("Le navigateur Loïc Hervé a été suspendu. " + second)
    assert any(r[:3] == ("Crédit Armoricain", "Loïc Hervé", -1) for r in got), got


# Review of the rules above on invented passages: words the new phrases need, in other senses or roles.
@pytest.mark.parametrize("text,absent", [
    # a « de » complement names another kind of procedure or action than a judicial one
    ("La société Norvex a engagé une procédure de recrutement avec le cabinet Alphéa.", ("Norvex", "Alphéa", -1)),
    ("Le groupe Carvelis a lancé une procédure de rachat des actions de la société Oléane.", ("Carvelis", "Oléane", -1)),
    ("Le groupe Carvelis a engagé une action de sensibilisation avec l'association Bocage Vivant.",
     ("Carvelis", "Bocage Vivant", -1)),
    # « auprès de » names the authority a request is lodged with
    ("L'association Les Amis du Lavoir a déposé une requête auprès de la société Norvex pour obtenir une salle.",
     ("Les Amis du Lavoir", "Norvex", -1)),
    # a witness is summoned, not sued
    ("L'ancienne comptable Julie Marec a été citée à comparaître comme témoin par l'association Bocage Vivant.",
     ("Bocage Vivant", "Julie Marec", -1)),
    # « rappeler à l'ordre », not « rappeler l'ordre du jour à X »
    ("Le président, Paul Garnier, a rappelé l'ordre du jour à la conseillère Anne Tassel.", ("Paul Garnier", "Anne Tassel", -1)),
    # a court holds the trial; the target of « faire le procès de » is what « de » opens
    ("Le tribunal correctionnel de Vannes fera le procès de l'ancien maire de Muzillac, Jean Dréan, en mai.",
     ("tribunal correctionnel de Vannes", "Jean Dréan", -1)),
    ("L'entraîneur Paul Garnier a fait le procès de son propre vestiaire après la défaite contre l'US Avranches.",
     ("Paul Garnier", "US Avranches", -1)),
])
def test_the_new_phrases_in_other_senses_give_nothing(text, absent):
    got = relations(text)
    assert not any(r[:3] == absent for r in got), got


@pytest.mark.parametrize("text", [
    "La clinique Saint-Yves fait l'objet d'une plainte de la mère du patient Lucas Morin.",
    "La clinique Saint-Yves fait l'objet d'une plainte d'anciens salariés de la société Nettoria.",
])
def test_a_complaint_by_unnamed_kin_or_staff_of_a_named_actor_is_not_that_actor_s(text):
    got = relations(text)
    assert not any(r[1] == "Saint-Yves" or r[1] == "clinique Saint-Yves" for r in got), got


def test_accusations_relayed_by_a_newspaper_are_not_its_own():
    got = relations("La société Carvelis dément les accusations relayées par le quotidien Ouest-France sur ses "
                    "conditions de travail.")
    assert not any(r[:2] == ("Carvelis", "Ouest-France") and r[3] == "deny" for r in got), got


def test_a_near_synonym_takes_up_the_firm_it_was_said_of_first():
    got = relations("Le transporteur Rouxel a perdu le marché face au logisticien Stockalis. Le transporteur critique la "
                    "coopérative Terrena.")
    assert ("Rouxel", "Terrena", -1, "criticize", "asserted") in got and not any(r[0] == "Stockalis" for r in got), got


def test_a_fronted_circumstantial_phrase_is_no_apposition():
    got = relations("La CGT dénonce les conditions de travail à la clinique Saint-Yves. Dans l'établissement, la CFDT, "
                    "majoritaire chez les infirmiers, réclame des renforts. L'établissement accuse la société Nettoria "
                    "de retards.")
    assert not any(r[0] == "CFDT" and r[3] == "accuse" for r in got), got


@pytest.mark.parametrize("text,absent", [
    # « présenter comme » presents: a quoted attribute of unknown tone is no blame
    ("La maire, Anne Tassel, présente la société Norvex comme « un acteur incontournable ».", ("Anne Tassel", "Norvex", -1)),
    # one rejoices at what befell X: no praise of X
    ("« La société Norvex a été condamnée », se félicite le président de l'association Bocage Vivant, Paul Garnier.",
     ("Paul Garnier", "Norvex", 1)),
    ("« Nous avons battu l'US Avranches », se félicite l'entraîneur Paul Garnier.", ("Paul Garnier", "US Avranches", 1)),
    # the clitic of an infinitive that is no act of the lexicon takes up a thing
    ("Le maire de Dinan, Paul Garnier, a reçu la société Norvex. Il menace de l'annoncer publiquement.",
     ("Paul Garnier", "Norvex", -1)),
])
def test_judgements_praise_and_threats_that_are_not(text, absent):
    got = {r[:3] for r in relations(text)}
    assert absent not in got, got


# Pronoun antecedents (invented passages): an elided « l' » takes the gender of the past participle that
# agrees with it (« l'a écartée »: a woman, not the man named as subject before); a name inside a
# relative clause (« l'entraîneur qui a découvert X ») ranks below the main clause's object (Lappin &
# Leass 1994, head-noun emphasis); « Elle » never takes up an organisation named with a masculine noun
# (« le groupe X »).
@pytest.mark.parametrize("text,expected", [
    ("Le promoteur Henri Vallat a présenté un projet avec l'architecte Sophie Garnier. "
     "Le groupe Maribel l'a écartée mardi du chantier.", ("Maribel", "Sophie Garnier", -1)),
    ("Le club Arvalis a licencié lundi Paul Ramos, l'entraîneur qui a découvert Hugo Lenoir. "
     "Le président du club, Marc Tessel, lui reproche des absences répétées.", ("Marc Tessel", "Paul Ramos", -1)),
    ("Le groupe Castel a racheté en mars la société Ostral. Elle accuse la marque Verlane de contrefaçon.",
     ("Ostral", "Verlane", -1)),
])
def test_pronoun_antecedent_by_agreement_and_salience(text, expected):
    rels = {r[:3] for r in relations(text)}
    assert expected in rels, rels


def test_participle_gender_of_elided_clitic():
    from mediakit.text import nlp as N
    doc = N.pipeline("fr")("Le groupe Maribel l'a écartée mardi, puis l'a recruté en juin.")
    clitics = [t for t in doc if t.lower_ == "l'"]
    assert [salience.pronoun_gender(t) for t in clitics] == ["f", "m"]


def test_a_fallback_target_is_not_read_in_a_coordinated_clause():
    # (invented) the support received in the coordinated clause names no target of the criticism
    got = relations("Le maire Gilles Roux a porté plainte contre l'hebdomadaire Le Pays malouin. Son directeur, Hervé "
                    "Collin, dénonce « une procédure bâillon » et reçoit le soutien du Syndicat national des journalistes.")
    assert not any(r[:2] == ("Hervé Collin", "Syndicat national des journalistes") for r in got), got
    assert ("Syndicat national des journalistes", "Hervé Collin", 1, "support", "asserted") in got, got


def test_a_resumptive_relative_is_no_part_of_the_reported_charge():
    # (invented) « …, ce que conteste Y » comments on the charge: Y is no target of the accuser's words, and Y
    # answers the accuser
    got = relations("Le maire Paul Henry accuse la société Ferovia d'avoir menti, ce que conteste son directeur, "
                    "Marc Olier.")
    assert not any(r[:2] == ("Paul Henry", "Marc Olier") for r in got), got
    assert ("Marc Olier", "Paul Henry", -1, "deny", "asserted") in got, got


@pytest.mark.parametrize("text,expected,absent", [
    # (invented) « elle aussi » between commas takes up the subject: the party in brackets is no target
    ("La députée Anne Rivière (LFI) a, elle aussi, fustigé « le mépris » de la préfecture du Gers.",
     ("Anne Rivière", "préfecture du Gers", -1), ("Anne Rivière", "LFI", -1)),
    ("Le sénateur Paul Armand (LR) a, lui non plus, ménagé personne et critiqué la société Valdrome.",
     ("Paul Armand", "Valdrome", -1), ("Paul Armand", "LR", -1)),
])
def test_a_stressed_pronoun_with_an_additive_adverb_takes_up_the_subject(text, expected, absent):
    got = {r[:3] for r in relations(text)}
    assert expected in got and absent not in got, got


def test_the_management_a_union_of_a_firm_accuses_is_that_firm_s():
    # (invented) the firm named most often is not the one whose staff speak: « la direction » is the
    # management of the firm in the subject's « de » complement
    got = relations("La société Norelis a racheté le laboratoire Cytelia en mars. Norelis promet des embauches, et "
                    "Norelis vante le projet. La CGT de Cytelia a appelé à la grève et accuse la direction d'avoir "
                    "menti aux salariés.")
    assert any(r[:3] == ("CGT", "Cytelia", -1) for r in got), got
    assert not any(r[:2] == ("CGT", "Norelis") for r in got), got


@pytest.mark.parametrize("text", [
    # (invented) a takeover bid bears on the firm after « sur »; the bid is an offer, not a done purchase
    "Le groupe Norvalis a lancé une OPA sur le fabricant Cytelia.",
    "Le groupe Norvalis a lancé une offre publique d'achat sur le fabricant Cytelia.",
    "Le groupe Norvalis a déposé une offre de rachat sur le fabricant Cytelia.",
])
def test_a_takeover_bid_on_a_firm_is_a_prospective_acquisition(text):
    result = process_document(RawDocument("t", text, "t.txt"))
    got = {(r.source, r.target, r.event, r.prospective) for r in result.relations}
    assert ("Norvalis", "Cytelia", "acquire", True) in got, got


def test_a_takeover_bid_won_is_no_offer():
    # (invented) « a réussi son OPA sur X »: the acquisition is done
    result = process_document(RawDocument("t", "Le groupe Norvalis a réussi son OPA sur le fabricant Cytelia.", "t.txt"))
    got = {(r.source, r.target, r.event, r.prospective) for r in result.relations}
    assert ("Norvalis", "Cytelia", "acquire", False) in got, got


@pytest.mark.parametrize("text", [
    # (invented) a participle with a « par » agent is a reduced passive: « remerciée par X » is a dismissal (as
    # « a été remerciée par X »), fronted or apposed, even when the tagger reads the participle as a finite verb
    "Remerciée en octobre par l'association Kerfest, Julie Kervella a saisi les prud'hommes.",
    "Julie Kervella, remerciée en octobre par l'association Kerfest, a saisi les prud'hommes.",
])
def test_a_reduced_passive_of_remercier_is_a_dismissal(text):
    got = relations(text)
    assert ("Kerfest", "Julie Kervella", -1, "fire", "asserted") in got, got
    assert not any(r[3] == "praise" for r in got), got



@pytest.mark.parametrize("text", [
    # (invented) « remercier qqn pour qqch »: a thing thanked for, or a warm adverb, makes the reduced passive thanks
    "Julie Kervella, remerciée par l'association Kerfest pour son dévouement, quitte la présidence.",
    "Remerciée par l'association Kerfest pour ses vingt ans de bénévolat, Julie Kervella a reçu une médaille.",
])
def test_a_passive_of_remercier_with_what_it_thanks_for_is_no_dismissal(text):
    got = relations(text)
    assert not any(r[3] == "fire" for r in got), got


def test_names_joined_by_et_before_a_plural_verb_are_two_bodies():
    # (invented) « l'association X et Y ont … »: the plural verb has two subjects, not one name
    got = relations("Le cabinet Kerdal et Norvalis ont signé un accord de partenariat.")
    assert any(r[:2] == ("Kerdal", "Norvalis") and r[3] == "partner" for r in got), got

def test_trade_named_works_names_joined_by_et_and_the_ngo_taking_up_an_association():
    # (invented) « la papeterie X » is a firm, not a place; « l'association X et Y de Z » one name; « l'ONG »
    # takes up the association (an acronym that is a common noun)
    got = relations("Le tribunal de Morlaix a condamné la papeterie Kervelec à une amende. L'entreprise devra verser "
                    "10 000 euros à l'association Terre et Rivières du Léon. L'ONG accuse l'industriel d'avoir pollué "
                    "la rivière.")
    assert ("Terre et Rivières du Léon", "Kervelec", -1, "accuse", "asserted") in got, got
    assert any(r[:3] == ("tribunal de Morlaix", "Kervelec", -1) for r in got), got

@pytest.mark.parametrize("text, expected", [
    # (invented) a judgement whose object is a decision, no actor named: the decision's author, read off the
    # noun's earlier use or off the act that made it
    ("Le groupe Vinci a annoncé la fermeture de son site de Rennes. Le syndicat Force Ouvrière dénonce une "
     "« décision politique ».", ("Force Ouvrière", "Vinci", -1, "criticize", "asserted")),
    ("La société Carrefour a fermé le magasin de Brest. Le syndicat CFDT a vivement critiqué cette décision.",
     ("CFDT", "Carrefour", -1, "criticize", "asserted")),
    ("La Fédération française de football a suspendu le joueur Paul Girard pour six mois. Le club Stade Lavallois "
     "fustige ce choix.", ("Stade Lavallois", "Fédération française de football", -1, "criticize", "asserted")),
    ("Le groupe Danone a décidé de fermer l'usine. L'association Consommateurs 35 se félicite de cette décision.",
     ("Consommateurs 35", "Danone", 1, "praise", "asserted")),
    # (invented) a quoted predicate whose subject the narration gives, and the organ of an organisation
    ("La société Total a agrandi la raffinerie. Selon Martine Leroy, la société Total « se moque des riverains ».",
     ("Martine Leroy", "Total", -1, "criticize", "reported")),
    ("Martine Leroy estime que la direction de Total « méprise les salariés ».",
     ("Martine Leroy", "Total", -1, "criticize", "reported")),
    # (invented) a subject pronoun opening the quotation: the person it takes up
    ("Le groupe Hotelia a congédié son directeur. Pour le remplacer, Hotelia a embauché Sandrine Morel. « Elle a "
     "redressé trois hôtels en deux ans », se félicite Antoine Beaulieu.",
     ("Antoine Beaulieu", "Sandrine Morel", 1, "praise", "reported")),
    ("Le port a été racheté en 2022 par Gérard Malo. Les plaisanciers réclament son départ. « Il prend le port pour "
     "une vache à lait », tonne Alain Kervella.", ("Alain Kervella", "Gérard Malo", -1, "criticize", "reported")),
    # (invented) « mon ancien employeur » in a quotation: whoever fired the speaker
    ("Jacques Martin a été licencié par la société Brico Ouest. « Mon ancien employeur m'a traité comme un moins que "
     "rien, c'est scandaleux », a lancé Jacques Martin.", ("Jacques Martin", "Brico Ouest", -1, "criticize", "reported")),
    # (invented) « le choix du conseil départemental », not itself a name: the act that made the decision
    ("Le conseil départemental du Gard a supprimé la subvention du festival. L'association Sons du Sud fustige le "
     "choix du conseil départemental.", ("Sons du Sud", "conseil départemental du Gard", -1, "criticize", "asserted")),
    # (invented) « la direction » closing the object a verb of judging judges: the firm the article is about
    ("Le groupe Alvéa a fermé l'usine de Brest. Yann Le Goff, délégué CGT, a jugé « inacceptable » l'attitude de la "
     "direction.", ("Yann Le Goff", "Alvéa", -1, "criticize", "reported")),
    # (invented) « associations » are people a contempt can be shown to
    ("Le maire de Brest, François Cuillandre, a refusé la subvention. « Le maire méprise les associations », a lancé "
     "Anne Le Gall.", ("Anne Le Gall", "François Cuillandre", -1, "criticize", "reported")),
])
def test_judged_decisions_and_speech_targets(text, expected):
    got = relations(text)
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    # (invented) the one a passive pronoun subject speaks of was wronged, not praised or blamed
    ("Le club de Lyon a limogé Marc Durand. « Il a été lâché par la direction », s'agace Paul Morel.",
     ("Paul Morel", "Marc Durand")),
    # (invented) a place named in the closed thing's phrase is not the decision's author
    ("Le groupe Vinci a annoncé la fermeture de son site de Rennes. Le syndicat Force Ouvrière dénonce une "
     "« décision politique ».", ("Force Ouvrière", "Rennes")),
    # (invented) « sur mesure » is an idiom, no decision
    ("Le groupe Kermor a écarté la société Armen. Armen a saisi la justice, dénonçant un appel d'offres « écrit sur "
     "mesure » pour un rival.", ("Armen", "Kermor", -1)),
    # (invented) a complement is no subject of a quoted predicate
    ("Selon Martine Leroy, les salariés de Total « se moquent des clients ».", ("Martine Leroy", "Total")),
])
def test_judged_decisions_and_speech_targets_not(text, absent):
    got = relations(text)
    assert not any(r[:len(absent)] == absent for r in got if r[3] in ("criticize", "praise")), got


def test_the_word_a_phrase_needs_is_not_read_in_the_next_coordinated_verb():
    # (invented) « contester … prud'hommes » is a suit only when the court is the contesting verb's: here it is
    # « a saisi »'s, and « conteste ces accusations » denies them
    got = relations("La société Cyclantis a licencié son directeur financier, Olivier Gaudin. Celui-ci conteste ces "
                    "accusations et a saisi les prud'hommes.")
    assert ("Olivier Gaudin", "Cyclantis", -1, "deny", "asserted") in got, got


def test_an_act_inside_a_quotation_takes_no_target_from_the_incise_after_it():
    # (2026-12-07 morning, invented) the parse hangs « », cingle X » on the quoted verb: X is the one speaking,
    # not the other party of « a signé ce contrat » (before: Lefèvre → Tessier, a signature)
    got = relations("« Mme Lefèvre a signé ce contrat les yeux fermés », cingle Marc Tessier, chef de file de "
                    "l'opposition.")
    assert not [r for r in got if r[0] == "Lefèvre" and r[1] == "Marc Tessier"], got
    assert ("Marc Tessier", "Lefèvre", -1, "criticize", "reported") in got, got


@pytest.mark.parametrize("text", [
    # (invented, review 2026-12-07) a name ending a fronted phrase, a comma, then the clause's own subject: no
    # detached apposition (that is closed off by a comma or the sentence's end), so the subject is not the name
    # (before: Vortalis → Ravenne and Vortalis → État, suits)
    "Face à Vortalis, une association de riverains a porté plainte contre la mairie de Ravenne.",
    "Après l'annonce de Vortalis, une association a porté plainte contre l'État.",
])
def test_a_subject_after_a_fronted_phrase_is_not_the_name_before_its_comma(text):
    assert not [r for r in relations(text) if r[0] == "Vortalis"], relations(text)


# Press verbs, idioms and nouns of conflict and cooperation the lexicon lacked (events.yml; before: nothing)
@pytest.mark.parametrize("text, expected", [
    ("Marc Duval a montré du doigt Sophie Lenoir lors du conseil municipal.",
     ("Marc Duval", "Sophie Lenoir", -1, "accuse", "asserted")),
    ("Marc Duval a cloué au pilori Sophie Lenoir lors du conseil municipal.",
     ("Marc Duval", "Sophie Lenoir", -1, "criticize", "asserted")),
    ("Marc Duval a dézingué Sophie Lenoir dans une interview.",
     ("Marc Duval", "Sophie Lenoir", -1, "criticize", "asserted")),
    ("Marc Duval a houspillé Sophie Lenoir devant les caméras.",
     ("Marc Duval", "Sophie Lenoir", -1, "criticize", "asserted")),
    ("Marc Duval s'est constitué partie civile contre Sophie Lenoir.",
     ("Marc Duval", "Sophie Lenoir", -1, "sue", "asserted")),
    ("Marc Duval a obtenu la condamnation de Sophie Lenoir.",
     ("Marc Duval", "Sophie Lenoir", -1, "sue", "asserted")),
    ("Marc Duval et Sophie Lenoir ont croisé le fer lors du débat.",
     ("Sophie Lenoir", "Marc Duval", -1, "quarrel", "asserted")),
    ("Le différend de Marc Duval avec Sophie Lenoir a surpris.",
     ("Marc Duval", "Sophie Lenoir", -1, "quarrel", "asserted")),
    ("Le bras de fer de Marc Duval avec Sophie Lenoir continue.",
     ("Marc Duval", "Sophie Lenoir", -1, "quarrel", "asserted")),
    ("Marc Duval a sommé Sophie Lenoir de s'expliquer.",
     ("Marc Duval", "Sophie Lenoir", -1, "threaten", "asserted")),
    ("Marc Duval a éconduit Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", -1, "reject", "asserted")),
    ("Marc Duval a envoyé paître Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", -1, "reject", "asserted")),
    ("Marc Duval a fait faux bond à Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", -1, "withdraw", "asserted")),
    ("Marc Duval a blacklisté la société Valtek.", ("Marc Duval", "Valtek", -1, "exclude", "asserted")),
    ("Le club Racing a placardisé Marc Duval.", ("Racing", "Marc Duval", -1, "exclude", "asserted")),
    ("La société Valtek a dégommé Marc Duval.", ("Valtek", "Marc Duval", -1, "fire", "asserted")),
    ("Marc Duval a roué de coups Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", -1, "attack", "asserted")),
    ("La Ligue Atlantique a mis à l'amende le club Racing.",
     ("Ligue Atlantique", "Racing", -1, "fine", "asserted")),
    ("Marc Duval s'est rallié à Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", 1, "support", "asserted")),
    ("Marc Duval a cautionné Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", 1, "support", "asserted")),
    ("Marc Duval a fait un don à l'association Avenir.", ("Marc Duval", "Avenir", 1, "support", "asserted")),
    ("La société Valtek a fait alliance avec la société Norbel.", ("Valtek", "Norbel", 1, "partner", "asserted")),
    ("La ville de Brissac s'est jumelée avec la ville de Lenz.", ("Brissac", "Lenz", 1, "partner", "asserted")),
    ("La société Valtek a conclu un pacte avec la société Norbel.", ("Valtek", "Norbel", 1, "sign", "asserted")),
    ("Le festival Lumières a primé Sophie Lenoir.", ("Lumières", "Sophie Lenoir", 1, "praise", "asserted")),
    ("Marc Duval a acclamé Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", 1, "praise", "asserted")),
    ("La société Valtek a coopté Sophie Lenoir.", ("Valtek", "Sophie Lenoir", 1, "hire", "asserted")),
    ("La société Valtek a croqué la société Norbel.", ("Valtek", "Norbel", 1, "acquire", "asserted")),
    ("Le syndicat CGT a manifesté contre la société Valtek devant le siège.",
     ("CGT", "Valtek", -1, "criticize", "asserted")),
    ("Marc Duval s'est élevé contre Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", -1, "criticize", "asserted")),
    ("L'offensive de Marc Duval contre Sophie Lenoir a surpris.",
     ("Marc Duval", "Sophie Lenoir", -1, "criticize", "asserted")),
    ("La société Valtek a fait front commun avec la société Norbel.", ("Valtek", "Norbel", 1, "partner", "asserted")),
    ("Marc Duval a plaidé en faveur de Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", 1, "support", "asserted")),
    ("Marc Duval a contredit Sophie Lenoir.", ("Marc Duval", "Sophie Lenoir", -1, "deny", "asserted")),
])
def test_press_idioms_of_conflict_and_cooperation(text, expected):
    assert expected in relations(text), relations(text)


# ... and their other senses: an obligation honoured is no praise (events.yml other_sense_objects), a sum
# wired (« virer ») no dismissal, « primer sur » (to prevail) no award
@pytest.mark.parametrize("text", [
    "La société Valtek a honoré son contrat avec la société Norbel.",
    "Marc Duval a honoré ses engagements envers Sophie Lenoir.",
    "La société Valtek a viré deux millions d'euros à la société Norbel.",
    "Pour Marc Duval, l'intérêt de la société Valtek prime sur celui de Sophie Lenoir.",
    # an « offensive » with no one against (a commercial push)
    "La société Valtek a lancé une offensive commerciale en Asie.",
])
def test_other_senses_of_the_press_idioms_are_no_event(text):
    assert not relations(text), relations(text)


def test_a_quarrel_between_two_parties_is_reciprocal():
    # (invented, 2026-12-07) « la brouille entre X et Y » names both parties of a quarrel, each against the other, as
    # the reflexive « X et Y se sont brouillés » does (before: no pair)
    got = relations("La brouille entre Paul Martin et le groupe Vialis s'est envenimée.")
    assert ("Paul Martin", "Vialis", -1, "quarrel", "asserted") in got, got
    assert ("Vialis", "Paul Martin", -1, "quarrel", "asserted") in got, got


@pytest.mark.parametrize("text, pair", [
    # (invented, 2026-12-07) the « de » complement of a passive of dismissal or exclusion is the body that did it
    # (« licencier qqn d'une entreprise », « exclure qqn de »: TLFi); before, the reduced participle was read as
    # active, its noun the source: « X, licencié de France Inter » had X firing France Inter
    ("Guillaume Meurice, lui-même licencié de France Inter en 2024, ironise sur la direction.",
     ("France Inter", "Guillaume Meurice", -1, "fire", "asserted")),
    ("Guillaume Meurice a été licencié de France Inter en 2024.",
     ("France Inter", "Guillaume Meurice", -1, "fire", "asserted")),
    ("Marie Dupuis, exclue de LR par Éric Ciotti, a rejoint Renaissance.",
     ("Éric Ciotti", "Marie Dupuis", -1, "exclude", "asserted")),
    ("Paul Roux, licencié de son poste par Renault, a saisi les prud'hommes.",
     ("Renault", "Paul Roux", -1, "fire", "asserted")),
])
def test_the_body_one_is_dismissed_or_excluded_from_did_it(text, pair):
    got = relations(text)
    assert pair in got, got
    assert (pair[1], pair[0], pair[3]) not in {(s, t, e) for s, t, _, e, _ in got}, got


def test_a_stressed_pronoun_emphasising_the_subject_is_no_target():
    # (invented, 2026-12-07) « a lui aussi étrillé Y »: « lui aussi » repeats the subject after the auxiliary (the
    # parse made « lui » an object, so the act went to the person named before); the object named is the target
    got = relations("Le Premier ministre Sébastien Lecornu a engagé le 49.3. Le patron des députés Renaissance, "
                    "Gabriel Attal, a lui aussi étrillé le Parti socialiste.")
    assert ("Gabriel Attal", "Parti socialiste", -1, "criticize", "asserted") in got, got
    assert not [r for r in got if r[1] == "Sébastien Lecornu"], got


def test_the_seat_of_a_public_office_is_not_its_holder():
    # (invented, 2026-12-07) « Le député de Seine-et-Marne accuse X »: the place the office is held for does not act
    # (before: Seine-et-Marne accused); a named holder still does
    got = relations("Le député de Seine-et-Marne accuse le Premier ministre, Sébastien Lecornu, d'avoir méprisé le "
                    "Parlement.")
    assert not [r for r in got if r[0] == "Seine-et-Marne"], got
    got = relations("Le député de Seine-et-Marne, Olivier Faure, accuse le Premier ministre, Sébastien Lecornu, "
                    "d'avoir méprisé le Parlement.")
    assert ("Olivier Faure", "Sébastien Lecornu", -1, "accuse", "asserted") in got, got


def test_a_dative_clitic_read_as_a_second_subject_is_the_indirect_object():
    # (invented, 2026-12-07, coref8) a conjoint « lui » right before the verb group of a clause that has its subject
    # is the dative clitic, not a second subject (Riegel et al., ch. VII): the fund gave the money to the academy,
    # the noun its apposition named, not to the person named before (before: Paul Martin)
    got = relations("Paul Martin a rejoint l'académie Tennis Horizon. Le fonds niçois Azur Capital, actionnaire "
                    "minoritaire de l'académie depuis 2025, lui a apporté mardi 1,5 million d'euros supplémentaires.")
    assert ("Azur Capital", "Tennis Horizon", 1, "invest", "asserted") in got, got
    # nor is it one more of coordinated subjects (before: Paul Martin, and no pair for the bank)
    got = relations("Paul Martin a rejoint l'académie Tennis Horizon. Le fonds Azur Capital et la banque Crédor, "
                    "partenaires de l'académie depuis 2025, lui ont apporté mardi 1,5 million d'euros.")
    assert {("Azur Capital", "Tennis Horizon", 1, "invest", "asserted"),
            ("Crédor", "Tennis Horizon", 1, "invest", "asserted")} <= got, got


@pytest.mark.parametrize("last, pair", [
    # (invented, 2026-12-07, coref8) « la société », object of the sentence before, is a mention of Bexa: the « lui »
    # after it takes Bexa up, not the bank named as a subject two sentences back (before: Crédor)
    ("Il lui reproche des retards.", ("Altor", "Bexa", -1, "accuse", "asserted")),
    # the descriptions outside the subject are read in the same pass as the subject pronouns: « Elle » after « a
    # assigné la société » takes up Bexa, not the bank (before: Crédor)
    ("Elle accuse le groupe de mensonge.", ("Bexa", "Altor", -1, "accuse", "asserted")),
])
def test_a_description_outside_the_subject_keeps_its_actor_salient(last, pair):
    got = relations("La banque Crédor a soutenu la société Bexa en 2021. Le 3 mai, le groupe Altor a assigné la "
                    "société devant le tribunal. " + last)
    assert pair in got, got


@pytest.mark.parametrize("text, expected", [
    # descriptions that are no actor: a figure, a time, a plan (the new classes must not read them)
    ("Le Collectif des riverains du Port a dénoncé la société Ecoval. Les chiffres accusent une baisse de la "
     "fréquentation.", {("Collectif des riverains du Port", "Ecoval", -1, "criticize", "asserted")}),
    ("La société Ecoval a présenté le projet à Lorient. La semaine prochaine, le projet sera critiqué par les "
     "riverains.", set()),
    # « les riverains » with two organisations of riverains named, or none: no guess
    ("Le Collectif des riverains du Port et l'Association des riverains de Kervénanec ont manifesté. Les riverains "
     "accusent la société Ecoval de mentir.", set()),
    ("L'association Vigie Eau a manifesté lundi. Les riverains accusent la société Ecoval de mentir.", set()),
])
def test_a_description_of_no_actor_takes_up_no_one(text, expected):
    assert relations(text) == expected


def test_a_detached_present_participle_is_the_main_subject_s_act_whatever_noun_md_hung_it_on():
    # fr_core_news_md makes « reprochant » a relative of « tribunal » (acl:relcl): the participle set off by a
    # comma after the clause is the act of the clause's subject (the Académie française's « participe
    # mal rapporté »: a detached participle has the main verb's subject), « lui » the defendant
    got = relations("La Clinique du Parc a assigné mardi la société Pharmadis devant le tribunal de commerce de "
                    "Rennes, lui reprochant des ruptures répétées de livraison.")
    assert {(s, t) for s, t, *_ in got} == {("Clinique du Parc", "Pharmadis")}, got


def test_a_start_up_stays_one_word_for_the_parser():
    # spaCy's French tokenizer split « start-up » in three, and md hung the name after it on the offer without
    # its « sur » (resources/tokens.yml keep_whole)
    got = relations("Le fonds Northwind Capital a déposé une offre de rachat sur la start-up Vélocité.")
    assert {(s, t, p) for s, t, p, *_ in got} == {("Northwind Capital", "Vélocité", 1)}, got


def test_the_departement_takes_up_its_council_not_the_town_named_since():
    # « le Département » (capitalised, the institution) is the conseil départemental named before, not Angers, the
    # town of the mayor named in the same sentence
    got = relations("Le conseil départemental de Maine-et-Loire a retiré jeudi sa subvention au festival. Le maire "
                    "d'Angers, Philippe Lenoir, a critiqué le Département.")
    assert ("Philippe Lenoir", "conseil départemental de Maine-et-Loire", -1) in {(s, t, p) for s, t, p, *_ in got}, got
    assert not any(t == "Angers" for _, t, *_ in got), got


def test_a_suit_against_a_decree_is_against_the_subject_of_its_relative_clause():
    # « l'arrêté par lequel la préfecture a autorisé … »: whoever made the decree is the defendant (before: no
    # target); a relative whose pronoun is the subject names no author (« l'arrêté qui autorise … »)
    got = relations("Jeudi, l'association Loire Vivante a déposé un recours devant le tribunal administratif d'Orléans "
                    "contre l'arrêté par lequel la préfecture du Loiret a autorisé, en juillet, le chantier voulu par la "
                    "société Granulor.")
    assert ("Loire Vivante", "préfecture du Loiret", -1) in {(s, t, p) for s, t, p, *_ in got}, got
    assert not any(t == "Granulor" for _, t, *_ in got), got
    # (a relative clause whose verb makes no decision names no author: « l'arrêté que conteste l'association »)
    got = relations("La préfète du Loiret, Anne Morel, a signé l'arrêté que conteste l'association Loire Vivante. Le "
                    "maire de Gien, Paul Ravel, dénonce l'arrêté.")
    assert ("Paul Ravel", "Loire Vivante", -1) not in {(s, t, p) for s, t, p, *_ in got}, got


def test_where_a_described_person_lives_is_no_party():
    # « L'éleveur de Saint-Agrève »: the village is where he farms (before: Saint-Agrève threatened Privas)
    got = relations("Le maire de Privas, Jean Mourier, a refusé de recevoir les éleveurs. L'éleveur de Saint-Agrève "
                    "menace de bloquer la mairie, à Privas, avec ses voisins.")
    assert not any(s in ("Saint-Agrève", "Privas") or t in ("Saint-Agrève",) for s, t, *_ in got), got
    # (the person such a description takes up is not found yet: « L'agriculteur de Saint-Agrève » after Luc Terrier
    # gives no pair, where the village accused the firm before; descriptions.described_person reads no description
    # with a capitalised complement)
    got = relations("Luc Terrier cultive des salades à Saint-Agrève depuis vingt ans. L'agriculteur de Saint-Agrève "
                    "accuse la société Agrifroid de lui avoir vendu des semences malades.")
    assert not any(s == "Saint-Agrève" for s, *_ in got), got
    # a role's place is left to the town, as before (« le maire de X »: the town acts)
    got = relations("Le maire de Lorval a porté plainte contre la société Brenox.")
    assert ("Lorval", "Brenox", -1) in {(s, t, p) for s, t, p, *_ in got}, got


def test_a_decree_judged_in_the_body_of_the_article_is_the_one_its_lead_named():
    # « qualifie l'arrêté de « … » » six sentences after « la préfecture a signé un arrêté »: the same decree, whose
    # author is criticised (before: the lead was out of reach, and no pair was found)
    got = relations("Le 3 mars, la préfecture du Jura a signé un arrêté autorisant l'extension de la carrière. Les "
                    "camions ont repris leurs rotations dès le lendemain. Le chantier emploie quarante personnes. Les "
                    "habitants du hameau se plaignent de la poussière. Une réunion publique a réuni deux cents "
                    "personnes jeudi soir. Le débat a duré trois heures. L'avocat de l'association Jura Nature, Me Paul "
                    "Girod, qualifie l'arrêté de « texte bâclé et dangereux ».")
    assert ("Paul Girod", "préfecture du Jura", -1) in {(s, t, p) for s, t, p, *_ in got}, got


def test_a_trade_noun_takes_up_the_person_it_describes():
    # « le boulanger », « le forgeron »: trades whose names no agent ending gives (roles.yml description_persons)
    got = relations("La Boulangerie Marsac a été rachetée par le groupe Fournil. Paul Hénaff ne travaillera plus pour "
                    "Marsac. Le boulanger a été licencié lundi par Marsac.")
    assert ("Boulangerie Marsac", "Paul Hénaff", -1) in {(s, t, p) for s, t, p, *_ in got}, got
