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
 * {@code "categoryId is required; subject is required"}: every faulty parameter is named at once. (A PHP client probes
 * for an {@code Errors} object and, finding none, still recognises 429 as a rate limit.)
 *
 * <p>Rate limits: 90 calls a minute per method and credential ({@code Search} and {@code UserByEmail}: 60). An
 * override under {@code polydesk.rate-limit.surfaces.jitbit} sets the per-method numbers; {@code Search} and
 * {@code UserByEmail} keep two thirds of them.
 *
 * <p>Codes. Ids are Polydesk's ids. Dates are ISO 8601 UTC with {@code Z}; a due date is midnight UTC.
 * <table>
 * <caption>Jitbit codes and Polydesk values</caption>
 * <tr><th>Jitbit</th><th>Polydesk</th></tr>
 * <tr><td>StatusID 1 New</td><td>{@code new}</td></tr>
 * <tr><td>StatusID 2 In process</td><td>{@code in_progress}</td></tr>
 * <tr><td>StatusID 3 Closed</td><td>{@code closed}</td></tr>
 * <tr><td>any other StatusID</td><td>the status with that id and its own name; the statuses whose own id is 1, 2 or 3
 *     ({@code incoming}, {@code open} in the seeded table) take the ids {@code in_progress} and {@code closed} leave
 *     free (6 and 10 there), so the mapping is one-to-one both ways</td></tr>
 * <tr><td>Priority -1 Low</td><td>{@code low} (and {@code very_low} shows as -1)</td></tr>
 * <tr><td>Priority 0 Normal (default)</td><td>{@code medium}</td></tr>
 * <tr><td>Priority 1 High</td><td>{@code high}</td></tr>
 * <tr><td>Priority 2 Critical</td><td>{@code critical}</td></tr>
 * <tr><td>origin 0..8 (WebApp, Email, Widget, API, Scheduler, MobileApp, Phone, LiveChat, InPerson)</td>
 *     <td>ticket source {@code web, email, widget, api, scheduler, mobile_app, phone, live_chat, in_person}</td></tr>
 * <tr><td>CategoryID</td><td>the project; Polydesk has no sections ({@code SectionID} is null)</td></tr>
 * <tr><td>ForTechsOnly</td><td>an internal comment (or an internal article)</td></tr>
 * <tr><td>custom field Type 1/2/3/4/5</td><td>text (string, url, numbers) / date / drop-down / checkbox / long text;
 *     a drop-down's option id is the option's position from 1, its text is accepted too</td></tr>
 * </table>
 *
 * <p>Choices where the sources are silent:
 * <ul>
 * <li>{@code UpdateUser}: a customer may not give themselves a new {@code email} (403 whatever the address), and a
 *     non-administrator naming another {@code userId} gets the same 403 whether it exists or not, so no call tells
 *     who has an account (the README's Security section).</li>
 * <li>{@code Tickets} and {@code Search}: newest first; {@code count} defaults to 10 and is clamped to 300,
 *     {@code offset} skips rows. {@code mode}: {@code all} (default, closed included), {@code unanswered} (to-do
 *     statuses: waiting for staff), {@code unclosed} (every unfinished status), {@code handledbyme}. {@code statusId}
 *     repeated or comma-separated. {@code categoryId} likewise (any of those categories). {@code dateFrom/To},
 *     {@code updatedFrom/To} are whole UTC days, both ends included; {@code dueInDays=N} is due within N days (overdue
 *     included). A {@code sectionId} matches nothing (Polydesk has no sections); {@code subscribedOnly=true} keeps the
 *     tickets the caller subscribes to ({@code AddSubscriber}, or GraphQL's watchers). Every filter is applied in the
 *     query, so {@code count} and {@code offset} page the filtered rows. {@code includeCustomFields=true} adds
 *     {@code CustomFields}. Customers see their own tickets only.</li>
 * <li>{@code Ticket} create: {@code categoryId}, {@code subject}, {@code body} required; {@code priorityId}
 *     -1..2 (default 0); {@code userId} files for someone else and {@code assignedToUserId} assigns (staff only);
 *     {@code tags} comma-separated; {@code origin} 0..8; {@code cf<FieldID>=value} sets custom fields; every
 *     multipart file part ({@code uploadfile}, {@code uploadfile1}, {@code file} ...) is attached. Files are stored
 *     before the ticket, so a refused file writes nothing. Answers the id as a bare number.</li>
 * <li>{@code UpdateTicket}: {@code priority} (or {@code priorityId}), {@code categoryId}, {@code statusId},
 *     {@code subject}, {@code body}, {@code dueDate}, {@code assignedUserId} ({@code 0} unassigns), {@code tags}
 *     (replaces all; empty clears), {@code timeSpentInSeconds} (logged as a time entry of the caller, rounded to
 *     minutes, at most 24 hours). {@code date} and {@code userId} are ignored: Polydesk does not rewrite creation
 *     dates or requesters. Workflow rules are the domain's (a closed ticket reopens only to open).</li>
 * <li>{@code Close} is the domain's {@code TicketClosing}: staff move the ticket to {@code closed}; a ticket already
 *     closed (or a duplicate) stays as it is ({@code suppressNotification} accepted: Polydesk sends no mail); {@code deleteTicket}
 *     archives (staff): the ticket vanishes from every surface, nothing is lost.</li>
 * <li>{@code MergeTickets}: {@code id2} is merged into {@code id} and kept as a {@code Duplicate} instead of being
 *     deleted. {@code LinkTickets} links as "relates to". {@code AddSubTicket}/{@code RemoveSubTicket} set and clear
 *     the child's parent.</li>
 * <li>{@code Stats}: the domain's ticket overview ({@code StatsQueries.overview}, one grouped query) over the live
 *     tickets the caller may see; {@code NewTickets} the {@code new} status, {@code InProcess} in-progress statuses,
 *     {@code Closed} finished ones, {@code Unanswered} to-do statuses (waiting for staff), {@code Unclosed} unfinished
 *     ones, {@code Unassigned} unfinished without assignee.</li>
 * <li>{@code Comment}: answers the new id; {@code forTechsOnly=true} makes it internal (staff only; customers never
 *     see them); {@code isSystem} is accepted and ignored (only Polydesk writes system comments);
 *     {@code recipientIds} must be whole numbers (else 400) and are otherwise not used. In Jitbit they pick which of the
 *     ticket's subscribers get the reply's notification e-mail (all of them by default). Polydesk sends no e-mail: its
 *     notifications are the {@code comment.created} webhooks and GraphQL's {@code commentAdded} subscription, which
 *     reach every registered listener allowed to see the comment (internal ones only staff), the counterpart of
 *     Jitbit's default; those listeners are registered per hook or subscription, not addressed per comment, so a
 *     per-reply subset has nothing to narrow;
 *     {@code fromUserId} may only name the caller. {@code UpdateComment} takes {@code id} (or {@code commentId}) and
 *     {@code body} (or {@code text}); only the author or staff edit.</li>
 * <li>{@code CreateUser}: a regular user (customer), administrators only; without {@code password} the account
 *     gets a random one. {@code company} and {@code department} are names, found (ignoring case) or created.
 *     {@code location}, {@code sendWelcomeEmail} and the notification settings are accepted and ignored.
 *     {@code UpdateUser}: {@code disabled=true} archives. {@code DeleteUser} archives (its tokens stop working).
 *     {@code Users}: {@code listMode} {@code all} (live users), {@code techs} (agents and administrators),
 *     {@code admins}, {@code regular} (customers), {@code disabled} (archived); {@code count} default 500 (at most
 *     1000), {@code page} from 1; staff only; {@code departmentId}/{@code companyId} filters are a 400.
 *     {@code MergeUsers}: {@code userId2} is merged into {@code userId} (administrators).</li>
 * <li>User object: {@code IsTech} for agents and administrators, {@code Disabled} for archived users, fields
 *     Polydesk does not keep ({@code Notes}, {@code Location}, {@code Signature} ...) are null.</li>
 * <li>{@code Company} answers the id of the company of that name (ignoring case), created when there is none
 *     ({@code emailDomains} separated by {@code ;}). {@code Companies/5} is one company.</li>
 * <li>Attachments: {@code Url} is Polydesk's download endpoint {@code /attachments/<id>} (same credentials);
 *     {@code Attachment?id=} streams the bytes with {@code Content-Disposition}. {@code Attachments} lists the
 *     ticket's files and its comments' (internal ones for staff only).</li>
 * <li>{@code CommentTemplates}: {@code [{TemplateID, Name, Body}]}, staff only. {@code Articles}:
 *     {@code [{ArticleID, Subject, CategoryID, ForTechsOnly, DateCreated (null), LastUpdated}]}; {@code Article/5}
 *     adds {@code Body}; {@code POST article} ({@code subject}, {@code body}, {@code categoryId} of the knowledge
 *     base, {@code forTechsOnly}) answers the bare id.</li>
 * <li>Assets: {@code ModelName} is the asset's name (and its model on create), {@code Comments} its description;
 *     {@code Assets} pages 50 by id, filters by {@code assignedToUserId} ({@code assignedToCompanyId} and
 *     {@code assignedToDepartmentId} are a 400: Polydesk assigns assets to users). {@code manufacturer},
 *     {@code supplier}, {@code type} and {@code location} are names, found ignoring case or registered for staff.
 *     Create answers {@code {"id": N}}; {@code UpdateAsset} answers the asset.</li>
 * <li>{@code Subscribers?id=} (a User array), {@code AddSubscriber} and {@code RemoveSubscriber} ({@code id},
 *     {@code userId}): staff only; adding twice or removing a non-subscriber is harmless. Polydesk sends no mail
 *     to subscribers. Not served: the token page.</li>
 * </ul>
 */
package io.polydesk.compat.jitbit;
