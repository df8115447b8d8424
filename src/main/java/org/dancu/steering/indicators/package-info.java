/**
 * The indicators API: the catalogue and the stored figures by indicator × period × unit, as JSON
 * and CSV, for the systems that aggregate provincial figures, read by the API clients an
 * administrator creates (bearer tokens) or by a signed-in officer within their scope.
 */
package org.dancu.steering.indicators;
