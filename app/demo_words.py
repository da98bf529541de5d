"""Word lists for the synthetic Belgian vault of ``app.demo``: names, places, skills, vacancies.

Invented combinations of common Belgian names and real street, commune and postcode names; no list
here describes a real person.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Comma-separated words (one list can span lines); names may hold spaces and apostrophes."""
    return tuple(part.strip() for part in text.replace("\n", ",").split(",") if part.strip())


def _places(text: str) -> tuple[tuple[str, str, str], ...]:
    """Lines of ``street; postcode; commune``."""
    rows = [tuple(part.strip() for part in line.split(";")) for line in text.splitlines() if line.strip()]
    return tuple((r[0], r[1], r[2]) for r in rows)


# (first names, last names, preferred language) per region: Flanders, Wallonia, Brussels.
FLEMISH_FIRST = _words(
    """
    Jan, Pieter, Wouter, Jens, Lars, Thomas, Arne, Bram, Sander, Tijs, Jef, Stijn, Lotte, Emma, Fien,
    Lien, Marieke, Sofie, Elke, Nele, Zoë, Anneleen, Griet, Ine, Hanne, Jolien, Ruben, Maarten, Koen,
    Dries, Joke, Eline
    """
)
FLEMISH_LAST = _words(
    """
    Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet,
    Van den Broeck, Vermeulen, Van de Velde, De Backer, Verhoeven, Van Damme, De Clercq, Vandenberghe,
    Desmet, Van Aert, D'Hondt, Van Looy, Verstraete, Coppens, Van Hoof, De Wilde, Segers, Lemmens,
    Michiels, Van Acker
    """
)
WALLOON_FIRST = _words(
    """
    Jérôme, François, Amélie, Hélène, Noémie, Cédric, Benoît, Loïc, Gaëlle, Maëlle, Clément, Élodie,
    Aurélie, Frédéric, Stéphane, Julien, Camille, Chloé, Léa, Théo, Anaïs, Mathéo, Céline, Grégory,
    Valérie, Raphaël
    """
)
WALLOON_LAST = _words(
    """
    Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leclercq, Lejeune, Renard, Collignon, Delvaux,
    Wathelet, Lefèvre, Gérard, Fontaine, Herman, Hubert, Piérard, Delhaize, Noël, François, Duchêne,
    Lemaître, Bastin, Jacquet
    """
)
BRUSSELS_FIRST = _words(
    """
    Mohamed, Yasmina, Ayoub, Fatima, Sarah, Adam, Ines, Nour, Karim, Leïla, Alexandre, Sofia, Mehdi,
    Salma, Youssef, Aïcha, Lucas, Olivia, Mateo, Zeynep, Emre, Ana, Tomasz, Agnieszka, Ioana
    """
)
BRUSSELS_LAST = _words(
    """
    El Amrani, Benali, Bensaïd, Yilmaz, Kaya, Nowak, Kowalski, Popescu, Da Silva, Ferreira, Rossi,
    Ahmadi, Van der Linden, Mertens-El Idrissi, De Vos, Diallo, Mbuyi, Kabongo, Haddad, Ouali
    """
)

# (street, postcode, commune) by region.
FLEMISH_PLACES = _places(
    """
    Meir; 2000; Antwerpen
    Veldstraat; 9000; Gent
    Bondgenotenlaan; 3000; Leuven
    Steenstraat; 8000; Brugge
    Bruul; 2800; Mechelen
    Demerstraat; 3500; Hasselt
    Grote Markt; 2300; Turnhout
    Kortrijksesteenweg; 8500; Kortrijk
    Stationsstraat; 9100; Sint-Niklaas
    Diestsestraat; 3200; Aarschot
    Kerkstraat; 9300; Aalst
    Lange Nieuwstraat; 2800; Mechelen
    Molenstraat; 3590; Diepenbeek
    Dorpsstraat; 9870; Zulte
    """
)
WALLOON_PLACES = _places(
    """
    Rue de Fer; 5000; Namur
    Rue Saint-Gilles; 4000; Liège
    Boulevard Tirou; 6000; Charleroi
    Rue de Nimy; 7000; Mons
    Grand-Place; 7500; Tournai
    Rue du Collège; 1300; Wavre
    Avenue de la Gare; 6700; Arlon
    Rue des Carmes; 4800; Verviers
    Chaussée de Bruxelles; 1410; Waterloo
    Rue de la Station; 5100; Jambes
    """
)
BRUSSELS_PLACES = _places(
    """
    Rue Neuve; 1000; Bruxelles
    Chaussée d'Ixelles; 1050; Ixelles
    Avenue Louise; 1050; Ixelles
    Rue de Brabant; 1030; Schaerbeek
    Chaussée de Waterloo; 1060; Saint-Gilles
    Gentsesteenweg; 1080; Sint-Jans-Molenbeek
    Boulevard Léopold II; 1080; Molenbeek-Saint-Jean
    Rue Vanderkindere; 1180; Uccle
    Avenue de Tervueren; 1150; Woluwe-Saint-Pierre
    Place Flagey; 1050; Ixelles
    """
)

REGIONS = (
    # name, weight, first names, last names, places, language of letters
    ("flanders", 55, FLEMISH_FIRST, FLEMISH_LAST, FLEMISH_PLACES, "nl"),
    ("wallonia", 30, WALLOON_FIRST, WALLOON_LAST, WALLOON_PLACES, "fr"),
    ("brussels", 15, BRUSSELS_FIRST, BRUSSELS_LAST, BRUSSELS_PLACES, "fr"),
)

MAIL_DOMAINS = _words(
    """
    gmail.com, telenet.be, skynet.be, proximus.be, hotmail.com, outlook.be, voo.be
    """
)
SOURCES = _words(
    """
    VDAB, Le Forem, Actiris, LinkedIn, website, Jobat, StepStone, referral, job fair
    """
)
MOBILE_PREFIXES = _words(
    """
    470, 471, 472, 473, 475, 476, 477, 478, 479, 484, 485, 486, 493, 494
    """
)

SKILLS = _words(
    """
    Python, Java, SQL, Excel, SAP, boekhouding, comptabilité, payroll, loonadministratie,
    project management, klantenservice, service client, verkoop, vente, logistiek, logistique,
    heftruck, permis C, rijbewijs B, AutoCAD, Power BI, marketing, HR, recrutement, Scrum, Linux,
    netwerkbeheer, électricité, lassen, soudure, verpleegkunde, soins infirmiers, onthaal, accueil,
    magazijnbeheer, data-analyse, JavaScript, C#, fiscaliteit, juridisch advies
    """
)
LANGUAGES = _words(
    """
    Nederlands, Frans, Engels, Duits, Spaans, Arabisch, Turks, Pools, Italiaans
    """
)
LANGUAGE_LEVELS = _words(
    """
    moedertaal, vloeiend, goed, basis
    """
)
SCHOOLS = _words(
    """
    KU Leuven, UGent, Universiteit Antwerpen, VUB, ULB, UCLouvain, ULiège, UMONS, Hogeschool PXL,
    Thomas More, Artevelde Hogeschool, HELMo, Haute École de la Province de Liège, Odisee, Howest,
    Erasmushogeschool Brussel
    """
)
DEGREES = _words(
    """
    bachelor toegepaste informatica, master handelswetenschappen, bachelor bedrijfsmanagement,
    bachelier en comptabilité, master en droit, bachelor verpleegkunde, graduaat logistiek,
    master industriële wetenschappen, bachelier en informatique de gestion, secundair onderwijs (TSO)
    """
)
EMPLOYERS = _words(
    """
    Colruyt, Delhaize, Proximus, KBC, Belfius, bpost, Umicore, Solvay, UCB, AB InBev, Barco, Bekaert,
    Securex, Acerta, Randstad, Partena, De Lijn, TEC, SNCB, Sibelga
    """
)
HOBBIES = _words(
    """
    wielrennen, voetbal, lezen, koken, muziek, fotografie, vrijwilligerswerk, randonnée, théâtre,
    tennis, schaken, tuinieren
    """
)
TRAITS = _words(
    """
    nauwkeurig, teamspeler, stressbestendig, klantgericht, leergierig, rigoureux, autonome,
    communicatief, flexibel, oplossingsgericht
    """
)

VACANCY_TITLES = _words(
    """
    Boekhouder, Comptable, Python-ontwikkelaar, Développeur Java, HR-medewerker, Magazijnier,
    Préparateur de commandes, Klantendienstmedewerker, Account manager, Verpleegkundige, Infirmier,
    Data analist, Office manager, Technicien de maintenance, Elektricien, Projectleider,
    Logistiek bediende, Receptionist, Payroll officer, Juriste
    """
)
DEPARTMENTS = _words(
    """
    Finance, IT, HR, Logistics, Sales, Customer service, Operations, Legal, Care
    """
)
HOLD_REASONS = _words(
    """
    Procedure bij de arbeidsrechtbank, Litige en cours, Klacht bij het Instituut voor Gelijkheid
    """
)
