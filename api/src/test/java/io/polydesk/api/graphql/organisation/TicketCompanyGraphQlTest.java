package io.polydesk.api.graphql.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.OrganisationCommands.SetUserOrganisation;
import io.polydesk.domain.organisation.OrganisationService;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.Ticket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

/** Staff move a ticket to another company through updateTicket, and the listing filters by company. */
@PolydeskIntegrationTest
class TicketCompanyGraphQlTest extends GraphQlTestSupport {

    private static final String UPDATE = """
            mutation ($input: UpdateTicketInput!) {
              updateTicket(input: $input) {
                ticket { id lockVersion company { id } history { field fromValue toValue actor { id } } }
              }
            }""";

    private static final String TICKET = "query ($id: ID!) { ticket(id: $id) { lockVersion company { id } } }";

    private static final String TICKETS = """
            query ($filter: TicketFilter) {
              tickets(filter: $filter, first: 50) { totalCount edges { node { id } } }
            }""";

    @Autowired
    OrganisationService organisations;

    private Company company(String name) {
        return organisations.createCompany(
                users.admin().actor(), new CreateCompany(name + " " + unique(), null, List.of()));
    }

    private TestUser customerOf(Company company) {
        TestUser customer = users.customer();
        organisations.setUserOrganisation(
                users.admin().actor(), new SetUserOrganisation(customer.id(), Change.to(company.id()), Change.keep()));
        return customer;
    }

    private static Map<String, Object> companyUpdate(Ticket ticket, String companyId) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id(ticket.id()));
        input.put("lockVersion", ticket.lockVersion());
        input.put("companyId", companyId);
        return input;
    }

    @Test
    void agentMovesATicketToAnotherCompanyAndTheHistoryRecordsIt() {
        Company acme = company("Acme");
        Company globex = company("Globex");
        Ticket ticket = ticket(customerOf(acme), "Billing question");
        TestUser agent = users.agent();

        as(agent)
                .document(UPDATE)
                .variable("input", companyUpdate(ticket, id(globex.id())))
                .execute()
                .path("updateTicket.ticket.company.id")
                .entity(String.class)
                .isEqualTo(id(globex.id()))
                .path("updateTicket.ticket.lockVersion")
                .entity(Integer.class)
                .isEqualTo(ticket.lockVersion() + 1)
                .path("updateTicket.ticket.history[0].field")
                .entity(String.class)
                .isEqualTo("company")
                .path("updateTicket.ticket.history[0].fromValue")
                .entity(String.class)
                .isEqualTo(id(acme.id()))
                .path("updateTicket.ticket.history[0].toValue")
                .entity(String.class)
                .isEqualTo(id(globex.id()))
                .path("updateTicket.ticket.history[0].actor.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()));
    }

    @Test
    void administratorClearsTheCompanyWithNull() {
        Ticket ticket = ticket(customerOf(company("Initech")), "Stapler missing");

        as(users.admin())
                .document(UPDATE)
                .variable("input", companyUpdate(ticket, null))
                .execute()
                .path("updateTicket.ticket.company")
                .valueIsNull()
                .path("updateTicket.ticket.history[0].toValue")
                .valueIsNull();
    }

    @Test
    void settingTheSameCompanyChangesNothing() {
        Company acme = company("Acme");
        Ticket ticket = ticket(customerOf(acme), "Same company");

        as(users.agent())
                .document(UPDATE)
                .variable("input", companyUpdate(ticket, id(acme.id())))
                .execute()
                .path("updateTicket.ticket.lockVersion")
                .entity(Integer.class)
                .isEqualTo(ticket.lockVersion())
                .path("updateTicket.ticket.history")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void customerCannotMoveTheirTicketToAnotherCompany() {
        Company acme = company("Acme");
        TestUser customer = customerOf(acme);
        Ticket ticket = ticket(customer, "Mine");

        singleError(
                as(customer)
                        .document(UPDATE)
                        .variable(
                                "input",
                                companyUpdate(ticket, id(company("Other").id())))
                        .execute(),
                "FORBIDDEN");
        as(customer)
                .document(TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.company.id")
                .entity(String.class)
                .isEqualTo(id(acme.id()));
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        Ticket ticket = ticket(users.customer(), "Anonymous");
        singleError(
                anonymous()
                        .document(UPDATE)
                        .variable("input", companyUpdate(ticket, null))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void unknownTicketIsNotFound() {
        Map<String, Object> input = new HashMap<>(Map.of("id", "999999999", "lockVersion", 0));
        input.put("companyId", null);
        singleError(as(users.agent()).document(UPDATE).variable("input", input).execute(), "NOT_FOUND");
    }

    @Test
    void unknownArchivedOrMalformedCompaniesAreRefusedAndChangeNothing() {
        Company acme = company("Acme");
        Ticket ticket = ticket(customerOf(acme), "Validated");
        Company archived = company("Gone");
        organisations.archiveCompany(users.admin().actor(), archived.id());
        TestUser agent = users.agent();

        for (String companyId : List.of("999999999", id(archived.id()), "not-a-number")) {
            ResponseError error = singleError(
                    as(agent)
                            .document(UPDATE)
                            .variable("input", companyUpdate(ticket, companyId))
                            .execute(),
                    "BAD_REQUEST");
            assertThat(detailFields(error)).as(companyId).containsExactly("input.companyId");
        }
        as(agent)
                .document(TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.company.id")
                .entity(String.class)
                .isEqualTo(id(acme.id()))
                .path("ticket.lockVersion")
                .entity(Integer.class)
                .isEqualTo(ticket.lockVersion());
    }

    @Test
    void staleLockVersionIsAConflictAndTheCompanyStays() {
        Company acme = company("Acme");
        Ticket ticket = ticket(customerOf(acme), "Contended");
        TestUser agent = users.agent();
        ticketUpdates.assign(agent.actor(), ticket.id(), agent.id(), null);

        ResponseError error = singleError(
                as(agent)
                        .document(UPDATE)
                        .variable(
                                "input",
                                companyUpdate(ticket, id(company("Late").id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "CONFLICT");
        as(agent)
                .document(TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.company.id")
                .entity(String.class)
                .isEqualTo(id(acme.id()));
    }

    @Test
    void staffFilterTicketsByCompany() {
        Company acme = company("Acme");
        Company globex = company("Globex");
        Ticket a1 = ticket(customerOf(acme), "Acme one");
        Ticket a2 = ticket(customerOf(acme), "Acme two");
        ticket(customerOf(globex), "Globex one");
        ticket(users.customer(), "No company");

        as(users.agent())
                .document(TICKETS)
                .variable("filter", Map.of("companyId", id(acme.id())))
                .execute()
                .path("tickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("tickets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(a2.id()), id(a1.id()));
    }

    @Test
    void aMovedTicketIsListedUnderItsNewCompany() {
        Company acme = company("Acme");
        Company globex = company("Globex");
        Ticket ticket = ticket(customerOf(acme), "Moving");
        as(users.agent())
                .document(UPDATE)
                .variable("input", companyUpdate(ticket, id(globex.id())))
                .execute();

        as(users.agent())
                .document(TICKETS)
                .variable("filter", Map.of("companyId", id(acme.id())))
                .execute()
                .path("tickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        as(users.agent())
                .document(TICKETS)
                .variable("filter", Map.of("companyId", id(globex.id())))
                .execute()
                .path("tickets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(ticket.id()));
    }

    @Test
    void customerFilteringByTheirCompanyStillSeesOnlyTheirOwnTickets() {
        Company acme = company("Acme");
        TestUser customer = customerOf(acme);
        Ticket own = ticket(customer, "Mine");
        ticket(customerOf(acme), "My colleague's");

        as(customer)
                .document(TICKETS)
                .variable("filter", Map.of("companyId", id(acme.id())))
                .execute()
                .path("tickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("tickets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(own.id()));
    }

    @Test
    void malformedCompanyFilterIsABadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(TICKETS)
                        .variable("filter", Map.of("companyId", "abc"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("filter.companyId");
    }

    @Test
    void savedSearchKeepsTheCompanyFilter() {
        Company acme = company("Acme");
        Ticket ticket = ticket(customerOf(acme), "Saved");
        ticket(users.customer(), "Elsewhere");
        TestUser agent = users.agent();

        String searchId = as(agent)
                .document("""
                        mutation ($input: CreateSavedSearchInput!) {
                          createSavedSearch(input: $input) { savedSearch { id ticketFilter { companyId } } }
                        }""")
                .variable(
                        "input",
                        Map.of(
                                "name",
                                "Acme " + unique(),
                                "kind",
                                "TICKET",
                                "ticketFilter",
                                Map.of("companyId", id(acme.id()))))
                .execute()
                .path("createSavedSearch.savedSearch.ticketFilter.companyId")
                .entity(String.class)
                .isEqualTo(id(acme.id()))
                .path("createSavedSearch.savedSearch.id")
                .entity(String.class)
                .get();
        as(agent)
                .document("query ($id: ID!) { runSavedTicketSearch(id: $id) { edges { node { id } } } }")
                .variable("id", searchId)
                .execute()
                .path("runSavedTicketSearch.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(ticket.id()));
    }
}
