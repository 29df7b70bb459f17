package io.polydesk.api.graphql.ticketwork;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.asset.AssetNotes;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeService;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.OrganisationCommands.CreateUserGroup;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.organisation.UserGroup;
import io.polydesk.domain.organisation.UserGroupService;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.savedsearch.SaveSearch;
import io.polydesk.domain.savedsearch.SavedSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.savedsearch.SavedSearchService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.task.CreateTask;
import io.polydesk.domain.task.TaskService;
import io.polydesk.domain.template.CommentTemplate;
import io.polydesk.domain.template.CommentTemplateService;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.ticket.TicketSubscriptions;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntryService;
import io.polydesk.domain.token.ApiToken;
import io.polydesk.domain.token.ApiTokenService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user merge re-attributes everything that points at the source user, whichever feature wrote it. Two agents
 * who each touched every kind of record are merged; afterwards no column that holds a user id names the source,
 * except its revoked API tokens, and memberships both had exist once.
 */
@PolydeskIntegrationTest
class UserMergeReattributionTest extends GraphQlTestSupport {

    /** Every foreign key to users, each decided: a merge moves all of them but the source's own tokens. */
    private static final Set<String> MOVED = Set.of(
            "tickets.requester_id",
            "tickets.assignee_id",
            "ticket_history.actor_id",
            "comments.author_id",
            "comment_edits.editor_id",
            "tasks.agent_id",
            "time_entries.agent_id",
            "ticket_links.created_by",
            "comment_templates.created_by",
            "webhook_endpoints.created_by",
            "kb_articles.author_id",
            "attachments.uploaded_by",
            "saved_searches.owner_id",
            "assets.owner_id",
            "asset_users.user_id",
            "asset_notes.author_id",
            "user_group_members.user_id",
            "team_members.user_id",
            "ticket_subscribers.user_id");

    private static final Set<String> KEPT_ON_SOURCE = Set.of("api_tokens.user_id");
    /** User ids without a foreign key: what saved filters look for. */
    private static final Set<String> MOVED_WITHOUT_FOREIGN_KEY = Set.of(
            "saved_searches.requester_id",
            "saved_searches.assignee_id",
            "saved_searches.asset_owner_id",
            "saved_searches.assigned_user_id");

    private static final String MERGE = """
            mutation ($input: MergeUsersInput!) { mergeUsers(input: $input) { user { id } } }""";
    private static final String TICKET = """
            query ($id: ID!) { ticket(id: $id) {
              requester { id } assignee { id }
              history { actor { id } }
              comments { nodes { author { id } editHistory { editor { id } } } }
              attachments { uploadedBy { id } }
              tasks { agent { id } }
              timeEntries { edges { node { agent { id } } } }
            } }""";
    private static final String ELSEWHERE = """
            query ($asset: ID!, $article: ID!, $upload: ID!) {
              asset(id: $asset) { owner { id } assignedUsers { id } notes { author { id } } }
              article(id: $article) { author { id } }
              attachment(id: $upload) { uploadedBy { id } }
              commentTemplates { id author { id } }
              savedSearches(first: 100) { edges { node { id owner { id } } } }
            }""";
    private static final String SAVED_SEARCHES = """
            {
              tickets: savedSearches(first: 100) { edges { node { id ticketFilter { requesterId assigneeId } } } }
              assets: savedSearches(kind: ASSET, first: 100) { edges { node { id assetFilter { ownerId assignedUserId } } } }
            }""";
    private static final String MEMBERSHIPS = """
            { userGroups { id members { id } } teams { id members { id } } }""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RelationService relations;

    @Autowired
    TaskService tasks;

    @Autowired
    TimeEntryService time;

    @Autowired
    CommentTemplateService templates;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    AttachmentService attachments;

    @Autowired
    SavedSearchService savedSearches;

    @Autowired
    AssetRegistration assetRegistration;

    @Autowired
    AssetNotes assetNotes;

    @Autowired
    UserGroupService groups;

    @Autowired
    TeamService teams;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TicketSubscriptions subscriptions;

    /** What one user touched. */
    record Touched(
            Ticket requested,
            Ticket assigned,
            CommentTemplate template,
            Article article,
            Attachment pending,
            Asset asset,
            SavedSearch savedSearch) {}

    @Test
    void afterAMergeNothingButTheRevokedTokensPointsAtTheSource() throws SQLException {
        TestUser source = users.agent();
        TestUser target = users.agent();
        TestUser customer = users.customer();
        Actor admin = users.admin().actor();
        UserGroup sharedGroup = groups.createUserGroup(admin, new CreateUserGroup("Both " + unique(), null));
        UserGroup sourcesGroup = groups.createUserGroup(admin, new CreateUserGroup("Src " + unique(), null));
        AgentTeam sharedTeam = teams.createTeam(admin, new CreateTeam("Both " + unique(), null));
        Touched bySource = touchEverything(source, customer, sharedGroup, sharedTeam);
        Touched byTarget = touchEverything(target, customer, sharedGroup, sharedTeam);
        groups.addUserGroupMember(admin, sourcesGroup.id(), source.id());
        // Both follow one ticket: the merged user follows it once.
        subscriptions.subscribe(target.actor(), bySource.assigned().id(), target.id());
        // Names that sort first, so the searches are on the first page whatever else is shared.
        SavedSearch naming = savedSearches.create(
                admin,
                new SaveSearch(
                        "0000 theirs " + unique(),
                        SavedSearchKind.TICKET,
                        true,
                        TicketFilter.builder()
                                .assignee(AssigneeFilter.user(source.id()))
                                .requesterId(source.id())
                                .build(),
                        null));
        SavedSearch namingAssets = savedSearches.create(
                admin,
                new SaveSearch(
                        "0000 their assets " + unique(),
                        SavedSearchKind.ASSET,
                        true,
                        null,
                        AssetFilter.builder()
                                .ownerId(source.id())
                                .assignedUserId(source.id())
                                .build()));
        tokens.create(source.actor(), "laptop");
        assertThat(referencesTo(source.id()))
                .containsKeys(
                        "ticket_history.actor_id",
                        "comment_edits.editor_id",
                        "ticket_links.created_by",
                        "comment_templates.created_by",
                        "kb_articles.author_id",
                        "attachments.uploaded_by",
                        "saved_searches.owner_id",
                        "saved_searches.requester_id",
                        "saved_searches.asset_owner_id",
                        "saved_searches.assigned_user_id",
                        "user_group_members.user_id",
                        "team_members.user_id",
                        "ticket_subscribers.user_id",
                        "api_tokens.user_id");

        as(users.admin())
                .document(MERGE)
                .variable("input", Map.of("sourceId", id(source.id()), "targetId", id(target.id())))
                .execute()
                .path("mergeUsers.user.id")
                .entity(String.class)
                .isEqualTo(id(target.id()));

        assertThat(referencesTo(source.id())).containsOnlyKeys(KEPT_ON_SOURCE);
        assertThat(tokens.list(admin, source.id())).isNotEmpty().allMatch(ApiToken::revoked);
        for (Touched touched : List.of(bySource, byTarget)) {
            assertEverythingIsTheTargets(target, touched);
        }
        as(users.admin())
                .document(SAVED_SEARCHES)
                .execute()
                .path("tickets.edges[?(@.node.id == '" + naming.id() + "')].node.ticketFilter.requesterId")
                .entityList(String.class)
                .containsExactly(id(target.id()))
                .path("tickets.edges[?(@.node.id == '" + naming.id() + "')].node.ticketFilter.assigneeId")
                .entityList(String.class)
                .containsExactly(id(target.id()))
                .path("assets.edges[?(@.node.id == '" + namingAssets.id() + "')].node.assetFilter.ownerId")
                .entityList(String.class)
                .containsExactly(id(target.id()))
                .path("assets.edges[?(@.node.id == '" + namingAssets.id() + "')].node.assetFilter.assignedUserId")
                .entityList(String.class)
                .containsExactly(id(target.id()));
        as(users.admin())
                .document(MEMBERSHIPS)
                .execute()
                .path("userGroups[?(@.id == '" + sharedGroup.id() + "')].members[*].id")
                .entityList(String.class)
                .containsExactly(id(target.id()))
                .path("userGroups[?(@.id == '" + sourcesGroup.id() + "')].members[*].id")
                .entityList(String.class)
                .containsExactly(id(target.id()))
                .path("teams[?(@.id == '" + sharedTeam.id() + "')].members[*].id")
                .entityList(String.class)
                .containsExactly(id(target.id()));
    }

    @Test
    void everyColumnThatReferencesUsersIsDecidedForMerges() throws SQLException {
        Set<String> decided = new TreeSet<>(MOVED);
        decided.addAll(KEPT_ON_SOURCE);

        assertThat(foreignKeysToUsers())
                .as("a new reference to users: decide whether a user merge moves it")
                .isEqualTo(decided);
    }

    private Touched touchEverything(TestUser user, TestUser customer, UserGroup group, AgentTeam team) {
        Actor actor = user.actor();
        Actor admin = users.admin().actor();
        Ticket requested = ticketCreation.create(actor, CreateTicket.of("Own " + unique(), "Mine"));
        Ticket assigned = ticketCreation.create(
                actor,
                CreateTicket.builder()
                        .title("Assigned " + unique())
                        .description("Theirs")
                        .assigneeId(user.id())
                        .requesterId(customer.id())
                        .build());
        ticketUpdates.changeStatus(actor, assigned.id(), "open", null, null);
        subscriptions.subscribe(actor, assigned.id(), user.id());
        Comment comment = commentService.add(actor, assigned.id(), "First try", false);
        commentService.edit(actor, assigned.id(), comment.id(), "Second try");
        relations.link(actor, requested.id(), assigned.id(), LinkKind.RELATES_TO);
        tasks.create(actor, assigned.id(), new CreateTask("Check", null, null, user.id(), null, null));
        time.log(actor, assigned.id(), new LogTime(null, LocalDate.of(2026, 11, 2), 15, true, null, null));
        CommentTemplate template = templates.create(actor, "Hello " + unique(), "Hello there");
        Article article =
                knowledge.createArticle(actor, new CreateArticle("How to " + unique(), "Like so", null, true));
        Attachment bound = upload(actor);
        attachments.attach(actor, AttachFile.toTicket(bound.id(), assigned.id()));
        Attachment pending = upload(actor);
        Asset asset = assetRegistration.create(
                actor,
                CreateAsset.builder()
                        .name("Laptop " + unique())
                        .ownerId(user.id())
                        .userIds(List.of(user.id()))
                        .build());
        assetNotes.addNote(actor, asset.id(), "Battery swapped");
        SavedSearch saved = savedSearches.create(
                actor,
                new SaveSearch("0000 mine " + unique(), SavedSearchKind.TICKET, false, TicketFilter.none(), null));
        groups.addUserGroupMember(admin, group.id(), user.id());
        teams.addTeamMember(admin, team.id(), user.id());
        return new Touched(requested, assigned, template, article, pending, asset, saved);
    }

    private void assertEverythingIsTheTargets(TestUser target, Touched touched) {
        String me = id(target.id());
        as(target)
                .document(TICKET)
                .variable("id", id(touched.assigned().id()))
                .execute()
                .path("ticket.assignee.id")
                .entity(String.class)
                .isEqualTo(me)
                .path("ticket.history[*].actor.id")
                .entityList(String.class)
                .satisfies(actors -> assertThat(actors).hasSizeGreaterThan(1).containsOnly(me))
                .path("ticket.comments.nodes[*].author.id")
                .entityList(String.class)
                .containsExactly(me)
                .path("ticket.comments.nodes[0].editHistory[*].editor.id")
                .entityList(String.class)
                .containsExactly(me)
                .path("ticket.attachments[*].uploadedBy.id")
                .entityList(String.class)
                .containsExactly(me)
                .path("ticket.tasks[*].agent.id")
                .entityList(String.class)
                .containsExactly(me)
                .path("ticket.timeEntries.edges[*].node.agent.id")
                .entityList(String.class)
                .containsExactly(me);
        as(target)
                .document(TICKET)
                .variable("id", id(touched.requested().id()))
                .execute()
                .path("ticket.requester.id")
                .entity(String.class)
                .isEqualTo(me);
        // Pending uploads are shown to their uploader only: the target now sees the source's.
        as(target)
                .document(ELSEWHERE)
                .variable("asset", id(touched.asset().id()))
                .variable("article", id(touched.article().id()))
                .variable("upload", id(touched.pending().id()))
                .execute()
                .path("asset.owner.id")
                .entity(String.class)
                .isEqualTo(me)
                .path("asset.assignedUsers[*].id")
                .entityList(String.class)
                .containsExactly(me)
                .path("asset.notes[*].author.id")
                .entityList(String.class)
                .containsExactly(me)
                .path("article.author.id")
                .entity(String.class)
                .isEqualTo(me)
                .path("attachment.uploadedBy.id")
                .entity(String.class)
                .isEqualTo(me)
                .path("commentTemplates[?(@.id == '" + touched.template().id() + "')].author.id")
                .entityList(String.class)
                .containsExactly(me)
                .path("savedSearches.edges[?(@.node.id == '"
                        + touched.savedSearch().id() + "')].node.owner.id")
                .entityList(String.class)
                .containsExactly(me);
    }

    private Attachment upload(Actor actor) {
        return attachments.upload(
                actor,
                "notes.txt",
                "text/plain",
                new ByteArrayInputStream("some notes".getBytes(StandardCharsets.UTF_8)));
    }

    /** Column name to the number of rows naming the user, for every column holding user ids. */
    private Map<String, Long> referencesTo(long userId) throws SQLException {
        Set<String> columns = new TreeSet<>(foreignKeysToUsers());
        columns.addAll(MOVED_WITHOUT_FOREIGN_KEY);
        Map<String, Long> counts = new TreeMap<>();
        for (String column : columns) {
            String[] tableAndColumn = column.split("\\.");
            // Names come from the database's own catalogue, never from input.
            Long count = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM " + tableAndColumn[0] + " WHERE " + tableAndColumn[1] + " = ?",
                    Long.class,
                    userId);
            if (count != null && count > 0) {
                counts.put(column, count);
            }
        }
        return counts;
    }

    /** "table.column" of every foreign key that references users, as the database itself reports them. */
    private Set<String> foreignKeysToUsers() throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (String table : List.of("users", "USERS")) {
                try (ResultSet keys =
                        metaData.getExportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
                    while (keys.next()) {
                        columns.add((keys.getString("FKTABLE_NAME") + "." + keys.getString("FKCOLUMN_NAME"))
                                .toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
