package dev.turnpike.usageplans.redis;

/**
 * The answer of one quota reservation call: {@code granted} requests of the quota now held by the
 * calling node (0 when none was asked for or none is left), {@code unheld} the quota nobody has
 * admitted or holds after this call ({@code limit - counter}), {@code reserved} the quota all nodes
 * hold and have not settled yet, and {@code activeNodes} the nodes that reserved recently.
 */
public record QuotaReservation(long granted, long unheld, long reserved, int activeNodes) {}
