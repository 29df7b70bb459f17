package io.polydesk.persistence.ticketview;

import io.polydesk.persistence.OnH2;

class TicketFacetRepositoryOnH2Test extends TicketFacetRepositoryContract implements OnH2 {}
