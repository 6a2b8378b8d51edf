#pragma once

#include "FleetdConfig.h"
#include "FleetdServer.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <memory>

namespace warden {

class FleetdThread;

// Runs a complete fleetd inside the current process on its own QThread (every server object is created on that
// thread), for the console's `--demo` and for tests. start() blocks until the server listens (port 0 picks a free
// port) or failed; stop() shuts it down cleanly and joins the thread. The destructor stops a running server.
// Not responsible for how the caller uses the instance (FleetdCredentials reads the accounts).
class FleetdRunner {
    Q_DECLARE_TR_FUNCTIONS(FleetdRunner)

public:
    FleetdRunner();
    ~FleetdRunner();
    FleetdRunner(const FleetdRunner &) = delete;
    FleetdRunner &operator=(const FleetdRunner &) = delete;

    Result<FleetdInstanceInfo> start(const FleetdConfig &config);
    void stop();
    bool isRunning() const;
    const FleetdInstanceInfo &info() const { return m_info; }

private:
    std::unique_ptr<FleetdThread> m_thread;
    FleetdInstanceInfo m_info;
};

} // namespace warden
