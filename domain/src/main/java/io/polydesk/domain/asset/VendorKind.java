package io.polydesk.domain.asset;

/** The two lookup lists of companies an asset names: who made it and who sold it. */
public enum VendorKind {
    MANUFACTURER("Manufacturer", "manufacturerId"),
    SUPPLIER("Supplier", "supplierId");

    private final String label;
    private final String assetField;

    VendorKind(String label, String assetField) {
        this.label = label;
        this.assetField = assetField;
    }

    /** As error messages name it. */
    public String label() {
        return label;
    }

    /** The asset field that refers to one. */
    public String assetField() {
        return assetField;
    }
}
