package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.QueryParams;
import io.polydesk.compat.ticketingv1.dto.DataEnvelope;
import io.polydesk.compat.ticketingv1.dto.PageEnvelope;
import io.polydesk.compat.ticketingv1.dto.UserItem;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.CreateUser;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserFilter;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.user.UserRegistration;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /users} as the document has it ({@code role}, {@code status}, {@code q}, paged), and two calls it
 * implies but does not show: one user by id, and registering a user ({@code POST /users}, 409 when taken).
 */
@RestController
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingUserController {

    private final UserQueries users;
    private final UserRegistration registration;
    private final TicketingConverter converter;
    private final TicketingV1Dialect dialect;

    TicketingUserController(
            UserQueries users,
            UserRegistration registration,
            TicketingConverter converter,
            TicketingV1Dialect dialect) {
        this.users = users;
        this.registration = registration;
        this.converter = converter;
        this.dialect = dialect;
    }

    @GetMapping("/users")
    PageEnvelope<UserItem> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        QueryParams query = QueryParams.of(params, TicketingWording.INSTANCE);
        OffsetPage paging = TicketingPaging.read(query);
        String role = TicketingFields.oneOf(query, "role", TicketingVocabulary.ROLES);
        String status = TicketingFields.oneOf(query, "status", TicketingVocabulary.USER_STATUSES);
        query.validate();
        UserFilter filter = new UserFilter(
                query.text("q"),
                role == null ? null : TicketingVocabulary.role(role),
                status == null ? null : status.equals("active"));
        Page<User> page = users.list(actor, filter, paging);
        List<UserItem> rows = page.items().stream().map(converter::toUser).toList();
        return TicketingPaging.envelope(request, dialect.link(request, "/users"), page, rows);
    }

    @GetMapping("/users/{id}")
    DataEnvelope<UserItem> get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return new DataEnvelope<>(converter.toUser(users.get(actor, TicketingIds.parse("User", id))));
    }

    /** {@code {name, email, password, role}}; the e-mail is also the username, as this API signs in by e-mail. */
    @PostMapping("/users")
    ResponseEntity<DataEnvelope<UserItem>> create(
            @AuthenticationPrincipal Actor actor, @RequestBody JsonNode body, HttpServletRequest request) {
        JsonBody fields = JsonBody.of(body, TicketingWording.INSTANCE);
        var name = fields.text("name");
        var email = fields.text("email");
        var password = fields.text("password");
        var role = TicketingFields.choice(fields, "role", TicketingVocabulary.ROLES);
        fields.validate();
        String[] names = splitName(name.value());
        String login = email.value() == null ? null : email.value().strip();
        User created = registration.register(
                actor,
                CreateUser.builder(
                                login,
                                login,
                                password.value(),
                                role.value() == null ? Role.CUSTOMER : TicketingVocabulary.role(role.value()))
                        .firstName(names[0])
                        .lastName(names[1])
                        .build());
        return ResponseEntity.created(URI.create(dialect.link(request, "/users/" + created.id())))
                .body(new DataEnvelope<>(converter.toUser(created)));
    }

    /** "Jane Smith" is first name Jane, last name Smith; one word is a first name only. */
    private static String[] splitName(String name) {
        if (name == null || name.isBlank()) {
            return new String[] {null, null};
        }
        String full = name.strip();
        int space = full.indexOf(' ');
        return space < 0
                ? new String[] {full, null}
                : new String[] {
                    full.substring(0, space), full.substring(space + 1).strip()
                };
    }
}
