// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "casedialog.h"

#include "displaynames.h"
#include "domain/bounds.h"
#include "domain/messages.h"
#include "widgets/formhelpers.h"

#include <algorithm>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDoubleValidator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lp {
namespace {

// The fields in form order, by the path the core names them with.
const QStringList kFieldPaths{QStringLiteral("case.month"),         QStringLiteral("case.year"),
                              QStringLiteral("case.omlpType"),      QStringLiteral("case.purchaseUnit"),
                              QStringLiteral("case.invoiceNumber"), QStringLiteral("case.kpiValue"),
                              QStringLiteral("case.revenueValue"),  QStringLiteral("case.evidence"),
                              QStringLiteral("case.description")};

// OMLP types seen on the Courseware Marketplace (docs/rules.md#omlp-types); others may be typed.
const QStringList kOmlpTypes{
    QStringLiteral("MOC On-Demand"),       QStringLiteral("Certification exam voucher"),
    QStringLiteral("Official courseware"), QStringLiteral("Online labs"),
    QStringLiteral("Packaged set"),        QStringLiteral("Learning product voucher"),
    QStringLiteral("Student access pass")};

std::optional<double> number(const QLineEdit* e)
{
    const QString text = e->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok); // a dot typed in a locale with a decimal comma
    return ok ? std::optional<double>(v) : std::optional<double>(-1);
}

QLineEdit* lineEdit(QWidget* parent, const char* name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

CaseDialog::CaseDialog(AppContext& context, qint64 partnerId, const QDate& today, QWidget* parent)
    : Retranslating<QDialog>(parent), m_context(context), m_partnerId(partnerId), m_today(today)
{
    setObjectName(QStringLiteral("caseDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form::heading(this, &m_heading));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    m_year = lineEdit(this, "year");
    m_year->setValidator(new QIntValidator(1990, 2100, m_year));
    m_omlpType = new QComboBox(this);
    m_omlpType->setObjectName(QStringLiteral("omlpType"));
    m_omlpType->setEditable(true);
    m_omlpType->addItem(QString());
    m_omlpType->addItems(kOmlpTypes);
    m_units = lineEdit(this, "purchaseUnit");
    m_units->setValidator(new QIntValidator(0, bounds::kMaxUnits, m_units)); // docs/rules.md#input-bounds
    m_invoice = lineEdit(this, "invoiceNumber");
    m_kpi = lineEdit(this, "kpiValue");
    m_revenue = lineEdit(this, "revenueValue");
    for (QLineEdit* e : {m_kpi, m_revenue}) {
        auto* v = new QDoubleValidator(0, bounds::kMaxAmount, 2, e);
        v->setNotation(QDoubleValidator::StandardNotation);
        e->setValidator(v);
    }
    m_evidenceRow = new QWidget(this);
    auto* evidenceColumn = new QVBoxLayout(m_evidenceRow);
    evidenceColumn->setContentsMargins(0, 0, 0, 0);
    auto* evidence = new QHBoxLayout;
    evidenceColumn->addLayout(evidence);
    m_evidenceType = new QComboBox(m_evidenceRow);
    m_evidenceType->setObjectName(QStringLiteral("evidenceType"));
    for (DocumentType t :
         {DocumentType::Invoice, DocumentType::OrderConfirmation, DocumentType::PartnerReport})
        m_evidenceType->addItem(QString(), int(t));
    m_attach = new QPushButton(m_evidenceRow);
    m_attach->setObjectName(QStringLiteral("attachEvidence"));
    m_evidenceName = new QLabel(m_evidenceRow);
    m_evidenceName->setObjectName(QStringLiteral("evidenceName"));
    m_evidenceName->setWordWrap(true);
    m_evidenceName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    evidence->addWidget(m_evidenceType);
    evidence->addWidget(m_attach);
    evidence->addStretch(1);
    evidenceColumn->addWidget(m_evidenceName);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);

    m_form = new QFormLayout;
    const QList<QWidget*> fields{m_month, m_year,    m_omlpType,    m_units,      m_invoice,
                                 m_kpi,   m_revenue, m_evidenceRow, m_description};
    for (QWidget* field : fields) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        auto* problem = form::errorLabel(this);
        problem->setObjectName(QStringLiteral("problem_") + kFieldPaths[m_problems.size()].mid(5));
        column->addWidget(problem);
        m_problems << problem;
        auto* label = new QLabel(this);
        label->setBuddy(field == m_evidenceRow ? static_cast<QWidget*>(m_evidenceType) : field);
        m_form->addRow(label, column);
    }
    layout->addLayout(m_form);

    m_triage = new QLabel(this);
    m_triage->setObjectName(QStringLiteral("triage"));
    m_triage->setWordWrap(true);
    m_triage->setFrameShape(QFrame::StyledPanel);
    m_triage->setMargin(6);
    layout->addWidget(m_triage);
    m_error = form::errorLabel(this);
    m_error->setObjectName(QStringLiteral("fileError"));
    layout->addWidget(m_error);
    layout->addStretch(1);
    std::tie(m_file, m_cancel) = form::buttons(this, layout);
    m_file->setObjectName(QStringLiteral("fileCase"));

    // A field's problem is said once the user has been there and left, or at Submit.
    auto touched = [this](QWidget* w) {
        if (!m_touched.contains(w))
            m_touched << w;
        updateTriage();
    };
    for (QLineEdit* e : {m_year, m_units, m_invoice, m_kpi, m_revenue}) {
        connect(e, &QLineEdit::textEdited, this, &CaseDialog::updateTriage);
        connect(e, &QLineEdit::editingFinished, this, [touched, e] { touched(e); });
    }
    connect(m_month, &QComboBox::activated, this, [touched, this] { touched(m_month); });
    connect(m_omlpType, &QComboBox::currentTextChanged, this, [touched, this] { touched(m_omlpType); });
    connect(m_evidenceType, &QComboBox::activated, this, [touched, this] {
        if (m_evidence)
            m_evidence->declaredType = DocumentType(m_evidenceType->currentData().toInt());
        touched(m_evidenceRow);
    });
    connect(m_attach, &QPushButton::clicked, this, &CaseDialog::chooseEvidence);
    connect(m_description, &QPlainTextEdit::textChanged, this, [touched, this] { touched(m_description); });

    resize(640, 560);
    form::keepNaturalSize(this);
    retranslateUi();
}

void CaseDialog::prefill(const Purchase& r)
{
    m_month->setCurrentIndex(r.invoiceDate.isValid() ? r.invoiceDate.month() : 0);
    m_year->setText(r.invoiceDate.isValid() ? QString::number(r.invoiceDate.year()) : QString());
    m_omlpType->setCurrentText(r.omlpType);
    m_units->setText(QString::number(r.units));
    m_invoice->setText(r.invoice);
    const QLocale locale;
    m_kpi->setText(locale.toString(r.kpiValue, 'f', 2));
    m_revenue->setText(locale.toString(double(r.revenueCents) / 100.0, 'f', 2));
    m_touched.clear();
    updateTriage();
}

bool CaseDialog::attachEvidence(const QString& fileName)
{
    QFile file(fileName);
    const int evidenceRow = int(kFieldPaths.indexOf(QStringLiteral("case.evidence")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems[evidenceRow]->setText(
            tr("Cannot read %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString()));
        m_problems[evidenceRow]->show();
        return false;
    }
    if (file.size() > CaseService::kMaxEvidenceBytes) {
        // Not read into memory at all: the core would refuse it anyway.
        m_problems[evidenceRow]->setText(
            Messages::text({QStringLiteral("EVIDENCE_TOO_LARGE"),
                            {},
                            {QString::number(file.size() / (1024 * 1024)),
                             QString::number(CaseService::kMaxEvidenceBytes / (1024 * 1024))}}));
        m_problems[evidenceRow]->show();
        return false;
    }
    Evidence e;
    e.fileName = QFileInfo(fileName).fileName();
    e.bytes = file.readAll();
    e.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, e.bytes).name();
    e.declaredType = DocumentType(m_evidenceType->currentData().toInt());
    m_evidence = e;
    m_evidenceName->setText(
        tr("%1\nSHA-256 %2")
            .arg(e.fileName,
                 QString::fromLatin1(QCryptographicHash::hash(e.bytes, QCryptographicHash::Sha256).toHex())));
    if (!m_touched.contains(m_evidenceRow))
        m_touched << m_evidenceRow;
    updateTriage();
    return true;
}

void CaseDialog::chooseEvidence()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Attach the invoice"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Invoices (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (!file.isEmpty())
        attachEvidence(file);
}

DiscrepancyCaseInput CaseDialog::input() const
{
    DiscrepancyCaseInput in;
    if (m_month->currentIndex() > 0)
        in.month = m_month->currentIndex();
    if (!m_year->text().trimmed().isEmpty())
        in.year = m_year->text().trimmed().toInt();
    in.omlpType = m_omlpType->currentText().trimmed();
    if (!m_units->text().trimmed().isEmpty())
        in.purchaseUnit = m_units->text().trimmed().toInt();
    in.invoiceNumber = m_invoice->text().trimmed();
    in.kpiValue = number(m_kpi);
    if (auto revenue = number(m_revenue))
        in.revenueCents = qRound64(*revenue * 100);
    // The kind of document is known before the file is attached: the triage shows at once,
    // and a missing file is said at the field when the case is filed.
    in.evidence = DocumentType(m_evidenceType->currentData().toInt());
    in.description = m_description->toPlainText();
    return in;
}

QWidget* CaseDialog::fieldFor(const QString& path) const
{
    const QList<QWidget*> fields{m_month, m_year,    m_omlpType,    m_units,      m_invoice,
                                 m_kpi,   m_revenue, m_evidenceRow, m_description};
    const qsizetype i = kFieldPaths.indexOf(path);
    return i >= 0 ? fields[i] : nullptr;
}

void CaseDialog::updateTriage()
{
    auto preview = CaseService(m_context.db).preview(m_context.session, m_partnerId, input(), m_today);
    for (QLabel* p : std::as_const(m_problems))
        p->hide();
    const qsizetype evidenceRow = kFieldPaths.indexOf(QStringLiteral("case.evidence"));
    if (!m_evidence && (m_showAll || m_touched.contains(m_evidenceRow))) {
        m_problems[evidenceRow]->setText(tr("Attach the invoice, as a PDF file or a PNG or JPEG image."));
        m_problems[evidenceRow]->show();
    }
    if (!preview) {
        m_triage->setText(Messages::text(preview.error()));
        return;
    }
    const TriageResult& t = preview.value();
    // Nothing twice (docs/rules.md#nothing-twice): an open case of this invoice disables File, and says why.
    const auto open = std::find_if(t.errors.cbegin(), t.errors.cend(), [](const Error& e) {
        return e.code == QLatin1String("CASE_ALREADY_OPEN");
    });
    m_file->setEnabled(open == t.errors.cend());
    m_file->setToolTip(open == t.errors.cend() ? QString() : Messages::text(*open));
    for (const Error& e : t.errors) {
        QWidget* field = fieldFor(e.path);
        const qsizetype i = kFieldPaths.indexOf(e.path);
        const bool always = e.code == QLatin1String("CASE_ALREADY_OPEN");
        if (i < 0 || !(always || m_showAll || m_touched.contains(field)))
            continue;
        if (m_problems[i]->isHidden()) { // the first problem of a field is the one said
            m_problems[i]->setText(Messages::text(e));
            m_problems[i]->show();
        }
    }
    if (!t.valid) {
        m_triage->setText(tr("Fill in the seven fields: the triage appears here."));
        return;
    }
    const QString sentence = Messages::triage(*t.triage, input().invoiceNumber, t.mismatches, t.visibleOn);
    QString advice;
    if (t.triage == TriageCode::NotYetReported)
        advice = tr("We suggest waiting for that report before filing a case.");
    else if (t.triage == TriageCode::NoDiscrepancy)
        advice = tr("There is nothing to correct; you may still file the case.");
    else
        advice = tr("Partner Frontline Support will review the case.");
    m_triage->setText(QStringLiteral("<b>%1</b> %2").arg(sentence.toHtmlEscaped(), advice.toHtmlEscaped()));
}

void CaseDialog::accept()
{
    m_showAll = true;
    m_error->hide();
    const Evidence evidence = m_evidence.value_or(Evidence{});
    auto filing = CaseService(m_context.db).file(m_context.session, m_partnerId, input(), evidence, m_today);
    if (!filing) {
        form::showError(m_error, filing.error(), nullptr);
        return;
    }
    if (!filing->filed) {
        updateTriage();
        // The core's answer may name what the preview cannot know (evidence bytes, an open case).
        for (const Error& e : filing->triage.errors) {
            const qsizetype i = kFieldPaths.indexOf(e.path);
            QLabel* where = i >= 0 ? m_problems[i] : m_error;
            if (where->isHidden()) {
                where->setText(Messages::text(e));
                where->show();
            }
        }
        for (const Error& e : filing->triage.errors) {
            if (QWidget* field = fieldFor(e.path)) {
                (field == m_evidenceRow ? static_cast<QWidget*>(m_evidenceType) : field)->setFocus();
                break;
            }
        }
        return;
    }
    m_filed = filing->filed;
    QDialog::accept();
}

void CaseDialog::retranslateUi()
{
    setWindowTitle(tr("File a KPI discrepancy case"));
    m_heading->setText(windowTitle());
    m_intro->setText(
        tr("Tell Partner Frontline Support which KPI record is wrong. All seven fields are required, and "
           "only an invoice is accepted as evidence: order confirmations and partner reports are not."));
    const int month = m_month->currentIndex();
    m_month->clear();
    m_month->addItem(QString());
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m));
    m_month->setCurrentIndex(std::max(0, month));
    const QStringList evidenceTypes{DisplayNames::documentType(DocumentType::Invoice),
                                    DisplayNames::documentType(DocumentType::OrderConfirmation),
                                    DisplayNames::documentType(DocumentType::PartnerReport)};
    for (int i = 0; i < evidenceTypes.size(); ++i)
        m_evidenceType->setItemText(i, evidenceTypes[i]);
    m_evidenceType->setAccessibleName(tr("Kind of document attached"));
    form::setLabels(m_form, {tr("&Month:"), tr("&Year:"), tr("&OMLP type:"), tr("&Purchase units:"),
                             tr("&Invoice number:"), tr("&KPI value:"), tr("&Revenue value:"),
                             tr("&Evidence:"), tr("&Description (optional):")});
    m_description->setPlaceholderText(tr("What is wrong with the KPI record, in your own words"));
    m_description->setAccessibleName(tr("Description of the discrepancy (optional)"));
    m_attach->setText(tr("&Attach invoice..."));
    if (!m_evidence)
        m_evidenceName->setText(tr("No file attached"));
    m_file->setText(tr("&File case"));
    m_cancel->setText(tr("Cancel"));
    updateTriage();
}

} // namespace lp
