/**
 * The Turnpike portal: the control plane. Layers follow Cargo Tracker: {@code interfaces} (REST,
 * Faces) call {@code application} services, which work on the {@code domain} model through
 * repositories implemented in {@code infrastructure}. Nothing in {@code domain} depends outward.
 */
package dev.turnpike.portal;
