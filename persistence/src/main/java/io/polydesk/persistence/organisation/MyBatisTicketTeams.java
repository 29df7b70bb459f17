package io.polydesk.persistence.organisation;

import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.ticket.TicketTeams;
import org.springframework.stereotype.Repository;

/** The organisation's {@code teams}, answered for the ticket and task code through its port. */
@Repository
public class MyBatisTicketTeams implements TicketTeams {

    private final OrganisationMapper mapper;

    public MyBatisTicketTeams(OrganisationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isLive(long teamId) {
        AgentTeam team = mapper.findTeam(teamId);
        return team != null && !team.archived();
    }
}
