package io.polydesk.domain.organisation;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;

/** Commands on departments, user groups and teams; each checks its own fields when built. */
public final class OrganisationCommands {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 10_000;

    private OrganisationCommands() {}

    public record CreateDepartment(String name, Long companyId) {

        public CreateDepartment {
            name = strip(name);
            new Validation()
                    .required(name, "name")
                    .maxLength(name, NAME_MAX, "name")
                    .throwIfInvalid();
        }
    }

    /** {@code companyId} set to null detaches the department from its company. */
    public record UpdateDepartment(long id, Change<String> name, Change<Long> companyId) {

        public UpdateDepartment {
            name = name.map(String::strip);
            Validation v = new Validation();
            checkName(name, v);
            v.throwIfInvalid();
        }
    }

    public record CreateUserGroup(String name, String description) {

        public CreateUserGroup {
            name = strip(name);
            new Validation()
                    .required(name, "name")
                    .maxLength(name, NAME_MAX, "name")
                    .maxLength(description, DESCRIPTION_MAX, "description")
                    .throwIfInvalid();
        }
    }

    public record UpdateUserGroup(long id, Change<String> name, Change<String> description) {

        public UpdateUserGroup {
            name = name.map(String::strip);
            Validation v = new Validation();
            checkName(name, v);
            v.maxLength(description.value(), DESCRIPTION_MAX, "description").throwIfInvalid();
        }
    }

    public record CreateTeam(String name, String description) {

        public CreateTeam {
            name = strip(name);
            new Validation()
                    .required(name, "name")
                    .maxLength(name, NAME_MAX, "name")
                    .maxLength(description, DESCRIPTION_MAX, "description")
                    .throwIfInvalid();
        }
    }

    public record UpdateTeam(long id, Change<String> name, Change<String> description) {

        public UpdateTeam {
            name = name.map(String::strip);
            Validation v = new Validation();
            checkName(name, v);
            v.maxLength(description.value(), DESCRIPTION_MAX, "description").throwIfInvalid();
        }
    }

    /** Omitted parts stay as they are; null clears them. */
    public record SetUserOrganisation(long userId, Change<Long> companyId, Change<Long> departmentId) {}

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static void checkName(Change<String> name, Validation v) {
        if (name.isPresent()) {
            v.required(name.value(), "name").maxLength(name.value(), NAME_MAX, "name");
        }
    }
}
