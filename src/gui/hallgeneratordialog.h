#pragma once

#include "hallplangenerator.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HallGeneratorDialog;
}

namespace boxoffice {

/// The hall generator's numbers (rows, seats, labels, numbering, aisles, stagger, curve) as a
/// form; accepted only with aisles that read as seat numbers.
class HallGeneratorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HallGeneratorDialog(QWidget *parent = nullptr);
    ~HallGeneratorDialog() override;

    /// The options as filled in; `categories` are kept from `base`, as are fields the form lacks.
    HallPlanGeneratorOptions options(const HallPlanGeneratorOptions &base = {}) const;

    void accept() override;

private:
    /// The seat numbers aisles follow, or nothing for text that is not a list of them.
    std::optional<QList<int>> aisles() const;

    std::unique_ptr<Ui::HallGeneratorDialog> m_ui;
};

} // namespace boxoffice
