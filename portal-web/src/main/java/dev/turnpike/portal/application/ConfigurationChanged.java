package dev.turnpike.portal.application;

/**
 * Fired when something the gateways serve has changed (a deployment, a plan, a key). Observers
 * react after the transaction commits, so gateways never see uncommitted state.
 */
public record ConfigurationChanged(String tenantId, String what) {}
