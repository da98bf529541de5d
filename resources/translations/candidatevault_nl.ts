<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <source>Profile</source>
        <comment>Last name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>E-mail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>Phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>Address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>Source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>Languages spoken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>Summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>Correspondence language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>External reference</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPurgePage</name>
    <message>
        <source>Bulk purge review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held or restricted: kept, cannot be selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} due candidates selected; {2} held or restricted are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: {0} candidates would be purged; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging candidates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateListPage</name>
    <message>
        <source>Search names, e-mails, CV text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} candidates (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatePage</name>
    <message>
        <source>← All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;&amp; retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure / vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPurgeDialog</name>
    <message>
        <source>Confirm bulk purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will be deleted for good: their data and documents are destroyed. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of candidates ({0}) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purge %n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember: a few unrelated words work well. Nobody, not even the vendor, can read the vault without it or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: longer is better, e.g. four unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a little longer would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review bulk purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the pool, next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rights requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held or restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in e&amp;xternal program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to add them to this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.png *.jpg *.jpeg);;*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document was not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in external program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other program needs a plaintext copy of this document outside the vault. It is deleted when CandidateVault closes, but the other program may keep its own copies. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained after procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s) left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeavingChart</name>
    <message>
        <source>Candidates leaving the pool per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to see candidates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CandidateVault demo — passphrase: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CandidateVault {0}
Candidates&apos; personal data, encrypted and kept only as long as allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>No preview for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be read for a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no text layer (a scan?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeReportDialog</name>
    <message>
        <source>Bulk purge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged: {0}. Kept: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the candidates not reached are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Profile</source>
        <comment>First name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. It is shown only now: print it or save it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CandidateVault recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CandidateVault keeps your candidates&apos; personal data encrypted, and only as long as the law and the candidate allow. Start with a new vault, or open one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vaults are created at: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
