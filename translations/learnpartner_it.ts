<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AuditCsv</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Voce</translation>
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
        <translation>%1 riga %2</translation>
    </message>
    <message>
        <source>resolved case %1 as corrected</source>
        <translation>ha risolto il caso %1 con la rettifica dei record KPI</translation>
    </message>
    <message>
        <source>resolved case %1 as rejected</source>
        <translation>ha risolto il caso %1 respingendolo</translation>
    </message>
    <message>
        <source>added KPI record %1</source>
        <translation>ha aggiunto il record KPI %1</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 su %2 %3</translation>
    </message>
    <message>
        <source>command-line operator</source>
        <translation>operatore della riga di comando</translation>
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
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>Esporta il caso</translation>
    </message>
    <message>
        <source>Text (*.txt);;PDF documents (*.pdf)</source>
        <translation>Testo (*.txt);;Documenti PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Rettificato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinto</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>Non ancora nei report</translation>
    </message>
    <message>
        <source>Missing from the ledger</source>
        <translation>Assente dal registro KPI</translation>
    </message>
    <message>
        <source>Values differ</source>
        <translation>Valori diversi</translation>
    </message>
    <message>
        <source>No discrepancy</source>
        <translation>Nessuna discrepanza</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirato</translation>
    </message>
</context>
<context>
    <name>DecisionReport</name>
    <message>
        <source>%1 of %2 required</source>
        <translation>%1 su %2 richiesti</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ Soddisfatto</translation>
    </message>
    <message>
        <source>✘ Not met</source>
        <translation>✘ Non soddisfatto</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Mancano: %1</translation>
    </message>
    <message>
        <source>Learning Partner enrollment: decision report</source>
        <translation>Registrazione al programma Learning Partner: report della decisione</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (ID MPN %2)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Set di regole</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Valutato il</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>(report of %1)</source>
        <translation>(report del %1)</translation>
    </message>
    <message>
        <source>KPI window</source>
        <translation>Periodo KPI</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Idoneo</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non idoneo</translation>
    </message>
    <message>
        <source>Upgrade discount</source>
        <translation>Sconto di aggiornamento</translation>
    </message>
    <message>
        <source>The silver-to-gold upgrade discount applies.</source>
        <translation>Si applica lo sconto di aggiornamento da Silver a Gold.</translation>
    </message>
    <message>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <source>The COVID-19 competency extension applies.</source>
        <translation>Si applica l&apos;estensione della competenza per il COVID-19.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisiti</translation>
    </message>
    <message>
        <source>Steps recorded</source>
        <translation>Passaggi registrati</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Printed on %1 by Learning Partner Desk.</source>
        <translation>Stampato il %1 da Learning Partner Desk.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln lines of the window are listed: the KPI ledger lists them all.</source>
        <translation>
            <numerusform>È elencata solo la prima riga del periodo KPI: il registro KPI le elenca tutte.</numerusform>
            <numerusform>Sono elencate solo le prime %Ln righe del periodo KPI: il registro KPI le elenca tutte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Raccomandazione</translation>
    </message>
    <message numerus="yes">
        <source>KPI total %1 from %Ln invoice line(s)</source>
        <translation>
            <numerusform>Totale KPI %1 da %Ln riga di fattura</numerusform>
            <numerusform>Totale KPI %1 da %Ln righe di fattura</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending, not yet in a report: KPI total %1.</source>
        <translation>In attesa, non ancora in un report: totale KPI %1.</translation>
    </message>
    <message>
        <source>The numbers of this rule set are illustrative, not the program&apos;s published requirements.</source>
        <translation>I valori di questo set di regole sono illustrativi, non i requisiti pubblicati del programma.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>MPN partner admin</source>
        <translation>Amministratore partner MPN</translation>
    </message>
    <message>
        <source>Account admin</source>
        <translation>Amministratore account</translation>
    </message>
    <message>
        <source>Partner Frontline Support</source>
        <translation>Supporto Frontline per i partner</translation>
    </message>
    <message>
        <source>Viewer (read only)</source>
        <translation>Visualizzatore (sola lettura)</translation>
    </message>
    <message>
        <source>Learning Action Pack</source>
        <translation>Learning Action Pack</translation>
    </message>
    <message>
        <source>Silver competency Learning option</source>
        <translation>Opzione Learning della competenza Silver</translation>
    </message>
    <message>
        <source>Gold competency Learning option</source>
        <translation>Opzione Learning della competenza Gold</translation>
    </message>
    <message>
        <source>Action Pack subscription</source>
        <translation>Sottoscrizione Action Pack</translation>
    </message>
    <message>
        <source>Silver competency</source>
        <translation>Competenza Silver</translation>
    </message>
    <message>
        <source>Gold competency</source>
        <translation>Competenza Gold</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Conferma d&apos;ordine</translation>
    </message>
    <message>
        <source>Partner report</source>
        <translation>Report del partner</translation>
    </message>
    <message>
        <source>First enrollment</source>
        <translation>Prima registrazione</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>The competency offers a Learning option</source>
        <translation>La competenza offre un&apos;opzione Learning</translation>
    </message>
    <message>
        <source>Commitment to the Performance Requirements</source>
        <translation>Impegno sui requisiti di prestazioni</translation>
    </message>
    <message>
        <source>Active Microsoft Certified Trainers (MCT)</source>
        <translation>Microsoft Certified Trainer (MCT) attivi</translation>
    </message>
    <message>
        <source>Exams passed for the competency</source>
        <translation>Esami superati per la competenza</translation>
    </message>
    <message>
        <source>Required exams</source>
        <translation>Esami obbligatori</translation>
    </message>
    <message>
        <source>Learning KPIs counted in the window</source>
        <translation>Indicatori KPI di apprendimento conteggiati nel periodo KPI</translation>
    </message>
    <message>
        <source>Learning option</source>
        <translation>opzione Learning</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>impegno</translation>
    </message>
    <message>
        <source>MCTs</source>
        <translation>MCT</translation>
    </message>
    <message>
        <source>exams</source>
        <translation>esami</translation>
    </message>
    <message>
        <source>required exams</source>
        <translation>esami obbligatori</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>indicatori KPI</translation>
    </message>
    <message>
        <source>Partner Frontline Support lead</source>
        <translation>Responsabile del Supporto Frontline per i partner</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
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
        <translation>Informazioni su Learning Partner Desk</translation>
    </message>
    <message>
        <source>Learning Partner Desk %1</source>
        <translation>Learning Partner Desk %1</translation>
    </message>
    <message>
        <source>Enroll in the Microsoft Learning Partner program: the Learning Action Pack and the silver and gold competency Learning options, KPIs, discrepancy cases and the directory listing.</source>
        <translation>Registrazione al programma Microsoft Learning Partner: Learning Action Pack e opzioni Learning delle competenze Silver e Gold, indicatori KPI, casi di discrepanza e inserimento nella directory.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <source>unknown (not built from a git checkout)</source>
        <translation>sconosciuto (compilato fuori da un checkout git)</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licenza:</translation>
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
        <translation>Set di regole in vigore:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Versione di Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilato con %2)</translation>
    </message>
    <message>
        <source>C&amp;opy Details</source>
        <translation>C&amp;opia dettagli</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>lp::ActionPackProfilePage</name>
    <message>
        <source>Account profile</source>
        <translation>Profilo account</translation>
    </message>
    <message>
        <source>Step 2 of 2: the account profile that opens the Courseware Marketplace.</source>
        <translation>Passaggio 2 di 2: il profilo account che apre il Courseware Marketplace.</translation>
    </message>
    <message>
        <source>Contact the %1 team to help you set up a new account profile. This will give you access to Microsoft Courseware training on the Courseware Marketplace. The enrollment is active once both steps are done.</source>
        <translation>Contattare il team %1 per configurare un nuovo profilo account. In questo modo si avrà accesso alla formazione Microsoft Courseware su Courseware Marketplace. La registrazione è attiva quando entrambi i passaggi sono completati.</translation>
    </message>
    <message>
        <source>Partner Frontline Support</source>
        <translation>Supporto Frontline per i partner</translation>
    </message>
    <message>
        <source>I &amp;asked Partner Frontline Support to set up the account profile</source>
        <translation>&amp;Ho chiesto al Supporto Frontline per i partner di configurare il profilo account</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>In &amp;data:</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Data della richiesta</translation>
    </message>
    <message>
        <source>Tick this once Partner Frontline Support has been asked to set up the account profile that opens the Courseware Marketplace.</source>
        <translation>Selezionare dopo aver chiesto al Supporto Frontline per i partner di configurare il profilo account che apre il Courseware Marketplace.</translation>
    </message>
    <message>
        <source>The day the account profile was requested, in the language&apos;s short date form or as YYYY-MM-DD.</source>
        <translation>Il giorno in cui è stato richiesto il profilo account, nella forma breve della lingua o come AAAA-MM-GG.</translation>
    </message>
</context>
<context>
    <name>lp::ActionPackSubscriptionPage</name>
    <message>
        <source>Action Pack subscription</source>
        <translation>Sottoscrizione Action Pack</translation>
    </message>
    <message>
        <source>Step 1 of 2: buy or renew the Microsoft Action Pack subscription.</source>
        <translation>Passaggio 1 di 2: acquistare o rinnovare la sottoscrizione Microsoft Action Pack.</translation>
    </message>
    <message>
        <source>Follow the steps in %1.</source>
        <translation>Seguire i passaggi descritti in %1.</translation>
    </message>
    <message>
        <source>Buy or renew a Microsoft Action Pack subscription</source>
        <translation>Acquistare o rinnovare una sottoscrizione Action Pack Microsoft</translation>
    </message>
    <message>
        <source>B&amp;uy a new subscription</source>
        <translation>Acq&amp;uistare una nuova sottoscrizione</translation>
    </message>
    <message>
        <source>&amp;Renew my subscription</source>
        <translation>&amp;Rinnovare la sottoscrizione</translation>
    </message>
    <message>
        <source>You have no Action Pack subscription yet: buy one.</source>
        <translation>Non è ancora presente una sottoscrizione Action Pack: acquistarne una.</translation>
    </message>
    <message>
        <source>The subscription is renewe&amp;d</source>
        <translation>La sottoscrizione è rinn&amp;ovata</translation>
    </message>
    <message>
        <source>The subscription is bough&amp;t</source>
        <translation>La sottoscrizione è acquis&amp;tata</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>In &amp;data:</translation>
    </message>
    <message>
        <source>Date of the subscription</source>
        <translation>Data della sottoscrizione</translation>
    </message>
    <message>
        <source>Renewed on: the Action Pack is renewed only after it has expired, within %3 days of its expiry (%1 to %2).</source>
        <translation>Rinnovato il: l&apos;Action Pack si rinnova solo dopo la scadenza, entro %3 giorni dalla scadenza (dal %1 al %2).</translation>
    </message>
    <message>
        <source>The Action Pack is renewed only after it has expired, within %4 days of its expiry: yours ends on %1, so it can be renewed from %2 to %3.</source>
        <translation>L&apos;Action Pack si rinnova solo dopo la scadenza, entro %4 giorni dalla scadenza: la sottoscrizione termina il %1, quindi si può rinnovare dal %2 al %3.</translation>
    </message>
    <message>
        <source>The Action Pack is renewed only after it has expired, within %4 days of its expiry: yours ended on %1, so it can be renewed from %2 to %3.</source>
        <translation>L&apos;Action Pack si rinnova solo dopo la scadenza, entro %4 giorni dalla scadenza: la sottoscrizione è terminata il %1, quindi si può rinnovare dal %2 al %3.</translation>
    </message>
    <message>
        <source>Choose this when the partner has no Action Pack subscription, or when it ended too long ago to be renewed.</source>
        <translation>Scegliere questa opzione quando il partner non ha una sottoscrizione dell&apos;Action Pack, o quando è scaduta da troppo tempo per essere rinnovata.</translation>
    </message>
    <message>
        <source>Choose this when the Action Pack has expired and its renewal window is open: a subscription is renewed only after it has expired.</source>
        <translation>Scegliere questa opzione quando l&apos;Action Pack è scaduto e il periodo di rinnovo è aperto: una sottoscrizione si rinnova solo dopo la scadenza.</translation>
    </message>
    <message>
        <source>Tick this once the subscription is bought or renewed in Partner Center; the wizard records the step, it does not buy anything.</source>
        <translation>Selezionare dopo aver acquistato o rinnovato la sottoscrizione in Partner Center; la procedura guidata registra il passaggio, non acquista nulla.</translation>
    </message>
    <message>
        <source>The day the subscription was bought or renewed, in the language&apos;s short date form or as YYYY-MM-DD.</source>
        <translation>Il giorno in cui la sottoscrizione è stata acquistata o rinnovata, nella forma breve della lingua o come AAAA-MM-GG.</translation>
    </message>
</context>
<context>
    <name>lp::AddUserDialog</name>
    <message>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>The account gets a one-time password, shown once when it is added; the person chooses their own password at the first sign-in.</source>
        <translation>L&apos;account riceve una password monouso, mostrata una sola volta al momento dell&apos;aggiunta; la persona sceglie la propria password al primo accesso.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>3 to 64 letters, digits, . _ @ -</source>
        <translation>da 3 a 64 lettere, cifre, . _ @ -</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>lp::AuditTexts</name>
    <message>
        <source>Case filed</source>
        <translation>Caso aperto</translation>
    </message>
    <message>
        <source>filed case %1</source>
        <translation>ha aperto il caso %1</translation>
    </message>
    <message>
        <source>Case resolved</source>
        <translation>Caso risolto</translation>
    </message>
    <message>
        <source>resolved case %1</source>
        <translation>ha risolto il caso %1</translation>
    </message>
    <message>
        <source>KPI record corrected</source>
        <translation>Record KPI corretto</translation>
    </message>
    <message>
        <source>corrected KPI record %1</source>
        <translation>ha corretto il record KPI %1</translation>
    </message>
    <message>
        <source>Invoices imported</source>
        <translation>Fatture importate</translation>
    </message>
    <message>
        <source>imported the invoice file %1</source>
        <translation>ha importato il file di fatture %1</translation>
    </message>
    <message>
        <source>Enrollment draft saved</source>
        <translation>Bozza di registrazione salvata</translation>
    </message>
    <message>
        <source>saved enrollment draft %1</source>
        <translation>ha salvato la bozza di registrazione %1</translation>
    </message>
    <message>
        <source>Enrollment submitted</source>
        <translation>Registrazione inviata</translation>
    </message>
    <message>
        <source>submitted enrollment %1</source>
        <translation>ha inviato la registrazione %1</translation>
    </message>
    <message>
        <source>Enrollment draft discarded</source>
        <translation>Bozza di registrazione eliminata</translation>
    </message>
    <message>
        <source>discarded enrollment draft %1</source>
        <translation>ha eliminato la bozza di registrazione %1</translation>
    </message>
    <message>
        <source>Listing draft saved</source>
        <translation>Bozza di inserimento salvata</translation>
    </message>
    <message>
        <source>saved the directory listing draft %1</source>
        <translation>ha salvato la bozza di inserimento nella directory %1</translation>
    </message>
    <message>
        <source>Listing requested</source>
        <translation>Inserimento richiesto</translation>
    </message>
    <message>
        <source>requested the directory listing %1</source>
        <translation>ha richiesto l&apos;inserimento nella directory %1</translation>
    </message>
    <message>
        <source>Listing batch sent</source>
        <translation>Lotto di inserimenti inviato</translation>
    </message>
    <message>
        <source>sent the directory listing %1 in its month&apos;s batch</source>
        <translation>ha inviato l&apos;inserimento nella directory %1 nel lotto del mese</translation>
    </message>
    <message>
        <source>Trainer added</source>
        <translation>Trainer aggiunto</translation>
    </message>
    <message>
        <source>added the trainer %1</source>
        <translation>ha aggiunto il trainer %1</translation>
    </message>
    <message>
        <source>Trainer changed</source>
        <translation>Trainer modificato</translation>
    </message>
    <message>
        <source>changed the trainer %1</source>
        <translation>ha modificato il trainer %1</translation>
    </message>
    <message>
        <source>Trainer removed</source>
        <translation>Trainer rimosso</translation>
    </message>
    <message>
        <source>removed the trainer %1</source>
        <translation>ha rimosso il trainer %1</translation>
    </message>
    <message>
        <source>Trainer imported</source>
        <translation>Trainer importato</translation>
    </message>
    <message>
        <source>imported the trainer %1</source>
        <translation>ha importato il trainer %1</translation>
    </message>
    <message>
        <source>Exam pass added</source>
        <translation>Esame superato aggiunto</translation>
    </message>
    <message>
        <source>added the exam pass %1</source>
        <translation>ha aggiunto l&apos;esame superato %1</translation>
    </message>
    <message>
        <source>Exam pass changed</source>
        <translation>Esame superato modificato</translation>
    </message>
    <message>
        <source>changed the exam pass %1</source>
        <translation>ha modificato l&apos;esame superato %1</translation>
    </message>
    <message>
        <source>Exam pass removed</source>
        <translation>Esame superato rimosso</translation>
    </message>
    <message>
        <source>removed the exam pass %1</source>
        <translation>ha rimosso l&apos;esame superato %1</translation>
    </message>
    <message>
        <source>Exam pass imported</source>
        <translation>Esame superato importato</translation>
    </message>
    <message>
        <source>imported the exam pass %1</source>
        <translation>ha importato l&apos;esame superato %1</translation>
    </message>
    <message>
        <source>Membership added</source>
        <translation>Appartenenza aggiunta</translation>
    </message>
    <message>
        <source>added membership %1</source>
        <translation>ha aggiunto l&apos;appartenenza %1</translation>
    </message>
    <message>
        <source>Membership removed</source>
        <translation>Appartenenza rimossa</translation>
    </message>
    <message>
        <source>removed membership %1</source>
        <translation>ha rimosso l&apos;appartenenza %1</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partner aggiunto</translation>
    </message>
    <message>
        <source>added the partner %1</source>
        <translation>ha aggiunto il partner %1</translation>
    </message>
    <message>
        <source>Partner profile changed</source>
        <translation>Profilo del partner modificato</translation>
    </message>
    <message>
        <source>changed the profile of partner %1</source>
        <translation>ha modificato il profilo del partner %1</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Account aggiunto</translation>
    </message>
    <message>
        <source>added the account %1</source>
        <translation>ha aggiunto l&apos;account %1</translation>
    </message>
    <message>
        <source>Rule set imported</source>
        <translation>Set di regole importato</translation>
    </message>
    <message>
        <source>imported the rule set %1</source>
        <translation>ha importato il set di regole %1</translation>
    </message>
    <message>
        <source>Rule set activated</source>
        <translation>Set di regole attivato</translation>
    </message>
    <message>
        <source>activated the rule set %1</source>
        <translation>ha attivato il set di regole %1</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>Caso ritirato</translation>
    </message>
    <message>
        <source>withdrew case %1</source>
        <translation>ha ritirato il caso %1</translation>
    </message>
    <message>
        <source>Listing request withdrawn</source>
        <translation>Richiesta di inserimento ritirata</translation>
    </message>
    <message>
        <source>withdrew the directory listing request %1</source>
        <translation>ha ritirato la richiesta di inserimento nella directory %1</translation>
    </message>
</context>
<context>
    <name>lp::AuditWorkspace</name>
    <message>
        <source>Every change to enrollments, purchases, cases, listings, people and accounts, newest first. Each entry is chained to the one before it, so an edited, removed or reordered entry is found.</source>
        <translation>Ogni modifica a registrazioni, acquisti, casi, inserimenti nella directory, persone e account, dalla più recente. Ogni voce è concatenata alla precedente, così una voce modificata, rimossa o riordinata viene individuata.</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verifica la catena</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Voci del registro di controllo</translation>
    </message>
    <message>
        <source>Before and after of the selected entry</source>
        <translation>Prima e dopo della voce selezionata</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Selezionare una voce per vedere che cosa ha modificato.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>La catena è integra: %n voce verificata.</numerusform>
            <numerusform>La catena è integra: %n voci verificate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken: %1</source>
        <translation>La catena è compromessa: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro di controllo</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Ogni azione</translation>
    </message>
    <message>
        <source>Every partner</source>
        <translation>Ogni partner</translation>
    </message>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (ID MPN %2)</translation>
    </message>
    <message>
        <source>No entry matches these filters. Choose Everyone, Every action, Every partner or clear the dates to see more.</source>
        <translation>Nessuna voce corrisponde a questi filtri. Per vederne altre, scegliere Tutti, Ogni azione, Ogni partner o cancellare le date.</translation>
    </message>
    <message>
        <source>The audit trail is empty. Every change made in the program (an enrollment, an import, a case, a listing, a person, an account) adds an entry here.</source>
        <translation>Il registro di controllo è vuoto. Ogni modifica fatta nel programma (una registrazione, un&apos;importazione, un caso, un inserimento nella directory, una persona, un account) vi aggiunge una voce.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Fin&amp;o al:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>qualsiasi giorno</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;sporta CSV...</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>No entry to export: change the filters.</source>
        <translation>Nessuna voce da esportare: modificare i filtri.</translation>
    </message>
    <message>
        <source>%1 %2, %3.</source>
        <translation>%1 %2, %3.</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, modificato</translation>
    </message>
    <message>
        <source>Entry %1, hash %2</source>
        <translation>Voce %1, hash %2</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Esporta il registro di controllo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n voce esportata in %1.</numerusform>
            <numerusform>%n voci esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Dal:</translation>
    </message>
</context>
<context>
    <name>lp::BackupActions</name>
    <message>
        <source>Waiting for another program to finish writing to the database... (%1 s)</source>
        <translation>In attesa che un altro programma finisca di scrivere nel database... (%1 s)</translation>
    </message>
    <message>
        <source>Learning Partner Desk</source>
        <translation>Learning Partner Desk</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <source>Learning Partner Desk backups (*.sqlite)</source>
        <translation>Backup di Learning Partner Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the database to %1...</source>
        <translation>Backup del database in %1...</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Il backup non è stato scritto: %1</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>Il backup del database è stato scritto in %1.</translation>
    </message>
    <message>
        <source>It holds %1.</source>
        <translation>Contiene %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristino da backup</translation>
    </message>
    <message>
        <source>Checking the backup %1...</source>
        <translation>Verifica del backup %1...</translation>
    </message>
    <message>
        <source>This backup cannot be used: %1</source>
        <translation>Questo backup non è utilizzabile: %1</translation>
    </message>
    <message>
        <source>Restoring %1 from the backup...</source>
        <translation>Ripristino di %1 dal backup...</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Non è stato modificato nulla: %1</translation>
    </message>
    <message>
        <source>The database was restored from the backup taken on %1.</source>
        <translation>Il database è stato ripristinato dal backup del %1.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>Il database com&apos;era prima è conservato in %1.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Accedere di nuovo.</translation>
    </message>
</context>
<context>
    <name>lp::BackupContentsDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Appartenenze</translation>
    </message>
    <message>
        <source>Microsoft Certified Trainers</source>
        <translation>Microsoft Certified Trainer</translation>
    </message>
    <message>
        <source>Exam passes</source>
        <translation>Esami superati</translation>
    </message>
    <message>
        <source>KPI records</source>
        <translation>Record KPI</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Account utente</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Registrazioni</translation>
    </message>
    <message>
        <source>Discrepancy cases</source>
        <translation>Casi di discrepanza</translation>
    </message>
    <message>
        <source>Case evidence</source>
        <translation>Documenti giustificativi dei casi</translation>
    </message>
    <message>
        <source>Directory listing requests</source>
        <translation>Richieste di inserimento nella directory</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Voci del registro di controllo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>nessuna riga</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Database danneggiato</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristino da backup</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Il database è danneggiato</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Contenuto del backup</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Il database %1 non è leggibile: %2</translation>
    </message>
    <message>
        <source>The newest good automatic backup is shown below.</source>
        <translation>Qui sotto è riportato il backup automatico integro più recente.</translation>
    </message>
    <message>
        <source>Newer backups that failed their check: %1</source>
        <translation>Backup più recenti che non hanno superato la verifica: %1</translation>
    </message>
    <message>
        <source>Restoring makes the database again from this backup; the damaged file is kept next to it, as it is. Work done after the backup was taken is not in it.</source>
        <translation>Il ripristino ricrea il database da questo backup; il file danneggiato è conservato accanto, così com&apos;è. Il lavoro svolto dopo il backup non vi è compreso.</translation>
    </message>
    <message>
        <source>The backup was checked: it is intact and matches its manifest.</source>
        <translation>Il backup è stato verificato: è integro e corrisponde al suo manifesto.</translation>
    </message>
    <message>
        <source>Restoring replaces everything in %1 with the content of this backup. The database as it is now is backed up first, next to it. Everyone signs in again afterwards.</source>
        <translation>Il ripristino sostituisce tutto il contenuto di %1 con quello di questo backup. Prima si esegue il backup del database così com&apos;è ora, accanto a esso. Dopo, tutti devono accedere di nuovo.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>File di backup:</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>Eseguito il:</translation>
    </message>
    <message>
        <source>Taken from:</source>
        <translation>Database di origine:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versione dello schema:</translation>
    </message>
    <message>
        <source>Application version:</source>
        <translation>Versione dell&apos;applicazione:</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Registro di controllo:</translation>
    </message>
    <message>
        <source>%1 (this version&apos;s)</source>
        <translation>%1 (quella di questa versione)</translation>
    </message>
    <message>
        <source>%1 (this version: %2; upgraded as it is restored)</source>
        <translation>%1 (questa versione: %2; aggiornata durante il ripristino)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), the newest number %1 (%2...)</source>
        <translation>
            <numerusform>%n voce, la più recente è la numero %1 (%2...)</numerusform>
            <numerusform>%n voci, la più recente è la numero %1 (%2...)</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>lp::CalendarService</name>
    <message>
        <source>Membership anniversary</source>
        <translation>Anniversario dell&apos;appartenenza</translation>
    </message>
    <message>
        <source>Renewals are measured on the KPIs of the 12 months before this date.</source>
        <translation>I rinnovi si misurano sugli indicatori KPI dei 12 mesi precedenti questa data.</translation>
    </message>
    <message>
        <source>Renewal reminder: the anniversary is in 15 days</source>
        <translation>Promemoria di rinnovo: l&apos;anniversario è tra 15 giorni</translation>
    </message>
    <message>
        <source>Anniversary on %1.</source>
        <translation>Anniversario il %1.</translation>
    </message>
    <message>
        <source>Renewal reminder: 23 days after the anniversary</source>
        <translation>Promemoria di rinnovo: 23 giorni dopo l&apos;anniversario</translation>
    </message>
    <message>
        <source>The anniversary was on %1.</source>
        <translation>L&apos;anniversario era il %1.</translation>
    </message>
    <message>
        <source>KPI report published</source>
        <translation>Report degli indicatori KPI pubblicato</translation>
    </message>
    <message>
        <source>It covers %1 to %2.</source>
        <translation>Copre il periodo dal %1 al %2.</translation>
    </message>
    <message>
        <source>Directory listing batch week</source>
        <translation>Settimana del lotto di inserimento nella directory</translation>
    </message>
    <message>
        <source>The request &quot;%1&quot; is sent to the directory this week.</source>
        <translation>La richiesta &quot;%1&quot; viene inviata alla directory questa settimana.</translation>
    </message>
    <message>
        <source>Directory listing visible by today</source>
        <translation>Inserimento nella directory visibile entro oggi</translation>
    </message>
    <message>
        <source>Action Pack subscription expires</source>
        <translation>Scade la sottoscrizione Action Pack</translation>
    </message>
    <message>
        <source>Action Pack renewal window</source>
        <translation>Periodo di rinnovo dell&apos;Action Pack</translation>
    </message>
    <message>
        <source>%1 competency membership ends: %2</source>
        <translation>Termina l&apos;appartenenza alla competenza %1: %2</translation>
    </message>
    <message>
        <source>MCT ends: %1 (%2)</source>
        <translation>Scade l&apos;MCT: %1 (%2)</translation>
    </message>
    <message>
        <source>Learning Partner dates: %1</source>
        <translation>Date Learning Partner: %1</translation>
    </message>
    <message>
        <source>The Action Pack is renewed only after it has expired, within %1 days.</source>
        <translation>L&apos;Action Pack si rinnova solo dopo la scadenza, entro %1 giorni.</translation>
    </message>
</context>
<context>
    <name>lp::CaseDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Attach the invoice</source>
        <translation>Allega la fattura</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Fatture (*.pdf *.png *.jpg *.jpeg);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Attach the invoice, as a PDF file or a PNG or JPEG image.</source>
        <translation>Allegare la fattura, come file PDF o immagine PNG o JPEG.</translation>
    </message>
    <message>
        <source>Fill in the seven fields: the triage appears here.</source>
        <translation>Compilare i sette campi: la valutazione compare qui.</translation>
    </message>
    <message>
        <source>We suggest waiting for that report before filing a case.</source>
        <translation>Si consiglia di attendere quel report prima di aprire un caso.</translation>
    </message>
    <message>
        <source>There is nothing to correct; you may still file the case.</source>
        <translation>Non c&apos;è nulla da correggere; è comunque possibile aprire il caso.</translation>
    </message>
    <message>
        <source>Partner Frontline Support will review the case.</source>
        <translation>Il Supporto Frontline per i partner esaminerà il caso.</translation>
    </message>
    <message>
        <source>File a KPI discrepancy case</source>
        <translation>Apri un caso di discrepanza KPI</translation>
    </message>
    <message>
        <source>Tell Partner Frontline Support which KPI record is wrong. All seven fields are required, and only an invoice is accepted as evidence: order confirmations and partner reports are not.</source>
        <translation>Indicare al Supporto Frontline per i partner quale record KPI è errato. Tutti i sette campi sono obbligatori e come documento giustificativo si accetta solo una fattura: le conferme d&apos;ordine e i report dei partner non vengono accettati.</translation>
    </message>
    <message>
        <source>Kind of document attached</source>
        <translation>Tipo di documento allegato</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mese:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>&amp;OMLP type:</source>
        <translation>Tipo &amp;OMLP:</translation>
    </message>
    <message>
        <source>&amp;Purchase units:</source>
        <translation>&amp;Unità acquistate:</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>&amp;Numero di fattura:</translation>
    </message>
    <message>
        <source>&amp;KPI value:</source>
        <translation>Valore &amp;KPI:</translation>
    </message>
    <message>
        <source>&amp;Revenue value:</source>
        <translation>Valore dei &amp;ricavi:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Documento giustificativo:</translation>
    </message>
    <message>
        <source>&amp;Attach invoice...</source>
        <translation>Allega &amp;fattura...</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Nessun file allegato</translation>
    </message>
    <message>
        <source>&amp;File case</source>
        <translation>Apri &amp;caso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Description (optional):</source>
        <translation>D&amp;escrizione (facoltativa):</translation>
    </message>
    <message>
        <source>What is wrong with the KPI record, in your own words</source>
        <translation>Che cosa non va nel record KPI, con parole proprie</translation>
    </message>
    <message>
        <source>Description of the discrepancy (optional)</source>
        <translation>Descrizione della discrepanza (facoltativa)</translation>
    </message>
</context>
<context>
    <name>lp::CaseHistoryView</name>
    <message>
        <source>Every partner</source>
        <translation>Ogni partner</translation>
    </message>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (ID MPN %2)</translation>
    </message>
    <message>
        <source>No case matches these filters. Clear a filter or the search to see more.</source>
        <translation>Nessun caso corrisponde a questi filtri. Per vederne altri, cancellare un filtro o la ricerca.</translation>
    </message>
    <message>
        <source>No case yet. A case appears here as soon as a partner files one; open cases wait in the Case queue.</source>
        <translation>Ancora nessun caso. Un caso compare qui non appena un partner lo apre; i casi aperti attendono nella Coda dei casi.</translation>
    </message>
    <message>
        <source>No case yet. A case is how a KPI record that does not match your invoice gets corrected: use New case, or a row of the KPI ledger.</source>
        <translation>Ancora nessun caso. Un record KPI che non corrisponde alla fattura si rettifica con un caso: usare Nuovo caso o una riga del registro KPI.</translation>
    </message>
    <message>
        <source>Select a case to read it in full.</source>
        <translation>Selezionare un caso per leggerlo per intero.</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>N&amp;umero di fattura:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Triage:</source>
        <translation>&amp;Valutazione:</translation>
    </message>
    <message>
        <source>Resolved f&amp;rom:</source>
        <translation>Ris&amp;olto dal:</translation>
    </message>
    <message>
        <source>Part of an invoice number</source>
        <translation>Parte di un numero di fattura</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Any triage</source>
        <translation>Qualsiasi valutazione</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>qualsiasi giorno</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto il</translation>
    </message>
    <message>
        <source>Discrepancy cases, newest first</source>
        <translation>Casi di discrepanza, dal più recente</translation>
    </message>
    <message>
        <source>The selected case</source>
        <translation>Il caso selezionato</translation>
    </message>
    <message>
        <source>Filed fro&amp;m:</source>
        <translation>Aperto &amp;dal:</translation>
    </message>
    <message>
        <source>File&amp;d until:</source>
        <translation>Aperto f&amp;ino al:</translation>
    </message>
    <message>
        <source>Resol&amp;ved until:</source>
        <translation>Risolto fino &amp;al:</translation>
    </message>
</context>
<context>
    <name>lp::CaseHistoryWorkspace</name>
    <message>
        <source>Every KPI discrepancy case of every partner, newest first, open and resolved. A resolved case shows its outcome, the note and the triage as it stood when it was resolved.</source>
        <translation>Tutti i casi di discrepanza KPI di tutti i partner, dal più recente, aperti e risolti. Un caso risolto mostra l&apos;esito, la nota e la valutazione com&apos;era al momento della risoluzione.</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Cronologia dei casi</translation>
    </message>
</context>
<context>
    <name>lp::CaseQueueWorkspace</name>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (ID MPN %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a case.</source>
        <translation>Selezionare un caso.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Case %1&lt;/b&gt;, filed by %2 for %3, %n day(s) old. At filing: %4 Now: %5</source>
        <translation>
            <numerusform>&lt;b&gt;Caso %1&lt;/b&gt;, aperto da %2 per %3, %n giorno di attesa. All&apos;apertura: %4 Ora: %5</numerusform>
            <numerusform>&lt;b&gt;Caso %1&lt;/b&gt;, aperto da %2 per %3, %n giorni di attesa. All&apos;apertura: %4 Ora: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>KPI record, line %1</source>
        <translation>Record KPI, riga %1</translation>
    </message>
    <message>
        <source>KPI records, total</source>
        <translation>Record KPI, totale</translation>
    </message>
    <message>
        <source>No KPI record of this invoice</source>
        <translation>Nessun record KPI di questa fattura</translation>
    </message>
    <message>
        <source>Differs from the case</source>
        <translation>Diverso dal caso</translation>
    </message>
    <message>
        <source>%1, differs from the case</source>
        <translation>%1, diverso dal caso</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2), SHA-256 %3</source>
        <translation>Documento giustificativo: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>The invoice attached to the case</source>
        <translation>La fattura allegata al caso</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>No application opens %1; use Save evidence instead.</source>
        <translation>Nessuna applicazione apre %1; usare Salva documento.</translation>
    </message>
    <message>
        <source>Save the evidence</source>
        <translation>Salva il documento giustificativo</translation>
    </message>
    <message>
        <source>Open KPI discrepancy cases of every partner, oldest first. Compare the case with the KPI records of its invoice, look at the invoice, then resolve: corrected writes the filed values into the KPI records; rejected leaves them. The note is required and the partner reads it.</source>
        <translation>I casi di discrepanza KPI aperti di tutti i partner, dal più vecchio. Confrontare il caso con i record KPI della sua fattura, esaminare la fattura, poi risolvere: la rettifica scrive i valori indicati nei record KPI; il rifiuto li lascia invariati. La nota è obbligatoria e il partner la riceve.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Open cases, oldest first</source>
        <translation>Casi aperti, dal più vecchio</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>Tipo OMLP</translation>
    </message>
    <message>
        <source>Purchase units</source>
        <translation>Unità acquistate</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Valore KPI</translation>
    </message>
    <message>
        <source>Revenue value</source>
        <translation>Valore dei ricavi</translation>
    </message>
    <message>
        <source>The case beside the KPI records of its invoice</source>
        <translation>Il caso accanto ai record KPI della sua fattura</translation>
    </message>
    <message>
        <source>&amp;View evidence...</source>
        <translation>&amp;Visualizza documento...</translation>
    </message>
    <message>
        <source>&amp;Corrected: write the filed values into the KPI records</source>
        <translation>&amp;Rettificare: scrivere i valori indicati nei record KPI</translation>
    </message>
    <message>
        <source>Re&amp;jected: leave the KPI records as they are</source>
        <translation>Res&amp;pingere: lasciare invariati i record KPI</translation>
    </message>
    <message>
        <source>&amp;Note to the partner (required):</source>
        <translation>&amp;Nota per il partner (obbligatoria):</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>R&amp;isolvi</translation>
    </message>
    <message>
        <source>Case queue</source>
        <translation>Coda dei casi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>No open case. A case appears here, oldest first, as soon as a partner files one from the Discrepancy cases workspace or a KPI ledger row; resolved cases are in the Case history.</source>
        <translation>Nessun caso aperto. Un caso compare qui, dal più vecchio, non appena un partner lo apre dall&apos;area Casi di discrepanza o da una riga del registro KPI; i casi risolti sono nella Cronologia dei casi.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Data fattura</translation>
    </message>
    <message>
        <source>Nothing was written: case %1 is still open.</source>
        <translation>Non è stato scritto nulla: il caso %1 è ancora aperto.</translation>
    </message>
    <message>
        <source>&amp;Save evidence...</source>
        <translation>&amp;Salva documento...</translation>
    </message>
    <message>
        <source>The partner&apos;s description: %1</source>
        <translation>Descrizione del partner: %1</translation>
    </message>
    <message>
        <source>Case %1 corrected on %2: the KPI records of invoice %3 now carry the filed values.</source>
        <translation>Caso %1 risolto con la rettifica il %2: i record KPI della fattura %3 riportano ora i valori del caso.</translation>
    </message>
    <message>
        <source>Case %1 rejected on %2; the partner reads your note.</source>
        <translation>Caso %1 respinto il %2; il partner riceve la nota.</translation>
    </message>
</context>
<context>
    <name>lp::CaseService</name>
    <message>
        <source>KPI discrepancy case %1</source>
        <translation>Caso di discrepanza KPI %1</translation>
    </message>
    <message>
        <source>Partner: %1 (MPN ID %2)</source>
        <translation>Partner: %1 (ID MPN %2)</translation>
    </message>
    <message>
        <source>Filed by %1 on %2</source>
        <translation>Aperto da %1 il %2</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Documento giustificativo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>open, waiting for Partner Frontline Support</source>
        <translation>aperto, in attesa del Supporto Frontline per i partner</translation>
    </message>
    <message>
        <source>corrected by %1 on %2</source>
        <translation>rettificato da %1 il %2</translation>
    </message>
    <message>
        <source>rejected by %1 on %2</source>
        <translation>respinto da %1 il %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Triage at resolution</source>
        <translation>Valutazione alla risoluzione</translation>
    </message>
    <message>
        <source>withdrawn by %1 on %2</source>
        <translation>ritirato da %1 il %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>lp::CasesWorkspace</name>
    <message>
        <source>kpi-case-%1.txt</source>
        <translation>caso-kpi-%1.txt</translation>
    </message>
    <message>
        <source>A KPI record that does not match your invoice is corrected through a case: Partner Frontline Support reviews it and says what it decided. Select a case to read it, or export it.</source>
        <translation>Un record KPI che non corrisponde alla fattura si rettifica con un caso: il Supporto Frontline per i partner lo esamina e comunica la decisione. Selezionare un caso per leggerlo o esportarlo.</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>&amp;Nuovo caso...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Esporta...</translation>
    </message>
    <message>
        <source>Discrepancy cases</source>
        <translation>Casi di discrepanza</translation>
    </message>
    <message>
        <source>Select a case to export it.</source>
        <translation>Selezionare un caso per esportarlo.</translation>
    </message>
    <message>
        <source>Select an open case: one already resolved or withdrawn cannot be withdrawn.</source>
        <translation>Selezionare un caso aperto: un caso già risolto o ritirato non può essere ritirato.</translation>
    </message>
    <message>
        <source>case %1 about invoice %2</source>
        <translation>il caso %1 sulla fattura %2</translation>
    </message>
    <message>
        <source>Case %1 about invoice %2 withdrawn on %3; Partner Frontline Support sees it as withdrawn, with your reason.</source>
        <translation>Caso %1 sulla fattura %2 ritirato il %3; il Supporto Frontline per i partner lo vede come ritirato, con il motivo indicato.</translation>
    </message>
    <message>
        <source>Case %1 about invoice %2 filed on %3; Partner Frontline Support reviews it.</source>
        <translation>Caso %1 sulla fattura %2 aperto il %3; il Supporto Frontline per i partner lo esaminerà.</translation>
    </message>
    <message>
        <source>&amp;Withdraw case...</source>
        <translation>&amp;Ritira il caso...</translation>
    </message>
</context>
<context>
    <name>lp::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambia la mia password</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Scegliere la propria password</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters; any characters, spaces included. A common password or one that contains your user name is refused.</source>
        <translation>Usare da %1 a %2 caratteri, di qualsiasi tipo, spazi compresi. Una password comune o che contiene il nome utente viene rifiutata.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Replace it with a password only you know before you go on.</source>
        <translation>L&apos;accesso è stato eseguito con una password monouso. Prima di proseguire, sostituirla con una password nota solo a sé.</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>Password &amp;monouso:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Password &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;ferma nuova password:</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Password monouso</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Conferma nuova password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Cambia password</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>&amp;Disconnetti</translation>
    </message>
</context>
<context>
    <name>lp::CommitmentPage</name>
    <message>
        <source>Performance commitment</source>
        <translation>Impegno sulle prestazioni</translation>
    </message>
    <message>
        <source>Commit to the Performance Requirements to go on.</source>
        <translation>Impegnarsi sui requisiti di prestazioni per continuare.</translation>
    </message>
    <message>
        <source>Commit to the &lt;b&gt;Performance Requirements&lt;/b&gt; outlined in the Learning Program Performance Guidelines. These guidelines are available from the %1.</source>
        <translation>Impegnarsi sui &lt;b&gt;requisiti di prestazioni&lt;/b&gt; descritti nelle linee guida sulle prestazioni del programma di apprendimento. Queste linee guida sono disponibili nel %1.</translation>
    </message>
    <message>
        <source>Learning Resources site</source>
        <translation>sito risorse di apprendimento</translation>
    </message>
    <message>
        <source>I &amp;commit to these Performance Requirements</source>
        <translation>Mi impe&amp;gno a rispettare questi requisiti di prestazioni</translation>
    </message>
    <message>
        <source>Silver and gold need this commitment to the Performance Requirements of the Learning Program Performance Guidelines: without it the wizard does not go on.</source>
        <translation>Silver e Gold richiedono questo impegno sui requisiti di prestazioni delle linee guida del Learning Program: senza di esso la procedura guidata non prosegue.</translation>
    </message>
</context>
<context>
    <name>lp::CompetencyPage</name>
    <message numerus="yes">
        <source>at least %n active MCT(s)</source>
        <translation>
            <numerusform>almeno %n MCT attivo</numerusform>
            <numerusform>almeno %n MCT attivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n exam(s) passed for the competency</source>
        <translation>
            <numerusform>almeno %n esame superato per la competenza</numerusform>
            <numerusform>almeno %n esami superati per la competenza</numerusform>
        </translation>
    </message>
    <message>
        <source>the exams %1</source>
        <translation>gli esami %1</translation>
    </message>
    <message>
        <source>the commitment to the Performance Requirements</source>
        <translation>l&apos;impegno sui requisiti di prestazioni</translation>
    </message>
    <message>
        <source>The gold level of %1 asks for (rule set %2):</source>
        <translation>Il livello Gold di %1 richiede (set di regole %2):</translation>
    </message>
    <message>
        <source>The silver level of %1 asks for (rule set %2):</source>
        <translation>Il livello Silver di %1 richiede (set di regole %2):</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Which competency&apos;s gold Learning option do you enroll in?</source>
        <translation>A quale opzione Learning Gold di una competenza ci si registra?</translation>
    </message>
    <message>
        <source>Which competency&apos;s silver Learning option do you enroll in?</source>
        <translation>A quale opzione Learning Silver di una competenza ci si registra?</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Competenza:</translation>
    </message>
    <message>
        <source>To learn more about which competencies offer a silver or gold Learning option, see the latest %1.</source>
        <translation>Per altre informazioni sulle competenze che offrono un&apos;opzione Learning Silver o Gold, vedere la %1 più recente.</translation>
    </message>
    <message>
        <source>competencies page</source>
        <translation>pagina delle competenze</translation>
    </message>
    <message>
        <source>Learning KPI requirements are subject to change annually, and learning KPIs must be met starting the first year of enrollment. No Business Application Plan is needed.</source>
        <translation>I requisiti degli indicatori KPI di apprendimento sono soggetti a modifiche annuali, e gli indicatori KPI di apprendimento devono essere soddisfatti a partire dal primo anno di registrazione. Non è necessario un Business Application Plan.</translation>
    </message>
    <message>
        <source>New partner? Learn more about the process with the %1.</source>
        <translation>Nuovo partner? Altre informazioni sul processo nella %1.</translation>
    </message>
    <message>
        <source>Learning option asset collection</source>
        <translation>raccolta di asset dell&apos;opzione Learning</translation>
    </message>
    <message>
        <source>learning KPIs counted in the window of the monthly report: %1</source>
        <translation>indicatori KPI di apprendimento conteggiati nel periodo KPI del report mensile: %1</translation>
    </message>
    <message>
        <source>The competency of the Learning option. Trainers, exam passes and KPIs are counted for this competency only; the numbers it needs are shown below.</source>
        <translation>La competenza dell&apos;opzione Learning. Trainer MCT, esami superati e indicatori KPI vengono contati solo per questa competenza; i numeri richiesti sono indicati sotto.</translation>
    </message>
</context>
<context>
    <name>lp::DashboardWorkspace</name>
    <message>
        <source>Open a partner in Partners to see its KPIs.</source>
        <translation>Aprire un partner in Partner per vederne gli indicatori KPI.</translation>
    </message>
    <message>
        <source>%1, covering %2 to %3</source>
        <translation>%1, copre dal %2 al %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, tra %n giorno</numerusform>
            <numerusform>%1, tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (15 days before) and %2 (23 days after)</source>
        <translation>%1 (15 giorni prima) e %2 (23 giorni dopo)</translation>
    </message>
    <message>
        <source>%1 counted, %2 pending, %3 not counted</source>
        <translation>%1 conteggiati, %2 in attesa, %3 non conteggiati</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Conteggiati</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non conteggiati</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicatori KPI</translation>
    </message>
    <message>
        <source>%1: %2 counted, %3 pending, %4 not counted</source>
        <translation>%1: %2 conteggiati, %3 in attesa, %4 non conteggiati</translation>
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
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Mancano: %1</translation>
    </message>
    <message>
        <source>in the report of %1</source>
        <translation>nel report del %1</translation>
    </message>
    <message>
        <source>in the report of %1, after the anniversary</source>
        <translation>nel report del %1, dopo la data di anniversario</translation>
    </message>
    <message>
        <source>met</source>
        <translation>soddisfatto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non soddisfatto</translation>
    </message>
    <message>
        <source>no longer met</source>
        <translation>non più soddisfatto</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>nessun cambiamento</translation>
    </message>
    <message>
        <source>KPIs %1 → %2 of %3: %4</source>
        <translation>Indicatori KPI %1 → %2 su %3: %4</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>On %1 without</source>
        <translation>Il %1 senza</translation>
    </message>
    <message>
        <source>On %1 with</source>
        <translation>Il %1 con</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiamento</translation>
    </message>
    <message>
        <source>Reports and anniversary</source>
        <translation>Report e data di anniversario</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Set di regole:</translation>
    </message>
    <message>
        <source>Latest report:</source>
        <translation>Ultimo report:</translation>
    </message>
    <message>
        <source>Next report:</source>
        <translation>Prossimo report:</translation>
    </message>
    <message>
        <source>Anniversary:</source>
        <translation>Data di anniversario:</translation>
    </message>
    <message>
        <source>Renewal reminders:</source>
        <translation>Promemoria di rinnovo:</translation>
    </message>
    <message>
        <source>KPIs:</source>
        <translation>Indicatori KPI:</translation>
    </message>
    <message>
        <source>KPIs per month</source>
        <translation>Indicatori KPI per mese</translation>
    </message>
    <message>
        <source>Progress toward silver and gold (the performance commitment assumed)</source>
        <translation>Progressi verso Silver e Gold (supponendo l&apos;impegno sulle prestazioni)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Active MCTs</source>
        <translation>MCT attivi</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Esami</translation>
    </message>
    <message>
        <source>Progress toward silver and gold</source>
        <translation>Progressi verso Silver e Gold</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulazione</translation>
    </message>
    <message>
        <source>Add purchases you are thinking of: the rules engine says when each becomes visible and whether it changes the decision on the day before the anniversary.</source>
        <translation>Aggiungere gli acquisti a cui si sta pensando: il motore delle regole dice quando ciascuno diventa visibile e se cambia la decisione il giorno prima della data di anniversario.</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>&amp;Data della fattura:</translation>
    </message>
    <message>
        <source>&amp;KPI value:</source>
        <translation>Valore &amp;KPI:</translation>
    </message>
    <message>
        <source>C&amp;ompetency:</source>
        <translation>C&amp;ompetenza:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visibile</translation>
    </message>
    <message>
        <source>Hypothetical purchases</source>
        <translation>Acquisti ipotetici</translation>
    </message>
    <message>
        <source>What the hypothetical purchases change</source>
        <translation>Che cosa cambiano gli acquisti ipotetici</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>Dashboard KPI</translation>
    </message>
    <message>
        <source>required ones ✔</source>
        <translation>obbligatori ✔</translation>
    </message>
    <message>
        <source>Before the anniversary, without</source>
        <translation>Prima della data di anniversario, senza</translation>
    </message>
    <message>
        <source>Before the anniversary, with</source>
        <translation>Prima della data di anniversario, con</translation>
    </message>
    <message>
        <source>now met</source>
        <translation>ora soddisfatto</translation>
    </message>
    <message>
        <source>KPIs of the window %1 to %2: %3 counted, %4 pending, %5 not counted.</source>
        <translation>Indicatori KPI del periodo KPI dal %1 al %2: %3 conteggiati, %4 in attesa, %5 non conteggiati.</translation>
    </message>
</context>
<context>
    <name>lp::DateField</name>
    <message>
        <source>e.g. %1 or 2021-03-20</source>
        <translation>ad es. %1 o 2021-03-20</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Scegliere una data</translation>
    </message>
</context>
<context>
    <name>lp::DirectoryWorkspace</name>
    <message>
        <source>To appear in the &lt;a href=&quot;https://docs.microsoft.com/learn/certifications/partners&quot;&gt;Learning Partner directory&lt;/a&gt;, your request is sent to Microsoft in a manual batch once a month, during the third week; the listing is visible by the end of the first week of the following month.</source>
        <translation>Per comparire nella &lt;a href=&quot;https://docs.microsoft.com/learn/certifications/partners&quot;&gt;directory dei Learning Partner&lt;/a&gt;, la richiesta viene inviata a Microsoft in un lotto manuale una volta al mese, durante la terza settimana; l&apos;inserimento è visibile entro la fine della prima settimana del mese successivo.</translation>
    </message>
    <message>
        <source>Request a listing</source>
        <translation>Richiedi l&apos;inserimento</translation>
    </message>
    <message>
        <source>your organization</source>
        <translation>la propria organizzazione</translation>
    </message>
    <message>
        <source>&amp;Name to show:</source>
        <translation>&amp;Nome da mostrare:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>https://www.example.com/microsoft</source>
        <translation>https://www.example.com/microsoft</translation>
    </message>
    <message>
        <source>The page is about %1 only</source>
        <translation>La pagina riguarda solo %1</translation>
    </message>
    <message>
        <source>The page shows no competitors</source>
        <translation>La pagina non mostra concorrenti</translation>
    </message>
    <message>
        <source>The page is owned by %1</source>
        <translation>La pagina è di proprietà di %1</translation>
    </message>
    <message>
        <source>Name to show in the directory</source>
        <translation>Nome da mostrare nella directory</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>URL of the Microsoft-themed landing page</source>
        <translation>URL della pagina di destinazione a tema Microsoft</translation>
    </message>
    <message>
        <source>&amp;Send the request</source>
        <translation>&amp;Invia la richiesta</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Pagina di destinazione</translation>
    </message>
    <message>
        <source>Batch week</source>
        <translation>Settimana del lotto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Richieste di inserimento</translation>
    </message>
    <message>
        <source>Directory listing</source>
        <translation>Inserimento nella directory</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Waiting for the batch; visible by %1</source>
        <translation>In attesa del lotto; visibile entro il %1</translation>
    </message>
    <message>
        <source>Sent on %1; visible by %2</source>
        <translation>Inviata il %1; visibile entro il %2</translation>
    </message>
    <message>
        <source>Visible since %1</source>
        <translation>Visibile dal %1</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Salva come &amp;bozza</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Bozza salvata.</translation>
    </message>
    <message>
        <source>Landing &amp;page:</source>
        <translation>Pagina di &amp;destinazione:</translation>
    </message>
    <message>
        <source>&amp;Withdraw request...</source>
        <translation>&amp;Ritira la richiesta...</translation>
    </message>
    <message>
        <source>Select a request still waiting for its batch: one already sent to the directory cannot be withdrawn.</source>
        <translation>Selezionare una richiesta ancora in attesa del lotto: una richiesta già inviata alla directory non può essere ritirata.</translation>
    </message>
    <message>
        <source>listing request %1 (%2)</source>
        <translation>la richiesta di inserimento %1 (%2)</translation>
    </message>
    <message>
        <source>Listing request %1 withdrawn on %2; Partner Frontline Support sees it as withdrawn.</source>
        <translation>Richiesta di inserimento %1 ritirata il %2; il Supporto Frontline per i partner la vede come ritirata.</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>Ritirata il %1: %2</translation>
    </message>
    <message>
        <source>Sent today, it joins the batch of the week from %1 to %2 and should be visible by %3.</source>
        <translation>Inviata oggi, entra nel lotto della settimana dal %1 al %2 e dovrebbe essere visibile entro il %3.</translation>
    </message>
    <message>
        <source>Listing request %1 sent on %2: it joins the batch of the week from %3 to %4 and should be visible by %5.</source>
        <translation>Richiesta di inserimento %1 inviata il %2: entra nel lotto della settimana dal %3 al %4 e dovrebbe essere visibile entro il %5.</translation>
    </message>
</context>
<context>
    <name>lp::EnrollmentDraftController</name>
    <message>
        <source>Action Pack subscription renewed</source>
        <translation>Sottoscrizione Action Pack rinnovata</translation>
    </message>
    <message>
        <source>Action Pack subscription bought</source>
        <translation>Sottoscrizione Action Pack acquistata</translation>
    </message>
    <message>
        <source>Account profile requested of Partner Frontline Support</source>
        <translation>Profilo account richiesto al Supporto Frontline per i partner</translation>
    </message>
    <message>
        <source>Committed to the Performance Requirements</source>
        <translation>Impegno sui requisiti di prestazioni preso</translation>
    </message>
    <message>
        <source>Subscribed in Membership Offers</source>
        <translation>Sottoscritto in Offerte di appartenenza</translation>
    </message>
</context>
<context>
    <name>lp::EnrollmentPage</name>
    <message>
        <source>Done: this step is complete, Next goes on.</source>
        <translation>Fatto: questo passaggio è completo, è possibile proseguire con Avanti.</translation>
    </message>
</context>
<context>
    <name>lp::EnrollmentWizard</name>
    <message>
        <source>Draft not saved</source>
        <translation>Bozza non salvata</translation>
    </message>
    <message>
        <source>Close the enrollment</source>
        <translation>Chiudi la registrazione</translation>
    </message>
    <message>
        <source>Save your answers as a draft? You can resume it from the Enrollment workspace.</source>
        <translation>Salvare le risposte come bozza? Si potrà riprenderla dall&apos;area Registrazione.</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Salva bozza</translation>
    </message>
    <message>
        <source>&amp;Discard answers</source>
        <translation>Scar&amp;ta le risposte</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
    <message>
        <source>Enroll in the Learning Partner program</source>
        <translation>Registrazione al programma Learning Partner</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>In&amp;via</translation>
    </message>
</context>
<context>
    <name>lp::EnrollmentWorkspace</name>
    <message>
        <source>Discard the draft</source>
        <translation>Scarta la bozza</translation>
    </message>
    <message>
        <source>Discard the draft of %1? Its answers are lost.</source>
        <translation>Scartare la bozza di %1? Le sue risposte vanno perse.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Mantieni</translation>
    </message>
    <message>
        <source>Enroll in the Learning Action Pack or in the silver or gold Learning option of a competency. The wizard says what the rules engine decides at each step; a draft keeps your answers.</source>
        <translation>Registrarsi al Learning Action Pack o all&apos;opzione Learning Silver o Gold di una competenza. La procedura guidata mostra che cosa decide il motore delle regole a ogni passaggio; una bozza conserva le risposte.</translation>
    </message>
    <message>
        <source>The enrollments of your organization. Only MPN partner admins and account admins enroll.</source>
        <translation>Le registrazioni dell&apos;organizzazione. Solo l&apos;amministratore partner MPN e l&apos;amministratore account possono eseguire la registrazione.</translation>
    </message>
    <message>
        <source>&amp;New enrollment...</source>
        <translation>&amp;Nuova registrazione...</translation>
    </message>
    <message>
        <source>&amp;Resume draft</source>
        <translation>&amp;Riprendi bozza</translation>
    </message>
    <message>
        <source>D&amp;iscard draft</source>
        <translation>Scar&amp;ta bozza</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Set di regole</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Valutato il</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Select a draft in the list first.</source>
        <translation>Selezionare prima una bozza nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Enrollments and drafts (Enter opens a submitted one, read only)</source>
        <translation>Registrazioni e bozze (Invio apre in sola lettura una registrazione inviata)</translation>
    </message>
    <message>
        <source>No enrollment yet. Your submitted enrollments and your drafts appear here: start one with New enrollment; closing the wizard keeps a draft.</source>
        <translation>Ancora nessuna registrazione. Le registrazioni inviate e le bozze compaiono qui: iniziarne una con Nuova registrazione; chiudendo la procedura guidata si conserva una bozza.</translation>
    </message>
    <message>
        <source>No enrollment yet. Submitted enrollments and drafts appear here once an MPN partner admin or account admin starts one.</source>
        <translation>Ancora nessuna registrazione. Le registrazioni inviate e le bozze compaiono qui quando un amministratore partner MPN o un amministratore account ne inizia una.</translation>
    </message>
    <message>
        <source>Enrollment %1 submitted on %2: %3, on rule set %4.</source>
        <translation>Registrazione %1 inviata il %2: %3, con il set di regole %4.</translation>
    </message>
</context>
<context>
    <name>lp::ExamPassDialog</name>
    <message>
        <source>Edit exam pass</source>
        <translation>Modifica esame superato</translation>
    </message>
    <message>
        <source>Add exam pass</source>
        <translation>Aggiungi esame superato</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Exam:</source>
        <translation>&amp;Esame:</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Competenza:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Exam code</source>
        <translation>Codice esame</translation>
    </message>
    <message>
        <source>e.g. AZ-900</source>
        <translation>ad es. AZ-900</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Superato il</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Passed &amp;on:</source>
        <translation>Superato &amp;il:</translation>
    </message>
</context>
<context>
    <name>lp::ExamsPage</name>
    <message>
        <source>Exams</source>
        <translation>Esami</translation>
    </message>
    <message>
        <source>Meet the exam requirements. A pass counts once per person and exam, for the competency it is recorded for.</source>
        <translation>Soddisfare i requisiti dell&apos;esame. Un esame superato conta una volta per persona ed esame, per la competenza per cui è registrato.</translation>
    </message>
    <message>
        <source>E&amp;xam passes recorded for %1:</source>
        <translation>Esami s&amp;uperati registrati per %1:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Esame</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Superato il</translation>
    </message>
    <message>
        <source>Exam passes</source>
        <translation>Esami superati</translation>
    </message>
    <message>
        <source>The exam passes recorded in People for this competency. A pass counts once per person and exam.</source>
        <translation>Gli esami superati registrati in Persone per questa competenza. Un esame superato conta una volta per persona ed esame.</translation>
    </message>
</context>
<context>
    <name>lp::FallbackBanner</name>
    <message>
        <source>Gold is not met today: %1.</source>
        <translation>Il livello Gold oggi non è soddisfatto: %1.</translation>
    </message>
    <message>
        <source>You meet silver in %1: you can continue on silver, with your answers kept.</source>
        <translation>Il livello Silver in %1 è soddisfatto: è possibile continuare con Silver, mantenendo le risposte date.</translation>
    </message>
    <message>
        <source>Continue on si&amp;lver</source>
        <translation>Continua con Si&amp;lver</translation>
    </message>
    <message>
        <source>You meet the Learning Action Pack: you can continue with it.</source>
        <translation>Il Learning Action Pack è soddisfatto: è possibile continuare con esso.</translation>
    </message>
    <message>
        <source>Continue with the Action &amp;Pack</source>
        <translation>Continua con l&apos;Action &amp;Pack</translation>
    </message>
    <message>
        <source>No other path is met today either.</source>
        <translation>Oggi nessun altro percorso è soddisfatto.</translation>
    </message>
</context>
<context>
    <name>lp::FieldNames</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>Tipo OMLP</translation>
    </message>
    <message>
        <source>Purchase units</source>
        <translation>Unità acquistate</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numero di fattura</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Valore KPI</translation>
    </message>
    <message>
        <source>Revenue value</source>
        <translation>Valore dei ricavi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo di documento</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Data fattura</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Documento giustificativo</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 del documento giustificativo</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Campi diversi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>MPN ID</source>
        <translation>ID MPN</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Ritirato da</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>lp::FirstRunDialog</name>
    <message>
        <source>Welcome to Learning Partner Desk</source>
        <translation>Benvenuti in Learning Partner Desk</translation>
    </message>
    <message>
        <source>This database has no account yet. Enter your organization as it is registered in the Microsoft Partner Network, and create the first MPN partner admin account. There is no default password: choose one of at least %1 characters.</source>
        <translation>Questo database non ha ancora alcun account. Inserire l&apos;organizzazione come è registrata nel Microsoft Partner Network e creare il primo account di amministratore partner MPN. Non esiste una password predefinita: sceglierne una di almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>Partner organization</source>
        <translation>Organizzazione partner</translation>
    </message>
    <message>
        <source>First MPN partner admin</source>
        <translation>Primo amministratore partner MPN</translation>
    </message>
    <message>
        <source>&amp;MPN ID:</source>
        <translation>ID &amp;MPN:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;Anniversary date:</source>
        <translation>Data di &amp;anniversario:</translation>
    </message>
    <message>
        <source>MPN ID</source>
        <translation>ID MPN</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nome del partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Anniversary date</source>
        <translation>Data di anniversario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>C&amp;onferma password:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Conferma password</translation>
    </message>
    <message>
        <source>digits only, e.g. 4412345</source>
        <translation>solo cifre, ad es. 4412345</translation>
    </message>
    <message>
        <source>The anniversary of your membership: renewals and the KPI window of a renewal are counted from it.</source>
        <translation>La data di anniversario dell&apos;appartenenza: i rinnovi e il periodo KPI di un rinnovo si contano da questa data.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>C&amp;reate and sign in</source>
        <translation>C&amp;rea e accedi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>lp::FixPointer</name>
    <message>
        <source>Where to fix it: Microsoft Certified Trainers are recorded in the People workspace. Add or renew them there, then come back: your answers are kept as a draft.</source>
        <translation>Dove rimediare: i Microsoft Certified Trainer si registrano nell&apos;area Persone. Aggiungerli o rinnovarli lì, poi tornare qui: le risposte restano salvate come bozza.</translation>
    </message>
    <message>
        <source>Open &amp;People</source>
        <translation>Apri &amp;Persone</translation>
    </message>
    <message>
        <source>Where to fix it: exam passes are recorded in the People workspace, each for its competency. Record the missing ones there, then come back: your answers are kept as a draft.</source>
        <translation>Dove rimediare: gli esami superati si registrano nell&apos;area Persone, ciascuno per la sua competenza. Registrare lì quelli mancanti, poi tornare qui: le risposte restano salvate come bozza.</translation>
    </message>
    <message>
        <source>Where to fix it: KPIs come from the invoices in the KPI ledger. Import the missing invoices there, or file a discrepancy case from a wrong record; your answers are kept as a draft.</source>
        <translation>Dove rimediare: i KPI derivano dalle fatture del Registro KPI. Importare lì le fatture mancanti, oppure aprire un caso di discrepanza da un record errato; le risposte restano salvate come bozza.</translation>
    </message>
    <message>
        <source>Open the KPI &amp;ledger</source>
        <translation>Apri il &amp;Registro KPI</translation>
    </message>
</context>
<context>
    <name>lp::FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>lp::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Nascondi</translation>
    </message>
    <message>
        <source>Hide this list for good; the workspaces stay where they are.</source>
        <translation>Nasconde questo elenco definitivamente; le aree restano dove sono.</translation>
    </message>
    <message>
        <source>Add &amp;trainers and exam passes</source>
        <translation>Aggiungi &amp;trainer ed esami superati</translation>
    </message>
    <message>
        <source>&amp;Import invoices</source>
        <translation>&amp;Importa fatture</translation>
    </message>
    <message>
        <source>Check the KPI &amp;dashboard</source>
        <translation>Consulta il &amp;dashboard KPI</translation>
    </message>
    <message>
        <source>Start the e&amp;nrollment</source>
        <translation>Avvia la r&amp;egistrazione</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done. Each button opens the workspace where the step is done.</source>
        <translation>
            <numerusform>%1 di %n passo completato. Ogni pulsante apre l&apos;area in cui completare il passo.</numerusform>
            <numerusform>%1 di %n passi completati. Ogni pulsante apre l&apos;area in cui completare il passo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
</context>
<context>
    <name>lp::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Guida per l&apos;&amp;utente</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Che cos&apos;è?</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts...</source>
        <translation>&amp;Scorciatoie da tastiera...</translation>
    </message>
    <message>
        <source>&amp;About Learning Partner Desk</source>
        <translation>&amp;Informazioni su Learning Partner Desk</translation>
    </message>
</context>
<context>
    <name>lp::HelpWindow</name>
    <message>
        <source>Learning Partner Desk Help</source>
        <translation>Guida di Learning Partner Desk</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommario</translation>
    </message>
    <message>
        <source>&amp;Index</source>
        <translation>&amp;Indice</translation>
    </message>
    <message>
        <source>Look for a word of the index</source>
        <translation>Cercare una parola nell&apos;indice</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>The user guide could not be opened. It is also in the docs/guide folder of the source code.</source>
        <translation>Non è stato possibile aprire la guida per l&apos;utente. La guida si trova anche nella cartella docs/guide del codice sorgente.</translation>
    </message>
    <message>
        <source>Page of the user guide</source>
        <translation>Pagina della guida per l&apos;utente</translation>
    </message>
    <message>
        <source>Contents of the user guide</source>
        <translation>Sommario della guida per l&apos;utente</translation>
    </message>
    <message>
        <source>Index of the user guide</source>
        <translation>Indice della guida per l&apos;utente</translation>
    </message>
</context>
<context>
    <name>lp::ImportErrorsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Sono elencate le prime %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Nothing was written: correct them and import the file again.</source>
        <translation>Non è stato scritto nulla: correggerli e importare di nuovo il file.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>The file has %1 on %2.</source>
        <translation>Il file ha %1 su %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::InvoiceImportDialog</name>
    <message>
        <source>Import invoices</source>
        <translation>Importa fatture</translation>
    </message>
    <message>
        <source>Choose a CSV file of Courseware Marketplace invoices (comma or semicolon separated, with a header row). The whole file is checked: one bad row refuses it and nothing is written. Order confirmations and partner reports are kept but never count.</source>
        <translation>Scegliere un file CSV di fatture del Courseware Marketplace (separato da virgole o punti e virgola, con una riga di intestazione). Viene controllato l&apos;intero file: una sola riga errata lo fa rifiutare e non viene scritto nulla. Le conferme d&apos;ordine e i report dei partner vengono conservati ma non contano mai.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>File CSV da importare</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importazione di %1...</translation>
    </message>
    <message>
        <source>Canceling...</source>
        <translation>Annullamento in corso...</translation>
    </message>
    <message>
        <source>Columns needed, in any order and any case: %1. Optional: %2. Other columns are ignored. &lt;a href=&quot;#example&quot;&gt;See an example file&lt;/a&gt;.</source>
        <translation>Colonne necessarie, in qualsiasi ordine e con maiuscole o minuscole: %1. Facoltative: %2. Le altre colonne sono ignorate. &lt;a href=&quot;#example&quot;&gt;Vedere un file di esempio&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Save a &amp;template...</source>
        <translation>Salva un &amp;modello...</translation>
    </message>
    <message>
        <source>Save a CSV file with every column and example rows, to fill in</source>
        <translation>Salva un file CSV con tutte le colonne e righe di esempio, da compilare</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Salva un modello</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as %1.</source>
        <translation>Modello salvato come %1.</translation>
    </message>
    <message>
        <source>Example invoice file</source>
        <translation>File di fatture di esempio</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Imported on %1: %Ln invoice line(s) added, %2 already there.</source>
        <translation>
            <numerusform>Importazione del %1: %Ln riga di fattura aggiunta, %2 già presenti.</numerusform>
            <numerusform>Importazione del %1: %Ln righe di fattura aggiunte, %2 già presenti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::KpiPage</name>
    <message>
        <source>This tier asks for no minimum of learning KPIs.</source>
        <translation>Questo livello non richiede un minimo di indicatori KPI di apprendimento.</translation>
    </message>
    <message>
        <source>The window is %1 to %2: the months in the latest monthly report, published on %3. The next report is published on %4.</source>
        <translation>Il periodo KPI va dal %1 al %2: i mesi dell&apos;ultimo report mensile, pubblicato il %3. Il prossimo report viene pubblicato il %4.</translation>
    </message>
    <message>
        <source>The window of the renewal is %1 to %2.</source>
        <translation>Il periodo KPI del rinnovo va dal %1 al %2.</translation>
    </message>
    <message>
        <source>Only invoices count.</source>
        <translation>Contano solo le fatture.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non conteggiati</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) dated before the window</source>
        <translation>
            <numerusform>%Ln riga con data precedente al periodo KPI</numerusform>
            <numerusform>%Ln righe con data precedente al periodo KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice line(s)</source>
        <translation>
            <numerusform>%Ln riga di fattura</numerusform>
            <numerusform>%Ln righe di fattura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning KPIs</source>
        <translation>Indicatori KPI di apprendimento</translation>
    </message>
    <message>
        <source>The courseware invoices of the 12-month window of the monthly report.</source>
        <translation>Le fatture courseware del periodo di 12 mesi del report mensile.</translation>
    </message>
    <message>
        <source>&amp;KPI records:</source>
        <translation>Record &amp;KPI:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>KPI or reason</source>
        <translation>KPI o motivo</translation>
    </message>
    <message>
        <source>KPI records: counted, pending and not counted</source>
        <translation>Record KPI: conteggiati, in attesa e non conteggiati</translation>
    </message>
    <message>
        <source>Counted: KPI total %1</source>
        <translation>Conteggiati: totale KPI %1</translation>
    </message>
    <message>
        <source>Pending: KPI total %1</source>
        <translation>In attesa: totale KPI %1</translation>
    </message>
    <message>
        <source>The courseware invoice lines of the 12-month window: those counted toward the KPI, those pending until a later report date, and those not counted with the reason. They come from the KPI ledger.</source>
        <translation>Le righe delle fatture di courseware del periodo KPI di 12 mesi: quelle conteggiate negli indicatori KPI, quelle in sospeso fino a una data di report successiva e quelle non conteggiate con il motivo. Provengono dal registro KPI.</translation>
    </message>
</context>
<context>
    <name>lp::LedgerModel</name>
    <message>
        <source>Counted</source>
        <translation>Conteggiata</translation>
    </message>
    <message>
        <source>Not counted: not an invoice</source>
        <translation>Non conteggiata: non è una fattura</translation>
    </message>
    <message>
        <source>Not counted: outside the window</source>
        <translation>Non conteggiata: fuori dal periodo KPI</translation>
    </message>
    <message>
        <source>Pending: in the report of %1</source>
        <translation>In attesa: nel report del %1</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Data fattura</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>Tipo OMLP</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Valore KPI</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavo</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>In the latest report</source>
        <translation>Nell&apos;ultimo report</translation>
    </message>
</context>
<context>
    <name>lp::LedgerWorkspace</name>
    <message>
        <source>Every Courseware Marketplace purchase on record, newest first, and whether it counts in the window of the latest monthly KPI report. Only invoices count; order confirmations and partner reports are kept for support but never count.</source>
        <translation>Tutti gli acquisti registrati sul Courseware Marketplace, dal più recente, e se contano nel periodo KPI dell&apos;ultimo report mensile degli indicatori KPI. Contano solo le fatture; le conferme d&apos;ordine e i report dei partner vengono conservati per il supporto ma non contano mai.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>From invoice date</source>
        <translation>Dalla data fattura</translation>
    </message>
    <message>
        <source>To invoice date</source>
        <translation>Alla data fattura</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tutti i documenti</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo di documento</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>Tipo OMLP</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>&amp;Import invoices...</source>
        <translation>&amp;Importa fatture...</translation>
    </message>
    <message>
        <source>KPI ledger</source>
        <translation>Registro KPI</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Tutte le righe</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Conteggiate</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non conteggiate</translation>
    </message>
    <message>
        <source>In the latest report</source>
        <translation>Nell&apos;ultimo report</translation>
    </message>
    <message>
        <source>E&amp;xport this view...</source>
        <translation>E&amp;sporta questa vista...</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Esporta il registro KPI</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>File a discrepancy &amp;case...</source>
        <translation>Apri un &amp;caso di discrepanza...</translation>
    </message>
    <message>
        <source>Open a partner in Partners to see its ledger.</source>
        <translation>Aprire un partner in Partner per vederne il registro KPI.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation>
            <numerusform>%Ln riga.</numerusform>
            <numerusform>%Ln righe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the ledger...</source>
        <translation>Esportazione del registro KPI in corso...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Filtering...</source>
        <translation>Filtro in corso...</translation>
    </message>
    <message numerus="yes">
        <source>Invoices imported on %1: %Ln line(s) added, %2 already there.</source>
        <translation>
            <numerusform>Fatture importate il %1: %Ln riga aggiunta, %2 già presenti.</numerusform>
            <numerusform>Fatture importate il %1: %Ln righe aggiunte, %2 già presenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Conteggio in corso...</translation>
    </message>
</context>
<context>
    <name>lp::ListingBatchesWorkspace</name>
    <message>
        <source>Requests are sent to the Learning Partner directory in one manual batch a month, during the third week (days 15-21). Once a month&apos;s batch is sent, mark it here: every request of that month moves to sent.</source>
        <translation>Le richieste vengono inviate alla directory dei Learning Partner in un lotto manuale al mese, durante la terza settimana (giorni 15-21). Una volta inviato il lotto di un mese, segnarlo qui: tutte le richieste di quel mese passano a inviate.</translation>
    </message>
    <message>
        <source>Batch month</source>
        <translation>Mese del lotto</translation>
    </message>
    <message>
        <source>&amp;Mark the batch as sent</source>
        <translation>&amp;Segna il lotto come inviato</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name to show</source>
        <translation>Nome da mostrare</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Pagina di destinazione</translation>
    </message>
    <message>
        <source>Requests waiting for their batch</source>
        <translation>Richieste in attesa del loro lotto</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %1 (%n request(s))</source>
        <translation>
            <numerusform>Lotto di %1 (%n richiesta)</numerusform>
            <numerusform>Lotto di %1 (%n richieste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) marked as sent.</source>
        <translation>
            <numerusform>%n richiesta segnata come inviata.</numerusform>
            <numerusform>%n richieste segnate come inviate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing batches</source>
        <translation>Lotti di inserimento</translation>
    </message>
</context>
<context>
    <name>lp::LockScreen</name>
    <message>
        <source>Learning Partner Desk is locked</source>
        <translation>Learning Partner Desk è bloccato</translation>
    </message>
    <message>
        <source>The window was locked after a time without activity; nothing was closed. Enter the password of %1 to go on.</source>
        <translation>La finestra è stata bloccata dopo un periodo di inattività; non è stato chiuso nulla. Immettere la password di %1 per proseguire.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
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
        <translation>Aree di lavoro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Accesso eseguito come %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>La password è stata cambiata.</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Cambia la mia password...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferenze...</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to the database... (%1 s)</source>
        <translation>In attesa che un altro programma finisca di scrivere nel database... (%1 s)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now...</source>
        <translation>&amp;Backup adesso...</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>&amp;Ripristina da backup...</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
</context>
<context>
    <name>lp::MembershipDialog</name>
    <message>
        <source>Add membership</source>
        <translation>Aggiungi appartenenza</translation>
    </message>
    <message>
        <source>&amp;Membership:</source>
        <translation>&amp;Appartenenza:</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Competenza:</translation>
    </message>
    <message>
        <source>&amp;Learning:</source>
        <translation>&amp;Learning:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valida &amp;dal:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valida &amp;fino al:</translation>
    </message>
    <message>
        <source>with the Learning option</source>
        <translation>con l&apos;opzione Learning</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenenza</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Learning option</source>
        <translation>Opzione Learning</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valida dal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
</context>
<context>
    <name>lp::Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>The value is out of range.</source>
        <translation>Il valore è fuori dall&apos;intervallo ammesso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; non è una data valida (formato atteso AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value here.</source>
        <translation>&quot;%1&quot; non è un valore valido in questo punto.</translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166-1 code, such as IT.</source>
        <translation>Il paese deve essere un codice ISO 3166-1 di due lettere, ad esempio IT.</translation>
    </message>
    <message>
        <source>The MPN ID must be made of digits only.</source>
        <translation>L&apos;ID MPN deve contenere solo cifre.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Il nome supera i %1 caratteri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; esiste già.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found.</source>
        <translation>&quot;%1&quot; non è stato trovato.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Impossibile aprire il database: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location: give a file path or postgresql://user@host:port/db.</source>
        <translation>&quot;%1&quot; non indica un database: specificare il percorso di un file oppure postgresql://utente@host:porta/db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Learning Partner Desk database; it was left untouched.</source>
        <translation>&quot;%1&quot; non è un database di Learning Partner Desk; è stato lasciato invariato.</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than the %2 this version of Learning Partner Desk knows; it was left untouched. Update the application.</source>
        <translation>Il database ha lo schema versione %1, più recente della versione %2 nota a questa versione di Learning Partner Desk; è stato lasciato invariato. Aggiornare l&apos;applicazione.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed, and nothing was changed: %2</source>
        <translation>L&apos;aggiornamento del database allo schema versione %1 non è riuscito e nulla è stato modificato: %2</translation>
    </message>
    <message>
        <source>The database has no schema yet: run &quot;learnpartner-cli db init&quot; first.</source>
        <translation>Il database non ha ancora uno schema: eseguire prima &quot;learnpartner-cli db init&quot;.</translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>Il database ha rifiutato l&apos;operazione: %1</translation>
    </message>
    <message>
        <source>The database integrity check failed: %1</source>
        <translation>Il controllo di integrità del database non è riuscito: %1</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Il database è aperto in sola lettura.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this: %2.</source>
        <translation>Il ruolo (%1) non consente questa operazione: %2.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Eseguire prima l&apos;accesso.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Questo account è disattivato.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>La password deve contenere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Esiste già un utente denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A user name is 3 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>Un nome utente è composto da 3 a 64 lettere, cifre, punti, trattini, trattini bassi o @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use partnerAdmin, accountAdmin, frontlineSupport or viewer.</source>
        <translation>&quot;%1&quot; non è un ruolo: usare partnerAdmin, accountAdmin, frontlineSupport o viewer.</translation>
    </message>
    <message>
        <source>A %1 account must belong to a partner.</source>
        <translation>Un account %1 deve appartenere a un partner.</translation>
    </message>
    <message>
        <source>A frontline support account belongs to no partner.</source>
        <translation>Un account del supporto Frontline non appartiene ad alcun partner.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>Impossibile calcolare l&apos;hash della password (memoria esaurita?).</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1</source>
        <translation>L&apos;input non è JSON valido: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>Impossibile leggere &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Chiave sconosciuta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Atteso: %1.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is required.</source>
        <translation>La chiave &quot;%1&quot; è obbligatoria.</translation>
    </message>
    <message>
        <source>No rule set is in force on %1.</source>
        <translation>Nessun set di regole è in vigore il %1.</translation>
    </message>
    <message>
        <source>The end date %2 comes before the start date %1.</source>
        <translation>La data di fine %2 precede la data di inizio %1.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 è una data futura.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exam code such as AZ-900 or PL-300.</source>
        <translation>&quot;%1&quot; non è un codice d&apos;esame come AZ-900 o PL-300.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Impossibile scrivere &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed.</source>
        <translation>Il file è vuoto: serve una riga di intestazione.</translation>
    </message>
    <message>
        <source>The file is not valid CSV (%1); look at the quotes around that line.</source>
        <translation>Il file non è un CSV valido (%1); controllare le virgolette intorno a quella riga.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>Il file non è testo UTF-8; salvarlo come CSV UTF-8.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>Manca la voce %1 del registro di controllo.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it (removed or reordered).</source>
        <translation>La voce %1 del registro di controllo non segue la precedente (rimossa o riordinata).</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>La voce %1 del registro di controllo è stata modificata dopo la scrittura.</translation>
    </message>
    <message>
        <source>The newest audit entries were removed: the trail now ends at entry %1.</source>
        <translation>Le voci più recenti del registro di controllo sono state rimosse: il registro ora termina alla voce %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; non è un numero.</translation>
    </message>
    <message>
        <source>The amount %1 is negative.</source>
        <translation>L&apos;importo %1 è negativo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type: use invoice, orderConfirmation or partnerReport.</source>
        <translation>&quot;%1&quot; non è un tipo di documento: usare invoice, orderConfirmation o partnerReport.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>&quot;%1&quot; non è un codice valuta ISO 4217 come EUR.</translation>
    </message>
    <message>
        <source>Invoice %1 is already stored with other values.</source>
        <translation>La fattura %1 è già registrata con valori diversi.</translation>
    </message>
    <message>
        <source>The date %1 is after the evaluation date %2.</source>
        <translation>La data %1 è successiva alla data di valutazione %2.</translation>
    </message>
    <message>
        <source>Invoice %1 line %2 appears twice.</source>
        <translation>La fattura %1 riga %2 compare due volte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a competency of rule set %2.</source>
        <translation>&quot;%1&quot; non è una competenza del set di regole %2.</translation>
    </message>
    <message>
        <source>The %1 path needs a competency.</source>
        <translation>Il percorso %1 richiede una competenza.</translation>
    </message>
    <message>
        <source>Order confirmations and partner reports are not accepted: only an actual invoice is.</source>
        <translation>Le conferme d&apos;ordine e i report dei partner non sono accettati: è accettata solo una fattura effettiva.</translation>
    </message>
    <message>
        <source>Give the full address of the landing page, such as https://www.example.com/microsoft.</source>
        <translation>Indicare l&apos;indirizzo completo della pagina di destinazione, ad esempio https://www.example.com/microsoft.</translation>
    </message>
    <message>
        <source>The landing page must be served over https.</source>
        <translation>La pagina di destinazione deve essere servita tramite https.</translation>
    </message>
    <message>
        <source>The landing page must be on your own site, not on a Microsoft domain.</source>
        <translation>La pagina di destinazione deve trovarsi sul proprio sito, non su un dominio Microsoft.</translation>
    </message>
    <message>
        <source>The page must be about your organization only.</source>
        <translation>La pagina deve riguardare solo la propria organizzazione.</translation>
    </message>
    <message>
        <source>The page must show no competitors.</source>
        <translation>La pagina non deve mostrare concorrenti.</translation>
    </message>
    <message>
        <source>The page must be owned by your organization.</source>
        <translation>La pagina deve essere di proprietà della propria organizzazione.</translation>
    </message>
    <message>
        <source>The requirements are not met yet: %1.</source>
        <translation>I requisiti non sono ancora soddisfatti: %1.</translation>
    </message>
    <message>
        <source>The evidence must be a PDF file or a PNG or JPEG image of the invoice.</source>
        <translation>Il documento giustificativo deve essere un file PDF o un&apos;immagine PNG o JPEG della fattura.</translation>
    </message>
    <message>
        <source>The evidence file is %1 MB; files of up to %2 MB are accepted.</source>
        <translation>Il documento giustificativo è di %1 MB; si accettano file fino a %2 MB.</translation>
    </message>
    <message>
        <source>Case %1 about invoice %2 is still open: wait for Partner Frontline Support to resolve it.</source>
        <translation>Il caso %1 sulla fattura %2 è ancora aperto: attendere che il Supporto Frontline per i partner lo risolva.</translation>
    </message>
    <message>
        <source>Case %1 has already been resolved.</source>
        <translation>Il caso %1 è già stato risolto.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; stayed busy with another writer for %2 s; nothing was changed. Try again later, or wait longer with --wait SECONDS.</source>
        <translation>Il database &quot;%1&quot; è rimasto occupato da un&apos;altra scrittura per %2 s; non è stato modificato nulla. Riprovare più tardi, o attendere più a lungo con --wait SECONDI.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged (%2). Restore it from a backup: learnpartner-cli db restore --db &quot;%1&quot; BACKUP-FILE</source>
        <translation>Il database &quot;%1&quot; è danneggiato (%2). Ripristinarlo da un backup: learnpartner-cli db restore --db &quot;%1&quot; FILE-DI-BACKUP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not a database yet; it was left as it was. Only &quot;learnpartner-cli db init&quot; makes it one.</source>
        <translation>&quot;%1&quot; è un file vuoto, non ancora un database; è stato lasciato com&apos;era. Solo &quot;learnpartner-cli db init&quot; lo trasforma in un database.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; already holds data; a copy goes only into an empty one.</source>
        <translation>Il database &quot;%1&quot; contiene già dei dati; una copia si scrive solo in un database vuoto.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has schema version %2, older than %3: upgrade it first with &quot;learnpartner-cli db init&quot;.</source>
        <translation>Il database &quot;%1&quot; ha la versione dello schema %2, precedente alla %3: aggiornarlo prima con &quot;learnpartner-cli db init&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; a backup never overwrites a file.</source>
        <translation>&quot;%1&quot; esiste già; un backup non sovrascrive mai un file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sound backup (%2); nothing was restored.</source>
        <translation>&quot;%1&quot; non è un backup integro (%2); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the backup of %3 (%4) recorded entry %2: entries were removed since.</source>
        <translation>Il registro di controllo termina alla voce %1, ma il backup del %3 (%4) ha registrato la voce %2: da allora sono state rimosse delle voci.</translation>
    </message>
    <message>
        <source>Audit entry %2 is not the one the backup of %3 (%4) recorded: the trail was rewritten since.</source>
        <translation>La voce %2 del registro di controllo non è quella registrata dal backup del %3 (%4): da allora il registro è stato riscritto.</translation>
    </message>
    <message>
        <source>The audit anchor file &quot;%1&quot; could not be read.</source>
        <translation>Il file di ancoraggio del registro di controllo &quot;%1&quot; non può essere letto.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins until %1; an administrator can unlock it sooner.</source>
        <translation>Questo account è bloccato fino alle %1 dopo troppi accessi non riusciti; un amministratore può sbloccarlo prima.</translation>
    </message>
    <message>
        <source>The password must be at most %1 characters long.</source>
        <translation>La password deve essere lunga al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>This password is among the most common ones and easy to guess: choose another.</source>
        <translation>Questa password è tra le più comuni e facile da indovinare: sceglierne un&apos;altra.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>La password non deve contenere il nome utente.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La password attuale non è corretta.</translation>
    </message>
    <message>
        <source>Change the one-time password before doing anything else.</source>
        <translation>Cambiare la password monouso prima di qualsiasi altra operazione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator here: add or enable another one first.</source>
        <translation>&quot;%1&quot; è l&apos;ultimo amministratore attivo: aggiungerne o attivarne prima un altro.</translation>
    </message>
    <message>
        <source>You cannot do this to your own account; ask another administrator.</source>
        <translation>Questa operazione non è consentita sul proprio account; rivolgersi a un altro amministratore.</translation>
    </message>
    <message>
        <source>A partner account cannot become a support account, nor the other way round: add a new account instead.</source>
        <translation>Un account di un partner non può diventare un account del supporto, né viceversa: aggiungere invece un nuovo account.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>the renewal window %1</source>
        <translation>il periodo di rinnovo %1</translation>
    </message>
    <message>
        <source>the report of %1 (window %2)</source>
        <translation>il report del %1 (periodo KPI %2)</translation>
    </message>
    <message>
        <source>Rule set %1: %2 offers a Learning option.</source>
        <translation>Set di regole %1: %2 offre un&apos;opzione Learning.</translation>
    </message>
    <message>
        <source>Rule set %1: %2 offers no Learning option, so it cannot be attained this way.</source>
        <translation>Set di regole %1: %2 non offre un&apos;opzione Learning, quindi non si può ottenere in questo modo.</translation>
    </message>
    <message>
        <source>You commit to the Performance Requirements of the Learning Program Performance Guidelines.</source>
        <translation>Impegno preso sui requisiti di prestazioni delle linee guida sulle prestazioni del programma di apprendimento.</translation>
    </message>
    <message>
        <source>Commit to the Performance Requirements of the Learning Program Performance Guidelines (tick the box) to continue.</source>
        <translation>Impegnarsi sui requisiti di prestazioni delle linee guida sulle prestazioni del programma di apprendimento (selezionare la casella) per continuare.</translation>
    </message>
    <message>
        <source>Every required exam has been passed: %1.</source>
        <translation>Tutti gli esami richiesti sono stati superati: %1.</translation>
    </message>
    <message>
        <source>Still to pass: %1 (required: %2).</source>
        <translation>Ancora da superare: %1 (richiesti: %2).</translation>
    </message>
    <message>
        <source>Recommended: the Learning Action Pack, which is met today.</source>
        <translation>Consigliato: il Learning Action Pack, che oggi è soddisfatto.</translation>
    </message>
    <message>
        <source>Recommended: silver in %1, which is met today.</source>
        <translation>Consigliato: il livello Silver in %1, che oggi è soddisfatto.</translation>
    </message>
    <message>
        <source>Recommended: gold in %1, which is met today.</source>
        <translation>Consigliato: il livello Gold in %1, che oggi è soddisfatto.</translation>
    </message>
    <message>
        <source>No path is met today.</source>
        <translation>Oggi nessun percorso è soddisfatto.</translation>
    </message>
    <message>
        <source>Not an invoice: order confirmations and partner reports never count</source>
        <translation>Non è una fattura: conferme d&apos;ordine e report dei partner non contano mai</translation>
    </message>
    <message>
        <source>Recorded for another competency</source>
        <translation>Registrato per un&apos;altra competenza</translation>
    </message>
    <message>
        <source>Outside the window of the report</source>
        <translation>Fuori dal periodo KPI del report</translation>
    </message>
    <message>
        <source>Pending: in the report of %1</source>
        <translation>In attesa: nel report del %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>OMLP type</source>
        <translation>Tipo OMLP</translation>
    </message>
    <message>
        <source>Purchase unit</source>
        <translation>Unità di acquisto</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numero di fattura</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Valore dell&apos;indicatore KPI</translation>
    </message>
    <message>
        <source>Revenue value</source>
        <translation>Valore dei ricavi</translation>
    </message>
    <message>
        <source>Invoice %1 is from a month that no KPI report covers yet, so there is no discrepancy yet: it appears in the report of %2.</source>
        <translation>La fattura %1 è di un mese che nessun report KPI copre ancora, quindi non c&apos;è ancora una discrepanza: comparirà nel report del %2.</translation>
    </message>
    <message>
        <source>No KPI record has invoice number %1.</source>
        <translation>Nessun record KPI ha il numero di fattura %1.</translation>
    </message>
    <message>
        <source>The KPI records of invoice %1 differ from the case.</source>
        <translation>I record KPI della fattura %1 differiscono dal caso.</translation>
    </message>
    <message>
        <source>The KPI records of invoice %1 differ from the case in: %2.</source>
        <translation>I record KPI della fattura %1 differiscono dal caso in: %2.</translation>
    </message>
    <message>
        <source>The KPI records of invoice %1 agree with the case.</source>
        <translation>I record KPI della fattura %1 corrispondono al caso.</translation>
    </message>
    <message>
        <source>Canceled: nothing was written.</source>
        <translation>Annullato: non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1, %2: KPI total %3 from %Ln invoice line(s) for %4; %5 required.</source>
        <translation>
            <numerusform>Set di regole %1, %2: totale KPI %3 da %Ln riga di fattura per %4; ne sono richiesti %5.</numerusform>
            <numerusform>Set di regole %1, %2: totale KPI %3 da %Ln righe di fattura per %4; ne sono richiesti %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending for later reports: KPI total %1.</source>
        <translation>In attesa dei report successivi: totale KPI %1.</translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1: %Ln Microsoft Certified Trainer(s) active on %2; the Learning Action Pack needs %3.</source>
        <translation>
            <numerusform>Set di regole %1: %Ln Microsoft Certified Trainer attivo il %2; il Learning Action Pack ne richiede %3.</numerusform>
            <numerusform>Set di regole %1: %Ln Microsoft Certified Trainer attivi il %2; il Learning Action Pack ne richiede %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1: %Ln Microsoft Certified Trainer(s) active on %2; %3 required.</source>
        <translation>
            <numerusform>Set di regole %1: %Ln Microsoft Certified Trainer attivo il %2; ne sono richiesti %3.</numerusform>
            <numerusform>Set di regole %1: %Ln Microsoft Certified Trainer attivi il %2; ne sono richiesti %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1: %Ln exam pass(es) recorded for %2 (each person and exam counted once); %3 required.</source>
        <translation>
            <numerusform>Set di regole %1: %Ln esame superato registrato per %2 (ogni persona ed esame contati una volta); ne sono richiesti %3.</numerusform>
            <numerusform>Set di regole %1: %Ln esami superati registrati per %2 (ogni persona ed esame contati una volta); ne sono richiesti %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 non è un numero intero.</translation>
    </message>
    <message>
        <source>%1 is negative: a requirement cannot be.</source>
        <translation>%1 è negativo: un requisito non può esserlo.</translation>
    </message>
    <message>
        <source>%1: silver asks more than gold for %2 (%3 against %4).</source>
        <translation>%1: il livello Silver chiede più del Gold per %2 (%3 contro %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a competency the program knows.</source>
        <translation>&quot;%1&quot; non è una competenza del programma.</translation>
    </message>
    <message>
        <source>The effective dates overlap those of the active rule set %1 (%2 to %3).</source>
        <translation>Le date di validità si sovrappongono a quelle del set di regole attivo %1 (dal %2 al %3).</translation>
    </message>
    <message>
        <source>This rule set is stored already, as %1 (%2).</source>
        <translation>Questo set di regole è già archiviato, come %1 (%2).</translation>
    </message>
    <message>
        <source>No stored rule set is &quot;%1&quot;.</source>
        <translation>Nessun set di regole archiviato è &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The Action Pack is renewed only after it has expired, within %3 days of its expiry (%1 to %2).</source>
        <translation>L&apos;Action Pack si rinnova solo dopo la scadenza, entro %3 giorni dalla scadenza (dal %1 al %2).</translation>
    </message>
    <message>
        <source>Record both Action Pack steps before submitting.</source>
        <translation>Registrare entrambi i passaggi dell&apos;Action Pack prima di inviare.</translation>
    </message>
    <message>
        <source>Case %1 is no longer open: only an open case can be withdrawn.</source>
        <translation>Il caso %1 non è più aperto: si può ritirare solo un caso aperto.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>La descrizione supera i %1 caratteri.</translation>
    </message>
    <message>
        <source>Enrollment %1 on this path was already submitted on %2 for the anniversary period %3 to %4: it is not submitted twice.</source>
        <translation>La registrazione %1 su questo percorso è già stata inviata il %2 per il periodo di anniversario dal %3 al %4: non viene inviata due volte.</translation>
    </message>
    <message>
        <source>Listing request %1 with the same name, country and landing page was already sent on %2: it is not sent twice.</source>
        <translation>La richiesta di inserimento %1 con lo stesso nome, paese e pagina di destinazione è già stata inviata il %2: non viene inviata due volte.</translation>
    </message>
    <message>
        <source>Listing request %1 is no longer waiting for its batch: only a request not yet sent to the directory can be withdrawn.</source>
        <translation>La richiesta di inserimento %1 non è più in attesa del lotto: si può ritirare solo una richiesta non ancora inviata alla directory.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible date: write it as %2 or as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; non è una data possibile: scriverla come %2 o come AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>The MPN ID has at most %1 digits.</source>
        <translation>L&apos;ID MPN ha al massimo %1 cifre.</translation>
    </message>
    <message>
        <source>The file is %1 text, not UTF-8; save it as CSV UTF-8.</source>
        <translation>Il file è testo %1, non UTF-8; salvarlo come CSV UTF-8.</translation>
    </message>
    <message>
        <source>The purchases of %1 add up past the largest total this program keeps.</source>
        <translation>Gli acquisti del %1 superano il totale più alto che questo programma conserva.</translation>
    </message>
    <message>
        <source>The text is longer than the 200 characters allowed.</source>
        <translation>Il testo supera i 200 caratteri ammessi.</translation>
    </message>
    <message>
        <source>The text holds a control character (such as NUL or a line break).</source>
        <translation>Il testo contiene un carattere di controllo (come NUL o un a capo).</translation>
    </message>
    <message>
        <source>The file has %1 on %2; nothing was written.</source>
        <translation>Il file ha %1 su %2; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Columns missing from the header: %1.</source>
        <translation>Colonne mancanti nell&apos;intestazione: %1.</translation>
    </message>
    <message>
        <source>Columns missing from the header: %1; columns the format does not know: %2.</source>
        <translation>Colonne mancanti nell&apos;intestazione: %1; colonne che il formato non conosce: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %Ln second(s), then try again.</source>
        <translation>
            <numerusform>Troppi accessi non riusciti: attendere %Ln secondo, poi riprovare.</numerusform>
            <numerusform>Troppi accessi non riusciti: attendere %Ln secondi, poi riprovare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule set has %Ln problem(s); nothing was written.</source>
        <translation>
            <numerusform>Il set di regole ha %Ln problema; non è stato scritto nulla.</numerusform>
            <numerusform>Il set di regole ha %Ln problemi; non è stato scritto nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 has %Ln KPI record(s), more than the units the case files (%3): the ledger cannot be corrected to the case.</source>
        <translation>
            <numerusform>La fattura %1 ha %Ln record KPI, più delle unità indicate nel caso (%3): il registro KPI non può essere rettificato secondo il caso.</numerusform>
            <numerusform>La fattura %1 ha %Ln record KPI, più delle unità indicate nel caso (%3): il registro KPI non può essere rettificato secondo il caso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::NotificationBell</name>
    <message numerus="yes">
        <source>Learning Partner Desk: %n new reminder(s)</source>
        <translation>
            <numerusform>Learning Partner Desk: %n nuovo promemoria</numerusform>
            <numerusform>Learning Partner Desk: %n nuovi promemoria</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning Partner Desk</source>
        <translation>Learning Partner Desk</translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n nuovo promemoria</numerusform>
            <numerusform>%n nuovi promemoria</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Reminders of what is due: renewals, trainers, cases</source>
        <translation>Promemoria delle scadenze: rinnovi, trainer, casi</translation>
    </message>
    <message numerus="yes">
        <source>Reminders: %n new</source>
        <translation>
            <numerusform>Promemoria: %n nuovo</numerusform>
            <numerusform>Promemoria: %n nuovi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::NotificationList</name>
    <message>
        <source>Renewal reminder: the anniversary is on %1.</source>
        <translation>Promemoria di rinnovo: l&apos;anniversario è il %1.</translation>
    </message>
    <message>
        <source>Renewal reminder: the anniversary was on %1.</source>
        <translation>Promemoria di rinnovo: l&apos;anniversario è stato il %1.</translation>
    </message>
    <message>
        <source>The Action Pack has expired: its renewal window closes on %1.</source>
        <translation>L&apos;Action Pack è scaduto: il periodo di rinnovo si chiude il %1.</translation>
    </message>
    <message>
        <source>The MCT %1 (%2) ends on %3.</source>
        <translation>L&apos;MCT %1 (%2) scade il %3.</translation>
    </message>
    <message>
        <source>Partner Frontline Support has answered case %1 (invoice %2).</source>
        <translation>Il Supporto Frontline per i partner ha risposto al caso %1 (fattura %2).</translation>
    </message>
    <message>
        <source>New case %1 from %2 (invoice %3).</source>
        <translation>Nuovo caso %1 da %2 (fattura %3).</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nuovo: %1</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Oggi non c&apos;è nulla in scadenza.</translation>
    </message>
    <message>
        <source>Reminders: open one to go where it is acted on</source>
        <translation>Promemoria: aprirne uno per andare dove lo si gestisce</translation>
    </message>
</context>
<context>
    <name>lp::OfferPage</name>
    <message>
        <source>Membership offer and fee</source>
        <translation>Offerta di appartenenza e quota</translation>
    </message>
    <message>
        <source>Subscribe to the competency level in Partner Center and pay the fee.</source>
        <translation>Sottoscrivere il livello di competenza in Partner Center e pagare la quota.</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Sign in to the Partner Center %1, then select &lt;b&gt;MPN&lt;/b&gt; from the left-navigation menu, followed by &lt;b&gt;Membership Offers&lt;/b&gt;, and subscribe to the %2 level of %3.</source>
        <translation>Accedere al %1 Partner Center, quindi selezionare &lt;b&gt;MPN&lt;/b&gt; dal menu di spostamento a sinistra, seguito da &lt;b&gt;Offerte di appartenenza&lt;/b&gt;, e sottoscrivere il livello %2 di %3.</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>dashboard</translation>
    </message>
    <message>
        <source>Pay the competency fee by credit card or by bank transfer: the transfer&apos;s reference carries the order number and your MPN ID (%1), and you upload the proof of payment.</source>
        <translation>Pagare la quota della competenza con carta di credito o bonifico bancario: la causale del bonifico riporta il numero d&apos;ordine e l&apos;ID MPN dell&apos;organizzazione (%1), e si carica la ricevuta del pagamento.</translation>
    </message>
    <message>
        <source>Activation takes 48 to 72 hours, at most a week.</source>
        <translation>L&apos;attivazione richiede da 48 a 72 ore, al massimo una settimana.</translation>
    </message>
    <message>
        <source>An unpaid order expires after 30 days.</source>
        <translation>Un ordine non pagato scade dopo 30 giorni.</translation>
    </message>
    <message>
        <source>You meet the requirements: you can subscribe now.</source>
        <translation>I requisiti sono soddisfatti: è possibile sottoscrivere ora.</translation>
    </message>
    <message>
        <source>You cannot subscribe before the requirements are met.</source>
        <translation>Non è possibile sottoscrivere prima di soddisfare i requisiti.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upgrade discount.&lt;/b&gt; You hold silver in %1: the silver-to-gold upgrade discount of %2% of the gold fee applies. The new gold anniversary is one year from the purchase date, and by taking the discount you give up any silver refund.</source>
        <translation>&lt;b&gt;Sconto di aggiornamento.&lt;/b&gt; Il livello Silver in %1 è già posseduto: si applica lo sconto di aggiornamento da Silver a Gold del %2% della quota Gold. La nuova data di anniversario Gold è un anno dopo la data di acquisto, e chi usa lo sconto rinuncia a qualsiasi rimborso della quota Silver.</translation>
    </message>
    <message>
        <source>I &amp;subscribed in Membership Offers</source>
        <translation>Ho &amp;sottoscritto in Offerte di appartenenza</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>In &amp;data:</translation>
    </message>
    <message>
        <source>Date of the subscription</source>
        <translation>Data della sottoscrizione</translation>
    </message>
    <message>
        <source>Tick this once the competency level is subscribed in Partner Center (MPN, Membership Offers); the wizard records the step.</source>
        <translation>Selezionare dopo aver sottoscritto il livello della competenza in Partner Center (MPN, Offerte di appartenenza); la procedura guidata registra il passaggio.</translation>
    </message>
    <message>
        <source>The day of the subscription in Membership Offers, in the language&apos;s short date form or as YYYY-MM-DD.</source>
        <translation>Il giorno della sottoscrizione in Offerte di appartenenza, nella forma breve della lingua o come AAAA-MM-GG.</translation>
    </message>
</context>
<context>
    <name>lp::OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Password monouso</translation>
    </message>
    <message>
        <source>One-time password for %1</source>
        <translation>Password monouso per %1</translation>
    </message>
    <message>
        <source>Hand this password to %1. It is shown only now and works for one sign-in: a new password must be chosen right after it.</source>
        <translation>Consegnare questa password a %1. Viene mostrata solo ora e vale per un solo accesso: subito dopo occorre scegliere una nuova password.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opia</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fine</translation>
    </message>
</context>
<context>
    <name>lp::OverviewWorkspace</name>
    <message>
        <source>Partner profile</source>
        <translation>Profilo del partner</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Appartenenze</translation>
    </message>
    <message>
        <source>Requirements evidence on record</source>
        <translation>Documentazione registrata per i requisiti</translation>
    </message>
    <message>
        <source>MPN ID:</source>
        <translation>ID MPN:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Paese:</translation>
    </message>
    <message>
        <source>Anniversary date:</source>
        <translation>Data di anniversario:</translation>
    </message>
    <message>
        <source>Microsoft Certified Trainers:</source>
        <translation>Microsoft Certified Trainer:</translation>
    </message>
    <message>
        <source>Exam passes:</source>
        <translation>Esami superati:</translation>
    </message>
    <message>
        <source>Courseware Marketplace purchases:</source>
        <translation>Acquisti sul Courseware Marketplace:</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenenza</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valida dal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>Choose a partner under Partners to see it here.</source>
        <translation>Scegliere un partner in Partner per visualizzarlo qui.</translation>
    </message>
    <message>
        <source>%1 active today (of %2 on record)</source>
        <translation>%1 attivi oggi (su %2 registrati)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>&amp;Edit profile...</source>
        <translation>&amp;Modifica profilo...</translation>
    </message>
    <message>
        <source>&amp;Add membership...</source>
        <translation>&amp;Aggiungi appartenenza...</translation>
    </message>
    <message>
        <source>&amp;Remove membership</source>
        <translation>&amp;Rimuovi appartenenza</translation>
    </message>
    <message numerus="yes">
        <source>%n MCT(s) end within %1 days: see People.</source>
        <translation>
            <numerusform>%n MCT scade entro %1 giorni: vedere Persone.</numerusform>
            <numerusform>%n MCT scadono entro %1 giorni: vedere Persone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Rimuovi appartenenza</translation>
    </message>
    <message>
        <source>Remove the selected membership?</source>
        <translation>Rimuovere l&apos;appartenenza selezionata?</translation>
    </message>
    <message>
        <source>Renewals and dates</source>
        <translation>Rinnovi e date</translation>
    </message>
    <message>
        <source>Export &amp;calendar...</source>
        <translation>Esporta &amp;calendario...</translation>
    </message>
    <message>
        <source>Save the anniversary, renewal reminders, KPI report dates, listing batch and expiries as an iCalendar (.ics) file.</source>
        <translation>Salva l&apos;anniversario, i promemoria di rinnovo, le date dei report degli indicatori KPI, il lotto di inserimento e le scadenze in un file iCalendar (.ics).</translation>
    </message>
    <message>
        <source>Next anniversary: %1. Renewal reminders on %2 and %3.</source>
        <translation>Prossimo anniversario: %1. Promemoria di rinnovo il %2 e il %3.</translation>
    </message>
    <message>
        <source>The Action Pack can be renewed from %1 to %2 (only after it has expired, within 30 days).</source>
        <translation>L&apos;Action Pack può essere rinnovato dal %1 al %2 (solo dopo la scadenza, entro 30 giorni).</translation>
    </message>
    <message>
        <source>COVID-19 update: the competency extension applies to %1; the competency fee is still due.</source>
        <translation>Aggiornamento COVID-19: l&apos;estensione della competenza si applica a %1; la quota della competenza resta dovuta.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Esporta calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>File iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose a partner under Partners first: the calendar is that partner&apos;s.</source>
        <translation>Scegliere prima un partner in Partner: il calendario è di quel partner.</translation>
    </message>
    <message>
        <source>%1: enrollment %2 submitted on %3, waiting to become a membership.</source>
        <translation>%1: registrazione %2 inviata il %3, in attesa di diventare un&apos;appartenenza.</translation>
    </message>
</context>
<context>
    <name>lp::PartnersWorkspace</name>
    <message>
        <source>Every partner in this database. Open one (double-click or Enter) to see its overview.</source>
        <translation>Tutti i partner di questo database. Aprirne uno (doppio clic o Invio) per vederne la panoramica.</translation>
    </message>
    <message>
        <source>MPN ID</source>
        <translation>ID MPN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Anniversary date</source>
        <translation>Data di anniversario</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>lp::PeopleWorkspace</name>
    <message>
        <source>&amp;Trainers (MCT)</source>
        <translation>&amp;Trainer (MCT)</translation>
    </message>
    <message>
        <source>E&amp;xam passes</source>
        <translation>E&amp;sami superati</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>MCT ID</source>
        <translation>ID MCT</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Esame</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Superato il</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Microsoft Certified Trainers</source>
        <translation>Microsoft Certified Trainer</translation>
    </message>
    <message>
        <source>Exam passes</source>
        <translation>Esami superati</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Non ancora valido</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Scade tra %n giorno</numerusform>
            <numerusform>Scade tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>This MCT ends on %1: renew it to keep the MCT requirement met.</source>
        <translation>Questo MCT scade il %1: rinnovarlo per continuare a soddisfare il requisito MCT.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message numerus="yes">
        <source>%n MCT(s) end within %1 days.</source>
        <translation>
            <numerusform>%n MCT scade entro %1 giorni.</numerusform>
            <numerusform>%n MCT scadono entro %1 giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove trainer</source>
        <translation>Rimuovi trainer</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>Rimuovere %1 (%2)?</translation>
    </message>
    <message>
        <source>Remove exam pass</source>
        <translation>Rimuovi esame superato</translation>
    </message>
    <message>
        <source>Remove %1&apos;s pass of %2?</source>
        <translation>Rimuovere l&apos;esame %2 superato da %1?</translation>
    </message>
    <message>
        <source>Import trainers</source>
        <translation>Importa trainer</translation>
    </message>
    <message>
        <source>Import exam passes</source>
        <translation>Importa esami superati</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 already up to date.</source>
        <translation>%1 aggiunti, %2 aggiornati, %3 già aggiornati.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Esporta come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Trainers or exam passes</source>
        <translation>Trainer o esami superati</translation>
    </message>
</context>
<context>
    <name>lp::Permission</name>
    <message>
        <source>see this partner&apos;s data</source>
        <translation>visualizzare i dati di questo partner</translation>
    </message>
    <message>
        <source>see every partner</source>
        <translation>visualizzare tutti i partner</translation>
    </message>
    <message>
        <source>enroll or renew</source>
        <translation>eseguire la registrazione o il rinnovo</translation>
    </message>
    <message>
        <source>import invoices</source>
        <translation>importare fatture</translation>
    </message>
    <message>
        <source>file a KPI discrepancy case</source>
        <translation>aprire un caso di discrepanza KPI</translation>
    </message>
    <message>
        <source>resolve KPI discrepancy cases</source>
        <translation>risolvere i casi di discrepanza KPI</translation>
    </message>
    <message>
        <source>request a directory listing</source>
        <translation>richiedere l&apos;inserimento nella directory</translation>
    </message>
    <message>
        <source>process the directory listing batch</source>
        <translation>elaborare il lotto di inserimenti nella directory</translation>
    </message>
    <message>
        <source>manage trainers and exams</source>
        <translation>gestire trainer ed esami</translation>
    </message>
    <message>
        <source>change the partner profile</source>
        <translation>modificare il profilo del partner</translation>
    </message>
    <message>
        <source>set up account profiles</source>
        <translation>configurare i profili account</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>gestire gli account utente</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consultare il registro di controllo</translation>
    </message>
    <message>
        <source>import and activate rule sets</source>
        <translation>importare e attivare set di regole</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>eseguire il backup del database</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation>ripristinare il database da un backup</translation>
    </message>
</context>
<context>
    <name>lp::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Blocca dopo inattività di:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Lock after idle time, in minutes</source>
        <translation>Blocco dopo inattività, in minuti</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the window hides its content and asks for your password; unsaved work stays as it is. 0: never.</source>
        <translation>Senza input da tastiera o mouse per questo tempo, la finestra nasconde il contenuto e chiede la password; il lavoro non salvato resta com&apos;è. 0: mai.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Folder of the automatic backups</source>
        <translation>Cartella dei backup automatici</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Backup automatici</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Conser&amp;vare i più recenti:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia...</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backup</translation>
    </message>
    <message>
        <source>none (off)</source>
        <translation>nessuno (disattivati)</translation>
    </message>
    <message>
        <source>How many automatic backups are kept</source>
        <translation>Quanti backup automatici si conservano</translation>
    </message>
    <message>
        <source>A SQLite database is backed up at the first start of each day and at every exit; older backups beyond this number are deleted. The folder is readable by you only. 0: no automatic backups. A PostgreSQL database is backed up on its server.</source>
        <translation>Il backup di un database SQLite si esegue al primo avvio di ogni giorno e a ogni uscita; i backup più vecchi oltre questo numero vengono eliminati. La cartella è leggibile solo dal proprio utente. 0: nessun backup automatico. Il backup di un database PostgreSQL si esegue sul suo server.</translation>
    </message>
</context>
<context>
    <name>lp::ProfileDialog</name>
    <message>
        <source>Partner profile</source>
        <translation>Profilo del partner</translation>
    </message>
    <message>
        <source>&amp;MPN ID:</source>
        <translation>ID &amp;MPN:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;Anniversary date:</source>
        <translation>Data di &amp;anniversario:</translation>
    </message>
    <message>
        <source>MPN ID</source>
        <translation>ID MPN</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nome del partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Anniversary date</source>
        <translation>Data di anniversario</translation>
    </message>
</context>
<context>
    <name>lp::RecordTable</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Aggiungi...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importa CSV...</translation>
    </message>
    <message>
        <source>Ex&amp;port CSV...</source>
        <translation>Es&amp;porta CSV...</translation>
    </message>
</context>
<context>
    <name>lp::ResolutionPreviewDialog</name>
    <message>
        <source>Resolve case %1</source>
        <translation>Risolvi il caso %1</translation>
    </message>
    <message>
        <source>Resolve case %1 as corrected</source>
        <translation>Risolvi il caso %1 con la rettifica</translation>
    </message>
    <message>
        <source>Resolve case %1 as rejected</source>
        <translation>Risolvi il caso %1 respingendolo</translation>
    </message>
    <message>
        <source>Nothing in the KPI records of invoice %1 will change: the case is closed as rejected and the partner reads your note.</source>
        <translation>Nei record KPI della fattura %1 non cambierà nulla: il caso viene chiuso come respinto e il partner riceve la nota.</translation>
    </message>
    <message>
        <source>The KPI records of invoice %1 already carry the filed values: nothing in them will change. The case is closed as corrected.</source>
        <translation>I record KPI della fattura %1 riportano già i valori indicati nel caso: non cambierà nulla. Il caso viene chiuso come rettificato.</translation>
    </message>
    <message>
        <source>These changes will be written to the KPI records of invoice %1, in one step with the case&apos;s resolution and an audit entry for each record. Cancel writes nothing.</source>
        <translation>Queste modifiche verranno scritte nei record KPI della fattura %1, in un&apos;unica operazione con la risoluzione del caso e una voce del registro di controllo per ogni record. Annulla non scrive nulla.</translation>
    </message>
    <message>
        <source>KPI record</source>
        <translation>Record KPI</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>What the resolution changes</source>
        <translation>Che cosa cambia la risoluzione</translation>
    </message>
    <message>
        <source>%1 line %2 (new record)</source>
        <translation>%1 riga %2 (nuovo record)</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 riga %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>%1, after the resolution</source>
        <translation>%1, dopo la risoluzione</translation>
    </message>
    <message>
        <source>Note to the partner: %1</source>
        <translation>Nota per il partner: %1</translation>
    </message>
    <message>
        <source>&amp;Write the corrections and resolve</source>
        <translation>&amp;Scrivi le rettifiche e risolvi</translation>
    </message>
    <message>
        <source>&amp;Reject the case</source>
        <translation>&amp;Respingi il caso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>lp::RuleSetBanner</name>
    <message>
        <source>illustrative</source>
        <translation>illustrativo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>local edit</source>
        <translation>modifica locale</translation>
    </message>
    <message>
        <source>Open the &amp;Rules workspace</source>
        <translation>Apri l&apos;area &amp;Regole</translation>
    </message>
    <message>
        <source>Rule set %1: its numbers are illustrative, not the program&apos;s published requirements. Decisions here show how the rules work, not whether Microsoft will accept an enrollment.</source>
        <translation>Set di regole %1: i suoi valori sono illustrativi, non i requisiti pubblicati del programma. Le decisioni mostrano come funzionano le regole, non se Microsoft accetterà una registrazione.</translation>
    </message>
</context>
<context>
    <name>lp::RuleSetTables</name>
    <message>
        <source>shipped with the product, illustrative</source>
        <translation>fornito con il prodotto, illustrativo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>modificato qui</translation>
    </message>
    <message>
        <source>this file (%1)</source>
        <translation>questo file (%1)</translation>
    </message>
    <message>
        <source>the product (not in the rule set)</source>
        <translation>il prodotto (non nel set di regole)</translation>
    </message>
    <message>
        <source>Rule set %1</source>
        <translation>Set di regole %1</translation>
    </message>
    <message>
        <source>In force from %1 to %2; %3.</source>
        <translation>In vigore dal %1 al %2; %3.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Stored by %1 on %2.</source>
        <translation>Archiviato da %1 il %2.</translation>
    </message>
    <message>
        <source>this file (%1): %2</source>
        <translation>questo file (%1): %2</translation>
    </message>
    <message>
        <source>Its numbers are illustrative: import the program year&apos;s published requirements to replace them.</source>
        <translation>I suoi valori sono illustrativi: importare i requisiti pubblicati dell&apos;anno del programma per sostituirli.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>KPI window (months)</source>
        <translation>Periodo KPI (mesi)</translation>
    </message>
    <message>
        <source>Monthly KPI report day</source>
        <translation>Giorno del report KPI mensile</translation>
    </message>
    <message>
        <source>Action Pack: active MCTs</source>
        <translation>Action Pack: MCT attivi</translation>
    </message>
    <message>
        <source>Action Pack: renewal window (days after expiry)</source>
        <translation>Action Pack: periodo di rinnovo (giorni dopo la scadenza)</translation>
    </message>
    <message>
        <source>Action Pack: both steps recorded to submit</source>
        <translation>Action Pack: entrambi i passaggi registrati per l&apos;invio</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Silver-to-gold upgrade discount (%)</source>
        <translation>Sconto di aggiornamento da Silver a Gold (%)</translation>
    </message>
    <message>
        <source>Evidence accepted</source>
        <translation>Documenti giustificativi accettati</translation>
    </message>
    <message>
        <source>Renewal reminder (days before the anniversary)</source>
        <translation>Promemoria di rinnovo (giorni prima dell&apos;anniversario)</translation>
    </message>
    <message>
        <source>Renewal reminder (days after the anniversary)</source>
        <translation>Promemoria di rinnovo (giorni dopo l&apos;anniversario)</translation>
    </message>
    <message>
        <source>COVID-19 extension (months)</source>
        <translation>Estensione COVID-19 (mesi)</translation>
    </message>
    <message>
        <source>Competencies (source: %1)</source>
        <translation>Competenze (fonte: %1)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Learning option</source>
        <translation>Opzione Learning</translation>
    </message>
    <message>
        <source>Silver: MCTs</source>
        <translation>Silver: MCT</translation>
    </message>
    <message>
        <source>Silver: exams</source>
        <translation>Silver: esami</translation>
    </message>
    <message>
        <source>Silver: required exams</source>
        <translation>Silver: esami obbligatori</translation>
    </message>
    <message>
        <source>Silver: KPIs</source>
        <translation>Silver: KPI</translation>
    </message>
    <message>
        <source>Gold: MCTs</source>
        <translation>Gold: MCT</translation>
    </message>
    <message>
        <source>Gold: exams</source>
        <translation>Gold: esami</translation>
    </message>
    <message>
        <source>Gold: required exams</source>
        <translation>Gold: esami obbligatori</translation>
    </message>
    <message>
        <source>Gold: KPIs</source>
        <translation>Gold: KPI</translation>
    </message>
    <message>
        <source>no Learning option in this program year</source>
        <translation>nessuna opzione Learning in questo anno del programma</translation>
    </message>
</context>
<context>
    <name>lp::RulesWorkspace</name>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <source>This set is active. The decisions below are those of %1 on %2.</source>
        <translation>Questo insieme è attivo. Le decisioni seguenti sono quelle di %1 al %2.</translation>
    </message>
    <message>
        <source>Before activating: each partner&apos;s best decision on %1 under the set in force (%2) and under this one (%3). Changed rows are marked.</source>
        <translation>Prima dell&apos;attivazione: la decisione migliore di ciascun partner al %1 con l&apos;insieme in vigore (%2) e con questo (%3). Le righe che cambiano sono evidenziate.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non idoneo</translation>
    </message>
    <message>
        <source>%1 (MPN ID %2)</source>
        <translation>%1 (ID MPN %2)</translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation>Importa un set di regole</translation>
    </message>
    <message>
        <source>Rule-set files (*.json)</source>
        <translation>File di set di regole (*.json)</translation>
    </message>
    <message>
        <source>Stored %1, not active yet: look at what changes under &quot;Before activating&quot;, then activate it.</source>
        <translation>%1 archiviato, non ancora attivo: verificare che cosa cambia in &quot;Prima dell&apos;attivazione&quot;, poi attivarlo.</translation>
    </message>
    <message>
        <source>%1 is now the active set of %2.</source>
        <translation>%1 è ora l&apos;insieme attivo di %2.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>The rule sets decisions rest on, one per program year. The sets shipped with the product are illustrative; import a program year&apos;s published requirements to replace them.</source>
        <translation>I set di regole su cui si basano le decisioni, uno per anno del programma. Quelli forniti con il prodotto sono illustrativi; importare i requisiti pubblicati di un anno del programma per sostituirli.</translation>
    </message>
    <message>
        <source>Program year</source>
        <translation>Anno del programma</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Set di regole</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Before activating</source>
        <translation>Prima dell&apos;attivazione</translation>
    </message>
    <message>
        <source>&amp;Compared with:</source>
        <translation>&amp;Confrontato con:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>A rule-set file (JSON, docs/rules-admin.md) is checked against the schema and the active sets; a refused file changes nothing.</source>
        <translation>Un file di set di regole (JSON, docs/rules-admin.md) viene verificato rispetto allo schema e agli insiemi attivi; un file rifiutato non cambia nulla.</translation>
    </message>
    <message>
        <source>&amp;Import a file...</source>
        <translation>&amp;Importa un file...</translation>
    </message>
    <message>
        <source>Where (JSON path)</source>
        <translation>Dove (percorso JSON)</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Che cosa non va</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Under the set in force</source>
        <translation>Con l&apos;insieme in vigore</translation>
    </message>
    <message>
        <source>Under this set</source>
        <translation>Con questo insieme</translation>
    </message>
    <message>
        <source>&amp;Activate this set</source>
        <translation>&amp;Attiva questo insieme</translation>
    </message>
    <message>
        <source>Views of the rule set</source>
        <translation>Viste del set di regole</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>Set di regole</translation>
    </message>
    <message>
        <source>The selected rule set</source>
        <translation>Il set di regole selezionato</translation>
    </message>
</context>
<context>
    <name>lp::ShortcutsDialog</name>
    <message>
        <source>Main window</source>
        <translation>Finestra principale</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>The &amp;shortcuts of the main window:</source>
        <translation>&amp;Scorciatoie della finestra principale:</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Shortcuts of the main window</source>
        <translation>Scorciatoie della finestra principale</translation>
    </message>
</context>
<context>
    <name>lp::SignInDialog</name>
    <message>
        <source>Sign in to Learning Partner Desk</source>
        <translation>Accedi a Learning Partner Desk</translation>
    </message>
    <message>
        <source>Sign in with your account on %1.</source>
        <translation>Accedere con il proprio account su %1.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
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
        <translation>Scegliere un percorso</translation>
    </message>
    <message>
        <source>The table says what the rules engine decides for each path today.</source>
        <translation>La tabella mostra che cosa decide oggi il motore delle regole per ogni percorso.</translation>
    </message>
    <message>
        <source>Learning Action Pack is the base-level entry into the Learning Partner program; the silver and gold Learning options belong to one competency. Choose one, or pick a row of the table.</source>
        <translation>Learning Action Pack è la voce di livello base nel programma Learning Partner; le opzioni Learning Silver e Gold appartengono a una competenza. Sceglierne una, oppure selezionare una riga della tabella.</translation>
    </message>
    <message>
        <source>Learning &amp;Action Pack</source>
        <translation>Learning Action &amp;Pack</translation>
    </message>
    <message>
        <source>&amp;Silver competency Learning option</source>
        <translation>Opzione Learning della competenza &amp;Silver</translation>
    </message>
    <message>
        <source>&amp;Gold competency Learning option</source>
        <translation>Opzione Learning della competenza &amp;Gold</translation>
    </message>
    <message>
        <source>&amp;What the rules engine says today (silver and gold assume the performance commitment is ticked):</source>
        <translation>&amp;Che cosa dice oggi il motore delle regole (Silver e Gold suppongono l&apos;impegno sulle prestazioni selezionato):</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>What the rules engine says today</source>
        <translation>Che cosa dice oggi il motore delle regole</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Idoneo</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Non ancora: %1</translation>
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
        <translation>Inviata il %1 (registrazione %2)</translation>
    </message>
    <message>
        <source>The base-level entry into the program: one active Microsoft Certified Trainer, then the Action Pack subscription and the account profile. No KPI, exam or fee of a competency applies.</source>
        <translation>Il livello di ingresso nel programma: un Microsoft Certified Trainer (MCT) attivo, poi la sottoscrizione dell&apos;Action Pack e il profilo account. Non si applicano indicatori KPI, esami né quote di una competenza.</translation>
    </message>
    <message>
        <source>The silver Learning option of one competency: the performance commitment, the MCTs and exam passes the tier asks for, and the learning KPIs of the 12-month window.</source>
        <translation>L&apos;opzione Learning Silver di una competenza: l&apos;impegno sulle prestazioni, i trainer MCT e gli esami superati richiesti dal livello e gli indicatori KPI di formazione del periodo KPI di 12 mesi.</translation>
    </message>
    <message>
        <source>The gold Learning option of one competency: the same requirements as silver with higher numbers. If gold is out of reach, the wizard offers silver or the Action Pack on the same answers.</source>
        <translation>L&apos;opzione Learning Gold di una competenza: gli stessi requisiti del livello Silver con numeri più alti. Se il livello Gold non è raggiungibile, la procedura guidata propone Silver o l&apos;Action Pack con le stesse risposte.</translation>
    </message>
    <message>
        <source>For every path and competency, what the rules engine decides today on the data recorded: eligible, or the first requirement not met. Picking a row chooses that path.</source>
        <translation>Per ogni percorso e competenza, ciò che il motore delle regole decide oggi sui dati registrati: idoneo, oppure il primo requisito non soddisfatto. Scegliere una riga sceglie quel percorso.</translation>
    </message>
</context>
<context>
    <name>lp::StartupRecovery</name>
    <message>
        <source>Damaged database</source>
        <translation>Database danneggiato</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Il backup non è stato ripristinato: %1</translation>
    </message>
    <message>
        <source>The database was restored from the backup taken on %1.</source>
        <translation>Il database è stato ripristinato dal backup del %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Il file danneggiato è conservato come %1.</translation>
    </message>
</context>
<context>
    <name>lp::SubmittedEnrollmentDialog</name>
    <message>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>enrollment-decision-%1.pdf</source>
        <translation>decisione-registrazione-%1.pdf</translation>
    </message>
    <message>
        <source>Save the decision report</source>
        <translation>Salva il report della decisione</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Submitted enrollment</source>
        <translation>Registrazione inviata</translation>
    </message>
    <message>
        <source>Submitted on %1 with rule set %2; read only. The decision below is the rules engine&apos;s again for %3, the day it was evaluated on.</source>
        <translation>Inviata il %1 con il set di regole %2; sola lettura. La decisione qui sotto è quella del motore delle regole, ricalcolata per il %3, il giorno in cui è stata valutata.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salva come P&amp;DF...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>S&amp;tampa...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Report della decisione</translation>
    </message>
</context>
<context>
    <name>lp::SummaryPage</name>
    <message>
        <source>Your role may read this decision but not submit an enrollment.</source>
        <translation>Il ruolo corrente consente di leggere questa decisione ma non di inviare una registrazione.</translation>
    </message>
    <message>
        <source>The requirements are not met today: the enrollment cannot be submitted.</source>
        <translation>Oggi i requisiti non sono soddisfatti: la registrazione non può essere inviata.</translation>
    </message>
    <message>
        <source>Record both Action Pack steps before submitting.</source>
        <translation>Registrare entrambi i passaggi dell&apos;Action Pack prima di inviare.</translation>
    </message>
    <message>
        <source>enrollment-decision-%1.pdf</source>
        <translation>decisione-registrazione-%1.pdf</translation>
    </message>
    <message>
        <source>Save the decision report</source>
        <translation>Salva il report della decisione</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>The decision, what it rests on, and the steps recorded.</source>
        <translation>La decisione, su che cosa si basa e i passaggi registrati.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salva come P&amp;DF...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>S&amp;tampa...</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Report della decisione</translation>
    </message>
    <message>
        <source>Everything is in order: choose Submit to send the enrollment.</source>
        <translation>Tutto in ordine: scegliere Invia per inviare la registrazione.</translation>
    </message>
    <message>
        <source>The decision of the rules engine on the answers and the data recorded: each requirement met or not, what it rests on, and the steps recorded.</source>
        <translation>La decisione del motore delle regole sulle risposte e sui dati registrati: ogni requisito soddisfatto o no, ciò su cui si basa e i passaggi registrati.</translation>
    </message>
    <message>
        <source>Saves this decision report as a PDF file.</source>
        <translation>Salva questo report della decisione come file PDF.</translation>
    </message>
    <message>
        <source>Prints this decision report.</source>
        <translation>Stampa questo report della decisione.</translation>
    </message>
</context>
<context>
    <name>lp::TrainerDialog</name>
    <message>
        <source>Edit trainer</source>
        <translation>Modifica trainer</translation>
    </message>
    <message>
        <source>Add trainer</source>
        <translation>Aggiungi trainer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;MCT ID:</source>
        <translation>ID &amp;MCT:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valido &amp;dal:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valido &amp;fino al:</translation>
    </message>
    <message>
        <source>Trainer name</source>
        <translation>Nome del trainer</translation>
    </message>
    <message>
        <source>MCT ID</source>
        <translation>ID MCT</translation>
    </message>
    <message>
        <source>e.g. MCT-1001</source>
        <translation>ad es. MCT-1001</translation>
    </message>
    <message>
        <source>known</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Start of validity known</source>
        <translation>Inizio validità noto</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
</context>
<context>
    <name>lp::TrainersPage</name>
    <message>
        <source>Microsoft Certified Trainers</source>
        <translation>Microsoft Certified Trainer</translation>
    </message>
    <message>
        <source>To qualify for the Learning Action Pack you need at least one active MCT; no other learning KPI applies.</source>
        <translation>Per essere idonei al Learning Action Pack è necessario avere almeno un MCT attivo; non si applicano altri indicatori KPI di apprendimento.</translation>
    </message>
    <message>
        <source>Meet the Microsoft Certified Trainer (MCT) requirements of the tier.</source>
        <translation>Soddisfare i requisiti Microsoft Certified Trainer (MCT) del livello.</translation>
    </message>
    <message>
        <source>&amp;MCTs active on %1:</source>
        <translation>&amp;MCT attivi il %1:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>MCT ID</source>
        <translation>ID MCT</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Active MCTs</source>
        <translation>MCT attivi</translation>
    </message>
    <message>
        <source>No MCT is active today. Add your trainers in People, then come back.</source>
        <translation>Oggi nessun MCT è attivo. Aggiungere i trainer in Persone, poi tornare qui.</translation>
    </message>
    <message>
        <source>The Microsoft Certified Trainers whose certification is valid today, as recorded in People. Add or renew trainers there: this page only reads them.</source>
        <translation>I trainer MCT (Microsoft Certified Trainer) con certificazione valida oggi, come registrati in Persone. Aggiungere o rinnovare i trainer lì: questa pagina li legge soltanto.</translation>
    </message>
</context>
<context>
    <name>lp::UsersWorkspace</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Deve cambiare la password</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>The Partner Frontline Support accounts. Accounts are never deleted: disable those no longer needed.</source>
        <translation>Gli account del Supporto Frontline per i partner. Gli account non vengono mai eliminati: disattivare quelli non più necessari.</translation>
    </message>
    <message>
        <source>The accounts of your partner organization. Accounts are never deleted: disable those no longer needed.</source>
        <translation>Gli account dell&apos;organizzazione partner. Gli account non vengono mai eliminati: disattivare quelli non più necessari.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>&amp;Aggiungi account...</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Account selezionato</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>(support)</source>
        <translation>(supporto)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Nessun account selezionato</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ttiva</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>Reimposta &amp;password...</translation>
    </message>
    <message>
        <source>Chan&amp;ge role</source>
        <translation>Ca&amp;mbia ruolo</translation>
    </message>
</context>
<context>
    <name>lp::WithdrawDialog</name>
    <message>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Withdraw %1? Partner Frontline Support sees it as withdrawn, with your reason; this cannot be undone.</source>
        <translation>Ritirare %1? Il Supporto Frontline per i partner lo vedrà come ritirato, con il motivo indicato; l&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obbligatorio):</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Motivo del ritiro</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Ritira</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Man&amp;tieni</translation>
    </message>
</context>
<context>
    <name>lp::cli</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argomento inatteso &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Use &quot;partner add&quot;.</source>
        <translation>Usare &quot;partner add&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;audit verify&quot;.</source>
        <translation>Usare &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>discrepancy check -&gt; result</source>
        <translation>verifica di una discrepanza -&gt; esito</translation>
    </message>
    <message>
        <source>listing check -&gt; result</source>
        <translation>verifica dell&apos;inserimento nella directory -&gt; esito</translation>
    </message>
    <message>
        <source>create or upgrade a database</source>
        <translation>crea o aggiorna un database</translation>
    </message>
    <message>
        <source>schema version and integrity; changes nothing</source>
        <translation>versione dello schema e integrità; non modifica nulla</translation>
    </message>
    <message>
        <source>add an account; the password is read from standard input</source>
        <translation>aggiunge un account; la password è letta dallo standard input</translation>
    </message>
    <message>
        <source>add a partner</source>
        <translation>aggiunge un partner</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s chain; exit 3 names the first bad entry</source>
        <translation>verifica la catena del registro di controllo; l&apos;uscita 3 indica la prima voce compromessa</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>import invoices, all or nothing; summary JSON on standard output</source>
        <translation>importa le fatture, tutte o nessuna; riepilogo JSON sullo standard output</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Opzione sconosciuta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database is busy: waiting (%1 of %2 s)...</source>
        <translation>Il database è occupato: in attesa (%1 di %2 s)...</translation>
    </message>
    <message>
        <source>write a consistent backup (a SQLite file with a manifest)</source>
        <translation>scrive un backup coerente (un file SQLite con un manifesto)</translation>
    </message>
    <message>
        <source>verify a backup, back up the database, then replace its content</source>
        <translation>verifica un backup, esegue il backup del database, poi ne sostituisce il contenuto</translation>
    </message>
    <message>
        <source>copy a whole database into one that holds no data</source>
        <translation>copia un intero database in uno che non contiene dati</translation>
    </message>
    <message>
        <source>Use &quot;db init&quot;, &quot;db check&quot;, &quot;db backup&quot;, &quot;db restore&quot; or &quot;db copy&quot;.</source>
        <translation>Usare &quot;db init&quot;, &quot;db check&quot;, &quot;db backup&quot;, &quot;db restore&quot; o &quot;db copy&quot;.</translation>
    </message>
    <message>
        <source>every account with its role and state</source>
        <translation>ogni account con ruolo e stato</translation>
    </message>
    <message>
        <source>change a password: the current one, then the new one, on standard input</source>
        <translation>cambia una password: quella attuale, poi la nuova, dallo standard input</translation>
    </message>
    <message>
        <source>a one-time password, printed once, to change at the next sign-in</source>
        <translation>una password monouso, stampata una sola volta, da cambiare al prossimo accesso</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>cambia il ruolo di un account</translation>
    </message>
    <message>
        <source>check a password from standard input, throttled like the GUI</source>
        <translation>verifica una password dallo standard input, con gli stessi limiti di tentativi dell&apos;interfaccia grafica</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Password attuale: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nuova password: </translation>
    </message>
    <message>
        <source>Use &quot;user add&quot;, &quot;user list&quot;, &quot;user passwd&quot;, &quot;user reset&quot;, &quot;user disable&quot;, &quot;user enable&quot;, &quot;user unlock&quot;, &quot;user role&quot; or &quot;user sign-in&quot;.</source>
        <translation>Usare &quot;user add&quot;, &quot;user list&quot;, &quot;user passwd&quot;, &quot;user reset&quot;, &quot;user disable&quot;, &quot;user enable&quot;, &quot;user unlock&quot;, &quot;user role&quot; o &quot;user sign-in&quot;.</translation>
    </message>
    <message>
        <source>the rule sets: program year, dates, sha256, provenance, active</source>
        <translation>i set di regole: anno del programma, date, sha256, provenienza, attivo</translation>
    </message>
    <message>
        <source>one rule set</source>
        <translation>un set di regole</translation>
    </message>
    <message>
        <source>what changed between two rule sets: [{path, before, after}]</source>
        <translation>che cosa cambia tra due set di regole: [{path, before, after}]</translation>
    </message>
    <message>
        <source>validate and store a rule set (inactive); exit 2 with the errors</source>
        <translation>verifica e archivia un set di regole (non attivo); uscita 2 con gli errori</translation>
    </message>
    <message>
        <source>make a stored set the active one of its program year</source>
        <translation>rende un insieme archiviato quello attivo del suo anno del programma</translation>
    </message>
    <message>
        <source>the JSON Schema of a rule-set file</source>
        <translation>lo schema JSON di un file di set di regole</translation>
    </message>
    <message>
        <source>Use &quot;rules list&quot;, &quot;rules show&quot;, &quot;rules diff&quot;, &quot;rules import&quot;, &quot;rules activate&quot; or &quot;rules schema&quot;.</source>
        <translation>Usare &quot;rules list&quot;, &quot;rules show&quot;, &quot;rules diff&quot;, &quot;rules import&quot;, &quot;rules activate&quot; o &quot;rules schema&quot;.</translation>
    </message>
    <message>
        <source>the KPI dashboard&apos;s figures: window, months, reports, progress</source>
        <translation>i valori della dashboard KPI: finestra, mesi, report, avanzamento</translation>
    </message>
    <message>
        <source>sum the KPI summary again from the purchases (db check: KPI_SUMMARY_STALE)</source>
        <translation>ricalcolare il riepilogo KPI dagli acquisti (db check: KPI_SUMMARY_STALE)</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--lang takes it or en, not &quot;%1&quot;.</source>
        <translation>--lang accetta it o en, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;opzione %1 richiede un valore.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 86400, not &quot;%1&quot;.</source>
        <translation>--wait accetta un numero di secondi da 0 a 86400, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; richiede un sottocomando: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; try %2.</source>
        <translation>Comando sconosciuto &quot;%1&quot;; provare %2.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL</source>
        <translation>file SQLite o URL postgresql://</translation>
    </message>
    <message>
        <source>the account&apos;s user name</source>
        <translation>il nome utente dell&apos;account</translation>
    </message>
    <message>
        <source>partnerAdmin, accountAdmin, viewer, frontlineSupport or supportLead</source>
        <translation>partnerAdmin, accountAdmin, viewer, frontlineSupport o supportLead</translation>
    </message>
    <message>
        <source>the language of messages (default: the system&apos;s)</source>
        <translation>la lingua dei messaggi (predefinita: quella del sistema)</translation>
    </message>
    <message>
        <source>how long a write waits for a busy database (default 60 s)</source>
        <translation>quanto una scrittura attende un database occupato (predefinito 60 s)</translation>
    </message>
    <message>
        <source>this help (-h); after a command, that command&apos;s help</source>
        <translation>questo aiuto (-h); dopo un comando, l&apos;aiuto di quel comando</translation>
    </message>
    <message>
        <source>the version (-v)</source>
        <translation>la versione (-v)</translation>
    </message>
    <message>
        <source>scenario -&gt; decision; with --db, a stored partner&apos;s decisions under the rule set in force</source>
        <translation>scenario -&gt; decisione; con --db, le decisioni per un partner archiviato secondo il set di regole in vigore</translation>
    </message>
    <message>
        <source>the stored partner (with --db)</source>
        <translation>il partner archiviato (con --db)</translation>
    </message>
    <message>
        <source>the evaluation date (default today)</source>
        <translation>la data della valutazione (predefinita: oggi)</translation>
    </message>
    <message>
        <source>actionPack, silver or gold</source>
        <translation>actionPack, silver o gold</translation>
    </message>
    <message>
        <source>the competency of a silver or gold path</source>
        <translation>la competenza di un percorso Silver o Gold</translation>
    </message>
    <message>
        <source>say why, requirement by requirement</source>
        <translation>spiega il perché, requisito per requisito</translation>
    </message>
    <message>
        <source>the stored partner</source>
        <translation>il partner archiviato</translation>
    </message>
    <message>
        <source>provenance local-edit: numbers the organization set itself</source>
        <translation>provenienza local-edit: valori stabiliti dall&apos;organizzazione stessa</translation>
    </message>
    <message>
        <source>the database to copy</source>
        <translation>il database da copiare</translation>
    </message>
    <message>
        <source>the database that receives it</source>
        <translation>il database che lo riceve</translation>
    </message>
    <message>
        <source>the account&apos;s partner (partner roles)</source>
        <translation>il partner dell&apos;account (ruoli dei partner)</translation>
    </message>
    <message>
        <source>disable an account (accounts are never deleted)</source>
        <translation>disattiva un account (gli account non vengono mai eliminati)</translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation>attiva un account disattivato</translation>
    </message>
    <message>
        <source>unlock an account locked by failed sign-ins</source>
        <translation>sblocca un account bloccato da accessi non riusciti</translation>
    </message>
    <message>
        <source>the partner&apos;s MPN ID (digits)</source>
        <translation>l&apos;ID MPN del partner (cifre)</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>il nome del partner</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code</source>
        <translation>codice paese ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>the anniversary date, YYYY-MM-DD</source>
        <translation>la data di anniversario, AAAA-MM-GG</translation>
    </message>
    <message>
        <source>the partner the invoices are of</source>
        <translation>il partner a cui appartengono le fatture</translation>
    </message>
    <message>
        <source>learnpartner-cli runs the rules engine and administers the database of Learning Partner Desk. Results are JSON on standard output; a failure is one JSON object on standard error; a command line it cannot read gets plain text on standard error.</source>
        <translation>learnpartner-cli esegue il motore delle regole e amministra il database di Learning Partner Desk. I risultati sono JSON sullo standard output; un errore è un oggetto JSON sullo standard error; una riga di comando non leggibile riceve testo semplice sullo standard error.</translation>
    </message>
    <message>
        <source>FILE may be - for standard input. --db takes a SQLite file path or postgresql://user@host:port/dbname (password from PGPASSWORD only). Only &quot;db init&quot; makes a missing or empty file a database.</source>
        <translation>FILE può essere - per lo standard input. --db accetta il percorso di un file SQLite o postgresql://user@host:port/dbname (password solo da PGPASSWORD). Solo &quot;db init&quot; trasforma un file mancante o vuoto in un database.</translation>
    </message>
    <message>
        <source>done: valid input, a result on standard output</source>
        <translation>completato: input valido, un risultato sullo standard output</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>errore interno</translation>
    </message>
    <message>
        <source>invalid input: a command line it cannot read (plain text), or a refused value, file or database (JSON)</source>
        <translation>input non valido: una riga di comando non leggibile (testo semplice), oppure un valore, un file o un database rifiutato (JSON)</translation>
    </message>
    <message>
        <source>broken audit trail, failed integrity check, damaged database</source>
        <translation>registro di controllo compromesso, verifica di integrità non superata, database danneggiato</translation>
    </message>
    <message>
        <source>the password of a PostgreSQL database (never an argument)</source>
        <translation>la password di un database PostgreSQL (mai un argomento)</translation>
    </message>
    <message>
        <source>a file the warnings of Qt and of the database drivers go to</source>
        <translation>un file in cui scrivere gli avvisi di Qt e dei driver di database</translation>
    </message>
    <message>
        <source>where the audit anchors are kept (LearningPartnerDesk/)</source>
        <translation>dove sono conservati gli ancoraggi del registro di controllo (LearningPartnerDesk/)</translation>
    </message>
    <message>
        <source>Usage: %1COMMAND ...</source>
        <translation>Uso: %1COMMAND ...</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Stato di uscita:</translation>
    </message>
    <message>
        <source>&quot;learnpartner-cli help COMMAND&quot; describes one command.</source>
        <translation>&quot;learnpartner-cli help COMMAND&quot; descrive un comando.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>   or: %1</source>
        <translation> oppure: %1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obbligatorio)</translation>
    </message>
    <message>
        <source>Usage: %1%2 SUBCOMMAND ...</source>
        <translation>Uso: %1%2 SUBCOMMAND ...</translation>
    </message>
    <message>
        <source>Try &quot;learnpartner-cli help %1&quot;.</source>
        <translation>Provare &quot;learnpartner-cli help %1&quot;.</translation>
    </message>
    <message>
        <source>Try &quot;learnpartner-cli --help&quot;.</source>
        <translation>Provare &quot;learnpartner-cli --help&quot;.</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>L&apos;opzione %1 è obbligatoria.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argomento mancante: %1.</translation>
    </message>
    <message>
        <source>the dashboard&apos;s day (default today)</source>
        <translation>il giorno della dashboard (predefinito: oggi)</translation>
    </message>
    <message>
        <source>where the numbers come from</source>
        <translation>da dove vengono i valori</translation>
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
        <translation>Database dimostrativo: %1</translation>
    </message>
    <message>
        <source>Demo accounts (passwords are new on every --demo start):</source>
        <translation>Account dimostrativi (le password cambiano a ogni avvio con --demo):</translation>
    </message>
    <message>
        <source>Learning Partner Desk</source>
        <translation>Learning Partner Desk</translation>
    </message>
    <message>
        <source>Start on a fresh demo database and print its accounts.</source>
        <translation>Avvia su un nuovo database dimostrativo e ne stampa gli account.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/db URL.</source>
        <translation>File SQLite o URL postgresql://utente@host:porta/db.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Il backup automatico non è riuscito: %1</translation>
    </message>
    <message>
        <source>Unknown palette %1: use one of %2.</source>
        <translation>Tavolozza sconosciuta %1: usare una tra %2.</translation>
    </message>
    <message>
        <source>Color palette: system, dark or high-contrast.</source>
        <translation>Tavolozza dei colori: system (di sistema), dark (scura) o high-contrast (ad alto contrasto).</translation>
    </message>
</context>
</TS>
