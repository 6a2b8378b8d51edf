#include "fleet/SyncEngine.h"

#include "cache/CacheWriter.h"
#include "fleet/FleetResponses.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace warden {

const QString SyncEngine::RevisionKey = u"sync_revision"_s;
const QString SyncEngine::SyncedAtKey = u"synced_at"_s;

SyncEngine::SyncEngine(FleetApiClient *client, CacheWriter *writer, FleetClock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(writer)
    , m_clock(clock ? clock : FleetClock::system())
{
    connect(writer, &CacheWriter::committed, this, &SyncEngine::onCommitted);
    connect(writer, &CacheWriter::failed, this, &SyncEngine::onWriterFailed);
}

template <typename T>
SyncEngine::Stage SyncEngine::stage(CacheEntity entity, int weight, std::function<void(CacheBatch &, Page<T> &)> fill)
{
    return Stage{collectionPath<T>(), weight,
                 [this, entity, fill = std::move(fill)](const QString &cursor) { fetchPage<T>(entity, fill, cursor); }};
}

void SyncEngine::start(qint64 since)
{
    ++m_generation;
    m_since = since;
    m_revision = -1;
    m_stageIndex = 0;
    m_awaitingFinalCommit = false;
    m_resume = nullptr;
    m_startedMs = m_clock->monotonicMs();
    m_progress = SyncProgress{};
    m_progress.full = since < 0;

    m_stages.clear();
    m_stages.append(stage<Site>(CacheEntity::Sites, 2, [](CacheBatch &b, Page<Site> &p) {
        b.sites = std::move(p.items);
        b.deletedSiteIds = p.deleted;
    }));
    m_stages.append(stage<Gateway>(CacheEntity::Gateways, 2, [](CacheBatch &b, Page<Gateway> &p) {
        b.gateways = std::move(p.items);
        b.deletedGatewayIds = p.deleted;
    }));
    m_stages.append(stage<Link>(CacheEntity::Links, 15, [](CacheBatch &b, Page<Link> &p) {
        b.links = std::move(p.items);
        for (const QString &id : std::as_const(p.deleted)) {
            if (const std::optional<Link> link = fleetresponses::linkFromId(id))
                b.deletedLinks.append(*link);
        }
    }));
    m_stages.append(stage<Device>(CacheEntity::Devices, 55, [](CacheBatch &b, Page<Device> &p) {
        b.devices = std::move(p.items);
        b.deletedDeviceIds = p.deleted;
    }));
    // Owners are personal data: only roles allowed to see them ask (a viewer would get 403 and fail the sync).
    if (m_client->session().mayReadOwners()) {
        m_stages.append(stage<Owner>(CacheEntity::Owners, 5, [](CacheBatch &b, Page<Owner> &p) {
            b.owners = std::move(p.items);
            b.deletedOwnerRefs = p.deleted;
        }));
    }
    m_stages.append(stage<Firmware>(CacheEntity::Firmware, 2, [](CacheBatch &b, Page<Firmware> &p) {
        b.firmware = std::move(p.items);
        b.deletedFirmwareIds = p.deleted;
    }));
    m_stages.append(stage<Campaign>(CacheEntity::Campaigns, 2, [](CacheBatch &b, Page<Campaign> &p) {
        b.campaigns = std::move(p.items);
        b.deletedCampaignIds = p.deleted;
    }));
    m_stages.append(stage<Licence>(CacheEntity::Licences, 5, [](CacheBatch &b, Page<Licence> &p) {
        b.licences = std::move(p.items);
        b.deletedLicenceIds = p.deleted;
    }));
    m_stages.append(stage<Incident>(CacheEntity::Incidents, 6, [](CacheBatch &b, Page<Incident> &p) {
        b.incidents = std::move(p.items);
        b.deletedIncidentIds = p.deleted;
    }));
    m_stages.append(stage<Approval>(CacheEntity::Approvals, 2, [](CacheBatch &b, Page<Approval> &p) {
        b.approvals = std::move(p.items);
        b.deletedApprovalIds = p.deleted;
    }));
    m_stages.append(stage<Rule>(CacheEntity::Rules, 2, [](CacheBatch &b, Page<Rule> &p) {
        b.rules = std::move(p.items);
        b.deletedRuleIds = p.deleted;
    }));
    m_stages.append(stage<JoinRequest>(CacheEntity::JoinRequests, 1, [](CacheBatch &b, Page<JoinRequest> &p) {
        b.joinRequests = std::move(p.items);
        b.deletedJoinRequestIds = p.deleted;
    }));
    m_stages.append(stage<DeviceCredential>(CacheEntity::Credentials, 20, [](CacheBatch &b, Page<DeviceCredential> &p) {
        b.credentials = std::move(p.items);
        b.deletedCredentialIds = p.deleted;
    }));

    m_running = true;
    m_progress.stageCount = int(m_stages.size());
    updateProgress();
    m_stages.first().fetch(QString());
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    SyncOutcome outcome;
    outcome.full = m_since < 0;
    outcome.cancelled = true;
    finish(std::move(outcome));
}

template <typename T>
void SyncEngine::fetchPage(CacheEntity entity, const std::function<void(CacheBatch &, Page<T> &)> &fill,
                           const QString &cursor)
{
    const quint64 generation = m_generation;
    const bool firstPage = cursor.isEmpty();
    const PageRequest request{cursor, m_since, m_client->options().pageLimit};
    m_client->page<T>(request, this, [this, generation, entity, fill, firstPage](FleetResult<Page<T>> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            SyncOutcome outcome;
            outcome.full = m_since < 0;
            outcome.error = result.error();
            finish(std::move(outcome));
            return;
        }
        Page<T> &page = result.value();
        CacheBatch batch;
        if (firstPage) {
            // The revision to resume from is the oldest view taken: changes after it are read again next time,
            // which costs a little and loses nothing.
            if (m_revision < 0 || page.revision < m_revision)
                m_revision = page.revision;
            if (m_since < 0) {
                batch.replaceAll.append(entity);
                if (m_stageIndex == 0)
                    batch.meta.insert(RevisionKey, QString()); // an interrupted full sync must be redone
            }
        }
        const qint64 items = page.items.size();
        const QString next = page.nextCursor;
        fill(batch, page);
        if (!next.isEmpty())
            m_resume = [this, entity, fill, next] { fetchPage<T>(entity, fill, next); };
        else
            m_resume = [this] { nextStage(); };
        pageDone(std::move(batch), items, next);
    });
}

void SyncEngine::pageDone(CacheBatch batch, qint64 items, const QString &nextCursor)
{
    m_progress.itemsDone += items;
    const bool last = nextCursor.isEmpty() && m_stageIndex == m_stages.size() - 1;
    if (!m_writer) {
        SyncOutcome outcome;
        outcome.full = m_since < 0;
        outcome.cacheError = QCoreApplication::translate("SyncEngine", "The cache was closed during the sync.");
        finish(std::move(outcome));
        return;
    }
    if (last) {
        batch.meta.insert(RevisionKey, QString::number(m_revision));
        batch.meta.insert(SyncedAtKey, m_clock->currentUtc().toString(Qt::ISODateWithMs));
        m_awaitingFinalCommit = true;
        m_resume = nullptr;
        m_writer->submit(std::move(batch));
        updateProgress();
        // Jobs run after every batch submitted before them: this one sees whether the revision is stored.
        QPointer<SyncEngine> self(this);
        CacheWriter *writer = m_writer;
        const quint64 generation = m_generation;
        const QString expected = QString::number(m_revision);
        writer->post([writer, self, generation, expected](CacheStore *store) {
            QString problem;
            if (!store) {
                problem = QCoreApplication::translate("SyncEngine", "The cache could not be opened.");
            } else if (const Result<QString> stored = store->meta(RevisionKey); !stored) {
                problem = stored.errorMessage();
            } else if (stored.value() != expected) {
                problem =
                    QCoreApplication::translate("SyncEngine", "The cache did not store the last page of the sync.");
            }
            // Posted to the writer object (alive until its thread is joined), checked against self there.
            QMetaObject::invokeMethod(
                writer,
                [self, generation, problem] {
                    if (!self || self->m_generation != generation || !self->m_running)
                        return;
                    SyncOutcome outcome;
                    outcome.full = self->m_since < 0;
                    outcome.revision = problem.isEmpty() ? self->m_revision : 0;
                    outcome.items = self->m_progress.itemsDone;
                    outcome.cacheError = problem;
                    if (problem.isEmpty())
                        self->m_progress.percent = 100;
                    self->finish(std::move(outcome));
                },
                Qt::QueuedConnection);
        });
        return;
    }
    m_writer->submit(std::move(batch));
    updateProgress();
    continueWhenWriterHasRoom();
}

void SyncEngine::continueWhenWriterHasRoom()
{
    if (!m_running || !m_resume || !m_writer)
        return;
    if (m_writer->pendingCount() > MaxQueuedBatches)
        return; // onCommitted() tries again
    std::function<void()> resume = std::move(m_resume);
    m_resume = nullptr;
    resume();
}

void SyncEngine::nextStage()
{
    ++m_stageIndex;
    updateProgress();
    if (m_stageIndex < m_stages.size())
        m_stages.at(m_stageIndex).fetch(QString());
}

void SyncEngine::onCommitted(const CacheChange &)
{
    continueWhenWriterHasRoom();
}

void SyncEngine::onWriterFailed(const QString &message)
{
    if (!m_running)
        return;
    ++m_generation;
    SyncOutcome outcome;
    outcome.full = m_since < 0;
    outcome.cacheError = message;
    finish(std::move(outcome));
}

void SyncEngine::finish(SyncOutcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_awaitingFinalCommit = false;
    m_resume = nullptr;
    ++m_generation;
    updateProgress();
    emit finished(outcome);
}

void SyncEngine::updateProgress()
{
    if (m_stages.isEmpty())
        return;
    int total = 0;
    int done = 0;
    for (int i = 0; i < m_stages.size(); ++i) {
        total += m_stages.at(i).weight;
        if (i < m_stageIndex)
            done += m_stages.at(i).weight;
    }
    const int index = std::min<int>(m_stageIndex, int(m_stages.size()) - 1);
    m_progress.stage = index;
    m_progress.collection = m_stages.at(index).collection;
    if (m_progress.percent < 100)
        m_progress.percent = std::min(99, total > 0 ? done * 100 / total : 0);
    const double seconds = double(m_clock->monotonicMs() - m_startedMs) / 1000.0;
    m_progress.itemsPerSecond = seconds > 0 ? double(m_progress.itemsDone) / seconds : 0;
    emit progressChanged(m_progress);
}

} // namespace warden
