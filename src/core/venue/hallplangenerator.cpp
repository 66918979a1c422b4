#include "hallplangenerator.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// The letters of a label alphabet in order, without the skipped ones.
QString alphabet(const QString &skippedLetters)
{
    QString letters;
    for (char16_t letter = u'A'; letter <= u'Z'; ++letter) {
        if (!skippedLetters.contains(QChar(letter), Qt::CaseInsensitive))
            letters.append(QChar(letter));
    }
    return letters;
}

/// Bijective base-n numbering: 0 → A, n-1 → Z, n → AA, as spreadsheet columns are named.
QString letterLabel(int index, const QString &letters)
{
    QString label;
    const int base = int(letters.size());
    for (int rest = index + 1; rest > 0; rest = (rest - 1) / base)
        label.prepend(letters.at((rest - 1) % base));
    return label;
}

} // namespace

HallPlanGenerator::HallPlanGenerator(HallPlanGeneratorOptions options) : m_options(std::move(options)) {}

QStringList HallPlanGenerator::rowLabels(int count, RowLabelling labelling, const QString &skippedLetters)
{
    QStringList labels;
    labels.reserve(std::max(count, 0));
    const QString letters = alphabet(skippedLetters);
    for (int i = 0; i < count; ++i)
        labels.append(labelling == RowLabelling::Numbers || letters.isEmpty() ? QString::number(i + 1)
                                                                                : letterLabel(i, letters));
    return labels;
}

QList<int> HallPlanGenerator::seatNumbers(int seats, SeatNumbering numbering)
{
    QList<int> numbers;
    numbers.reserve(std::max(seats, 0));
    const int leftOfCentre = (seats + 1) / 2;
    for (int position = 0; position < seats; ++position) {
        switch (numbering) {
        case SeatNumbering::LeftToRight:
            numbers.append(position + 1);
            break;
        case SeatNumbering::RightToLeft:
            numbers.append(seats - position);
            break;
        case SeatNumbering::OddEvenFromCentre:
            numbers.append(position < leftOfCentre ? 2 * (leftOfCentre - position) - 1 : 2 * (position - leftOfCentre + 1));
            break;
        }
    }
    return numbers;
}

HallPlan HallPlanGenerator::generate() const
{
    HallPlan plan;
    plan.name = m_options.hallName;
    plan.categories = m_options.categories;
    const QString category = plan.categories.isEmpty() ? QString() : plan.categories.first().key;
    const int rows = std::max(m_options.rows, 0);
    QList<int> seatsOfRow(rows);
    for (int row = 0; row < rows; ++row) {
        const bool overridden = row < m_options.seatsInRow.size() && m_options.seatsInRow.at(row) > 0;
        seatsOfRow[row] = std::max(overridden ? m_options.seatsInRow.at(row) : m_options.seatsPerRow, 0);
    }
    const QSet<int> aisles(m_options.aislesAfter.cbegin(), m_options.aislesAfter.cend());
    // x of the n-th seat from the left (0-based), the same in every row so that aisles line up.
    const int widest = rows > 0 ? *std::max_element(seatsOfRow.cbegin(), seatsOfRow.cend()) : 0;
    QList<double> columnX(widest);
    double x = 0;
    for (int position = 0; position < widest; ++position) {
        columnX[position] = x;
        x += 1.0 + (aisles.contains(position + 1) ? m_options.aisleWidth : 0.0);
    }
    const double widestSpan = widest > 0 ? columnX.last() : 0.0;
    const QStringList labels = rowLabels(rows, m_options.rowLabelling, m_options.skippedLetters);
    const QStringList guids = HallPlanSeat::newGuids(std::accumulate(seatsOfRow.cbegin(), seatsOfRow.cend(), qsizetype(0)));
    plan.seats.reserve(guids.size());
    for (int row = 0; row < rows; ++row) {
        const int seats = seatsOfRow.at(row);
        const QList<int> numbers = seatNumbers(seats, m_options.numbering);
        const double span = seats > 0 ? columnX.at(seats - 1) : 0.0;
        // Shorter rows are centred on the widest one, as rows of a hall share one axis.
        const double shift = (widestSpan - span) / 2 + (m_options.staggered && row % 2 == 1 ? 0.5 : 0.0);
        const double halfSpan = span / 2;
        for (int position = 0; position < seats; ++position) {
            const double fromCentre = halfSpan > 0 ? (columnX.at(position) - halfSpan) / halfSpan : 0.0;
            HallPlanSeat seat;
            seat.guid = guids.at(plan.seats.size());
            seat.rowLabel = labels.at(row);
            seat.number = QString::number(numbers.at(position));
            seat.position = {columnX.at(position) + shift, row - m_options.curve * fromCentre * fromCentre};
            seat.category = category;
            plan.seats.append(std::move(seat));
        }
    }
    return plan;
}

} // namespace boxoffice
