#include "QuarantineDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// QuarantineDialog (UI.md "Acting"): reason required, the plain-words effect per level, the patient-safety warning
// and four-eyes notice for safety-critical devices, the typed count above 100 devices, the expiry.
class TestQuarantineDialog : public QObject {
    Q_OBJECT
private:
    static QList<QuarantineTarget> devices(int count, int safetyCritical)
    {
        QList<QuarantineTarget> list;
        for (int i = 0; i < count; ++i)
            list.append(QuarantineTarget{u"b1"_s, u"dev-%1"_s.arg(i), u"Device %1"_s.arg(i), u"ip_camera"_s,
                                         i < safetyCritical});
        return list;
    }
    static bool okEnabled(QuarantineDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
    }

private slots:
    void reasonIsRequired()
    {
        QuarantineDialog dialog(devices(1, 0));
        QVERIFY(!dialog.canAccept());
        QVERIFY(!okEnabled(dialog));
        dialog.setReason(u"   "_s);
        QVERIFY(!dialog.canAccept());
        dialog.setReason(u"  Beaconing  "_s);
        QVERIFY(dialog.canAccept());
        QVERIFY(okEnabled(dialog));
        QCOMPARE(dialog.reason(), u"Beaconing"_s);
        QVERIFY(!dialog.expires().isValid());
        QVERIFY(dialog.safetyText().isEmpty());
        QVERIFY(dialog.level() == QuarantineLevel::Isolate);
    }

    void effectPerLevel_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("words");
        QTest::newRow("isolate") << int(QuarantineLevel::Isolate) << u"cut off from the network"_s;
        QTest::newRow("disable") << int(QuarantineLevel::Disable) << u"switched off"_s;
        QTest::newRow("revoke") << int(QuarantineLevel::RevokeCredentials) << u"credentials and active licences"_s;
    }
    void effectPerLevel()
    {
        QFETCH(int, level);
        QFETCH(QString, words);
        QuarantineDialog dialog(devices(3, 0));
        dialog.setLevel(QuarantineLevel(level));
        QVERIFY(dialog.level() == QuarantineLevel(level));
        QVERIFY2(dialog.effectText().contains(words), qPrintable(dialog.effectText()));
        QVERIFY(dialog.effectText().contains(u"3 devices"_s));
    }

    void safetyCriticalDevicesAreNamedAndWaitForASecondOperator()
    {
        QuarantineDialog dialog(devices(9, 7));
        QCOMPARE(dialog.safetyCriticalCount(), 7);
        const QString text = dialog.safetyText();
        QVERIFY(text.contains(u"7 safety-critical devices"_s));
        QVERIFY(text.contains(u"Device 0"_s));
        QVERIFY(text.contains(u"and 2 more"_s));
        QVERIFY(!text.contains(u"Device 6"_s));
        QVERIFY(text.contains(u"second, different operator"_s));
        QVERIFY(text.contains(u"bedside"_s)); // isolate: what it means for the patients
        dialog.setLevel(QuarantineLevel::Disable);
        QVERIFY(dialog.safetyText().contains(u"other equipment"_s));
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), u"Request quarantine"_s);
    }

    void typedCountAboveOneHundred_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("100: no typing") << 100 << QString() << true;
        QTest::newRow("101: missing") << 101 << QString() << false;
        QTest::newRow("101: wrong") << 101 << u"100"_s << false;
        QTest::newRow("101: right") << 101 << u" 101 "_s << true;
        QTest::newRow("2500: right") << 2500 << u"2500"_s << true;
    }
    void typedCountAboveOneHundred()
    {
        QFETCH(int, count);
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QuarantineDialog dialog(devices(count, 0));
        dialog.setReason(u"Botnet"_s);
        dialog.setConfirmation(typed);
        QCOMPARE(dialog.canAccept(), accepted);
        QCOMPARE(okEnabled(dialog), accepted);
    }

    void expiryIsOptional()
    {
        QuarantineDialog dialog(devices(1, 0));
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(2);
        dialog.setExpires(when);
        QVERIFY(dialog.expires().isValid());
        QVERIFY(qAbs(dialog.expires().secsTo(when)) < 61);
        dialog.setExpires({});
        QVERIFY(!dialog.expires().isValid());
        QCOMPARE(QuarantineTarget::fromDevice(u"b"_s, Device{}).backend, u"b"_s);
    }
};

QTEST_MAIN(TestQuarantineDialog)
#include "tst_quarantinedialog.moc"
