package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.ProjectItem;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.project.Project;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Projects into the one Arctyk project shape. */
@Mapper(config = CompatMapperConfig.class)
interface ArctykProjectConverter extends ArctykFormats {

    @Mapping(target = "id", source = "project.id")
    @Mapping(target = "name", source = "project.name")
    @Mapping(target = "description", source = "project.description")
    @Mapping(target = "ticketCount", source = "ticketCount")
    @Mapping(target = "createdAt", source = "project.createdAt")
    ProjectItem toItem(Project project, long ticketCount);
}
