<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkPurgePage</name>
    <message>
        <source>Bulk purge review</source>
        <translation>Revue de la suppression groupée</translation>
    </message>
    <message>
        <source>Back to overview</source>
        <translation>Retour à l&apos;aperçu</translation>
    </message>
    <message>
        <source>Vacancy:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>À supprimer</translation>
    </message>
    <message>
        <source>Held or restricted: kept, cannot be selected</source>
        <translation>Conservation légale ou limitation : conservés, non sélectionnables</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Purge selected…</source>
        <translation>Supprimer la sélection…</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>{0} of {1} due candidates selected; {2} held or restricted are kept.</source>
        <translation>{0} candidats à supprimer sélectionnés sur {1} ; {2} en conservation légale ou limités sont conservés.</translation>
    </message>
    <message>
        <source>Dry run: {0} candidates would be purged; nothing was deleted.</source>
        <translation>Simulation : {0} candidats seraient supprimés ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Purging candidates…</source>
        <translation>Suppression des candidats…</translation>
    </message>
</context>
<context>
    <name>CandidateListPage</name>
    <message>
        <source>Search names, e-mails, CV text…</source>
        <translation>Rechercher noms, e-mails, texte des CV…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>{0} candidates (loading…)</source>
        <translation>{0} candidats (chargement…)</translation>
    </message>
    <message>
        <source>{0} candidates</source>
        <translation>{0} candidats</translation>
    </message>
    <message>
        <source>{0} of {1} candidates</source>
        <translation>{0} candidats sur {1}</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Reserve pool</source>
        <translation>Réserve de recrutement</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Consentement expirant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À supprimer</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Limité</translation>
    </message>
</context>
<context>
    <name>CandidatePage</name>
    <message>
        <source>← All candidates</source>
        <translation>← Tous les candidats</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Notes d&apos;entretien</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Consent &amp;&amp; retention</source>
        <translation>Consentement &amp;&amp; conservation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Register rights request…</source>
        <translation>Enregistrer une demande de droits…</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>external reference</source>
        <translation>la référence externe</translation>
    </message>
    <message>
        <source>⚠ This candidate has the {0} of a person who asked to be erased. Check that keeping this record is right (a new application, say) before you go on.</source>
        <translation>⚠ Ce candidat a {0} d&apos;une personne qui a demandé l&apos;effacement. Vérifiez qu&apos;il est justifié de conserver ce dossier (une nouvelle candidature, par exemple) avant de continuer.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The profile of {0} has changes that are not saved.</source>
        <translation>Le profil de {0} comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before you leave this candidate?</source>
        <translation>Les enregistrer avant de quitter ce candidat ?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CandidatePicker</name>
    <message>
        <source>Type a name, e-mail or number…</source>
        <translation>Tapez un nom, une adresse e-mail ou un numéro…</translation>
    </message>
    <message>
        <source>No candidate matches.</source>
        <translation>Aucun candidat ne correspond.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Procedure / vacancy</source>
        <translation>Procédure / poste</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>À supprimer le</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConfirmErasureDialog</name>
    <message>
        <source>Delete a candidate for good</source>
        <translation>Supprimer définitivement un candidat</translation>
    </message>
    <message>
        <source>{0} will be deleted for good: the profile, {1}, {2}, {3} and every record of the procedures and consents. Their encryption key is destroyed. This cannot be undone.</source>
        <translation>{0} sera supprimé(e) définitivement : le profil, {1}, {2}, {3} et toutes les données des procédures et consentements. Sa clé de chiffrement est détruite. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview note(s)</source>
        <translation>
            <numerusform>%n note d&apos;entretien</numerusform>
            <numerusform>%n notes d&apos;entretien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) or message(s)</source>
        <translation>
            <numerusform>%n lettre ou message</numerusform>
            <numerusform>%n lettres ou messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the last name ({0}) to confirm:</source>
        <translation>Tapez le nom de famille ({0}) pour confirmer :</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Supprimer {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConfirmPurgeDialog</name>
    <message>
        <source>Confirm bulk purge</source>
        <translation>Confirmer la suppression groupée</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will be deleted for good: their data and documents are destroyed. This cannot be undone.</source>
        <translation>
            <numerusform>%n candidat sera supprimé définitivement : ses données et documents seront détruits. Cette action est irréversible.</numerusform>
            <numerusform>%n candidats seront supprimés définitivement : leurs données et documents seront détruits. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of candidates ({0}) to confirm:</source>
        <translation>Tapez le nombre de candidats ({0}) pour confirmer :</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n candidate(s)</source>
        <translation>
            <numerusform>Supprimer %n candidat</numerusform>
            <numerusform>Supprimer %n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <source>Log a message…</source>
        <translation>Consigner un message…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Envoyé ou reçu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Log a message</source>
        <translation>Consigner un message</translation>
    </message>
    <message>
        <source>Sent or received:</source>
        <translation>Envoyé ou reçu :</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Fichier du coffre :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember: a few unrelated words work well. Nobody, not even the vendor, can read the vault without it or the recovery key.</source>
        <translation>Choisissez une phrase secrète dont vous vous souviendrez : quelques mots sans rapport entre eux conviennent bien. Personne, pas même l&apos;éditeur, ne peut lire le coffre sans elle ou sans la clé de récupération.</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>Nouveau fichier de coffre</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>Trop courte : utilisez au moins {0} caractères.</translation>
    </message>
    <message>
        <source>Weak: longer is better, e.g. four unrelated words.</source>
        <translation>Faible : plus long, c’est mieux, p. ex. quatre mots sans rapport.</translation>
    </message>
    <message>
        <source>Fair: a little longer would make it strong.</source>
        <translation>Moyenne : un peu plus longue, elle serait forte.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Review bulk purge…</source>
        <translation>Revoir la suppression groupée…</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Consent ends</source>
        <translation>Fin du consentement</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Leaving the pool, next 12 months</source>
        <translation>Sorties de la réserve, 12 prochains mois</translation>
    </message>
    <message>
        <source>Record renewal</source>
        <translation>Enregistrer le renouvellement</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À supprimer maintenant</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>À supprimer sous 30 jours</translation>
    </message>
    <message>
        <source>Consents expiring</source>
        <translation>Consentements expirants</translation>
    </message>
    <message>
        <source>Open rights requests</source>
        <translation>Demandes d&apos;exercice de droits ouvertes</translation>
    </message>
    <message>
        <source>Held or restricted</source>
        <translation>Conservation légale ou limités</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>au {0}</translation>
    </message>
</context>
<context>
    <name>DaysLeft</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À traiter aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Encore %n jour</numerusform>
            <numerusform>Encore %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Documents ({0});;All files (*)</source>
        <translation>Documents ({0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>&amp;Ajouter des documents…</translation>
    </message>
    <message>
        <source>Change &amp;kind…</source>
        <translation>Changer le &amp;type…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Open in e&amp;xternal program…</source>
        <translation>Ouvrir dans un programme e&amp;xterne…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Drop files here to add them to this candidate.</source>
        <translation>Déposez des fichiers ici pour les ajouter à ce candidat.</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>What is {0}?</source>
        <translation>Qu&apos;est-ce que {0} ?</translation>
    </message>
    <message>
        <source>Delete a document</source>
        <translation>Supprimer un document</translation>
    </message>
    <message>
        <source>Delete {0} of {1} for good?</source>
        <translation>Supprimer définitivement {0} de {1} ?</translation>
    </message>
    <message>
        <source>The file and its text are destroyed. This cannot be undone.</source>
        <translation>Le fichier et son texte sont détruits. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n attachment(s) go with it.</source>
        <translation>
            <numerusform>Sa pièce jointe (%n) est supprimée aussi.</numerusform>
            <numerusform>Ses %n pièces jointes sont supprimées aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Ajout des documents…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>A document was not added: {0}</source>
        <translation>Un document n&apos;a pas été ajouté : {0}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Open in external program</source>
        <translation>Ouvrir dans un programme externe</translation>
    </message>
    <message>
        <source>The other program needs a plaintext copy of this document outside the vault. It is deleted when CandidateVault closes, but the other program may keep its own copies. Continue?</source>
        <translation>L&apos;autre programme a besoin d&apos;une copie non chiffrée de ce document hors du coffre. Elle est effacée à la fermeture de CandidateVault, mais l&apos;autre programme peut garder ses propres copies. Continuer ?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Candidate added</source>
        <translation>Candidat ajouté</translation>
    </message>
    <message>
        <source>Profile viewed</source>
        <translation>Profil consulté</translation>
    </message>
    <message>
        <source>Data exported (access or portability)</source>
        <translation>Données exportées (accès ou portabilité)</translation>
    </message>
    <message>
        <source>Reserve-pool consent recorded</source>
        <translation>Consentement à la réserve enregistré</translation>
    </message>
    <message>
        <source>Reserve-pool consent renewed</source>
        <translation>Consentement à la réserve renouvelé</translation>
    </message>
    <message>
        <source>Reserve-pool consent withdrawn</source>
        <translation>Consentement à la réserve retiré</translation>
    </message>
    <message>
        <source>Renewal of the consent declined</source>
        <translation>Renouvellement du consentement refusé</translation>
    </message>
    <message>
        <source>Message logged</source>
        <translation>Message consigné</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Document supprimé</translation>
    </message>
    <message>
        <source>Document saved as a copy</source>
        <translation>Copie du document enregistrée</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Document consulté</translation>
    </message>
    <message>
        <source>Document text read</source>
        <translation>Texte du document lu</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Conservation légale placée</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Conservation légale levée</translation>
    </message>
    <message>
        <source>Interview note added</source>
        <translation>Note d&apos;entretien ajoutée</translation>
    </message>
    <message>
        <source>Interview note deleted</source>
        <translation>Note d&apos;entretien supprimée</translation>
    </message>
    <message>
        <source>Objection rejected</source>
        <translation>Opposition rejetée</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>Opposition accueillie</translation>
    </message>
    <message>
        <source>Renewal reminder dismissed</source>
        <translation>Rappel de renouvellement ignoré</translation>
    </message>
    <message>
        <source>Renewal request sent</source>
        <translation>Demande de renouvellement envoyée</translation>
    </message>
    <message>
        <source>Rights request closed</source>
        <translation>Demande d&apos;exercice de droits clôturée</translation>
    </message>
    <message>
        <source>Rights request deadline extended</source>
        <translation>Délai de la demande d&apos;exercice de droits prolongé</translation>
    </message>
    <message>
        <source>Rights request note viewed</source>
        <translation>Note de la demande d&apos;exercice de droits consultée</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Traitement limité</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Limitation levée</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Supprimé définitivement</translation>
    </message>
    <message>
        <source>Demo data: procedures and consents added</source>
        <translation>Données de démonstration : procédures et consentements ajoutés</translation>
    </message>
    <message numerus="yes">
        <source>Updated by a CSV import (%n change(s))</source>
        <translation>
            <numerusform>Mis à jour par un import CSV (%n modification)</numerusform>
            <numerusform>Mis à jour par un import CSV (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile changed: {0}</source>
        <translation>Profil modifié : {0}</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil modifié</translation>
    </message>
    <message>
        <source>Document kind changed: {0}</source>
        <translation>Type de document modifié : {0}</translation>
    </message>
    <message>
        <source>Document added: {0}</source>
        <translation>Document ajouté : {0}</translation>
    </message>
    <message>
        <source>Procedure added ({0})</source>
        <translation>Procédure ajoutée ({0})</translation>
    </message>
    <message>
        <source>Procedure closed: {0}</source>
        <translation>Procédure clôturée : {0}</translation>
    </message>
    <message>
        <source>Procedure corrected: {0}</source>
        <translation>Procédure corrigée : {0}</translation>
    </message>
    <message>
        <source>Rights request registered: {0}</source>
        <translation>Demande d&apos;exercice de droits enregistrée : {0}</translation>
    </message>
    <message>
        <source>Erasure waits until the legal hold is released</source>
        <translation>L&apos;effacement attend la levée de la conservation légale</translation>
    </message>
    <message>
        <source>Erasure waits until the restriction is lifted</source>
        <translation>L&apos;effacement attend la levée de la limitation</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active procedure</source>
        <translation>Procédure en cours</translation>
    </message>
    <message>
        <source>Retained after procedure</source>
        <translation>Conservé après la procédure</translation>
    </message>
    <message>
        <source>Reserve pool</source>
        <translation>Réserve de recrutement</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Consentement expirant</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>À supprimer</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Limité</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplôme</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Relevé de notes</translation>
    </message>
    <message>
        <source>Searchable</source>
        <translation>Texte indexé</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Pas de texte</translation>
    </message>
    <message>
        <source>Scan without text</source>
        <translation>Scan sans texte</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partiellement traitée</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>No consent to withdraw</source>
        <translation>Aucun consentement à retirer</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>Opposition accueillie</translation>
    </message>
    <message>
        <source>Objection upheld, erased</source>
        <translation>Opposition accueillie, effacé</translation>
    </message>
    <message>
        <source>Objection rejected</source>
        <translation>Opposition rejetée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>LeavingChart</name>
    <message>
        <source>Candidates leaving the pool per month</source>
        <translation>Candidats sortant de la réserve par mois</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>Le coffre est verrouillé</translation>
    </message>
    <message>
        <source>Enter your passphrase to see candidates again.</source>
        <translation>Saisissez votre phrase secrète pour revoir les candidats.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Use &amp;recovery key</source>
        <translation>Utiliser la clé de &amp;récupération</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <source>Use &amp;passphrase</source>
        <translation>Utiliser la &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase secrète.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check it and try again.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas ce coffre. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la touche Verr. Maj et la disposition du clavier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CandidateVault</source>
        <translation>CandidateVault</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The disk is full: you can read the vault, but nothing can be saved until space is free.</source>
        <translation>Le disque est plein : vous pouvez lire le coffre, mais rien ne peut être enregistré tant qu’il n’y a pas de place.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nouveau coffre…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Candidat</translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nouveau candidat…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>Rec&amp;harger la liste</translation>
    </message>
    <message>
        <source>&amp;All candidates</source>
        <translation>&amp;Tous les candidats</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo profile change</source>
        <translation>&amp;Annuler la modification du profil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About CandidateVault</source>
        <translation>&amp;À propos de CandidateVault</translation>
    </message>
    <message>
        <source>CandidateVault demo — passphrase: {0}</source>
        <translation>Démo CandidateVault — phrase secrète : {0}</translation>
    </message>
    <message>
        <source>CandidateVault</source>
        <translation>CandidateVault</translation>
    </message>
    <message>
        <source>The vault locked itself: the profile changes that were not saved are discarded.</source>
        <translation>Le coffre s&apos;est verrouillé de lui-même : les modifications du profil non enregistrées sont abandonnées.</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>About CandidateVault</source>
        <translation>À propos de CandidateVault</translation>
    </message>
    <message>
        <source>CandidateVault {0}
Candidates&apos; personal data, encrypted and kept only as long as allowed.</source>
        <translation>CandidateVault {0}
Les données personnelles des candidats, chiffrées et conservées uniquement le temps autorisé.</translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>e.g. Nurse, night shifts</source>
        <translation>p. ex. Infirmier, nuits</translation>
    </message>
    <message>
        <source>Vacancy:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Candidature le :</translation>
    </message>
    <message>
        <source>Consent to the reserve pool (at most two years)</source>
        <translation>Consentement à la réserve de recrutement (deux ans au plus)</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Donné le :</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Supprimer la note…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delete an interview note</source>
        <translation>Supprimer une note d&apos;entretien</translation>
    </message>
    <message>
        <source>Delete the interview note of {0} about {1} for good?</source>
        <translation>Supprimer définitivement la note d&apos;entretien du {0} sur {1} ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Add an interview note</source>
        <translation>Ajouter une note d’entretien</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procédure :</translation>
    </message>
    <message>
        <source>Interview on:</source>
        <translation>Entretien le :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Consents ending soon: {0}.</source>
        <translation>Consentements arrivant bientôt à échéance : {0}.</translation>
    </message>
    <message>
        <source>Rights requests due within 7 days: {0}.</source>
        <translation>Demandes d’exercice de droits à traiter dans les 7 jours : {0}.</translation>
    </message>
    <message>
        <source>CandidateVault</source>
        <translation>CandidateVault</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Decide on an objection</source>
        <translation>Statuer sur une opposition</translation>
    </message>
    <message>
        <source>{0} objects to the processing of their data. Your decision:</source>
        <translation>{0} s&apos;oppose au traitement de ses données. Votre décision :</translation>
    </message>
    <message>
        <source>Uphold: the reserve-pool consent ends</source>
        <translation>Accueillir : le consentement à la réserve de recrutement prend fin</translation>
    </message>
    <message>
        <source>Uphold and delete the candidate for good</source>
        <translation>Accueillir et supprimer définitivement le candidat</translation>
    </message>
    <message>
        <source>Reject, for compelling legitimate grounds:</source>
        <translation>Rejeter, pour des motifs légitimes impérieux :</translation>
    </message>
    <message>
        <source>The grounds, as you will tell the candidate</source>
        <translation>Les motifs, tels que vous les communiquerez au candidat</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Statuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Décidé le :</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Upgrading the vault to this version&apos;s format. On a large vault this takes a minute.</source>
        <translation>Mise à jour du coffre au format de cette version. Pour un grand coffre, cela prend une minute.</translation>
    </message>
    <message>
        <source>The old file is kept as {name}.</source>
        <translation>L&apos;ancien fichier est conservé sous le nom {name}.</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier.</translation>
    </message>
    <message>
        <source>This PDF cannot be read for a preview.</source>
        <translation>Ce PDF ne peut pas être lu pour l&apos;aperçu.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (a scan?).</source>
        <translation>Ce PDF n&apos;a pas de couche de texte (un scan ?).</translation>
    </message>
</context>
<context>
    <name>ProceduresTab</name>
    <message>
        <source>Add procedure…</source>
        <translation>Ajouter une procédure…</translation>
    </message>
    <message>
        <source>Close procedure…</source>
        <translation>Clôturer la procédure…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Add a procedure</source>
        <translation>Ajouter une procédure</translation>
    </message>
    <message>
        <source>Vacancy:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Candidature le :</translation>
    </message>
    <message>
        <source>Close the procedure</source>
        <translation>Clôturer la procédure</translation>
    </message>
    <message>
        <source>Correct the closed procedure</source>
        <translation>Corriger la procédure clôturée</translation>
    </message>
    <message>
        <source>The correction is kept in the history with what it replaces.</source>
        <translation>La correction est conservée dans l&apos;historique avec ce qu&apos;elle remplace.</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue :</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>Terminée le :</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Correspondence language</source>
        <translation>Langue de correspondance</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Référence externe</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>On a form</source>
        <translation>Par formulaire</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Oralement</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>The last change is undone.</source>
        <translation>La dernière modification est annulée.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked field.</source>
        <translation>Non enregistré : corrigez le champ signalé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>PurgeReportDialog</name>
    <message>
        <source>Bulk purge report</source>
        <translation>Rapport de suppression groupée</translation>
    </message>
    <message>
        <source>Purged: {0}. Kept: {1}.</source>
        <translation>Supprimés : {0}. Conservés : {1}.</translation>
    </message>
    <message>
        <source>Cancelled: the candidates not reached are untouched.</source>
        <translation>Annulé : les candidats non encore traités sont intacts.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>{0}; due then</source>
        <translation>{0} ; à supprimer à cette date</translation>
    </message>
    <message>
        <source>Under a legal hold: never due while it lasts</source>
        <translation>Conservation légale : jamais à supprimer tant qu’elle dure</translation>
    </message>
    <message>
        <source>Processing restricted (Art. 18): never due meanwhile</source>
        <translation>Traitement limité (art. 18) : jamais à supprimer entre-temps</translation>
    </message>
    <message numerus="yes">
        <source>Hired on {0}, %n day(s) after the hire</source>
        <translation>
            <numerusform>Embauché le {0}, %n jour après l’embauche</numerusform>
            <numerusform>Embauché le {0}, %n jours après l’embauche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Application withdrawn on {0}, %n day(s) after the procedure</source>
        <translation>
            <numerusform>Candidature retirée le {0}, %n jour après la procédure</numerusform>
            <numerusform>Candidature retirée le {0}, %n jours après la procédure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected on {0}, %n day(s) after the procedure</source>
        <translation>
            <numerusform>Refusé le {0}, %n jour après la procédure</numerusform>
            <numerusform>Refusé le {0}, %n jours après la procédure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No procedure; created on {0}, %n day(s) after creation</source>
        <translation>
            <numerusform>Aucune procédure ; créé le {0}, %n jour après la création</numerusform>
            <numerusform>Aucune procédure ; créé le {0}, %n jours après la création</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve-pool consent of {0} withdrawn on {1}</source>
        <translation>Consentement à la réserve du {0}, retiré le {1}</translation>
    </message>
    <message>
        <source>Reserve-pool consent of {0} ends {1} (agreed end)</source>
        <translation>Consentement à la réserve du {0}, prend fin le {1} (fin convenue)</translation>
    </message>
    <message>
        <source>Reserve-pool consent of {0} ends {1}</source>
        <translation>Consentement à la réserve du {0}, prend fin le {1}</translation>
    </message>
    <message>
        <source>Erasure requested on {0}</source>
        <translation>Effacement demandé le {0}</translation>
    </message>
    <message>
        <source>Open procedure since {0}</source>
        <translation>Procédure en cours depuis le {0}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. It is shown only now: print it or save it somewhere safe, away from this computer.</source>
        <translation>Cette clé ouvre le coffre si la phrase secrète est oubliée. Elle n&apos;est affichée que maintenant : imprimez-la ou enregistrez-la en lieu sûr, hors de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>I have &amp;stored it</source>
        <translation>Je l&apos;ai &amp;conservée</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Impossible d&apos;enregistrer : {0}</translation>
    </message>
    <message>
        <source>CandidateVault recovery key</source>
        <translation>Clé de récupération CandidateVault</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Register a rights request</source>
        <translation>Enregistrer une demande d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>A withdrawal or restriction is carried out when registered; an erasure once you confirm it with the candidate&apos;s last name; an objection waits for your decision.</source>
        <translation>Un retrait ou une limitation est exécuté à l&apos;enregistrement ; un effacement une fois confirmé par le nom de famille du candidat ; une opposition attend votre décision.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidat :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Reçue le :</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Renewal reminders</source>
        <translation>Rappels de renouvellement</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Consent ends</source>
        <translation>Fin du consentement</translation>
    </message>
    <message>
        <source>Remind on</source>
        <translation>Rappel le</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Send e-mail…</source>
        <translation>Envoyer l&apos;e-mail…</translation>
    </message>
    <message>
        <source>Make letters…</source>
        <translation>Créer les lettres…</translation>
    </message>
    <message>
        <source>Record renewal</source>
        <translation>Enregistrer le renouvellement</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <source>{0} open notices</source>
        <translation>{0} rappels ouverts</translation>
    </message>
    <message>
        <source>Done: {0}. Failed: {1}.</source>
        <translation>Réussis : {0}. Échecs : {1}.</translation>
    </message>
    <message>
        <source>Select the notices to send first.</source>
        <translation>Sélectionnez d&apos;abord les rappels.</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>Envoyer l&apos;e-mail</translation>
    </message>
    <message>
        <source>SMTP password:</source>
        <translation>Mot de passe SMTP :</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>Créer les lettres</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Open candidate</source>
        <translation>Ouvrir le candidat</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Limiter le traitement</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Decide objection…</source>
        <translation>Statuer sur l&apos;opposition…</translation>
    </message>
    <message>
        <source>Export the data of {0} (the ZIP is not encrypted)</source>
        <translation>Exporter les données de {0} (le ZIP n&apos;est pas chiffré)</translation>
    </message>
    <message>
        <source>{0}: processing is restricted.</source>
        <translation>{0} : le traitement est limité.</translation>
    </message>
    <message>
        <source>The consent of {0} is withdrawn.</source>
        <translation>Le consentement de {0} est retiré.</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exported to {0}. The ZIP is not encrypted: hand it over safely, then delete it.</source>
        <translation>Exporté vers {0}. Le fichier ZIP n’est pas chiffré : remettez-le de manière sûre, puis supprimez-le.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>{0} is erased.</source>
        <translation>{0} est effacé(e).</translation>
    </message>
    <message>
        <source>Nothing was decided or deleted.</source>
        <translation>Rien n&apos;a été décidé ni supprimé.</translation>
    </message>
    <message>
        <source>Objection #{0} upheld: the reserve-pool consent of {1} has ended.</source>
        <translation>Opposition n° {0} accueillie : le consentement de {1} à la réserve de recrutement a pris fin.</translation>
    </message>
    <message>
        <source>Objection #{0} upheld: {1} is erased.</source>
        <translation>Opposition n° {0} accueillie : {1} est effacé(e).</translation>
    </message>
    <message>
        <source>Objection #{0} rejected; the grounds are kept with the request.</source>
        <translation>Opposition n° {0} rejetée ; les motifs sont conservés avec la demande.</translation>
    </message>
</context>
<context>
    <name>RetentionPages</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Candidats</translation>
    </message>
    <message>
        <source>&amp;Bulk purge review…</source>
        <translation>&amp;Revue de la suppression groupée…</translation>
    </message>
    <message>
        <source>&amp;Renewal reminders</source>
        <translation>Rappels de re&amp;nouvellement</translation>
    </message>
    <message>
        <source>Rights re&amp;quests</source>
        <translation>&amp;Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>À supprimer le :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Reserve-pool consent:</source>
        <translation>Consentement à la réserve :</translation>
    </message>
    <message>
        <source>Legal hold:</source>
        <translation>Conservation légale :</translation>
    </message>
    <message>
        <source>Restriction (Art. 18):</source>
        <translation>Limitation (art. 18) :</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Renew consent…</source>
        <translation>Renouveler le consentement…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirer le consentement…</translation>
    </message>
    <message>
        <source>Renewal declined…</source>
        <translation>Renouvellement refusé…</translation>
    </message>
    <message>
        <source>Place legal hold…</source>
        <translation>Placer une conservation légale…</translation>
    </message>
    <message>
        <source>Release legal hold…</source>
        <translation>Lever la conservation légale…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Limiter le traitement…</translation>
    </message>
    <message>
        <source>Lift restriction…</source>
        <translation>Lever la limitation…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>pas à supprimer</translation>
    </message>
    <message>
        <source>Yes: never due while it lasts</source>
        <translation>Oui : jamais à supprimer tant qu&apos;elle dure</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes: nothing is changed or deleted while it lasts</source>
        <translation>Oui : rien n&apos;est modifié ni supprimé tant qu&apos;elle dure</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Given on {0}, withdrawn on {1}</source>
        <translation>Donné le {0}, retiré le {1}</translation>
    </message>
    <message>
        <source>Given on {0}, ends on {1}</source>
        <translation>Donné le {0}, prend fin le {1}</translation>
    </message>
    <message>
        <source>Record a reserve-pool consent</source>
        <translation>Enregistrer un consentement à la réserve de recrutement</translation>
    </message>
    <message>
        <source>Renew the reserve-pool consent</source>
        <translation>Renouveler le consentement à la réserve de recrutement</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Donné le :</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <source>Evidence (a document):</source>
        <translation>Preuve (un document) :</translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Withdrawn on:</source>
        <translation>Retiré le :</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentement retiré.</translation>
    </message>
    <message>
        <source>The candidate declined the renewal</source>
        <translation>Le candidat a refusé le renouvellement</translation>
    </message>
    <message>
        <source>Declined on:</source>
        <translation>Refusé le :</translation>
    </message>
    <message>
        <source>Declined renewal recorded: the consent ends that day.</source>
        <translation>Refus de renouvellement enregistré : le consentement prend fin ce jour-là.</translation>
    </message>
    <message>
        <source>Release the legal hold</source>
        <translation>Lever la conservation légale</translation>
    </message>
    <message>
        <source>Released on:</source>
        <translation>Levée le :</translation>
    </message>
    <message>
        <source>Legal hold released.</source>
        <translation>Conservation légale levée.</translation>
    </message>
    <message>
        <source>Restrict processing (Art. 18)</source>
        <translation>Limiter le traitement (art. 18)</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Demandée le :</translation>
    </message>
    <message>
        <source>Processing restricted.</source>
        <translation>Traitement limité.</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Lever la limitation</translation>
    </message>
    <message>
        <source>Lifted on:</source>
        <translation>Levée le :</translation>
    </message>
    <message>
        <source>Restriction lifted.</source>
        <translation>Limitation levée.</translation>
    </message>
    <message>
        <source>e.g. a dispute about the selection, a labour-court case</source>
        <translation>p. ex. un litige sur la sélection, une affaire au tribunal du travail</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Placer une conservation légale</translation>
    </message>
    <message>
        <source>Legal hold placed: never due while it lasts.</source>
        <translation>Conservation légale placée : jamais à supprimer tant qu&apos;elle dure.</translation>
    </message>
    <message>
        <source>Reason (kept encrypted):</source>
        <translation>Motif (conservé chiffré) :</translation>
    </message>
    <message>
        <source>Placed on:</source>
        <translation>Placée le :</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Rights requests</source>
        <translation>Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>Demandes ouvertes uniquement</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Register request…</source>
        <translation>Enregistrer une demande…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>#{0} (deleted)</source>
        <translation>n° {0} (supprimé)</translation>
    </message>
    <message>
        <source>Waiting: legal hold</source>
        <translation>En attente : conservation légale</translation>
    </message>
    <message>
        <source>Waiting: restriction</source>
        <translation>En attente : limitation</translation>
    </message>
    <message>
        <source>Nothing was registered or deleted.</source>
        <translation>Rien n&apos;a été enregistré ni supprimé.</translation>
    </message>
    <message>
        <source>{0} #{1} registered: the candidate is erased.</source>
        <translation>Demande n° {1} ({0}) enregistrée : le candidat est effacé.</translation>
    </message>
    <message>
        <source>{0} #{1} registered: the erasure waits until the legal hold is released.</source>
        <translation>Demande n° {1} ({0}) enregistrée : l&apos;effacement attend la levée de la conservation légale.</translation>
    </message>
    <message>
        <source>{0} #{1} registered: the erasure waits until the restriction is lifted.</source>
        <translation>Demande n° {1} ({0}) enregistrée : l&apos;effacement attend la levée de la limitation.</translation>
    </message>
    <message>
        <source>{0} #{1} registered: answer by {2}.</source>
        <translation>Demande n° {1} ({0}) enregistrée : répondre au plus tard le {2}.</translation>
    </message>
    <message>
        <source>{0} #{1} registered and carried out.</source>
        <translation>Demande n° {1} ({0}) enregistrée et exécutée.</translation>
    </message>
    <message>
        <source>Select an open request first.</source>
        <translation>Sélectionnez d&apos;abord une demande ouverte.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>{0} months after the consent (fixed by law)</source>
        <translation>{0} mois après le consentement (fixé par la loi)</translation>
    </message>
    <message>
        <source>Days before a consent ends, e.g. 60, 14</source>
        <translation>Jours avant la fin d&apos;un consentement, p. ex. 60, 14</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Signaler pour vérification</translation>
    </message>
    <message>
        <source>Purge automatically</source>
        <translation>Supprimer automatiquement</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Reserve pool, at most:</source>
        <translation>Réserve de recrutement, au plus :</translation>
    </message>
    <message>
        <source>Keep after a procedure:</source>
        <translation>Conserver après une procédure :</translation>
    </message>
    <message>
        <source>Keep after a hire:</source>
        <translation>Conserver après une embauche :</translation>
    </message>
    <message>
        <source>Reminder days before consent ends:</source>
        <translation>Rappels, jours avant la fin du consentement :</translation>
    </message>
    <message>
        <source>When a candidate is due:</source>
        <translation>Quand un candidat est à supprimer :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Company (letters and e-mails)</source>
        <translation>Entreprise (lettres et e-mails)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresse d&apos;expéditeur :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Sends one message to the sender address with these settings</source>
        <translation>Envoie un seul message à l’adresse d’expéditeur avec ces paramètres</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>SMTP password:</source>
        <translation>Mot de passe SMTP :</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Test mail sent to {0} via {1}.</source>
        <translation>E-mail de test envoyé à {0} via {1}.</translation>
    </message>
    <message>
        <source>Not sent: {0}</source>
        <translation>Non envoyé : {0}</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to CandidateVault</source>
        <translation>Bienvenue dans CandidateVault</translation>
    </message>
    <message>
        <source>CandidateVault keeps your candidates&apos; personal data encrypted, and only as long as the law and the candidate allow. Start with a new vault, or open one you already have.</source>
        <translation>CandidateVault conserve les données personnelles de vos candidats chiffrées, et uniquement le temps que la loi et le candidat le permettent. Commencez par un nouveau coffre ou ouvrez-en un existant.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Créer un nouveau coffre…</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation>&amp;Ouvrir un coffre existant…</translation>
    </message>
    <message>
        <source>New vaults are created at: {0}</source>
        <translation>Les nouveaux coffres sont créés dans : {0}</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
