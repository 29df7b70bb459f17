/**
 * The Jitbit HelpDesk REST API, method style ({@code shared/seeds/001_*}, {@code shared/DIALECTS.md} §3), under
 * {@code polydesk.compat.jitbit.base-path} (default {@code /api}) and optionally {@code .second-base-path} (off by
 * default: django-helpdesk owns {@code /helpdesk/api}), switched by {@code polydesk.compat.jitbit.enabled}.
 *
 * <p>Routing: method names and parameter names are matched ignoring case, so {@code /api/Tickets},
 * {@code /API/tickets/} and {@code /api/TICKETS} are the same method. Where another dialect on the same base path owns
 * a path in exactly the request's case (Arctyk's {@code /api/tickets}, {@code /api/projects}, {@code /api/assets}),
 * that dialect answers (CONTRACT §3). One front controller dispatches on the lower-cased method name; a path
 * segment after the method is the {@code id} when no {@code id} parameter is sent ({@code /api/Ticket/5}).
 * Parameters are read alike from the query string (also on a POST), a form or multipart body, or the top-level
 * fields of a JSON object body. Reads answer GET and POST; writes answer POST ({@code Close} and
 * {@code DeleteFile}, documented with GET, answer both); another verb is 405 with {@code Allow}.
 *
 * <p>Errors: the status code carries the meaning (400 missing or malformed parameter, 401 with
 * {@code WWW-Authenticate}, 403, 404, 405, 409, 413, 429) and the body is one JSON string naming the problem, e.g.
 * {@code "categoryId is required"}; every faulty parameter is named at once.
 *
 * <p>Rate limits: 90 calls a minute per method and credential ({@code Search} and {@code UserByEmail}: 60). An
 * override under {@code polydesk.rate-limit.surfaces.jitbit} sets the per-method numbers; {@code Search} and
 * {@code UserByEmail} keep two thirds of them.
 */
package io.polydesk.compat.jitbit;
