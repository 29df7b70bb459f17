package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.project.ProjectService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Assets over HTTP, with manufacturer, supplier, type and location sent as names. */
@PolydeskIntegrationTest
class JitbitAssetsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUser admin;
    private TestUser agent;
    private TestUser customer;
    private String suffix;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    private JitbitClient as(TestUser user) {
        return JitbitClient.as(port, user);
    }

    private long create(String model) {
        JsonNode created = as(agent)
                .form(
                        "/api/Asset",
                        "modelName",
                        model,
                        "manufacturer",
                        "Dell " + suffix,
                        "type",
                        "Laptop " + suffix,
                        "supplier",
                        "CDW " + suffix,
                        "serialNumber",
                        "SN-" + suffix,
                        "location",
                        "HQ " + suffix,
                        "comments",
                        "Spare",
                        "quantity",
                        "2")
                .expect(200)
                .json();
        assertThat(created.propertyNames()).containsExactly("id");
        return created.get("id").asLong();
    }

    @Test
    void createAnswersAnIdObjectAndRegistersNamedLookups() {
        long id = create("Latitude 7440");
        long second = create("Latitude 5540");

        JsonNode asset = as(agent).get("/api/Asset?id=" + id).expect(200).json();
        assertThat(asset.get("ItemID").asLong()).isEqualTo(id);
        assertThat(asset.get("ModelName").asString()).isEqualTo("Latitude 7440");
        assertThat(asset.get("Manufacturer").asString()).isEqualTo("Dell " + suffix);
        assertThat(asset.get("Type").asString()).isEqualTo("Laptop " + suffix);
        assertThat(asset.get("Supplier").asString()).isEqualTo("CDW " + suffix);
        assertThat(asset.get("Location").asString()).isEqualTo("HQ " + suffix);
        assertThat(asset.get("SerialNumber").asString()).isEqualTo("SN-" + suffix);
        assertThat(asset.get("Comments").asString()).isEqualTo("Spare");
        assertThat(asset.get("Quantity").asInt()).isEqualTo(2);
        JsonNode other = as(agent).get("/api/Asset/" + second).expect(200).json();
        assertThat(other.get("ManufacturerID").asLong())
                .isEqualTo(asset.get("ManufacturerID").asLong());
        assertThat(other.get("TypeID").asLong()).isEqualTo(asset.get("TypeID").asLong());

        assertThat(as(agent).form("/api/Asset", "manufacturer", "x").expect(400).text())
                .contains("modelName");
        as(customer).form("/api/Asset", "modelName", "Mine").expect(403);
        as(agent).get("/api/Asset?id=987654321").expect(404);
    }

    @Test
    void updateAssetAnswersTheAssetAndCustomFieldsAreSet() {
        long id = create("ThinkPad");
        long field = context.getBean(CustomFieldService.class)
                .defineAssetField(
                        admin.actor(), "ram_" + suffix, "RAM " + suffix, CustomFieldType.STRING, List.of(), false)
                .id();

        JsonNode updated = as(agent)
                .form(
                        "/api/UpdateAsset",
                        "id",
                        Long.toString(id),
                        "modelName",
                        "ThinkPad X1",
                        "location",
                        "Branch " + suffix)
                .expect(200)
                .json();
        assertThat(updated.get("ModelName").asString()).isEqualTo("ThinkPad X1");
        assertThat(updated.get("Location").asString()).isEqualTo("Branch " + suffix);
        assertThat(updated.get("Manufacturer").asString()).isEqualTo("Dell " + suffix);

        as(agent)
                .form(
                        "/api/SetCustomFieldForAsset",
                        "id",
                        Long.toString(id),
                        "fieldId",
                        Long.toString(field),
                        "value",
                        "32GB")
                .expect(200);
        JsonNode fields =
                as(agent).get("/api/Asset?id=" + id).expect(200).json().get("Fields");
        assertThat(fields).extracting(f -> f.get("Value").asString()).containsExactly("32GB");
    }

    @Test
    void assignToUsersListByAssigneeAndLinkToTickets() {
        long id = create("Monitor");
        as(agent)
                .form("/api/AssignAssetToUser", "assetId", Long.toString(id), "userId", Long.toString(customer.id()))
                .expect(200);

        JsonNode mine = as(agent)
                .get("/api/Assets?assignedToUserId=" + customer.id())
                .expect(200)
                .json();
        assertThat(mine).extracting(a -> a.get("ItemID").asLong()).containsExactly(id);
        assertThat(mine.get(0).get("AssignedUsers"))
                .extracting(u -> u.get("UserID").asLong())
                .containsExactly(customer.id());
        assertThat(as(customer).get("/api/Assets").expect(200).json())
                .extracting(a -> a.get("ItemID").asLong())
                .containsExactly(id);

        long category = context.getBean(ProjectService.class)
                .create(admin.actor(), "Assets " + suffix, null)
                .id();
        long ticket = as(customer)
                .form("/api/ticket", "categoryId", Long.toString(category), "body", "Broken", "subject", "Monitor")
                .expect(200)
                .id();
        as(agent)
                .form("/api/AddAssetToTicket", "assetId", Long.toString(id), "ticketId", Long.toString(ticket))
                .expect(200);

        as(agent)
                .form("/api/UnAssignAssetToUser", "assetId", Long.toString(id), "userId", Long.toString(customer.id()))
                .expect(200);
        assertThat(as(agent)
                        .get("/api/Assets?assignedToUserId=" + customer.id())
                        .expect(200)
                        .json())
                .isEmpty();
        assertThat(as(agent).get("/api/Assets?page=0").expect(400).text()).contains("page");
        assertThat(as(agent)
                        .get("/api/Assets?assignedToCompanyId=1")
                        .expect(400)
                        .text())
                .contains("assignedToCompanyId");
    }
}
