package io.polydesk.domain.merge;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.token.ApiToken;
import io.polydesk.domain.token.ApiTokenRepository;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserCredentialsChanged;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one user account into another, irreversibly and in one transaction (administrators only). Everything
 * that points at the source moves to the target, one statement per table: tickets (as requester and assignee),
 * comments, comment edits, ticket history entries, ticket links, tasks, time entries, comment templates,
 * knowledge base articles, attachments (pending uploads too), saved searches (owned ones, and the requester or
 * assignee their filters name), and through the {@link UserMergeParticipant}s assets, asset notes, group and
 * team memberships (a membership the target already has is kept once).
 *
 * <p>Deliberately kept on the source: its API tokens, which are revoked, and the archived account itself, so
 * that none of its credentials work any more. History values are text written at the time (an "assignee"
 * change from or to the source's id) and stay as written; only who made each change moves. A customer target
 * does not join the source's teams.
 */
@Service
public class UserMergeService {

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final MergeRepository merges;
    private final List<UserMergeParticipant> participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UserMergeService(
            UserRepository users,
            ApiTokenRepository tokens,
            MergeRepository merges,
            List<UserMergeParticipant> participants,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.merges = merges;
        this.participants = List.copyOf(participants);
        this.events = events;
        this.clock = clock;
    }

    /** Answers the target as it is after the merge. */
    @Transactional
    public User merge(Actor actor, long sourceId, long targetId) {
        Actor.requireAdmin(actor);
        if (sourceId == targetId) {
            throw DomainException.invalid("targetId", "cannot merge a user into itself");
        }
        if (sourceId == actor.userId()) {
            throw DomainException.invalid("sourceId", "administrators cannot merge their own account away");
        }
        User source = users.findById(sourceId).orElseThrow(() -> DomainException.notFound("User", sourceId));
        User target = users.findById(targetId).orElseThrow(() -> DomainException.notFound("User", targetId));
        if (target.archived()) {
            throw DomainException.invalid("targetId", "is archived; merge into an active user");
        }
        if (!target.role().isStaff() && merges.countStaffWork(sourceId) > 0) {
            throw DomainException.invalid(
                    "targetId",
                    "must be an agent or administrator, because the source user"
                            + " has assigned tickets, tasks or time entries");
        }
        Instant now = now();
        merges.moveRequester(sourceId, targetId);
        merges.moveAssignee(sourceId, targetId);
        merges.moveCommentAuthor(sourceId, targetId);
        merges.moveTaskAgent(sourceId, targetId);
        merges.moveTimeEntryAgent(sourceId, targetId);
        merges.moveHistoryActor(sourceId, targetId);
        merges.moveCommentEditor(sourceId, targetId);
        merges.moveLinkCreator(sourceId, targetId);
        merges.moveTemplateAuthor(sourceId, targetId);
        merges.moveWebhookCreator(sourceId, targetId);
        merges.moveArticleAuthor(sourceId, targetId);
        merges.moveUploader(sourceId, targetId);
        merges.moveSavedSearches(sourceId, targetId);
        for (ApiToken token : tokens.listByUser(sourceId)) {
            if (!token.revoked()) {
                tokens.revoke(token.id(), now);
            }
        }
        users.update(new User(
                source.id(),
                source.username(),
                source.email(),
                source.firstName(),
                source.lastName(),
                source.role(),
                source.phone(),
                source.mobile(),
                source.jobTitle(),
                source.timeZone(),
                false,
                source.passwordHash(),
                source.passwordVersion() + 1,
                source.createdAt(),
                now));
        for (UserMergeParticipant participant : participants) {
            participant.usersMerged(sourceId, targetId);
        }
        events.publishEvent(new UserCredentialsChanged(sourceId));
        return users.findById(targetId).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
