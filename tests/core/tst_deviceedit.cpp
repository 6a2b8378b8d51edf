// Validation of register edits before they are sent, and the PATCH built from what changed.

#include "inventory/DeviceEdit.h"

#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {
Device current()
{
    Device device;
    device.id = u"dev-1"_s;
    device.name = u"Lobby camera"_s;
    device.ownerRef = u"own-1"_s;
    device.location = u"Lobby"_s;
    device.notes = u"checked"_s;
    device.capabilities.onlineUpdate = true;
    return device;
}
} // namespace

class TestDeviceEdit : public QObject {
    Q_OBJECT
private slots:
    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QString() << u"own-1"_s << QString() << QString() << u"name"_s;
        QTest::newRow("blank name") << u"   "_s << u"own-1"_s << QString() << QString() << u"name"_s;
        QTest::newRow("long name") << QString(257, u'x') << QString() << QString() << QString() << u"name"_s;
        QTest::newRow("tab in name") << u"a\tb"_s << QString() << QString() << QString() << u"name"_s;
        QTest::newRow("line break in owner") << u"ok"_s << u"own\n1"_s << QString() << QString() << u"owner_ref"_s;
        QTest::newRow("long location") << u"ok"_s << QString() << QString(300, u'l') << QString() << u"location"_s;
        QTest::newRow("huge notes") << u"ok"_s << QString() << QString() << QString(64 * 1024 + 1, u'n') << u"notes"_s;
        QTest::newRow("bell in notes") << u"ok"_s << QString() << QString() << u"ding\u0007"_s << u"notes"_s;
    }

    void rejectsBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, owner);
        QFETCH(QString, location);
        QFETCH(QString, notes);
        QFETCH(QString, field);
        DeviceEditForm form = DeviceEdit::formOf(current());
        form.name = name;
        form.ownerRef = owner;
        form.location = location;
        form.notes = notes;
        const Result<DevicePatch> patch = DeviceEdit::patch(current(), form);
        QVERIFY(!patch.ok());
        QCOMPARE(patch.error().field, field);
        QVERIFY(!patch.errorMessage().isEmpty());
    }

    void patchesOnlyWhatChanged()
    {
        DeviceEditForm form = DeviceEdit::formOf(current());
        Result<DevicePatch> patch = DeviceEdit::patch(current(), form);
        QVERIFY(patch.ok());
        QVERIFY(patch->isEmpty());

        form.name = u"  Lobby camera 2 "_s; // trimmed
        form.ownerRef.clear();              // clearing the owner is allowed
        form.notes = u"two\nlines\tok"_s;
        form.safetyCritical = true;
        patch = DeviceEdit::patch(current(), form);
        QVERIFY2(patch.ok(), qPrintable(patch.errorMessage()));
        QCOMPARE(patch->name, std::optional<QString>(u"Lobby camera 2"_s));
        QCOMPARE(patch->ownerRef, std::optional<QString>(QString()));
        QVERIFY(!patch->location);
        QCOMPARE(patch->notes, std::optional<QString>(u"two\nlines\tok"_s));
        QCOMPARE(patch->safetyCritical, std::optional<bool>(true));
        QVERIFY(!patch->onlineUpdate);
        const QJsonObject json = patch->toJson();
        QCOMPARE(json.value(u"capabilities"_s).toObject(), QJsonObject({{u"safety_critical"_s, true}}));
        QVERIFY(!json.contains(u"location"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeviceEdit)
#include "tst_deviceedit.moc"
