#pragma once

#include <QTcpServer>

#include <functional>
#include <utility>

namespace warden {

// A listening TCP socket that hands each accepted descriptor to a callback instead of queueing QTcpSockets, so the
// HttpServer decides (limits, TLS) before any per-connection object exists.
class TcpDescriptorListener final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpDescriptorListener)

public:
    explicit TcpDescriptorListener(std::function<void(qintptr)> onDescriptor, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_onDescriptor(std::move(onDescriptor))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_onDescriptor(descriptor); }

private:
    std::function<void(qintptr)> m_onDescriptor;
};

} // namespace warden
