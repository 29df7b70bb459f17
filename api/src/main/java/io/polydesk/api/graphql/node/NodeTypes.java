package io.polydesk.api.graphql.node;

import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.VendorKind;
import java.util.Map;

/**
 * Which GraphQL type a Java object answered as a Node is (its class's simple name unless mapped), and the
 * numeric key inside any id value.
 */
final class NodeTypes implements TypeResolver {

    static final String INTERFACE = "Node";

    private final Map<Class<?>, String> names;

    NodeTypes(Map<Class<?>, String> names) {
        this.names = Map.copyOf(names);
    }

    @Override
    public GraphQLObjectType getType(TypeResolutionEnvironment env) {
        Object object = env.getObject();
        String name = object instanceof AssetVendor vendor
                ? (vendor.kind() == VendorKind.MANUFACTURER ? "Manufacturer" : "Supplier")
                : names.getOrDefault(object.getClass(), object.getClass().getSimpleName());
        return name == null ? null : env.getSchema().getObjectType(name);
    }

    /** The number an id value holds (ids are longs in the domain and numeric strings in some payloads). */
    static Long key(Object raw) {
        if (raw instanceof Number number) {
            return number.longValue();
        }
        if (raw instanceof String text && text.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(text);
        }
        return null;
    }
}
