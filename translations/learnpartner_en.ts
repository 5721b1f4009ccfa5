<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditCsv</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 line %2</translation>
    </message>
    <message>
        <source>resolved case %1 as corrected</source>
        <translation>resolved case %1 as corrected</translation>
    </message>
    <message>
        <source>resolved case %1 as rejected</source>
        <translation>resolved case %1 as rejected</translation>
    </message>
    <message>
        <source>added KPI record %1</source>
        <translation>added KPI record %1</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 on %2 %3</translation>
    </message>
    <message>
        <source>command-line operator</source>
        <translation>command-line operator</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>Export the case</translation>
    </message>
    <message>
        <source>Text (*.txt);;PDF documents (*.pdf)</source>
        <translation>Text (*.txt);;PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>Not yet reported</translation>
    </message>
    <message>
        <source>Missing from the ledger</source>
        <translation>Missing from the ledger</translation>
    </message>
    <message>
        <source>Values differ</source>
        <translation>Values differ</translation>
    </message>
    <message>
        <source>No discrepancy</source>
        <translation>No discrepancy</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>DecisionReport</name>
    <message>
        <source>%1 of %2 required</source>
        <translation>%1 of %2 required</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ Met</translation>
    </message>
    <message>
        <source>✘ Not met</source>
        <translation>✘ Not met</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Learning Partner enrollment: decision report</source>
        <translation>Learning Partner enrollment: decision report</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (MPN ID %2)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>(report of %1)</source>
        <translation>(report of %1)</translation>
    </message>
    <message>
        <source>KPI window</source>
        <translation>KPI window</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Upgrade discount</source>
        <translation>Upgrade discount</translation>
    </message>
    <message>
        <source>The silver-to-gold upgrade discount applies.</source>
        <translation>The silver-to-gold upgrade discount applies.</translation>
    </message>
    <message>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <source>The COVID-19 competency extension applies.</source>
        <translation>The COVID-19 competency extension applies.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Steps recorded</source>
        <translation>Steps recorded</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Printed on %1 by Learning Partner Desk.</source>
        <translation>Printed on %1 by Learning Partner Desk.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln lines of the window are listed: the KPI ledger lists them all.</source>
        <translation>
            <numerusform>Only the first line of the KPI window is listed: the KPI ledger lists them all.</numerusform>
            <numerusform>Only the first %Ln lines of the KPI window are listed: the KPI ledger lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message numerus="yes">
        <source>KPI total %1 from %Ln invoice line(s)</source>
        <translation>
            <numerusform>KPI total %1 from %Ln invoice line</numerusform>
            <numerusform>KPI total %1 from %Ln invoice lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending, not yet in a report: KPI total %1.</source>
        <translation>Pending, not yet in a report: KPI total %1.</translation>
    </message>
    <message>
        <source>The numbers of this rule set are illustrative, not the program&apos;s published requirements.</source>
        <translation>The numbers of this rule set are illustrative, not the program&apos;s published requirements.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>MPN partner admin</source>
        <translation>MPN partner admin</translation>
    </message>
    <message>
        <source>Account admin</source>
        <translation>Account admin</translation>
    </message>
    <message>
        <source>Partner Frontline Support</source>
        <translation>Partner Frontline Support</translation>
    </message>
    <message>
        <source>Viewer (read only)</source>
        <translation>Viewer (read only)</translation>
    </message>
    <message>
        <source>Learning Action Pack</source>
        <translation>Learning Action Pack</translation>
    </message>
    <message>
        <source>Silver competency Learning option</source>
        <translation>Silver competency Learning option</translation>
    </message>
    <message>
        <source>Gold competency Learning option</source>
        <translation>Gold competency Learning option</translation>
    </message>
    <message>
        <source>Action Pack subscription</source>
        <translation>Action Pack subscription</translation>
    </message>
    <message>
        <source>Silver competency</source>
        <translation>Silver competency</translation>
    </message>
    <message>
        <source>Gold competency</source>
        <translation>Gold competency</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Order confirmation</translation>
    </message>
    <message>
        <source>Partner report</source>
        <translation>Partner report</translation>
    </message>
    <message>
        <source>First enrollment</source>
        <translation>First enrollment</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>The competency offers a Learning option</source>
        <translation>The competency offers a Learning option</translation>
    </message>
    <message>
        <source>Commitment to the Performance Requirements</source>
        <translation>Commitment to the Performance Requirements</translation>
    </message>
    <message>
        <source>Active Microsoft Certified Trainers (MCT)</source>
        <translation>Active Microsoft Certified Trainers (MCT)</translation>
    </message>
    <message>
        <source>Exams passed for the competency</source>
        <translation>Exams passed for the competency</translation>
    </message>
    <message>
        <source>Required exams</source>
        <translation>Required exams</translation>
    </message>
    <message>
        <source>Learning KPIs counted in the window</source>
        <translation>Learning KPIs counted in the window</translation>
    </message>
    <message>
        <source>Learning option</source>
        <translation>Learning option</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>MCTs</source>
        <translation>MCTs</translation>
    </message>
    <message>
        <source>exams</source>
        <translation>exams</translation>
    </message>
    <message>
        <source>required exams</source>
        <translation>required exams</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Partner Frontline Support lead</source>
        <translation>Partner Frontline Support lead</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>lp::AboutDialog</name>
    <message>
        <source>About Learning Partner Desk</source>
        <translation>About Learning Partner Desk</translation>
    </message>
    <message>
        <source>Learning Partner Desk %1</source>
        <translation>Learning Partner Desk %1</translation>
    </message>
    <message>
        <source>Enroll in the Microsoft Learning Partner program: the Learning Action Pack and the silver and gold competency Learning options, KPIs, discrepancy cases and the directory listing.</source>
        <translation>Enroll in the Microsoft Learning Partner program: the Learning Action Pack and the silver and gold competency Learning options, KPIs, discrepancy cases and the directory listing.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <source>unknown (not built from a git checkout)</source>
        <translation>unknown (not built from a git checkout)</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>License:</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Rule set in force:</source>
        <translation>Rule set in force:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt version:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>C&amp;opy Details</source>
        <translation>C&amp;opy Details</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>lp::ActionPackProfilePage</name>
    <message>
        <source>Account profile</source>
        <translation>Account profile</translation>
    </message>
    <message>
        <source>Step 2 of 2: the account profile that opens the Courseware Marketplace.</source>
        <translation>Step 2 of 2: the account profile that opens the Courseware Marketplace.</translation>
    </message>
    <message>
        <source>Contact the %1 team to help you set up a new account profile. This will give you access to Microsoft Courseware training on the Courseware Marketplace. The enrollment is active once both steps are done.</source>
        <translation>Contact the %1 team to help you set up a new account profile. This will give you access to Microsoft Courseware training on the Courseware Marketplace. The enrollment is active once both steps are done.</translation>
    </message>
    <message>
        <source>Partner Frontline Support</source>
        <translation>Partner Frontline Support</translation>
    </message>
    <message>
        <source>I &amp;asked Partner Frontline Support to set up the account profile</source>
        <translation>I &amp;asked Partner Frontline Support to set up the account profile</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Date of the request</translation>
    </message>
    <message>
        <source>Tick this once Partner Frontline Support has been asked to set up the account profile that opens the Courseware Marketplace.</source>
        <translation>Tick this once Partner Frontline Support has been asked to set up the account profile that opens the Courseware Marketplace.</translation>
    </message>
    <message>
        <source>The day the account profile was requested, in the language&apos;s short date form or as YYYY-MM-DD.</source>
        <translation>The day the account profile was requested, in the language&apos;s short date form or as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>lp::ActionPackSubscriptionPage</name>
    <message>
        <source>Action Pack subscription</source>
        <translation>Action Pack subscription</translation>
    </message>
    <message>
        <source>Step 1 of 2: buy or renew the Microsoft Action Pack subscription.</source>
        <translation>Step 1 of 2: buy or renew the Microsoft Action Pack subscription.</translation>
    </message>
    <message>
        <source>Follow the steps in %1.</source>
        <translation>Follow the steps in %1.</translation>
    </message>
    <message>
        <source>Buy or renew a Microsoft Action Pack subscription</source>
        <translation>Buy or renew a Microsoft Action Pack subscription</translation>
    </message>
    <message>
        <source>B&amp;uy a new subscription</source>
        <translation>B&amp;uy a new subscription</translation>
    </message>
    <message>
        <source>&amp;Renew my subscription</source>
        <translation>&amp;Renew my subscription</translation>
    </message>
    <message>
        <source>You have no Action Pack subscription yet: buy one.</source>
        <translation>You have no Action Pack subscription yet: buy one.</translation>
    </message>
    <message>
        <source>The subscription is renewe&amp;d</source>
        <translation>The subscription is renewe&amp;d</translation>
    </message>
    <message>
        <source>The subscription is bough&amp;t</source>
        <translation>The subscription is bough&amp;t</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Date of the subscription</source>
        <translation>Date of the subscription</translation>
    </message>
    <message>
        <source>Renewed on: the Action Pack is renewed only after it has expired, within %3 days of its expiry (%1 to %2).</source>
        <translation>Renewed on: the Action Pack is renewed only after it has expired, within %3 days of its expiry (%1 to %2).</translation>
    </message>
    <message>
        <source>The Action Pack is renewed only after it has expired, within %4 days of its expiry: yours ends on %1, so it can be renewed from %2 to %3.</source>
        <translation>The Action Pack is renewed only after it has expired, within %4 days of its expiry: yours ends on %1, so it can be renewed from %2 to %3.</translation>
    </message>
    <message>
        <source>The Action Pack is renewed only after it has expired, within %4 days of its expiry: yours ended on %1, so it can be renewed from %2 to %3.</source>
        <translation>The Action Pack is renewed only after it has expired, within %4 days of its expiry: yours ended on %1, so it can be renewed from %2 to %3.</translation>
    </message>
    <message>
        <source>Choose this when the partner has no Action Pack subscription, or when it ended too long ago to be renewed.</source>
        <translation>Choose this when the partner has no Action Pack subscription, or when it ended too long ago to be renewed.</translation>
    </message>
    <message>
        <source>Choose this when the Action Pack has expired and its renewal window is open: a subscription is renewed only after it has expired.</source>
        <translation>Choose this when the Action Pack has expired and its renewal window is open: a subscription is renewed only after it has expired.</translation>
    </message>
    <message>
        <source>Tick this once the subscription is bought or renewed in Partner Center; the wizard records the step, it does not buy anything.</source>
        <translation>Tick this once the subscription is bought or renewed in Partner Center; the wizard records the step, it does not buy anything.</translation>
    </message>
    <message>
        <source>The day the subscription was bought or renewed, in the language&apos;s short date form or as YYYY-MM-DD.</source>
        <translation>The day the subscription was bought or renewed, in the language&apos;s short date form or as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>lp::AddUserDialog</name>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>The account gets a one-time password, shown once when it is added; the person chooses their own password at the first sign-in.</source>
        <translation>The account gets a one-time password, shown once when it is added; the person chooses their own password at the first sign-in.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>3 to 64 letters, digits, . _ @ -</source>
        <translation>3 to 64 letters, digits, . _ @ -</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lp::AuditTexts</name>
    <message>
        <source>Case filed</source>
        <translation>Case filed</translation>
    </message>
    <message>
        <source>filed case %1</source>
        <translation>filed case %1</translation>
    </message>
    <message>
        <source>Case resolved</source>
        <translation>Case resolved</translation>
    </message>
    <message>
        <source>resolved case %1</source>
        <translation>resolved case %1</translation>
    </message>
    <message>
        <source>KPI record corrected</source>
        <translation>KPI record corrected</translation>
    </message>
    <message>
        <source>corrected KPI record %1</source>
        <translation>corrected KPI record %1</translation>
    </message>
    <message>
        <source>Invoices imported</source>
        <translation>Invoices imported</translation>
    </message>
    <message>
        <source>imported the invoice file %1</source>
        <translation>imported the invoice file %1</translation>
    </message>
    <message>
        <source>Enrollment draft saved</source>
        <translation>Enrollment draft saved</translation>
    </message>
    <message>
        <source>saved enrollment draft %1</source>
        <translation>saved enrollment draft %1</translation>
    </message>
    <message>
        <source>Enrollment submitted</source>
        <translation>Enrollment submitted</translation>
    </message>
    <message>
        <source>submitted enrollment %1</source>
        <translation>submitted enrollment %1</translation>
    </message>
    <message>
        <source>Enrollment draft discarded</source>
        <translation>Enrollment draft discarded</translation>
    </message>
    <message>
        <source>discarded enrollment draft %1</source>
        <translation>discarded enrollment draft %1</translation>
    </message>
    <message>
        <source>Listing draft saved</source>
        <translation>Listing draft saved</translation>
    </message>
    <message>
        <source>saved the directory listing draft %1</source>
        <translation>saved the directory listing draft %1</translation>
    </message>
    <message>
        <source>Listing requested</source>
        <translation>Listing requested</translation>
    </message>
    <message>
        <source>requested the directory listing %1</source>
        <translation>requested the directory listing %1</translation>
    </message>
    <message>
        <source>Listing batch sent</source>
        <translation>Listing batch sent</translation>
    </message>
    <message>
        <source>sent the directory listing %1 in its month&apos;s batch</source>
        <translation>sent the directory listing %1 in its month&apos;s batch</translation>
    </message>
    <message>
        <source>Trainer added</source>
        <translation>Trainer added</translation>
    </message>
    <message>
        <source>added the trainer %1</source>
        <translation>added the trainer %1</translation>
    </message>
    <message>
        <source>Trainer changed</source>
        <translation>Trainer changed</translation>
    </message>
    <message>
        <source>changed the trainer %1</source>
        <translation>changed the trainer %1</translation>
    </message>
    <message>
        <source>Trainer removed</source>
        <translation>Trainer removed</translation>
    </message>
    <message>
        <source>removed the trainer %1</source>
        <translation>removed the trainer %1</translation>
    </message>
    <message>
        <source>Trainer imported</source>
        <translation>Trainer imported</translation>
    </message>
    <message>
        <source>imported the trainer %1</source>
        <translation>imported the trainer %1</translation>
    </message>
    <message>
        <source>Exam pass added</source>
        <translation>Exam pass added</translation>
    </message>
    <message>
        <source>added the exam pass %1</source>
        <translation>added the exam pass %1</translation>
    </message>
    <message>
        <source>Exam pass changed</source>
        <translation>Exam pass changed</translation>
    </message>
    <message>
        <source>changed the exam pass %1</source>
        <translation>changed the exam pass %1</translation>
    </message>
    <message>
        <source>Exam pass removed</source>
        <translation>Exam pass removed</translation>
    </message>
    <message>
        <source>removed the exam pass %1</source>
        <translation>removed the exam pass %1</translation>
    </message>
    <message>
        <source>Exam pass imported</source>
        <translation>Exam pass imported</translation>
    </message>
    <message>
        <source>imported the exam pass %1</source>
        <translation>imported the exam pass %1</translation>
    </message>
    <message>
        <source>Membership added</source>
        <translation>Membership added</translation>
    </message>
    <message>
        <source>added membership %1</source>
        <translation>added membership %1</translation>
    </message>
    <message>
        <source>Membership removed</source>
        <translation>Membership removed</translation>
    </message>
    <message>
        <source>removed membership %1</source>
        <translation>removed membership %1</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partner added</translation>
    </message>
    <message>
        <source>added the partner %1</source>
        <translation>added the partner %1</translation>
    </message>
    <message>
        <source>Partner profile changed</source>
        <translation>Partner profile changed</translation>
    </message>
    <message>
        <source>changed the profile of partner %1</source>
        <translation>changed the profile of partner %1</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Account added</translation>
    </message>
    <message>
        <source>added the account %1</source>
        <translation>added the account %1</translation>
    </message>
    <message>
        <source>Rule set imported</source>
        <translation>Rule set imported</translation>
    </message>
    <message>
        <source>imported the rule set %1</source>
        <translation>imported the rule set %1</translation>
    </message>
    <message>
        <source>Rule set activated</source>
        <translation>Rule set activated</translation>
    </message>
    <message>
        <source>activated the rule set %1</source>
        <translation>activated the rule set %1</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>Case withdrawn</translation>
    </message>
    <message>
        <source>withdrew case %1</source>
        <translation>withdrew case %1</translation>
    </message>
    <message>
        <source>Listing request withdrawn</source>
        <translation>Listing request withdrawn</translation>
    </message>
    <message>
        <source>withdrew the directory listing request %1</source>
        <translation>withdrew the directory listing request %1</translation>
    </message>
</context>
<context>
    <name>lp::AuditWorkspace</name>
    <message>
        <source>Every change to enrollments, purchases, cases, listings, people and accounts, newest first. Each entry is chained to the one before it, so an edited, removed or reordered entry is found.</source>
        <translation>Every change to enrollments, purchases, cases, listings, people and accounts, newest first. Each entry is chained to the one before it, so an edited, removed or reordered entry is found.</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <source>Before and after of the selected entry</source>
        <translation>Before and after of the selected entry</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Select an entry to see what it changed.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The chain is intact: %n entry checked.</numerusform>
            <numerusform>The chain is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken: %1</source>
        <translation>The chain is broken: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>Every partner</source>
        <translation>Every partner</translation>
    </message>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (MPN ID %2)</translation>
    </message>
    <message>
        <source>No entry matches these filters. Choose Everyone, Every action, Every partner or clear the dates to see more.</source>
        <translation>No entry matches these filters. Choose Everyone, Every action, Every partner or clear the dates to see more.</translation>
    </message>
    <message>
        <source>The audit trail is empty. Every change made in the program (an enrollment, an import, a case, a listing, a person, an account) adds an entry here.</source>
        <translation>The audit trail is empty. Every change made in the program (an enrollment, an import, a case, a listing, a person, an account) adds an entry here.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xport CSV...</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>No entry to export: change the filters.</source>
        <translation>No entry to export: change the filters.</translation>
    </message>
    <message>
        <source>%1 %2, %3.</source>
        <translation>%1 %2, %3.</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, changed</translation>
    </message>
    <message>
        <source>Entry %1, hash %2</source>
        <translation>Entry %1, hash %2</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
</context>
<context>
    <name>lp::BackupActions</name>
    <message>
        <source>Waiting for another program to finish writing to the database... (%1 s)</source>
        <translation>Waiting for another program to finish writing to the database... (%1 s)</translation>
    </message>
    <message>
        <source>Learning Partner Desk</source>
        <translation>Learning Partner Desk</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Learning Partner Desk backups (*.sqlite)</source>
        <translation>Learning Partner Desk backups (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the database to %1...</source>
        <translation>Backing up the database to %1...</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>The backup was not written: %1</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>The database was backed up to %1.</translation>
    </message>
    <message>
        <source>It holds %1.</source>
        <translation>It holds %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Checking the backup %1...</source>
        <translation>Checking the backup %1...</translation>
    </message>
    <message>
        <source>This backup cannot be used: %1</source>
        <translation>This backup cannot be used: %1</translation>
    </message>
    <message>
        <source>Restoring %1 from the backup...</source>
        <translation>Restoring %1 from the backup...</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>The database was restored from the backup taken on %1.</source>
        <translation>The database was restored from the backup taken on %1.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>The database as it was is kept in %1.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Sign in again.</translation>
    </message>
</context>
<context>
    <name>lp::BackupContentsDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Microsoft Certified Trainers</source>
        <translation>Microsoft Certified Trainers</translation>
    </message>
    <message>
        <source>Exam passes</source>
        <translation>Exam passes</translation>
    </message>
    <message>
        <source>KPI records</source>
        <translation>KPI records</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Discrepancy cases</source>
        <translation>Discrepancy cases</translation>
    </message>
    <message>
        <source>Case evidence</source>
        <translation>Case evidence</translation>
    </message>
    <message>
        <source>Directory listing requests</source>
        <translation>Directory listing requests</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>no rows</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>What the backup holds</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>The database %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The newest good automatic backup is shown below.</source>
        <translation>The newest good automatic backup is shown below.</translation>
    </message>
    <message>
        <source>Newer backups that failed their check: %1</source>
        <translation>Newer backups that failed their check: %1</translation>
    </message>
    <message>
        <source>Restoring makes the database again from this backup; the damaged file is kept next to it, as it is. Work done after the backup was taken is not in it.</source>
        <translation>Restoring makes the database again from this backup; the damaged file is kept next to it, as it is. Work done after the backup was taken is not in it.</translation>
    </message>
    <message>
        <source>The backup was checked: it is intact and matches its manifest.</source>
        <translation>The backup was checked: it is intact and matches its manifest.</translation>
    </message>
    <message>
        <source>Restoring replaces everything in %1 with the content of this backup. The database as it is now is backed up first, next to it. Everyone signs in again afterwards.</source>
        <translation>Restoring replaces everything in %1 with the content of this backup. The database as it is now is backed up first, next to it. Everyone signs in again afterwards.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>Taken on:</translation>
    </message>
    <message>
        <source>Taken from:</source>
        <translation>Taken from:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Application version:</source>
        <translation>Application version:</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Audit trail:</translation>
    </message>
    <message>
        <source>%1 (this version&apos;s)</source>
        <translation>%1 (this version&apos;s)</translation>
    </message>
    <message>
        <source>%1 (this version: %2; upgraded as it is restored)</source>
        <translation>%1 (this version: %2; upgraded as it is restored)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), the newest number %1 (%2...)</source>
        <translation>
            <numerusform>%n entry, the newest number %1 (%2...)</numerusform>
            <numerusform>%n entries, the newest number %1 (%2...)</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lp::CalendarService</name>
    <message>
        <source>Membership anniversary</source>
        <translation>Membership anniversary</translation>
    </message>
    <message>
        <source>Renewals are measured on the KPIs of the 12 months before this date.</source>
        <translation>Renewals are measured on the KPIs of the 12 months before this date.</translation>
    </message>
    <message>
        <source>Renewal reminder: the anniversary is in 15 days</source>
        <translation>Renewal reminder: the anniversary is in 15 days</translation>
    </message>
    <message>
        <source>Anniversary on %1.</source>
        <translation>Anniversary on %1.</translation>
    </message>
    <message>
        <source>Renewal reminder: 23 days after the anniversary</source>
        <translation>Renewal reminder: 23 days after the anniversary</translation>
    </message>
    <message>
        <source>The anniversary was on %1.</source>
        <translation>The anniversary was on %1.</translation>
    </message>
    <message>
        <source>KPI report published</source>
        <translation>KPI report published</translation>
    </message>
    <message>
        <source>It covers %1 to %2.</source>
        <translation>It covers %1 to %2.</translation>
    </message>
    <message>
        <source>Directory listing batch week</source>
        <translation>Directory listing batch week</translation>
    </message>
    <message>
        <source>The request &quot;%1&quot; is sent to the directory this week.</source>
        <translation>The request &quot;%1&quot; is sent to the directory this week.</translation>
    </message>
    <message>
        <source>Directory listing visible by today</source>
        <translation>Directory listing visible by today</translation>
    </message>
    <message>
        <source>Action Pack subscription expires</source>
        <translation>Action Pack subscription expires</translation>
    </message>
    <message>
        <source>Action Pack renewal window</source>
        <translation>Action Pack renewal window</translation>
    </message>
    <message>
        <source>%1 competency membership ends: %2</source>
        <translation>%1 competency membership ends: %2</translation>
    </message>
    <message>
        <source>MCT ends: %1 (%2)</source>
        <translation>MCT ends: %1 (%2)</translation>
    </message>
    <message>
        <source>Learning Partner dates: %1</source>
        <translation>Learning Partner dates: %1</translation>
    </message>
    <message>
        <source>The Action Pack is renewed only after it has expired, within %1 days.</source>
        <translation>The Action Pack is renewed only after it has expired, within %1 days.</translation>
    </message>
</context>
<context>
    <name>lp::CaseDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Attach the invoice</source>
        <translation>Attach the invoice</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Invoices (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Attach the invoice, as a PDF file or a PNG or JPEG image.</source>
        <translation>Attach the invoice, as a PDF file or a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Fill in the seven fields: the triage appears here.</source>
        <translation>Fill in the seven fields: the triage appears here.</translation>
    </message>
    <message>
        <source>We suggest waiting for that report before filing a case.</source>
        <translation>We suggest waiting for that report before filing a case.</translation>
    </message>
    <message>
        <source>There is nothing to correct; you may still file the case.</source>
        <translation>There is nothing to correct; you may still file the case.</translation>
    </message>
    <message>
        <source>Partner Frontline Support will review the case.</source>
        <translation>Partner Frontline Support will review the case.</translation>
    </message>
    <message>
        <source>File a KPI discrepancy case</source>
        <translation>File a KPI discrepancy case</translation>
    </message>
    <message>
        <source>Tell Partner Frontline Support which KPI record is wrong. All seven fields are required, and only an invoice is accepted as evidence: order confirmations and partner reports are not.</source>
        <translation>Tell Partner Frontline Support which KPI record is wrong. All seven fields are required, and only an invoice is accepted as evidence: order confirmations and partner reports are not.</translation>
    </message>
    <message>
        <source>Kind of document attached</source>
        <translation>Kind of document attached</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;OMLP type:</source>
        <translation>&amp;OMLP type:</translation>
    </message>
    <message>
        <source>&amp;Purchase units:</source>
        <translation>&amp;Purchase units:</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>&amp;Invoice number:</translation>
    </message>
    <message>
        <source>&amp;KPI value:</source>
        <translation>&amp;KPI value:</translation>
    </message>
    <message>
        <source>&amp;Revenue value:</source>
        <translation>&amp;Revenue value:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Attach invoice...</source>
        <translation>&amp;Attach invoice...</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <source>&amp;File case</source>
        <translation>&amp;File case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Description (optional):</source>
        <translation>&amp;Description (optional):</translation>
    </message>
    <message>
        <source>What is wrong with the KPI record, in your own words</source>
        <translation>What is wrong with the KPI record, in your own words</translation>
    </message>
    <message>
        <source>Description of the discrepancy (optional)</source>
        <translation>Description of the discrepancy (optional)</translation>
    </message>
</context>
<context>
    <name>lp::CaseHistoryView</name>
    <message>
        <source>Every partner</source>
        <translation>Every partner</translation>
    </message>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (MPN ID %2)</translation>
    </message>
    <message>
        <source>No case matches these filters. Clear a filter or the search to see more.</source>
        <translation>No case matches these filters. Clear a filter or the search to see more.</translation>
    </message>
    <message>
        <source>No case yet. A case appears here as soon as a partner files one; open cases wait in the Case queue.</source>
        <translation>No case yet. A case appears here as soon as a partner files one; open cases wait in the Case queue.</translation>
    </message>
    <message>
        <source>No case yet. A case is how a KPI record that does not match your invoice gets corrected: use New case, or a row of the KPI ledger.</source>
        <translation>No case yet. A case is how a KPI record that does not match your invoice gets corrected: use New case, or a row of the KPI ledger.</translation>
    </message>
    <message>
        <source>Select a case to read it in full.</source>
        <translation>Select a case to read it in full.</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>&amp;Invoice number:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Triage:</source>
        <translation>&amp;Triage:</translation>
    </message>
    <message>
        <source>Resolved f&amp;rom:</source>
        <translation>Resolved f&amp;rom:</translation>
    </message>
    <message>
        <source>Part of an invoice number</source>
        <translation>Part of an invoice number</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Any triage</source>
        <translation>Any triage</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Discrepancy cases, newest first</source>
        <translation>Discrepancy cases, newest first</translation>
    </message>
    <message>
        <source>The selected case</source>
        <translation>The selected case</translation>
    </message>
    <message>
        <source>Filed fro&amp;m:</source>
        <translation>Filed fro&amp;m:</translation>
    </message>
    <message>
        <source>File&amp;d until:</source>
        <translation>File&amp;d until:</translation>
    </message>
    <message>
        <source>Resol&amp;ved until:</source>
        <translation>Resol&amp;ved until:</translation>
    </message>
</context>
<context>
    <name>lp::CaseHistoryWorkspace</name>
    <message>
        <source>Every KPI discrepancy case of every partner, newest first, open and resolved. A resolved case shows its outcome, the note and the triage as it stood when it was resolved.</source>
        <translation>Every KPI discrepancy case of every partner, newest first, open and resolved. A resolved case shows its outcome, the note and the triage as it stood when it was resolved.</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Case history</translation>
    </message>
</context>
<context>
    <name>lp::CaseQueueWorkspace</name>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (MPN ID %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a case.</source>
        <translation>Select a case.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Case %1&lt;/b&gt;, filed by %2 for %3, %n day(s) old. At filing: %4 Now: %5</source>
        <translation>
            <numerusform>&lt;b&gt;Case %1&lt;/b&gt;, filed by %2 for %3, %n day old. At filing: %4 Now: %5</numerusform>
            <numerusform>&lt;b&gt;Case %1&lt;/b&gt;, filed by %2 for %3, %n days old. At filing: %4 Now: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>KPI record, line %1</source>
        <translation>KPI record, line %1</translation>
    </message>
    <message>
        <source>KPI records, total</source>
        <translation>KPI records, total</translation>
    </message>
    <message>
        <source>No KPI record of this invoice</source>
        <translation>No KPI record of this invoice</translation>
    </message>
    <message>
        <source>Differs from the case</source>
        <translation>Differs from the case</translation>
    </message>
    <message>
        <source>%1, differs from the case</source>
        <translation>%1, differs from the case</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2), SHA-256 %3</source>
        <translation>Evidence: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>The invoice attached to the case</source>
        <translation>The invoice attached to the case</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No application opens %1; use Save evidence instead.</source>
        <translation>No application opens %1; use Save evidence instead.</translation>
    </message>
    <message>
        <source>Save the evidence</source>
        <translation>Save the evidence</translation>
    </message>
    <message>
        <source>Open KPI discrepancy cases of every partner, oldest first. Compare the case with the KPI records of its invoice, look at the invoice, then resolve: corrected writes the filed values into the KPI records; rejected leaves them. The note is required and the partner reads it.</source>
        <translation>Open KPI discrepancy cases of every partner, oldest first. Compare the case with the KPI records of its invoice, look at the invoice, then resolve: corrected writes the filed values into the KPI records; rejected leaves them. The note is required and the partner reads it.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Open cases, oldest first</source>
        <translation>Open cases, oldest first</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>OMLP type</translation>
    </message>
    <message>
        <source>Purchase units</source>
        <translation>Purchase units</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>KPI value</translation>
    </message>
    <message>
        <source>Revenue value</source>
        <translation>Revenue value</translation>
    </message>
    <message>
        <source>The case beside the KPI records of its invoice</source>
        <translation>The case beside the KPI records of its invoice</translation>
    </message>
    <message>
        <source>&amp;View evidence...</source>
        <translation>&amp;View evidence...</translation>
    </message>
    <message>
        <source>&amp;Corrected: write the filed values into the KPI records</source>
        <translation>&amp;Corrected: write the filed values into the KPI records</translation>
    </message>
    <message>
        <source>Re&amp;jected: leave the KPI records as they are</source>
        <translation>Re&amp;jected: leave the KPI records as they are</translation>
    </message>
    <message>
        <source>&amp;Note to the partner (required):</source>
        <translation>&amp;Note to the partner (required):</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Case queue</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>No open case. A case appears here, oldest first, as soon as a partner files one from the Discrepancy cases workspace or a KPI ledger row; resolved cases are in the Case history.</source>
        <translation>No open case. A case appears here, oldest first, as soon as a partner files one from the Discrepancy cases workspace or a KPI ledger row; resolved cases are in the Case history.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Nothing was written: case %1 is still open.</source>
        <translation>Nothing was written: case %1 is still open.</translation>
    </message>
    <message>
        <source>&amp;Save evidence...</source>
        <translation>&amp;Save evidence...</translation>
    </message>
    <message>
        <source>The partner&apos;s description: %1</source>
        <translation>The partner&apos;s description: %1</translation>
    </message>
    <message>
        <source>Case %1 corrected on %2: the KPI records of invoice %3 now carry the filed values.</source>
        <translation>Case %1 corrected on %2: the KPI records of invoice %3 now carry the filed values.</translation>
    </message>
    <message>
        <source>Case %1 rejected on %2; the partner reads your note.</source>
        <translation>Case %1 rejected on %2; the partner reads your note.</translation>
    </message>
</context>
<context>
    <name>lp::CaseService</name>
    <message>
        <source>KPI discrepancy case %1</source>
        <translation>KPI discrepancy case %1</translation>
    </message>
    <message>
        <source>Partner: %1 (MPN ID %2)</source>
        <translation>Partner: %1 (MPN ID %2)</translation>
    </message>
    <message>
        <source>Filed by %1 on %2</source>
        <translation>Filed by %1 on %2</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open, waiting for Partner Frontline Support</source>
        <translation>open, waiting for Partner Frontline Support</translation>
    </message>
    <message>
        <source>corrected by %1 on %2</source>
        <translation>corrected by %1 on %2</translation>
    </message>
    <message>
        <source>rejected by %1 on %2</source>
        <translation>rejected by %1 on %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Triage at resolution</source>
        <translation>Triage at resolution</translation>
    </message>
    <message>
        <source>withdrawn by %1 on %2</source>
        <translation>withdrawn by %1 on %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>lp::CasesWorkspace</name>
    <message>
        <source>kpi-case-%1.txt</source>
        <translation>kpi-case-%1.txt</translation>
    </message>
    <message>
        <source>A KPI record that does not match your invoice is corrected through a case: Partner Frontline Support reviews it and says what it decided. Select a case to read it, or export it.</source>
        <translation>A KPI record that does not match your invoice is corrected through a case: Partner Frontline Support reviews it and says what it decided. Select a case to read it, or export it.</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>&amp;New case...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <source>Discrepancy cases</source>
        <translation>Discrepancy cases</translation>
    </message>
    <message>
        <source>Select a case to export it.</source>
        <translation>Select a case to export it.</translation>
    </message>
    <message>
        <source>Select an open case: one already resolved or withdrawn cannot be withdrawn.</source>
        <translation>Select an open case: one already resolved or withdrawn cannot be withdrawn.</translation>
    </message>
    <message>
        <source>case %1 about invoice %2</source>
        <translation>case %1 about invoice %2</translation>
    </message>
    <message>
        <source>Case %1 about invoice %2 withdrawn on %3; Partner Frontline Support sees it as withdrawn, with your reason.</source>
        <translation>Case %1 about invoice %2 withdrawn on %3; Partner Frontline Support sees it as withdrawn, with your reason.</translation>
    </message>
    <message>
        <source>Case %1 about invoice %2 filed on %3; Partner Frontline Support reviews it.</source>
        <translation>Case %1 about invoice %2 filed on %3; Partner Frontline Support reviews it.</translation>
    </message>
    <message>
        <source>&amp;Withdraw case...</source>
        <translation>&amp;Withdraw case...</translation>
    </message>
</context>
<context>
    <name>lp::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters; any characters, spaces included. A common password or one that contains your user name is refused.</source>
        <translation>Use %1 to %2 characters; any characters, spaces included. A common password or one that contains your user name is refused.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Replace it with a password only you know before you go on.</source>
        <translation>You signed in with a one-time password. Replace it with a password only you know before you go on.</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>&amp;One-time password:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firm new password:</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Sign o&amp;ut</translation>
    </message>
</context>
<context>
    <name>lp::CommitmentPage</name>
    <message>
        <source>Performance commitment</source>
        <translation>Performance commitment</translation>
    </message>
    <message>
        <source>Commit to the Performance Requirements to go on.</source>
        <translation>Commit to the Performance Requirements to go on.</translation>
    </message>
    <message>
        <source>Commit to the &lt;b&gt;Performance Requirements&lt;/b&gt; outlined in the Learning Program Performance Guidelines. These guidelines are available from the %1.</source>
        <translation>Commit to the &lt;b&gt;Performance Requirements&lt;/b&gt; outlined in the Learning Program Performance Guidelines. These guidelines are available from the %1.</translation>
    </message>
    <message>
        <source>Learning Resources site</source>
        <translation>Learning Resources site</translation>
    </message>
    <message>
        <source>I &amp;commit to these Performance Requirements</source>
        <translation>I &amp;commit to these Performance Requirements</translation>
    </message>
    <message>
        <source>Silver and gold need this commitment to the Performance Requirements of the Learning Program Performance Guidelines: without it the wizard does not go on.</source>
        <translation>Silver and gold need this commitment to the Performance Requirements of the Learning Program Performance Guidelines: without it the wizard does not go on.</translation>
    </message>
</context>
<context>
    <name>lp::CompetencyPage</name>
    <message numerus="yes">
        <source>at least %n active MCT(s)</source>
        <translation>
            <numerusform>at least %n active MCT</numerusform>
            <numerusform>at least %n active MCTs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n exam(s) passed for the competency</source>
        <translation>
            <numerusform>at least %n exam passed for the competency</numerusform>
            <numerusform>at least %n exams passed for the competency</numerusform>
        </translation>
    </message>
    <message>
        <source>the exams %1</source>
        <translation>the exams %1</translation>
    </message>
    <message>
        <source>the commitment to the Performance Requirements</source>
        <translation>the commitment to the Performance Requirements</translation>
    </message>
    <message>
        <source>The gold level of %1 asks for (rule set %2):</source>
        <translation>The gold level of %1 asks for (rule set %2):</translation>
    </message>
    <message>
        <source>The silver level of %1 asks for (rule set %2):</source>
        <translation>The silver level of %1 asks for (rule set %2):</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Which competency&apos;s gold Learning option do you enroll in?</source>
        <translation>Which competency&apos;s gold Learning option do you enroll in?</translation>
    </message>
    <message>
        <source>Which competency&apos;s silver Learning option do you enroll in?</source>
        <translation>Which competency&apos;s silver Learning option do you enroll in?</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Competency:</translation>
    </message>
    <message>
        <source>To learn more about which competencies offer a silver or gold Learning option, see the latest %1.</source>
        <translation>To learn more about which competencies offer a silver or gold Learning option, see the latest %1.</translation>
    </message>
    <message>
        <source>competencies page</source>
        <translation>competencies page</translation>
    </message>
    <message>
        <source>Learning KPI requirements are subject to change annually, and learning KPIs must be met starting the first year of enrollment. No Business Application Plan is needed.</source>
        <translation>Learning KPI requirements are subject to change annually, and learning KPIs must be met starting the first year of enrollment. No Business Application Plan is needed.</translation>
    </message>
    <message>
        <source>New partner? Learn more about the process with the %1.</source>
        <translation>New partner? Learn more about the process with the %1.</translation>
    </message>
    <message>
        <source>Learning option asset collection</source>
        <translation>Learning option asset collection</translation>
    </message>
    <message>
        <source>learning KPIs counted in the window of the monthly report: %1</source>
        <translation>learning KPIs counted in the window of the monthly report: %1</translation>
    </message>
    <message>
        <source>The competency of the Learning option. Trainers, exam passes and KPIs are counted for this competency only; the numbers it needs are shown below.</source>
        <translation>The competency of the Learning option. Trainers, exam passes and KPIs are counted for this competency only; the numbers it needs are shown below.</translation>
    </message>
</context>
<context>
    <name>lp::DashboardWorkspace</name>
    <message>
        <source>Open a partner in Partners to see its KPIs.</source>
        <translation>Open a partner in Partners to see its KPIs.</translation>
    </message>
    <message>
        <source>%1, covering %2 to %3</source>
        <translation>%1, covering %2 to %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, in %n day</numerusform>
            <numerusform>%1, in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (15 days before) and %2 (23 days after)</source>
        <translation>%1 (15 days before) and %2 (23 days after)</translation>
    </message>
    <message>
        <source>%1 counted, %2 pending, %3 not counted</source>
        <translation>%1 counted, %2 pending, %3 not counted</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>%1: %2 counted, %3 pending, %4 not counted</source>
        <translation>%1: %2 counted, %3 pending, %4 not counted</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>in the report of %1</source>
        <translation>in the report of %1</translation>
    </message>
    <message>
        <source>in the report of %1, after the anniversary</source>
        <translation>in the report of %1, after the anniversary</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>no longer met</source>
        <translation>no longer met</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>KPIs %1 → %2 of %3: %4</source>
        <translation>KPIs %1 → %2 of %3: %4</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>On %1 without</source>
        <translation>On %1 without</translation>
    </message>
    <message>
        <source>On %1 with</source>
        <translation>On %1 with</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reports and anniversary</source>
        <translation>Reports and anniversary</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Rule set:</translation>
    </message>
    <message>
        <source>Latest report:</source>
        <translation>Latest report:</translation>
    </message>
    <message>
        <source>Next report:</source>
        <translation>Next report:</translation>
    </message>
    <message>
        <source>Anniversary:</source>
        <translation>Anniversary:</translation>
    </message>
    <message>
        <source>Renewal reminders:</source>
        <translation>Renewal reminders:</translation>
    </message>
    <message>
        <source>KPIs:</source>
        <translation>KPIs:</translation>
    </message>
    <message>
        <source>KPIs per month</source>
        <translation>KPIs per month</translation>
    </message>
    <message>
        <source>Progress toward silver and gold (the performance commitment assumed)</source>
        <translation>Progress toward silver and gold (the performance commitment assumed)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Active MCTs</source>
        <translation>Active MCTs</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Exams</translation>
    </message>
    <message>
        <source>Progress toward silver and gold</source>
        <translation>Progress toward silver and gold</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>What if</translation>
    </message>
    <message>
        <source>Add purchases you are thinking of: the rules engine says when each becomes visible and whether it changes the decision on the day before the anniversary.</source>
        <translation>Add purchases you are thinking of: the rules engine says when each becomes visible and whether it changes the decision on the day before the anniversary.</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Invoice &amp;date:</translation>
    </message>
    <message>
        <source>&amp;KPI value:</source>
        <translation>&amp;KPI value:</translation>
    </message>
    <message>
        <source>C&amp;ompetency:</source>
        <translation>C&amp;ompetency:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Hypothetical purchases</source>
        <translation>Hypothetical purchases</translation>
    </message>
    <message>
        <source>What the hypothetical purchases change</source>
        <translation>What the hypothetical purchases change</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI dashboard</translation>
    </message>
    <message>
        <source>required ones ✔</source>
        <translation>required ones ✔</translation>
    </message>
    <message>
        <source>Before the anniversary, without</source>
        <translation>Before the anniversary, without</translation>
    </message>
    <message>
        <source>Before the anniversary, with</source>
        <translation>Before the anniversary, with</translation>
    </message>
    <message>
        <source>now met</source>
        <translation>now met</translation>
    </message>
    <message>
        <source>KPIs of the window %1 to %2: %3 counted, %4 pending, %5 not counted.</source>
        <translation>KPIs of the window %1 to %2: %3 counted, %4 pending, %5 not counted.</translation>
    </message>
</context>
<context>
    <name>lp::DateField</name>
    <message>
        <source>e.g. %1 or 2021-03-20</source>
        <translation>e.g. %1 or 2021-03-20</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>lp::DirectoryWorkspace</name>
    <message>
        <source>To appear in the &lt;a href=&quot;https://docs.microsoft.com/learn/certifications/partners&quot;&gt;Learning Partner directory&lt;/a&gt;, your request is sent to Microsoft in a manual batch once a month, during the third week; the listing is visible by the end of the first week of the following month.</source>
        <translation>To appear in the &lt;a href=&quot;https://docs.microsoft.com/learn/certifications/partners&quot;&gt;Learning Partner directory&lt;/a&gt;, your request is sent to Microsoft in a manual batch once a month, during the third week; the listing is visible by the end of the first week of the following month.</translation>
    </message>
    <message>
        <source>Request a listing</source>
        <translation>Request a listing</translation>
    </message>
    <message>
        <source>your organization</source>
        <translation>your organization</translation>
    </message>
    <message>
        <source>&amp;Name to show:</source>
        <translation>&amp;Name to show:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>https://www.example.com/microsoft</source>
        <translation>https://www.example.com/microsoft</translation>
    </message>
    <message>
        <source>The page is about %1 only</source>
        <translation>The page is about %1 only</translation>
    </message>
    <message>
        <source>The page shows no competitors</source>
        <translation>The page shows no competitors</translation>
    </message>
    <message>
        <source>The page is owned by %1</source>
        <translation>The page is owned by %1</translation>
    </message>
    <message>
        <source>Name to show in the directory</source>
        <translation>Name to show in the directory</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>URL of the Microsoft-themed landing page</source>
        <translation>URL of the Microsoft-themed landing page</translation>
    </message>
    <message>
        <source>&amp;Send the request</source>
        <translation>&amp;Send the request</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>Batch week</source>
        <translation>Batch week</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Listing requests</translation>
    </message>
    <message>
        <source>Directory listing</source>
        <translation>Directory listing</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting for the batch; visible by %1</source>
        <translation>Waiting for the batch; visible by %1</translation>
    </message>
    <message>
        <source>Sent on %1; visible by %2</source>
        <translation>Sent on %1; visible by %2</translation>
    </message>
    <message>
        <source>Visible since %1</source>
        <translation>Visible since %1</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Landing &amp;page:</source>
        <translation>Landing &amp;page:</translation>
    </message>
    <message>
        <source>&amp;Withdraw request...</source>
        <translation>&amp;Withdraw request...</translation>
    </message>
    <message>
        <source>Select a request still waiting for its batch: one already sent to the directory cannot be withdrawn.</source>
        <translation>Select a request still waiting for its batch: one already sent to the directory cannot be withdrawn.</translation>
    </message>
    <message>
        <source>listing request %1 (%2)</source>
        <translation>listing request %1 (%2)</translation>
    </message>
    <message>
        <source>Listing request %1 withdrawn on %2; Partner Frontline Support sees it as withdrawn.</source>
        <translation>Listing request %1 withdrawn on %2; Partner Frontline Support sees it as withdrawn.</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>Withdrawn on %1: %2</translation>
    </message>
    <message>
        <source>Sent today, it joins the batch of the week from %1 to %2 and should be visible by %3.</source>
        <translation>Sent today, it joins the batch of the week from %1 to %2 and should be visible by %3.</translation>
    </message>
    <message>
        <source>Listing request %1 sent on %2: it joins the batch of the week from %3 to %4 and should be visible by %5.</source>
        <translation>Listing request %1 sent on %2: it joins the batch of the week from %3 to %4 and should be visible by %5.</translation>
    </message>
</context>
<context>
    <name>lp::EnrollmentDraftController</name>
    <message>
        <source>Action Pack subscription renewed</source>
        <translation>Action Pack subscription renewed</translation>
    </message>
    <message>
        <source>Action Pack subscription bought</source>
        <translation>Action Pack subscription bought</translation>
    </message>
    <message>
        <source>Account profile requested of Partner Frontline Support</source>
        <translation>Account profile requested of Partner Frontline Support</translation>
    </message>
    <message>
        <source>Committed to the Performance Requirements</source>
        <translation>Committed to the Performance Requirements</translation>
    </message>
    <message>
        <source>Subscribed in Membership Offers</source>
        <translation>Subscribed in Membership Offers</translation>
    </message>
</context>
<context>
    <name>lp::EnrollmentPage</name>
    <message>
        <source>Done: this step is complete, Next goes on.</source>
        <translation>Done: this step is complete, Next goes on.</translation>
    </message>
</context>
<context>
    <name>lp::EnrollmentWizard</name>
    <message>
        <source>Draft not saved</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <source>Close the enrollment</source>
        <translation>Close the enrollment</translation>
    </message>
    <message>
        <source>Save your answers as a draft? You can resume it from the Enrollment workspace.</source>
        <translation>Save your answers as a draft? You can resume it from the Enrollment workspace.</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>&amp;Discard answers</source>
        <translation>&amp;Discard answers</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Enroll in the Learning Partner program</source>
        <translation>Enroll in the Learning Partner program</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
</context>
<context>
    <name>lp::EnrollmentWorkspace</name>
    <message>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>Discard the draft of %1? Its answers are lost.</source>
        <translation>Discard the draft of %1? Its answers are lost.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Enroll in the Learning Action Pack or in the silver or gold Learning option of a competency. The wizard says what the rules engine decides at each step; a draft keeps your answers.</source>
        <translation>Enroll in the Learning Action Pack or in the silver or gold Learning option of a competency. The wizard says what the rules engine decides at each step; a draft keeps your answers.</translation>
    </message>
    <message>
        <source>The enrollments of your organization. Only MPN partner admins and account admins enroll.</source>
        <translation>The enrollments of your organization. Only MPN partner admins and account admins enroll.</translation>
    </message>
    <message>
        <source>&amp;New enrollment...</source>
        <translation>&amp;New enrollment...</translation>
    </message>
    <message>
        <source>&amp;Resume draft</source>
        <translation>&amp;Resume draft</translation>
    </message>
    <message>
        <source>D&amp;iscard draft</source>
        <translation>D&amp;iscard draft</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Select a draft in the list first.</source>
        <translation>Select a draft in the list first.</translation>
    </message>
    <message>
        <source>Enrollments and drafts (Enter opens a submitted one, read only)</source>
        <translation>Enrollments and drafts (Enter opens a submitted one, read only)</translation>
    </message>
    <message>
        <source>No enrollment yet. Your submitted enrollments and your drafts appear here: start one with New enrollment; closing the wizard keeps a draft.</source>
        <translation>No enrollment yet. Your submitted enrollments and your drafts appear here: start one with New enrollment; closing the wizard keeps a draft.</translation>
    </message>
    <message>
        <source>No enrollment yet. Submitted enrollments and drafts appear here once an MPN partner admin or account admin starts one.</source>
        <translation>No enrollment yet. Submitted enrollments and drafts appear here once an MPN partner admin or account admin starts one.</translation>
    </message>
    <message>
        <source>Enrollment %1 submitted on %2: %3, on rule set %4.</source>
        <translation>Enrollment %1 submitted on %2: %3, on rule set %4.</translation>
    </message>
</context>
<context>
    <name>lp::ExamPassDialog</name>
    <message>
        <source>Edit exam pass</source>
        <translation>Edit exam pass</translation>
    </message>
    <message>
        <source>Add exam pass</source>
        <translation>Add exam pass</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Exam:</source>
        <translation>&amp;Exam:</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Competency:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Exam code</source>
        <translation>Exam code</translation>
    </message>
    <message>
        <source>e.g. AZ-900</source>
        <translation>e.g. AZ-900</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Passed &amp;on:</source>
        <translation>Passed &amp;on:</translation>
    </message>
</context>
<context>
    <name>lp::ExamsPage</name>
    <message>
        <source>Exams</source>
        <translation>Exams</translation>
    </message>
    <message>
        <source>Meet the exam requirements. A pass counts once per person and exam, for the competency it is recorded for.</source>
        <translation>Meet the exam requirements. A pass counts once per person and exam, for the competency it is recorded for.</translation>
    </message>
    <message>
        <source>E&amp;xam passes recorded for %1:</source>
        <translation>E&amp;xam passes recorded for %1:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <source>Exam passes</source>
        <translation>Exam passes</translation>
    </message>
    <message>
        <source>The exam passes recorded in People for this competency. A pass counts once per person and exam.</source>
        <translation>The exam passes recorded in People for this competency. A pass counts once per person and exam.</translation>
    </message>
</context>
<context>
    <name>lp::FallbackBanner</name>
    <message>
        <source>Gold is not met today: %1.</source>
        <translation>Gold is not met today: %1.</translation>
    </message>
    <message>
        <source>You meet silver in %1: you can continue on silver, with your answers kept.</source>
        <translation>You meet silver in %1: you can continue on silver, with your answers kept.</translation>
    </message>
    <message>
        <source>Continue on si&amp;lver</source>
        <translation>Continue on si&amp;lver</translation>
    </message>
    <message>
        <source>You meet the Learning Action Pack: you can continue with it.</source>
        <translation>You meet the Learning Action Pack: you can continue with it.</translation>
    </message>
    <message>
        <source>Continue with the Action &amp;Pack</source>
        <translation>Continue with the Action &amp;Pack</translation>
    </message>
    <message>
        <source>No other path is met today either.</source>
        <translation>No other path is met today either.</translation>
    </message>
</context>
<context>
    <name>lp::FieldNames</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>OMLP type</translation>
    </message>
    <message>
        <source>Purchase units</source>
        <translation>Purchase units</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>KPI value</translation>
    </message>
    <message>
        <source>Revenue value</source>
        <translation>Revenue value</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>Evidence SHA-256</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>MPN ID</source>
        <translation>MPN ID</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Withdrawn by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>lp::FirstRunDialog</name>
    <message>
        <source>Welcome to Learning Partner Desk</source>
        <translation>Welcome to Learning Partner Desk</translation>
    </message>
    <message>
        <source>This database has no account yet. Enter your organization as it is registered in the Microsoft Partner Network, and create the first MPN partner admin account. There is no default password: choose one of at least %1 characters.</source>
        <translation>This database has no account yet. Enter your organization as it is registered in the Microsoft Partner Network, and create the first MPN partner admin account. There is no default password: choose one of at least %1 characters.</translation>
    </message>
    <message>
        <source>Partner organization</source>
        <translation>Partner organization</translation>
    </message>
    <message>
        <source>First MPN partner admin</source>
        <translation>First MPN partner admin</translation>
    </message>
    <message>
        <source>&amp;MPN ID:</source>
        <translation>&amp;MPN ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Anniversary date:</source>
        <translation>&amp;Anniversary date:</translation>
    </message>
    <message>
        <source>MPN ID</source>
        <translation>MPN ID</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Anniversary date</source>
        <translation>Anniversary date</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>C&amp;onfirm password:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>digits only, e.g. 4412345</source>
        <translation>digits only, e.g. 4412345</translation>
    </message>
    <message>
        <source>The anniversary of your membership: renewals and the KPI window of a renewal are counted from it.</source>
        <translation>The anniversary of your membership: renewals and the KPI window of a renewal are counted from it.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>C&amp;reate and sign in</source>
        <translation>C&amp;reate and sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>lp::FixPointer</name>
    <message>
        <source>Where to fix it: Microsoft Certified Trainers are recorded in the People workspace. Add or renew them there, then come back: your answers are kept as a draft.</source>
        <translation>Where to fix it: Microsoft Certified Trainers are recorded in the People workspace. Add or renew them there, then come back: your answers are kept as a draft.</translation>
    </message>
    <message>
        <source>Open &amp;People</source>
        <translation>Open &amp;People</translation>
    </message>
    <message>
        <source>Where to fix it: exam passes are recorded in the People workspace, each for its competency. Record the missing ones there, then come back: your answers are kept as a draft.</source>
        <translation>Where to fix it: exam passes are recorded in the People workspace, each for its competency. Record the missing ones there, then come back: your answers are kept as a draft.</translation>
    </message>
    <message>
        <source>Where to fix it: KPIs come from the invoices in the KPI ledger. Import the missing invoices there, or file a discrepancy case from a wrong record; your answers are kept as a draft.</source>
        <translation>Where to fix it: KPIs come from the invoices in the KPI ledger. Import the missing invoices there, or file a discrepancy case from a wrong record; your answers are kept as a draft.</translation>
    </message>
    <message>
        <source>Open the KPI &amp;ledger</source>
        <translation>Open the KPI &amp;ledger</translation>
    </message>
</context>
<context>
    <name>lp::FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lp::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Dis&amp;miss</translation>
    </message>
    <message>
        <source>Hide this list for good; the workspaces stay where they are.</source>
        <translation>Hide this list for good; the workspaces stay where they are.</translation>
    </message>
    <message>
        <source>Add &amp;trainers and exam passes</source>
        <translation>Add &amp;trainers and exam passes</translation>
    </message>
    <message>
        <source>&amp;Import invoices</source>
        <translation>&amp;Import invoices</translation>
    </message>
    <message>
        <source>Check the KPI &amp;dashboard</source>
        <translation>Check the KPI &amp;dashboard</translation>
    </message>
    <message>
        <source>Start the e&amp;nrollment</source>
        <translation>Start the e&amp;nrollment</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done. Each button opens the workspace where the step is done.</source>
        <translation>
            <numerusform>%1 of %n step done. Each button opens the workspace where the step is done.</numerusform>
            <numerusform>%1 of %n steps done. Each button opens the workspace where the step is done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>lp::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;What&apos;s This?</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts...</source>
        <translation>&amp;Keyboard Shortcuts...</translation>
    </message>
    <message>
        <source>&amp;About Learning Partner Desk</source>
        <translation>&amp;About Learning Partner Desk</translation>
    </message>
</context>
<context>
    <name>lp::HelpWindow</name>
    <message>
        <source>Learning Partner Desk Help</source>
        <translation>Learning Partner Desk Help</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>&amp;Index</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <source>Look for a word of the index</source>
        <translation>Look for a word of the index</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Look for</translation>
    </message>
    <message>
        <source>The user guide could not be opened. It is also in the docs/guide folder of the source code.</source>
        <translation>The user guide could not be opened. It is also in the docs/guide folder of the source code.</translation>
    </message>
    <message>
        <source>Page of the user guide</source>
        <translation>Page of the user guide</translation>
    </message>
    <message>
        <source>Contents of the user guide</source>
        <translation>Contents of the user guide</translation>
    </message>
    <message>
        <source>Index of the user guide</source>
        <translation>Index of the user guide</translation>
    </message>
</context>
<context>
    <name>lp::ImportErrorsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>The first %1 are listed.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Nothing was written: correct them and import the file again.</source>
        <translation>Nothing was written: correct them and import the file again.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>The file has %1 on %2.</source>
        <translation>The file has %1 on %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::InvoiceImportDialog</name>
    <message>
        <source>Import invoices</source>
        <translation>Import invoices</translation>
    </message>
    <message>
        <source>Choose a CSV file of Courseware Marketplace invoices (comma or semicolon separated, with a header row). The whole file is checked: one bad row refuses it and nothing is written. Order confirmations and partner reports are kept but never count.</source>
        <translation>Choose a CSV file of Courseware Marketplace invoices (comma or semicolon separated, with a header row). The whole file is checked: one bad row refuses it and nothing is written. Order confirmations and partner reports are kept but never count.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>CSV file to import</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importing %1...</translation>
    </message>
    <message>
        <source>Canceling...</source>
        <translation>Canceling...</translation>
    </message>
    <message>
        <source>Columns needed, in any order and any case: %1. Optional: %2. Other columns are ignored. &lt;a href=&quot;#example&quot;&gt;See an example file&lt;/a&gt;.</source>
        <translation>Columns needed, in any order and any case: %1. Optional: %2. Other columns are ignored. &lt;a href=&quot;#example&quot;&gt;See an example file&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Save a &amp;template...</source>
        <translation>Save a &amp;template...</translation>
    </message>
    <message>
        <source>Save a CSV file with every column and example rows, to fill in</source>
        <translation>Save a CSV file with every column and example rows, to fill in</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Save a template</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as %1.</source>
        <translation>Template saved as %1.</translation>
    </message>
    <message>
        <source>Example invoice file</source>
        <translation>Example invoice file</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Imported on %1: %Ln invoice line(s) added, %2 already there.</source>
        <translation>
            <numerusform>Imported on %1: %Ln invoice line added, %2 already there.</numerusform>
            <numerusform>Imported on %1: %Ln invoice lines added, %2 already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::KpiPage</name>
    <message>
        <source>This tier asks for no minimum of learning KPIs.</source>
        <translation>This tier asks for no minimum of learning KPIs.</translation>
    </message>
    <message>
        <source>The window is %1 to %2: the months in the latest monthly report, published on %3. The next report is published on %4.</source>
        <translation>The window is %1 to %2: the months in the latest monthly report, published on %3. The next report is published on %4.</translation>
    </message>
    <message>
        <source>The window of the renewal is %1 to %2.</source>
        <translation>The window of the renewal is %1 to %2.</translation>
    </message>
    <message>
        <source>Only invoices count.</source>
        <translation>Only invoices count.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) dated before the window</source>
        <translation>
            <numerusform>%Ln line dated before the window</numerusform>
            <numerusform>%Ln lines dated before the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice line(s)</source>
        <translation>
            <numerusform>%Ln invoice line</numerusform>
            <numerusform>%Ln invoice lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning KPIs</source>
        <translation>Learning KPIs</translation>
    </message>
    <message>
        <source>The courseware invoices of the 12-month window of the monthly report.</source>
        <translation>The courseware invoices of the 12-month window of the monthly report.</translation>
    </message>
    <message>
        <source>&amp;KPI records:</source>
        <translation>&amp;KPI records:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>KPI or reason</source>
        <translation>KPI or reason</translation>
    </message>
    <message>
        <source>KPI records: counted, pending and not counted</source>
        <translation>KPI records: counted, pending and not counted</translation>
    </message>
    <message>
        <source>Counted: KPI total %1</source>
        <translation>Counted: KPI total %1</translation>
    </message>
    <message>
        <source>Pending: KPI total %1</source>
        <translation>Pending: KPI total %1</translation>
    </message>
    <message>
        <source>The courseware invoice lines of the 12-month window: those counted toward the KPI, those pending until a later report date, and those not counted with the reason. They come from the KPI ledger.</source>
        <translation>The courseware invoice lines of the 12-month window: those counted toward the KPI, those pending until a later report date, and those not counted with the reason. They come from the KPI ledger.</translation>
    </message>
</context>
<context>
    <name>lp::LedgerModel</name>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Not counted: not an invoice</source>
        <translation>Not counted: not an invoice</translation>
    </message>
    <message>
        <source>Not counted: outside the window</source>
        <translation>Not counted: outside the window</translation>
    </message>
    <message>
        <source>Pending: in the report of %1</source>
        <translation>Pending: in the report of %1</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>OMLP type</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>KPI value</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>In the latest report</source>
        <translation>In the latest report</translation>
    </message>
</context>
<context>
    <name>lp::LedgerWorkspace</name>
    <message>
        <source>Every Courseware Marketplace purchase on record, newest first, and whether it counts in the window of the latest monthly KPI report. Only invoices count; order confirmations and partner reports are kept for support but never count.</source>
        <translation>Every Courseware Marketplace purchase on record, newest first, and whether it counts in the window of the latest monthly KPI report. Only invoices count; order confirmations and partner reports are kept for support but never count.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>From invoice date</source>
        <translation>From invoice date</translation>
    </message>
    <message>
        <source>To invoice date</source>
        <translation>To invoice date</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>OMLP type</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>&amp;Import invoices...</source>
        <translation>&amp;Import invoices...</translation>
    </message>
    <message>
        <source>KPI ledger</source>
        <translation>KPI ledger</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Every row</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>In the latest report</source>
        <translation>In the latest report</translation>
    </message>
    <message>
        <source>E&amp;xport this view...</source>
        <translation>E&amp;xport this view...</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>File a discrepancy &amp;case...</source>
        <translation>File a discrepancy &amp;case...</translation>
    </message>
    <message>
        <source>Open a partner in Partners to see its ledger.</source>
        <translation>Open a partner in Partners to see its ledger.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation>
            <numerusform>%Ln row.</numerusform>
            <numerusform>%Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the ledger...</source>
        <translation>Exporting the ledger...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filtering...</source>
        <translation>Filtering...</translation>
    </message>
    <message numerus="yes">
        <source>Invoices imported on %1: %Ln line(s) added, %2 already there.</source>
        <translation>
            <numerusform>Invoices imported on %1: %Ln line added, %2 already there.</numerusform>
            <numerusform>Invoices imported on %1: %Ln lines added, %2 already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Counting...</translation>
    </message>
</context>
<context>
    <name>lp::ListingBatchesWorkspace</name>
    <message>
        <source>Requests are sent to the Learning Partner directory in one manual batch a month, during the third week (days 15-21). Once a month&apos;s batch is sent, mark it here: every request of that month moves to sent.</source>
        <translation>Requests are sent to the Learning Partner directory in one manual batch a month, during the third week (days 15-21). Once a month&apos;s batch is sent, mark it here: every request of that month moves to sent.</translation>
    </message>
    <message>
        <source>Batch month</source>
        <translation>Batch month</translation>
    </message>
    <message>
        <source>&amp;Mark the batch as sent</source>
        <translation>&amp;Mark the batch as sent</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name to show</source>
        <translation>Name to show</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>Requests waiting for their batch</source>
        <translation>Requests waiting for their batch</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %1 (%n request(s))</source>
        <translation>
            <numerusform>Batch of %1 (%n request)</numerusform>
            <numerusform>Batch of %1 (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) marked as sent.</source>
        <translation>
            <numerusform>%n request marked as sent.</numerusform>
            <numerusform>%n requests marked as sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing batches</source>
        <translation>Listing batches</translation>
    </message>
</context>
<context>
    <name>lp::LockScreen</name>
    <message>
        <source>Learning Partner Desk is locked</source>
        <translation>Learning Partner Desk is locked</translation>
    </message>
    <message>
        <source>The window was locked after a time without activity; nothing was closed. Enter the password of %1 to go on.</source>
        <translation>The window was locked after a time without activity; nothing was closed. Enter the password of %1 to go on.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
<context>
    <name>lp::MainWindow</name>
    <message>
        <source>Learning Partner Desk</source>
        <translation>Learning Partner Desk</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Change my password...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferences...</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to the database... (%1 s)</source>
        <translation>Waiting for another program to finish writing to the database... (%1 s)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now...</source>
        <translation>&amp;Back Up Now...</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>&amp;Restore from Backup...</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
</context>
<context>
    <name>lp::MembershipDialog</name>
    <message>
        <source>Add membership</source>
        <translation>Add membership</translation>
    </message>
    <message>
        <source>&amp;Membership:</source>
        <translation>&amp;Membership:</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Competency:</translation>
    </message>
    <message>
        <source>&amp;Learning:</source>
        <translation>&amp;Learning:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>with the Learning option</source>
        <translation>with the Learning option</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Learning option</source>
        <translation>Learning option</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>lp::Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>The value is out of range.</source>
        <translation>The value is out of range.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value here.</source>
        <translation>&quot;%1&quot; is not a valid value here.</translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166-1 code, such as IT.</source>
        <translation>The country must be a two-letter ISO 3166-1 code, such as IT.</translation>
    </message>
    <message>
        <source>The MPN ID must be made of digits only.</source>
        <translation>The MPN ID must be made of digits only.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>The name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found.</source>
        <translation>&quot;%1&quot; was not found.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location: give a file path or postgresql://user@host:port/db.</source>
        <translation>&quot;%1&quot; is not a database location: give a file path or postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Learning Partner Desk database; it was left untouched.</source>
        <translation>&quot;%1&quot; is not a Learning Partner Desk database; it was left untouched.</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than the %2 this version of Learning Partner Desk knows; it was left untouched. Update the application.</source>
        <translation>The database has schema version %1, newer than the %2 this version of Learning Partner Desk knows; it was left untouched. Update the application.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed, and nothing was changed: %2</source>
        <translation>Upgrading the database to schema version %1 failed, and nothing was changed: %2</translation>
    </message>
    <message>
        <source>The database has no schema yet: run &quot;learnpartner-cli db init&quot; first.</source>
        <translation>The database has no schema yet: run &quot;learnpartner-cli db init&quot; first.</translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>The database refused the operation: %1</translation>
    </message>
    <message>
        <source>The database integrity check failed: %1</source>
        <translation>The database integrity check failed: %1</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this: %2.</source>
        <translation>Your role (%1) does not allow this: %2.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>The user name or the password is not correct.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>The password must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>A user named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>A user name is 3 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>A user name is 3 to 64 letters, digits, dots, dashes, underscores or @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use partnerAdmin, accountAdmin, frontlineSupport or viewer.</source>
        <translation>&quot;%1&quot; is not a role: use partnerAdmin, accountAdmin, frontlineSupport or viewer.</translation>
    </message>
    <message>
        <source>A %1 account must belong to a partner.</source>
        <translation>A %1 account must belong to a partner.</translation>
    </message>
    <message>
        <source>A frontline support account belongs to no partner.</source>
        <translation>A frontline support account belongs to no partner.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>The password could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1</source>
        <translation>The input is not valid JSON: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>&quot;%1&quot; could not be read: %2</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Unknown key &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Expected %1.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is required.</source>
        <translation>The key &quot;%1&quot; is required.</translation>
    </message>
    <message>
        <source>No rule set is in force on %1.</source>
        <translation>No rule set is in force on %1.</translation>
    </message>
    <message>
        <source>The end date %2 comes before the start date %1.</source>
        <translation>The end date %2 comes before the start date %1.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 is in the future.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exam code such as AZ-900 or PL-300.</source>
        <translation>&quot;%1&quot; is not an exam code such as AZ-900 or PL-300.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>&quot;%1&quot; could not be written: %2</translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed.</source>
        <translation>The file is empty: a header row is needed.</translation>
    </message>
    <message>
        <source>The file is not valid CSV (%1); look at the quotes around that line.</source>
        <translation>The file is not valid CSV (%1); look at the quotes around that line.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>The file is not UTF-8 text; save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>Audit entry %1 is missing.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it (removed or reordered).</source>
        <translation>Audit entry %1 does not follow the entry before it (removed or reordered).</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Audit entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The newest audit entries were removed: the trail now ends at entry %1.</source>
        <translation>The newest audit entries were removed: the trail now ends at entry %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>The amount %1 is negative.</source>
        <translation>The amount %1 is negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type: use invoice, orderConfirmation or partnerReport.</source>
        <translation>&quot;%1&quot; is not a document type: use invoice, orderConfirmation or partnerReport.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>&quot;%1&quot; is not an ISO 4217 currency code such as EUR.</translation>
    </message>
    <message>
        <source>Invoice %1 is already stored with other values.</source>
        <translation>Invoice %1 is already stored with other values.</translation>
    </message>
    <message>
        <source>The date %1 is after the evaluation date %2.</source>
        <translation>The date %1 is after the evaluation date %2.</translation>
    </message>
    <message>
        <source>Invoice %1 line %2 appears twice.</source>
        <translation>Invoice %1 line %2 appears twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a competency of rule set %2.</source>
        <translation>&quot;%1&quot; is not a competency of rule set %2.</translation>
    </message>
    <message>
        <source>The %1 path needs a competency.</source>
        <translation>The %1 path needs a competency.</translation>
    </message>
    <message>
        <source>Order confirmations and partner reports are not accepted: only an actual invoice is.</source>
        <translation>Order confirmations and partner reports are not accepted: only an actual invoice is.</translation>
    </message>
    <message>
        <source>Give the full address of the landing page, such as https://www.example.com/microsoft.</source>
        <translation>Give the full address of the landing page, such as https://www.example.com/microsoft.</translation>
    </message>
    <message>
        <source>The landing page must be served over https.</source>
        <translation>The landing page must be served over https.</translation>
    </message>
    <message>
        <source>The landing page must be on your own site, not on a Microsoft domain.</source>
        <translation>The landing page must be on your own site, not on a Microsoft domain.</translation>
    </message>
    <message>
        <source>The page must be about your organization only.</source>
        <translation>The page must be about your organization only.</translation>
    </message>
    <message>
        <source>The page must show no competitors.</source>
        <translation>The page must show no competitors.</translation>
    </message>
    <message>
        <source>The page must be owned by your organization.</source>
        <translation>The page must be owned by your organization.</translation>
    </message>
    <message>
        <source>The requirements are not met yet: %1.</source>
        <translation>The requirements are not met yet: %1.</translation>
    </message>
    <message>
        <source>The evidence must be a PDF file or a PNG or JPEG image of the invoice.</source>
        <translation>The evidence must be a PDF file or a PNG or JPEG image of the invoice.</translation>
    </message>
    <message>
        <source>The evidence file is %1 MB; files of up to %2 MB are accepted.</source>
        <translation>The evidence file is %1 MB; files of up to %2 MB are accepted.</translation>
    </message>
    <message>
        <source>Case %1 about invoice %2 is still open: wait for Partner Frontline Support to resolve it.</source>
        <translation>Case %1 about invoice %2 is still open: wait for Partner Frontline Support to resolve it.</translation>
    </message>
    <message>
        <source>Case %1 has already been resolved.</source>
        <translation>Case %1 has already been resolved.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; stayed busy with another writer for %2 s; nothing was changed. Try again later, or wait longer with --wait SECONDS.</source>
        <translation>The database &quot;%1&quot; stayed busy with another writer for %2 s; nothing was changed. Try again later, or wait longer with --wait SECONDS.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged (%2). Restore it from a backup: learnpartner-cli db restore --db &quot;%1&quot; BACKUP-FILE</source>
        <translation>The database &quot;%1&quot; is damaged (%2). Restore it from a backup: learnpartner-cli db restore --db &quot;%1&quot; BACKUP-FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not a database yet; it was left as it was. Only &quot;learnpartner-cli db init&quot; makes it one.</source>
        <translation>&quot;%1&quot; is an empty file, not a database yet; it was left as it was. Only &quot;learnpartner-cli db init&quot; makes it one.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; already holds data; a copy goes only into an empty one.</source>
        <translation>The database &quot;%1&quot; already holds data; a copy goes only into an empty one.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has schema version %2, older than %3: upgrade it first with &quot;learnpartner-cli db init&quot;.</source>
        <translation>The database &quot;%1&quot; has schema version %2, older than %3: upgrade it first with &quot;learnpartner-cli db init&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; a backup never overwrites a file.</source>
        <translation>&quot;%1&quot; exists already; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sound backup (%2); nothing was restored.</source>
        <translation>&quot;%1&quot; is not a sound backup (%2); nothing was restored.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the backup of %3 (%4) recorded entry %2: entries were removed since.</source>
        <translation>The audit trail ends at entry %1, but the backup of %3 (%4) recorded entry %2: entries were removed since.</translation>
    </message>
    <message>
        <source>Audit entry %2 is not the one the backup of %3 (%4) recorded: the trail was rewritten since.</source>
        <translation>Audit entry %2 is not the one the backup of %3 (%4) recorded: the trail was rewritten since.</translation>
    </message>
    <message>
        <source>The audit anchor file &quot;%1&quot; could not be read.</source>
        <translation>The audit anchor file &quot;%1&quot; could not be read.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins until %1; an administrator can unlock it sooner.</source>
        <translation>This account is locked after too many failed sign-ins until %1; an administrator can unlock it sooner.</translation>
    </message>
    <message>
        <source>The password must be at most %1 characters long.</source>
        <translation>The password must be at most %1 characters long.</translation>
    </message>
    <message>
        <source>This password is among the most common ones and easy to guess: choose another.</source>
        <translation>This password is among the most common ones and easy to guess: choose another.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>Change the one-time password before doing anything else.</source>
        <translation>Change the one-time password before doing anything else.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator here: add or enable another one first.</source>
        <translation>&quot;%1&quot; is the last active administrator here: add or enable another one first.</translation>
    </message>
    <message>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation>You cannot do this to your own account; ask another administrator.</translation>
    </message>
    <message>
        <source>A partner account cannot become a support account, nor the other way round: add a new account instead.</source>
        <translation>A partner account cannot become a support account, nor the other way round: add a new account instead.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>the renewal window %1</source>
        <translation>the renewal window %1</translation>
    </message>
    <message>
        <source>the report of %1 (window %2)</source>
        <translation>the report of %1 (window %2)</translation>
    </message>
    <message>
        <source>Rule set %1: %2 offers a Learning option.</source>
        <translation>Rule set %1: %2 offers a Learning option.</translation>
    </message>
    <message>
        <source>Rule set %1: %2 offers no Learning option, so it cannot be attained this way.</source>
        <translation>Rule set %1: %2 offers no Learning option, so it cannot be attained this way.</translation>
    </message>
    <message>
        <source>You commit to the Performance Requirements of the Learning Program Performance Guidelines.</source>
        <translation>You commit to the Performance Requirements of the Learning Program Performance Guidelines.</translation>
    </message>
    <message>
        <source>Commit to the Performance Requirements of the Learning Program Performance Guidelines (tick the box) to continue.</source>
        <translation>Commit to the Performance Requirements of the Learning Program Performance Guidelines (tick the box) to continue.</translation>
    </message>
    <message>
        <source>Every required exam has been passed: %1.</source>
        <translation>Every required exam has been passed: %1.</translation>
    </message>
    <message>
        <source>Still to pass: %1 (required: %2).</source>
        <translation>Still to pass: %1 (required: %2).</translation>
    </message>
    <message>
        <source>Recommended: the Learning Action Pack, which is met today.</source>
        <translation>Recommended: the Learning Action Pack, which is met today.</translation>
    </message>
    <message>
        <source>Recommended: silver in %1, which is met today.</source>
        <translation>Recommended: silver in %1, which is met today.</translation>
    </message>
    <message>
        <source>Recommended: gold in %1, which is met today.</source>
        <translation>Recommended: gold in %1, which is met today.</translation>
    </message>
    <message>
        <source>No path is met today.</source>
        <translation>No path is met today.</translation>
    </message>
    <message>
        <source>Not an invoice: order confirmations and partner reports never count</source>
        <translation>Not an invoice: order confirmations and partner reports never count</translation>
    </message>
    <message>
        <source>Recorded for another competency</source>
        <translation>Recorded for another competency</translation>
    </message>
    <message>
        <source>Outside the window of the report</source>
        <translation>Outside the window of the report</translation>
    </message>
    <message>
        <source>Pending: in the report of %1</source>
        <translation>Pending: in the report of %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>OMLP type</translation>
    </message>
    <message>
        <source>Purchase unit</source>
        <translation>Purchase unit</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>KPI value</translation>
    </message>
    <message>
        <source>Revenue value</source>
        <translation>Revenue value</translation>
    </message>
    <message>
        <source>Invoice %1 is from a month that no KPI report covers yet, so there is no discrepancy yet: it appears in the report of %2.</source>
        <translation>Invoice %1 is from a month that no KPI report covers yet, so there is no discrepancy yet: it appears in the report of %2.</translation>
    </message>
    <message>
        <source>No KPI record has invoice number %1.</source>
        <translation>No KPI record has invoice number %1.</translation>
    </message>
    <message>
        <source>The KPI records of invoice %1 differ from the case.</source>
        <translation>The KPI records of invoice %1 differ from the case.</translation>
    </message>
    <message>
        <source>The KPI records of invoice %1 differ from the case in: %2.</source>
        <translation>The KPI records of invoice %1 differ from the case in: %2.</translation>
    </message>
    <message>
        <source>The KPI records of invoice %1 agree with the case.</source>
        <translation>The KPI records of invoice %1 agree with the case.</translation>
    </message>
    <message>
        <source>Canceled: nothing was written.</source>
        <translation>Canceled: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1, %2: KPI total %3 from %Ln invoice line(s) for %4; %5 required.</source>
        <translation>
            <numerusform>Rule set %1, %2: KPI total %3 from %Ln invoice line for %4; %5 required.</numerusform>
            <numerusform>Rule set %1, %2: KPI total %3 from %Ln invoice lines for %4; %5 required.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending for later reports: KPI total %1.</source>
        <translation>Pending for later reports: KPI total %1.</translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1: %Ln Microsoft Certified Trainer(s) active on %2; the Learning Action Pack needs %3.</source>
        <translation>
            <numerusform>Rule set %1: %Ln Microsoft Certified Trainer active on %2; the Learning Action Pack needs %3.</numerusform>
            <numerusform>Rule set %1: %Ln Microsoft Certified Trainers active on %2; the Learning Action Pack needs %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1: %Ln Microsoft Certified Trainer(s) active on %2; %3 required.</source>
        <translation>
            <numerusform>Rule set %1: %Ln Microsoft Certified Trainer active on %2; %3 required.</numerusform>
            <numerusform>Rule set %1: %Ln Microsoft Certified Trainers active on %2; %3 required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1: %Ln exam pass(es) recorded for %2 (each person and exam counted once); %3 required.</source>
        <translation>
            <numerusform>Rule set %1: %Ln exam pass recorded for %2 (each person and exam counted once); %3 required.</numerusform>
            <numerusform>Rule set %1: %Ln exam passes recorded for %2 (each person and exam counted once); %3 required.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 is not a whole number.</translation>
    </message>
    <message>
        <source>%1 is negative: a requirement cannot be.</source>
        <translation>%1 is negative: a requirement cannot be.</translation>
    </message>
    <message>
        <source>%1: silver asks more than gold for %2 (%3 against %4).</source>
        <translation>%1: silver asks more than gold for %2 (%3 against %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a competency the program knows.</source>
        <translation>&quot;%1&quot; is not a competency the program knows.</translation>
    </message>
    <message>
        <source>The effective dates overlap those of the active rule set %1 (%2 to %3).</source>
        <translation>The effective dates overlap those of the active rule set %1 (%2 to %3).</translation>
    </message>
    <message>
        <source>This rule set is stored already, as %1 (%2).</source>
        <translation>This rule set is stored already, as %1 (%2).</translation>
    </message>
    <message>
        <source>No stored rule set is &quot;%1&quot;.</source>
        <translation>No stored rule set is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The Action Pack is renewed only after it has expired, within %3 days of its expiry (%1 to %2).</source>
        <translation>The Action Pack is renewed only after it has expired, within %3 days of its expiry (%1 to %2).</translation>
    </message>
    <message>
        <source>Record both Action Pack steps before submitting.</source>
        <translation>Record both Action Pack steps before submitting.</translation>
    </message>
    <message>
        <source>Case %1 is no longer open: only an open case can be withdrawn.</source>
        <translation>Case %1 is no longer open: only an open case can be withdrawn.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>The description is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Enrollment %1 on this path was already submitted on %2 for the anniversary period %3 to %4: it is not submitted twice.</source>
        <translation>Enrollment %1 on this path was already submitted on %2 for the anniversary period %3 to %4: it is not submitted twice.</translation>
    </message>
    <message>
        <source>Listing request %1 with the same name, country and landing page was already sent on %2: it is not sent twice.</source>
        <translation>Listing request %1 with the same name, country and landing page was already sent on %2: it is not sent twice.</translation>
    </message>
    <message>
        <source>Listing request %1 is no longer waiting for its batch: only a request not yet sent to the directory can be withdrawn.</source>
        <translation>Listing request %1 is no longer waiting for its batch: only a request not yet sent to the directory can be withdrawn.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible date: write it as %2 or as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a possible date: write it as %2 or as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The MPN ID has at most %1 digits.</source>
        <translation>The MPN ID has at most %1 digits.</translation>
    </message>
    <message>
        <source>The file is %1 text, not UTF-8; save it as CSV UTF-8.</source>
        <translation>The file is %1 text, not UTF-8; save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The purchases of %1 add up past the largest total this program keeps.</source>
        <translation>The purchases of %1 add up past the largest total this program keeps.</translation>
    </message>
    <message>
        <source>The text is longer than the 200 characters allowed.</source>
        <translation>The text is longer than the 200 characters allowed.</translation>
    </message>
    <message>
        <source>The text holds a control character (such as NUL or a line break).</source>
        <translation>The text holds a control character (such as NUL or a line break).</translation>
    </message>
    <message>
        <source>The file has %1 on %2; nothing was written.</source>
        <translation>The file has %1 on %2; nothing was written.</translation>
    </message>
    <message>
        <source>Columns missing from the header: %1.</source>
        <translation>Columns missing from the header: %1.</translation>
    </message>
    <message>
        <source>Columns missing from the header: %1; columns the format does not know: %2.</source>
        <translation>Columns missing from the header: %1; columns the format does not know: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %Ln second(s), then try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins: wait %Ln second, then try again.</numerusform>
            <numerusform>Too many failed sign-ins: wait %Ln seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule set has %Ln problem(s); nothing was written.</source>
        <translation>
            <numerusform>The rule set has %Ln problem; nothing was written.</numerusform>
            <numerusform>The rule set has %Ln problems; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 has %Ln KPI record(s), more than the units the case files (%3): the ledger cannot be corrected to the case.</source>
        <translation>
            <numerusform>Invoice %1 has %Ln KPI record, more than the units the case files (%3): the ledger cannot be corrected to the case.</numerusform>
            <numerusform>Invoice %1 has %Ln KPI records, more than the units the case files (%3): the ledger cannot be corrected to the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::NotificationBell</name>
    <message numerus="yes">
        <source>Learning Partner Desk: %n new reminder(s)</source>
        <translation>
            <numerusform>Learning Partner Desk: %n new reminder</numerusform>
            <numerusform>Learning Partner Desk: %n new reminders</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning Partner Desk</source>
        <translation>Learning Partner Desk</translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n new reminder</numerusform>
            <numerusform>%n new reminders</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Reminders of what is due: renewals, trainers, cases</source>
        <translation>Reminders of what is due: renewals, trainers, cases</translation>
    </message>
    <message numerus="yes">
        <source>Reminders: %n new</source>
        <translation>
            <numerusform>Reminders: %n new</numerusform>
            <numerusform>Reminders: %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::NotificationList</name>
    <message>
        <source>Renewal reminder: the anniversary is on %1.</source>
        <translation>Renewal reminder: the anniversary is on %1.</translation>
    </message>
    <message>
        <source>Renewal reminder: the anniversary was on %1.</source>
        <translation>Renewal reminder: the anniversary was on %1.</translation>
    </message>
    <message>
        <source>The Action Pack has expired: its renewal window closes on %1.</source>
        <translation>The Action Pack has expired: its renewal window closes on %1.</translation>
    </message>
    <message>
        <source>The MCT %1 (%2) ends on %3.</source>
        <translation>The MCT %1 (%2) ends on %3.</translation>
    </message>
    <message>
        <source>Partner Frontline Support has answered case %1 (invoice %2).</source>
        <translation>Partner Frontline Support has answered case %1 (invoice %2).</translation>
    </message>
    <message>
        <source>New case %1 from %2 (invoice %3).</source>
        <translation>New case %1 from %2 (invoice %3).</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <source>Reminders: open one to go where it is acted on</source>
        <translation>Reminders: open one to go where it is acted on</translation>
    </message>
</context>
<context>
    <name>lp::OfferPage</name>
    <message>
        <source>Membership offer and fee</source>
        <translation>Membership offer and fee</translation>
    </message>
    <message>
        <source>Subscribe to the competency level in Partner Center and pay the fee.</source>
        <translation>Subscribe to the competency level in Partner Center and pay the fee.</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>silver</translation>
    </message>
    <message>
        <source>Sign in to the Partner Center %1, then select &lt;b&gt;MPN&lt;/b&gt; from the left-navigation menu, followed by &lt;b&gt;Membership Offers&lt;/b&gt;, and subscribe to the %2 level of %3.</source>
        <translation>Sign in to the Partner Center %1, then select &lt;b&gt;MPN&lt;/b&gt; from the left-navigation menu, followed by &lt;b&gt;Membership Offers&lt;/b&gt;, and subscribe to the %2 level of %3.</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>dashboard</translation>
    </message>
    <message>
        <source>Pay the competency fee by credit card or by bank transfer: the transfer&apos;s reference carries the order number and your MPN ID (%1), and you upload the proof of payment.</source>
        <translation>Pay the competency fee by credit card or by bank transfer: the transfer&apos;s reference carries the order number and your MPN ID (%1), and you upload the proof of payment.</translation>
    </message>
    <message>
        <source>Activation takes 48 to 72 hours, at most a week.</source>
        <translation>Activation takes 48 to 72 hours, at most a week.</translation>
    </message>
    <message>
        <source>An unpaid order expires after 30 days.</source>
        <translation>An unpaid order expires after 30 days.</translation>
    </message>
    <message>
        <source>You meet the requirements: you can subscribe now.</source>
        <translation>You meet the requirements: you can subscribe now.</translation>
    </message>
    <message>
        <source>You cannot subscribe before the requirements are met.</source>
        <translation>You cannot subscribe before the requirements are met.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upgrade discount.&lt;/b&gt; You hold silver in %1: the silver-to-gold upgrade discount of %2% of the gold fee applies. The new gold anniversary is one year from the purchase date, and by taking the discount you give up any silver refund.</source>
        <translation>&lt;b&gt;Upgrade discount.&lt;/b&gt; You hold silver in %1: the silver-to-gold upgrade discount of %2% of the gold fee applies. The new gold anniversary is one year from the purchase date, and by taking the discount you give up any silver refund.</translation>
    </message>
    <message>
        <source>I &amp;subscribed in Membership Offers</source>
        <translation>I &amp;subscribed in Membership Offers</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Date of the subscription</source>
        <translation>Date of the subscription</translation>
    </message>
    <message>
        <source>Tick this once the competency level is subscribed in Partner Center (MPN, Membership Offers); the wizard records the step.</source>
        <translation>Tick this once the competency level is subscribed in Partner Center (MPN, Membership Offers); the wizard records the step.</translation>
    </message>
    <message>
        <source>The day of the subscription in Membership Offers, in the language&apos;s short date form or as YYYY-MM-DD.</source>
        <translation>The day of the subscription in Membership Offers, in the language&apos;s short date form or as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>lp::OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>One-time password for %1</source>
        <translation>One-time password for %1</translation>
    </message>
    <message>
        <source>Hand this password to %1. It is shown only now and works for one sign-in: a new password must be chosen right after it.</source>
        <translation>Hand this password to %1. It is shown only now and works for one sign-in: a new password must be chosen right after it.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>lp::OverviewWorkspace</name>
    <message>
        <source>Partner profile</source>
        <translation>Partner profile</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Requirements evidence on record</source>
        <translation>Requirements evidence on record</translation>
    </message>
    <message>
        <source>MPN ID:</source>
        <translation>MPN ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Anniversary date:</source>
        <translation>Anniversary date:</translation>
    </message>
    <message>
        <source>Microsoft Certified Trainers:</source>
        <translation>Microsoft Certified Trainers:</translation>
    </message>
    <message>
        <source>Exam passes:</source>
        <translation>Exam passes:</translation>
    </message>
    <message>
        <source>Courseware Marketplace purchases:</source>
        <translation>Courseware Marketplace purchases:</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Choose a partner under Partners to see it here.</source>
        <translation>Choose a partner under Partners to see it here.</translation>
    </message>
    <message>
        <source>%1 active today (of %2 on record)</source>
        <translation>%1 active today (of %2 on record)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>&amp;Edit profile...</source>
        <translation>&amp;Edit profile...</translation>
    </message>
    <message>
        <source>&amp;Add membership...</source>
        <translation>&amp;Add membership...</translation>
    </message>
    <message>
        <source>&amp;Remove membership</source>
        <translation>&amp;Remove membership</translation>
    </message>
    <message numerus="yes">
        <source>%n MCT(s) end within %1 days: see People.</source>
        <translation>
            <numerusform>%n MCT ends within %1 days: see People.</numerusform>
            <numerusform>%n MCTs end within %1 days: see People.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Remove membership</translation>
    </message>
    <message>
        <source>Remove the selected membership?</source>
        <translation>Remove the selected membership?</translation>
    </message>
    <message>
        <source>Renewals and dates</source>
        <translation>Renewals and dates</translation>
    </message>
    <message>
        <source>Export &amp;calendar...</source>
        <translation>Export &amp;calendar...</translation>
    </message>
    <message>
        <source>Save the anniversary, renewal reminders, KPI report dates, listing batch and expiries as an iCalendar (.ics) file.</source>
        <translation>Save the anniversary, renewal reminders, KPI report dates, listing batch and expiries as an iCalendar (.ics) file.</translation>
    </message>
    <message>
        <source>Next anniversary: %1. Renewal reminders on %2 and %3.</source>
        <translation>Next anniversary: %1. Renewal reminders on %2 and %3.</translation>
    </message>
    <message>
        <source>The Action Pack can be renewed from %1 to %2 (only after it has expired, within 30 days).</source>
        <translation>The Action Pack can be renewed from %1 to %2 (only after it has expired, within 30 days).</translation>
    </message>
    <message>
        <source>COVID-19 update: the competency extension applies to %1; the competency fee is still due.</source>
        <translation>COVID-19 update: the competency extension applies to %1; the competency fee is still due.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Choose a partner under Partners first: the calendar is that partner&apos;s.</source>
        <translation>Choose a partner under Partners first: the calendar is that partner&apos;s.</translation>
    </message>
    <message>
        <source>%1: enrollment %2 submitted on %3, waiting to become a membership.</source>
        <translation>%1: enrollment %2 submitted on %3, waiting to become a membership.</translation>
    </message>
</context>
<context>
    <name>lp::PartnersWorkspace</name>
    <message>
        <source>Every partner in this database. Open one (double-click or Enter) to see its overview.</source>
        <translation>Every partner in this database. Open one (double-click or Enter) to see its overview.</translation>
    </message>
    <message>
        <source>MPN ID</source>
        <translation>MPN ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Anniversary date</source>
        <translation>Anniversary date</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
</context>
<context>
    <name>lp::PeopleWorkspace</name>
    <message>
        <source>&amp;Trainers (MCT)</source>
        <translation>&amp;Trainers (MCT)</translation>
    </message>
    <message>
        <source>E&amp;xam passes</source>
        <translation>E&amp;xam passes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>MCT ID</source>
        <translation>MCT ID</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Microsoft Certified Trainers</source>
        <translation>Microsoft Certified Trainers</translation>
    </message>
    <message>
        <source>Exam passes</source>
        <translation>Exam passes</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>This MCT ends on %1: renew it to keep the MCT requirement met.</source>
        <translation>This MCT ends on %1: renew it to keep the MCT requirement met.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message numerus="yes">
        <source>%n MCT(s) end within %1 days.</source>
        <translation>
            <numerusform>%n MCT ends within %1 days.</numerusform>
            <numerusform>%n MCTs end within %1 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove trainer</source>
        <translation>Remove trainer</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>Remove %1 (%2)?</translation>
    </message>
    <message>
        <source>Remove exam pass</source>
        <translation>Remove exam pass</translation>
    </message>
    <message>
        <source>Remove %1&apos;s pass of %2?</source>
        <translation>Remove %1&apos;s pass of %2?</translation>
    </message>
    <message>
        <source>Import trainers</source>
        <translation>Import trainers</translation>
    </message>
    <message>
        <source>Import exam passes</source>
        <translation>Import exam passes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 already up to date.</source>
        <translation>%1 added, %2 updated, %3 already up to date.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Trainers or exam passes</source>
        <translation>Trainers or exam passes</translation>
    </message>
</context>
<context>
    <name>lp::Permission</name>
    <message>
        <source>see this partner&apos;s data</source>
        <translation>see this partner&apos;s data</translation>
    </message>
    <message>
        <source>see every partner</source>
        <translation>see every partner</translation>
    </message>
    <message>
        <source>enroll or renew</source>
        <translation>enroll or renew</translation>
    </message>
    <message>
        <source>import invoices</source>
        <translation>import invoices</translation>
    </message>
    <message>
        <source>file a KPI discrepancy case</source>
        <translation>file a KPI discrepancy case</translation>
    </message>
    <message>
        <source>resolve KPI discrepancy cases</source>
        <translation>resolve KPI discrepancy cases</translation>
    </message>
    <message>
        <source>request a directory listing</source>
        <translation>request a directory listing</translation>
    </message>
    <message>
        <source>process the directory listing batch</source>
        <translation>process the directory listing batch</translation>
    </message>
    <message>
        <source>manage trainers and exams</source>
        <translation>manage trainers and exams</translation>
    </message>
    <message>
        <source>change the partner profile</source>
        <translation>change the partner profile</translation>
    </message>
    <message>
        <source>set up account profiles</source>
        <translation>set up account profiles</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <source>import and activate rule sets</source>
        <translation>import and activate rule sets</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation>restore the database from a backup</translation>
    </message>
</context>
<context>
    <name>lp::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Lock after idle time:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lock after idle time, in minutes</source>
        <translation>Lock after idle time, in minutes</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the window hides its content and asks for your password; unsaved work stays as it is. 0: never.</source>
        <translation>Without keyboard or mouse input for this long, the window hides its content and asks for your password; unsaved work stays as it is. 0: never.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Folder of the automatic backups</source>
        <translation>Folder of the automatic backups</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>none (off)</source>
        <translation>none (off)</translation>
    </message>
    <message>
        <source>How many automatic backups are kept</source>
        <translation>How many automatic backups are kept</translation>
    </message>
    <message>
        <source>A SQLite database is backed up at the first start of each day and at every exit; older backups beyond this number are deleted. The folder is readable by you only. 0: no automatic backups. A PostgreSQL database is backed up on its server.</source>
        <translation>A SQLite database is backed up at the first start of each day and at every exit; older backups beyond this number are deleted. The folder is readable by you only. 0: no automatic backups. A PostgreSQL database is backed up on its server.</translation>
    </message>
</context>
<context>
    <name>lp::ProfileDialog</name>
    <message>
        <source>Partner profile</source>
        <translation>Partner profile</translation>
    </message>
    <message>
        <source>&amp;MPN ID:</source>
        <translation>&amp;MPN ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Anniversary date:</source>
        <translation>&amp;Anniversary date:</translation>
    </message>
    <message>
        <source>MPN ID</source>
        <translation>MPN ID</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Anniversary date</source>
        <translation>Anniversary date</translation>
    </message>
</context>
<context>
    <name>lp::RecordTable</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Import CSV...</translation>
    </message>
    <message>
        <source>Ex&amp;port CSV...</source>
        <translation>Ex&amp;port CSV...</translation>
    </message>
</context>
<context>
    <name>lp::ResolutionPreviewDialog</name>
    <message>
        <source>Resolve case %1</source>
        <translation>Resolve case %1</translation>
    </message>
    <message>
        <source>Resolve case %1 as corrected</source>
        <translation>Resolve case %1 as corrected</translation>
    </message>
    <message>
        <source>Resolve case %1 as rejected</source>
        <translation>Resolve case %1 as rejected</translation>
    </message>
    <message>
        <source>Nothing in the KPI records of invoice %1 will change: the case is closed as rejected and the partner reads your note.</source>
        <translation>Nothing in the KPI records of invoice %1 will change: the case is closed as rejected and the partner reads your note.</translation>
    </message>
    <message>
        <source>The KPI records of invoice %1 already carry the filed values: nothing in them will change. The case is closed as corrected.</source>
        <translation>The KPI records of invoice %1 already carry the filed values: nothing in them will change. The case is closed as corrected.</translation>
    </message>
    <message>
        <source>These changes will be written to the KPI records of invoice %1, in one step with the case&apos;s resolution and an audit entry for each record. Cancel writes nothing.</source>
        <translation>These changes will be written to the KPI records of invoice %1, in one step with the case&apos;s resolution and an audit entry for each record. Cancel writes nothing.</translation>
    </message>
    <message>
        <source>KPI record</source>
        <translation>KPI record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>What the resolution changes</source>
        <translation>What the resolution changes</translation>
    </message>
    <message>
        <source>%1 line %2 (new record)</source>
        <translation>%1 line %2 (new record)</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 line %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1, after the resolution</source>
        <translation>%1, after the resolution</translation>
    </message>
    <message>
        <source>Note to the partner: %1</source>
        <translation>Note to the partner: %1</translation>
    </message>
    <message>
        <source>&amp;Write the corrections and resolve</source>
        <translation>&amp;Write the corrections and resolve</translation>
    </message>
    <message>
        <source>&amp;Reject the case</source>
        <translation>&amp;Reject the case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lp::RuleSetBanner</name>
    <message>
        <source>illustrative</source>
        <translation>illustrative</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>local edit</source>
        <translation>local edit</translation>
    </message>
    <message>
        <source>Open the &amp;Rules workspace</source>
        <translation>Open the &amp;Rules workspace</translation>
    </message>
    <message>
        <source>Rule set %1: its numbers are illustrative, not the program&apos;s published requirements. Decisions here show how the rules work, not whether Microsoft will accept an enrollment.</source>
        <translation>Rule set %1: its numbers are illustrative, not the program&apos;s published requirements. Decisions here show how the rules work, not whether Microsoft will accept an enrollment.</translation>
    </message>
</context>
<context>
    <name>lp::RuleSetTables</name>
    <message>
        <source>shipped with the product, illustrative</source>
        <translation>shipped with the product, illustrative</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>edited here</translation>
    </message>
    <message>
        <source>this file (%1)</source>
        <translation>this file (%1)</translation>
    </message>
    <message>
        <source>the product (not in the rule set)</source>
        <translation>the product (not in the rule set)</translation>
    </message>
    <message>
        <source>Rule set %1</source>
        <translation>Rule set %1</translation>
    </message>
    <message>
        <source>In force from %1 to %2; %3.</source>
        <translation>In force from %1 to %2; %3.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>not active</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Stored by %1 on %2.</source>
        <translation>Stored by %1 on %2.</translation>
    </message>
    <message>
        <source>this file (%1): %2</source>
        <translation>this file (%1): %2</translation>
    </message>
    <message>
        <source>Its numbers are illustrative: import the program year&apos;s published requirements to replace them.</source>
        <translation>Its numbers are illustrative: import the program year&apos;s published requirements to replace them.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>KPI window (months)</source>
        <translation>KPI window (months)</translation>
    </message>
    <message>
        <source>Monthly KPI report day</source>
        <translation>Monthly KPI report day</translation>
    </message>
    <message>
        <source>Action Pack: active MCTs</source>
        <translation>Action Pack: active MCTs</translation>
    </message>
    <message>
        <source>Action Pack: renewal window (days after expiry)</source>
        <translation>Action Pack: renewal window (days after expiry)</translation>
    </message>
    <message>
        <source>Action Pack: both steps recorded to submit</source>
        <translation>Action Pack: both steps recorded to submit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Silver-to-gold upgrade discount (%)</source>
        <translation>Silver-to-gold upgrade discount (%)</translation>
    </message>
    <message>
        <source>Evidence accepted</source>
        <translation>Evidence accepted</translation>
    </message>
    <message>
        <source>Renewal reminder (days before the anniversary)</source>
        <translation>Renewal reminder (days before the anniversary)</translation>
    </message>
    <message>
        <source>Renewal reminder (days after the anniversary)</source>
        <translation>Renewal reminder (days after the anniversary)</translation>
    </message>
    <message>
        <source>COVID-19 extension (months)</source>
        <translation>COVID-19 extension (months)</translation>
    </message>
    <message>
        <source>Competencies (source: %1)</source>
        <translation>Competencies (source: %1)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Learning option</source>
        <translation>Learning option</translation>
    </message>
    <message>
        <source>Silver: MCTs</source>
        <translation>Silver: MCTs</translation>
    </message>
    <message>
        <source>Silver: exams</source>
        <translation>Silver: exams</translation>
    </message>
    <message>
        <source>Silver: required exams</source>
        <translation>Silver: required exams</translation>
    </message>
    <message>
        <source>Silver: KPIs</source>
        <translation>Silver: KPIs</translation>
    </message>
    <message>
        <source>Gold: MCTs</source>
        <translation>Gold: MCTs</translation>
    </message>
    <message>
        <source>Gold: exams</source>
        <translation>Gold: exams</translation>
    </message>
    <message>
        <source>Gold: required exams</source>
        <translation>Gold: required exams</translation>
    </message>
    <message>
        <source>Gold: KPIs</source>
        <translation>Gold: KPIs</translation>
    </message>
    <message>
        <source>no Learning option in this program year</source>
        <translation>no Learning option in this program year</translation>
    </message>
</context>
<context>
    <name>lp::RulesWorkspace</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>not active</translation>
    </message>
    <message>
        <source>This set is active. The decisions below are those of %1 on %2.</source>
        <translation>This set is active. The decisions below are those of %1 on %2.</translation>
    </message>
    <message>
        <source>Before activating: each partner&apos;s best decision on %1 under the set in force (%2) and under this one (%3). Changed rows are marked.</source>
        <translation>Before activating: each partner&apos;s best decision on %1 under the set in force (%2) and under this one (%3). Changed rows are marked.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (MPN ID %2)</translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation>Import a rule set</translation>
    </message>
    <message>
        <source>Rule-set files (*.json)</source>
        <translation>Rule-set files (*.json)</translation>
    </message>
    <message>
        <source>Stored %1, not active yet: look at what changes under &quot;Before activating&quot;, then activate it.</source>
        <translation>Stored %1, not active yet: look at what changes under &quot;Before activating&quot;, then activate it.</translation>
    </message>
    <message>
        <source>%1 is now the active set of %2.</source>
        <translation>%1 is now the active set of %2.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>The rule sets decisions rest on, one per program year. The sets shipped with the product are illustrative; import a program year&apos;s published requirements to replace them.</source>
        <translation>The rule sets decisions rest on, one per program year. The sets shipped with the product are illustrative; import a program year&apos;s published requirements to replace them.</translation>
    </message>
    <message>
        <source>Program year</source>
        <translation>Program year</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Before activating</source>
        <translation>Before activating</translation>
    </message>
    <message>
        <source>&amp;Compared with:</source>
        <translation>&amp;Compared with:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>A rule-set file (JSON, docs/rules-admin.md) is checked against the schema and the active sets; a refused file changes nothing.</source>
        <translation>A rule-set file (JSON, docs/rules-admin.md) is checked against the schema and the active sets; a refused file changes nothing.</translation>
    </message>
    <message>
        <source>&amp;Import a file...</source>
        <translation>&amp;Import a file...</translation>
    </message>
    <message>
        <source>Where (JSON path)</source>
        <translation>Where (JSON path)</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Under the set in force</source>
        <translation>Under the set in force</translation>
    </message>
    <message>
        <source>Under this set</source>
        <translation>Under this set</translation>
    </message>
    <message>
        <source>&amp;Activate this set</source>
        <translation>&amp;Activate this set</translation>
    </message>
    <message>
        <source>Views of the rule set</source>
        <translation>Views of the rule set</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>Rule sets</translation>
    </message>
    <message>
        <source>The selected rule set</source>
        <translation>The selected rule set</translation>
    </message>
</context>
<context>
    <name>lp::ShortcutsDialog</name>
    <message>
        <source>Main window</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>The &amp;shortcuts of the main window:</source>
        <translation>The &amp;shortcuts of the main window:</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Shortcuts of the main window</source>
        <translation>Shortcuts of the main window</translation>
    </message>
</context>
<context>
    <name>lp::SignInDialog</name>
    <message>
        <source>Sign in to Learning Partner Desk</source>
        <translation>Sign in to Learning Partner Desk</translation>
    </message>
    <message>
        <source>Sign in with your account on %1.</source>
        <translation>Sign in with your account on %1.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Learning Partner Desk</source>
        <translation>Learning Partner Desk</translation>
    </message>
</context>
<context>
    <name>lp::StartPage</name>
    <message>
        <source>Choose a path</source>
        <translation>Choose a path</translation>
    </message>
    <message>
        <source>The table says what the rules engine decides for each path today.</source>
        <translation>The table says what the rules engine decides for each path today.</translation>
    </message>
    <message>
        <source>Learning Action Pack is the base-level entry into the Learning Partner program; the silver and gold Learning options belong to one competency. Choose one, or pick a row of the table.</source>
        <translation>Learning Action Pack is the base-level entry into the Learning Partner program; the silver and gold Learning options belong to one competency. Choose one, or pick a row of the table.</translation>
    </message>
    <message>
        <source>Learning &amp;Action Pack</source>
        <translation>Learning &amp;Action Pack</translation>
    </message>
    <message>
        <source>&amp;Silver competency Learning option</source>
        <translation>&amp;Silver competency Learning option</translation>
    </message>
    <message>
        <source>&amp;Gold competency Learning option</source>
        <translation>&amp;Gold competency Learning option</translation>
    </message>
    <message>
        <source>&amp;What the rules engine says today (silver and gold assume the performance commitment is ticked):</source>
        <translation>&amp;What the rules engine says today (silver and gold assume the performance commitment is ticked):</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>What the rules engine says today</source>
        <translation>What the rules engine says today</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Not yet: %1</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Submitted on %1 (enrollment %2)</source>
        <translation>Submitted on %1 (enrollment %2)</translation>
    </message>
    <message>
        <source>The base-level entry into the program: one active Microsoft Certified Trainer, then the Action Pack subscription and the account profile. No KPI, exam or fee of a competency applies.</source>
        <translation>The base-level entry into the program: one active Microsoft Certified Trainer, then the Action Pack subscription and the account profile. No KPI, exam or fee of a competency applies.</translation>
    </message>
    <message>
        <source>The silver Learning option of one competency: the performance commitment, the MCTs and exam passes the tier asks for, and the learning KPIs of the 12-month window.</source>
        <translation>The silver Learning option of one competency: the performance commitment, the MCTs and exam passes the tier asks for, and the learning KPIs of the 12-month window.</translation>
    </message>
    <message>
        <source>The gold Learning option of one competency: the same requirements as silver with higher numbers. If gold is out of reach, the wizard offers silver or the Action Pack on the same answers.</source>
        <translation>The gold Learning option of one competency: the same requirements as silver with higher numbers. If gold is out of reach, the wizard offers silver or the Action Pack on the same answers.</translation>
    </message>
    <message>
        <source>For every path and competency, what the rules engine decides today on the data recorded: eligible, or the first requirement not met. Picking a row chooses that path.</source>
        <translation>For every path and competency, what the rules engine decides today on the data recorded: eligible, or the first requirement not met. Picking a row chooses that path.</translation>
    </message>
</context>
<context>
    <name>lp::StartupRecovery</name>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>The backup was not restored: %1</translation>
    </message>
    <message>
        <source>The database was restored from the backup taken on %1.</source>
        <translation>The database was restored from the backup taken on %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>The damaged file is kept as %1.</translation>
    </message>
</context>
<context>
    <name>lp::SubmittedEnrollmentDialog</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>enrollment-decision-%1.pdf</source>
        <translation>enrollment-decision-%1.pdf</translation>
    </message>
    <message>
        <source>Save the decision report</source>
        <translation>Save the decision report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Submitted enrollment</source>
        <translation>Submitted enrollment</translation>
    </message>
    <message>
        <source>Submitted on %1 with rule set %2; read only. The decision below is the rules engine&apos;s again for %3, the day it was evaluated on.</source>
        <translation>Submitted on %1 with rule set %2; read only. The decision below is the rules engine&apos;s again for %3, the day it was evaluated on.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Save as P&amp;DF...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>P&amp;rint...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Decision report</translation>
    </message>
</context>
<context>
    <name>lp::SummaryPage</name>
    <message>
        <source>Your role may read this decision but not submit an enrollment.</source>
        <translation>Your role may read this decision but not submit an enrollment.</translation>
    </message>
    <message>
        <source>The requirements are not met today: the enrollment cannot be submitted.</source>
        <translation>The requirements are not met today: the enrollment cannot be submitted.</translation>
    </message>
    <message>
        <source>Record both Action Pack steps before submitting.</source>
        <translation>Record both Action Pack steps before submitting.</translation>
    </message>
    <message>
        <source>enrollment-decision-%1.pdf</source>
        <translation>enrollment-decision-%1.pdf</translation>
    </message>
    <message>
        <source>Save the decision report</source>
        <translation>Save the decision report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The decision, what it rests on, and the steps recorded.</source>
        <translation>The decision, what it rests on, and the steps recorded.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Save as P&amp;DF...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>P&amp;rint...</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Decision report</translation>
    </message>
    <message>
        <source>Everything is in order: choose Submit to send the enrollment.</source>
        <translation>Everything is in order: choose Submit to send the enrollment.</translation>
    </message>
    <message>
        <source>The decision of the rules engine on the answers and the data recorded: each requirement met or not, what it rests on, and the steps recorded.</source>
        <translation>The decision of the rules engine on the answers and the data recorded: each requirement met or not, what it rests on, and the steps recorded.</translation>
    </message>
    <message>
        <source>Saves this decision report as a PDF file.</source>
        <translation>Saves this decision report as a PDF file.</translation>
    </message>
    <message>
        <source>Prints this decision report.</source>
        <translation>Prints this decision report.</translation>
    </message>
</context>
<context>
    <name>lp::TrainerDialog</name>
    <message>
        <source>Edit trainer</source>
        <translation>Edit trainer</translation>
    </message>
    <message>
        <source>Add trainer</source>
        <translation>Add trainer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;MCT ID:</source>
        <translation>&amp;MCT ID:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>Trainer name</source>
        <translation>Trainer name</translation>
    </message>
    <message>
        <source>MCT ID</source>
        <translation>MCT ID</translation>
    </message>
    <message>
        <source>e.g. MCT-1001</source>
        <translation>e.g. MCT-1001</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source>Start of validity known</source>
        <translation>Start of validity known</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>lp::TrainersPage</name>
    <message>
        <source>Microsoft Certified Trainers</source>
        <translation>Microsoft Certified Trainers</translation>
    </message>
    <message>
        <source>To qualify for the Learning Action Pack you need at least one active MCT; no other learning KPI applies.</source>
        <translation>To qualify for the Learning Action Pack you need at least one active MCT; no other learning KPI applies.</translation>
    </message>
    <message>
        <source>Meet the Microsoft Certified Trainer (MCT) requirements of the tier.</source>
        <translation>Meet the Microsoft Certified Trainer (MCT) requirements of the tier.</translation>
    </message>
    <message>
        <source>&amp;MCTs active on %1:</source>
        <translation>&amp;MCTs active on %1:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>MCT ID</source>
        <translation>MCT ID</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Active MCTs</source>
        <translation>Active MCTs</translation>
    </message>
    <message>
        <source>No MCT is active today. Add your trainers in People, then come back.</source>
        <translation>No MCT is active today. Add your trainers in People, then come back.</translation>
    </message>
    <message>
        <source>The Microsoft Certified Trainers whose certification is valid today, as recorded in People. Add or renew trainers there: this page only reads them.</source>
        <translation>The Microsoft Certified Trainers whose certification is valid today, as recorded in People. Add or renew trainers there: this page only reads them.</translation>
    </message>
</context>
<context>
    <name>lp::UsersWorkspace</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>The Partner Frontline Support accounts. Accounts are never deleted: disable those no longer needed.</source>
        <translation>The Partner Frontline Support accounts. Accounts are never deleted: disable those no longer needed.</translation>
    </message>
    <message>
        <source>The accounts of your partner organization. Accounts are never deleted: disable those no longer needed.</source>
        <translation>The accounts of your partner organization. Accounts are never deleted: disable those no longer needed.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>&amp;Add account...</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>(support)</source>
        <translation>(support)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>No account selected</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>Reset &amp;password...</translation>
    </message>
    <message>
        <source>Chan&amp;ge role</source>
        <translation>Chan&amp;ge role</translation>
    </message>
</context>
<context>
    <name>lp::WithdrawDialog</name>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdraw %1? Partner Frontline Support sees it as withdrawn, with your reason; this cannot be undone.</source>
        <translation>Withdraw %1? Partner Frontline Support sees it as withdrawn, with your reason; this cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>lp::cli</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Use &quot;partner add&quot;.</source>
        <translation>Use &quot;partner add&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;audit verify&quot;.</source>
        <translation>Use &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>discrepancy check -&gt; result</source>
        <translation>discrepancy check -&gt; result</translation>
    </message>
    <message>
        <source>listing check -&gt; result</source>
        <translation>listing check -&gt; result</translation>
    </message>
    <message>
        <source>create or upgrade a database</source>
        <translation>create or upgrade a database</translation>
    </message>
    <message>
        <source>schema version and integrity; changes nothing</source>
        <translation>schema version and integrity; changes nothing</translation>
    </message>
    <message>
        <source>add an account; the password is read from standard input</source>
        <translation>add an account; the password is read from standard input</translation>
    </message>
    <message>
        <source>add a partner</source>
        <translation>add a partner</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s chain; exit 3 names the first bad entry</source>
        <translation>check the audit trail&apos;s chain; exit 3 names the first bad entry</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>import invoices, all or nothing; summary JSON on standard output</source>
        <translation>import invoices, all or nothing; summary JSON on standard output</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unknown option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database is busy: waiting (%1 of %2 s)...</source>
        <translation>The database is busy: waiting (%1 of %2 s)...</translation>
    </message>
    <message>
        <source>write a consistent backup (a SQLite file with a manifest)</source>
        <translation>write a consistent backup (a SQLite file with a manifest)</translation>
    </message>
    <message>
        <source>verify a backup, back up the database, then replace its content</source>
        <translation>verify a backup, back up the database, then replace its content</translation>
    </message>
    <message>
        <source>copy a whole database into one that holds no data</source>
        <translation>copy a whole database into one that holds no data</translation>
    </message>
    <message>
        <source>Use &quot;db init&quot;, &quot;db check&quot;, &quot;db backup&quot;, &quot;db restore&quot; or &quot;db copy&quot;.</source>
        <translation>Use &quot;db init&quot;, &quot;db check&quot;, &quot;db backup&quot;, &quot;db restore&quot; or &quot;db copy&quot;.</translation>
    </message>
    <message>
        <source>every account with its role and state</source>
        <translation>every account with its role and state</translation>
    </message>
    <message>
        <source>change a password: the current one, then the new one, on standard input</source>
        <translation>change a password: the current one, then the new one, on standard input</translation>
    </message>
    <message>
        <source>a one-time password, printed once, to change at the next sign-in</source>
        <translation>a one-time password, printed once, to change at the next sign-in</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>change an account&apos;s role</translation>
    </message>
    <message>
        <source>check a password from standard input, throttled like the GUI</source>
        <translation>check a password from standard input, throttled like the GUI</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Use &quot;user add&quot;, &quot;user list&quot;, &quot;user passwd&quot;, &quot;user reset&quot;, &quot;user disable&quot;, &quot;user enable&quot;, &quot;user unlock&quot;, &quot;user role&quot; or &quot;user sign-in&quot;.</source>
        <translation>Use &quot;user add&quot;, &quot;user list&quot;, &quot;user passwd&quot;, &quot;user reset&quot;, &quot;user disable&quot;, &quot;user enable&quot;, &quot;user unlock&quot;, &quot;user role&quot; or &quot;user sign-in&quot;.</translation>
    </message>
    <message>
        <source>the rule sets: program year, dates, sha256, provenance, active</source>
        <translation>the rule sets: program year, dates, sha256, provenance, active</translation>
    </message>
    <message>
        <source>one rule set</source>
        <translation>one rule set</translation>
    </message>
    <message>
        <source>what changed between two rule sets: [{path, before, after}]</source>
        <translation>what changed between two rule sets: [{path, before, after}]</translation>
    </message>
    <message>
        <source>validate and store a rule set (inactive); exit 2 with the errors</source>
        <translation>validate and store a rule set (inactive); exit 2 with the errors</translation>
    </message>
    <message>
        <source>make a stored set the active one of its program year</source>
        <translation>make a stored set the active one of its program year</translation>
    </message>
    <message>
        <source>the JSON Schema of a rule-set file</source>
        <translation>the JSON Schema of a rule-set file</translation>
    </message>
    <message>
        <source>Use &quot;rules list&quot;, &quot;rules show&quot;, &quot;rules diff&quot;, &quot;rules import&quot;, &quot;rules activate&quot; or &quot;rules schema&quot;.</source>
        <translation>Use &quot;rules list&quot;, &quot;rules show&quot;, &quot;rules diff&quot;, &quot;rules import&quot;, &quot;rules activate&quot; or &quot;rules schema&quot;.</translation>
    </message>
    <message>
        <source>the KPI dashboard&apos;s figures: window, months, reports, progress</source>
        <translation>the KPI dashboard&apos;s figures: window, months, reports, progress</translation>
    </message>
    <message>
        <source>sum the KPI summary again from the purchases (db check: KPI_SUMMARY_STALE)</source>
        <translation>sum the KPI summary again from the purchases (db check: KPI_SUMMARY_STALE)</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--lang takes it or en, not &quot;%1&quot;.</source>
        <translation>--lang takes it or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 86400, not &quot;%1&quot;.</source>
        <translation>--wait takes a number of seconds from 0 to 86400, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; needs a subcommand: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; try %2.</source>
        <translation>Unknown command &quot;%1&quot;; try %2.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL</source>
        <translation>SQLite file or postgresql:// URL</translation>
    </message>
    <message>
        <source>the account&apos;s user name</source>
        <translation>the account&apos;s user name</translation>
    </message>
    <message>
        <source>partnerAdmin, accountAdmin, viewer, frontlineSupport or supportLead</source>
        <translation>partnerAdmin, accountAdmin, viewer, frontlineSupport or supportLead</translation>
    </message>
    <message>
        <source>the language of messages (default: the system&apos;s)</source>
        <translation>the language of messages (default: the system&apos;s)</translation>
    </message>
    <message>
        <source>how long a write waits for a busy database (default 60 s)</source>
        <translation>how long a write waits for a busy database (default 60 s)</translation>
    </message>
    <message>
        <source>this help (-h); after a command, that command&apos;s help</source>
        <translation>this help (-h); after a command, that command&apos;s help</translation>
    </message>
    <message>
        <source>the version (-v)</source>
        <translation>the version (-v)</translation>
    </message>
    <message>
        <source>scenario -&gt; decision; with --db, a stored partner&apos;s decisions under the rule set in force</source>
        <translation>scenario -&gt; decision; with --db, a stored partner&apos;s decisions under the rule set in force</translation>
    </message>
    <message>
        <source>the stored partner (with --db)</source>
        <translation>the stored partner (with --db)</translation>
    </message>
    <message>
        <source>the evaluation date (default today)</source>
        <translation>the evaluation date (default today)</translation>
    </message>
    <message>
        <source>actionPack, silver or gold</source>
        <translation>actionPack, silver or gold</translation>
    </message>
    <message>
        <source>the competency of a silver or gold path</source>
        <translation>the competency of a silver or gold path</translation>
    </message>
    <message>
        <source>say why, requirement by requirement</source>
        <translation>say why, requirement by requirement</translation>
    </message>
    <message>
        <source>the stored partner</source>
        <translation>the stored partner</translation>
    </message>
    <message>
        <source>the dashboard&apos;s day (default today)</source>
        <translation>the dashboard&apos;s day (default today)</translation>
    </message>
    <message>
        <source>where the numbers come from</source>
        <translation>where the numbers come from</translation>
    </message>
    <message>
        <source>provenance local-edit: numbers the organization set itself</source>
        <translation>provenance local-edit: numbers the organization set itself</translation>
    </message>
    <message>
        <source>the database to copy</source>
        <translation>the database to copy</translation>
    </message>
    <message>
        <source>the database that receives it</source>
        <translation>the database that receives it</translation>
    </message>
    <message>
        <source>the account&apos;s partner (partner roles)</source>
        <translation>the account&apos;s partner (partner roles)</translation>
    </message>
    <message>
        <source>disable an account (accounts are never deleted)</source>
        <translation>disable an account (accounts are never deleted)</translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation>enable a disabled account</translation>
    </message>
    <message>
        <source>unlock an account locked by failed sign-ins</source>
        <translation>unlock an account locked by failed sign-ins</translation>
    </message>
    <message>
        <source>the partner&apos;s MPN ID (digits)</source>
        <translation>the partner&apos;s MPN ID (digits)</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>the partner&apos;s name</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code</source>
        <translation>ISO 3166-1 alpha-2 country code</translation>
    </message>
    <message>
        <source>the anniversary date, YYYY-MM-DD</source>
        <translation>the anniversary date, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the partner the invoices are of</source>
        <translation>the partner the invoices are of</translation>
    </message>
    <message>
        <source>learnpartner-cli runs the rules engine and administers the database of Learning Partner Desk. Results are JSON on standard output; a failure is one JSON object on standard error; a command line it cannot read gets plain text on standard error.</source>
        <translation>learnpartner-cli runs the rules engine and administers the database of Learning Partner Desk. Results are JSON on standard output; a failure is one JSON object on standard error; a command line it cannot read gets plain text on standard error.</translation>
    </message>
    <message>
        <source>FILE may be - for standard input. --db takes a SQLite file path or postgresql://user@host:port/dbname (password from PGPASSWORD only). Only &quot;db init&quot; makes a missing or empty file a database.</source>
        <translation>FILE may be - for standard input. --db takes a SQLite file path or postgresql://user@host:port/dbname (password from PGPASSWORD only). Only &quot;db init&quot; makes a missing or empty file a database.</translation>
    </message>
    <message>
        <source>done: valid input, a result on standard output</source>
        <translation>done: valid input, a result on standard output</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>internal error</translation>
    </message>
    <message>
        <source>invalid input: a command line it cannot read (plain text), or a refused value, file or database (JSON)</source>
        <translation>invalid input: a command line it cannot read (plain text), or a refused value, file or database (JSON)</translation>
    </message>
    <message>
        <source>broken audit trail, failed integrity check, damaged database</source>
        <translation>broken audit trail, failed integrity check, damaged database</translation>
    </message>
    <message>
        <source>the password of a PostgreSQL database (never an argument)</source>
        <translation>the password of a PostgreSQL database (never an argument)</translation>
    </message>
    <message>
        <source>a file the warnings of Qt and of the database drivers go to</source>
        <translation>a file the warnings of Qt and of the database drivers go to</translation>
    </message>
    <message>
        <source>where the audit anchors are kept (LearningPartnerDesk/)</source>
        <translation>where the audit anchors are kept (LearningPartnerDesk/)</translation>
    </message>
    <message>
        <source>Usage: %1COMMAND ...</source>
        <translation>Usage: %1COMMAND ...</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit status:</translation>
    </message>
    <message>
        <source>&quot;learnpartner-cli help COMMAND&quot; describes one command.</source>
        <translation>&quot;learnpartner-cli help COMMAND&quot; describes one command.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>   or: %1</source>
        <translation>   or: %1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Usage: %1%2 SUBCOMMAND ...</source>
        <translation>Usage: %1%2 SUBCOMMAND ...</translation>
    </message>
    <message>
        <source>Try &quot;learnpartner-cli help %1&quot;.</source>
        <translation>Try &quot;learnpartner-cli help %1&quot;.</translation>
    </message>
    <message>
        <source>Try &quot;learnpartner-cli --help&quot;.</source>
        <translation>Try &quot;learnpartner-cli --help&quot;.</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>The option %1 is required.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Missing argument: %1.</translation>
    </message>
</context>
<context>
    <name>lp::form</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo database: %1</source>
        <translation>Demo database: %1</translation>
    </message>
    <message>
        <source>Demo accounts (passwords are new on every --demo start):</source>
        <translation>Demo accounts (passwords are new on every --demo start):</translation>
    </message>
    <message>
        <source>Learning Partner Desk</source>
        <translation>Learning Partner Desk</translation>
    </message>
    <message>
        <source>Start on a fresh demo database and print its accounts.</source>
        <translation>Start on a fresh demo database and print its accounts.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/db URL.</source>
        <translation>SQLite file or postgresql://user@host:port/db URL.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Unknown palette %1: use one of %2.</source>
        <translation>Unknown palette %1: use one of %2.</translation>
    </message>
    <message>
        <source>Color palette: system, dark or high-contrast.</source>
        <translation>Color palette: system, dark or high-contrast.</translation>
    </message>
</context>
</TS>
