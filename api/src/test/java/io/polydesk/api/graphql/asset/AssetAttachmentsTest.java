package io.polydesk.api.graphql.asset;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files on assets: staff attach them, and only those who may see the asset see its files. */
@PolydeskIntegrationTest
class AssetAttachmentsTest extends GraphQlTestSupport {

    private static final String ATTACH = """
            mutation ($input: AttachFileInput!) {
              attachFile(input: $input) { attachment { id ownerKind assetId pending } }
            }""";

    private static final String LISTED = """
            query ($id: ID!) { asset(id: $id) { attachments { id fileName assetId downloadUrl } } }""";

    private static final String ONE = """
            query ($id: ID!) { attachment(id: $id) { id fileName ownerKind assetId } }""";

    @Autowired
    AssetRegistration assetRegistration;

    @Autowired
    AttachmentService attachments;

    private Attachment upload(TestUser user) {
        return attachments.upload(
                user.actor(),
                "invoice.txt",
                "text/plain",
                new ByteArrayInputStream("paid".getBytes(StandardCharsets.UTF_8)));
    }

    private Asset asset(TestUser agent, Long ownerId) {
        return assetRegistration.create(
                agent.actor(),
                CreateAsset.builder()
                        .name("Laptop " + unique())
                        .ownerId(ownerId)
                        .build());
    }

    @Test
    void staffAttachFilesToAssetsThatTheirOwnerCanSeeButOthersCannot() {
        TestUser agent = users.agent();
        TestUser owner = users.customer();
        Asset asset = asset(agent, owner.id());
        Attachment file = upload(agent);

        as(agent)
                .document(ATTACH)
                .variable("input", Map.of("attachmentId", id(file.id()), "assetId", id(asset.id())))
                .execute()
                .path("attachFile.attachment.ownerKind")
                .entity(String.class)
                .isEqualTo("ASSET")
                .path("attachFile.attachment.assetId")
                .entity(String.class)
                .isEqualTo(id(asset.id()))
                .path("attachFile.attachment.pending")
                .entity(Boolean.class)
                .isEqualTo(false);

        as(owner)
                .document(ONE)
                .variable("id", id(file.id()))
                .execute()
                .path("attachment.fileName")
                .entity(String.class)
                .isEqualTo("invoice.txt");
        singleError(
                as(users.customer()).document(ONE).variable("id", id(file.id())).execute(), "NOT_FOUND");
    }

    @Test
    void customersCannotAttachToAssetsAndNobodyToAnAssetTheyCannotSee() {
        TestUser agent = users.agent();
        TestUser owner = users.customer();
        Asset asset = asset(agent, owner.id());

        singleError(
                as(owner)
                        .document(ATTACH)
                        .variable(
                                "input", Map.of("attachmentId", id(upload(owner).id()), "assetId", id(asset.id())))
                        .execute(),
                "FORBIDDEN");
        TestUser stranger = users.customer();
        singleError(
                as(stranger)
                        .document(ATTACH)
                        .variable(
                                "input",
                                Map.of("attachmentId", id(upload(stranger).id()), "assetId", id(asset.id())))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void assetListsItsFilesOldestFirstForWhoeverSeesTheAsset() {
        TestUser agent = users.agent();
        TestUser owner = users.customer();
        Asset asset = asset(agent, owner.id());
        Asset other = asset(agent, owner.id());
        Attachment first = upload(agent);
        Attachment second = upload(agent);
        Attachment elsewhere = upload(agent);
        attachments.attach(agent.actor(), AttachFile.toAsset(first.id(), asset.id()));
        attachments.attach(agent.actor(), AttachFile.toAsset(second.id(), asset.id()));
        attachments.attach(agent.actor(), AttachFile.toAsset(elsewhere.id(), other.id()));
        upload(agent); // pending: belongs to nothing yet

        for (TestUser viewer : List.of(agent, owner, users.admin())) {
            as(viewer)
                    .document(LISTED)
                    .variable("id", id(asset.id()))
                    .execute()
                    .path("asset.attachments[*].id")
                    .entityList(String.class)
                    .containsExactly(id(first.id()), id(second.id()))
                    .path("asset.attachments[0].downloadUrl")
                    .entity(String.class)
                    .isEqualTo("/attachments/" + first.id());
        }
        singleError(
                as(users.customer())
                        .document(LISTED)
                        .variable("id", id(asset.id()))
                        .execute(),
                "NOT_FOUND");
        as(agent)
                .document(LISTED)
                .variable("id", id(asset(agent, null).id()))
                .execute()
                .path("asset.attachments")
                .entityList(Object.class)
                .hasSize(0);
    }
}
