<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>Wrote %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Wrote %n entry to %1.</numerusform>
            <numerusform>Wrote %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chibo-cli: the audit trail of %1 was changed outside ChiBo (%n problem(s)).</source>
        <translation>
            <numerusform>chibo-cli: the audit trail of %1 was changed outside ChiBo (%n problem).</numerusform>
            <numerusform>chibo-cli: the audit trail of %1 was changed outside ChiBo (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entry(ies); the last hash is %1.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry; the last hash is %1.</numerusform>
            <numerusform>The audit trail is intact: %n entries; the last hash is %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharterChecks</name>
    <message numerus="yes">
        <source>%1 has %n full member(s); a cell needs at least 3.</source>
        <translation>
            <numerusform>%1 has %n full member; a cell needs at least 3.</numerusform>
            <numerusform>%1 has %n full members; a cell needs at least 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has a cell committee but only %n full member(s); a committee is elected only from 9 full members.</source>
        <translation>
            <numerusform>%1 has a cell committee but only %n full member; a committee is elected only from 9 full members.</numerusform>
            <numerusform>%1 has a cell committee but only %n full members; a committee is elected only from 9 full members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n committee seat(s); a cell committee has at most 7.</source>
        <translation>
            <numerusform>%1 has %n committee seat; a cell committee has at most 7.</numerusform>
            <numerusform>%1 has %n committee seats; a cell committee has at most 7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); a grassroots organisation with 30 members or more is a grassroots Party committee.</source>
        <translation>
            <numerusform>%1 has %n member; a grassroots organisation with 30 members or more is a grassroots Party committee.</numerusform>
            <numerusform>%1 has %n members; a grassroots organisation with 30 members or more is a grassroots Party committee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); a grassroots Party committee with fewer than 30 members needs the upper committee&apos;s approval.</source>
        <translation>
            <numerusform>%1 has %n member; a grassroots Party committee with fewer than 30 members needs the upper committee&apos;s approval.</numerusform>
            <numerusform>%1 has %n members; a grassroots Party committee with fewer than 30 members needs the upper committee&apos;s approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaCommand</name>
    <message numerus="yes">
        <source>%n file(s) checked: no problems.</source>
        <translation>
            <numerusform>%n file checked: no problems.</numerusform>
            <numerusform>%n files checked: no problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   %1 — %2 (%n fact(s))</source>
        <translation>
            <numerusform>ok   %1 — %2 (%n fact)</numerusform>
            <numerusform>ok   %1 — %2 (%n facts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL %1 — %2</source>
        <translation>
            <numerusform>FAIL %1 — %2</numerusform>
            <numerusform>FAIL %1 — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not installed (%n problem(s)).</source>
        <translation>
            <numerusform>%1: not installed (%n problem).</numerusform>
            <numerusform>%1: not installed (%n problems).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaInstall</name>
    <message numerus="yes">
        <source>The criteria file has %n problem(s) and was not installed.</source>
        <translation>
            <numerusform>The criteria file has %n problem and was not installed.</numerusform>
            <numerusform>The criteria file has %n problems and was not installed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaTestCases</name>
    <message numerus="yes">
        <source>%n case(s) run.</source>
        <translation>
            <numerusform>%n case run.</numerusform>
            <numerusform>%n cases run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainWriter</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMembersCommand</name>
    <message numerus="yes">
        <source>Nothing imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing imported: %n problem.</numerusform>
            <numerusform>Nothing imported: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would be imported into %1 (dry run: nothing written).</source>
        <translation>
            <numerusform>%n member would be imported into %1 (dry run: nothing written).</numerusform>
            <numerusform>%n members would be imported into %1 (dry run: nothing written).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported into %1.</source>
        <translation>
            <numerusform>%n member imported into %1.</numerusform>
            <numerusform>%n members imported into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: status history on sheet “%2”: %n event(s)</source>
        <translation>
            <numerusform>%1: status history on sheet “%2”: %n event</numerusform>
            <numerusform>%1: status history on sheet “%2”: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status event(s) recorded with them.</source>
        <translation>
            <numerusform>%n status event recorded with them.</numerusform>
            <numerusform>%n status events recorded with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status event(s) would be recorded with them.</source>
        <translation>
            <numerusform>%n status event would be recorded with them.</numerusform>
            <numerusform>%n status events would be recorded with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see above.</source>
        <translation>
            <numerusform>%n warning: see above.</numerusform>
            <numerusform>%n warnings: see above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to correct first.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem to correct first.</numerusform>
            <numerusform>Nothing was imported: %n problems to correct first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from %1</source>
        <translation>
            <numerusform>Imported %n member from %1</numerusform>
            <numerusform>Imported %n members from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n member.</numerusform>
            <numerusform>%n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordHashing</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSteps</name>
    <message numerus="yes">
        <source>%1 cannot be removed: %n meeting(s) record them in the attendance or as chair or minute taker. Record that they left instead.</source>
        <translation>
            <numerusform>%1 cannot be removed: %n meeting records them in the attendance or as chair or minute taker. Record that they left instead.</numerusform>
            <numerusform>%1 cannot be removed: %n meetings record them in the attendance or as chair or minute taker. Record that they left instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n target(s) name them as owner. Record that they left instead.</source>
        <translation>
            <numerusform>%1 cannot be removed: %n target names them as owner. Record that they left instead.</numerusform>
            <numerusform>%1 cannot be removed: %n targets name them as owner. Record that they left instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardEvidence</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardTexts</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) below %1 or without a level: %2.</source>
        <translation>
            <numerusform>%n meeting below %1 or without a level: %2.</numerusform>
            <numerusform>%n meetings below %1 or without a level: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) below %1 or without a level: %2.</source>
        <translation>
            <numerusform>%n member below %1 or without a level: %2.</numerusform>
            <numerusform>%n members below %1 or without a level: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) below %1 or without a level: %2.</source>
        <translation>
            <numerusform>%n organisation below %1 or without a level: %2.</numerusform>
            <numerusform>%n organisations below %1 or without a level: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) below %1 or without a level: %2.</source>
        <translation>
            <numerusform>%n month below %1 or without a level: %2.</numerusform>
            <numerusform>%n months below %1 or without a level: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>The database holds %n top-level organisation(s); name one with --org.</source>
        <translation>
            <numerusform>The database holds %n top-level organisation; name one with --org.</numerusform>
            <numerusform>The database holds %n top-level organisations; name one with --org.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message numerus="yes">
        <source>“%1” has %n sheet(s); there is no sheet number %2.</source>
        <translation>
            <numerusform>“%1” has %n sheet; there is no sheet number %2.</numerusform>
            <numerusform>“%1” has %n sheets; there is no sheet number %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearRecompute</name>
    <message numerus="yes">
        <source>Proposing the levels of %n member(s) under %1…</source>
        <translation>
            <numerusform>Proposing the levels of %n member under %1…</numerusform>
            <numerusform>Proposing the levels of %n members under %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::AuditTrailDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>%n entry shown, newest first.</numerusform>
            <numerusform>%n entries shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain of %n entry(ies) is intact. Last hash: %1.</source>
        <translation>
            <numerusform>The chain of %n entry is intact. Last hash: %1.</numerusform>
            <numerusform>The chain of %n entries is intact. Last hash: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::CommitteeOverviewPage</name>
    <message numerus="yes">
        <source>%1 — %n cell(s) in %2</source>
        <translation>
            <numerusform>%1 — %n cell in %2</numerusform>
            <numerusform>%1 — %n cells in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::CriteriaFilesModel</name>
    <message numerus="yes">
        <source>Organisations, by year (%n file(s))</source>
        <translation>
            <numerusform>Organisations, by year (%n file)</numerusform>
            <numerusform>Organisations, by year (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Members, by year (%n file(s))</source>
        <translation>
            <numerusform>Members, by year (%n file)</numerusform>
            <numerusform>Members, by year (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations, by month (%n file(s))</source>
        <translation>
            <numerusform>Organisations, by month (%n file)</numerusform>
            <numerusform>Organisations, by month (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meetings (%n file(s))</source>
        <translation>
            <numerusform>Meetings (%n file)</numerusform>
            <numerusform>Meetings (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::CriteriaPage</name>
    <message numerus="yes">
        <source>%n criteria file(s) in use.</source>
        <translation>
            <numerusform>%n criteria file in use.</numerusform>
            <numerusform>%n criteria files in use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) are shipped with this file.</source>
        <translation>
            <numerusform>%n test case is shipped with this file.</numerusform>
            <numerusform>%n test cases are shipped with this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed (%n fact(s))</source>
        <translation>
            <numerusform>passed (%n fact)</numerusform>
            <numerusform>passed (%n facts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not installed: %n problem(s), listed as file:line:column, JSON pointer and message.</source>
        <translation>
            <numerusform>“%1” was not installed: %n problem, listed as file:line:column, JSON pointer and message.</numerusform>
            <numerusform>“%1” was not installed: %n problems, listed as file:line:column, JSON pointer and message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::MainWindow</name>
    <message numerus="yes">
        <source>%n criteria file(s) in use</source>
        <translation>
            <numerusform>%n criteria file in use</numerusform>
            <numerusform>%n criteria files in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::MemberImportDialog</name>
    <message numerus="yes">
        <source>%n row(s), %1</source>
        <translation>
            <numerusform>%n row, %1</numerusform>
            <numerusform>%n rows, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status event(s) from the sheet “%1”</source>
        <translation>
            <numerusform>%n status event from the sheet “%1”</numerusform>
            <numerusform>%n status events from the sheet “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): statuses that will not be re-created</source>
        <translation>
            <numerusform>%n warning: a status that will not be re-created</numerusform>
            <numerusform>%n warnings: statuses that will not be re-created</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::MembersPage</name>
    <message numerus="yes">
        <source>%n more finding(s) about the organisations below; choose one in the tree to see its own.</source>
        <translation>
            <numerusform>%n more finding about the organisations below; choose one in the tree to see its own.</numerusform>
            <numerusform>%n more findings about the organisations below; choose one in the tree to see its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1 of %n member</numerusform>
            <numerusform>%1 of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were added to %1.</source>
        <translation>
            <numerusform>%n member was added to %1.</numerusform>
            <numerusform>%n members were added to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::ScorecardPage</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n for a decision)</source>
        <translation>
            <numerusform>(%n for a decision)</numerusform>
            <numerusform>(%n for a decision)</numerusform>
        </translation>
    </message>
</context>
</TS>
