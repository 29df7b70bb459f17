package io.polydesk.api.graphql.attachment;

/** The attachment mutations' inputs as the schema declares them. */
final class AttachmentInputs {

    private AttachmentInputs() {}

    record AttachFileInput(String attachmentId, String ticketId, String commentId, String assetId) {}

    record DeleteAttachmentInput(String id) {}
}
