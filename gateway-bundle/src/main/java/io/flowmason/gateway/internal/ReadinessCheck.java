package io.flowmason.gateway.internal;

import java.util.List;

/**
 * One condition the instance must meet before {@code GET /api/ready} answers 200. Checks are
 * services, so the ready resource follows whatever checks are registered.
 */
public interface ReadinessCheck {

    /** A short name for the condition, shown with its problems. */
    String name();

    /** What keeps the instance from being ready, each a sentence with the remedy; empty when ready. */
    List<String> problems();
}
