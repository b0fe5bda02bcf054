package org.sanctuary.access;

import java.util.Map;
import java.util.Set;

/** What an administrator gives to create a user. */
public record NewUser(
    String username, String displayName, String password, Map<OfficeId, Set<Role>> roles) {}
