package io.polydesk.persistence.support;

/** Receives the key the database generated for an insert; the domain records themselves are immutable. */
public final class GeneratedId {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The generated key; an insert that produced none is a mapping error, not a business case. */
    public long value() {
        if (id == null) {
            throw new IllegalStateException("The insert returned no generated key");
        }
        return id;
    }
}
