/**
 * Traffic statistics for the console's analytics: what the gateways saw per API stage, method, key
 * and UTC hour. Rows are tenant-owned like every other; written only by the traffic intake.
 */
package dev.turnpike.portal.domain.model.analytics;
