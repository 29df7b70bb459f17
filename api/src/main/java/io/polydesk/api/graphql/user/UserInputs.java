package io.polydesk.api.graphql.user;

import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.SortDirection;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.CreateUser;
import io.polydesk.domain.user.UpdateUser;
import io.polydesk.domain.user.UserFilter;
import io.polydesk.domain.user.UserOrder;
import org.springframework.graphql.data.ArgumentValue;

/** The user arguments and inputs of the schema, and the domain commands they become. */
final class UserInputs {

    private UserInputs() {}

    record UserOrderInput(UserOrder.Field field, SortDirection direction) {

        UserOrder toOrder() {
            UserOrder.Field f = field == null ? UserOrder.BY_USERNAME.field() : field;
            return new UserOrder(f, SortDirection.descending(direction, UserOrder.BY_USERNAME.descending()));
        }
    }

    record UserFilterInput(String text, Role role, Boolean active) {

        UserFilter toFilter() {
            return new UserFilter(text == null || text.isBlank() ? null : text.strip(), role, active);
        }
    }

    record CreateUserInput(
            String username,
            String email,
            String password,
            String firstName,
            String lastName,
            Role role,
            String phone,
            String mobile,
            String jobTitle,
            String timeZone) {

        CreateUser toCommand() {
            return new CreateUser(
                    username, email, password, firstName, lastName, role, phone, mobile, jobTitle, timeZone);
        }
    }

    record UpdateUserInput(
            String id,
            ArgumentValue<String> email,
            ArgumentValue<String> firstName,
            ArgumentValue<String> lastName,
            ArgumentValue<Role> role,
            ArgumentValue<String> phone,
            ArgumentValue<String> mobile,
            ArgumentValue<String> jobTitle,
            ArgumentValue<String> timeZone,
            ArgumentValue<Boolean> active,
            ArgumentValue<String> password,
            String currentPassword) {

        UpdateUser toCommand() {
            return new UpdateUser(
                    Changes.of(email),
                    Changes.of(firstName),
                    Changes.of(lastName),
                    Changes.of(role),
                    Changes.of(phone),
                    Changes.of(mobile),
                    Changes.of(jobTitle),
                    Changes.of(timeZone),
                    Changes.of(active),
                    Changes.of(password));
        }
    }
}
