#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QPalette>

namespace warden {

ChartPalette::ChartPalette(QChartView *view) : QObject(view), m_view(view)
{
    view->installEventFilter(this);
}

void ChartPalette::follow(QChartView *view)
{
    auto *follower = new ChartPalette(view);
    apply(view->chart(), view->palette());
    Q_UNUSED(follower)
}

bool ChartPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::PaletteChange || event->type() == QEvent::Polish))
        apply(m_view->chart(), m_view->palette());
    return QObject::eventFilter(watched, event);
}

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QColor grid = text;
    grid.setAlpha(40);
    QColor line = text;
    line.setAlpha(110);

    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    if (QLegend *legend = chart->legend())
        legend->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(line));
        axis->setGridLinePen(QPen(grid));
        axis->setMinorGridLinePen(QPen(grid));
    }
}

} // namespace warden
