#pragma once

// Runs tests/tools/fault_proxy between the console and a real fleetd: the proxy shows the console a certificate of
// its own CA (written next to it, and the one the console's profile trusts) and talks TLS to fleetd with fleetd's
// CA. Commands change what the proxy does to fleetd's bytes; command() returns once the proxy confirms the change.

#include "TestSupport.h"
#include "security/CertificateAuthority.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <memory>

namespace warden::test {

inline QString faultProxyBinary()
{
    return builtExecutable(QStringLiteral("tests/fault_proxy"));
}

class FaultProxyProcess {
public:
    FaultProxyProcess() = default;
    ~FaultProxyProcess() { stop(); }
    FaultProxyProcess(const FaultProxyProcess &) = delete;
    FaultProxyProcess &operator=(const FaultProxyProcess &) = delete;

    // Issues the proxy's certificate (for 127.0.0.1) from a new CA in dir and starts the proxy towards
    // 127.0.0.1:upstreamPort, trusting upstreamCa. Waits until it listens.
    bool start(const QString &dir, quint16 upstreamPort, const QString &upstreamCa, QString *error)
    {
        auto ca = CertificateAuthority::create(QStringLiteral("Fault Proxy Test CA"), 2);
        if (!ca) {
            *error = ca.errorMessage();
            return false;
        }
        CertificateRequest request;
        request.commonName = QStringLiteral("fault-proxy");
        request.ipAddresses = {QStringLiteral("127.0.0.1")};
        request.dnsNames = {QStringLiteral("localhost")};
        const auto issued = ca->issue(request);
        if (!issued) {
            *error = issued.errorMessage();
            return false;
        }
        m_caPath = QDir(dir).filePath(QStringLiteral("proxy-ca.pem"));
        const QString certPath = QDir(dir).filePath(QStringLiteral("proxy-cert.pem"));
        const QString keyPath = QDir(dir).filePath(QStringLiteral("proxy-key.pem"));
        if (!write(m_caPath, ca->certificatePem()) || !write(certPath, issued->certificatePem)
            || !write(keyPath, issued->privateKeyPem)) {
            *error = QStringLiteral("could not write the proxy's certificate files");
            return false;
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(faultProxyBinary(),
                         {QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:%1").arg(upstreamPort),
                          QStringLiteral("--upstream-ca"), upstreamCa, QStringLiteral("--cert"), certPath,
                          QStringLiteral("--key"), keyPath});
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("fault_proxy did not start: ") + m_process->errorString();
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)$"));
        const QString line = readLine(30000);
        const QRegularExpressionMatch match = listening.match(line);
        if (!match.hasMatch()) {
            *error = QStringLiteral("fault_proxy did not report listening: ") + line;
            return false;
        }
        m_port = quint16(match.captured(1).toUInt());
        return true;
    }

    // Puts a fault in force ("pass", "stall", "replace FROM TO", ...); true once the proxy confirmed it.
    bool command(const QString &line)
    {
        if (!m_process)
            return false;
        m_process->write(line.toUtf8() + '\n');
        const QString answer = readLine(30000);
        if (answer == QStringLiteral("ok ") + line)
            return true;
        qWarning("fault_proxy answered \"%s\" to \"%s\" (%s, exit code %d)", qPrintable(answer), qPrintable(line),
                 m_process->state() == QProcess::Running ? "running" : "not running", m_process->exitCode());
        return false;
    }

    // "stats connections=N closed_by_proxy=M flooded_bytes=B" as numbers by name.
    qint64 stat(const QString &name)
    {
        if (!m_process)
            return -1;
        m_process->write("stats\n");
        const QString line = readLine(30000);
        const QRegularExpression value(name + QStringLiteral("=(\\d+)"));
        const QRegularExpressionMatch match = value.match(line);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel(); // end of commands: the proxy quits
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    quint16 port() const { return m_port; }
    QString caPath() const { return m_caPath; }

private:
    static bool write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
    }

    // The proxy's next stdout line. Blocks the calling thread only for the proxy's answer, which comes at once.
    QString readLine(int timeoutMs)
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_process->canReadLine() && waited.elapsed() < timeoutMs
               && m_process->state() == QProcess::Running)
            m_process->waitForReadyRead(100);
        return QString::fromUtf8(m_process->readLine()).trimmed();
    }

    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_caPath;
};

} // namespace warden::test
