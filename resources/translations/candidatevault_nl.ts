<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BulkPurgePage</name>
    <message>
        <source>Bulk purge review</source>
        <translation>Overzicht massaal verwijderen</translation>
    </message>
    <message>
        <source>Back to overview</source>
        <translation>Terug naar overzicht</translation>
    </message>
    <message>
        <source>Vacancy:</source>
        <translation>Vacature:</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <source>Held or restricted: kept, cannot be selected</source>
        <translation>Bewaarplicht of beperking: blijft bewaard, niet te selecteren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Niets selecteren</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Proefdraaien</translation>
    </message>
    <message>
        <source>Purge selected…</source>
        <translation>Selectie verwijderen…</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Alle vacatures</translation>
    </message>
    <message>
        <source>{0} of {1} due candidates selected; {2} held or restricted are kept.</source>
        <translation>{0} van {1} te verwijderen kandidaten geselecteerd; {2} met bewaarplicht of beperking blijven bewaard.</translation>
    </message>
    <message>
        <source>Dry run: {0} candidates would be purged; nothing was deleted.</source>
        <translation>Proefdraaien: {0} kandidaten zouden verwijderd worden; er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Purging candidates…</source>
        <translation>Kandidaten verwijderen…</translation>
    </message>
</context>
<context>
    <name>CandidateListPage</name>
    <message>
        <source>Search names, e-mails, CV text…</source>
        <translation>Zoek in namen, e-mailadressen, cv-tekst…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Alle vacatures</translation>
    </message>
    <message>
        <source>{0} candidates (loading…)</source>
        <translation>{0} kandidaten (laden…)</translation>
    </message>
    <message>
        <source>{0} candidates</source>
        <translation>{0} kandidaten</translation>
    </message>
    <message>
        <source>{0} of {1} candidates</source>
        <translation>{0} van {1} kandidaten</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Reserve pool</source>
        <translation>Wervingsreserve</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Toestemming loopt af</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Wettelijke bewaarplicht</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Beperkt</translation>
    </message>
</context>
<context>
    <name>CandidatePage</name>
    <message>
        <source>← All candidates</source>
        <translation>← Alle kandidaten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Gespreksnotities</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Briefwisseling</translation>
    </message>
    <message>
        <source>Consent &amp;&amp; retention</source>
        <translation>Toestemming &amp;&amp; bewaring</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Register rights request…</source>
        <translation>Verzoek van de betrokkene registreren…</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Definitief verwijderen…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>external reference</source>
        <translation>externe referentie</translation>
    </message>
    <message>
        <source>⚠ This candidate has the {0} of a person who asked to be erased. Check that keeping this record is right (a new application, say) before you go on.</source>
        <translation>⚠ Deze kandidaat heeft het {0} van iemand die om wissing heeft gevraagd. Ga na of u dit dossier terecht bewaart (bijvoorbeeld een nieuwe sollicitatie) voordat u verdergaat.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The profile of {0} has changes that are not saved.</source>
        <translation>Het profiel van {0} heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Save them before you leave this candidate?</source>
        <translation>Wilt u ze opslaan voordat u deze kandidaat verlaat?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Wijzigingen &amp;verwerpen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CandidatePicker</name>
    <message>
        <source>Type a name, e-mail or number…</source>
        <translation>Typ een naam, e-mailadres of nummer…</translation>
    </message>
    <message>
        <source>No candidate matches.</source>
        <translation>Geen kandidaat gevonden.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Procedure / vacancy</source>
        <translation>Procedure / vacature</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Te verwijderen op</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ConfirmErasureDialog</name>
    <message>
        <source>Delete a candidate for good</source>
        <translation>Een kandidaat definitief verwijderen</translation>
    </message>
    <message>
        <source>{0} will be deleted for good: the profile, {1}, {2}, {3} and every record of the procedures and consents. Their encryption key is destroyed. This cannot be undone.</source>
        <translation>{0} wordt definitief verwijderd: het profiel, {1}, {2}, {3} en alle gegevens over procedures en toestemmingen. De versleutelingssleutel wordt vernietigd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview note(s)</source>
        <translation>
            <numerusform>%n gespreksnotitie</numerusform>
            <numerusform>%n gespreksnotities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) or message(s)</source>
        <translation>
            <numerusform>%n brief of bericht</numerusform>
            <numerusform>%n brieven of berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the last name ({0}) to confirm:</source>
        <translation>Typ de achternaam ({0}) om te bevestigen:</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ConfirmPurgeDialog</name>
    <message>
        <source>Confirm bulk purge</source>
        <translation>Massaal verwijderen bevestigen</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will be deleted for good: their data and documents are destroyed. This cannot be undone.</source>
        <translation>
            <numerusform>%n kandidaat wordt definitief verwijderd: de gegevens en documenten worden vernietigd. Dit kan niet ongedaan gemaakt worden.</numerusform>
            <numerusform>%n kandidaten worden definitief verwijderd: hun gegevens en documenten worden vernietigd. Dit kan niet ongedaan gemaakt worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of candidates ({0}) to confirm:</source>
        <translation>Typ het aantal kandidaten ({0}) om te bevestigen:</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n candidate(s)</source>
        <translation>
            <numerusform>%n kandidaat verwijderen</numerusform>
            <numerusform>%n kandidaten verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <source>Log a message…</source>
        <translation>Bericht vastleggen…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Verzonden of ontvangen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Log a message</source>
        <translation>Bericht vastleggen</translation>
    </message>
    <message>
        <source>Sent or received:</source>
        <translation>Verzonden of ontvangen:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Via:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation>Een kluis aanmaken</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Kluisbestand:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Herhaal ze:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember: a few unrelated words work well. Nobody, not even the vendor, can read the vault without it or the recovery key.</source>
        <translation>Kies een wachtzin die u kunt onthouden: enkele losse woorden werken goed. Niemand, ook de leverancier niet, kan de kluis lezen zonder die wachtzin of de herstelsleutel.</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>Nieuw kluisbestand</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>Te kort: gebruik minstens {0} tekens.</translation>
    </message>
    <message>
        <source>Weak: longer is better, e.g. four unrelated words.</source>
        <translation>Zwak: langer is beter, bv. vier losse woorden.</translation>
    </message>
    <message>
        <source>Fair: a little longer would make it strong.</source>
        <translation>Redelijk: iets langer maakt ze sterk.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Review bulk purge…</source>
        <translation>Massaal verwijderen nakijken…</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Consent ends</source>
        <translation>Einde toestemming</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Leaving the pool, next 12 months</source>
        <translation>Uitstroom, komende 12 maanden</translation>
    </message>
    <message>
        <source>Record renewal</source>
        <translation>Verlenging registreren</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Weigering registreren</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Nu te verwijderen</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Binnen 30 dagen te verwijderen</translation>
    </message>
    <message>
        <source>Consents expiring</source>
        <translation>Aflopende toestemmingen</translation>
    </message>
    <message>
        <source>Open rights requests</source>
        <translation>Openstaande verzoeken (rechten)</translation>
    </message>
    <message>
        <source>Held or restricted</source>
        <translation>Bewaarplicht of beperkt</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>op {0}</translation>
    </message>
</context>
<context>
    <name>DaysLeft</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te beantwoorden</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Nog %n dag</numerusform>
            <numerusform>Nog %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Documents ({0});;All files (*)</source>
        <translation>Documenten ({0});;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>Documenten &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Change &amp;kind…</source>
        <translation>&amp;Soort wijzigen…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Een &amp;kopie bewaren…</translation>
    </message>
    <message>
        <source>Open in e&amp;xternal program…</source>
        <translation>Openen in e&amp;xtern programma…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Drop files here to add them to this candidate.</source>
        <translation>Sleep bestanden hierheen om ze aan deze kandidaat toe te voegen.</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Soort wijzigen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>What is {0}?</source>
        <translation>Wat is {0}?</translation>
    </message>
    <message>
        <source>Delete a document</source>
        <translation>Een document verwijderen</translation>
    </message>
    <message>
        <source>Delete {0} of {1} for good?</source>
        <translation>{0} van {1} definitief verwijderen?</translation>
    </message>
    <message>
        <source>The file and its text are destroyed. This cannot be undone.</source>
        <translation>Het bestand en de tekst ervan worden vernietigd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n attachment(s) go with it.</source>
        <translation>
            <numerusform>De %n bijlage gaat mee.</numerusform>
            <numerusform>De %n bijlagen gaan mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Documenten toevoegen…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>A document was not added: {0}</source>
        <translation>Een document is niet toegevoegd: {0}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Een kopie bewaren</translation>
    </message>
    <message>
        <source>Open in external program</source>
        <translation>Openen in extern programma</translation>
    </message>
    <message>
        <source>The other program needs a plaintext copy of this document outside the vault. It is deleted when CandidateVault closes, but the other program may keep its own copies. Continue?</source>
        <translation>Het andere programma heeft een onversleutelde kopie van dit document buiten de kluis nodig. Die wordt gewist wanneer CandidateVault sluit, maar het andere programma kan eigen kopieën bewaren. Doorgaan?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Candidate added</source>
        <translation>Kandidaat toegevoegd</translation>
    </message>
    <message>
        <source>Profile viewed</source>
        <translation>Profiel bekeken</translation>
    </message>
    <message>
        <source>Data exported (access or portability)</source>
        <translation>Gegevens geëxporteerd (inzage of overdraagbaarheid)</translation>
    </message>
    <message>
        <source>Reserve-pool consent recorded</source>
        <translation>Toestemming wervingsreserve geregistreerd</translation>
    </message>
    <message>
        <source>Reserve-pool consent renewed</source>
        <translation>Toestemming wervingsreserve verlengd</translation>
    </message>
    <message>
        <source>Reserve-pool consent withdrawn</source>
        <translation>Toestemming wervingsreserve ingetrokken</translation>
    </message>
    <message>
        <source>Renewal of the consent declined</source>
        <translation>Verlenging van de toestemming geweigerd</translation>
    </message>
    <message>
        <source>Message logged</source>
        <translation>Bericht vastgelegd</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Document verwijderd</translation>
    </message>
    <message>
        <source>Document saved as a copy</source>
        <translation>Kopie van document opgeslagen</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Document bekeken</translation>
    </message>
    <message>
        <source>Document text read</source>
        <translation>Tekst van document gelezen</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Wettelijke bewaarplicht ingesteld</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Wettelijke bewaarplicht opgeheven</translation>
    </message>
    <message>
        <source>Interview note added</source>
        <translation>Gespreksnotitie toegevoegd</translation>
    </message>
    <message>
        <source>Interview note deleted</source>
        <translation>Gespreksnotitie verwijderd</translation>
    </message>
    <message>
        <source>Objection rejected</source>
        <translation>Bezwaar afgewezen</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>Bezwaar gegrond</translation>
    </message>
    <message>
        <source>Renewal reminder dismissed</source>
        <translation>Verlengingsherinnering genegeerd</translation>
    </message>
    <message>
        <source>Renewal request sent</source>
        <translation>Verlengingsverzoek verstuurd</translation>
    </message>
    <message>
        <source>Rights request closed</source>
        <translation>Verzoek (rechten) afgehandeld</translation>
    </message>
    <message>
        <source>Rights request deadline extended</source>
        <translation>Termijn van verzoek (rechten) verlengd</translation>
    </message>
    <message>
        <source>Rights request note viewed</source>
        <translation>Notitie bij verzoek (rechten) bekeken</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Beperking opgeheven</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Definitief verwijderd</translation>
    </message>
    <message>
        <source>Demo data: procedures and consents added</source>
        <translation>Demogegevens: procedures en toestemmingen toegevoegd</translation>
    </message>
    <message numerus="yes">
        <source>Updated by a CSV import (%n change(s))</source>
        <translation>
            <numerusform>Bijgewerkt door een CSV-import (%n wijziging)</numerusform>
            <numerusform>Bijgewerkt door een CSV-import (%n wijzigingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile changed: {0}</source>
        <translation>Profiel gewijzigd: {0}</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profiel gewijzigd</translation>
    </message>
    <message>
        <source>Document kind changed: {0}</source>
        <translation>Soort document gewijzigd: {0}</translation>
    </message>
    <message>
        <source>Document added: {0}</source>
        <translation>Document toegevoegd: {0}</translation>
    </message>
    <message>
        <source>Procedure added ({0})</source>
        <translation>Procedure toegevoegd ({0})</translation>
    </message>
    <message>
        <source>Procedure closed: {0}</source>
        <translation>Procedure afgesloten: {0}</translation>
    </message>
    <message>
        <source>Procedure corrected: {0}</source>
        <translation>Procedure gecorrigeerd: {0}</translation>
    </message>
    <message>
        <source>Rights request registered: {0}</source>
        <translation>Verzoek (rechten) geregistreerd: {0}</translation>
    </message>
    <message>
        <source>Erasure waits until the legal hold is released</source>
        <translation>Wissing wacht tot de wettelijke bewaarplicht is opgeheven</translation>
    </message>
    <message>
        <source>Erasure waits until the restriction is lifted</source>
        <translation>Wissing wacht tot de beperking is opgeheven</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active procedure</source>
        <translation>Lopende procedure</translation>
    </message>
    <message>
        <source>Retained after procedure</source>
        <translation>Bewaard na procedure</translation>
    </message>
    <message>
        <source>Reserve pool</source>
        <translation>Wervingsreserve</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Toestemming loopt af</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Wettelijke bewaarplicht</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Beperkt</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rechtzetting</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Intrekking van toestemming</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Getuigschrift</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Puntenlijst</translation>
    </message>
    <message>
        <source>Searchable</source>
        <translation>Doorzoekbaar</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Geen tekst</translation>
    </message>
    <message>
        <source>Scan without text</source>
        <translation>Scan zonder tekst</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Niet gelezen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Deels afgehandeld</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>No consent to withdraw</source>
        <translation>Geen toestemming om in te trekken</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>Bezwaar gegrond</translation>
    </message>
    <message>
        <source>Objection upheld, erased</source>
        <translation>Bezwaar gegrond, gewist</translation>
    </message>
    <message>
        <source>Objection rejected</source>
        <translation>Bezwaar afgewezen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>LeavingChart</name>
    <message>
        <source>Candidates leaving the pool per month</source>
        <translation>Kandidaten die per maand uitstromen</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>De kluis is vergrendeld</translation>
    </message>
    <message>
        <source>Enter your passphrase to see candidates again.</source>
        <translation>Geef uw wachtzin in om de kandidaten opnieuw te zien.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Use &amp;recovery key</source>
        <translation>&amp;Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <source>Use &amp;passphrase</source>
        <translation>&amp;Wachtzin gebruiken</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst uw wachtzin.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check it and try again.</source>
        <translation>Die herstelsleutel opent deze kluis niet. Controleer hem en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Verkeerde wachtzin. Controleer Caps Lock en de toetsenbordindeling en probeer opnieuw.</translation>
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
        <translation>De schijf is vol: u kunt de kluis lezen, maar niets kan worden opgeslagen tot er weer ruimte is.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nieuwe kluis…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Kluis &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Kandidaat</translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nieuwe kandidaat…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>Lijst &amp;herladen</translation>
    </message>
    <message>
        <source>&amp;All candidates</source>
        <translation>&amp;Alle kandidaten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo profile change</source>
        <translation>Profielwijziging &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CandidateVault</source>
        <translation>&amp;Over CandidateVault</translation>
    </message>
    <message>
        <source>CandidateVault demo — passphrase: {0}</source>
        <translation>CandidateVault-demo — wachtzin: {0}</translation>
    </message>
    <message>
        <source>CandidateVault</source>
        <translation>CandidateVault</translation>
    </message>
    <message>
        <source>The vault locked itself: the profile changes that were not saved are discarded.</source>
        <translation>De kluis is vanzelf vergrendeld: de niet-opgeslagen wijzigingen aan het profiel zijn verworpen.</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Een kluis openen</translation>
    </message>
    <message>
        <source>About CandidateVault</source>
        <translation>Over CandidateVault</translation>
    </message>
    <message>
        <source>CandidateVault {0}
Candidates&apos; personal data, encrypted and kept only as long as allowed.</source>
        <translation>CandidateVault {0}
Persoonsgegevens van kandidaten, versleuteld en niet langer bewaard dan toegestaan.</translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <source>New candidate</source>
        <translation>Nieuwe kandidaat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <source>e.g. Nurse, night shifts</source>
        <translation>bv. Verpleegkundige, nachtdiensten</translation>
    </message>
    <message>
        <source>Vacancy:</source>
        <translation>Vacature:</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Gesolliciteerd op:</translation>
    </message>
    <message>
        <source>Consent to the reserve pool (at most two years)</source>
        <translation>Toestemming voor de wervingsreserve (hoogstens twee jaar)</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Gegeven op:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Add note…</source>
        <translation>Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Notitie verwijderen…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Delete an interview note</source>
        <translation>Een gespreksnotitie verwijderen</translation>
    </message>
    <message>
        <source>Delete the interview note of {0} about {1} for good?</source>
        <translation>De gespreksnotitie van {0} over {1} definitief verwijderen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Add an interview note</source>
        <translation>Gespreksnotitie toevoegen</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Interview on:</source>
        <translation>Gesprek op:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Consents ending soon: {0}.</source>
        <translation>Toestemmingen die binnenkort aflopen: {0}.</translation>
    </message>
    <message>
        <source>Rights requests due within 7 days: {0}.</source>
        <translation>Verzoeken (rechten) te beantwoorden binnen 7 dagen: {0}.</translation>
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
        <translation>Beslissen over een bezwaar</translation>
    </message>
    <message>
        <source>{0} objects to the processing of their data. Your decision:</source>
        <translation>{0} maakt bezwaar tegen de verwerking van zijn of haar gegevens. Uw beslissing:</translation>
    </message>
    <message>
        <source>Uphold: the reserve-pool consent ends</source>
        <translation>Gegrond: de toestemming voor de wervingsreserve eindigt</translation>
    </message>
    <message>
        <source>Uphold and delete the candidate for good</source>
        <translation>Gegrond, en de kandidaat definitief verwijderen</translation>
    </message>
    <message>
        <source>Reject, for compelling legitimate grounds:</source>
        <translation>Afwijzen, om dwingende gerechtvaardigde gronden:</translation>
    </message>
    <message>
        <source>The grounds, as you will tell the candidate</source>
        <translation>De gronden, zoals u ze de kandidaat meedeelt</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Beslissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Beslist op:</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Upgrading the vault to this version&apos;s format. On a large vault this takes a minute.</source>
        <translation>De kluis wordt bijgewerkt naar het formaat van deze versie. Bij een grote kluis duurt dat een minuut.</translation>
    </message>
    <message>
        <source>The old file is kept as {name}.</source>
        <translation>Het oude bestand blijft bewaard als {name}.</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>De kluis openen</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Pagina {0} van {1}</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>Geen voorbeeld voor dit soort bestand.</translation>
    </message>
    <message>
        <source>This PDF cannot be read for a preview.</source>
        <translation>Deze pdf kan niet gelezen worden voor een voorbeeld.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (a scan?).</source>
        <translation>Deze pdf heeft geen tekstlaag (een scan?).</translation>
    </message>
</context>
<context>
    <name>ProceduresTab</name>
    <message>
        <source>Add procedure…</source>
        <translation>Procedure toevoegen…</translation>
    </message>
    <message>
        <source>Close procedure…</source>
        <translation>Procedure afsluiten…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Gesolliciteerd op</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Add a procedure</source>
        <translation>Procedure toevoegen</translation>
    </message>
    <message>
        <source>Vacancy:</source>
        <translation>Vacature:</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Gesolliciteerd op:</translation>
    </message>
    <message>
        <source>Close the procedure</source>
        <translation>Procedure afsluiten</translation>
    </message>
    <message>
        <source>Correct the closed procedure</source>
        <translation>De afgesloten procedure corrigeren</translation>
    </message>
    <message>
        <source>The correction is kept in the history with what it replaces.</source>
        <translation>De correctie wordt in de geschiedenis bewaard, met wat ze vervangt.</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>Beëindigd op:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Correspondence language</source>
        <translation>Taal voor briefwisseling</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Externe referentie</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <source>On a form</source>
        <translation>Via een formulier</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Op papier</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Mondeling</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;opslaan</translation>
    </message>
    <message>
        <source>The last change is undone.</source>
        <translation>De laatste wijziging is ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Niets om op te slaan.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked field.</source>
        <translation>Niet opgeslagen: verbeter het gemarkeerde veld.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PurgeReportDialog</name>
    <message>
        <source>Bulk purge report</source>
        <translation>Verslag massaal verwijderen</translation>
    </message>
    <message>
        <source>Purged: {0}. Kept: {1}.</source>
        <translation>Verwijderd: {0}. Bewaard: {1}.</translation>
    </message>
    <message>
        <source>Cancelled: the candidates not reached are untouched.</source>
        <translation>Geannuleerd: de kandidaten die nog niet aan de beurt waren, zijn onaangeroerd.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Verslag opslaan…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>{0}; due then</source>
        <translation>{0}; dan te verwijderen</translation>
    </message>
    <message>
        <source>Under a legal hold: never due while it lasts</source>
        <translation>Wettelijke bewaarplicht: niet te verwijderen zolang die loopt</translation>
    </message>
    <message>
        <source>Processing restricted (Art. 18): never due meanwhile</source>
        <translation>Verwerking beperkt (art. 18): intussen niet te verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Hired on {0}, %n day(s) after the hire</source>
        <translation>
            <numerusform>Aangeworven op {0}, %n dag na de aanwerving</numerusform>
            <numerusform>Aangeworven op {0}, %n dagen na de aanwerving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Application withdrawn on {0}, %n day(s) after the procedure</source>
        <translation>
            <numerusform>Sollicitatie ingetrokken op {0}, %n dag na de procedure</numerusform>
            <numerusform>Sollicitatie ingetrokken op {0}, %n dagen na de procedure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected on {0}, %n day(s) after the procedure</source>
        <translation>
            <numerusform>Afgewezen op {0}, %n dag na de procedure</numerusform>
            <numerusform>Afgewezen op {0}, %n dagen na de procedure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No procedure; created on {0}, %n day(s) after creation</source>
        <translation>
            <numerusform>Geen procedure; aangemaakt op {0}, %n dag na aanmaak</numerusform>
            <numerusform>Geen procedure; aangemaakt op {0}, %n dagen na aanmaak</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve-pool consent of {0} withdrawn on {1}</source>
        <translation>Toestemming wervingsreserve van {0}, ingetrokken op {1}</translation>
    </message>
    <message>
        <source>Reserve-pool consent of {0} ends {1} (agreed end)</source>
        <translation>Toestemming wervingsreserve van {0} loopt af op {1} (afgesproken einde)</translation>
    </message>
    <message>
        <source>Reserve-pool consent of {0} ends {1}</source>
        <translation>Toestemming wervingsreserve van {0} loopt af op {1}</translation>
    </message>
    <message>
        <source>Erasure requested on {0}</source>
        <translation>Wissing gevraagd op {0}</translation>
    </message>
    <message>
        <source>Open procedure since {0}</source>
        <translation>Lopende procedure sinds {0}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. It is shown only now: print it or save it somewhere safe, away from this computer.</source>
        <translation>Deze sleutel opent de kluis als de wachtzin vergeten is. Hij wordt alleen nu getoond: druk hem af of bewaar hem op een veilige plaats, niet op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>I have &amp;stored it</source>
        <translation>Ik heb hem &amp;bewaard</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Opslaan mislukt: {0}</translation>
    </message>
    <message>
        <source>CandidateVault recovery key</source>
        <translation>Herstelsleutel van CandidateVault</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Register a rights request</source>
        <translation>Een verzoek (rechten) registreren</translation>
    </message>
    <message>
        <source>A withdrawal or restriction is carried out when registered; an erasure once you confirm it with the candidate&apos;s last name; an objection waits for your decision.</source>
        <translation>Een intrekking of beperking wordt bij de registratie uitgevoerd; een wissing zodra u ze met de achternaam van de kandidaat bevestigt; een bezwaar wacht op uw beslissing.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidaat:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Ontvangen op:</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Renewal reminders</source>
        <translation>Herinneringen voor verlenging</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Consent ends</source>
        <translation>Einde toestemming</translation>
    </message>
    <message>
        <source>Remind on</source>
        <translation>Herinneren op</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>Send e-mail…</source>
        <translation>E-mail versturen…</translation>
    </message>
    <message>
        <source>Make letters…</source>
        <translation>Brieven maken…</translation>
    </message>
    <message>
        <source>Record renewal</source>
        <translation>Verlenging registreren</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Weigering registreren</translation>
    </message>
    <message>
        <source>{0} open notices</source>
        <translation>{0} openstaande herinneringen</translation>
    </message>
    <message>
        <source>Done: {0}. Failed: {1}.</source>
        <translation>Gelukt: {0}. Mislukt: {1}.</translation>
    </message>
    <message>
        <source>Select the notices to send first.</source>
        <translation>Selecteer eerst de herinneringen.</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>E-mail versturen</translation>
    </message>
    <message>
        <source>SMTP password:</source>
        <translation>SMTP-wachtwoord:</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>Brieven maken</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Open candidate</source>
        <translation>Kandidaat openen</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Verwerking beperken</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Definitief verwijderen…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Decide objection…</source>
        <translation>Over bezwaar beslissen…</translation>
    </message>
    <message>
        <source>Export the data of {0} (the ZIP is not encrypted)</source>
        <translation>De gegevens van {0} exporteren (het ZIP-bestand is niet versleuteld)</translation>
    </message>
    <message>
        <source>{0}: processing is restricted.</source>
        <translation>{0}: de verwerking is beperkt.</translation>
    </message>
    <message>
        <source>The consent of {0} is withdrawn.</source>
        <translation>De toestemming van {0} is ingetrokken.</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Exported to {0}. The ZIP is not encrypted: hand it over safely, then delete it.</source>
        <translation>Geëxporteerd naar {0}. Het ZIP-bestand is niet versleuteld: bezorg het op een veilige manier en verwijder het daarna.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>{0} is erased.</source>
        <translation>{0} is gewist.</translation>
    </message>
    <message>
        <source>Nothing was decided or deleted.</source>
        <translation>Er is niets beslist of verwijderd.</translation>
    </message>
    <message>
        <source>Objection #{0} upheld: the reserve-pool consent of {1} has ended.</source>
        <translation>Bezwaar #{0} gegrond: de toestemming voor de wervingsreserve van {1} is beëindigd.</translation>
    </message>
    <message>
        <source>Objection #{0} upheld: {1} is erased.</source>
        <translation>Bezwaar #{0} gegrond: {1} is gewist.</translation>
    </message>
    <message>
        <source>Objection #{0} rejected; the grounds are kept with the request.</source>
        <translation>Bezwaar #{0} afgewezen; de gronden worden bij het verzoek bewaard.</translation>
    </message>
</context>
<context>
    <name>RetentionPages</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Kandidaten</translation>
    </message>
    <message>
        <source>&amp;Bulk purge review…</source>
        <translation>&amp;Massaal verwijderen nakijken…</translation>
    </message>
    <message>
        <source>&amp;Renewal reminders</source>
        <translation>&amp;Herinneringen voor verlenging</translation>
    </message>
    <message>
        <source>Rights re&amp;quests</source>
        <translation>&amp;Verzoeken (rechten)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Te verwijderen op:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Reserve-pool consent:</source>
        <translation>Toestemming wervingsreserve:</translation>
    </message>
    <message>
        <source>Legal hold:</source>
        <translation>Wettelijke bewaarplicht:</translation>
    </message>
    <message>
        <source>Restriction (Art. 18):</source>
        <translation>Beperking (art. 18):</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming registreren…</translation>
    </message>
    <message>
        <source>Renew consent…</source>
        <translation>Toestemming verlengen…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Toestemming intrekken…</translation>
    </message>
    <message>
        <source>Renewal declined…</source>
        <translation>Verlenging geweigerd…</translation>
    </message>
    <message>
        <source>Place legal hold…</source>
        <translation>Bewaarplicht instellen…</translation>
    </message>
    <message>
        <source>Release legal hold…</source>
        <translation>Bewaarplicht opheffen…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Verwerking beperken…</translation>
    </message>
    <message>
        <source>Lift restriction…</source>
        <translation>Beperking opheffen…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>niet te verwijderen</translation>
    </message>
    <message>
        <source>Yes: never due while it lasts</source>
        <translation>Ja: niet te verwijderen zolang die loopt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Yes: nothing is changed or deleted while it lasts</source>
        <translation>Ja: niets wordt gewijzigd of verwijderd zolang die loopt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Given on {0}, withdrawn on {1}</source>
        <translation>Gegeven op {0}, ingetrokken op {1}</translation>
    </message>
    <message>
        <source>Given on {0}, ends on {1}</source>
        <translation>Gegeven op {0}, loopt af op {1}</translation>
    </message>
    <message>
        <source>Record a reserve-pool consent</source>
        <translation>Toestemming voor de wervingsreserve registreren</translation>
    </message>
    <message>
        <source>Renew the reserve-pool consent</source>
        <translation>Toestemming voor de wervingsreserve verlengen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Toestemming geregistreerd.</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Gegeven op:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>Evidence (a document):</source>
        <translation>Bewijs (een document):</translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Withdrawn on:</source>
        <translation>Ingetrokken op:</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Toestemming ingetrokken.</translation>
    </message>
    <message>
        <source>The candidate declined the renewal</source>
        <translation>De kandidaat weigerde de verlenging</translation>
    </message>
    <message>
        <source>Declined on:</source>
        <translation>Geweigerd op:</translation>
    </message>
    <message>
        <source>Declined renewal recorded: the consent ends that day.</source>
        <translation>Geweigerde verlenging geregistreerd: de toestemming eindigt die dag.</translation>
    </message>
    <message>
        <source>Release the legal hold</source>
        <translation>Wettelijke bewaarplicht opheffen</translation>
    </message>
    <message>
        <source>Released on:</source>
        <translation>Opgeheven op:</translation>
    </message>
    <message>
        <source>Legal hold released.</source>
        <translation>Wettelijke bewaarplicht opgeheven.</translation>
    </message>
    <message>
        <source>Restrict processing (Art. 18)</source>
        <translation>Verwerking beperken (art. 18)</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Gevraagd op:</translation>
    </message>
    <message>
        <source>Processing restricted.</source>
        <translation>Verwerking beperkt.</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Beperking opheffen</translation>
    </message>
    <message>
        <source>Lifted on:</source>
        <translation>Opgeheven op:</translation>
    </message>
    <message>
        <source>Restriction lifted.</source>
        <translation>Beperking opgeheven.</translation>
    </message>
    <message>
        <source>e.g. a dispute about the selection, a labour-court case</source>
        <translation>bv. een geschil over de selectie, een zaak bij de arbeidsrechtbank</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Wettelijke bewaarplicht instellen</translation>
    </message>
    <message>
        <source>Legal hold placed: never due while it lasts.</source>
        <translation>Wettelijke bewaarplicht ingesteld: niet te verwijderen zolang die loopt.</translation>
    </message>
    <message>
        <source>Reason (kept encrypted):</source>
        <translation>Reden (versleuteld bewaard):</translation>
    </message>
    <message>
        <source>Placed on:</source>
        <translation>Ingesteld op:</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Rights requests</source>
        <translation>Verzoeken (rechten)</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>Alleen openstaande verzoeken</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Register request…</source>
        <translation>Verzoek registreren…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als afgehandeld markeren</translation>
    </message>
    <message>
        <source>#{0} (deleted)</source>
        <translation>#{0} (verwijderd)</translation>
    </message>
    <message>
        <source>Waiting: legal hold</source>
        <translation>Wacht: wettelijke bewaarplicht</translation>
    </message>
    <message>
        <source>Waiting: restriction</source>
        <translation>Wacht: beperking</translation>
    </message>
    <message>
        <source>Nothing was registered or deleted.</source>
        <translation>Er is niets geregistreerd of verwijderd.</translation>
    </message>
    <message>
        <source>{0} #{1} registered: the candidate is erased.</source>
        <translation>Verzoek #{1} ({0}) geregistreerd: de kandidaat is gewist.</translation>
    </message>
    <message>
        <source>{0} #{1} registered: the erasure waits until the legal hold is released.</source>
        <translation>Verzoek #{1} ({0}) geregistreerd: de wissing wacht tot de wettelijke bewaarplicht is opgeheven.</translation>
    </message>
    <message>
        <source>{0} #{1} registered: the erasure waits until the restriction is lifted.</source>
        <translation>Verzoek #{1} ({0}) geregistreerd: de wissing wacht tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <source>{0} #{1} registered: answer by {2}.</source>
        <translation>Verzoek #{1} ({0}) geregistreerd: antwoord uiterlijk op {2}.</translation>
    </message>
    <message>
        <source>{0} #{1} registered and carried out.</source>
        <translation>Verzoek #{1} ({0}) geregistreerd en uitgevoerd.</translation>
    </message>
    <message>
        <source>Select an open request first.</source>
        <translation>Selecteer eerst een openstaand verzoek.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>{0} months after the consent (fixed by law)</source>
        <translation>{0} maanden na de toestemming (wettelijk vastgelegd)</translation>
    </message>
    <message>
        <source>Days before a consent ends, e.g. 60, 14</source>
        <translation>Dagen voor het einde van een toestemming, bv. 60, 14</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Markeren om na te kijken</translation>
    </message>
    <message>
        <source>Purge automatically</source>
        <translation>Automatisch verwijderen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaring</translation>
    </message>
    <message>
        <source>Reserve pool, at most:</source>
        <translation>Wervingsreserve, hoogstens:</translation>
    </message>
    <message>
        <source>Keep after a procedure:</source>
        <translation>Bewaren na een procedure:</translation>
    </message>
    <message>
        <source>Keep after a hire:</source>
        <translation>Bewaren na een aanwerving:</translation>
    </message>
    <message>
        <source>Reminder days before consent ends:</source>
        <translation>Herinneringen, dagen voor einde toestemming:</translation>
    </message>
    <message>
        <source>When a candidate is due:</source>
        <translation>Als een kandidaat te verwijderen is:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Vergrendelen na inactiviteit:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Company (letters and e-mails)</source>
        <translation>Bedrijf (brieven en e-mails)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Afzenderadres:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Uitgaande e-mail (SMTP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>Testmail versturen</translation>
    </message>
    <message>
        <source>Sends one message to the sender address with these settings</source>
        <translation>Verstuurt met deze instellingen één bericht naar het afzenderadres</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>SMTP password:</source>
        <translation>SMTP-wachtwoord:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message>
        <source>Test mail sent to {0} via {1}.</source>
        <translation>Testmail verstuurd naar {0} via {1}.</translation>
    </message>
    <message>
        <source>Not sent: {0}</source>
        <translation>Niet verstuurd: {0}</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to CandidateVault</source>
        <translation>Welkom bij CandidateVault</translation>
    </message>
    <message>
        <source>CandidateVault keeps your candidates&apos; personal data encrypted, and only as long as the law and the candidate allow. Start with a new vault, or open one you already have.</source>
        <translation>CandidateVault bewaart de persoonsgegevens van uw kandidaten versleuteld, en enkel zolang de wet en de kandidaat het toelaten. Begin met een nieuwe kluis of open een bestaande.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>Een nieuwe kluis &amp;aanmaken…</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation>Een bestaande kluis &amp;openen…</translation>
    </message>
    <message>
        <source>New vaults are created at: {0}</source>
        <translation>Nieuwe kluizen worden aangemaakt in: {0}</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Een kluis openen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
