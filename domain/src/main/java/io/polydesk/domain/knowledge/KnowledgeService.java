package io.polydesk.domain.knowledge;

import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateCategory;
import io.polydesk.domain.knowledge.KnowledgeCommands.UpdateArticle;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes of the knowledge base: agents and administrators write and archive articles and categories. */
@Service
@Transactional
public class KnowledgeService {

    private final KnowledgeRepository knowledge;
    private final Clock clock;

    public KnowledgeService(KnowledgeRepository knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
    }

    public KnowledgeCategory createCategory(Actor actor, CreateCategory c) {
        Actor.requireStaff(actor);
        Validation v = new Validation();
        if (c.parentId() != null) {
            v.check(knowledge.findCategory(c.parentId()).isPresent(), "parentId", "no such category");
        }
        v.check(!knowledge.categoryNameTaken(c.parentId(), c.name(), 0), "name", "is already taken in this category")
                .throwIfInvalid();
        Instant now = now();
        long id = knowledge.insertCategory(new KnowledgeCategory(0, c.name(), c.parentId(),
                c.sortOrder() == null ? 0 : c.sortOrder(), now, now));
        return knowledge.findCategory(id).orElseThrow();
    }

    public Article createArticle(Actor actor, CreateArticle c) {
        Actor.requireStaff(actor);
        Validation v = new Validation();
        checkCategory(c.categoryId(), v);
        v.throwIfInvalid();
        Instant now = now();
        long id = knowledge.insertArticle(new Article(0, c.title(), c.body(), c.categoryId(), c.isPublic(),
                actor.userId(), now, now, 0, false));
        return knowledge.findArticle(id).orElseThrow();
    }

    /** CONFLICT when somebody else saved the article since the editor loaded {@code lockVersion}. */
    public Article updateArticle(Actor actor, UpdateArticle c) {
        Actor.requireStaff(actor);
        Article current = live(c.id());
        if (current.lockVersion() != c.lockVersion()) {
            throw stale(c.id());
        }
        Long categoryId = c.categoryId().orElse(current.categoryId());
        Validation v = new Validation();
        if (!Objects.equals(categoryId, current.categoryId())) {
            checkCategory(categoryId, v);
        }
        v.throwIfInvalid();
        Article changed = new Article(current.id(), c.title().orElse(current.title()), c.body().orElse(current.body()),
                categoryId, c.isPublic().orElse(current.isPublic()), current.authorId(), current.createdAt(), now(),
                current.lockVersion(), false);
        if (!knowledge.updateArticle(changed, c.lockVersion())) {
            throw stale(c.id());
        }
        return knowledge.findArticle(c.id()).orElseThrow();
    }

    /** Archived articles disappear for everybody; the row stays for the record. */
    public void archiveArticle(Actor actor, long id) {
        Actor.requireStaff(actor);
        Article current = live(id);
        Article archived = new Article(current.id(), current.title(), current.body(), current.categoryId(),
                current.isPublic(), current.authorId(), current.createdAt(), now(), current.lockVersion(), true);
        if (!knowledge.updateArticle(archived, current.lockVersion())) {
            throw stale(id);
        }
    }

    private Article live(long id) {
        return knowledge.findArticle(id).filter(a -> !a.archived())
                .orElseThrow(() -> DomainException.notFound("Article", id));
    }

    private void checkCategory(Long categoryId, Validation v) {
        if (categoryId != null) {
            v.check(knowledge.findCategory(categoryId).isPresent(), "categoryId", "no such category");
        }
    }

    private static DomainException stale(long id) {
        return DomainException.conflict("Article " + id + " was changed by someone else; reload it and try again");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
