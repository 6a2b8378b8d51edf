#pragma once

#include "domain/JoinRequest.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace warden {

// The admission queue of every connected backend as a table: state, claimed serial, class and vendor, where the
// request came in, when it was first and last seen, attempts, and the clone flag (the admitted device whose identity
// the request claims with another key). A view selects which requests are listed: those waiting (pending, clones
// first), clones only, preauthorized, rejected, accepted or all. Not responsible for deciding anything.
class JoinRequestModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JoinRequestModel)
public:
    enum Column {
        StateColumn,
        SerialColumn,
        CloneColumn,
        ClassColumn,
        VendorColumn,
        SiteColumn,
        FirstSeenColumn,
        AttemptsColumn,
        DecisionColumn, // who decided and why
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, RequestIdRole, CloneRole };
    enum class View { Waiting, Clones, Preauthorized, Rejected, Accepted, All };

    struct Row {
        QString backend;
        JoinRequest request;
    };

    explicit JoinRequestModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces this backend's requests; the other backends' rows stay.
    void setRequests(const QString &backend, const QList<JoinRequest> &requests);
    void setView(View view);
    View view() const { return m_view; }

    const Row &rowAt(int row) const { return m_rows.at(m_visible.at(row)); }
    int rowOfRequest(const QString &backend, const QString &id) const;
    // The request whatever the view; nullopt when this backend has no request with that id.
    std::optional<JoinRequest> find(const QString &backend, const QString &id) const;
    // Counts over every backend, whatever the view.
    int count(View view) const;

    static bool inView(const JoinRequest &request, View view);

private:
    void rebuild();

    QList<Row> m_rows;
    QList<int> m_visible;
    View m_view = View::Waiting;
};

} // namespace warden
