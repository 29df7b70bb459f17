package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.UserDetail;
import io.polydesk.compat.bossdesk.dto.UserItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.CreateUser;
import io.polydesk.domain.user.UpdateUser;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.user.UserService;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Users by {@code friendly_id} (their Polydesk id): a paged, searchable list for staff, the detail, create (201) and
 * update (204) for administrators. Empty strings, as the document's clients send for unset fields, are unset.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskUserController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserQueries queries;
    private final UserService users;
    private final BossDeskUserConverter converter;

    BossDeskUserController(UserQueries queries, UserService users, BossDeskUserConverter converter) {
        this.queries = queries;
        this.users = users;
        this.converter = converter;
    }

    @GetMapping("/users")
    List<UserItem> list(@AuthenticationPrincipal Actor actor, @RequestParam MultiValueMap<String, String> params) {
        Ransack q = Ransack.parse(params, BossDeskUserSearch.ATTRIBUTES);
        return queries.search(actor, BossDeskUserSearch.of(q), BossDeskPaging.of(params)).items().stream()
                .map(converter::toItem)
                .toList();
    }

    @GetMapping("/users/{friendlyId}")
    UserDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        return converter.toDetail(queries.get(actor, friendlyId));
    }

    /**
     * BOSSDesk users are created without a password; Polydesk gives them a random one nobody knows, so they sign in
     * only once an administrator sets one (or with {@code password}, which this endpoint also takes).
     */
    @PostMapping("/users")
    ResponseEntity<UserDetail> create(
            @AuthenticationPrincipal Actor actor, @RequestBody(required = false) JsonNode body) {
        Actor.requireAdmin(actor);
        JsonBody fields = BossDeskParams.require(body, "user");
        Change<String> username = fields.text("username");
        Change<String> email = fields.text("email");
        Change<String> password = fields.text("password");
        Change<String> firstName = fields.text("first_name");
        Change<String> lastName = fields.text("last_name");
        Change<String> designation = fields.text("designation");
        Change<String> phone = fields.text("phone");
        Change<String> mobile = fields.text("mobile");
        Change<String> timeZone = fields.text("time_zone");
        Role role = role(body.get("user"), fields, Role.CUSTOMER);
        if (blank(username.value())) {
            fields.reject("username", BossDeskErrors.BLANK);
        }
        if (blank(email.value())) {
            fields.reject("email", BossDeskErrors.BLANK);
        }
        fields.validate();
        User created = users.create(
                actor,
                new CreateUser(
                        username.value(),
                        email.value(),
                        blank(password.value()) ? randomPassword() : password.value(),
                        orNull(firstName.value()),
                        orNull(lastName.value()),
                        role,
                        orNull(phone.value()),
                        orNull(mobile.value()),
                        orNull(designation.value()),
                        orNull(timeZone.value())));
        return ResponseEntity.status(HttpStatus.CREATED).body(converter.toDetail(created));
    }

    @PatchMapping("/users/{friendlyId}")
    ResponseEntity<Void> update(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Actor.require(actor);
        JsonBody fields = BossDeskParams.require(body, "user");
        JsonNode raw = body.get("user");
        Role role = raw.has("role_ids") ? role(raw, fields, Role.CUSTOMER) : null;
        UpdateUser update = new UpdateUser(
                fields.text("email"),
                unsetBlank(fields.text("first_name")),
                unsetBlank(fields.text("last_name")),
                role == null ? Change.keep() : Change.to(role),
                unsetBlank(fields.text("phone")),
                unsetBlank(fields.text("mobile")),
                unsetBlank(fields.text("designation")),
                unsetBlank(fields.text("time_zone")),
                Change.keep(),
                fields.text("password"));
        fields.validate();
        users.update(actor, friendlyId, update);
        return ResponseEntity.noContent().build();
    }

    /** {@code role_ids}: 1 Administrator, 2 Technician (agent); none is an end user (customer). */
    private static Role role(JsonNode raw, JsonBody fields, Role fallback) {
        List<Long> ids = BossDeskParams.ids(raw, "role_ids", fields);
        if (ids == null || ids.isEmpty()) {
            return fallback;
        }
        if (ids.contains(BossDeskPermissions.ADMINISTRATOR.id())) {
            return Role.ADMIN;
        }
        if (ids.contains(BossDeskPermissions.TECHNICIAN.id())) {
            return Role.AGENT;
        }
        fields.reject("role_ids", BossDeskErrors.INVALID);
        return fallback;
    }

    private static Change<String> unsetBlank(Change<String> change) {
        return change.map(BossDeskUserController::orNull);
    }

    private static String orNull(String value) {
        return blank(value) ? null : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
