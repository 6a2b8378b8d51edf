#include "DeviceTable.h"

#include <algorithm>
#include <numeric>

namespace warden {

QString DeviceTable::keyOf(const QString &backend, const QString &deviceId)
{
    return backend + QChar(0x1f) + deviceId;
}

qsizetype DeviceTable::upsert(const QString &backend, const Device &device)
{
    const QString key = keyOf(backend, device.id);
    auto it = m_rowByKey.constFind(key);
    qsizetype row = 0;
    if (it == m_rowByKey.constEnd()) {
        row = m_ids.size();
        m_rowByKey.insert(key, row);
        m_backend.append(m_pool.intern(backend));
        m_ids.append(device.id);
        m_names.append(QString());
        for (QList<quint32> *column : {&m_class, &m_vendor, &m_model, &m_firmware, &m_site, &m_gateway, &m_segment})
            column->append(0);
        m_owner.append(QString());
        m_location.append(QString());
        m_notes.append(QString());
        m_status.append(0);
        m_risk.append(0);
        m_quarantine.append(0);
        m_flags.append(0);
        m_lastSeenMs.append(0);
        m_revision.append(0);
    } else {
        row = it.value();
    }
    m_names[row] = device.name;
    m_class[row] = m_pool.intern(device.deviceClass);
    m_vendor[row] = m_pool.intern(device.vendor);
    m_model[row] = m_pool.intern(device.model);
    m_firmware[row] = m_pool.intern(device.firmwareVersion);
    m_site[row] = m_pool.intern(device.siteId);
    m_gateway[row] = m_pool.intern(device.gatewayId);
    m_segment[row] = m_pool.intern(device.segment);
    m_owner[row] = device.ownerRef;
    m_location[row] = device.location;
    m_notes[row] = device.notes;
    m_status[row] = quint8(device.status);
    m_risk[row] = quint8(std::clamp(device.riskScore, 0, 100));
    m_quarantine[row] = quint8(device.quarantine);
    m_flags[row] = quint8((device.capabilities.safetyCritical ? SafetyCriticalFlag : 0)
                          | (device.capabilities.onlineUpdate ? OnlineUpdateFlag : 0)
                          | (device.capabilities.needsMaintenanceWindow ? MaintenanceWindowFlag : 0));
    m_lastSeenMs[row] = device.lastSeen.isValid() ? device.lastSeen.toMSecsSinceEpoch() : 0;
    m_revision[row] = device.revision;
    return row;
}

std::optional<qsizetype> DeviceTable::rowOf(const QString &backend, const QString &deviceId) const
{
    const auto it = m_rowByKey.constFind(keyOf(backend, deviceId));
    if (it == m_rowByKey.constEnd())
        return std::nullopt;
    return it.value();
}

Device DeviceTable::device(qsizetype row) const
{
    Device device;
    device.id = m_ids.at(row);
    device.name = m_names.at(row);
    device.deviceClass = m_pool.at(m_class.at(row));
    device.vendor = m_pool.at(m_vendor.at(row));
    device.model = m_pool.at(m_model.at(row));
    device.firmwareVersion = m_pool.at(m_firmware.at(row));
    device.siteId = m_pool.at(m_site.at(row));
    device.gatewayId = m_pool.at(m_gateway.at(row));
    device.segment = m_pool.at(m_segment.at(row));
    device.ownerRef = m_owner.at(row);
    device.location = m_location.at(row);
    device.notes = m_notes.at(row);
    device.status = status(row);
    device.riskScore = m_risk.at(row);
    device.lastSeen = m_lastSeenMs.at(row) ? QDateTime::fromMSecsSinceEpoch(m_lastSeenMs.at(row), Qt::UTC) : QDateTime();
    device.capabilities.safetyCritical = m_flags.at(row) & SafetyCriticalFlag;
    device.capabilities.onlineUpdate = m_flags.at(row) & OnlineUpdateFlag;
    device.capabilities.needsMaintenanceWindow = m_flags.at(row) & MaintenanceWindowFlag;
    device.quarantine = quarantine(row);
    device.revision = m_revision.at(row);
    return device;
}

const QList<quint32> *DeviceTable::internedColumn(RegisterField field) const
{
    switch (field) {
    case RegisterField::Backend: return &m_backend;
    case RegisterField::Class: return &m_class;
    case RegisterField::Vendor: return &m_vendor;
    case RegisterField::Model: return &m_model;
    case RegisterField::Firmware: return &m_firmware;
    case RegisterField::Site: return &m_site;
    case RegisterField::Gateway: return &m_gateway;
    case RegisterField::Segment: return &m_segment;
    default: return nullptr;
    }
}

QString DeviceTable::text(qsizetype row, RegisterField field) const
{
    if (const QList<quint32> *column = internedColumn(field))
        return m_pool.at(column->at(row));
    const auto yesNo = [](bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); };
    switch (field) {
    case RegisterField::Id: return m_ids.at(row);
    case RegisterField::Name: return m_names.at(row);
    case RegisterField::Owner: return m_owner.at(row);
    case RegisterField::Location: return m_location.at(row);
    case RegisterField::Status: return toString(status(row));
    case RegisterField::Risk: return QString::number(m_risk.at(row));
    case RegisterField::LastSeen:
        return m_lastSeenMs.at(row)
                   ? QDateTime::fromMSecsSinceEpoch(m_lastSeenMs.at(row), Qt::UTC).toString(Qt::ISODateWithMs)
                   : QString();
    case RegisterField::Quarantine: return toString(quarantine(row));
    case RegisterField::SafetyCritical: return yesNo(safetyCritical(row));
    case RegisterField::OnlineUpdate: return yesNo(onlineUpdate(row));
    default: return QString();
    }
}

QList<quint32> DeviceTable::sortedRows(RegisterField field, bool descending) const
{
    QList<quint32> rows(m_ids.size());
    std::iota(rows.begin(), rows.end(), 0U);

    // Integer keys for every field but free text, so the sort compares numbers. The tie-breaker (backend
    // rank, then id) keeps the order total, which makes re-sorting after an update stable.
    const QList<quint32> ranks = m_pool.sortRanks();
    const auto tieLess = [&](quint32 a, quint32 b) {
        if (m_backend.at(a) != m_backend.at(b))
            return ranks.at(m_backend.at(a)) < ranks.at(m_backend.at(b));
        return m_ids.at(a) < m_ids.at(b);
    };
    const auto sortByKey = [&](auto keyOfRow) {
        std::sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            const auto ka = keyOfRow(a);
            const auto kb = keyOfRow(b);
            if (ka != kb)
                return descending ? kb < ka : ka < kb;
            return tieLess(a, b);
        });
    };
    const auto sortByText = [&](const QList<QString> &column) {
        std::sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            const int order = QString::compare(column.at(a), column.at(b), Qt::CaseInsensitive);
            if (order != 0)
                return descending ? order > 0 : order < 0;
            return tieLess(a, b);
        });
    };

    if (const QList<quint32> *column = internedColumn(field)) {
        sortByKey([&](quint32 row) { return ranks.at(column->at(row)); });
        return rows;
    }
    switch (field) {
    case RegisterField::Id: sortByText(m_ids); break;
    case RegisterField::Name: sortByText(m_names); break;
    case RegisterField::Owner: sortByText(m_owner); break;
    case RegisterField::Location: sortByText(m_location); break;
    case RegisterField::Status: sortByKey([&](quint32 row) { return m_status.at(row); }); break;
    case RegisterField::Risk: sortByKey([&](quint32 row) { return m_risk.at(row); }); break;
    case RegisterField::LastSeen: sortByKey([&](quint32 row) { return m_lastSeenMs.at(row); }); break;
    case RegisterField::Quarantine: sortByKey([&](quint32 row) { return m_quarantine.at(row); }); break;
    case RegisterField::SafetyCritical: sortByKey([&](quint32 row) { return m_flags.at(row) & SafetyCriticalFlag; }); break;
    case RegisterField::OnlineUpdate: sortByKey([&](quint32 row) { return m_flags.at(row) & OnlineUpdateFlag; }); break;
    default: break;
    }
    return rows;
}

} // namespace warden
