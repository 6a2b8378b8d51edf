#pragma once

#include "http/HttpLimits.h"
#include "http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace warden {

// Incremental, strict HTTP/1.1 request parser: feed it bytes as they arrive, it says whether a request is complete,
// more bytes are needed, or the input is refused (with the status to answer). Only Content-Length bodies are
// accepted; obs-fold, bare LF, invalid characters, duplicate Content-Length and any Transfer-Encoding are refused, so
// no request can be read two ways (request smuggling). Memory is bounded by maxHeaderBytes + maxBodyBytes plus the
// last chunk fed. It knows nothing of sockets or TLS, so it can be unit-tested and fuzzed alone.
class HttpRequestParser {
public:
    enum class State { NeedMore, Complete, Error };

    explicit HttpRequestParser(const HttpLimits &limits);

    // Appends `data` and parses as far as possible. In Complete the bytes are kept for the next request; in Error
    // they are dropped. feed({}) re-evaluates what is buffered (after takeRequest()).
    State feed(QByteArrayView data);
    State state() const { return m_state; }

    // Bytes of a not yet complete request have arrived (drives the request timeout vs. the idle timeout).
    bool hasPartialRequest() const { return m_state == State::NeedMore && m_started; }
    bool isHeadComplete() const { return m_headComplete; }
    // The head asked for "Expect: 100-continue" and the body has not arrived yet.
    bool expectsContinue() const { return m_headComplete && m_expectContinue && m_state == State::NeedMore; }

    // The complete request; the parser is then ready for the next one (pipelined bytes stay buffered).
    HttpRequest takeRequest();
    // Everything buffered that is not part of a taken request (bytes after an Upgrade request).
    QByteArray takeUnconsumedBytes();
    qint64 bufferedBytes() const { return m_buffer.size(); }

    int errorStatus() const { return m_errorStatus; }
    const QString &errorCode() const { return m_errorCode; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    State parse();
    State parseHead(QByteArrayView head);
    State parseRequestLine(QByteArrayView line);
    State checkFraming();
    State fail(int status, const QString &code, const QString &message);
    void resetRequest();

    HttpLimits m_limits;
    QByteArray m_buffer;
    State m_state = State::NeedMore;
    bool m_started = false;
    bool m_headComplete = false;
    bool m_expectContinue = false;
    qsizetype m_scanFrom = 0;        // where the search for the end of the head resumes
    qsizetype m_requestLineEnd = -1; // known once the first CRLF arrived (414 vs 431)
    qsizetype m_bodyStart = 0;
    qint64 m_contentLength = 0;
    qsizetype m_consumed = 0;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace warden
