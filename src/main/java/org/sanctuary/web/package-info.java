/**
 * The thin shell around the modules: page layout and navigation, the home page, error pages, and the
 * translation of refusals into RFC 9457 problem documents. Holds no rule of its own.
 */
@NullMarked
package org.sanctuary.web;

import org.jspecify.annotations.NullMarked;
