/**
 * The self-contained HTML account report: inline CSS and SVG, no script, no network at view time.
 */
package org.insights.cli.report;
