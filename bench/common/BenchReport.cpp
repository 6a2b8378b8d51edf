#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace warden::bench {

QJsonObject Measure::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("unit"), unit},
                     {QStringLiteral("ours"), ours},
                     {QStringLiteral("baseline_name"), baselineName},
                     {QStringLiteral("better"), better == Better::Lower ? QStringLiteral("lower") : QStringLiteral("higher")}};
    if (baseline && *baseline > 0 && ours > 0) {
        json.insert(QStringLiteral("baseline"), *baseline);
        json.insert(QStringLiteral("ratio"), better == Better::Lower ? *baseline / ours : ours / *baseline);
    } else {
        json.insert(QStringLiteral("baseline"), QJsonValue::Null);
        json.insert(QStringLiteral("ratio"), QJsonValue::Null);
    }
    return json;
}

void BenchReport::add(Measure measure)
{
    std::fprintf(stderr, "%s: %.3f %s (baseline %s: %s)\n", qPrintable(measure.name), measure.ours,
                 qPrintable(measure.unit), qPrintable(measure.baselineName),
                 measure.baseline ? qPrintable(QString::number(*measure.baseline, 'f', 3)) : "none");
    m_measures.append(std::move(measure));
}

void BenchReport::print() const
{
    QJsonArray measures;
    for (const Measure &measure : m_measures)
        measures.append(measure.toJson());
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("measures"), measures}}).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace warden::bench
