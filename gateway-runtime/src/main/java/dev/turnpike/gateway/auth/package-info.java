/**
 * Authentication stages of the pipeline. So far the API key stage ({@code x-api-key} checked by
 * keyed hash against the snapshot's key index and usage plans); JWT and request authorizers come
 * later. Depends on pipeline, state and usage-plans.
 */
package dev.turnpike.gateway.auth;
