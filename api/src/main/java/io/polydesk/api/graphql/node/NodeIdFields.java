package io.polydesk.api.graphql.node;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.PropertyDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wires every id the schema answers: a Node's {@code id} (the global id in version 2, the number otherwise) and
 * {@code internalId} (always the number), and the {@code ...Id} fields that name another object, so that in
 * version 2 a client never sees a bare number where it could pass an id back.
 */
final class NodeIdFields extends GraphQLTypeVisitorStub {

    /** The type an {@code ...Id} field names, by field name; {@code Type.field} entries win. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("ticketId", "Ticket"),
            Map.entry("endpointId", "WebhookEndpoint"),
            Map.entry("commentId", "Comment"),
            Map.entry("attachmentId", "Attachment"),
            Map.entry("mergedTicketId", "Ticket"),
            Map.entry("assetId", "Asset"),
            Map.entry("teamId", "Team"),
            Map.entry("assigneeId", "User"),
            Map.entry("requesterId", "User"),
            Map.entry("ownerId", "User"),
            Map.entry("assignedUserId", "User"),
            Map.entry("projectId", "Project"),
            Map.entry("companyId", "Company"),
            Map.entry("statusId", "AssetStatus"),
            Map.entry("locationId", "Location"),
            Map.entry("typeId", "AssetType"),
            Map.entry("Ticket.typeId", "TicketType"),
            Map.entry("Task.typeId", "TaskType"));

    /** Delete and archive payloads answer the id of what is gone: DeleteTicketPayload names a Ticket. */
    private static final Pattern GONE = Pattern.compile("(?:Delete|Archive)([A-Za-z]+)Payload");

    @Override
    public TraversalControl visitGraphQLObjectType(
            GraphQLObjectType type, TraverserContext<GraphQLSchemaElement> context) {
        GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
        boolean node = type.getInterfaces().stream().anyMatch(i -> i.getName().equals(NodeTypes.INTERFACE));
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            String referenced = referencedType(type, field, node);
            if (referenced == null) {
                continue;
            }
            FieldCoordinates coordinates = FieldCoordinates.coordinates(type.getName(), field.getName());
            DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
            registry.dataFetcher(coordinates, (DataFetcher<Object>)
                    env -> GraphQlVersion.second(env) ? global(referenced, original.get(env)) : original.get(env));
            if (node && field.getName().equals("id") && type.getFieldDefinition("internalId") != null) {
                // The default fetcher reads the property the field is named after, so name "id" explicitly.
                DataFetcher<?> id = PropertyDataFetcher.fetching("id");
                registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), "internalId"), (DataFetcher<Object>)
                        env -> number(id.get(env)));
            }
        }
        return TraversalControl.CONTINUE;
    }

    private static String referencedType(GraphQLObjectType type, GraphQLFieldDefinition field, boolean node) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(field.getType());
        GraphQLType leaf = GraphQLTypeUtil.unwrapAll(field.getType());
        if (!(leaf instanceof GraphQLNamedType named) || !named.getName().equals("ID")) {
            return null;
        }
        if (field.getName().equals("id")) {
            if (node) {
                return type.getName();
            }
            Matcher gone = GONE.matcher(type.getName());
            return gone.matches() && !(unwrapped instanceof GraphQLList) ? gone.group(1) : null;
        }
        String byType = REFERENCES.get(type.getName() + "." + field.getName());
        return byType != null ? byType : REFERENCES.get(field.getName());
    }

    private static Object global(String type, Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Collection<?> many) {
            return many.stream().map(one -> global(type, one)).toList();
        }
        Long key = NodeTypes.key(raw);
        return key == null ? raw : new GlobalId(type, key).encoded();
    }

    private static Object number(Object raw) {
        return raw == null ? null : NodeTypes.key(raw);
    }
}
