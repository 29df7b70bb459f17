package io.polydesk.api.graphql.support;

/** The payload of a delete: the id of what is gone, for clients to drop from their caches. */
public record DeletedPayload(String id) {

    public static DeletedPayload of(long id) {
        return new DeletedPayload(Ids.of(id));
    }
}
