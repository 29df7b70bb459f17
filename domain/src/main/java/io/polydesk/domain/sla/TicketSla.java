package io.polydesk.domain.sla;

/** A ticket's SLA as shown: the policy it follows and each target it has (null where the policy sets none). */
public record TicketSla(SlaPolicy policy, SlaTargetStatus firstResponse, SlaTargetStatus resolution) {

    public boolean breached() {
        return (firstResponse != null && firstResponse.state() == SlaState.BREACHED)
                || (resolution != null && resolution.state() == SlaState.BREACHED);
    }
}
