package io.polydesk.domain.attachment;

/** Opens an attachment store by name with this installation's settings, to move files into it. */
public interface BlobStorageFactory {

    /**
     * A store of the named kind ({@code local}, {@code database} or {@code s3}); the caller closes it when it is
     * {@link AutoCloseable}.
     *
     * @throws IllegalArgumentException for a name no store has
     */
    BlobStorage open(String name);
}
