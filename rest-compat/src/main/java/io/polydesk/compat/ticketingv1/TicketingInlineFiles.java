package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.domain.attachment.InlineFile;
import io.polydesk.domain.shared.FieldError;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The {@code attachments} array of a ticket or comment: {@code [{filename, content (base64), mime_type}]}. Every
 * file is decoded and checked before anything is written, so a bad one refuses the whole request. Line breaks in
 * the base64 are skipped and padding is optional.
 */
final class TicketingInlineFiles {

    private final List<InlineFile> files = new ArrayList<>();
    private final List<FieldError> invalid = new ArrayList<>();
    private long largest;

    private TicketingInlineFiles() {}

    /** Reads the array; wrong JSON types and text that is not base64 are collected on {@code fields} (400). */
    static TicketingInlineFiles read(JsonNode body, JsonBody fields) {
        TicketingInlineFiles result = new TicketingInlineFiles();
        JsonNode value = body.get("attachments");
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            fields.reject("attachments", "Expected an array, got " + TicketingFields.describe(value));
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            result.add(value.get(i), "attachments[" + i + "]", fields);
        }
        return result;
    }

    private void add(JsonNode file, String at, JsonBody fields) {
        if (!file.isObject()) {
            fields.reject(at, "Expected an object, got " + TicketingFields.describe(file));
            return;
        }
        String filename = text(file, at + ".filename", fields);
        String mimeType = text(file, at + ".mime_type", fields);
        String content = text(file, at + ".content", fields);
        if (filename == null || filename.isBlank()) {
            invalid.add(new FieldError(at + ".filename", "Filename is required"));
        }
        if (content == null) {
            invalid.add(new FieldError(at + ".content", "Content is required"));
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content.replaceAll("[\\r\\n\\t ]", ""));
        } catch (IllegalArgumentException e) {
            fields.reject(at + ".content", "Content is not valid base64");
            return;
        }
        if (bytes.length == 0) {
            invalid.add(new FieldError(at + ".content", "Content must not be empty"));
            return;
        }
        largest = Math.max(largest, bytes.length);
        files.add(new InlineFile(filename, mimeType, () -> new ByteArrayInputStream(bytes)));
    }

    private static String text(JsonNode file, String field, JsonBody fields) {
        JsonNode value = file.get(field.substring(field.lastIndexOf('.') + 1));
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            fields.reject(field, "Expected a string, got " + TicketingFields.describe(value));
            return null;
        }
        return value.stringValue();
    }

    /** Rule problems (422) once the shape was right: a missing name or content, an empty file. */
    List<FieldError> invalid() {
        return invalid;
    }

    /** Refuses with 413 when one file is larger than the installation accepts, before any is stored. */
    List<InlineFile> files(long maxSize) {
        if (largest > maxSize) {
            throw RequestRejected.message(
                    HttpStatus.CONTENT_TOO_LARGE, "An attachment is larger than " + maxSize + " bytes");
        }
        return files;
    }
}
