package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestBodyTooLarge;
import io.polydesk.compat.support.RequestRejected;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a request body as DRF's three parsers do: JSON, form-urlencoded and multipart all become one JSON object
 * (form values as strings, as Django's QueryDict holds them), so the controllers read every body alike.
 */
@Component
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskBodies {

    /** The body as read, kept on the request so the error advice can quote what the client sent. */
    static final String BODY = DjangoHelpdeskBodies.class.getName() + ".body";

    private final JsonMapper json;

    DjangoHelpdeskBodies(JsonMapper json) {
        this.json = json;
    }

    JsonNode read(HttpServletRequest request) {
        JsonNode body = parse(request);
        request.setAttribute(BODY, body);
        return body;
    }

    /** The uploaded files of one multipart field; none for other bodies. */
    static List<MultipartFile> files(HttpServletRequest request, String field) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? List.of() : multipart.getFiles(field);
    }

    private JsonNode parse(HttpServletRequest request) {
        String type = request.getContentType();
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || lower.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return form(request.getParameterMap());
        }
        byte[] bytes = bytes(request);
        if (bytes.length == 0) {
            return json.createObjectNode();
        }
        if (!lower.isEmpty() && !lower.startsWith(MediaType.APPLICATION_JSON_VALUE) && !lower.contains("+json")) {
            throw RequestRejected.message(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type \"" + type + "\" in request.");
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw RequestRejected.message(HttpStatus.BAD_REQUEST, "JSON parse error - " + e.getOriginalMessage());
        }
    }

    private ObjectNode form(Map<String, String[]> parameters) {
        ObjectNode node = json.createObjectNode();
        parameters.forEach((name, values) -> {
            if (values.length > 0) {
                node.put(name, values[0]);
            }
        });
        return node;
    }

    private static byte[] bytes(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            if (RequestBodyTooLarge.causedBy(e)) {
                throw RequestRejected.message(
                        HttpStatus.CONTENT_TOO_LARGE, "Request body is larger than this server accepts.");
            }
            throw RequestRejected.message(HttpStatus.BAD_REQUEST, "The request body could not be read.");
        }
    }
}
