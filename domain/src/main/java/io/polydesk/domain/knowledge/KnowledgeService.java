package io.polydesk.domain.knowledge;

import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateCategory;
import io.polydesk.domain.knowledge.KnowledgeCommands.UpdateArticle;
import io.polydesk.domain.knowledge.KnowledgeCommands.UpdateCategory;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.StaleVersionException;
import io.polydesk.domain.shared.Trees;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of the knowledge base: agents and administrators write and archive articles and categories.
 * Archiving a category hides it and its articles from customers; staff still reach those articles.
 */
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
            v.check(liveCategory(c.parentId()).isPresent(), "parentId", "no such category");
        }
        v.check(!knowledge.categoryNameTaken(c.parentId(), c.name(), 0), "name", "is already taken in this category")
                .throwIfInvalid();
        Instant now = now();
        long id = knowledge.insertCategory(new KnowledgeCategory(
                0, c.name(), c.parentId(), c.sortOrder() == null ? 0 : c.sortOrder(), now, now, false));
        return knowledge.findCategory(id).orElseThrow();
    }

    /** Renames, moves or reorders a live category; a move under itself or one of its descendants is refused. */
    public KnowledgeCategory updateCategory(Actor actor, UpdateCategory c) {
        Actor.requireStaff(actor);
        KnowledgeCategory current =
                liveCategory(c.id()).orElseThrow(() -> DomainException.notFound("Knowledge category", c.id()));
        String name = c.name().orElse(current.name());
        Long parentId = c.parentId().orElse(current.parentId());
        Validation v = new Validation();
        if (!Objects.equals(parentId, current.parentId()) && parentId != null) {
            if (liveCategory(parentId).isEmpty()) {
                v.add("parentId", "no such category");
            } else if (Trees.subtree(
                            current.id(),
                            knowledge.listCategories(true),
                            KnowledgeCategory::id,
                            KnowledgeCategory::parentId)
                    .contains(parentId)) {
                v.add("parentId", "cannot be the category itself or one of its sub-categories");
            }
        }
        v.check(!knowledge.categoryNameTaken(parentId, name, current.id()), "name", "is already taken in this category")
                .throwIfInvalid();
        int sortOrder = c.sortOrder().orElse(current.sortOrder());
        if (name.equals(current.name())
                && Objects.equals(parentId, current.parentId())
                && sortOrder == current.sortOrder()) {
            return current;
        }
        knowledge.updateCategory(
                new KnowledgeCategory(current.id(), name, parentId, sortOrder, current.createdAt(), now(), false));
        return knowledge.findCategory(current.id()).orElseThrow();
    }

    /**
     * The category leaves the listing and customers no longer see it or its articles; staff still read and
     * move those articles. Sub-categories must be archived or moved first, so no live category hides under
     * an archived one.
     */
    public KnowledgeCategory archiveCategory(Actor actor, long id) {
        Actor.requireStaff(actor);
        KnowledgeCategory current =
                liveCategory(id).orElseThrow(() -> DomainException.notFound("Knowledge category", id));
        if (knowledge.hasLiveChildren(id)) {
            throw DomainException.invalid("id", "has sub-categories; archive or move them first");
        }
        knowledge.updateCategory(new KnowledgeCategory(
                current.id(),
                current.name(),
                current.parentId(),
                current.sortOrder(),
                current.createdAt(),
                now(),
                true));
        return knowledge.findCategory(id).orElseThrow();
    }

    public Article createArticle(Actor actor, CreateArticle c) {
        Actor.requireStaff(actor);
        Validation v = new Validation();
        checkCategory(c.categoryId(), v);
        v.throwIfInvalid();
        Instant now = now();
        long id = knowledge.insertArticle(
                new Article(0, c.title(), c.body(), c.categoryId(), c.isPublic(), actor.userId(), now, now, 0, false));
        return knowledge.findArticle(id).orElseThrow();
    }

    /** CONFLICT when somebody else saved the article since the editor loaded {@code lockVersion}. */
    public Article updateArticle(Actor actor, UpdateArticle c) {
        requireWriter(actor);
        Article current = live(c.id());
        if (!ArticlePolicy.canUpdate(actor, current)) {
            throw DomainException.notFound("Article", c.id());
        }
        if (current.lockVersion() != c.lockVersion()) {
            throw stale(c.id());
        }
        Long categoryId = c.categoryId().orElse(current.categoryId());
        Validation v = new Validation();
        if (!Objects.equals(categoryId, current.categoryId())) {
            checkCategory(categoryId, v);
        }
        v.throwIfInvalid();
        Article changed = new Article(
                current.id(),
                c.title().orElse(current.title()),
                c.body().orElse(current.body()),
                categoryId,
                c.isPublic().orElse(current.isPublic()),
                current.authorId(),
                current.createdAt(),
                now(),
                current.lockVersion(),
                false);
        if (!knowledge.updateArticle(changed, c.lockVersion())) {
            throw stale(c.id());
        }
        return knowledge.findArticle(c.id()).orElseThrow();
    }

    /** Archived articles disappear for everybody; the row stays for the record. */
    public void archiveArticle(Actor actor, long id) {
        requireWriter(actor);
        Article current = live(id);
        if (!ArticlePolicy.canArchive(actor, current)) {
            throw DomainException.notFound("Article", id);
        }
        Article archived = new Article(
                current.id(),
                current.title(),
                current.body(),
                current.categoryId(),
                current.isPublic(),
                current.authorId(),
                current.createdAt(),
                now(),
                current.lockVersion(),
                true);
        if (!knowledge.updateArticle(archived, current.lockVersion())) {
            throw stale(id);
        }
    }

    /** Customers are refused before any lookup, so they cannot probe which article ids exist. */
    private static void requireWriter(Actor actor) {
        Actor.require(actor);
        if (!ArticlePolicy.canWrite(actor)) {
            throw DomainException.forbidden("Only agents and administrators may do this");
        }
    }

    private Article live(long id) {
        return knowledge
                .findArticle(id)
                .filter(a -> !a.archived())
                .orElseThrow(() -> DomainException.notFound("Article", id));
    }

    private void checkCategory(Long categoryId, Validation v) {
        if (categoryId != null) {
            v.check(liveCategory(categoryId).isPresent(), "categoryId", "no such category");
        }
    }

    private Optional<KnowledgeCategory> liveCategory(long id) {
        return knowledge.findCategory(id).filter(k -> !k.archived());
    }

    private static DomainException stale(long id) {
        return new StaleVersionException("Article " + id + " was changed by someone else; reload it and try again");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
