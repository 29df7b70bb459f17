package io.polydesk.api.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The persistence tests' S3 server ({@code InJvmS3}: S3Proxy over an in-memory blob store) in this JVM, loaded in a
 * class loader of its own. On the api's class path S3Proxy's XML, Jetty and logging libraries would change the
 * application under test (Spring would add XML message converters), so they stay out of it: persistence writes
 * its test class path, S3Proxy's and InJvmS3's included, beside {@code InJvmS3} ({@code s3-server.classpath}).
 */
public final class S3Server implements AutoCloseable {

    private static final String RESOURCE = "io/polydesk/persistence/testing/s3-server.classpath";
    private static final String SERVER_CLASS = "io.polydesk.persistence.testing.InJvmS3";

    private final URLClassLoader loader;
    private final Object server;

    private S3Server(URLClassLoader loader, Object server) {
        this.loader = loader;
        this.server = server;
    }

    public static S3Server start() {
        URLClassLoader loader = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader());
        try {
            Object server = inLoader(
                    loader,
                    () -> loader.loadClass(SERVER_CLASS).getMethod("start").invoke(null));
            return new S3Server(loader, server);
        } catch (RuntimeException e) {
            close(loader);
            throw e;
        }
    }

    /** A new empty bucket with a unique name. */
    public String newBucket() {
        return (String) call("newBucket", new Class<?>[0]);
    }

    /** The names of the objects in a bucket, read from the server's own store. */
    @SuppressWarnings("unchecked")
    public List<String> keys(String bucket) {
        return (List<String>) call("keys", new Class<?>[] {String.class}, bucket);
    }

    /** The bytes of an object, read from the server's own store. */
    public byte[] read(String bucket, String key) {
        return (byte[]) call("read", new Class<?>[] {String.class, String.class}, bucket, key);
    }

    /** The Polydesk properties that point the S3 attachment store at a bucket here. */
    @SuppressWarnings("unchecked")
    public Map<String, String> properties(String bucket) {
        return (Map<String, String>) call("properties", new Class<?>[] {String.class}, bucket);
    }

    @Override
    public void close() {
        try {
            call("close", new Class<?>[0]);
        } finally {
            close(loader);
        }
    }

    private Object call(String name, Class<?>[] types, Object... arguments) {
        return inLoader(loader, () -> {
            Method method = server.getClass().getMethod(name, types);
            return method.invoke(server, arguments);
        });
    }

    /** jclouds finds its providers through the context class loader; Jetty's threads inherit it. */
    private static Object inLoader(ClassLoader loader, Callable<Object> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The in-JVM S3 server failed", e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("The in-JVM S3 server could not be reached", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL[] classPath() {
        URL listing = S3Server.class.getClassLoader().getResource(RESOURCE);
        if (listing == null) {
            throw new IllegalStateException(RESOURCE + " is missing: build with -am so persistence writes it");
        }
        List<URL> urls = new ArrayList<>();
        try (InputStream in = listing.openStream()) {
            String entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String entry : entries.split(java.io.File.pathSeparator)) {
                // Without a logging backend of its own S3Proxy logs nowhere rather than at DEBUG to the console.
                if (!entry.isBlank() && !Path.of(entry).getFileName().toString().startsWith("logback-")) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + listing, e);
        }
        return urls.toArray(URL[]::new);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // A test's class loader: nothing to do about a failure to close its jars.
        }
    }
}
