package io.polydesk.api.graphql.ticket;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.catalog.CatalogQueries;
import io.polydesk.domain.catalog.TicketType;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** A ticket's team and type as objects, each loaded once for every ticket of a response. */
@Controller
class TicketTeamAndTypeGraphQlController {

    private final OrganisationQueries organisations;
    private final CatalogQueries catalog;

    TicketTeamAndTypeGraphQlController(OrganisationQueries organisations, CatalogQueries catalog) {
        this.organisations = organisations;
        this.catalog = catalog;
    }

    @QueryMapping
    List<TicketType> ticketTypes(@AuthenticationPrincipal Actor actor) {
        return catalog.ticketTypes(actor);
    }

    @BatchMapping(typeName = "Ticket", field = "team")
    Map<Ticket, AgentTeam> team(List<Ticket> batch, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return Batches.byKey(batch, Ticket::teamId, ids -> organisations.teamsByIds(actor, ids));
    }

    @BatchMapping(typeName = "Ticket", field = "type")
    Map<Ticket, TicketType> type(List<Ticket> batch) {
        return Batches.byKey(batch, Ticket::typeId, catalog::ticketTypesByIds);
    }
}
