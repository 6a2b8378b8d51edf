// CsvReader::parse and DeviceCsv::planImport on an arbitrary file, against the fixed fleet of FuzzDevices.h.
// Properties: a refused file has a message naming a line; records start on ascending lines within the file;
// writing the records back with formatRecord and reading them again gives the same records; an import plan never
// has rows for a rejected file, names only lines of the file in its issues and rows, counts creates and updates
// as its rows say, and a row that updates an existing device refers to one the register holds.

#include "FuzzDevices.h"
#include "FuzzSupport.h"

#include "inventory/CsvReader.h"
#include "inventory/DeviceCsv.h"
#include "inventory/DeviceTable.h"

#include <QHash>
#include <QSet>

using namespace warden;

namespace {

const QString Backend = QStringLiteral("fuzz");

const DeviceTable &table()
{
    static const DeviceTable registered = [] {
        DeviceTable devices;
        for (const Device &device : fuzz::devices())
            devices.upsert(Backend, device);
        return devices;
    }();
    return registered;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    (void)table();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = fuzz::bytes(data, size);
    const qsizetype lineCount = file.count('\n') + file.count('\r') + 1;

    const Result<QList<CsvRecord>> records = CsvReader::parse(file);
    if (!records) {
        fuzz::check(!records.errorMessage().isEmpty(), "a refused file without a message");
    } else {
        qsizetype previousLine = 0;
        QString text;
        QList<QStringList> expected;
        for (const CsvRecord &record : records.value()) {
            fuzz::check(record.line > previousLine && record.line <= lineCount, "record line out of order or range");
            fuzz::check(!record.fields.isEmpty(), "a record without fields");
            previousLine = record.line;
            // A single empty field writes an empty line, which reading skips by design.
            if (record.fields.size() == 1 && record.fields.first().isEmpty())
                continue;
            text += CsvReader::formatRecord(record.fields) + QLatin1Char('\n');
            expected.append(record.fields);
        }
        // A byte order mark is only special at the start of a file, and reading removes it there: a first record
        // starting with U+FEFF (one after an empty first line) cannot be written back as it was read.
        if (text.startsWith(QChar(0xFEFF))) {
            expected.clear();
            text.clear();
        }
        const Result<QList<CsvRecord>> again = CsvReader::parse(text.toUtf8());
        fuzz::check(again.ok(), "written records cannot be read back");
        fuzz::check(again.value().size() == expected.size(), "written records read back as a different count");
        for (qsizetype i = 0; i < expected.size(); ++i)
            fuzz::check(again.value().at(i).fields == expected.at(i), "a written record reads back differently");
    }

    static const QHash<QString, QString> sites{{QStringLiteral("north-campus"), QStringLiteral("North Campus")},
                                               {QStringLiteral("south"), QStringLiteral("South")}};
    const DeviceImportPlan plan = DeviceCsv::planImport(file, table(), Backend, sites);
    if (plan.fileRejected) {
        fuzz::check(plan.rows.isEmpty(), "rows planned from a rejected file");
        fuzz::check(!plan.issues.isEmpty(), "a rejected file without a reason");
    }
    if (!records)
        fuzz::check(plan.fileRejected, "a file the CSV reader refuses was planned");
    qsizetype creates = 0;
    QSet<QString> registered;
    for (qsizetype row = 0; row < table().rowCount(); ++row)
        registered.insert(table().text(row, RegisterField::Id));
    for (const DeviceImportRow &row : plan.rows) {
        fuzz::check(row.line >= 1 && row.line <= lineCount, "a planned row outside the file");
        fuzz::check(!row.deviceId.isEmpty(), "a planned row without a device id");
        if (row.create) {
            ++creates;
            fuzz::check(!registered.contains(row.deviceId), "a create planned for a registered device");
        } else {
            fuzz::check(registered.contains(row.deviceId), "an update planned for an unknown device");
        }
    }
    fuzz::check(creates == plan.creates, "creates counted differently from the rows");
    fuzz::check(plan.rows.size() - creates == plan.updates, "updates counted differently from the rows");
    for (const CsvIssue &issue : plan.issues) {
        fuzz::check(issue.line >= 0 && issue.line <= lineCount, "an issue names a line outside the file");
        fuzz::check(!issue.problem.isEmpty(), "an issue without words");
    }
    return 0;
}
