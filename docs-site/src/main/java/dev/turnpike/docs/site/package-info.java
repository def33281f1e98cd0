/**
 * The values docs templates read: the index, one page per operation and per model, type links and
 * SDK code samples. Built from the parsed document plus sdk-generator's neutral API model, so
 * sample code uses the generated SDKs' own names. Depends on the html package and sdk-generator.
 */
package dev.turnpike.docs.site;
