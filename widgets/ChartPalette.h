#pragma once

#include <QObject>

class QChart;
class QChartView;
class QPalette;

namespace warden {

// Makes Qt Charts follow the widget palette (light or dark theme): background, title, legend, axis labels, axis
// lines and grid. A chart theme would do that too but also recolours the series, and ours carry the meaning colours
// of UI.md; this keeps the series as they are. Not responsible for series colours.
class ChartPalette final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPalette)
public:
    // Applies now and again whenever the view's palette changes (theme switch). The follower is a child of the view.
    static void follow(QChartView *view);
    static void apply(QChart *chart, const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ChartPalette(QChartView *view);
    QChartView *m_view;
};

} // namespace warden
