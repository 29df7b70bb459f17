package io.polydesk.api.graphql.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.batch.StatementCountingDataSource;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.knowledge.KnowledgeCategory;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateCategory;
import io.polydesk.domain.knowledge.KnowledgeService;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.OrganisationCommands.CreateDepartment;
import io.polydesk.domain.organisation.OrganisationCommands.SetUserOrganisation;
import io.polydesk.domain.organisation.OrganisationService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The organisation and knowledge-base fields are batch-loaded: a page of companies with their users' company
 * and department, and a page of articles with category and author, cost as many statements for 20 as for 4.
 */
@PolydeskIntegrationTest
@Import(StatementCountingDataSource.class)
class NestedFieldsBatchLoadingTest extends GraphQlTestSupport {

    private static final String COMPANIES = """
            query ($text: String, $first: Int) {
              companies(filter: {text: $text}, first: $first) {
                totalCount
                edges { node { id name users(first: 2) { totalCount edges { node {
                  id name company { id } department { id company { id } } } } } } }
              }
            }""";

    private static final String ARTICLES = """
            query ($text: String, $first: Int) {
              articles(filter: {text: $text}, first: $first) {
                totalCount
                edges { node { id title category { id parent { id } } } }
              }
            }""";

    @Autowired
    StatementCountingDataSource statements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    KnowledgeService knowledge;

    @Test
    void twentyCompaniesWithUsersCostNoMoreStatementsThanFour() {
        Actor admin = users.admin().actor();
        String prefix = "Batch " + unique();
        for (int i = 0; i < 20; i++) {
            Company company = organisations.createCompany(admin, new CreateCompany(prefix + " " + i, null, null));
            Department department =
                    organisations.createDepartment(admin, new CreateDepartment(prefix + " dept " + i, company.id()));
            for (int u = 0; u < 2; u++) {
                TestUser user = users.customer();
                organisations.setUserOrganisation(
                        admin, new SetUserOrganisation(user.id(), Change.to(company.id()), Change.to(department.id())));
            }
        }
        HttpGraphQlTester tester = as(users.agent());
        companiesStatements(tester, prefix, 4);

        long forFour = companiesStatements(tester, prefix, 4);
        long forTwenty = companiesStatements(tester, prefix, 20);

        assertThat(forFour).isPositive();
        assertThat(forTwenty)
                .as("statements for 20 companies vs %d for 4", forFour)
                .isEqualTo(forFour);
    }

    @Test
    void twentyArticlesWithCategoriesCostNoMoreStatementsThanFour() {
        Actor agent = users.agent().actor();
        String word = "batchword" + unique();
        KnowledgeCategory parent = knowledge.createCategory(agent, new CreateCategory("Batch " + word, null, 0));
        for (int i = 0; i < 20; i++) {
            KnowledgeCategory own = knowledge.createCategory(agent, new CreateCategory("Own " + i, parent.id(), i));
            knowledge.createArticle(agent, new CreateArticle(word + " " + i, "Body", own.id(), true));
        }
        HttpGraphQlTester tester = as(users.agent());
        articleStatements(tester, word, parent, 4);

        long forFour = articleStatements(tester, word, parent, 4);
        long forTwenty = articleStatements(tester, word, parent, 20);

        assertThat(forFour).isPositive();
        assertThat(forTwenty)
                .as("statements for 20 articles vs %d for 4", forFour)
                .isEqualTo(forFour);
    }

    private long companiesStatements(HttpGraphQlTester tester, String prefix, int first) {
        long before = statements.count();
        tester.document(COMPANIES)
                .variable("text", prefix)
                .variable("first", first)
                .execute()
                .path("companies.totalCount")
                .entity(Integer.class)
                .isEqualTo(20)
                .path("companies.edges")
                .entityList(Object.class)
                .hasSize(first)
                .path("companies.edges[0].node.users.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("companies.edges[0].node.users.edges[0].node.department.company.id")
                .entity(String.class)
                .satisfies(id -> assertThat(id).isNotBlank());
        return statements.count() - before;
    }

    private long articleStatements(HttpGraphQlTester tester, String word, KnowledgeCategory parent, int first) {
        long before = statements.count();
        tester.document(ARTICLES)
                .variable("text", word)
                .variable("first", first)
                .execute()
                .path("articles.totalCount")
                .entity(Integer.class)
                .isEqualTo(20)
                .path("articles.edges")
                .entityList(Object.class)
                .hasSize(first)
                .path("articles.edges[0].node.category.parent.id")
                .entity(String.class)
                .isEqualTo(id(parent.id()));
        return statements.count() - before;
    }
}
