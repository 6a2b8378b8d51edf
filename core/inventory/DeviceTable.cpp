#include "DeviceTable.h"

#include "inventory/TextSortKey.h"
#include "inventory/TwoCores.h"

#include <QChar>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>
#include <vector>

namespace warden {

namespace {

bool useTwoCores(qsizetype count)
{
    return TwoCores::worthIt(count);
}

template<typename Work>
void forHalves(qsizetype count, Work work)
{
    TwoCores::forHalves(count, work);
}

// std::sort on two cores: both halves sorted at once, then merged at once from the front (the smaller half of the
// result) and from the back (the larger half). less must be a strict total order (every sort here breaks ties by a
// unique rank), so the two merges meet exactly in the middle.
template<typename T, typename Less>
void sortOnTwoCores(std::vector<T> &items, Less less)
{
    const auto count = qsizetype(items.size());
    if (!useTwoCores(count)) {
        std::sort(items.begin(), items.end(), less);
        return;
    }
    const qsizetype middle = count / 2;
    {
        std::thread first([&] { std::sort(items.begin(), items.begin() + middle, less); });
        std::sort(items.begin() + middle, items.end(), less);
        first.join();
    }
    std::vector<T> merged(items.size());
    const T *left = items.data();
    const T *right = items.data() + middle;
    const qsizetype leftCount = middle;
    const qsizetype rightCount = count - middle;
    std::thread front([&] {
        qsizetype i = 0, j = 0;
        for (qsizetype k = 0; k < middle; ++k) {
            if (j >= rightCount || (i < leftCount && less(left[i], right[j])))
                merged[size_t(k)] = left[i++];
            else
                merged[size_t(k)] = right[j++];
        }
    });
    qsizetype i = leftCount - 1, j = rightCount - 1;
    for (qsizetype k = count - 1; k >= middle; --k) {
        if (j < 0 || (i >= 0 && less(right[j], left[i])))
            merged[size_t(k)] = left[i--];
        else
            merged[size_t(k)] = right[j--];
    }
    front.join();
    items.swap(merged);
}

std::atomic<quint64> textVersions{0};

quint64 nextTextVersion()
{
    return ++textVersions;
}

} // namespace

quint32 DeviceTable::keyHash(quint32 backendId, QStringView id)
{
    return quint32(qHash(id, size_t(backendId) * 0x9E3779B97F4A7C15ULL));
}

qsizetype DeviceTable::findRow(quint32 hash, quint32 backendId, QStringView id) const
{
    if (m_index.isEmpty())
        return -1;
    const quint64 *cells = m_index.constData();
    const auto mask = size_t(m_index.size() - 1);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const quint64 slot = cells[i];
        if (slot == 0)
            return -1;
        if (quint32(slot >> 32) == hash) {
            const auto row = qsizetype(quint32(slot)) - 1;
            if (m_backend.at(row) == backendId && m_ids.at(row) == id)
                return row;
        }
    }
}

void DeviceTable::growIndex(qsizetype rows)
{
    // At most half full, so probes stay short.
    qsizetype capacity = 1024;
    while (capacity < rows * 2)
        capacity *= 2;
    if (capacity <= m_index.size())
        return;
    QList<quint64> grown(capacity, 0);
    const auto mask = size_t(capacity - 1);
    for (const quint64 slot : std::as_const(m_index)) {
        if (slot == 0)
            continue;
        size_t i = size_t(slot >> 32) & mask;
        while (grown.at(i) != 0)
            i = (i + 1) & mask;
        grown[i] = slot;
    }
    m_index = std::move(grown);
}

void DeviceTable::indexRow(quint32 hash, qsizetype row)
{
    if ((row + 1) * 2 > m_index.size())
        growIndex(row + 1);
    quint64 *cells = m_index.data();
    const auto mask = size_t(m_index.size() - 1);
    size_t i = hash & mask;
    while (cells[i] != 0)
        i = (i + 1) & mask;
    cells[i] = (quint64(hash) << 32) | quint64(row + 1);
}

void DeviceTable::rebuildIndex()
{
    const qsizetype count = m_ids.size();
    std::vector<quint32> hashes(static_cast<size_t>(count));
    forHalves(count, [&](qsizetype begin, qsizetype end) {
        for (qsizetype row = begin; row < end; ++row)
            hashes[size_t(row)] = keyHash(m_backend.at(row), m_ids.at(row));
    });
    qsizetype capacity = 1024;
    while (capacity < count * 2)
        capacity *= 2;
    if (m_index.size() == capacity)
        m_index.fill(0); // reserve() made it already
    else
        m_index = QList<quint64>(capacity, 0);
    quint64 *cells = m_index.data();
    const auto mask = size_t(m_index.size() - 1);
    for (qsizetype row = 0; row < count; ++row) {
        size_t i = hashes[size_t(row)] & mask;
        while (cells[i] != 0)
            i = (i + 1) & mask;
        cells[i] = (quint64(hashes[size_t(row)]) << 32) | quint64(row + 1);
    }
}

void DeviceTable::bulkLoaded()
{
    rebuildIndex();
    m_textVersion = nextTextVersion();
    m_poolVersion = nextTextVersion();
}

void DeviceTable::reserve(qsizetype rows)
{
    growIndex(rows);
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

quint32 DeviceTable::intern(const QString &text)
{
    const auto address = quintptr(text.constData());
    InternMemo::Slot &slot = m_memo.entries[(address >> 4) % m_memo.entries.size()];
    if (slot.text.constData() == text.constData() && slot.text.size() == text.size())
        return slot.id;
    const qsizetype before = m_pool.size();
    const quint32 id = m_pool.intern(text);
    if (m_pool.size() != before)
        m_poolVersion = nextTextVersion();
    slot = {text, id};
    return id;
}

qsizetype DeviceTable::appendKey(quint32 backendId, const QString &id, quint32 hash)
{
    const qsizetype row = m_ids.size();
    m_backend.append(backendId);
    m_ids.append(id);
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
    m_textVersion = nextTextVersion();
    indexRow(hash, row);
    return row;
}

qsizetype DeviceTable::upsert(const QString &backend, const Device &device)
{
    const quint32 backendId = intern(backend);
    const quint32 hash = keyHash(backendId, device.id);
    qsizetype row = findRow(hash, backendId, device.id);
    if (row < 0)
        row = appendKey(backendId, device.id, hash);
    else if (m_names.at(row) != device.name)
        m_textVersion = nextTextVersion();
    m_names[row] = device.name;
    m_class[row] = intern(device.deviceClass);
    m_vendor[row] = intern(device.vendor);
    m_model[row] = intern(device.model);
    m_firmware[row] = intern(device.firmwareVersion);
    m_site[row] = intern(device.siteId);
    m_gateway[row] = intern(device.gatewayId);
    m_segment[row] = intern(device.segment);
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

void DeviceTable::merge(const DeviceTable &other, const std::function<void(qsizetype row)> &updated)
{
    if (other.rowCount() == 0)
        return;
    // Each distinct string of other is interned here once; rows then copy integers.
    std::vector<quint32> poolMap(size_t(other.m_pool.size()));
    for (qsizetype id = 0; id < other.m_pool.size(); ++id)
        poolMap[size_t(id)] = intern(other.m_pool.at(quint32(id)));
    if (m_ids.size() + other.rowCount() > m_ids.capacity())
        reserve(m_ids.size() + other.rowCount());
    const auto map = [&poolMap](const QList<quint32> &column, qsizetype row) { return poolMap[column.at(row)]; };
    for (qsizetype from = 0; from < other.rowCount(); ++from) {
        const quint32 backendId = map(other.m_backend, from);
        const QString &id = other.m_ids.at(from);
        const quint32 hash = keyHash(backendId, id);
        qsizetype row = findRow(hash, backendId, id);
        if (row < 0) {
            row = appendKey(backendId, id, hash);
        } else {
            if (m_names.at(row) != other.m_names.at(from))
                m_textVersion = nextTextVersion();
            if (updated)
                updated(row);
        }
        m_names[row] = other.m_names.at(from);
        m_class[row] = map(other.m_class, from);
        m_vendor[row] = map(other.m_vendor, from);
        m_model[row] = map(other.m_model, from);
        m_firmware[row] = map(other.m_firmware, from);
        m_site[row] = map(other.m_site, from);
        m_gateway[row] = map(other.m_gateway, from);
        m_segment[row] = map(other.m_segment, from);
        m_owner[row] = other.m_owner.at(from);
        m_location[row] = other.m_location.at(from);
        m_notes[row] = other.m_notes.at(from);
        m_status[row] = other.m_status.at(from);
        m_risk[row] = other.m_risk.at(from);
        m_quarantine[row] = other.m_quarantine.at(from);
        m_flags[row] = other.m_flags.at(from);
        m_lastSeenMs[row] = other.m_lastSeenMs.at(from);
        m_revision[row] = other.m_revision.at(from);
    }
}

std::optional<qsizetype> DeviceTable::rowOf(const QString &backend, const QString &deviceId) const
{
    const qint64 backendId = m_pool.find(backend);
    if (backendId < 0)
        return std::nullopt;
    const qsizetype row = findRow(keyHash(quint32(backendId), deviceId), quint32(backendId), deviceId);
    if (row < 0)
        return std::nullopt;
    return row;
}

QStringList DeviceTable::backends() const
{
    std::vector<bool> seen(size_t(m_pool.size()), false);
    for (const quint32 backendId : m_backend)
        seen[backendId] = true;
    QStringList names;
    for (qsizetype id = 0; id < m_pool.size(); ++id)
        if (seen[size_t(id)])
            names.append(m_pool.at(quint32(id)));
    return names;
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

char16_t DeviceTable::foldUnit(char16_t unit)
{
    if (unit < 0x80)
        return unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
    if (QChar::isSurrogate(unit))
        return unit;
    // Qt's case-insensitive comparisons fold one unit at a time with this same (simple) case folding.
    return char16_t(QChar::toCaseFolded(char32_t(unit)));
}

std::shared_ptr<const DeviceTable::FoldedText> DeviceTable::foldedText(RegisterField field) const
{
    const bool names = field == RegisterField::Name;
    if (!names && field != RegisterField::Id)
        return nullptr;
    const QMutexLocker lock(&m_foldCache->mutex);
    std::shared_ptr<const FoldedText> &cached = names ? m_foldCache->names : m_foldCache->ids;
    quint64 &version = names ? m_foldCache->namesVersion : m_foldCache->idsVersion;
    if (cached && version == m_textVersion)
        return cached;
    const QString *column = names ? m_names.constData() : m_ids.constData();
    const qsizetype count = m_ids.size();
    auto folded = std::make_shared<FoldedText>();
    folded->start.resize(size_t(count) + 1);
    qsizetype total = 0;
    for (qsizetype row = 0; row < count; ++row) {
        folded->start[size_t(row)] = total;
        total += column[row].size();
    }
    folded->start[size_t(count)] = total;
    folded->text.resize(size_t(total));
    forHalves(count, [&](qsizetype begin, qsizetype end) {
        char16_t *out = folded->text.data();
        for (qsizetype row = begin; row < end; ++row) {
            const char16_t *in = reinterpret_cast<const char16_t *>(column[row].constData());
            const qsizetype size = column[row].size();
            char16_t *to = out + folded->start[size_t(row)];
            for (qsizetype i = 0; i < size; ++i)
                to[i] = foldUnit(in[i]);
        }
    });
    cached = folded;
    version = m_textVersion;
    return cached;
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

QList<quint32> DeviceTable::poolRanks() const
{
    const QMutexLocker lock(&m_rankCache->mutex);
    if (m_rankCache->poolSize != m_pool.size() || m_rankCache->version != m_poolVersion) {
        m_rankCache->ranks = m_pool.sortRanks();
        m_rankCache->poolSize = m_pool.size();
        m_rankCache->version = m_poolVersion;
    }
    return m_rankCache->ranks;
}

QList<quint32> DeviceTable::sortedRows(RegisterField field, bool descending) const
{
    const qsizetype count = m_ids.size();
    QList<quint32> rows(count);
    // Every sort breaks ties by (backend, id) through one precomputed rank per row, so the order is total and
    // stable and comparisons never touch strings for ties.
    const QList<quint32> ranks = poolRanks();
    const std::shared_ptr<const TieOrder> ties = tieOrder(ranks);
    const quint32 *tieRank = ties->rankOfRow.constData();
    const quint32 *rowOfRank = ties->rowOfRank.constData();

    // Keys with few distinct values (status, risk, flags, interned ranks): a counting sort visiting rows in tie
    // order, so ties come out in tie order without comparing anything. Linear in rows plus keys.
    const auto sortCounting = [&](quint32 keyCount, auto keyOfRow) {
        std::vector<quint32> keys(static_cast<size_t>(count));
        std::vector<qsizetype> start(size_t(keyCount) + 1, 0);
        for (qsizetype row = 0; row < count; ++row) {
            const quint32 key = quint32(keyOfRow(row));
            keys[size_t(row)] = descending ? keyCount - 1 - key : key;
            ++start[size_t(keys[size_t(row)]) + 1];
        }
        std::partial_sum(start.begin(), start.end(), start.begin());
        for (qsizetype rank = 0; rank < count; ++rank) {
            const quint32 row = rowOfRank[rank];
            rows[start[size_t(keys[size_t(row)])]++] = row;
        }
    };
    const auto sortWide = [&](const QList<qint64> &column) {
        struct Key {
            qint64 key;
            quint32 tie;
        };
        std::vector<Key> keys(static_cast<size_t>(count));
        for (qsizetype row = 0; row < count; ++row)
            keys[size_t(row)] = {descending ? -column.at(row) : column.at(row), tieRank[row]};
        sortOnTwoCores(keys, [](const Key &a, const Key &b) { return a.key != b.key ? a.key < b.key : a.tie < b.tie; });
        for (qsizetype i = 0; i < count; ++i)
            rows[i] = rowOfRank[keys[size_t(i)].tie];
    };
    // Free text: rows sorted by the first 16 bytes of their TextSortKey as integers, then each run of rows whose
    // prefixes tie and go on is sorted again by the next 16 bytes, and so on, so no comparison touches a string.
    // Prefixes are inverted for a descending sort so that ties still come out in tie order.
    // ranksOut: when set, also record each row's rank among the distinct texts (see TextRanks).
    const auto sortByText = [&](const QList<QString> &column, TextRanks *ranksOut) {
        struct Item {
            quint64 high;
            quint64 low;
            quint32 tie;
            quint32 row; // TruncatedBit set: the key goes on after this prefix
        };
        constexpr quint32 TruncatedBit = 0x80000000U;
        const QString *text = column.constData();
        std::vector<Item> items(static_cast<size_t>(count));
        std::vector<quint32> resume(static_cast<size_t>(count), 0U);
        const auto place = [&](Item &item, quint32 row) {
            const TextSortKey::Prefix prefix = TextSortKey::prefix(text[row], resume[row]);
            item = {descending ? ~prefix.high : prefix.high, descending ? ~prefix.low : prefix.low, tieRank[row],
                    row | (prefix.truncated ? TruncatedBit : 0U)};
        };
        const auto less = [](const Item &a, const Item &b) {
            if (a.high != b.high)
                return a.high < b.high;
            return a.low != b.low ? a.low < b.low : a.tie < b.tie;
        };
        forHalves(count, [&](qsizetype begin, qsizetype end) {
            for (qsizetype row = begin; row < end; ++row)
                place(items[size_t(row)], quint32(row));
        });
        sortOnTwoCores(items, less);
        // startsGroup[i]: item i's text differs from item i - 1's (known for good once their prefixes differ). Bytes,
        // not bits: the two cores below write neighbouring entries.
        std::vector<quint8> startsGroup(items.size(), 0);
        const auto markGroups = [&](size_t begin, size_t end) {
            for (size_t i = begin + 1; i < end; ++i)
                if (items[i].high != items[i - 1].high || items[i].low != items[i - 1].low)
                    startsGroup[i] = 1;
        };
        if (!items.empty())
            startsGroup[0] = 1;
        markGroups(0, items.size());
        // Runs to refine: [begin, end) of items with equal prefixes of which at least one goes on.
        const auto findRuns = [&](size_t first, size_t last, std::vector<std::pair<size_t, size_t>> &runs) {
            for (size_t begin = first; begin < last;) {
                size_t end = begin + 1;
                bool goesOn = items[begin].row & TruncatedBit;
                while (end < last && items[end].high == items[begin].high && items[end].low == items[begin].low) {
                    goesOn = goesOn || (items[end].row & TruncatedBit);
                    ++end;
                }
                if (end - begin > 1 && goesOn)
                    runs.emplace_back(begin, end);
                begin = end;
            }
        };
        // Sorts each run by its next prefixes, and the runs that still tie within it, until none goes on.
        const auto refine = [&](std::vector<std::pair<size_t, size_t>> pending) {
            while (!pending.empty()) {
                const auto [begin, end] = pending.back();
                pending.pop_back();
                for (size_t i = begin; i < end; ++i)
                    place(items[i], items[i].row & ~TruncatedBit);
                std::sort(items.begin() + qsizetype(begin), items.begin() + qsizetype(end), less);
                markGroups(begin, end);
                findRuns(begin, end, pending);
            }
        };
        std::vector<std::pair<size_t, size_t>> runs;
        findRuns(0, items.size(), runs);
        // Runs are disjoint: split them between both cores at half of the items they hold.
        size_t inRuns = 0;
        for (const auto &[begin, end] : runs)
            inRuns += end - begin;
        size_t split = 0;
        for (size_t taken = 0; split < runs.size() && taken * 2 < inRuns; ++split)
            taken += runs[split].second - runs[split].first;
        if (useTwoCores(qsizetype(inRuns)) && split > 0 && split < runs.size()) {
            std::thread first([&] { refine({runs.begin(), runs.begin() + qsizetype(split)}); });
            refine({runs.begin() + qsizetype(split), runs.end()});
            first.join();
        } else {
            refine(std::move(runs));
        }
        for (qsizetype i = 0; i < count; ++i)
            rows[i] = items[size_t(i)].row & ~TruncatedBit;
        if (ranksOut) {
            ranksOut->rankOfRow.resize(size_t(count));
            quint32 group = 0;
            for (size_t i = 0; i < items.size(); ++i) {
                if (i > 0 && startsGroup[i])
                    ++group;
                ranksOut->rankOfRow[items[i].row & ~TruncatedBit] = group;
            }
            ranksOut->distinct = items.empty() ? 0 : group + 1;
            if (descending) // groups came out last first
                for (quint32 &rank : ranksOut->rankOfRow)
                    rank = ranksOut->distinct - 1 - rank;
        }
    };
    // Names and ids: the first sort records each row's rank among the distinct texts; later sorts of the same texts
    // (either direction) are counting sorts over those ranks.
    const auto sortByRankedText = [&](const QList<QString> &column, bool names) {
        std::shared_ptr<const TextRanks> cached;
        {
            const QMutexLocker lock(&m_textRankCache->mutex);
            cached = names ? m_textRankCache->names : m_textRankCache->ids;
        }
        if (!cached || cached->version != m_textVersion) {
            auto built = std::make_shared<TextRanks>();
            built->version = m_textVersion;
            sortByText(column, built.get());
            const QMutexLocker lock(&m_textRankCache->mutex);
            (names ? m_textRankCache->names : m_textRankCache->ids) = built;
            return;
        }
        const quint32 *rank = cached->rankOfRow.data();
        sortCounting(cached->distinct, [rank](qsizetype row) { return rank[row]; });
    };

    if (const QList<quint32> *column = internedColumn(field)) {
        const quint32 *ids = column->constData();
        const quint32 *rank = ranks.constData();
        sortCounting(quint32(ranks.size()), [&](qsizetype row) { return rank[ids[row]]; });
        return rows;
    }
    const quint8 *flags = m_flags.constData();
    switch (field) {
    case RegisterField::Id: sortByRankedText(m_ids, false); break;
    case RegisterField::Name: sortByRankedText(m_names, true); break;
    case RegisterField::Owner: sortByText(m_owner, nullptr); break;
    case RegisterField::Location: sortByText(m_location, nullptr); break;
    case RegisterField::Status: sortCounting(256, [&](qsizetype row) { return m_status.at(row); }); break;
    case RegisterField::Risk: sortCounting(256, [&](qsizetype row) { return m_risk.at(row); }); break;
    case RegisterField::LastSeen: sortWide(m_lastSeenMs); break;
    case RegisterField::Quarantine: sortCounting(256, [&](qsizetype row) { return m_quarantine.at(row); }); break;
    case RegisterField::SafetyCritical:
        sortCounting(2, [&](qsizetype row) { return (flags[row] & SafetyCriticalFlag) ? 1 : 0; });
        break;
    case RegisterField::OnlineUpdate:
        sortCounting(2, [&](qsizetype row) { return (flags[row] & OnlineUpdateFlag) ? 1 : 0; });
        break;
    default: std::iota(rows.begin(), rows.end(), 0U); break;
    }
    return rows;
}

} // namespace warden
