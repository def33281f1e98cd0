/**
 * The developer portal's inbox: e-mail-style notices to an app developer (a subscription approved
 * or rejected), kept per tenant so each portal shows only its own. Depends on the tenant model
 * only.
 */
package dev.turnpike.portal.domain.model.inbox;
