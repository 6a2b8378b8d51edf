#include "ThreatFeedModel.h"

#include "SeverityPalette.h"

#include <QJsonDocument>
#include <QLocale>

namespace warden {

namespace {
constexpr int FrameIntervalMs = 50; // at most 20 model updates per second
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return ThreatFeedModel::tr("Critical");
    case Severity::Major: return ThreatFeedModel::tr("Major");
    case Severity::Minor: return ThreatFeedModel::tr("Minor");
    case Severity::Warning: return ThreatFeedModel::tr("Warning");
    case Severity::Indeterminate: break;
    }
    return ThreatFeedModel::tr("Indeterminate");
}

QString threatTypeLabel(ThreatType type)
{
    switch (type) {
    case ThreatType::PortScan: return ThreatFeedModel::tr("Port scan");
    case ThreatType::BruteForce: return ThreatFeedModel::tr("Brute-force login");
    case ThreatType::DefaultCredentials: return ThreatFeedModel::tr("Default credentials");
    case ThreatType::MalwareBeacon: return ThreatFeedModel::tr("Malware beaconing");
    case ThreatType::Exfiltration: return ThreatFeedModel::tr("Exfiltration");
    case ThreatType::FirmwareTamper: return ThreatFeedModel::tr("Firmware tampering");
    case ThreatType::CertificateExpiry: return ThreatFeedModel::tr("Certificate expiry");
    case ThreatType::UnknownDevice: return ThreatFeedModel::tr("New unknown device");
    case ThreatType::ProtocolViolation: return ThreatFeedModel::tr("Protocol violation");
    case ThreatType::LicenceViolation: return ThreatFeedModel::tr("Licence violation");
    case ThreatType::Anomaly: return ThreatFeedModel::tr("Anomaly");
    }
    return {};
}

ThreatFeedModel::ThreatFeedModel(qsizetype capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max<qsizetype>(capacity, 1))
{
    m_frameTimer.setInterval(FrameIntervalMs);
    m_frameTimer.setSingleShot(true);
    connect(&m_frameTimer, &QTimer::timeout, this, &ThreatFeedModel::flush);
}

int ThreatFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThreatFeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ThreatFeedModel::appendEvents(const QString &backend, const QList<ThreatEvent> &events)
{
    for (const ThreatEvent &event : events)
        m_pending.push_back({backend, event});
    // While paused the queue is bounded too: the oldest queued events fall out of the window (they are
    // in the cache) but are still counted, so the counter tells the truth.
    while (qsizetype(m_pending.size()) > m_capacity) {
        m_pending.pop_front();
        ++m_pendingDropped;
    }
    if (m_following) {
        if (!m_frameTimer.isActive())
            m_frameTimer.start();
    } else {
        emit pendingCountChanged(pendingCount());
    }
}

void ThreatFeedModel::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    if (m_following)
        flush();
}

void ThreatFeedModel::flush()
{
    m_frameTimer.stop();
    if (m_pending.empty() || !m_following)
        return;
    const qsizetype incoming = std::min<qsizetype>(qsizetype(m_pending.size()), m_capacity);
    // Make room first so the model never holds more than capacity rows.
    const qsizetype overflow = qsizetype(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        const int first = int(m_rows.size() - overflow);
        beginRemoveRows({}, first, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.end() - overflow, m_rows.end());
        endRemoveRows();
    }
    beginInsertRows({}, 0, int(incoming) - 1);
    // m_pending is oldest first; the newest goes to row 0.
    auto begin = m_pending.end() - incoming;
    for (auto it = begin; it != m_pending.end(); ++it)
        m_rows.push_front(std::move(*it));
    endInsertRows();
    m_pending.clear();
    m_pendingDropped = 0;
    emit pendingCountChanged(0);
    emit inserted(int(incoming));
}

QVariant ThreatFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows.at(size_t(index.row()));
    const ThreatEvent &event = entry.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: return QLocale().toString(event.time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
        case SeverityColumn: return severityLabel(event.severity);
        case TypeColumn: return threatTypeLabel(event.type);
        case DeviceColumn: return m_deviceNames.value(event.deviceId, event.deviceId);
        case SourceColumn: return event.source;
        case DestinationColumn: return event.destination;
        case BackendColumn: return entry.backend;
        case SeqColumn: return QLocale().toString(event.seq);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(event.time.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return Palette::severity(event.severity);
        return {};
    case RawValueRole:
        switch (Column(index.column())) {
        case TimeColumn: return event.time.toMSecsSinceEpoch();
        case SeverityColumn: return int(event.severity);
        case TypeColumn: return toString(event.type);
        case SeqColumn: return event.seq;
        default: return data(index, Qt::DisplayRole);
        }
    case SeverityRole: return int(event.severity);
    case SeqRole: return event.seq;
    case BackendRole: return entry.backend;
    case EventJsonRole: return QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Indented));
    default: return {};
    }
}

QVariant ThreatFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case SeverityColumn: return tr("Severity");
    case TypeColumn: return tr("Type");
    case DeviceColumn: return tr("Device");
    case SourceColumn: return tr("Source");
    case DestinationColumn: return tr("Destination");
    case BackendColumn: return tr("Backend");
    case SeqColumn: return tr("Seq");
    case ColumnCount: break;
    }
    return {};
}

ThreatEvent ThreatFeedModel::eventAt(int row) const
{
    return m_rows.at(size_t(row)).event;
}

QString ThreatFeedModel::backendAt(int row) const
{
    return m_rows.at(size_t(row)).backend;
}

} // namespace warden
