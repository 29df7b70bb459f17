package io.polydesk.persistence.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentRepository;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentEdit;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.KnowledgeRepository;
import io.polydesk.domain.merge.MergeRepository;
import io.polydesk.domain.merge.MergedTicket;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationRepository;
import io.polydesk.domain.relation.TicketLink;
import io.polydesk.domain.savedsearch.SavedSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.savedsearch.SavedSearchRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskRepository;
import io.polydesk.domain.template.CommentTemplate;
import io.polydesk.domain.template.CommentTemplateRepository;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryRepository;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class MergeRepositoryContract extends RepositoryTest {

    @Autowired
    MergeRepository merges;

    @Autowired
    CommentRepository comments;

    @Autowired
    RelationRepository relations;

    @Autowired
    TaskRepository tasks;

    @Autowired
    TimeEntryRepository timeEntries;

    @Autowired
    CommentTemplateRepository templates;

    @Autowired
    KnowledgeRepository knowledge;

    @Autowired
    AttachmentRepository attachments;

    @Autowired
    SavedSearchRepository savedSearches;

    @Test
    void markingAMergeRecordsTheTargetForSingleAndBatchReads() {
        User agent = newUser(Role.AGENT);
        Ticket source = aTicket(agent).insert();
        Ticket target = aTicket(agent).insert();

        assertThat(merges.mergedInto(source.id())).isEmpty();
        merges.markMerged(source.id(), target.id());

        assertThat(merges.mergedInto(source.id())).contains(target.id());
        assertThat(merges.mergedIntoOf(List.of(source.id(), target.id())))
                .containsExactly(new MergedTicket(source.id(), target.id()));
        assertThat(merges.mergedIntoOf(List.of())).isEmpty();
    }

    @Test
    void commentsAndSubTicketsMoveFromSourceToTargetButTheTargetNeverBecomesItsOwnChild() {
        User agent = newUser(Role.AGENT);
        Ticket source = aTicket(agent).insert();
        Ticket target = aTicket(agent).insert();
        Ticket child = aTicket(agent).insert();
        long commentId = comments.insert(new Comment(0, source.id(), agent.id(), "hi", false, false, T0, T0, 0));
        relations.setParent(child.id(), source.id(), T0);
        relations.setParent(target.id(), source.id(), T0);

        assertThat(merges.moveComments(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveSubTickets(source.id(), target.id())).isEqualTo(1);

        assertThat(comments.findById(commentId))
                .get()
                .extracting(Comment::ticketId)
                .isEqualTo(target.id());
        assertThat(relations.parentOf(child.id())).contains(target.id());
        assertThat(relations.parentOf(target.id())).contains(source.id());
    }

    @Test
    void aUsersTicketsCommentsTasksAndTimeMoveToAnotherUser() {
        User source = newUser(Role.AGENT);
        User target = newUser(Role.AGENT);
        User customer = newUser(Role.CUSTOMER);
        Ticket requested = aTicket(source).insert();
        Ticket assigned = aTicket(customer).assignee(source).insert();
        long commentId = comments.insert(new Comment(0, assigned.id(), source.id(), "hi", false, false, T0, T0, 0));
        long taskId = tasks.insert(new Task(0, assigned.id(), null, null, source.id(), "t", null, null, null, T0, T0));
        long entryId = timeEntries.insert(
                new TimeEntry(0, assigned.id(), source.id(), null, LocalDate.of(2026, 3, 1), 5, false, null, T0, T0));
        assertThat(merges.countStaffWork(source.id())).isEqualTo(3);
        assertThat(merges.countStaffWork(customer.id())).isZero();

        assertThat(merges.moveRequester(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveAssignee(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveCommentAuthor(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveTaskAgent(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveTimeEntryAgent(source.id(), target.id())).isEqualTo(1);

        assertThat(tickets.findById(requested.id()).orElseThrow().requesterId()).isEqualTo(target.id());
        assertThat(tickets.findById(assigned.id()).orElseThrow().assigneeId()).isEqualTo(target.id());
        assertThat(comments.findById(commentId).orElseThrow().authorId()).isEqualTo(target.id());
        assertThat(tasks.findById(taskId).orElseThrow().agentId()).isEqualTo(target.id());
        assertThat(timeEntries.findById(entryId).orElseThrow().agentId()).isEqualTo(target.id());
        assertThat(merges.countStaffWork(source.id())).isZero();
    }

    @Test
    void aUsersHistoryEditsLinksTemplatesArticlesUploadsAndSavedSearchesMoveToAnotherUser() {
        User source = newUser(Role.AGENT);
        User target = newUser(Role.AGENT);
        User bystander = newUser(Role.AGENT);
        Ticket ticket = aTicket(bystander).insert();
        Ticket other = aTicket(bystander).insert();
        tickets.addHistory(List.of(
                new TicketChange(0, ticket.id(), source.id(), T0, "title", "a", "b"),
                new TicketChange(0, ticket.id(), bystander.id(), T0, "title", "b", "c")));
        long commentId = comments.insert(new Comment(0, ticket.id(), bystander.id(), "hi", false, false, T0, T0, 0));
        comments.insertEdit(new CommentEdit(0, commentId, source.id(), T0, "before"));
        long linkId =
                relations.insertLink(new TicketLink(0, ticket.id(), other.id(), LinkKind.BLOCKS, source.id(), T0));
        long templateId = templates.insert(new CommentTemplate(0, unique("template"), "body", source.id(), T0, T0));
        long articleId =
                knowledge.insertArticle(new Article(0, "How to", "body", null, true, source.id(), T0, T0, 0, false));
        long uploadId = attachments.insert(new Attachment(
                0, null, null, null, "a.txt", "text/plain", 1, "0".repeat(64), unique("key"), source.id(), T0));
        long ownedId = savedSearches.insert(new SavedSearch(
                0, source.id(), "mine", SavedSearchKind.TICKET, false, TicketFilter.none(), null, T0, T0));
        long namingId = savedSearches.insert(new SavedSearch(
                0,
                bystander.id(),
                "theirs",
                SavedSearchKind.TICKET,
                true,
                TicketFilter.builder()
                        .assignee(AssigneeFilter.user(source.id()))
                        .requesterId(source.id())
                        .build(),
                null,
                T0,
                T0));
        long namingAssetsId = savedSearches.insert(new SavedSearch(
                0,
                bystander.id(),
                "their assets",
                SavedSearchKind.ASSET,
                true,
                null,
                AssetFilter.builder()
                        .ownerId(source.id())
                        .assignedUserId(source.id())
                        .build(),
                T0,
                T0));

        assertThat(merges.moveHistoryActor(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveCommentEditor(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveLinkCreator(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveTemplateAuthor(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveArticleAuthor(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveUploader(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveSavedSearches(source.id(), target.id())).isEqualTo(3);

        assertThat(tickets.historyOf(List.of(ticket.id())))
                .extracting(TicketChange::actorId)
                .containsExactly(target.id(), bystander.id());
        assertThat(comments.editsOf(List.of(commentId)))
                .extracting(CommentEdit::editorId)
                .containsExactly(target.id());
        assertThat(relations.findLink(ticket.id(), other.id()))
                .get()
                .satisfies(l -> assertThat(l.id()).isEqualTo(linkId))
                .extracting(TicketLink::createdBy)
                .isEqualTo(target.id());
        assertThat(templates.findById(templateId).orElseThrow().createdBy()).isEqualTo(target.id());
        assertThat(knowledge.findArticle(articleId).orElseThrow().authorId()).isEqualTo(target.id());
        assertThat(attachments.findById(uploadId).orElseThrow().uploadedBy()).isEqualTo(target.id());
        SavedSearch owned = savedSearches.findById(ownedId).orElseThrow();
        assertThat(owned.ownerId()).isEqualTo(target.id());
        assertThat(owned.ticketFilter().requesterId()).isNull();
        assertThat(owned.ticketFilter().assignee()).isNull();
        SavedSearch naming = savedSearches.findById(namingId).orElseThrow();
        assertThat(naming.ownerId()).isEqualTo(bystander.id());
        assertThat(naming.ticketFilter().requesterId()).isEqualTo(target.id());
        assertThat(naming.ticketFilter().assignee()).isEqualTo(AssigneeFilter.user(target.id()));
        AssetFilter namingAssets =
                savedSearches.findById(namingAssetsId).orElseThrow().assetFilter();
        assertThat(namingAssets.ownerId()).isEqualTo(target.id());
        assertThat(namingAssets.assignedUserId()).isEqualTo(target.id());
    }

    @Test
    void movingAUserWhoTouchedNothingChangesNothing() {
        User source = newUser(Role.CUSTOMER);
        User target = newUser(Role.CUSTOMER);

        assertThat(List.of(
                        merges.moveHistoryActor(source.id(), target.id()),
                        merges.moveCommentEditor(source.id(), target.id()),
                        merges.moveLinkCreator(source.id(), target.id()),
                        merges.moveTemplateAuthor(source.id(), target.id()),
                        merges.moveArticleAuthor(source.id(), target.id()),
                        merges.moveUploader(source.id(), target.id()),
                        merges.moveSavedSearches(source.id(), target.id())))
                .containsOnly(0);
    }
}
