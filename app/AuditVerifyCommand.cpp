#include "AuditVerifyCommand.h"

#include "audit/AuditProof.h"

#include <QCoreApplication>

namespace warden {

int runVerifyAuditCommand(const QString &path, std::FILE *out)
{
    const Result<AuditProof> proof = AuditProof::fromFile(path);
    if (!proof.ok()) {
        std::fprintf(out, "%s\n%s\n", qPrintable(proof.errorMessage()),
                     qPrintable(QCoreApplication::translate("AuditVerifyCommand", "NOT VERIFIED.")));
        return 1;
    }
    const AuditProof::Verdict verdict = proof->verify();
    for (const QString &line : verdict.lines)
        std::fprintf(out, "%s\n", qPrintable(line));
    std::fflush(out);
    return verdict.verified ? 0 : 1;
}

} // namespace warden
