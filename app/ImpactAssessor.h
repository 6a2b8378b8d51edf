#pragma once

#include "analysis/ImpactReport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace warden {

class BackendSession;
struct CacheChange;
class TopologyGraph;

// Answers "what do these devices affect?" for one backend: reads the topology, active licences and (when the
// operator's role allows) owners from the backend's cache on its writer thread and builds an ImpactReport. The
// topology graph is built once per topology change of each backend and shared by every later assessment, whether
// it is an incident's (Incidents page) or an operator's selection (register). Owns no widgets.
class ImpactAssessor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactAssessor)
public:
    static constexpr int MaxHops = 2;

    explicit ImpactAssessor(QObject *parent = nullptr);

    void attachSession(BackendSession *session);

    // subject: the incident id, or empty for a selection of devices. done runs later on context's thread, not at
    // all when context is gone.
    void assess(const QString &backend, const QString &subject, const QStringList &deviceIds, QObject *context,
                std::function<void(ImpactAnswer)> done);

private:
    struct Backend {
        QPointer<BackendSession> session;
        std::shared_ptr<const TopologyGraph> graph;
        quint64 topologyGeneration = 1; // bumped by every topology change
        quint64 graphGeneration = 0;    // the generation `graph` was built from
    };
    struct Assessment;

    void onCommitted(const QString &backend, const CacheChange &change);

    QHash<QString, Backend> m_backends;
};

} // namespace warden
