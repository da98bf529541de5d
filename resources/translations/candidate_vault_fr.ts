<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/profile.py" line="30"/>
        <source>Profile</source>
        <comment>Last name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="31"/>
        <source>Profile</source>
        <comment>E-mail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="32"/>
        <source>Profile</source>
        <comment>Phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="33"/>
        <source>Profile</source>
        <comment>Address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="34"/>
        <source>Profile</source>
        <comment>Source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="35"/>
        <source>Profile</source>
        <comment>Languages spoken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="36"/>
        <source>Profile</source>
        <comment>Summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="37"/>
        <source>Profile</source>
        <comment>Correspondence language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="38"/>
        <source>Profile</source>
        <comment>External reference</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="45"/>
        <source>Search names, e-mails, CV text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="55"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="60"/>
        <source>All vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="177"/>
        <source>{0} candidates (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="179"/>
        <source>{0} candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="181"/>
        <source>{0} of {1} candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="54"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="55"/>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="56"/>
        <source>Reserve pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="57"/>
        <source>Consent expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="58"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="59"/>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="60"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatePage</name>
    <message>
        <location filename="../../app/ui/detail.py" line="102"/>
        <source>← All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="115"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="119"/>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="120"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="121"/>
        <source>Interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="122"/>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="123"/>
        <source>Consent &amp;&amp; retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="124"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="289"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="290"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="291"/>
        <source>Procedure / vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="292"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/candidate_model.py" line="293"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="122"/>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="126"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="149"/>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="150"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="153"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="155"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="161"/>
        <source>Choose a passphrase you can remember: a few unrelated words work well. Nobody, not even the vendor, can read the vault without it or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="175"/>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="184"/>
        <source>Too short: use at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="185"/>
        <source>Weak: longer is better, e.g. four unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="186"/>
        <source>Fair: a little longer would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="187"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="188"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="193"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="68"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="68"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="68"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="78"/>
        <source>&amp;Add documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="80"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="82"/>
        <source>Open in e&amp;xternal program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="97"/>
        <source>Drop files here to add them to this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="115"/>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="151"/>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="153"/>
        <source>Documents (*.pdf *.docx *.txt *.png *.jpg *.jpeg);;*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="169"/>
        <source>Adding documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="178"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="178"/>
        <source>A document was not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="198"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="209"/>
        <source>Open in external program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_tab.py" line="211"/>
        <source>The other program needs a plaintext copy of this document outside the vault. It is deleted when CandidateVault closes, but the other program may keep its own copies. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="40"/>
        <source>The vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="46"/>
        <source>Enter your passphrase to see candidates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="50"/>
        <location filename="../../app/ui/lockscreen.py" line="114"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="60"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="63"/>
        <location filename="../../app/ui/lockscreen.py" line="116"/>
        <source>Use &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="110"/>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="112"/>
        <source>Use &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="122"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="126"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="143"/>
        <source>That recovery key does not open this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lockscreen.py" line="147"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="91"/>
        <source>CandidateVault demo — passphrase: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="100"/>
        <source>CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="99"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="100"/>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="102"/>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="104"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="105"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="119"/>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="121"/>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="123"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="125"/>
        <source>&amp;Reload list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="128"/>
        <source>&amp;All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="132"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="133"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="134"/>
        <source>&amp;About CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="153"/>
        <source>CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="229"/>
        <location filename="../../app/ui/window.py" line="237"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="279"/>
        <source>About CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="281"/>
        <source>CandidateVault {0}
Candidates&apos; personal data, encrypted and kept only as long as allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <location filename="../../app/ui/profile.py" line="196"/>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../app/ui/preview.py" line="43"/>
        <source>No preview for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="72"/>
        <source>This PDF cannot be read for a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="74"/>
        <source>This PDF has no text layer (a scan?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../app/ui/profile.py" line="61"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="62"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="63"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../app/ui/profile.py" line="152"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="180"/>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="186"/>
        <source>Not saved: correct the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/profile.py" line="189"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../../app/ui/profile.py" line="29"/>
        <source>Profile</source>
        <comment>First name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="217"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="221"/>
        <source>This key opens the vault if the passphrase is forgotten. It is shown only now: print it or save it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="230"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="232"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="234"/>
        <source>I have &amp;stored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="237"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="262"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="271"/>
        <source>Could not save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="280"/>
        <source>CandidateVault recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../app/ui/detail.py" line="78"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="79"/>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/detail.py" line="80"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="61"/>
        <source>Welcome to CandidateVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="68"/>
        <source>CandidateVault keeps your candidates&apos; personal data encrypted, and only as long as the law and the candidate allow. Start with a new vault, or open one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="75"/>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="78"/>
        <source>&amp;Open an existing vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="97"/>
        <source>New vaults are created at: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="112"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/window.py" line="54"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/progress.py" line="15"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
