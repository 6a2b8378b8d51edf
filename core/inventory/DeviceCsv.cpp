#include "DeviceCsv.h"

#include "inventory/CsvReader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>

#include <array>
#include <optional>

namespace warden {

const QString DeviceCsv::AnonymousOwnerPrefix = QStringLiteral("anon-");
const QString DeviceCsv::ClearMarker = QStringLiteral("<clear>");

namespace {

enum class Column {
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
    Location,
    Notes,
    OnlineUpdate,
    MaintenanceWindow,
    SafetyCritical,
    // Read-only: written by the export, ignored by the import.
    Backend,
    Status,
    Risk,
    LastSeen,
    Quarantine,
};
constexpr int ColumnCount = int(Column::Quarantine) + 1;

const std::array<QString, ColumnCount> &columnNames()
{
    static const std::array<QString, ColumnCount> names{
        QStringLiteral("id"),       QStringLiteral("name"),          QStringLiteral("class"),
        QStringLiteral("vendor"),   QStringLiteral("model"),         QStringLiteral("firmware"),
        QStringLiteral("site"),     QStringLiteral("gateway"),       QStringLiteral("segment"),
        QStringLiteral("owner"),    QStringLiteral("location"),      QStringLiteral("notes"),
        QStringLiteral("online_update"), QStringLiteral("maintenance_window"), QStringLiteral("safety_critical"),
        QStringLiteral("backend"),  QStringLiteral("status"),        QStringLiteral("risk"),
        QStringLiteral("last_seen"), QStringLiteral("quarantine")};
    return names;
}

const QString &nameOf(Column column)
{
    return columnNames().at(size_t(column));
}

constexpr qsizetype MaxNameLength = 256;
constexpr qsizetype MaxNotesLength = 64 * 1024;
// How much of a value being cleared the validation report quotes.
constexpr qsizetype MaxQuotedLength = 80;

bool hasControlCharacter(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && !(allowLineBreaks && (c == u'\n' || c == u'\t'))) || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Undoes the export's guard against spreadsheet formulas.
QString unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'' && QStringView(u"=+-@").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QString guarded(const QString &cell)
{
    if (!cell.isEmpty() && QStringView(u"=+-@").contains(cell.at(0)))
        return u'\'' + cell;
    return cell;
}

} // namespace

DeviceImportPlan DeviceCsv::planImport(const QByteArray &data, const DeviceTable &table, const QString &backend,
                                       const QHash<QString, QString> &siteNames)
{
    DeviceImportPlan plan;
    const auto reject = [&plan](qsizetype line, const QString &field, const QString &problem) {
        plan.issues.append({line, field, problem});
        plan.fileRejected = true;
        plan.rows.clear();
        return plan;
    };
    Result<QList<CsvRecord>> parsed = CsvReader::parse(data);
    if (!parsed.ok())
        return reject(0, QString(), parsed.errorMessage());
    const QList<CsvRecord> &records = parsed.value();
    if (records.isEmpty())
        return reject(1, QString(), tr("The file is empty; the first line must name the columns, e.g. id,name,class,site."));
    if (records.size() - 1 > MaxRows)
        return reject(0, QString(), tr("The file has %1 devices; at most %2 can be imported at once.")
                                        .arg(QLocale().toString(records.size() - 1), QLocale().toString(MaxRows)));

    // Header: which CSV column holds which field.
    const CsvRecord &header = records.constFirst();
    std::array<int, ColumnCount> position;
    position.fill(-1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const auto known = std::find(columnNames().cbegin(), columnNames().cend(), name);
        if (known == columnNames().cend())
            return reject(header.line, name,
                          tr("Unknown column \"%1\". Known columns: %2.")
                              .arg(header.fields.at(i), QStringList(columnNames().cbegin(), columnNames().cend())
                                                            .join(QStringLiteral(", "))));
        const auto column = size_t(known - columnNames().cbegin());
        if (position.at(column) >= 0)
            return reject(header.line, name, tr("The column \"%1\" appears twice.").arg(name));
        position.at(column) = i;
    }
    if (position.at(size_t(Column::Id)) < 0)
        return reject(header.line, nameOf(Column::Id), tr("The file has no \"id\" column; every line needs the device id."));

    QHash<QString, QString> siteIdByName;
    for (auto it = siteNames.constBegin(); it != siteNames.constEnd(); ++it)
        siteIdByName.insert(it.value().toLower(), it.key());
    QHash<QString, qsizetype> firstLineOfId;
    const qsizetype width = header.fields.size();

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        QList<CsvIssue> issues;
        const auto problem = [&issues, &record](Column column, const QString &text) {
            issues.append({record.line, nameOf(column), text});
        };
        if (record.fields.size() != width) {
            plan.issues.append({record.line, QString(),
                                tr("The line has %1 fields; the header has %2. Check for a missing or extra comma, "
                                   "or a comma inside an unquoted value.")
                                    .arg(record.fields.size())
                                    .arg(width)});
            ++plan.badLines;
            continue;
        }
        // Columns whose cell is the clear marker: read as empty here, decided below once it is known whether the
        // line creates or updates a device.
        std::array<bool, ColumnCount> clearAsked{};
        const auto cell = [&](Column column) -> std::optional<QString> {
            const int at = position.at(size_t(column));
            if (at < 0)
                return std::nullopt;
            const QString value = unguarded(record.fields.at(at)).trimmed();
            if (value.isEmpty())
                return std::nullopt;
            if (value.compare(ClearMarker, Qt::CaseInsensitive) == 0) {
                clearAsked[size_t(column)] = true;
                return std::nullopt;
            }
            return value;
        };
        // Short text fields: length and no control characters.
        const auto shortText = [&](Column column) -> std::optional<QString> {
            std::optional<QString> value = cell(column);
            if (!value)
                return value;
            if (value->size() > MaxNameLength) {
                problem(column, tr("is %1 characters long; at most %2 are allowed.").arg(value->size()).arg(MaxNameLength));
                return std::nullopt;
            }
            if (hasControlCharacter(*value, false)) {
                problem(column, tr("contains a control character (a line break or tab?)."));
                return std::nullopt;
            }
            return value;
        };
        const auto flag = [&](Column column) -> std::optional<bool> {
            const std::optional<QString> value = cell(column);
            if (!value)
                return std::nullopt;
            const QString v = value->toLower();
            if (v == u"yes" || v == u"true" || v == u"1")
                return true;
            if (v == u"no" || v == u"false" || v == u"0")
                return false;
            problem(column, tr("is \"%1\"; write yes or no.").arg(*value));
            return std::nullopt;
        };

        const std::optional<QString> id = shortText(Column::Id);
        if (!id && issues.isEmpty())
            problem(Column::Id, clearAsked[size_t(Column::Id)] ? tr("cannot be cleared; every line needs the device id.")
                                                               : tr("is empty; every line needs the device id."));
        const std::optional<QString> name = shortText(Column::Name);
        const std::optional<QString> deviceClass = shortText(Column::Class);
        const std::optional<QString> vendor = shortText(Column::Vendor);
        const std::optional<QString> model = shortText(Column::Model);
        const std::optional<QString> firmware = shortText(Column::Firmware);
        std::optional<QString> site = shortText(Column::Site);
        const std::optional<QString> gateway = shortText(Column::Gateway);
        const std::optional<QString> segment = shortText(Column::Segment);
        const std::optional<QString> owner = shortText(Column::Owner);
        const std::optional<QString> location = shortText(Column::Location);
        std::optional<QString> notes = cell(Column::Notes);
        if (notes && notes->size() > MaxNotesLength) {
            problem(Column::Notes, tr("are %1 characters long; at most %2 are allowed.")
                                       .arg(QLocale().toString(notes->size()), QLocale().toString(MaxNotesLength)));
            notes.reset();
        } else if (notes && hasControlCharacter(*notes, true)) {
            problem(Column::Notes, tr("contain a control character other than a line break or tab."));
            notes.reset();
        }
        const std::optional<bool> onlineUpdate = flag(Column::OnlineUpdate);
        const std::optional<bool> maintenance = flag(Column::MaintenanceWindow);
        const std::optional<bool> safety = flag(Column::SafetyCritical);
        if (owner && owner->startsWith(AnonymousOwnerPrefix))
            problem(Column::Owner, tr("\"%1\" is an anonymised placeholder from an export; leave the cell empty or give "
                                      "the owner's reference.").arg(*owner));
        if (site) {
            if (const auto byName = siteIdByName.constFind(site->toLower()); byName != siteIdByName.constEnd())
                site = byName.value();
        }
        if (id) {
            const auto seen = firstLineOfId.constFind(*id);
            if (seen != firstLineOfId.constEnd())
                problem(Column::Id, tr("\"%1\" already appears on line %2; give each device one line.")
                                        .arg(*id)
                                        .arg(seen.value()));
            else
                firstLineOfId.insert(*id, record.line);
        }

        QList<CsvIssue> rowClears;
        DeviceImportRow row;
        row.line = record.line;
        row.deviceId = id.value_or(QString());
        const std::optional<qsizetype> existing = id ? table.rowOf(backend, *id) : std::nullopt;
        if (id && !existing) {
            row.create = true;
            const auto hasIssue = [&issues](Column column) {
                return std::any_of(issues.cbegin(), issues.cend(),
                                   [column](const CsvIssue &issue) { return issue.field == nameOf(column); });
            };
            if (!name && !hasIssue(Column::Name))
                problem(Column::Name, tr("is required for a new device."));
            if (!deviceClass && !hasIssue(Column::Class))
                problem(Column::Class, tr("is required for a new device."));
            if (!site && !hasIssue(Column::Site))
                problem(Column::Site, tr("is required for a new device."));
            else if (site && !siteNames.isEmpty() && !siteNames.contains(*site))
                problem(Column::Site, tr("\"%1\" is neither a site id nor a site name of this backend.").arg(*site));
            Device &device = row.device;
            device.id = *id;
            device.name = name.value_or(QString());
            device.deviceClass = deviceClass.value_or(QString());
            device.vendor = vendor.value_or(QString());
            device.model = model.value_or(QString());
            device.firmwareVersion = firmware.value_or(QString());
            device.siteId = site.value_or(QString());
            device.gatewayId = gateway.value_or(QString());
            device.segment = segment.value_or(QString());
            device.ownerRef = owner.value_or(QString());
            device.location = location.value_or(QString());
            device.notes = notes.value_or(QString());
            device.status = DeviceStatus::Offline;
            device.capabilities.onlineUpdate = onlineUpdate.value_or(true);
            device.capabilities.needsMaintenanceWindow = maintenance.value_or(false);
            device.capabilities.safetyCritical = safety.value_or(false);
        } else if (existing) {
            const Device current = table.device(*existing);
            // What the device itself reports cannot be rewritten from a spreadsheet.
            const auto fixed = [&](Column column, const std::optional<QString> &value, const QString &registered,
                                   const QString &alternative = QString()) {
                if (value && *value != registered && (alternative.isEmpty() || *value != alternative))
                    problem(column, tr("is \"%1\" but the device is registered with \"%2\"; it cannot be changed by "
                                       "import.").arg(*value, registered));
            };
            fixed(Column::Class, deviceClass, current.deviceClass);
            fixed(Column::Vendor, vendor, current.vendor);
            fixed(Column::Model, model, current.model);
            fixed(Column::Firmware, firmware, current.firmwareVersion);
            fixed(Column::Site, site, current.siteId);
            fixed(Column::Gateway, gateway, current.gatewayId);
            fixed(Column::Segment, segment, current.segment);
            for (const Column column : {Column::Class, Column::Vendor, Column::Model, Column::Firmware, Column::Site,
                                        Column::Gateway, Column::Segment}) {
                if (clearAsked[size_t(column)])
                    problem(column, tr("cannot be cleared: it comes from the device and cannot be changed by import."));
            }
            if (clearAsked[size_t(Column::Name)])
                problem(Column::Name, tr("cannot be cleared; every device needs a name. Leave the cell empty to keep it."));
            for (const Column column : {Column::OnlineUpdate, Column::MaintenanceWindow, Column::SafetyCritical}) {
                if (clearAsked[size_t(column)])
                    problem(column, tr("cannot be cleared; write yes or no, or leave the cell empty to keep it."));
            }
            DevicePatch &patch = row.patch;
            // A clear of a field that is already empty changes nothing and is not listed.
            const auto clearOrSet = [&](Column column, const std::optional<QString> &value, const QString &registered,
                                        std::optional<QString> &patched) {
                if (value && *value != registered) {
                    patched = *value;
                } else if (!value && clearAsked[size_t(column)] && !registered.isEmpty()) {
                    patched = QStringLiteral("");
                    rowClears.append({record.line, nameOf(column),
                                      tr("will be cleared (now \"%1\").").arg(registered.simplified().left(MaxQuotedLength))});
                }
            };
            if (name && *name != current.name)
                patch.name = *name;
            clearOrSet(Column::Owner, owner, current.ownerRef, patch.ownerRef);
            clearOrSet(Column::Location, location, current.location, patch.location);
            clearOrSet(Column::Notes, notes, current.notes, patch.notes);
            if (onlineUpdate && *onlineUpdate != current.capabilities.onlineUpdate)
                patch.onlineUpdate = *onlineUpdate;
            if (maintenance && *maintenance != current.capabilities.needsMaintenanceWindow)
                patch.needsMaintenanceWindow = *maintenance;
            if (safety && *safety != current.capabilities.safetyCritical)
                patch.safetyCritical = *safety;
        }

        if (!issues.isEmpty()) {
            plan.issues.append(issues);
            ++plan.badLines;
            continue;
        }
        if (row.create) {
            ++plan.creates;
        } else if (row.patch.isEmpty()) {
            ++plan.unchanged;
            continue;
        } else {
            ++plan.updates;
            plan.clears.append(rowClears);
        }
        plan.rows.append(std::move(row));
    }
    return plan;
}

QStringList DeviceCsv::exportHeader()
{
    const auto n = [](Column column) { return nameOf(column); };
    return {n(Column::Backend), n(Column::Id), n(Column::Name), n(Column::Class), n(Column::Vendor), n(Column::Model),
            n(Column::Firmware), n(Column::Site), n(Column::Gateway), n(Column::Segment), n(Column::Owner),
            n(Column::Location), n(Column::Notes), n(Column::Status), n(Column::Risk), n(Column::LastSeen),
            n(Column::Quarantine), n(Column::OnlineUpdate), n(Column::MaintenanceWindow), n(Column::SafetyCritical)};
}

QByteArray DeviceCsv::exportRows(const DeviceTable &table, const QList<quint32> &rows, const ExportOptions &options,
                                 const std::atomic_bool *cancel)
{
    QByteArray salt = options.salt;
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    }
    QHash<QString, QString> pseudonyms;
    const auto pseudonym = [&](const QString &ref) {
        if (ref.isEmpty())
            return QString();
        auto it = pseudonyms.find(ref);
        if (it == pseudonyms.end()) {
            const QByteArray digest = QCryptographicHash::hash(QByteArray(salt + ref.toUtf8()), QCryptographicHash::Sha256);
            it = pseudonyms.insert(ref, AnonymousOwnerPrefix + QString::fromLatin1(digest.left(5).toHex()));
        }
        return it.value();
    };
    const auto yesNo = [](bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); };

    QString out = CsvReader::formatRecord(exportHeader()) + QStringLiteral("\r\n");
    QByteArray bytes;
    bytes.reserve(rows.size() * 160 + 256);
    QStringList fields;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (cancel && (i & 0x3ff) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const qsizetype row = rows.at(i);
        const QString owner = table.text(row, RegisterField::Owner);
        fields = {table.backend(row),
                  table.id(row),
                  table.name(row),
                  table.text(row, RegisterField::Class),
                  table.text(row, RegisterField::Vendor),
                  table.text(row, RegisterField::Model),
                  table.text(row, RegisterField::Firmware),
                  table.text(row, RegisterField::Site),
                  table.text(row, RegisterField::Gateway),
                  table.text(row, RegisterField::Segment),
                  options.anonymise ? pseudonym(owner) : owner,
                  table.text(row, RegisterField::Location),
                  options.anonymise ? QString() : table.notes(row),
                  table.text(row, RegisterField::Status),
                  table.text(row, RegisterField::Risk),
                  table.text(row, RegisterField::LastSeen),
                  table.text(row, RegisterField::Quarantine),
                  yesNo(table.onlineUpdate(row)),
                  yesNo(table.needsMaintenanceWindow(row)),
                  yesNo(table.safetyCritical(row))};
        for (QString &field : fields)
            field = guarded(field);
        out += CsvReader::formatRecord(fields) + QStringLiteral("\r\n");
        // Convert in chunks so a million rows never sit in memory twice as UTF-16.
        if (out.size() > (1 << 20)) {
            bytes += out.toUtf8();
            out.clear();
        }
    }
    bytes += out.toUtf8();
    return bytes;
}

} // namespace warden
