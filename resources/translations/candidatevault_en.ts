<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConfirmPurgeDialog</name>
    <message numerus="yes">
        <source>%n candidate(s) will be deleted for good: their data and documents are destroyed. This cannot be undone.</source>
        <translation><numerusform>%n candidate will be deleted for good: their data and documents are destroyed. This cannot be undone.</numerusform><numerusform>%n candidates will be deleted for good: their data and documents are destroyed. This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Purge %n candidate(s)</source>
        <translation><numerusform>Purge %n candidate</numerusform><numerusform>Purge %n candidates</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>DaysLeft</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
</context>
</TS>