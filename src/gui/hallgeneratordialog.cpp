#include "hallgeneratordialog.h"
#include "ui_hallgeneratordialog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace boxoffice {

HallGeneratorDialog::HallGeneratorDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HallGeneratorDialog>())
{
    m_ui->setupUi(this);
    m_ui->rowLabellingCombo->addItem(tr("Letters: A, B, C, …"), int(RowLabelling::Letters));
    m_ui->rowLabellingCombo->addItem(tr("Numbers: 1, 2, 3, …"), int(RowLabelling::Numbers));
    m_ui->numberingCombo->addItem(tr("Left to right"), int(SeatNumbering::LeftToRight));
    m_ui->numberingCombo->addItem(tr("Right to left"), int(SeatNumbering::RightToLeft));
    m_ui->numberingCombo->addItem(tr("Odd left, even right, from the centre"), int(SeatNumbering::OddEvenFromCentre));
    connect(m_ui->rowLabellingCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->skippedLettersEdit->setEnabled(m_ui->rowLabellingCombo->currentData().toInt()
                                             == int(RowLabelling::Letters));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HallGeneratorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HallGeneratorDialog::reject);
}

HallGeneratorDialog::~HallGeneratorDialog() = default;

std::optional<QList<int>> HallGeneratorDialog::aisles() const
{
    QList<int> after;
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    for (const QString &part : m_ui->aislesEdit->text().split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int seat = part.toInt(&ok);
        if (!ok || seat < 1 || seat >= m_ui->seatsPerRowSpin->value())
            return std::nullopt;
        after.append(seat);
    }
    return after;
}

HallPlanGeneratorOptions HallGeneratorDialog::options(const HallPlanGeneratorOptions &base) const
{
    HallPlanGeneratorOptions options = base;
    options.rows = m_ui->rowsSpin->value();
    options.seatsPerRow = m_ui->seatsPerRowSpin->value();
    options.rowLabelling = RowLabelling(m_ui->rowLabellingCombo->currentData().toInt());
    options.skippedLetters = m_ui->skippedLettersEdit->text().remove(QRegularExpression(u"[^A-Za-z]"_s)).toUpper();
    options.numbering = SeatNumbering(m_ui->numberingCombo->currentData().toInt());
    options.aislesAfter = aisles().value_or(QList<int>{});
    options.staggered = m_ui->staggeredCheck->isChecked();
    options.curve = m_ui->curveSpin->value();
    return options;
}

void HallGeneratorDialog::accept()
{
    if (!aisles()) {
        m_ui->errorLabel->setText(tr("Aisles: give seat numbers between 1 and %1, separated by commas.")
                                      .arg(m_ui->seatsPerRowSpin->value() - 1));
        m_ui->aislesEdit->setFocus();
        return;
    }
    m_ui->errorLabel->clear();
    QDialog::accept();
}

} // namespace boxoffice
