package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.AssetDetail;
import io.polydesk.compat.arctyk.dto.AssetItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.compat.support.drf.DrfFieldWording;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetArchiving;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetUpdates;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.UpdateAsset;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.user.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Arctyk's asset endpoints: a bare list with its three filters, detail, create, partial update and delete. */
@RestController
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykAssetController {

    private static final AssetOrder ORDER = new AssetOrder(AssetOrder.Field.ID, false);
    /** The domain's limit on listing text, checked here so the error names Arctyk's parameter. */
    private static final int MAX_SEARCH = 200;

    private final AssetRegistration registration;
    private final AssetUpdates updates;
    private final AssetArchiving archiving;
    private final AssetQueries queries;
    private final ArctykAssetViews views;
    private final ArctykAssetConverter converter;

    ArctykAssetController(
            AssetRegistration registration,
            AssetUpdates updates,
            AssetArchiving archiving,
            AssetQueries queries,
            ArctykAssetViews views,
            ArctykAssetConverter converter) {
        this.registration = registration;
        this.updates = updates;
        this.archiving = archiving;
        this.queries = queries;
        this.views = views;
        this.converter = converter;
    }

    @GetMapping({"/assets", "/assets/"})
    List<AssetItem> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String limit) {
        Actor.require(actor);
        if (search != null && search.strip().length() > MAX_SEARCH) {
            throw RequestRejected.field("search", "Ensure this field has no more than " + MAX_SEARCH + " characters.");
        }
        OffsetPage window = new OffsetPage(
                positive("page", page, 1),
                Math.min(positive("limit", limit, OffsetPage.MAX_SIZE), OffsetPage.MAX_SIZE));
        Long typeId = null;
        Long statusId = null;
        if (type != null && !type.isBlank()) {
            Optional<AssetType> found = views.type(actor, type);
            if (found.isEmpty()) {
                return List.of();
            }
            typeId = found.get().id();
        }
        if (status != null && !status.isBlank()) {
            Optional<AssetStatus> found = views.status(actor, status);
            if (found.isEmpty()) {
                return List.of();
            }
            statusId = found.get().id();
        }
        AssetFilter filter = AssetFilter.builder()
                .typeId(typeId)
                .statusId(statusId)
                .text(search)
                .build();
        List<Asset> assets = queries.page(actor, filter, ORDER, window).items();
        return views.views(actor, assets).stream().map(converter::toItem).toList();
    }

    @GetMapping({"/assets/{id}", "/assets/{id}/"})
    AssetDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        Asset asset = queries.get(actor, id);
        if (asset.archived()) {
            // Arctyk's delete removes the asset, so a deleted one is gone for everybody.
            throw DomainException.notFound("Asset", id);
        }
        return converter.toDetail(views.view(actor, asset));
    }

    @PostMapping({"/assets", "/assets/"})
    ResponseEntity<AssetDetail> create(@AuthenticationPrincipal Actor actor, @RequestBody JsonNode body) {
        Actor.requireStaff(actor);
        Fields f = fields(actor, body);
        Asset created = registration.create(
                actor,
                CreateAsset.builder()
                        .name(f.name.value())
                        .description(f.description.value())
                        .typeId(f.typeId.value())
                        .statusId(f.statusId.value())
                        .locationId(f.locationId.value())
                        .manufacturerId(f.manufacturerId.value())
                        .model(f.model.value())
                        .serialNumber(f.serialNumber.value())
                        .ownerId(f.ownerId.value())
                        .build());
        return ResponseEntity.status(HttpStatus.CREATED).body(converter.toDetail(views.view(actor, created)));
    }

    @PatchMapping({"/assets/{id}", "/assets/{id}/"})
    AssetDetail update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        Actor.requireStaff(actor);
        Fields f = fields(actor, body);
        Asset current = queries.get(actor, id);
        if (current.archived()) {
            throw DomainException.notFound("Asset", id);
        }
        Asset updated = updates.update(
                actor,
                id,
                UpdateAsset.builder()
                        .name(f.name)
                        .description(f.description)
                        .typeId(f.typeId)
                        .statusId(f.statusId)
                        .locationId(f.locationId)
                        .ownerId(f.ownerId)
                        .manufacturerId(f.manufacturerId)
                        .model(f.model)
                        .serialNumber(f.serialNumber)
                        .build());
        return converter.toDetail(views.view(actor, updated));
    }

    @DeleteMapping({"/assets/{id}", "/assets/{id}/"})
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        Asset current = queries.get(actor, id);
        if (current.archived()) {
            throw DomainException.notFound("Asset", id);
        }
        archiving.archive(actor, id, null);
        return ResponseEntity.noContent().build();
    }

    /** The fields create and update accept, with Arctyk's names turned into ids (null clears, as in PATCH). */
    private record Fields(
            Change<String> name,
            Change<String> description,
            Change<Long> typeId,
            Change<Long> statusId,
            Change<Long> locationId,
            Change<Long> ownerId,
            Change<Long> manufacturerId,
            Change<String> model,
            Change<String> serialNumber) {}

    private Fields fields(Actor actor, JsonNode node) {
        JsonBody body = JsonBody.of(node, DrfFieldWording.INSTANCE);
        Change<String> name = body.text("name");
        Change<String> description = body.text("description");
        Change<String> type = body.text("type");
        Change<String> status = body.text("status");
        Change<String> location = body.text("location");
        Change<String> owner = body.text("owner");
        Change<String> manufacturer = body.text("manufacturer");
        Change<String> model = body.text("model");
        Change<String> serialNumber = body.text("serial_number");
        body.validate();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (status.isPresent() && status.value() == null) {
            errors.put("status", List.of("This field may not be null."));
        }
        Change<Long> typeId = resolve(
                type,
                "type",
                t -> views.type(actor, t).map(AssetType::id),
                t -> "\"" + t + "\" is not a valid choice.",
                errors);
        Change<Long> statusId = resolve(
                status,
                "status",
                s -> views.status(actor, s).map(AssetStatus::id),
                s -> "\"" + s + "\" is not a valid choice.",
                errors);
        Change<Long> locationId = resolve(
                location,
                "location",
                l -> views.location(actor, l).map(Location::id),
                l -> "Object with name=" + l + " does not exist.",
                errors);
        Change<Long> ownerId = resolve(
                owner,
                "owner",
                o -> views.owner(o).map(User::id),
                o -> "Object with email=" + o + " does not exist.",
                errors);
        Change<Long> manufacturerId = resolve(
                manufacturer,
                "manufacturer",
                m -> views.manufacturer(m).map(AssetVendor::id),
                m -> "Object with name=" + m + " does not exist.",
                errors);
        if (!errors.isEmpty()) {
            throw RequestRejected.fields(errors);
        }
        return new Fields(
                name, description, typeId, statusId, locationId, ownerId, manufacturerId, model, serialNumber);
    }

    private static Change<Long> resolve(
            Change<String> name,
            String field,
            Function<String, Optional<Long>> lookup,
            Function<String, String> unknown,
            Map<String, List<String>> errors) {
        if (!name.isPresent() || name.value() == null) {
            return name.isPresent() ? Change.to(null) : Change.keep();
        }
        if (name.value().isBlank()) {
            return Change.to(null);
        }
        Optional<Long> id = lookup.apply(name.value());
        if (id.isEmpty()) {
            errors.put(field, List.of(unknown.apply(name.value())));
            return Change.keep();
        }
        return Change.to(id.get());
    }

    private static int positive(String name, String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw RequestRejected.field(name, "A valid integer of at least 1 is required.");
    }
}
