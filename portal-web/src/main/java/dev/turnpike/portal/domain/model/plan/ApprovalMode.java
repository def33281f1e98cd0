package dev.turnpike.portal.domain.model.plan;

/** Whether a subscription to a plan is active at once or waits for a tenant member's approval. */
public enum ApprovalMode {
  AUTO_APPROVE,
  APPROVAL_REQUIRED
}
