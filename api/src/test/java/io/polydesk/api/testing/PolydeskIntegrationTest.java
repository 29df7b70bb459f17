package io.polydesk.api.testing;

import io.polydesk.api.PolydeskApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the real MySQL-family database when one is configured
 * (always on CI) and on in-memory H2 otherwise. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = PolydeskApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "polydesk.admin.password=admin-password-for-tests",
            "polydesk.admin.username=admin",
            "polydesk.admin.email=admin@example.com",
            // The whole suite signs in from one address; RateLimitTest checks the limits themselves.
            "polydesk.rate-limit.surfaces.graphql.anonymous=1000000",
            "polydesk.rate-limit.surfaces.graphql.authenticated=1000000",
            "polydesk.rate-limit.surfaces.uploads.authenticated=1000000",
            "polydesk.rate-limit.surfaces.arctyk.anonymous=1000000",
            "polydesk.rate-limit.surfaces.ticketing-v1.anonymous=1000000",
            // Tests send wrong passwords on purpose; SignInLockoutTest checks the lockout itself.
            "polydesk.security.lockout.account-failures=1000000",
            "polydesk.security.lockout.address-failures=1000000",
            "polydesk.rate-limit.surfaces.ticketing-v1.authenticated=1000000",
            "polydesk.rate-limit.surfaces.django-helpdesk.anonymous=1000000",
            "polydesk.rate-limit.surfaces.django-helpdesk.authenticated=1000000",
            "polydesk.rate-limit.surfaces.bossdesk.anonymous=1000000",
            "polydesk.rate-limit.surfaces.bossdesk.authenticated=1000000",
            "polydesk.rate-limit.surfaces.jitbit.anonymous=1000000",
            "polydesk.rate-limit.surfaces.jitbit.authenticated=1000000",
            // Webhook tests send to loopback receivers, and wait for retries and timeouts in short steps.
            "polydesk.webhooks.allowed-hosts=127.0.0.1,localhost",
            "polydesk.webhooks.poll-interval=250ms",
            "polydesk.webhooks.first-retry-delay=250ms",
            "polydesk.webhooks.read-timeout=2s",
            // Each cached context keeps a pool; on a database server shared by parallel builds, idle ones let go.
            "spring.datasource.hikari.maximum-pool-size=5",
            "spring.datasource.hikari.minimum-idle=0",
            "spring.datasource.hikari.idle-timeout=10000"
        })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PolydeskIntegrationTest {}
