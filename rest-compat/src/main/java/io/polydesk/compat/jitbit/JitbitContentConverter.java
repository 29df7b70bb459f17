package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitArticle;
import io.polydesk.compat.jitbit.dto.JitbitTemplate;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.ArticleSummary;
import io.polydesk.domain.template.CommentTemplate;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Comment templates and knowledge-base articles; an internal article is {@code ForTechsOnly}. */
@Mapper(config = CompatMapperConfig.class)
interface JitbitContentConverter extends JitbitFormats {

    @Mapping(target = "templateID", source = "id")
    JitbitTemplate toTemplate(CommentTemplate template);

    @Mapping(target = "articleID", source = "id")
    @Mapping(target = "subject", source = "title")
    @Mapping(target = "body", ignore = true)
    @Mapping(target = "categoryID", source = "categoryId")
    @Mapping(target = "forTechsOnly", expression = "java(!summary.isPublic())")
    @Mapping(target = "dateCreated", ignore = true)
    @Mapping(target = "lastUpdated", source = "updatedAt")
    JitbitArticle toSummary(ArticleSummary summary);

    @Mapping(target = "articleID", source = "id")
    @Mapping(target = "subject", source = "title")
    @Mapping(target = "body", source = "body")
    @Mapping(target = "categoryID", source = "categoryId")
    @Mapping(target = "forTechsOnly", expression = "java(!article.isPublic())")
    @Mapping(target = "dateCreated", source = "createdAt")
    @Mapping(target = "lastUpdated", source = "updatedAt")
    JitbitArticle toArticle(Article article);
}
