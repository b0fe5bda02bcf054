package org.sanctuary.registry;

/** How one member relates to another: "A is the PARENT of B" (Handbook ¶181–188, family unity). */
public enum FamilyRelation {
  SPOUSE,
  PARENT,
  CHILD,
  SIBLING,
  GRANDPARENT,
  GRANDCHILD,
  OTHER_RELATIVE,
  GUARDIAN,
  NOT_RELATED
}
