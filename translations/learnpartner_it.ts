<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
</context>
<context>
    <name>lp::AuditWorkspace</name>
    <message>
        <source>Every change to enrollments, purchases, cases, listings, people and accounts, newest first. Each entry is chained to the one before it, so an edited, removed or reordered entry is found.</source>
        <translation>Ogni modifica a iscrizioni, acquisti, segnalazioni, inserimenti nella directory, persone e account, dalla più recente. Ogni voce è concatenata alla precedente, così una voce modificata, rimossa o riordinata viene individuata.</translation>
    </message>
    <message>
        <source>Filter by user, action, entity...</source>
        <translation>Filtra per utente, azione, entità...</translation>
    </message>
    <message>
        <source>Filter the audit trail</source>
        <translation>Filtra il registro di controllo</translation>
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
        <source>#</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Selezionare una voce per vedere che cosa ha modificato.</translation>
    </message>
    <message>
        <source>Before:
%1
After:
%2
Hash: %3</source>
        <translation>Prima:
%1
Dopo:
%2
Hash: %3</translation>
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
</context>
<context>
    <name>lp::CalendarService</name>
    <message>
        <source>Membership anniversary</source>
        <translation>Anniversario dell&apos;iscrizione</translation>
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
        <source>The Action Pack is renewed only after it has expired, within 30 days.</source>
        <translation>L&apos;Action Pack si rinnova solo dopo la scadenza, entro 30 giorni.</translation>
    </message>
    <message>
        <source>%1 competency membership ends: %2</source>
        <translation>Termina l&apos;iscrizione alla competenza %1: %2</translation>
    </message>
    <message>
        <source>MCT ends: %1 (%2)</source>
        <translation>Scade l&apos;MCT: %1 (%2)</translation>
    </message>
    <message>
        <source>Learning Partner dates: %1</source>
        <translation>Date Learning Partner: %1</translation>
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
        <source>your organisation</source>
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
        <source>&amp;Landing page:</source>
        <translation>Pagina di &amp;destinazione:</translation>
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
        <source>Sent today, it joins the batch of %1 - %2 and should be visible by %3.</source>
        <translation>Inviata oggi, entra nel lotto del %1 - %2 e dovrebbe essere visibile entro il %3.</translation>
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
</context>
<context>
    <name>lp::EligibilityEngine</name>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Rule set %1: %2 Microsoft Certified Trainer(s) active on %3; the Learning Action Pack needs %4.</source>
        <translation>Insieme di regole %1: Microsoft Certified Trainer attivi il %3: %2; il Learning Action Pack ne richiede %4.</translation>
    </message>
    <message>
        <source>Rule set %1: %2 offers a Learning option.</source>
        <translation>Insieme di regole %1: %2 offre un&apos;opzione Learning.</translation>
    </message>
    <message>
        <source>Rule set %1: %2 offers no Learning option, so it cannot be attained this way.</source>
        <translation>Insieme di regole %1: %2 non offre un&apos;opzione Learning, quindi non si può ottenere in questo modo.</translation>
    </message>
    <message>
        <source>You commit to the Performance Requirements of the Learning Program Performance Guidelines.</source>
        <translation>Vi impegnate a rispettare i requisiti di prestazione delle linee guida sulle prestazioni del programma Learning.</translation>
    </message>
    <message>
        <source>Commit to the Performance Requirements of the Learning Program Performance Guidelines (tick the box) to continue.</source>
        <translation>Impegnarsi a rispettare i requisiti di prestazione delle linee guida sulle prestazioni del programma Learning (selezionare la casella) per continuare.</translation>
    </message>
    <message>
        <source>Rule set %1: %2 Microsoft Certified Trainer(s) active on %3; %4 required.</source>
        <translation>Insieme di regole %1: Microsoft Certified Trainer attivi il %3: %2; ne sono richiesti %4.</translation>
    </message>
    <message>
        <source>Rule set %1: %2 exam pass(es) recorded for %3 (each person and exam counted once); %4 required.</source>
        <translation>Insieme di regole %1: esami superati registrati per %3: %2 (ogni persona ed esame contati una volta); ne sono richiesti %4.</translation>
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
        <source>the renewal window %1</source>
        <translation>la finestra di rinnovo %1</translation>
    </message>
    <message>
        <source>the report of %1 (window %2)</source>
        <translation>il report del %1 (finestra %2)</translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1, %2: %3 KPI counted from %n invoice line(s) for %4; %5 required.</source>
        <translation>
            <numerusform>Insieme di regole %1, %2: %3 indicatori KPI conteggiati da %n riga di fattura per %4; ne sono richiesti %5.</numerusform>
            <numerusform>Insieme di regole %1, %2: %3 indicatori KPI conteggiati da %n righe di fattura per %4; ne sono richiesti %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more KPI are pending: they appear in later reports.</source>
        <translation>Altri %1 indicatori KPI sono in attesa: compariranno nei report successivi.</translation>
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
        <source>&amp;Passed on:</source>
        <translation>&amp;Superato il:</translation>
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
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
</context>
<context>
    <name>lp::FirstRunDialog</name>
    <message>
        <source>Welcome to Learning Partner Desk</source>
        <translation>Benvenuti in Learning Partner Desk</translation>
    </message>
    <message>
        <source>This database has no account yet. Enter your organisation as it is registered in the Microsoft Partner Network, and create the first MPN partner admin account. There is no default password: choose one of at least %1 characters.</source>
        <translation>Questo database non ha ancora alcun account. Inserire l&apos;organizzazione come è registrata nel Microsoft Partner Network e creare il primo account di amministratore partner MPN. Non esiste una password predefinita: sceglierne una di almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>Partner organisation</source>
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
        <translation>&amp;Password:</translation>
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
        <translation>L&apos;anniversario dell&apos;iscrizione: i rinnovi e la finestra degli indicatori KPI di un rinnovo si contano da questa data.</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lp::ImportErrorsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n bad row(s). Nothing was written: correct them and import the file again.</source>
        <translation>
            <numerusform>Il file ha %n riga errata. Non è stato scritto nulla: correggerla e importare di nuovo il file.</numerusform>
            <numerusform>Il file ha %n righe errate. Non è stato scritto nulla: correggerle e importare di nuovo il file.</numerusform>
        </translation>
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
        <source>Bad rows</source>
        <translation>Righe errate</translation>
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
        <source>Nothing was imported: the file has bad rows.</source>
        <translation>Non è stato importato nulla: il file ha righe errate.</translation>
    </message>
    <message>
        <source>%1 invoice lines added, %2 already there.</source>
        <translation>%1 righe di fattura aggiunte, %2 già presenti.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annullamento...</translation>
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
        <translation>Non conteggiata: fuori dalla finestra</translation>
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
        <translation>Tutti gli acquisti registrati sul Courseware Marketplace, dal più recente, e se contano nella finestra dell&apos;ultimo report mensile degli indicatori KPI. Contano solo le fatture; le conferme d&apos;ordine e i report dei partner vengono conservati per il supporto ma non contano mai.</translation>
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
    <message numerus="yes">
        <source>%1 of %n row(s) loaded; scroll for more.</source>
        <translation>
            <numerusform>%1 di %n riga caricate; scorrere per vederne altre.</numerusform>
            <numerusform>%1 di %n righe caricate; scorrere per vederne altre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n riga.</numerusform>
            <numerusform>%n righe.</numerusform>
        </translation>
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
        <translation>Esporta il registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;About Learning Partner Desk</source>
        <translation>&amp;Informazioni su Learning Partner Desk</translation>
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
        <source>About Learning Partner Desk</source>
        <translation>Informazioni su Learning Partner Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Learning Partner Desk %1&lt;/h3&gt;&lt;p&gt;Enroll in the Microsoft Learning Partner program: the Learning Action Pack and the silver and gold competency Learning options, KPIs, discrepancy cases and the directory listing.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Learning Partner Desk %1&lt;/h3&gt;&lt;p&gt;Iscrizione al programma Microsoft Learning Partner: Learning Action Pack e opzioni Learning delle competenze Silver e Gold, indicatori KPI, segnalazioni di discrepanze e inserimento nella directory.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lp::MembershipDialog</name>
    <message>
        <source>Add membership</source>
        <translation>Aggiungi iscrizione</translation>
    </message>
    <message>
        <source>&amp;Membership:</source>
        <translation>&amp;Iscrizione:</translation>
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
        <translation>Iscrizione</translation>
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
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
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
        <translation>Nessun insieme di regole è in vigore il %1.</translation>
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
        <source>The header has no column &quot;%1&quot;.</source>
        <translation>L&apos;intestazione non ha la colonna &quot;%1&quot;.</translation>
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
        <source>Cancelled: nothing was written.</source>
        <translation>Annullato: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The file has %1 bad rows; nothing was written.</source>
        <translation>Il file ha %1 righe errate; non è stato scritto nulla.</translation>
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
        <translation>&quot;%1&quot; non è una competenza dell&apos;insieme di regole %2.</translation>
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
        <source>The page must be about your organisation only.</source>
        <translation>La pagina deve riguardare solo la propria organizzazione.</translation>
    </message>
    <message>
        <source>The page must show no competitors.</source>
        <translation>La pagina non deve mostrare concorrenti.</translation>
    </message>
    <message>
        <source>The page must be owned by your organisation.</source>
        <translation>La pagina deve essere di proprietà della propria organizzazione.</translation>
    </message>
    <message>
        <source>The requirements are not met yet: %1.</source>
        <translation>I requisiti non sono ancora soddisfatti: %1.</translation>
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
        <translation>Iscrizioni</translation>
    </message>
    <message>
        <source>Requirements evidence on record</source>
        <translation>Dati registrati per i requisiti</translation>
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
        <translation>Iscrizione</translation>
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
        <translation>&amp;Aggiungi iscrizione...</translation>
    </message>
    <message>
        <source>&amp;Remove membership</source>
        <translation>&amp;Rimuovi iscrizione</translation>
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
        <translation>Rimuovi iscrizione</translation>
    </message>
    <message>
        <source>Remove the selected membership?</source>
        <translation>Rimuovere l&apos;iscrizione selezionata?</translation>
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
        <translation>iscriversi o rinnovare</translation>
    </message>
    <message>
        <source>import invoices</source>
        <translation>importare fatture</translation>
    </message>
    <message>
        <source>file a KPI discrepancy case</source>
        <translation>segnalare una discrepanza degli indicatori KPI</translation>
    </message>
    <message>
        <source>resolve KPI discrepancy cases</source>
        <translation>risolvere le segnalazioni di discrepanze degli indicatori KPI</translation>
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
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
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
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
</context>
<context>
    <name>lp::cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Comando sconosciuto &quot;%1&quot;. Provare --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argomento inatteso &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Use &quot;db init&quot; or &quot;db check&quot;.</source>
        <translation>Usare &quot;db init&quot; o &quot;db check&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;user add&quot;.</source>
        <translation>Usare &quot;user add&quot;.</translation>
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
        <source>scenario -&gt; decision</source>
        <translation>scenario -&gt; decisione</translation>
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
        <source>this help, or the version</source>
        <translation>questa guida, o la versione</translation>
    </message>
    <message>
        <source>Usage: learnpartner-cli [--lang it|en] COMMAND ...</source>
        <translation>Uso: learnpartner-cli [--lang it|en] COMANDO ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>FILE may be - for standard input. --db takes a SQLite file path or
postgresql://user@host:port/dbname (password from PGPASSWORD only).
Exit status: 0 valid input, 2 invalid input, 1 internal error,
3 broken audit trail or failed integrity check.
</source>
        <translation>FILE può essere - per lo standard input. --db accetta il percorso di un file SQLite o
postgresql://utente@host:porta/nomedb (password solo da PGPASSWORD).
Stato di uscita: 0 input valido, 2 input non valido, 1 errore interno,
3 registro di controllo compromesso o controllo di integrità non riuscito.
</translation>
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
</context>
</TS>
