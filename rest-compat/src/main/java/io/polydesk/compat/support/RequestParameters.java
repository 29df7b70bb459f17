package io.polydesk.compat.support;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every parameter of a form-minded API's request, wherever the client put it: the query string, a form or
 * multipart body, or the top-level fields of a JSON object body. Values stay text, as a form would carry them;
 * a JSON array gives one value per element and a nested object its JSON text.
 */
public final class RequestParameters {

    private RequestParameters() {}

    public static MultiValueMap<String, String> of(HttpServletRequest request, JsonMapper json) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            for (String value : entry.getValue()) {
                params.add(entry.getKey(), value);
            }
        }
        if (isJson(request)) {
            addJson(params, read(request, json));
        }
        return params;
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.getSubtype().equals("json") || media.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode read(HttpServletRequest request, JsonMapper json) {
        try (InputStream body = request.getInputStream()) {
            byte[] bytes = body.readAllBytes();
            if (bytes.length == 0) {
                return null;
            }
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw RequestRejected.message(HttpStatus.BAD_REQUEST, "The body is not valid JSON");
        } catch (IOException e) {
            throw RequestRejected.message(HttpStatus.BAD_REQUEST, "The body could not be read");
        }
    }

    private static void addJson(MultiValueMap<String, String> params, JsonNode body) {
        if (body == null || body.isNull()) {
            return;
        }
        if (!body.isObject()) {
            throw RequestRejected.message(HttpStatus.BAD_REQUEST, "A JSON body must be an object of parameters");
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            if (value.isArray()) {
                value.forEach(element -> add(params, field.getKey(), element));
            } else {
                add(params, field.getKey(), value);
            }
        }
    }

    private static void add(MultiValueMap<String, String> params, String name, JsonNode value) {
        if (value.isNull()) {
            params.add(name, "");
        } else if (value.isValueNode()) {
            params.add(name, value.asString());
        } else {
            params.add(name, value.toString());
        }
    }
}
