#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace warden {

// One record of a CSV file and the line it starts on (1-based; a quoted field may span several lines).
struct CsvRecord {
    qsizetype line = 0;
    QStringList fields;
};

// Reads CSV text as RFC 4180 describes it, plus what spreadsheets really write: a UTF-8 byte order mark, LF, CRLF or
// CR line ends, quoted fields with "" for a quote and line breaks inside, a last line without a line end. Empty lines
// are skipped. A stray quote inside an unquoted field, text after a closing quote, an unterminated quote, invalid
// UTF-8 and files above the size limit are errors naming the line. Pure; safe on any thread.
// Not responsible for what the columns mean (DeviceCsv does that).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qsizetype DefaultMaxBytes = 256LL * 1024 * 1024;

    static Result<QList<CsvRecord>> parse(const QByteArray &data, qsizetype maxBytes = DefaultMaxBytes);
    // One record as CSV text (quoted only where needed), without a line end.
    static QString formatRecord(const QStringList &fields);
};

} // namespace warden
