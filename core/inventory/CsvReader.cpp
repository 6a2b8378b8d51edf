#include "CsvReader.h"

#include <QLocale>
#include <QStringDecoder>

namespace warden {

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray &data, qsizetype maxBytes)
{
    if (data.size() > maxBytes) {
        const QLocale locale;
        return Result<QList<CsvRecord>>::failure(
            tr("The file has %1 bytes; at most %2 can be imported at once. Split it into smaller files.")
                .arg(locale.toString(data.size()), locale.toString(maxBytes)));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        return Result<QList<CsvRecord>>::failure(tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."));

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    qsizetype line = 1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    bool recordStarted = false;
    const auto failure = [](qsizetype at, const QString &problem) {
        return Result<QList<CsvRecord>>::failure(tr("Line %1: %2").arg(at).arg(problem));
    };
    const auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        // A line with nothing on it is not a record (spreadsheets leave them at the end).
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !recordStarted))
            records.append(std::move(record));
        record = CsvRecord{};
        recordStarted = false;
    };
    while (i < size) {
        if (record.fields.isEmpty() && field.isEmpty() && !recordStarted)
            record.line = line;
        const QChar c = text.at(i);
        if (c == u'"' && field.isEmpty()) {
            // Quoted field: runs to the next quote not doubled.
            const qsizetype startLine = line;
            recordStarted = true;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar q = text.at(i);
                if (q == u'"') {
                    if (i + 1 < size && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\r') {
                    // CRLF or a lone CR inside quotes is one line break, kept as \n.
                    field.append(u'\n');
                    ++line;
                    i += (i + 1 < size && text.at(i + 1) == u'\n') ? 2 : 1;
                    continue;
                }
                if (q == u'\n')
                    ++line;
                field.append(q);
                ++i;
            }
            if (!closed)
                return failure(startLine, tr("a quoted field is never closed (a missing \")."));
            if (i < size && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n')
                return failure(line, tr("text follows a closing quote; write \"\" for a quote inside a quoted field."));
            continue;
        }
        if (c == u',') {
            recordStarted = true;
            record.fields.append(field);
            field.clear();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            endRecord();
            i += (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') ? 2 : 1;
            ++line;
            continue;
        }
        if (c == u'"')
            return failure(line, tr("a quote inside an unquoted field; put the field in quotes and double the quote."));
        recordStarted = true;
        field.append(c);
        ++i;
    }
    if (recordStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

QString CsvReader::formatRecord(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        const QString &value = fields.at(i);
        const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
                           || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
        if (quote)
            out += u'"' + QString(value).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            out += value;
    }
    return out;
}

} // namespace warden
