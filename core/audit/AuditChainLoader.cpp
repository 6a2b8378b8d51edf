#include "audit/AuditChainLoader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace warden::AuditChainLoader {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditChainLoader", text);
}

// Row-by-row reading of a table CacheStore refused: each row that cannot stand for its entry is noted by position.
Result<LoadedAuditChain> loadRows(CacheStore &store, AuditChainKind kind)
{
    const QString table = kind == AuditChainKind::Console ? QStringLiteral("audit_local")
                                                          : QStringLiteral("audit_backend");
    Result<SqliteStatement> statement =
        store.database().prepare(QStringLiteral("SELECT idx, json, hash FROM ") + table + QStringLiteral(" ORDER BY idx"));
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    LoadedAuditChain chain;
    qsizetype firstRowProblem = -1;
    QString rowProblem;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const qint64 idx = s.columnInt64(0);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(s.columnTextUtf8(1).toByteArray(), &parseError);
        Result<AuditEntry> entry = document.isObject()
            ? AuditEntry::fromJson(document.object())
            : Result<AuditEntry>::failure(parseError.errorString());
        QString problem;
        if (!entry.ok()) {
            problem = tr("Entry %1 cannot be read any more (%2): its stored row was damaged or edited.")
                          .arg(idx)
                          .arg(entry.errorMessage());
            AuditEntry placeholder;
            placeholder.index = idx;
            placeholder.action = tr("(unreadable)");
            chain.entries.append(placeholder);
        } else {
            // Entries are kept in the order of their rows: a row holding another entry shows up as a reordering.
            if (entry.value().index == idx && entry.value().hash != s.columnBlob(2))
                problem = tr("Entry %1 was changed after it was written: its stored hash no longer matches.").arg(idx);
            chain.entries.append(std::move(entry).value());
        }
        if (!problem.isEmpty() && firstRowProblem < 0) {
            firstRowProblem = chain.entries.size() - 1;
            rowProblem = problem;
        }
    }
    chain.verification = AuditChain::verify(chain.entries);
    if (firstRowProblem >= 0
        && (chain.verification.intact || firstRowProblem <= chain.verification.firstBrokenIndex)) {
        chain.verification = AuditChain::Verification{false, firstRowProblem, rowProblem};
    }
    return chain;
}

} // namespace

Result<LoadedAuditChain> load(CacheStore &store, AuditChainKind kind)
{
    Result<QList<AuditEntry>> entries =
        kind == AuditChainKind::Console ? store.loadLocalAudit() : store.loadBackendAudit();
    if (!entries.ok())
        return loadRows(store, kind);
    LoadedAuditChain chain;
    chain.entries = std::move(entries).value();
    chain.verification = AuditChain::verify(chain.entries);
    return chain;
}

} // namespace warden::AuditChainLoader
