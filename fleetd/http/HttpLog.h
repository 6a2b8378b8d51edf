#pragma once

#include <QLoggingCategory>

// One debug line per request (method, path, status, bytes, ms). Never headers or bodies: they carry credentials.
Q_DECLARE_LOGGING_CATEGORY(lcFleetdHttp)
