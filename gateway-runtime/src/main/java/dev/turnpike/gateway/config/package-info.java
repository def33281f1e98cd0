/**
 * Start-up settings of a standalone gateway node: command-line options, each also readable from an
 * environment variable ({@link dev.turnpike.gateway.config.Option}), checked once at start with
 * messages that name the option and the fix ({@link dev.turnpike.gateway.config.NodeOptions}), and
 * the secrets read from files or the environment ({@link dev.turnpike.gateway.config.Secrets}).
 */
package dev.turnpike.gateway.config;
