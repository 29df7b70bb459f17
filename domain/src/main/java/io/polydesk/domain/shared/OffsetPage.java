package io.polydesk.domain.shared;

/** A page by number, for the dialects whose documents demand {@code page} parameters. */
public record OffsetPage(int page, int size) {

    public static final int MAX_SIZE = 1000;

    public OffsetPage {
        new Validation()
                .check(page >= 1, "page", "must be 1 or more")
                .check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .throwIfInvalid();
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
