#pragma once

#include <QtGlobal>

namespace warden {

// Resource limits the HTTPS/WebSocket server enforces per connection and in total. Every buffer a peer can make the
// server hold is bounded by one of these, so a misbehaving client costs at most a known amount of memory and time.
struct HttpLimits {
    qint64 maxHeaderBytes = 16 * 1024;           // request line + headers, including the blank line
    qint64 maxBodyBytes = 1 * 1024 * 1024;       // Content-Length above this is answered with 413
    int maxHeaderCount = 100;                    // more header fields -> 431
    int handshakeTimeoutMs = 10000;              // TLS handshake not done by then -> connection dropped
    int requestTimeoutMs = 15000;                // a started request (or the first one) not complete by then -> 408
    int idleTimeoutMs = 60000;                   // keep-alive gap between requests; WebSocket silence before giving up
    int maxConnections = 1000;                   // open connections (HTTP and WebSocket) in total
    int maxConnectionsPerPeer = 256;             // open connections from one peer address
    qint64 maxWebSocketMessageBytes = 64 * 1024; // assembled client message; above -> close 1009
    qint64 maxWebSocketSendBufferBytes = 8 * 1024 * 1024; // unsent server data; above -> close 1008
    // Connections beyond maxConnections (or maxConnectionsPerPeer) still get a TLS handshake and a 503 answer as long
    // as fewer than this many such refusals are in progress; past that they are closed at once without TLS.
    int maxOverloadResponses = 32;
    int closeTimeoutMs = 5000; // how long a peer gets to take a final response or answer a WebSocket close
};

} // namespace warden
