package io.polydesk.api.graphiql;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;

/**
 * Finds the URL path of a file inside an npm WebJar on the classpath, reading the WebJar's version from its
 * Maven metadata so that a version bump in the pom never leaves the page pointing at a missing file.
 */
final class WebJarAsset {

    private static final String WEBJARS_ROOT = "META-INF/resources/webjars/";

    private WebJarAsset() {}

    /**
     * The path under {@code /webjars/} (for example {@code /webjars/react/18.2.0/umd/react.production.min.js}).
     *
     * @throws IllegalStateException when the WebJar or the file is not on the classpath
     */
    static String path(String webJar, String file) {
        String version = version(webJar);
        String location = webJar + "/" + version + "/" + file;
        if (!new ClassPathResource(WEBJARS_ROOT + location).exists()) {
            throw new IllegalStateException("The " + webJar + " WebJar " + version + " has no " + file);
        }
        return "/webjars/" + location;
    }

    private static String version(String webJar) {
        var metadata = new ClassPathResource("META-INF/maven/org.webjars.npm/" + webJar + "/pom.properties");
        if (!metadata.exists()) {
            throw new IllegalStateException("The org.webjars.npm:" + webJar + " WebJar is not on the classpath");
        }
        try (InputStream in = metadata.getInputStream()) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new IllegalStateException(
                        "The " + webJar + " WebJar's " + metadata.getPath() + " names no version");
            }
            return version.trim();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + metadata.getPath(), e);
        }
    }
}
