/**
 * django-helpdesk's REST API (Django REST Framework, django-helpdesk 2.3 / DRF 3.14; {@code shared/seeds/002_*},
 * {@code shared/DIALECTS.md} §4), under {@code polydesk.compat.django-helpdesk.base-path} (default
 * {@code /helpdesk/api}), switched by {@code polydesk.compat.django-helpdesk.enabled}.
 *
 * <p>Served: the API root ({@code GET /}), {@code tickets/} (list, create, detail, PUT, PATCH, DELETE),
 * {@code user_tickets/} (list, detail), {@code followups/} (list, create, detail, PUT, PATCH, DELETE),
 * {@code followups-attachments/} (list, create, detail, DELETE) and {@code users/} (POST; GET is 405 with
 * {@code Allow: POST, OPTIONS}). Every path also answers with DRF's {@code .json} suffix
 * ({@code tickets.json}, {@code tickets/5.json}). Paths are case-sensitive, as DRF routes are.
 *
 * <p>Choices where the sources are silent, and deviations:
 * <ul>
 * <li>Trailing slash required: without it GET and HEAD answer 301 to the slash form (query kept), as Django's
 *     {@code APPEND_SLASH}; other methods answer 308 instead of Django's 301, so a client repeats the same method
 *     and body rather than a bodiless GET. Unknown paths answer JSON {@code {"detail": "Not found."}}, not Django's
 *     HTML page.</li>
 * <li>Credentials: every Polydesk form works. Missing or bad credentials are 401 with
 *     {@code WWW-Authenticate: Basic realm="api"} (DRF with Basic authentication first; the stock session-first
 *     setup would say 403) and DRF's texts: {@code Authentication credentials were not provided.},
 *     {@code Invalid username/password.} (Basic) or {@code Invalid token.} (other schemes). The API root and the
 *     slash redirects need no credentials, as in Django.</li>
 * <li>Permissions: everything but {@code user_tickets/} is for agents and administrators (DRF's
 *     {@code IsAdminUser} = staff); customers get 403 {@code You do not have permission to perform this action.}
 *     {@code POST users/} additionally needs an administrator, as Polydesk lets only administrators manage
 *     accounts. The new account is a customer; {@code email} is required (Polydesk accounts have one).</li>
 * <li>Not found is DRF 3.14's {@code {"detail": "Not found."}} for unknown and non-numeric ids alike.</li>
 * <li>Rate limits: django-helpdesk sets no DRF throttle; Polydesk needs one, and takes the other DRF-based
 *     surface's: 1000 requests an hour per user, 100 per anonymous address (overridable under
 *     {@code polydesk.rate-limit.surfaces.django-helpdesk}). Past it: 429 with {@code Retry-After} and DRF's
 *     {@code Request was throttled. Expected available in N seconds.} A body over the size limit is 413
 *     {@code {"detail": "Request body is larger than this server accepts."}} (Django itself answers 400).</li>
 * <li>Bodies: JSON, form-urlencoded and multipart are read alike (form values as strings); malformed JSON is
 *     {@code {"detail": "JSON parse error - ..."}}; another media type is 415; a body that is not an object is
 *     {@code {"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}}.</li>
 * <li>Statuses: 1 Open, 2 Reopened, 3 Resolved, 4 Closed, 5 Duplicate. Polydesk's {@code new, incoming, open,
 *     assigned, in_progress, blocked, on_hold} all show as 1 ({@code on_hold} also as {@code on_hold: true}),
 *     {@code reopened} 2, {@code resolved} 3, {@code closed} 4, {@code duplicate} 5. Writing a code the ticket already
 *     shows changes nothing; 1 otherwise moves to {@code open}, 2..5 to the statuses above; {@code on_hold: true}
 *     with code 1 moves to {@code on_hold}, {@code false} back to {@code open}. The filter {@code status=1} finds
 *     every status shown as 1. Polydesk's workflow still applies: a closed or duplicate ticket only reopens, so
 *     {@code status: 3} on a closed ticket is a 400 on {@code status} (django-helpdesk's API allows any jump).</li>
 * <li>Priorities: 1 critical, 2 high, 3 medium, 4 low, 5 very_low.</li>
 * <li>Queues are Polydesk projects; {@code queue} is the project id. A queue's slug (in {@code user_tickets}'
 *     {@code ticket} text) is made from the project name.</li>
 * <li>{@code submitter_email} names the requester: the active Polydesk user with that address, or a new customer
 *     account for it (username = the address, a random password nobody knows, registered in the same write as the
 *     ticket), since django-helpdesk takes any address; an archived user's address is a 400. Omitted, the caller
 *     is the requester. On PUT and PATCH it is
 *     checked and ignored (Polydesk does not move a ticket to another requester). {@code merged_to} is always
 *     null and ignored; merges are GraphQL's and Jitbit's.</li>
 * <li>Create follows §4.6: {@code status, on_hold, resolution, merged_to} are ignored; {@code priority} is
 *     required; {@code description: ""} or null is {@code {"body": ["This field is required."]}}. Where the
 *     original fails with a 500 (no {@code description} key), the answer is 400
 *     {@code {"description": ["This field is required."]}}. Success is django-helpdesk's: the ticket opens with
 *     exactly one followup, public, by the caller, its {@code comment} the description, holding the multipart
 *     {@code attachment}; one domain write ({@code TicketFollowUps.open}), and this opening comment never counts as
 *     the first response. In the 201 answer its {@code title} is {@code Ticket Opened} or
 *     {@code Ticket Opened & Assigned to <username>}; later reads show the ticket's title, as for every followup
 *     (Polydesk keeps no followup titles). Every surface shows the opening followup as the ticket's first comment.
 *     Titles are at most 200 characters, as the model's.</li>
 * <li>{@code due_date}: Polydesk keeps a day; any DRF date-time input (or a plain date) is accepted and its date
 *     kept; it is shown as {@code YYYY-MM-DDT00:00:00Z}. Followup {@code date} is UTC with microseconds and
 *     {@code Z} (DRF with {@code USE_TZ}).</li>
 * <li>Custom fields: one {@code custom_<key>} per ticket custom field on every ticket (Polydesk's key is the
 *     slug), null when unset; integers and booleans as JSON numbers and booleans, decimals, dates, URLs, text and
 *     dropdowns as strings. Unknown {@code custom_} keys are ignored, as DRF ignores unknown fields.</li>
 * <li>{@code followup_set} lists the ticket's comments the caller can see, oldest first ({@code public} is not
 *     internal); a ticket created here starts with its opening followup, one created elsewhere with none. Followup {@code title} is the ticket's title, and {@code new_status} and
 *     {@code time_spent} are null, except in the answer to the POST that recorded them: Polydesk does not store them
 *     on comments (the status change and the time entry themselves are stored).</li>
 * <li>{@code POST followups/} (§4.7) is one domain write ({@code TicketFollowUps}): the caller is the author;
 *     {@code public} defaults to false (an internal comment); {@code new_status} changes the ticket and titles the
 *     followup {@code "<title> and <Status>"}; a {@code title} that differs renames the ticket; {@code time_spent}
 *     ({@code [DD] [[HH:]MM:]ss}) becomes a time entry of the caller for today, in whole minutes rounded up (zero:
 *     none; more than a day: 400); multipart {@code attachments} are the comment's files. An empty
 *     {@code comment} is stored as the followup title (Polydesk comments have text). {@code comment} is
 *     rendered as django-helpdesk renders it, as far as Polydesk's templates go: {@code {{ ticket.title }}} and
 *     {@code {{ ticket.number }}} are filled in, other tags are left as written. PUT and PATCH change only {@code comment}.</li>
 * <li>{@code GET followups/} and {@code GET followups-attachments/} are unpaged bare arrays, as the original, of
 *     the first 10 000 followups of live tickets by id (and their files).</li>
 * <li>Files: {@code file} is the absolute URL of Polydesk's {@code /attachments/<id>} download, which takes the
 *     same credentials; {@code mime_type} and {@code size} are what Polydesk detected and stored.</li>
 * <li>{@code user_tickets/}: the caller's own tickets (requester = caller, staff included), newest first, paged
 *     like {@code tickets/}. {@code status} is the label ({@code " - On Hold"} appended), {@code created} and
 *     {@code due_date} humanized to their largest unit ({@code "now"}, {@code "5 minutes ago"},
 *     {@code "2 days ago"}), {@code kbitem} always {@code ""}, {@code secret_key} a stable UUID derived from the
 *     ticket (Polydesk has no public ticket keys).</li>
 * <li>Paging ({@code tickets/}, {@code user_tickets/}): {@code page_size} 25 unless a positive whole number
 *     (Polydesk stops at 1000); {@code page=last}; a page that is not a number or lies past the end is 404
 *     {@code Invalid page.}; {@code next}/{@code previous} are absolute and keep the other parameters.
 *     {@code status=1,3} filters by codes; a label such as {@code Open} drops the filter, as the original.</li>
 * <li>DELETE archives the ticket (Polydesk's soft delete): it leaves every listing of every surface and its
 *     detail answers 404; its history is kept.</li>
 * <li>OPTIONS answers Spring's {@code Allow}, not DRF's metadata document; the browsable HTML API is not
 *     offered.</li>
 * </ul>
 */
package io.polydesk.compat.djangohelpdesk;
