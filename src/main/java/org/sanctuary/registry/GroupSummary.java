package org.sanctuary.registry;

import org.sanctuary.access.OfficeId;

/** A registration group as a list shows it. */
public record GroupSummary(GroupId id, OfficeId office, String label, GroupKind kind, int members) {}
