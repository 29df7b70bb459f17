package io.polydesk.api.testing;

import io.polydesk.api.PolydeskApplication;
import io.polydesk.persistence.testing.H2Database;
import io.polydesk.persistence.testing.RealDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Polydesk server started by a test on a random port with the given settings, for tests that run several
 * servers (a cluster, a one-off task) over one database. Limits and lockouts are lifted unless the test sets them.
 */
public final class PolydeskNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PolydeskNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static PolydeskNode start(Map<String, String> settings) {
        return start(settings, new Class<?>[0]);
    }

    /** With the test's own beans beside the application's (classes without a stereotype, so no scan finds them). */
    public static PolydeskNode start(Map<String, String> settings, Class<?>... testSources) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PolydeskApplication.class)
                .sources(testSources)
                .run(arguments(settings));
        return new PolydeskNode(context);
    }

    /**
     * The command line {@link #start} gives a server with these settings, for a test that starts one in a process of
     * its own.
     */
    public static String[] arguments(Map<String, String> settings) {
        Map<String, String> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("polydesk.admin.username", "admin");
        properties.put("polydesk.admin.email", "admin@example.com");
        properties.put("polydesk.admin.password", TestUsers.ADMIN_PASSWORD);
        properties.put("polydesk.security.lockout.account-failures", "1000000");
        properties.put("polydesk.security.lockout.address-failures", "1000000");
        properties.put("polydesk.rate-limit.surfaces.uploads.authenticated", "1000000");
        properties.put("polydesk.rate-limit.surfaces.graphql.authenticated", "1000000");
        properties.put("polydesk.rate-limit.surfaces.graphql.anonymous", "1000000");
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.datasource.hikari.minimum-idle", "0");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        properties.putAll(settings);
        // As command-line arguments, so they win over application.yml, as an operator's would.
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    /**
     * The database settings for nodes that share one: the real test server when one is configured (always on CI),
     * else an H2 file under the given directory, which every node started with these settings opens.
     */
    public static Map<String, String> sharedDatabase(Path h2Directory) {
        var real = RealDatabase.connection();
        if (real.isPresent()) {
            return Map.of(
                    "spring.datasource.url", real.get().url(),
                    "spring.datasource.username", real.get().username(),
                    "spring.datasource.password", real.get().password());
        }
        return Map.of(
                "spring.datasource.url", H2Database.fileUrl(h2Directory),
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
