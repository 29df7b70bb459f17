/**
 * The Arctyk ITSM REST API (document "Arctyk ITSM v0.6.0+", January 2026; {@code shared/seeds/000_*}), under
 * {@code polydesk.compat.arctyk.base-path} (default {@code /api}), switched by {@code polydesk.compat.arctyk.enabled}.
 *
 * <p>Served: tickets ({@code GET/POST /tickets/}, {@code GET/PATCH/DELETE /tickets/<id>/}), comments
 * ({@code GET/POST /tickets/<id>/comments/}, {@code PATCH/DELETE /tickets/<id>/comments/<cid>/}) and projects
 * ({@code GET/POST /projects/}, {@code GET/PATCH/DELETE /projects/<id>/}) and assets ({@code GET/POST /assets/},
 * {@code GET/PATCH/DELETE /assets/<id>/}). Every path answers with and without the trailing slash. Only the exact
 * lower-case paths are Arctyk's: the jitbit dialect shares {@code /api} with other case.
 *
 * <p>Choices where the document is silent, and deviations:
 * <ul>
 * <li>Errors follow Django REST Framework, which the API's envelope comes from: {@code {"field": ["message"]}} with 400
 *     for validation (domain names mapped back: {@code assigneeId} is {@code assigned_to}, {@code projectId}
 *     {@code project}, {@code dueDate} {@code due_date}), {@code {"detail": "..."}} for 400 parse errors, 401, 403,
 *     404, 405, 409, 415 and 500. A 401 carries {@code WWW-Authenticate}. A ticket the caller may not see is 404.</li>
 * <li>Any credential Polydesk knows works (CONTRACT §4), not only the document's Bearer token.</li>
 * <li>{@code GET /tickets/}: newest first; {@code limit} defaults to 20 and is clamped to 100; a {@code page} or
 *     {@code limit} that is not a whole number of at least 1 is a 400; a page past the last one is 404
 *     {@code {"detail": "Invalid page."}} as in DRF (page 1 of an empty list is an empty 200). {@code next} and
 *     {@code previous} are relative links ({@code /api/tickets/?page=2}) keeping the other query parameters; the
 *     link to page 1 drops {@code page}. {@code assigned} takes {@code me}, {@code any} or a user id, anything
 *     else is a 400. {@code status} and {@code priority} take one Arctyk slug; any other is a 400. {@code q} matches
 *     title, description and ticket number.</li>
 * <li>People: in list rows {@code requester} and {@code assigned_to} are e-mail strings; in the detail and in
 *     comment lists they are {@code {id, username, full_name}} whose {@code username} is also the e-mail address,
 *     so both shapes identify a person the same way. The comment create answer gives {@code author} as the e-mail
 *     string, as the document shows; comments Polydesk itself wrote have a null author.</li>
 * <li>{@code ticket_number} is Polydesk's formatted number ({@code TKT-001}). Statuses are Arctyk's seven slugs
 *     ({@code new, open, in_progress, on_hold, blocked, resolved, closed}) and priorities its four
 *     ({@code low, medium, high, critical}); statuses and priorities other dialects add show as the Arctyk word of
 *     the same meaning ({@code incoming} as {@code new}, {@code reopened} as {@code open}, {@code assigned} as
 *     {@code in_progress}, {@code duplicate} as {@code closed}, {@code very_low} as {@code low}), and filtering by
 *     that word finds them too. Writing any other slug is a 400. {@code status_category} is the category of the
 *     status ({@code todo}, {@code in_progress}, {@code done}). {@code comments_count} counts the comments the caller can see.</li>
 * <li>The detail's {@code attachments} (the document gives no element shape) lists the files of the ticket and of
 *     its comments, those on internal comments for staff only (as GraphQL's {@code Ticket.attachments}), oldest
 *     first, each as {@code {id, filename, size, content_type, url, created_at}}; {@code url} is the relative path
 *     of Polydesk's download endpoint {@code /attachments/<id>} (not under the base path), which takes the same
 *     credentials. List rows carry no attachments. Uploads go through {@code POST /attachments} and GraphQL.</li>
 * <li>{@code POST /tickets/} accepts {@code title, description, priority, project, assigned_to, due_date};
 *     {@code PATCH /tickets/<id>/} any of {@code title, description, status, priority, project, assigned_to,
 *     due_date}, where an explicit null clears {@code assigned_to}, {@code project} or {@code due_date}.
 *     {@code DELETE} archives: the ticket vanishes from lists and its detail answers 404.</li>
 * <li>Comments: {@code comment_type} defaults to {@code public}. A PATCH without {@code content} changes nothing
 *     and answers the current comment. {@code edit_history} lists earlier versions oldest first.</li>
 * <li>Projects: {@code POST} and {@code PATCH} take {@code name} and {@code description} and answer the project
 *     shape of the list; {@code DELETE} archives the project (204) and its tickets keep pointing at it.</li>
 * <li>Assets: {@code GET /assets/} is a bare array of {@code {id, name, type, status, location, owner}} as the
 *     document shows, in id order. {@code type} is the asset type's slug (its name in lower case, spaces as
 *     {@code _}: {@code server}, {@code network_device}), {@code status} the status code ({@code active, in_use,
 *     in_stock, in_repair, retired, disposed}), {@code location} the location's name and {@code owner} the owner's
 *     e-mail, each null when unset. Filters: {@code type} (slug or name, ignoring case; includes sub-types, so
 *     {@code computer} finds servers and laptops), {@code status} (code or name), {@code search} (name and
 *     description as documented, and also serial number, model and manufacturer). An unknown {@code type} or
 *     {@code status} matches nothing ({@code []}). The document shows no paging: the list answers up to 1000 rows;
 *     optional {@code page} and {@code limit} (at most 1000) page further. Customers see only the assets they own
 *     or are assigned to.</li>
 * <li>Asset detail, create and update answer the list row's fields followed by {@code description, manufacturer,
 *     model, serial_number, created_at, updated_at}. {@code POST} (agents and administrators; {@code name}
 *     required) and {@code PATCH} accept {@code name, description, type, status, location, owner, manufacturer,
 *     model, serial_number}, with {@code type}, {@code status}, {@code location} and {@code owner} in the list's
 *     forms and {@code manufacturer} as the name of one of Polydesk's (managed) manufacturers, ignoring case; an
 *     unknown one is a 400 on that field; null (or "") clears {@code type}, {@code location}, {@code owner} and
 *     {@code manufacturer}, and is refused for {@code status}. {@code manufacturer} is shown as that name. A new asset without {@code status} is {@code active}.
 *     {@code DELETE} archives the asset (204): it leaves the list and its detail answers 404. Assigned users,
 *     tags, notes, custom fields and the inventory are GraphQL's; this dialect neither shows nor changes them.</li>
 * <li>JSON bodies: fields Arctyk does not know are ignored, as DRF does; a body that is not an object, or a field
 *     of the wrong JSON type, is a 400 naming the field. As in DRF, numbers are accepted where text is expected
 *     and numeric strings where an id is expected.</li>
 * <li>Timestamps are UTC, to the second, with {@code Z}; {@code due_date} is {@code YYYY-MM-DD}.</li>
 * <li>Rate limiting and its headers are the security layer's, not this package's.</li>
 * </ul>
 */
package io.polydesk.compat.arctyk;
