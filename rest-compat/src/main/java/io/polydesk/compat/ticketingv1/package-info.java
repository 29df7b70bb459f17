/**
 * The Ticketing Platform API ({@code shared/seeds/003_*}), under {@code polydesk.compat.ticketing-v1.base-path}
 * (default {@code /api/v1}, the document's local base URL), switched by {@code polydesk.compat.ticketing-v1.enabled}.
 *
 * <p>Served so far: {@code POST /auth/login} ({@code {email, password}} to {@code {token, expires_at, user}}, no
 * envelope, as the document shows). The token is Polydesk's own signed JWT, good on every surface.
 *
 * <p>Choices where the document is silent:
 * <ul>
 * <li>Every error is the document's envelope {@code {"error": {"code", "message", "details": [{"field",
 *     "message"}]}}}, also for what is refused before a controller runs (401 with {@code WWW-Authenticate}, 403,
 *     404 for a path nothing maps, 405, 413, 429 {@code rate_limit_exceeded}).</li>
 * <li>Field validation (a missing e-mail or password) is 422 {@code validation_error} with the fields in
 *     {@code details}; a body that is not JSON of the expected shape is 400 {@code invalid_input}; wrong
 *     credentials are 401 {@code invalid_credentials}.</li>
 * <li>100 requests a minute per credential (the document's standard tier), configurable under
 *     {@code polydesk.rate-limit.surfaces.ticketing-v1}.</li>
 * </ul>
 */
package io.polydesk.compat.ticketingv1;
