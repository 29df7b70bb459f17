package io.polydesk.persistence.ticketview;

import io.polydesk.persistence.OnMySql;

class TicketFacetRepositoryOnMySqlTest extends TicketFacetRepositoryContract implements OnMySql {}
