/**
 * The BOSSDesk API v1 ({@code shared/seeds/004_*}), under {@code polydesk.compat.bossdesk.base-path} (default
 * {@code /bossdesk/api/v1}), switched by {@code polydesk.compat.bossdesk.enabled}.
 *
 * <p>Served: {@code POST /sessions}, {@code GET /account}; {@code /tickets} (list, detail, create, update, close,
 * reopen, comments, tasks with close/reopen/delete, time entries, attachments of tickets and comments);
 * {@code /my/tickets} (list, detail, create, comments, reopen, attachments); {@code /users}; {@code /cis} (list,
 * detail, by_barcode, create, update, delete, notes, attachments with the two-step upload); the lookup lists and
 * {@code /searches}. Polydesk's own {@code /files/<id>} and {@code /uploads} stand in for BOSSDesk's S3 bucket.
 *
 * <p>Choices where the document is silent:
 * <ul>
 * <li>Every error body is Rails' {@code {"errors": {"<field>": ["<message>"]}}}; what is not about one field
 *     (401, 403, 404, 405, 409, 413, 429, a missing wrapper key) is under {@code base}. Validation is 422 with
 *     Rails' default messages: {@code can't be blank}, {@code has already been taken}, otherwise {@code is
 *     invalid}. A write body without its resource key ({@code {"ticket": ...}}) is 400, as
 *     {@code params.require} raises; broken JSON is 400 too.</li>
 * <li>401 carries {@code WWW-Authenticate: Token realm="Application"}, Rails' token challenge. Every Polydesk
 *     credential form works; {@code Token token="..."}, {@code Token ...} and {@code Bearer ...} all take the
 *     key.</li>
 * <li>{@code POST /sessions} accepts any credential (the document shows Basic). The {@code api_key} is a new
 *     Polydesk API token of the user named "BOSSDesk API key", stored hashed: since the secret cannot be shown
 *     again, each call issues a new key, and older keys keep working until revoked (GraphQL
 *     {@code revokeApiToken}). The {@code permissions} map is derived from the role (administrator, agent,
 *     customer); customers get only {@code my_tickets}.</li>
 * <li>{@code PATCH /users/{friendly_id}}: a customer may not give themselves a new {@code email} (403 whatever the
 *     address), and a non-administrator naming another user gets the same 403 whether it exists or not.</li>
 * <li>{@code friendly_id} of users is their Polydesk id; an archived user's {@code archived_at} is its last
 *     change. Administrators have the role "Administrator", agents "Technician", customers none.</li>
 * <li>{@code GET /account} describes the installation: name "Polydesk", the host asked for, UTC, the default
 *     priority's id, comments public by default.</li>
 * <li>Rate limit (the document names none): 600 requests a minute per signed-in user, 60 per client address
 *     without credentials, configurable under {@code polydesk.rate-limit.surfaces.bossdesk}.</li>
 * <li>Tickets: {@code friendly_id} is the Polydesk ticket number without its prefix ({@code TKT-075} is 75;
 *     Polydesk numbers tickets from their id, so no column of its own). The agent side ({@code /tickets...}) is
 *     for agents and administrators: customers get 403 there and use {@code /my/tickets}.</li>
 * <li>{@code status} is derived from the Polydesk status: finished ones are {@code closed}; new/incoming are
 *     {@code incoming}; open/reopened are {@code open}; the other unfinished ones {@code assigned}. The Polydesk
 *     status itself is {@code extended_status} ({@code /helpdesk_extended_statuses}), set with
 *     {@code extended_status_id}. {@code close} is the domain's {@code TicketClosing} (to {@code closed}; a closed or
 *     duplicate ticket stays as it is), {@code reopen} moves to {@code reopened}; a refusal is under {@code base}. Priorities are Polydesk's, categories its projects,
 *     teams its agent teams, ticket types its ticket types (no shortcut: null).</li>
 * <li>Create: only {@code title} is required; without {@code priority_id} the default priority applies, and
 *     {@code type_id} is optional (an installation may have no types). {@code due_at} is kept as a date and shown
 *     as midnight UTC. An update does not change {@code requester_id}. A PATCH with {@code lock_version} is
 *     checked against the ticket's version (409 when stale); without it, it is not.</li>
 * <li>Ticket detail: {@code problem} and {@code change} are always null and {@code approval_requests} empty
 *     (Polydesk has none); comment {@code source} is null; {@code time_entries} shows the first 100. Custom field
 *     values are typed (integer and decimal as numbers, boolean as true/false, the rest as strings).</li>
 * <li>Paging: {@code page} and {@code per_page} out of range or not numbers are clamped (Kaminari), never an error;
 *     no paging headers. Ransack on tickets: {@code status} and {@code extended_status_id} and {@code priority_id}
 *     with eq/in/not_eq/not_in; {@code agent_id} with eq/null/not_null/present/blank; {@code requester_id},
 *     {@code category_id} and {@code tags_name} with eq; {@code title_or_description} with cont (it also matches
 *     the ticket number); {@code created_at}, {@code updated_at}, {@code due_at} with gt/gteq/lt/lteq. Sorts
 *     ({@code q[s]}): id, friendly_id, created_at, updated_at, priority_level; the first known one applies, newest
 *     first by default. {@code q[m]=or} is one SQL query whose conditions are OR-ed, ordered and paged there. Values
 *     Ransack could not cast, and anything else, are ignored.</li>
 * <li>Comments (201): {@code is_public} is required, {@code body} may not be blank; the author's role gives
 *     {@code from_agent}. Tasks: {@code due_at} is {@code YYYY-MM-DD hh:mm:ss} read as UTC (ISO 8601 too);
 *     {@code created_by} is null (Polydesk does not record it); close takes an optional {@code {"task": {"note"}}}
 *     that replaces the note. Time entries: {@code date} {@code DD-MM-YYYY} in (ISO taken too),
 *     {@code YYYY-MM-DD} out, {@code duration} in whole minutes (1 to 1440 per entry), {@code billable} false by
 *     default, {@code agent_id} the caller by default (others for administrators only); they also show their
 *     {@code note}. A task or time entry of another ticket than the one in the path is 404.</li>
 * <li>End-user side ({@code /my/tickets...}): the caller's own tickets as the domain defines them
 *     ({@code TicketPolicy.isOwn}, {@code TicketFilter.requestedByCaller}, {@code TicketQueries.own}): those the caller
 *     requested, whatever the role, so an agent sees there only what they filed themselves; others are 404. Its
 *     comments are the domain's {@code CommentQueries.ofOwnTicket}: public ones only, for staff too. States are {@code open} or {@code closed}; comments are public only, without {@code is_public},
 *     {@code from_agent} or {@code source}. A customer's {@code type_id} is not applied (only staff classify
 *     tickets in Polydesk); such tickets come from {@code user_portal}. Ransack: {@code status} (open/closed),
 *     {@code title_or_description_cont}, {@code created_at}, {@code updated_at}, {@code due_at}. Reopening is
 *     allowed to the requester (domain {@code TicketReopening}).</li>
 * <li>Users: the list is for staff (403 otherwise), create and changes of others for administrators. Ransack on
 *     users: {@code first_name}, {@code last_name}, {@code username}, {@code email} with
 *     eq/not_eq/cont/not_cont/i_cont/start/end/in/not_in/blank/present/null/not_null (ignoring case);
 *     {@code is_agent} with eq/true/false; {@code archived_at} with null/not_null; {@code created_at},
 *     {@code updated_at} with gt/gteq/lt/lteq; {@code q[m]=or}; sorts on those fields and id (default id
 *     ascending). A created user is an end user (customer) unless {@code role_ids} names 1 (Administrator) or 2
 *     (Technician); its password is random unless {@code password} is given. {@code email} is required (Polydesk
 *     signs in by it). Empty strings are unset values. {@code domain_name}, {@code other_email},
 *     {@code location}, {@code group} and {@code tags} of users are not kept (null or empty). {@code time_zone}
 *     takes Polydesk's zone ids (IANA), not Rails' names.</li>
 * <li>Lookup lists: CI statuses, types and locations are Polydesk's asset statuses, types and locations (live
 *     ones); categories its live projects; extended statuses its workflow statuses; priorities its priorities
 *     with {@code level} the rank from 1 (least urgent); tags one list, shown as {@code owner_class}
 *     "ticket"; task types, teams, ticket types, user groups and manufacturers its own. Custom fields list the
 *     ticket fields ({@code owner_class} "ticket") and, for staff, the CI fields ("ci"); {@code type_id} is 1
 *     string, 2 text, 3 URL, 4 integer, 5 float (decimal), 6 date, 7 boolean, 8 dropdown (no cascading
 *     dropdowns in Polydesk); options get ids 1, 2... in their order. Times Polydesk does not keep are null.
 *     Groups and manufacturers are paged and searchable by {@code name} (eq, not_eq, cont, not_cont, start,
 *     end), filtered and paged in SQL.</li>
 * <li>CIs are Polydesk assets, for staff; {@code friendly_id} is the asset id. A barcode encodes the CI's name
 *     ({@code ci_barcode_method} "name"); {@code by_barcode} finds the first live CI of that name ignoring case,
 *     by id, through the name index.
 *     DELETE archives the CI (204); it then leaves the lists. A purchase order is only its {@code number};
 *     {@code dns_host_name} and {@code distinguished_name} are null. Ransack on CIs: {@code type_id},
 *     {@code status_id}, {@code location_id}, {@code users_id} and {@code tags_name} with eq (a type or location
 *     includes its subtree), {@code name_or_description_cont} (also matches serial number, model and
 *     manufacturer); sorts id, name, created_at, updated_at (default name); {@code q[m]=or} as for tickets.</li>
 * <li>Saved searches: the caller's own and the shared ones, the first 100 of each kind; running one pages
 *     tickets (newest first) or CIs (by name). Polydesk has only these two kinds, so the document's 501 for other
 *     owner classes cannot arise.</li>
 * <li>Attachments: Polydesk stands in for BOSSDesk's S3 bucket. {@code secure_url} is an absolute link to
 *     {@code <base>/files/<id>}, signed (HMAC-SHA256) for the user who asked and valid for
 *     {@code polydesk.compat.bossdesk.link-lifetime} (default 10 minutes, so
 *     {@code secure_url_expire_time_in_mins} is 10); it needs no credentials and reads with that user's
 *     visibility. The CI upload: {@code attachments/new} answers {@code post_url} {@code <base>/uploads} and
 *     signed {@code post_fields} (key, acl, success_action_status, policy, x-amz-algorithm, x-amz-signature);
 *     posting them with a {@code file} part stores a pending Polydesk upload and answers 201 with S3's XML
 *     {@code PostResponse}, whose {@code Key} is the {@code tmp_key} (bound to the uploader) for
 *     {@code POST /cis/:id/attachments}. A bad or expired signature is 403. The signing key is
 *     {@code polydesk.compat.bossdesk.signing-key}, derived from the token signing key when unset (so shared by nodes with one key, and kept across restarts). Polydesk keeps no
 *     description of a file (always null; PATCH answers the attachment unchanged); DELETE answers 200 with the
 *     attachment. Only CIs take uploads here; ticket files come from Polydesk's own upload.</li>
 * </ul>
 */
package io.polydesk.compat.bossdesk;
