#pragma once

#include "domain/Device.h"
#include "inventory/StringPool.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace warden {

// The register's columns, in the order the register shows them by default (a superset of the filterable
// DeviceField of core/rules: it adds backend, owner, last seen and location).
enum class RegisterField {
    Backend,
    Id,
    Name,
    Class,
    Vendor,
    Model,
    Firmware,
    Site,
    Gateway,
    Segment,
    Owner,
    Status,
    Risk,
    LastSeen,
    Quarantine,
    SafetyCritical,
    OnlineUpdate,
    Location,
};
constexpr int RegisterFieldCount = int(RegisterField::Location) + 1;

// Every device of every connected backend in compact column storage: one array per field, repeating
// strings interned. Rows are keyed by (backend, device id). Columns are implicitly shared, so copying a
// DeviceTable is a cheap snapshot a worker thread may sort or filter while the owner keeps updating.
// Not responsible for display text or filtering grammar (models/ and core/rules do that).
class DeviceTable {
public:
    qsizetype rowCount() const { return m_ids.size(); }

    // Inserts or replaces the device; returns its row. Rows never move.
    qsizetype upsert(const QString &backend, const Device &device);
    // Inserts or replaces every row of other (e.g. a table DeviceTableLoader read off the UI thread): rows keep their
    // (backend, id) key, strings are re-interned into this table's pool. Calls updated(row) for each row of this
    // table that existed before and was replaced; new rows are appended in other's order. When this table is empty,
    // prefer moving other in: that costs nothing.
    void merge(const DeviceTable &other, const std::function<void(qsizetype row)> &updated = {});
    // Makes room for rows in every column and in the id index at once (a bulk load then never regrows them).
    void reserve(qsizetype rows);
    std::optional<qsizetype> rowOf(const QString &backend, const QString &deviceId) const;
    // The backends that have rows here, in pool order (the order they were first interned).
    QStringList backends() const;

    Device device(qsizetype row) const;
    const QString &backend(qsizetype row) const { return m_pool.at(m_backend.at(row)); }
    const QString &id(qsizetype row) const { return m_ids.at(row); }
    const QString &name(qsizetype row) const { return m_names.at(row); }
    DeviceStatus status(qsizetype row) const { return DeviceStatus(m_status.at(row)); }
    int risk(qsizetype row) const { return m_risk.at(row); }
    QuarantineLevel quarantine(qsizetype row) const { return QuarantineLevel(m_quarantine.at(row)); }
    bool safetyCritical(qsizetype row) const { return m_flags.at(row) & SafetyCriticalFlag; }
    bool onlineUpdate(qsizetype row) const { return m_flags.at(row) & OnlineUpdateFlag; }
    bool needsMaintenanceWindow(qsizetype row) const { return m_flags.at(row) & MaintenanceWindowFlag; }
    qint64 lastSeenMs(qsizetype row) const { return m_lastSeenMs.at(row); }
    const QString &notes(qsizetype row) const { return m_notes.at(row); }

    // Raw text of a field (enums as wire names, numbers as digits, booleans "yes"/"no").
    QString text(qsizetype row, RegisterField field) const;

    // Rows ordered by field (ties by backend then id, so the order is total and stable). Pure: safe on a
    // snapshot from any thread.
    QList<quint32> sortedRows(RegisterField field, bool descending) const;

    // The pool ids of an interned column (backend, class, vendor, model, firmware, site, gateway, segment), else null.
    const QList<quint32> *internedColumn(RegisterField field) const;
    const StringPool &pool() const { return m_pool; }

    // A text column (Id or Name) case-folded the way Qt's case-insensitive comparisons fold each UTF-16 unit
    // (surrogates are copied unchanged), all rows back to back: row r is text[start[r], start[r + 1]). Built on first
    // use and shared by snapshots until a name changes or a row is added; safe from any thread.
    struct FoldedText {
        std::vector<char16_t> text;
        std::vector<qsizetype> start; // rowCount() + 1 entries
    };
    std::shared_ptr<const FoldedText> foldedText(RegisterField field) const;
    static char16_t foldUnit(char16_t unit);

private:
    friend class DeviceTableLoader;
    friend class DeviceTableReader;
    enum Flag : quint8 { SafetyCriticalFlag = 1, OnlineUpdateFlag = 2, MaintenanceWindowFlag = 4 };
    // The tie-break order of rows (backend, then id) and its inverse. Keys never change once a row exists and rows
    // are only appended, so one order serves every sort of the same row count; snapshots share it.
    struct TieOrder {
        qsizetype rows = 0;
        QList<quint32> rankOfRow;
        QList<quint32> rowOfRank;
    };
    struct TieCache {
        QMutex mutex;
        std::shared_ptr<const TieOrder> order;
    };
    struct FoldCache {
        QMutex mutex;
        std::shared_ptr<const FoldedText> ids;
        std::shared_ptr<const FoldedText> names;
        quint64 idsVersion = 0;
        quint64 namesVersion = 0;
    };
    std::shared_ptr<const TieOrder> tieOrder(const QList<quint32> &ranks) const;
    // StringPool::sortRanks() sorts every distinct string of the pool (tens of thousands of gateways): computed once
    // per pool size and shared by snapshots (the pool only grows, and ids never change their text).
    struct RankCache {
        QMutex mutex;
        qsizetype poolSize = -1;
        quint64 version = 0;
        QList<quint32> ranks;
    };
    QList<quint32> poolRanks() const;
    // The rank of every row's folded name (or id) in TextSortKey order, equal texts sharing a rank: once known, a sort
    // by that column is a counting sort. Built by the first sort of the column, kept until a name changes or a row is
    // added (the same version as the folded text).
    struct TextRanks {
        quint64 version = 0;
        quint32 distinct = 0;
        std::vector<quint32> rankOfRow;
    };
    struct TextRankCache {
        QMutex mutex;
        std::shared_ptr<const TextRanks> ids;
        std::shared_ptr<const TextRanks> names;
    };

    // The (backend, id) -> row index: open addressing over one flat array, slot = hash << 32 | (row + 1), 0 empty.
    // A fraction of the memory of a QHash<QString, row> and no node per device; implicitly shared by snapshots, and
    // lookups never detach it.
    static quint32 keyHash(quint32 backendId, QStringView id);
    qsizetype findRow(quint32 hash, quint32 backendId, QStringView id) const;
    void indexRow(quint32 hash, qsizetype row);
    void growIndex(qsizetype rows);
    // Indexes every row (after a bulk load wrote the columns directly), hashing on both cores.
    void rebuildIndex();
    // For DeviceTableLoader after it wrote the columns: index the rows, invalidate every cache.
    void bulkLoaded();
    // Appends a row holding only its key; the caller fills the other columns.
    qsizetype appendKey(quint32 backendId, const QString &id, quint32 hash);

    // Pool ids of strings interned lately, found by the address of their characters: bulk loads hand over devices
    // whose repeated strings (class, vendor, site...) share storage, so most lookups skip hashing the text. Each
    // slot keeps its string alive, so an address can never be reused by another text while it is in the memo.
    // Never copied: a copy starts empty (its ids belong to the pool it was built for).
    struct InternMemo {
        struct Slot {
            QString text;
            quint32 id = 0;
        };
        InternMemo() = default;
        InternMemo(const InternMemo &) {}
        InternMemo &operator=(const InternMemo &)
        {
            entries = {};
            return *this;
        }
        std::array<Slot, 1024> entries;
    };
    quint32 intern(const QString &text);

    StringPool m_pool;
    InternMemo m_memo;
    QList<quint64> m_index;
    std::shared_ptr<TieCache> m_tieCache = std::make_shared<TieCache>();
    std::shared_ptr<RankCache> m_rankCache = std::make_shared<RankCache>();
    std::shared_ptr<TextRankCache> m_textRankCache = std::make_shared<TextRankCache>();
    std::shared_ptr<FoldCache> m_foldCache = std::make_shared<FoldCache>();
    // Changed (to a value unique across all tables, so diverging copies never share a stale fold) whenever a row is
    // added or a name changes.
    quint64 m_textVersion = 0;
    // Likewise whenever the pool gains a string (keys the rank cache).
    quint64 m_poolVersion = 0;
    QList<quint32> m_backend;
    QList<QString> m_ids;
    QList<QString> m_names;
    QList<quint32> m_class;
    QList<quint32> m_vendor;
    QList<quint32> m_model;
    QList<quint32> m_firmware;
    QList<quint32> m_site;
    QList<quint32> m_gateway;
    QList<quint32> m_segment;
    QList<QString> m_owner;
    QList<QString> m_location;
    QList<QString> m_notes;
    QList<quint8> m_status;
    QList<quint8> m_risk;
    QList<quint8> m_quarantine;
    QList<quint8> m_flags;
    QList<qint64> m_lastSeenMs;
    QList<qint64> m_revision;
};

} // namespace warden
