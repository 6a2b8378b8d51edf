#pragma once

#include "fleet/FleetTypes.h"
#include "inventory/DeviceTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

namespace warden {

// A problem found while checking an import file: where (1-based line, column name) and what, in words.
struct CsvIssue {
    qsizetype line = 0;
    QString field; // the column, empty when the problem concerns the whole line or file
    QString problem;
    friend bool operator==(const CsvIssue &, const CsvIssue &) = default;
};

// One valid line of an import: a new device to register, or the changed register fields of an existing one.
struct DeviceImportRow {
    qsizetype line = 0;
    QString deviceId;
    bool create = false;
    Device device;     // create: the device to register
    DevicePatch patch; // update: only the fields that differ from the register
};

// What an import file would do, decided before anything is sent: valid rows, and every problem found. Rows with a
// problem are left out whole (never half-applied); when the file itself is unusable (header, encoding, size),
// fileRejected is set and there are no rows.
struct DeviceImportPlan {
    QList<DeviceImportRow> rows;
    QList<CsvIssue> issues;
    qsizetype creates = 0;
    qsizetype updates = 0;
    qsizetype unchanged = 0; // existing devices the file describes exactly as registered
    qsizetype badLines = 0;
    bool fileRejected = false;
    // Fields that valid update rows clear (a DeviceCsv::ClearMarker cell): line, column and what is removed, so the
    // operator sees every deletion before confirming.
    QList<CsvIssue> clears;
};

// The register's CSV format, both ways. Columns by header name (any order, case-insensitive):
//   id (required), name, class, vendor, model, firmware, site, gateway, segment, owner, location, notes,
//   online_update, maintenance_window, safety_critical (yes/no, true/false, 1/0)
// plus the export's read-only columns backend, status, risk, last_seen, quarantine, which an import ignores.
// A line whose id is not registered in the backend creates a device (name, class and site required); otherwise it
// updates name, owner, location, notes and flags, an empty cell keeping the registered value. A cell holding exactly
// ClearMarker ("<clear>", any case) empties owner, location or notes of an existing device; on a new device it is an
// empty cell; in any other column (name, flags, the device's own fields) it is a problem of that line.
// Class, vendor, model, firmware, site, gateway and segment of an existing device come from the device and cannot be
// changed by import.
// Pure; safe on any thread with a snapshot of the table. Not responsible for sending anything.
class DeviceCsv {
    Q_DECLARE_TR_FUNCTIONS(DeviceCsv)
public:
    static constexpr qsizetype MaxRows = 1'000'000;
    static const QString AnonymousOwnerPrefix; // "anon-"
    static const QString ClearMarker;          // "<clear>"

    // siteNames: site id -> display name; a site column may give either.
    static DeviceImportPlan planImport(const QByteArray &data, const DeviceTable &table, const QString &backend,
                                       const QHash<QString, QString> &siteNames);

    struct ExportOptions {
        // Owners become per-export pseudonyms ("anon-…", the same owner gets the same one within a file) and notes,
        // which are free text that may name people, are left empty.
        bool anonymise = true;
        QByteArray salt; // keys the pseudonyms; a random one is drawn when empty
    };
    static QStringList exportHeader();
    // The given table rows (in that order) as UTF-8 CSV with a header line. Cells a spreadsheet would run as a
    // formula (= + - @ at the start) are prefixed with '. Returns an empty array when cancelled.
    static QByteArray exportRows(const DeviceTable &table, const QList<quint32> &rows, const ExportOptions &options,
                                 const std::atomic_bool *cancel = nullptr);
};

} // namespace warden
