# ruff: noqa: E501  (translation tables read best with one text per key)
"""The export summary's texts in Dutch, French and English (core strings, not Qt: the DOCX is a file)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your personal data at {company}",
        "intro": "This summary lists what we keep about you ({name}, reference {id}) on {date}, why, since "
        "when and until when. The file candidate.json holds all of it in a machine-readable form; the "
        "folder documents/ holds the files you sent us.",
        "what": "What we keep",
        "count": "Items",
        "why": "Why (legal basis)",
        "since": "Since",
        "until": "Until",
        "cat.profile": "Contact details and profile",
        "cat.procedures": "Applications",
        "cat.documents": "Documents (CV, letters, diplomas, ...)",
        "cat.notes": "Interview notes",
        "cat.correspondence": "Correspondence",
        "cat.consents": "Consent for the recruitment reserve",
        "cat.holds": "Legal holds",
        "cat.restrictions": "Restrictions of processing",
        "cat.history": "Earlier values of corrected fields",
        "cat.requests": "Your requests about your data",
        "basis.application": "Steps taken at your request before a possible employment contract "
        "(GDPR Art. 6(1)(b)) and our legitimate interest in recruiting (Art. 6(1)(f))",
        "basis.consent": "Your consent (GDPR Art. 6(1)(a)); you can withdraw it at any time",
        "basis.claims": "Establishing, exercising or defending legal claims (GDPR Art. 17(3)(e), Art. 6(1)(f))",
        "basis.restriction": "Your request to restrict processing (GDPR Art. 18)",
        "basis.accuracy": "Keeping your data accurate and proving its corrections (GDPR Art. 5(1)(d) and 16)",
        "basis.requests": "Our legal obligation to answer and account for your requests (GDPR Art. 12 and "
        "5(2))",
        "until.date": "{date}: {reason}",
        "reason.after_procedure": "{days} days after your last application ended",
        "reason.after_hire": "{days} days after you were hired (then it moves to the personnel file)",
        "reason.no_procedure": "{days} days after we received your data",
        "reason.consent": "the end of your consent for the recruitment reserve",
        "reason.erasure_request": "you asked us to erase your data",
        "reason.open_procedure": "as long as your application is open, then as described above",
        "reason.held": "as long as a legal hold applies; then it is deleted",
        "reason.restricted": "processing is restricted at your request; kept, unused, until the restriction "
        "is lifted",
        "until.consent": "{date} (the end of your consent, at most two years)",
        "until.hold_active": "until the hold is released",
        "until.requests": "kept after your data is deleted, without your name or contact details, to prove "
        "we answered",
        "none": "none",
        "footer": "You can ask us at any time to see, correct, erase or take away your data, to restrict its "
        "processing, to withdraw your consent or to object. You may also complain to the data protection "
        "authority.",
    },
    "nl": {
        "title": "Uw persoonsgegevens bij {company}",
        "intro": "Dit overzicht toont wat wij op {date} over u ({name}, referentie {id}) bewaren, waarom, sinds "
        "wanneer en tot wanneer. Het bestand candidate.json bevat alles in machineleesbare vorm; de map "
        "documents/ bevat de bestanden die u ons bezorgde.",
        "what": "Wat wij bewaren",
        "count": "Aantal",
        "why": "Waarom (rechtsgrond)",
        "since": "Sinds",
        "until": "Tot",
        "cat.profile": "Contactgegevens en profiel",
        "cat.procedures": "Sollicitaties",
        "cat.documents": "Documenten (cv, brieven, diploma's, ...)",
        "cat.notes": "Notities van gesprekken",
        "cat.correspondence": "Briefwisseling",
        "cat.consents": "Toestemming voor de wervingsreserve",
        "cat.holds": "Juridische bewaarplicht",
        "cat.restrictions": "Beperkingen van de verwerking",
        "cat.history": "Vroegere waarden van verbeterde gegevens",
        "cat.requests": "Uw verzoeken over uw gegevens",
        "basis.application": "Stappen op uw verzoek vóór een mogelijke arbeidsovereenkomst (AVG art. 6.1.b) en "
        "ons gerechtvaardigd belang bij werving (art. 6.1.f)",
        "basis.consent": "Uw toestemming (AVG art. 6.1.a); u kunt ze altijd intrekken",
        "basis.claims": "De instelling, uitoefening of onderbouwing van een rechtsvordering (AVG art. 17.3.e, "
        "art. 6.1.f)",
        "basis.restriction": "Uw verzoek om de verwerking te beperken (AVG art. 18)",
        "basis.accuracy": "Uw gegevens juist houden en verbeteringen aantonen (AVG art. 5.1.d en 16)",
        "basis.requests": "Onze wettelijke plicht om uw verzoeken te beantwoorden en dat aan te tonen (AVG "
        "art. 12 en 5.2)",
        "until.date": "{date}: {reason}",
        "reason.after_procedure": "{days} dagen na het einde van uw laatste sollicitatie",
        "reason.after_hire": "{days} dagen na uw indiensttreding (daarna in het personeelsdossier)",
        "reason.no_procedure": "{days} dagen nadat wij uw gegevens ontvingen",
        "reason.consent": "het einde van uw toestemming voor de wervingsreserve",
        "reason.erasure_request": "u vroeg ons uw gegevens te wissen",
        "reason.open_procedure": "zolang uw sollicitatie loopt, daarna zoals hierboven",
        "reason.held": "zolang een juridische bewaarplicht geldt; daarna worden ze gewist",
        "reason.restricted": "de verwerking is op uw verzoek beperkt; bewaard, ongebruikt, tot de beperking "
        "wordt opgeheven",
        "until.consent": "{date} (einde van uw toestemming, hoogstens twee jaar)",
        "until.hold_active": "tot de bewaarplicht wordt opgeheven",
        "until.requests": "bewaard nadat uw gegevens gewist zijn, zonder uw naam of contactgegevens, als bewijs "
        "van ons antwoord",
        "none": "geen",
        "footer": "U kunt ons altijd vragen uw gegevens in te zien, te verbeteren, te wissen of mee te nemen, "
        "de verwerking te beperken, uw toestemming in te trekken of bezwaar te maken. U kunt ook klacht "
        "indienen bij de Gegevensbeschermingsautoriteit.",
    },
    "fr": {
        "title": "Vos données personnelles chez {company}",
        "intro": "Ce résumé indique ce que nous conservons à votre sujet ({name}, référence {id}) au {date}, "
        "pourquoi, depuis quand et jusqu'à quand. Le fichier candidate.json contient tout sous une forme "
        "lisible par machine ; le dossier documents/ contient les fichiers que vous nous avez transmis.",
        "what": "Ce que nous conservons",
        "count": "Nombre",
        "why": "Pourquoi (base légale)",
        "since": "Depuis",
        "until": "Jusqu'au",
        "cat.profile": "Coordonnées et profil",
        "cat.procedures": "Candidatures",
        "cat.documents": "Documents (CV, lettres, diplômes, ...)",
        "cat.notes": "Notes d'entretien",
        "cat.correspondence": "Correspondance",
        "cat.consents": "Consentement pour la réserve de recrutement",
        "cat.holds": "Conservations légales",
        "cat.restrictions": "Limitations du traitement",
        "cat.history": "Anciennes valeurs des données rectifiées",
        "cat.requests": "Vos demandes concernant vos données",
        "basis.application": "Mesures prises à votre demande avant un éventuel contrat de travail (RGPD art. "
        "6.1.b) et notre intérêt légitime à recruter (art. 6.1.f)",
        "basis.consent": "Votre consentement (RGPD art. 6.1.a) ; vous pouvez le retirer à tout moment",
        "basis.claims": "La constatation, l'exercice ou la défense de droits en justice (RGPD art. 17.3.e, "
        "art. 6.1.f)",
        "basis.restriction": "Votre demande de limitation du traitement (RGPD art. 18)",
        "basis.accuracy": "Garder vos données exactes et prouver leurs rectifications (RGPD art. 5.1.d et 16)",
        "basis.requests": "Notre obligation légale de répondre à vos demandes et d'en rendre compte (RGPD art. "
        "12 et 5.2)",
        "until.date": "{date} : {reason}",
        "reason.after_procedure": "{days} jours après la fin de votre dernière candidature",
        "reason.after_hire": "{days} jours après votre engagement (ensuite dans le dossier du personnel)",
        "reason.no_procedure": "{days} jours après la réception de vos données",
        "reason.consent": "la fin de votre consentement pour la réserve de recrutement",
        "reason.erasure_request": "vous nous avez demandé d'effacer vos données",
        "reason.open_procedure": "tant que votre candidature est en cours, puis comme indiqué ci-dessus",
        "reason.held": "tant qu'une conservation légale s'applique ; elles sont ensuite effacées",
        "reason.restricted": "le traitement est limité à votre demande ; conservées, sans usage, jusqu'à la "
        "levée de la limitation",
        "until.consent": "{date} (fin de votre consentement, deux ans au plus)",
        "until.hold_active": "jusqu'à la levée de la conservation",
        "until.requests": "conservées après l'effacement de vos données, sans votre nom ni vos coordonnées, "
        "pour prouver notre réponse",
        "none": "aucun",
        "footer": "Vous pouvez à tout moment nous demander d'accéder à vos données, de les rectifier, de les "
        "effacer ou de les emporter, d'en limiter le traitement, de retirer votre consentement ou de vous "
        "opposer. Vous pouvez aussi introduire une plainte auprès de l'Autorité de protection des données.",
    },
}
