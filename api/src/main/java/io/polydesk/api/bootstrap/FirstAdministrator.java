package io.polydesk.api.bootstrap;

import io.polydesk.domain.user.UserService;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator on an empty database. Without a configured password it makes a random
 * one and prints it once; only its hash is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final AdminProperties admin;

    FirstAdministrator(UserService users, AdminProperties admin) {
        this.users = users;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = admin.password() == null || admin.password().isBlank();
        String password = generated ? randomPassword() : admin.password();
        users.createFirstAdministrator(admin.username(), admin.email(), password)
                .ifPresent(user -> {
                    if (generated) {
                        // Printed once so the operator can sign in; it is never stored in clear.
                        log.warn(
                                "Created the first administrator '{}' with the generated password: {}",
                                user.username(),
                                password);
                    } else {
                        log.info("Created the first administrator '{}'", user.username());
                    }
                });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
