#pragma once

#include "httpresponse.h"
#include "webcontext.h"

namespace boxoffice {

class CheckinService;
class PagesController;
class ScannerDeviceService;
struct ScannerDevice;

/// The door: pairing a phone as a scanner, its page and its check-in API (issue 12). A paired
/// browser carries the device's credential in the cookie `bo_device` (scannercookie); the device
/// is looked up for every request, so a revoked one is refused from its next request on.
///
/// - `GET /scan/pair?token={one-time token}` — redeems the token the GUI shows as a QR code: 200
///   a page that opens /scan/, with the cookie set; 403 for a token that is unknown, used, expired
///   or withdrawn (a page saying so for a browser, else JSON); 400 without a token.
/// - `GET /scan/` — the scanner page; 401 a page saying the phone is not paired without a paired
///   device, 403 for a revoked device or one whose scope is over. These notices are
///   scan-notice.html filled in, in the language the browser prefers, as the scanner page is.
/// - `GET /api/checkin` — the device and what it may scan: `{"device": {"id", "name", "scope":
///   {"day"} or {"shows"}}, "shows": [{"id", "title", "hall", "starts_at", "exits_allowed"}],
///   "time_zone"}`.
/// - `POST /api/checkin` `{"code", "show": id or "today", "direction": "entry"|"exit", "nonce"}`
///   → 200 `{"result", "code", "direction", "repeated", ...details}`; 429 `rate_limited` with
///   Retry-After once the device made too many unknown scans; 422 `invalid_field`.
/// Without a device the API answers 401 `unauthorized`, for a refused one 403 `forbidden`.
class CheckinController final
{
public:
    CheckinController(const WebServices &services, const PagesController &pages, ScannerDeviceService &devices,
                      CheckinService &checkins)
        : m_services(services), m_pages(pages), m_devices(devices), m_checkins(checkins)
    {
    }

    HttpResponse pair(const RequestContext &context) const;
    HttpResponse scanPage(const RequestContext &context) const;
    HttpResponse scope(const RequestContext &context) const;
    HttpResponse checkIn(const RequestContext &context) const;

private:
    /// The paired device of this request; throws 401 or 403.
    ScannerDevice device(const RequestContext &context) const;

    const WebServices &m_services;
    const PagesController &m_pages;
    ScannerDeviceService &m_devices;
    CheckinService &m_checkins;
};

} // namespace boxoffice
