package io.polydesk.compat.support;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * The one MapStruct configuration every dialect's converters share: Spring beans, and a build failure when a
 * wire field is left unmapped, so a DTO can never ship with a silently empty property.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CompatMapperConfig {}
