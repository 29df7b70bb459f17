package io.polydesk.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** One process serving GraphQL and every legacy REST dialect over one domain core. */
@SpringBootApplication(scanBasePackages = "io.polydesk")
@ConfigurationPropertiesScan("io.polydesk")
public class PolydeskApplication {

    public static void main(String[] args) {
        // Webhook requests go to the address the SSRF guard checked, with the URL's host in Host.
        String restricted = System.getProperty("jdk.httpclient.allowRestrictedHeaders", "");
        if (!restricted.toLowerCase().contains("host")) {
            System.setProperty(
                    "jdk.httpclient.allowRestrictedHeaders", restricted.isBlank() ? "host" : restricted + ",host");
        }
        ConfigurableApplicationContext context = SpringApplication.run(PolydeskApplication.class, args);
        // A run that moves attachment files to another store is a one-off task: it ends when the files are moved.
        if (context.getEnvironment().containsProperty("polydesk.attachments.migrate-to")) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
