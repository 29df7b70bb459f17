/**
 * The Ticketing Platform API ({@code shared/seeds/003_*}, {@code shared/DIALECTS.md} §5), under
 * {@code polydesk.compat.ticketing-v1.base-path} (default {@code /api/v1}, the document's local base URL) and, when
 * {@code polydesk.compat.ticketing-v1.second-base-path} is set (off by default; {@code /ticketing/v1} is the
 * document's production base), there too; switched by {@code polydesk.compat.ticketing-v1.enabled}.
 *
 * <p>Served: {@code POST /auth/login}; {@code GET/POST /tickets}, {@code GET/PATCH/DELETE /tickets/{id}};
 * {@code POST /tickets/{id}/comments}; {@code GET /users}, and beyond the document {@code GET /users/{id}} and
 * {@code POST /users}. Paths have no trailing slash, as in the document.
 *
 * <p>Choices where the document is silent:
 * <ul>
 * <li>Answers are JSON whatever the client's {@code Accept} says (the document knows no other format), so an
 *     {@code Accept: text/html} or {@code application/xml} never gets a 406 or an HTML error page.</li>
 * <li>Ids are Polydesk's numeric ids as strings ({@code "42"}); an id that is not one names nothing (404). Any
 *     credential Polydesk knows works, not only the document's Bearer JWT.</li>
 * <li>Single objects come in {@code {"data": ...}}, lists in {@code {"data": [...], "pagination": {total, per_page,
 *     current_page, last_page, next_page_url, prev_page_url}}}. {@code page} defaults to 1, {@code per_page} to 20;
 *     a larger {@code per_page} is clamped to 100; either below 1 or not a whole number is a 400. A page past the
 *     last answers an empty {@code data}. Links are relative, below the base path the client called, keep the other
 *     parameters and are null at either end.</li>
 * <li>Errors are always {@code {"error": {"code", "message", "details": [{"field", "message"}]}}}. <b>400
 *     {@code invalid_input}</b>: what the wire format itself refuses: a body that is not JSON or not an object, a
 *     field of the wrong JSON type, a value outside the document's lists (the document's own example: "Priority must
 *     be one of: low, medium, high, critical"), base64 that is not base64, a malformed query parameter. <b>422
 *     {@code validation_error}</b>: well-formed input that breaks a rule: a missing or blank title or comment, too
 *     long a text, an unknown assignee or custom field, a status move the workflow forbids, a file without name or
 *     content, a short password. <b>409 {@code conflict}</b>: {@code POST /users} with a taken e-mail (the only
 *     create here with a unique field; the document's "resource already exists"), and any other domain conflict.
 *     401 {@code unauthorized} (with {@code WWW-Authenticate}; {@code invalid_credentials} from the login call), 403
 *     {@code forbidden}, 404 {@code not_found} (also for a ticket a customer may not see, and for unknown paths), 405
 *     {@code method_not_allowed}, 413 {@code payload_too_large} (a body over {@code polydesk.http.max-body-size}, or
 *     one inline file over {@code polydesk.attachments.max-size}), 415, 429 {@code rate_limit_exceeded} with
 *     {@code Retry-After}. Details name fields by their wire names ({@code assigned_to}, {@code custom_fields.os},
 *     {@code attachments[0].content}) and every problem of one request is reported at once.</li>
 * <li>Statuses: Polydesk's workflow is wider; each of its statuses shows as the document's word of the same phase
 *     ({@code new, incoming, open, reopened} as {@code open}; {@code assigned, in_progress, on_hold, blocked} as
 *     {@code in_progress}; {@code resolved}; {@code closed, duplicate} as {@code closed}) and a status filter finds
 *     all of them. Writing a status sets exactly that Polydesk status. A new ticket is Polydesk's {@code new}, shown
 *     {@code open}. Priorities are the document's four; Polydesk's {@code very_low} shows (and filters) as
 *     {@code low}.</li>
 * <li>People are {@code {id, name, email}}; {@code created_by} is the requester (the creator unless staff filed for
 *     someone), {@code name} the full name or else the username.</li>
 * <li>{@code GET /tickets}: newest first unless {@code sort} ({@code created_at, updated_at, priority}) and
 *     {@code order} ({@code asc, desc}, default {@code desc}) say otherwise; {@code q} matches title, description and
 *     ticket number; {@code assigned_to} and {@code created_by} take a user id. Customers see only tickets they
 *     requested, whatever they filter by.</li>
 * <li>Shapes: list rows have {@code id, title, description, status, priority, created_at, updated_at, created_by,
 *     assigned_to, tags}; create and update answer those plus {@code custom_fields}; the detail adds
 *     {@code comments} (oldest first; internal ones for staff only) and {@code attachments} (the files of the ticket
 *     and of its visible comments, each {@code {id, filename, size, mime_type, url, created_at}}, {@code url} the
 *     absolute address of Polydesk's {@code /attachments/{id}} download, which takes the same credentials). Tags are
 *     sorted. Timestamps are UTC to the second with {@code Z}.</li>
 * <li>{@code custom_fields} is keyed by Polydesk's custom field key; keys must be defined first (GraphQL
 *     {@code defineTicketCustomField}): an unknown key is a 422, not a new free-form field. Numbers and booleans are
 *     taken as text; on {@code PATCH} a null value clears the field.</li>
 * <li>{@code POST /tickets} takes {@code title, description, priority, tags, custom_fields, attachments} and, for
 *     staff, {@code assigned_to}; it answers 201 with {@code Location}. Inline files
 *     ({@code [{filename, content, mime_type}]}, base64, line breaks skipped, padding optional) are decoded and
 *     checked before anything is written; the ticket (or comment) and its files are written in one transaction.
 *     {@code PATCH} takes {@code title, description, status, priority, assigned_to} (null unassigns), {@code tags}
 *     (replaces them) and {@code custom_fields}; customers may change only title, description and custom fields of
 *     their tickets (403 otherwise). {@code DELETE} (staff) archives: 204, then 404 everywhere.</li>
 * <li>Comments: {@code is_internal} defaults to false; only staff write internal comments (403). The answer is 201
 *     with the comment and its files.</li>
 * <li>Users: staff list them (customers 403); {@code role} and {@code status} take the document's words;
 *     {@code q} matches part of the username, e-mail, first or last name; ordered by username. {@code last_login_at}
 *     is always null (Polydesk keeps no sign-in times). {@code GET /users/{id}}: staff any user, a customer only
 *     themselves. {@code POST /users} (administrators; {@code name, email, password, role}, role default
 *     {@code customer}): the e-mail is also the username, {@code name} is split at its first space into first and
 *     last name.</li>
 * <li>Rate limits: 100 requests a minute per credential (the document's standard tier; the premium tier is an
 *     override under {@code polydesk.rate-limit.surfaces.ticketing-v1}), counted per user: all of a user's credentials
 *     (JWT, API tokens, Basic) share one allowance, and requests without valid credentials count per client
 *     address; {@code X-RateLimit-Limit},
 *     {@code -Remaining} and {@code -Reset} (epoch seconds) are on every answer, refused credentials and oversized
 *     bodies included.</li>
 * <li>Webhooks: {@code GET /webhooks} (paged like every list), {@code GET /webhooks/{id}}, {@code POST /webhooks}
 *     {@code {url, events[], description?, active?}} (201 with {@code secret}, shown once) and {@code DELETE
 *     /webhooks/{id}} (204), administrators only, over the same endpoints as GraphQL's {@code webhookEndpoints}. An
 *     event outside the document's list, a missing {@code events} or a wrongly typed field is 400 {@code
 *     invalid_input}; a URL that is malformed, not http(s) or internal (the SSRF guard) is 422 {@code
 *     validation_error} on {@code url}. Deliveries carry {@link io.polydesk.compat.ticketingv1.TicketingWebhookPayloads}'
 *     bodies ({@code {"event", "timestamp", "data"}}) as the webhook's owner may see them: {@code ticket.created}
 *     the ticket as create answers it; {@code ticket.updated} the changed fields of this API as {@code {previous,
 *     current}} under {@code changes}, with {@code updated_by}; {@code ticket.status_changed} ({@code status:
 *     {previous, current}}) when the status is a different word here; {@code comment.created} the ticket's id and
 *     title and the comment as its create answers it; {@code user.created} the user as the list shows them. A
 *     deletion sends nothing (the document has no such event). The renderer is a bean of this dialect: with the
 *     dialect switched off, webhooks cannot be registered or sent.</li>
 * </ul>
 */
package io.polydesk.compat.ticketingv1;
