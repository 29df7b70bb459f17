package io.polydesk.domain.asset;

import java.time.Instant;

/** An asset a ticket concerns (Jitbit's assets on a ticket, BOSSDesk's CIs). */
public record AssetTicket(long assetId, long ticketId, Instant linkedAt) {}
