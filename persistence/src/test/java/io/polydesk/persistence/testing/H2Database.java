package io.polydesk.persistence.testing;

import java.nio.file.Path;
import java.util.UUID;

/** A fresh in-memory H2 database in the same MySQL mode the embedded default uses. */
public final class H2Database {

    private H2Database() {}

    public static String newUrl() {
        return "jdbc:h2:mem:polydesk-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    }

    /**
     * An H2 database in files under {@code directory}, which several servers in one JVM can open at once, with the
     * embedded default's settings (each commit written to the file before it returns).
     */
    public static String fileUrl(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("polydesk")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0";
    }
}
