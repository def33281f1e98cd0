package dev.turnpike.usageplans.redis;

/**
 * The answer of one lease call: {@code granted} whole tokens taken from the shared bucket for this
 * node to spend, or none and {@code retryAfterMicros} until the bucket will hold the tokens asked
 * for ({@code -1} when it never refills).
 */
public record TokenLease(int granted, long retryAfterMicros) {}
