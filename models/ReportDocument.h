#pragma once

#include "util/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace warden {

// The printable page every Warden report shares: HTML laid out on A4 with 15 mm margins in a QTextDocument, with
// the images it names, rendered to page images (previews, docs) or written as PDF (QPdfWriter); and the small HTML
// pieces reports are written with. Not responsible for what a report says (IncidentReport, PostureReport).
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // One bar of a horizontal bar chart.
    struct Bar {
        QString label;
        qint64 count = 0;
        QColor colour;
    };

    ReportDocument();
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    // An image the HTML shows as <img src="url">; add before setHtml.
    void addImage(const QString &url, const QImage &image);
    void setHtml(const QString &html);

    int pageCount() const;
    // The document's text without markup, as a reader of the PDF would extract it.
    QString plainText() const;
    // A4 pages at the given resolution, white background; a page out of range is blank.
    QImage renderPage(int page, int dpi = 96) const;
    Status writePdf(const QString &path, const QString &title) const;

    static QString escape(const QString &text) { return text.toHtmlEscaped(); }
    // "2026-11-25 14:02:11 UTC", "–" when invalid.
    static QString time(const QDateTime &time);
    static QString cell(const QString &html, bool header = false);
    static QString heading(const QString &text);
    // A table with a header row; rows are lists of cell HTML.
    static QString table(const QStringList &headers, const QList<QStringList> &rows);
    // Bars with their labels on the left and counts on the right, drawn at twice the size shown so PDFs stay sharp.
    static QImage barChart(const QList<Bar> &bars);

private:
    std::unique_ptr<QTextDocument> m_document;
    QHash<QString, QImage> m_images;
};

} // namespace warden
