package io.polydesk.persistence.organisation;

import io.polydesk.domain.organisation.TicketCompany;
import io.polydesk.domain.ticket.TicketCompanies;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The {@code company_id} of {@code tickets}, read and written for the ticket code through its port. */
@Repository
public class MyBatisTicketCompanies implements TicketCompanies {

    private final OrganisationMapper mapper;

    public MyBatisTicketCompanies(OrganisationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Long companyOf(long ticketId) {
        return mapper.ticketCompanies(List.of(ticketId)).stream()
                .findFirst()
                .map(TicketCompany::companyId)
                .orElse(null);
    }

    @Override
    public boolean isLive(long companyId) {
        CompanyRow company = mapper.findCompany(companyId);
        return company != null && !company.archived();
    }

    @Override
    public void setCompany(long ticketId, Long companyId) {
        if (mapper.setTicketCompany(ticketId, companyId) != 1) {
            throw new IllegalStateException("Ticket " + ticketId + " does not exist");
        }
    }
}
