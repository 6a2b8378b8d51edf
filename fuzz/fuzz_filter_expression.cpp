// FilterExpression::parse on arbitrary text (the input as UTF-8), then matches() on a fixed small fleet.
// Properties: a failure has a message and an in-range position; a parsed filter answers the same for a Device, for
// the span accessor over the list and for the register's compact DeviceTable; a lone plain word matches exactly the
// devices one of whose free-text fields contains it (case-insensitively).

#include "FuzzDevices.h"
#include "FuzzSupport.h"

#include "inventory/DeviceTable.h"
#include "inventory/DeviceTableAccessor.h"
#include "rules/FilterExpression.h"

#include <QHash>

using namespace warden;

namespace {

struct Fleet {
    DeviceTable table;
    QHash<QString, QString> siteNames; // empty: sites match by id, as the Device does
    QList<qsizetype> rows;
};

const Fleet &fleet()
{
    static const Fleet instance = [] {
        Fleet f;
        for (const Device &device : fuzz::devices())
            f.rows.append(f.table.upsert(QStringLiteral("fuzz"), device));
        return f;
    }();
    return instance;
}

// A bare word of the grammar: letters and digits only, not an upper-case keyword.
bool isPlainWord(const QString &text)
{
    if (text.isEmpty() || text == u"OR" || text == u"AND" || text == u"NOT")
        return false;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber())
            return false;
    }
    return true;
}

bool anyFreeTextFieldContains(const Device &device, const QString &word)
{
    const QString fields[] = {device.id,          device.name,      device.deviceClass,
                              device.vendor,      device.model,     device.firmwareVersion,
                              device.siteId,      device.gatewayId, device.segment};
    for (const QString &field : fields) {
        if (field.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    (void)fleet();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    ExpressionError error;
    const Result<FilterExpression> parsed = FilterExpression::parse(text, &error);
    if (!parsed) {
        fuzz::check(!parsed.errorMessage().isEmpty() && parsed.errorMessage() == error.message,
                    "error message missing or differs from the Result's");
        fuzz::check(error.position >= 0 && error.length >= 1 && error.position + error.length <= text.size() + 1,
                    "error position outside the text");
        fuzz::check(error.term >= 0, "negative term number");
        return 0;
    }
    const FilterExpression &filter = parsed.value();
    const QList<Device> &devices = fuzz::devices();
    const DeviceSpanAccessor span(std::span<const Device>(devices.constData(), size_t(devices.size())));
    const DeviceTableAccessor table(fleet().table, fleet().siteNames);
    const bool plainWord = isPlainWord(text);
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const bool byDevice = filter.matches(devices.at(i));
        fuzz::check(filter.matches(span, i) == byDevice, "span accessor disagrees with Device");
        fuzz::check(filter.matches(table, fleet().rows.at(i)) == byDevice, "DeviceTable accessor disagrees");
        if (plainWord)
            fuzz::check(byDevice == anyFreeTextFieldContains(devices.at(i), text), "plain word matched wrongly");
    }
    fuzz::check(!filter.isEmpty() || filter.matches(devices.at(0)), "empty filter rejects a device");
    return 0;
}
