package io.polydesk.domain.knowledge;

/** What an article listing asks for; every part is optional. {@code text} matches title and body. */
public record ArticleFilter(Long categoryId, String text, boolean publicOnly) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, false);
    }
}
