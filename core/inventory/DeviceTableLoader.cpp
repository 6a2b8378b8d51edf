#include "DeviceTableLoader.h"

#include "cache/CacheSchema.h"
#include "cache/CacheStore.h"

#include <QSet>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr int IdsPerStatement = 500;

const QString SelectColumns = u"SELECT id, name, device_class, vendor, model, firmware_version, site_id, gateway_id, "
                              u"segment, owner_ref, location, notes, status, risk_score, last_seen, capabilities, "
                              u"quarantine, revision FROM devices"_s;

// Maps the UTF-8 bytes of a column's values to what the table stores for them (a pool id, or a shared QString), so
// each distinct value is decoded once. Open addressing over entry numbers; runs of equal values (rows grouped by
// site or class) are answered by the last entry without hashing.
template <typename Value>
class Utf8Interner {
public:
    template <typename Make>
    Value intern(QByteArrayView bytes, Make make)
    {
        if (m_last >= 0 && m_entries[size_t(m_last)].key == bytes)
            return m_entries[size_t(m_last)].value;
        if (m_cells.empty())
            m_cells.assign(256, 0);
        const auto hash = quint32(qHashBits(bytes.data(), size_t(bytes.size())));
        auto mask = m_cells.size() - 1;
        size_t i = hash & mask;
        for (; m_cells[i] != 0; i = (i + 1) & mask) {
            const Entry &entry = m_entries[m_cells[i] - 1];
            if (entry.hash == hash && entry.key == bytes) {
                m_last = qsizetype(m_cells[i] - 1);
                return entry.value;
            }
        }
        m_entries.push_back({hash, bytes.toByteArray(), make(bytes)});
        m_cells[i] = quint32(m_entries.size());
        m_last = qsizetype(m_entries.size() - 1);
        if (m_entries.size() * 2 > m_cells.size()) {
            m_cells.assign(m_cells.size() * 2, 0);
            mask = m_cells.size() - 1;
            for (size_t e = 0; e < m_entries.size(); ++e) {
                size_t j = m_entries[e].hash & mask;
                while (m_cells[j] != 0)
                    j = (j + 1) & mask;
                m_cells[j] = quint32(e + 1);
            }
        }
        return m_entries.back().value;
    }

private:
    struct Entry {
        quint32 hash;
        QByteArray key;
        Value value;
    };
    std::vector<Entry> m_entries;
    std::vector<quint32> m_cells; // entry number + 1, 0 empty
    qsizetype m_last = -1;
};

template <typename E>
bool validEnum(qint64 code)
{
    static const qsizetype count = enumValues<E>().size();
    return code >= 0 && code < count;
}

QString textOf(QByteArrayView utf8)
{
    return utf8.isEmpty() ? QString() : QString::fromUtf8(utf8);
}

} // namespace

// Reads rows of a prepared device SELECT into the table (friend of DeviceTable: writes its columns directly).
class DeviceTableReader {
public:
    DeviceTableReader(DeviceTable &table, const QString &backend) : m_table(table)
    {
        m_backendId = m_table.m_pool.intern(backend);
    }

    Status read(SqliteStatement &s, const QString &path)
    {
        DeviceTable &t = m_table;
        const auto pooled = [&t](QByteArrayView bytes) { return t.m_pool.intern(QString::fromUtf8(bytes)); };
        const auto shared = [](QByteArrayView bytes) { return QString::fromUtf8(bytes); };
        while (true) {
            Result<bool> row = s.step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                return {};
            const qint64 status = s.columnInt64(12);
            const qint64 quarantine = s.columnInt64(16);
            if (!validEnum<DeviceStatus>(status) || !validEnum<QuarantineLevel>(quarantine)) {
                const QString what = DeviceTableLoader::tr("device \u201c%1\u201d has an unknown status or quarantine level")
                                         .arg(s.columnText(0));
                return Status::failure(
                    DeviceTableLoader::tr("The cache %1 is damaged: %2. Delete the file to rebuild it from the backend.")
                        .arg(path, what));
            }
            t.m_backend.append(m_backendId);
            t.m_ids.append(s.columnText(0));
            t.m_names.append(s.columnText(1));
            t.m_class.append(m_class.intern(s.columnTextUtf8(2), pooled));
            t.m_vendor.append(m_vendor.intern(s.columnTextUtf8(3), pooled));
            t.m_model.append(m_model.intern(s.columnTextUtf8(4), pooled));
            t.m_firmware.append(m_firmware.intern(s.columnTextUtf8(5), pooled));
            t.m_site.append(m_site.intern(s.columnTextUtf8(6), pooled));
            t.m_gateway.append(m_gateway.intern(s.columnTextUtf8(7), pooled));
            t.m_segment.append(m_segment.intern(s.columnTextUtf8(8), pooled));
            t.m_owner.append(textOf(s.columnTextUtf8(9)));
            t.m_location.append(m_location.intern(s.columnTextUtf8(10), shared));
            t.m_notes.append(textOf(s.columnTextUtf8(11)));
            t.m_status.append(quint8(status));
            t.m_risk.append(quint8(std::clamp<qint64>(s.columnInt64(13), 0, 100)));
            t.m_lastSeenMs.append(s.columnIsNull(14) ? 0 : s.columnInt64(14));
            const qint64 capabilities = s.columnInt64(15);
            t.m_flags.append(quint8(((capabilities & CacheSchema::CapabilitySafetyCritical) ? DeviceTable::SafetyCriticalFlag : 0)
                                    | ((capabilities & CacheSchema::CapabilityOnlineUpdate) ? DeviceTable::OnlineUpdateFlag : 0)
                                    | ((capabilities & CacheSchema::CapabilityNeedsMaintenanceWindow)
                                           ? DeviceTable::MaintenanceWindowFlag
                                           : 0)));
            t.m_quarantine.append(quint8(quarantine));
            t.m_revision.append(s.columnInt64(17));
        }
    }

private:
    DeviceTable &m_table;
    quint32 m_backendId = 0;
    Utf8Interner<quint32> m_class, m_vendor, m_model, m_firmware, m_site, m_gateway, m_segment;
    Utf8Interner<QString> m_location;
};

Result<DeviceTable> DeviceTableLoader::load(CacheStore &store, const QString &backend)
{
    SqliteDatabase &database = store.database();
    Result<qint64> count = database.queryInt64(u"SELECT count(*) FROM devices"_s);
    if (!count.ok())
        return count.error();
    Result<SqliteStatement> statement = database.prepare(SelectColumns);
    if (!statement.ok())
        return statement.error();
    DeviceTable table;
    table.reserve(count.value());
    DeviceTableReader reader(table, backend);
    if (Status read = reader.read(statement.value(), store.path()); !read.ok())
        return read.error();
    table.bulkLoaded();
    return table;
}

Result<DeviceTable> DeviceTableLoader::load(CacheStore &store, const QString &backend, const QStringList &ids)
{
    QStringList unique;
    unique.reserve(ids.size());
    QSet<QString> seen;
    seen.reserve(ids.size());
    for (const QString &id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    // One statement shape for every chunk (unused placeholders stay NULL, which matches nothing), compiled once.
    static const QString sql = []() -> QString {
        QStringList placeholders;
        for (int i = 1; i <= IdsPerStatement; ++i)
            placeholders.append(u"?"_s + QString::number(i));
        return SelectColumns + u" WHERE id IN ("_s + placeholders.join(u", "_s) + u")"_s;
    }();
    DeviceTable table;
    table.reserve(unique.size());
    DeviceTableReader reader(table, backend);
    for (qsizetype first = 0; first < unique.size(); first += IdsPerStatement) {
        Result<SqliteStatement> statement = store.database().prepare(sql);
        if (!statement.ok())
            return statement.error();
        SqliteStatement &s = statement.value();
        const qsizetype last = std::min(unique.size(), first + IdsPerStatement);
        for (qsizetype i = first; i < last; ++i)
            s.bindText(int(i - first + 1), unique.at(i));
        if (Status read = reader.read(s, store.path()); !read.ok())
            return read.error();
    }
    table.bulkLoaded();
    return table;
}

} // namespace warden
