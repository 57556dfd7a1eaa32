<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CharterChecks</name>
    <message numerus="yes">
        <source>%1 has %n full member(s); a cell needs at least 3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has a cell committee but only %n full member(s); a committee is elected only from 9 full members.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n committee seat(s); a cell committee has at most 7.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); a grassroots organisation with 30 members or more is a grassroots Party committee.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); a grassroots Party committee with fewer than 30 members needs the upper committee&apos;s approval.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisciplineRules</name>
    <message>
        <source>The disciplined member is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Party member on %2 and cannot be disciplined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot receive the form “%2” on %3; allowed: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Upper-level Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots Party cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subordinate Party cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential area or village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital or health station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted (probationary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempted from Party work and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party activities suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred in (official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out (official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred in (temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out (temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned from temporary transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the rolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the Party at own request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group deputy leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular and thematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members to admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates for the Party awareness class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social evils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic law violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pawning identity papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer a member here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from Party work and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily transferred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in another cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, temporarily away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTimeline</name>
    <message>
        <source>%1 is recognised as a full member on %2 without being probationary before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is admitted on %2 while already a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a cell registration that ends before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two %2 cell registrations that overlap (from %3 and from %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
