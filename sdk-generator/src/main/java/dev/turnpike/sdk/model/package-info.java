/**
 * The language-neutral view of an API that every SDK template and the docs code samples work from:
 * operations with ordered arguments, simple typed models and the types between them. Built once
 * from a parsed {@code OpenAPI} by {@link dev.turnpike.sdk.model.ApiModelBuilder}.
 */
package dev.turnpike.sdk.model;
