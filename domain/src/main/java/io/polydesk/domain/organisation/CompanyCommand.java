package io.polydesk.domain.organisation;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;
import java.util.List;

/** Commands on companies; each checks its own fields, the service checks what needs the database. */
public final class CompanyCommand {

    static final int NAME_MAX = 200;
    static final int NOTES_MAX = 10_000;

    private CompanyCommand() {}

    public record CreateCompany(String name, String notes, List<String> emailDomains) {

        public CreateCompany {
            name = name == null ? null : name.strip();
            emailDomains = EmailDomains.normalise(emailDomains);
            Validation v = new Validation()
                    .required(name, "name")
                    .maxLength(name, NAME_MAX, "name")
                    .maxLength(notes, NOTES_MAX, "notes");
            EmailDomains.check(emailDomains, "emailDomains", v);
            v.throwIfInvalid();
        }
    }

    /** Omitted fields stay as they are; {@code name} cannot be cleared. */
    public record UpdateCompany(long id, Change<String> name, Change<String> notes, Change<List<String>> emailDomains) {

        public UpdateCompany {
            name = name.map(String::strip);
            emailDomains =
                    emailDomains.isPresent() ? Change.to(EmailDomains.normalise(emailDomains.value())) : emailDomains;
            Validation v = new Validation();
            if (name.isPresent()) {
                v.required(name.value(), "name").maxLength(name.value(), NAME_MAX, "name");
            }
            v.maxLength(notes.value(), NOTES_MAX, "notes");
            if (emailDomains.isPresent()) {
                EmailDomains.check(emailDomains.value(), "emailDomains", v);
            }
            v.throwIfInvalid();
        }
    }
}
