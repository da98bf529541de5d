<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConfirmErasureDialog</name>
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
            <numerusform>%n interview note</numerusform>
            <numerusform>%n interview notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) or message(s)</source>
        <translation>
            <numerusform>%n letter or message</numerusform>
            <numerusform>%n letters or messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmPurgeDialog</name>
    <message numerus="yes">
        <source>%n candidate(s) will be deleted for good: their data and documents are destroyed. This cannot be undone.</source>
        <translation>
            <numerusform>%n candidate will be deleted for good: their data and documents are destroyed. This cannot be undone.</numerusform>
            <numerusform>%n candidates will be deleted for good: their data and documents are destroyed. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %n candidate(s)</source>
        <translation>
            <numerusform>Purge %n candidate</numerusform>
            <numerusform>Purge %n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysLeft</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message numerus="yes">
        <source>Its %n attachment(s) go with it.</source>
        <translation>
            <numerusform>Its %n attachment goes with it.</numerusform>
            <numerusform>Its %n attachments go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>Updated by a CSV import (%n change(s))</source>
        <translation>
            <numerusform>Updated by a CSV import (%n change)</numerusform>
            <numerusform>Updated by a CSV import (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message numerus="yes">
        <source>Hired on {0}, %n day(s) after the hire</source>
        <translation>
            <numerusform>Hired on {0}, %n day after the hire</numerusform>
            <numerusform>Hired on {0}, %n days after the hire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Application withdrawn on {0}, %n day(s) after the procedure</source>
        <translation>
            <numerusform>Application withdrawn on {0}, %n day after the procedure</numerusform>
            <numerusform>Application withdrawn on {0}, %n days after the procedure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected on {0}, %n day(s) after the procedure</source>
        <translation>
            <numerusform>Rejected on {0}, %n day after the procedure</numerusform>
            <numerusform>Rejected on {0}, %n days after the procedure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No procedure; created on {0}, %n day(s) after creation</source>
        <translation>
            <numerusform>No procedure; created on {0}, %n day after creation</numerusform>
            <numerusform>No procedure; created on {0}, %n days after creation</numerusform>
        </translation>
    </message>
</context>
</TS>
