#include "venuesettingsdialog.h"

#include "corebackend.h"
#include "venuesettingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Each shipped web language in its own name, as a visitor would look for it.
QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}
} // namespace

VenueSettingsDialog::VenueSettingsDialog(CoreBackend &backend, QString manager, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_manager(std::move(manager))
{
    setObjectName(u"venueSettingsDialog"_s);
    setWindowTitle(tr("Venue settings"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"venueName"_s);
    m_name->setMaxLength(100);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(u"currency"_s);
    m_currency->addItems(Currency::knownCodes());
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(u"timeZone"_s);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone));
    m_holdSeconds = new QSpinBox(this);
    m_holdSeconds->setObjectName(u"holdSeconds"_s);
    m_holdSeconds->setRange(VenueSettings::minimumHoldSeconds, VenueSettings::maximumHoldSeconds);
    m_holdSeconds->setSuffix(tr(" s"));
    auto *languages = new QHBoxLayout;
    for (const QString &code : VenueSettings::shippedWebLanguages) {
        auto *box = new QCheckBox(languageName(code), this);
        box->setObjectName(u"language_"_s + code);
        box->setProperty("code", code);
        m_languages.append(box);
        languages->addWidget(box);
    }
    languages->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("Default &hold:"), m_holdSeconds);
    form->addRow(tr("Web languages:"), languages);
    m_error = new QLabel(this);
    m_error->setObjectName(u"venueSettingsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VenueSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setBusy(true);
    m_backend.run<VenueSettings>(
            this,
            [clock = &m_backend.clock()](CoreServices &services) {
                return VenueSettingsStore(services.database, *clock).load();
            },
            [this](const Result<VenueSettings> &settings) {
                setBusy(false);
                if (settings.ok()) {
                    show(settings.value());
                } else {
                    m_error->setText(settings.error().message);
                    m_error->show();
                }
                emit loaded();
            });
}

void VenueSettingsDialog::show(const VenueSettings &settings)
{
    m_name->setText(settings.name);
    m_currency->setCurrentText(settings.currency.code());
    m_timeZone->setCurrentText(QString::fromUtf8(settings.timeZone));
    m_holdSeconds->setValue(settings.holdSeconds);
    for (QCheckBox *box : std::as_const(m_languages))
        box->setChecked(settings.webLanguages.contains(box->property("code").toString()));
}

VenueSettings VenueSettingsDialog::fromForm() const
{
    VenueSettings settings;
    settings.name = m_name->text().trimmed();
    if (auto currency = Currency::fromCode(m_currency->currentText()); currency.ok())
        settings.currency = currency.value();
    settings.timeZone = m_timeZone->currentText().toUtf8();
    settings.holdSeconds = m_holdSeconds->value();
    settings.webLanguages.clear();
    for (const QCheckBox *box : m_languages) {
        if (box->isChecked())
            settings.webLanguages.append(box->property("code").toString());
    }
    return settings;
}

void VenueSettingsDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void VenueSettingsDialog::save()
{
    const VenueSettings settings = fromForm();
    if (auto valid = settings.validate(); !valid.ok()) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    setBusy(true);
    m_backend.run<qint64>(
            this,
            [clock = &m_backend.clock(), feed = &m_backend.feed(), settings, manager = m_manager](
                    CoreServices &services) {
                auto saved = VenueSettingsStore(services.database, *clock).save(settings, manager);
                if (saved.ok())
                    feed->publishVenueSettings(saved.value());
                return saved;
            },
            [this, settings](const Result<qint64> &saved) {
                setBusy(false);
                if (!saved.ok()) {
                    m_error->setText(tr("The settings were not saved: %1").arg(saved.error().message));
                    m_error->show();
                    return;
                }
                emit this->saved(settings);
                accept();
            });
}

} // namespace boxoffice
