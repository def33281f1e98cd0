/**
 * The bridge from the control plane to the data plane: assembles gateway snapshots from the
 * database and hands them to the bundled gateway runtime running in this JVM.
 */
package dev.turnpike.portal.infrastructure.gateway;
