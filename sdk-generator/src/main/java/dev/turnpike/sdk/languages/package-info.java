/**
 * One small class per target language. Each declares its templates, output file names, type
 * spellings and string literal rules; {@link dev.turnpike.sdk.languages.SdkViews} turns the neutral
 * API model into the values templates read. Depends on naming, model and template.
 */
package dev.turnpike.sdk.languages;
