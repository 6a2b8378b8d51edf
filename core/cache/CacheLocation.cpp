#include "cache/CacheLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qsizetype MaxStemLength = 64;

bool isPlainChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
}

} // namespace

QString cacheFileNameFor(const QString &backendName)
{
    const bool plain = !backendName.isEmpty() && backendName.size() <= MaxStemLength
        && !backendName.startsWith(u'.') && std::all_of(backendName.cbegin(), backendName.cend(), isPlainChar);
    if (plain)
        return backendName + u".sqlite"_s;

    QString stem;
    for (QChar c : backendName.toLower()) {
        if (isPlainChar(c))
            stem.append(c);
        else if (!stem.endsWith(u'-'))
            stem.append(u'-');
    }
    while (stem.startsWith(u'.') || stem.startsWith(u'-'))
        stem.remove(0, 1);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    stem.truncate(MaxStemLength);
    if (stem.isEmpty())
        stem = u"backend"_s;
    const QByteArray digest = QCryptographicHash::hash(backendName.toUtf8(), QCryptographicHash::Sha256);
    return stem + u'-' + QString::fromLatin1(digest.toHex().left(8)) + u".sqlite"_s;
}

QString cacheFileFor(const QString &backendName, const QString &cacheDirOverride)
{
    const QString dir = cacheDirOverride.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : cacheDirOverride;
    return QDir(dir).filePath(cacheFileNameFor(backendName));
}

} // namespace warden
