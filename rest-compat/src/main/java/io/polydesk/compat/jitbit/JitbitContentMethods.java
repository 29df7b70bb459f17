package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.knowledge.ArticleFilter;
import io.polydesk.domain.knowledge.ArticleOrder;
import io.polydesk.domain.knowledge.ArticleSummary;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeQueries;
import io.polydesk.domain.knowledge.KnowledgeService;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.template.CommentTemplateQueries;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code CommentTemplates}, and the knowledge base: {@code Articles}, {@code Article} (read, and create by POST). */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitContentMethods implements JitbitMethods {

    private static final int PAGE = 100;

    private final CommentTemplateQueries templates;
    private final KnowledgeQueries knowledge;
    private final KnowledgeService articles;
    private final JitbitContentConverter converter;

    JitbitContentMethods(
            CommentTemplateQueries templates,
            KnowledgeQueries knowledge,
            KnowledgeService articles,
            JitbitContentConverter converter) {
        this.templates = templates;
        this.knowledge = knowledge;
        this.articles = articles;
        this.converter = converter;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read(
                "CommentTemplates",
                call -> templates.list(call.actor()).stream()
                        .map(converter::toTemplate)
                        .toList());
        routes.read("Articles", this::list);
        routes.readOrWrite(
                "Article",
                call -> converter.toArticle(knowledge.article(call.actor(), call.requiredId("id"))),
                this::create);
    }

    private Object list(JitbitCall call) {
        Long categoryId = call.params().id("categoryId");
        call.params().validate();
        List<ArticleSummary> all = new ArrayList<>();
        String after = null;
        CursorPage<ArticleSummary> page;
        do {
            page = knowledge.articles(
                    call.actor(),
                    new ArticleFilter(categoryId, null, false),
                    ArticleOrder.LAST_CHANGED_FIRST,
                    PAGE,
                    after);
            page.edges().forEach(e -> all.add(e.node()));
            after = page.edges().isEmpty()
                    ? null
                    : page.edges().get(page.edges().size() - 1).cursor();
        } while (page.hasNext() && after != null);
        return all.stream().map(converter::toSummary).toList();
    }

    /** Answers the new article's id as a bare number; {@code forTechsOnly=true} makes it internal. */
    private Object create(JitbitCall call) {
        String subject = call.requiredText("subject");
        String body = call.requiredText("body");
        Long categoryId = call.params().id("categoryId");
        Boolean forTechsOnly = call.params().bool("forTechsOnly");
        call.params().validate();
        return articles.createArticle(
                        call.actor(), new CreateArticle(subject, body, categoryId, !Boolean.TRUE.equals(forTechsOnly)))
                .id();
    }
}
