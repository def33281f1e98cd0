/**
 * HTML safety for tenant text: every value a template inserts is escaped by {@link
 * dev.turnpike.docs.html.EscapingInsertionHandler} unless it is {@link
 * dev.turnpike.docs.html.SafeHtml}, which only {@link dev.turnpike.docs.html.MarkdownRenderer}
 * produces (commonmark, then a jsoup Safelist). No dependency on the rest of docs-site.
 */
package dev.turnpike.docs.html;
