package io.polydesk.api.graphql.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.workflow.Workflow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

/** Projects, statuses, priorities and custom field definitions: the lookups every client loads first. */
@PolydeskIntegrationTest
class CatalogTest extends GraphQlTestSupport {

    private static final String CREATE = """
            mutation ($input: CreateProjectInput!) {
              createProject(input: $input) { project { id name description } }
            }""";

    private static final String UPDATE = """
            mutation ($input: UpdateProjectInput!) {
              updateProject(input: $input) { project { id name description } }
            }""";

    private static final String DELETE = """
            mutation ($input: DeleteProjectInput!) { deleteProject(input: $input) { id } }""";

    private static final String ARCHIVE = """
            mutation ($input: ArchiveProjectInput!) { archiveProject(input: $input) { id } }""";

    @Autowired
    Workflow workflow;

    @Autowired
    CustomFieldService customFields;

    @Test
    void everyoneSignedInListsProjectsWithTicketCounts() {
        Project project = project();
        TestUser customer = users.customer();
        ticketCreation.create(
                users.agent().actor(),
                CreateTicket.builder()
                        .title("In project")
                        .projectId(project.id())
                        .requesterId(customer.id())
                        .build());

        ticketCreation.create(
                users.agent().actor(),
                CreateTicket.builder()
                        .title("Someone else's")
                        .projectId(project.id())
                        .requesterId(users.customer().id())
                        .build());

        as(customer)
                .document("{ projects { id name ticketCount } }")
                .execute()
                .path("projects[?(@.id == '" + project.id() + "')].ticketCount")
                .entityList(Integer.class)
                .containsExactly(1);
        as(users.agent())
                .document("{ projects { id name ticketCount } }")
                .execute()
                .path("projects[?(@.id == '" + project.id() + "')].ticketCount")
                .entityList(Integer.class)
                .containsExactly(2);
    }

    @Test
    void anonymousCannotListProjects() {
        singleError(anonymous().document("{ projects { id } }").execute(), "UNAUTHORIZED");
    }

    @Test
    void statusesAndPrioritiesComeInWorkflowOrder() {
        as(users.customer())
                .document("{ statuses { key name category } priorities { key level } }")
                .execute()
                .path("statuses[*].key")
                .entityList(String.class)
                .containsExactly(workflow.statuses().stream().map(s -> s.key()).toArray(String[]::new))
                .path("priorities[*].key")
                .entityList(String.class)
                .containsExactly(
                        workflow.priorities().stream().map(p -> p.key()).toArray(String[]::new));
    }

    @Test
    void anonymousCannotListStatuses() {
        singleError(anonymous().document("{ statuses { key } }").execute(), "UNAUTHORIZED");
    }

    @Test
    void customFieldDefinitionsAreListed() {
        String key = "dd_" + unique();
        customFields.define(
                users.admin().actor(), key, "Site", CustomFieldType.DROPDOWN, List.of("north", "south"), false);

        as(users.customer())
                .document("{ customFields { key name type options required } }")
                .execute()
                .path("customFields[?(@.key == '" + key + "')].options")
                .entityList(Object.class)
                .containsExactly(List.of("north", "south"))
                .path("customFields[?(@.key == '" + key + "')].type")
                .entityList(String.class)
                .containsExactly("DROPDOWN");
    }

    @Test
    void anonymousCannotListCustomFields() {
        singleError(anonymous().document("{ customFields { key } }").execute(), "UNAUTHORIZED");
    }

    @Test
    void administratorCreatesRenamesAndDeletesAProject() {
        TestUser admin = users.admin();
        String name = "Proj " + unique();
        String id = as(admin)
                .document(CREATE)
                .variable("input", Map.of("name", name, "description", "First"))
                .execute()
                .path("createProject.project.name")
                .entity(String.class)
                .isEqualTo(name)
                .path("createProject.project.id")
                .entity(String.class)
                .get();

        Map<String, Object> rename = new HashMap<>();
        rename.put("id", id);
        rename.put("name", name + " renamed");
        rename.put("description", null);
        as(admin)
                .document(UPDATE)
                .variable("input", rename)
                .execute()
                .path("updateProject.project.name")
                .entity(String.class)
                .isEqualTo(name + " renamed")
                .path("updateProject.project.description")
                .valueIsNull();

        as(admin)
                .document(DELETE)
                .variable("input", Map.of("id", id))
                .execute()
                .path("deleteProject.id")
                .entity(String.class)
                .isEqualTo(id);
        as(admin)
                .document("{ projects { id } }")
                .execute()
                .path("projects[*].id")
                .entityList(String.class)
                .doesNotContain(id);
    }

    @Test
    void administratorArchivesAProjectUnderItsTrueName() {
        TestUser admin = users.admin();
        String id = as(admin)
                .document(CREATE)
                .variable("input", Map.of("name", "Archived " + unique(), "description", "Done"))
                .execute()
                .path("createProject.project.id")
                .entity(String.class)
                .get();

        as(admin)
                .document(ARCHIVE)
                .variable("input", Map.of("id", id))
                .execute()
                .path("archiveProject.id")
                .entity(String.class)
                .isEqualTo(id);
        as(admin)
                .document("{ projects { id } }")
                .execute()
                .path("projects[*].id")
                .entityList(String.class)
                .doesNotContain(id);
        singleError(
                as(users.agent())
                        .document(ARCHIVE)
                        .variable("input", Map.of("id", id))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void agentCannotManageProjects() {
        TestUser agent = users.agent();
        Project project = project();
        singleError(
                as(agent)
                        .document(CREATE)
                        .variable("input", Map.of("name", "Nope " + unique()))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(agent)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(project.id()), "name", "x"))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(agent)
                        .document(DELETE)
                        .variable("input", Map.of("id", id(project.id())))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void anonymousCannotManageProjects() {
        singleError(
                anonymous()
                        .document(CREATE)
                        .variable("input", Map.of("name", "x"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void duplicateProjectNameIsBadRequest() {
        Project project = project();
        ResponseError error = singleError(
                as(users.admin())
                        .document(CREATE)
                        .variable("input", Map.of("name", project.name()))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.name");
    }

    @Test
    void unknownProjectIsNotFound() {
        singleError(
                as(users.admin())
                        .document(UPDATE)
                        .variable("input", Map.of("id", "999999999", "name", "x"))
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(users.admin())
                        .document(DELETE)
                        .variable("input", Map.of("id", "999999999"))
                        .execute(),
                "NOT_FOUND");
    }
}
