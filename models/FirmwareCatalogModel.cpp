#include "FirmwareCatalogModel.h"

#include "inventory/DeviceTable.h"
#include "rules/DottedVersion.h"

#include <QColor>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace warden {

FirmwareCatalogModel::FirmwareCatalogModel(QObject *parent) : QAbstractTableModel(parent) {}

int FirmwareCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int FirmwareCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FirmwareCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Firmware &image = m_images.at(index.row());
    if (role == FirmwareIdRole)
        return image.id;
    if (role == VerifiedRole)
        return image.signatureVerified;
    if (role == Qt::ToolTipRole && index.column() == SignatureColumn) {
        return image.signatureVerified ? tr("The image's signature verifies; it can be rolled out.")
                                       : tr("The image's signature does not verify: it cannot be pushed to devices.");
    }
    if (role == Qt::ForegroundRole && index.column() == SignatureColumn && !image.signatureVerified)
        return QColor(0xD3, 0x2F, 0x2F);
    if (role == Qt::TextAlignmentRole && index.column() == DevicesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case ClassColumn: return image.deviceClass;
    case VersionColumn: return image.version;
    case SignatureColumn:
        if (raw)
            return image.signatureVerified;
        return image.signatureVerified ? tr("Verified") : tr("Unverified");
    case DevicesColumn: {
        const int count = deviceCount(image.deviceClass, image.version);
        return raw ? QVariant(count) : QVariant(QLocale().toString(count));
    }
    case VulnerabilitiesColumn:
        if (raw)
            return image.vulnerabilities.size();
        return image.vulnerabilities.isEmpty() ? tr("none known") : image.vulnerabilities.join(QStringLiteral(", "));
    case FixesColumn:
        if (raw)
            return image.fixes.size();
        return image.fixes.join(QStringLiteral(", "));
    case ReleasedColumn:
        if (raw)
            return image.released;
        return image.released.isValid() ? QLocale().toString(image.released.toLocalTime().date(), QLocale::ShortFormat)
                                        : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant FirmwareCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ClassColumn: return tr("Class");
    case VersionColumn: return tr("Version");
    case SignatureColumn: return tr("Signature");
    case DevicesColumn: return tr("Devices");
    case VulnerabilitiesColumn: return tr("Known CVEs");
    case FixesColumn: return tr("Fixes");
    case ReleasedColumn: return tr("Released");
    case ColumnCount: break;
    }
    return {};
}

void FirmwareCatalogModel::setFirmware(QList<Firmware> images)
{
    std::sort(images.begin(), images.end(), [](const Firmware &a, const Firmware &b) {
        if (a.deviceClass != b.deviceClass)
            return a.deviceClass < b.deviceClass;
        const int order = DottedVersion::compare(a.version, b.version);
        return order != 0 ? order > 0 : a.id < b.id;
    });
    beginResetModel();
    m_images = std::move(images);
    endResetModel();
}

void FirmwareCatalogModel::setDeviceCounts(const QHash<QString, int> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    if (!m_images.isEmpty())
        emit dataChanged(index(0, DevicesColumn), index(rowCount() - 1, DevicesColumn), {Qt::DisplayRole, RawValueRole});
    emit countsChanged();
}

QString FirmwareCatalogModel::versionKey(const QString &deviceClass, const QString &version)
{
    return deviceClass + QChar(0x1f) + version;
}

QHash<QString, int> FirmwareCatalogModel::countVersions(const DeviceTable &table, const QString &backend)
{
    QHash<QString, int> counts;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        if (table.backend(row) != backend)
            continue;
        ++counts[versionKey(table.text(row, RegisterField::Class), table.text(row, RegisterField::Firmware))];
    }
    return counts;
}

int FirmwareCatalogModel::rowOfFirmware(const QString &id) const
{
    for (int row = 0; row < m_images.size(); ++row) {
        if (m_images.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<Firmware> FirmwareCatalogModel::firmware(const QString &id) const
{
    const int row = rowOfFirmware(id);
    return row < 0 ? std::nullopt : std::optional<Firmware>(m_images.at(row));
}

QStringList FirmwareCatalogModel::deviceClasses() const
{
    QSet<QString> classes;
    for (const Firmware &image : m_images)
        classes.insert(image.deviceClass);
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        classes.insert(it.key().section(QChar(0x1f), 0, 0));
    QStringList sorted(classes.begin(), classes.end());
    sorted.sort();
    return sorted;
}

QList<Firmware> FirmwareCatalogModel::firmwareOfClass(const QString &deviceClass) const
{
    QList<Firmware> images;
    for (const Firmware &image : m_images) {
        if (image.deviceClass == deviceClass)
            images.append(image);
    }
    return images;
}

int FirmwareCatalogModel::deviceCount(const QString &deviceClass, const QString &version) const
{
    return m_counts.value(versionKey(deviceClass, version));
}

QList<QPair<QString, int>> FirmwareCatalogModel::versionSpread(const QString &deviceClass) const
{
    QHash<QString, int> spread;
    for (const Firmware &image : m_images) {
        if (image.deviceClass == deviceClass)
            spread.insert(image.version, 0);
    }
    const QString prefix = deviceClass + QChar(0x1f);
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            spread.insert(it.key().mid(prefix.size()), it.value());
    }
    QList<QPair<QString, int>> sorted;
    for (auto it = spread.constBegin(); it != spread.constEnd(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const int order = DottedVersion::compare(a.first, b.first);
        return order != 0 ? order < 0 : a.first < b.first;
    });
    return sorted;
}

QStringList FirmwareCatalogModel::versionsWith(const QString &deviceClass, const QString &cve) const
{
    QStringList versions;
    for (const Firmware &image : m_images) {
        if (image.deviceClass == deviceClass && image.vulnerabilities.contains(cve, Qt::CaseInsensitive)
            && !versions.contains(image.version))
            versions.append(image.version);
    }
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return DottedVersion::compare(a, b) < 0; });
    return versions;
}

QString FirmwareCatalogModel::filterForVulnerability(const QString &deviceClass, const QString &cve) const
{
    const QStringList versions = versionsWith(deviceClass, cve);
    if (versions.isEmpty())
        return {};
    QStringList terms;
    for (const QString &version : versions)
        terms.append(QStringLiteral("fw:") + version);
    const QString classTerm = QStringLiteral("class:") + deviceClass;
    if (terms.size() == 1)
        return classTerm + QLatin1Char(' ') + terms.first();
    return classTerm + QStringLiteral(" (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

int FirmwareCatalogModel::devicesWith(const QString &deviceClass, const QString &cve) const
{
    int total = 0;
    for (const QString &version : versionsWith(deviceClass, cve))
        total += deviceCount(deviceClass, version);
    return total;
}

} // namespace warden
