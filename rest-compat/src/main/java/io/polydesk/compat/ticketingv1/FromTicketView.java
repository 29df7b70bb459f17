package io.polydesk.compat.ticketingv1;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mapstruct.Mapping;

/** The fields every ticket shape of the document takes from a {@link TicketingTicketView}, declared once. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "id", source = "ticket.id")
@Mapping(target = "title", source = "ticket.title")
@Mapping(target = "description", source = "ticket.description")
@Mapping(target = "createdAt", source = "ticket.createdAt")
@Mapping(target = "updatedAt", source = "ticket.updatedAt")
@Mapping(target = "createdBy", source = "creator")
@Mapping(target = "assignedTo", source = "assignee")
@interface FromTicketView {}
