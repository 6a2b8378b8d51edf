#include "FleetdRunner.h"

#include <QSemaphore>
#include <QThread>

namespace warden {

// The thread a FleetdRunner's server lives on: creates the server in run(), reports how start() went, runs the
// event loop, and destroys the server on the same thread when the loop ends.
class FleetdThread final : public QThread {
public:
    explicit FleetdThread(FleetdConfig config) : m_config(std::move(config)) { setObjectName(QStringLiteral("fleetd")); }

    Status result;
    FleetdInstanceInfo info;
    QSemaphore ready;

protected:
    void run() override
    {
        {
            FleetdServer server(m_config);
            result = server.start();
            if (result)
                info = server.info();
            ready.release();
            if (result)
                exec();
            server.stop();
        }
        // Objects the server handed to deleteLater() go with this thread's last event round.
    }

private:
    FleetdConfig m_config;
};

FleetdRunner::FleetdRunner() = default;

FleetdRunner::~FleetdRunner()
{
    stop();
}

Result<FleetdInstanceInfo> FleetdRunner::start(const FleetdConfig &config)
{
    if (m_thread)
        return Result<FleetdInstanceInfo>::failure(tr("This runner already runs a fleetd."));
    auto thread = std::make_unique<FleetdThread>(config);
    thread->start();
    thread->ready.acquire();
    if (!thread->result) {
        thread->wait();
        return thread->result.error();
    }
    m_info = thread->info;
    m_thread = std::move(thread);
    return m_info;
}

void FleetdRunner::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

bool FleetdRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace warden
