package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.CiDetail;
import io.polydesk.compat.bossdesk.dto.CiItem;
import io.polydesk.compat.bossdesk.dto.NoteItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetArchiving;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.asset.AssetNote;
import io.polydesk.domain.asset.AssetNotes;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.AssetUpdates;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.asset.UpdateAsset;
import io.polydesk.domain.catalog.CatalogQueries;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.OffsetPage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * CIs are Polydesk assets, by {@code friendly_id} (the asset id): list, detail, by barcode (the CI's name, as
 * {@code GET /account} says), create, update (204), delete (archives, 204), and notes.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskCiController {

    static final Set<String> ATTRIBUTES =
            Set.of("type_id", "status_id", "location_id", "users_id", "tags_name", "name_or_description");

    private static final Set<String> CONDITIONS = Set.of(
            "type_id_eq", "status_id_eq", "location_id_eq", "users_id_eq", "tags_name_eq", "name_or_description_cont");

    private final AssetQueries queries;
    private final AssetRegistration registration;
    private final AssetUpdates updates;
    private final AssetArchiving archiving;
    private final AssetNotes notes;
    private final CatalogQueries catalog;
    private final CustomFieldService customFields;
    private final BossDeskCiViews views;

    BossDeskCiController(
            AssetQueries queries,
            AssetRegistration registration,
            AssetUpdates updates,
            AssetArchiving archiving,
            AssetNotes notes,
            CatalogQueries catalog,
            CustomFieldService customFields,
            BossDeskCiViews views) {
        this.queries = queries;
        this.registration = registration;
        this.updates = updates;
        this.archiving = archiving;
        this.notes = notes;
        this.catalog = catalog;
        this.customFields = customFields;
        this.views = views;
    }

    @GetMapping("/cis")
    List<CiItem> list(@AuthenticationPrincipal Actor actor, @RequestParam MultiValueMap<String, String> params) {
        Actor.requireStaff(actor);
        Ransack q = Ransack.parse(params, ATTRIBUTES);
        OffsetPage page = BossDeskPaging.of(params);
        List<Ransack.Condition> known = q.conditions().stream()
                .filter(c -> CONDITIONS.contains(c.attribute() + "_" + c.predicate()))
                .toList();
        if (!q.any() || known.size() < 2) {
            return views.items(
                    queries.page(actor, filter(known), order(q), page).items());
        }
        // q[m]=or: one filter per condition, OR-ed in SQL.
        return views.items(queries.itemsOfAny(
                actor, known.stream().map(c -> filter(List.of(c))).toList(), order(q), page));
    }

    @GetMapping("/cis/{friendlyId}")
    CiDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        Actor.requireStaff(actor);
        return views.detail(actor, queries.get(actor, friendlyId));
    }

    /** The barcode encodes the CI's name; the first CI of that name (ignoring case), by id, from the name index. */
    @GetMapping("/cis/by_barcode/{barcode}")
    CiDetail byBarcode(@AuthenticationPrincipal Actor actor, @PathVariable String barcode) {
        Asset found = queries.firstByName(actor, barcode)
                .orElseThrow(() -> DomainException.notFound("CI with barcode", barcode));
        return views.detail(actor, found);
    }

    @PostMapping("/cis")
    ResponseEntity<CiDetail> create(
            @AuthenticationPrincipal Actor actor, @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        JsonNode raw = body == null ? null : body.get("ci");
        JsonBody fields = BossDeskParams.require(body, "ci");
        Change<String> name = fields.text("name");
        CreateAsset.Builder create = CreateAsset.builder()
                .name(name.value())
                .description(fields.text("description").value())
                .manufacturerId(fields.id("manufacturer_id").value())
                .model(fields.text("model").value())
                .serialNumber(fields.text("serial_number").value())
                .controlNumber(fields.text("control_number").value())
                .statusId(fields.id("status_id").value())
                .typeId(fields.id("type_id").value())
                .locationId(fields.id("location_id").value());
        List<Long> userIds = BossDeskParams.ids(raw, "user_ids", fields);
        List<String> tags = tags(raw, fields);
        Map<String, String> values = BossDeskCustomFields.read(raw, fields, customFields.assetFields(actor));
        if (name.value() == null || name.value().isBlank()) {
            fields.reject("name", BossDeskErrors.BLANK);
        }
        fields.validate();
        Asset created = registration.create(
                actor, create.userIds(userIds).tags(tags).customFields(values).build());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(actor, created));
    }

    @PatchMapping("/cis/{friendlyId}")
    ResponseEntity<Void> update(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        JsonNode raw = body == null ? null : body.get("ci");
        JsonBody fields = BossDeskParams.require(body, "ci");
        UpdateAsset.Builder update = UpdateAsset.builder()
                .name(fields.text("name"))
                .description(fields.text("description"))
                .manufacturerId(fields.id("manufacturer_id"))
                .model(fields.text("model"))
                .serialNumber(fields.text("serial_number"))
                .controlNumber(fields.text("control_number"))
                .statusId(fields.id("status_id"))
                .typeId(fields.id("type_id"))
                .locationId(fields.id("location_id"));
        if (raw.has("user_ids")) {
            List<Long> userIds = BossDeskParams.ids(raw, "user_ids", fields);
            update.userIds(userIds == null ? Change.keep() : Change.to(userIds));
        }
        if (raw.has("tag_ids")) {
            List<String> tags = tags(raw, fields);
            update.tags(tags == null ? Change.keep() : Change.to(tags));
        }
        if (raw.has("custom_fields")) {
            update.customFields(Change.to(BossDeskCustomFields.read(raw, fields, customFields.assetFields(actor))));
        }
        fields.validate();
        updates.update(actor, friendlyId, update.build());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/cis/{friendlyId}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        archiving.archive(actor, friendlyId, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cis/{friendlyId}/notes")
    ResponseEntity<NoteItem> addNote(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        String text = noteText(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.note(notes.addNote(actor, friendlyId, text)));
    }

    /** Answers 200 with the note, unlike the other updates. */
    @PatchMapping("/cis/{friendlyId}/notes/{id}")
    NoteItem editNote(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @PathVariable long id,
            @RequestBody(required = false) JsonNode body) {
        note(actor, friendlyId, id);
        String text = noteText(body);
        return views.note(notes.editNote(actor, id, text));
    }

    /** Answers 200 with the note as it was. */
    @DeleteMapping("/cis/{friendlyId}/notes/{id}")
    NoteItem deleteNote(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId, @PathVariable long id) {
        AssetNote note = note(actor, friendlyId, id);
        NoteItem shown = views.note(note);
        notes.deleteNote(actor, id);
        return shown;
    }

    private AssetNote note(Actor actor, long friendlyId, long noteId) {
        Actor.requireStaff(actor);
        Asset ci = queries.get(actor, friendlyId);
        return queries.notesOf(actor, List.of(ci.id())).getOrDefault(ci.id(), List.of()).stream()
                .filter(n -> n.id() == noteId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Note", noteId));
    }

    private static String noteText(JsonNode body) {
        JsonBody fields = BossDeskParams.require(body, "note");
        Change<String> text = fields.text("text");
        if (text.value() == null || text.value().isBlank()) {
            fields.reject("text", BossDeskErrors.BLANK);
        }
        fields.validate();
        return text.value();
    }

    private List<String> tags(JsonNode raw, JsonBody fields) {
        List<Long> ids = BossDeskParams.ids(raw, "tag_ids", fields);
        if (ids == null) {
            return null;
        }
        Map<Long, Tag> known = catalog.tagsByIds(ids);
        if (!known.keySet().containsAll(ids)) {
            fields.reject("tag_ids", BossDeskErrors.INVALID);
            return null;
        }
        return ids.stream().distinct().map(id -> known.get(id).name()).toList();
    }

    /** Conditions AND-ed into the asset filter; a type or location includes its subtree, as Polydesk's does. */
    private static AssetFilter filter(List<Ransack.Condition> conditions) {
        AssetFilter.Builder filter = AssetFilter.builder();
        for (Ransack.Condition c : conditions) {
            try {
                switch (c.attribute() + "_" + c.predicate()) {
                    case "type_id_eq" -> filter.typeId(Long.parseLong(c.value()));
                    case "status_id_eq" -> filter.statusId(Long.parseLong(c.value()));
                    case "location_id_eq" -> filter.locationId(Long.parseLong(c.value()));
                    case "users_id_eq" -> filter.assignedUserId(Long.parseLong(c.value()));
                    case "tags_name_eq" -> filter.tag(c.value());
                    case "name_or_description_cont" -> filter.text(c.value());
                    default -> {
                        // ignored, as Ransack ignores what it does not know
                    }
                }
            } catch (NumberFormatException e) {
                // a value Ransack cannot cast drops its condition
            }
        }
        return filter.build();
    }

    private static AssetOrder order(Ransack q) {
        for (Ransack.Sort s : q.sorts()) {
            AssetOrder.Field field = switch (s.attribute()) {
                case "id", "friendly_id" -> AssetOrder.Field.ID;
                case "name" -> AssetOrder.Field.NAME;
                case "created_at" -> AssetOrder.Field.CREATED_AT;
                case "updated_at" -> AssetOrder.Field.UPDATED_AT;
                default -> null;
            };
            if (field != null) {
                return new AssetOrder(field, s.descending());
            }
        }
        return AssetOrder.BY_NAME;
    }
}
