package org.sanctuary.monitoring.interventions;

import java.util.UUID;
import org.sanctuary.access.OfficeId;
import org.sanctuary.procedure.disclosure.RecipientType;

/**
 * Someone a monitoring team writes to, on the team's list with a kind: a host authority, a court, a
 * partner agency… or the country of origin's authorities and alleged persecutors, who are never sent
 * anyone's identity (PROHIBITED_RECIPIENT, the rule disclosure requests are checked by).
 */
public record Addressee(UUID id, OfficeId office, String name, RecipientType kind) {}
