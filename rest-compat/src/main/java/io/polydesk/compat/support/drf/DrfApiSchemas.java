package io.polydesk.compat.support.drf;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/** The error body of the Django REST framework dialects, for their API documents. */
public final class DrfApiSchemas {

    private DrfApiSchemas() {}

    /** {@code {"detail": "..."}} for a request-level problem, {@code {"field": ["message"]}} for field errors. */
    public static Schema<?> error() {
        Schema<?> schema = new ObjectSchema()
                .description("`{\"detail\": \"...\"}`, or `{\"<field>\": [\"<message>\"]}` naming each bad field")
                .addProperty("detail", new StringSchema());
        schema.setAdditionalProperties(new ArraySchema().items(new StringSchema()));
        return schema;
    }
}
