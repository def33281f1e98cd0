/**
 * API keys: generating them ({@code tpk_<8 public chars>.<40 secret chars>}), hashing them with a
 * server-side HMAC so only hashes are stored, and the immutable {@link
 * dev.turnpike.usageplans.key.KeyIndex} the gateway looks keys up in. Depends on nothing but the
 * JDK; the gateway and the portal depend on it.
 */
package dev.turnpike.usageplans.key;
