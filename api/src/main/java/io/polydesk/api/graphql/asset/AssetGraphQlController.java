package io.polydesk.api.graphql.asset;

import io.polydesk.api.graphql.asset.AssetInputs.AddAssetNoteInput;
import io.polydesk.api.graphql.asset.AssetInputs.ArchiveAssetInput;
import io.polydesk.api.graphql.asset.AssetInputs.AssetFilterInput;
import io.polydesk.api.graphql.asset.AssetInputs.AssetOrderInput;
import io.polydesk.api.graphql.asset.AssetInputs.AssignAssetInput;
import io.polydesk.api.graphql.asset.AssetInputs.CreateAssetInput;
import io.polydesk.api.graphql.asset.AssetInputs.DefineAssetCustomFieldInput;
import io.polydesk.api.graphql.asset.AssetInputs.DeleteAssetNoteInput;
import io.polydesk.api.graphql.asset.AssetInputs.EditAssetNoteInput;
import io.polydesk.api.graphql.asset.AssetInputs.UpdateAssetInput;
import io.polydesk.api.graphql.asset.AssetPayloads.AssetNotePayload;
import io.polydesk.api.graphql.asset.AssetPayloads.AssetPayload;
import io.polydesk.api.graphql.asset.AssetPayloads.CustomFieldPayload;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetArchiving;
import io.polydesk.domain.asset.AssetAssignments;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.asset.AssetNotes;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetUpdates;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.shared.Actor;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Asset queries and mutations; the domain decides visibility and rights, this only translates. */
@Controller
class AssetGraphQlController {

    private final AssetQueries queries;
    private final AssetCatalogQueries catalog;
    private final AssetRegistration registration;
    private final AssetUpdates updates;
    private final AssetArchiving archiving;
    private final AssetAssignments assignments;
    private final AssetNotes notes;
    private final CustomFieldService customFields;

    AssetGraphQlController(
            AssetQueries queries,
            AssetCatalogQueries catalog,
            AssetRegistration registration,
            AssetUpdates updates,
            AssetArchiving archiving,
            AssetAssignments assignments,
            AssetNotes notes,
            CustomFieldService customFields) {
        this.queries = queries;
        this.catalog = catalog;
        this.registration = registration;
        this.updates = updates;
        this.archiving = archiving;
        this.assignments = assignments;
        this.notes = notes;
        this.customFields = customFields;
    }

    @QueryMapping
    Asset asset(@Argument String id, @AuthenticationPrincipal Actor actor) {
        return queries.get(actor, Ids.require(id, "id"));
    }

    @QueryMapping
    Connection<Asset> assets(
            @Argument AssetFilterInput filter,
            @Argument AssetOrderInput orderBy,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        AssetFilter assetFilter = filter == null ? AssetFilter.none() : filter.toFilter();
        AssetOrder order = orderBy == null ? AssetOrder.NEWEST_FIRST : orderBy.toOrder();
        return Connection.of(queries.window(actor, assetFilter, order, first, after));
    }

    @QueryMapping
    List<AssetStatus> assetStatuses(@Argument Boolean includeArchived, @AuthenticationPrincipal Actor actor) {
        return catalog.statuses(actor, Boolean.TRUE.equals(includeArchived));
    }

    @QueryMapping
    List<CustomFieldDefinition> assetCustomFields(@AuthenticationPrincipal Actor actor) {
        return customFields.assetFields(actor);
    }

    @MutationMapping
    AssetPayload createAsset(@Argument CreateAssetInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetPayload(registration.create(actor, input.toCommand()));
    }

    @MutationMapping
    AssetPayload updateAsset(@Argument UpdateAssetInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        return new AssetPayload(updates.update(actor, id, input.toCommand()));
    }

    @MutationMapping
    AssetPayload archiveAsset(@Argument ArchiveAssetInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetPayload(archiving.archive(actor, Ids.require(input.id(), "input.id"), input.lockVersion()));
    }

    @MutationMapping
    AssetPayload assignAsset(@Argument AssignAssetInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetPayload(assignments.assign(
                actor, Ids.require(input.id(), "input.id"), Ids.require(input.userId(), "input.userId")));
    }

    @MutationMapping
    AssetPayload unassignAsset(@Argument AssignAssetInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetPayload(assignments.unassign(
                actor, Ids.require(input.id(), "input.id"), Ids.require(input.userId(), "input.userId")));
    }

    @MutationMapping
    AssetNotePayload addAssetNote(@Argument AddAssetNoteInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetNotePayload(
                notes.addNote(actor, Ids.require(input.assetId(), "input.assetId"), input.content()));
    }

    @MutationMapping
    AssetNotePayload editAssetNote(@Argument EditAssetNoteInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetNotePayload(notes.editNote(actor, Ids.require(input.id(), "input.id"), input.content()));
    }

    @MutationMapping
    DeletedPayload deleteAssetNote(@Argument DeleteAssetNoteInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        notes.deleteNote(actor, id);
        return DeletedPayload.of(id);
    }

    @MutationMapping
    CustomFieldPayload defineAssetCustomField(
            @Argument DefineAssetCustomFieldInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new CustomFieldPayload(customFields.defineAssetField(
                actor,
                input.key(),
                input.name(),
                input.type(),
                input.options(),
                Boolean.TRUE.equals(input.required())));
    }
}
