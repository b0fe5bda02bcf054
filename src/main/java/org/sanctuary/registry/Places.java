package org.sanctuary.registry;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The gazetteer as the registry needs it, for a person's place of origin: which places exist, how a
 * reader names them, and their chain from the root for linkage. Provided by the module that keeps the
 * gazetteer, so that the registry depends on no other module's types.
 */
public interface Places {

  /** Every place, in tree order, named with the chain above it ("Hoeryong, North Hamgyong, DPRK"). */
  Map<UUID, String> choices();

  /** Whether the gazetteer holds the place. */
  boolean holds(UUID place);

  /** A place's label with the chain above it; empty when there is no such place. */
  Optional<String> label(UUID place);

  /** The place called so in any script (Hoeryong, 회령, 會寧), if there is one. */
  Optional<UUID> find(String name);
}
