#pragma once

#include "appsettings.h"

#include <QDialog>

namespace Ui {
class SettingsDialog;
}

namespace boxoffice {

/// Edits AppSettings; OK stores them, which tells the app to restart the web endpoint or switch
/// the language. Staff PINs are not kept here: they belong to the staff accounts.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// What the form holds now, or nothing (with the reason shown in the form) if it is invalid.
    std::optional<AppSettings::Values> formValues();

public slots:
    void accept() override;

private:
    void load(const AppSettings::Values &values);
    void updateNetworkState();

    Ui::SettingsDialog *m_ui;
    AppSettings &m_settings;
};

} // namespace boxoffice
