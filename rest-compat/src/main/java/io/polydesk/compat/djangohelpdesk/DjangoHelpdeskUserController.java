package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.djangohelpdesk.dto.UserCreatedBody;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.CreateUser;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /users/}: django-helpdesk's CreateUserView, POST only. The new account is a customer, as Django's
 * {@code create_user} makes a non-staff user; Polydesk lets administrators create accounts.
 */
@RestController
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskUserController {

    private final UserService users;
    private final DjangoHelpdeskBodies bodies;

    DjangoHelpdeskUserController(UserService users, DjangoHelpdeskBodies bodies) {
        this.users = users;
        this.bodies = bodies;
    }

    @PostMapping({"/users/", "/users.json", "/users.json/"})
    ResponseEntity<UserCreatedBody> create(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        Actor.requireStaff(actor);
        DrfFields fields = new DrfFields(bodies.read(request));
        Change<String> username = fields.charField("username", true, 150);
        Change<String> password = fields.charField("password", true, 128);
        Change<String> email = fields.charField("email", true, 254);
        Change<String> firstName = fields.text("first_name");
        Change<String> lastName = fields.text("last_name");
        fields.validate();
        User created = users.create(
                actor,
                CreateUser.builder(username.value(), email.value(), password.value(), Role.CUSTOMER)
                        .firstName(firstName.value())
                        .lastName(lastName.value())
                        .build());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new UserCreatedBody(
                        created.firstName() == null ? "" : created.firstName(),
                        created.lastName() == null ? "" : created.lastName(),
                        created.username(),
                        created.email()));
    }

    /** The view allows POST only; DRF answers 405 with {@code Allow}, after its permission check. */
    @GetMapping({"/users/", "/users.json", "/users.json/"})
    ResponseEntity<Object> list(@AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        return DjangoHelpdeskDialect.methodNotAllowed("GET", List.of("POST"));
    }
}
