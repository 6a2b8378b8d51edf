#include "http/HttpLog.h"

Q_LOGGING_CATEGORY(lcFleetdHttp, "warden.fleetd.http")
