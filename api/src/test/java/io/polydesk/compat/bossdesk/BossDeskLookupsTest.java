package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.AssetTypeService;
import io.polydesk.domain.asset.AssetVendorService;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.OrganisationCommands.CreateUserGroup;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.organisation.UserGroupService;
import io.polydesk.domain.task.TaskService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The lookup lists of §6.4, their BOSSDesk codes, and the paged, searchable groups and manufacturers. */
@PolydeskIntegrationTest
class BossDeskLookupsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void everyLookupListIsABareArray() {
        TestUser admin = new TestUsers(context).admin();
        context.getBean(TaskService.class).createType(admin.actor(), "Development " + suffix);
        context.getBean(TeamService.class).createTeam(admin.actor(), new CreateTeam("Hardware " + suffix, null));
        context.getBean(AssetTypeService.class).create(admin.actor(), "Desktop " + suffix, null, "fa-bars");
        BossDeskClient agent = BossDeskClient.as(port, new TestUsers(context).agent());

        for (String path : List.of(
                "/ci_statuses",
                "/ci_types",
                "/custom_fields",
                "/helpdesk_categories",
                "/helpdesk_extended_statuses",
                "/helpdesk_priorities",
                "/locations",
                "/tags",
                "/task_types",
                "/teams",
                "/ticket_types",
                "/groups",
                "/manufacturers")) {
            assertThat(agent.get(path).expect(200).json().isArray()).as(path).isTrue();
        }
        assertThat(agent.get("/task_types").json())
                .anySatisfy(t -> assertThat(t.get("name").asString()).isEqualTo("Development " + suffix));
        assertThat(agent.get("/teams").json())
                .anySatisfy(t -> assertThat(t.get("name").asString()).isEqualTo("Hardware " + suffix));
        assertThat(agent.get("/ci_types").json())
                .anySatisfy(t -> assertThat(t.get("icon").asString()).isEqualTo("fa-bars"));
        JsonNode priorities = agent.get("/helpdesk_priorities").json();
        assertThat(priorities.get(0).get("level").asInt()).isEqualTo(1);
        assertThat(priorities.get(0).has("color")).isTrue();
        assertThat(agent.get("/helpdesk_extended_statuses").json())
                .anySatisfy(s -> assertThat(s.get("name").asString()).isEqualTo("On Hold"));
    }

    @Test
    void customFieldsCarryBossDeskTypeCodesAndOptions() {
        TestUser admin = new TestUsers(context).admin();
        CustomFieldService fields = context.getBean(CustomFieldService.class);
        CustomFieldDefinition cost =
                fields.define(admin.actor(), "cost_" + suffix, "Cost", CustomFieldType.DECIMAL, List.of(), false);
        CustomFieldDefinition kind = fields.define(
                admin.actor(),
                "incident_" + suffix,
                "Incident type",
                CustomFieldType.DROPDOWN,
                List.of("Broken switch", "Broken cable"),
                false);

        JsonNode list = BossDeskClient.as(port, new TestUsers(context).agent())
                .get("/custom_fields")
                .expect(200)
                .json();

        JsonNode costField = find(list, cost.id());
        assertThat(costField.get("type_id").asInt()).isEqualTo(5);
        assertThat(costField.get("owner_class").asString()).isEqualTo("ticket");
        JsonNode kindField = find(list, kind.id());
        assertThat(kindField.get("type_id").asInt()).isEqualTo(8);
        assertThat(kindField.get("options").get(1).get("name").asString()).isEqualTo("Broken cable");
    }

    @Test
    void groupsAndManufacturersArePagedAndSearchableByName() {
        TestUser admin = new TestUsers(context).admin();
        UserGroupService organisation = context.getBean(UserGroupService.class);
        AssetVendorService vendors = context.getBean(AssetVendorService.class);
        for (int i = 0; i < 3; i++) {
            organisation.createUserGroup(admin.actor(), new CreateUserGroup("Bulls " + suffix + " " + i, null));
            vendors.create(admin.actor(), VendorKind.MANUFACTURER, "BOSS " + suffix + " " + i);
        }
        BossDeskClient agent = BossDeskClient.as(port, new TestUsers(context).agent());

        assertThat(agent.get("/groups?q[name_cont]=" + suffix).json()).hasSize(3);
        assertThat(agent.get("/groups?q[name_cont]=" + suffix + "&per_page=2&page=2")
                        .json())
                .hasSize(1);
        JsonNode one =
                agent.get("/manufacturers?q[name_eq]=boss%20" + suffix + "%201").json();
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("name").asString()).isEqualTo("BOSS " + suffix + " 1");
        assertThat(one.get(0).has("updated_at")).isTrue();
        assertThat(agent.get("/manufacturers?q[name_start]=BOSS%20" + suffix + "&per_page=2")
                        .json())
                .hasSize(2);
        // Either condition, in name order, searched and paged by the database; a % in the value is literal.
        assertThat(agent.get("/groups?q[m]=or&q[name_eq]=bulls%20" + suffix + "%200&q[name_end]=" + suffix + "%202")
                        .json())
                .extracting(g -> g.get("name").asString())
                .containsExactly("Bulls " + suffix + " 0", "Bulls " + suffix + " 2");
        assertThat(agent.get("/groups?q[name_cont]=" + suffix + "&q[name_not_cont]=" + suffix + "%201")
                        .json())
                .hasSize(2);
        assertThat(agent.get("/manufacturers?q[name_cont]=" + suffix + "%25").json())
                .isEmpty();
    }

    @Test
    void customersMayNotListStaffLookups() {
        BossDeskClient customer = BossDeskClient.as(port, new TestUsers(context).customer());

        customer.get("/teams").expect(403);
        customer.get("/ci_statuses").expect(403);
        customer.get("/manufacturers").expect(403);
        customer.get("/ticket_types").expect(200);
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id && n.get("owner_class").asString().equals("ticket")) {
                return n;
            }
        }
        throw new AssertionError("custom field " + id + " not listed");
    }
}
