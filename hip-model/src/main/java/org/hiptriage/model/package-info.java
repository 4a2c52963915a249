/**
 * The domain model of a runner's hip pain, as the interchange contract describes it: {@link org.hiptriage.model.Assessment}
 * and its sections, each built by name with a builder. {@code null} means "not known", never "no".
 */
package org.hiptriage.model;
