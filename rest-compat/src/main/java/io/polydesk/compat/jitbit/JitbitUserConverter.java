package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitUser;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.shared.Role;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Users into Jitbit's User object: techs are agents and administrators, a disabled user is an archived one. */
@Mapper(config = CompatMapperConfig.class, imports = Role.class)
interface JitbitUserConverter {

    @Mapping(target = "userID", source = "user.id")
    @Mapping(target = "username", source = "user.username")
    @Mapping(target = "email", source = "user.email")
    @Mapping(target = "firstName", source = "user.firstName")
    @Mapping(target = "lastName", source = "user.lastName")
    @Mapping(target = "fullName", expression = "java(view.user().fullName())")
    @Mapping(
            target = "fullNameAndLogin",
            expression = "java(view.user().fullName() + \" (\" + view.user().username() + \")\")")
    @Mapping(target = "isAdmin", expression = "java(view.user().role() == Role.ADMIN)")
    @Mapping(target = "isTech", expression = "java(view.user().role() != Role.CUSTOMER)")
    @Mapping(target = "isManager", constant = "false")
    @Mapping(target = "disabled", expression = "java(!view.user().active())")
    @Mapping(target = "notes", ignore = true)
    @Mapping(target = "location", ignore = true)
    @Mapping(target = "phone", source = "user.phone")
    @Mapping(target = "companyName", source = "company.name")
    @Mapping(target = "companyId", source = "company.id")
    @Mapping(target = "departmentName", source = "department.name")
    @Mapping(target = "departmentID", source = "department.id")
    @Mapping(target = "lang", ignore = true)
    @Mapping(target = "avatarURL", ignore = true)
    @Mapping(target = "signature", ignore = true)
    @Mapping(target = "greeting", ignore = true)
    @Mapping(target = "sendEmail", constant = "true")
    @Mapping(target = "lastSeen", ignore = true)
    @Mapping(target = "twoFactorAuthEnabled", constant = "false")
    @Mapping(target = "password", ignore = true)
    JitbitUser toUser(JitbitUserView view);
}
