/**
 * The BOSSDesk API v1 ({@code shared/seeds/004_*}), under {@code polydesk.compat.bossdesk.base-path} (default
 * {@code /bossdesk/api/v1}), switched by {@code polydesk.compat.bossdesk.enabled}.
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
 * <li>{@code friendly_id} of users is their Polydesk id; an archived user's {@code archived_at} is its last
 *     change. Administrators have the role "Administrator", agents "Technician", customers none.</li>
 * <li>{@code GET /account} describes the installation: name "Polydesk", the host asked for, UTC, the default
 *     priority's id, comments public by default.</li>
 * <li>Rate limit (the document names none): 600 requests a minute per signed-in user, 60 per client address
 *     without credentials, configurable under {@code polydesk.rate-limit.surfaces.bossdesk}.</li>
 * </ul>
 */
package io.polydesk.compat.bossdesk;
