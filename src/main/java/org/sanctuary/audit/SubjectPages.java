package org.sanctuary.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Where the reader may look further at the subjects of audit entries: the module that owns a kind of
 * subject says which of them the reader may open, and at which address. The audit trail links only
 * those, so that it never shows a link its reader would be refused.
 */
public interface SubjectPages {

  /** The kind of subject this answers for, as entries name it (PERSON). */
  String subjectType();

  /** Of these subjects, those the reader may open, each with its page's address. */
  Map<String, String> pagesOf(Collection<String> subjectIds);
}
