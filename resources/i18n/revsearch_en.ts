<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChecklistModel</name>
    <message numerus="yes">
        <source>%1 of %n applicable steps done</source>
        <translation>
            <numerusform>%1 of %n applicable step done</numerusform>
            <numerusform>%1 of %n applicable steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistSummary</name>
    <message numerus="yes">
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineCounts</name>
    <message numerus="yes">
        <source>%n searches in %1</source>
        <translation>
            <numerusform>%n search in %1</numerusform>
            <numerusform>%n searches in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue steps</source>
        <translation>
            <numerusform>%n overdue step</numerusform>
            <numerusform>%n overdue steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample searches to %1:</source>
        <translation>
            <numerusform>Added %n sample search to %1:</numerusform>
            <numerusform>Added %n sample searches to %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 is a healthy RevSearch database (integrity ok, schema version %2, %n searches).</source>
        <translation>
            <numerusform>OK: %1 is a healthy RevSearch database (integrity ok, schema version %2, %n search).</numerusform>
            <numerusform>OK: %1 is a healthy RevSearch database (integrity ok, schema version %2, %n searches).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n records of this person to %1.</source>
        <translation>
            <numerusform>Wrote %n record of this person to %1.</numerusform>
            <numerusform>Wrote %n records of this person to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n candidates to the search &apos;%1&apos;.</source>
        <translation>
            <numerusform>Added %n candidate to the search &apos;%1&apos;.</numerusform>
            <numerusform>Added %n candidates to the search &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to import, %n skipped.</source>
        <translation>
            <numerusform>%1 to import, %n skipped.</numerusform>
            <numerusform>%1 to import, %n skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>Show %n more search(es)</source>
        <translation>
            <numerusform>Show %n more search</numerusform>
            <numerusform>Show %n more searches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All open searches, as a portfolio (%n searches)</source>
        <translation>
            <numerusform>All open searches, as a portfolio (%n search)</numerusform>
            <numerusform>All open searches, as a portfolio (%n searches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>%n days past target</source>
        <translation>
            <numerusform>%n day past target</numerusform>
            <numerusform>%n days past target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hired</source>
        <translation>
            <numerusform>%n hired</numerusform>
            <numerusform>%n hired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the pipeline</source>
        <translation>
            <numerusform>%n in the pipeline</numerusform>
            <numerusform>%n in the pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the Checklist tab</source>
        <translation>
            <numerusform>and %n more on the Checklist tab</numerusform>
            <numerusform>and %n more on the Checklist tab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in the pipeline not scored yet</source>
        <translation>
            <numerusform>%n more in the pipeline not scored yet</numerusform>
            <numerusform>%n more in the pipeline not scored yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPrivacyButton</name>
    <message numerus="yes">
        <source>Wrote %n record(s) of this person to %1</source>
        <translation>
            <numerusform>Wrote %n record of this person to %1</numerusform>
            <numerusform>Wrote %n records of this person to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n record(s). Undo history cleared.</source>
        <translation>
            <numerusform>Erased %n record. Undo history cleared.</numerusform>
            <numerusform>Erased %n records. Undo history cleared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n open searches</source>
        <translation>
            <numerusform>%n open search</numerusform>
            <numerusform>%n open searches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the pipeline</source>
        <translation>
            <numerusform>%n in the pipeline</numerusform>
            <numerusform>%n in the pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older notes are in the spreadsheet export</source>
        <translation>
            <numerusform>%n older note is in the spreadsheet export</numerusform>
            <numerusform>%n older notes are in the spreadsheet export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>No one is on file from searches closed more than %n month(s) ago.</source>
        <translation>
            <numerusform>No one is on file from searches closed more than %n month ago.</numerusform>
            <numerusform>No one is on file from searches closed more than %n months ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n record(s) for good? Their details, notes, scores and stage history are removed from this database, and mentions of them in other people&apos;s notes too. This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n record for good? Their details, notes, scores and stage history are removed from this database, and mentions of them in other people&apos;s notes too. This cannot be undone.</numerusform>
            <numerusform>Erase %n records for good? Their details, notes, scores and stage history are removed from this database, and mentions of them in other people&apos;s notes too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) for good? Each keeps its stage, scores and dates under a code such as “Candidate C-07”; the name, contact details and pay expectation are cleared and the name is taken out of notes. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n record for good? It keeps its stage, scores and dates under a code such as “Candidate C-07”; the name, contact details and pay expectation are cleared and the name is taken out of notes. This cannot be undone.</numerusform>
            <numerusform>Anonymise %n records for good? Each keeps its stage, scores and dates under a code such as “Candidate C-07”; the name, contact details and pay expectation are cleared and the name is taken out of notes. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCard</name>
    <message numerus="yes">
        <source>%n in the pipeline</source>
        <translation>
            <numerusform>%n in the pipeline</numerusform>
            <numerusform>%n in the pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue steps</source>
        <translation>
            <numerusform>%n overdue step</numerusform>
            <numerusform>%n overdue steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n days</source>
        <translation>
            <numerusform>No activity for %n day</numerusform>
            <numerusform>No activity for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days past target</source>
        <translation>
            <numerusform>%n day past target</numerusform>
            <numerusform>%n days past target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message numerus="yes">
        <source>Added %n sample search(es).</source>
        <translation>
            <numerusform>Added %n sample search.</numerusform>
            <numerusform>Added %n sample searches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This search holds %n confidential note(s) or pay expectation(s).</source>
        <translation>
            <numerusform>This search holds %n confidential note or pay expectation.</numerusform>
            <numerusform>This search holds %n confidential notes or pay expectations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n candidate(s).</source>
        <translation>
            <numerusform>Added %n candidate.</numerusform>
            <numerusform>Added %n candidates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchListModel</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the pipeline</source>
        <translation>
            <numerusform>%n candidate in the pipeline</numerusform>
            <numerusform>%n candidates in the pipeline</numerusform>
        </translation>
    </message>
</context>
</TS>
