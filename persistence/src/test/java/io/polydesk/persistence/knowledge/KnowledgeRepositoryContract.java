package io.polydesk.persistence.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.ArticleCriteria;
import io.polydesk.domain.knowledge.ArticleOrder;
import io.polydesk.domain.knowledge.ArticleSummary;
import io.polydesk.domain.knowledge.KnowledgeCategory;
import io.polydesk.domain.knowledge.KnowledgeRepository;
import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class KnowledgeRepositoryContract extends RepositoryTest {

    @Autowired
    KnowledgeRepository knowledge;

    private long category(String name, Long parentId) {
        return knowledge.insertCategory(new KnowledgeCategory(0, name, parentId, 0, T0, T0, false));
    }

    private long article(String title, String body, Long categoryId, boolean isPublic, Instant updatedAt) {
        return knowledge.insertArticle(
                new Article(0, title, body, categoryId, isPublic, null, T0, updatedAt, 0, false));
    }

    @Test
    void categoriesNestAndNamesAreUniquePerParentIgnoringCase() {
        String name = unique("Printers");
        long parent = category(name, null);
        long child = knowledge.insertCategory(new KnowledgeCategory(0, "Toner", parent, 3, T0, T0, false));

        assertThat(knowledge.findCategory(child))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new KnowledgeCategory(child, "Toner", parent, 3, T0, T0, false));
        assertThat(knowledge.categoryNameTaken(null, name.toUpperCase(), 0)).isTrue();
        assertThat(knowledge.categoryNameTaken(parent, "TONER", 0)).isTrue();
        assertThat(knowledge.categoryNameTaken(parent, "TONER", child)).isFalse();
        assertThat(knowledge.categoryNameTaken(parent, name, 0)).isFalse();
        assertThat(knowledge.findCategoriesByIds(List.of(parent, child))).hasSize(2);
        assertThat(knowledge.listCategories(false))
                .extracting(KnowledgeCategory::id)
                .contains(parent, child);
    }

    @Test
    void archivedCategoriesLeaveTheLiveListingAndFreeTheirName() {
        String name = unique("Fax");
        long parent = category(name, null);
        long child = category("Paper", parent);
        assertThat(knowledge.hasLiveChildren(parent)).isTrue();

        KnowledgeCategory stored = knowledge.findCategory(child).orElseThrow();
        knowledge.updateCategory(new KnowledgeCategory(child, "Paper", parent, 0, T0, T0.plusSeconds(5), true));

        assertThat(knowledge.findCategory(child))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(
                        new KnowledgeCategory(child, "Paper", parent, stored.sortOrder(), T0, T0.plusSeconds(5), true));
        assertThat(knowledge.hasLiveChildren(parent)).isFalse();
        assertThat(knowledge.categoryNameTaken(parent, "Paper", 0)).isFalse();
        assertThat(knowledge.listCategories(false))
                .extracting(KnowledgeCategory::id)
                .contains(parent)
                .doesNotContain(child);
        assertThat(knowledge.listCategories(true))
                .extracting(KnowledgeCategory::id)
                .contains(parent, child);
    }

    @Test
    void liveCategoriesOnlyLeavesArticlesOfArchivedCategoriesOut() {
        long live = category(unique("Live"), null);
        String goneName = unique("Gone");
        long gone = category(goneName, null);
        long inLive = article("In live", "x", live, true, T0);
        long inGone = article("In gone", "x", gone, true, T0);
        long loose = article("Loose " + unique("a"), "x", null, true, T0);
        knowledge.updateCategory(new KnowledgeCategory(gone, goneName, null, 0, T0, T0, true));

        assertThat(knowledge.listArticles(first(new ArticleCriteria(gone, null, false, false), 10)))
                .extracting(ArticleSummary::id)
                .containsExactly(inGone);
        assertThat(knowledge.listArticles(first(new ArticleCriteria(gone, null, false, true), 10)))
                .isEmpty();
        assertThat(knowledge.countArticles(new ArticleCriteria(gone, null, false, true)))
                .isZero();
        assertThat(knowledge.listArticles(first(new ArticleCriteria(live, null, false, true), 10)))
                .extracting(ArticleSummary::id)
                .containsExactly(inLive);
        assertThat(knowledge.listArticles(first(new ArticleCriteria(null, "Loose", true, true), 10)))
                .extracting(ArticleSummary::id)
                .contains(loose);
    }

    @Test
    void articleReadsBackAndUpdatesOnlyAtTheExpectedVersion() {
        User author = newUser(Role.AGENT);
        long cat = category(unique("Email"), null);
        long id = knowledge.insertArticle(
                new Article(0, "Reset password", "Click reset.", cat, true, author.id(), T0, T0, 0, false));

        assertThat(knowledge.findArticle(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Article(id, "Reset password", "Click reset.", cat, true, author.id(), T0, T0, 0, false));

        Article edited = new Article(id, "Reset", "Body 2", null, false, author.id(), T0, T0.plusSeconds(5), 0, false);
        assertThat(knowledge.updateArticle(edited, 0)).isTrue();
        assertThat(knowledge.updateArticle(edited, 0)).isFalse();
        assertThat(knowledge.findArticle(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(
                        new Article(id, "Reset", "Body 2", null, false, author.id(), T0, T0.plusSeconds(5), 1, false));
    }

    @Test
    void listingWalksNewestChangeFirstWithTiesBrokenById() {
        long cat = category(unique("Walk"), null);
        long oldest = article("a", "x", cat, true, T0);
        long tie1 = article("b", "x", cat, true, T0.plusSeconds(10));
        long tie2 = article("c", "x", cat, true, T0.plusSeconds(10));
        long newest = article("d", "x", cat, true, T0.plusSeconds(20));

        List<ArticleSummary> page1 = knowledge.listArticles(first(new ArticleCriteria(cat, null, false, false), 2));
        ArticleSummary last = page1.get(1);
        List<ArticleSummary> page2 = knowledge.listArticles(new KeysetSearch<>(
                new ArticleCriteria(cat, null, false, false),
                ArticleOrder.LAST_CHANGED_FIRST,
                last.id(),
                last.updatedAt(),
                null,
                2));

        assertThat(page1).extracting(ArticleSummary::id).containsExactly(newest, tie2);
        assertThat(page2).extracting(ArticleSummary::id).containsExactly(tie1, oldest);
        assertThat(knowledge.countArticles(new ArticleCriteria(cat, null, false, false)))
                .isEqualTo(4);
    }

    @Test
    void listingFiltersPublicOnlyTextOverTitleAndBodyAndLeavesArchivedOut() {
        long cat = category(unique("Filter"), null);
        long pub = article("VPN setup", "Install the client", cat, true, T0);
        long internal = article("Escalation", "Call the VPN vendor", cat, false, T0);
        long archived = knowledge.insertArticle(new Article(0, "VPN old", "x", cat, true, null, T0, T0, 0, true));
        article("Printers", "Toner", cat, true, T0);

        assertThat(knowledge.listArticles(first(new ArticleCriteria(cat, "vpn", false, false), 10)))
                .extracting(ArticleSummary::id)
                .containsExactlyInAnyOrder(pub, internal)
                .doesNotContain(archived);
        assertThat(knowledge.listArticles(first(new ArticleCriteria(cat, "vpn", true, false), 10)))
                .extracting(ArticleSummary::id)
                .containsExactly(pub);
        assertThat(knowledge.listArticles(first(new ArticleCriteria(cat, "100%", false, false), 10)))
                .isEmpty();
        assertThat(knowledge.countArticles(new ArticleCriteria(cat, null, true, false)))
                .isEqualTo(2);
    }

    private static KeysetSearch<ArticleCriteria, ArticleOrder> first(ArticleCriteria criteria, int limit) {
        return KeysetSearch.first(criteria, ArticleOrder.LAST_CHANGED_FIRST, limit);
    }
}
