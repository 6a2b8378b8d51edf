#pragma once

#include "domain/Firmware.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace warden {

class DeviceTable;

// The firmware catalogue as a table: one row per image (class, version, signature state, CVEs it has and fixes)
// with the number of register devices that run that version. Rows are ordered by class, then newest version first.
// Not responsible for fetching images or devices: the feeder hands both in.
class FirmwareCatalogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmwareCatalogModel)
public:
    enum Column {
        ClassColumn,
        VersionColumn,
        SignatureColumn,
        DevicesColumn,
        VulnerabilitiesColumn,
        FixesColumn,
        ReleasedColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, FirmwareIdRole, VerifiedRole };

    explicit FirmwareCatalogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFirmware(QList<Firmware> images);
    // Devices per (class, version), e.g. from countVersions().
    void setDeviceCounts(const QHash<QString, int> &counts);
    // Counts the devices of one backend in the register per (class, version); keys from versionKey().
    static QHash<QString, int> countVersions(const DeviceTable &table, const QString &backend);
    static QString versionKey(const QString &deviceClass, const QString &version);

    const Firmware &firmwareAt(int row) const { return m_images.at(row); }
    int rowOfFirmware(const QString &id) const;
    std::optional<Firmware> firmware(const QString &id) const;
    QStringList deviceClasses() const; // classes with an image or a device, sorted
    QList<Firmware> firmwareOfClass(const QString &deviceClass) const;
    int deviceCount(const QString &deviceClass, const QString &version) const;
    // Every version devices of the class run (also versions with no catalogue image), oldest first, with counts.
    QList<QPair<QString, int>> versionSpread(const QString &deviceClass) const;
    // Catalogue versions of the class that have the CVE, oldest first.
    QStringList versionsWith(const QString &deviceClass, const QString &cve) const;
    // A register filter listing the class's devices that still run a version with the CVE, e.g.
    // class:ip_camera (fw:5.4.2 OR fw:5.5.0); empty when no catalogue version of the class has it.
    QString filterForVulnerability(const QString &deviceClass, const QString &cve) const;
    // Devices of the class that run a version with the CVE.
    int devicesWith(const QString &deviceClass, const QString &cve) const;

signals:
    void countsChanged();

private:
    QList<Firmware> m_images;
    QHash<QString, int> m_counts;
};

} // namespace warden
