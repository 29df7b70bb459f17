package io.polydesk.domain.knowledge;

import io.polydesk.domain.shared.Actor;

/** Who may write the knowledge base: agents and administrators, on live articles; pure rules, no lookups. */
public final class ArticlePolicy {

    private ArticlePolicy() {}

    /** Writing articles and categories is for agents and administrators. */
    public static boolean canWrite(Actor actor) {
        return actor.isStaff();
    }

    /** Whether {@code actor} may update this article: staff, while it is live. */
    public static boolean canUpdate(Actor actor, Article article) {
        return canWrite(actor) && !article.archived();
    }

    /** Whether {@code actor} may archive this article; an archived one is gone for everybody. */
    public static boolean canArchive(Actor actor, Article article) {
        return canWrite(actor) && !article.archived();
    }
}
