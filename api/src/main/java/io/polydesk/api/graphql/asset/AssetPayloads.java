package io.polydesk.api.graphql.asset;

import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetNote;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetTicketLink;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.ticket.Ticket;

/** The payloads of the asset mutations: what each write produced, as it is after the write. */
public final class AssetPayloads {

    private AssetPayloads() {}

    public record AssetPayload(Asset asset) {}

    public record AssetNotePayload(AssetNote note) {}

    public record AssetTypePayload(AssetType assetType) {}

    public record LocationPayload(Location location) {}

    public record CustomFieldPayload(CustomFieldDefinition customField) {}

    public record AssetStatusPayload(AssetStatus assetStatus) {}

    public record ManufacturerPayload(AssetVendor manufacturer) {}

    public record SupplierPayload(AssetVendor supplier) {}

    public record AssetTicketPayload(Asset asset, Ticket ticket) {

        static AssetTicketPayload of(AssetTicketLink link) {
            return new AssetTicketPayload(link.asset(), link.ticket());
        }
    }
}
