package io.polydesk.persistence.ticket;

import io.polydesk.persistence.OnH2;

class TicketRepositoryOnH2Test extends TicketRepositoryContract implements OnH2 {}
