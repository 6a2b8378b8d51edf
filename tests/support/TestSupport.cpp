#include "TestSupport.h"

#include <QDir>

namespace warden::test {

QString builtExecutable(const QString &relativePath)
{
    return QDir(QStringLiteral(WARDEN_PROJECT_BINARY_DIR)).filePath(relativePath);
}

} // namespace warden::test
