package io.polydesk.api.security;

import io.polydesk.domain.user.PasswordHasher;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Spring Security's delegating encoder: bcrypt today, and hashes name their algorithm so it can change. */
@Component
class DelegatingPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        try {
            return hash != null && encoder.matches(rawPassword, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
