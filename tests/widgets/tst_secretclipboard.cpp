// Secret clipboard copies: marked for clipboard managers, cleared after the timeout, and what the operator copied
// afterwards is left alone.
#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

class TestSecretClipboard : public QObject {
    Q_OBJECT
private slots:
    void copiedSecretIsMarkedAndCleared()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        SecretClipboard secret;
        QSignalSpy cleared(&secret, &SecretClipboard::cleared);
        secret.copy(u"h.quill@klinikum.example"_s, 200);
        QCOMPARE(clipboard->text(), u"h.quill@klinikum.example"_s);
        QCOMPARE(clipboard->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(secret.isPending());
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 20'000);
        QVERIFY(clipboard->text().isEmpty());
        QVERIFY(!secret.isPending());
    }

    void laterCopyIsLeftAlone()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        SecretClipboard secret;
        secret.copy(u"+49 555 0123456"_s, 60'000);
        clipboard->setText(u"dev-0042"_s); // the operator copies something else
        secret.clearNow();
        QCOMPARE(clipboard->text(), u"dev-0042"_s);
    }

    void destroyedHelperClearsItsCopy()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        {
            SecretClipboard secret;
            secret.copy(u"patient P-4711"_s);
            QCOMPARE(secret.isPending(), true);
        }
        QVERIFY(clipboard->text().isEmpty());
    }

    void defaultTimeoutIsThirtySeconds() { QCOMPARE(SecretClipboard::DefaultClearMs, 30'000); }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
