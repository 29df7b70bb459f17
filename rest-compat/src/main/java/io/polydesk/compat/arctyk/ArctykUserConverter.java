package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.UserRef;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * People as Arctyk shows them; Arctyk signs in by e-mail, so its {@code username} is the e-mail address, where the
 * caller may see it ({@code UserProjection}), and the Polydesk username where not.
 */
@Mapper(config = CompatMapperConfig.class)
interface ArctykUserConverter {

    @Mapping(target = "username", expression = "java(user.email() != null ? user.email() : user.username())")
    @Mapping(target = "fullName", expression = "java(user.fullName())")
    UserRef toRef(User user);
}
