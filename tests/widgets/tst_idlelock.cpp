// The idle lock: locks after the idle time, hides and blocks the window while keeping its state, refuses a wrong
// password/code with the verifier's message, unlocks with the right one and counts again; 0 turns it off.
#include "IdleLock.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

class TestIdleLock : public QObject {
    Q_OBJECT
private:
    struct Fixture {
        QMainWindow window;
        QLineEdit *filter = nullptr;
        QStringList attempts;
        std::unique_ptr<IdleLock> lock;

        Fixture()
        {
            auto *central = new QWidget;
            auto *layout = new QVBoxLayout(central);
            filter = new QLineEdit;
            layout->addWidget(new QLabel(u"Owner: Henrietta Quill"_s));
            layout->addWidget(filter);
            window.setCentralWidget(central);
            window.resize(900, 600);
            lock = std::make_unique<IdleLock>(&window, [this](const QString &password, const QString &code,
                                                              std::function<void(const QString &)> done) {
                attempts.append(password + u'/' + code);
                // Answers later, like a backend.
                QTimer::singleShot(10, &window, [done, password, code] {
                    done(password == u"hunter2"_s && code == u"123456"_s ? QString()
                                                                           : u"The one-time code is not valid."_s);
                });
            });
            window.show();
        }
        void unlockWith(const QString &password, const QString &code)
        {
            lock->passwordField()->setText(password);
            lock->codeField()->setText(code);
            lock->unlockButton()->click();
        }
    };

private slots:
    void locksAfterIdleAndKeepsState()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.filter->setFocus();
        QTest::keyClicks(f.filter, u"class:pump"_s);
        QSignalSpy changed(f.lock.get(), &IdleLock::lockedChanged);
        f.lock->setIdleTimeout(300);
        QTRY_VERIFY_WITH_TIMEOUT(f.lock->isLocked(), 20'000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(f.lock->cover()->isVisible());
        QCOMPARE(f.lock->cover()->geometry(), f.window.rect());

        // Nothing behind the cover takes input while locked.
        QTest::keyClicks(f.filter, u"XYZ"_s);
        QCOMPARE(f.filter->text(), u"class:pump"_s);

        // The window as the operator sees it: an opaque cover.
        const QImage shot = f.window.grab().toImage();
        QVERIFY(!shot.isNull());
        if (!qEnvironmentVariableIsEmpty("WARDEN_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("WARDEN_SCREENSHOT_DIR") + u"/idle-lock.png"_s);

        f.unlockWith(u"hunter2"_s, u"000000"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.lock->unlockButton()->isEnabled(), 20'000);
        QVERIFY(f.lock->isLocked());
        QCOMPARE(f.lock->errorText(), u"The one-time code is not valid."_s);
        QVERIFY(f.lock->codeField()->text().isEmpty());

        f.lock->setIdleTimeout(60'000); // no second lock while we look
        f.unlockWith(u"hunter2"_s, u"123456"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!f.lock->isLocked(), 20'000);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!f.lock->cover()->isVisible());
        QVERIFY(f.lock->passwordField()->text().isEmpty());
        QCOMPARE(f.attempts, (QStringList{u"hunter2/000000"_s, u"hunter2/123456"_s}));
        // The page is as it was, and takes input again.
        QVERIFY(f.filter->hasFocus());
        QVERIFY(!f.filter->hasSelectedText());
        QCOMPARE(f.filter->text(), u"class:pump"_s);
        QTest::keyClicks(f.filter, u" site:a"_s);
        QCOMPARE(f.filter->text(), u"class:pump site:a"_s);
    }

    void emptyFieldsAreNotSent()
    {
        Fixture f;
        f.lock->lock();
        QVERIFY(f.lock->isLocked());
        f.unlockWith(QString(), u"123456"_s);
        QVERIFY(f.attempts.isEmpty());
        QVERIFY(!f.lock->errorText().isEmpty());
        QVERIFY(f.lock->isLocked());
    }

    void zeroTurnsLockingOff()
    {
        Fixture f;
        f.lock->setIdleTimeout(0);
        QTest::qWait(300);
        QVERIFY(!f.lock->isLocked());
        QCOMPARE(f.lock->idleTimeout(), 0);
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
