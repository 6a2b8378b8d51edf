#pragma once

// Console tests start the demo backend the way `warden --demo` does and need it live before they act.
#include "ConsoleController.h"
#include "DemoSession.h"

#include <QSignalSpy>
#include <QTest>

namespace warden::test {

// Starts the demo on controller and waits until its backend is live. Returns why it is not (empty when live).
inline QString startDemoUntilLive(ConsoleController &controller, const DemoOptions &options, int timeoutMs = 60'000)
{
    QSignalSpy failed(&controller, &ConsoleController::failed);
    QSignalSpy live(&controller, &ConsoleController::live);
    controller.startDemo(options);
    if (!QTest::qWaitFor([&] { return !live.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return QStringLiteral("the demo backend did not become live");
    return failed.isEmpty() ? QString() : failed.first().first().toString();
}

} // namespace warden::test
