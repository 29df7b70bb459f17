package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.UserRef;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** People as Arctyk shows them; Arctyk signs in by e-mail, so its {@code username} is the e-mail address. */
@Mapper(config = CompatMapperConfig.class)
interface ArctykUserConverter {

    @Mapping(target = "username", source = "email")
    @Mapping(target = "fullName", expression = "java(user.fullName())")
    UserRef toRef(User user);
}
