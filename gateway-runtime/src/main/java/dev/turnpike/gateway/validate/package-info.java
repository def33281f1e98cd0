/**
 * Request validation, Amazon's request validators: required parameters (400 {@code Missing required
 * request parameters: [..]}) and the body against the method's JSON Schema draft 4 model (400
 * {@code Invalid request body}). Validators are compiled once per snapshot ({@link
 * dev.turnpike.gateway.validate.RequestValidator}); the {@link
 * dev.turnpike.gateway.validate.ValidateStage} runs them. Depends on definition, pipeline and
 * error; the state package compiles validators and the server wires the stage in.
 */
package dev.turnpike.gateway.validate;
