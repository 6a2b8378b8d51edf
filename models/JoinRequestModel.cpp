#include "JoinRequestModel.h"

#include "SeverityPalette.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace warden {

namespace {

QString stateLabel(AdmissionState state)
{
    switch (state) {
    case AdmissionState::Pending: return JoinRequestModel::tr("Pending");
    case AdmissionState::Accepted: return JoinRequestModel::tr("Accepted");
    case AdmissionState::Rejected: return JoinRequestModel::tr("Rejected");
    case AdmissionState::Preauthorized: return JoinRequestModel::tr("Preauthorized");
    }
    return {};
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// "just now", "5 min ago", "3 h ago", then the date: lists show relative times (UI.md), the tooltip the full time.
QString relativeTime(const QDateTime &time)
{
    const qint64 seconds = time.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return JoinRequestModel::tr("just now");
    if (seconds < 3600)
        return JoinRequestModel::tr("%1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return JoinRequestModel::tr("%1 h ago").arg(seconds / 3600);
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

JoinRequestModel::JoinRequestModel(QObject *parent) : QAbstractTableModel(parent) {}

int JoinRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int JoinRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JoinRequestModel::inView(const JoinRequest &request, View view)
{
    switch (view) {
    case View::Waiting: return request.state == AdmissionState::Pending;
    case View::Clones: return request.isClone();
    case View::Preauthorized: return request.state == AdmissionState::Preauthorized;
    case View::Rejected: return request.state == AdmissionState::Rejected;
    case View::Accepted: return request.state == AdmissionState::Accepted;
    case View::All: return true;
    }
    return false;
}

int JoinRequestModel::count(View view) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [view](const Row &r) { return inView(r.request, view); }));
}

QVariant JoinRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return {};
    const Row &row = rowAt(index.row());
    const JoinRequest &r = row.request;
    switch (role) {
    case BackendRole: return row.backend;
    case RequestIdRole: return r.id;
    case CloneRole: return r.isClone();
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return stateLabel(r.state);
        case SerialColumn: return r.serial;
        case CloneColumn: return r.isClone() ? tr("Clone of %1").arg(r.cloneOf) : QString();
        case ClassColumn: return r.deviceClass;
        case VendorColumn: return r.model.isEmpty() ? r.vendor : r.vendor + u' ' + r.model;
        case SiteColumn: return r.gatewayId.isEmpty() ? r.siteId : r.siteId + u" · " + r.gatewayId;
        case FirstSeenColumn: return r.firstSeen.isValid() ? relativeTime(r.firstSeen) : tr("not seen yet");
        case AttemptsColumn: return QLocale().toString(r.attempts);
        case DecisionColumn:
            if (r.decidedBy.isEmpty())
                return QString();
            return r.reason.isEmpty() ? r.decidedBy : tr("%1: %2").arg(r.decidedBy, r.reason);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case StateColumn: return int(r.state);
        case SerialColumn: return r.serial;
        case CloneColumn: return r.cloneOf;
        case ClassColumn: return r.deviceClass;
        case VendorColumn: return r.vendor;
        case SiteColumn: return r.siteId;
        case FirstSeenColumn: return r.firstSeen;
        case AttemptsColumn: return r.attempts;
        case DecisionColumn: return r.decidedBy;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CloneColumn && r.isClone())
            return QBrush(Palette::severity(Severity::Critical));
        if (index.column() == StateColumn && r.state == AdmissionState::Accepted)
            return QBrush(Palette::healthy());
        if (index.column() == StateColumn && r.state == AdmissionState::Rejected)
            return QBrush(Palette::offline());
        return {};
    case Qt::FontRole:
        if (index.column() == CloneColumn && r.isClone()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FirstSeenColumn && r.firstSeen.isValid())
            return tr("First seen %1, last seen %2").arg(shortTime(r.firstSeen), shortTime(r.lastSeen));
        if (r.isClone())
            return tr("This request claims the identity of %1 with a different key (%2…). A clone is never merged; "
                      "reject it.")
                .arg(r.cloneOf, r.fingerprint.left(16));
        return r.fingerprint.isEmpty() ? QVariant() : tr("Key fingerprint (SHA-256): %1").arg(r.fingerprint);
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant JoinRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case SerialColumn: return tr("Claimed serial");
    case CloneColumn: return tr("Clone");
    case ClassColumn: return tr("Class");
    case VendorColumn: return tr("Vendor / model");
    case SiteColumn: return tr("Came in through");
    case FirstSeenColumn: return tr("First seen");
    case AttemptsColumn: return tr("Attempts");
    case DecisionColumn: return tr("Decision");
    }
    return {};
}

void JoinRequestModel::setRequests(const QString &backend, const QList<JoinRequest> &requests)
{
    beginResetModel();
    m_rows.removeIf([&backend](const Row &row) { return row.backend == backend; });
    for (const JoinRequest &request : requests)
        m_rows.append(Row{backend, request});
    // Clones first (they need a decision most), then the newest first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.request.isClone() != b.request.isClone())
            return a.request.isClone();
        const QDateTime ta = a.request.lastSeen.isValid() ? a.request.lastSeen : a.request.decided;
        const QDateTime tb = b.request.lastSeen.isValid() ? b.request.lastSeen : b.request.decided;
        if (ta != tb)
            return ta > tb;
        return a.request.id > b.request.id;
    });
    rebuild();
    endResetModel();
}

void JoinRequestModel::setView(View view)
{
    if (view == m_view)
        return;
    beginResetModel();
    m_view = view;
    rebuild();
    endResetModel();
}

void JoinRequestModel::rebuild()
{
    m_visible.clear();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (inView(m_rows.at(i).request, m_view))
            m_visible.append(i);
    }
}

std::optional<JoinRequest> JoinRequestModel::find(const QString &backend, const QString &id) const
{
    for (const Row &row : m_rows) {
        if (row.backend == backend && row.request.id == id)
            return row.request;
    }
    return std::nullopt;
}

int JoinRequestModel::rowOfRequest(const QString &backend, const QString &id) const
{
    for (int row = 0; row < int(m_visible.size()); ++row) {
        const Row &r = rowAt(row);
        if (r.backend == backend && r.request.id == id)
            return row;
    }
    return -1;
}

} // namespace warden
