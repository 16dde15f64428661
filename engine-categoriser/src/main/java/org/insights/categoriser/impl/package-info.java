/** Internals of the categoriser: the compiled rules and the matcher; not API. */
package org.insights.categoriser.impl;
