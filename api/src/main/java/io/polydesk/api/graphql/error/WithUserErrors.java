package io.polydesk.api.graphql.error;

import java.util.List;

/** A payload that reports user errors although it succeeded, as a bulk mutation does for each refused item. */
public interface WithUserErrors {
    List<UserError> userErrors();
}
