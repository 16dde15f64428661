/** Internals of engine-core; not API. */
package org.insights.core.impl;
