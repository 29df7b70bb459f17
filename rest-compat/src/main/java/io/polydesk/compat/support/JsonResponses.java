package io.polydesk.compat.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes a JSON error body straight to the response, for answers given before any controller runs. */
public final class JsonResponses {

    private JsonResponses() {}

    public static void write(HttpServletResponse response, JsonMapper json, int status, Object body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
