#include "DeviceTable.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace warden {

void DeviceTable::reserve(qsizetype rows)
{
    m_ids.reserve(rows);
    m_names.reserve(rows);
    for (QList<quint32> *column :
         {&m_backend, &m_class, &m_vendor, &m_model, &m_firmware, &m_site, &m_gateway, &m_segment})
        column->reserve(rows);
    for (QList<QString> *column : {&m_owner, &m_location, &m_notes})
        column->reserve(rows);
    for (QList<quint8> *column : {&m_status, &m_risk, &m_quarantine, &m_flags})
        column->reserve(rows);
    m_lastSeenMs.reserve(rows);
    m_revision.reserve(rows);
}

qsizetype DeviceTable::upsert(const QString &backend, const Device &device)
{
    const quint32 backendId = m_pool.intern(backend);
    QHash<QString, qsizetype> &rows = m_rowsByBackend[backendId];
    auto it = rows.constFind(device.id);
    qsizetype row = 0;
    if (it == rows.constEnd()) {
        row = m_ids.size();
        rows.insert(device.id, row);
        m_backend.append(backendId);
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
    const qint64 backendId = m_pool.find(backend);
    if (backendId < 0)
        return std::nullopt;
    const auto rows = m_rowsByBackend.constFind(quint32(backendId));
    if (rows == m_rowsByBackend.constEnd())
        return std::nullopt;
    const auto it = rows->constFind(deviceId);
    if (it == rows->constEnd())
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

std::shared_ptr<const DeviceTable::TieOrder> DeviceTable::tieOrder(const QList<quint32> &ranks) const
{
    const QMutexLocker lock(&m_tieCache->mutex);
    if (m_tieCache->order && m_tieCache->order->rows == m_ids.size())
        return m_tieCache->order;
    auto order = std::make_shared<TieOrder>();
    const qsizetype count = m_ids.size();
    order->rows = count;
    order->rowOfRank.resize(count);
    std::iota(order->rowOfRank.begin(), order->rowOfRank.end(), 0U);
    const quint32 *backend = m_backend.constData();
    const QString *ids = m_ids.constData();
    const auto less = [&](quint32 a, quint32 b) {
        if (backend[a] != backend[b])
            return ranks.at(backend[a]) < ranks.at(backend[b]);
        return ids[a] < ids[b];
    };
    // Backends deliver pages in id order, so rows usually arrive sorted already: check before sorting.
    bool sorted = true;
    for (qsizetype row = 1; row < count && sorted; ++row)
        sorted = less(quint32(row - 1), quint32(row));
    if (!sorted)
        std::sort(order->rowOfRank.begin(), order->rowOfRank.end(), less);
    order->rankOfRow.resize(count);
    for (qsizetype rank = 0; rank < count; ++rank)
        order->rankOfRow[order->rowOfRank.at(rank)] = quint32(rank);
    m_tieCache->order = order;
    return order;
}

QList<quint32> DeviceTable::sortedRows(RegisterField field, bool descending) const
{
    const qsizetype count = m_ids.size();
    QList<quint32> rows(count);
    // Every sort breaks ties by (backend, id) through one precomputed rank per row, so the order is total and
    // stable and comparisons never touch strings for ties.
    const QList<quint32> ranks = m_pool.sortRanks();
    const std::shared_ptr<const TieOrder> ties = tieOrder(ranks);
    const quint32 *tieRank = ties->rankOfRow.constData();
    const quint32 *rowOfRank = ties->rowOfRank.constData();

    // Keys of at most 32 bits: sort (key, tie rank) packed into one 64-bit integer.
    const auto sortPacked = [&](auto keyOfRow) {
        std::vector<quint64> keys(static_cast<size_t>(count));
        for (qsizetype row = 0; row < count; ++row) {
            const quint32 key = quint32(keyOfRow(row));
            keys[size_t(row)] = (quint64(descending ? ~key : key) << 32) | tieRank[row];
        }
        std::sort(keys.begin(), keys.end());
        for (qsizetype i = 0; i < count; ++i)
            rows[i] = rowOfRank[keys[size_t(i)] & 0xffffffffU];
    };
    const auto sortWide = [&](const QList<qint64> &column) {
        struct Key {
            qint64 key;
            quint32 tie;
        };
        std::vector<Key> keys(static_cast<size_t>(count));
        for (qsizetype row = 0; row < count; ++row)
            keys[size_t(row)] = {descending ? -column.at(row) : column.at(row), tieRank[row]};
        std::sort(keys.begin(), keys.end(),
                  [](const Key &a, const Key &b) { return a.key != b.key ? a.key < b.key : a.tie < b.tie; });
        for (qsizetype i = 0; i < count; ++i)
            rows[i] = rowOfRank[keys[size_t(i)].tie];
    };
    // Free text: case-folded once per row, so each comparison is a plain UTF-16 compare.
    const auto sortByText = [&](const QList<QString> &column) {
        QList<QString> folded(count);
        for (qsizetype row = 0; row < count; ++row)
            folded[row] = column.at(row).toCaseFolded();
        const QString *text = folded.constData();
        std::iota(rows.begin(), rows.end(), 0U);
        std::sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            const int order = text[a].compare(text[b]);
            if (order != 0)
                return descending ? order > 0 : order < 0;
            return tieRank[a] < tieRank[b];
        });
    };

    if (const QList<quint32> *column = internedColumn(field)) {
        const quint32 *ids = column->constData();
        sortPacked([&](qsizetype row) { return ranks.at(ids[row]); });
        return rows;
    }
    const quint8 *flags = m_flags.constData();
    switch (field) {
    case RegisterField::Id: sortByText(m_ids); break;
    case RegisterField::Name: sortByText(m_names); break;
    case RegisterField::Owner: sortByText(m_owner); break;
    case RegisterField::Location: sortByText(m_location); break;
    case RegisterField::Status: sortPacked([&](qsizetype row) { return m_status.at(row); }); break;
    case RegisterField::Risk: sortPacked([&](qsizetype row) { return m_risk.at(row); }); break;
    case RegisterField::LastSeen: sortWide(m_lastSeenMs); break;
    case RegisterField::Quarantine: sortPacked([&](qsizetype row) { return m_quarantine.at(row); }); break;
    case RegisterField::SafetyCritical: sortPacked([&](qsizetype row) { return flags[row] & SafetyCriticalFlag; }); break;
    case RegisterField::OnlineUpdate: sortPacked([&](qsizetype row) { return flags[row] & OnlineUpdateFlag; }); break;
    default: std::iota(rows.begin(), rows.end(), 0U); break;
    }
    return rows;
}

} // namespace warden
