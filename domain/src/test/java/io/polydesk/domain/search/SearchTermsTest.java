package io.polydesk.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void fullTextOperatorsAndPunctuationNeverReachTheDatabase() {
        assertThat(SearchQueries.terms("+printer -\"fire\" OR print* (TKT-12)"))
                .containsExactly("printer", "fire", "or", "print", "tkt", "12");
    }

    @Test
    void wordsAreLowerCasedAndDeduplicatedInOrder() {
        assertThat(SearchQueries.terms("Écran écran Drucker")).containsExactly("écran", "drucker");
    }

    @Test
    void textWithoutLettersOrDigitsHasNoTerms() {
        assertThat(SearchQueries.terms("*** --- !!!")).isEmpty();
    }
}
