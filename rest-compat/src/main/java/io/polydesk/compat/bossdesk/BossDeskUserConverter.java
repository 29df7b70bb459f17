package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.NamedRef;
import io.polydesk.compat.bossdesk.dto.PersonRef;
import io.polydesk.compat.bossdesk.dto.UserDetail;
import io.polydesk.compat.bossdesk.dto.UserItem;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import java.time.Instant;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * People in BOSSDesk's shapes. A user's {@code friendly_id} is its Polydesk id; an archived user's
 * {@code archived_at} is the time of its last change, the archiving being the last change made to it.
 */
@Mapper(config = CompatMapperConfig.class)
interface BossDeskUserConverter {

    @Mapping(target = "friendlyId", source = "id")
    PersonRef toRef(User user);

    @Mapping(target = "friendlyId", source = "id")
    @Mapping(target = "isAgent", source = "role", qualifiedByName = "isAgent")
    @Mapping(target = "archivedAt", expression = "java(archivedAt(user))")
    @Mapping(target = "updatedAt", source = "updatedAt", qualifiedByName = "time")
    UserItem toItem(User user);

    @Mapping(target = "friendlyId", source = "id")
    @Mapping(target = "domainName", ignore = true)
    @Mapping(target = "designation", source = "jobTitle")
    @Mapping(target = "otherEmail", ignore = true)
    @Mapping(target = "isAgent", source = "role", qualifiedByName = "isAgent")
    @Mapping(target = "archivedAt", expression = "java(archivedAt(user))")
    @Mapping(target = "createdAt", source = "createdAt", qualifiedByName = "time")
    @Mapping(target = "updatedAt", source = "updatedAt", qualifiedByName = "time")
    @Mapping(target = "location", ignore = true)
    @Mapping(target = "tags", expression = "java(java.util.List.of())")
    @Mapping(target = "group", ignore = true)
    @Mapping(target = "roles", source = "role", qualifiedByName = "roles")
    UserDetail toDetail(User user);

    @Named("isAgent")
    default boolean isAgent(Role role) {
        return role.isStaff();
    }

    @Named("time")
    default String time(Instant instant) {
        return BossDeskFormats.time(instant);
    }

    default String archivedAt(User user) {
        return user.active() ? null : BossDeskFormats.time(user.updatedAt());
    }

    /** Polydesk's one role as BOSSDesk's role list; a customer (end user) has none. */
    @Named("roles")
    default List<NamedRef> roles(Role role) {
        return switch (role) {
            case ADMIN -> List.of(BossDeskPermissions.ADMINISTRATOR);
            case AGENT -> List.of(BossDeskPermissions.TECHNICIAN);
            case CUSTOMER -> List.of();
        };
    }
}
