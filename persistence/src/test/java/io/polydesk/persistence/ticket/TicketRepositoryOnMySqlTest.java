package io.polydesk.persistence.ticket;

import io.polydesk.persistence.OnMySql;

class TicketRepositoryOnMySqlTest extends TicketRepositoryContract implements OnMySql {}
