#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

// Text and layout in points on an A4 page with 15 mm margins.
constexpr qreal PageWidth = 595.0;
constexpr qreal PageHeight = 842.0;
constexpr qreal Margin = 42.5;
constexpr qreal TextWidth = PageWidth - 2 * Margin;
constexpr qreal TextHeight = PageHeight - 2 * Margin;

} // namespace

ReportDocument::ReportDocument() : m_document(new QTextDocument)
{
    m_document->setDocumentMargin(0);
    m_document->setPageSize(QSizeF(TextWidth, TextHeight));
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::addImage(const QString &url, const QImage &image)
{
    m_images.insert(url, image);
    m_document->addResource(QTextDocument::ImageResource, QUrl(url), image);
}

void ReportDocument::setHtml(const QString &html)
{
    m_document->setHtml(html);
}

int ReportDocument::pageCount() const
{
    return m_document->pageCount();
}

QString ReportDocument::plainText() const
{
    return m_document->toPlainText();
}

QImage ReportDocument::renderPage(int page, int dpi) const
{
    const qreal scale = dpi / 72.0;
    QImage image(QSize(qRound(PageWidth * scale), qRound(PageHeight * scale)), QImage::Format_ARGB32);
    image.fill(Qt::white);
    if (page < 0 || page >= pageCount())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.translate(Margin, Margin - page * TextHeight);
    const QRectF clip(0, page * TextHeight, TextWidth, TextHeight);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    return image;
}

Status ReportDocument::writePdf(const QString &path, const QString &title) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(u"Warden"_s);
    // A clone does not carry the images: give them again.
    std::unique_ptr<QTextDocument> copy(m_document->clone());
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        copy->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    copy->print(&writer);
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return Status::failure(tr("The report could not be written to %1.").arg(path));
    return {};
}

QString ReportDocument::time(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toUTC(), u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s : u"–"_s;
}

QString ReportDocument::cell(const QString &html, bool header)
{
    return header ? u"<th align=\"left\">"_s + html + u"</th>"_s : u"<td>"_s + html + u"</td>"_s;
}

QString ReportDocument::heading(const QString &text)
{
    return u"<h2 style=\"font-size: 12pt;\">"_s + escape(text) + u"</h2>"_s;
}

QString ReportDocument::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>"_s;
    for (const QString &header : headers)
        html += cell(escape(header), true);
    html += u"</tr>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &value : row)
            html += cell(value);
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QImage ReportDocument::barChart(const QList<Bar> &bars)
{
    qint64 maximum = 1;
    for (const Bar &bar : bars)
        maximum = std::max(maximum, bar.count);
    const int width = 1000;
    const int rowHeight = 44;
    QImage image(width, rowHeight * int(bars.size()) + 20, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(24);
    painter.setFont(font);
    const int labelWidth = 230;
    const int barSpace = width - labelWidth - 120;
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const int y = 10 + i * rowHeight;
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, y, labelWidth - 10, rowHeight - 8), Qt::AlignRight | Qt::AlignVCenter, bar.label);
        const int length = bar.count == 0 ? 0 : std::max(4, int(barSpace * bar.count / maximum));
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.colour);
        painter.drawRoundedRect(QRect(labelWidth, y + 6, length, rowHeight - 20), 4, 4);
        painter.setPen(Qt::black);
        painter.drawText(QRect(labelWidth + length + 10, y, 110, rowHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(bar.count));
    }
    return image;
}

} // namespace warden
