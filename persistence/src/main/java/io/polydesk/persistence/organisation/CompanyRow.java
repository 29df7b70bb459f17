package io.polydesk.persistence.organisation;

import io.polydesk.domain.organisation.Company;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A {@code companies} row: the e-mail domains are one ';'-joined column, which no host name can break. */
public record CompanyRow(
        long id,
        String name,
        String notes,
        String emailDomains,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {

    static CompanyRow of(Company c) {
        return new CompanyRow(
                c.id(),
                c.name(),
                c.notes(),
                c.emailDomains().isEmpty() ? null : String.join(";", c.emailDomains()),
                c.archived(),
                c.createdAt(),
                c.updatedAt());
    }

    Company toCompany() {
        List<String> domains =
                emailDomains == null || emailDomains.isEmpty() ? List.of() : Arrays.asList(emailDomains.split(";"));
        return new Company(id, name, notes, domains, archived, createdAt, updatedAt);
    }
}
